# Generated from js/probit.js by exkit: do not edit. Change the source and run `python build.py`.
from typing import Any

from exchangekit.base.exchange import Exchange
from exchangekit.base.precise import Precise
from exchangekit.base.errors import (
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
    BadSymbol,
    ExchangeError,
    ExchangeNotAvailable,
    InsufficientFunds,
    InvalidOrder,
    NotSupported,
    OnMaintenance,
    OrderNotFound,
    PermissionDenied,
    RateLimitExceeded,
)
from exchangekit.base.number import TICK_SIZE, TRUNCATE
from exchangekit.base import js
from exchangekit.base.method_names import MethodAlias
from exchangekit.base.types import Balances, Currency, Market, OHLCV, Order, OrderBook, Ticker, Trade


class probit(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "probit",
                "name": "ProBit",
                "countries": ["SC", "KR"],
                "version": "v1",
                "rateLimit": 50,
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
                    "fetchOrders": False,
                    "fetchOpenOrders": True,
                    "fetchClosedOrders": True,
                    "fetchMyTrades": True,
                    "fetchDeposits": False,
                    "fetchWithdrawals": False,
                    "fetchTransactions": False,
                    "fetchLedger": False,
                    "fetchDepositAddress": False,
                    "withdraw": False,
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
                    "api": {
                        "accounts": "https://accounts.probit.com",
                        "public": "https://api.probit.com/api/exchange",
                        "private": "https://api.probit.com/api/exchange",
                    },
                    "www": "https://www.probit.com",
                    "doc": "https://docs-en.probit.com",
                },
                "api": {
                    "accounts": {"post": ["token"]},
                    "public": {
                        "get": [
                            "market",
                            "currency_with_platform",
                            "time",
                            "ticker",
                            "order_book",
                            "trade",
                            "candle",
                        ]
                    },
                    "private": {
                        "get": ["balance", "order", "open_order", "order_history", "trade_history"],
                        "post": ["new_order", "cancel_order"],
                    },
                },
                "timeframes": {
                    "1m": "1m",
                    "3m": "3m",
                    "5m": "5m",
                    "10m": "10m",
                    "15m": "15m",
                    "30m": "30m",
                    "1h": "1h",
                    "4h": "4h",
                    "6h": "6h",
                    "12h": "12h",
                    "1d": "1D",
                    "1w": "1W",
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": False, "percentage": True, "maker": 0.002, "taker": 0.002}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "accessTokenMargin": 30000,
                    "accessTokenExpires": None,
                    "timeframeSeconds": {
                        "1m": 60,
                        "3m": 180,
                        "5m": 300,
                        "10m": 600,
                        "15m": 900,
                        "30m": 1800,
                        "1h": 3600,
                        "4h": 14400,
                        "6h": 21600,
                        "12h": 43200,
                        "1d": 86400,
                        "1w": 604800,
                    },
                    "ohlcvCount": 100,
                    "historyLimit": 100,
                    "sameNameParams": ["cost"],
                    "orderStatuses": {"open": "open", "filled": "closed", "cancelled": "canceled"},
                    "timeInForces": {"gtc": "GTC", "ioc": "IOC", "gtcpo": "PO"},
                },
                "exceptions": {
                    "exact": {
                        "UNAUTHORIZED": AuthenticationError,
                        "FORBIDDEN": PermissionDenied,
                        "UNKNOWN_USER_BLOCKED": PermissionDenied,
                        "INVALID_ARGUMENT": BadRequest,
                        "INVALID_CURRENCY": BadRequest,
                        "INVALID_MARKET": BadSymbol,
                        "MARKET_NOT_FOUND": BadSymbol,
                        "INVALID_ORDER": OrderNotFound,
                        "NOT_ALLOWED_COMBINATION": InvalidOrder,
                        "NOT_ENOUGH_BALANCE": InsufficientFunds,
                        "TOO_MANY_OPEN_ORDERS": InvalidOrder,
                        "MARKET_CLOSED": OnMaintenance,
                        "MARKET_UNAVAILABLE": OnMaintenance,
                        "TRADING_UNAVAILABLE": ExchangeNotAvailable,
                        "UNAVAILABLE": ExchangeNotAvailable,
                        "RATE_LIMIT_EXCEEDED": RateLimitExceeded,
                        "PAYLOAD_TOO_LARGE": BadRequest,
                        "RESOURCE_LOCKED": ExchangeNotAvailable,
                    },
                    "broad": {},
                },
            },
        )

    # --- markets and currencies ----------------------------------------------------------------------
    def fetch_time(self, params: dict[str, Any] | None = None) -> int | None:
        if params is None:
            params = {}
        # time: { data: '2020-04-12T18:54:25.390Z' }.
        response = self.public_get_time(params)
        return self.parse8601(self.safe_string(response, "data"))

    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # market: { data: [ { id, base_currency_id, quote_currency_id, min_price, max_price, price_increment,
        # min_quantity, max_quantity, quantity_precision, min_cost, max_cost, cost_precision, taker_fee_rate,
        # maker_fee_rate (both in percent), show_in_ui, closed } ] }.
        response = self.public_get_market(params)
        markets = self.safe_list(response, "data", [])
        result = []
        i = 0
        while True:
            if not (i < len(markets)):
                break
            result.append(self.parse_market(js.get(markets, i)))
            i += 1
        return result

    def parse_market(self, market):
        base_id = self.safe_string(market, "base_currency_id")
        quote_id = self.safe_string(market, "quote_currency_id")
        base = self.safe_currency_code(base_id)
        quote = self.safe_currency_code(quote_id)
        closed = self.safe_bool(market, "closed")
        taker_rate = self.safe_string(market, "taker_fee_rate")
        maker_rate = self.safe_string(market, "maker_fee_rate")
        return self.market_structure(
            id=self.safe_string(market, "id"),
            symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
            base=base,
            quote=quote,
            baseId=base_id,
            quoteId=quote_id,
            active=None if (closed is None) else not closed,
            type="spot",
            spot=True,
            taker=None if (taker_rate is None) else self.parse_number(Precise.string_div(taker_rate, "100")),
            maker=None if (maker_rate is None) else self.parse_number(Precise.string_div(maker_rate, "100")),
            precision={
                "amount": self.parse_number(
                    self.parse_precision(self.safe_string(market, "quantity_precision"))
                ),
                "price": self.safe_number(market, "price_increment"),
                "cost": self.parse_number(self.parse_precision(self.safe_string(market, "cost_precision"))),
            },
            limits={
                "amount": {
                    "min": self.safe_number(market, "min_quantity"),
                    "max": self.safe_number(market, "max_quantity"),
                },
                "price": {
                    "min": self.safe_number(market, "min_price"),
                    "max": self.safe_number(market, "max_price"),
                },
                "cost": {
                    "min": self.safe_number(market, "min_cost"),
                    "max": self.safe_number(market, "max_cost"),
                },
            },
            info=market,
        )

    def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # currency_with_platform: { data: [ { id, display_name: { 'en-us': ... }, show_in_ui, platform: [ { id,
        # priority, deposit, withdrawal, currency_id, precision, min_confirmation_count, require_destination_tag,
        # min_withdrawal_amount, withdrawal_fee: [ { currency_id, amount, priority } ], deposit_suspended,
        # withdrawal_suspended } ] } ] }: a currency on each of its platforms (networks).
        response = self.public_get_currency_with_platform(params)
        currencies = self.safe_list(response, "data", [])
        result = {}
        i = 0
        while True:
            if not (i < len(currencies)):
                break
            entry = js.get(currencies, i)
            id_ = self.safe_string(entry, "id")
            code = self.safe_currency_code(id_)
            platforms = self.sort_by(self.safe_list(entry, "platform", []), "priority")
            networks = {}
            deposit = None
            withdraw = None
            fee = None
            precision = None
            min_withdraw = None
            j = 0
            while True:
                if not (j < len(platforms)):
                    break
                platform = js.get(platforms, j)
                platform_id = self.safe_string(platform, "id")
                network_code = self.network_code(platform_id)
                platform_deposit = (self.safe_bool(platform, "deposit") is True) and (
                    not (self.safe_bool(platform, "deposit_suspended") is True)
                )
                platform_withdraw = (self.safe_bool(platform, "withdrawal") is True) and (
                    not (self.safe_bool(platform, "withdrawal_suspended") is True)
                )
                platform_fee = self.platform_withdrawal_fee(platform, id_)
                platform_precision = self.parse_number(
                    self.parse_precision(self.safe_string(platform, "precision"))
                )
                platform_min = self.safe_number(platform, "min_withdrawal_amount")
                js.set_(
                    networks,
                    network_code,
                    {
                        "id": platform_id,
                        "network": network_code,
                        "active": platform_deposit or platform_withdraw,
                        "deposit": platform_deposit,
                        "withdraw": platform_withdraw,
                        "fee": platform_fee,
                        "precision": platform_precision,
                        "limits": {
                            "withdraw": {"min": platform_min, "max": None},
                            "deposit": {"min": self.safe_number(platform, "min_deposit_amount"), "max": None},
                        },
                        "info": platform,
                    },
                )
                deposit = (deposit is True) or platform_deposit
                withdraw = (withdraw is True) or platform_withdraw
                if j == 0:
                    # the platform of the lowest priority number is the currency's main one
                    fee = platform_fee
                    precision = platform_precision
                    min_withdraw = platform_min
                j += 1
            display_name = self.safe_dict(entry, "display_name", {})
            js.set_(
                result,
                code,
                {
                    "id": id_,
                    "code": code,
                    "name": self.safe_string(display_name, "en-us"),
                    "active": None if (deposit is None) else deposit or withdraw,
                    "deposit": deposit,
                    "withdraw": withdraw,
                    "fee": fee,
                    "precision": precision,
                    "limits": {
                        "amount": {"min": None, "max": None},
                        "withdraw": {"min": min_withdraw, "max": None},
                    },
                    "networks": networks,
                    "info": entry,
                },
            )
            i += 1
        return result

    def platform_withdrawal_fee(self, platform, currency_id):
        # withdrawal_fee lists the fees a withdrawal may be charged, one per currency it can be paid in: the fee
        # in the currency itself, of the lowest priority number.
        fees = self.sort_by(self.safe_list(platform, "withdrawal_fee", []), "priority")
        i = 0
        while True:
            if not (i < len(fees)):
                break
            if js.strict_equal(self.safe_string(js.get(fees, i), "currency_id"), currency_id):
                return self.safe_number(js.get(fees, i), "amount")
            i += 1
        return None

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # { last, low, high, change (over 24 h, in the quote currency), base_volume, quote_volume, market_id,
        # time (of the last trade) }.
        market = self.safe_market(self.safe_string(ticker, "market_id"), market, "-")
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            timestamp=self.parse8601(self.safe_string(ticker, "time")),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            last=self.safe_string(ticker, "last"),
            close=self.safe_string(ticker, "last"),
            change=self.safe_string(ticker, "change"),
            base_volume=self.safe_string(ticker, "base_volume"),
            quote_volume=self.safe_string(ticker, "quote_volume"),
            info=ticker,
            market=market,
        )

    def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        # ticker?market_ids: { data: [ ticker ] }.
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_ticker(self.extend({"market_ids": js.get(market, "id")}, params))
        tickers = self.safe_list(response, "data", [])
        i = 0
        while True:
            if not (i < len(tickers)):
                break
            if js.strict_equal(self.safe_string(js.get(tickers, i), "market_id"), js.get(market, "id")):
                return self.parse_ticker(js.get(tickers, i), market)
            i += 1
        raise BadSymbol(
            js.bounded_text(
                js.bounded_text(js.to_str(self.id) + " fetchTicker () got no ticker of ")
                + js.to_str(js.get(market, "id"))
            )
        )

    def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # ticker?market_ids (comma-separated; every market without it): { data: [ ticker ] }.
        self.load_markets()
        request = {}
        if symbols is not None:
            request["market_ids"] = js.join(self.market_ids(symbols), ",")
        response = self.public_get_ticker(self.extend(request, params))
        return self.parse_tickers(self.safe_list(response, "data", []), symbols)

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # order_book?market_id: { data: [ { side: 'buy' | 'sell', price, quantity } ] }, every level.
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_order_book(self.extend({"market_id": js.get(market, "id")}, params))
        levels = self.safe_list(response, "data", [])
        bids = []
        asks = []
        i = 0
        while True:
            if not (i < len(levels)):
                break
            level = js.get(levels, i)
            side = self.safe_string(level, "side")
            if side == "buy":
                bids.append(level)
            elif side == "sell":
                asks.append(level)
            i += 1
        book = self.parse_order_book(
            {"bids": bids, "asks": asks}, js.get(market, "symbol"), None, "bids", "asks", "price", "quantity"
        )
        return self.limit_order_book(book, limit)

    def parse_trade(self, trade, market=None):
        # Public (trade): { id: 'ETH-BTC:3331886', price, quantity, time, side (the taker's), tick_direction }.
        # The account's (trade_history): { id, order_id, market_id, side, fee_amount, fee_currency_id, status,
        # price, quantity, cost, time }; the fee fields are '' until the fee is settled.
        id_ = self.safe_string(trade, "id")
        market_id = self.safe_string(trade, "market_id")
        if (market_id is None) and (id_ is not None) and (js.index_of(id_, ":") > 0):
            market_id = js.get(js.split(id_, ":"), 0)
        market = self.safe_market(market_id, market, "-")
        fee = None
        fee_cost = self.safe_string(trade, "fee_amount")
        if fee_cost is not None:
            fee = {
                "cost": fee_cost,
                "currency": self.safe_currency_code(self.safe_string(trade, "fee_currency_id")),
            }
        return self.trade_structure(
            identifier=id_,
            order=self.safe_string(trade, "order_id"),
            timestamp=self.parse8601(self.safe_string(trade, "time")),
            symbol=js.get(market, "symbol"),
            side=self.safe_string(trade, "side"),
            price=self.safe_string(trade, "price"),
            amount=self.safe_string(trade, "quantity"),
            cost=self.safe_string(trade, "cost"),
            fee=fee,
            info=trade,
            market=market,
        )

    def history_request(self, market, since, limit, params):
        # The range params of trade, order_history and trade_history, each required: start_time and end_time
        # (ISO 8601; since, and the unified until or now) and limit.
        request = {
            "start_time": self.iso8601(0 if (since is None) else since),
            "end_time": self.iso8601(self.safe_integer(params, "until", self.milliseconds())),
            "limit": js.get(self.options, "historyLimit") if (limit is None) else limit,
        }
        if market is not None:
            request["market_id"] = js.get(market, "id")
        return self.extend(request, self.omit(params, "until"))

    def fetch_trades(
        self,
        symbol: str,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # trade?market_id&start_time&end_time&limit: { data: [ trade ] }, the newest first.
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_trade(self.history_request(market, since, limit, params))
        return self.parse_trades(self.safe_list(response, "data", []), market, since, limit)

    def parse_ohlcv(self, ohlcv, market=None):
        # { market_id, open, close, low, high, base_volume, quote_volume, start_time, end_time }.
        return [
            self.parse8601(self.safe_string(ohlcv, "start_time")),
            self.safe_number(ohlcv, "open"),
            self.safe_number(ohlcv, "high"),
            self.safe_number(ohlcv, "low"),
            self.safe_number(ohlcv, "close"),
            self.safe_number(ohlcv, "base_volume"),
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
        # candle?market_ids&interval&start_time&end_time&sort&limit: { data: [ candle ] }. The range is
        # [since, since + limit candles), or the limit candles before the unified until (or now).
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
        duration = js.multiply(self.safe_integer(js.get(self.options, "timeframeSeconds"), timeframe), 1000)
        count = js.get(self.options, "ohlcvCount") if (limit is None) else limit
        until = self.safe_integer(params, "until")
        start = since
        end = until
        if start is None:
            end = self.milliseconds() if (end is None) else end
            start = js.subtract(end, js.multiply(count, duration))
        elif end is None:
            end = js.add(start, js.multiply(count, duration))
        request = {
            "market_ids": js.get(market, "id"),
            "interval": interval,
            "start_time": self.iso8601(start),
            "end_time": self.iso8601(end),
            "sort": "asc",
            "limit": count,
        }
        response = self.public_get_candle(self.extend(request, self.omit(params, "until")))
        return self.parse_ohlcvs(self.safe_list(response, "data", []), market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    # --- account -------------------------------------------------------------------------------------
    def sign_in(self, params=None):
        if params is None:
            params = {}
        # POST https://accounts.probit.com/token, with HTTP Basic authentication of the client id and secret and
        # { grant_type: 'client_credentials' }: { access_token, token_type: 'Bearer', expires_in (seconds) }. The
        # token is kept as a session token (redacted from messages) and reused until accessTokenMargin before it
        # expires.
        self.check_required_credentials()
        token = self.safe_string(self.sessionTokens, "access")
        expires = self.safe_integer(self.options, "accessTokenExpires")
        now = self.milliseconds()
        if (
            (token is not None)
            and (expires is not None)
            and js.less(now, js.subtract(expires, js.get(self.options, "accessTokenMargin")))
        ):
            return token
        response = self.accounts_post_token(self.extend({"grant_type": "client_credentials"}, params))
        access_token = self.safe_string(response, "access_token")
        expires_in = self.safe_integer(response, "expires_in")
        if (access_token is None) or (expires_in is None):
            raise AuthenticationError(
                js.bounded_text(
                    js.to_str(self.id)
                    + " signIn () got no access_token and expires_in from the token endpoint"
                )
            )
        js.set_(self.options, "accessTokenExpires", js.add(now, js.multiply(expires_in, 1000)))
        return self.keep_session_token("access", access_token)

    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # balance: { data: [ { currency_id, total, available } ] }.
        self.load_markets()
        self.sign_in()
        response = self.private_get_balance(params)
        balances = self.safe_list(response, "data", [])
        result = {"info": response}
        i = 0
        while True:
            if not (i < len(balances)):
                break
            balance = js.get(balances, i)
            code = self.safe_currency_code(self.safe_string(balance, "currency_id"))
            account = self.account()
            js.set_(account, "total", self.safe_string(balance, "total"))
            js.set_(account, "free", self.safe_string(balance, "available"))
            js.set_(result, code, account)
            i += 1
        return self.safe_balance(result)

    # --- trading -------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # { id, user_id, market_id, type, side, quantity, limit_price ('0' for a market order), cost (a market buy
        # by cost), time_in_force, filled_cost, filled_quantity, open_quantity, cancelled_quantity, status ('open',
        # 'filled', 'cancelled'), time, client_order_id ('' without one) }.
        market = self.safe_market(self.safe_string(order, "market_id"), market, "-")
        time_in_force = self.safe_string(
            js.get(self.options, "timeInForces"), self.safe_string(order, "time_in_force")
        )
        return self.safe_order(
            {
                "id": self.safe_string(order, "id"),
                "clientOrderId": self.safe_string(order, "client_order_id"),
                "timestamp": self.parse8601(self.safe_string(order, "time")),
                "symbol": js.get(market, "symbol"),
                "type": self.safe_string(order, "type"),
                "timeInForce": time_in_force,
                "postOnly": None if (time_in_force is None) else time_in_force == "PO",
                "side": self.safe_string(order, "side"),
                "price": self.safe_string(order, "limit_price"),
                "amount": self.safe_string(order, "quantity"),
                "filled": self.safe_string(order, "filled_quantity"),
                "remaining": self.safe_string(order, "open_quantity"),
                "cost": self.safe_string(order, "filled_cost"),
                "status": self.safe_string(
                    js.get(self.options, "orderStatuses"), self.safe_string(order, "status")
                ),
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
        # POST new_order { market_id, type, side, time_in_force, limit_price, quantity, cost, client_order_id }:
        # { data: order }. A limit order takes gtc, ioc or gtcpo (post only); a market order ioc, and a market buy
        # is sized by cost (in the quote currency), a market sell by quantity.
        self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params(
            "createOrder", unified, ["reduceOnly", "triggerPrice", "stopLossPrice", "takeProfitPrice"]
        )
        if (not (type_ == "market")) and (not (type_ == "limit")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () type must be market or limit, not "
                    + js.to_str(type_)
                )
            )
        if js.get(unified, "timeInForce") == "FOK":
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () does not support the unified param timeInForce FOK: time_in_force is gtc, ioc or gtcpo"
                )
            )
        time_in_force = "gtc"
        if type_ == "market":
            if js.get(unified, "timeInForce") == "GTC":
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () timeInForce GTC is for limit orders: a market order is ioc"
                    )
                )
            time_in_force = "ioc"
        elif js.truthy(js.get(unified, "postOnly")):
            time_in_force = "gtcpo"
        elif js.get(unified, "timeInForce") == "IOC":
            time_in_force = "ioc"
        request = {
            "market_id": js.get(market, "id"),
            "type": type_,
            "side": side,
            "time_in_force": time_in_force,
        }
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            if js.get(unified, "cost") is not None:
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () takes the unified param cost for a market buy only"
                    )
                )
            request["limit_price"] = self.price_to_precision(symbol, price)
            request["quantity"] = self.amount_to_precision(symbol, amount)
        elif side == "buy":
            cost = js.get(unified, "cost")
            if (cost is None) and (price is not None):
                cost = Precise.string_mul(self.number_to_string(amount), self.number_to_string(price))
            if cost is None:
                raise InvalidOrder(
                    js.bounded_text(
                        js.bounded_text(
                            js.to_str(self.id) + " createOrder () a market buy is sized by its cost in "
                        )
                        + js.to_str(js.get(market, "quote"))
                        + ": pass the unified param cost, or a price to spend amount x price"
                    )
                )
            # cost_precision (decimals) bounds a cost, which the price tick does not
            cost_precision = self.safe_number(js.get(market, "precision"), "cost")
            request["cost"] = (
                self.number_to_string(cost)
                if (cost_precision is None)
                else self.decimal_to_precision(cost, TRUNCATE, cost_precision, TICK_SIZE)
            )
        else:
            if js.get(unified, "cost") is not None:
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () takes the unified param cost for a market buy only"
                    )
                )
            request["quantity"] = self.amount_to_precision(symbol, amount)
        if js.get(unified, "clientOrderId") is not None:
            request["client_order_id"] = js.get(unified, "clientOrderId")
        self.sign_in()
        response = self.private_post_new_order(self.extend(request, rest))
        return self.parse_order(self.order_of(response), market)

    def order_of(self, response):
        # new_order and cancel_order answer { data: order }; the examples of New Order show the order itself.
        data = self.safe_dict(response, "data")
        return response if (data is None) else data

    def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # POST cancel_order { market_id, order_id }: { data: order }.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " cancelOrder () requires a symbol argument: ProBit cancels an order of a market_id"
                )
            )
        self.load_markets()
        market = self.market(symbol)
        self.sign_in()
        response = self.private_post_cancel_order(
            self.extend({"market_id": js.get(market, "id"), "order_id": id_}, params)
        )
        return self.parse_order(self.order_of(response), market)

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        # order?market_id&order_id: { data: [ order ] }.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchOrder () requires a symbol argument: ProBit looks orders up by market_id"
                )
            )
        self.load_markets()
        market = self.market(symbol)
        self.sign_in()
        response = self.private_get_order(
            self.extend({"market_id": js.get(market, "id"), "order_id": id_}, params)
        )
        orders = self.safe_list(response, "data", [])
        if len(orders) == 0:
            raise OrderNotFound(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id) + " fetchOrder () found no order " + js.to_str(id_) + " in "
                    )
                    + js.to_str(js.get(market, "id"))
                )
            )
        return self.parse_order(js.get(orders, 0), market)

    def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # open_order?market_id: { data: [ order ] }.
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        request = {}
        if market is not None:
            request["market_id"] = js.get(market, "id")
        self.sign_in()
        response = self.private_get_open_order(self.extend(request, params))
        return self.parse_orders(self.safe_list(response, "data", []), market, since, limit)

    def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # order_history?market_id&start_time&end_time&limit: { data: [ order ] }, filled and cancelled ones.
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        request = self.history_request(market, since, limit, params)
        self.sign_in()
        response = self.private_get_order_history(request)
        return self.parse_orders(self.safe_list(response, "data", []), market, since, limit)

    def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # trade_history?market_id&start_time&end_time&limit: { data: [ trade ] }.
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        request = self.history_request(market, since, limit, params)
        self.sign_in()
        response = self.private_get_trade_history(request)
        return self.parse_trades(self.safe_list(response, "data", []), market, since, limit)

    # --- transport -----------------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # GET sends its params as the query string, POST as a JSON body. The token endpoint authenticates with
        # HTTP Basic (the client id and secret, added by the request pipeline); the private endpoints with
        # Authorization: Bearer <access token> (signIn).
        query = self.omit(params, self.extract_params(path))
        if api == "accounts":
            return {
                "url": js.bounded_text(
                    js.bounded_text(js.to_str(js.get(js.get(self.urls, "api"), "accounts")) + "/")
                    + js.to_str(self.implode_params(path, params))
                ),
                "method": method,
                "body": self.json(self.extend({"grant_type": "client_credentials"}, query)),
                "headers": {"Content-Type": "application/json"},
                "basicAuth": True,
            }
        url = js.bounded_text(
            js.bounded_text(
                js.bounded_text(js.to_str(self.safe_string(js.get(self.urls, "api"), api)) + "/")
                + js.to_str(self.version)
                + "/"
            )
            + js.to_str(self.implode_params(path, params))
        )
        if method == "GET":
            if len(js.keys(query)) > 0:
                url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(query)))
        else:
            body = (
                self.json(query) if (len(js.keys(query)) > 0) else "{}"
            )  # (PHP writes an empty dictionary as [])
            headers = {"Content-Type": "application/json"}
        if api == "private":
            token = self.safe_string(self.sessionTokens, "access")
            if token is None:
                raise AuthenticationError(
                    js.bounded_text(
                        js.to_str(self.id) + " a private request needs an access token: signIn () first"
                    )
                )
            headers = self.extend(
                {} if (headers is None) else headers,
                {"Authorization": js.bounded_text("Bearer " + js.to_str(token))},
            )
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
        # A 4xx or 5xx answers { errorCode, message, details }: the errorCode picks the error class.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return None
        error_code = self.safe_string(response, "errorCode")
        if error_code is None:
            return None
        feedback = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " ") + js.to_str(self.excerpt(response_body))
        )
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), error_code, feedback)
        raise ExchangeError(feedback)
