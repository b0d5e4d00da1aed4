# Generated from js/paymium.js by exkit: do not edit. Change the source and run `python build.py`.
from typing import Any

from exchangekit.base.exchange import Exchange
from exchangekit.base.errors import (
    ArgumentsRequired,
    BadRequest,
    BadResponse,
    BadSymbol,
    ExchangeError,
    InsufficientFunds,
    InvalidAddress,
    InvalidOrder,
    NotSupported,
    OrderNotFound,
    PermissionDenied,
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


class paymium(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "paymium",
                "name": "Paymium",
                "countries": ["FR", "EU"],
                "version": "v1",
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
                    "fetchMyTrades": False,
                    "fetchDeposits": True,
                    "fetchWithdrawals": False,
                    "fetchTransactions": False,
                    "fetchLedger": False,
                    "fetchDepositAddress": True,
                    "withdraw": True,
                    "fetchTime": False,
                    "fetchStatus": False,
                    "fetchTradingFees": False,
                    "cancelAllOrders": False,
                    "fetchOrderTrades": False,
                    "fetchTradingFee": False,
                    "fetchDepositAddresses": True,
                    "createDepositAddress": True,
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
                    "1m": "1m",
                    "3m": "3m",
                    "5m": "5m",
                    "15m": "15m",
                    "30m": "30m",
                    "1h": "1h",
                    "2h": "2h",
                    "4h": "4h",
                    "6h": "6h",
                    "8h": "8h",
                    "12h": "12h",
                    "1d": "1d",
                    "3d": "3d",
                    "1w": "1w",
                    "1M": "1M",
                },
                "urls": {
                    "api": {"public": "https://paymium.com/api/v1", "private": "https://paymium.com/api/v1"},
                    "www": "https://www.paymium.com",
                    "doc": [
                        "https://github.com/Paymium/api-documentation",
                        "https://paymium.github.io/api-documentation/",
                    ],
                    "fees": "https://www.paymium.com/page/help/fees",
                },
                "api": {
                    "public": {
                        "get": [
                            "countries",
                            "currencies",
                            "data/{currency}/ticker",
                            "data/{currency}/trades",
                            "data/{currency}/depth",
                            "data/{currency}/ohlcv",
                        ]
                    },
                    "private": {
                        "get": [
                            "user",
                            "user/addresses",
                            "user/addresses/{address}",
                            "user/orders",
                            "user/orders/{uuid}",
                        ],
                        "post": ["user/addresses", "user/orders", "user/withdrawals"],
                        "delete": ["user/orders/{uuid}"],
                    },
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": True, "percentage": True}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "orderStatuses": {
                        "pending_execution": "open",
                        "pending": "open",
                        "processing": "open",
                        "authorized": "open",
                        "active": "open",
                        "filled": "closed",
                        "executed": "closed",
                        "canceled": "canceled",
                    },
                    "orderTypes": {"LimitOrder": "limit", "MarketOrder": "market"},
                    "transactionStatuses": {
                        "pending_execution": "pending",
                        "pending": "pending",
                        "processing": "pending",
                        "authorized": "pending",
                        "active": "pending",
                        "executed": "ok",
                        "filled": "ok",
                        "canceled": "canceled",
                    },
                    "timeframeSeconds": {
                        "1m": 60,
                        "3m": 180,
                        "5m": 300,
                        "15m": 900,
                        "30m": 1800,
                        "1h": 3600,
                        "2h": 7200,
                        "4h": 14400,
                        "6h": 21600,
                        "8h": 28800,
                        "12h": 43200,
                        "1d": 86400,
                        "3d": 259200,
                        "1w": 604800,
                        "1M": 2592000,
                    },
                    "maxCandles": 1000,
                    "defaultCandles": 500,
                },
                "exceptions": {
                    "exact": {
                        "market_protection_volume_too_large": InvalidOrder,
                        "Interval / StartTime / EndTime does not match": BadRequest,
                        "Limit has not correct range": BadRequest,
                    },
                    "broad": {
                        "greater than your available balance": InsufficientFunds,
                        "must be approved": PermissionDenied,
                        "Too many active addresses": BadRequest,
                    },
                },
            },
        )

    # --- markets and currencies ----------------------------------------------------------------------
    def parse_currency_entry(self, entry):
        # currencies: { symbol, code, precision ('8': amounts in steps of 10^-8), name, type (crypto or fiat),
        # deposit, withdraw, withdraw_limit_min, withdraw_limit_max, charge_plan_limit_min, charge_plan_limit_max,
        # email_transfer, internal_transfer, payment_request, display_balance, trading, swap, pairs, ... }.
        id_ = self.safe_string2(entry, "code", "symbol")
        precision = self.safe_string(entry, "precision")
        return {
            "id": id_,
            "code": self.safe_currency_code(id_),
            "name": self.safe_string(entry, "name"),
            "deposit": self.safe_bool(entry, "deposit"),
            "withdraw": self.safe_bool(entry, "withdraw"),
            "precision": None if (precision is None) else self.parse_number(self.parse_precision(precision)),
            "limits": {
                "withdraw": {
                    "min": self.safe_number(entry, "withdraw_limit_min"),
                    "max": self.safe_number(entry, "withdraw_limit_max"),
                }
            },
            "networks": {},
            "info": entry,
        }

    def currency_entries(self, response):
        if not js.is_array(response):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent a currency list that is no list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            if (
                (not (js.typeof(entry) == "object"))
                or js.is_array(entry)
                or (self.safe_string2(entry, "code", "symbol") is None)
            ):
                raise BadResponse(
                    js.bounded_text(
                        js.bounded_text(js.to_str(self.id) + " sent a currency without a code: ")
                        + js.to_str(self.excerpt(self.json(response)))
                    )
                )
            result.append(self.parse_currency_entry(entry))
            i += 1
        return result

    def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        response = self.public_get_currencies(params)
        entries = self.currency_entries(response)
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(entries)):
                break
            js.set_(result, js.get(js.get(entries, i), "code"), js.get(entries, i))
            i += 1
        return result

    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # The trading endpoints take one market: BTC against EUR (POST user/orders: "currency must be EUR", amount
        # "BTC amount to trade"; data/eur/... is its book). Its amounts are in steps of BTC's precision; the docs
        # state no price step, so EUR's precision (cents) is taken for the price. Both come from currencies.
        response = self.public_get_currencies(params)
        entries = self.index_by(self.currency_entries(response), "code")
        btc = self.safe_dict(entries, "BTC")
        eur = self.safe_dict(entries, "EUR")
        if (btc is None) or (eur is None):
            return []
        return [
            self.market_structure(
                id="eur",
                symbol="BTC/EUR",
                base="BTC",
                quote="EUR",
                baseId=js.get(btc, "id"),
                quoteId=js.get(eur, "id"),
                type="spot",
                spot=True,
                precision={"amount": js.get(btc, "precision"), "price": js.get(eur, "precision")},
                limits={},
                info={"base": js.get(btc, "info"), "quote": js.get(eur, "info")},
            )
        ]

    def market_of_currency(self, currency_id, market=None):
        # Trades and orders name their market by the quoted currency ('EUR'); the market id is its lower case.
        if currency_id is None:
            return self.safe_market(None, market)
        return self.safe_market(js.lower(currency_id), market)

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # data/{currency}/ticker: { high, low, volume (24 h, in BTC), bid, ask, midpoint, vwap, at (seconds), price
        # (of the latest trade), open (24 h), variation (24 h, in %), currency, trade_id, size }.
        market = self.market_of_currency(self.safe_string(ticker, "currency"), market)
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_timestamp(ticker, "at"),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            bid=self.safe_string(ticker, "bid"),
            ask=self.safe_string(ticker, "ask"),
            vwap=self.safe_string(ticker, "vwap"),
            open_=self.safe_string(ticker, "open"),
            last=self.safe_string(ticker, "price"),
            percentage=self.safe_string(ticker, "variation"),
            base_volume=self.safe_string(ticker, "volume"),
            info=ticker,
            market=market,
        )

    def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_data_currency_ticker(
            self.extend({"currency": js.get(market, "id")}, params)
        )
        return self.parse_ticker(response, market)

    def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # The ticker endpoint takes one market: one request per symbol.
        self.load_markets()
        list_ = self.symbols if (symbols is None) else symbols
        markets = []
        i = 0
        while True:
            if not js.less(i, js.length(list_)):
                break
            markets.append(self.market(js.get(list_, i)))
            i += 1
        result = {}
        i = 0
        while True:
            if not (i < len(markets)):
                break
            market = js.get(markets, i)
            response = self.public_get_data_currency_ticker(
                self.extend({"currency": js.get(market, "id")}, params)
            )
            js.set_(result, js.get(market, "symbol"), self.parse_ticker(response, market))
            i += 1
        return result

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # data/{currency}/depth: { bids: [ { timestamp, amount, price, currency } ], asks: [ ... ] }, grouped by
        # price, the whole book (the endpoint takes no depth).
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_data_currency_depth(
            self.extend({"currency": js.get(market, "id")}, params)
        )
        self.required_list(response, "bids")
        self.required_list(response, "asks")
        book = self.parse_order_book(
            response, js.get(market, "symbol"), None, "bids", "asks", "price", "amount"
        )
        if limit is not None:
            js.set_(book, "bids", js.slice_(js.get(book, "bids"), 0, limit))
            js.set_(book, "asks", js.slice_(js.get(book, "asks"), 0, limit))
        return book

    def parse_trade(self, trade, market=None):
        # data/{currency}/trades: { uuid, traded_btc, traded_currency, created_at, currency, side, price (per BTC),
        # created_at_int (seconds) }.
        market = self.market_of_currency(self.safe_string(trade, "currency"), market)
        timestamp = self.safe_timestamp(trade, "created_at_int")
        if timestamp is None:
            timestamp = self.parse8601(self.safe_string(trade, "created_at"))
        return self.trade_structure(
            identifier=self.safe_string(trade, "uuid"),
            symbol=js.get(market, "symbol"),
            timestamp=timestamp,
            side=self.safe_string_lower(trade, "side"),
            price=self.safe_string(trade, "price"),
            amount=self.safe_string(trade, "traded_btc"),
            cost=self.safe_string(trade, "traded_currency"),
            info=trade,
            market=market,
        )

    def fetch_trades(
        self,
        symbol: str,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # data/{currency}/trades?since=<seconds of the oldest trade>: the latest trades (no count parameter).
        self.load_markets()
        market = self.market(symbol)
        request = {"currency": js.get(market, "id")}
        if since is not None:
            request["since"] = js.floor(js.divide(since, 1000))
        response = self.public_get_data_currency_trades(self.extend(request, params))
        if not js.is_array(response):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent trades that are no list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.parse_trades(response, market, since, limit)

    def parse_ohlcv(self, ohlcv, market=None):
        # [ timestamp (ms), open, high, low, close, volume ], numbers as strings.
        return [
            self.safe_integer(ohlcv, 0),
            self.safe_number(ohlcv, 1),
            self.safe_number(ohlcv, 2),
            self.safe_number(ohlcv, 3),
            self.safe_number(ohlcv, 4),
            self.safe_number(ohlcv, 5),
        ]

    parseOHLCV = MethodAlias("parse_ohlcv")

    def fetch_ohlcv(
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
        # data/{currency}/ohlcv?interval&startTime&endTime: startTime and endTime (seconds) are given both or not
        # at all, and span at most 1000 candles (500 without them). until (ms, inclusive) becomes endTime.
        self.load_markets()
        market = self.market(symbol)
        interval = self.safe_string(self.timeframes, timeframe)
        if interval is None:
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchOHLCV () does not support the timeframe "
                    + js.to_str(timeframe)
                )
            )
        until = self.safe_integer(params, "until")
        rest = self.omit(params, "until")
        request = {"currency": js.get(market, "id"), "interval": interval}
        if (since is not None) or (until is not None) or (limit is not None):
            duration = self.safe_integer(js.get(self.options, "timeframeSeconds"), timeframe)
            max_candles = self.safe_integer(self.options, "maxCandles", 1000)
            count = (
                self.safe_integer(self.options, "defaultCandles", 500)
                if (limit is None)
                else js.min_(limit, max_candles)
            )
            start_time = None
            end_time = None
            if since is not None:
                start_time = js.floor(js.divide(since, 1000))
                end_time = (
                    js.min_(js.add(start_time, js.multiply(count, duration)), self.seconds())
                    if (until is None)
                    else js.floor(js.divide(until, 1000))
                )
            else:
                end_time = self.seconds() if (until is None) else js.floor(js.divide(until, 1000))
                start_time = js.subtract(end_time, js.multiply(count, duration))
            request["startTime"] = start_time
            request["endTime"] = end_time
        response = self.public_get_data_currency_ohlcv(self.extend(request, rest))
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
    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # user: { name, email, locale, channel_id, meta_state, balance_<currency> (available), locked_<currency>
        # (locked in trading), ... } for each currency (balance_eur, locked_eur, balance_btc, locked_btc, ...).
        self.load_markets()
        response = self.private_get_user(params)
        if (not (js.typeof(response) == "object")) or js.is_array(response):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent user info that is no dictionary: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        result = {"info": response}
        keys = js.keys(response)
        i = 0
        while True:
            if not (i < len(keys)):
                break
            key = keys[i]
            if not js.starts_with(key, "balance_"):
                i += 1
                continue
            currency_id = js.slice_(key, 8)
            account = self.account()
            js.set_(account, "free", self.safe_string(response, key))
            js.set_(
                account,
                "used",
                self.safe_string(response, js.bounded_text("locked_" + js.to_str(currency_id))),
            )
            js.set_(result, self.safe_currency_code(js.upper(currency_id)), account)
            i += 1
        return self.safe_balance(result)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # An order: { uuid, type (LimitOrder, MarketOrder; Transfer, BitcoinDeposit, ... for the other kinds),
        # currency, currency_amount, created_at, updated_at, amount (BTC), state, currency_fee, btc_fee, comment,
        # traded_btc, traded_currency, direction, price, account_operations }.
        market = self.market_of_currency(self.safe_string(order, "currency"), market)
        fees = []
        btc_fee = self.safe_string(order, "btc_fee")
        if btc_fee is not None:
            fees.append({"cost": btc_fee, "currency": js.get(market, "base")})
        currency_fee = self.safe_string(order, "currency_fee")
        if currency_fee is not None:
            fees.append({"cost": currency_fee, "currency": js.get(market, "quote")})
        return self.safe_order(
            {
                "id": self.safe_string(order, "uuid"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.parse8601(self.safe_string(order, "created_at")),
                "lastUpdateTimestamp": self.parse8601(self.safe_string(order, "updated_at")),
                "status": self.safe_string(
                    js.get(self.options, "orderStatuses"), self.safe_string(order, "state")
                ),
                "type": self.safe_string(js.get(self.options, "orderTypes"), self.safe_string(order, "type")),
                "side": self.safe_string_lower(order, "direction"),
                "price": self.safe_string(order, "price"),
                "amount": self.safe_string(order, "amount"),
                "filled": self.safe_string(order, "traded_btc"),
                "cost": self.safe_string(order, "traded_currency"),
                "fees": fees,
                "info": order,
            },
            market,
        )

    def create_order(
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
        # POST user/orders: type (LimitOrder, MarketOrder), currency ("must be EUR"), direction (buy, sell), price
        # (omitted for market orders), and either amount (BTC) or currency_amount (EUR: buy as much BTC as it
        # pays for). The docs name no stop, post-only, time-in-force, reduce-only or client order id parameter.
        self.load_markets()
        market = self.market(symbol)
        if not (js.get(market, "id") == "eur"):
            raise BadSymbol(
                js.bounded_text(
                    js.to_str(self.id) + " createOrder () trades BTC/EUR only, not " + js.to_str(symbol)
                )
            )
        # timeInForce first: unifiedOrderParams reads 'PO' as postOnly, and the error should name the param passed.
        time_in_force = self.safe_string_upper(params, "timeInForce")
        if (time_in_force is not None) and ((not (time_in_force == "GTC")) or (not (type_ == "limit"))):
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () does not support the unified param timeInForce "
                    + js.to_str(time_in_force)
                    + " for "
                    + js.to_str(type_)
                    + " orders: limit orders rest in the book until filled or canceled (GTC)"
                )
            )
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params(
            "createOrder",
            unified,
            ["postOnly", "reduceOnly", "triggerPrice", "stopLossPrice", "takeProfitPrice", "clientOrderId"],
        )
        if (not (side == "buy")) and (not (side == "sell")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id) + " createOrder () side must be buy or sell, not " + js.to_str(side)
                )
            )
        request = {"currency": js.get(market, "quoteId"), "direction": side}
        if type_ == "limit":
            if js.get(unified, "cost") is not None:
                raise NotSupported(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () supports the unified param cost for market buy orders only"
                    )
                )
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["type"] = "LimitOrder"
            request["price"] = self.price_to_precision(symbol, price)
            request["amount"] = self.amount_to_precision(symbol, amount)
        elif type_ == "market":
            if price is not None:
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id)
                        + ' createOrder () takes no price for a market order ("price must be omitted for market orders")'
                    )
                )
            request["type"] = "MarketOrder"
            if js.get(unified, "cost") is not None:
                if not (side == "buy"):
                    raise NotSupported(
                        js.bounded_text(
                            js.to_str(self.id)
                            + " createOrder () supports the unified param cost for market buy orders only"
                        )
                    )
                request["currency_amount"] = self.cost_to_precision(symbol, js.get(unified, "cost"))
            else:
                request["amount"] = self.amount_to_precision(symbol, amount)
        else:
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () type must be limit or market, not "
                    + js.to_str(type_)
                )
            )
        response = self.private_post_user_orders(self.extend(request, rest))
        return self.parse_order(response, market)

    def create_market_buy_order_with_cost(
        self, symbol: str, cost: float, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        return self.create_order(symbol, "market", "buy", None, None, self.extend(params, {"cost": cost}))

    def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # DELETE user/orders/{uuid}: 204 without a body ("Only active trade orders ... may be canceled"); 404 for
        # an unknown order, 500 "unable to cancel this order".
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = self.private_delete_user_orders_uuid(self.extend({"uuid": id_}, params))
        return self.safe_order(
            {
                "id": id_,
                "symbol": None if (market is None) else js.get(market, "symbol"),
                "status": "canceled",
                "info": response,
            },
            market,
        )

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        # GET user/orders/{uuid}: the order, or 404.
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = self.private_get_user_orders_uuid(self.extend({"uuid": id_}, params))
        return self.parse_order(response, market)

    def trade_orders_request(self, limit, active):
        # GET user/orders lists every kind of order (deposits and transfers too): types[] keeps the trade orders;
        # offset and limit paginate, the newest first; active=true keeps the active ones.
        # (encodeQuery writes a list as its key repeated, so the key names the brackets itself)
        request = {"types[]": ["LimitOrder", "MarketOrder"]}
        if js.truthy(active):
            request["active"] = True
        if limit is not None:
            request["limit"] = limit
        return request

    def fetch_trade_orders(self, symbol, since, limit, params, active):
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " does not support the unified param until for orders: the API takes no time range"
                )
            )
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = self.private_get_user_orders(self.extend(self.trade_orders_request(limit, active), params))
        if not js.is_array(response):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent orders that are no list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.parse_orders(response, market, since, limit)

    def fetch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        return self.fetch_trade_orders(symbol, since, limit, params, False)

    def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        return self.fetch_trade_orders(symbol, since, limit, params, True)

    def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # The API filters active orders only: the page of every trade order, without the open ones.
        orders = self.fetch_trade_orders(symbol, since, limit, params, False)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(orders)):
                break
            if not (js.get(js.get(orders, i), "status") == "open"):
                result.append(js.get(orders, i))
            i += 1
        return result

    # --- funding -------------------------------------------------------------------------------------
    def parse_deposit_address(self, entry, currency=None):
        # { address, valid_until (seconds), currency, label }.
        address = self.safe_string(entry, "address")
        if address is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent a deposit address without an address: ")
                    + js.to_str(self.excerpt(self.json(entry)))
                )
            )
        return {
            "currency": self.safe_currency_code(self.safe_string(entry, "currency"), currency),
            "address": address,
            "info": entry,
        }

    def reject_network(self, method, params):
        if self.safe_value(params, "network") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () does not support the unified param network: the API keeps one chain per currency"
                )
            )

    def address_entries(self, params):
        # GET user/addresses: [ { address, valid_until, currency, label } ], expired ones too.
        response = self.private_get_user_addresses(params)
        if not js.is_array(response):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent deposit addresses that are no list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return response

    def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # The address of the currency that stays valid the longest, among those still valid.
        self.reject_network("fetchDepositAddress", params)
        self.load_markets()
        currency = self.currency(code)
        entries = self.address_entries(params)
        now = self.seconds()
        best = None
        i = 0
        while True:
            if not js.less(i, js.length(entries)):
                break
            entry = js.get(entries, i)
            if not js.strict_equal(self.safe_string(entry, "currency"), js.get(currency, "id")):
                i += 1
                continue
            valid_until = self.safe_integer(entry, "valid_until")
            if (valid_until is not None) and js.less_equal(valid_until, now):
                i += 1
                continue
            if (
                (best is None)
                or (valid_until is None)
                or js.greater(valid_until, self.safe_integer(best, "valid_until", 0))
            ):
                best = entry
            i += 1
        if best is None:
            raise InvalidAddress(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " has no valid deposit address of ")
                    + js.to_str(js.get(currency, "code"))
                    + ": createDepositAddress () makes one"
                )
            )
        return self.parse_deposit_address(best, currency)

    def fetch_deposit_addresses(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> list[DepositAddress]:
        if params is None:
            params = {}
        self.reject_network("fetchDepositAddresses", params)
        self.load_markets()
        entries = self.address_entries(params)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(entries)):
                break
            address = self.parse_deposit_address(js.get(entries, i))
            if (codes is None) or js.truthy(self.in_array(js.get(address, "currency"), codes)):
                result.append(address)
            i += 1
        return result

    def create_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # POST user/addresses: currency, label (optional); "unless 5 other ones are already active" (422).
        self.reject_network("createDepositAddress", params)
        self.load_markets()
        currency = self.currency(code)
        response = self.private_post_user_addresses(self.extend({"currency": js.get(currency, "id")}, params))
        return self.parse_deposit_address(response, currency)

    def parse_transaction(self, transaction, currency=None):
        # POST user/withdrawals answers the order of type Transfer, and user/orders lists deposits as orders of type
        # BitcoinDeposit or WireDeposit: { uuid, amount, state, btc_fee, currency_fee, created_at, updated_at,
        # currency, type, account_operations: [ { ..., address, tx_hash } ] }.
        code = self.safe_currency_code(self.safe_string(transaction, "currency"), currency)
        kind = self.safe_string(transaction, "type")
        is_deposit = (kind == "BitcoinDeposit") or (kind == "WireDeposit")
        operations = self.safe_list(transaction, "account_operations", [])
        address = None
        txid = None
        i = 0
        while True:
            if not (i < len(operations)):
                break
            operation = js.get(operations, i)
            if address is None:
                address = self.safe_string(operation, "address")
            if txid is None:
                txid = self.safe_string(operation, "tx_hash")
            i += 1
        # btc_fee is the fee in BTC, currency_fee the one in the fiat currency (EUR); of another currency none is known.
        fee_cost = None
        if code == "BTC":
            fee_cost = self.safe_string(transaction, "btc_fee")
        elif code == "EUR":
            fee_cost = self.safe_string(transaction, "currency_fee")
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "uuid"),
                "txid": txid,
                "timestamp": self.parse8601(self.safe_string(transaction, "created_at")),
                "updated": self.parse8601(self.safe_string(transaction, "updated_at")),
                "address": address,
                "type": "deposit" if is_deposit else "withdrawal",
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(
                    js.get(self.options, "transactionStatuses"), self.safe_string(transaction, "state")
                ),
                "fee": None if (fee_cost is None) else {"cost": fee_cost, "currency": code},
                "info": transaction,
            },
            currency,
        )

    def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        # GET user/orders?types[]=BitcoinDeposit&types[]=WireDeposit: the deposits among the account's orders, the
        # newest first (offset and limit paginate; no time range).
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchDeposits () does not support the unified param until: the API takes no time range"
                )
            )
        self.load_markets()
        currency = None if (code is None) else self.currency(code)
        request = {"types[]": ["BitcoinDeposit", "WireDeposit"]}
        if limit is not None:
            request["limit"] = limit
        response = self.private_get_user_orders(self.extend(request, params))
        if not js.is_array(response):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent deposits that are no list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.parse_transactions(response, currency, since, limit)

    def withdraw(
        self,
        code: str,
        amount: float,
        address: str,
        tag: str | None = None,
        params: dict[str, Any] | None = None,
    ) -> Transaction:
        if params is None:
            params = {}
        # POST user/withdrawals: currency, amount, address ("BTC address if withdrawing BTC"); confirmed by e-mail
        # before it is executed. No tag or network parameter.
        self.reject_network("withdraw", params)
        if tag is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " withdraw () takes no tag: the API has no memo or destination tag field"
                )
            )
        self.load_markets()
        currency = self.currency(code)
        request = {"currency": js.get(currency, "id"), "amount": self.number_to_string(amount)}
        if address is not None:
            request["address"] = address
        response = self.private_post_user_withdrawals(self.extend(request, params))
        return self.parse_transaction(response, currency)

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
        has_body = (method == "POST") or (method == "PUT")
        if (not has_body) and (len(js.keys(query)) > 0):
            # a list as its key repeated: types[]=LimitOrder&types[]=MarketOrder, the form the docs give
            url += js.within(url, js.within(url, "?") + js.to_str(self.encode_query(query, True, False)))
        if api == "public":
            return {"url": url, "method": method, "body": body, "headers": headers}
        self.check_required_credentials()
        nonce = self.number_to_string(self.nonce())
        payload = js.bounded_text(js.to_str(nonce) + url)
        headers = {"Api-Key": self.apiKey, "Api-Nonce": nonce}
        if has_body:
            body = (
                self.json(query) if (len(js.keys(query)) > 0) else "{}"
            )  # (PHP writes an empty dictionary as [])
            payload += js.within(payload, js.to_str(body))
            js.set_(headers, "Content-Type", "application/json")
        js.set_(headers, "Api-Signature", self.hmac(self.encode(payload), self.encode(self.secret), "sha256"))
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
        if js.less(status, 400):
            return None
        feedback = js.bounded_text(
            js.bounded_text(
                js.bounded_text(js.to_str(self.id) + " " + js.to_str(method) + " " + js.to_str(url) + " ")
                + js.to_str(self.number_to_string(status))
                + " "
            )
            + js.to_str(self.excerpt(response_body))
        )
        orders_path = js.index_of(url, "/user/orders/") >= 0
        if orders_path and js.strict_equal(status, 404):
            raise OrderNotFound(feedback)  # "order not found"
        if orders_path and (method == "DELETE") and js.strict_equal(status, 500):
            raise InvalidOrder(feedback)  # "unable to cancel this order"
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return None
        # { "error": "market_protection_volume_too_large", max_order_amount, currency, side }
        code = self.safe_string(response, "error")
        if code is not None:
            self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
        # { "errors": [ messages ] }; the ohlcv endpoint writes one message as a string.
        messages = self.safe_value(response, "errors")
        if js.typeof(messages) == "string":
            messages = [messages]
        if not js.is_array(messages):
            if code is not None:
                raise ExchangeError(feedback)
            return None
        i = 0
        while True:
            if not js.less(i, js.length(messages)):
                break
            message = js.get(messages, i)
            if not (js.typeof(message) == "string"):
                i += 1
                continue
            self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), message, feedback)
            self.throw_broadly_matched_exception(js.get(self.exceptions, "broad"), message, feedback)
            i += 1
        if js.strict_equal(status, 400) or js.strict_equal(status, 422):
            raise BadRequest(feedback)
        return None
