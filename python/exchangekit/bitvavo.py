# Generated from js/bitvavo.js by exkit: do not edit. Change the source and run `python build.py`.
from typing import Any

from exchangekit.base.exchange import Exchange
from exchangekit.base.errors import (
    AccountSuspended,
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
    BadSymbol,
    DuplicateOrderId,
    ExchangeError,
    ExchangeNotAvailable,
    InsufficientFunds,
    InvalidAddress,
    InvalidNonce,
    InvalidOrder,
    NotSupported,
    OrderNotFound,
    PermissionDenied,
    RateLimitExceeded,
)
from exchangekit.base.number import DECIMAL_PLACES, ROUND, SIGNIFICANT_DIGITS, TICK_SIZE, TRUNCATE
from exchangekit.base import js
from exchangekit.base.method_names import MethodAlias
from exchangekit.base.types import (
    Balances,
    Currency,
    DepositAddress,
    DepositWithdrawFee,
    LedgerEntry,
    Market,
    OHLCV,
    Order,
    OrderBook,
    Ticker,
    Trade,
    TradingFee,
    Transaction,
)


class bitvavo(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "bitvavo",
                "name": "Bitvavo",
                "countries": ["NL"],
                "version": "v2",
                "rateLimit": 60,
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
                    "editOrder": True,
                    "fetchOrder": True,
                    "fetchOrders": True,
                    "fetchOpenOrders": True,
                    "fetchClosedOrders": False,
                    "fetchMyTrades": True,
                    "fetchDeposits": True,
                    "fetchWithdrawals": True,
                    "fetchTransactions": False,
                    "fetchLedger": True,
                    "fetchDepositAddress": True,
                    "withdraw": True,
                    "fetchTime": True,
                    "fetchStatus": False,
                    "fetchTradingFees": True,
                    "cancelAllOrders": True,
                    "fetchOrderTrades": True,
                    "fetchTradingFee": True,
                    "fetchDepositAddresses": False,
                    "createDepositAddress": False,
                    "fetchDepositWithdrawFees": True,
                    "transfer": False,
                    "createMarketBuyOrderWithCost": True,
                },
                "urls": {
                    "logo": "https://bitvavo.com/favicon.ico",
                    "api": "https://api.bitvavo.com/v2",
                    "www": "https://bitvavo.com",
                    "doc": "https://docs.bitvavo.com/",
                    "fees": "https://bitvavo.com/en/fees",
                },
                "api": {
                    "public": {
                        "get": {
                            "time": 1,
                            "markets": 1,
                            "assets": 1,
                            "{market}/book": 1,
                            "{market}/trades": 5,
                            "{market}/candles": 1,
                            "ticker/price": 1,
                            "ticker/book": 1,
                            "ticker/24h": 25,
                        }
                    },
                    "private": {
                        "get": {
                            "account": 1,
                            "account/fees": 1,
                            "account/history": 1,
                            "order": 1,
                            "orders": 5,
                            "ordersOpen": 25,
                            "trades": 5,
                            "balance": 5,
                            "deposit": 1,
                            "depositHistory": 5,
                            "withdrawalHistory": 5,
                        },
                        "post": {"order": 1, "withdrawal": 1, "crypto/withdrawal": 25},
                        "put": {"order": 1},
                        "delete": {"order": 1, "orders": 1},
                    },
                },
                "timeframes": {
                    "1m": "1m",
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
                    "1w": "1W",
                    "1M": "1M",
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": True, "percentage": True, "taker": 0.0025, "maker": 0.002}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "sameNameParams": ["clientOrderId", "postOnly"],
                    "operatorId": None,
                    "accessWindow": 10000,
                    "networks": {
                        "ERC20": "ETH",
                        "TRC20": "TRX",
                        "BEP20": "BSC",
                        "SOL": "SOL",
                        "POLYGON": "MATIC",
                        "ARBITRUM": "ARB",
                        "OPTIMISM": "OP",
                        "BASE": "BASE",
                    },
                    "orderStatuses": {
                        "new": "open",
                        "awaitingTrigger": "open",
                        "partiallyFilled": "open",
                        "filled": "closed",
                        "canceled": "canceled",
                        "canceledAuction": "canceled",
                        "canceledSelfTradePrevention": "canceled",
                        "canceledIOC": "canceled",
                        "canceledFOK": "canceled",
                        "canceledMarketProtection": "canceled",
                        "canceledPostOnly": "canceled",
                        "expired": "expired",
                        "rejected": "rejected",
                    },
                    "ledgerTypes": {
                        "buy": "trade",
                        "sell": "trade",
                        "deposit": "transaction",
                        "withdrawal": "transaction",
                        "withdrawal_cancelled": "transaction",
                        "staking": "staking",
                        "fixed_staking": "staking",
                        "rebate": "rebate",
                        "affiliate": "referral",
                        "distribution": "airdrop",
                        "internal_transfer": "transfer",
                        "external_transferred_funds": "transfer",
                    },
                    "transactionStatuses": {
                        "awaiting_processing": "pending",
                        "awaiting_email_confirmation": "pending",
                        "awaiting_bitvavo_inspection": "pending",
                        "approved": "pending",
                        "sending": "pending",
                        "in_mempool": "pending",
                        "processed": "pending",
                        "completed": "ok",
                        "canceled": "canceled",
                    },
                },
                "exceptions": {
                    "exact": {
                        "101": ExchangeError,
                        "102": BadRequest,
                        "103": RateLimitExceeded,
                        "104": RateLimitExceeded,
                        "105": RateLimitExceeded,
                        "107": ExchangeNotAvailable,
                        "108": ExchangeNotAvailable,
                        "109": ExchangeNotAvailable,
                        "110": BadRequest,
                        "200": BadRequest,
                        "201": BadRequest,
                        "202": BadRequest,
                        "203": BadRequest,
                        "204": BadRequest,
                        "205": BadRequest,
                        "206": BadRequest,
                        "210": InvalidOrder,
                        "211": InvalidOrder,
                        "212": InvalidOrder,
                        "213": InvalidOrder,
                        "214": InvalidOrder,
                        "215": InvalidOrder,
                        "216": InsufficientFunds,
                        "217": InvalidOrder,
                        "218": InvalidOrder,
                        "219": BadSymbol,
                        "220": DuplicateOrderId,
                        "231": InvalidOrder,
                        "232": InvalidOrder,
                        "233": OrderNotFound,
                        "234": InvalidOrder,
                        "235": InvalidOrder,
                        "236": InvalidOrder,
                        "237": InvalidOrder,
                        "238": InvalidOrder,
                        "239": InvalidOrder,
                        "240": OrderNotFound,
                        "300": AuthenticationError,
                        "301": AuthenticationError,
                        "302": InvalidNonce,
                        "303": InvalidNonce,
                        "304": InvalidNonce,
                        "305": AuthenticationError,
                        "306": AuthenticationError,
                        "307": PermissionDenied,
                        "308": AuthenticationError,
                        "309": AuthenticationError,
                        "310": PermissionDenied,
                        "311": PermissionDenied,
                        "312": PermissionDenied,
                        "317": AccountSuspended,
                        "400": ExchangeError,
                        "401": PermissionDenied,
                        "402": PermissionDenied,
                        "403": PermissionDenied,
                        "404": ExchangeNotAvailable,
                        "405": PermissionDenied,
                        "406": BadRequest,
                        "407": BadRequest,
                        "408": InvalidAddress,
                        "409": InvalidAddress,
                        "410": PermissionDenied,
                        "411": BadRequest,
                        "412": InvalidAddress,
                        "413": InvalidAddress,
                        "414": PermissionDenied,
                    },
                    "broad": {},
                },
            },
        )

    # --- precision -----------------------------------------------------------------------------------
    def price_to_precision(self, symbol, price):
        # A market without tickSize (before API release 2.12.0) counts prices in pricePrecision significant
        # digits, which the one precisionMode of the base class cannot express beside tick sizes.
        market = self.market(symbol)
        if js.get(js.get(market, "precision"), "price") is not None:
            return super().price_to_precision(symbol, price)
        digits = self.safe_integer(js.get(market, "info"), "pricePrecision")
        if digits is None:
            return self.number_to_string(price)
        return self.decimal_to_precision(price, ROUND, digits, SIGNIFICANT_DIGITS, self.paddingMode)

    def cost_to_precision(self, symbol, cost):
        # amountQuote has notionalDecimals decimals (the base class would use the price's tick).
        market = self.market(symbol)
        decimals = self.safe_integer(js.get(market, "info"), "notionalDecimals")
        if decimals is None:
            return self.number_to_string(cost)
        return self.decimal_to_precision(cost, TRUNCATE, decimals, DECIMAL_PLACES, self.paddingMode)

    # --- markets and currencies ----------------------------------------------------------------------
    def fetch_time(self, params: dict[str, Any] | None = None) -> int | None:
        if params is None:
            params = {}
        # time: { time (ms), timeNs }.
        response = self.public_get_time(params)
        return self.safe_integer(response, "time")

    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # markets: [ { market: 'BTC-EUR', status: 'trading' (or 'halted', 'auction'), base, quote, tickSize,
        # pricePrecision (significant digits; null since release 2.12.0), minOrderInBaseAsset, minOrderInQuoteAsset,
        # maxOrderInBaseAsset, maxOrderInQuoteAsset, quantityDecimals, notionalDecimals, orderTypes, ... } ].
        response = self.public_get_markets(params)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            result.append(self.parse_market(js.get(response, i)))
            i += 1
        return result

    def parse_market(self, entry):
        base_id = self.safe_string(entry, "base")
        quote_id = self.safe_string(entry, "quote")
        base = self.safe_currency_code(base_id)
        quote = self.safe_currency_code(quote_id)
        return self.market_structure(
            id=self.safe_string(entry, "market"),
            symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
            base=base,
            quote=quote,
            baseId=base_id,
            quoteId=quote_id,
            active=self.safe_string(entry, "status") == "trading",
            type="spot",
            spot=True,
            taker=js.get(js.get(self.fees, "trading"), "taker"),
            maker=js.get(js.get(self.fees, "trading"), "maker"),
            precision={
                "amount": self.parse_number(
                    self.parse_precision(self.safe_string(entry, "quantityDecimals"))
                ),
                "price": self.safe_number(entry, "tickSize"),
            },
            limits={
                "amount": {
                    "min": self.safe_number(entry, "minOrderInBaseAsset"),
                    "max": self.safe_number(entry, "maxOrderInBaseAsset"),
                },
                "price": {"min": None, "max": None},
                "cost": {
                    "min": self.safe_number(entry, "minOrderInQuoteAsset"),
                    "max": self.safe_number(entry, "maxOrderInQuoteAsset"),
                },
            },
            info=entry,
        )

    def network_code_of(self, network_id, code):
        # 'Mainnet' is the asset's own chain (BTC's is BTC); other names through options['networks'].
        if network_id == "Mainnet":
            return code
        return self.network_code(network_id)

    def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # assets: [ { symbol, name, decimals, depositFee, depositConfirmations, depositStatus: 'OK',
        # 'MAINTENANCE' or 'DELISTED', withdrawalFee, withdrawalMinAmount, withdrawalStatus, networks: [ 'Mainnet' ],
        # message } ]. The fees and limits are the asset's, so its network's when it has one.
        response = self.public_get_assets(params)
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            id_ = self.safe_string(entry, "symbol")
            code = self.safe_currency_code(id_)
            deposit = self.safe_string(entry, "depositStatus") == "OK"
            withdraw = self.safe_string(entry, "withdrawalStatus") == "OK"
            fee = self.safe_number(entry, "withdrawalFee")
            precision = self.parse_number(self.parse_precision(self.safe_string(entry, "decimals")))
            limits = {"withdraw": {"min": self.safe_number(entry, "withdrawalMinAmount"), "max": None}}
            network_ids = self.safe_list(entry, "networks", [])
            networks = {}
            j = 0
            while True:
                if not (j < len(network_ids)):
                    break
                network_code = self.network_code_of(js.get(network_ids, j), code)
                js.set_(
                    networks,
                    network_code,
                    {
                        "id": js.get(network_ids, j),
                        "network": network_code,
                        "active": deposit and withdraw,
                        "deposit": deposit,
                        "withdraw": withdraw,
                        "fee": fee if (len(network_ids) == 1) else None,
                        "precision": precision,
                        "limits": limits,
                    },
                )
                j += 1
            js.set_(
                result,
                code,
                {
                    "id": id_,
                    "code": code,
                    "name": self.safe_string(entry, "name"),
                    "active": deposit and withdraw,
                    "deposit": deposit,
                    "withdraw": withdraw,
                    "fee": fee,
                    "precision": precision,
                    "limits": limits,
                    "networks": networks,
                    "info": entry,
                },
            )
            i += 1
        return result

    def fetch_deposit_withdraw_fees(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, DepositWithdrawFee]:
        if params is None:
            params = {}
        currencies = self.fetch_currencies(params)
        return self.deposit_withdraw_fees_from_currencies(currencies, codes)

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # ticker/24h: { market, startTimestamp, timestamp, open, openTimestamp, high, low, last,
        # closeTimestamp, bid, bidSize, ask, askSize, volume (base), volumeQuote }.
        market = self.safe_market(self.safe_string(ticker, "market"), market, "-")
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer(ticker, "timestamp"),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            bid=self.safe_string(ticker, "bid"),
            bid_volume=self.safe_string(ticker, "bidSize"),
            ask=self.safe_string(ticker, "ask"),
            ask_volume=self.safe_string(ticker, "askSize"),
            open_=self.safe_string(ticker, "open"),
            last=self.safe_string(ticker, "last"),
            base_volume=self.safe_string(ticker, "volume"),
            quote_volume=self.safe_string(ticker, "volumeQuote"),
            info=ticker,
            market=market,
        )

    def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        # ticker/24h?market= answers with one object.
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_ticker24h(self.extend({"market": js.get(market, "id")}, params))
        return self.parse_ticker(response, market)

    def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # ticker/24h without a market: every market's.
        self.load_markets()
        response = self.public_get_ticker24h(params)
        return self.parse_tickers(response, symbols)

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # {market}/book?depth: { market, nonce, bids: [ [ price, size ] ], asks, timestamp }.
        self.load_markets()
        market = self.market(symbol)
        request = {"market": js.get(market, "id")}
        if limit is not None:
            request["depth"] = limit
        response = self.public_get_market_book(self.extend(request, params))
        book = self.parse_order_book(
            response, js.get(market, "symbol"), self.safe_integer(response, "timestamp")
        )
        js.set_(book, "nonce", self.safe_integer(response, "nonce"))
        return book

    def parse_ohlcv(self, ohlcv, market=None):
        # [ timestamp (ms), open, high, low, close, volume ].
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
        # {market}/candles?interval&limit&start&end, newest first (parseOHLCVs puts them oldest first).
        self.load_markets()
        market = self.market(symbol)
        interval = self.safe_string(self.timeframes, timeframe)
        if interval is None:
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
        request = self.time_range(
            {"market": js.get(market, "id"), "interval": interval}, since, limit, params
        )
        response = self.public_get_market_candles(self.extend(request, self.omit(params, "until")))
        return self.parse_ohlcvs(response, market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def time_range(self, request, since, limit, params):
        # start, end (the unified until) and limit: the paging params the history endpoints share.
        if limit is not None:
            js.set_(request, "limit", limit)
        if since is not None:
            js.set_(request, "start", since)
        until = self.safe_integer(params, "until")
        if until is not None:
            js.set_(request, "end", until)
        return request

    def parse_trade(self, trade, market=None):
        # Public trades: { id, timestamp, amount, price, side } with the taker's side. The account's trades:
        # { id, orderId, clientOrderId, timestamp, market, side, amount, price, taker, fee, feeCurrency,
        # settled }; an order's fills are the same without market and side.
        market = self.safe_market(self.safe_string(trade, "market"), market, "-")
        taker_or_maker = None
        taker = self.safe_bool(trade, "taker")
        if taker is not None:
            taker_or_maker = "taker" if taker else "maker"
        fee = None
        fee_cost = self.safe_string(trade, "fee")
        if fee_cost is not None:
            fee = {
                "cost": fee_cost,
                "currency": self.safe_currency_code(self.safe_string(trade, "feeCurrency")),
            }
        return self.trade_structure(
            identifier=self.safe_string(trade, "id"),
            order=self.safe_string(trade, "orderId"),
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer(trade, "timestamp"),
            side=self.safe_string(trade, "side"),
            taker_or_maker=taker_or_maker,
            price=self.safe_string(trade, "price"),
            amount=self.safe_string(trade, "amount"),
            fee=fee,
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
        # {market}/trades?limit&start&end.
        self.load_markets()
        market = self.market(symbol)
        request = self.time_range({"market": js.get(market, "id")}, since, limit, params)
        response = self.public_get_market_trades(self.extend(request, self.omit(params, "until")))
        return self.parse_trades(response, market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # balance: [ { symbol, available, inOrder } ].
        self.load_markets()
        response = self.private_get_balance(params)
        result = {"info": response}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            account = self.account()
            js.set_(account, "free", self.safe_string(entry, "available"))
            js.set_(account, "used", self.safe_string(entry, "inOrder"))
            js.set_(result, self.safe_currency_code(self.safe_string(entry, "symbol")), account)
            i += 1
        return self.safe_balance(result)

    def fetch_trading_fees(self, params: dict[str, Any] | None = None) -> dict[str, TradingFee]:
        if params is None:
            params = {}
        # account: { fees: { tier, volume, maker, taker } }: the account's rates (fractions) for every market.
        self.load_markets()
        response = self.private_get_account(params)
        fees = self.safe_dict(response, "fees", {})
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(self.symbols)):
                break
            symbol = js.get(self.symbols, i)
            js.set_(
                result,
                symbol,
                {
                    "symbol": symbol,
                    "maker": self.safe_number(fees, "maker"),
                    "taker": self.safe_number(fees, "taker"),
                    "info": response,
                },
            )
            i += 1
        return result

    def fetch_trading_fee(self, symbol: str, params: dict[str, Any] | None = None) -> TradingFee:
        if params is None:
            params = {}
        # account/fees?market: { tier, volume, maker, taker }, the rates of the market's fee category.
        self.load_markets()
        market = self.market(symbol)
        response = self.private_get_account_fees(self.extend({"market": js.get(market, "id")}, params))
        return {
            "symbol": js.get(market, "symbol"),
            "maker": self.safe_number(response, "maker"),
            "taker": self.safe_number(response, "taker"),
            "info": response,
        }

    def ledger_legs(self, item):
        # One account/history transaction moves up to two currencies: what was sent leaves the account (out),
        # what was received enters it (in). Each leg is one ledger entry; the fee goes with the leg in its
        # currency (with the first leg when neither is).
        legs = []
        sent_currency = self.safe_string(item, "sentCurrency")
        sent_amount = self.safe_string(item, "sentAmount")
        if (sent_currency is not None) and (sent_amount is not None):
            legs.append(["out", sent_currency, sent_amount])
        received_currency = self.safe_string(item, "receivedCurrency")
        received_amount = self.safe_string(item, "receivedAmount")
        if (received_currency is not None) and (received_amount is not None):
            legs.append(["in", received_currency, received_amount])
        return legs

    def parse_ledger_entry(self, item, currency=None):
        # An account/history item with its leg: { transactionId, executedAt (ISO 8601), type, priceCurrency,
        # priceAmount, sentCurrency, sentAmount, receivedCurrency, receivedAmount, feesCurrency, feesAmount,
        # address, leg: [ direction, currency, amount ] }.
        leg = self.safe_list(item, "leg", [])
        code = self.safe_currency_code(self.safe_string(leg, 1), currency)
        fee = None
        if self.safe_bool(item, "withFee", False):
            fee_cost = self.safe_string(item, "feesAmount")
            if fee_cost is not None:
                fee = {
                    "cost": fee_cost,
                    "currency": self.safe_currency_code(self.safe_string(item, "feesCurrency")),
                }
        type_ = self.safe_string(item, "type")
        info = self.omit(item, ["leg", "withFee"])
        return self.safe_ledger_entry(
            {
                "id": self.safe_string(item, "transactionId"),
                "timestamp": self.parse8601(self.safe_string(item, "executedAt")),
                "direction": self.safe_string(leg, 0),
                "referenceId": self.safe_string(item, "transactionId"),
                "type": self.safe_string(js.get(self.options, "ledgerTypes"), type_, type_),
                "currency": code,
                "amount": self.safe_string(leg, 2),
                "status": "ok",
                "fee": fee,
                "info": info,
            },
            currency,
        )

    def fetch_ledger(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[LedgerEntry]:
        if params is None:
            params = {}
        # account/history?fromDate&toDate (until)&maxItems (at most 100): { items, currentPage, totalPages,
        # maxItems }, one page. The endpoint takes no currency: code filters the entries.
        self.load_markets()
        currency = None if (code is None) else self.currency(code)
        request = {}
        if since is not None:
            request["fromDate"] = since
        until = self.safe_integer(params, "until")
        if until is not None:
            request["toDate"] = until
        if limit is not None:
            request["maxItems"] = js.min_(limit, 100)
        response = self.private_get_account_history(self.extend(request, self.omit(params, "until")))
        items = self.safe_list(response, "items", [])
        entries = []
        i = 0
        while True:
            if not (i < len(items)):
                break
            legs = self.ledger_legs(js.get(items, i))
            fee_currency = self.safe_string(js.get(items, i), "feesCurrency")
            fee_leg = 0
            j = 0
            while True:
                if not js.less(j, js.length(legs)):
                    break
                if js.strict_equal(js.get(js.get(legs, j), 1), fee_currency):
                    fee_leg = j
                j += 1
            j = 0
            while True:
                if not js.less(j, js.length(legs)):
                    break
                entries.append(
                    self.extend(js.get(items, i), {"leg": js.get(legs, j), "withFee": j == fee_leg})
                )
                j += 1
            i += 1
        return self.parse_ledger(entries, currency, since, limit)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order_type(self, order_type):
        # [ unified type, trigger field ]: stop orders are market or limit orders with a trigger.
        types = {
            "market": ["market", None],
            "limit": ["limit", None],
            "stopLoss": ["market", "stopLossPrice"],
            "stopLossLimit": ["limit", "stopLossPrice"],
            "takeProfit": ["market", "takeProfitPrice"],
            "takeProfitLimit": ["limit", "takeProfitPrice"],
        }
        return self.safe_value(types, order_type, [None, None])

    def parse_order(self, order, market=None):
        # { orderId, clientOrderId, market, created, updated, status, side, orderType, amount, amountRemaining,
        # price, amountQuote, amountQuoteRemaining, onHold, onHoldCurrency, triggerPrice, triggerAmount,
        # triggerType, triggerReference, filledAmount, filledAmountQuote, feePaid, feeCurrency, fills: [ ... ],
        # selfTradePrevention, visible, timeInForce, postOnly }.
        market = self.safe_market(self.safe_string(order, "market"), market, "-")
        (
            type_,
            trigger_field,
        ) = js.destructure(self.parse_order_type(self.safe_string(order, "orderType")), 2)
        trigger_price = self.safe_string2(order, "triggerPrice", "triggerAmount")
        status = self.safe_string(order, "status")
        # A post-only order is the unified timeInForce PO (Bitvavo reports it as timeInForce GTC with postOnly
        # true), as the other exchanges' post-only orders are.
        post_only = self.safe_bool(order, "postOnly")
        fee = None
        fee_cost = self.safe_string(order, "feePaid")
        if fee_cost is not None:
            fee = {
                "cost": fee_cost,
                "currency": self.safe_currency_code(self.safe_string(order, "feeCurrency")),
            }
        fills = self.safe_list(order, "fills", [])
        trades = []
        i = 0
        while True:
            if not (i < len(fills)):
                break
            trades.append(
                self.parse_trade(
                    self.extend(
                        js.get(fills, i),
                        {
                            "orderId": self.safe_string(order, "orderId"),
                            "side": self.safe_string(order, "side"),
                        },
                    ),
                    market,
                )
            )
            i += 1
        result = {
            "id": self.safe_string(order, "orderId"),
            "clientOrderId": self.safe_string(order, "clientOrderId"),
            "symbol": js.get(market, "symbol"),
            "timestamp": self.safe_integer(order, "created"),
            "lastUpdateTimestamp": self.safe_integer(order, "updated"),
            "status": self.safe_string(js.get(self.options, "orderStatuses"), status, status),
            "type": type_,
            "timeInForce": "PO" if (post_only is True) else self.safe_string(order, "timeInForce"),
            "postOnly": post_only,
            "side": self.safe_string(order, "side"),
            "price": self.safe_string(order, "price"),
            "triggerPrice": trigger_price,
            "amount": self.safe_string(order, "amount"),
            "remaining": self.safe_string(order, "amountRemaining"),
            "filled": self.safe_string(order, "filledAmount"),
            "cost": self.safe_string(order, "filledAmountQuote"),
            "fee": fee,
            "trades": trades,
            "info": order,
        }
        if trigger_field is not None:
            js.set_(result, trigger_field, trigger_price)
        return self.safe_order(result, market)

    def trigger_order_type(self, type_, trigger_kind):
        # A plain triggerPrice is a stop loss: it fires when the price turns against the order (lower for a
        # sell, higher for a buy), as Bitvavo's stopLoss does; takeProfitPrice fires the other way.
        kind = "takeProfit" if (trigger_kind == "takeProfitPrice") else "stopLoss"
        return js.bounded_text(kind + "Limit") if (type_ == "limit") else kind

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
        # POST order. The unified params map to Bitvavo's fields: postOnly is postOnly, timeInForce (GTC, IOC,
        # FOK) is timeInForce, clientOrderId is clientOrderId (a UUID), cost is amountQuote (a market order
        # sized in the quote currency), and triggerPrice, stopLossPrice and takeProfitPrice make the order a
        # stopLoss(Limit) or takeProfit(Limit) order with triggerAmount, triggerType 'price' and
        # triggerReference (params['triggerReference'], 'lastTrade' by default). Spot has no reduceOnly.
        self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params("createOrder", unified, ["reduceOnly"])
        if (not (type_ == "market")) and (not (type_ == "limit")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () type must be market or limit, not "
                    + js.to_str(type_)
                )
            )
        # The key order of the docs' signing example: market, side, price, amount, orderType.
        request = {"market": js.get(market, "id"), "side": side}
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["price"] = self.price_to_precision(symbol, price)
        if js.get(unified, "cost") is not None:
            request["amountQuote"] = self.cost_to_precision(symbol, js.get(unified, "cost"))
        else:
            request["amount"] = self.amount_to_precision(symbol, amount)
        request["orderType"] = type_
        trigger = js.get(unified, "trigger")
        if trigger is not None:
            request["orderType"] = self.trigger_order_type(type_, js.get(unified, "triggerKind"))
            request["triggerAmount"] = self.price_to_precision(symbol, trigger)
            request["triggerType"] = "price"
            request["triggerReference"] = self.safe_string(rest, "triggerReference", "lastTrade")
        if js.get(unified, "timeInForce") is not None:
            request["timeInForce"] = js.get(unified, "timeInForce")
        if js.truthy(js.get(unified, "postOnly")):
            request["postOnly"] = True
        if js.get(unified, "clientOrderId") is not None:
            request["clientOrderId"] = js.get(unified, "clientOrderId")
        request["operatorId"] = self.operator_id("createOrder", rest)
        response = self.private_post_order(
            self.extend(request, self.omit(rest, ["triggerReference", "operatorId"]))
        )
        return self.parse_order(response, market)

    def create_market_buy_order_with_cost(
        self, symbol: str, cost: float, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        return self.create_order(symbol, "market", "buy", None, None, self.extend(params, {"cost": cost}))

    def operator_id(self, method, params):
        # The mandatory operatorId (an integer, sent as a number) of params, else of options.
        operator_id = self.safe_integer(params, "operatorId", self.safe_integer(self.options, "operatorId"))
        if operator_id is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () requires an operatorId (params['operatorId'] or options['operatorId']): Bitvavo requires the integer that names the trader or bot on every order request"
                )
            )
        return operator_id

    def require_symbol(self, method, symbol):
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () requires a symbol argument: Bitvavo names orders by market and id"
                )
            )
        return self.market(symbol)

    def edit_order(
        self,
        id_: str,
        symbol: str,
        type_: str,
        side: str,
        amount: float | None = None,
        price: float | None = None,
        params: dict[str, Any] | None = None,
    ) -> Order:
        if params is None:
            params = {}
        # PUT order changes amount, price, triggerAmount and postOnly of an open limit or trigger order (not its
        # type or side); the unified triggerPrice is triggerAmount, postOnly is postOnly.
        self.load_markets()
        market = self.require_symbol("editOrder", symbol)
        request = {"market": js.get(market, "id"), "orderId": id_}
        if amount is not None:
            request["amount"] = self.amount_to_precision(symbol, amount)
        if price is not None:
            request["price"] = self.price_to_precision(symbol, price)
        trigger = self.safe_string(params, "triggerPrice")
        if trigger is not None:
            request["triggerAmount"] = self.price_to_precision(symbol, trigger)
        if self.safe_bool(params, "postOnly", False):
            request["postOnly"] = True
        request["operatorId"] = self.operator_id("editOrder", params)
        response = self.private_put_order(
            self.extend(request, self.omit(params, ["triggerPrice", "postOnly", "operatorId"]))
        )
        return self.parse_order(response, market)

    def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # DELETE order?market&orderId&operatorId answers { orderId, clientOrderId, operatorId }.
        self.load_markets()
        market = self.require_symbol("cancelOrder", symbol)
        request = {
            "market": js.get(market, "id"),
            "orderId": id_,
            "operatorId": self.operator_id("cancelOrder", params),
        }
        response = self.private_delete_order(self.extend(request, self.omit(params, "operatorId")))
        return self.safe_order(
            {
                "id": self.safe_string(response, "orderId", id_),
                "symbol": js.get(market, "symbol"),
                "status": "canceled",
                "info": response,
            },
            market,
        )

    def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # DELETE orders?market&operatorId (every market without market): [ { orderId, operatorId } ].
        self.load_markets()
        request = {}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["market"] = js.get(market, "id")
        request["operatorId"] = self.operator_id("cancelAllOrders", params)
        response = self.private_delete_orders(self.extend(request, self.omit(params, "operatorId")))
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            result.append(
                self.safe_order(
                    {
                        "id": self.safe_string(js.get(response, i), "orderId"),
                        "symbol": self.safe_symbol(None, market),
                        "status": "canceled",
                        "info": js.get(response, i),
                    },
                    market,
                )
            )
            i += 1
        return result

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        # GET order?market&orderId.
        self.load_markets()
        market = self.require_symbol("fetchOrder", symbol)
        response = self.private_get_order(
            self.extend({"market": js.get(market, "id"), "orderId": id_}, params)
        )
        return self.parse_order(response, market)

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
        # The order's fills, as GET order reports them.
        order = self.fetch_order(id_, symbol, params)
        return self.filter_by_since_limit(js.get(order, "trades"), since, limit)

    def fetch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # GET orders?market&limit&start&end: open and closed orders of one market, newest first.
        self.load_markets()
        market = self.require_symbol("fetchOrders", symbol)
        request = self.time_range({"market": js.get(market, "id")}, since, limit, params)
        response = self.private_get_orders(self.extend(request, self.omit(params, "until")))
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
        # GET ordersOpen (of one market with market).
        self.load_markets()
        request = {}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["market"] = js.get(market, "id")
        response = self.private_get_orders_open(self.extend(request, params))
        return self.parse_orders(response, market, since, limit)

    def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # GET trades?market&limit&start&end: the account's trades of one market.
        self.load_markets()
        market = self.require_symbol("fetchMyTrades", symbol)
        request = self.time_range({"market": js.get(market, "id")}, since, limit, params)
        response = self.private_get_trades(self.extend(request, self.omit(params, "until")))
        return self.parse_trades(response, market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # depositHistory: { timestamp, symbol, amount, address, paymentId, txId, fee, status }; withdrawalHistory
        # the same with the withdrawal's statuses; withdrawal: { success, symbol, amount }.
        code = self.safe_currency_code(self.safe_string(transaction, "symbol"), currency)
        fee = None
        fee_cost = self.safe_string(transaction, "fee")
        if fee_cost is not None:
            fee = {"cost": fee_cost, "currency": code}
        status = self.safe_string(transaction, "status")
        return self.safe_transaction(
            {
                "txid": self.safe_string(transaction, "txId"),
                "timestamp": self.safe_integer(transaction, "timestamp"),
                "address": self.safe_string(transaction, "address"),
                "tag": self.safe_string(transaction, "paymentId"),
                "type": self.safe_string(transaction, "type"),
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(js.get(self.options, "transactionStatuses"), status, status),
                "fee": fee,
                "info": transaction,
            },
            currency,
        )

    def fetch_transfers(self, type_, code, since, limit, params):
        # depositHistory and withdrawalHistory take symbol, limit, start and end (until).
        self.load_markets()
        currency = None
        request = self.time_range({}, since, limit, params)
        if code is not None:
            currency = self.currency(code)
            js.set_(request, "symbol", js.get(currency, "id"))
        query = self.extend(request, self.omit(params, "until"))
        response = None
        if type_ == "deposit":
            response = self.private_get_deposit_history(query)
        else:
            response = self.private_get_withdrawal_history(query)
        transactions = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            transactions.append(self.extend(js.get(response, i), {"type": type_}))
            i += 1
        return self.parse_transactions(transactions, currency, since, limit)

    def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.fetch_transfers("deposit", code, since, limit, params)

    def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.fetch_transfers("withdrawal", code, since, limit, params)

    def single_network(self, currency, params, method):
        # deposit takes no network: each asset has its own. The unified network is accepted when it is the asset's
        # only network (there is nothing to choose), and rejected otherwise.
        network_code = self.safe_string(params, "network")
        networks = js.keys(self.safe_dict(currency, "networks", {}))
        if network_code is None:
            return js.get(networks, 0) if (len(networks) == 1) else None
        if (len(networks) == 1) and js.strict_equal(js.get(networks, 0), js.upper(network_code)):
            return js.get(networks, 0)
        raise NotSupported(
            js.bounded_text(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " "
                        + js.to_str(method)
                        + " () does not support the unified param network "
                        + js.to_str(network_code)
                        + " for "
                    )
                    + js.to_str(js.get(currency, "code"))
                    + ": deposit takes no network, and the asset's networks are "
                )
                + js.join(networks, ", ")
            )
        )

    def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # deposit?symbol: { address, paymentId } (a fiat currency's: { iban, bic, description }).
        self.load_markets()
        currency = self.currency(code)
        network = self.single_network(currency, params, "fetchDepositAddress")
        response = self.private_get_deposit(
            self.extend({"symbol": js.get(currency, "id")}, self.omit(params, "network"))
        )
        return {
            "currency": js.get(currency, "code"),
            "address": self.safe_string2(response, "address", "iban"),
            "tag": self.safe_string2(response, "paymentId", "description"),
            "network": network,
            "info": response,
        }

    def crypto_network_id(self, network_code, currency):
        # crypto/withdrawal names a network by its chain: an asset's own chain by the asset (BTC), others as
        # options['networks'] says (ERC20 is ETH). A code neither knows is rejected rather than sent as it is.
        upper = js.upper(network_code)
        if js.strict_equal(upper, js.get(currency, "code")):
            return js.get(currency, "id")
        id_ = self.safe_string(js.get(self.options, "networks"), upper)
        if id_ is None:
            raise BadRequest(
                js.bounded_text(
                    js.bounded_text(
                        js.bounded_text(
                            js.to_str(self.id)
                            + " withdraw () knows no network "
                            + js.to_str(network_code)
                            + " (the unified param network): "
                        )
                        + js.to_str(js.get(currency, "code"))
                        + " or one of "
                    )
                    + js.join(js.keys(js.get(self.options, "networks")), ", ")
                )
            )
        return id_

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
        # With the unified network: POST crypto/withdrawal { asset, network, address, amount, deductFeeFromAmount,
        # idempotencyKey, memo (the tag) } answers { id, asset, network, address, amount, ... }; the key is
        # params['idempotencyKey'] or one made from the clock. Without a network: POST withdrawal { symbol,
        # amount, address, paymentId (the tag) } over the asset's own network answers { success, symbol, amount }.
        self.load_markets()
        currency = self.currency(code)
        network_code = self.safe_string(params, "network")
        if network_code is None:
            return self.withdraw_over_asset_network(currency, amount, address, tag, params)
        request = {
            "asset": js.get(currency, "id"),
            "network": self.crypto_network_id(network_code, currency),
            "address": address,
            "amount": self.number_to_string(amount),
            "deductFeeFromAmount": self.safe_bool(params, "deductFeeFromAmount", False),
            "idempotencyKey": self.safe_string(
                params,
                "idempotencyKey",
                js.bounded_text("exkit-" + js.to_str(self.number_to_string(self.milliseconds()))),
            ),
        }
        if tag is not None:
            request["memo"] = tag
        response = self.private_post_crypto_withdrawal(
            self.extend(request, self.omit(params, ["network", "deductFeeFromAmount", "idempotencyKey"]))
        )
        fee = None
        fee_cost = self.safe_string(response, "fee")
        if fee_cost is not None:
            fee = {"cost": fee_cost, "currency": js.get(currency, "code")}
        status = self.safe_string(response, "status")
        return self.safe_transaction(
            {
                "id": self.safe_string(response, "id"),
                "txid": self.safe_string(response, "txId"),
                "type": "withdrawal",
                "address": self.safe_string(response, "address", address),
                "tag": self.safe_string(response, "memo", tag),
                "amount": self.safe_string(response, "amount", js.get(request, "amount")),
                "currency": js.get(currency, "code"),
                "network": js.upper(network_code),
                "status": self.safe_string(js.get(self.options, "transactionStatuses"), status, "pending"),
                "fee": fee,
                "info": response,
            },
            currency,
        )

    def withdraw_over_asset_network(self, currency, amount, address, tag, params):
        request = {
            "symbol": js.get(currency, "id"),
            "amount": self.number_to_string(amount),
            "address": address,
        }
        if tag is not None:
            request["paymentId"] = tag
        response = self.private_post_withdrawal(self.extend(request, params))
        networks = js.keys(self.safe_dict(currency, "networks", {}))
        return self.safe_transaction(
            {
                "type": "withdrawal",
                "address": address,
                "tag": tag,
                "amount": self.safe_string(response, "amount", js.get(request, "amount")),
                "currency": js.get(currency, "code"),
                "network": js.get(networks, 0) if (len(networks) == 1) else None,
                "status": "pending",
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
        # GET and DELETE send their params as the query string, POST and PUT as a JSON body.
        request_path = js.bounded_text("/" + js.to_str(self.implode_params(path, params)))
        query = self.omit(params, self.extract_params(path))
        has_body = (method == "POST") or (method == "PUT")
        if (not has_body) and (len(js.keys(query)) > 0):
            request_path += js.within(
                request_path, js.within(request_path, "?") + js.to_str(self.urlencode(query))
            )
        url = js.bounded_text(js.to_str(js.get(self.urls, "api")) + request_path)
        if api == "public":
            return {"url": url, "method": method, "body": body, "headers": headers}
        # Bitvavo-Access-Signature: hex HMAC-SHA256 (secret, timestamp + method + '/v2' + path with its query +
        # body), the timestamp in milliseconds.
        self.check_required_credentials()
        timestamp = self.number_to_string(self.milliseconds())
        payload = ""
        headers = {
            "Bitvavo-Access-Key": self.apiKey,
            "Bitvavo-Access-Timestamp": timestamp,
            "Bitvavo-Access-Window": self.number_to_string(js.get(self.options, "accessWindow")),
        }
        if has_body:
            body = (
                self.json(query) if (len(js.keys(query)) > 0) else "{}"
            )  # (PHP writes an empty dictionary as [])
            payload = body
            js.set_(headers, "Content-Type", "application/json")
        auth = js.bounded_text(
            js.bounded_text(js.to_str(js.add(timestamp, method)) + "/")
            + js.to_str(self.version)
            + request_path
            + js.to_str(payload)
        )
        js.set_(
            headers,
            "Bitvavo-Access-Signature",
            self.hmac(self.encode(auth), self.encode(self.secret), "sha256"),
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
        # { "errorCode": 205, "error": "Invalid parameter: price" } with an HTTP 4xx or 5xx status: the code
        # picks the error class; an unknown code is an ExchangeError.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return
        code = self.safe_string(response, "errorCode")
        if code is None:
            return
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
            + self.safe_string(response, "error", "")
        )
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
        raise ExchangeError(feedback)
