# Generated from js/length_property.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class length_property(Exchange):
    def pick(self, value):
        return value

    def run(self):
        items = [1, 2, 3]
        word = "héllo"
        empty = ""
        return [
            len(items),
            js.text_length(word),
            js.text_length(empty),
            js.text_length("abc"),
            len([]),
            js.length(self.pick([1])),
            js.length(self.pick("xy")),
        ]
