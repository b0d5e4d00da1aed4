# Generated from js/luno.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from typing import Any

from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base.precise import Precise
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
    OnMaintenance,
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
    LedgerEntry,
    Market,
    OHLCV,
    Order,
    OrderBook,
    Ticker,
    Trade,
    Transaction,
)


class luno(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "luno",
                "name": "Luno",
                "countries": ["GB", "SG", "ZA"],
                "version": "1",
                "rateLimit": 200,
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
                    "fetchOrders": True,
                    "fetchOpenOrders": True,
                    "fetchClosedOrders": True,
                    "fetchMyTrades": True,
                    "fetchDeposits": True,
                    "fetchWithdrawals": True,
                    "fetchTransactions": False,
                    "fetchLedger": True,
                    "fetchDepositAddress": True,
                    "withdraw": True,
                    "fetchTime": False,
                    "fetchStatus": False,
                    "fetchTradingFees": False,
                    "cancelAllOrders": False,
                    "fetchOrderTrades": False,
                    "fetchTradingFee": False,
                    "fetchDepositAddresses": False,
                    "createDepositAddress": True,
                    "fetchDepositWithdrawFees": False,
                    "transfer": False,
                    "createMarketBuyOrderWithCost": True,
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
                    "api": "https://api.luno.com",
                    "www": "https://www.luno.com",
                    "doc": "https://www.luno.com/en/developers/api",
                    "fees": "https://www.luno.com/en/countries",
                },
                "api": {
                    "public": {"get": ["ticker", "tickers", "orderbook_top", "trades"]},
                    "private": {
                        "get": [
                            "balance",
                            "listorders",
                            "orders/{id}",
                            "listtrades",
                            "funding_address",
                            "withdrawals",
                            "accounts/{id}/transactions",
                        ],
                        "post": ["postorder", "marketorder", "stoporder", "send", "funding_address"],
                    },
                    "exchangePublic": {"get": ["markets"]},
                    "exchangePrivate": {"get": ["candles", "transfers"]},
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": True, "percentage": True}},
                "precisionMode": TICK_SIZE,
                "timeframes": {
                    "1m": 60,
                    "5m": 300,
                    "15m": 900,
                    "30m": 1800,
                    "1h": 3600,
                    "3h": 10800,
                    "4h": 14400,
                    "8h": 28800,
                    "1d": 86400,
                    "3d": 259200,
                    "1w": 604800,
                },
                "options": {
                    "ledgerTypes": {
                        "EXCHANGE": "trade",
                        "FEE": "fee",
                        "TRANSFER": "transaction",
                        "INTEREST": "interest",
                    },
                    "withdrawalStatuses": {
                        "PENDING": "pending",
                        "PROCESSING": "pending",
                        "COMPLETED": "ok",
                        "CANCELLED": "canceled",
                        "FAILED": "failed",
                    },
                },
                "exceptions": {
                    "exact": {
                        "ErrApiKeyRevoked": AuthenticationError,
                        "ErrUnauthorised": AuthenticationError,
                        "ErrInsufficientPerms": PermissionDenied,
                        "ErrMarketNotAllowed": PermissionDenied,
                        "ErrUserNotVerifiedForCurrency": PermissionDenied,
                        "ErrVerificationLevelTooLow": PermissionDenied,
                        "ErrWithdrawalBlocked": AccountSuspended,
                        "ErrInsufficientBalance": InsufficientFunds,
                        "ErrInsufficientFunds": InsufficientFunds,
                        "ErrOrderNotFound": OrderNotFound,
                        "ErrCannotStopUnknownOrNonPendingOrder": OrderNotFound,
                        "ErrInvalidOrderRef": OrderNotFound,
                        "ErrDuplicateClientOrderID": DuplicateOrderId,
                        "ErrInvalidClientOrderId": InvalidOrder,
                        "ErrInvalidPrice": InvalidOrder,
                        "ErrInvalidVolume": InvalidOrder,
                        "ErrInvalidBaseVolume": InvalidOrder,
                        "ErrInvalidCounterVolume": InvalidOrder,
                        "ErrInvalidOrderSide": InvalidOrder,
                        "ErrInvalidStopPrice": InvalidOrder,
                        "ErrInvalidStopDirection": InvalidOrder,
                        "ErrNoTradesToInferStopDirection": InvalidOrder,
                        "ErrNotEnoughLiquidity": InvalidOrder,
                        "ErrOrderCanceled": InvalidOrder,
                        "ErrPostOnlyMode": InvalidOrder,
                        "ErrPostOnlyNotAllowed": InvalidOrder,
                        "ErrPriceDenominationNotAllowed": InvalidOrder,
                        "ErrPriceTooHigh": InvalidOrder,
                        "ErrPriceTooLow": InvalidOrder,
                        "ErrStopPriceTooHigh": InvalidOrder,
                        "ErrStopPriceTooLow": InvalidOrder,
                        "ErrValueTooHigh": InvalidOrder,
                        "ErrVolumeDenominationNotAllowed": InvalidOrder,
                        "ErrVolumeTooHigh": InvalidOrder,
                        "ErrVolumeTooLow": InvalidOrder,
                        "ErrCannotTradeWhileQuoteActive": InvalidOrder,
                        "ErrInvalidMarketPair": BadSymbol,
                        "ErrMarketUnavailable": BadSymbol,
                        "ErrInvalidArguments": BadRequest,
                        "ErrInvalidParameters": BadRequest,
                        "ErrLimitOutOfRange": BadRequest,
                        "ErrTooManyRowsRequested": BadRequest,
                        "ErrInvalidAmount": BadRequest,
                        "ErrAmountTooBig": BadRequest,
                        "ErrAmountTooSmall": BadRequest,
                        "ErrInvalidCurrency": BadRequest,
                        "ErrDuplicateExternalID": BadRequest,
                        "ErrDisallowedTarget": InvalidAddress,
                        "ErrTravelRule": PermissionDenied,
                        "ErrBlockedSendsCurrency": ExchangeNotAvailable,
                        "ErrActiveCryptoRequestExists": ExchangeNotAvailable,
                        "ErrTooManyRequests": RateLimitExceeded,
                        "ErrAddressCreateRateLimitReached": RateLimitExceeded,
                        "ErrAddressLimitReached": PermissionDenied,
                        "ErrUnderMaintenance": OnMaintenance,
                        "ErrInternal": ExchangeNotAvailable,
                        "ErrDeadlineExceeded": ExchangeNotAvailable,
                    }
                },
            },
        )

    # --- markets -------------------------------------------------------------------------------------
    async def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # exchange/1/markets: price_scale and volume_scale are decimal places; trading_status ACTIVE, POST_ONLY
        # (new markets) or SUSPENDED (post-only orders only, after very high volatility).
        response = await self.exchange_public_get_markets(params)
        markets = self.safe_list(response, "markets", [])
        result = []
        i = 0
        while True:
            if not (i < len(markets)):
                break
            entry = js.get(markets, i)
            id_ = self.safe_string(entry, "market_id")
            base_id = self.safe_string(entry, "base_currency")
            quote_id = self.safe_string(entry, "counter_currency")
            if (id_ is None) or (base_id is None) or (quote_id is None):
                i += 1
                continue  # not a market to trade
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
                    active=self.safe_string(entry, "trading_status") == "ACTIVE",
                    type="spot",
                    spot=True,
                    precision={
                        "amount": self.parse_number(
                            self.parse_precision(self.safe_string(entry, "volume_scale"))
                        ),
                        "price": self.parse_number(
                            self.parse_precision(self.safe_string(entry, "price_scale"))
                        ),
                    },
                    limits={
                        "amount": {
                            "min": self.safe_number(entry, "min_volume"),
                            "max": self.safe_number(entry, "max_volume"),
                        },
                        "price": {
                            "min": self.safe_number(entry, "min_price"),
                            "max": self.safe_number(entry, "max_price"),
                        },
                        "cost": {},
                    },
                    info=entry,
                )
            )
            i += 1
        return result

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # { ask, bid, last_trade, pair, rolling_24_hour_volume, status, timestamp }
        return self.ticker_structure(
            symbol=self.safe_symbol(self.safe_string(ticker, "pair"), market),
            timestamp=self.safe_integer(ticker, "timestamp"),
            bid=self.safe_string(ticker, "bid"),
            ask=self.safe_string(ticker, "ask"),
            last=self.safe_string(ticker, "last_trade"),
            base_volume=self.safe_string(ticker, "rolling_24_hour_volume"),
            info=ticker,
            market=market,
        )

    async def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_ticker(self.extend({"pair": js.get(market, "id")}, params))
        return self.parse_ticker(response, market)

    async def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # tickers: every market's (a pair filter repeats the key, pair=XBTZAR&pair=ETHZAR; the symbols are
        # picked from the whole list instead).
        await self.load_markets()
        response = await self.public_get_tickers(params)
        return self.parse_tickers(self.safe_list(response, "tickers", []), symbols)

    async def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # orderbook_top: the best 100 levels a side, aggregated by price, each { price, volume }.
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_orderbook_top(self.extend({"pair": js.get(market, "id")}, params))
        book = self.parse_order_book(
            response,
            js.get(market, "symbol"),
            self.safe_integer(response, "timestamp"),
            "bids",
            "asks",
            "price",
            "volume",
        )
        if limit is not None:
            js.set_(book, "bids", js.slice_(js.get(book, "bids"), 0, limit))
            js.set_(book, "asks", js.slice_(js.get(book, "asks"), 0, limit))
        return book

    def parse_trade(self, trade, market=None):
        # Public trades (trades): { is_buy (the taker bought), price, sequence, timestamp, volume }. The
        # account's (listtrades): also { base, counter, fee_base, fee_counter, order_id, client_order_id, pair,
        # type: BID or ASK, the account's order }; is_buy true means the taker was the bid.
        market = self.safe_market(self.safe_string(trade, "pair"), market)
        is_buy = self.safe_bool(trade, "is_buy")
        order_type = self.safe_string(trade, "type")
        side = None
        taker_or_maker = None
        if order_type is None:
            if is_buy is not None:
                side = "buy" if is_buy else "sell"
        else:
            side = "buy" if (order_type == "BID") else "sell"
            if is_buy is not None:
                taker_or_maker = "taker" if js.strict_equal(is_buy, side == "buy") else "maker"
        fees = None
        if order_type is not None:
            fees = self.parse_order_fees(trade, market)
        return self.trade_structure(
            identifier=self.safe_string(trade, "sequence"),
            order=self.safe_string(trade, "order_id"),
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer(trade, "timestamp"),
            side=side,
            taker_or_maker=taker_or_maker,
            price=self.safe_string(trade, "price"),
            amount=self.safe_string(trade, "volume"),
            cost=self.safe_string(trade, "counter"),
            fees=fees,
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
        # trades: at most 100, newest first, of the last 24 hours; since (ms) must lie within them.
        await self.load_markets()
        market = self.market(symbol)
        request = {"pair": js.get(market, "id")}
        if since is not None:
            request["since"] = since
        response = await self.public_get_trades(self.extend(request, params))
        return self.parse_trades(self.safe_list(response, "trades", []), market, since, limit)

    def parse_ohlcv(self, ohlcv, market=None):
        # { close, high, low, open, timestamp, volume }
        return [
            self.safe_integer(ohlcv, "timestamp"),
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
        # exchange/1/candles (signed): the candles from since (required) on, oldest first, at most 1000; the
        # API takes no end time.
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchOHLCV () does not support the unified param until: candles takes a start time only"
                )
            )
        await self.load_markets()
        market = self.market(symbol)
        duration = self.safe_integer(self.timeframes, timeframe)
        if duration is None:
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchOHLCV () does not support the timeframe "
                    + js.to_str(timeframe)
                )
            )
        start = since
        if start is None:
            count = 1000 if (limit is None) else js.min_(limit, 1000)
            start = js.subtract(self.milliseconds(), js.multiply(js.multiply(count, duration), 1000))
        request = {"pair": js.get(market, "id"), "duration": duration, "since": start}
        response = await self.exchange_private_get_candles(self.extend(request, params))
        return self.parse_ohlcvs(self.safe_list(response, "candles", []), market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    # --- account -------------------------------------------------------------------------------------
    async def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # balance: one entry per account, { account_id, asset, balance, reserved (held, e.g. by open orders),
        # unconfirmed, name }; a currency may have several accounts, whose amounts add up.
        await self.load_markets()
        response = await self.private_get_balance(params)
        accounts = self.safe_list(response, "balance", [])
        result = {"info": response}
        i = 0
        while True:
            if not (i < len(accounts)):
                break
            entry = js.get(accounts, i)
            code = self.safe_currency_code(self.safe_string(entry, "asset"))
            if code is None:
                i += 1
                continue  # no currency to file it under
            total = self.safe_string(entry, "balance", "0")
            used = self.safe_string(entry, "reserved", "0")
            account = self.safe_dict(result, code)
            if account is None:
                js.set_(result, code, {"total": total, "used": used})
            else:
                js.set_(
                    result,
                    code,
                    {
                        "total": Precise.string_add(js.get(account, "total"), total),
                        "used": Precise.string_add(js.get(account, "used"), used),
                    },
                )
            i += 1
        return self.safe_balance(result)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order_fees(self, entry, market):
        # fee_base is charged in the base currency, fee_counter in the counter one; zero ones are left out.
        fees = []
        fee_base = self.safe_string(entry, "fee_base")
        if (fee_base is not None) and (not Precise.string_eq(fee_base, "0")):
            fees.append({"cost": fee_base, "currency": js.get(market, "base")})
        fee_counter = self.safe_string(entry, "fee_counter")
        if (fee_counter is not None) and (not Precise.string_eq(fee_counter, "0")):
            fees.append({"cost": fee_counter, "currency": js.get(market, "quote")})
        return fees

    def parse_order(self, order, market=None):
        # listorders and orders/{id}: { order_id, pair, type (BID or ASK: a limit order; BUY or SELL: a market
        # order), state (PENDING, or COMPLETE: settled or cancelled), limit_price, limit_volume, base and counter
        # (filled, positive), fee_base, fee_counter, creation_timestamp, completed_timestamp and
        # expiration_timestamp (set when a cancel was processed, else 0), time_in_force (limit orders) }.
        # postorder and marketorder answer { order_id } alone.
        market = self.safe_market(self.safe_string(order, "pair"), market)
        order_type = self.safe_string(order, "type")
        type_ = None
        side = None
        if (order_type == "BID") or (order_type == "ASK"):
            type_ = "limit"
            side = "buy" if (order_type == "BID") else "sell"
        elif (order_type == "BUY") or (order_type == "SELL"):
            type_ = "market"
            side = "buy" if (order_type == "BUY") else "sell"
        state = self.safe_string(order, "state")
        status = None
        if state == "PENDING":
            status = "open"
        elif state == "COMPLETE":
            expiration = self.safe_integer(order, "expiration_timestamp", 0)
            status = "canceled" if js.greater(expiration, 0) else "closed"
        fees = None
        if state is not None:
            fees = self.parse_order_fees(order, market)
        return self.safe_order(
            {
                "id": self.safe_string(order, "order_id"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.safe_integer(order, "creation_timestamp"),
                "type": type_,
                "side": side,
                "status": status,
                "timeInForce": self.safe_string(order, "time_in_force"),
                "price": self.safe_string(order, "limit_price") if (type_ == "limit") else None,
                "amount": self.safe_string(order, "limit_volume") if (type_ == "limit") else None,
                "filled": self.safe_string(order, "base"),
                "cost": self.safe_string(order, "counter"),
                "fees": fees,
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
        # postorder (limit): pair, type BID or ASK, volume, price, post_only, time_in_force (GTC, IOC, FOK),
        # stop_price with stop_direction (a stop limit order), client_order_id. marketorder: pair, type BUY or
        # SELL, counter_volume (what a buy spends) or base_volume (what a sell sells), client_order_id.
        await self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params("createOrder", unified, ["reduceOnly", "stopLossPrice", "takeProfitPrice"])
        request = {"pair": js.get(market, "id")}
        if js.get(unified, "clientOrderId") is not None:
            request["client_order_id"] = js.get(unified, "clientOrderId")
        response = None
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["type"] = "BID" if (side == "buy") else "ASK"
            request["volume"] = self.amount_to_precision(symbol, amount)
            request["price"] = self.price_to_precision(symbol, price)
            if js.truthy(js.get(unified, "postOnly")):
                request["post_only"] = True
            if js.get(unified, "timeInForce") is not None:
                request["time_in_force"] = js.get(unified, "timeInForce")
            if js.get(unified, "triggerPrice") is not None:
                # The direction follows from the last trade price and the stop price.
                request["stop_price"] = self.price_to_precision(symbol, js.get(unified, "triggerPrice"))
                request["stop_direction"] = "RELATIVE_LAST_TRADE"
            response = await self.private_post_postorder(self.extend(request, rest))
        elif type_ == "market":
            if js.get(unified, "triggerPrice") is not None:
                raise NotSupported(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () triggerPrice places stop limit orders only, not market orders"
                    )
                )
            if js.get(unified, "timeInForce") is not None:
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () timeInForce applies to limit orders only, not market orders"
                    )
                )
            request["type"] = "BUY" if (side == "buy") else "SELL"
            if side == "buy":
                # A market buy spends an amount of the counter currency: cost, or amount times price.
                cost = js.get(unified, "cost")
                if (cost is None) and (amount is not None) and (price is not None):
                    cost = Precise.string_mul(self.number_to_string(amount), self.number_to_string(price))
                if cost is None:
                    raise ArgumentsRequired(
                        js.bounded_text(
                            js.to_str(self.id)
                            + " createOrder () a market buy needs the unified param cost (or amount and price): marketorder spends counter_volume"
                        )
                    )
                request["counter_volume"] = self.cost_to_precision(symbol, cost)
            else:
                if js.get(unified, "cost") is not None:
                    raise InvalidOrder(
                        js.bounded_text(
                            js.to_str(self.id)
                            + " createOrder () cost sizes market buys only: a market sell gives base_volume"
                        )
                    )
                request["base_volume"] = self.amount_to_precision(symbol, amount)
            response = await self.private_post_marketorder(self.extend(request, rest))
        else:
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () places limit and market orders, not "
                    + js.to_str(type_)
                    + " orders"
                )
            )
        return self.safe_order(
            {
                "id": self.safe_string(response, "order_id"),
                "clientOrderId": js.get(unified, "clientOrderId"),
                "symbol": js.get(market, "symbol"),
                "type": type_,
                "side": side,
                "timeInForce": js.get(unified, "timeInForce"),
                "postOnly": js.get(unified, "postOnly"),
                "price": self.safe_string(request, "price"),
                "triggerPrice": self.safe_string(request, "stop_price"),
                "amount": self.safe_string2(request, "volume", "base_volume"),
                "cost": self.safe_string(request, "counter_volume"),
                "info": response,
            },
            market,
        )

    async def create_market_buy_order_with_cost(
        self, symbol: str, cost: float, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        return await self.create_order(
            symbol, "market", "buy", None, None, self.extend(params, {"cost": cost})
        )

    async def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # stoporder: { success }; a completed or unknown order is ErrCannotStopUnknownOrNonPendingOrder.
        response = await self.private_post_stoporder(self.extend({"order_id": id_}, params))
        if not (self.safe_bool(response, "success") is True):
            raise OrderNotFound(
                js.bounded_text(js.to_str(self.id) + " cancelOrder () did not cancel order " + js.to_str(id_))
            )
        return self.safe_order({"id": id_, "status": "canceled", "info": response})

    async def fetch_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        await self.load_markets()
        response = await self.private_get_orders_id(self.extend({"id": id_}, params))
        return self.parse_order(response)

    async def fetch_orders_by_state(self, method, state, symbol, since, limit, params):
        # listorders: the most recently placed orders, 100 by default and 1000 at most, of one pair or all;
        # state PENDING (open) or COMPLETE; created_before (ms, exclusive) pages back in time.
        await self.load_markets()
        request = {}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["pair"] = js.get(market, "id")
        if state is not None:
            request["state"] = state
        if limit is not None:
            request["limit"] = js.min_(limit, 1000)
        until = self.safe_integer(params, "until")
        if until is not None:
            if state == "PENDING":
                raise NotSupported(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " "
                        + js.to_str(method)
                        + " () does not support the unified param until"
                    )
                )
            request["created_before"] = self.sum(until, 1)
        response = await self.private_get_listorders(self.extend(request, self.omit(params, "until")))
        return self.parse_orders(self.safe_list(response, "orders", []), market, since, limit)

    async def fetch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        return await self.fetch_orders_by_state("fetchOrders", None, symbol, since, limit, params)

    async def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        return await self.fetch_orders_by_state("fetchOpenOrders", "PENDING", symbol, since, limit, params)

    async def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        return await self.fetch_orders_by_state("fetchClosedOrders", "COMPLETE", symbol, since, limit, params)

    async def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # listtrades of one pair (required): oldest first from since (ms, inclusive), before (ms, exclusive),
        # 100 by default and 1000 at most.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id) + " fetchMyTrades () requires a symbol: listtrades lists one pair"
                )
            )
        await self.load_markets()
        market = self.market(symbol)
        request = {"pair": js.get(market, "id")}
        if since is not None:
            request["since"] = since
        if limit is not None:
            request["limit"] = js.min_(limit, 1000)
        until = self.safe_integer(params, "until")
        if until is not None:
            request["before"] = self.sum(until, 1)
        response = await self.private_get_listtrades(self.extend(request, self.omit(params, "until")))
        return self.parse_trades(self.safe_list(response, "trades", []), market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # withdrawals: { amount, created_at, currency, external_id, fee, id, status, transfer_id, type (the
        # method: ZAR_EFT, SGD_WIRE, ...) }.
        status = self.safe_string(transaction, "status")
        code = self.safe_currency_code(self.safe_string(transaction, "currency"), currency)
        fee_cost = self.safe_string(transaction, "fee")
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "id"),
                "timestamp": self.safe_integer(transaction, "created_at"),
                "type": "withdrawal",
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(js.get(self.options, "withdrawalStatuses"), status, status),
                "fee": None if (fee_cost is None) else {"cost": fee_cost, "currency": code},
                "info": transaction,
            },
            currency,
        )

    async def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        # withdrawals: the withdrawal requests of every currency, 100 by default and 1000 at most; no time range.
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchWithdrawals () does not support the unified param until: withdrawals takes no time range"
                )
            )
        await self.load_markets()
        currency = None
        if code is not None:
            currency = self.currency(code)
        request = {}
        if limit is not None:
            request["limit"] = js.min_(limit, 1000)
        response = await self.private_get_withdrawals(self.extend(request, params))
        return self.parse_transactions(self.safe_list(response, "withdrawals", []), currency, since, limit)

    async def account_ids(self, method, currency, params):
        # The ids of the accounts of a currency (balance?assets=...), which transfers and transactions take one
        # at a time; params['account_id'] names one instead.
        account_id = self.safe_string(params, "account_id")
        if account_id is not None:
            return [account_id]
        response = await self.private_get_balance({"assets": js.get(currency, "id")})
        accounts = self.safe_list(response, "balance", [])
        result = []
        i = 0
        while True:
            if not (i < len(accounts)):
                break
            id_ = self.safe_string(js.get(accounts, i), "account_id")
            if (id_ is not None) and js.strict_equal(
                self.safe_string(js.get(accounts, i), "asset"), js.get(currency, "id")
            ):
                result.append(id_)
            i += 1
        if len(result) == 0:
            raise BadRequest(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " " + js.to_str(method) + " () found no account of ")
                    + js.to_str(js.get(currency, "code"))
                )
            )
        return result

    def parse_deposit(self, transfer, currency):
        # exchange/1/transfers: { amount (positive), created_at, fee (not in amount), id, inbound, transaction_id
        # (on-chain) }, each a confirmed transfer.
        fee_cost = self.safe_string(transfer, "fee")
        return self.safe_transaction(
            {
                "id": self.safe_string(transfer, "id"),
                "txid": self.safe_string(transfer, "transaction_id"),
                "timestamp": self.safe_integer(transfer, "created_at"),
                "type": "deposit",
                "amount": self.safe_string(transfer, "amount"),
                "currency": js.get(currency, "code"),
                "status": "ok",
                "fee": (
                    None if (fee_cost is None) else {"cost": fee_cost, "currency": js.get(currency, "code")}
                ),
                "info": transfer,
            },
            currency,
        )

    async def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        # exchange/1/transfers of each account of the currency (required): the confirmed credits (inbound) and
        # debits, newest first, 100 by default and 1000 at most, before (ms, exclusive) paging back.
        if code is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchDeposits () requires a currency code: transfers lists one account"
                )
            )
        await self.load_markets()
        currency = self.currency(code)
        ids = await self.account_ids("fetchDeposits", currency, params)
        request = {}
        if limit is not None:
            request["limit"] = js.min_(limit, 1000)
        until = self.safe_integer(params, "until")
        if until is not None:
            request["before"] = self.sum(until, 1)
        rest = self.omit(params, ["until", "account_id"])
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(ids)):
                break
            response = await self.exchange_private_get_transfers(
                self.extend(self.extend({"account_id": js.get(ids, i)}, request), rest)
            )
            transfers = self.safe_list(response, "transfers", [])
            j = 0
            while True:
                if not (j < len(transfers)):
                    break
                if self.safe_bool(js.get(transfers, j), "inbound") is True:
                    result.append(self.parse_deposit(js.get(transfers, j), currency))
                j += 1
            i += 1
        return self.filter_by_since_limit(self.sort_by(result, "timestamp"), since, limit)

    def parse_ledger_entry(self, item, currency=None):
        # accounts/{id}/transactions: { account_id, row_index (1 the oldest), timestamp, balance and balance_delta,
        # available and available_delta, currency, description, kind (FEE, TRANSFER, EXCHANGE, INTEREST), reference
        # (shared by the entries of one transaction, such as a withdrawal and its fee), details }.
        kind = self.safe_string(item, "kind")
        balance = self.safe_string(item, "balance")
        delta = self.safe_string(item, "balance_delta")
        account_id = self.safe_string(item, "account_id")
        row = self.safe_string(item, "row_index")
        return self.safe_ledger_entry(
            {
                "id": (
                    None
                    if ((account_id is None) or (row is None))
                    else js.bounded_text(js.to_str(account_id) + "-" + js.to_str(row))
                ),
                "timestamp": self.safe_integer(item, "timestamp"),
                "account": account_id,
                "referenceId": self.safe_string(item, "reference"),
                "type": self.safe_string(js.get(self.options, "ledgerTypes"), kind, kind),
                "currency": self.safe_currency_code(self.safe_string(item, "currency"), currency),
                "amount": delta,
                "before": (
                    None if ((balance is None) or (delta is None)) else Precise.string_sub(balance, delta)
                ),
                "after": balance,
                "status": "ok",
                "info": item,
            },
            currency,
        )

    async def fetch_ledger(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[LedgerEntry]:
        if params is None:
            params = {}
        # accounts/{id}/transactions of each account of the currency (required): rows min_row (inclusive) to max_row
        # (exclusive), non-positive ones counted back from the latest, at most 1000 a call; no time range.
        if code is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchLedger () requires a currency code: transactions lists one account"
                )
            )
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchLedger () does not support the unified param until: transactions takes rows, not times"
                )
            )
        await self.load_markets()
        currency = self.currency(code)
        ids = await self.account_ids("fetchLedger", currency, params)
        count = 100 if (limit is None) else js.min_(limit, 1000)
        rest = self.omit(params, "account_id")
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(ids)):
                break
            request = {"id": js.get(ids, i), "min_row": js.negate(count), "max_row": 0}
            response = await self.private_get_accounts_id_transactions(self.extend(request, rest))
            # rows in their order (row_index), so that entries of one millisecond keep it
            rows = self.sort_by(self.safe_list(response, "transactions", []), "row_index")
            result = self.array_concat(result, self.parse_ledger(rows, currency, since, limit))
            i += 1
        return self.filter_by_since_limit(self.sort_by(result, "timestamp"), since, limit)

    def parse_deposit_address(self, deposit_address, currency=None):
        # funding_address: { account_id, address, address_meta, asset, assigned_at, name, network, qr_code_uri,
        # receive_fee, total_received, total_unconfirmed }
        return {
            "currency": self.safe_currency_code(self.safe_string(deposit_address, "asset"), currency),
            "address": self.safe_string(deposit_address, "address"),
            "info": deposit_address,
        }

    async def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # funding_address?asset=XBT: the default receive address. Its network parameter is a numeric id of
        # send/networks, which has no unified code.
        if self.safe_value(params, "network") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchDepositAddress () does not support the unified param network: funding_address takes a numeric network id"
                )
            )
        await self.load_markets()
        currency = self.currency(code)
        response = await self.private_get_funding_address(
            self.extend({"asset": js.get(currency, "id")}, params)
        )
        return self.parse_deposit_address(response, currency)

    async def create_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # POST funding_address asset=XBT: allocates a new receive address (1 an hour, bursts of 10), answered as
        # funding_address answers.
        if self.safe_value(params, "network") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createDepositAddress () does not support the unified param network: funding_address takes a numeric network id"
                )
            )
        await self.load_markets()
        currency = self.currency(code)
        response = await self.private_post_funding_address(
            self.extend({"asset": js.get(currency, "id")}, params)
        )
        return self.parse_deposit_address(response, currency)

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
        # send: amount, currency, address; an XRP destination tag is destination_tag with has_destination_tag,
        # any other tag (ATOM, ...) the memo. Answers { success, withdrawal_id }.
        if self.safe_value(params, "network") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " withdraw () does not support the unified param network: send takes a numeric network id"
                )
            )
        await self.load_markets()
        currency = self.currency(code)
        request = {
            "amount": self.currency_to_precision(code, amount),
            "currency": js.get(currency, "id"),
            "address": address,
        }
        if tag is not None:
            if js.get(currency, "id") == "XRP":
                request["has_destination_tag"] = True
                request["destination_tag"] = tag
            else:
                request["memo"] = tag
        response = await self.private_post_send(self.extend(request, params))
        if not (self.safe_bool(response, "success") is True):
            raise ExchangeError(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " withdraw () was not accepted: ")
                    + js.to_str(self.json(response))
                )
            )
        return self.safe_transaction(
            {
                "id": self.safe_string(response, "withdrawal_id"),
                "type": "withdrawal",
                "address": address,
                "tag": tag,
                "amount": js.get(request, "amount"),
                "currency": js.get(currency, "code"),
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
        # Private requests authenticate with HTTP Basic (key id, key secret), which the request pipeline adds
        # when sign () returns basicAuth; POST parameters go as a URL-encoded form.
        prefix = "/api/exchange/" if ((api == "exchangePublic") or (api == "exchangePrivate")) else "/api/"
        url = js.bounded_text(
            js.bounded_text(
                js.bounded_text(js.to_str(js.get(self.urls, "api")) + prefix) + js.to_str(self.version) + "/"
            )
            + js.to_str(self.implode_params(path, params))
        )
        query = self.omit(params, self.extract_params(path))
        if method == "POST":
            body = self.urlencode(query)
            headers = {"Content-Type": "application/x-www-form-urlencoded"}
        elif len(js.keys(query)) > 0:
            url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(query)))
        is_private = (api == "private") or (api == "exchangePrivate")
        if is_private:
            self.check_required_credentials()
        return {"url": url, "method": method, "body": body, "headers": headers, "basicAuth": is_private}

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
        # { "error": "Cannot find that order", "error_code": "ErrOrderNotFound" }, with a 4xx or 5xx status.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return None
        code = self.safe_string(response, "error_code")
        if code is None:
            return None
        feedback = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " ") + js.to_str(self.excerpt(response_body))
        )
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
        if js.strict_equal(status, 409):
            raise DuplicateOrderId(feedback)  # a client_order_id used before
        raise ExchangeError(feedback)
