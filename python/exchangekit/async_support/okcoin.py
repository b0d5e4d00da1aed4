# Generated from js/okcoin.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from typing import Any

from exchangekit.async_support.okx import okx
from exchangekit.base.errors import NotSupported
from exchangekit.base import js
from exchangekit.base.types import Currency, Order


class okcoin(okx):
    def describe(self):
        # OKCoin serves a subset of OKX's endpoints (and fiat ones of its own): its endpoint list replaces the
        # parent's rather than being merged into it, so no implicit method names an endpoint OKCoin lacks.
        inherited = self.omit(super().describe(), "api")
        return self.deep_extend(
            inherited,
            {
                "id": "okcoin",
                "name": "OKCoin",
                "countries": ["US"],
                "rateLimit": 100,
                "has": {"fetchMarkets": True},
                "urls": {
                    "api": "https://www.okcoin.com",
                    "www": "https://www.okcoin.com",
                    "doc": "https://www.okcoin.com/docs-v5/en/",
                    "fees": "https://www.okcoin.com/fees.html",
                },
                "api": {
                    "public": {
                        "get": {
                            "public/time": 2,
                            "public/instruments": 1,
                            "system/status": 50,
                            "market/tickers": 1,
                            "market/ticker": 1,
                            "market/books": 0.5,
                            "market/candles": 0.5,
                            "market/history-candles": 1,
                            "market/trades": 0.2,
                            "market/history-trades": 1,
                            "market/platform-24-volume": 2,
                        }
                    },
                    "private": {
                        "get": {
                            "account/balance": 2,
                            "account/bills": 4,
                            "account/bills-archive": 4,
                            "account/config": 4,
                            "account/max-size": 1,
                            "account/max-avail-size": 1,
                            "account/trade-fee": 4,
                            "trade/order": 0.333,
                            "trade/orders-pending": 0.333,
                            "trade/orders-history": 0.5,
                            "trade/orders-history-archive": 1,
                            "trade/fills": 0.333,
                            "trade/fills-history": 2,
                            "trade/orders-algo-pending": 1,
                            "trade/orders-algo-history": 1,
                            "asset/currencies": 3.333,
                            "asset/balances": 3.333,
                            "asset/asset-valuation": 20,
                            "asset/transfer-state": 2,
                            "asset/bills": 3.333,
                            "asset/deposit-lightning": 3.333,
                            "asset/deposit-address": 3.333,
                            "asset/deposit-history": 3.333,
                            "asset/withdrawal-history": 3.333,
                            "fiat/channel": 3.333,
                            "fiat/deposit-history": 3.333,
                            "fiat/withdrawal-history": 3.333,
                        },
                        "post": {
                            "trade/order": 0.333,
                            "trade/batch-orders": 0.067,
                            "trade/cancel-order": 0.333,
                            "trade/cancel-batch-orders": 0.067,
                            "trade/amend-order": 0.333,
                            "trade/amend-batch-orders": 0.067,
                            "trade/order-algo": 1,
                            "trade/cancel-algos": 1,
                            "trade/cancel-advance-algos": 1,
                            "asset/transfer": 20,
                            "asset/withdrawal": 3.333,
                            "asset/withdrawal-lightning": 3.333,
                            "asset/cancel-withdrawal": 3.333,
                            "fiat/deposit": 3.333,
                            "fiat/cancel-deposit": 3.333,
                            "fiat/withdrawal": 3.333,
                            "fiat/cancel-withdrawal": 3.333,
                        },
                    },
                },
                "fees": {"trading": {"tierBased": True, "percentage": True, "taker": 0.002, "maker": 0.001}},
                "requiredCredentials": {"apiKey": True, "secret": True, "password": True},
                "options": {"fiatCurrencies": ["USD", "EUR", "SGD"]},
            },
        )

    async def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # OKX's currencies from asset/currencies, and OKCoin's fiat currencies, which that list leaves out.
        currencies = await super().fetch_currencies(params)
        if len(js.keys(currencies)) == 0:
            # without credentials: loadMarkets derives every currency, fiat ones too, from the markets
            return currencies
        fiats = self.safe_list(self.options, "fiatCurrencies", [])
        result = self.extend({}, currencies)
        i = 0
        while True:
            if not (i < len(fiats)):
                break
            code = js.get(fiats, i)
            if self.safe_dict(result, code) is None:
                js.set_(
                    result,
                    code,
                    {
                        "id": code,
                        "code": code,
                        "name": None,
                        "active": None,
                        "deposit": None,
                        "withdraw": None,
                        "fee": None,
                        "precision": 0.01,
                        "limits": {},
                        "networks": {},
                        "info": None,
                    },
                )
            i += 1
        return result

    async def fetch_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # OKCoin lists algo orders (trade/orders-algo-pending and -history) but has no endpoint for one algo
        # order by id, OKX's trade/order-algo: params['trigger'] is refused rather than sent to a missing path.
        if self.safe_bool(params, "trigger", False):
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchOrder () cannot read an algo order by id (params trigger): use fetchOpenOrders with params trigger"
                )
            )
        return await super().fetch_order(id_, symbol, params)
