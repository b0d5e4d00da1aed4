# Generated from js/big_numbers.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class big_numbers(Exchange):
    def run(self):
        return [
            9007199254740992.0,
            "" + js.to_str(9007199254740992.0),
            9007199254740991,
            js.multiply(1e300, 10),
            js.multiply(2, 1e308),
            "" + js.to_str(123456789012),
            255,
            1000,
        ]
