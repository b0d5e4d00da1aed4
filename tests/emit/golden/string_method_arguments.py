# Generated from js/string_method_arguments.js by exkit: do not edit. Change the source and run `python build.py`.
import math

from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class string_method_arguments(Exchange):
    def pick(self, value):
        return value

    def run(self):
        list_ = self.pick([1, [2, 3], None])
        text = self.pick("a1b,undefined c")
        nothing = None
        one = 1
        return [
            js.join(list_, nothing),
            js.join(list_, one),
            js.join(list_),
            js.join([[1, [2, None]], None], ";"),
            js.index_of(text, one),
            js.includes(text, one),
            js.index_of(text, nothing),
            js.includes(text, nothing),
            js.index_of(text, True),
            js.split(text, nothing),
            js.split(text, one),
            js.split(text, ["b", ","]),
            js.replace(text, one, "X"),
            js.replace(text, "b", one),
            js.replace(text, nothing, "<$&>"),
            js.pad_start(text, 18, one),
            js.pad_end(text, 17, ["x", "y"]),
            js.pad_start(text, 18, nothing),
            js.pad_end(text, 16, nothing),
            js.parse_int("12", math.nan),
            js.parse_int("12", 0),
            js.parse_int("0x1f", 0),
            js.parse_int("0x1f", nothing),
            js.parse_int("ff", "16"),
            js.parse_int("  -0x1f"),
            js.parse_int("11", 2.9),
            js.parse_int("12", 1),
            js.parse_int("12", 37),
        ]
