# Generated from js/bitfinex.js by exkit: do not edit. Change the source and run `python build.py`.
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
from exchangekit.base.number import DECIMAL_PLACES, ROUND, SIGNIFICANT_DIGITS
from exchangekit.base import js
from exchangekit.base.method_names import MethodAlias
from exchangekit.base.types import (
    Balances,
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


class bitfinex(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "bitfinex",
                "name": "Bitfinex",
                "countries": ["VG"],
                "version": "v1",
                "rateLimit": 1000,
                "certified": True,
                "has": {
                    "fetchCurrencies": False,
                    "fetchTicker": True,
                    "fetchTickers": True,
                    "fetchOrderBook": True,
                    "fetchOHLCV": False,
                    "fetchTrades": True,
                    "fetchBalance": True,
                    "createOrder": True,
                    "cancelOrder": True,
                    "fetchOrder": True,
                    "fetchOpenOrders": True,
                    "fetchClosedOrders": True,
                    "fetchMyTrades": True,
                    "fetchDeposits": True,
                    "fetchWithdrawals": True,
                    "fetchDepositAddress": True,
                    "withdraw": True,
                    "cancelAllOrders": True,
                    "fetchTradingFee": True,
                    "fetchTradingFees": True,
                    "createDepositAddress": True,
                    "fetchDepositWithdrawFees": True,
                    "transfer": True,
                    "watchTicker": True,
                    "watchOrderBook": True,
                    "watchTrades": True,
                    "watchOHLCV": True,
                    "watchBalance": True,
                    "watchOrders": True,
                    "watchMyTrades": True,
                },
                "urls": {
                    "logo": "https://www.bitfinex.com/assets/bfx-stacked.png",
                    "api": "https://api.bitfinex.com",
                    "www": "https://www.bitfinex.com",
                    "doc": "https://docs.bitfinex.com/v1/docs",
                    "fees": "https://www.bitfinex.com/fees",
                    "ws": {
                        "public": "wss://api-pub.bitfinex.com/ws/2",
                        "private": "wss://api.bitfinex.com/ws/2",
                    },
                },
                "api": {
                    "public": {
                        "get": {
                            "pubticker/{symbol}": 1,
                            "stats/{symbol}": 1,
                            "lendbook/{currency}": 6,
                            "lends/{currency}": 3,
                            "book/{symbol}": 1,
                            "trades/{symbol}": 1,
                            "symbols": 1,
                            "symbols_details": 1,
                        }
                    },
                    "private": {
                        "post": {
                            "account_infos": 1,
                            "account_fees": 1,
                            "summary": 1,
                            "key_info": 1,
                            "margin_infos": 1,
                            "balances": 1,
                            "transfer": 1,
                            "deposit/new": 1,
                            "withdraw": 1,
                            "order/new": 1,
                            "order/new/multi": 1,
                            "order/cancel": 1,
                            "order/cancel/multi": 1,
                            "order/cancel/all": 1,
                            "order/cancel/replace": 1,
                            "order/status": 1,
                            "orders": 1,
                            "orders/hist": 1,
                            "positions": 1,
                            "position/close": 1,
                            "position/claim": 1,
                            "history": 1,
                            "history/movements": 1,
                            "mytrades": 1,
                            "mytrades_funding": 1,
                            "offer/new": 1,
                            "offer/cancel": 1,
                            "offer/status": 1,
                            "offers": 1,
                            "offers/hist": 1,
                            "credits": 1,
                            "taken_funds": 1,
                            "unused_taken_funds": 1,
                            "total_taken_funds": 1,
                            "funding/close": 1,
                            "basket_manage": 1,
                        }
                    },
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": True, "percentage": True, "taker": 0.002, "maker": 0.001}},
                "precisionMode": DECIMAL_PLACES,
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
                    "1M": "1M",
                },
                "commonCurrencies": {"UST": "USDT", "DSH": "DASH", "IOT": "IOTA", "QTM": "QTUM"},
                "options": {
                    "wallet": "exchange",
                    "methods": {
                        "BTC": "bitcoin",
                        "LTC": "litecoin",
                        "ETH": "ethereum",
                        "ETC": "ethereumc",
                        "USDT": "tetheruso",
                        "XRP": "ripple",
                        "XMR": "monero",
                        "ZEC": "zcash",
                        "DASH": "dash",
                        "EOS": "eos",
                        "XLM": "xlm",
                        "TRX": "trx",
                    },
                    "networkMethods": {
                        "BTC": {"BTC": "bitcoin"},
                        "LTC": {"LTC": "litecoin"},
                        "ETH": {"ERC20": "ethereum"},
                        "USDT": {
                            "ERC20": "tetheruse",
                            "TRC20": "tetherusx",
                            "OMNI": "tetheruso",
                            "LIQUID": "tetherusl",
                            "SOL": "tetherusdtsol",
                            "AVAXC": "tetherusdtavax",
                        },
                        "XRP": {"XRP": "ripple"},
                        "TRX": {"TRC20": "trx"},
                    },
                    "accountsByType": {"spot": "exchange", "margin": "trading", "funding": "deposit"},
                    "transactionStatuses": {
                        "COMPLETED": "ok",
                        "PENDING": "pending",
                        "PROCESSING": "pending",
                        "SENDING": "pending",
                        "CANCELED": "canceled",
                        "UNCONFIRMED": "pending",
                    },
                },
                "exceptions": {
                    "exact": {
                        "Nonce is too small.": InvalidNonce,
                        "Invalid X-BFX-SIGNATURE.": AuthenticationError,
                        "Could not find a key matching the given X-BFX-APIKEY.": AuthenticationError,
                        "This API key does not have permission for this action": PermissionDenied,
                        "No such order found.": OrderNotFound,
                        "Order could not be cancelled.": OrderNotFound,
                        "Unknown symbol": BadSymbol,
                        "Cannot evaluate your available balance, please try again": ExchangeNotAvailable,
                        "ERR_RATE_LIMIT": RateLimitExceeded,
                        "Ratelimit": RateLimitExceeded,
                    },
                    "broad": {
                        "not enough exchange balance": InsufficientFunds,
                        "Invalid order": InvalidOrder,
                        "Invalid address": InvalidAddress,
                        "Nonce is too small": InvalidNonce,
                        "Key price should be a decimal number": InvalidOrder,
                        "Key amount should be a decimal number": InvalidOrder,
                    },
                },
            },
        )

    def nonce(self):
        return self.milliseconds()

    # --- markets -------------------------------------------------------------------------------------
    async def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        response = await self.public_get_symbols_details(params)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            id_ = self.safe_string(entry, "pair")
            if id_ is None:
                i += 1
                continue  # (no market to trade by here: its split failed the whole load with a TypeError)
            # 'btcusd', or 'testbtc:testusd' when a side has more than three letters.
            base_id = None
            quote_id = None
            if js.index_of(id_, ":") >= 0:
                parts = js.split(id_, ":")
                base_id = js.get(parts, 0)
                quote_id = js.get(parts, 1)
            else:
                base_id = js.slice_(id_, 0, 3)
                quote_id = js.slice_(id_, 3, 6)
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
                    active=True,
                    type="spot",
                    spot=True,
                    taker=js.get(js.get(self.fees, "trading"), "taker"),
                    maker=js.get(js.get(self.fees, "trading"), "maker"),
                    precision={"amount": 8, "price": self.safe_integer(entry, "price_precision")},
                    limits={
                        "amount": {
                            "min": self.safe_number(entry, "minimum_order_size"),
                            "max": self.safe_number(entry, "maximum_order_size"),
                        },
                        "price": {"min": None, "max": None},
                        "cost": {"min": None, "max": None},
                    },
                    info=entry,
                )
            )
            i += 1
        return result

    def price_to_precision(self, symbol, price):
        # price_precision counts significant digits, not decimal places.
        market = self.market(symbol)
        return self.decimal_to_precision(
            price, ROUND, js.get(js.get(market, "precision"), "price"), SIGNIFICANT_DIGITS, self.paddingMode
        )

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        return self.ticker_structure(
            symbol=self.safe_symbol(None, market),
            timestamp=self.safe_timestamp(ticker, "timestamp"),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            bid=self.safe_string(ticker, "bid"),
            ask=self.safe_string(ticker, "ask"),
            last=self.safe_string(ticker, "last_price"),
            average=self.safe_string(ticker, "mid"),
            base_volume=self.safe_string(ticker, "volume"),
            info=ticker,
            market=market,
        )

    async def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_pubticker_symbol(
            self.extend({"symbol": js.get(market, "id")}, params)
        )
        return self.parse_ticker(response, market)

    async def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # v1 has one ticker per request: the symbols are required, and each costs a request.
        if symbols is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchTickers () requires a list of symbols: the v1 API has no request for all tickers"
                )
            )
        await self.load_markets()
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(symbols)):
                break
            ticker = await self.fetch_ticker(js.get(symbols, i), params)
            js.set_(result, js.get(ticker, "symbol"), ticker)
            i += 1
        return result

    async def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        await self.load_markets()
        market = self.market(symbol)
        request = {"symbol": js.get(market, "id")}
        if limit is not None:
            request["limit_bids"] = limit
            request["limit_asks"] = limit
        response = await self.public_get_book_symbol(self.extend(request, params))
        return self.parse_order_book(
            response, js.get(market, "symbol"), None, "bids", "asks", "price", "amount"
        )

    def parse_trade(self, trade, market=None):
        # Public: { timestamp, tid, price, amount, exchange, type: 'sell' }; mytrades adds order_id and
        # the fee as a negative fee_amount in fee_currency, with type 'Buy' or 'Sell'.
        fee = None
        fee_amount = self.safe_string(trade, "fee_amount")
        if fee_amount is not None:
            fee = {
                "cost": Precise.string_neg(fee_amount),
                "currency": self.safe_currency_code(self.safe_string(trade, "fee_currency")),
            }
        return self.trade_structure(
            identifier=self.safe_string(trade, "tid"),
            order=self.safe_string(trade, "order_id"),
            symbol=self.safe_symbol(None, market),
            timestamp=self.safe_timestamp(trade, "timestamp"),
            side=self.safe_string_lower(trade, "type"),
            price=self.safe_string(trade, "price"),
            amount=self.safe_string(trade, "amount"),
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
        await self.load_markets()
        market = self.market(symbol)
        request = {"symbol": js.get(market, "id")}
        if since is not None:
            request["timestamp"] = js.floor(js.divide(since, 1000))
        if limit is not None:
            request["limit_trades"] = limit
        response = await self.public_get_trades_symbol(self.extend(request, params))
        return self.parse_trades(response, market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    async def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # One wallet at a time: options['wallet'] ('exchange', 'trading' or 'deposit').
        await self.load_markets()
        wallet = self.safe_string(params, "wallet", js.get(self.options, "wallet"))
        response = await self.private_post_balances(self.omit(params, "wallet"))
        result = {"info": response}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            if js.strict_equal(self.safe_string(entry, "type"), wallet):
                account = self.account()
                js.set_(account, "total", self.safe_string(entry, "amount"))
                js.set_(account, "free", self.safe_string(entry, "available"))
                js.set_(result, self.safe_currency_code(self.safe_string(entry, "currency")), account)
            i += 1
        return self.safe_balance(result)

    # --- orders --------------------------------------------------------------------------------------
    async def fetch_trading_fees(self, params: dict[str, Any] | None = None) -> dict[str, TradingFee]:
        if params is None:
            params = {}
        # account_infos: the account's maker and taker fees in percent, and per currency ('pairs') those of
        # the markets of that base currency.
        await self.load_markets()
        response = await self.private_post_account_infos(params)
        account = self.safe_dict(response, 0, {})
        by_currency = self.index_by(self.safe_list(account, "fees", []), "pairs")
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(self.symbols)):
                break
            market = self.market(js.get(self.symbols, i))
            fees = self.safe_dict(by_currency, js.upper(js.get(market, "baseId")), account)
            js.set_(
                result,
                js.get(market, "symbol"),
                {
                    "symbol": js.get(market, "symbol"),
                    "maker": self.parse_number(
                        Precise.string_div(self.safe_string(fees, "maker_fees"), "100")
                    ),
                    "taker": self.parse_number(
                        Precise.string_div(self.safe_string(fees, "taker_fees"), "100")
                    ),
                    "info": account,
                },
            )
            i += 1
        return result

    async def fetch_trading_fee(self, symbol: str, params: dict[str, Any] | None = None) -> TradingFee:
        if params is None:
            params = {}
        # account_infos reports every market at once.
        return await self.trading_fee_of_all(symbol, params)

    def parse_order(self, order, market=None):
        market = self.safe_market(self.safe_string(order, "symbol"), market)
        status = "closed"
        if self.safe_bool(order, "is_live") is True:
            status = "open"
        elif self.safe_bool(order, "is_cancelled") is True:
            status = "canceled"
        # 'exchange limit' is a limit order on the exchange wallet; 'limit' one on the margin wallet. A stop
        # is a market order triggered at its price; fill-or-kill a limit order with timeInForce FOK; the price
        # of a trailing stop is its trailing distance, not a price.
        (
            type_,
            time_in_force,
            kind,
        ) = js.destructure(self.order_kind(self.safe_string(order, "type")), 3)
        price = self.safe_string(order, "price")
        trigger_price = None
        if kind == "stop":
            trigger_price = price
            price = None
        elif kind == "trailing":
            price = None
        average = self.safe_string(order, "avg_execution_price")
        if (average is not None) and Precise.string_eq(average, "0"):
            average = None
        return self.safe_order(
            {
                "id": self.safe_string(order, "id"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.safe_timestamp(order, "timestamp"),
                "status": status,
                "type": type_,
                "timeInForce": time_in_force,
                "side": self.safe_string(order, "side"),
                "price": price,
                "triggerPrice": trigger_price,
                "amount": self.safe_string(order, "original_amount"),
                "filled": self.safe_string(order, "executed_amount"),
                "remaining": self.safe_string(order, "remaining_amount"),
                "average": average,
                "info": order,
            },
            market,
        )

    def order_kind(self, name):
        # An order type of v1 ('exchange limit', 'stop', 'trailing-stop', 'fill-or-kill', with or without
        # 'exchange ') or of v2 ('EXCHANGE LIMIT', 'STOP LIMIT', 'TRAILING STOP', 'FOK', 'IOC'):
        # [ unified type, timeInForce, 'stop' (its price is the trigger) or 'trailing' (its price is the
        # trailing distance) or undefined ].
        if name is None:
            return [None, None, None]
        kind = js.join(js.split(js.lower(name), "-"), " ")
        if kind.startswith("exchange "):
            kind = js.slice_(kind, 9)
        if kind == "stop":
            return ["market", None, "stop"]
        if kind == "stop limit":
            return ["limit", None, "stop"]
        if kind == "trailing stop":
            return ["market", None, "trailing"]
        if (kind == "fill or kill") or (kind == "fok"):
            return ["limit", "FOK", None]
        if kind == "ioc":
            return ["limit", "IOC", None]
        return [kind, None, None]

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
        # order/new on the exchange wallet. The unified params map to v1's fields and types: postOnly is
        # is_postonly; timeInForce FOK is the type 'exchange fill-or-kill'; triggerPrice or stopLossPrice on a
        # market order is the type 'exchange stop' with the trigger as its price. v1 has no stop-limit,
        # take-profit, IOC, client order id, quote-sized order or reduce-only: those are NotSupported.
        await self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params(
            "createOrder", unified, ["takeProfitPrice", "reduceOnly", "clientOrderId", "cost"]
        )
        if (type_ == "limit") and (price is None):
            raise ArgumentsRequired(
                js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
            )
        time_in_force = js.get(unified, "timeInForce")
        if time_in_force == "IOC":
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () timeInForce IOC is not supported: v1 has fill-or-kill (FOK) only"
                )
            )
        trigger = js.get(unified, "trigger")
        if (trigger is not None) and (not (type_ == "market")):
            raise NotSupported(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " createOrder () ")
                    + js.to_str(js.get(unified, "triggerKind"))
                    + " is supported on market orders only (v1 has no stop-limit order)"
                )
            )
        bitfinex_type = type_
        if trigger is not None:
            bitfinex_type = "stop"
        elif time_in_force == "FOK":
            if not (type_ == "limit"):
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id) + " createOrder () timeInForce FOK applies to limit orders only"
                    )
                )
            bitfinex_type = "fill-or-kill"
        request = {
            "symbol": js.get(market, "id"),
            "amount": self.amount_to_precision(symbol, amount),
            "side": side,
            "type": js.bounded_text("exchange " + js.to_str(bitfinex_type)),
            "exchange": "bitfinex",
        }
        if trigger is not None:
            request["price"] = self.price_to_precision(symbol, trigger)
        elif type_ == "market":
            # The price is required but not used for market orders.
            request["price"] = "1"
        else:
            request["price"] = self.price_to_precision(symbol, price)
        if js.truthy(js.get(unified, "postOnly")):
            request["is_postonly"] = True
        response = await self.private_post_order_new(self.extend(request, rest))
        return self.parse_order(response, market)

    async def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        await self.load_markets()
        response = await self.private_post_order_cancel(self.extend({"order_id": js.parse_int(id_)}, params))
        return self.parse_order(response)

    async def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # order/cancel/all (every symbol), or order/cancel/multi with the ids of the symbol's open orders;
        # both answer with a message only: the orders canceled are those listed open just before (one that
        # fills in between is reported canceled).
        open_ = await self.fetch_open_orders(symbol)
        response = None
        if symbol is None:
            response = await self.private_post_order_cancel_all(params)
        elif js.strict_equal(js.length(open_), 0):
            return []
        else:
            ids = []
            i = 0
            while True:
                if not js.less(i, js.length(open_)):
                    break
                ids.append(js.parse_int(js.get(js.get(open_, i), "id")))
                i += 1
            response = await self.private_post_order_cancel_multi(self.extend({"order_ids": ids}, params))
        return self.canceled_orders(open_, response)

    async def fetch_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        await self.load_markets()
        response = await self.private_post_order_status(self.extend({"order_id": js.parse_int(id_)}, params))
        return self.parse_order(response)

    async def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        await self.load_markets()
        response = await self.private_post_orders(params)
        market = None if (symbol is None) else self.market(symbol)
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
        # orders/hist: the orders of the last three days that are no longer live; it takes no time range.
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchClosedOrders () does not support the unified param until: orders/hist takes no time range"
                )
            )
        await self.load_markets()
        request = {}
        if limit is not None:
            request["limit"] = limit
        response = await self.private_post_orders_hist(self.extend(request, params))
        market = None if (symbol is None) else self.market(symbol)
        return self.parse_orders(response, market, since, limit)

    async def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(js.to_str(self.id) + " fetchMyTrades () requires a symbol argument")
            )
        await self.load_markets()
        market = self.market(symbol)
        request = {"symbol": js.get(market, "id")}
        if since is not None:
            request["timestamp"] = js.floor(js.divide(since, 1000))
        if limit is not None:
            request["limit_trades"] = limit
        # mytrades names its end time until too, in seconds.
        until = self.safe_integer(params, "until")
        if until is not None:
            request["until"] = js.floor(js.divide(until, 1000))
        response = await self.private_post_mytrades(self.extend(request, self.omit(params, "until")))
        return self.parse_trades(response, market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        code = self.safe_currency_code(self.safe_string(transaction, "currency"), currency)
        status = self.safe_string(transaction, "status")
        fee = None
        fee_cost = self.safe_string(transaction, "fee")
        if fee_cost is not None:
            fee = {"cost": Precise.string_abs(fee_cost), "currency": code}
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "id"),
                "txid": self.safe_string(transaction, "txid"),
                "timestamp": self.safe_timestamp(transaction, "timestamp_created"),
                "updated": self.safe_timestamp(transaction, "timestamp"),
                "address": self.safe_string(transaction, "address"),
                "network": self.method_network(code, self.safe_string_lower(transaction, "method")),
                "type": self.safe_string_lower(transaction, "type"),
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(js.get(self.options, "transactionStatuses"), status, status),
                "fee": fee,
                "info": transaction,
            },
            currency,
        )

    async def fetch_movements(self, type_, code, since, limit, params):
        # history/movements lists both deposits and withdrawals of one currency.
        if code is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id) + " requires a currency code to list deposits or withdrawals"
                )
            )
        await self.load_markets()
        currency = self.currency(code)
        request = {"currency": js.upper(js.get(currency, "id"))}
        if since is not None:
            request["since"] = js.floor(js.divide(since, 1000))
        # history/movements names its end time until too, in seconds.
        until = self.safe_integer(params, "until")
        if until is not None:
            request["until"] = js.floor(js.divide(until, 1000))
        if limit is not None:
            request["limit"] = limit
        response = await self.private_post_history_movements(self.extend(request, self.omit(params, "until")))
        transactions = self.parse_transactions(response, currency, since)
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
        # The deposit or withdrawal method: params['method'], else that of the unified network
        # params['network'] (options['networkMethods']), else the currency's own (options['methods']).
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
        # The unified network of a currency's method (options['networkMethods']), else the method itself.
        by_network = self.safe_dict(js.get(self.options, "networkMethods"), code, {})
        networks = js.keys(by_network)
        i = 0
        while True:
            if not (i < len(networks)):
                break
            if js.strict_equal(self.safe_string(by_network, networks[i]), method):
                return networks[i]
            i += 1
        return method

    async def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        return await self.deposit_address(code, 0, params)

    async def create_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        return await self.deposit_address(code, 1, params)

    async def deposit_address(self, code, renew, params):
        # deposit/new of the method (transferMethod) into options['wallet']; renew 1 makes a new address.
        await self.load_markets()
        request = {
            "method": self.transfer_method(code, params),
            "wallet_name": js.get(self.options, "wallet"),
            "renew": renew,
        }
        response = await self.private_post_deposit_new(
            self.extend(request, self.omit(params, ["method", "network"]))
        )
        # Currencies with a memo answer with the memo as 'address' and the shared address as 'address_pool'.
        address = self.safe_string(response, "address")
        tag = None
        pool = self.safe_string(response, "address_pool")
        if pool is not None:
            tag = address
            address = pool
        return {
            "currency": code,
            "address": address,
            "tag": tag,
            "network": self.method_network(code, js.get(request, "method")),
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
        # withdraw_type is the method (transferMethod), from options['wallet'].
        await self.load_markets()
        request = {
            "withdraw_type": self.transfer_method(code, params),
            "walletselected": js.get(self.options, "wallet"),
            "amount": self.number_to_string(amount),
            "address": address,
        }
        if tag is not None:
            request["payment_id"] = tag
        response = await self.private_post_withdraw(
            self.extend(request, self.omit(params, ["method", "network"]))
        )
        result = self.safe_dict(response, 0, {})
        status = self.safe_string(result, "status")
        if not (status == "success"):
            raise ExchangeError(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " withdraw () failed: ")
                    + self.safe_string(result, "message", "")
                )
            )
        return self.safe_transaction(
            {
                "id": self.safe_string(result, "withdrawal_id"),
                "type": "withdrawal",
                "address": address,
                "tag": tag,
                "network": self.method_network(code, js.get(request, "withdraw_type")),
                "amount": js.get(request, "amount"),
                "currency": code,
                "info": response,
            }
        )

    async def fetch_deposit_withdraw_fees(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, DepositWithdrawFee]:
        if params is None:
            params = {}
        # account_fees: { withdraw: { currency: fee } }, the account's withdrawal fee of each currency (an
        # amount); deposits and networks are not reported.
        await self.load_markets()
        response = await self.private_post_account_fees(params)
        fees = self.safe_dict(response, "withdraw", {})
        ids = js.keys(fees)
        result = {}
        i = 0
        while True:
            if not (i < len(ids)):
                break
            code = self.safe_currency_code(ids[i])
            if (codes is not None) and (not js.truthy(self.in_array(code, codes))):
                i += 1
                continue
            js.set_(
                result,
                code,
                {
                    "code": code,
                    "withdraw": self.fee_amount(self.safe_number(fees, ids[i])),
                    "deposit": {},
                    "networks": {},
                    "info": self.safe_value(fees, ids[i]),
                },
            )
            i += 1
        return result

    async def transfer(
        self,
        code: str,
        amount: float,
        from_account: str,
        to_account: str,
        params: dict[str, Any] | None = None,
    ) -> Transfer:
        if params is None:
            params = {}
        # transfer between the wallets of the account: { status, message } in a list.
        await self.load_markets()
        currency = self.currency(code)
        request = {
            "amount": self.number_to_string(amount),
            "currency": js.upper(js.get(currency, "id")),
            "walletfrom": self.account_type_id(from_account),
            "walletto": self.account_type_id(to_account),
        }
        response = await self.private_post_transfer(self.extend(request, params))
        result = self.safe_dict(response, 0, {})
        status = self.safe_string(result, "status")
        if not (status == "success"):
            raise ExchangeError(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " transfer () failed: ")
                    + self.safe_string(result, "message", "")
                )
            )
        return self.safe_transfer(
            {
                "currency": code,
                "amount": js.get(request, "amount"),
                "fromAccount": from_account,
                "toAccount": to_account,
                "status": "ok",
                "info": response,
            }
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
            js.bounded_text("/" + js.to_str(self.version) + "/")
            + js.to_str(self.implode_params(path, params))
        )
        url = js.bounded_text(js.to_str(js.get(self.urls, "api")) + request)
        query = self.omit(params, self.extract_params(path))
        if api == "public":
            if len(js.keys(query)) > 0:
                url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(query)))
            return {"url": url, "method": method, "body": body, "headers": headers}
        # The payload is the JSON body with the path and a nonce, base64-encoded in X-BFX-PAYLOAD and
        # signed with HMAC-SHA384 (hex) in X-BFX-SIGNATURE.
        self.check_required_credentials()
        body = self.json(
            self.extend({"request": request, "nonce": self.number_to_string(self.nonce())}, query)
        )
        payload = self.string_to_base64(body)
        headers = {
            "X-BFX-APIKEY": self.apiKey,
            "X-BFX-PAYLOAD": payload,
            "X-BFX-SIGNATURE": self.hmac(self.encode(payload), self.encode(self.secret), "sha384"),
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
        # Errors are { "message": "..." } (or { "error": "ERR_RATE_LIMIT" }) with HTTP 4xx or 5xx.
        if js.less(status, 400) or (response is None) or js.is_array(response):
            return
        message = self.safe_string2(response, "message", "error")
        if message is None:
            return
        feedback = js.bounded_text(js.to_str(self.id) + " " + js.to_str(message))
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), message, feedback)
        self.throw_broadly_matched_exception(js.get(self.exceptions, "broad"), message, feedback)
        raise ExchangeError(feedback)

    # --- streaming: WebSocket API v2, public channels (https://docs.bitfinex.com/docs/ws-public) --------------------
    def stream_symbol(self, market):
        # v2 names trading pairs tBTCUSD where v1 says btcusd.
        return js.bounded_text("t" + js.upper(js.get(market, "id")))

    async def watch_channel(self, channel, market, message_hash, extra=None):
        if extra is None:
            extra = {}
        symbol = self.stream_symbol(market)
        message = self.extend({"event": "subscribe", "channel": channel, "symbol": symbol}, extra)
        self.request_channel(js.bounded_text(js.to_str(channel) + ":" + js.to_str(symbol)))
        return await self.watch(
            self.stream_url("public"),
            message_hash,
            js.bounded_text(js.to_str(channel) + ":" + js.to_str(symbol)),
            message,
        )

    def request_channel(self, subscribe_hash):
        # The subscriptions sent, by subscribe hash: a subscribed event is kept only for one of them. One watched
        # again is no longer abandoned (see unWatchChannel): its subscribed event is the new watch's.
        requested = self.stream_state("requestedChannels", {})
        js.set_(requested, subscribe_hash, True)
        self.set_stream_state("requestedChannels", requested)
        abandoned = self.stream_state("abandonedChannels", {})
        js.delete(abandoned, subscribe_hash)
        self.set_stream_state("abandonedChannels", abandoned)

    async def watch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        await self.load_markets()
        market = self.market(symbol)
        return await self.watch_channel(
            "ticker", market, js.bounded_text("ticker:" + js.to_str(js.get(market, "symbol")))
        )

    async def watch_trades(
        self,
        symbol: str,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        await self.load_markets()
        market = self.market(symbol)
        trades = await self.watch_channel(
            "trades", market, js.bounded_text("trades:" + js.to_str(js.get(market, "symbol")))
        )
        return self.filter_by_since_limit(trades, since, limit, "timestamp", True)

    async def watch_ohlcv(
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
        # The candles channel names its stream by a key: trade:<timeframe>:<symbol>.
        await self.load_markets()
        market = self.market(symbol)
        key = js.bounded_text(
            js.bounded_text("trade:" + js.to_str(self.stream_timeframe(timeframe)) + ":")
            + js.to_str(self.stream_symbol(market))
        )
        message = {"event": "subscribe", "channel": "candles", "key": key}
        self.request_channel(js.bounded_text("candles:" + key))
        candles = await self.watch(
            self.stream_url("public"),
            js.bounded_text("ohlcv:" + key),
            js.bounded_text("candles:" + key),
            message,
        )
        return self.filter_by_since_limit(candles, since, limit, 0, True)

    watchOHLCV = MethodAlias("watch_ohlcv")

    async def un_watch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> None:
        if params is None:
            params = {}
        await self.un_watch_channel("ticker", symbol, "ticker:")

    async def un_watch_trades(self, symbol: str, params: dict[str, Any] | None = None) -> None:
        if params is None:
            params = {}
        await self.un_watch_channel("trades", symbol, "trades:")

    async def un_watch_order_book(self, symbol: str, params: dict[str, Any] | None = None) -> None:
        if params is None:
            params = {}
        await self.un_watch_channel("book", symbol, "book:")

    async def un_watch_channel(self, channel, symbol, prefix):
        # Unsubscribing names the chanId that the subscribed event gave. That event may not have come yet (none has,
        # or after a reconnect the chanId known is the last connection's): the subscription is abandoned, so that
        # an event of it still to come unsubscribes it (handleSubscribed), where the server went on sending its
        # frames and refused the next watch of it as already subscribed.
        await self.load_markets()
        market = self.market(symbol)
        subscribe_hash = js.bounded_text(
            js.bounded_text(js.to_str(channel) + ":") + js.to_str(self.stream_symbol(market))
        )
        chan_ids = self.stream_state("chanIds", {})
        channels = self.stream_state("channels", {})
        requested = self.stream_state("requestedChannels", {})
        chan_key = self.safe_string(chan_ids, subscribe_hash)
        chan_id = self.safe_integer(chan_ids, subscribe_hash)
        if js.truthy(self.channel_names(channels, chan_key, subscribe_hash)):
            js.delete(channels, chan_key)
        if self.safe_value(requested, subscribe_hash) is not None:
            abandoned = self.stream_state("abandonedChannels", {})
            js.set_(abandoned, subscribe_hash, True)
            self.set_stream_state("abandonedChannels", abandoned)
        js.delete(chan_ids, subscribe_hash)
        js.delete(requested, subscribe_hash)
        self.set_stream_state("channels", channels)
        self.set_stream_state("chanIds", chan_ids)
        self.set_stream_state("requestedChannels", requested)
        self.set_stream_state(js.add(prefix, js.get(market, "symbol")), None)
        message = None if (chan_id is None) else {"event": "unsubscribe", "chanId": chan_id}
        await self.unwatch(self.stream_url("public"), subscribe_hash, message)

    async def watch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # The raw precision book (P0) of 25 levels a side, with checksums: the connection asks for them once
        # (conf flag 131072), before its first book.
        await self.load_markets()
        market = self.market(symbol)
        self.remember_book_limit(js.get(market, "symbol"), limit)
        url = self.stream_url("public")
        await self.subscribe(url, "conf", {"event": "conf", "flags": 131072})
        book = await self.watch_channel(
            "book",
            market,
            js.bounded_text("book:" + js.to_str(js.get(market, "symbol"))),
            {"prec": "P0", "freq": "F0", "len": "25"},
        )
        return self.limit_order_book(book, limit)

    # the account info channel (chanId 0) of an authenticated connection (https://docs.bitfinex.com/docs/ws-auth)
    def authentication_message(self):
        # HMAC-SHA384 (hex) of 'AUTH' + nonce; the nonce grows with the clock (microseconds).
        self.check_required_credentials()
        nonce = self.number_to_string(js.multiply(self.milliseconds(), 1000))
        payload = js.bounded_text("AUTH" + js.to_str(nonce))
        return {
            "event": "auth",
            "apiKey": self.apiKey,
            "authSig": self.hmac(self.encode(payload), self.encode(self.secret), "sha384"),
            "authNonce": nonce,
            "authPayload": payload,
        }

    async def resubscribe_message(self, url, subscribe_hash, message):
        # A new connection is authenticated with a new nonce.
        return self.authentication_message() if (subscribe_hash == "auth") else message

    async def watch_account(self, message_hash):
        # Authenticating subscribes to everything of the account: each watch waits for its part.
        await self.load_markets()
        return await self.watch(
            self.stream_url("private"), message_hash, "auth", self.authentication_message()
        )

    async def watch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        return await self.watch_account("balance")

    async def watch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        orders = await self.watch_account("orders")
        return self.filter_by_symbol_since_limit(orders, symbol, since, limit, True)

    async def watch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        trades = await self.watch_account("myTrades")
        return self.filter_by_symbol_since_limit(trades, symbol, since, limit, True)

    def handle_account_message(self, url, message):
        # [ 0, 'ws', wallets ] and [ 0, 'wu', wallet ]; [ 0, 'os', orders ] and [ 0, 'on' | 'ou' | 'oc', order ];
        # [ 0, 'tu', trade ] (the trade with its fee; 'te', the same trade earlier without it, is left out).
        kind = self.safe_string(message, 1)
        payload = self.safe_list(message, 2, [])
        if kind == "ws":
            self.handle_wallets(url, payload)
        elif kind == "wu":
            self.handle_wallets(url, [payload])
        elif kind == "os":
            i = 0
            while True:
                if not (i < len(payload)):
                    break
                self.handle_stream_order(url, js.get(payload, i))
                i += 1
        elif (kind == "on") or (kind == "ou") or (kind == "oc"):
            self.handle_stream_order(url, payload)
        elif kind == "tu":
            self.handle_stream_my_trade(url, payload)

    def handle_wallets(self, url, wallets):
        # [ type, currency, balance, unsettled interest, available balance, ... ]: the exchange wallets only.
        accounts = {}
        i = 0
        while True:
            if not js.less(i, js.length(wallets)):
                break
            if not (self.safe_string(js.get(wallets, i), 0) == "exchange"):
                i += 1
                continue
            account = self.account()
            js.set_(account, "total", self.safe_string(js.get(wallets, i), 2))
            js.set_(account, "free", self.safe_string(js.get(wallets, i), 4))
            js.set_(accounts, self.safe_currency_code(self.safe_string(js.get(wallets, i), 1)), account)
            i += 1
        self.resolve_balance(url, accounts, wallets)

    def stream_market(self, symbol):
        # tBTCUSD -> the market btcusd.
        return self.safe_market(None if (symbol is None) else js.lower(js.slice_(symbol, 1)))

    def handle_stream_order(self, url, order):
        # [ id, gid, cid, symbol, created, updated, amount left (negative: a sell), amount, type, previous type,
        #   time in force, _, flags, status, _, _, price, average price, ... ]
        market = self.stream_market(self.safe_string(order, 3))
        amount = self.safe_string(order, 7)
        status = self.safe_string(order, 13, "")
        unified = "open"
        if status.startswith("EXECUTED"):
            unified = "closed"
        elif js.index_of(status, "CANCELED") >= 0:
            unified = "canceled"
        # A stop's PRICE is its trigger (a stop limit's limit price is PRICE_AUX_LIMIT), a trailing stop's
        # PRICE_TRAILING its distance.
        (
            type_,
            time_in_force,
            kind,
        ) = js.destructure(self.order_kind(self.safe_string(order, 8)), 3)
        price = self.safe_string(order, 16)
        trigger_price = None
        if kind == "stop":
            trigger_price = price
            price = self.safe_string(order, 19) if (type_ == "limit") else None
        elif kind == "trailing":
            price = None
        result = self.safe_order(
            {
                "id": self.safe_string(order, 0),
                "clientOrderId": self.safe_string(order, 2),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.safe_integer(order, 4),
                "lastUpdateTimestamp": self.safe_integer(order, 5),
                "status": unified,
                "type": type_,
                "timeInForce": time_in_force,
                "side": "sell" if Precise.string_lt(amount, "0") else "buy",
                "price": price,
                "triggerPrice": trigger_price,
                "average": self.safe_string(order, 17),
                "amount": Precise.string_abs(amount),
                "remaining": Precise.string_abs(self.safe_string(order, 6)),
                "info": order,
            },
            market,
        )
        self.resolve_order(url, "orders", result)

    def handle_stream_my_trade(self, url, trade):
        # [ id, symbol, time, order id, amount (negative: a sell), price, order type, order price, maker (1, or
        #   -1 for a taker), fee (negative: paid), fee currency, cid ]
        market = self.stream_market(self.safe_string(trade, 1))
        amount = self.safe_string(trade, 4)
        fee = self.safe_string(trade, 9)
        result = self.trade_structure(
            identifier=self.safe_string(trade, 0),
            order=self.safe_string(trade, 3),
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer(trade, 2),
            side="sell" if Precise.string_lt(amount, "0") else "buy",
            taker_or_maker="maker" if js.strict_equal(self.safe_integer(trade, 8), 1) else "taker",
            price=self.safe_string(trade, 5),
            amount=Precise.string_abs(amount),
            fee=(
                None
                if (fee is None)
                else {
                    "cost": Precise.string_neg(fee),
                    "currency": self.safe_currency_code(self.safe_string(trade, 10)),
                }
            ),
            info=trade,
            market=market,
        )
        self.resolve_cached(url, "myTrades", result)

    async def handle_message(self, url, message):
        # Events { event: subscribed | error | info | conf | auth }; channel data [ chanId, payload ], with the
        # channel and symbol known from its subscribed event; [ chanId, 'hb' ] is a heartbeat; chanId 0 is the
        # account of an authenticated connection.
        if not js.is_array(message):
            await self.handle_stream_event(url, message)
            return
        if js.strict_equal(self.safe_integer(message, 0), 0):
            self.handle_account_message(url, message)
            return
        channels = self.stream_state("channels", {})
        subscribed = self.safe_dict(channels, self.safe_string(message, 0))
        payload = self.safe_value(message, 1)
        if (subscribed is None) or (payload == "hb"):
            return
        channel = self.safe_string(subscribed, "channel")
        if channel == "candles":
            self.handle_candles_data(url, payload, self.safe_string(subscribed, "key"))
            return
        market = self.safe_market(self.safe_string_lower(subscribed, "pair"))
        if channel == "ticker":
            self.handle_ticker_data(url, payload, market)
        elif channel == "trades":
            self.handle_trades_data(url, message, market)
        elif channel == "book":
            await self.handle_book_data(url, message, market)

    async def handle_stream_event(self, url, message):
        # An error of a subscription already there (10301: watched again before the server answered the watch
        # before, whose chanId carries its frames) or of an unsubscribe (10400, 10401: a chanId the server no
        # longer has) fails no caller.
        event = self.safe_string(message, "event")
        code = self.safe_string(message, "code")
        if (
            (event == "subscribed")
            and (js.typeof(url) == "string")
            and js.strict_equal(url, self.stream_url("public"))
        ):
            await self.handle_subscribed(
                url, message
            )  # (the private connection's server named public channels: round 69)
        elif (event == "auth") and (not (self.safe_string(message, "status") == "OK")):
            self.reject_update(
                url,
                None,
                AuthenticationError,
                js.bounded_text(
                    js.bounded_text(
                        js.bounded_text(js.to_str(self.id) + " ")
                        + self.safe_string(message, "code", "")
                        + " "
                    )
                    + self.safe_string(message, "msg", "refused the authentication")
                ),
            )
        elif (
            (event == "error")
            and (not (code == "10301"))
            and (not (code == "10400"))
            and (not (code == "10401"))
        ):
            self.reject_update(
                url,
                None,
                BadRequest,
                js.bounded_text(
                    js.bounded_text(
                        js.bounded_text(js.to_str(self.id) + " ")
                        + self.safe_string(message, "code", "")
                        + " "
                    )
                    + self.safe_string(message, "msg", "refused the request")
                ),
            )

    def channel_names(self, channels, chan_id, subscribe_hash):
        # Whether the channel of a chanId is still this subscription's: after a reconnect, one subscription's old
        # chanId may be another's new one.
        return (chan_id is not None) and js.strict_equal(
            self.safe_string(self.safe_dict(channels, chan_id, {}), "hash"), subscribe_hash
        )

    async def handle_subscribed(self, url, message):
        # The channel of a chanId, kept only for a subscription the client sent, one chanId each (the one answered
        # last), and only the fields read: every subscribed event was kept whole, under any chanId a server chose.
        # Its market is the symbol subscribed to (tBTCUSD: BTCUSD), not the pair the event names besides. A
        # connection made again gives chanIds anew, one subscription's old id maybe another's new one: a chanId is
        # dropped only for the subscription it names (BTC's new 6 was dropped as ETH's old one: red-team round 70).
        # The event of a subscription unwatched before it came (abandoned) unsubscribes its chanId.
        channel = self.safe_string(message, "channel")
        chan_id = self.safe_string(message, "chanId")
        subscribe_hash = (
            js.bounded_text("candles:" + self.safe_string(message, "key", ""))
            if (channel == "candles")
            else js.bounded_text(
                js.bounded_text(js.to_str(channel) + ":") + self.safe_string(message, "symbol", "")
            )
        )
        if (channel is None) or (chan_id is None):
            return
        if self.safe_value(self.stream_state("requestedChannels", {}), subscribe_hash) is None:
            abandoned = self.stream_state("abandonedChannels", {})
            if self.safe_value(abandoned, subscribe_hash) is not None:
                js.delete(abandoned, subscribe_hash)
                self.set_stream_state("abandonedChannels", abandoned)
                await self.send_frame(
                    url, {"event": "unsubscribe", "chanId": self.safe_integer(message, "chanId")}
                )
            return
        channels = self.stream_state("channels", {})
        chan_ids = self.stream_state("chanIds", {})
        previous = self.safe_string(chan_ids, subscribe_hash)
        if js.truthy(self.channel_names(channels, previous, subscribe_hash)):
            js.delete(channels, previous)
        replaced = self.safe_string(self.safe_dict(channels, chan_id, {}), "hash")
        if replaced is not None:
            js.delete(
                chan_ids, replaced
            )  # (the subscription that this chanId named before, whose own new one follows)
        js.set_(
            channels,
            chan_id,
            {
                "hash": subscribe_hash,
                "channel": channel,
                "symbol": self.safe_string(message, "symbol"),
                "pair": js.slice_(self.safe_string(message, "symbol", ""), 1),
                "key": self.safe_string(message, "key"),
            },
        )
        js.set_(chan_ids, subscribe_hash, chan_id)
        self.set_stream_state("channels", channels)
        self.set_stream_state("chanIds", chan_ids)

    def handle_ticker_data(self, url, ticker, market):
        # [ bid, bid size, ask, ask size, daily change, daily change relative, last price, volume, high, low ]
        result = self.ticker_structure(
            symbol=js.get(market, "symbol"),
            bid=self.safe_string(ticker, 0),
            bid_volume=self.safe_string(ticker, 1),
            ask=self.safe_string(ticker, 2),
            ask_volume=self.safe_string(ticker, 3),
            change=self.safe_string(ticker, 4),
            percentage=Precise.string_mul(self.safe_string(ticker, 5), "100"),
            last=self.safe_string(ticker, 6),
            base_volume=self.safe_string(ticker, 7),
            high=self.safe_string(ticker, 8),
            low=self.safe_string(ticker, 9),
            info=ticker,
            market=market,
        )
        self.resolve_ticker(url, result)

    def handle_candles_data(self, url, payload, key):
        # A snapshot [ [ time, open, close, high, low, volume ], ... ] (newest first), then one candle at a time.
        if not js.is_array(payload):
            return
        message_hash = js.bounded_text("ohlcv:" + js.to_str(key))
        if not js.truthy(self.is_watched(url, message_hash)):
            return  # nothing kept for what no caller watches (a server names symbols at will)
        candles = [payload]
        cache = self.stream_state(message_hash, [])
        if js.strict_equal(js.length(payload), 0) or js.is_array(self.safe_value(payload, 0)):
            candles = self.sort_by(payload, 0)
            cache = []  # a snapshot (again after a reconnect) starts the cache anew
        i = 0
        while True:
            if not (i < len(candles)):
                break
            candle = js.get(candles, i)
            cache = self.append_candle(
                cache,
                [
                    self.safe_integer(candle, 0),
                    self.safe_number(candle, 1),
                    self.safe_number(candle, 3),
                    self.safe_number(candle, 4),
                    self.safe_number(candle, 2),
                    self.safe_number(candle, 5),
                ],
            )
            i += 1
        self.set_stream_state(message_hash, cache)
        self.resolve_update(url, cache, message_hash)

    def parse_stream_trade(self, trade, market):
        # [ id, time (ms), amount (negative: a sell), price ]
        amount = self.safe_string(trade, 2)
        return self.trade_structure(
            identifier=self.safe_string(trade, 0),
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer(trade, 1),
            side="sell" if Precise.string_lt(amount, "0") else "buy",
            price=self.safe_string(trade, 3),
            amount=Precise.string_abs(amount),
            info=trade,
            market=market,
        )

    def handle_trades_data(self, url, message, market):
        # A snapshot [ chanId, [ trades, newest first ] ], then [ chanId, 'te', trade ] as trades happen ('tu'
        # repeats a te with its id: left out).
        message_hash = js.bounded_text("trades:" + js.to_str(js.get(market, "symbol")))
        if not js.truthy(self.is_watched(url, message_hash)):
            return  # nothing kept for what no caller watches (a server names symbols at will)
        cache = self.stream_state(message_hash, [])
        kind = self.safe_value(message, 1)
        if js.is_array(kind):
            trades = []
            i = 0
            while True:
                if not js.less(i, js.length(kind)):
                    break
                trades.append(self.parse_stream_trade(js.get(kind, i), market))
                i += 1
            sorted_ = self.sort_by(trades, "timestamp")
            i = 0
            while True:
                if not (i < len(sorted_)):
                    break
                cache = self.append_to_cache(cache, js.get(sorted_, i))
                i += 1
        elif kind == "te":
            cache = self.append_to_cache(
                cache, self.parse_stream_trade(self.safe_list(message, 2, []), market)
            )
        else:
            return
        self.set_stream_state(message_hash, cache)
        self.resolve_update(url, cache, message_hash)

    async def handle_book_data(self, url, message, market):
        # A snapshot [ chanId, [ [ price, count, amount ], ... ] ], then one level [ chanId, [ price, count,
        # amount ] ]: amount > 0 a bid, < 0 an ask, count 0 removes the level. [ chanId, 'cs', checksum ]
        # checks the top 25 levels; a mismatch subscribes again for a new snapshot.
        symbol = js.get(market, "symbol")
        message_hash = js.bounded_text("book:" + js.to_str(symbol))
        if not js.truthy(self.is_watched(url, message_hash)):
            return  # nothing kept for what no caller watches (a server names symbols at will)
        payload = self.safe_value(message, 1)
        book = self.stream_state(message_hash)
        if payload == "cs":
            if (book is not None) and (
                not js.strict_equal(self.safe_string(message, 2), self.book_checksum(book))
            ):
                self.resync_book(
                    url, message_hash, js.bounded_text(js.to_str(symbol) + " order book checksum mismatch")
                )
                subscription = {
                    "event": "subscribe",
                    "channel": "book",
                    "symbol": self.stream_symbol(market),
                    "prec": "P0",
                    "freq": "F0",
                    "len": "25",
                }
                await self.send_frame(url, {"event": "unsubscribe", "chanId": self.safe_integer(message, 0)})
                await self.send_frame(url, subscription)
            elif book is not None:
                self.book_is_right(message_hash)
            return
        if not js.is_array(payload):
            return
        levels = [payload]
        if js.strict_equal(js.length(payload), 0) or js.is_array(self.safe_value(payload, 0)):
            book = self.new_order_book(symbol, 25)
            levels = payload
        elif book is None:
            return
        # Each side's levels at once (a snapshot's levels one by one took time quadratic in its size).
        bids = []
        asks = []
        i = 0
        while True:
            if not js.less(i, js.length(levels)):
                break
            entry = js.get(levels, i)
            amount = self.safe_string(entry, 2)
            level = [
                self.safe_string(entry, 0),
                "0" if js.strict_equal(self.safe_integer(entry, 1), 0) else Precise.string_abs(amount),
            ]
            if Precise.string_gt(amount, "0"):
                bids.append(level)
            else:
                asks.append(level)
            i += 1
        book = self.set_book_levels(self.set_book_levels(book, "bids", bids), "asks", asks)
        self.set_stream_state(message_hash, book)
        self.resolve_update(url, self.order_book_view(book), message_hash)

    def book_checksum(self, book):
        # CRC32 of the top 25 levels, bid then ask at each rank, as price:amount with the ask amounts
        # negative, joined by ':'; Bitfinex sends it as a signed 32-bit integer.
        bids = self.book_texts(book, "bids", 25)
        asks = self.book_texts(book, "asks", 25)
        parts = []
        i = 0
        while True:
            if not (i < 25):
                break
            if js.less(i, js.length(bids)):
                parts.append(js.get(js.get(bids, i), 0))
                parts.append(js.get(js.get(bids, i), 1))
            if js.less(i, js.length(asks)):
                parts.append(js.get(js.get(asks, i), 0))
                parts.append(Precise.string_neg(js.get(js.get(asks, i), 1)))
            i += 1
        checksum = self.crc32(js.join(parts, ":"))
        if js.greater(checksum, 2147483647):
            checksum = js.subtract(checksum, 4294967296)
        return self.number_to_string(checksum)
