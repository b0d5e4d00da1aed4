# Generated from js/error_thrown.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base.errors import RateLimitExceeded
from exchangekit.base import js


class error_thrown(Exchange):
    def run(self):
        attempts = []
        try:
            raise RateLimitExceeded("slow down")
        except js.UNCAUGHT:
            raise
        except Exception as e:
            self.rethrow_uncaught(e)
            attempts.append(1)
            raise e
