# Generated from js/try_catch_finally.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base.errors import ExchangeError, InsufficientFunds, NetworkError
from exchangekit.base import js


class try_catch_finally(Exchange):
    def run(self):
        out = []
        # (finally blocks are not part of the subset: SUB-T008)
        try:
            out.append("try")
            raise InsufficientFunds("no money")
        except js.UNCAUGHT:
            raise
        except Exception as e:
            if not isinstance(e, InsufficientFunds):
                raise e
            out.append("caught")
            out.append(isinstance(e, ExchangeError))
            out.append(isinstance(e, NetworkError))
        out.append("after")
        try:
            out.append("again")
        except js.UNCAUGHT:
            raise
        except Exception as e:
            self.rethrow_uncaught(e)
            out.append("not reached")
        return out
