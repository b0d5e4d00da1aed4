# Generated from js/hitbtc.js by exkit: do not edit. Change the source and run `python build.py`.
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
    InvalidOrder,
    NotSupported,
    OrderNotFound,
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
    DepositWithdrawFee,
    Market,
    OHLCV,
    Order,
    OrderBook,
    Ticker,
    Trade,
    TradingFee,
    Transaction,
    Transfer,
)


class hitbtc(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "hitbtc",
                "name": "HitBTC",
                "countries": ["HK"],
                "version": "3",
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
                    "editOrder": True,
                    "fetchOrder": True,
                    "fetchOrders": False,
                    "fetchOpenOrders": True,
                    "fetchClosedOrders": True,
                    "fetchMyTrades": True,
                    "fetchDeposits": True,
                    "fetchWithdrawals": True,
                    "fetchTransactions": True,
                    "fetchLedger": False,
                    "fetchDepositAddress": True,
                    "withdraw": True,
                    "fetchTime": False,
                    "fetchStatus": False,
                    "fetchTradingFees": True,
                    "cancelAllOrders": True,
                    "fetchOrderTrades": True,
                    "fetchTradingFee": True,
                    "fetchDepositAddresses": True,
                    "createDepositAddress": True,
                    "fetchDepositWithdrawFees": True,
                    "transfer": True,
                    "createMarketBuyOrderWithCost": False,
                },
                "urls": {
                    "logo": "https://hitbtc.com/favicon.ico",
                    "api": {
                        "public": "https://api.hitbtc.com/api/3",
                        "private": "https://api.hitbtc.com/api/3",
                    },
                    "www": "https://hitbtc.com",
                    "doc": "https://api.hitbtc.com/",
                    "fees": "https://hitbtc.com/fees-and-limits",
                },
                "api": {
                    "public": {
                        "get": [
                            "public/currency",
                            "public/currency/{currency}",
                            "public/symbol",
                            "public/symbol/{symbol}",
                            "public/ticker",
                            "public/ticker/{symbol}",
                            "public/price/rate",
                            "public/trades",
                            "public/trades/{symbol}",
                            "public/orderbook",
                            "public/orderbook/{symbol}",
                            "public/candles",
                            "public/candles/{symbol}",
                        ]
                    },
                    "private": {
                        "get": {
                            "spot/balance": 1,
                            "spot/balance/{currency}": 1,
                            "spot/order": 1,
                            "spot/order/{client_order_id}": 1,
                            "spot/fee": 1,
                            "spot/fee/{symbol}": 1,
                            "spot/history/order": 1,
                            "spot/history/trade": 1,
                            "wallet/balance": 2,
                            "wallet/balance/{currency}": 2,
                            "wallet/crypto/address": 2,
                            "wallet/crypto/fee/estimate": 2,
                            "wallet/transactions": 2,
                            "wallet/transactions/{tx_id}": 2,
                        },
                        "post": {
                            "spot/order": 1,
                            "wallet/crypto/address": 2,
                            "wallet/crypto/withdraw": 2,
                            "wallet/transfer": 2,
                        },
                        "patch": {"spot/order/{client_order_id}": 1},
                        "delete": {"spot/order": 1, "spot/order/{client_order_id}": 1},
                    },
                },
                "timeframes": {
                    "1m": "M1",
                    "3m": "M3",
                    "5m": "M5",
                    "15m": "M15",
                    "30m": "M30",
                    "1h": "H1",
                    "4h": "H4",
                    "1d": "D1",
                    "1w": "D7",
                    "1M": "1M",
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {
                    "trading": {"tierBased": True, "percentage": True, "taker": 0.0025, "maker": 0.0009}
                },
                "precisionMode": TICK_SIZE,
                "options": {
                    "networks": {
                        "ERC20": "ETH",
                        "TRC20": "TRX",
                        "BEP20": "BSC",
                        "SOL": "SOL",
                        "POLYGON": "MATIC",
                        "ARBITRUM": "ARB",
                        "OPTIMISM": "OP",
                        "OMNI": "OMNI",
                    },
                    "accountsByType": {
                        "spot": "spot",
                        "trade": "spot",
                        "funding": "wallet",
                        "wallet": "wallet",
                    },
                    "orderStatuses": {
                        "new": "open",
                        "suspended": "open",
                        "partiallyFilled": "open",
                        "filled": "closed",
                        "canceled": "canceled",
                        "expired": "expired",
                    },
                    "transactionStatuses": {
                        "CREATED": "pending",
                        "PENDING": "pending",
                        "FAILED": "failed",
                        "SUCCESS": "ok",
                        "ROLLED_BACK": "failed",
                    },
                },
                "exceptions": {
                    "exact": {
                        "429": RateLimitExceeded,
                        "500": ExchangeError,
                        "503": ExchangeNotAvailable,
                        "504": RequestTimeout,
                        "600": PermissionDenied,
                        "1001": AuthenticationError,
                        "1002": AuthenticationError,
                        "1003": PermissionDenied,
                        "1004": AuthenticationError,
                        "2001": BadSymbol,
                        "2002": BadRequest,
                        "2010": InvalidOrder,
                        "2011": InvalidOrder,
                        "2012": InvalidOrder,
                        "2020": InvalidOrder,
                        "2021": InvalidOrder,
                        "2022": InvalidOrder,
                        "10001": BadRequest,
                        "10021": AccountSuspended,
                        "20001": InsufficientFunds,
                        "20002": OrderNotFound,
                        "20003": ExchangeError,
                        "20004": ExchangeError,
                        "20005": ExchangeError,
                        "20006": ExchangeError,
                        "20007": ExchangeError,
                        "20008": DuplicateOrderId,
                        "20009": InvalidOrder,
                        "20010": ExchangeNotAvailable,
                        "20011": InvalidAddress,
                        "20014": ExchangeError,
                        "20080": ExchangeNotAvailable,
                    },
                    "broad": {},
                },
            },
        )

    # --- markets and currencies ----------------------------------------------------------------------
    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # public/symbol: { "ETHBTC": { type: 'spot' (or 'futures'), base_currency, quote_currency, status:
        # 'working' or 'suspended', quantity_increment, tick_size, take_rate, make_rate, fee_currency,
        # margin_trading, max_initial_leverage } }, keyed by symbol id. Spot markets only.
        response = self.public_get_public_symbol(params)
        ids = js.keys(response)
        result = []
        i = 0
        while True:
            if not (i < len(ids)):
                break
            entry = self.safe_dict(response, ids[i], {})
            if not (self.safe_string(entry, "type") == "spot"):
                i += 1
                continue
            result.append(self.parse_market(self.extend(entry, {"id": ids[i]})))
            i += 1
        return result

    def parse_market(self, entry):
        base_id = self.safe_string(entry, "base_currency")
        quote_id = self.safe_string(entry, "quote_currency")
        base = self.safe_currency_code(base_id)
        quote = self.safe_currency_code(quote_id)
        step = self.safe_number(entry, "quantity_increment")
        return self.market_structure(
            id=self.safe_string(entry, "id"),
            symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
            base=base,
            quote=quote,
            baseId=base_id,
            quoteId=quote_id,
            active=self.safe_string(entry, "status") == "working",
            type="spot",
            spot=True,
            taker=self.safe_number(entry, "take_rate", js.get(js.get(self.fees, "trading"), "taker")),
            maker=self.safe_number(entry, "make_rate", js.get(js.get(self.fees, "trading"), "maker")),
            precision={"amount": step, "price": self.safe_number(entry, "tick_size")},
            limits={
                "amount": {"min": step, "max": None},
                "price": {"min": None, "max": None},
                "cost": {"min": None, "max": None},
            },
            info=self.omit(entry, "id"),
        )

    def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # public/currency: { "BTC": { full_name, crypto, payin_enabled, payout_enabled, transfer_enabled, delisted,
        # precision_transfer, networks: [ { network, protocol, default, payin_enabled, payout_enabled,
        # precision_payout, payout_fee, payout_is_payment_id, payin_payment_id, payin_confirmations } ] } }.
        response = self.public_get_public_currency(params)
        ids = js.keys(response)
        result = {}
        i = 0
        while True:
            if not (i < len(ids)):
                break
            id_ = ids[i]
            entry = self.safe_dict(response, id_, {})
            code = self.safe_currency_code(id_)
            entries = self.safe_list(entry, "networks", [])
            networks = {}
            fee = None
            j = 0
            while True:
                if not (j < len(entries)):
                    break
                network = js.get(entries, j)
                network_id = self.safe_string(network, "network")
                network_code = self.network_code(network_id)
                payin = self.safe_bool(network, "payin_enabled", False)
                payout = self.safe_bool(network, "payout_enabled", False)
                network_fee = self.safe_number(network, "payout_fee")
                # The currency's fee is its default network's (or its only one's).
                if self.safe_bool(network, "default", False) or (len(entries) == 1):
                    fee = network_fee
                js.set_(
                    networks,
                    network_code,
                    {
                        "id": network_id,
                        "network": network_code,
                        "active": payin and payout,
                        "deposit": payin,
                        "withdraw": payout,
                        "fee": network_fee,
                        "precision": self.safe_number(network, "precision_payout"),
                        "limits": {"withdraw": {"min": None, "max": None}},
                    },
                )
                j += 1
            deposit = self.safe_bool(entry, "payin_enabled", False)
            withdraw = self.safe_bool(entry, "payout_enabled", False)
            js.set_(
                result,
                code,
                {
                    "id": id_,
                    "code": code,
                    "name": self.safe_string(entry, "full_name"),
                    "active": deposit and withdraw and (not self.safe_bool(entry, "delisted", False)),
                    "deposit": deposit,
                    "withdraw": withdraw,
                    "fee": fee,
                    "precision": self.safe_number(entry, "precision_transfer"),
                    "limits": {"withdraw": {"min": None, "max": None}},
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
        # The payout fees of public/currency, per network.
        currencies = self.fetch_currencies(params)
        return self.deposit_withdraw_fees_from_currencies(currencies, codes)

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # { ask, bid, last, low, high, open, volume (base), volume_quote, timestamp (ISO 8601) }; the
        # symbol is the key of the dictionary it comes in (fetchTickers adds it).
        market = self.safe_market(self.safe_string(ticker, "symbol"), market)
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            timestamp=self.parse8601(self.safe_string(ticker, "timestamp")),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            bid=self.safe_string(ticker, "bid"),
            ask=self.safe_string(ticker, "ask"),
            open_=self.safe_string(ticker, "open"),
            last=self.safe_string(ticker, "last"),
            base_volume=self.safe_string(ticker, "volume"),
            quote_volume=self.safe_string(ticker, "volume_quote"),
            info=self.omit(ticker, "symbol"),
            market=market,
        )

    def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        # public/ticker/{symbol}: one ticker.
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_public_ticker_symbol(self.extend({"symbol": js.get(market, "id")}, params))
        return self.parse_ticker(response, market)

    def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # public/ticker?symbols=a,b: { "ETHBTC": { ... } } (every symbol without symbols).
        self.load_markets()
        request = {}
        if symbols is not None:
            market_ids = []
            i = 0
            while True:
                if not js.less(i, js.length(symbols)):
                    break
                market_ids.append(self.market_id(js.get(symbols, i)))
                i += 1
            request["symbols"] = js.join(market_ids, ",")
        response = self.public_get_public_ticker(self.extend(request, params))
        ids = js.keys(response)
        tickers = []
        i = 0
        while True:
            if not (i < len(ids)):
                break
            tickers.append(self.extend(self.safe_dict(response, ids[i], {}), {"symbol": ids[i]}))
            i += 1
        return self.parse_tickers(tickers, symbols)

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # public/orderbook/{symbol}?depth (0 is the whole book): { timestamp, ask: [ [ price, size ] ], bid }.
        self.load_markets()
        market = self.market(symbol)
        request = {"symbol": js.get(market, "id")}
        if limit is not None:
            request["depth"] = limit
        response = self.public_get_public_orderbook_symbol(self.extend(request, params))
        return self.parse_order_book(
            response,
            js.get(market, "symbol"),
            self.parse8601(self.safe_string(response, "timestamp")),
            "bid",
            "ask",
        )

    def parse_ohlcv(self, ohlcv, market=None):
        # { timestamp, open, close, min, max, volume (base), volume_quote }.
        return [
            self.parse8601(self.safe_string(ohlcv, "timestamp")),
            self.safe_number(ohlcv, "open"),
            self.safe_number(ohlcv, "max"),
            self.safe_number(ohlcv, "min"),
            self.safe_number(ohlcv, "close"),
            self.safe_number(ohlcv, "volume"),
        ]

    parseOHLCV = MethodAlias("parse_ohlcv")

    def history_range(self, request, since, limit, params):
        # from, till (the unified until) and limit, the paging params the history endpoints share; with a
        # start the list is asked for oldest first (sort ASC), or it would be the newest page (DESC by default).
        if since is not None:
            js.set_(request, "from", since)
            js.set_(request, "sort", "ASC")
        until = self.safe_integer(params, "until")
        if until is not None:
            js.set_(request, "till", until)
        if limit is not None:
            js.set_(request, "limit", limit)
        return request

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
        # public/candles/{symbol}?period&from&till&limit&sort.
        self.load_markets()
        market = self.market(symbol)
        period = self.safe_string(self.timeframes, timeframe)
        if period is None:
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
        request = self.history_range({"symbol": js.get(market, "id"), "period": period}, since, limit, params)
        response = self.public_get_public_candles_symbol(self.extend(request, self.omit(params, "until")))
        return self.parse_ohlcvs(response, market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def parse_trade(self, trade, market=None):
        # Public trades: { id, price, qty, side (the taker's), timestamp }. The account's trades
        # (spot/history/trade): { id, order_id, client_order_id, symbol, side, quantity, price, fee, timestamp,
        # taker }, the fee in the symbol's fee currency.
        market = self.safe_market(self.safe_string(trade, "symbol"), market)
        taker_or_maker = None
        taker = self.safe_bool(trade, "taker")
        if taker is not None:
            taker_or_maker = "taker" if taker else "maker"
        fee = None
        fee_cost = self.safe_string(trade, "fee")
        if fee_cost is not None:
            fee_currency_id = self.safe_string(
                self.safe_dict(market, "info", {}), "fee_currency", js.get(market, "quoteId")
            )
            fee = {"cost": fee_cost, "currency": self.safe_currency_code(fee_currency_id)}
        return self.trade_structure(
            identifier=self.safe_string(trade, "id"),
            order=self.safe_string(trade, "client_order_id"),
            symbol=js.get(market, "symbol"),
            timestamp=self.parse8601(self.safe_string(trade, "timestamp")),
            side=self.safe_string(trade, "side"),
            taker_or_maker=taker_or_maker,
            price=self.safe_string(trade, "price"),
            amount=self.safe_string2(trade, "quantity", "qty"),
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
        # public/trades/{symbol}?by=timestamp&from&till&limit&sort.
        self.load_markets()
        market = self.market(symbol)
        request = self.history_range({"symbol": js.get(market, "id")}, since, limit, params)
        if (since is not None) or (js.get(request, "till") is not None):
            js.set_(request, "by", "timestamp")
        response = self.public_get_public_trades_symbol(self.extend(request, self.omit(params, "until")))
        return self.parse_trades(response, market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # spot/balance (the trading account) or, with params['type'] 'funding' (or 'wallet'), wallet/balance:
        # [ { currency, available, reserved, reserved_margin } ].
        self.load_markets()
        type_ = self.account_type_id(self.safe_string(params, "type", "spot"))
        query = self.omit(params, "type")
        response = None
        if type_ == "wallet":
            response = self.private_get_wallet_balance(query)
        else:
            response = self.private_get_spot_balance(query)
        result = {"info": response}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            account = self.account()
            js.set_(account, "free", self.safe_string(entry, "available"))
            js.set_(account, "used", self.safe_string(entry, "reserved"))
            js.set_(result, self.safe_currency_code(self.safe_string(entry, "currency")), account)
            i += 1
        return self.safe_balance(result)

    def parse_trading_fee(self, fee, market=None):
        # { symbol, take_rate, make_rate } (spot/fee/{symbol} without the symbol).
        market = self.safe_market(self.safe_string(fee, "symbol"), market)
        return {
            "symbol": js.get(market, "symbol"),
            "maker": self.safe_number(fee, "make_rate"),
            "taker": self.safe_number(fee, "take_rate"),
            "info": fee,
        }

    def fetch_trading_fees(self, params: dict[str, Any] | None = None) -> dict[str, TradingFee]:
        if params is None:
            params = {}
        # spot/fee: the account's rates of every symbol.
        self.load_markets()
        response = self.private_get_spot_fee(params)
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            fee = self.parse_trading_fee(js.get(response, i))
            js.set_(result, js.get(fee, "symbol"), fee)
            i += 1
        return result

    def fetch_trading_fee(self, symbol: str, params: dict[str, Any] | None = None) -> TradingFee:
        if params is None:
            params = {}
        # spot/fee/{symbol}: { take_rate, make_rate }.
        self.load_markets()
        market = self.market(symbol)
        response = self.private_get_spot_fee_symbol(self.extend({"symbol": js.get(market, "id")}, params))
        return self.parse_trading_fee(response, market)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order_type(self, order_type):
        # [ unified type, trigger field ]: stop and take-profit orders are market or limit orders with a trigger.
        types = {
            "market": ["market", None],
            "limit": ["limit", None],
            "stopMarket": ["market", "stopLossPrice"],
            "stopLimit": ["limit", "stopLossPrice"],
            "takeProfitMarket": ["market", "takeProfitPrice"],
            "takeProfitLimit": ["limit", "takeProfitPrice"],
        }
        return self.safe_value(types, order_type, [None, None])

    def parse_order(self, order, market=None):
        # { id, client_order_id, symbol, side, status, type, time_in_force, quantity, quantity_cumulative,
        # price, price_average, stop_price, expire_time, post_only, created_at, updated_at, trades: [ { id,
        # quantity, price, fee, taker, timestamp } ] }. Every order endpoint addresses an order by its
        # client_order_id (HitBTC makes one when the caller gives none), so that is the unified id too.
        market = self.safe_market(self.safe_string(order, "symbol"), market)
        (
            type_,
            trigger_field,
        ) = js.destructure(self.parse_order_type(self.safe_string(order, "type")), 2)
        trigger_price = self.safe_string(order, "stop_price")
        status = self.safe_string(order, "status")
        client_order_id = self.safe_string(order, "client_order_id")
        # A post-only order (post_only true, whatever its time_in_force) is timeInForce PO.
        post_only = self.safe_bool(order, "post_only")
        fills = self.safe_list(order, "trades", [])
        trades = []
        i = 0
        while True:
            if not (i < len(fills)):
                break
            trades.append(
                self.parse_trade(
                    self.extend(
                        js.get(fills, i),
                        {"client_order_id": client_order_id, "side": self.safe_string(order, "side")},
                    ),
                    market,
                )
            )
            i += 1
        result = {
            "id": client_order_id,
            "clientOrderId": client_order_id,
            "symbol": js.get(market, "symbol"),
            "timestamp": self.parse8601(self.safe_string(order, "created_at")),
            "lastUpdateTimestamp": self.parse8601(self.safe_string(order, "updated_at")),
            "status": self.safe_string(js.get(self.options, "orderStatuses"), status, status),
            "type": type_,
            "timeInForce": (
                "PO" if post_only else self.parse_time_in_force(self.safe_string(order, "time_in_force"))
            ),
            "postOnly": post_only,
            "side": self.safe_string(order, "side"),
            "price": self.safe_string(order, "price"),
            "triggerPrice": trigger_price,
            "average": self.safe_string(order, "price_average"),
            "amount": self.safe_string(order, "quantity"),
            "filled": self.safe_string(order, "quantity_cumulative"),
            "trades": trades,
            "info": order,
        }
        if trigger_field is not None:
            js.set_(result, trigger_field, trigger_price)
        return self.safe_order(result, market)

    def parse_time_in_force(self, time_in_force):
        # GTC, IOC and FOK are unified; Day (canceled at the end of the day) and GTD (good till expire_time) rest
        # on the book until a time, which the unified values have not: they are GTC.
        if (time_in_force == "GTC") or (time_in_force == "IOC") or (time_in_force == "FOK"):
            return time_in_force
        if (time_in_force == "Day") or (time_in_force == "GTD"):
            return "GTC"
        return None

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
        # POST spot/order { symbol, side, type, quantity, price, stop_price, time_in_force, post_only,
        # client_order_id }. triggerPrice and stopLossPrice make a stopLimit or stopMarket order (triggered when the
        # last price reaches stop_price against the order), takeProfitPrice a takeProfitLimit or takeProfitMarket
        # one; postOnly is post_only, timeInForce time_in_force, clientOrderId client_order_id. Spot orders have
        # no reduceOnly, and quantity is always in the base currency (no cost).
        self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params("createOrder", unified, ["reduceOnly", "cost"])
        if (not (type_ == "market")) and (not (type_ == "limit")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () type must be market or limit, not "
                    + js.to_str(type_)
                )
            )
        request = {
            "symbol": js.get(market, "id"),
            "side": side,
            "type": type_,
            "quantity": self.amount_to_precision(symbol, amount),
        }
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["price"] = self.price_to_precision(symbol, price)
        trigger = js.get(unified, "trigger")
        if trigger is not None:
            kind = "takeProfit" if (js.get(unified, "triggerKind") == "takeProfitPrice") else "stop"
            request["type"] = js.bounded_text(kind + ("Limit" if (type_ == "limit") else "Market"))
            request["stop_price"] = self.price_to_precision(symbol, trigger)
        if js.get(unified, "timeInForce") is not None:
            request["time_in_force"] = js.get(unified, "timeInForce")
        if js.truthy(js.get(unified, "postOnly")):
            request["post_only"] = True
        if js.get(unified, "clientOrderId") is not None:
            request["client_order_id"] = js.get(unified, "clientOrderId")
        response = self.private_post_spot_order(self.extend(request, rest))
        return self.parse_order(response, market)

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
        # PATCH spot/order/{client_order_id} { new_client_order_id, quantity, price } replaces the quantity and
        # price of an open order (its type, side, trigger and post-only flag stay). The replacing order needs a
        # client_order_id of its own: params['new_client_order_id'], or a new UUID (32 hex digits, the longest
        # client_order_id). Quantity is required.
        self.load_markets()
        market = self.market(symbol)
        if self.safe_bool(params, "postOnly", False):
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " editOrder () does not support the unified param postOnly: an order keeps its post-only flag"
                )
            )
        if self.safe_value(params, "triggerPrice") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " editOrder () does not support the unified param triggerPrice: an order keeps its stop_price"
                )
            )
        if amount is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " editOrder () requires an amount: HitBTC replaces quantity and price together"
                )
            )
        request = {
            "client_order_id": id_,
            "new_client_order_id": self.safe_string(
                params, "new_client_order_id", js.join(js.split(self.uuid(), "-"), "")
            ),
            "quantity": self.amount_to_precision(symbol, amount),
        }
        if price is not None:
            request["price"] = self.price_to_precision(symbol, price)
        response = self.private_patch_spot_order_client_order_id(
            self.extend(request, self.omit(params, ["postOnly", "triggerPrice", "new_client_order_id"]))
        )
        return self.parse_order(response, market)

    def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # DELETE spot/order/{client_order_id}: the canceled order.
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = self.private_delete_spot_order_client_order_id(
            self.extend({"client_order_id": id_}, params)
        )
        return self.parse_order(response, market)

    def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # DELETE spot/order?symbol (every symbol without it): the canceled orders.
        self.load_markets()
        request = {}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["symbol"] = js.get(market, "id")
        response = self.private_delete_spot_order(self.extend(request, params))
        return self.parse_orders(response, market)

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        # spot/order/{client_order_id} knows active orders only; an order that is no longer active is found in
        # spot/history/order?client_order_id.
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        try:
            response = self.private_get_spot_order_client_order_id(
                self.extend({"client_order_id": id_}, params)
            )
            return self.parse_order(response, market)
        except js.UNCAUGHT:
            raise
        except Exception as e:
            if not isinstance(e, OrderNotFound):
                raise e
        history = self.private_get_spot_history_order(self.extend({"client_order_id": id_}, params))
        if js.strict_equal(js.length(history), 0):
            raise OrderNotFound(
                js.bounded_text(js.to_str(self.id) + " fetchOrder () found no order " + js.to_str(id_))
            )
        return self.parse_order(js.get(history, 0), market)

    def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # spot/order?symbol: the active orders.
        self.load_markets()
        request = {}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["symbol"] = js.get(market, "id")
        response = self.private_get_spot_order(self.extend(request, params))
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
        # spot/history/order?symbol&from&till&limit&sort: the orders that are no longer active (filled,
        # canceled, expired).
        self.load_markets()
        market = None
        request = self.history_range({}, since, limit, params)
        if symbol is not None:
            market = self.market(symbol)
            js.set_(request, "symbol", js.get(market, "id"))
        response = self.private_get_spot_history_order(self.extend(request, self.omit(params, "until")))
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
        # spot/history/trade?symbol&by=timestamp&from&till&limit&sort.
        self.load_markets()
        market = None
        request = self.history_range({}, since, limit, params)
        if symbol is not None:
            market = self.market(symbol)
            js.set_(request, "symbol", js.get(market, "id"))
        if (since is not None) or (js.get(request, "till") is not None):
            js.set_(request, "by", "timestamp")
        response = self.private_get_spot_history_trade(self.extend(request, self.omit(params, "until")))
        return self.parse_trades(response, market, since, limit)

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
        # spot/history/trade filters by the exchange's numeric order_id, which the order (found by its
        # client_order_id, the unified id) reports as id.
        order = self.fetch_order(id_, symbol)
        request = {"order_id": self.safe_string(js.get(order, "info"), "id")}
        market_id = self.safe_string(js.get(order, "info"), "symbol")
        if market_id is not None:
            request["symbol"] = market_id
        response = self.private_get_spot_history_trade(self.extend(request, params))
        return self.parse_trades(response, self.safe_market(market_id), since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_deposit_address(self, entry, currency=None):
        # { currency, address, payment_id, public_key, network_code }.
        code = self.safe_currency_code(self.safe_string(entry, "currency"), currency)
        return {
            "currency": code,
            "address": self.safe_string(entry, "address"),
            "tag": self.safe_string(entry, "payment_id"),
            "network": self.network_code(self.safe_string(entry, "network_code")),
            "info": entry,
        }

    def address_request(self, code, params):
        # { currency, network_code } from the code and the unified param network.
        currency = self.currency(code)
        request = {"currency": js.get(currency, "id")}
        network = self.safe_string(params, "network")
        if network is not None:
            request["network_code"] = self.network_id(network, currency)
        return request

    def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # wallet/crypto/address?currency&network_code: [ { currency, address, payment_id, network_code } ].
        self.load_markets()
        request = self.address_request(code, params)
        response = self.private_get_wallet_crypto_address(self.extend(request, self.omit(params, "network")))
        first = self.safe_dict(response, 0)
        if first is None:
            raise InvalidAddress(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchDepositAddress () found no address for "
                    + js.to_str(code)
                    + ": createDepositAddress () makes one"
                )
            )
        return self.parse_deposit_address(first, self.currency(code))

    def create_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # POST wallet/crypto/address { currency, network_code }: the new address.
        self.load_markets()
        request = self.address_request(code, params)
        response = self.private_post_wallet_crypto_address(self.extend(request, self.omit(params, "network")))
        return self.parse_deposit_address(response, self.currency(code))

    def fetch_deposit_addresses(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> list[DepositAddress]:
        if params is None:
            params = {}
        # wallet/crypto/address without a currency: the current address of every currency.
        self.load_markets()
        response = self.private_get_wallet_crypto_address(params)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            address = self.parse_deposit_address(js.get(response, i))
            if (codes is None) or js.truthy(self.in_array(js.get(address, "currency"), codes)):
                result.append(address)
            i += 1
        return result

    def parse_transaction(self, transaction, currency=None):
        # wallet/transactions: { id, created_at, updated_at, status, type: DEPOSIT or WITHDRAW, subtype, native:
        # { tx_id, index, currency, amount, fee, address, payment_id, hash, confirmations, network_code } };
        # wallet/crypto/withdraw: { id } (the tx_id).
        native = self.safe_dict(transaction, "native", {})
        code = self.safe_currency_code(self.safe_string(native, "currency"), currency)
        fee = None
        fee_cost = self.safe_string(native, "fee")
        if fee_cost is not None:
            fee = {"cost": fee_cost, "currency": code}
        types = {"DEPOSIT": "deposit", "WITHDRAW": "withdrawal"}
        status = self.safe_string(transaction, "status")
        return self.safe_transaction(
            {
                "id": self.safe_string2(native, "tx_id", "id", self.safe_string(transaction, "id")),
                "txid": self.safe_string(native, "hash"),
                "timestamp": self.parse8601(self.safe_string(transaction, "created_at")),
                "updated": self.parse8601(self.safe_string(transaction, "updated_at")),
                "network": self.network_code(self.safe_string(native, "network_code")),
                "address": self.safe_string(native, "address"),
                "tag": self.safe_string(native, "payment_id"),
                "type": self.safe_string(
                    types, self.safe_string(transaction, "type"), self.safe_string(transaction, "kind")
                ),
                "amount": self.safe_string(native, "amount"),
                "currency": code,
                "status": self.safe_string(js.get(self.options, "transactionStatuses"), status, status),
                "fee": fee,
                "info": transaction,
            },
            currency,
        )

    def fetch_transactions_of_types(self, types, code, since, limit, params):
        # wallet/transactions?types&currencies&from&till&limit&sort (by created_at).
        self.load_markets()
        currency = None
        request = self.history_range({"types": types}, since, limit, params)
        if code is not None:
            currency = self.currency(code)
            js.set_(request, "currencies", js.get(currency, "id"))
        response = self.private_get_wallet_transactions(self.extend(request, self.omit(params, "until")))
        return self.parse_transactions(response, currency, since, limit)

    def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.fetch_transactions_of_types("DEPOSIT", code, since, limit, params)

    def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.fetch_transactions_of_types("WITHDRAW", code, since, limit, params)

    def fetch_transactions(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.fetch_transactions_of_types("DEPOSIT,WITHDRAW", code, since, limit, params)

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
        # POST wallet/crypto/withdraw { currency, amount, address, payment_id (the tag), network_code }: { id }.
        self.load_markets()
        currency = self.currency(code)
        request = self.address_request(code, params)
        js.set_(request, "amount", self.number_to_string(amount))
        js.set_(request, "address", address)
        if tag is not None:
            js.set_(request, "payment_id", tag)
        response = self.private_post_wallet_crypto_withdraw(
            self.extend(request, self.omit(params, "network"))
        )
        return self.safe_transaction(
            {
                "id": self.safe_string(response, "id"),
                "type": "withdrawal",
                "address": address,
                "tag": tag,
                "amount": js.get(request, "amount"),
                "currency": js.get(currency, "code"),
                "network": self.network_code(self.safe_string(request, "network_code")),
                "status": "pending",
                "info": response,
            },
            currency,
        )

    def transfer(
        self,
        code: str,
        amount: float,
        from_account: str,
        to_account: str,
        params: dict[str, Any] | None = None,
    ) -> Transfer:
        if params is None:
            params = {}
        # POST wallet/transfer { currency, amount, source, destination } (spot or wallet): [ transfer id ].
        self.load_markets()
        currency = self.currency(code)
        request = {
            "currency": js.get(currency, "id"),
            "amount": self.number_to_string(amount),
            "source": self.account_type_id(from_account),
            "destination": self.account_type_id(to_account),
        }
        response = self.private_post_wallet_transfer(self.extend(request, params))
        return {
            "id": self.safe_string(response, 0),
            "currency": js.get(currency, "code"),
            "amount": self.parse_number(js.get(request, "amount")),
            "fromAccount": from_account,
            "toAccount": to_account,
            "status": "ok",
            "info": response,
        }

    # --- transport -----------------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # GET and DELETE send their params as the query string, POST and PATCH as a JSON body.
        request_path = js.bounded_text(
            js.bounded_text("/api/" + js.to_str(self.version) + "/")
            + js.to_str(self.implode_params(path, params))
        )
        query = self.omit(params, self.extract_params(path))
        has_body = (method == "POST") or (method == "PATCH")
        query_string = ""
        if (not has_body) and (len(js.keys(query)) > 0):
            query_string = js.bounded_text("?" + js.to_str(self.urlencode(query)))
        url = js.bounded_text(
            js.bounded_text(js.to_str(self.safe_string(js.get(self.urls, "api"), api)) + "/")
            + js.to_str(self.implode_params(path, params))
            + query_string
        )
        if api == "public":
            return {"url": url, "method": method, "body": body, "headers": headers}
        # HS256: Authorization: 'HS256 ' + base64 (apiKey:signature:timestamp), the signature the hex HMAC-SHA256
        # (secret, method + path + ?query + body + timestamp), the timestamp in milliseconds.
        self.check_required_credentials()
        timestamp = self.number_to_string(self.milliseconds())
        payload = js.bounded_text(js.to_str(method) + request_path + query_string)
        headers = {}
        if has_body:
            body = (
                self.json(query) if (len(js.keys(query)) > 0) else "{}"
            )  # (PHP writes an empty dictionary as [])
            payload += js.within(payload, js.to_str(body))
            js.set_(headers, "Content-Type", "application/json")
        signature = self.hmac(
            self.encode(js.bounded_text(payload + js.to_str(timestamp))), self.encode(self.secret), "sha256"
        )
        js.set_(
            headers,
            "Authorization",
            js.bounded_text(
                "HS256 "
                + js.to_str(
                    self.string_to_base64(
                        js.bounded_text(
                            js.to_str(self.apiKey) + ":" + js.to_str(signature) + ":" + js.to_str(timestamp)
                        )
                    )
                )
            ),
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
        # { "error": { "code": 20001, "message": "Insufficient funds", "description": "..." } }: the code picks
        # the error class; an unknown code is an ExchangeError.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return
        error = self.safe_dict(response, "error")
        if error is None:
            return
        code = self.safe_string(error, "code")
        feedback = js.bounded_text(
            js.bounded_text(
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
                + self.safe_string(error, "message", "")
                + " "
            )
            + self.safe_string(error, "description", "")
        )
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
        raise ExchangeError(feedback)
