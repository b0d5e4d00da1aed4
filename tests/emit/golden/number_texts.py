# Generated from js/number_texts.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class number_texts(Exchange):
    def pick(self, value):
        return value

    def run(self):
        # A response's text read as a number: a prefixed integer past 2^53 is the nearest double (Python kept every
        # digit, PHP stopped at 2^63), parseInt ('-0') is -0, and only ASCII letters are digits of a base.
        hex_ = self.pick("0x20000000000001")
        return [
            js.greater(hex_, 9007199254740992.0),
            js.bounded_text("" + js.to_str(js.multiply(hex_, 1))),
            js.bounded_text(
                "" + js.to_str(js.multiply(self.pick("0xffffffffffffffffffffffffffffffffffffff"), 1))
            ),
            js.less(
                self.pick("0b100000000000000000000000000000000000000000000000000001"), 9007199254740992.0
            ),
            js.bounded_text("" + js.to_str(js.multiply(self.pick("0o777"), 1))),
            js.to_number(self.pick(js.bounded_text("0x" + js.pad_start("1", 300, "f")))),
            js.to_number(self.pick("0x1g")),
            js.divide(1, js.parse_int("-0")),
            js.divide(1, js.parse_int(self.pick(" -000 "))),
            js.divide(1, js.parse_int("-0x0")),
            js.parse_int("+0"),
            js.parse_int("İ", 36),
            js.parse_int("K", 36),
            js.parse_int("zZ", 36),
        ]
