# Generated from js/bitfinex2.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from typing import Any

from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base.precise import Precise
from exchangekit.base.errors import (
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
    BadResponse,
    BadSymbol,
    ExchangeError,
    InsufficientFunds,
    InvalidAddress,
    InvalidNonce,
    InvalidOrder,
    NotSupported,
    OnMaintenance,
    OrderNotFound,
    PermissionDenied,
    RateLimitExceeded,
)
from exchangekit.base.number import DECIMAL_PLACES, ROUND, SIGNIFICANT_DIGITS
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
    Status,
    Ticker,
    Trade,
    Transaction,
)


class bitfinex2(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "bitfinex2",
                "name": "Bitfinex",
                "countries": ["VG"],
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
                    "fetchOrders": False,
                    "fetchOpenOrders": True,
                    "fetchClosedOrders": True,
                    "fetchMyTrades": True,
                    "fetchDeposits": True,
                    "fetchWithdrawals": True,
                    "fetchTransactions": False,
                    "fetchLedger": False,
                    "fetchDepositAddress": True,
                    "withdraw": True,
                    "fetchTime": False,
                    "fetchStatus": True,
                    "fetchTradingFees": False,
                    "cancelAllOrders": True,
                    "fetchOrderTrades": True,
                    "fetchTradingFee": False,
                    "fetchDepositAddresses": False,
                    "createDepositAddress": True,
                    "fetchDepositWithdrawFees": False,
                    "transfer": False,
                    "createMarketBuyOrderWithCost": False,
                },
                "urls": {
                    "logo": "https://www.bitfinex.com/assets/bfx-stacked.png",
                    "api": {"public": "https://api-pub.bitfinex.com", "private": "https://api.bitfinex.com"},
                    "www": "https://www.bitfinex.com",
                    "doc": "https://docs.bitfinex.com/docs",
                    "fees": "https://www.bitfinex.com/fees",
                },
                "api": {
                    "public": {
                        "get": {
                            "platform/status": 1,
                            "conf/pub:info:pair": 1,
                            "conf/pub:list:currency": 1,
                            "conf/pub:map:currency:label": 1,
                            "ticker/{symbol}": 1,
                            "tickers": 1,
                            "book/{symbol}/{precision}": 1,
                            "trades/{symbol}/hist": 6,
                            "candles/trade:{timeframe}:{symbol}/hist": 3,
                        }
                    },
                    "private": {
                        "post": {
                            "auth/r/wallets": 1,
                            "auth/r/orders": 1,
                            "auth/r/orders/{symbol}": 1,
                            "auth/r/orders/hist": 1,
                            "auth/r/orders/{symbol}/hist": 1,
                            "auth/r/order/{symbol}:{id}/trades": 1,
                            "auth/r/trades/hist": 1,
                            "auth/r/trades/{symbol}/hist": 1,
                            "auth/r/movements/hist": 1,
                            "auth/r/movements/{currency}/hist": 1,
                            "auth/w/order/submit": 1,
                            "auth/w/order/cancel": 1,
                            "auth/w/order/cancel/multi": 1,
                            "auth/w/deposit/address": 6,
                            "auth/w/withdraw": 1,
                        }
                    },
                },
                "timeframes": {
                    "1m": "1m",
                    "5m": "5m",
                    "15m": "15m",
                    "30m": "30m",
                    "1h": "1h",
                    "3h": "3h",
                    "6h": "6h",
                    "12h": "12h",
                    "1d": "1D",
                    "1w": "1W",
                    "2w": "14D",
                    "1M": "1M",
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": True, "percentage": True, "taker": 0.002, "maker": 0.001}},
                "precisionMode": DECIMAL_PLACES,
                "commonCurrencies": {"UST": "USDT", "DSH": "DASH", "IOT": "IOTA", "QTM": "QTUM"},
                "options": {
                    "wallet": "exchange",
                    "bookPrecision": "P0",
                    "methods": {
                        "BTC": "bitcoin",
                        "LTC": "litecoin",
                        "ETH": "ethereum",
                        "XRP": "ripple",
                        "TRX": "trx",
                        "USDT": "tetheruse",
                    },
                    "networkMethods": {
                        "BTC": {"BTC": "bitcoin"},
                        "LTC": {"LTC": "litecoin"},
                        "ETH": {"ERC20": "ethereum"},
                        "XRP": {"XRP": "ripple"},
                        "TRX": {"TRC20": "trx"},
                        "USDT": {"ERC20": "tetheruse", "TRC20": "tetherusx"},
                    },
                    "transactionStatuses": {
                        "COMPLETED": "ok",
                        "PENDING": "pending",
                        "PROCESSING": "pending",
                        "SENDING": "pending",
                        "UNCONFIRMED": "pending",
                        "CANCELED": "canceled",
                    },
                },
                "exceptions": {
                    "exact": {
                        "10001": ExchangeError,
                        "10020": BadRequest,
                        "10100": AuthenticationError,
                        "10111": AuthenticationError,
                        "10112": AuthenticationError,
                        "10113": AuthenticationError,
                        "10114": InvalidNonce,
                        "10200": AuthenticationError,
                        "20060": OnMaintenance,
                        "ERR_RATE_LIMIT": RateLimitExceeded,
                    },
                    "broad": {
                        "not enough exchange balance": InsufficientFunds,
                        "Order not found": OrderNotFound,
                        "symbol: invalid": BadSymbol,
                        "nonce: small": InvalidNonce,
                        "apikey: invalid": AuthenticationError,
                        "permission": PermissionDenied,
                        "Invalid order": InvalidOrder,
                        "Invalid address": InvalidAddress,
                    },
                },
            },
        )

    def nonce(self):
        # The docs' nonce: the time in microseconds (milliseconds x 1000), growing with every request.
        return js.multiply(self.milliseconds(), 1000)

    def array_entries(self, response):
        # The entries of a list answer that are arrays, as every v2 record is: a server's other values (a
        # dictionary instead of the list, a number or null among the records) are left out.
        result = []
        if not js.is_array(response):
            return result
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            if js.is_array(js.get(response, i)):
                result.append(js.get(response, i))
            i += 1
        return result

    # --- markets and currencies ----------------------------------------------------------------------
    async def fetch_status(self, params: dict[str, Any] | None = None) -> Status:
        if params is None:
            params = {}
        # platform/status: [ 1 ] operative, [ 0 ] maintenance.
        response = await self.public_get_platform_status(params)
        operative = self.safe_integer(response, 0)
        return {
            "status": "ok" if js.strict_equal(operative, 1) else "maintenance",
            "updated": None,
            "eta": None,
            "url": None,
            "info": response,
        }

    def pair_parts(self, pair):
        # 'BTCUSD', or 'TESTBTC:TESTUSD' when a side has more than three letters: [ baseId, quoteId ].
        if js.index_of(pair, ":") >= 0:
            parts = js.split(pair, ":")
            return [js.get(parts, 0), js.get(parts, 1)]
        return [js.slice_(pair, 0, 3), js.slice_(pair, 3)]

    async def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # conf/pub:info:pair: [ [ [ PAIR, [ _, _, _, MIN_ORDER_SIZE, MAX_ORDER_SIZE, _, _, _, INITIAL_MARGIN,
        # MIN_MARGIN ] ], ... ] ]: the trading pairs with their order size limits.
        response = await self.public_get_conf_pub_info_pair(params)
        pairs = self.array_entries(self.safe_list(response, 0, []))
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(pairs)):
                break
            pair = self.safe_string(js.get(pairs, i), 0)
            if pair is None:
                i += 1
                continue
            info = self.safe_list(js.get(pairs, i), 1, [])
            (
                base_id,
                quote_id,
            ) = js.destructure(self.pair_parts(pair), 2)
            if (base_id == "") or (quote_id == ""):
                i += 1
                continue  # no pair the docs describe
            base = self.safe_currency_code(base_id)
            quote = self.safe_currency_code(quote_id)
            result.append(
                self.market_structure(
                    id=js.bounded_text("t" + js.to_str(pair)),
                    symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
                    base=base,
                    quote=quote,
                    baseId=base_id,
                    quoteId=quote_id,
                    active=True,
                    type="spot",
                    spot=True,
                    taker=js.get(js.get(self.fees, "trading"), "taker"),
                    maker=js.get(js.get(self.fees, "trading"), "maker"),
                    precision={"amount": 8, "price": 5},
                    limits={
                        "amount": {"min": self.safe_number(info, 3), "max": self.safe_number(info, 4)},
                        "price": {"min": None, "max": None},
                        "cost": {"min": None, "max": None},
                    },
                    info=js.get(pairs, i),
                )
            )
            i += 1
        return result

    def price_to_precision(self, symbol, price):
        # Prices have five significant digits (docs: Precision), not decimal places.
        market = self.market(symbol)
        return self.decimal_to_precision(
            price, ROUND, js.get(js.get(market, "precision"), "price"), SIGNIFICANT_DIGITS, self.paddingMode
        )

    async def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # conf/pub:list:currency: [ [ 'BTC', 'ETH', ... ] ]; conf/pub:map:currency:label: [ [ [ 'BTC',
        # 'Bitcoin' ], ... ] ], the names.
        list_ = await self.public_get_conf_pub_list_currency(params)
        labels = await self.public_get_conf_pub_map_currency_label(params)
        names = {}
        pairs = self.safe_list(labels, 0, [])
        i = 0
        while True:
            if not (i < len(pairs)):
                break
            id_ = self.safe_string(js.get(pairs, i), 0)
            if id_ is not None:
                js.set_(names, id_, self.safe_string(js.get(pairs, i), 1))
            i += 1
        ids = self.safe_list(list_, 0, [])
        result = {}
        i = 0
        while True:
            if not (i < len(ids)):
                break
            id_ = self.string_of(js.get(ids, i))
            if id_ is None:
                i += 1
                continue
            code = self.safe_currency_code(id_)
            js.set_(
                result,
                code,
                {"id": id_, "code": code, "name": self.safe_string(names, id_), "info": js.get(ids, i)},
            )
            i += 1
        return result

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # [ BID, BID_SIZE, ASK, ASK_SIZE, DAILY_CHANGE, DAILY_CHANGE_RELATIVE, LAST_PRICE, VOLUME, HIGH, LOW ]
        # (ticker/{symbol}); tickers puts SYMBOL first, which fetchTickers strips.
        last = self.safe_string(ticker, 6)
        change = self.safe_string(ticker, 4)
        open_ = None
        if (last is not None) and (change is not None):
            open_ = Precise.string_sub(last, change)
        relative = self.safe_string(ticker, 5)
        return self.ticker_structure(
            symbol=self.safe_symbol(None, market),
            bid=self.safe_string(ticker, 0),
            bid_volume=self.safe_string(ticker, 1),
            ask=self.safe_string(ticker, 2),
            ask_volume=self.safe_string(ticker, 3),
            change=change,
            percentage=None if (relative is None) else Precise.string_mul(relative, "100"),
            open_=open_,
            last=last,
            base_volume=self.safe_string(ticker, 7),
            high=self.safe_string(ticker, 8),
            low=self.safe_string(ticker, 9),
            info=ticker,
            market=market,
        )

    async def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_ticker_symbol(self.extend({"symbol": js.get(market, "id")}, params))
        return self.parse_ticker(response, market)

    async def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # tickers?symbols=tBTCUSD,tETHUSD (or ALL): [ [ SYMBOL, BID, ... ], ... ]; funding tickers (fUSD)
        # are left out.
        await self.load_markets()
        ids = "ALL"
        if symbols is not None:
            ids = js.join(self.market_ids(symbols), ",")
        response = await self.public_get_tickers(self.extend({"symbols": ids}, params))
        entries = self.array_entries(response)
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(entries)):
                break
            entry = js.get(entries, i)
            id_ = self.safe_string(entry, 0)
            if (
                (id_ is None)
                or (not js.starts_with(id_, "t"))
                or (self.safe_value(self.marketsById, id_) is None)
            ):
                i += 1
                continue
            market = self.safe_market(id_)
            ticker = self.parse_ticker(js.slice_(entry, 1), market)
            js.set_(ticker, "info", entry)
            js.set_(result, js.get(ticker, "symbol"), ticker)
            i += 1
        return self.tickers_of_symbols(result, symbols)

    def tickers_of_symbols(self, tickers, symbols):
        # Only the symbols asked for (ALL answers every market).
        if symbols is None:
            return tickers
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(symbols)):
                break
            symbol = self.symbol(js.get(symbols, i))
            ticker = self.safe_value(tickers, symbol)
            if ticker is not None:
                js.set_(result, symbol, ticker)
            i += 1
        return result

    async def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # book/{symbol}/P0?len=1|25|100: [ [ PRICE, COUNT, AMOUNT ], ... ], AMOUNT > 0 a bid, < 0 an ask.
        await self.load_markets()
        market = self.market(symbol)
        request = {"symbol": js.get(market, "id"), "precision": js.get(self.options, "bookPrecision")}
        if limit is not None:
            if js.less_equal(limit, 1):
                request["len"] = 1
            elif js.less_equal(limit, 25):
                request["len"] = 25
            else:
                request["len"] = 100
        response = await self.public_get_book_symbol_precision(self.extend(request, params))
        levels = self.array_entries(response)
        bids = []
        asks = []
        i = 0
        while True:
            if not js.less(i, js.length(levels)):
                break
            amount = self.safe_string(js.get(levels, i), 2)
            price = self.safe_string(js.get(levels, i), 0)
            if (amount is None) or (price is None):
                i += 1
                continue
            level = [price, Precise.string_abs(amount)]
            if Precise.string_gt(amount, "0"):
                bids.append(level)
            else:
                asks.append(level)
            i += 1
        book = self.parse_order_book({"bids": bids, "asks": asks}, js.get(market, "symbol"))
        return self.limit_order_book(book, limit)

    def parse_trade(self, trade, market=None):
        # Public (trades/{symbol}/hist): [ ID, MTS, AMOUNT (negative: a sell), PRICE ].
        # The account's (trades/hist): [ ID, SYMBOL, MTS, ORDER_ID, EXEC_AMOUNT, EXEC_PRICE, ORDER_TYPE,
        # ORDER_PRICE, MAKER (1 maker, -1 taker), FEE (negative: paid), FEE_CURRENCY, CID ].
        own = js.is_array(trade) and js.greater(js.length(trade), 4)
        amount = self.safe_string(trade, 2)
        price = self.safe_string(trade, 3)
        timestamp = self.safe_integer(trade, 1)
        order_id = None
        taker_or_maker = None
        fee = None
        if own:
            market = self.safe_market(self.safe_string(trade, 1), market)
            timestamp = self.safe_integer(trade, 2)
            order_id = self.safe_string(trade, 3)
            amount = self.safe_string(trade, 4)
            price = self.safe_string(trade, 5)
            maker = self.safe_integer(trade, 8)
            if maker is not None:
                taker_or_maker = "maker" if js.strict_equal(maker, 1) else "taker"
            fee_cost = self.safe_string(trade, 9)
            if fee_cost is not None:
                fee = {
                    "cost": Precise.string_neg(fee_cost),
                    "currency": self.safe_currency_code(self.safe_string(trade, 10)),
                }
        side = None
        if amount is not None:
            side = "sell" if Precise.string_lt(amount, "0") else "buy"
        return self.trade_structure(
            identifier=self.safe_string(trade, 0),
            order=order_id,
            symbol=self.safe_symbol(None, market),
            timestamp=timestamp,
            side=side,
            taker_or_maker=taker_or_maker,
            price=price,
            amount=None if (amount is None) else Precise.string_abs(amount),
            fee=fee,
            info=trade,
            market=market,
        )

    def time_range(self, request, since, limit, params):
        # start, end (the unified until) and limit, all in the request; sort 1 (oldest first) from since.
        if since is not None:
            js.set_(request, "start", since)
            js.set_(request, "sort", 1)
        until = self.safe_integer(params, "until")
        if until is not None:
            js.set_(request, "end", until)
        if limit is not None:
            js.set_(request, "limit", limit)
        return self.extend(request, self.omit(params, "until"))

    async def fetch_trades(
        self,
        symbol: str,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # trades/{symbol}/hist?start&limit&sort: newest first unless sorted by time.
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_trades_symbol_hist(
            self.time_range({"symbol": js.get(market, "id")}, since, limit, params)
        )
        return self.parse_trades(self.array_entries(response), market, since, limit)

    def parse_ohlcv(self, ohlcv, market=None):
        # [ MTS, OPEN, CLOSE, HIGH, LOW, VOLUME ]
        return [
            self.safe_integer(ohlcv, 0),
            self.safe_number(ohlcv, 1),
            self.safe_number(ohlcv, 3),
            self.safe_number(ohlcv, 4),
            self.safe_number(ohlcv, 2),
            self.safe_number(ohlcv, 5),
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
        # candles/trade:{timeframe}:{symbol}/hist?start&end&limit&sort.
        await self.load_markets()
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
        request = {"symbol": js.get(market, "id"), "timeframe": interval}
        response = await self.public_get_candles_trade_timeframe_symbol_hist(
            self.time_range(request, since, limit, params)
        )
        return self.parse_ohlcvs(self.array_entries(response), market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    # --- account -------------------------------------------------------------------------------------
    async def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # auth/r/wallets: [ [ WALLET_TYPE, CURRENCY, BALANCE, UNSETTLED_INTEREST, AVAILABLE_BALANCE, ... ] ]:
        # the exchange wallet (options['wallet']).
        await self.load_markets()
        wallet = self.safe_string(params, "wallet", js.get(self.options, "wallet"))
        response = await self.private_post_auth_r_wallets(self.omit(params, "wallet"))
        wallets = self.array_entries(response)
        result = {"info": response}
        i = 0
        while True:
            if not js.less(i, js.length(wallets)):
                break
            entry = js.get(wallets, i)
            currency_id = self.safe_string(entry, 1)
            if (not js.strict_equal(self.safe_string(entry, 0), wallet)) or (currency_id is None):
                i += 1
                continue
            account = self.account()
            js.set_(account, "total", self.safe_string(entry, 2))
            js.set_(account, "free", self.safe_string(entry, 4))
            js.set_(result, self.safe_currency_code(currency_id), account)
            i += 1
        return self.safe_balance(result)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order_status(self, status):
        # 'ACTIVE', 'EXECUTED @ 107.6(-0.2)', 'PARTIALLY FILLED @ ...', 'CANCELED', 'CANCELED was:
        # PARTIALLY FILLED @ ...', 'INSUFFICIENT MARGIN was: ...', 'RSN_DUST', 'RSN_PAUSE'.
        if status is None:
            return None
        if js.starts_with(status, "ACTIVE") or js.starts_with(status, "PARTIALLY FILLED"):
            return "open"
        if js.starts_with(status, "EXECUTED"):
            return "closed"
        if js.starts_with(status, "CANCELED") or js.starts_with(status, "INSUFFICIENT"):
            return "canceled"
        if js.starts_with(status, "RSN_"):
            return "rejected"
        return None

    def order_kind(self, name):
        # An order type ('EXCHANGE LIMIT', 'EXCHANGE STOP LIMIT', 'EXCHANGE FOK', 'LIMIT' on margin, ...):
        # [ unified type, timeInForce, whether PRICE is the trigger (a stop), whether it is a trailing stop ].
        if name is None:
            return [None, None, False, False]
        kind = js.upper(name)
        if kind.startswith("EXCHANGE "):
            kind = js.slice_(kind, 9)
        if kind == "STOP":
            return ["market", None, True, False]
        if kind == "STOP LIMIT":
            return ["limit", None, True, False]
        if kind == "TRAILING STOP":
            return ["market", None, False, True]
        if (kind == "FOK") or (kind == "IOC"):
            return ["limit", kind, False, False]
        if kind == "MARKET":
            return ["market", None, False, False]
        if kind == "LIMIT":
            return ["limit", None, False, False]
        return [None, None, False, False]

    def parse_order(self, order, market=None):
        # [ ID, GID, CID, SYMBOL, MTS_CREATE, MTS_UPDATE, AMOUNT (left; negative: a sell), AMOUNT_ORIG,
        #   ORDER_TYPE, TYPE_PREV, MTS_TIF, _, FLAGS, STATUS, _, _, PRICE, PRICE_AVG, PRICE_TRAILING,
        #   PRICE_AUX_LIMIT, ... ]
        market = self.safe_market(self.safe_string(order, 3), market)
        (
            type_,
            time_in_force,
            stop,
            trailing,
        ) = js.destructure(self.order_kind(self.safe_string(order, 8)), 4)
        # A stop's PRICE is its trigger and a stop limit's limit price is PRICE_AUX_LIMIT; a trailing stop
        # has no price.
        price = self.safe_string(order, 16)
        trigger_price = None
        if js.truthy(stop):
            trigger_price = price
            price = self.safe_string(order, 19) if (type_ == "limit") else None
        elif js.truthy(trailing):
            price = None
        average = self.safe_string(order, 17)
        if (average is not None) and Precise.string_eq(average, "0"):
            average = None
        original = self.safe_string(order, 7)
        remaining = self.safe_string(order, 6)
        side = None
        if original is not None:
            side = "sell" if Precise.string_lt(original, "0") else "buy"
        flags = self.safe_integer(order, 12, 0)
        # The post-only flag is 4096: the flags are a sum of powers of two from 64 up.
        post_only = js.modulo(js.floor(js.divide(flags, 4096)), 2) == 1
        return self.safe_order(
            {
                "id": self.safe_string(order, 0),
                "clientOrderId": self.safe_string(order, 2),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.safe_integer(order, 4),
                "lastUpdateTimestamp": self.safe_integer(order, 5),
                "status": self.parse_order_status(self.safe_string(order, 13)),
                "type": type_,
                "timeInForce": time_in_force,
                "postOnly": post_only,
                "side": side,
                "price": price,
                "triggerPrice": trigger_price,
                "average": average,
                "amount": None if (original is None) else Precise.string_abs(original),
                "remaining": None if (remaining is None) else Precise.string_abs(remaining),
                "info": order,
            },
            market,
        )

    def notification_data(self, response):
        # A notification: [ MTS, TYPE, MESSAGE_ID, null, DATA, CODE, STATUS, TEXT ] (handleErrors has thrown
        # for STATUS ERROR or FAILURE): DATA, a list; anything else is no answer the docs describe.
        data = self.safe_list(response, 4)
        if data is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent a notification without its data: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return data

    def notification_order(self, response, market):
        # The order of a notification (DATA itself, or DATA's first element for order/submit), with its id.
        data = self.notification_data(response)
        if js.is_array(self.safe_value(data, 0)):
            data = js.get(data, 0)
        if self.safe_string(data, 0) is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent a notification without the order: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.parse_order(data, market)

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
        # auth/w/order/submit { type, symbol, amount (negative: a sell), price, price_aux_limit, flags, cid }
        # answers a notification with [ order ]. Unified params: postOnly is the flag 4096; timeInForce IOC
        # and FOK are the types EXCHANGE IOC and EXCHANGE FOK; triggerPrice or stopLossPrice make an
        # EXCHANGE STOP (market) or EXCHANGE STOP LIMIT with the trigger as price and the limit price as
        # price_aux_limit; clientOrderId is cid, an integer. No spot order takes a take-profit trigger, a
        # reduce-only flag (there is no position) or a size in the quote currency: NotSupported.
        await self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params("createOrder", unified, ["takeProfitPrice", "reduceOnly", "cost"])
        if (not (type_ == "limit")) and (not (type_ == "market")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () type must be limit or market, not "
                    + js.to_str(type_)
                )
            )
        if (type_ == "limit") and (price is None):
            raise ArgumentsRequired(
                js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
            )
        time_in_force = js.get(unified, "timeInForce")
        trigger = js.get(unified, "trigger")
        order_type = js.upper(type_)
        if trigger is not None:
            if (time_in_force == "IOC") or (time_in_force == "FOK"):
                raise InvalidOrder(
                    js.bounded_text(
                        js.bounded_text(js.to_str(self.id) + " createOrder () ")
                        + js.to_str(js.get(unified, "triggerKind"))
                        + " cannot be combined with timeInForce "
                        + js.to_str(time_in_force)
                    )
                )
            order_type = "STOP LIMIT" if (type_ == "limit") else "STOP"
        elif (time_in_force == "IOC") or (time_in_force == "FOK"):
            if not (type_ == "limit"):
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () timeInForce "
                        + js.to_str(time_in_force)
                        + " applies to limit orders only"
                    )
                )
            order_type = time_in_force
        signed = self.amount_to_precision(symbol, amount)
        if side == "sell":
            signed = Precise.string_neg(signed)
        elif not (side == "buy"):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id) + " createOrder () side must be buy or sell, not " + js.to_str(side)
                )
            )
        request = {
            "type": js.bounded_text("EXCHANGE " + js.to_str(order_type)),
            "symbol": js.get(market, "id"),
            "amount": signed,
        }
        if trigger is not None:
            request["price"] = self.price_to_precision(symbol, trigger)
            if type_ == "limit":
                request["price_aux_limit"] = self.price_to_precision(symbol, price)
        elif type_ == "limit":
            request["price"] = self.price_to_precision(symbol, price)
        if js.truthy(js.get(unified, "postOnly")):
            request["flags"] = 4096
        client_order_id = js.get(unified, "clientOrderId")
        if client_order_id is not None:
            cid = self.integer_of(client_order_id)
            if (
                (cid is None)
                or (not js.strict_equal(self.number_to_string(cid), client_order_id))
                or js.less(cid, 0)
            ):
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () clientOrderId must be a whole number (Bitfinex's cid), not "
                        + js.to_str(client_order_id)
                    )
                )
            request["cid"] = cid
        response = await self.private_post_auth_w_order_submit(self.extend(request, rest))
        return self.notification_order(response, market)

    async def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # auth/w/order/cancel { id } answers a notification with the order.
        await self.load_markets()
        order_id = self.integer_of(id_)
        if order_id is None:
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id) + " cancelOrder () takes a numeric order id, not " + js.to_str(id_)
                )
            )
        response = await self.private_post_auth_w_order_cancel(self.extend({"id": order_id}, params))
        market = None if (symbol is None) else self.market(symbol)
        return self.notification_order(response, market)

    async def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # auth/w/order/cancel/multi { all: 1 } (every order), or { id: [ ... ] } with the ids of the symbol's
        # open orders; it answers a notification with the orders.
        await self.load_markets()
        request = {"all": 1}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            open_ = await self.fetch_open_orders(symbol)
            if js.strict_equal(js.length(open_), 0):
                return []
            ids = []
            i = 0
            while True:
                if not js.less(i, js.length(open_)):
                    break
                ids.append(self.integer_of(js.get(js.get(open_, i), "id")))
                i += 1
            request = {"id": ids}
        response = await self.private_post_auth_w_order_cancel_multi(self.extend(request, params))
        return self.parse_orders(self.array_entries(self.notification_data(response)), market)

    async def fetch_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # auth/r/orders { id: [ id ] } (open), then auth/r/orders/hist { id: [ id ] } (closed or canceled).
        await self.load_markets()
        order_id = self.integer_of(id_)
        if order_id is None:
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id) + " fetchOrder () takes a numeric order id, not " + js.to_str(id_)
                )
            )
        request = self.extend({"id": [order_id]}, params)
        market = None if (symbol is None) else self.market(symbol)
        orders = self.array_entries(await self.private_post_auth_r_orders(request))
        if js.strict_equal(js.length(orders), 0):
            orders = self.array_entries(await self.private_post_auth_r_orders_hist(request))
        if js.strict_equal(js.length(orders), 0):
            raise OrderNotFound(
                js.bounded_text(js.to_str(self.id) + " fetchOrder () found no order " + js.to_str(id_))
            )
        return self.parse_order(js.get(orders, 0), market)

    async def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # auth/r/orders, or auth/r/orders/{symbol}.
        await self.load_markets()
        response = None
        market = None
        if symbol is None:
            response = await self.private_post_auth_r_orders(params)
        else:
            market = self.market(symbol)
            response = await self.private_post_auth_r_orders_symbol(
                self.extend({"symbol": js.get(market, "id")}, params)
            )
        return self.parse_orders(self.array_entries(response), market, since, limit)

    async def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # auth/r/orders/hist or auth/r/orders/{symbol}/hist { start, end, limit }: closed and canceled
        # orders (of the last two weeks).
        await self.load_markets()
        request = self.time_range_body(since, limit, params)
        response = None
        market = None
        if symbol is None:
            response = await self.private_post_auth_r_orders_hist(request)
        else:
            market = self.market(symbol)
            response = await self.private_post_auth_r_orders_symbol_hist(
                self.extend({"symbol": js.get(market, "id")}, request)
            )
        return self.parse_orders(self.array_entries(response), market, since, limit)

    def time_range_body(self, since, limit, params):
        # start, end (the unified until) and limit of an authenticated history, which takes no sort.
        request = {}
        if since is not None:
            request["start"] = since
        until = self.safe_integer(params, "until")
        if until is not None:
            request["end"] = until
        if limit is not None:
            request["limit"] = limit
        return self.extend(request, self.omit(params, "until"))

    async def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # auth/r/trades/hist or auth/r/trades/{symbol}/hist { start, end, limit }.
        await self.load_markets()
        request = self.time_range_body(since, limit, params)
        response = None
        market = None
        if symbol is None:
            response = await self.private_post_auth_r_trades_hist(request)
        else:
            market = self.market(symbol)
            response = await self.private_post_auth_r_trades_symbol_hist(
                self.extend({"symbol": js.get(market, "id")}, request)
            )
        return self.parse_trades(self.array_entries(response), market, since, limit)

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
        # auth/r/order/{symbol}:{id}/trades: the trades of one order, which the path names with its symbol.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(js.to_str(self.id) + " fetchOrderTrades () requires a symbol argument")
            )
        await self.load_markets()
        market = self.market(symbol)
        response = await self.private_post_auth_r_order_symbol_id_trades(
            self.extend({"symbol": js.get(market, "id"), "id": id_}, params)
        )
        return self.parse_trades(self.array_entries(response), market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # movements: [ ID, CURRENCY, CURRENCY_NAME, _, _, MTS_STARTED, MTS_UPDATED, _, _, STATUS, _, _,
        #   AMOUNT (negative: a withdrawal), FEES, _, _, DESTINATION_ADDRESS, PAYMENT_ID, _, _, TRANSACTION_ID ]
        code = self.safe_currency_code(self.safe_string(transaction, 1), currency)
        amount = self.safe_string(transaction, 12)
        type_ = None
        if amount is not None:
            type_ = "withdrawal" if Precise.string_lt(amount, "0") else "deposit"
        fee = None
        fee_cost = self.safe_string(transaction, 13)
        if fee_cost is not None:
            fee = {"cost": Precise.string_abs(fee_cost), "currency": code}
        status = self.safe_string(transaction, 9)
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, 0),
                "txid": self.safe_string(transaction, 20),
                "timestamp": self.safe_integer(transaction, 5),
                "updated": self.safe_integer(transaction, 6),
                "address": self.safe_string(transaction, 16),
                "tag": self.safe_string(transaction, 17),
                "type": type_,
                "amount": None if (amount is None) else Precise.string_abs(amount),
                "currency": code,
                "status": self.safe_string(js.get(self.options, "transactionStatuses"), status, status),
                "fee": fee,
                "info": transaction,
            },
            currency,
        )

    async def fetch_movements(self, type_, code, since, limit, params):
        # auth/r/movements/hist (every currency) or auth/r/movements/{currency}/hist { start, end, limit }:
        # deposits and withdrawals together, told apart by the sign of the amount.
        await self.load_markets()
        request = self.time_range_body(since, limit, params)
        currency = None
        response = None
        if code is None:
            response = await self.private_post_auth_r_movements_hist(request)
        else:
            currency = self.currency(code)
            response = await self.private_post_auth_r_movements_currency_hist(
                self.extend({"currency": js.get(currency, "id")}, request)
            )
        transactions = self.parse_transactions(self.array_entries(response), currency, since)
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
        return await self.fetch_movements("deposit", code, since, limit, params)

    async def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return await self.fetch_movements("withdrawal", code, since, limit, params)

    def transfer_method(self, code, params):
        # The deposit or withdrawal method: that of the unified network params['network']
        # (options['networkMethods']), else params['method'], else the currency's own (options['methods']).
        given = self.safe_string(params, "method")
        network = self.safe_string_upper(params, "network")
        if network is None:
            if given is not None:
                return given
            own = self.safe_string(js.get(self.options, "methods"), code)
            if own is None:
                raise NotSupported(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " knows no deposit or withdrawal method for "
                        + js.to_str(code)
                        + ': pass params["method"] or a unified network'
                    )
                )
            return own
        method = self.safe_string(self.safe_dict(js.get(self.options, "networkMethods"), code, {}), network)
        if method is None:
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " knows no "
                    + js.to_str(code)
                    + " method on the unified network "
                    + js.to_str(network)
                )
            )
        if (given is not None) and (not js.strict_equal(given, method)):
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " the method "
                    + js.to_str(given)
                    + " is not the "
                    + js.to_str(code)
                    + " method on the unified network "
                    + js.to_str(network)
                )
            )
        return method

    def method_network(self, code, method):
        # The unified network of a currency's method (options['networkMethods']), else undefined.
        by_network = self.safe_dict(js.get(self.options, "networkMethods"), code, {})
        networks = js.keys(by_network)
        i = 0
        while True:
            if not (i < len(networks)):
                break
            if js.strict_equal(self.safe_string(by_network, networks[i]), method):
                return networks[i]
            i += 1
        return None

    async def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        return await self.deposit_address(code, 0, params)

    async def create_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        return await self.deposit_address(code, 1, params)

    async def deposit_address(self, code, renew, params):
        # auth/w/deposit/address { wallet, method, op_renew } answers a notification with [ _, METHOD,
        # CURRENCY_CODE, _, ADDRESS, POOL_ADDRESS ]; for a currency with a memo, ADDRESS is the memo and
        # POOL_ADDRESS the address.
        await self.load_markets()
        currency = self.currency(code)
        method = self.transfer_method(js.get(currency, "code"), params)
        request = {"wallet": js.get(self.options, "wallet"), "method": method, "op_renew": renew}
        response = await self.private_post_auth_w_deposit_address(
            self.extend(request, self.omit(params, ["method", "network"]))
        )
        data = self.notification_data(response)
        address = self.safe_string(data, 4)
        tag = None
        pool = self.safe_string(data, 5)
        if pool is not None:
            tag = address
            address = pool
        if address is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent no deposit address: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return {
            "currency": js.get(currency, "code"),
            "address": address,
            "tag": tag,
            "network": self.method_network(js.get(currency, "code"), method),
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
        # auth/w/withdraw { wallet, method, amount, address, payment_id (the tag) } answers a notification with
        # [ WITHDRAWAL_ID, _, METHOD, PAYMENT_ID, WALLET, AMOUNT, _, _, WITHDRAWAL_FEE ].
        await self.load_markets()
        currency = self.currency(code)
        method = self.transfer_method(js.get(currency, "code"), params)
        request = {
            "wallet": js.get(self.options, "wallet"),
            "method": method,
            "amount": self.number_to_string(amount),
            "address": address,
        }
        if tag is not None:
            request["payment_id"] = tag
        response = await self.private_post_auth_w_withdraw(
            self.extend(request, self.omit(params, ["method", "network"]))
        )
        data = self.notification_data(response)
        fee = None
        fee_cost = self.safe_string(data, 8)
        if fee_cost is not None:
            fee = {"cost": Precise.string_abs(fee_cost), "currency": js.get(currency, "code")}
        withdrawn = self.safe_string(data, 5, js.get(request, "amount"))
        return self.safe_transaction(
            {
                "id": self.safe_string(data, 0),
                "type": "withdrawal",
                "address": address,
                "tag": tag,
                "network": self.method_network(js.get(currency, "code"), method),
                "amount": Precise.string_abs(withdrawn),
                "currency": js.get(currency, "code"),
                "status": "pending",
                "fee": fee,
                "info": response,
            },
            currency,
        )

    # --- transport -----------------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        request = js.bounded_text(
            js.bounded_text(js.to_str(self.version) + "/") + js.to_str(self.implode_params(path, params))
        )
        query = self.omit(params, self.extract_params(path))
        url = js.bounded_text(js.to_str(self.safe_string(js.get(self.urls, "api"), api)) + "/" + request)
        if api == "public":
            if len(js.keys(query)) > 0:
                url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(query)))
            return {"url": url, "method": method, "body": body, "headers": headers}
        # Every parameter goes in the JSON body; bfx-signature is the hex HMAC-SHA384 of '/api/' + the
        # path ('v2/auth/r/wallets') + the nonce + the body (docs: Authenticated Endpoints).
        self.check_required_credentials()
        nonce = self.number_to_string(self.nonce())
        body = (
            self.json(query) if (len(js.keys(query)) > 0) else "{}"
        )  # (PHP writes an empty dictionary as [])
        payload = js.bounded_text("/api/" + request + js.to_str(nonce) + js.to_str(body))
        headers = {
            "bfx-nonce": nonce,
            "bfx-apikey": self.apiKey,
            "bfx-signature": self.hmac(self.encode(payload), self.encode(self.secret), "sha384"),
            "Content-Type": "application/json",
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
        # [ "error", code, "text" ]; { "error": "ERR_RATE_LIMIT" } (or { "message": ... }); a notification
        # [ MTS, TYPE, MESSAGE_ID, null, DATA, CODE, STATUS, TEXT ] whose STATUS is ERROR or FAILURE.
        if response is None:
            return
        code = None
        message = None
        if js.is_array(response):
            first = self.safe_value(response, 0)
            notification_status = self.safe_value(response, 6)
            if first == "error":
                code = self.safe_string(response, 1)
                message = self.safe_string(response, 2, "")
            elif (notification_status == "ERROR") or (notification_status == "FAILURE"):
                code = self.safe_string(response, 5)
                message = self.safe_string(response, 7, "")
            else:
                return
        elif js.typeof(response) == "object":
            message = self.safe_string2(response, "error", "message")
            if message is None:
                return
        else:
            return
        feedback = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " ")
            + ("" if (code is None) else js.bounded_text(js.to_str(code) + " "))
            + js.to_str(message)
        )
        self.throw_broadly_matched_exception(js.get(self.exceptions, "broad"), message, feedback)
        if code is not None:
            self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), message, feedback)
        raise ExchangeError(feedback)
