# Generated from js/empty_object.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class empty_object(Exchange):
    def pick(self, value):
        return value

    def run(self):
        # An empty dictionary of a type the checker does not know, in string contexts (SUB-E020 rejects the known
        # ones): '[object Object]' in JavaScript and Python; PHP's [] is an empty list, written as ''.
        unknown = self.pick({})
        return [
            self.json({}),
            js.is_array({}),
            {},
            js.bounded_text("a" + js.to_str(unknown)),
            js.join([unknown]),
            js.to_str(unknown),
        ]
