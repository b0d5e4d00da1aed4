# Generated from js/string_methods.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
import math

from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class string_methods(Exchange):
    def run(self):
        text = "  Mixed Case\t\n"
        trimmed = js.trim(text)
        return [
            js.upper_case(trimmed),
            js.lower_case(trimmed),
            trimmed.startswith("Mixed"),
            trimmed.endswith("Case"),
            "d C" in trimmed,
            js.pad_start("5", 3, "0"),
            js.pad_end("ab", 5, "xy"),
            js.char_at("abc", 1),
            js.char_at("abc", 7),
            js.split("a,b,,c", ","),
            js.split("abc", ""),
            js.slice_("hello", -3),
            js.slice_("hello", 1, -1),
            js.slice_("hello", 3, 1),
            js.pad_start("x", 1),
            js.upper_case("ß"),
            js.trim(" \xa0nbsp "),
            js.pad_start("5", js.parse_int("x"), "0"),
            js.pad_end("ab", js.negate(math.inf), "x"),
            js.char_at("abc", math.nan),
            js.char_at("abc", math.inf),
            js.char_at("abc", 1.7),
            js.pad_start("7", 2.9, "0"),
        ]
