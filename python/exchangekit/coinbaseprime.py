# Generated from js/coinbaseprime.js by exkit: do not edit. Change the source and run `python build.py`.
from typing import Any

from exchangekit.base.exchange import Exchange
from exchangekit.base.errors import (
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
    BadResponse,
    ExchangeError,
    InsufficientFunds,
    InvalidOrder,
    OrderNotFound,
    PermissionDenied,
    RateLimitExceeded,
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
    Trade,
    Transaction,
)


class coinbaseprime(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "coinbaseprime",
                "name": "Coinbase Prime",
                "countries": ["US"],
                "version": "v1",
                "rateLimit": 40,
                "has": {
                    "fetchMarkets": True,
                    "fetchCurrencies": True,
                    "fetchTicker": False,
                    "fetchTickers": False,
                    "fetchOrderBook": False,
                    "fetchOHLCV": True,
                    "fetchTrades": False,
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
                    "api": "https://api.prime.coinbase.com",
                    "www": "https://prime.coinbase.com",
                    "doc": "https://docs.cdp.coinbase.com/prime/rest-api",
                    "fees": "https://docs.cdp.coinbase.com/prime/concepts/trading/trading-fees",
                },
                "api": {
                    "private": {
                        "get": [
                            "portfolios",
                            "portfolios/{portfolio_id}",
                            "portfolios/{portfolio_id}/products",
                            "portfolios/{portfolio_id}/candles",
                            "portfolios/{portfolio_id}/balances",
                            "portfolios/{portfolio_id}/orders",
                            "portfolios/{portfolio_id}/open_orders",
                            "portfolios/{portfolio_id}/orders/{order_id}",
                            "portfolios/{portfolio_id}/fills",
                            "portfolios/{portfolio_id}/transactions",
                            "portfolios/{portfolio_id}/wallets",
                            "portfolios/{portfolio_id}/wallets/{wallet_id}/deposit_instructions",
                            "entities/{entity_id}/assets",
                        ],
                        "post": [
                            "portfolios/{portfolio_id}/order",
                            "portfolios/{portfolio_id}/orders/{order_id}/cancel",
                            "portfolios/{portfolio_id}/wallets/{wallet_id}/withdrawals",
                        ],
                    }
                },
                "timeframes": {
                    "1m": "ONE_MINUTE",
                    "30m": "THIRTY_MINUTE",
                    "1h": "ONE_HOUR",
                    "2h": "TWO_HOUR",
                    "1d": "ONE_DAY",
                },
                "requiredCredentials": {"apiKey": True, "secret": True, "password": True},
                "fees": {"trading": {"tierBased": True, "percentage": True, "maker": None, "taker": None}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "portfolioId": None,
                    "entityId": None,
                    "walletType": "TRADING",
                    "networks": {"ERC20": "ethereum-mainnet"},
                    "maxPages": 20,
                    "maxCandles": 300,
                    "timeframeSeconds": {"1m": 60, "30m": 1800, "1h": 3600, "2h": 7200, "1d": 86400},
                    "orderStatuses": {
                        "PENDING": "open",
                        "OPEN": "open",
                        "FILLED": "closed",
                        "CANCELLED": "canceled",
                        "EXPIRED": "expired",
                        "FAILED": "rejected",
                    },
                    "orderTypes": {"MARKET": "market", "LIMIT": "limit", "STOP_LIMIT": "limit"},
                    "timeInForce": {
                        "GOOD_UNTIL_CANCELLED": "GTC",
                        "IMMEDIATE_OR_CANCEL": "IOC",
                        "FILL_OR_KILL": "FOK",
                    },
                    "transactionTypes": {
                        "DEPOSIT": "deposit",
                        "INTERNAL_DEPOSIT": "deposit",
                        "WITHDRAWAL": "withdrawal",
                        "INTERNAL_WITHDRAWAL": "withdrawal",
                    },
                    "transactionStatuses": {
                        "TRANSACTION_DONE": "ok",
                        "TRANSACTION_IMPORTED": "ok",
                        "TRANSACTION_CANCELLED": "canceled",
                        "TRANSACTION_REJECTED": "failed",
                        "TRANSACTION_FAILED": "failed",
                        "TRANSACTION_EXPIRED": "failed",
                    },
                },
                "exceptions": {
                    "exact": {},
                    "broad": {
                        "insufficient": InsufficientFunds,
                        "invalid signature": AuthenticationError,
                        "timestamp": AuthenticationError,
                    },
                },
            },
        )

    # --- portfolio -----------------------------------------------------------------------------------
    def portfolio_id(self, params=None):
        if params is None:
            params = {}
        # params['portfolio_id'] for one call, else options['portfolioId']; without either, the first portfolio
        # that GET /v1/portfolios lists for the key (a portfolio-scoped key lists its own), kept in the options.
        from_params = self.safe_string2(params, "portfolio_id", "portfolioId")
        if from_params is not None:
            return from_params
        configured = self.safe_string(self.options, "portfolioId")
        if configured is not None:
            return configured
        response = self.private_get_portfolios()
        portfolios = self.required_list(response, "portfolios")
        first = self.safe_dict(portfolios, 0)
        id_ = self.safe_string(first, "id")
        if id_ is None:
            raise BadResponse(
                js.bounded_text(
                    js.to_str(self.id)
                    + " GET /v1/portfolios lists no portfolio for this API key: set options['portfolioId']"
                )
            )
        js.set_(self.options, "portfolioId", id_)
        return id_

    def portfolio_request(self, request, params):
        # The request of a portfolio-scoped endpoint: request with its portfolio_id, params without the portfolio.
        portfolio_id = self.portfolio_id(params)
        result = self.extend(request, self.omit(params, ["portfolio_id", "portfolioId"]))
        result["portfolio_id"] = portfolio_id
        return result

    # --- markets and currencies ----------------------------------------------------------------------
    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # portfolios/{portfolio_id}/products: { products: [ { id: 'BTC-USD', base_increment, quote_increment,
        # base_min_size, quote_min_size, base_max_size, quote_max_size, permissions, price_increment } ],
        # pagination: { next_cursor, sort_direction, has_next } }, page after page while has_next.
        request = self.portfolio_request({}, params)
        result = []
        max_pages = self.safe_integer(self.options, "maxPages", 20)
        page = 0
        while True:
            if not js.less(page, max_pages):
                break
            response = self.private_get_portfolios_portfolio_id_products(request)
            products = self.required_list(response, "products")
            i = 0
            while True:
                if not js.less(i, js.length(products)):
                    break
                result.append(self.parse_market(js.get(products, i)))
                i += 1
            pagination = self.safe_dict(response, "pagination", {})
            cursor = self.safe_string(pagination, "next_cursor")
            if (not (self.safe_bool(pagination, "has_next") is True)) or (cursor is None):
                break
            request = self.extend(request, {"cursor": cursor})
            page = js.number(page + 1)
        return result

    def parse_market(self, product):
        id_ = self.safe_string(product, "id")
        parts = [] if (id_ is None) else js.split(id_, "-")
        if not (len(parts) == 2):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent a product whose id is not BASE-QUOTE: ")
                    + js.to_str(self.excerpt(self.json(product)))
                )
            )
        base_id = js.get(parts, 0)
        quote_id = js.get(parts, 1)
        base = self.safe_currency_code(base_id)
        quote = self.safe_currency_code(quote_id)
        # permissions: PRODUCT_PERMISSION_READ, PRODUCT_PERMISSION_TRADE (a list in the API's types, one string
        # in the reference page's example): the market is active when the portfolio may trade it.
        permissions = self.safe_value(product, "permissions")
        active = None
        if js.is_array(permissions):
            active = self.in_array("PRODUCT_PERMISSION_TRADE", permissions)
        elif js.typeof(permissions) == "string":
            active = permissions == "PRODUCT_PERMISSION_TRADE"
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
                "price": self.safe_number(product, "price_increment"),
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

    def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # entities/{entity_id}/assets: { assets: [ { name, symbol, decimal_precision, trading_supported,
        # explorer_url, networks } ] }. The entity is options['entityId'], else the entity_id of the portfolio
        # (portfolios/{portfolio_id}: { portfolio: { id, name, entity_id, organization_id, entity_name } }).
        entity_id = self.safe_string2(
            params, "entity_id", "entityId", self.safe_string(self.options, "entityId")
        )
        if entity_id is None:
            request = self.portfolio_request({}, {})
            portfolio_response = self.private_get_portfolios_portfolio_id(request)
            entity_id = self.safe_string(self.safe_dict(portfolio_response, "portfolio", {}), "entity_id")
            if entity_id is None:
                raise BadResponse(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " fetchCurrencies () found no entity_id in the portfolio: set options['entityId']"
                    )
                )
        query = self.omit(params, ["entity_id", "entityId", "portfolio_id", "portfolioId"])
        response = self.private_get_entities_entity_id_assets(self.extend({"entity_id": entity_id}, query))
        assets = self.required_list(response, "assets")
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(assets)):
                break
            asset = js.get(assets, i)
            id_ = self.safe_string(asset, "symbol")
            if id_ is None:
                i += 1
                continue
            code = self.safe_currency_code(id_)
            js.set_(
                result,
                code,
                {
                    "id": id_,
                    "code": code,
                    "name": self.safe_string(asset, "name"),
                    "active": self.safe_bool(asset, "trading_supported"),
                    "precision": self.parse_number(
                        self.parse_precision(self.safe_string(asset, "decimal_precision"))
                    ),
                    "info": asset,
                },
            )
            i += 1
        return result

    # --- market data ---------------------------------------------------------------------------------
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
        # portfolios/{portfolio_id}/candles?product_id&granularity&start_time&end_time (both ends required):
        # { candles: [ { timestamp (RFC 3339), open, high, low, close, volume } ] }. A range with an end missing
        # is completed to limit (or 300) candles; the end is until, or now.
        self.load_markets()
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
        max_candles = self.safe_integer(self.options, "maxCandles", 300)
        count = max_candles if (limit is None) else js.min_(limit, max_candles)
        span = js.multiply(js.multiply(count, seconds), 1000)
        until = self.safe_integer(params, "until")
        start = since
        end = until
        if start is None:
            if end is None:
                end = self.milliseconds()
            start = js.subtract(end, span)
        elif end is None:
            end = js.add(start, span)
        request = self.portfolio_request(
            {
                "product_id": js.get(market, "id"),
                "granularity": granularity,
                "start_time": self.iso8601(start),
                "end_time": self.iso8601(end),
            },
            self.omit(params, "until"),
        )
        response = self.private_get_portfolios_portfolio_id_candles(request)
        candles = self.required_list(response, "candles")
        return self.parse_ohlcvs(candles, market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def parse_ohlcv(self, ohlcv, market=None):
        return [
            self.parse8601(self.safe_string(ohlcv, "timestamp")),
            self.safe_number(ohlcv, "open"),
            self.safe_number(ohlcv, "high"),
            self.safe_number(ohlcv, "low"),
            self.safe_number(ohlcv, "close"),
            self.safe_number(ohlcv, "volume"),
        ]

    parseOHLCV = MethodAlias("parse_ohlcv")

    # --- account -------------------------------------------------------------------------------------
    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # portfolios/{portfolio_id}/balances: { balances: [ { symbol, amount, holds, withdrawable_amount, ... } ],
        # type: 'TRADING_BALANCES', ... }: amount is the whole balance, holds what open orders and pending
        # withdrawals hold.
        request = self.portfolio_request({}, params)
        response = self.private_get_portfolios_portfolio_id_balances(request)
        balances = self.required_list(response, "balances")
        result = {"info": response}
        i = 0
        while True:
            if not js.less(i, js.length(balances)):
                break
            entry = js.get(balances, i)
            currency_id = self.safe_string_upper(entry, "symbol")
            if currency_id is None:
                i += 1
                continue
            code = self.safe_currency_code(currency_id)
            account = self.account()
            js.set_(account, "total", self.safe_string(entry, "amount"))
            js.set_(account, "used", self.safe_string(entry, "holds"))
            js.set_(result, code, account)
            i += 1
        return self.safe_balance(result)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # { id, user_id, portfolio_id, product_id, side: BUY or SELL, client_order_id, type: MARKET, LIMIT,
        # STOP_LIMIT, TWAP, VWAP, BLOCK or RFQ, base_quantity, quote_value, limit_price, start_time, expiry_time,
        # status, time_in_force, created_at, filled_quantity, filled_value, average_filled_price, commission,
        # exchange_fee, stop_price, post_only, ... }; createOrder and cancelOrder answer { order_id } only.
        # The commission is in the quote currency (what the order is valued in); the algorithm types (TWAP,
        # VWAP, BLOCK, RFQ) have no unified type and keep theirs in info.
        market_id = self.safe_string(order, "product_id")
        market = self.safe_market(market_id, market, "-")
        raw_type = self.safe_string(order, "type")
        raw_side = self.safe_string_lower(order, "side")
        fee = None
        commission = self.safe_string(order, "commission")
        if commission is not None:
            fee = {"cost": commission, "currency": js.get(market, "quote")}
        trigger_price = self.safe_string(order, "stop_price") if (raw_type == "STOP_LIMIT") else None
        return self.safe_order(
            {
                "id": self.safe_string2(order, "id", "order_id"),
                "clientOrderId": self.safe_string(order, "client_order_id"),
                "timestamp": self.parse8601(self.safe_string(order, "created_at")),
                "symbol": js.get(market, "symbol"),
                "type": self.safe_string(js.get(self.options, "orderTypes"), raw_type),
                "timeInForce": self.safe_string(
                    js.get(self.options, "timeInForce"), self.safe_string(order, "time_in_force")
                ),
                "postOnly": self.safe_bool(order, "post_only"),
                "side": raw_side if ((raw_side == "buy") or (raw_side == "sell")) else None,
                "price": self.safe_string(order, "limit_price"),
                "triggerPrice": trigger_price,
                "average": self.safe_string(order, "average_filled_price"),
                "amount": self.safe_string(order, "base_quantity"),
                "filled": self.safe_string(order, "filled_quantity"),
                "cost": self.safe_string(order, "filled_value"),
                "status": self.safe_string(
                    js.get(self.options, "orderStatuses"), self.safe_string(order, "status")
                ),
                "fee": fee,
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
        # POST portfolios/{portfolio_id}/order { product_id, side, client_order_id (required: the caller's
        # clientOrderId, else a new UUID), type, base_quantity or quote_value, limit_price, time_in_force,
        # stop_price, post_only } answers { order_id }. The unified timeInForce GTC, IOC and FOK are
        # GOOD_UNTIL_CANCELLED, IMMEDIATE_OR_CANCEL and FILL_OR_KILL, postOnly is post_only, triggerPrice makes a
        # STOP_LIMIT order (a limit order only), cost is quote_value (market orders). Spot has no reduceOnly,
        # and Prime no stop-loss or take-profit order of its own: those are refused.
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
        client_order_id = (
            self.uuid() if (js.get(unified, "clientOrderId") is None) else js.get(unified, "clientOrderId")
        )
        request = {
            "product_id": js.get(market, "id"),
            "side": js.upper(side),
            "client_order_id": client_order_id,
        }
        if type_ == "market":
            if js.get(unified, "trigger") is not None:
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () triggerPrice makes a STOP_LIMIT order, which needs type limit and a price"
                    )
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
            request["type"] = "MARKET"
            if js.get(unified, "cost") is not None:
                request["quote_value"] = self.cost_to_precision(symbol, js.get(unified, "cost"))
            else:
                request["base_quantity"] = self.amount_to_precision(symbol, amount)
        else:
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["base_quantity"] = self.amount_to_precision(symbol, amount)
            request["limit_price"] = self.price_to_precision(symbol, price)
            if js.get(unified, "trigger") is not None:
                request["type"] = "STOP_LIMIT"
                request["stop_price"] = self.price_to_precision(symbol, js.get(unified, "trigger"))
            else:
                request["type"] = "LIMIT"
            if js.get(unified, "timeInForce") == "GTC":
                request["time_in_force"] = "GOOD_UNTIL_CANCELLED"
            elif js.get(unified, "timeInForce") == "IOC":
                request["time_in_force"] = "IMMEDIATE_OR_CANCEL"
            elif js.get(unified, "timeInForce") == "FOK":
                request["time_in_force"] = "FILL_OR_KILL"
            if js.truthy(js.get(unified, "postOnly")):
                request["post_only"] = True
        full_request = self.portfolio_request(request, rest)
        response = self.private_post_portfolios_portfolio_id_order(full_request)
        return self.safe_order(
            {
                "id": self.safe_string(response, "order_id"),
                "clientOrderId": client_order_id,
                "symbol": symbol,
                "type": type_,
                "side": side,
                "amount": self.safe_string(request, "base_quantity"),
                "price": self.safe_string(request, "limit_price"),
                "triggerPrice": self.safe_string(request, "stop_price"),
                "postOnly": js.get(unified, "postOnly"),
                "info": response,
            },
            market,
        )

    def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # POST portfolios/{portfolio_id}/orders/{order_id}/cancel answers { order_id }: the cancellation is
        # requested (its outcome is the order's status, fetchOrder).
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        request = self.portfolio_request({"order_id": id_}, params)
        response = self.private_post_portfolios_portfolio_id_orders_order_id_cancel(request)
        return self.safe_order(
            {
                "id": self.safe_string(response, "order_id", id_),
                "symbol": None if (market is None) else js.get(market, "symbol"),
                "info": response,
            },
            market,
        )

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        # portfolios/{portfolio_id}/orders/{order_id}: { order: { ... } }.
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        request = self.portfolio_request({"order_id": id_}, params)
        response = self.private_get_portfolios_portfolio_id_orders_order_id(request)
        return self.parse_order(self.safe_dict(response, "order", {}), market)

    def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # portfolios/{portfolio_id}/open_orders?product_ids&limit: { orders: [ ... ], pagination } (at most
        # 5000 open orders; since filters them here).
        self.load_markets()
        query = {}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            query["product_ids"] = [js.get(market, "id")]
        if limit is not None:
            query["limit"] = limit
        request = self.portfolio_request(query, params)
        response = self.private_get_portfolios_portfolio_id_open_orders(request)
        return self.parse_orders(self.required_list(response, "orders"), market, since, limit)

    def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # portfolios/{portfolio_id}/orders?order_statuses=FILLED&order_statuses=CANCELLED&...&product_ids
        # &start_date&end_date&limit: the order history (it does not list open orders), newest first.
        self.load_markets()
        query = {"order_statuses": ["FILLED", "CANCELLED", "EXPIRED", "FAILED"]}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            query["product_ids"] = [js.get(market, "id")]
        if since is not None:
            query["start_date"] = self.iso8601(since)
        until = self.safe_integer(params, "until")
        if until is not None:
            query["end_date"] = self.iso8601(until)
        if limit is not None:
            query["limit"] = limit
        request = self.portfolio_request(query, self.omit(params, "until"))
        response = self.private_get_portfolios_portfolio_id_orders(request)
        return self.parse_orders(self.required_list(response, "orders"), market, since, limit)

    # --- trades --------------------------------------------------------------------------------------
    def parse_trade(self, trade, market=None):
        # The portfolio's fills: { id, order_id, product_id, client_product_id, side, filled_quantity,
        # filled_value, price, time, commission (in the quote currency), venue, venue_fees, ces_commission }.
        market = self.safe_market(self.safe_string(trade, "product_id"), market, "-")
        raw_side = self.safe_string_lower(trade, "side")
        fee = None
        commission = self.safe_string(trade, "commission")
        if commission is not None:
            fee = {"cost": commission, "currency": js.get(market, "quote")}
        return self.trade_structure(
            identifier=self.safe_string(trade, "id"),
            order=self.safe_string(trade, "order_id"),
            timestamp=self.parse8601(self.safe_string(trade, "time")),
            symbol=js.get(market, "symbol"),
            side=raw_side if ((raw_side == "buy") or (raw_side == "sell")) else None,
            price=self.safe_string(trade, "price"),
            amount=self.safe_string(trade, "filled_quantity"),
            cost=self.safe_string(trade, "filled_value"),
            fee=fee,
            info=trade,
            market=market,
        )

    def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # portfolios/{portfolio_id}/fills?start_date&end_date&limit: { fills: [ ... ], pagination }. The
        # endpoint requires start_date, so since is required; it has no product filter (symbol filters here).
        if since is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchMyTrades () requires since: the fills endpoint requires a start_date"
                )
            )
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        query = {"start_date": self.iso8601(since)}
        until = self.safe_integer(params, "until")
        if until is not None:
            query["end_date"] = self.iso8601(until)
        if limit is not None:
            query["limit"] = limit
        request = self.portfolio_request(query, self.omit(params, "until"))
        response = self.private_get_portfolios_portfolio_id_fills(request)
        return self.parse_trades(self.required_list(response, "fills"), market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # { id, wallet_id, portfolio_id, type, status, symbol, created_at, completed_at, amount, transfer_from,
        # transfer_to: { type, value, address, account_identifier }, network_fees, fees, fee_symbol,
        # blockchain_ids, transaction_id, network }; withdraw answers { activity_id, approval_url, symbol,
        # amount, fee, destination_type, source_type, blockchain_destination: { address, account_identifier },
        # transaction_id }.
        currency_id = self.safe_string_upper(transaction, "symbol")
        code = self.safe_currency_code(currency_id, currency)
        destination = self.safe_dict2(transaction, "transfer_to", "blockchain_destination", {})
        fee = None
        fee_cost = self.safe_string2(transaction, "fees", "fee")
        if fee_cost is not None:
            fee_currency_id = self.safe_string_upper(transaction, "fee_symbol")
            fee = {
                "cost": fee_cost,
                "currency": code if (fee_currency_id is None) else self.safe_currency_code(fee_currency_id),
            }
        blockchain_ids = self.safe_list(transaction, "blockchain_ids", [])
        network_id = self.safe_string(transaction, "network")
        status = self.safe_string(transaction, "status")
        unified_status = None
        if status is not None:
            # Every other TRANSACTION_* status (created, requested, approved, processing, broadcasting, ...)
            # is a transaction on its way.
            unified_status = self.safe_string(js.get(self.options, "transactionStatuses"), status, "pending")
        return self.safe_transaction(
            {
                "id": self.safe_string_n(transaction, ["id", "transaction_id", "activity_id"]),
                "txid": self.string_of(self.safe_value(blockchain_ids, 0)),
                "timestamp": self.parse8601(self.safe_string(transaction, "created_at")),
                "network": None if (network_id is None) else self.network_code(network_id),
                "address": self.safe_string(destination, "address"),
                "tag": self.safe_string(destination, "account_identifier"),
                "type": self.safe_string(
                    js.get(self.options, "transactionTypes"), self.safe_string(transaction, "type")
                ),
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": unified_status,
                "updated": self.parse8601(self.safe_string(transaction, "completed_at")),
                "fee": fee,
                "info": transaction,
            },
            currency,
        )

    def fetch_transfers_of(self, type_, code, since, limit, params):
        # portfolios/{portfolio_id}/transactions?types&symbols&start_time&end_time&limit: { transactions: [ ... ],
        # pagination }, newest first.
        self.load_markets()
        currency = None if (code is None) else self.currency(code)
        query = {"types": ["DEPOSIT" if (type_ == "deposit") else "WITHDRAWAL"]}
        if currency is not None:
            query["symbols"] = js.get(currency, "id")
        if since is not None:
            query["start_time"] = self.iso8601(since)
        until = self.safe_integer(params, "until")
        if until is not None:
            query["end_time"] = self.iso8601(until)
        if limit is not None:
            query["limit"] = limit
        request = self.portfolio_request(query, self.omit(params, "until"))
        response = self.private_get_portfolios_portfolio_id_transactions(request)
        return self.parse_transactions(self.required_list(response, "transactions"), currency, since, limit)

    def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.fetch_transfers_of("deposit", code, since, limit, params)

    def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.fetch_transfers_of("withdrawal", code, since, limit, params)

    def wallet_id(self, currency, portfolio_id, params):
        # params['wallet_id'], else the first wallet of options['walletType'] (TRADING) that
        # portfolios/{portfolio_id}/wallets?type&symbols lists: { wallets: [ { id, name, symbol, type, ... } ] }.
        given = self.safe_string(params, "wallet_id")
        if given is not None:
            return given
        request = {
            "portfolio_id": portfolio_id,
            "type": self.safe_string(self.options, "walletType", "TRADING"),
            "symbols": js.get(currency, "id"),
        }
        response = self.private_get_portfolios_portfolio_id_wallets(request)
        wallets = self.required_list(response, "wallets")
        id_ = self.safe_string(self.safe_dict(wallets, 0), "id")
        if id_ is None:
            raise BadRequest(
                js.bounded_text(
                    js.bounded_text(
                        js.bounded_text(js.to_str(self.id) + " has no ")
                        + js.to_str(js.get(request, "type"))
                        + " wallet of "
                    )
                    + js.to_str(js.get(currency, "code"))
                    + " in the portfolio: pass params['wallet_id']"
                )
            )
        return id_

    def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # portfolios/{portfolio_id}/wallets/{wallet_id}/deposit_instructions?deposit_type=CRYPTO:
        # { crypto_instructions: { id, name, type, address, account_identifier, account_identifier_name,
        # network: { id, type } } }: the wallet's default address, on its default network (the unified network
        # cannot choose another one, so it is refused).
        self.reject_unified_params("fetchDepositAddress", params, ["network"])
        self.load_markets()
        currency = self.currency(code)
        portfolio_id = self.portfolio_id(params)
        wallet_id = self.wallet_id(currency, portfolio_id, params)
        query = self.omit(params, ["portfolio_id", "portfolioId", "wallet_id"])
        request = self.extend(
            {"portfolio_id": portfolio_id, "wallet_id": wallet_id, "deposit_type": "CRYPTO"}, query
        )
        response = self.private_get_portfolios_portfolio_id_wallets_wallet_id_deposit_instructions(request)
        instructions = self.safe_dict(response, "crypto_instructions", {})
        address = self.safe_string(instructions, "address")
        if address is None:
            raise BadResponse(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchDepositAddress () got no crypto deposit address for "
                    + js.to_str(code)
                )
            )
        network_id = self.safe_string(self.safe_dict(instructions, "network", {}), "id")
        return {
            "currency": js.get(currency, "code"),
            "address": address,
            "tag": self.safe_string(instructions, "account_identifier"),
            "network": None if (network_id is None) else self.network_code(network_id, currency),
            "info": response,
        }

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
        # POST portfolios/{portfolio_id}/wallets/{wallet_id}/withdrawals { amount, destination_type:
        # DESTINATION_BLOCKCHAIN, idempotency_key (a new UUID), currency_symbol, blockchain_address: { address,
        # account_identifier (the tag) } }. The network field's values (network id and type) are not documented
        # beyond their names, so the unified network is refused: the asset's default network is used.
        self.reject_unified_params("withdraw", params, ["network"])
        self.load_markets()
        currency = self.currency(code)
        portfolio_id = self.portfolio_id(params)
        wallet_id = self.wallet_id(currency, portfolio_id, params)
        destination = {"address": address}
        if tag is not None:
            destination["account_identifier"] = tag
        query = self.omit(params, ["portfolio_id", "portfolioId", "wallet_id"])
        request = self.extend(
            {
                "portfolio_id": portfolio_id,
                "wallet_id": wallet_id,
                "amount": self.currency_to_precision(code, amount),
                "destination_type": "DESTINATION_BLOCKCHAIN",
                "idempotency_key": self.uuid(),
                "currency_symbol": js.get(currency, "id"),
                "blockchain_address": destination,
            },
            query,
        )
        response = self.private_post_portfolios_portfolio_id_wallets_wallet_id_withdrawals(request)
        transaction = self.parse_transaction(response, currency)
        js.set_(transaction, "type", "withdrawal")
        if js.get(transaction, "status") is None:
            js.set_(
                transaction, "status", "pending"
            )  # withdrawals wait for the portfolio's consensus approval
        return transaction

    # --- transport -----------------------------------------------------------------------------------
    def query_string(self, query):
        # A list repeats its key (order_statuses=FILLED&order_statuses=CANCELLED), as the API's repeated fields
        # take it.
        parts = []
        keys = js.keys(query)
        i = 0
        while True:
            if not (i < len(keys)):
                break
            value = self.safe_value(query, keys[i])
            if js.is_array(value):
                j = 0
                while True:
                    if not js.less(j, js.length(value)):
                        break
                    parts.append(self.urlencode(self.single_key(keys[i], js.get(value, j))))
                    j += 1
            else:
                parts.append(self.urlencode(self.single_key(keys[i], value)))
            i += 1
        return js.join(parts, "&")

    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "private"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # GET sends its params as the query string, POST as a JSON body.
        request_path = js.bounded_text(
            js.bounded_text("/" + js.to_str(self.version) + "/")
            + js.to_str(self.implode_params(path, params))
        )
        query = self.omit(params, self.extract_params(path))
        has_body = (method == "POST") or (method == "PUT")
        url = js.bounded_text(js.to_str(js.get(self.urls, "api")) + request_path)
        if (not has_body) and (len(js.keys(query)) > 0):
            url += js.within(url, js.within(url, "?") + js.to_str(self.query_string(query)))
        # X-CB-ACCESS-SIGNATURE: base64 (HMAC-SHA256 (secret, timestamp + method + path + body)), with the
        # timestamp in whole seconds and the path without the query string (the docs' examples sign
        # urlparse (uri).path). The HMAC key is the secret string as Coinbase gives it, used raw (the docs:
        # hmac.digest (SECRET_KEY.encode (), message.encode (), hashlib.sha256)), not base64-decoded.
        self.check_required_credentials()
        timestamp = self.number_to_string(self.seconds())
        payload = ""
        headers = {
            "Accept": "application/json",
            "X-CB-ACCESS-KEY": self.apiKey,
            "X-CB-ACCESS-PASSPHRASE": self.password,
            "X-CB-ACCESS-TIMESTAMP": timestamp,
        }
        if has_body:
            # An empty body is written out: PHP would encode an empty dictionary as a list, '[]'.
            body = self.json(query) if (len(js.keys(query)) > 0) else "{}"
            payload = body
            js.set_(headers, "Content-Type", "application/json")
        auth = js.bounded_text(js.to_str(js.add(timestamp, method)) + request_path + js.to_str(payload))
        js.set_(
            headers,
            "X-CB-ACCESS-SIGNATURE",
            self.hmac(self.encode(auth), self.encode(self.secret), "sha256", "base64"),
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
        # { "message": "..." } with an HTTP 4xx or 5xx status: a message the broad map knows picks the class, a
        # 404 of an order endpoint is OrderNotFound, and the status decides the rest (httpExceptions).
        if (
            js.less(status, 400)
            or (response is None)
            or js.is_array(response)
            or (not (js.typeof(response) == "object"))
        ):
            return
        message = self.safe_string(response, "message")
        if message is None:
            return
        feedback = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " " + js.to_str(method) + " " + js.to_str(url) + " ")
            + js.to_str(self.number_to_string(status))
            + " "
            + js.to_str(message)
        )
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), message, feedback)
        self.throw_broadly_matched_exception(js.get(self.exceptions, "broad"), js.lower(message), feedback)
        if js.strict_equal(status, 404) and (js.index_of(url, "/orders/") >= 0):
            raise OrderNotFound(feedback)
        if js.strict_equal(status, 401):
            raise AuthenticationError(feedback)
        if js.strict_equal(status, 403):
            raise PermissionDenied(feedback)
        if js.strict_equal(status, 429):
            raise RateLimitExceeded(feedback)
        if js.strict_equal(status, 404):
            raise ExchangeError(feedback)
