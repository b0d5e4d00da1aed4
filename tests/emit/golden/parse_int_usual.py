# Generated from js/parse_int_usual.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class parse_int_usual(Exchange):
    def run(self):
        eight = self.pick(8)
        return [
            js.parse_int(eight),
            js.parse_int(-5),
            js.parse_int(0),
            js.parse_int("0008"),
            js.parse_int("123456789012345"),
            js.parse_int("1234567890123456"),
            js.parse_int("9007199254740993"),
            js.parse_int("+7"),
            js.parse_int("7 "),
            js.parse_int(1e21),
            js.parse_int(5e-07),
            js.parse_int(self.pick(True)),
            js.parse_int(""),
            js.parse_int("٣"),
            js.pad_start("1", eight, "0"),
            js.pad_start("1", 3, "ab"),
            js.pad_start("abc", 2, "0"),
            js.pad_end("1", 4, ""),
            js.pad_end("0", 3, "0"),
            js.pad_end("x", 6, "yz"),
            js.pad_start("é", 3, "-"),
            js.pad_start("1", 3, "é"),
        ]

    def pick(self, value):
        return value
