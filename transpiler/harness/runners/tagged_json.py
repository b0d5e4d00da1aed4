"""The JSON the runners print results in, as tagged_json.mjs writes it: JSON.stringify's (exchangekit's
json_stringify), but with NaN, Infinity, -Infinity and -0 written as {"$number": "NaN"} (...) wherever they occur,
and a key of the data that could be read as such a tag ($number, $$number, ...) written with one more $."""

import math
import re

from exchangekit.base import js

TAG_LIKE = re.compile(r"\$+number")


def number_tag(value: float) -> dict | None:
    """The tag of a number JSON has no text for (or that it writes as 0), or None."""
    if math.isnan(value):
        return {"$number": "NaN"}
    if math.isinf(value):
        return {"$number": "Infinity" if value > 0 else "-Infinity"}
    if value == 0 and math.copysign(1, value) < 0:
        return {"$number": "-0"}
    return None


def tagged(value):
    """A copy of value with its numbers tagged and its tag-like keys escaped (without recursion: a response nested
    511 deep is read alike in every runtime)."""
    holder = [value]
    pending = [(holder, 0)]
    while pending:
        container, key = pending.pop()
        item = container[key]
        if isinstance(item, float):
            container[key] = number_tag(item) or item
        elif isinstance(item, list):
            container[key] = copy = list(item)
            pending.extend((copy, index) for index in range(len(copy)))
        elif isinstance(item, dict):
            container[key] = copy = {("$" + name if isinstance(name, str) and TAG_LIKE.fullmatch(name) else name): child
                                     for name, child in item.items()}
            pending.extend((copy, name) for name in copy)
    return holder[0]


def tagged_json(value) -> str:
    return js.json_stringify(tagged(value))
