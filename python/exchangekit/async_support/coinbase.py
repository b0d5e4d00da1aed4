# Generated from js/coinbase.js by exkit: do not edit. Change the source and run `python build.py`.
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
    CancelPending,
    ExchangeError,
    ExchangeNotAvailable,
    InsufficientFunds,
    InvalidOrder,
    OrderImmediatelyFillable,
    OrderNotFound,
    PermissionDenied,
    RateLimitExceeded,
)
from exchangekit.base.number import TICK_SIZE
from exchangekit.base import js
from exchangekit.base.method_names import MethodAlias
from exchangekit.base.types import Balances, Market, OHLCV, Order, OrderBook, Ticker, Trade


class coinbase(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "coinbase",
                "name": "Coinbase",
                "countries": ["US"],
                "version": "v3",
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
                    "api": "https://api.coinbase.com",
                    "www": "https://www.coinbase.com",
                    "doc": "https://docs.cdp.coinbase.com/coinbase-app/advanced-trade-apis/rest-api",
                    "fees": "https://help.coinbase.com/en/coinbase/trading-and-funding/advanced-trade/advanced-trade-fees",
                },
                "api": {
                    "public": {
                        "get": [
                            "time",
                            "market/products",
                            "market/products/{product_id}",
                            "market/products/{product_id}/ticker",
                            "market/products/{product_id}/candles",
                            "market/product_book",
                        ]
                    },
                    "private": {
                        "get": [
                            "accounts",
                            "orders/historical/batch",
                            "orders/historical/fills",
                            "orders/historical/{order_id}",
                        ],
                        "post": ["orders", "orders/batch_cancel"],
                    },
                },
                "timeframes": {
                    "1m": "ONE_MINUTE",
                    "5m": "FIVE_MINUTE",
                    "15m": "FIFTEEN_MINUTE",
                    "30m": "THIRTY_MINUTE",
                    "1h": "ONE_HOUR",
                    "2h": "TWO_HOUR",
                    "6h": "SIX_HOUR",
                    "1d": "ONE_DAY",
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": True, "percentage": True, "maker": None, "taker": None}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "signingAlgorithm": "ES256",
                    "jwtLifetime": 120,
                    "maxPages": 20,
                    "accountsPageSize": 250,
                    "maxCandles": 350,
                    "timeframeSeconds": {
                        "1m": 60,
                        "5m": 300,
                        "15m": 900,
                        "30m": 1800,
                        "1h": 3600,
                        "2h": 7200,
                        "6h": 21600,
                        "1d": 86400,
                    },
                    "orderStatuses": {
                        "PENDING": "open",
                        "QUEUED": "open",
                        "OPEN": "open",
                        "CANCEL_QUEUED": "open",
                        "FILLED": "closed",
                        "CANCELLED": "canceled",
                        "EXPIRED": "expired",
                        "FAILED": "rejected",
                    },
                    "orderTypes": {"MARKET": "market", "LIMIT": "limit", "STOP_LIMIT": "limit"},
                    "timeInForce": {
                        "GOOD_UNTIL_CANCELLED": "GTC",
                        "GOOD_UNTIL_DATE_TIME": "GTC",
                        "IMMEDIATE_OR_CANCEL": "IOC",
                        "FILL_OR_KILL": "FOK",
                    },
                },
                "exceptions": {
                    "exact": {
                        "INSUFFICIENT_FUND": InsufficientFunds,
                        "INSUFFICIENT_FUNDS": InsufficientFunds,
                        "INVALID_PRODUCT_ID": BadSymbol,
                        "INVALID_SIDE": InvalidOrder,
                        "INVALID_SIZE_PRECISION": InvalidOrder,
                        "INVALID_PRICE_PRECISION": InvalidOrder,
                        "INVALID_LIMIT_PRICE": InvalidOrder,
                        "INVALID_LIMIT_PRICE_POST_ONLY": OrderImmediatelyFillable,
                        "INVALID_NO_LIQUIDITY": InvalidOrder,
                        "UNSUPPORTED_ORDER_CONFIGURATION": InvalidOrder,
                        "ORDER_ENTRY_DISABLED": InvalidOrder,
                        "INELIGIBLE_PAIR": BadSymbol,
                        "UNKNOWN_CANCEL_ORDER": OrderNotFound,
                        "DUPLICATE_CANCEL_REQUEST": CancelPending,
                        "INVALID_CANCEL_REQUEST": InvalidOrder,
                        "COMMANDER_REJECTED_CANCEL_ORDER": InvalidOrder,
                        "INVALID_ARGUMENT": BadRequest,
                        "NOT_FOUND": BadRequest,
                        "PERMISSION_DENIED": PermissionDenied,
                        "UNAUTHENTICATED": AuthenticationError,
                        "unauthorized": AuthenticationError,
                        "RESOURCE_EXHAUSTED": RateLimitExceeded,
                        "rate_limit_exceeded": RateLimitExceeded,
                        "INTERNAL": ExchangeNotAvailable,
                        "UNAVAILABLE": ExchangeNotAvailable,
                    },
                    "broad": {},
                },
            },
        )

    # --- markets -------------------------------------------------------------------------------------
    async def fetch_time(self, params: dict[str, Any] | None = None) -> int | None:
        if params is None:
            params = {}
        # GET time: { iso, epochSeconds, epochMillis }.
        response = await self.public_get_time(params)
        time = self.safe_integer(response, "epochMillis")
        if time is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " fetchTime () got no epochMillis: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return time

    async def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # GET market/products?product_type=SPOT: { products: [ { product_id, price, price_percentage_change_24h,
        # volume_24h, base_increment, quote_increment, quote_min_size, quote_max_size, base_min_size, base_max_size,
        # status, trading_disabled, is_disabled, cancel_only, product_type, base_currency_id, quote_currency_id,
        # price_increment, ... } ], num_products }. Only spot products are markets here (the futures of the same
        # endpoint are left out).
        response = await self.public_get_market_products(self.extend({"product_type": "SPOT"}, params))
        products = self.required_list(response, "products")
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(products)):
                break
            if self.safe_string(js.get(products, i), "product_type") == "SPOT":
                result.append(self.parse_market(js.get(products, i)))
            i += 1
        return result

    def parse_market(self, product):
        id_ = self.safe_string(product, "product_id")
        base_id = self.safe_string(product, "base_currency_id")
        quote_id = self.safe_string(product, "quote_currency_id")
        if (id_ is None) or (base_id is None) or (quote_id is None):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " sent a product without product_id, base_currency_id or quote_currency_id: "
                    )
                    + js.to_str(self.excerpt(self.json(product)))
                )
            )
        base = self.safe_currency_code(base_id)
        quote = self.safe_currency_code(quote_id)
        # online and not disabled: a product in cancel-only mode takes no new orders.
        active = (
            (self.safe_string(product, "status") == "online")
            and (not (self.safe_bool(product, "trading_disabled") is True))
            and (not (self.safe_bool(product, "is_disabled") is True))
            and (not (self.safe_bool(product, "cancel_only") is True))
        )
        return self.market_structure(
            id=id_,
            symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
            base=base,
            quote=quote,
            baseId=base_id,
            quoteId=quote_id,
            active=active,
            type="spot",
            spot=True,
            precision={
                "amount": self.safe_number(product, "base_increment"),
                "price": self.safe_number2(product, "price_increment", "quote_increment"),
            },
            limits={
                "amount": {
                    "min": self.safe_number(product, "base_min_size"),
                    "max": self.safe_number(product, "base_max_size"),
                },
                "price": {"min": None, "max": None},
                "cost": {
                    "min": self.safe_number(product, "quote_min_size"),
                    "max": self.safe_number(product, "quote_max_size"),
                },
            },
            info=product,
        )

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # A product of market/products (fetchTickers): { product_id, price, price_percentage_change_24h,
        # volume_24h, approximate_quote_24h_volume, ... }, or the answer of market/products/{product_id}/ticker
        # (fetchTicker), given with its product_id: { trades: [ { trade_id, product_id, price, size, time, side } ],
        # best_bid, best_ask }, whose latest trade is the last price.
        trades = self.safe_list(ticker, "trades", [])
        latest = self.safe_dict(trades, 0, {})
        market_id = self.safe_string2(
            ticker, "product_id", "productId", self.safe_string(latest, "product_id")
        )
        market = self.safe_market(market_id, market, "-")
        last = self.safe_string2(ticker, "price", "last", self.safe_string(latest, "price"))
        timestamp = self.parse8601(self.safe_string(latest, "time"))
        return self.safe_ticker(
            {
                "symbol": js.get(market, "symbol"),
                "timestamp": timestamp,
                "datetime": self.iso8601(timestamp),
                "bid": self.safe_string(ticker, "best_bid"),
                "ask": self.safe_string(ticker, "best_ask"),
                "last": last,
                "close": last,
                "percentage": self.safe_string(ticker, "price_percentage_change_24h"),
                "baseVolume": self.safe_string(ticker, "volume_24h"),
                "quoteVolume": self.safe_string(ticker, "approximate_quote_24h_volume"),
                "info": ticker,
            },
            market,
        )

    async def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        # GET market/products/{product_id}/ticker?limit=1: the latest trade and the best bid and ask.
        await self.load_markets()
        market = self.market(symbol)
        request = self.extend({"product_id": js.get(market, "id"), "limit": 1}, params)
        response = await self.public_get_market_products_product_id_ticker(request)
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " fetchTicker () got no ticker: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        self.required_list(response, "trades")
        return self.parse_ticker(response, market)

    async def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # GET market/products?product_type=SPOT: the last price and the 24 h change and volume of every product.
        await self.load_markets()
        response = await self.public_get_market_products(self.extend({"product_type": "SPOT"}, params))
        products = self.required_list(response, "products")
        tickers = []
        i = 0
        while True:
            if not js.less(i, js.length(products)):
                break
            if self.safe_string(js.get(products, i), "product_type") == "SPOT":
                tickers.append(js.get(products, i))
            i += 1
        return self.parse_tickers(tickers, symbols)

    async def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # GET market/product_book?product_id&limit: { pricebook: { product_id, bids: [ { price, size } ], asks,
        # time }, last, mid_market, spread_bps, spread_absolute }.
        await self.load_markets()
        market = self.market(symbol)
        request = {"product_id": js.get(market, "id")}
        if limit is not None:
            request["limit"] = limit
        response = await self.public_get_market_product_book(self.extend(request, params))
        pricebook = self.safe_dict(response, "pricebook")
        if pricebook is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " fetchOrderBook () got no pricebook: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        self.required_list(pricebook, "bids")
        self.required_list(pricebook, "asks")
        timestamp = self.parse8601(self.safe_string(pricebook, "time"))
        return self.parse_order_book(
            pricebook, js.get(market, "symbol"), timestamp, "bids", "asks", "price", "size"
        )

    def parse_trade(self, trade, market=None):
        # Public (market/products/{product_id}/ticker): { trade_id, product_id, price, size, time, side: BUY or
        # SELL }. Private (orders/historical/fills): { entry_id, trade_id, order_id, trade_time, trade_type, price,
        # size, commission, product_id, sequence_timestamp, liquidity_indicator: MAKER or TAKER, size_in_quote,
        # side }, where size is in the quote currency when size_in_quote is true. The commission is in the quote
        # currency.
        market_id = self.safe_string(trade, "product_id")
        market = self.safe_market(market_id, market, "-")
        price = self.safe_string(trade, "price")
        amount = self.safe_string(trade, "size")
        cost = None
        if self.safe_bool(trade, "size_in_quote") is True:
            cost = amount
            amount = (
                Precise.string_div(cost, price)
                if ((cost is not None) and (price is not None) and Precise.string_gt(price, "0"))
                else None
            )
        raw_side = self.safe_string_lower(trade, "side")
        liquidity = self.safe_string_lower(trade, "liquidity_indicator")
        fee = None
        commission = self.safe_string(trade, "commission")
        if commission is not None:
            fee = {"cost": commission, "currency": js.get(market, "quote")}
        timestamp = self.parse8601(self.safe_string2(trade, "time", "trade_time"))
        return self.safe_trade(
            {
                "id": self.safe_string(trade, "trade_id"),
                "order": self.safe_string(trade, "order_id"),
                "timestamp": timestamp,
                "datetime": self.iso8601(timestamp),
                "symbol": js.get(market, "symbol"),
                "side": raw_side if ((raw_side == "buy") or (raw_side == "sell")) else None,
                "takerOrMaker": liquidity if ((liquidity == "maker") or (liquidity == "taker")) else None,
                "price": price,
                "amount": amount,
                "cost": cost,
                "fee": fee,
                "info": trade,
            },
            market,
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
        # GET market/products/{product_id}/ticker?limit (and start, end in UNIX seconds): { trades: [ ... ] },
        # newest first.
        await self.load_markets()
        market = self.market(symbol)
        request = {"product_id": js.get(market, "id"), "limit": 100 if (limit is None) else limit}
        if since is not None:
            request["start"] = self.number_to_string(js.floor(js.divide(since, 1000)))
        until = self.safe_integer(params, "until")
        if until is not None:
            request["end"] = self.number_to_string(js.floor(js.divide(until, 1000)))
        response = await self.public_get_market_products_product_id_ticker(
            self.extend(request, self.omit(params, "until"))
        )
        return self.parse_trades(self.required_list(response, "trades"), market, since, limit)

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
        # GET market/products/{product_id}/candles?start&end&granularity (UNIX seconds, both required, at most 350
        # candles): { candles: [ { start, low, high, open, close, volume } ] }, newest first. A range with an end
        # missing is completed to limit (or 350) candles; the end is until, or now.
        await self.load_markets()
        market = self.market(symbol)
        granularity = self.safe_string(self.timeframes, timeframe)
        if granularity is None:
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
        seconds = self.safe_integer(js.get(self.options, "timeframeSeconds"), timeframe)
        max_candles = self.safe_integer(self.options, "maxCandles", 350)
        count = max_candles if (limit is None) else js.min_(limit, max_candles)
        until = self.safe_integer(params, "until")
        start = None if (since is None) else js.floor(js.divide(since, 1000))
        end = None if (until is None) else js.floor(js.divide(until, 1000))
        if start is None:
            if end is None:
                end = self.seconds()
            start = js.subtract(end, js.multiply(count, seconds))
        elif end is None:
            end = js.add(start, js.multiply(count, seconds))
        request = {
            "product_id": js.get(market, "id"),
            "granularity": granularity,
            "start": self.number_to_string(start),
            "end": self.number_to_string(end),
        }
        response = await self.public_get_market_products_product_id_candles(
            self.extend(request, self.omit(params, "until"))
        )
        return self.parse_ohlcvs(self.required_list(response, "candles"), market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def parse_ohlcv(self, ohlcv, market=None):
        return [
            self.safe_timestamp(ohlcv, "start"),
            self.safe_number(ohlcv, "open"),
            self.safe_number(ohlcv, "high"),
            self.safe_number(ohlcv, "low"),
            self.safe_number(ohlcv, "close"),
            self.safe_number(ohlcv, "volume"),
        ]

    parseOHLCV = MethodAlias("parse_ohlcv")

    # --- account -------------------------------------------------------------------------------------
    async def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # GET accounts?limit&cursor: { accounts: [ { uuid, name, currency, available_balance: { value, currency },
        # default, active, type, ready, hold: { value, currency } } ], has_next, cursor, size }, page after page
        # while has_next. available is free, hold what orders hold; one currency may have several accounts.
        await self.load_markets()
        pages = []
        totals = {}
        request = self.extend({"limit": self.safe_integer(self.options, "accountsPageSize", 250)}, params)
        max_pages = self.safe_integer(self.options, "maxPages", 20)
        page = 0
        while True:
            if not js.less(page, max_pages):
                break
            response = await self.private_get_accounts(request)
            pages.append(response)
            accounts = self.required_list(response, "accounts")
            i = 0
            while True:
                if not js.less(i, js.length(accounts)):
                    break
                entry = js.get(accounts, i)
                currency_id = self.safe_string(entry, "currency")
                if currency_id is None:
                    i += 1
                    continue
                code = self.safe_currency_code(currency_id)
                free = self.safe_string(self.safe_dict(entry, "available_balance", {}), "value", "0")
                used = self.safe_string(self.safe_dict(entry, "hold", {}), "value", "0")
                sofar = self.safe_dict(totals, code, {"free": "0", "used": "0"})
                js.set_(
                    totals,
                    code,
                    {
                        "free": Precise.string_add(js.get(sofar, "free"), free),
                        "used": Precise.string_add(js.get(sofar, "used"), used),
                    },
                )
                i += 1
            cursor = self.safe_string(response, "cursor")
            if (not (self.safe_bool(response, "has_next") is True)) or (cursor is None):
                break
            request = self.extend(request, {"cursor": cursor})
            page = js.number(page + 1)
        result = {"info": pages}
        codes = js.keys(totals)
        i = 0
        while True:
            if not (i < len(codes)):
                break
            summed = self.safe_dict(totals, codes[i], {})
            js.set_(
                result,
                codes[i],
                {
                    "free": self.safe_string(summed, "free"),
                    "used": self.safe_string(summed, "used"),
                    "total": None,
                },
            )
            i += 1
        return self.safe_balance(result)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # orders/historical/{order_id} and the lists: { order_id, product_id, side: BUY or SELL, client_order_id,
        # status, time_in_force, created_time, order_configuration: { <kind>: { base_size, quote_size,
        # limit_price, post_only, stop_price } }, filled_size, average_filled_price, filled_value, total_fees,
        # order_type, last_fill_time, ... }. The fees are in the quote currency.
        market_id = self.safe_string(order, "product_id")
        market = self.safe_market(market_id, market, "-")
        configuration = self.safe_dict(order, "order_configuration", {})
        kinds = js.keys(configuration)
        settings = self.safe_dict(configuration, js.get(kinds, 0), {}) if (len(kinds) == 1) else {}
        raw_side = self.safe_string_lower(order, "side")
        raw_type = self.safe_string(order, "order_type")
        fee = None
        fees = self.safe_string(order, "total_fees")
        if fees is not None:
            fee = {"cost": fees, "currency": js.get(market, "quote")}
        timestamp = self.parse8601(self.safe_string(order, "created_time"))
        trigger_price = self.safe_string(settings, "stop_price") if (raw_type == "STOP_LIMIT") else None
        return self.safe_order(
            {
                "id": self.safe_string(order, "order_id"),
                "clientOrderId": self.safe_string(order, "client_order_id"),
                "timestamp": timestamp,
                "datetime": self.iso8601(timestamp),
                "lastTradeTimestamp": self.parse8601(self.safe_string(order, "last_fill_time")),
                "symbol": js.get(market, "symbol"),
                "type": self.safe_string(js.get(self.options, "orderTypes"), raw_type),
                "timeInForce": self.safe_string(
                    js.get(self.options, "timeInForce"), self.safe_string(order, "time_in_force")
                ),
                "postOnly": self.safe_bool(settings, "post_only"),
                "side": raw_side if ((raw_side == "buy") or (raw_side == "sell")) else None,
                "price": self.safe_string(settings, "limit_price"),
                "triggerPrice": trigger_price,
                "average": self.safe_string(order, "average_filled_price"),
                "amount": self.safe_string(settings, "base_size"),
                "filled": self.safe_string(order, "filled_size"),
                "cost": self.safe_string(order, "filled_value"),
                "status": self.safe_string(
                    js.get(self.options, "orderStatuses"), self.safe_string(order, "status")
                ),
                "fee": fee,
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
        # POST orders { client_order_id (the caller's clientOrderId, else a new UUID), product_id, side: BUY or
        # SELL, order_configuration: { market_market_ioc: { base_size or quote_size (the unified cost) } } or, for
        # a limit order, { limit_limit_gtc: { base_size, limit_price, post_only } }, { sor_limit_ioc: { base_size,
        # limit_price } } (IOC) or { limit_limit_fok: { base_size, limit_price } } (FOK) }. It answers { success,
        # success_response: { order_id, product_id, side, client_order_id } } or, refused, success false and
        # error_response (handleErrors). Spot has no reduce-only order; trigger orders are not placed here.
        await self.load_markets()
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
        if (not (side == "buy")) and (not (side == "sell")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id) + " createOrder () side must be buy or sell, not " + js.to_str(side)
                )
            )
        client_order_id = (
            self.uuid() if (js.get(unified, "clientOrderId") is None) else js.get(unified, "clientOrderId")
        )
        configuration = {}
        if type_ == "market":
            if js.truthy(js.get(unified, "postOnly")):
                raise InvalidOrder(
                    js.bounded_text(js.to_str(self.id) + " createOrder () a market order cannot be post-only")
                )
            if (js.get(unified, "timeInForce") is not None) and (
                not (js.get(unified, "timeInForce") == "IOC")
            ):
                raise InvalidOrder(
                    js.bounded_text(
                        js.bounded_text(
                            js.to_str(self.id)
                            + " createOrder () a market order is immediate-or-cancel: timeInForce "
                        )
                        + js.to_str(js.get(unified, "timeInForce"))
                        + " is for limit orders"
                    )
                )
            sizes = {}
            if js.get(unified, "cost") is not None:
                sizes["quote_size"] = self.cost_to_precision(symbol, js.get(unified, "cost"))
            else:
                sizes["base_size"] = self.amount_to_precision(symbol, amount)
            configuration = {"market_market_ioc": sizes}
        else:
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            if js.get(unified, "cost") is not None:
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () cost is for market orders: a limit order takes an amount and a price"
                    )
                )
            base_size = self.amount_to_precision(symbol, amount)
            limit_price = self.price_to_precision(symbol, price)
            time_in_force = js.get(unified, "timeInForce")
            if (
                js.truthy(js.get(unified, "postOnly"))
                and (time_in_force is not None)
                and (not (time_in_force == "GTC"))
            ):
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () a post-only order rests on the book: timeInForce "
                        + js.to_str(time_in_force)
                        + " cannot be post-only"
                    )
                )
            if time_in_force == "IOC":
                configuration = {"sor_limit_ioc": {"base_size": base_size, "limit_price": limit_price}}
            elif time_in_force == "FOK":
                configuration = {"limit_limit_fok": {"base_size": base_size, "limit_price": limit_price}}
            else:
                configuration = {
                    "limit_limit_gtc": {
                        "base_size": base_size,
                        "limit_price": limit_price,
                        "post_only": js.get(unified, "postOnly"),
                    }
                }
        request = self.extend(
            {
                "client_order_id": client_order_id,
                "product_id": js.get(market, "id"),
                "side": js.upper(side),
                "order_configuration": configuration,
            },
            rest,
        )
        response = await self.private_post_orders(request)
        success = self.safe_dict(response, "success_response")
        id_ = self.safe_string(success, "order_id")
        if id_ is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " createOrder () got no order_id: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        kinds = js.keys(configuration)
        settings = self.safe_dict(configuration, js.get(kinds, 0), {})
        return self.safe_order(
            {
                "id": id_,
                "clientOrderId": self.safe_string(success, "client_order_id", client_order_id),
                "symbol": js.get(market, "symbol"),
                "type": type_,
                "side": side,
                "amount": self.safe_string(settings, "base_size"),
                "price": self.safe_string(settings, "limit_price"),
                "postOnly": js.get(unified, "postOnly"),
                "timeInForce": (
                    "IOC"
                    if (type_ == "market")
                    else "GTC" if (js.get(unified, "timeInForce") is None) else js.get(unified, "timeInForce")
                ),
                "info": response,
            },
            market,
        )

    async def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # POST orders/batch_cancel { order_ids: [ id ] }: { results: [ { success, failure_reason, order_id } ] }.
        # A cancel the exchange refuses is the error its failure_reason names (UNKNOWN_CANCEL_ORDER: OrderNotFound).
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = await self.private_post_orders_batch_cancel(self.extend({"order_ids": [id_]}, params))
        results = self.required_list(response, "results")
        result = self.safe_dict(results, 0)
        if result is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " cancelOrder () got no result: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        if not (self.safe_bool(result, "success") is True):
            reason = self.safe_string(result, "failure_reason", "")
            feedback = js.bounded_text(
                js.to_str(self.id) + " cancelOrder () " + js.to_str(id_) + " was not canceled: " + reason
            )
            self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), reason, feedback)
            raise ExchangeError(feedback)
        return self.safe_order(
            {
                "id": self.safe_string(result, "order_id", id_),
                "symbol": None if (market is None) else js.get(market, "symbol"),
                "info": result,
            },
            market,
        )

    async def fetch_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # GET orders/historical/{order_id}: { order: { ... } }.
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = await self.private_get_orders_historical_order_id(self.extend({"order_id": id_}, params))
        order = self.safe_dict(response, "order")
        if order is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " fetchOrder () got no order: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.parse_order(order, market)

    async def fetch_orders_of(self, statuses, symbol, since, limit, params):
        # GET orders/historical/batch?order_status (repeated)&product_ids&start_date&limit&cursor: { orders: [ ... ],
        # sequence, has_next, cursor }, page after page while has_next (and fewer than limit orders are read).
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        request = {"order_status": statuses}
        if market is not None:
            request["product_ids"] = js.get(market, "id")
        if since is not None:
            request["start_date"] = self.iso8601(since)
        until = self.safe_integer(params, "until")
        if until is not None:
            request["end_date"] = self.iso8601(until)
        if limit is not None:
            request["limit"] = limit
        request = self.extend(request, self.omit(params, "until"))
        orders = []
        max_pages = self.safe_integer(self.options, "maxPages", 20)
        page = 0
        while True:
            if not js.less(page, max_pages):
                break
            response = await self.private_get_orders_historical_batch(request)
            orders = self.array_concat(orders, self.required_list(response, "orders"))
            cursor = self.safe_string(response, "cursor")
            if (
                (not (self.safe_bool(response, "has_next") is True))
                or (cursor is None)
                or ((limit is not None) and js.greater_equal(js.length(orders), limit))
            ):
                break
            request = self.extend(request, {"cursor": cursor})
            page = js.number(page + 1)
        return self.parse_orders(orders, market, since, limit)

    async def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        return await self.fetch_orders_of(["OPEN"], symbol, since, limit, params)

    async def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        return await self.fetch_orders_of(
            ["FILLED", "CANCELLED", "EXPIRED", "FAILED"], symbol, since, limit, params
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
        # GET orders/historical/fills?product_ids&start_sequence_timestamp&end_sequence_timestamp&limit: { fills:
        # [ ... ], cursor }.
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        request = {}
        if market is not None:
            request["product_ids"] = js.get(market, "id")
        if since is not None:
            request["start_sequence_timestamp"] = self.iso8601(since)
        until = self.safe_integer(params, "until")
        if until is not None:
            request["end_sequence_timestamp"] = self.iso8601(until)
        if limit is not None:
            request["limit"] = limit
        response = await self.private_get_orders_historical_fills(
            self.extend(request, self.omit(params, "until"))
        )
        return self.parse_trades(self.required_list(response, "fills"), market, since, limit)

    # --- transport -----------------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # GET sends its params as the query string, POST as a JSON body. A private request carries Authorization:
        # Bearer <JWT>, a JSON Web Token made for this one request (the Coinbase App authentication page and
        # Coinbase's own Python SDK, coinbase.jwt_generator): the header { alg: ES256 (or EdDSA), typ: JWT, kid: the
        # key's name, nonce: a random hex text }, the claims { sub: the key's name, iss: cdp, nbf: now, exp: now +
        # 120 (seconds), uri: '<METHOD> <host><path>' } (the path without the query string), signed with the key.
        request_path = js.bounded_text(
            js.bounded_text("/api/" + js.to_str(self.version) + "/brokerage/")
            + js.to_str(self.implode_params(path, params))
        )
        query = self.omit(params, self.extract_params(path))
        has_body = (method == "POST") or (method == "PUT")
        url = js.bounded_text(js.to_str(js.get(self.urls, "api")) + request_path)
        if (not has_body) and (len(js.keys(query)) > 0):
            url += js.within(
                url, js.within(url, "?") + js.to_str(self.encode_query(query, True, False))
            )  # a list repeats its key (order_status=OPEN&order_status=FILLED)
        if api == "public":
            return {"url": url, "method": method, "body": body, "headers": headers}
        self.check_required_credentials()
        now = self.seconds()
        origin = js.get(self.urls, "api")
        host = js.slice_(origin, js.number(js.index_of(origin, "//") + 2))
        claims = {
            "sub": self.apiKey,
            "iss": "cdp",
            "nbf": now,
            "exp": js.add(now, self.safe_integer(self.options, "jwtLifetime", 120)),
            "uri": js.bounded_text(js.to_str(method) + " " + js.to_str(host) + request_path),
        }
        nonce = js.join(js.split(self.uuid(), "-"), "")
        algorithm = self.safe_string(self.options, "signingAlgorithm", "ES256")
        token = self.asymmetric_jwt(claims, self.secret, algorithm, {"kid": self.apiKey, "nonce": nonce})
        headers = {"Authorization": js.bounded_text("Bearer " + js.to_str(token))}
        if has_body:
            # An empty body is written out: PHP would encode an empty dictionary as a list, '[]'.
            body = self.json(query) if (len(js.keys(query)) > 0) else "{}"
            js.set_(headers, "Content-Type", "application/json")
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
        # A refused order: HTTP 200, { success: false, error_response: { error, message, error_details,
        # new_order_failure_reason, preview_failure_reason } }. Any other error: an HTTP error status with { error,
        # code, message, details } (or a plain-text body, which the status maps: httpExceptions). The codes pick the
        # class; an unknown one is an ExchangeError, or the status's class.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return
        error_response = self.safe_dict(response, "error_response")
        if (self.safe_bool(response, "success") is False) and (error_response is not None):
            refused = js.bounded_text(
                js.bounded_text(js.to_str(self.id) + " " + js.to_str(method) + " " + js.to_str(url) + " ")
                + js.to_str(self.excerpt(response_body))
            )
            self.throw_exactly_matched_exception(
                js.get(self.exceptions, "exact"), self.safe_string(error_response, "error", ""), refused
            )
            self.throw_exactly_matched_exception(
                js.get(self.exceptions, "exact"),
                self.safe_string(error_response, "new_order_failure_reason", ""),
                refused,
            )
            self.throw_exactly_matched_exception(
                js.get(self.exceptions, "exact"),
                self.safe_string(error_response, "preview_failure_reason", ""),
                refused,
            )
            raise InvalidOrder(refused)
        if js.less(status, 400):
            return
        error = self.safe_string(response, "error")
        if error is None:
            return
        feedback = js.bounded_text(
            js.bounded_text(
                js.bounded_text(js.to_str(self.id) + " " + js.to_str(method) + " " + js.to_str(url) + " ")
                + js.to_str(self.number_to_string(status))
                + " "
            )
            + js.to_str(self.excerpt(response_body))
        )
        if js.strict_equal(status, 404) and (js.index_of(url, "/orders/historical/") >= 0):
            raise OrderNotFound(feedback)
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), error, feedback)
        self.throw_exactly_matched_exception(
            js.get(self.exceptions, "exact"), self.safe_string(response, "error_details", ""), feedback
        )
