# Generated from js/btcbox.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from typing import Any

from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base.errors import (
    AccountSuspended,
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
    BadResponse,
    BadSymbol,
    ExchangeError,
    ExchangeNotAvailable,
    InsufficientFunds,
    InvalidNonce,
    InvalidOrder,
    NotSupported,
    OrderNotFound,
    PermissionDenied,
    RateLimitExceeded,
)
from exchangekit.base.number import TICK_SIZE
from exchangekit.base import js
from exchangekit.base.types import Balances, DepositAddress, Market, Order, OrderBook, Ticker, Trade


class btcbox(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "btcbox",
                "name": "BtcBox",
                "countries": ["JP"],
                "version": "v1",
                "rateLimit": 1000,
                "has": {
                    "fetchMarkets": True,
                    "fetchCurrencies": False,
                    "fetchTicker": True,
                    "fetchTickers": True,
                    "fetchOrderBook": True,
                    "fetchOHLCV": False,
                    "fetchTrades": True,
                    "fetchBalance": True,
                    "createOrder": True,
                    "cancelOrder": True,
                    "editOrder": False,
                    "fetchOrder": True,
                    "fetchOrders": True,
                    "fetchOpenOrders": True,
                    "fetchClosedOrders": True,
                    "fetchMyTrades": False,
                    "fetchDeposits": False,
                    "fetchWithdrawals": False,
                    "fetchTransactions": False,
                    "fetchLedger": False,
                    "fetchDepositAddress": True,
                    "withdraw": False,
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
                    "api": {
                        "public": "https://www.btcbox.co.jp/api/v1",
                        "private": "https://www.btcbox.co.jp/api/v1",
                    },
                    "www": "https://www.btcbox.co.jp",
                    "doc": "https://blog.btcbox.jp/en/archives/8762",
                },
                "api": {
                    "public": {"get": ["ticker", "tickers", "depth", "orders"]},
                    "private": {
                        "post": ["balance", "wallet", "trade_list", "trade_view", "trade_cancel", "trade_add"]
                    },
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"percentage": True}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "timeZone": "+09:00",
                    "orderStatuses": {
                        "wait": "open",
                        "part": "open",
                        "cancelled": "canceled",
                        "all": "closed",
                    },
                },
                "exceptions": {
                    "exact": {
                        "100": BadRequest,
                        "101": BadRequest,
                        "102": BadSymbol,
                        "103": AuthenticationError,
                        "104": AuthenticationError,
                        "105": PermissionDenied,
                        "106": InvalidNonce,
                        "107": InvalidOrder,
                        "200": InsufficientFunds,
                        "201": InvalidOrder,
                        "202": InvalidOrder,
                        "203": OrderNotFound,
                        "301": PermissionDenied,
                        "302": PermissionDenied,
                        "401": ExchangeNotAvailable,
                        "402": RateLimitExceeded,
                        "403": PermissionDenied,
                        "404": PermissionDenied,
                        "900": AccountSuspended,
                        "901": ExchangeNotAvailable,
                    }
                },
            },
        )

    def nonce(self):
        return self.milliseconds()

    # --- answers -------------------------------------------------------------------------------------
    def answer(self, response, kind, method):
        # The answer of a call, of the kind it always has ('list' or 'dict'); anything else is a BadResponse. PHP
        # decodes [] and {} as the same empty array, so an empty one stands for either.
        is_list = js.is_array(response)
        is_dict = (not is_list) if js.truthy(_value1 := self.is_mergeable(response)) else _value1
        empty = self.is_empty(response) if js.truthy(_value2 := is_list or is_dict) else _value2
        if (kind == "list") and (is_list or js.truthy(empty)):
            return response if is_list else []
        if (kind == "dict") and (js.truthy(is_dict) or js.truthy(empty)):
            return response if js.truthy(is_dict) else {}
        raise BadResponse(
            js.bounded_text(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () got an answer that is no "
                    + js.to_str(kind)
                    + ": "
                )
                + js.to_str(self.excerpt(self.json(response)))
            )
        )

    def decimal_at(self, entry, key):
        # The number at entry[key] as a decimal string; undefined when it is missing; a BadResponse for anything
        # that is no number.
        value = self.safe_string(entry, key)
        if (value is not None) and (not self.is_decimal_string(value)):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent " + js.to_str(key) + " that is no number: ")
                    + js.to_str(self.excerpt(value))
                )
            )
        return value

    def local_time(self, entry, key):
        # An order time, 'yyyy-mm-dd hh:mm:ss' in Japan time, in milliseconds.
        text = self.safe_string(entry, key)
        return None if (text is None) else self.parse8601(js.add(text, js.get(self.options, "timeZone")))

    def side_of(self, entry):
        side = self.safe_string_lower(entry, "type")
        return side if ((side == "buy") or (side == "sell")) else None

    def coin_request(self, method, symbol, request=None):
        if request is None:
            request = {}
        # The market of symbol and the request that names its coin. Every call but tickers and balance reads one
        # coin, btc when the request names none (the order calls too), so a symbol is required.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () requires a symbol: the call names the coin of the market"
                )
            )
        market = self.market(symbol)
        return [market, self.extend(request, {"coin": js.get(market, "baseId")})]

    # --- markets -------------------------------------------------------------------------------------
    async def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # tickers: { BTC_JPY: { high, low, buy, sell, last, vol }, ... }, one entry per pair BtcBox lists. Only pairs
        # against the yen whose coin is a run of ASCII letters and digits are markets: the coin parameter names the
        # coin alone, the yen being the quote of every pair.
        response = self.answer(await self.public_get_tickers(params), "dict", "fetchMarkets")
        ids = js.keys(response)
        result = []
        i = 0
        while True:
            if not (i < len(ids)):
                break
            id_ = ids[i]
            parts = js.split(id_, "_")
            words = self.split_words(js.get(parts, 0))
            # (words[0] as a text: words.length is 1 where it is compared)
            if (
                (not (len(parts) == 2))
                or (not (js.get(parts, 1) == "JPY"))
                or (not js.strict_equal(js.length(words), 1))
                or (not js.strict_equal(js.join(words, ""), js.get(parts, 0)))
            ):
                i += 1
                continue
            base_id = js.lower(js.get(parts, 0))
            base = self.safe_currency_code(base_id)
            quote = self.safe_currency_code("jpy")
            result.append(
                self.market_structure(
                    id=id_,
                    symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
                    base=base,
                    quote=quote,
                    baseId=base_id,
                    quoteId="jpy",
                    type="spot",
                    spot=True,
                    active=True,
                    precision={},
                    limits={"amount": {}, "price": {}, "cost": {}},
                    info=self.safe_value(response, id_),
                )
            )
            i += 1
        return result

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # ticker and each entry of tickers: { high, low, buy (the best bid), sell (the best ask), last, vol (the
        # volume of 24 hours, in the coin) }, without a time.
        return self.ticker_structure(
            symbol=self.safe_symbol(None, market),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            bid=self.safe_string(ticker, "buy"),
            ask=self.safe_string(ticker, "sell"),
            last=self.safe_string(ticker, "last"),
            base_volume=self.safe_string(ticker, "vol"),
            info=ticker,
            market=market,
        )

    async def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        await self.load_markets()
        (
            market,
            request,
        ) = js.destructure(self.coin_request("fetchTicker", symbol), 2)
        response = await self.public_get_ticker(self.extend(request, params))
        return self.parse_ticker(self.answer(response, "dict", "fetchTicker"), market)

    async def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # tickers answers every pair; pairs the markets do not know are left out.
        await self.load_markets()
        wanted = None if (symbols is None) else []
        if symbols is not None:
            i = 0
            while True:
                if not js.less(i, js.length(symbols)):
                    break
                js.push(js.receiver(wanted, "push"), js.get(self.market(js.get(symbols, i)), "symbol"))
                i += 1
        response = self.answer(await self.public_get_tickers(params), "dict", "fetchTickers")
        result = {}
        ids = js.keys(response)
        i = 0
        while True:
            if not (i < len(ids)):
                break
            if self.safe_value(self.marketsById, ids[i]) is None:
                i += 1
                continue
            market = self.safe_market(ids[i])
            if (wanted is not None) and (not js.truthy(self.in_array(js.get(market, "symbol"), wanted))):
                i += 1
                continue
            js.set_(
                result,
                js.get(market, "symbol"),
                self.parse_ticker(
                    self.answer(self.safe_value(response, ids[i]), "dict", "fetchTickers"), market
                ),
            )
            i += 1
        return result

    async def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # depth: { asks: [ [ price, amount ], ... ], bids: [ ... ] }, the whole book (no depth parameter).
        await self.load_markets()
        (
            market,
            request,
        ) = js.destructure(self.coin_request("fetchOrderBook", symbol), 2)
        book = self.answer(
            await self.public_get_depth(self.extend(request, params)), "dict", "fetchOrderBook"
        )
        levels = {"bids": self.required_list(book, "bids"), "asks": self.required_list(book, "asks")}
        return self.limit_order_book(self.parse_order_book(levels, js.get(market, "symbol")), limit)

    def parse_trade(self, trade, market=None):
        # orders: { date (UNIX seconds, a text), price, amount, tid, type (buy or sell) }. The trades of trade_view:
        # { trade_id, amount, price, datetime (Japan time), fee } (their side and order are the order's, set by
        # parseOrder).
        trade_id = self.safe_string(trade, "trade_id")
        fee = None
        fee_cost = self.decimal_at(trade, "fee")
        if fee_cost is not None:
            # The docs do not say in which currency.
            fee = {"cost": fee_cost, "currency": None}
        return self.trade_structure(
            identifier=self.safe_string(trade, "tid") if (trade_id is None) else trade_id,
            symbol=self.safe_symbol(None, market),
            timestamp=(
                self.safe_timestamp(trade, "date")
                if (trade_id is None)
                else self.local_time(trade, "datetime")
            ),
            side=self.side_of(trade),
            price=self.decimal_at(trade, "price"),
            amount=self.decimal_at(trade, "amount"),
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
        # orders: the latest trades of the coin (100 at the docs' count); since and limit are applied here.
        await self.load_markets()
        (
            market,
            request,
        ) = js.destructure(self.coin_request("fetchTrades", symbol), 2)
        response = await self.public_get_orders(self.extend(request, params))
        return self.parse_trades(self.answer(response, "list", "fetchTrades"), market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    async def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # balance: { uid, nameauth, moflag, btc_balance, btc_lock, ..., jpy_balance, jpy_lock }: for each coin X
        # what is free (X_balance) and what orders hold (X_lock).
        await self.load_markets()
        response = self.answer(await self.private_post_balance(params), "dict", "fetchBalance")
        result = {"info": response}
        keys = js.keys(response)
        i = 0
        while True:
            if not (i < len(keys)):
                break
            parts = js.split(keys[i], "_")
            if (len(parts) == 2) and (js.get(parts, 1) == "balance"):
                js.set_(
                    result,
                    self.safe_currency_code(js.get(parts, 0)),
                    {
                        "free": self.decimal_at(response, keys[i]),
                        "used": self.decimal_at(
                            response, js.bounded_text(js.to_str(js.get(parts, 0)) + "_lock")
                        ),
                    },
                )
            i += 1
        return self.safe_balance(result)

    async def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # wallet: coin; answers { result: true, address }, the account's one address of the coin.
        if self.safe_value(params, "network") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchDepositAddress () does not support the unified param network: wallet answers one address per coin"
                )
            )
        await self.load_markets()
        currency = self.currency(code)
        response = self.answer(
            await self.private_post_wallet(self.extend({"coin": js.get(currency, "id")}, params)),
            "dict",
            "fetchDepositAddress",
        )
        address = self.safe_string(response, "address")
        if (address is None) or js.strict_equal(js.length(address), 0):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " fetchDepositAddress () got no address: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return {
            "currency": js.get(currency, "code"),
            "address": address,
            "tag": None,
            "network": None,
            "info": response,
        }

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # trade_list: { id, datetime (Japan time), type (buy or sell), price, amount_original, amount_outstanding };
        # trade_view adds status and trades [ { trade_id, amount, price, datetime, fee } ]. Only limit orders exist.
        id_ = self.safe_string(order, "id")
        side = self.side_of(order)
        symbol = self.safe_symbol(None, market)
        raw_trades = self.safe_value(order, "trades")
        if (raw_trades is not None) and (not js.is_array(raw_trades)):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id) + " sent the trades of order " + js.to_str(id_) + " as no list: "
                    )
                    + js.to_str(self.excerpt(self.json(raw_trades)))
                )
            )
        trades = []
        list_ = [] if (raw_trades is None) else raw_trades
        i = 0
        while True:
            if not js.less(i, js.length(list_)):
                break
            trade = self.parse_trade(self.answer(js.get(list_, i), "dict", "fetchOrder"), market)
            js.set_(trade, "order", id_)
            js.set_(trade, "side", side)
            trades.append(trade)
            i += 1
        return self.safe_order(
            {
                "id": id_,
                "symbol": symbol,
                "timestamp": self.local_time(order, "datetime"),
                "type": "limit",
                "side": side,
                "price": self.decimal_at(order, "price"),
                "amount": self.decimal_at(order, "amount_original"),
                "remaining": self.decimal_at(order, "amount_outstanding"),
                "status": self.safe_string(
                    js.get(self.options, "orderStatuses"), self.safe_string(order, "status")
                ),
                "trades": trades,
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
        # trade_add: amount, price, type (buy or sell), coin; answers { result: true, id }. The docs describe limit
        # orders only, which rest until filled or canceled.
        await self.load_markets()
        time_in_force = self.safe_string_upper(params, "timeInForce")
        if (time_in_force is not None) and (not (time_in_force == "GTC")):
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () does not support the unified param timeInForce "
                    + js.to_str(time_in_force)
                    + ": orders rest until filled or canceled (GTC)"
                )
            )
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params(
            "createOrder",
            unified,
            [
                "postOnly",
                "reduceOnly",
                "triggerPrice",
                "stopLossPrice",
                "takeProfitPrice",
                "clientOrderId",
                "cost",
            ],
        )
        if not (type_ == "limit"):
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () supports limit orders only, not "
                    + js.to_str(type_)
                    + ": trade_add takes a price"
                )
            )
        if (not (side == "buy")) and (not (side == "sell")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id) + " createOrder () side must be buy or sell, not " + js.to_str(side)
                )
            )
        if price is None:
            raise ArgumentsRequired(
                js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
            )
        market = self.market(symbol)
        request = {
            "amount": self.amount_to_precision(symbol, amount),
            "price": self.price_to_precision(symbol, price),
            "type": side,
            "coin": js.get(market, "baseId"),
        }
        response = self.answer(
            await self.private_post_trade_add(self.extend(request, rest)), "dict", "createOrder"
        )
        id_ = self.safe_string(response, "id")
        if id_ is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " createOrder () got no order id: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.safe_order(
            {
                "id": id_,
                "symbol": js.get(market, "symbol"),
                "type": type_,
                "side": side,
                "price": js.get(request, "price"),
                "amount": js.get(request, "amount"),
                "info": response,
            },
            market,
        )

    async def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # trade_cancel: id, coin; answers { result: true, id }.
        await self.load_markets()
        (
            market,
            request,
        ) = js.destructure(self.coin_request("cancelOrder", symbol, {"id": id_}), 2)
        response = self.answer(
            await self.private_post_trade_cancel(self.extend(request, params)), "dict", "cancelOrder"
        )
        return self.safe_order(
            {"id": id_, "symbol": js.get(market, "symbol"), "status": "canceled", "info": response}, market
        )

    async def fetch_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # trade_view: id, coin; answers the order with its status and trades, or { result: false, code: 203 }.
        await self.load_markets()
        (
            market,
            request,
        ) = js.destructure(self.coin_request("fetchOrder", symbol, {"id": id_}), 2)
        response = self.answer(
            await self.private_post_trade_view(self.extend(request, params)), "dict", "fetchOrder"
        )
        if self.safe_string(response, "id") is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " fetchOrder () got an order without id: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.parse_order(response, market)

    async def trade_list(self, method, symbol, since, kind, params):
        # trade_list: coin, type ('open' or 'all'), since (UNIX seconds); answers the latest orders of the coin, up
        # to 100, newest first, without their status.
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () does not support the unified param until"
                )
            )
        extra = {"type": kind}
        if since is not None:
            extra["since"] = self.integer_of(js.divide(since, 1000))
        (
            market,
            request,
        ) = js.destructure(self.coin_request(method, symbol, extra), 2)
        response = await self.private_post_trade_list(self.extend(request, params))
        entries = self.answer(response, "list", method)
        orders = []
        i = 0
        while True:
            if not js.less(i, js.length(entries)):
                break
            orders.append(self.parse_order(self.answer(js.get(entries, i), "dict", method), market))
            i += 1
        return orders

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
        orders = await self.trade_list("fetchOpenOrders", symbol, since, "open", params)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(orders)):
                break
            result.append(self.extend(js.get(orders, i), {"status": "open"}))
            i += 1
        return self.filter_by_symbol_since_limit(self.sort_by(result, "timestamp"), symbol, since, limit)

    async def fetch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # trade_list with type all gives no status: an order that trade_list with type open lists is open; any other
        # is closed when nothing of it is left, canceled otherwise. The list of all orders is asked first, so that
        # an order that ends between the two requests is one the second does not list: it is then reported
        # canceled, even when it was filled in that moment.
        await self.load_markets()
        orders = await self.trade_list("fetchOrders", symbol, since, "all", params)
        open_ = await self.trade_list("fetchOrders", symbol, since, "open", params)
        # (the open ids by id: a search of them for each order cost the product of the two answers; red-team round 28)
        open_ids = {}
        i = 0
        while True:
            if not js.less(i, js.length(open_)):
                break
            open_id = self.safe_string(js.get(open_, i), "id")
            if open_id is not None:
                js.set_(open_ids, open_id, True)
            i += 1
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(orders)):
                break
            remaining = js.get(js.get(orders, i), "remaining")
            id_ = self.safe_string(js.get(orders, i), "id")
            status = None
            if (id_ is not None) and (self.own_value(open_ids, id_) is True):
                status = "open"
            elif remaining is not None:
                status = "canceled" if js.greater(remaining, 0) else "closed"
            result.append(self.extend(js.get(orders, i), {"status": status}))
            i += 1
        return self.filter_by_symbol_since_limit(self.sort_by(result, "timestamp"), symbol, since, limit)

    async def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        orders = await self.fetch_orders(symbol, since, None, params)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(orders)):
                break
            if (js.get(js.get(orders, i), "status") == "closed") or (
                js.get(js.get(orders, i), "status") == "canceled"
            ):
                result.append(js.get(orders, i))
            i += 1
        return self.filter_by_symbol_since_limit(result, symbol, since, limit)

    # --- transport -----------------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # Private: the form key=<public key>&<params>&nonce=<n>, then &signature=<hex HMAC-SHA256 of that form, keyed
        # with the lower-case hex MD5 of the private key>, as the body of a POST.
        if api == "public":
            return super().sign(path, api, method, params, headers, body)
        self.check_required_credentials()
        reserved = ["key", "nonce", "signature"]
        i = 0
        while True:
            if not (i < len(reserved)):
                break
            if self.safe_value(params, reserved[i]) is not None:
                raise BadRequest(
                    js.bounded_text(
                        js.bounded_text(js.to_str(self.id) + " " + js.to_str(path) + " takes no parameter ")
                        + js.to_str(reserved[i])
                        + ": the request is signed with its own"
                    )
                )
            i += 1
        form = self.urlencode(self.extend(self.extend({"key": self.apiKey}, params), {"nonce": self.nonce()}))
        signature = self.hmac(
            self.encode(form), self.encode(self.hash(self.encode(self.secret), "md5", "hex")), "sha256", "hex"
        )
        return {
            "url": js.bounded_text(
                js.to_str(self.safe_string(js.get(self.urls, "api"), api)) + "/" + js.to_str(path)
            ),
            "method": method,
            "body": js.bounded_text(js.to_str(form) + "&signature=" + js.to_str(signature)),
            "headers": {"Content-Type": "application/x-www-form-urlencoded"},
        }

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
        # { result: false, code: '<code>' } (the code a text or a number).
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return None
        if not (self.safe_value(response, "result") is False):
            return None
        feedback = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " ") + js.to_str(self.excerpt(response_body))
        )
        code = self.safe_string(response, "code")
        if code is not None:
            self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
        raise ExchangeError(feedback)
