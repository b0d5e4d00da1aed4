# Generated from js/structure_fields.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class structure_fields(Exchange):
    def run(self):
        # safeTrade and safeTicker of a dictionary written out: the Python and PHP emitters hand its fields to the
        # builder as keywords and named arguments (the dictionary is never made), in the order written; anything else
        # stays a dictionary.
        market = {"id": "BTCUSD", "symbol": "BTC/USD", "base": "BTC", "quote": "USD"}
        js.set_(self.options, "order", "")
        trade = self.trade_structure(
            price=self.noted("price", "100.5"),
            identifier=self.noted("id", 12),
            amount=self.noted("amount", "-0.25"),
            timestamp=self.noted("timestamp", "1700000000123"),
            taker_or_maker=None,
            kind="limit",
            info={"raw": True},
            market=self.noted("market", market),
        )
        trade_order = js.get(self.options, "order")
        js.set_(self.options, "order", "")
        ticker = self.ticker_structure(
            open_=self.noted("open", "80"),
            last=self.noted("last", "100"),
            bid_volume=3,
            previous_close="",
            quote_volume="250",
            base_volume="2.5",
        )
        ticker_order = js.get(self.options, "order")
        fields = {"price": "2", "amount": "3"}
        key = "price"
        return [
            trade,
            trade_order,
            ticker,
            ticker_order,
            self.safe_trade({"price": "2", "amount": "3", "datetime": "not read"}),
            self.safe_trade(js.merge(fields, {"side": "sell"})),
            self.safe_trade({key: "2", "amount": "3"}),
            self.safe_trade(fields, market),
            self.ticker_structure(last="5", market=None),
        ]

    def noted(self, name, value):
        js.set_(
            self.options,
            "order",
            js.bounded_text(js.to_str(js.add(js.get(self.options, "order"), name)) + ","),
        )
        return value
