# Generated from js/surrogate_pairs.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class surrogate_pairs(Exchange):
    def run(self):
        # JavaScript strings are UTF-16: an escaped surrogate pair is the character it encodes.
        escaped = "😀"
        braces = "😀"
        written = "😀"
        keys = {"𝄞": "clef"}
        return [
            escaped,
            braces,
            written,
            escaped == written,
            braces == written,
            "<😀>",
            js.get(keys, "𝄞"),
            js.bounded_text(escaped + written),
            js.index_of("a😀b", "b") > 0,
        ]
