# Generated from js/yobit.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from typing import Any

from exchangekit.async_support.tidex import tidex
from exchangekit.base.errors import ArgumentsRequired, BadResponse, InvalidOrder, NotSupported
from exchangekit.base import js
from exchangekit.base.types import DepositAddress, Market, Order, Trade, Transaction


class yobit(tidex):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "yobit",
                "name": "YoBit",
                "countries": ["RU"],
                "has": {"fetchDepositAddress": True, "createDepositAddress": True, "withdraw": True},
                "urls": {
                    "api": {"public": "https://yobit.net/api/3", "private": "https://yobit.net/tapi/"},
                    "www": "https://yobit.net",
                    "doc": "https://www.yobit.net/en/api/",
                    "fees": "https://yobit.net/en/fees/",
                },
                "api": {
                    "private": {
                        "post": [
                            "getInfo",
                            "Trade",
                            "ActiveOrders",
                            "OrderInfo",
                            "CancelOrder",
                            "TradeHistory",
                            "GetDepositAddress",
                            "WithdrawCoinsToAddress",
                        ]
                    }
                },
                "options": {"maxLimit": 2000, "tickerSides": {"bid": "buy", "ask": "sell"}},
                "exceptions": {"broad": {"less than minimal total": InvalidOrder}},
            },
        )

    # --- markets -------------------------------------------------------------------------------------
    async def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # YoBit's info has what Tidex's has and min_total (the least an order may cost, in the quote currency),
        # fee_buyer and fee_seller.
        markets = await super().fetch_markets(params)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(markets)):
                break
            # (Tidex's markets are full unified structures: the minimum cost replaces the one of the cost bounds,
            # whose maximum stays, so that the market stays whole.)
            market = js.get(markets, i)
            cost = self.extend(
                js.get(js.get(market, "limits"), "cost"),
                {"min": self.safe_number(js.get(market, "info"), "min_total")},
            )
            limits = self.extend(js.get(market, "limits"), {"cost": cost})
            result.append(self.extend(market, {"limits": limits}))
            i += 1
        return result

    # --- account -------------------------------------------------------------------------------------
    def balance_accounts(self, info):
        # getInfo also has funds_incl_orders: { ltc: 32, ... }, what is available and what open orders hold.
        accounts = super().balance_accounts(info)
        total = self.safe_dict(info, "funds_incl_orders", {})
        ids = self.unique(self.array_concat(js.keys(accounts), js.keys(total)))
        i = 0
        while True:
            if not js.less(i, js.length(ids)):
                break
            id_ = js.get(ids, i)
            account = self.extend(self.safe_dict(accounts, id_, self.account()))
            if js.get(account, "free") is None:
                account["free"] = "0"
            account["total"] = self.safe_string(total, id_, js.get(account, "free"))
            js.set_(accounts, id_, account)
            i += 1
        return accounts

    # --- orders --------------------------------------------------------------------------------------
    async def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # YoBit's ActiveOrders takes the pair, and answers without return when there is no order.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchOpenOrders () requires a symbol: ActiveOrders lists the orders of one pair"
                )
            )
        return await super().fetch_open_orders(symbol, since, limit, params)

    async def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # YoBit's TradeHistory takes the pair, and answers without return when there is no trade.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchMyTrades () requires a symbol: TradeHistory lists the trades of one pair"
                )
            )
        return await super().fetch_my_trades(symbol, since, limit, params)

    # --- funding -------------------------------------------------------------------------------------
    def coin_name(self, currency):
        # The Trade API names a coin as the docs' examples do: coinName BTC.
        return js.upper(js.get(currency, "id"))

    def reject_network(self, method, params):
        # A coin's network is part of its name on YoBit (each network is a coin of its own): the unified param
        # network has no field to go to.
        if self.safe_string(params, "network") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () does not support the unified param network: on YoBit a network is a coin of its own, pass that coin's code"
                )
            )

    async def deposit_address(self, method, code, need_new, params):
        # GetDepositAddress: coinName, need_new (0 or 1); answers { return: { address, processed_amount,
        # server_time } }.
        self.reject_network(method, params)
        await self.load_markets()
        currency = self.currency(code)
        request = {"coinName": self.coin_name(currency), "need_new": need_new}
        response = await self.private_post_get_deposit_address(self.extend(request, params))
        result = self.return_of(response, method)
        address = self.safe_string(result, "address")
        if address is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id) + " " + js.to_str(method) + " () got an answer without address: "
                    )
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return {"currency": js.get(currency, "code"), "address": address, "info": response}

    async def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        return await self.deposit_address("fetchDepositAddress", code, 0, params)

    async def create_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        return await self.deposit_address("createDepositAddress", code, 1, params)

    async def withdraw(
        self,
        code: str,
        amount: float,
        address: str,
        tag: str | None = None,
        params: dict[str, Any] | None = None,
    ) -> Transaction:
        if params is None:
            params = {}
        # WithdrawCoinsToAddress: coinName, amount, address; answers { return: { server_time } }. The docs name
        # no tag or memo.
        self.reject_network("withdraw", params)
        if tag is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " withdraw () does not support a tag: WithdrawCoinsToAddress takes an address only"
                )
            )
        await self.load_markets()
        currency = self.currency(code)
        request = {
            "coinName": self.coin_name(currency),
            "amount": self.number_to_string(amount),
            "address": address,
        }
        response = await self.private_post_withdraw_coins_to_address(self.extend(request, params))
        result = self.return_of(response, "withdraw")
        return self.safe_transaction(
            {
                "timestamp": self.safe_timestamp(result, "server_time"),
                "type": "withdrawal",
                "currency": js.get(currency, "code"),
                "amount": js.get(request, "amount"),
                "address": address,
                "info": response,
            },
            currency,
        )
