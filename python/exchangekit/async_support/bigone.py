# Generated from js/bigone.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from typing import Any

from exchangekit.async_support.base.exchange import Exchange
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
    InvalidOrder,
    NotSupported,
    OrderNotFound,
    PermissionDenied,
    RateLimitExceeded,
)
from exchangekit.base.number import TICK_SIZE
from exchangekit.base import js
from exchangekit.base.method_names import MethodAlias
from exchangekit.base.types import (
    Balances,
    DepositAddress,
    Market,
    OHLCV,
    Order,
    OrderBook,
    Ticker,
    Trade,
    Transaction,
)


class bigone(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "bigone",
                "name": "BigONE",
                "countries": [],
                "version": "v3",
                "rateLimit": 20,
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
                    "fetchDeposits": True,
                    "fetchWithdrawals": True,
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
                    "api": "https://api.big.one",
                    "www": "https://big.one",
                    "doc": "https://open.big.one/docs/api.html",
                },
                "api": {
                    "public": {
                        "get": [
                            "ping",
                            "asset_pairs",
                            "asset_pairs/tickers",
                            "asset_pairs/{asset_pair_name}/ticker",
                            "asset_pairs/{asset_pair_name}/depth",
                            "asset_pairs/{asset_pair_name}/trades",
                            "asset_pairs/{asset_pair_name}/candles",
                        ]
                    },
                    "private": {
                        "get": [
                            "viewer/accounts",
                            "viewer/accounts/{asset_symbol}",
                            "viewer/fund/accounts",
                            "viewer/orders",
                            "viewer/orders/{id}",
                            "viewer/trades",
                            "viewer/deposits",
                            "viewer/withdrawals",
                            "viewer/withdrawals/{guid}",
                            "viewer/assets/{asset_symbol}/address",
                        ],
                        "post": ["viewer/orders", "viewer/orders/{id}/cancel", "viewer/withdrawals"],
                    },
                },
                "timeframes": {
                    "1m": "min1",
                    "5m": "min5",
                    "15m": "min15",
                    "30m": "min30",
                    "1h": "hour1",
                    "3h": "hour3",
                    "4h": "hour4",
                    "6h": "hour6",
                    "12h": "hour12",
                    "1d": "day1",
                    "1w": "week1",
                    "1M": "month1",
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": True, "percentage": True, "maker": None, "taker": None}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "orderStatuses": {
                        "PENDING": "open",
                        "FIRED": "open",
                        "FILLED": "closed",
                        "CANCELLED": "canceled",
                        "REJECTED": "rejected",
                    },
                    "orderTypes": {
                        "LIMIT": "limit",
                        "MARKET": "market",
                        "STOP_LIMIT": "limit",
                        "STOP_MARKET": "market",
                    },
                    "transactionStatuses": {
                        "PENDING": "pending",
                        "WITHHOLD": "pending",
                        "COMPLETED": "ok",
                        "FAILED": "failed",
                        "CANCELLED": "canceled",
                    },
                    "networks": {"ERC20": "Ethereum"},
                    "timeframeSeconds": {
                        "1m": 60,
                        "5m": 300,
                        "15m": 900,
                        "30m": 1800,
                        "1h": 3600,
                        "3h": 10800,
                        "4h": 14400,
                        "6h": 21600,
                        "12h": 43200,
                        "1d": 86400,
                        "1w": 604800,
                    },
                },
                "exceptions": {
                    "exact": {
                        "40004": AuthenticationError,
                        "40106": AuthenticationError,
                        "40107": AuthenticationError,
                        "10403": PermissionDenied,
                        "10429": RateLimitExceeded,
                        "10005": ExchangeNotAvailable,
                        "10007": BadRequest,
                        "10013": BadRequest,
                        "10014": InsufficientFunds,
                        "40303": InvalidOrder,
                        "40304": ExchangeNotAvailable,
                        "40305": AccountSuspended,
                        "50047": InvalidOrder,
                        "54041": DuplicateOrderId,
                        "54043": OrderNotFound,
                        "60100": BadSymbol,
                    },
                    "broad": {},
                },
            },
        )

    # --- markets -------------------------------------------------------------------------------------
    async def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # asset_pairs: { code: 0, data: [ { id (uuid), name: 'BTC-USDT', base_scale, quote_scale, min_quote_value,
        # max_quote_value, base_asset: { id, symbol, name }, quote_asset: { ... } } ] }.
        response = await self.public_get_asset_pairs(params)
        data = self.safe_list(response, "data", [])
        result = []
        i = 0
        while True:
            if not (i < len(data)):
                break
            result.append(self.parse_market(js.get(data, i)))
            i += 1
        return result

    def parse_market(self, entry):
        base_asset = self.safe_dict(entry, "base_asset", {})
        quote_asset = self.safe_dict(entry, "quote_asset", {})
        base_id = self.safe_string(base_asset, "symbol")
        quote_id = self.safe_string(quote_asset, "symbol")
        base = self.safe_currency_code(base_id)
        quote = self.safe_currency_code(quote_id)
        return self.market_structure(
            id=self.safe_string(entry, "name"),
            symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
            base=base,
            quote=quote,
            baseId=base_id,
            quoteId=quote_id,
            type="spot",
            spot=True,
            precision={
                "amount": self.parse_number(self.parse_precision(self.safe_string(entry, "base_scale"))),
                "price": self.parse_number(self.parse_precision(self.safe_string(entry, "quote_scale"))),
            },
            limits={
                "amount": {"min": None, "max": None},
                "price": {"min": None, "max": None},
                "cost": {
                    "min": self.safe_number(entry, "min_quote_value"),
                    "max": self.safe_number(entry, "max_quote_value"),
                },
            },
            info=entry,
        )

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # { asset_pair_name, bid: { price, quantity, order_count }, ask: { ... }, open, close (the last price),
        # high, low, volume (base, 24 h), daily_change (close - open) }.
        market = self.safe_market(self.safe_string(ticker, "asset_pair_name"), market, "-")
        bid = self.safe_dict(ticker, "bid", {})
        ask = self.safe_dict(ticker, "ask", {})
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            bid=self.safe_string(bid, "price"),
            bid_volume=self.safe_string(bid, "quantity"),
            ask=self.safe_string(ask, "price"),
            ask_volume=self.safe_string(ask, "quantity"),
            open_=self.safe_string(ticker, "open"),
            close=self.safe_string(ticker, "close"),
            change=self.safe_string(ticker, "daily_change"),
            base_volume=self.safe_string(ticker, "volume"),
            info=ticker,
            market=market,
        )

    async def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_asset_pairs_asset_pair_name_ticker(
            self.extend({"asset_pair_name": js.get(market, "id")}, params)
        )
        return self.parse_ticker(self.safe_dict(response, "data", {}), market)

    async def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # asset_pairs/tickers?pair_names=BTC-USDT,ETH-BTC (every pair without it).
        await self.load_markets()
        request = {}
        if symbols is not None:
            request["pair_names"] = js.join(self.market_ids(symbols), ",")
        response = await self.public_get_asset_pairs_tickers(self.extend(request, params))
        return self.parse_tickers(self.safe_list(response, "data", []), symbols)

    async def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # asset_pairs/{name}/depth?limit (default 50, max 200): { asset_pair_name, bids: [ { price, quantity,
        # order_count } ], asks }.
        await self.load_markets()
        market = self.market(symbol)
        request = {"asset_pair_name": js.get(market, "id")}
        if limit is not None:
            request["limit"] = js.min_(limit, 200)
        response = await self.public_get_asset_pairs_asset_pair_name_depth(self.extend(request, params))
        book = self.parse_order_book(
            self.safe_dict(response, "data", {}),
            js.get(market, "symbol"),
            None,
            "bids",
            "asks",
            "price",
            "quantity",
        )
        return self.limit_order_book(book, limit)

    def parse_trade(self, trade, market=None):
        # Public: { id, price, amount, taker_side: 'ASK' or 'BID', created_at }. The account's (viewer/trades) add
        # asset_pair_name, side (the account's: ASK, BID or SELF_TRADING), maker_order_id, taker_order_id,
        # maker_fee and taker_fee (in the asset the side receives).
        market = self.safe_market(self.safe_string(trade, "asset_pair_name"), market, "-")
        taker_side = self.safe_string(trade, "taker_side")
        own_side = self.safe_string(trade, "side")
        side = self.parse_side(taker_side)
        taker_or_maker = None
        order_id = None
        fee = None
        if (own_side == "ASK") or (own_side == "BID"):
            side = self.parse_side(own_side)
            taker_or_maker = "taker" if js.strict_equal(own_side, taker_side) else "maker"
            order_id = self.safe_string(
                trade, "taker_order_id" if (taker_or_maker == "taker") else "maker_order_id"
            )
            fee_cost = self.safe_string(trade, "taker_fee" if (taker_or_maker == "taker") else "maker_fee")
            if fee_cost is not None:
                fee = {
                    "cost": fee_cost,
                    "currency": js.get(market, "base") if (side == "buy") else js.get(market, "quote"),
                }
        return self.trade_structure(
            identifier=self.safe_string(trade, "id"),
            order=order_id,
            timestamp=self.parse8601(self.safe_string2(trade, "created_at", "inserted_at")),
            symbol=js.get(market, "symbol"),
            side=side,
            taker_or_maker=taker_or_maker,
            price=self.safe_string(trade, "price"),
            amount=self.safe_string(trade, "amount"),
            fee=fee,
            info=trade,
            market=market,
        )

    def parse_side(self, side):
        if side == "BID":
            return "buy"
        if side == "ASK":
            return "sell"
        return None

    async def fetch_trades(
        self,
        symbol: str,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # asset_pairs/{name}/trades: the latest trades of the pair, newest first (no paging by time).
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_asset_pairs_asset_pair_name_trades(
            self.extend({"asset_pair_name": js.get(market, "id")}, params)
        )
        return self.parse_trades(self.safe_list(response, "data", []), market, since, limit)

    def parse_ohlcv(self, ohlcv, market=None):
        # { close, high, low, open, time (ISO 8601, the candle's start), volume }.
        return [
            self.parse8601(self.safe_string(ohlcv, "time")),
            self.safe_number(ohlcv, "open"),
            self.safe_number(ohlcv, "high"),
            self.safe_number(ohlcv, "low"),
            self.safe_number(ohlcv, "close"),
            self.safe_number(ohlcv, "volume"),
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
        # asset_pairs/{name}/candles?period&time&limit: the limit (default 100, max 500) candles up to time (the
        # latest candle, ISO 8601; now by default), newest first. The unified until is that time; since asks
        # for the limit candles from since, so time is the start of the last of them.
        await self.load_markets()
        market = self.market(symbol)
        period = self.safe_string(self.timeframes, timeframe)
        if period is None:
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchOHLCV () does not support the timeframe "
                    + js.to_str(timeframe)
                )
            )
        until = self.safe_integer(params, "until")
        rest = self.omit(params, "until")
        count = 100 if (limit is None) else js.min_(limit, 500)
        request = {"asset_pair_name": js.get(market, "id"), "period": period, "limit": count}
        if until is not None:
            request["time"] = self.iso8601(until)
        elif since is not None:
            seconds = self.safe_integer(js.get(self.options, "timeframeSeconds"), timeframe)
            if seconds is None:
                raise NotSupported(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " fetchOHLCV () cannot page "
                        + js.to_str(timeframe)
                        + " candles by since: pass until instead"
                    )
                )
            request["time"] = self.iso8601(
                js.add(since, js.multiply(js.multiply(js.number(count - 1), seconds), 1000))
            )
        response = await self.public_get_asset_pairs_asset_pair_name_candles(self.extend(request, rest))
        return self.parse_ohlcvs(self.safe_list(response, "data", []), market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    # --- account -------------------------------------------------------------------------------------
    async def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # viewer/accounts: { code: 0, data: [ { asset_symbol, balance (the total), locked_balance } ] }.
        await self.load_markets()
        response = await self.private_get_viewer_accounts(params)
        data = self.safe_list(response, "data", [])
        result = {"info": response}
        i = 0
        while True:
            if not (i < len(data)):
                break
            entry = js.get(data, i)
            account = self.account()
            js.set_(account, "total", self.safe_string(entry, "balance"))
            js.set_(account, "used", self.safe_string(entry, "locked_balance"))
            js.set_(result, self.safe_currency_code(self.safe_string(entry, "asset_symbol")), account)
            i += 1
        return self.safe_balance(result)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # { id, asset_pair_name, price, amount, filled_amount, avg_deal_price, side: ASK or BID, state, type:
        # LIMIT, MARKET, STOP_LIMIT or STOP_MARKET, stop_price (stop orders only), operator: GTE or LTE,
        # immediate_or_cancel, post_only, client_order_id, created_at, updated_at }.
        market = self.safe_market(self.safe_string(order, "asset_pair_name"), market, "-")
        order_type = self.safe_string(order, "type")
        type_ = self.safe_string(js.get(self.options, "orderTypes"), order_type)
        is_stop = (order_type == "STOP_LIMIT") or (order_type == "STOP_MARKET")
        post_only = self.safe_bool(order, "post_only")
        time_in_force = None
        if post_only is True:
            time_in_force = "PO"
        elif self.safe_bool(order, "immediate_or_cancel") is True:
            time_in_force = "IOC"
        elif type_ == "limit":
            time_in_force = "GTC"
        return self.safe_order(
            {
                "id": self.safe_string(order, "id"),
                "clientOrderId": self.safe_string(order, "client_order_id"),
                "timestamp": self.parse8601(self.safe_string(order, "created_at")),
                "lastUpdateTimestamp": self.parse8601(self.safe_string(order, "updated_at")),
                "symbol": js.get(market, "symbol"),
                "type": type_,
                "timeInForce": time_in_force,
                "postOnly": post_only,
                "side": self.parse_side(self.safe_string(order, "side")),
                "price": self.safe_string(order, "price"),
                "triggerPrice": self.safe_string(order, "stop_price") if is_stop else None,
                "average": self.safe_string(order, "avg_deal_price"),
                "amount": self.safe_string(order, "amount"),
                "filled": self.safe_string(order, "filled_amount"),
                "status": self.safe_string(
                    js.get(self.options, "orderStatuses"), self.safe_string(order, "state")
                ),
                "info": order,
            },
            market,
        )

    def trigger_operator(self, side, unified):
        # A stop (triggerPrice, stopLossPrice) buys once the price rises to the trigger (GTE) and sells once it
        # falls to it (LTE); a take-profit the other way round.
        rises = (side == "sell") if (js.get(unified, "triggerKind") == "takeProfitPrice") else side == "buy"
        return "GTE" if rises else "LTE"

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
        # POST viewer/orders { asset_pair_name, side: BID or ASK, price, amount (in the base asset, market orders
        # too), type: LIMIT, MARKET, STOP_LIMIT or STOP_MARKET, stop_price and operator (GTE or LTE: stop
        # orders), immediate_or_cancel and post_only (LIMIT only), client_order_id }. The unified postOnly is
        # post_only, timeInForce IOC is immediate_or_cancel (GTC is the default; FOK does not exist), the three
        # trigger params make stop orders and clientOrderId is client_order_id. Spot has no reduceOnly, and a
        # market order sized in the quote asset (cost) is not documented.
        await self.load_markets()
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
        if (not (side == "buy")) and (not (side == "sell")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id) + " createOrder () side must be buy or sell, not " + js.to_str(side)
                )
            )
        time_in_force = js.get(unified, "timeInForce")
        if time_in_force == "FOK":
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () does not support timeInForce FOK (BigONE has GTC, IOC and post-only)"
                )
            )
        if (time_in_force == "IOC") and (not (type_ == "limit")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id) + " createOrder () timeInForce IOC is for limit orders only"
                )
            )
        trigger = js.get(unified, "trigger")
        order_type = "LIMIT" if (type_ == "limit") else "MARKET"
        if trigger is not None:
            if time_in_force == "IOC":
                raise InvalidOrder(
                    js.bounded_text(
                        js.bounded_text(
                            js.to_str(self.id) + " createOrder () timeInForce IOC cannot be combined with "
                        )
                        + js.to_str(js.get(unified, "triggerKind"))
                    )
                )
            order_type = "STOP_LIMIT" if (type_ == "limit") else "STOP_MARKET"
        request = {
            "asset_pair_name": js.get(market, "id"),
            "side": "BID" if (side == "buy") else "ASK",
            "type": order_type,
            "amount": self.amount_to_precision(symbol, amount),
        }
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["price"] = self.price_to_precision(symbol, price)
        if trigger is not None:
            request["stop_price"] = self.price_to_precision(symbol, trigger)
            request["operator"] = self.trigger_operator(side, unified)
        if time_in_force == "IOC":
            request["immediate_or_cancel"] = True
        if js.truthy(js.get(unified, "postOnly")):
            request["post_only"] = True
        if js.get(unified, "clientOrderId") is not None:
            request["client_order_id"] = js.get(unified, "clientOrderId")
        response = await self.private_post_viewer_orders(self.extend(request, rest))
        return self.parse_order(self.safe_dict(response, "data", {}), market)

    async def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # POST viewer/orders/{id}/cancel answers the order, CANCELLED.
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = await self.private_post_viewer_orders_id_cancel(self.extend({"id": id_}, params))
        return self.parse_order(self.safe_dict(response, "data", {}), market)

    async def fetch_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # viewer/orders/{id}: one order.
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = await self.private_get_viewer_orders_id(self.extend({"id": id_}, params))
        return self.parse_order(self.safe_dict(response, "data", {}), market)

    async def fetch_orders_by_state(self, method, state, symbol, limit, params):
        # viewer/orders?asset_pair_name (required)&state&limit (default 20, max 200): newest first, paged by
        # page_token; no time range, so the unified until is refused rather than ignored.
        self.reject_unified_params(method, params, ["until"])
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () requires a symbol: BigONE lists the orders of one asset pair"
                )
            )
        await self.load_markets()
        market = self.market(symbol)
        request = {"asset_pair_name": js.get(market, "id"), "state": state}
        if limit is not None:
            request["limit"] = js.min_(limit, 200)
        response = await self.private_get_viewer_orders(self.extend(request, params))
        return [market, self.safe_list(response, "data", [])]

    async def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # state PENDING: the PENDING and FIRED orders.
        (
            market,
            orders,
        ) = js.destructure(
            await self.fetch_orders_by_state("fetchOpenOrders", "PENDING", symbol, limit, params), 2
        )
        return self.parse_orders(orders, market, since, limit)

    async def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # state CLOSED: the FILLED and CANCELLED orders.
        (
            market,
            orders,
        ) = js.destructure(
            await self.fetch_orders_by_state("fetchClosedOrders", "CLOSED", symbol, limit, params), 2
        )
        return self.parse_orders(orders, market, since, limit)

    async def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # viewer/trades?asset_pair_name (required)&limit: the account's trades, newest first, paged by
        # page_token; no time range (until is refused).
        self.reject_unified_params("fetchMyTrades", params, ["until"])
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchMyTrades () requires a symbol: BigONE lists the trades of one asset pair"
                )
            )
        await self.load_markets()
        market = self.market(symbol)
        request = {"asset_pair_name": js.get(market, "id")}
        if limit is not None:
            request["limit"] = js.min_(limit, 200)
        response = await self.private_get_viewer_trades(self.extend(request, params))
        return self.parse_trades(self.safe_list(response, "data", []), market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # Deposits: { id, amount, confirms, txid, is_internal, inserted_at, updated_at, kind, memo, state:
        # COMPLETED, PENDING, WITHHOLD or CANCELLED, asset_symbol, target_account }. Withdrawals: { id,
        # customer_id, asset_symbol, amount, state: PENDING, COMPLETED, FAILED or CANCELLED, note, txid,
        # completed_at, inserted_at, is_internal, target_address }.
        code = self.safe_currency_code(self.safe_string(transaction, "asset_symbol"), currency)
        address = self.safe_string(transaction, "target_address")
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "id"),
                "txid": self.safe_string(transaction, "txid"),
                "timestamp": self.parse8601(self.safe_string(transaction, "inserted_at")),
                "address": address,
                "tag": self.safe_string(transaction, "memo"),
                "type": "deposit" if (address is None) else "withdrawal",
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(
                    js.get(self.options, "transactionStatuses"), self.safe_string(transaction, "state")
                ),
                "updated": self.parse8601(self.safe_string2(transaction, "updated_at", "completed_at")),
                "info": transaction,
            },
            currency,
        )

    async def fetch_transfers_of(self, method, code, since, limit, params):
        # viewer/deposits and viewer/withdrawals?asset_symbol&limit (default 50): newest first, paged by
        # page_token; no time range (until is refused).
        self.reject_unified_params(method, params, ["until"])
        await self.load_markets()
        request = {}
        currency = None
        if code is not None:
            currency = self.currency(code)
            request["asset_symbol"] = js.get(currency, "id")
        if limit is not None:
            request["limit"] = limit
        response = None
        if method == "fetchDeposits":
            response = await self.private_get_viewer_deposits(self.extend(request, params))
        else:
            response = await self.private_get_viewer_withdrawals(self.extend(request, params))
        return self.parse_transactions(self.safe_list(response, "data", []), currency, since, limit)

    async def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return await self.fetch_transfers_of("fetchDeposits", code, since, limit, params)

    async def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return await self.fetch_transfers_of("fetchWithdrawals", code, since, limit, params)

    async def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # viewer/assets/{asset_symbol}/address: { code: 0, data: [ { id, chain, value (the address), memo } ] },
        # one entry per chain. The unified network picks the entry of its chain (options['networks']); without
        # it the first entry is the address.
        await self.load_markets()
        currency = self.currency(code)
        network_code = self.safe_string(params, "network")
        rest = self.omit(params, "network")
        chain = None
        if network_code is not None:
            chain = self.known_network_id(network_code, currency, "fetchDepositAddress")
        response = await self.private_get_viewer_assets_asset_symbol_address(
            self.extend({"asset_symbol": js.get(currency, "id")}, rest)
        )
        entries = self.safe_list(response, "data", [])
        entry = None
        i = 0
        while True:
            if not (i < len(entries)):
                break
            if (chain is None) or js.strict_equal(self.safe_string(js.get(entries, i), "chain"), chain):
                entry = js.get(entries, i)
                break
            i += 1
        if entry is None:
            raise ExchangeError(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " fetchDepositAddress () found no ")
                    + ("" if (chain is None) else js.bounded_text(js.to_str(chain) + " "))
                    + "address of "
                    + js.to_str(code)
                )
            )
        entry_chain = self.safe_string(entry, "chain")
        return {
            "currency": js.get(currency, "code"),
            "address": self.safe_string(entry, "value"),
            "tag": self.safe_string(entry, "memo"),
            "network": None if (entry_chain is None) else self.network_code(entry_chain, currency),
            "info": entry,
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
        # POST viewer/withdrawals { symbol, target_address, amount, memo, gateway_name (the chain, e.g.
        # Ethereum for USDT on Ethereum) } answers the withdrawal. The unified network is gateway_name
        # (options['networks']); the tag is memo.
        await self.load_markets()
        currency = self.currency(code)
        network_code = self.safe_string(params, "network")
        rest = self.omit(params, "network")
        request = {
            "symbol": js.get(currency, "id"),
            "target_address": address,
            "amount": self.number_to_string(amount),
        }
        if tag is not None:
            request["memo"] = tag
        if network_code is not None:
            request["gateway_name"] = self.known_network_id(network_code, currency, "withdraw")
        response = await self.private_post_viewer_withdrawals(self.extend(request, rest))
        return self.parse_transaction(self.safe_dict(response, "data", {}), currency)

    # --- transport -----------------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # GET sends its params as the query string, POST as a JSON body.
        url = js.bounded_text(
            js.bounded_text(
                js.bounded_text(js.to_str(js.get(self.urls, "api")) + "/api/") + js.to_str(self.version) + "/"
            )
            + js.to_str(self.implode_params(path, params))
        )
        query = self.omit(params, self.extract_params(path))
        if (method == "GET") and (len(js.keys(query)) > 0):
            url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(query)))
        if api == "public":
            return {"url": url, "method": method, "body": body, "headers": headers}
        # Authorization: Bearer <JWT>: HS256, keyed by the secret as it is, over { type: 'OpenAPIV2', sub: the
        # API key, nonce: the time in nanoseconds, as a string }.
        self.check_required_credentials()
        payload = {
            "type": "OpenAPIV2",
            "sub": self.apiKey,
            "nonce": js.bounded_text(js.to_str(self.number_to_string(self.milliseconds())) + "000000"),
        }
        token = self.jwt(payload, self.encode(self.secret))
        headers = {"Authorization": js.bounded_text("Bearer " + js.to_str(token))}
        if not (method == "GET"):
            js.set_(headers, "Content-Type", "application/json")
            body = (
                self.json(query) if (len(js.keys(query)) > 0) else "{}"
            )  # (PHP writes an empty dictionary as [])
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
        # { "code": 10014, "message": "Insufficient funds" }: every answer has a code, 0 on success.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return
        code = self.safe_string(response, "code")
        if (code is None) or (code == "0"):
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
            + self.safe_string(response, "message", "")
        )
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
        raise ExchangeError(feedback)
