# Generated from js/reserved_names.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class reserved_names(Exchange):
    def in_(self, value):
        none = value
        true = js.bounded_text(js.to_str(none) + "!")
        return true

    def run(self):
        from_ = 1
        list_ = [from_]
        type_ = "kind"
        len_ = 3
        self_ = "me"
        js_ = "helper"
        str_ = "string"
        market_id = "BTCUSD"
        print_ = 2
        return [from_, list_, type_, len_, self_, js_, str_, market_id, print_, self.in_("x")]
