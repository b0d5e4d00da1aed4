# Generated from js/exmo.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from typing import Any

from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base.precise import Precise
from exchangekit.base.errors import (
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
    BadResponse,
    ExchangeError,
    InsufficientFunds,
    InvalidNonce,
    InvalidOrder,
    NotSupported,
    OnMaintenance,
    OrderNotFound,
    PermissionDenied,
    RateLimitExceeded,
)
from exchangekit.base.number import TICK_SIZE
from exchangekit.base import js
from exchangekit.base.method_names import MethodAlias
from exchangekit.base.types import (
    Balances,
    Currency,
    DepositAddress,
    Market,
    OHLCV,
    Order,
    OrderBook,
    Ticker,
    Trade,
    Transaction,
)


class exmo(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "exmo",
                "name": "EXMO",
                "countries": [],
                "version": "v1.1",
                "rateLimit": 100,
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
                    "fetchOrder": False,
                    "fetchOrders": False,
                    "fetchOpenOrders": True,
                    "fetchClosedOrders": False,
                    "fetchMyTrades": True,
                    "fetchDeposits": True,
                    "fetchWithdrawals": True,
                    "fetchTransactions": False,
                    "fetchLedger": False,
                    "fetchDepositAddress": True,
                    "withdraw": True,
                    "fetchTime": False,
                    "fetchStatus": False,
                    "fetchTradingFees": False,
                    "cancelAllOrders": False,
                    "fetchOrderTrades": True,
                    "fetchTradingFee": False,
                    "fetchDepositAddresses": False,
                    "createDepositAddress": False,
                    "fetchDepositWithdrawFees": False,
                    "transfer": False,
                    "createMarketBuyOrderWithCost": True,
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
                "timeframes": {
                    "1m": "1",
                    "5m": "5",
                    "15m": "15",
                    "30m": "30",
                    "45m": "45",
                    "1h": "60",
                    "2h": "120",
                    "3h": "180",
                    "4h": "240",
                    "1d": "D",
                    "1w": "W",
                    "1M": "M",
                },
                "urls": {
                    "api": {"public": "https://api.exmo.com/v1.1", "private": "https://api.exmo.com/v1.1"},
                    "www": "https://exmo.me",
                    "doc": "https://exmo.me/en/api_doc?ref=131685",
                    "fees": "https://exmo.me/en/docs/fees",
                },
                "api": {
                    "public": {
                        "get": [
                            "currency",
                            "currency/list/extended",
                            "pair_settings",
                            "ticker",
                            "order_book",
                            "trades",
                            "candles_history",
                        ]
                    },
                    "private": {
                        "post": [
                            "user_info",
                            "order_create",
                            "stop_market_order_create",
                            "order_cancel",
                            "stop_market_order_cancel",
                            "user_open_orders",
                            "user_trades",
                            "order_trades",
                            "deposit_address",
                            "withdraw_crypt",
                            "wallet/operations",
                        ]
                    },
                },
                "fees": {"trading": {"tierBased": True, "percentage": True}},
                "requiredCredentials": {"apiKey": True, "secret": True},
                "precisionMode": TICK_SIZE,
                "options": {
                    "timeframeSeconds": {
                        "1m": 60,
                        "5m": 300,
                        "15m": 900,
                        "30m": 1800,
                        "45m": 2700,
                        "1h": 3600,
                        "2h": 7200,
                        "3h": 10800,
                        "4h": 14400,
                        "1d": 86400,
                        "1w": 604800,
                        "1M": 2592000,
                    },
                    "ohlcvCount": 1000,
                    "maxTradesLimit": 10000,
                    "maxOperationsLimit": 100,
                    "transactionStatuses": {
                        "Paid": "ok",
                        "Pending": "pending",
                        "Processing": "pending",
                        "Transferred": "pending",
                        "Cancelled": "canceled",
                        "Canceled": "canceled",
                        "Error": "failed",
                        "Failed": "failed",
                    },
                },
                "exceptions": {
                    "exact": {
                        "40005": AuthenticationError,
                        "40009": InvalidNonce,
                        "40015": BadRequest,
                        "40016": OnMaintenance,
                        "40017": AuthenticationError,
                        "40032": PermissionDenied,
                        "40034": RateLimitExceeded,
                        "50052": InsufficientFunds,
                        "50054": InsufficientFunds,
                        "50173": OrderNotFound,
                        "50304": OrderNotFound,
                        "50277": InvalidOrder,
                        "50319": InvalidOrder,
                        "50321": InvalidOrder,
                    },
                    "broad": {
                        "Insufficient funds": InsufficientFunds,
                        "was not found": OrderNotFound,
                        "Authorization error": AuthenticationError,
                        "rate limit": RateLimitExceeded,
                        "Maintenance": OnMaintenance,
                    },
                },
            },
        )

    # --- markets -------------------------------------------------------------------------------------
    async def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # currency/list/extended: [ { name (the currency's id), description } ].
        response = await self.public_get_currency_list_extended(params)
        if not js.is_array(response):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent a currency list that is no list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            id_ = self.safe_string(entry, "name")
            if id_ is None:
                i += 1
                continue
            code = self.safe_currency_code(id_)
            js.set_(
                result,
                code,
                {"id": id_, "code": code, "name": self.safe_string(entry, "description"), "info": entry},
            )
            i += 1
        return result

    async def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # pair_settings: { "BTC_USD": { min_quantity, max_quantity, min_price, max_price, min_amount, max_amount
        # (the cost of an order, in the quote currency), price_precision (decimal places), commission_taker_percent,
        # commission_maker_percent } }. The docs state no step of the quantity.
        response = await self.public_get_pair_settings(params)
        ids = js.keys(response)
        result = []
        i = 0
        while True:
            if not (i < len(ids)):
                break
            id_ = ids[i]
            entry = self.safe_dict(response, id_)
            parts = js.split(id_, "_")
            if (entry is None) or (not (len(parts) == 2)):
                i += 1
                continue
            base_id = js.get(parts, 0)
            quote_id = js.get(parts, 1)
            base = self.safe_currency_code(base_id)
            quote = self.safe_currency_code(quote_id)
            taker = self.safe_string(entry, "commission_taker_percent")
            maker = self.safe_string(entry, "commission_maker_percent")
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
                    active=True,
                    taker=None if (taker is None) else self.parse_number(Precise.string_div(taker, "100")),
                    maker=None if (maker is None) else self.parse_number(Precise.string_div(maker, "100")),
                    precision={
                        "price": self.parse_number(
                            self.parse_precision(self.safe_string(entry, "price_precision"))
                        )
                    },
                    limits={
                        "amount": {
                            "min": self.safe_number(entry, "min_quantity"),
                            "max": self.safe_number(entry, "max_quantity"),
                        },
                        "price": {
                            "min": self.safe_number(entry, "min_price"),
                            "max": self.safe_number(entry, "max_price"),
                        },
                        "cost": {
                            "min": self.safe_number(entry, "min_amount"),
                            "max": self.safe_number(entry, "max_amount"),
                        },
                    },
                    info=entry,
                )
            )
            i += 1
        return result

    def entry_of(self, response, market):
        # The public methods answer { "<pair>": ... }: the entry of the market asked for.
        entry = self.safe_value(response, js.get(market, "id"))
        if entry is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent an answer without the pair ")
                    + js.to_str(js.get(market, "id"))
                )
            )
        return entry

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # ticker: { buy_price (the best bid), sell_price (the best ask), last_trade, high, low, avg (the average
        # deal price of 24 hours), vol (in the base currency), vol_curr (in the quote currency), updated (unix
        # seconds) }.
        return self.ticker_structure(
            symbol=self.safe_symbol(None, market),
            timestamp=self.safe_timestamp(ticker, "updated"),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            bid=self.safe_string(ticker, "buy_price"),
            ask=self.safe_string(ticker, "sell_price"),
            last=self.safe_string(ticker, "last_trade"),
            base_volume=self.safe_string(ticker, "vol"),
            quote_volume=self.safe_string(ticker, "vol_curr"),
            info=ticker,
            market=market,
        )

    async def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # ticker: every pair at once, { "<pair>": { ... } }.
        await self.load_markets()
        response = await self.public_get_ticker(params)
        ids = js.keys(response)
        result = {}
        i = 0
        while True:
            if not (i < len(ids)):
                break
            id_ = ids[i]
            market = self.safe_market(id_, None, "_")
            ticker = self.parse_ticker(self.safe_dict(response, id_, {}), market)
            js.set_(result, js.get(ticker, "symbol"), ticker)
            i += 1
        if symbols is None:
            return result
        chosen = {}
        i = 0
        while True:
            if not js.less(i, js.length(symbols)):
                break
            symbol = self.symbol(js.get(symbols, i))
            ticker = self.safe_dict(result, symbol)
            if ticker is not None:
                js.set_(chosen, symbol, ticker)
            i += 1
        return chosen

    async def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        # ticker answers every pair; the one asked for is picked out.
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_ticker(params)
        return self.parse_ticker(self.entry_of(response, market), market)

    async def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # order_book?pair&limit (100 by default, at most 1000): { "<pair>": { ask_quantity, ask_amount, ask_top,
        # bid_quantity, bid_amount, bid_top, ask: [ [ price, quantity, amount ] ], bid: [ ... ] } }.
        await self.load_markets()
        market = self.market(symbol)
        request = {"pair": js.get(market, "id")}
        if limit is not None:
            request["limit"] = js.min_(limit, 1000)
        response = await self.public_get_order_book(self.extend(request, params))
        entry = self.entry_of(response, market)
        return self.parse_order_book(entry, js.get(market, "symbol"), None, "bid", "ask")

    def parse_trade(self, trade, market=None):
        # Public (trades): { trade_id, type (buy, sell), price, quantity, amount (the cost, in the quote currency),
        # date (unix seconds) }. The account's (user_trades, order_trades) add order_id, client_id, pair, exec_type
        # (maker, taker), commission_amount, commission_currency and commission_percent.
        market_id = self.safe_string(trade, "pair")
        market = self.safe_market(market_id, market, "_")
        fee_cost = self.safe_string(trade, "commission_amount")
        fee = None
        if fee_cost is not None:
            fee = {
                "cost": fee_cost,
                "currency": self.safe_currency_code(self.safe_string(trade, "commission_currency")),
                "rate": Precise.string_div(self.safe_string(trade, "commission_percent"), "100"),
            }
        client_id = self.safe_string(trade, "client_id")
        return self.trade_structure(
            identifier=self.safe_string(trade, "trade_id"),
            order=self.safe_string(trade, "order_id"),
            timestamp=self.safe_timestamp(trade, "date"),
            symbol=js.get(market, "symbol"),
            side=self.safe_string(trade, "type"),
            taker_or_maker=self.safe_string(trade, "exec_type"),
            price=self.safe_string(trade, "price"),
            amount=self.safe_string(trade, "quantity"),
            cost=self.safe_string(trade, "amount"),
            fee=fee,
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
        # trades?pair: { "<pair>": [ trades, the newest first ] }; the method takes no since or limit.
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_trades(self.extend({"pair": js.get(market, "id")}, params))
        trades = self.entry_of(response, market)
        if not js.is_array(trades):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent trades that are no list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.parse_trades(trades, market, since, limit)

    def parse_ohlcv(self, ohlcv, market=None):
        # candles_history: { t (ms), o, c, h, l, v }.
        return [
            self.safe_integer(ohlcv, "t"),
            self.safe_number(ohlcv, "o"),
            self.safe_number(ohlcv, "h"),
            self.safe_number(ohlcv, "l"),
            self.safe_number(ohlcv, "c"),
            self.safe_number(ohlcv, "v"),
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
        # candles_history?symbol&resolution&from&to, from and to (unix seconds) both required: since (or limit
        # candles before until, or before now) up to until (or limit candles after since, or now).
        await self.load_markets()
        market = self.market(symbol)
        resolution = self.safe_string(self.timeframes, timeframe)
        if resolution is None:
            raise BadRequest(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " fetchOHLCV () does not support the timeframe "
                        + js.to_str(timeframe)
                        + ": one of "
                    )
                    + js.join(js.keys(self.timeframes), ", ")
                )
            )
        duration = self.safe_integer(js.get(self.options, "timeframeSeconds"), timeframe)
        count = js.get(self.options, "ohlcvCount") if (limit is None) else limit
        until = self.safe_integer(params, "until")
        from_ = None
        to = None
        if since is not None:
            from_ = self.integer_of(js.divide(since, 1000))
            if until is not None:
                to = self.integer_of(js.divide(until, 1000))
            elif limit is not None:
                to = js.add(from_, js.multiply(duration, count))
            else:
                to = self.seconds()
        else:
            to = self.integer_of(js.divide(until, 1000)) if (until is not None) else self.seconds()
            from_ = js.subtract(to, js.multiply(duration, count))
        request = {
            "symbol": js.get(market, "id"),
            "resolution": resolution,
            "from": self.number_to_string(from_),
            "to": self.number_to_string(to),
        }
        response = await self.public_get_candles_history(self.extend(request, self.omit(params, "until")))
        candles = self.safe_list(response, "candles")
        if candles is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent candles without their list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.parse_ohlcvs(candles, market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    # --- account -------------------------------------------------------------------------------------
    async def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # user_info: { uid, server_date (unix seconds), balances: { "<currency>": free }, reserved: { "<currency>":
        # held in open orders } }.
        await self.load_markets()
        response = await self.private_post_user_info(params)
        free = self.safe_dict(response, "balances")
        reserved = self.safe_dict(response, "reserved", {})
        if free is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent user_info without balances: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        timestamp = self.safe_timestamp(response, "server_date")
        result = {"info": response, "timestamp": timestamp, "datetime": self.iso8601(timestamp)}
        ids = js.keys(free)
        i = 0
        while True:
            if not (i < len(ids)):
                break
            id_ = ids[i]
            account = self.account()
            js.set_(account, "free", self.safe_string(free, id_))
            js.set_(account, "used", self.safe_string(reserved, id_, "0"))
            js.set_(result, self.safe_currency_code(id_), account)
            i += 1
        return self.safe_balance(result)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # user_open_orders: { order_id, client_id, created (unix seconds), type (buy, sell), pair, price, quantity,
        # amount (price times quantity) }; order_create answers { result, error, order_id, client_id },
        # stop_market_order_create { client_id, parent_order_id, parent_order_id_str }.
        market_id = self.safe_string(order, "pair")
        market = self.safe_market(market_id, market, "_")
        client_order_id = self.safe_string(order, "client_id")
        if client_order_id == "0":
            client_order_id = None  # 0 stands for none
        return self.safe_order(
            {
                "id": self.safe_string_n(order, ["order_id", "parent_order_id_str", "parent_order_id"]),
                "clientOrderId": client_order_id,
                "timestamp": self.safe_timestamp(order, "created"),
                "symbol": js.get(market, "symbol"),
                "side": self.safe_string(order, "type"),
                "price": self.safe_string(order, "price"),
                "amount": self.safe_string(order, "quantity"),
                "info": order,
            },
            market,
        )

    def client_id_of(self, client_order_id):
        # client_id is a positive integer.
        if client_order_id is None:
            return None
        if (
            js.strict_equal(js.length(client_order_id), 0)
            or js.greater(js.length(client_order_id), 18)
            or (not self.is_decimal_string(client_order_id))
            or (js.index_of(client_order_id, ".") >= 0)
            or (js.index_of(client_order_id, "-") >= 0)
            or (js.index_of(client_order_id, "+") >= 0)
            or (js.index_of(client_order_id, "e") >= 0)
            or (js.index_of(client_order_id, "E") >= 0)
        ):
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () clientOrderId must be a positive integer of at most 18 digits (client_id), not "
                    + js.to_str(client_order_id)
                )
            )
        return client_order_id

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
        # order_create: pair, quantity, price, type (buy, sell: limit orders; market_buy, market_sell: market
        # orders sized in the base currency; market_buy_total, market_sell_total: sized in the quote currency),
        # client_id (optional). stop_market_order_create: pair, quantity, trigger_price, type (buy, sell),
        # client_id: a market order placed once the price reaches trigger_price. The docs list no post-only,
        # time-in-force, reduce-only or stop-limit orders.
        await self.load_markets()
        market = self.market(symbol)
        time_in_force = self.safe_string_upper(params, "timeInForce")
        if (time_in_force is not None) and ((not (time_in_force == "GTC")) or (not (type_ == "limit"))):
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () does not support the unified param timeInForce "
                    + js.to_str(time_in_force)
                    + " for "
                    + js.to_str(type_)
                    + " orders: limit orders are GTC"
                )
            )
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params(
            "createOrder", unified, ["postOnly", "reduceOnly", "stopLossPrice", "takeProfitPrice"]
        )
        if (not (side == "buy")) and (not (side == "sell")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id) + " createOrder () side must be buy or sell, not " + js.to_str(side)
                )
            )
        if (not (type_ == "limit")) and (not (type_ == "market")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () type must be limit or market, not "
                    + js.to_str(type_)
                )
            )
        if (amount is None) and (js.get(unified, "cost") is None):
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () requires an amount (or, for a market order, the unified param cost)"
                )
            )
        client_id = self.client_id_of(js.get(unified, "clientOrderId"))
        request = {"pair": js.get(market, "id")}
        if js.get(unified, "triggerPrice") is not None:
            if not (type_ == "market"):
                raise NotSupported(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () supports the unified param triggerPrice for market orders only (stop_market_order_create), not "
                        + js.to_str(type_)
                        + " orders"
                    )
                )
            if js.get(unified, "cost") is not None:
                raise NotSupported(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () does not support the unified param cost with triggerPrice: a stop market order is sized in the base currency"
                    )
                )
            request["quantity"] = self.amount_to_precision(symbol, amount)
            request["trigger_price"] = self.price_to_precision(symbol, js.get(unified, "triggerPrice"))
            request["type"] = side
            if client_id is not None:
                request["client_id"] = client_id
            stop_response = await self.private_post_stop_market_order_create(self.extend(request, rest))
            return self.extend(
                self.parse_order(stop_response, market),
                {
                    "type": "market",
                    "side": side,
                    "amount": self.parse_number(js.get(request, "quantity")),
                    "triggerPrice": self.parse_number(js.get(request, "trigger_price")),
                    "stopPrice": self.parse_number(js.get(request, "trigger_price")),
                    "clientOrderId": client_id,
                },
            )
        order_amount = None
        order_price = None
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["quantity"] = self.amount_to_precision(symbol, amount)
            request["price"] = self.price_to_precision(symbol, price)
            request["type"] = side
            order_amount = js.get(request, "quantity")
            order_price = js.get(request, "price")
        elif js.get(unified, "cost") is not None:
            # Sized in the quote currency: spend (or receive) this much.
            request["quantity"] = self.cost_to_precision(symbol, js.get(unified, "cost"))
            request["price"] = "0"
            request["type"] = js.bounded_text("market_" + js.to_str(side) + "_total")
        else:
            request["quantity"] = self.amount_to_precision(symbol, amount)
            request["price"] = "0"  # a market order has no price; the docs' parameter is sent as 0
            request["type"] = js.bounded_text("market_" + js.to_str(side))
            order_amount = js.get(request, "quantity")
        if client_id is not None:
            request["client_id"] = client_id
        response = await self.private_post_order_create(self.extend(request, rest))
        return self.extend(
            self.parse_order(response, market),
            {
                "type": type_,
                "side": side,
                "amount": self.parse_number(order_amount),
                "price": self.parse_number(order_price),
                "clientOrderId": client_id,
            },
        )

    async def create_market_buy_order_with_cost(
        self, symbol: str, cost: float, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        return await self.create_order(
            symbol, "market", "buy", None, None, self.extend(params, {"cost": cost})
        )

    async def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # order_cancel: order_id; stop_market_order_cancel: parent_order_id (with params { trigger: true }). Both
        # answer { result, error } only.
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        trigger = self.safe_bool(params, "trigger", False)
        rest = self.omit(params, "trigger")
        response = None
        if trigger:
            response = await self.private_post_stop_market_order_cancel(
                self.extend({"parent_order_id": id_}, rest)
            )
        else:
            response = await self.private_post_order_cancel(self.extend({"order_id": id_}, rest))
        return self.safe_order(
            {
                "id": id_,
                "symbol": None if (market is None) else js.get(market, "symbol"),
                "status": "canceled",
                "info": response,
            },
            market,
        )

    async def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # user_open_orders (pair optional): { "<pair>": [ orders ] }, every pair with open orders.
        await self.load_markets()
        market = None
        request = {}
        if symbol is not None:
            market = self.market(symbol)
            request["pair"] = js.get(market, "id")
        response = await self.private_post_user_open_orders(self.extend(request, params))
        pairs = js.keys(response)
        orders = []
        i = 0
        while True:
            if not (i < len(pairs)):
                break
            entries = self.safe_list(response, pairs[i], [])
            j = 0
            while True:
                if not (j < len(entries)):
                    break
                order = self.extend(
                    self.parse_order(js.get(entries, j), market), {"status": "open", "type": "limit"}
                )
                orders.append(order)
                j += 1
            i += 1
        return self.filter_by_symbol_since_limit(
            self.sort_by(orders, "timestamp"),
            None if (market is None) else js.get(market, "symbol"),
            since,
            limit,
        )

    async def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # user_trades: pair (required), offset, limit (100 by default, at most 10000): { "<pair>": [ trades, the
        # newest first ] }. It takes no time range.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchMyTrades () requires a symbol: user_trades lists the trades of the pairs it is given"
                )
            )
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchMyTrades () does not support the unified param until: user_trades takes no time range"
                )
            )
        await self.load_markets()
        market = self.market(symbol)
        request = {"pair": js.get(market, "id")}
        if limit is not None:
            request["limit"] = js.min_(limit, js.get(self.options, "maxTradesLimit"))
        response = await self.private_post_user_trades(self.extend(request, params))
        return self.parse_trades(self.safe_list(response, js.get(market, "id"), []), market, since, limit)

    async def fetch_order_trades(
        self,
        id_: str,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # order_trades: order_id; { type, in_currency, in_amount, out_currency, out_amount, trades: [ ... ] }.
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = await self.private_post_order_trades(self.extend({"order_id": id_}, params))
        trades = self.safe_list(response, "trades")
        if trades is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent order_trades without its trades: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.parse_trades(trades, market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    async def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # deposit_address: { "<currency>": "<address>" or "<address>,<tag>" }, one address per currency. The docs
        # name no network parameter.
        if self.safe_value(params, "network") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchDepositAddress () does not support the unified param network: deposit_address keeps one address per currency"
                )
            )
        await self.load_markets()
        currency = self.currency(code)
        response = await self.private_post_deposit_address(params)
        text = self.safe_string(response, js.get(currency, "id"))
        if text is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(
                        js.bounded_text(js.to_str(self.id) + " sent no deposit address of ")
                        + js.to_str(js.get(currency, "id"))
                        + ": "
                    )
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        parts = js.split(text, ",")
        return {
            "currency": js.get(currency, "code"),
            "address": js.get(parts, 0),
            "tag": js.get(parts, 1) if (len(parts) > 1) else None,
            "info": response,
        }

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
        # withdraw_crypt: amount, currency, address, invoice (the memo or tag, where the currency takes one),
        # transport (the network, optional); answers { result, error, task_id }.
        await self.load_markets()
        currency = self.currency(code)
        network = self.safe_string(params, "network")
        request = {
            "amount": self.number_to_string(amount),
            "currency": js.get(currency, "id"),
            "address": address,
        }
        if tag is not None:
            request["invoice"] = tag
        if network is not None:
            request["transport"] = self.network_id(network, currency)
        response = await self.private_post_withdraw_crypt(self.extend(request, self.omit(params, "network")))
        return self.safe_transaction(
            {
                "id": self.safe_string(response, "task_id"),
                "type": "withdrawal",
                "currency": js.get(currency, "code"),
                "amount": js.get(request, "amount"),
                "address": address,
                "tag": tag,
                "network": network,
                "status": "pending",
                "info": response,
            },
            currency,
        )

    def parse_transaction(self, transaction, currency=None):
        # wallet/operations items: { operation_id, created, updated (unix seconds), type (deposit, withdrawal),
        # currency, status (Paid, Pending, Processing, Cancelled, ...), amount, provider, commission, account,
        # order_id, provider_type, crypto_address, extra: { txid, confirmations, excode, invoice }, error }.
        code = self.safe_currency_code(self.safe_string(transaction, "currency"), currency)
        extra = self.safe_dict(transaction, "extra", {})
        fee_cost = self.safe_string(transaction, "commission")
        kind = self.safe_string(transaction, "type")
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "operation_id"),
                "txid": self.safe_string(extra, "txid"),
                "timestamp": self.safe_timestamp(transaction, "created"),
                "updated": self.safe_timestamp(transaction, "updated"),
                "address": self.safe_string(transaction, "crypto_address"),
                "tag": self.safe_string(extra, "invoice"),
                "type": "deposit" if (kind == "deposit") else "withdrawal",
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(
                    js.get(self.options, "transactionStatuses"), self.safe_string(transaction, "status")
                ),
                "fee": None if (fee_cost is None) else {"cost": fee_cost, "currency": code},
                "info": transaction,
            },
            currency,
        )

    async def fetch_operations(self, type_, code=None, since=None, limit=None, params=None):
        if params is None:
            params = {}
        # wallet/operations: type (deposit, withdrawal), currency (optional), offset, limit (at most 100): { items:
        # [ ... ], count }, the newest first. It takes no time range.
        await self.load_markets()
        currency = None
        request = {"type": type_}
        if code is not None:
            currency = self.currency(code)
            request["currency"] = js.get(currency, "id")
        max_limit = js.get(self.options, "maxOperationsLimit")
        request["limit"] = max_limit if (limit is None) else js.min_(limit, max_limit)
        response = await self.private_post_wallet_operations(self.extend(request, params))
        items = self.safe_list(response, "items")
        if items is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent wallet operations without their items: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.parse_transactions(items, currency, since, limit)

    async def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchDeposits () does not support the unified param until: wallet/operations takes no time range"
                )
            )
        return await self.fetch_operations("deposit", code, since, limit, params)

    async def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchWithdrawals () does not support the unified param until: wallet/operations takes no time range"
                )
            )
        return await self.fetch_operations("withdrawal", code, since, limit, params)

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
            js.to_str(self.safe_string(js.get(self.urls, "api"), api)) + "/" + js.to_str(path)
        )
        if api == "public":
            if len(js.keys(params)) > 0:
                url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(params)))
            return {"url": url, "method": method, "body": body, "headers": headers}
        # Authenticated: the body is the parameters and the nonce, form-encoded; Sign is the HMAC-SHA512 (hex) of
        # exactly that body, keyed with the secret.
        self.check_required_credentials()
        if js.has(params, "nonce"):
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(path)
                    + " takes no parameter nonce: the request is signed with its own"
                )
            )
        body = self.urlencode(self.extend(params, {"nonce": self.nonce()}))
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Key": self.apiKey,
            "Sign": self.hmac(self.encode(body), self.encode(self.secret), "sha512"),
        }
        return {"url": url, "method": method, "body": body, "headers": headers}

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
        # A failed call: HTTP 200 with { "result": false, "error": "Error 50052: Insufficient funds" }.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return None
        result = self.safe_bool(response, "result")
        message = self.safe_string(response, "error")
        if (not (result is False)) and (message is None):
            return None
        feedback = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " ") + js.to_str(self.excerpt(response_body))
        )
        if message is not None:
            if js.starts_with(message, "Error "):
                code = js.trim(js.get(js.split(js.slice_(message, 6), ":"), 0))
                self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
            self.throw_broadly_matched_exception(js.get(self.exceptions, "broad"), message, feedback)
        raise ExchangeError(feedback)
