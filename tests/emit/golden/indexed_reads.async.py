# Generated from js/indexed_reads.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class indexed_reads(Exchange):
    def run(self, given=None):
        if given is None:
            given = ["p", "q"]
        # a[i] in `for (let i = 0; i < a.length; i++)` over a fresh array that nothing changes or hands on: the
        # native subscript. Every other read keeps the helper, which answers undefined past the end.
        out = []
        ids = js.keys({"b": 1, "a": 2, "10": 3})
        i = 0
        while True:
            if not (i < len(ids)):
                break
            out.append(ids[i])
            i += 1
        letters = ["x", "y", "z"]
        i = 1
        while True:
            if not (i < len(letters)):
                break
            out.append(js.add(letters[i], js.get(letters, i - 1)))  # (i - 1: the helper)
            i += 1
        grown = ["g"]
        i = 0
        while True:
            if not (i < len(grown)):
                break
            if len(grown) < 3:
                grown.append(
                    js.bounded_text(js.to_str(js.get(grown, i)) + "!")
                )  # changed while read: the helper
            i += 1
        out.append(js.join(grown, ","))
        handed = js.values({"a": "h"})
        out.append(self.first(handed))  # handed on: the helper
        i = 0
        while True:
            if not (i < len(handed)):
                break
            out.append(js.get(handed, i))
            i += 1
        i = 0
        while True:
            if not js.less(i, js.length(given)):
                break
            out.append(js.get(given, i))  # a parameter: the helper
            i += 1
        outer = ["o1", "o2"]
        inner = ["i1"]
        i = 0
        while True:
            if not (i < len(outer)):
                break
            out.append(js.get(inner, i))  # bounded by another array: the helper (undefined once)
            i += 1
        i = 0
        while True:
            if not (i <= len(letters)):
                break
            out.append(js.get(letters, i))  # up to the length: the helper (undefined at the end)
            i += 1
        return out

    def first(self, values):
        return js.get(values, 0)
