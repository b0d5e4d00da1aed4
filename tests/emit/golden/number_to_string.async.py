# Generated from js/number_to_string.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class number_to_string(Exchange):
    def run(self):
        return [
            "" + js.to_str(1),
            "" + js.to_str(1e21),
            js.bounded_text("" + js.to_str(js.number(0.1 + 0.2))),
            "" + js.to_str(1e-07),
            "" + js.to_str(1.2345678901234568e20),
            js.bounded_text("" + js.to_str(-0.0)),
            "" + js.to_str(100),
            "" + js.to_str(2.5e-07),
            js.to_string(1.5),
            "" + js.to_str(1e-06),
            "" + js.to_str(1.2e-06),
            js.bounded_text("" + js.to_str(-1e21)),
            "" + js.to_str(5e-324),
            js.to_str(3),
            js.bounded_text("" + js.to_str(js.divide(1, 3))),
        ]
