# Generated from js/market_structure_fields.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class market_structure_fields(Exchange):
    def run(self):
        # safeMarketStructure of a dictionary written out: the Python emitter hands its fields to the builder as
        # keywords (the dictionary is never made), in the order written; PHP keeps the dictionary, and anything else
        # stays one. The result is the same structure, its keys in the same order: the defaults, the derived flags,
        # precision and limits merged into theirs, a field written undefined kept undefined.
        js.set_(self.options, "order", "")
        spot = self.market_structure(
            symbol=self.noted("symbol", "BTC/USD"),
            id=self.noted("id", "btcusd"),
            base="BTC",
            quote="USD",
            baseId="btc",
            quoteId="usd",
            active=True,
            type="spot",
            spot=True,
            taker=self.noted("taker", 0.002),
            maker=0.001,
            precision={"price": 0.01, "amount": 0.0001},
            limits={"amount": {"min": 0.001}, "cost": {"max": None, "min": 10}, "leverage": {"max": 5}},
            info=self.noted("info", {"raw": True}),
        )
        order = js.get(self.options, "order")
        swap = self.market_structure(
            id="BTCUSDT",
            symbol="BTC/USDT:USDT",
            base="BTC",
            quote="USDT",
            settle="USDT",
            type="swap",
            inverse=None,
            contractSize=0.001,
        )
        future = self.market_structure(
            type="future", expiry=1700000000000, settle="BTC", base="BTC", quote="USD"
        )
        unset = self.market_structure(type=None, precision=None, limits=None, spot=False)
        empty = self.market_structure()
        odd = self.market_structure(precision=[], limits={"amount": 5, "price": {}}, expiry=None)
        fields = {"id": "x"}
        others = [
            self.safe_market_structure({"id": "y", "lowercaseId": "y"}),
            self.safe_market_structure(js.merge(fields, {"symbol": "X/Y"})),
            self.safe_market_structure(fields),
        ]
        markets = js.concat([spot, swap, future, unset, empty, odd], others)
        keys = []
        i = 0
        while True:
            if not (i < len(markets)):
                break
            market = js.get(markets, i)
            limits = js.get(market, "limits")
            nested = (
                []
                if (limits is None)
                else [js.keys(limits), js.keys(js.get(limits, "price")), js.keys(js.get(limits, "cost"))]
            )
            keys.append(
                [
                    js.keys(market),
                    [] if (js.get(market, "precision") is None) else js.keys(js.get(market, "precision")),
                    nested,
                ]
            )
            i += 1
        return [markets, keys, order]

    def noted(self, name, value):
        js.set_(
            self.options,
            "order",
            js.bounded_text(js.to_str(js.add(js.get(self.options, "order"), name)) + ","),
        )
        return value
