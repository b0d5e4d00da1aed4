# Generated from js/array_key_writes.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class array_key_writes(Exchange):
    def run(self):
        # Keys computed at run time: 'length' cuts an array, an index written as a text names its element. (A length
        # or an index past the end leaves holes in Node, which Python and PHP refuse: tests/security/test_list_holes.py.)
        length_key = "len" + "gth"
        index_key = "" + js.to_str(2)
        cut = [1, 2, 3]
        js.set_(cut, length_key, 1)
        padded = [1]
        js.set_(padded, length_key, 1)
        set_ = ["a", "b"]
        js.set_(set_, index_key, "e")
        js.set_(set_, "" + js.to_str(0), "z")
        # (a length of -1 is a RangeError that no catch clause sees, as Node's bound on a list's length:
        # tests/security/test_uncaught_differences.py)
        return [cut, padded, set_]
