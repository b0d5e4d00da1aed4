# Generated from js/mercado.js by exkit: do not edit. Change the source and run `python build.py`.
from typing import Any

from exchangekit.base.exchange import Exchange
from exchangekit.base.precise import Precise
from exchangekit.base.errors import (
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
    BadResponse,
    BadSymbol,
    DDoSProtection,
    ExchangeError,
    ExchangeNotAvailable,
    InsufficientFunds,
    InvalidAddress,
    InvalidOrder,
    NotSupported,
    OrderNotFound,
    PermissionDenied,
    RateLimitExceeded,
)
from exchangekit.base.number import TICK_SIZE
from exchangekit.base import js
from exchangekit.base.method_names import MethodAlias
from exchangekit.base.types import Balances, Market, OHLCV, Order, OrderBook, Ticker, Trade


class mercado(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "mercado",
                "name": "Mercado Bitcoin",
                "countries": ["BR"],
                "version": "v4",
                "rateLimit": 1000,
                "has": {
                    "fetchMarkets": True,
                    "fetchCurrencies": False,
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
                    "fetchDeposits": False,
                    "fetchWithdrawals": False,
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
                "urls": {
                    "api": "https://api.mercadobitcoin.net/api/v4",
                    "www": "https://www.mercadobitcoin.com.br",
                    "doc": [
                        "https://api.mercadobitcoin.net/api/v4/docs",
                        "https://www.mercadobitcoin.com.br/api-doc",
                    ],
                    "fees": "https://www.mercadobitcoin.com.br/comissoes-prazos-limites",
                },
                "api": {
                    "public": {
                        "get": [
                            "symbols",
                            "tickers",
                            "candles",
                            "{symbol}/orderbook",
                            "{symbol}/trades",
                            "{asset}/fees",
                            "{asset}/networks",
                        ],
                        "post": ["authorize"],
                    },
                    "private": {
                        "get": [
                            "accounts",
                            "accounts/{accountId}/balances",
                            "accounts/{accountId}/tier",
                            "accounts/{accountId}/positions",
                            "accounts/{accountId}/{symbol}/fees",
                            "accounts/{accountId}/{symbol}/orders",
                            "accounts/{accountId}/{symbol}/orders/{orderId}",
                        ],
                        "post": ["accounts/{accountId}/{symbol}/orders"],
                        "delete": ["accounts/{accountId}/{symbol}/orders/{orderId}"],
                    },
                },
                "timeframes": {
                    "1m": "1m",
                    "15m": "15m",
                    "1h": "1h",
                    "3h": "3h",
                    "1d": "1d",
                    "1w": "1w",
                    "1M": "1M",
                },
                "requiredCredentials": {"apiKey": True, "secret": False, "password": True},
                "fees": {"trading": {"tierBased": True, "percentage": True, "maker": 0.003, "taker": 0.007}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "accessTokenMargin": 60,
                    "sameNameParams": ["cost"],
                    "orderStatuses": {
                        "created": "open",
                        "working": "open",
                        "filled": "closed",
                        "cancelled": "canceled",
                    },
                    "orderTypes": {
                        "market": ["market", False],
                        "limit": ["limit", False],
                        "stoplimit": ["limit", False],
                        "post-only": ["limit", True],
                    },
                },
                "exceptions": {
                    "exact": {
                        "API_UNAVAILABLE": ExchangeNotAvailable,
                        "FORBIDDEN": AuthenticationError,
                        "INVALID_ACCESS": PermissionDenied,
                        "INVALID_SYMBOL": BadSymbol,
                        "INVALID_PAIR": BadSymbol,
                        "INVALID_PARAMETER": BadRequest,
                        "MISSING_FIELD": BadRequest,
                        "PARAMETER_SIZE_LARGE": BadRequest,
                        "INSUFFICIENT_BALANCE": InsufficientFunds,
                        "ORDER_NOT_FOUND": OrderNotFound,
                        "ORDER_PROCESSED": InvalidOrder,
                        "ORDER_DUPLICATE": InvalidOrder,
                        "INVALID_DECIMAL_PLACES": InvalidOrder,
                        "INVALID_LIMIT_PRICE": InvalidOrder,
                        "INVALID_MAX_LIMIT_PRICE": InvalidOrder,
                        "INVALID_MIN_LIMIT_PRICE": InvalidOrder,
                        "INVALID_MAX_QUANTITY": InvalidOrder,
                        "INVALID_MIN_QUANTITY": InvalidOrder,
                        "INVALID_SIDE": InvalidOrder,
                        "INVALID_STOP_PRICE": InvalidOrder,
                        "MIN_MAX_BRL_EXCEEDED": InvalidOrder,
                        "INVALID_ADDRESS": InvalidAddress,
                        "ADDRESS_NOT_REGISTERED": InvalidAddress,
                        "REQUEST_RATE_EXCEEDED": RateLimitExceeded,
                        "REQUEST_DENIED": DDoSProtection,
                        "REQUEST_BLOCKED": DDoSProtection,
                    },
                    "broad": {},
                },
            },
        )

    # --- authentication ------------------------------------------------------------------------------
    def authenticate(self, params=None):
        if params is None:
            params = {}
        # POST /authorize { login, password } answers { access_token, expiration (Unix seconds) }; the token is
        # reused until accessTokenMargin seconds before it expires.
        token = self.safe_string(self.sessionTokens, "access")
        expiration = self.safe_integer(self.options, "accessTokenExpiration")
        margin = self.safe_integer(self.options, "accessTokenMargin", 60)
        if (
            (token is not None)
            and (expiration is not None)
            and js.less(self.seconds(), js.subtract(expiration, margin))
        ):
            return token
        self.check_required_credentials()
        request = {"login": self.apiKey, "password": self.password}
        response = self.public_post_authorize(self.extend(request, params))
        access_token = self.safe_string(response, "access_token")
        expires = self.safe_integer(response, "expiration")
        if (access_token is None) or (expires is None):
            raise BadResponse(
                js.bounded_text(
                    js.to_str(self.id) + " authorize answered without an access_token and its expiration"
                )
            )
        js.set_(self.options, "accessTokenExpiration", expires)
        return self.keep_session_token("access", access_token)

    def prepare_account(self, params=None):
        if params is None:
            params = {}
        # The account of a private call: params['accountId'], else the one kept in options, else the first that
        # GET /accounts lists ([ { id, name, type, currency, currencySign } ]), which is kept.
        self.authenticate()
        account_id = self.safe_string2(params, "accountId", "account_id")
        rest = self.omit(params, ["accountId", "account_id"])
        if account_id is not None:
            return [account_id, rest]
        cached = self.safe_string(self.options, "accountId")
        if cached is not None:
            return [cached, rest]
        response = self.private_get_accounts()
        first = self.safe_dict(response, 0)
        id_ = self.safe_string(first, "id")
        if id_ is None:
            raise ExchangeError(
                js.bounded_text(js.to_str(self.id) + " GET accounts listed no account for this API token")
            )
        js.set_(self.options, "accountId", id_)
        return [id_, rest]

    # --- markets -------------------------------------------------------------------------------------
    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # /symbols answers column by column, one list per field, the markets at the same index in each: symbol
        # ('BTC-BRL'), base-currency, currency (the quote), exchange-listed, exchange-traded, minmovement,
        # pricescale (a number: "the number of decimal digits allowed for the symbol price, presented as a scale:
        # 1000 means 3 decimal digits", so the price tick is 1 / pricescale), min-price, max-price, min-volume,
        # max-volume, min-cost, max-cost (strings), type, description, ... (the ListSymbolInfoResponse schema of
        # https://api.mercadobitcoin.net/api/v4/docs). minmovement is kept in info only: the documented example
        # writes it as the tick itself ("0.00000001" with pricescale 100000000), so dividing it by pricescale
        # (the TradingView reading) would give a tick 10^8 times too small.
        response = self.public_get_symbols(params)
        ids = self.safe_list(response, "symbol", [])
        bases = self.safe_list(response, "base-currency", [])
        quotes = self.safe_list(response, "currency", [])
        listed = self.safe_list(response, "exchange-listed", [])
        traded = self.safe_list(response, "exchange-traded", [])
        movements = self.safe_list(response, "minmovement", [])
        scales = self.safe_list(response, "pricescale", [])
        min_prices = self.safe_list(response, "min-price", [])
        max_prices = self.safe_list(response, "max-price", [])
        min_volumes = self.safe_list(response, "min-volume", [])
        max_volumes = self.safe_list(response, "max-volume", [])
        min_costs = self.safe_list(response, "min-cost", [])
        max_costs = self.safe_list(response, "max-cost", [])
        result = []
        i = 0
        while True:
            if not (i < len(ids)):
                break
            id_ = self.safe_string(ids, i)
            base_id = self.safe_string(bases, i)
            quote_id = self.safe_string(quotes, i)
            if (id_ is None) or (base_id is None) or (quote_id is None):
                raise BadResponse(
                    js.bounded_text(
                        js.bounded_text(
                            js.to_str(self.id)
                            + " /symbols sent a market without its symbol, base-currency or currency at index "
                        )
                        + js.to_str(self.number_to_string(i))
                    )
                )
            base = self.safe_currency_code(base_id)
            quote = self.safe_currency_code(quote_id)
            scale = self.safe_string(scales, i)
            tick = None
            if (scale is not None) and Precise.string_gt(scale, "0"):
                tick = self.parse_number(Precise.string_div("1", scale))
            is_listed = self.safe_bool(listed, i)
            is_traded = self.safe_bool(traded, i)
            active = None
            if (is_listed is not None) and (is_traded is not None):
                active = is_listed and is_traded
            result.append(
                self.market_structure(
                    id=id_,
                    symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
                    base=base,
                    quote=quote,
                    baseId=base_id,
                    quoteId=quote_id,
                    active=active,
                    type="spot",
                    spot=True,
                    taker=js.get(js.get(self.fees, "trading"), "taker"),
                    maker=js.get(js.get(self.fees, "trading"), "maker"),
                    precision={"amount": None, "price": tick},
                    limits={
                        "amount": {
                            "min": self.safe_number(min_volumes, i),
                            "max": self.safe_number(max_volumes, i),
                        },
                        "price": {
                            "min": self.safe_number(min_prices, i),
                            "max": self.safe_number(max_prices, i),
                        },
                        "cost": {
                            "min": self.safe_number(min_costs, i),
                            "max": self.safe_number(max_costs, i),
                        },
                    },
                    info={
                        "symbol": id_,
                        "base-currency": base_id,
                        "currency": quote_id,
                        "exchange-listed": is_listed,
                        "exchange-traded": is_traded,
                        "minmovement": self.safe_value(movements, i),
                        "pricescale": self.safe_value(scales, i),
                        "min-price": self.safe_value(min_prices, i),
                        "max-price": self.safe_value(max_prices, i),
                        "min-volume": self.safe_value(min_volumes, i),
                        "max-volume": self.safe_value(max_volumes, i),
                        "min-cost": self.safe_value(min_costs, i),
                        "max-cost": self.safe_value(max_costs, i),
                    },
                )
            )
            i += 1
        return result

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # { pair: 'BTC-BRL', high, low, vol (base), last, buy (best bid), sell (best ask), open, date } with string
        # prices (TickerResponse, https://api.mercadobitcoin.net/api/v4/docs). The schema describes date as "in
        # nanoseconds" but its example, 1636107279, is Unix seconds, which is how it is read.
        market = self.safe_market(self.safe_string(ticker, "pair"), market, "-")
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_timestamp(ticker, "date"),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            bid=self.safe_string(ticker, "buy"),
            ask=self.safe_string(ticker, "sell"),
            open_=self.safe_string(ticker, "open"),
            last=self.safe_string(ticker, "last"),
            base_volume=self.safe_string(ticker, "vol"),
            info=ticker,
            market=market,
        )

    def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_tickers(self.extend({"symbols": js.get(market, "id")}, params))
        ticker = self.safe_dict(response, 0)
        if ticker is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " /tickers sent no ticker of ")
                    + js.to_str(js.get(market, "id"))
                )
            )
        return self.parse_ticker(ticker, market)

    def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # /tickers?symbols=BTC-BRL,ETH-BRL: the endpoint needs the markets named (it lists no default set, and
        # every market of the exchange would not fit a URL), so symbols are required.
        if symbols is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchTickers () requires symbols: /tickers reports the markets it is asked for"
                )
            )
        self.load_markets()
        ids = self.market_ids(symbols)
        response = self.public_get_tickers(self.extend({"symbols": js.join(ids, ",")}, params))
        return self.parse_tickers(response, symbols)

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # /{symbol}/orderbook?limit (at most 1000 levels a side): { asks: [ [ price, amount ] ], bids, timestamp }.
        # The timestamp's unit is not stated with the example at hand: it is left in info only.
        self.load_markets()
        market = self.market(symbol)
        request = {"symbol": js.get(market, "id")}
        if limit is not None:
            request["limit"] = self.number_to_string(js.min_(limit, 1000))
        response = self.public_get_symbol_orderbook(self.extend(request, params))
        return self.parse_order_book(response, js.get(market, "symbol"))

    def parse_ohlcv(self, ohlcv, market=None):
        # One candle as fetchOHLCV collects it from the columns: [ t (Unix seconds), o, h, l, c, v ].
        return [
            self.safe_timestamp(ohlcv, 0),
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
        # /candles?symbol&resolution&from&to&countback (Unix seconds; to is required, countback is the number
        # of candles up to to and overrides from): { t: [ ... ], o, h, l, c, v }, one list per field, oldest first.
        self.load_markets()
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
        until = self.safe_integer(params, "until")
        to = self.seconds() if (until is None) else js.floor(js.divide(until, 1000))
        request = {"symbol": js.get(market, "id"), "resolution": resolution, "to": to}
        if since is not None:
            request["from"] = js.floor(js.divide(since, 1000))
        elif limit is not None:
            request["countback"] = limit
        response = self.public_get_candles(self.extend(request, self.omit(params, "until")))
        times = self.safe_list(response, "t", [])
        opens = self.safe_list(response, "o", [])
        highs = self.safe_list(response, "h", [])
        lows = self.safe_list(response, "l", [])
        closes = self.safe_list(response, "c", [])
        volumes = self.safe_list(response, "v", [])
        candles = []
        i = 0
        while True:
            if not (i < len(times)):
                break
            candles.append(
                [
                    self.safe_value(times, i),
                    self.safe_value(opens, i),
                    self.safe_value(highs, i),
                    self.safe_value(lows, i),
                    self.safe_value(closes, i),
                    self.safe_value(volumes, i),
                ]
            )
            i += 1
        return self.parse_ohlcvs(candles, market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def parse_trade(self, trade, market=None):
        # Public (TradeResponse): { tid (a number), date (Unix seconds), type ('buy' or 'sell': the taker's side),
        # price and amount (strings) }. An
        # order's execution (fetchMyTrades): { id, instrument, executed_at (Unix seconds), side, price, qty,
        # liquidity ('maker' or 'taker'), fee_rate }, with the order id added as order_id by fetchMyTrades.
        market = self.safe_market(self.safe_string(trade, "instrument"), market, "-")
        return self.trade_structure(
            identifier=self.safe_string2(trade, "tid", "id"),
            order=self.safe_string(trade, "order_id"),
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_timestamp2(trade, "date", "executed_at"),
            side=self.safe_string_lower2(trade, "type", "side"),
            taker_or_maker=self.safe_string_lower(trade, "liquidity"),
            price=self.safe_string(trade, "price"),
            amount=self.safe_string2(trade, "amount", "qty"),
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
        # /{symbol}/trades?from&to (Unix seconds)&limit (at most 1000): the most recent trades.
        self.load_markets()
        market = self.market(symbol)
        request = {"symbol": js.get(market, "id")}
        if since is not None:
            request["from"] = js.floor(js.divide(since, 1000))
        until = self.safe_integer(params, "until")
        if until is not None:
            request["to"] = js.floor(js.divide(until, 1000))
        if limit is not None:
            request["limit"] = js.min_(limit, 1000)
        response = self.public_get_symbol_trades(self.extend(request, self.omit(params, "until")))
        return self.parse_trades(response, market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # accounts/{accountId}/balances: [ { symbol, available, on_hold, total } ].
        self.load_markets()
        (
            account_id,
            rest,
        ) = js.destructure(self.prepare_account(params), 2)
        response = self.private_get_accounts_account_id_balances(self.extend({"accountId": account_id}, rest))
        result = {"info": response}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            account = self.account()
            js.set_(account, "free", self.safe_string(entry, "available"))
            js.set_(account, "used", self.safe_string(entry, "on_hold"))
            js.set_(account, "total", self.safe_string(entry, "total"))
            js.set_(result, self.safe_currency_code(self.safe_string(entry, "symbol")), account)
            i += 1
        return self.safe_balance(result)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # OrderResponse (https://api.mercadobitcoin.net/api/v4/docs): { id, instrument, side (buy, sell), type
        # (market, limit, stoplimit, post-only), status (created, working, filled, cancelled), qty and filledQty
        # (strings), limitPrice, stopPrice, avgPrice, cost (numbers), externalId, created_at and updated_at (Unix
        # seconds), fee ("charged volume by fee application", a string), executions: [ ... ], triggerOrderId }.
        # The documentation does not say in which currency fee is charged: it is left in info, as are the
        # executions (fetchMyTrades reads them).
        market = self.safe_market(self.safe_string(order, "instrument"), market, "-")
        order_type = self.safe_string(order, "type")
        kind = self.safe_value(js.get(self.options, "orderTypes"), order_type, [None, None])
        stop_price = (
            self.omit_zero(self.safe_string(order, "stopPrice")) if (order_type == "stoplimit") else None
        )
        average = self.omit_zero(self.safe_string(order, "avgPrice"))
        price = self.omit_zero(self.safe_string(order, "limitPrice"))
        if (price is None) and (js.get(kind, 0) == "market"):
            price = average
        return self.safe_order(
            {
                "id": self.safe_string(order, "id"),
                "clientOrderId": self.safe_string(order, "externalId"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.safe_timestamp(order, "created_at"),
                "lastUpdateTimestamp": self.safe_timestamp(order, "updated_at"),
                "status": self.safe_string(
                    js.get(self.options, "orderStatuses"), self.safe_string(order, "status")
                ),
                "type": js.get(kind, 0),
                "postOnly": js.get(kind, 1),
                "side": self.safe_string_lower(order, "side"),
                "price": price,
                "triggerPrice": stop_price,
                "average": average,
                "amount": self.safe_string(order, "qty"),
                "filled": self.safe_string(order, "filledQty"),
                "info": order,
            },
            market,
        )

    def omit_zero(self, value):
        # The order schema writes 0 for a price it does not have (a market order's limitPrice, an order without
        # executions' avgPrice).
        if (value is None) or Precise.string_eq(value, "0"):
            return None
        return value

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
        # POST accounts/{accountId}/{symbol}/orders { side, type, qty, limitPrice, stopPrice, cost, externalId,
        # async } answers { orderId }. Types: market, limit, stoplimit (a limit order placed when the price reaches
        # stopPrice) and post-only (a limit order that only adds liquidity). The unified postOnly (timeInForce PO)
        # is the post-only type, triggerPrice of a limit order the stoplimit type, clientOrderId is externalId,
        # cost sizes a market buy in the quote currency (the exchange's cost). Orders rest until they fill or
        # are canceled (GTC); IOC, FOK, reduceOnly, stop-loss and take-profit orders do not exist here.
        self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params("createOrder", unified, ["reduceOnly", "stopLossPrice", "takeProfitPrice"])
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
        time_in_force = js.get(unified, "timeInForce")
        if (time_in_force is not None) and (not (time_in_force == "GTC")):
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () does not support the unified param timeInForce "
                    + js.to_str(time_in_force)
                    + ": orders rest until they fill or are canceled (GTC)"
                )
            )
        request = {"symbol": js.get(market, "id"), "side": side}
        order_type = type_
        if js.get(unified, "trigger") is not None:
            if not (type_ == "limit"):
                raise NotSupported(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () triggerPrice makes a stoplimit order, which is a limit order: use type limit with a price"
                    )
                )
            order_type = "stoplimit"
        elif js.truthy(js.get(unified, "postOnly")):
            order_type = "post-only"
        request["type"] = order_type
        if js.get(unified, "cost") is not None:
            if not (side == "buy"):
                raise InvalidOrder(
                    js.bounded_text(js.to_str(self.id) + " createOrder () cost sizes market buy orders only")
                )
            request["cost"] = self.parse_number(self.cost_to_precision(symbol, js.get(unified, "cost")))
        else:
            request["qty"] = self.amount_to_precision(symbol, amount)
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["limitPrice"] = self.parse_number(self.price_to_precision(symbol, price))
        if js.get(unified, "trigger") is not None:
            request["stopPrice"] = self.parse_number(
                self.price_to_precision(symbol, js.get(unified, "trigger"))
            )
        if js.get(unified, "clientOrderId") is not None:
            request["externalId"] = js.get(unified, "clientOrderId")
        (
            account_id,
            query,
        ) = js.destructure(self.prepare_account(rest), 2)
        request["accountId"] = account_id
        response = self.private_post_accounts_account_id_symbol_orders(self.extend(request, query))
        # The answer names the order only; the rest is what was placed.
        return self.safe_order(
            {
                "id": self.safe_string(response, "orderId"),
                "clientOrderId": js.get(unified, "clientOrderId"),
                "symbol": js.get(market, "symbol"),
                "type": type_,
                "postOnly": js.get(unified, "postOnly"),
                "side": side,
                "price": self.safe_string(request, "limitPrice"),
                "triggerPrice": js.get(unified, "trigger"),
                "amount": self.safe_string(request, "qty"),
                "cost": None if (js.get(unified, "cost") is None) else self.safe_string(request, "cost"),
                "info": response,
            },
            market,
        )

    def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # DELETE accounts/{accountId}/{symbol}/orders/{orderId}: the route names the market, so symbol is required.
        # The answer is { status }: the request's status, not the order's. The cancel is asynchronous by default
        # (query async, default true) and answers "queued_to_cancel" (the documented example), which says nothing
        # of the order's state (status left undefined); with async=false the call waits until the order is
        # 'cancelled'.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id) + " cancelOrder () requires a symbol: the route names the market"
                )
            )
        self.load_markets()
        market = self.market(symbol)
        (
            account_id,
            rest,
        ) = js.destructure(self.prepare_account(params), 2)
        request = {"accountId": account_id, "symbol": js.get(market, "id"), "orderId": id_}
        response = self.private_delete_accounts_account_id_symbol_orders_order_id(self.extend(request, rest))
        return self.safe_order(
            {
                "id": id_,
                "symbol": js.get(market, "symbol"),
                "status": self.safe_string(
                    js.get(self.options, "orderStatuses"), self.safe_string(response, "status")
                ),
                "info": response,
            },
            market,
        )

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        # GET accounts/{accountId}/{symbol}/orders/{orderId}: the route names the market, so symbol is required.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id) + " fetchOrder () requires a symbol: the route names the market"
                )
            )
        self.load_markets()
        market = self.market(symbol)
        (
            account_id,
            rest,
        ) = js.destructure(self.prepare_account(params), 2)
        request = {"accountId": account_id, "symbol": js.get(market, "id"), "orderId": id_}
        response = self.private_get_accounts_account_id_symbol_orders_order_id(self.extend(request, rest))
        return self.parse_order(response, market)

    def fetch_orders_of(self, method, symbol, since, request, params):
        # GET accounts/{accountId}/{symbol}/orders?status&has_executions&created_at_from&created_at_to (Unix
        # seconds): the account's orders in one market, which the route names (symbol is required).
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () requires a symbol: the route names the market"
                )
            )
        self.load_markets()
        market = self.market(symbol)
        if since is not None:
            js.set_(request, "created_at_from", js.floor(js.divide(since, 1000)))
        until = self.safe_integer(params, "until")
        if until is not None:
            js.set_(request, "created_at_to", js.floor(js.divide(until, 1000)))
        (
            account_id,
            rest,
        ) = js.destructure(self.prepare_account(self.omit(params, "until")), 2)
        js.set_(request, "accountId", account_id)
        js.set_(request, "symbol", js.get(market, "id"))
        response = self.private_get_accounts_account_id_symbol_orders(self.extend(request, rest))
        return [market, response]

    def fetch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        (
            market,
            response,
        ) = js.destructure(self.fetch_orders_of("fetchOrders", symbol, since, {}, params), 2)
        return self.parse_orders(response, market, since, limit)

    def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # status=working: the orders on the book (created is the moment before they are).
        (
            market,
            response,
        ) = js.destructure(
            self.fetch_orders_of("fetchOpenOrders", symbol, since, {"status": "working"}, params), 2
        )
        return self.parse_orders(response, market, since, limit)

    def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # The account's orders in the market that are no longer open (filled or canceled).
        (
            market,
            response,
        ) = js.destructure(self.fetch_orders_of("fetchClosedOrders", symbol, since, {}, params), 2)
        orders = self.parse_orders(response, market, since)
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

    def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # The API lists the account's trades as the executions of its orders: the orders of the market with
        # has_executions=true (executed_at_from and executed_at_to bound the time), each execution a trade.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id) + " fetchMyTrades () requires a symbol: the route names the market"
                )
            )
        self.load_markets()
        market = self.market(symbol)
        request = {"has_executions": "true"}
        if since is not None:
            request["executed_at_from"] = js.floor(js.divide(since, 1000))
        until = self.safe_integer(params, "until")
        if until is not None:
            request["executed_at_to"] = js.floor(js.divide(until, 1000))
        (
            account_id,
            rest,
        ) = js.destructure(self.prepare_account(self.omit(params, "until")), 2)
        request["accountId"] = account_id
        request["symbol"] = js.get(market, "id")
        response = self.private_get_accounts_account_id_symbol_orders(self.extend(request, rest))
        trades = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            order = js.get(response, i)
            order_id = self.safe_string(order, "id")
            executions = self.safe_list(order, "executions", [])
            j = 0
            while True:
                if not (j < len(executions)):
                    break
                trades.append(self.extend(js.get(executions, j), {"order_id": order_id}))
                j += 1
            i += 1
        return self.parse_trades(trades, market, since, limit)

    # --- transport -----------------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # GET and DELETE send their params as the query string, POST as a JSON body; private calls carry the
        # bearer token of /authorize.
        url = js.bounded_text(
            js.bounded_text(js.to_str(js.get(self.urls, "api")) + "/")
            + js.to_str(self.implode_params(path, params))
        )
        query = self.omit(params, self.extract_params(path))
        has_body = (method == "POST") or (method == "PUT")
        if (not has_body) and (len(js.keys(query)) > 0):
            url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(query)))
        headers = {}
        if has_body:
            body = (
                self.json(query) if (len(js.keys(query)) > 0) else "{}"
            )  # (PHP writes an empty dictionary as [])
            js.set_(headers, "Content-Type", "application/json")
        if api == "private":
            token = self.safe_string(self.sessionTokens, "access")
            if token is None:
                raise AuthenticationError(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " private endpoints need the token of /authorize: await authenticate () first"
                    )
                )
            js.set_(headers, "Authorization", js.bounded_text("Bearer " + js.to_str(token)))
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
        # { "code": "DOMAIN|MODULE|ERROR", "message": "..." } with an HTTP 4xx or 5xx status: the ERROR part picks
        # the error class; otherwise the status does (401 AuthenticationError, 403 PermissionDenied, 429
        # RateLimitExceeded, 5xx ExchangeNotAvailable, as the documented 500 API|INTERNAL_SERVER_ERROR).
        if (
            (response is None)
            or js.is_array(response)
            or (not (js.typeof(response) == "object"))
            or js.less(status, 400)
        ):
            return
        code = self.safe_string(response, "code")
        if code is None:
            return
        parts = js.split(code, "|")
        error = js.get(parts, len(parts) - 1)
        feedback = js.bounded_text(
            js.bounded_text(
                js.to_str(self.id)
                + " "
                + js.to_str(method)
                + " "
                + js.to_str(url)
                + " "
                + js.to_str(code)
                + " "
            )
            + self.safe_string(response, "message", "")
        )
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), error, feedback)
        if js.strict_equal(status, 401):
            raise AuthenticationError(feedback)
        if js.strict_equal(status, 403):
            raise PermissionDenied(feedback)
        if js.strict_equal(status, 429):
            raise RateLimitExceeded(feedback)
        if js.greater_equal(status, 500):
            raise ExchangeNotAvailable(feedback)
        raise ExchangeError(feedback)
