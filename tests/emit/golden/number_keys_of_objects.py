# Generated from js/number_keys_of_objects.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class number_keys_of_objects(Exchange):
    def run(self):
        # A number key written into an empty object names a key, as in JavaScript: PHP, which cannot tell {} from [],
        # took it for a list and padded it with nulls up to the index (an id of 10^12 from a response exhausted the
        # memory). A list written far past its end gets a key too beyond JavaScript's last index, 2^32 - 2.
        orders = self.parse_json(
            '[{"id": 5, "side": "buy"}, {"id": 3, "side": "sell"}, {"id": 1000000000000, "side": "buy"}]'
        )
        by_id = {}
        i = 0
        while True:
            if not js.less(i, js.length(orders)):
                break
            js.set_(by_id, js.get(js.get(orders, i), "id"), self.safe_string(js.get(orders, i), "side"))
            i += 1
        result = {}
        js.set_(result, 2, "x")
        defaulted = self.extend({}, self.safe_dict(js.get(orders, 0), "missing", {}))
        js.set_(defaulted, 7, "y")
        zero = {}
        js.set_(zero, -0.0, "z")
        js.set_(zero, 1e21, "w")
        return [
            js.keys(by_id),
            self.json(by_id),
            self.json(result),
            js.keys(result),
            js.is_array(result),
            self.safe_dict({"r": result}, "r"),
            self.json(defaulted),
            self.json(zero),
        ]
