# Generated from js/parse_numbers.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class parse_numbers(Exchange):
    def run(self):
        return [
            js.parse_int("12px"),
            js.parse_int("0x1A"),
            js.parse_int("  -42"),
            js.parse_int("abc"),
            js.parse_float("3.14abc"),
            js.parse_float(".5"),
            js.parse_int("101", 2),
            js.parse_float("1e3"),
            js.parse_int("08"),
            js.parse_float("-0.0"),
            js.parse_int("ff", 16),
            js.parse_float("Infinity"),
            js.parse_int("1e3"),
            js.parse_float("  7  "),
            js.parse_int("9007199254740993"),
            js.parse_int("-123456789012345678901234.5"),
            js.parse_int("99999999999999999999"),
        ]
