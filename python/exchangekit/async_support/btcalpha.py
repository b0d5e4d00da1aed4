# Generated from js/btcalpha.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from typing import Any

from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base.precise import Precise
from exchangekit.base.errors import (
    ArgumentsRequired,
    BadRequest,
    BadResponse,
    ExchangeError,
    InvalidOrder,
    NotSupported,
    OrderNotFound,
)
from exchangekit.base.number import TICK_SIZE
from exchangekit.base import js
from exchangekit.base.method_names import MethodAlias
from exchangekit.base.types import (
    Balances,
    Currency,
    Market,
    OHLCV,
    Order,
    OrderBook,
    Ticker,
    Trade,
    Transaction,
)


class btcalpha(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "btcalpha",
                "name": "BTC-Alpha",
                "countries": [],
                "version": "v1",
                "rateLimit": 500,
                "has": {
                    "fetchMarkets": True,
                    "fetchCurrencies": True,
                    "fetchTicker": True,
                    "fetchTickers": True,
                    "fetchOrderBook": True,
                    "fetchOHLCV": True,
                    "fetchTrades": True,
                    "fetchBalance": True,
                    "createOrder": True,
                    "cancelOrder": True,
                    "editOrder": False,
                    "fetchOrder": True,
                    "fetchOrders": True,
                    "fetchOpenOrders": True,
                    "fetchClosedOrders": True,
                    "fetchMyTrades": True,
                    "fetchDeposits": True,
                    "fetchWithdrawals": True,
                    "fetchTransactions": False,
                    "fetchLedger": False,
                    "fetchDepositAddress": False,
                    "withdraw": False,
                    "fetchTime": False,
                    "fetchStatus": False,
                    "fetchTradingFees": False,
                    "cancelAllOrders": False,
                    "fetchOrderTrades": False,
                    "fetchTradingFee": False,
                    "fetchDepositAddresses": False,
                    "createDepositAddress": False,
                    "fetchDepositWithdrawFees": False,
                    "transfer": False,
                    "createMarketBuyOrderWithCost": False,
                    "fetchPositions": False,
                    "fetchPosition": False,
                    "fetchFundingRate": False,
                    "fetchFundingRates": False,
                    "fetchFundingRateHistory": False,
                    "fetchOpenInterest": False,
                    "setLeverage": False,
                    "setMarginMode": False,
                    "fetchLeverage": False,
                    "fetchMarkOHLCV": False,
                    "fetchIndexOHLCV": False,
                },
                "timeframes": {"5m": "5", "15m": "15", "30m": "30", "1h": "60", "4h": "240", "1d": "D"},
                "urls": {
                    "api": {
                        "public": "https://btc-alpha.com/api/v1",
                        "private": "https://btc-alpha.com/api/v1",
                        "charts": "https://btc-alpha.com/api/charts",
                    },
                    "www": "https://btc-alpha.com",
                    "doc": "https://btc-alpha.github.io/api-docs",
                },
                "api": {
                    "public": {
                        "get": ["currencies/", "pairs/", "ticker/", "orderbook/{pair_name}/", "exchanges/"]
                    },
                    "charts": {"get": ["{pair}/{type}/chart"]},
                    "private": {
                        "get": [
                            "wallets/",
                            "orders/own/",
                            "order/{id}/",
                            "exchanges/own/",
                            "deposits/",
                            "withdraws/",
                        ],
                        "post": ["order/", "order-cancel/"],
                    },
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"maker": None, "taker": None}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "amountTick": "0.00000001",
                    "orderStatuses": {"1": "open", "2": "canceled", "3": "closed"},
                    "withdrawStatuses": {
                        "10": "pending",
                        "20": "pending",
                        "30": "ok",
                        "40": "failed",
                        "50": "canceled",
                    },
                },
                "exceptions": {"exact": {}, "broad": {}},
            },
        )

    # --- markets -------------------------------------------------------------------------------------
    async def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # pairs/: [ { name, currency1 (base), currency2 (quote), price_precision (decimal places of the price),
        # minimum_order_size, maximum_order_size (in the base currency) } ].
        response = await self.public_get_pairs(params)
        if not js.is_array(response):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent pairs that are no list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            pair = js.get(response, i)
            id_ = self.safe_string(pair, "name")
            base_id = self.safe_string(pair, "currency1")
            quote_id = self.safe_string(pair, "currency2")
            if (id_ is None) or (base_id is None) or (quote_id is None):
                raise BadResponse(
                    js.bounded_text(
                        js.bounded_text(
                            js.to_str(self.id) + " sent a pair without name, currency1 or currency2: "
                        )
                        + js.to_str(self.excerpt(self.json(pair)))
                    )
                )
            base = self.safe_currency_code(base_id)
            quote = self.safe_currency_code(quote_id)
            result.append(
                self.market_structure(
                    id=id_,
                    symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
                    base=base,
                    quote=quote,
                    baseId=base_id,
                    quoteId=quote_id,
                    type="spot",
                    spot=True,
                    precision={
                        "amount": self.parse_number(js.get(self.options, "amountTick")),
                        "price": self.parse_number(
                            self.parse_precision(self.safe_string(pair, "price_precision"))
                        ),
                    },
                    limits={
                        "amount": {
                            "min": self.safe_number(pair, "minimum_order_size"),
                            "max": self.safe_number(pair, "maximum_order_size"),
                        }
                    },
                    info=pair,
                )
            )
            i += 1
        return result

    async def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # currencies/: [ { sign (the currency's sign, 'Ƀ'), short_name (its code) } ].
        response = await self.public_get_currencies(params)
        if not js.is_array(response):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent currencies that are no list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            id_ = self.safe_string(entry, "short_name")
            if id_ is None:
                i += 1
                continue
            code = self.safe_currency_code(id_)
            js.set_(result, code, {"id": id_, "code": code, "info": entry})
            i += 1
        return result

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # ticker/: { timestamp (seconds), pair, last, diff, vol, high, low, buy (the best bid), sell (the best
        # ask) }. The docs do not say what diff and vol measure; vol is read as the 24 h volume in the base
        # currency, diff stays in info.
        market_id = self.safe_string(ticker, "pair")
        market = self.safe_market(market_id, market, "_")
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_timestamp(ticker, "timestamp"),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            bid=self.safe_string(ticker, "buy"),
            ask=self.safe_string(ticker, "sell"),
            last=self.safe_string(ticker, "last"),
            base_volume=self.safe_string(ticker, "vol"),
            info=ticker,
            market=market,
        )

    async def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        # ticker/?pair=BTC_USD: a list of the one pair's ticker.
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_ticker(self.extend({"pair": js.get(market, "id")}, params))
        if not js.is_array(response):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent tickers that are no list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            if js.strict_equal(self.safe_string(js.get(response, i), "pair"), js.get(market, "id")):
                return self.parse_ticker(js.get(response, i), market)
            i += 1
        raise BadResponse(
            js.bounded_text(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent no ticker of ")
                    + js.to_str(js.get(market, "id"))
                    + ": "
                )
                + js.to_str(self.excerpt(self.json(response)))
            )
        )

    async def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # ticker/: the tickers of every pair.
        await self.load_markets()
        response = await self.public_get_ticker(params)
        if not js.is_array(response):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent tickers that are no list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.parse_tickers(response, symbols)

    async def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # orderbook/<pair_name>/?group=1: { buy: [ { price, amount } ], sell: [ ... ] } grouped by price; limit_buy
        # and limit_sell cap each side (the docs' parameter table; its example names them limit_bids and limit_asks).
        await self.load_markets()
        market = self.market(symbol)
        request = {"pair_name": js.get(market, "id"), "group": 1}
        if limit is not None:
            request["limit_buy"] = limit
            request["limit_sell"] = limit
        response = await self.public_get_orderbook_pair_name(self.extend(request, params))
        self.required_list(response, "buy")
        self.required_list(response, "sell")
        return self.parse_order_book(
            response, js.get(market, "symbol"), None, "buy", "sell", "price", "amount"
        )

    def parse_trade(self, trade, market=None):
        # exchanges/ and exchanges/own/: { id, price, pair, type (sell or buy), timestamp (seconds), amount }.
        market_id = self.safe_string(trade, "pair")
        market = self.safe_market(market_id, market, "_")
        return self.trade_structure(
            identifier=self.safe_string(trade, "id"),
            timestamp=self.safe_timestamp(trade, "timestamp"),
            symbol=js.get(market, "symbol"),
            side=self.safe_string_lower(trade, "type"),
            price=self.safe_string(trade, "price"),
            amount=self.safe_string(trade, "amount"),
            info=trade,
            market=market,
        )

    async def fetch_trades(
        self,
        symbol: str,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # exchanges/?pair=BTC_USD&limit=N: the latest trades (100 by default), newest first.
        await self.load_markets()
        market = self.market(symbol)
        request = {"pair": js.get(market, "id")}
        if limit is not None:
            request["limit"] = limit
        response = await self.public_get_exchanges(self.extend(request, params))
        if not js.is_array(response):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent trades that are no list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.parse_trades(response, market, since, limit)

    def parse_ohlcv(self, ohlcv, market=None):
        # { time (seconds, the candle's start), open, high, low, close, volume }.
        return [
            self.safe_timestamp(ohlcv, "time"),
            self.safe_number(ohlcv, "open"),
            self.safe_number(ohlcv, "high"),
            self.safe_number(ohlcv, "low"),
            self.safe_number(ohlcv, "close"),
            self.safe_number(ohlcv, "volume"),
        ]

    parseOHLCV = MethodAlias("parse_ohlcv")

    async def fetch_ohlcv(
        self,
        symbol: str,
        timeframe: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[OHLCV]:
        if timeframe is None:
            timeframe = "1m"
        if params is None:
            params = {}
        # charts/<pair>/<timeframe>/chart?limit=&since=&until= (since and until in seconds; 720 candles by default).
        type_ = self.safe_string(self.timeframes, timeframe)
        if type_ is None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchOHLCV () does not support the timeframe "
                    + js.to_str(timeframe)
                    + ": the charts offer 5m, 15m, 30m, 1h, 4h and 1d"
                )
            )
        await self.load_markets()
        market = self.market(symbol)
        request = {"pair": js.get(market, "id"), "type": type_}
        if limit is not None:
            request["limit"] = limit
        if since is not None:
            request["since"] = js.floor(js.divide(since, 1000))
        until = self.safe_integer(params, "until")
        if until is not None:
            request["until"] = js.floor(js.divide(until, 1000))
        response = await self.charts_get_pair_type_chart(self.extend(request, self.omit(params, "until")))
        if not js.is_array(response):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent candles that are no list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.parse_ohlcvs(response, market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    # --- account -------------------------------------------------------------------------------------
    async def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # wallets/: [ { currency, balance (the whole balance), reserve (the part held by open orders) } ].
        await self.load_markets()
        response = await self.private_get_wallets(params)
        if not js.is_array(response):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent wallets that are no list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        result = {"info": response}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            wallet = js.get(response, i)
            account = self.account()
            js.set_(account, "total", self.safe_string(wallet, "balance"))
            js.set_(account, "used", self.safe_string(wallet, "reserve"))
            js.set_(result, self.safe_currency_code(self.safe_string(wallet, "currency")), account)
            i += 1
        return self.safe_balance(result)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # orders/own/ and order/<pk>/: { id, pair, type (buy or sell), status (1, 2 or 3, a number or a string),
        # price, amount }: limit orders, the only kind the API places. The entries state no time.
        market_id = self.safe_string(order, "pair")
        market = self.safe_market(market_id, market, "_")
        return self.safe_order(
            {
                "id": self.safe_string(order, "id"),
                "symbol": js.get(market, "symbol"),
                "type": "limit",
                "side": self.safe_string_lower(order, "type"),
                "status": self.safe_string(
                    js.get(self.options, "orderStatuses"), self.safe_string(order, "status")
                ),
                "price": self.safe_string(order, "price"),
                "amount": self.safe_string(order, "amount"),
                "info": order,
            },
            market,
        )

    async def create_order(
        self,
        symbol: str,
        type_: str,
        side: str,
        amount: float,
        price: float | None = None,
        params: dict[str, Any] | None = None,
    ) -> Order:
        if params is None:
            params = {}
        # order/ (POST): type (buy or sell), pair, amount (of the base currency), price: a limit order that is
        # matched at once where it can. The docs list no market, stop, post-only, time-in-force or client order id
        # parameters, so those are refused.
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params(
            "createOrder",
            unified,
            [
                "postOnly",
                "timeInForce",
                "reduceOnly",
                "triggerPrice",
                "stopLossPrice",
                "takeProfitPrice",
                "clientOrderId",
                "cost",
            ],
        )
        if not (type_ == "limit"):
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () places limit orders only, not "
                    + js.to_str(type_)
                    + " orders"
                )
            )
        if (not (side == "buy")) and (not (side == "sell")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id) + " createOrder () side must be buy or sell, not " + js.to_str(side)
                )
            )
        if price is None:
            raise ArgumentsRequired(
                js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
            )
        await self.load_markets()
        market = self.market(symbol)
        request = {
            "type": side,
            "pair": js.get(market, "id"),
            "amount": self.amount_to_precision(symbol, amount),
            "price": self.price_to_precision(symbol, price),
        }
        response = await self.private_post_order(self.extend(request, rest))
        return self.parse_created_order(
            response, market, side, js.get(request, "amount"), js.get(request, "price")
        )

    def parse_created_order(self, response, market, side, amount, price):
        # order/ answers { success, type, date (seconds), oid, price, amount (what remains of the order),
        # trades: [ { type (the side of the order it met), price, o_id (that order's id), amount, tid } ] }: the
        # trades the new order made at once, as the taker.
        id_ = self.safe_string(response, "oid")
        if id_ is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent a new order without oid: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        timestamp = self.safe_timestamp(response, "date")
        raw_trades = self.safe_list(response, "trades", [])
        trades = []
        i = 0
        while True:
            if not (i < len(raw_trades)):
                break
            trade = js.get(raw_trades, i)
            trades.append(
                {
                    "id": self.safe_string(trade, "tid"),
                    "order": id_,
                    "timestamp": timestamp,
                    "symbol": js.get(market, "symbol"),
                    "type": "limit",
                    "side": side,
                    "takerOrMaker": "taker",
                    "price": self.safe_string(trade, "price"),
                    "amount": self.safe_string(trade, "amount"),
                    "info": trade,
                }
            )
            i += 1
        remaining = self.safe_string(response, "amount")
        status = "open"
        if (remaining is not None) and Precise.string_eq(remaining, "0"):
            status = "closed"
        return self.safe_order(
            {
                "id": id_,
                "timestamp": timestamp,
                "symbol": js.get(market, "symbol"),
                "type": "limit",
                "side": side,
                "status": status,
                "price": price,
                "amount": amount,
                "remaining": remaining,
                "trades": trades,
                "info": response,
            },
            market,
        )

    async def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # order-cancel/ (POST): order (the id); answers { order: <id> }. An order that does not exist, is done or
        # is canceled already is an error (see handleErrors).
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = await self.private_post_order_cancel(self.extend({"order": id_}, params))
        canceled = self.safe_string(response, "order")
        if canceled is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent a cancel answer without order: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.safe_order(
            {
                "id": canceled,
                "symbol": None if (market is None) else js.get(market, "symbol"),
                "status": "canceled",
                "info": response,
            },
            market,
        )

    async def fetch_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # order/<pk>/: one order.
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = await self.private_get_order_id(self.extend({"id": id_}, params))
        return self.parse_order(response, market)

    async def own_orders(self, method, status, symbol, since, limit, params):
        # orders/own/?status=&pair=&limit=: the account's orders (2000 by default). The entries state no time, so
        # no time range can be applied to them.
        if since is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () cannot filter by since: the API states no time of an order"
                )
            )
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () does not support the unified param until: the API states no time of an order"
                )
            )
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        request = {}
        if status is not None:
            request["status"] = status
        if market is not None:
            request["pair"] = js.get(market, "id")
        if limit is not None:
            request["limit"] = limit
        response = await self.private_get_orders_own(self.extend(request, params))
        if not js.is_array(response):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent orders that are no list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return response

    async def fetch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        response = await self.own_orders("fetchOrders", None, symbol, since, limit, params)
        market = None if (symbol is None) else self.market(symbol)
        return self.parse_orders(response, market, None, limit)

    async def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # status 1: active.
        response = await self.own_orders("fetchOpenOrders", "1", symbol, since, limit, params)
        market = None if (symbol is None) else self.market(symbol)
        return self.parse_orders(response, market, None, limit)

    async def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # status 3 (done), then status 2 (canceled): the API filters by one status at a time.
        done = await self.own_orders("fetchClosedOrders", "3", symbol, since, limit, params)
        canceled = await self.own_orders("fetchClosedOrders", "2", symbol, since, limit, params)
        market = None if (symbol is None) else self.market(symbol)
        return self.parse_orders(self.array_concat(done, canceled), market, None, limit)

    async def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # exchanges/own/?pair=&limit=: the account's trades (100 by default), newest first; no time range.
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchMyTrades () does not support the unified param until: the API takes no time range"
                )
            )
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        request = {}
        if market is not None:
            request["pair"] = js.get(market, "id")
        if limit is not None:
            request["limit"] = limit
        response = await self.private_get_exchanges_own(self.extend(request, params))
        if not js.is_array(response):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent trades that are no list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.parse_trades(response, market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # deposits/: { timestamp (seconds), id, currency, amount }. withdraws/: { id, timestamp, currency, amount,
        # status (10 to 50) }. Neither states an address, a transaction hash or a fee.
        code = self.safe_currency_code(self.safe_string(transaction, "currency"), currency)
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "id"),
                "timestamp": self.safe_timestamp(transaction, "timestamp"),
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(
                    js.get(self.options, "withdrawStatuses"), self.safe_string(transaction, "status")
                ),
                "info": transaction,
            },
            currency,
        )

    async def funding_list(self, method, type_, code, since, limit, params):
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () does not support the unified param until: the API takes no time range"
                )
            )
        await self.load_markets()
        currency = None if (code is None) else self.currency(code)
        response = None
        if type_ == "deposit":
            response = await self.private_get_deposits(params)
        else:
            response = await self.private_get_withdraws(params)
        if not js.is_array(response):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent " + js.to_str(type_) + "s that are no list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.parse_transactions(response, currency, since, limit, {"type": type_})

    async def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        # deposits/: every deposit of the account; the currency, since and limit are applied here.
        return await self.funding_list("fetchDeposits", "deposit", code, since, limit, params)

    async def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        # withdraws/: every withdrawal of the account. Its currency_id filter takes an id that no other method
        # shows, so the currency is filtered here.
        return await self.funding_list("fetchWithdrawals", "withdrawal", code, since, limit, params)

    # --- transport -----------------------------------------------------------------------------------
    def nonce(self):
        return self.milliseconds()

    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        url = js.bounded_text(
            js.bounded_text(js.to_str(self.safe_string(js.get(self.urls, "api"), api)) + "/")
            + js.to_str(self.implode_params(path, params))
        )
        query = self.omit(params, self.extract_params(path))
        if not (api == "private"):
            if len(js.keys(query)) > 0:
                url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(query)))
            return {"url": url, "method": method, "body": body, "headers": headers}
        self.check_required_credentials()
        # X-SIGN signs the POST data: a GET (whose parameters go in the query) signs the key alone, as the
        # docs' examples of GET methods sign an empty payload.
        payload = ""
        signed = {}
        if method == "POST":
            payload = self.urlencode(self.keysort(query))
            body = payload
            signed["Content-Type"] = "application/x-www-form-urlencoded"
        elif len(js.keys(query)) > 0:
            url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(query)))
        signed["X-KEY"] = self.apiKey
        signed["X-SIGN"] = self.hmac(
            self.encode(js.add(self.apiKey, payload)), self.encode(self.secret), "sha256"
        )
        signed["X-NONCE"] = self.number_to_string(self.nonce())
        return {"url": url, "method": method, "body": body, "headers": signed}

    def handle_errors(
        self,
        status,
        reason,
        url,
        method,
        response_headers,
        response_body,
        response,
        request_headers,
        request_body,
    ):
        # The docs state the meaning of each status (_errors.md), not the bodies; the message, where the body has
        # one (error or detail), goes with the error. Most statuses are the base class's (401 AuthenticationError,
        # 403 PermissionDenied, 429 RateLimitExceeded, 503 OnMaintenance, ...); the order methods say more:
        # "order-cancel/": an order that does not exist, is done or is canceled is an error; "order/<pk>/": 404 is
        # no such order.
        message = None
        if (response is not None) and (not js.is_array(response)) and (js.typeof(response) == "object"):
            message = self.safe_string2(response, "error", "detail")
            if js.less(status, 400) and (self.safe_value(response, "success") is False):
                raise ExchangeError(
                    js.bounded_text(
                        js.bounded_text(
                            js.to_str(self.id) + " " + js.to_str(method) + " " + js.to_str(url) + " "
                        )
                        + js.to_str(self.excerpt(response_body))
                    )
                )
        if js.less(status, 400):
            return None
        feedback = js.bounded_text(
            js.bounded_text(
                js.bounded_text(js.to_str(self.id) + " " + js.to_str(method) + " " + js.to_str(url) + " ")
                + js.to_str(self.number_to_string(status))
                + " "
            )
            + js.to_str(self.excerpt(response_body) if (message is None) else message)
        )
        is_cancel = js.index_of(url, "/order-cancel/") >= 0
        is_order = (method == "GET") and (js.index_of(url, "/order/") >= 0)
        if (is_cancel and (js.strict_equal(status, 400) or js.strict_equal(status, 404))) or (
            is_order and js.strict_equal(status, 404)
        ):
            raise OrderNotFound(feedback)
        if js.strict_equal(status, 400):
            raise BadRequest(feedback)
        return None
