# Generated from js/btcmarkets.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from typing import Any

from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base.errors import (
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
    BadResponse,
    BadSymbol,
    ExchangeError,
    InvalidOrder,
    NotSupported,
    OrderNotFound,
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
    OrderBook,
    Ticker,
    Trade,
    TradingFee,
    Transaction,
)


class btcmarkets(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "btcmarkets",
                "name": "BTC Markets",
                "countries": ["AU"],
                "version": "v3",
                "rateLimit": 200,
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
                    "fetchOrders": True,
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
                    "fetchTradingFees": True,
                    "cancelAllOrders": True,
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
                    "api": "https://api.btcmarkets.net",
                    "www": "https://www.btcmarkets.net",
                    "doc": "https://docs.btcmarkets.net/v3/",
                    "fees": "https://www.btcmarkets.net/fees",
                },
                "api": {
                    "public": {
                        "get": [
                            "markets",
                            "markets/tickers",
                            "markets/orderbooks",
                            "markets/{marketId}/ticker",
                            "markets/{marketId}/trades",
                            "markets/{marketId}/orderbook",
                            "markets/{marketId}/candles",
                            "assets",
                            "withdrawal-fees",
                            "time",
                        ]
                    },
                    "private": {
                        "get": [
                            "orders",
                            "orders/{id}",
                            "trades",
                            "trades/{id}",
                            "accounts/me/balances",
                            "accounts/me/trading-fees",
                            "accounts/me/withdrawal-limits",
                            "accounts/me/transactions",
                            "deposits",
                            "deposits/{id}",
                            "withdrawals",
                            "withdrawals/{id}",
                            "transfers",
                            "transfers/{id}",
                            "addresses",
                        ],
                        "post": ["orders", "withdrawals"],
                        "delete": ["orders", "orders/{id}"],
                    },
                },
                "timeframes": {"1m": "1m", "1h": "1h", "1d": "1d"},
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {
                    "trading": {"tierBased": True, "percentage": True, "taker": 0.0085, "maker": 0.0085}
                },
                "precisionMode": TICK_SIZE,
                "options": {
                    "sameNameParams": ["clientOrderId", "postOnly", "triggerPrice"],
                    "orderStatuses": {
                        "Accepted": "open",
                        "Placed": "open",
                        "Partially Matched": "open",
                        "Fully Matched": "closed",
                        "Cancelled": "canceled",
                        "Partially Cancelled": "canceled",
                        "Failed": "rejected",
                    },
                    "orderTypes": {
                        "Limit": ["limit", None],
                        "Market": ["market", None],
                        "Stop Limit": ["limit", "stopLossPrice"],
                        "Stop": ["market", "stopLossPrice"],
                        "Take Profit": ["market", "takeProfitPrice"],
                    },
                    "transferTypes": {"Deposit": "deposit", "Withdraw": "withdrawal"},
                    "transferStatuses": {
                        "Accepted": "pending",
                        "Pending Authorization": "pending",
                        "Complete": "ok",
                        "Cancelled": "canceled",
                        "Failed": "failed",
                    },
                },
                "exceptions": {
                    "exact": {
                        "InvalidApiKey": AuthenticationError,
                        "InvalidAuthSignature": AuthenticationError,
                        "InvalidMarketId": BadSymbol,
                        "InvalidOrderType": InvalidOrder,
                        "InvalidOrderSide": InvalidOrder,
                        "InvalidOrderId": OrderNotFound,
                        "OrderNotFound": OrderNotFound,
                        "OrderAlreadyCancelled": OrderNotFound,
                    },
                    "broad": {},
                },
            },
        )

    # --- markets and currencies ----------------------------------------------------------------------
    async def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # markets: [ { marketId: 'BTC-AUD', baseAssetName, quoteAssetName, minOrderAmount, maxOrderAmount,
        # amountDecimals, priceDecimals } ]: the active markets. The official SDK disagrees with itself on the
        # asset names: its IMarket type (src/types/Markets.ts) says baseAssetName and quoteAssetName, its README's
        # "active markets" example baseAsset and quoteAsset; either spelling is read.
        response = await self.public_get_markets(params)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            result.append(self.parse_market(js.get(response, i)))
            i += 1
        return result

    def parse_market(self, entry):
        base_id = self.safe_string2(entry, "baseAssetName", "baseAsset")
        quote_id = self.safe_string2(entry, "quoteAssetName", "quoteAsset")
        if (base_id is None) or (quote_id is None):
            # (a market named 'undefined/undefined' is worse than none)
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id) + " sent a market without its base and quote asset names: "
                    )
                    + js.to_str(self.excerpt(self.json(entry)))
                )
            )
        base = self.safe_currency_code(base_id)
        quote = self.safe_currency_code(quote_id)
        return self.market_structure(
            id=self.safe_string(entry, "marketId"),
            symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
            base=base,
            quote=quote,
            baseId=base_id,
            quoteId=quote_id,
            type="spot",
            spot=True,
            taker=js.get(js.get(self.fees, "trading"), "taker"),
            maker=js.get(js.get(self.fees, "trading"), "maker"),
            precision={
                "amount": self.parse_number(self.parse_precision(self.safe_string(entry, "amountDecimals"))),
                "price": self.parse_number(self.parse_precision(self.safe_string(entry, "priceDecimals"))),
            },
            limits={
                "amount": {
                    "min": self.safe_number(entry, "minOrderAmount"),
                    "max": self.safe_number(entry, "maxOrderAmount"),
                },
                "price": {"min": None, "max": None},
                "cost": {"min": None, "max": None},
            },
            info=entry,
        )

    async def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # assets: [ { assetName, minDepositAmount, maxDepositAmount, depositDecimals, minWithdrawalAmount,
        # maxWithdrawalAmount, withdrawalDecimals, withdrawalFee, depositFee } ]. The SDK's documented example
        # spells the withdrawal decimals 'WithdrawalDecimals': either spelling is read.
        response = await self.public_get_assets(params)
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            id_ = self.safe_string(entry, "assetName")
            code = self.safe_currency_code(id_)
            decimals = self.safe_string2(entry, "withdrawalDecimals", "WithdrawalDecimals")
            js.set_(
                result,
                code,
                {
                    "id": id_,
                    "code": code,
                    "fee": self.safe_number(entry, "withdrawalFee"),
                    "precision": self.parse_number(self.parse_precision(decimals)),
                    "limits": {
                        "deposit": {
                            "min": self.safe_number(entry, "minDepositAmount"),
                            "max": self.safe_number(entry, "maxDepositAmount"),
                        },
                        "withdraw": {
                            "min": self.safe_number(entry, "minWithdrawalAmount"),
                            "max": self.safe_number(entry, "maxWithdrawalAmount"),
                        },
                    },
                    "info": entry,
                },
            )
            i += 1
        return result

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # { marketId, bestBid, bestAsk, lastPrice, volume24h (base), price24h (the change over 24 hours), low24h,
        # high24h, timestamp (ISO 8601) }.
        market = self.safe_market(self.safe_string(ticker, "marketId"), market, "-")
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            timestamp=self.parse8601(self.safe_string(ticker, "timestamp")),
            high=self.safe_string(ticker, "high24h"),
            low=self.safe_string(ticker, "low24h"),
            bid=self.safe_string(ticker, "bestBid"),
            ask=self.safe_string(ticker, "bestAsk"),
            last=self.safe_string(ticker, "lastPrice"),
            change=self.safe_string(ticker, "price24h"),
            base_volume=self.safe_string(ticker, "volume24h"),
            info=ticker,
            market=market,
        )

    async def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_markets_market_id_ticker(
            self.extend({"marketId": js.get(market, "id")}, params)
        )
        return self.parse_ticker(response, market)

    async def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # markets/tickers?marketId=BTC-AUD&marketId=LTC-AUD: the endpoint takes the markets it reports (all of them
        # when symbols is undefined).
        await self.load_markets()
        market_ids = self.ids if (symbols is None) else self.market_ids(symbols)
        response = await self.public_get_markets_tickers(self.extend({"marketId": market_ids}, params))
        return self.parse_tickers(response, symbols)

    async def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # markets/{marketId}/orderbook?level: { marketId, snapshotId, asks: [ [ price, amount ] ], bids }; level 1
        # (the default) is the best 50 of each side, level 2 the whole book (cached, about every 10 seconds).
        await self.load_markets()
        market = self.market(symbol)
        request = {"marketId": js.get(market, "id")}
        if (limit is not None) and js.greater(limit, 50):
            request["level"] = 2
        response = await self.public_get_markets_market_id_orderbook(self.extend(request, params))
        book = self.parse_order_book(response, js.get(market, "symbol"))
        js.set_(book, "nonce", self.safe_integer(response, "snapshotId"))
        return self.limit_order_book(book, limit)

    def parse_ohlcv(self, ohlcv, market=None):
        # [ time (ISO 8601), open, high, low, close, volume ], strings.
        return [
            self.parse8601(self.safe_string(ohlcv, 0)),
            self.safe_number(ohlcv, 1),
            self.safe_number(ohlcv, 2),
            self.safe_number(ohlcv, 3),
            self.safe_number(ohlcv, 4),
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
        # markets/{marketId}/candles?timeWindow and either the time range from and to (ISO 8601) or the paging
        # limit: the two cannot be combined, so with since or until the range is sent and limit is applied here.
        await self.load_markets()
        market = self.market(symbol)
        time_window = self.safe_string(self.timeframes, timeframe)
        if time_window is None:
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
        request = {"marketId": js.get(market, "id"), "timeWindow": time_window}
        until = self.safe_integer(params, "until")
        if since is not None:
            request["from"] = self.iso8601(since)
        if until is not None:
            request["to"] = self.iso8601(until)
        if (since is None) and (until is None) and (limit is not None):
            request["limit"] = limit
        response = await self.public_get_markets_market_id_candles(
            self.extend(request, self.omit(params, "until"))
        )
        return self.parse_ohlcvs(response, market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def parse_side(self, side):
        sides = {"Bid": "buy", "Ask": "sell"}
        return self.safe_string(sides, side)

    def parse_trade(self, trade, market=None):
        # Public: { id, price, amount, timestamp (ISO 8601), side: 'Bid' or 'Ask' (the taker's) }. The account's:
        # the same with marketId, fee (in the quote currency, as the account's ledger books it), orderId and
        # liquidityType 'Taker' or 'Maker'.
        market = self.safe_market(self.safe_string(trade, "marketId"), market, "-")
        fee = None
        fee_cost = self.safe_string(trade, "fee")
        if fee_cost is not None:
            fee = {"cost": fee_cost, "currency": js.get(market, "quote")}
        return self.trade_structure(
            identifier=self.safe_string(trade, "id"),
            order=self.safe_string(trade, "orderId"),
            symbol=js.get(market, "symbol"),
            timestamp=self.parse8601(self.safe_string(trade, "timestamp")),
            side=self.parse_side(self.safe_string(trade, "side")),
            taker_or_maker=self.safe_string_lower(trade, "liquidityType"),
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
        # markets/{marketId}/trades?limit: the most recent trades, newest first (paged by before and after ids).
        await self.load_markets()
        market = self.market(symbol)
        request = {"marketId": js.get(market, "id")}
        if limit is not None:
            request["limit"] = limit
        response = await self.public_get_markets_market_id_trades(self.extend(request, params))
        return self.parse_trades(response, market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    async def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # accounts/me/balances: [ { assetName, balance, available, locked } ] (balance = available + locked).
        await self.load_markets()
        response = await self.private_get_accounts_me_balances(params)
        result = {"info": response}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            account = self.account()
            js.set_(account, "free", self.safe_string(entry, "available"))
            js.set_(account, "used", self.safe_string(entry, "locked"))
            js.set_(account, "total", self.safe_string(entry, "balance"))
            js.set_(result, self.safe_currency_code(self.safe_string(entry, "assetName")), account)
            i += 1
        return self.safe_balance(result)

    async def fetch_trading_fees(self, params: dict[str, Any] | None = None) -> dict[str, TradingFee]:
        if params is None:
            params = {}
        # accounts/me/trading-fees: { volume30Day, feeByMarkets: [ { makerFeeRate, takerFeeRate, marketId } ] }.
        await self.load_markets()
        response = await self.private_get_accounts_me_trading_fees(params)
        entries = self.safe_list(response, "feeByMarkets", [])
        result = {}
        i = 0
        while True:
            if not (i < len(entries)):
                break
            entry = js.get(entries, i)
            symbol = self.safe_symbol(self.safe_string(entry, "marketId"), None, "-")
            js.set_(
                result,
                symbol,
                {
                    "symbol": symbol,
                    "maker": self.safe_number(entry, "makerFeeRate"),
                    "taker": self.safe_number(entry, "takerFeeRate"),
                    "info": entry,
                },
            )
            i += 1
        return result

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # { orderId, marketId, side, type, creationTime, price, amount, openAmount, status, triggerPrice,
        # targetAmount, timeInForce, postOnly, selfTrade, clientOrderId }; cancelling answers { orderId,
        # clientOrderId } only.
        market = self.safe_market(self.safe_string(order, "marketId"), market, "-")
        order_type = self.safe_value(
            js.get(self.options, "orderTypes"), self.safe_string(order, "type"), [None, None]
        )
        trigger_field = js.get(order_type, 1)
        trigger_price = self.safe_string(order, "triggerPrice")
        post_only = self.safe_bool(order, "postOnly")
        status = self.safe_string(order, "status")
        result = {
            "id": self.safe_string(order, "orderId"),
            "clientOrderId": self.safe_string(order, "clientOrderId"),
            "symbol": js.get(market, "symbol"),
            "timestamp": self.parse8601(self.safe_string(order, "creationTime")),
            "status": self.safe_string(js.get(self.options, "orderStatuses"), status),
            "type": js.get(order_type, 0),
            "timeInForce": "PO" if (post_only is True) else self.safe_string(order, "timeInForce"),
            "postOnly": post_only,
            "side": self.parse_side(self.safe_string(order, "side")),
            "price": self.safe_string(order, "price"),
            "triggerPrice": trigger_price,
            "amount": self.safe_string(order, "amount"),
            "remaining": self.safe_string(order, "openAmount"),
            "info": order,
        }
        if trigger_field is not None:
            js.set_(result, trigger_field, trigger_price)
        return self.safe_order(result, market)

    def order_type(self, type_, unified):
        # Limit, Market, or with a trigger Stop Limit and Stop (triggerPrice and stopLossPrice: the price turns
        # against the order) and Take Profit (a market order only).
        kind = js.get(unified, "triggerKind")
        if kind is None:
            return "Limit" if (type_ == "limit") else "Market"
        if kind == "takeProfitPrice":
            if type_ == "limit":
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () takeProfitPrice makes a Take Profit order, which is a market order: use type market"
                    )
                )
            return "Take Profit"
        return "Stop Limit" if (type_ == "limit") else "Stop"

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
        # POST orders { marketId, price, amount, type, side, triggerPrice, timeInForce, postOnly, clientOrderId }.
        # The unified postOnly is postOnly, timeInForce (GTC, IOC, FOK) is timeInForce, clientOrderId is
        # clientOrderId, and the three trigger params make Stop, Stop Limit or Take Profit orders with
        # triggerPrice. Spot has no reduceOnly; a market order sized in the quote currency is not documented.
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
        request = {"marketId": js.get(market, "id")}
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["price"] = self.price_to_precision(symbol, price)
        request["amount"] = self.amount_to_precision(symbol, amount)
        request["type"] = self.order_type(type_, unified)
        request["side"] = "Bid" if (side == "buy") else "Ask"
        if js.get(unified, "trigger") is not None:
            request["triggerPrice"] = self.price_to_precision(symbol, js.get(unified, "trigger"))
        if js.get(unified, "timeInForce") is not None:
            request["timeInForce"] = js.get(unified, "timeInForce")
        if js.truthy(js.get(unified, "postOnly")):
            request["postOnly"] = True
        if js.get(unified, "clientOrderId") is not None:
            request["clientOrderId"] = js.get(unified, "clientOrderId")
        response = await self.private_post_orders(self.extend(request, rest))
        return self.parse_order(response, market)

    async def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # DELETE orders/{id} answers { orderId, clientOrderId }: the cancellation is requested.
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = await self.private_delete_orders_id(self.extend({"id": id_}, params))
        return self.parse_order(response, market)

    async def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # DELETE orders?marketId (every market without one) answers [ { orderId, clientOrderId } ].
        await self.load_markets()
        request = {}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["marketId"] = js.get(market, "id")
        response = await self.private_delete_orders(self.extend(request, params))
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            result.append(self.parse_order(js.get(response, i), market))
            i += 1
        return result

    async def fetch_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # orders/{id}: the id is the exchange's orderId or the caller's clientOrderId.
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = await self.private_get_orders_id(self.extend({"id": id_}, params))
        return self.parse_order(response, market)

    async def fetch_orders_with_status(self, method, status, symbol, limit, params):
        # orders?marketId&status (open or all)&limit: all the open orders, or a page of the history (newest first).
        # Neither takes a time range, so the unified until is refused rather than ignored.
        self.reject_unified_params(method, params, ["until"])
        await self.load_markets()
        request = {"status": status}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["marketId"] = js.get(market, "id")
        if (limit is not None) and (status == "all"):
            request["limit"] = limit
        response = await self.private_get_orders(self.extend(request, params))
        return [market, response]

    async def fetch_orders(
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
        ) = js.destructure(
            await self.fetch_orders_with_status("fetchOrders", "all", symbol, limit, params), 2
        )
        return self.parse_orders(response, market, since, limit)

    async def fetch_open_orders(
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
        ) = js.destructure(
            await self.fetch_orders_with_status("fetchOpenOrders", "open", symbol, limit, params), 2
        )
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
        # The history's orders that are no longer open (filled, canceled or failed).
        (
            market,
            response,
        ) = js.destructure(
            await self.fetch_orders_with_status("fetchClosedOrders", "all", symbol, limit, params), 2
        )
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

    async def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # trades?marketId&limit: the account's most recent trades, newest first (no time range: until is refused).
        self.reject_unified_params("fetchMyTrades", params, ["until"])
        await self.load_markets()
        request = {}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["marketId"] = js.get(market, "id")
        if limit is not None:
            request["limit"] = limit
        response = await self.private_get_trades(self.extend(request, params))
        return self.parse_trades(response, market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # deposits, withdrawals and withdrawing: { id, assetName, amount, type: 'Deposit' or 'Withdraw',
        # creationTime, status, description, fee, lastUpdate, paymentDetail: { address, txId } }.
        code = self.safe_currency_code(self.safe_string(transaction, "assetName"), currency)
        detail = self.safe_dict(transaction, "paymentDetail", {})
        fee = None
        fee_cost = self.safe_string(transaction, "fee")
        if fee_cost is not None:
            fee = {"cost": fee_cost, "currency": code}
        type_ = self.safe_string(transaction, "type")
        status = self.safe_string(transaction, "status")
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "id"),
                "txid": self.safe_string(detail, "txId"),
                "timestamp": self.parse8601(self.safe_string(transaction, "creationTime")),
                "address": self.safe_string(detail, "address"),
                "type": self.safe_string(js.get(self.options, "transferTypes"), type_),
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(js.get(self.options, "transferStatuses"), status),
                "updated": self.parse8601(self.safe_string(transaction, "lastUpdate")),
                "fee": fee,
                "info": transaction,
            },
            currency,
        )

    async def fetch_transfers_of(self, type_, code, since, limit, params):
        # deposits and withdrawals?limit: newest first, of every asset (code filters them here); no time range.
        method = "fetchDeposits" if (type_ == "deposit") else "fetchWithdrawals"
        self.reject_unified_params(method, params, ["until"])
        await self.load_markets()
        currency = None if (code is None) else self.currency(code)
        request = {}
        if limit is not None:
            request["limit"] = limit
        response = None
        if type_ == "deposit":
            response = await self.private_get_deposits(self.extend(request, params))
        else:
            response = await self.private_get_withdrawals(self.extend(request, params))
        return self.parse_transactions(response, currency, since, limit)

    async def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return await self.fetch_transfers_of("deposit", code, since, limit, params)

    async def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return await self.fetch_transfers_of("withdrawal", code, since, limit, params)

    async def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # addresses?assetName: { address, assetName }. Each asset has one network, which the API does not name.
        self.reject_unified_params("fetchDepositAddress", params, ["network"])
        await self.load_markets()
        currency = self.currency(code)
        response = await self.private_get_addresses(
            self.extend({"assetName": js.get(currency, "id")}, params)
        )
        return {
            "currency": self.safe_currency_code(self.safe_string(response, "assetName"), currency),
            "address": self.safe_string(response, "address"),
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
        # POST withdrawals { assetName, amount, toAddress } answers the withdrawal. The documented request has
        # neither a network nor a tag (memo): both are refused rather than dropped.
        self.reject_unified_params("withdraw", params, ["network"])
        if tag is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " withdraw () does not support a tag: the documented request is assetName, amount and toAddress"
                )
            )
        await self.load_markets()
        currency = self.currency(code)
        request = {
            "assetName": js.get(currency, "id"),
            "amount": self.number_to_string(amount),
            "toAddress": address,
        }
        response = await self.private_post_withdrawals(self.extend(request, params))
        return self.parse_transaction(response, currency)

    # --- transport -----------------------------------------------------------------------------------
    def query_string(self, query):
        # A list repeats its key (marketId=BTC-AUD&marketId=LTC-AUD), as the multi-market endpoints take it.
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
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # GET and DELETE send their params as the query string, POST as a JSON body.
        request_path = js.bounded_text(
            js.bounded_text("/" + js.to_str(self.version) + "/")
            + js.to_str(self.implode_params(path, params))
        )
        query = self.omit(params, self.extract_params(path))
        has_body = (method == "POST") or (method == "PUT")
        url = js.bounded_text(js.to_str(js.get(self.urls, "api")) + request_path)
        if (not has_body) and (len(js.keys(query)) > 0):
            url += js.within(url, js.within(url, "?") + js.to_str(self.query_string(query)))
        if api == "public":
            return {"url": url, "method": method, "body": body, "headers": headers}
        # BM-AUTH-SIGNATURE: base64 HMAC-SHA512, keyed by the base64-decoded secret, of method + path (without
        # the query string) + timestamp (ms) + body.
        self.check_required_credentials()
        timestamp = self.number_to_string(self.milliseconds())
        auth = js.bounded_text(js.to_str(method) + request_path + js.to_str(timestamp))
        headers = {
            "Accept": "application/json",
            "Accept-Charset": "UTF-8",
            "Content-Type": "application/json",
            "BM-AUTH-APIKEY": self.apiKey,
            "BM-AUTH-TIMESTAMP": timestamp,
        }
        if has_body:
            body = (
                self.json(query) if (len(js.keys(query)) > 0) else "{}"
            )  # (PHP writes an empty dictionary as [])
            auth += js.within(auth, js.to_str(body))
        js.set_(
            headers,
            "BM-AUTH-SIGNATURE",
            self.hmac(self.encode(auth), self.base64_to_binary(self.secret), "sha512", "base64"),
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
        # { "code": "InvalidMarketId", "message": "..." } with an HTTP 4xx or 5xx status: the code picks the
        # error class; an unknown code is an ExchangeError.
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
