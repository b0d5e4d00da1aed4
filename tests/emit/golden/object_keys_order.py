# Generated from js/object_keys_order.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class object_keys_order(Exchange):
    def run(self):
        o = {"b": 1, "10": 2, "a": 3, "2": 4, "01": 5}
        o["c"] = 6
        o["1"] = 7
        return [
            js.keys(o),
            js.values(o),
            js.keys({}),
            js.is_array([]),
            js.is_array(o),
            js.is_integer(5),
            js.is_integer(5.5),
            js.is_integer("5"),
        ]
