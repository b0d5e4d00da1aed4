# Generated from js/to_string_method.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class to_string_method(Exchange):
    def run(self):
        n = 1.5
        list_ = [1, [2, 3]]
        missing = None
        thrown = False
        try:
            js.to_string(missing)
        except js.UNCAUGHT:
            raise
        except Exception as e:
            self.rethrow_uncaught(e)
            thrown = True
        return [js.to_string(n), js.to_string(list_), js.to_string(True), js.to_string("text"), thrown]
