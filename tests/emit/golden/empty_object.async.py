# Generated from js/empty_object.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class empty_object(Exchange):
    def run(self):
        return [js.json_stringify({}), js.is_array({}), {}]
