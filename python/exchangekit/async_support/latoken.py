# Generated from js/latoken.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from typing import Any

from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base.precise import Precise
from exchangekit.base.errors import (
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
    BadSymbol,
    ExchangeError,
    ExchangeNotAvailable,
    InsufficientFunds,
    InvalidAddress,
    InvalidOrder,
    NotSupported,
    PermissionDenied,
    RateLimitExceeded,
    RequestTimeout,
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


class latoken(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "latoken",
                "name": "Latoken",
                "countries": ["KY"],
                "version": "v2",
                "rateLimit": 1000,
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
                    "fetchTransactions": True,
                    "fetchLedger": False,
                    "fetchDepositAddress": True,
                    "withdraw": True,
                    "fetchTime": True,
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
                "urls": {
                    "api": "https://api.latoken.com",
                    "www": "https://latoken.com",
                    "doc": "https://api.latoken.com/doc/v2/",
                    "fees": "https://latoken.com/fees",
                },
                "api": {
                    "public": {
                        "get": [
                            "time",
                            "currency",
                            "pair",
                            "ticker",
                            "ticker/{currency}/{quote}",
                            "book/{currency}/{quote}",
                            "trade/history/{currency}/{quote}",
                            "tradingview/history",
                        ]
                    },
                    "private": {
                        "get": [
                            "auth/account",
                            "auth/order",
                            "auth/order/getOrder/{id}",
                            "auth/order/pair/{currency}/{quote}",
                            "auth/order/pair/{currency}/{quote}/active",
                            "auth/trade",
                            "auth/trade/pair/{currency}/{quote}",
                            "auth/transaction",
                            "auth/transaction/bindings/{currency}",
                        ],
                        "post": [
                            "auth/order/place",
                            "auth/order/cancel",
                            "auth/transaction/depositAddress",
                            "auth/transaction/withdraw",
                        ],
                    },
                },
                "timeframes": {
                    "1m": "1m",
                    "1h": "1h",
                    "4h": "4h",
                    "6h": "6h",
                    "12h": "12h",
                    "1d": "1d",
                    "1w": "7d",
                    "1M": "1M",
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {
                    "trading": {"tierBased": True, "percentage": True, "maker": 0.0049, "taker": 0.0049}
                },
                "precisionMode": TICK_SIZE,
                "options": {
                    "sameNameParams": ["clientOrderId"],
                    "timeframeSeconds": {
                        "1m": 60,
                        "1h": 3600,
                        "4h": 14400,
                        "6h": 21600,
                        "12h": 43200,
                        "1d": 86400,
                        "1w": 604800,
                        "1M": 2592000,
                    },
                    "ohlcvLimit": 100,
                    "accountsByType": {
                        "spot": "ACCOUNT_TYPE_SPOT",
                        "wallet": "ACCOUNT_TYPE_WALLET",
                        "funding": "ACCOUNT_TYPE_WALLET",
                    },
                    "orderStatuses": {
                        "ORDER_STATUS_PLACED": "open",
                        "ORDER_STATUS_CLOSED": "closed",
                        "ORDER_STATUS_CANCELLED": "canceled",
                    },
                    "orderTypes": {"ORDER_TYPE_LIMIT": "limit", "ORDER_TYPE_MARKET": "market"},
                    "orderSides": {"ORDER_SIDE_BUY": "buy", "ORDER_SIDE_SELL": "sell"},
                    "orderConditions": {
                        "ORDER_CONDITION_GOOD_TILL_CANCELLED": "GTC",
                        "ORDER_CONDITION_IMMEDIATE_OR_CANCEL": "IOC",
                        "ORDER_CONDITION_FILL_OR_KILL": "FOK",
                    },
                    "conditionsByTimeInForce": {
                        "GTC": "GOOD_TILL_CANCELLED",
                        "IOC": "IMMEDIATE_OR_CANCEL",
                        "FOK": "FILL_OR_KILL",
                    },
                    "tradeSides": {"TRADE_DIRECTION_BUY": "buy", "TRADE_DIRECTION_SELL": "sell"},
                    "transactionTypes": {
                        "TRANSACTION_TYPE_DEPOSIT": "deposit",
                        "TRANSACTION_TYPE_WITHDRAWAL": "withdrawal",
                    },
                    "transactionStatuses": {
                        "TRANSACTION_STATUS_PENDING": "pending",
                        "TRANSACTION_STATUS_CONFIRMED": "ok",
                    },
                    "networks": {"BTC": "BTC", "ERC20": "ERC20", "BEP20": "BSC_TOKEN"},
                },
                "exceptions": {
                    "exact": {
                        "INSUFFICIENT_FUNDS": InsufficientFunds,
                        "BAD_TICKS": InvalidOrder,
                        "TOO_MANY_REQUESTS": RateLimitExceeded,
                        "SERVICE_UNAVAILABLE": ExchangeNotAvailable,
                        "DEADLINE_EXCEEDED": RequestTimeout,
                    },
                    "broad": {
                        "Unable to resolve currency by tag": BadSymbol,
                        "The API key was revoked": AuthenticationError,
                        "insufficient privileges": PermissionDenied,
                        "too much active orders": InvalidOrder,
                        "is lower than minimal allowed quantity": InvalidOrder,
                        "PAIR_STATUS_INACTIVE": BadSymbol,
                    },
                },
            },
        )

    # --- markets and currencies ----------------------------------------------------------------------
    async def fetch_time(self, params: dict[str, Any] | None = None) -> int | None:
        if params is None:
            params = {}
        # time: { serverTime } in ms.
        response = await self.public_get_time(params)
        return self.safe_integer(response, "serverTime")

    def parse_currency_entry(self, entry):
        # { id (a UUID), status: CURRENCY_STATUS_ACTIVE, type, name, tag: 'BTC', decimals, created, ... }
        id_ = self.safe_string(entry, "id")
        code = self.safe_currency_code(self.safe_string(entry, "tag"))
        return {
            "id": id_,
            "code": code,
            "name": self.safe_string(entry, "name"),
            "active": self.safe_string(entry, "status") == "CURRENCY_STATUS_ACTIVE",
            "precision": self.parse_number(self.parse_precision(self.safe_string(entry, "decimals"))),
            "info": entry,
        }

    async def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # currency: the currencies, each named by a UUID; the tag is the only place their codes are.
        response = await self.public_get_currency(params)
        # fetchMarkets, which loadMarkets calls next, needs the same list: it takes it once from here
        js.set_(self.options, "fetchedCurrencies", response)
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            currency = self.parse_currency_entry(js.get(response, i))
            if js.get(currency, "code") is not None:
                js.set_(result, js.get(currency, "code"), currency)
            i += 1
        return result

    async def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # pair: { id, status: PAIR_STATUS_ACTIVE, baseCurrency, quoteCurrency (currency UUIDs), priceTick,
        # priceDecimals, quantityTick, quantityDecimals, costDisplayDecimals, created, minOrderQuantity,
        # maxOrderCostUsd, minOrderCostUsd }. The codes come from currency (see fetchCurrencies). A market's id
        # here is baseCurrency/quoteCurrency: the path of every market endpoint names the two currencies.
        currencies = self.safe_list(self.options, "fetchedCurrencies")
        js.set_(self.options, "fetchedCurrencies", None)
        if currencies is None:
            currencies = await self.public_get_currency()
        tags = {}
        i = 0
        while True:
            if not js.less(i, js.length(currencies)):
                break
            currency_id = self.safe_string(js.get(currencies, i), "id")
            if currency_id is not None:
                js.set_(tags, currency_id, self.safe_string(js.get(currencies, i), "tag"))
            i += 1
        response = await self.public_get_pair(params)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            base_id = self.safe_string(entry, "baseCurrency")
            quote_id = self.safe_string(entry, "quoteCurrency")
            base_tag = self.safe_string(tags, base_id)
            quote_tag = self.safe_string(tags, quote_id)
            if (base_tag is None) or (quote_tag is None):
                # a pair of a currency that currency does not list has no symbol
                i += 1
                continue
            base = self.safe_currency_code(base_tag)
            quote = self.safe_currency_code(quote_tag)
            result.append(
                self.market_structure(
                    id=js.bounded_text(js.to_str(base_id) + "/" + js.to_str(quote_id)),
                    symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
                    base=base,
                    quote=quote,
                    baseId=base_id,
                    quoteId=quote_id,
                    active=self.safe_string(entry, "status") == "PAIR_STATUS_ACTIVE",
                    type="spot",
                    spot=True,
                    taker=js.get(js.get(self.fees, "trading"), "taker"),
                    maker=js.get(js.get(self.fees, "trading"), "maker"),
                    precision={
                        "amount": self.safe_number(entry, "quantityTick"),
                        "price": self.safe_number(entry, "priceTick"),
                    },
                    limits={
                        "amount": {"min": self.safe_number(entry, "minOrderQuantity"), "max": None},
                        "price": {"min": None, "max": None},
                        "cost": {"min": None, "max": None},
                    },
                    info=entry,
                )
            )
            i += 1
        return result

    def market_request(self, market):
        return {"currency": js.get(market, "baseId"), "quote": js.get(market, "quoteId")}

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # { symbol: 'SNX/USDT' (tags), baseCurrency, quoteCurrency, volume24h (quote), volume7d, change24h,
        # change7d, lastPrice, bestBid, bestAsk, updateTimestamp }. Whether change24h is a percentage or a price
        # difference is not documented: it stays in info.
        market_id = js.bounded_text(
            js.bounded_text(js.to_str(self.safe_string(ticker, "baseCurrency")) + "/")
            + js.to_str(self.safe_string(ticker, "quoteCurrency"))
        )
        market = self.safe_market(market_id, market)
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer(ticker, "updateTimestamp"),
            bid=self.safe_string(ticker, "bestBid"),
            ask=self.safe_string(ticker, "bestAsk"),
            last=self.safe_string(ticker, "lastPrice"),
            quote_volume=self.safe_string(ticker, "volume24h"),
            info=ticker,
            market=market,
        )

    async def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_ticker_currency_quote(
            self.extend(self.market_request(market), params)
        )
        return self.parse_ticker(response, market)

    async def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # ticker: every pair's ticker.
        await self.load_markets()
        response = await self.public_get_ticker(params)
        known = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            market_id = js.bounded_text(
                js.bounded_text(js.to_str(self.safe_string(js.get(response, i), "baseCurrency")) + "/")
                + js.to_str(self.safe_string(js.get(response, i), "quoteCurrency"))
            )
            if self.safe_value(self.marketsById, market_id) is not None:
                known.append(js.get(response, i))
            i += 1
        return self.parse_tickers(known, symbols)

    async def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # book/{currency}/{quote}?limit: { ask: [ { price, quantity, cost, accumulated } ], bid, totalAsk,
        # totalBid }, best first; 100 levels a side without limit.
        await self.load_markets()
        market = self.market(symbol)
        request = self.market_request(market)
        if limit is not None:
            js.set_(request, "limit", limit)
        response = await self.public_get_book_currency_quote(self.extend(request, params))
        return self.parse_order_book(
            response, js.get(market, "symbol"), None, "bid", "ask", "price", "quantity"
        )

    def parse_trade(self, trade, market=None):
        # { id, isMakerBuyer, direction: TRADE_DIRECTION_BUY or TRADE_DIRECTION_SELL, baseCurrency,
        # quoteCurrency, price, quantity, cost, timestamp, makerBuyer } and, for the account's own trades, fee
        # (in the quote currency) and order.
        market_id = js.bounded_text(
            js.bounded_text(js.to_str(self.safe_string(trade, "baseCurrency")) + "/")
            + js.to_str(self.safe_string(trade, "quoteCurrency"))
        )
        market = self.safe_market(market_id, market)
        fee = None
        fee_cost = self.safe_string(trade, "fee")
        if fee_cost is not None:
            fee = {"cost": fee_cost, "currency": js.get(market, "quote")}
        return self.trade_structure(
            identifier=self.safe_string(trade, "id"),
            order=self.safe_string(trade, "order"),
            timestamp=self.safe_integer(trade, "timestamp"),
            symbol=js.get(market, "symbol"),
            side=self.safe_string(js.get(self.options, "tradeSides"), self.safe_string(trade, "direction")),
            price=self.safe_string(trade, "price"),
            amount=self.safe_string(trade, "quantity"),
            cost=self.safe_string(trade, "cost"),
            fee=fee,
            info=trade,
            market=market,
        )

    def trade_list(self, response):
        # A list, or a page { content: [...], hasNext, first, pageSize, hasContent }.
        if js.is_array(response):
            return response
        return self.safe_list(response, "content", [])

    async def fetch_trades(
        self,
        symbol: str,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # trade/history/{currency}/{quote}?limit: the latest trades, newest first.
        await self.load_markets()
        market = self.market(symbol)
        request = self.market_request(market)
        if limit is not None:
            js.set_(request, "limit", limit)
        response = await self.public_get_trade_history_currency_quote(self.extend(request, params))
        return self.parse_trades(self.trade_list(response), market, since, limit)

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
        # tradingview/history?symbol={currency}/{quote}&resolution&from&to (seconds; from included, to not):
        # { o: [...], c, l, h, t (seconds), v, s: 'ok' }, one list per field.
        await self.load_markets()
        market = self.market(symbol)
        resolution = self.safe_string(self.timeframes, timeframe)
        if resolution is None:
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchOHLCV () does not support the timeframe "
                    + js.to_str(timeframe)
                )
            )
        duration = self.safe_integer(js.get(self.options, "timeframeSeconds"), timeframe)
        until = self.safe_integer(params, "until")
        params = self.omit(params, "until")
        count = js.get(self.options, "ohlcvLimit") if (limit is None) else limit
        from_ = None
        to = None
        if since is not None:
            from_ = js.floor(js.divide(since, 1000))
            to = (
                js.number(js.floor(js.divide(until, 1000)) + 1)
                if (until is not None)
                else js.add(from_, js.multiply(count, duration))
            )
        else:
            to = (
                js.number(js.floor(js.divide(until, 1000)) + 1)
                if (until is not None)
                else js.add(self.seconds(), 1)
            )
            from_ = js.subtract(to, js.multiply(count, duration))
        request = {
            "symbol": js.bounded_text(
                js.bounded_text(js.to_str(js.get(market, "baseId")) + "/")
                + js.to_str(js.get(market, "quoteId"))
            ),
            "resolution": resolution,
            "from": from_,
            "to": to,
        }
        response = await self.public_get_tradingview_history(self.extend(request, params))
        times = self.safe_list(response, "t", [])
        opens = self.safe_list(response, "o", [])
        highs = self.safe_list(response, "h", [])
        lows = self.safe_list(response, "l", [])
        closes = self.safe_list(response, "c", [])
        candles = []
        i = 0
        while True:
            if not (i < len(times)):
                break
            # v is left out: its magnitudes in the documented example are those of the quote currency, and a
            # unified candle's volume is in the base currency, which the endpoint does not report.
            candles.append(
                [
                    self.safe_timestamp(times, i),
                    self.safe_number(opens, i),
                    self.safe_number(highs, i),
                    self.safe_number(lows, i),
                    self.safe_number(closes, i),
                    None,
                ]
            )
            i += 1
        return self.parse_ohlcvs(candles, market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def parse_ohlcv(self, ohlcv, market=None):
        return ohlcv

    parseOHLCV = MethodAlias("parse_ohlcv")

    # --- account -------------------------------------------------------------------------------------
    async def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # auth/account: [ { id, status, type: ACCOUNT_TYPE_SPOT (or WALLET, FUTURES, ...), timestamp, currency
        # (UUID), available, blocked } ]: the spot accounts unless params['type'] names another
        # (options['accountsByType']).
        await self.load_markets()
        type_ = self.safe_string(params, "type", "spot")
        params = self.omit(params, "type")
        account_type = self.account_type_id(type_)
        response = await self.private_get_auth_account(params)
        result = {"info": response}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            if not js.strict_equal(self.safe_string(entry, "type"), account_type):
                i += 1
                continue
            code = self.safe_currency_code(self.safe_string(entry, "currency"))
            account = self.account()
            js.set_(account, "free", self.safe_string(entry, "available"))
            js.set_(account, "used", self.safe_string(entry, "blocked"))
            js.set_(result, code, account)
            i += 1
        return self.safe_balance(result)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # { id, status: ORDER_STATUS_PLACED/CLOSED/CANCELLED, side: ORDER_SIDE_BUY, condition:
        # ORDER_CONDITION_GOOD_TILL_CANCELLED, type: ORDER_TYPE_LIMIT, baseCurrency, quoteCurrency,
        # clientOrderId, price, quantity, cost (price times quantity, not what was filled), filled, trader,
        # timestamp }; place and cancel answer { message, status: SUCCESS, id }.
        market_id = None
        base_id = self.safe_string(order, "baseCurrency")
        quote_id = self.safe_string(order, "quoteCurrency")
        if (base_id is not None) and (quote_id is not None):
            market_id = js.bounded_text(js.to_str(base_id) + "/" + js.to_str(quote_id))
        market = self.safe_market(market_id, market)
        type_ = self.safe_string(js.get(self.options, "orderTypes"), self.safe_string(order, "type"))
        price = self.safe_string(order, "price")
        if (type_ == "market") and (price is not None) and Precise.string_eq(price, "0"):
            price = None
        return self.safe_order(
            {
                "id": self.safe_string(order, "id"),
                "clientOrderId": self.safe_string(order, "clientOrderId"),
                "timestamp": self.safe_integer(order, "timestamp"),
                "symbol": js.get(market, "symbol"),
                "type": type_,
                "timeInForce": self.safe_string(
                    js.get(self.options, "orderConditions"), self.safe_string(order, "condition")
                ),
                "side": self.safe_string(js.get(self.options, "orderSides"), self.safe_string(order, "side")),
                "price": price,
                "amount": self.safe_string(order, "quantity"),
                "filled": self.safe_string(order, "filled"),
                "status": self.safe_string(
                    js.get(self.options, "orderStatuses"), self.safe_string(order, "status")
                ),
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
        # POST auth/order/place { baseCurrency, quoteCurrency, side: BUY or SELL, condition: GOOD_TILL_CANCELLED,
        # IMMEDIATE_OR_CANCEL or FILL_OR_KILL, type: LIMIT or MARKET, clientOrderId, price, quantity, timestamp }.
        # timeInForce is the condition and clientOrderId is clientOrderId; the API has no post-only, stop,
        # reduce-only or cost-sized order, so those params are refused.
        await self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params(
            "createOrder",
            unified,
            ["postOnly", "reduceOnly", "triggerPrice", "stopLossPrice", "takeProfitPrice", "cost"],
        )
        if (not (type_ == "market")) and (not (type_ == "limit")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () type must be market or limit, not "
                    + js.to_str(type_)
                )
            )
        if (not (side == "buy")) and (not (side == "sell")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id) + " createOrder () side must be buy or sell, not " + js.to_str(side)
                )
            )
        time_in_force = "GTC" if (js.get(unified, "timeInForce") is None) else js.get(unified, "timeInForce")
        request = {
            "baseCurrency": js.get(market, "baseId"),
            "quoteCurrency": js.get(market, "quoteId"),
            "side": js.upper(side),
            "condition": self.safe_string(js.get(self.options, "conditionsByTimeInForce"), time_in_force),
            "type": js.upper(type_),
        }
        if js.get(unified, "clientOrderId") is not None:
            request["clientOrderId"] = js.get(unified, "clientOrderId")
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["price"] = self.price_to_precision(symbol, price)
        request["quantity"] = self.amount_to_precision(symbol, amount)
        request["timestamp"] = self.milliseconds()
        response = await self.private_post_auth_order_place(self.extend(request, rest))
        return self.safe_order(
            {
                "id": self.safe_string(response, "id"),
                "clientOrderId": js.get(unified, "clientOrderId"),
                "timestamp": js.get(request, "timestamp"),
                "symbol": js.get(market, "symbol"),
                "type": type_,
                "timeInForce": time_in_force,
                "side": side,
                "price": self.safe_string(request, "price"),
                "amount": js.get(request, "quantity"),
                "info": response,
            },
            market,
        )

    async def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # POST auth/order/cancel { id } answers { message: 'cancellation request successfully submitted',
        # status: SUCCESS, id }: the request is taken, the order's state is not reported.
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = await self.private_post_auth_order_cancel(self.extend({"id": id_}, params))
        return self.safe_order(
            {
                "id": self.safe_string(response, "id", id_),
                "symbol": None if (market is None) else js.get(market, "symbol"),
                "info": response,
            },
            market,
        )

    async def fetch_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # auth/order/getOrder/{id}: one order.
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = await self.private_get_auth_order_get_order_id(self.extend({"id": id_}, params))
        return self.parse_order(response, market)

    def page_request(self, limit, params):
        # limit, and the unified until as from: the history endpoints return the orders and trades before from
        # (ms), newest first.
        request = {}
        if limit is not None:
            request["limit"] = limit
        until = self.safe_integer(params, "until")
        if until is not None:
            request["from"] = js.add(until, 1)
        return [request, self.omit(params, "until")]

    async def fetch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # auth/order/pair/{currency}/{quote} (or auth/order for every pair)?from&limit: open and past orders.
        await self.load_markets()
        (
            request,
            rest,
        ) = js.destructure(self.page_request(limit, params), 2)
        market = None
        response = None
        if symbol is not None:
            market = self.market(symbol)
            response = await self.private_get_auth_order_pair_currency_quote(
                self.extend(self.extend(request, self.market_request(market)), rest)
            )
        else:
            response = await self.private_get_auth_order(self.extend(request, rest))
        return self.parse_orders(response, market, since, limit)

    async def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # auth/order/pair/{currency}/{quote}/active?limit: the open orders of one pair.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchOpenOrders () requires a symbol: the active orders are listed per pair"
                )
            )
        await self.load_markets()
        market = self.market(symbol)
        request = self.market_request(market)
        if limit is not None:
            js.set_(request, "limit", limit)
        response = await self.private_get_auth_order_pair_currency_quote_active(self.extend(request, params))
        return self.parse_orders(response, market, since, limit)

    async def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # fetchOrders' orders that are no longer open (closed or canceled).
        orders = await self.fetch_orders(symbol, since, None, params)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(orders)):
                break
            status = js.get(js.get(orders, i), "status")
            if (status is not None) and (not (status == "open")):
                result.append(js.get(orders, i))
            i += 1
        return self.filter_by_since_limit(result, since, limit)

    async def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # auth/trade/pair/{currency}/{quote} (or auth/trade for every pair)?from&limit: the account's trades.
        await self.load_markets()
        (
            request,
            rest,
        ) = js.destructure(self.page_request(limit, params), 2)
        market = None
        response = None
        if symbol is not None:
            market = self.market(symbol)
            response = await self.private_get_auth_trade_pair_currency_quote(
                self.extend(self.extend(request, self.market_request(market)), rest)
            )
        else:
            response = await self.private_get_auth_trade(self.extend(request, rest))
        return self.parse_trades(self.trade_list(response), market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # { id, status: TRANSACTION_STATUS_PENDING or CONFIRMED, type: TRANSACTION_TYPE_DEPOSIT or WITHDRAWAL,
        # senderAddress, recipientAddress, amount, transactionFee (in the currency), timestamp, transactionHash,
        # blockHeight, currency (UUID), memo, paymentProvider, requiresCode }
        code = self.safe_currency_code(self.safe_string(transaction, "currency"), currency)
        fee = None
        fee_cost = self.safe_string(transaction, "transactionFee")
        if fee_cost is not None:
            fee = {"cost": fee_cost, "currency": code}
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "id"),
                "txid": self.safe_string(transaction, "transactionHash"),
                "timestamp": self.safe_integer(transaction, "timestamp"),
                "address": self.safe_string(transaction, "recipientAddress"),
                "tag": self.safe_string(transaction, "memo"),
                "type": self.safe_string(
                    js.get(self.options, "transactionTypes"), self.safe_string(transaction, "type")
                ),
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(
                    js.get(self.options, "transactionStatuses"), self.safe_string(transaction, "status")
                ),
                "fee": fee,
                "info": transaction,
            },
            currency,
        )

    async def fetch_transactions(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        # auth/transaction?page&size: { content: [...], hasNext, first, pageSize, hasContent }, newest first,
        # deposits and withdrawals of every currency; no time range.
        await self.load_markets()
        currency = None if (code is None) else self.currency(code)
        request = {}
        if limit is not None:
            request["size"] = limit
        response = await self.private_get_auth_transaction(self.extend(request, params))
        return self.parse_transactions(self.safe_list(response, "content", []), currency, since, limit)

    async def fetch_transfers_of(self, type_, code, since, limit, params):
        method = "fetchDeposits" if (type_ == "deposit") else "fetchWithdrawals"
        self.reject_unified_params(method, params, ["until"])
        transactions = await self.fetch_transactions(code, since, None, params)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(transactions)):
                break
            if js.strict_equal(self.safe_string(js.get(transactions, i), "type"), type_):
                result.append(js.get(transactions, i))
            i += 1
        return self.filter_by_since_limit(result, since, limit)

    async def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return await self.fetch_transfers_of("deposit", code, since, limit, params)

    async def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return await self.fetch_transfers_of("withdrawal", code, since, limit, params)

    async def currency_binding(self, method, currency, kind, params):
        # auth/transaction/bindings/{currency}: [ { id, currencyProvider, status: CURRENCY_BINDING_STATUS_ACTIVE,
        # type: CURRENCY_BINDING_TYPE_INPUT (deposits) or OUTPUT (withdrawals), currency, minAmount, fee,
        # percentFee, feeCurrency, title, memoSupported, decimals, providerName: 'BTC', 'ERC20', 'BSC_TOKEN' } ]:
        # deposits and withdrawals name the binding of one network. With several active ones the unified param
        # network picks it.
        network_code = self.safe_string(params, "network")
        network_id = None if (network_code is None) else self.known_network_id(network_code, currency, method)
        response = await self.private_get_auth_transaction_bindings_currency(
            {"currency": js.get(currency, "id")}
        )
        candidates = []
        providers = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            binding = js.get(response, i)
            if (not js.strict_equal(self.safe_string(binding, "type"), kind)) or (
                not (self.safe_string(binding, "status") == "CURRENCY_BINDING_STATUS_ACTIVE")
            ):
                i += 1
                continue
            provider = self.safe_string(binding, "providerName")
            providers.append(provider)
            if (network_id is None) or js.strict_equal(provider, network_id):
                candidates.append(binding)
            i += 1
        if len(candidates) == 0:
            raise NotSupported(
                js.bounded_text(
                    js.bounded_text(
                        js.bounded_text(
                            js.bounded_text(
                                js.to_str(self.id) + " " + js.to_str(method) + " () finds no active "
                            )
                            + (
                                ""
                                if (network_code is None)
                                else js.bounded_text(js.to_str(network_code) + " ")
                            )
                            + "network of "
                        )
                        + js.to_str(js.get(currency, "code"))
                        + " (active: "
                    )
                    + js.join(providers, ", ")
                    + ")"
                )
            )
        if len(candidates) > 1:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.bounded_text(
                        js.bounded_text(
                            js.to_str(self.id)
                            + " "
                            + js.to_str(method)
                            + " () needs the unified param network: "
                        )
                        + js.to_str(js.get(currency, "code"))
                        + " has the networks "
                    )
                    + js.join(providers, ", ")
                )
            )
        return js.get(candidates, 0)

    async def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # POST auth/transaction/depositAddress { currencyBinding } answers { message: 'address generated', status:
        # SUCCESS, depositAccount: { address, memo } }.
        await self.load_markets()
        currency = self.currency(code)
        binding = await self.currency_binding(
            "fetchDepositAddress", currency, "CURRENCY_BINDING_TYPE_INPUT", params
        )
        request = {"currencyBinding": self.safe_string(binding, "id")}
        response = await self.private_post_auth_transaction_deposit_address(
            self.extend(request, self.omit(params, "network"))
        )
        account = self.safe_dict(response, "depositAccount", {})
        address = self.safe_string(account, "address")
        if address is None:
            raise InvalidAddress(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " fetchDepositAddress () got no address for "
                        + js.to_str(code)
                        + ": "
                    )
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return {
            "currency": js.get(currency, "code"),
            "address": address,
            "tag": self.safe_string(account, "memo"),
            "network": self.network_code(self.safe_string(binding, "providerName"), currency),
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
        # POST auth/transaction/withdraw { currencyBinding, amount, recipientAddress, memo, twoFaCode } answers
        # { withdrawalId, codeRequired, transaction: { ... } }. A code sent by e-mail may have to be confirmed
        # (codeRequired): the transaction is then TRANSACTION_STATUS_UNVERIFIED until it is.
        await self.load_markets()
        currency = self.currency(code)
        binding = await self.currency_binding("withdraw", currency, "CURRENCY_BINDING_TYPE_OUTPUT", params)
        request = {
            "currencyBinding": self.safe_string(binding, "id"),
            "amount": self.number_to_string(amount),
            "recipientAddress": address,
        }
        if tag is not None:
            request["memo"] = tag
        response = await self.private_post_auth_transaction_withdraw(
            self.extend(request, self.omit(params, "network"))
        )
        transaction = self.parse_transaction(self.safe_dict(response, "transaction", {}), currency)
        js.set_(transaction, "id", self.safe_string(response, "withdrawalId", js.get(transaction, "id")))
        js.set_(
            transaction, "network", self.network_code(self.safe_string(binding, "providerName"), currency)
        )
        js.set_(transaction, "info", response)
        return transaction

    # --- transport -----------------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # GET sends its params as the query string, POST as a JSON body. X-LA-SIGNATURE: hex HMAC-SHA512, keyed
        # by the secret, of method + path (from /v2, without the query) + the params as key=value pairs joined
        # by & (not percent-encoded), in the order they are sent.
        request_path = js.bounded_text(
            js.bounded_text("/" + js.to_str(self.version) + "/")
            + js.to_str(self.implode_params(path, params))
        )
        query = self.omit(params, self.extract_params(path))
        has_query = len(js.keys(query)) > 0
        url = js.bounded_text(js.to_str(js.get(self.urls, "api")) + request_path)
        if (method == "GET") and has_query:
            url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(query)))
        if api == "public":
            return {"url": url, "method": method, "body": body, "headers": headers}
        self.check_required_credentials()
        payload = js.bounded_text(
            js.bounded_text(js.to_str(method) + request_path)
            + js.to_str(self.rawencode(query) if has_query else "")
        )
        headers = {
            "X-LA-APIKEY": self.apiKey,
            "X-LA-SIGNATURE": self.hmac(self.encode(payload), self.encode(self.secret), "sha512", "hex"),
            "X-LA-DIGEST": "HMAC-SHA512",
        }
        if method == "POST":
            js.set_(headers, "Content-Type", "application/json")
            body = self.json(query) if has_query else "{}"  # (PHP writes an empty dictionary as [])
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
        # { "message": "...", "error": "INSUFFICIENT_FUNDS", "status": "FAILURE" } with an HTTP 4xx or 5xx
        # status: the error code picks the class, else a known phrase of the message; anything else is an
        # ExchangeError.
        if js.less(status, 400):
            return
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return
        error = self.safe_string(response, "error")
        message = self.safe_string(response, "message")
        feedback = js.bounded_text(
            js.bounded_text(
                js.bounded_text(js.to_str(self.id) + " " + js.to_str(method) + " " + js.to_str(url) + " ")
                + js.to_str(self.number_to_string(status))
                + " "
            )
            + js.to_str(self.excerpt(response_body))
        )
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), error, feedback)
        self.throw_broadly_matched_exception(js.get(self.exceptions, "broad"), message, feedback)
        raise ExchangeError(feedback)
