# Generated from js/parse_int_long.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class parse_int_long(Exchange):
    def run(self):
        nines = js.pad_start("9", 400, "9")
        ones = js.pad_start("1", 5000, "1")
        zeros = js.pad_start("1", 5000, "0")
        return [
            js.parse_int(nines),
            js.parse_int(js.bounded_text("-" + ones)),
            js.parse_int(zeros),
            js.parse_int(ones, 16),
            js.parse_int(zeros, 36),
            js.parse_int(js.pad_start("1", 1025, "0"), 2),
            js.parse_int("ffffffffffffffffff", 16),
            js.parse_int("-7fffffffffffffff", 16),
            js.parse_int("zzzzzzzzzzzz", 36),
            js.parse_int("11111111111111111111111111111111111111111111111111111111111111111", 2),
            js.parse_int("9007199254740992", 36),
            js.parse_int("1000000000000000000001", 12),
            js.parse_int(js.pad_end("-2", 60, "1"), 3),
            js.parse_int(js.pad_end("6", 40, "5"), 7),
            js.parse_int(js.pad_end("00000zz", 30, "y"), 36),
            js.parse_int("-0", 36),
        ]
