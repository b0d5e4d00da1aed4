# Generated from js/bitbank.js by exkit: do not edit. Change the source and run `python build.py`.
from typing import Any

from exchangekit.base.exchange import Exchange
from exchangekit.base.precise import Precise
from exchangekit.base.errors import (
    AccountSuspended,
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
    BadResponse,
    CancelPending,
    ExchangeError,
    ExchangeNotAvailable,
    InsufficientFunds,
    InvalidAddress,
    InvalidNonce,
    InvalidOrder,
    NotSupported,
    OnMaintenance,
    OrderNotFound,
    PermissionDenied,
    RateLimitExceeded,
    RequestTimeout,
)
from exchangekit.base import js
from exchangekit.base.method_names import MethodAlias
from exchangekit.base.types import (
    Balances,
    Market,
    OHLCV,
    Order,
    OrderBook,
    Status,
    Ticker,
    Trade,
    TradingFee,
    Transaction,
)


class bitbank(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "bitbank",
                "name": "bitbank",
                "countries": ["JP"],
                "version": "v1",
                "rateLimit": 100,
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
                    "fetchOrders": False,
                    "fetchOpenOrders": True,
                    "fetchClosedOrders": False,
                    "fetchMyTrades": True,
                    "fetchDeposits": True,
                    "fetchWithdrawals": True,
                    "fetchTransactions": False,
                    "fetchLedger": False,
                    "fetchDepositAddress": False,
                    "withdraw": True,
                    "fetchTime": False,
                    "fetchStatus": True,
                    "fetchTradingFees": True,
                    "cancelAllOrders": True,
                    "fetchOrderTrades": True,
                    "fetchTradingFee": True,
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
                        "public": "https://public.bitbank.cc",
                        "market": "https://api.bitbank.cc",
                        "private": "https://api.bitbank.cc",
                    },
                    "www": "https://bitbank.cc",
                    "doc": "https://github.com/bitbankinc/bitbank-api-docs",
                    "fees": "https://bitbank.cc/docs/fees/",
                },
                "api": {
                    "public": {
                        "get": {
                            "tickers": 1,
                            "tickers_jpy": 1,
                            "{pair}/ticker": 1,
                            "{pair}/depth": 1,
                            "{pair}/transactions": 1,
                            "{pair}/transactions/{yyyymmdd}": 1,
                            "{pair}/candlestick/{candletype}/{yyyy}": 1,
                            "{pair}/circuit_break_info": 1,
                        }
                    },
                    "market": {"get": {"spot/status": 1, "spot/pairs": 1}},
                    "private": {
                        "get": {
                            "user/assets": 1,
                            "user/spot/order": 1,
                            "user/spot/active_orders": 1,
                            "user/spot/trade_history": 1,
                            "user/margin/positions": 1,
                            "user/deposit_history": 1,
                            "user/unconfirmed_deposits": 1,
                            "user/withdrawal_account": 1,
                            "user/withdrawal_history": 1,
                        },
                        "post": {
                            "user/spot/order": 1.67,
                            "user/spot/cancel_order": 1.67,
                            "user/spot/cancel_orders": 1.67,
                            "user/spot/orders_info": 1,
                            "user/request_withdrawal": 1.67,
                        },
                    },
                },
                "timeframes": {
                    "1m": "1min",
                    "5m": "5min",
                    "15m": "15min",
                    "30m": "30min",
                    "1h": "1hour",
                    "4h": "4hour",
                    "8h": "8hour",
                    "12h": "12hour",
                    "1d": "1day",
                    "1w": "1week",
                    "1M": "1month",
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {
                    "trading": {"tierBased": False, "percentage": True, "maker": -0.0002, "taker": 0.0012}
                },
                "commonCurrencies": {"BCC": "BCH"},
                "options": {
                    "timeWindow": None,
                    "networks": {
                        "BTC": "bitcoin",
                        "LTC": "litecoin",
                        "XRP": "ripple",
                        "ERC20": "ethereum",
                        "MONA": "monacoin",
                        "BCH": "bitcoincash",
                        "XLM": "stellar",
                        "QTUM": "qtum",
                        "XYM": "symbol",
                        "DOT": "polkadot",
                        "DOGE": "dogecoin",
                        "ASTR": "astar",
                        "ADA": "cardano",
                        "AVAXC": "avalanche",
                        "FLR": "flare",
                        "OAS": "oasys",
                        "BEP20": "bsc",
                        "ARBITRUM": "arbitrum",
                        "OPTIMISM": "op",
                        "POLYGON": "polygon",
                        "TRC20": "tron",
                    },
                    "orderStatuses": {
                        "INACTIVE": "open",
                        "UNFILLED": "open",
                        "PARTIALLY_FILLED": "open",
                        "FULLY_FILLED": "closed",
                        "CANCELED_UNFILLED": "canceled",
                        "CANCELED_PARTIALLY_FILLED": "canceled",
                        "REJECTED": "rejected",
                    },
                    "transactionStatuses": {
                        "FOUND": "pending",
                        "CONFIRMED": "pending",
                        "CONFIRMING": "pending",
                        "EXAMINING": "pending",
                        "SENDING": "pending",
                        "DONE": "ok",
                        "REJECTED": "failed",
                        "CANCELED": "canceled",
                        "CONFIRM_TIMEOUT": "failed",
                    },
                    "pairStatuses": {"NORMAL": "ok", "BUSY": "ok", "VERY_BUSY": "ok", "HALT": "maintenance"},
                },
                "exceptions": {
                    "exact": {
                        "10000": BadRequest,
                        "10001": ExchangeError,
                        "10002": BadRequest,
                        "10003": ExchangeError,
                        "10005": RequestTimeout,
                        "10007": OnMaintenance,
                        "10008": ExchangeNotAvailable,
                        "10009": RateLimitExceeded,
                        "20001": AuthenticationError,
                        "20002": AuthenticationError,
                        "20003": AuthenticationError,
                        "20004": InvalidNonce,
                        "20005": AuthenticationError,
                        "20011": AuthenticationError,
                        "20014": AuthenticationError,
                        "20018": AuthenticationError,
                        "20023": AuthenticationError,
                        "20024": AuthenticationError,
                        "20025": AuthenticationError,
                        "20026": AuthenticationError,
                        "20033": InvalidNonce,
                        "20034": InvalidNonce,
                        "20035": InvalidNonce,
                        "20036": InvalidNonce,
                        "20037": InvalidNonce,
                        "20038": BadRequest,
                        "20039": InvalidNonce,
                        "30001": InvalidOrder,
                        "30006": InvalidOrder,
                        "30007": InvalidOrder,
                        "30009": BadRequest,
                        "30012": InvalidOrder,
                        "30013": InvalidOrder,
                        "30015": InvalidOrder,
                        "30016": BadRequest,
                        "30019": BadRequest,
                        "30039": BadRequest,
                        "30101": InvalidOrder,
                        "40001": InvalidOrder,
                        "40006": BadRequest,
                        "40007": BadRequest,
                        "40008": BadRequest,
                        "40009": BadRequest,
                        "40013": InvalidOrder,
                        "40014": InvalidOrder,
                        "40015": InvalidOrder,
                        "40017": BadRequest,
                        "40020": InvalidOrder,
                        "40021": InvalidOrder,
                        "40022": BadRequest,
                        "40024": InvalidOrder,
                        "40025": BadRequest,
                        "40028": BadRequest,
                        "40048": BadRequest,
                        "40112": InvalidOrder,
                        "40113": InvalidOrder,
                        "40114": InvalidOrder,
                        "50003": AccountSuspended,
                        "50004": AccountSuspended,
                        "50005": AccountSuspended,
                        "50006": AccountSuspended,
                        "50008": PermissionDenied,
                        "50009": OrderNotFound,
                        "50010": InvalidOrder,
                        "50011": BadRequest,
                        "50026": InvalidOrder,
                        "50027": InvalidOrder,
                        "50033": InvalidAddress,
                        "60001": InsufficientFunds,
                        "60002": InvalidOrder,
                        "60003": InvalidOrder,
                        "60004": InvalidOrder,
                        "60005": InvalidOrder,
                        "60006": InvalidOrder,
                        "60011": InvalidOrder,
                        "60016": InvalidOrder,
                        "60017": BadRequest,
                        "70001": ExchangeNotAvailable,
                        "70002": ExchangeNotAvailable,
                        "70003": ExchangeNotAvailable,
                        "70004": ExchangeNotAvailable,
                        "70005": ExchangeNotAvailable,
                        "70006": ExchangeNotAvailable,
                        "70009": InvalidOrder,
                        "70010": InvalidOrder,
                        "70011": ExchangeNotAvailable,
                        "70012": ExchangeNotAvailable,
                        "70013": ExchangeNotAvailable,
                        "70014": ExchangeNotAvailable,
                        "70015": ExchangeNotAvailable,
                        "70016": ExchangeNotAvailable,
                        "70017": ExchangeNotAvailable,
                        "70018": ExchangeNotAvailable,
                        "70019": CancelPending,
                        "70020": InvalidOrder,
                        "70021": InvalidOrder,
                        "70022": InvalidOrder,
                        "70023": InvalidOrder,
                    },
                    "broad": {},
                },
            },
        )

    def nonce(self):
        # ACCESS-NONCE and ACCESS-REQUEST-TIME: UNIX time in milliseconds (rest-api.md, Authorization).
        return self.milliseconds()

    # --- responses -----------------------------------------------------------------------------------
    def data_of(self, response):
        # { "success": 1, "data": { ... } } (handleErrors has thrown for any other success).
        data = self.safe_dict(response, "data")
        if data is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent an answer without its data: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return data

    def list_of(self, response, key):
        # The list data[key] of an answer (requiredList: none at all is no answer the docs describe).
        return self.required_list(self.data_of(response), key)

    # --- markets -------------------------------------------------------------------------------------
    def pair_name(self, entry):
        # The name of a spot/pairs entry ('btc_jpy'), which every use of the entry is keyed by.
        name = self.safe_string(entry, "name")
        if name is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent a pair without its name: ")
                    + js.to_str(self.excerpt(self.json(entry)))
                )
            )
        return name

    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # spot/pairs: { pairs: [ { name: 'btc_jpy', base_asset, quote_asset, maker_fee_rate_quote,
        # taker_fee_rate_quote, unit_amount (the minimum amount), limit_max_amount, price_digits, amount_digits,
        # is_enabled, ... } ] }. The fee rates are fractions (a maker rebate is negative).
        response = self.market_get_spot_pairs(params)
        pairs = self.list_of(response, "pairs")
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(pairs)):
                break
            entry = js.get(pairs, i)
            id_ = self.pair_name(entry)
            parts = js.split(id_, "_")
            # The docs' example leaves quote_asset out of the entry its field table lists: the name says it.
            base_id = self.safe_string(entry, "base_asset", js.get(parts, 0))
            quote_id = self.safe_string(entry, "quote_asset", js.get(parts, len(parts) - 1))
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
                    active=self.safe_bool(entry, "is_enabled"),
                    type="spot",
                    spot=True,
                    maker=self.safe_number(entry, "maker_fee_rate_quote"),
                    taker=self.safe_number(entry, "taker_fee_rate_quote"),
                    precision={
                        "amount": self.safe_integer(entry, "amount_digits"),
                        "price": self.safe_integer(entry, "price_digits"),
                    },
                    limits={
                        "amount": {
                            "min": self.safe_number(entry, "unit_amount"),
                            "max": self.safe_number(entry, "limit_max_amount"),
                        },
                        "price": {"min": None, "max": None},
                        "cost": {"min": None, "max": None},
                    },
                    info=entry,
                )
            )
            i += 1
        return result

    def fetch_trading_fees(self, params: dict[str, Any] | None = None) -> dict[str, TradingFee]:
        if params is None:
            params = {}
        # spot/pairs states each pair's maker and taker rates of the fee in the quote currency (and of one in the
        # base currency, "0" in the docs' pairs, which is not reported).
        self.load_markets()
        response = self.market_get_spot_pairs(params)
        pairs = self.list_of(response, "pairs")
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(pairs)):
                break
            entry = js.get(pairs, i)
            symbol = self.safe_symbol(self.pair_name(entry), None, "_")
            js.set_(
                result,
                symbol,
                {
                    "symbol": symbol,
                    "maker": self.safe_number(entry, "maker_fee_rate_quote"),
                    "taker": self.safe_number(entry, "taker_fee_rate_quote"),
                    "info": entry,
                },
            )
            i += 1
        return result

    def fetch_trading_fee(self, symbol: str, params: dict[str, Any] | None = None) -> TradingFee:
        if params is None:
            params = {}
        return self.trading_fee_of_all(symbol, params)

    def fetch_status(self, params: dict[str, Any] | None = None) -> Status:
        if params is None:
            params = {}
        # spot/status: { statuses: [ { pair, status, min_amount } ] }: maintenance when every pair is halted.
        response = self.market_get_spot_status(params)
        statuses = self.list_of(response, "statuses")
        status = "maintenance" if js.greater(js.length(statuses), 0) else "error"
        i = 0
        while True:
            if not js.less(i, js.length(statuses)):
                break
            pair_status = self.safe_string(js.get(statuses, i), "status")
            if self.safe_string(js.get(self.options, "pairStatuses"), pair_status) == "ok":
                status = "ok"
            i += 1
        return {"status": status, "updated": None, "eta": None, "url": None, "info": response}

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # { pair (tickers only), sell (the best ask), buy (the best bid), high, low, open (24 hours ago), last,
        # vol (24 hours, in the base currency), timestamp (ms) }.
        market = self.safe_market(self.safe_string(ticker, "pair"), market, "_")
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer(ticker, "timestamp"),
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
        response = self.public_get_pair_ticker(self.extend({"pair": js.get(market, "id")}, params))
        return self.parse_ticker(self.data_of(response), market)

    def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # tickers: every pair in one list, each with its pair.
        self.load_markets()
        response = self.public_get_tickers(params)
        entries = self.safe_list(response, "data")
        if entries is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent tickers without their list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.parse_tickers(entries, None if (symbols is None) else self.market_symbols(symbols))

    def market_symbols(self, symbols):
        # The unified symbols of the markets asked for (BadSymbol for an unknown one).
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(symbols)):
                break
            result.append(js.get(self.market(js.get(symbols, i)), "symbol"))
            i += 1
        return result

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # depth: { asks, bids: [ [ price, amount ] ] (200 levels a side), asks_over, bids_under, ...,
        # timestamp, sequenceId }.
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_pair_depth(self.extend({"pair": js.get(market, "id")}, params))
        data = self.data_of(response)
        book = self.parse_order_book(data, js.get(market, "symbol"), self.safe_integer(data, "timestamp"))
        js.set_(book, "nonce", self.safe_integer(data, "sequenceId"))
        if limit is not None:
            js.set_(book, "bids", js.slice_(js.get(book, "bids"), 0, limit))
            js.set_(book, "asks", js.slice_(js.get(book, "asks"), 0, limit))
        return book

    def parse_trade(self, trade, market=None):
        # transactions: { transaction_id, side, price, amount, executed_at }. trade_history:
        # { trade_id, pair, order_id, side, type, amount, price, maker_taker, fee_amount_base,
        # fee_amount_quote, executed_at }: the fees in the base and in the quote currency (negative for a
        # rebate); a zero base fee is left out.
        market = self.safe_market(self.safe_string(trade, "pair"), market, "_")
        fees = []
        quote_fee = self.safe_string(trade, "fee_amount_quote")
        if quote_fee is not None:
            fees.append({"cost": quote_fee, "currency": js.get(market, "quote")})
        base_fee = self.safe_string(trade, "fee_amount_base")
        if (base_fee is not None) and (not Precise.string_eq(base_fee, "0")):
            fees.append({"cost": base_fee, "currency": js.get(market, "base")})
        return self.trade_structure(
            identifier=self.safe_string2(trade, "trade_id", "transaction_id"),
            order=self.safe_string(trade, "order_id"),
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer(trade, "executed_at"),
            kind=self.parse_order_type(self.safe_string(trade, "type")),
            side=self.safe_string(trade, "side"),
            taker_or_maker=self.safe_string(trade, "maker_taker"),
            price=self.safe_string(trade, "price"),
            amount=self.safe_string(trade, "amount"),
            fees=fees if (len(fees) > 0) else None,
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
        # transactions: the latest 60; transactions/{YYYYMMDD}: those of the day of since (UTC).
        self.load_markets()
        market = self.market(symbol)
        request = {"pair": js.get(market, "id")}
        response = None
        if since is None:
            response = self.public_get_pair_transactions(self.extend(request, params))
        else:
            request["yyyymmdd"] = self.yyyymmdd(since, "")
            response = self.public_get_pair_transactions_yyyymmdd(self.extend(request, params))
        return self.parse_trades(self.list_of(response, "transactions"), market, since, limit)

    def parse_ohlcv(self, ohlcv, market=None):
        # [ open, high, low, close, volume, timestamp (ms) ].
        return [
            self.safe_integer(ohlcv, 5),
            self.safe_number(ohlcv, 0),
            self.safe_number(ohlcv, 1),
            self.safe_number(ohlcv, 2),
            self.safe_number(ohlcv, 3),
            self.safe_number(ohlcv, 4),
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
        # candlestick/{type}/{YYYYMMDD} for candles up to 1hour, {YYYY} for longer ones: one day (UTC) or one
        # year a request, that of since, else the current one (whose last candles limit keeps).
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchOHLCV () does not support the unified param until: bitbank lists the candles of one day or year a request, from since"
                )
            )
        self.load_markets()
        market = self.market(symbol)
        candle_type = self.safe_string(self.timeframes, timeframe)
        if candle_type is None:
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchOHLCV () does not support the timeframe "
                    + js.to_str(timeframe)
                )
            )
        date = self.yyyymmdd(self.milliseconds() if (since is None) else since, "")
        daily = self.in_array(candle_type, ["1min", "5min", "15min", "30min", "1hour"])
        request = {
            "pair": js.get(market, "id"),
            "candletype": candle_type,
            "yyyy": date if js.truthy(daily) else js.slice_(date, 0, 4),
        }
        response = self.public_get_pair_candlestick_candletype_yyyy(self.extend(request, params))
        candlesticks = self.list_of(response, "candlestick")
        first = self.safe_dict(candlesticks, 0, {})
        ohlcvs = self.parse_ohlcvs(self.safe_list(first, "ohlcv", []), market, timeframe, since)
        return self.filter_by_since_limit(ohlcvs, None, limit, 0, since is None)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    # --- account -------------------------------------------------------------------------------------
    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # user/assets: { assets: [ { asset, free_amount, onhand_amount (the total), locked_amount, ... } ] }.
        self.load_markets()
        response = self.private_get_user_assets(params)
        assets = self.list_of(response, "assets")
        result = {"info": response}
        i = 0
        while True:
            if not js.less(i, js.length(assets)):
                break
            entry = js.get(assets, i)
            code = self.safe_currency_code(self.safe_string(entry, "asset"))
            if code is None:
                raise BadResponse(
                    js.bounded_text(
                        js.bounded_text(js.to_str(self.id) + " sent a balance without its asset: ")
                        + js.to_str(self.excerpt(self.json(entry)))
                    )
                )
            account = self.account()
            js.set_(account, "free", self.safe_string(entry, "free_amount"))
            js.set_(account, "used", self.safe_string(entry, "locked_amount"))
            js.set_(account, "total", self.safe_string(entry, "onhand_amount"))
            js.set_(result, code, account)
            i += 1
        return self.safe_balance(result)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order_type(self, type_):
        # limit and market; stop and stop_limit trigger a market or limit order; take_profit, stop_loss and
        # losscut (margin) close at market.
        types = {
            "limit": "limit",
            "market": "market",
            "stop": "market",
            "stop_limit": "limit",
            "take_profit": "market",
            "stop_loss": "market",
            "losscut": "market",
        }
        return self.safe_string(types, type_)

    def parse_order(self, order, market=None):
        # { order_id, pair, side, position_side, type, start_amount, remaining_amount, executed_amount, price,
        # post_only, user_cancelable, average_price, ordered_at, expire_at, canceled_at, triggered_at,
        # trigger_price, status }.
        market = self.safe_market(self.safe_string(order, "pair"), market, "_")
        type_ = self.safe_string(order, "type")
        status = self.safe_string(order, "status")
        post_only = self.safe_bool(order, "post_only")
        trigger_price = self.safe_string(order, "trigger_price")
        # average_price is "0" until the order executes.
        executed = self.safe_string(order, "executed_amount")
        unfilled = (executed is None) or Precise.string_eq(executed, "0")
        return self.safe_order(
            {
                "id": self.safe_string(order, "order_id"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.safe_integer(order, "ordered_at"),
                "lastUpdateTimestamp": self.safe_integer(order, "canceled_at"),
                "status": self.safe_string(js.get(self.options, "orderStatuses"), status, status),
                "type": self.parse_order_type(type_),
                "timeInForce": "PO" if (post_only is True) else None,
                "postOnly": post_only,
                "side": self.safe_string(order, "side"),
                "price": self.safe_string(order, "price"),
                "triggerPrice": trigger_price,
                "stopLossPrice": trigger_price if (type_ == "stop_loss") else None,
                "takeProfitPrice": trigger_price if (type_ == "take_profit") else None,
                "average": None if unfilled else self.safe_string(order, "average_price"),
                "amount": self.safe_string(order, "start_amount"),
                "filled": executed,
                "remaining": self.safe_string(order, "remaining_amount"),
                "info": order,
            },
            market,
        )

    def order_id_number(self, id_, method):
        # order_id is a JSON number: the id as an integer, refused unless it is one written plainly.
        number = self.integer_of(id_)
        if (number is None) or (not js.strict_equal(self.number_to_string(number), id_)):
            raise BadRequest(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id) + " " + js.to_str(method) + " () takes a numeric order id, not "
                    )
                    + js.to_str(self.number_to_string(id_))
                )
            )
        return number

    def require_market(self, symbol, method):
        # The order endpoints take a pair.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () requires a symbol: bitbank finds orders by pair and order id"
                )
            )
        return self.market(symbol)

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
        # POST user/spot/order { pair, amount, price, side, type (limit, market, stop, stop_limit), post_only,
        # trigger_price }: amounts and prices are strings. postOnly (timeInForce PO) is post_only for a limit
        # order; triggerPrice makes a stop (market) or stop_limit order. GTC is a limit order as it is; IOC, FOK,
        # take-profit and stop-loss triggers (margin order types), reduce-only, a client order id and a size in
        # the quote currency are not documented for spot orders: NotSupported.
        self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params(
            "createOrder",
            unified,
            ["stopLossPrice", "takeProfitPrice", "reduceOnly", "clientOrderId", "cost"],
        )
        if (not (type_ == "limit")) and (not (type_ == "market")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () type must be limit or market, not "
                    + js.to_str(type_)
                )
            )
        time_in_force = js.get(unified, "timeInForce")
        if (time_in_force is not None) and (not ((time_in_force == "GTC") and (type_ == "limit"))):
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () does not support the unified param timeInForce "
                    + js.to_str(time_in_force)
                    + " for "
                    + js.to_str(type_)
                    + " orders: bitbank documents no time in force"
                )
            )
        if (type_ == "limit") and (price is None):
            raise ArgumentsRequired(
                js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
            )
        trigger = js.get(unified, "trigger")
        order_type = type_
        if trigger is not None:
            order_type = "stop_limit" if (type_ == "limit") else "stop"
        request = {
            "pair": js.get(market, "id"),
            "amount": self.amount_to_precision(symbol, amount),
            "side": side,
            "type": order_type,
        }
        if type_ == "limit":
            request["price"] = self.price_to_precision(symbol, price)
        if js.truthy(js.get(unified, "postOnly")):
            request["post_only"] = True
        if trigger is not None:
            request["trigger_price"] = self.price_to_precision(symbol, trigger)
        response = self.private_post_user_spot_order(self.extend(request, rest))
        return self.parse_order(self.data_of(response), market)

    def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # POST user/spot/cancel_order { pair, order_id } answers the order, with canceled_at.
        self.load_markets()
        market = self.require_market(symbol, "cancelOrder")
        request = {"pair": js.get(market, "id"), "order_id": self.order_id_number(id_, "cancelOrder")}
        response = self.private_post_user_spot_cancel_order(self.extend(request, params))
        return self.parse_order(self.data_of(response), market)

    def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # POST user/spot/cancel_orders { pair, order_ids (up to 30) } answers { orders }: the pair's active
        # orders, listed first, are canceled 30 at a time.
        self.load_markets()
        market = self.require_market(symbol, "cancelAllOrders")
        open_ = self.fetch_open_orders(js.get(market, "symbol"))
        result = []
        start = 0
        while True:
            if not js.less(start, js.length(open_)):
                break
            ids = []
            batch = js.slice_(open_, start, js.number(start + 30))
            i = 0
            while True:
                if not js.less(i, js.length(batch)):
                    break
                ids.append(self.order_id_number(js.get(js.get(batch, i), "id"), "cancelAllOrders"))
                i += 1
            response = self.private_post_user_spot_cancel_orders(
                self.extend({"pair": js.get(market, "id"), "order_ids": ids}, params)
            )
            result = self.array_concat(result, self.parse_orders(self.list_of(response, "orders"), market))
            start = js.number(start + 30)
        return result

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        # GET user/spot/order?pair&order_id (orders closed more than 3 months ago answer 50009).
        self.load_markets()
        market = self.require_market(symbol, "fetchOrder")
        request = {"pair": js.get(market, "id"), "order_id": self.order_id_number(id_, "fetchOrder")}
        response = self.private_get_user_spot_order(self.extend(request, params))
        return self.parse_order(self.data_of(response), market)

    def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # GET user/spot/active_orders { pair, count, since }: every pair's when no pair is given. Times are in
        # milliseconds (rest-api_JP.md says so of since and end; rest-api.md says "unix timestamp").
        self.load_markets()
        request = {}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["pair"] = js.get(market, "id")
        if limit is not None:
            request["count"] = limit
        if since is not None:
            request["since"] = since
        response = self.private_get_user_spot_active_orders(self.extend(request, params))
        return self.parse_orders(self.list_of(response, "orders"), market, since, limit)

    def list_trades(self, market, order_id, since, limit, params):
        # GET user/spot/trade_history { pair, order_id, count (up to 1000), since, end (ms), order }: newest
        # first, oldest first from since; until is end.
        until = self.safe_integer(params, "until")
        rest = self.omit(params, "until")
        request = {}
        if order_id is not None:
            request["order_id"] = order_id
        if market is not None:
            request["pair"] = js.get(market, "id")
        if limit is not None:
            request["count"] = limit
        if since is not None:
            request["since"] = since
            request["order"] = "asc"
        if until is not None:
            request["end"] = until
        response = self.private_get_user_spot_trade_history(self.extend(request, rest))
        return self.parse_trades(self.list_of(response, "trades"), market, since, limit)

    def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        return self.list_trades(market, None, since, limit, params)

    def fetch_order_trades(
        self,
        id_: str,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # trade_history takes an order_id with its pair.
        self.load_markets()
        market = self.require_market(symbol, "fetchOrderTrades")
        return self.list_trades(market, self.order_id_number(id_, "fetchOrderTrades"), since, limit, params)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # deposit_history: { uuid, asset, network, amount, txid, status, found_at, confirmed_at, address }.
        # withdrawal_history and request_withdrawal: { uuid, asset, account_uuid, amount, fee, label, address,
        # network, destination_tag, txid, status, requested_at, and bank fields for jpy }. The endpoint tells
        # the type (the caller adds it).
        code = self.safe_currency_code(self.safe_string(transaction, "asset"), currency)
        status = self.safe_string(transaction, "status")
        fee_cost = self.safe_string(transaction, "fee")
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "uuid"),
                "txid": self.safe_string(transaction, "txid"),
                "timestamp": self.safe_integer2(transaction, "found_at", "requested_at"),
                "updated": self.safe_integer(transaction, "confirmed_at"),
                "network": self.network_code(self.safe_string(transaction, "network")),
                "address": self.safe_string(transaction, "address"),
                "tag": self.safe_string(transaction, "destination_tag"),
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(js.get(self.options, "transactionStatuses"), status, status),
                "fee": None if (fee_cost is None) else {"cost": fee_cost, "currency": code},
                "info": transaction,
            },
            currency,
        )

    def transfer_request(self, method, code, since, limit, params):
        # deposit_history and withdrawal_history list one asset: { asset, count (up to 100), since, end (ms) }.
        if code is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () requires a currency code: bitbank lists them per asset"
                )
            )
        currency = self.currency(code)
        request = {"asset": js.get(currency, "id")}
        if limit is not None:
            request["count"] = limit
        if since is not None:
            request["since"] = since
        until = self.safe_integer(params, "until")
        if until is not None:
            request["end"] = until
        return [currency, self.extend(request, self.omit(params, "until"))]

    def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        self.load_markets()
        (
            currency,
            request,
        ) = js.destructure(self.transfer_request("fetchDeposits", code, since, limit, params), 2)
        response = self.private_get_user_deposit_history(request)
        return self.parse_transactions(
            self.list_of(response, "deposits"), currency, since, limit, {"type": "deposit"}
        )

    def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        self.load_markets()
        (
            currency,
            request,
        ) = js.destructure(self.transfer_request("fetchWithdrawals", code, since, limit, params), 2)
        response = self.private_get_user_withdrawal_history(request)
        return self.parse_transactions(
            self.list_of(response, "withdrawals"), currency, since, limit, {"type": "withdrawal"}
        )

    def withdrawal_account(self, currency, address, network):
        # request_withdrawal sends to a registered withdrawal account, by its uuid: the account of the asset
        # (user/withdrawal_account: { accounts: [ { uuid, label, network, address } ] }) with this address,
        # on this network when one is given.
        response = self.private_get_user_withdrawal_account({"asset": js.get(currency, "id")})
        accounts = self.list_of(response, "accounts")
        same_address = []
        matches = []
        i = 0
        while True:
            if not js.less(i, js.length(accounts)):
                break
            account = js.get(accounts, i)
            if not js.strict_equal(self.safe_string(account, "address"), address):
                i += 1
                continue
            same_address.append(account)
            if (network is None) or js.strict_equal(self.safe_string(account, "network"), network):
                matches.append(account)
            i += 1
        if len(same_address) == 0:
            raise InvalidAddress(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id) + " withdraw () found no registered withdrawal account of "
                    )
                    + js.to_str(js.get(currency, "code"))
                    + " with the address "
                    + js.to_str(address)
                    + ": bitbank withdraws to accounts registered on its website only"
                )
            )
        if len(matches) == 0:
            raise BadRequest(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " withdraw () found the address "
                        + js.to_str(address)
                        + " registered on the network "
                    )
                    + js.to_str(self.safe_string(js.get(same_address, 0), "network"))
                    + ", not on "
                    + js.to_str(network)
                    + " (the unified param network)"
                )
            )
        if len(matches) > 1:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " withdraw () found several withdrawal accounts with the address "
                    + js.to_str(address)
                    + ": pass the unified param network"
                )
            )
        return js.get(matches, 0)

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
        # POST user/request_withdrawal { asset, uuid (the withdrawal account), amount, otp_token, sms_token }.
        # A registered account holds its destination tag, which the API does not show: a tag cannot be checked
        # against it, so it is refused rather than ignored. otp_token and sms_token go in params.
        if tag is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " withdraw () does not take a tag: the registered withdrawal account holds it"
                )
            )
        self.load_markets()
        currency = self.currency(code)
        network_code = self.safe_string(params, "network")
        network = (
            None if (network_code is None) else self.known_network_id(network_code, currency, "withdraw")
        )
        account = self.withdrawal_account(currency, address, network)
        request = {
            "asset": js.get(currency, "id"),
            "uuid": self.safe_string(account, "uuid"),
            "amount": self.number_to_string(amount),
        }
        response = self.private_post_user_request_withdrawal(
            self.extend(request, self.omit(params, "network"))
        )
        return self.extend(self.parse_transaction(self.data_of(response), currency), {"type": "withdrawal"})

    # --- transport -----------------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # GET sends its params as the query string, POST as a JSON body.
        query = self.omit(params, self.extract_params(path))
        request_path = js.bounded_text("/" + js.to_str(self.implode_params(path, params)))
        if not (api == "public"):
            request_path = js.bounded_text("/" + js.to_str(self.version) + request_path)
        if (method == "GET") and (len(js.keys(query)) > 0):
            request_path += js.within(
                request_path, js.within(request_path, "?") + js.to_str(self.urlencode(query))
            )
        url = js.bounded_text(js.to_str(self.safe_string(js.get(self.urls, "api"), api)) + request_path)
        if not (api == "private"):
            return {"url": url, "method": method, "body": body, "headers": headers}
        # ACCESS-SIGNATURE: hex HMAC-SHA256 of the nonce (or of ACCESS-REQUEST-TIME and ACCESS-TIME-WINDOW)
        # followed by the path with its query (/v1 included) for GET, by the JSON body for POST.
        self.check_required_credentials()
        nonce = self.number_to_string(self.nonce())
        headers = {"ACCESS-KEY": self.apiKey}
        prefix = nonce
        time_window = self.safe_integer(self.options, "timeWindow")
        if time_window is None:
            js.set_(headers, "ACCESS-NONCE", nonce)
        else:
            window = self.number_to_string(time_window)
            js.set_(headers, "ACCESS-REQUEST-TIME", nonce)
            js.set_(headers, "ACCESS-TIME-WINDOW", window)
            prefix = js.add(nonce, window)
        payload = request_path
        if method == "POST":
            body = (
                self.json(query) if (len(js.keys(query)) > 0) else "{}"
            )  # (PHP writes an empty dictionary as [])
            payload = body
            js.set_(headers, "Content-Type", "application/json")
        js.set_(
            headers,
            "ACCESS-SIGNATURE",
            self.hmac(self.encode(js.add(prefix, payload)), self.encode(self.secret), "sha256"),
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
        # Every answer is { "success": 1, "data": ... } or { "success": 0, "data": { "code": <number> } }: the
        # code picks the error class (errors.md), an unknown one is ExchangeError. A body without success is left
        # to the HTTP status when that is an error (HTTP 429 for the rate limit), and is BadResponse otherwise.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return
        success = self.safe_string(response, "success")
        if success == "1":
            return
        feedback = js.bounded_text(
            js.bounded_text(
                js.bounded_text(js.to_str(self.id) + " " + js.to_str(method) + " " + js.to_str(url) + " ")
                + js.to_str(self.number_to_string(status))
                + " "
            )
            + js.to_str(self.excerpt(self.json(response)))
        )
        if success is None:
            if js.greater_equal(status, 400):
                return
            raise BadResponse(feedback)
        code = self.safe_string(self.safe_dict(response, "data", {}), "code")
        if code is not None:
            self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
        raise ExchangeError(feedback)
