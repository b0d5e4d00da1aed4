# Generated from js/btcturk.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from typing import Any

from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base.precise import Precise
from exchangekit.base.errors import (
    ArgumentsRequired,
    BadRequest,
    BadResponse,
    ExchangeError,
    InsufficientFunds,
    InvalidOrder,
    NotSupported,
    OnMaintenance,
    OrderNotFound,
)
from exchangekit.base.number import TICK_SIZE
from exchangekit.base import js
from exchangekit.base.method_names import MethodAlias
from exchangekit.base.types import Balances, Market, OHLCV, Order, OrderBook, Ticker, Trade


class btcturk(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "btcturk",
                "name": "BTCTurk",
                "countries": ["TR"],
                "version": "v2",
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
                    "fetchOrders": True,
                    "fetchOpenOrders": True,
                    "fetchClosedOrders": False,
                    "fetchMyTrades": True,
                    "fetchDeposits": False,
                    "fetchWithdrawals": False,
                    "fetchTransactions": False,
                    "fetchLedger": False,
                    "fetchDepositAddress": False,
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
                    "api": {
                        "public": "https://api.btcturk.com/api/v2",
                        "private": "https://api.btcturk.com/api/v1",
                        "graph": "https://graph-api.btcturk.com/v1",
                    },
                    "www": "https://www.btcturk.com",
                    "doc": "https://docs.btcturk.com/",
                },
                "api": {
                    "public": {"get": {"server/exchangeinfo": 1, "ticker": 0.1, "orderbook": 1, "trades": 1}},
                    "private": {
                        "get": {
                            "users/balances": 1,
                            "users/transactions/trade": 1,
                            "openOrders": 1,
                            "allOrders": 1,
                            "order/{id}": 1,
                        },
                        "post": {"order": 1},
                        "delete": {"order": 1},
                    },
                    "graph": {"get": {"ohlcs": 1}},
                },
                "timeframes": {"1d": "1d"},
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"percentage": True, "taker": None, "maker": None}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "orderStatuses": {
                        "untouched": "open",
                        "partial": "open",
                        "canceled": "canceled",
                        "filled": "closed",
                    }
                },
                "exceptions": {
                    "exact": {
                        "1152": OrderNotFound,
                        "Order not found": OrderNotFound,
                        "NO_ORDER_MATCHES_YOUR_REQUEST": OrderNotFound,
                        "ORDER_COULD_NOT_BE_CANCELED": InvalidOrder,
                        "ORDER_CANCEL_BLOCKED": OnMaintenance,
                        "FAILED_ORDER_PARAMETER": BadRequest,
                        "BALANCE_NOT_ENOUGH": InsufficientFunds,
                        "FAILED_ORDER_WITH_OPEN_ORDERS": InsufficientFunds,
                        "FAILED_MIN_TOTAL_AMOUNT": InvalidOrder,
                        "STOP_PRICE_GREATER_THAN_MARKET": InvalidOrder,
                        "STOP_PRICE_LESS_THAN_MARKET": InvalidOrder,
                        "PRICE_MUST_BE_LESS_THAN_MAXPRICE": InvalidOrder,
                        "FAILED_MARKET_ORDER": InvalidOrder,
                        "ORDER_MIN_PRICE_EXCEEDED": InvalidOrder,
                        "ORDER_MAX_PRICE_EXCEEDED": InvalidOrder,
                    },
                    "broad": {},
                },
            },
        )

    def data_of(self, response):
        # Every api.btcturk.com answer is { data, success, message, code }.
        return self.safe_value(response, "data")

    # --- markets -------------------------------------------------------------------------------------
    async def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # server/exchangeinfo: { data: { timeZone, serverTime, symbols: [ { name: 'BTCTRY', status: 'TRADING',
        # numerator, denominator, numeratorScale, denominatorScale, filters: [ { filterType: 'PRICE_FILTER',
        # minPrice, maxPrice, tickSize, minExchangeValue, minAmount, maxAmount } ], ... } ] } }.
        response = await self.public_get_server_exchangeinfo(params)
        symbols = self.safe_list(self.data_of(response), "symbols", [])
        result = []
        i = 0
        while True:
            if not (i < len(symbols)):
                break
            result.append(self.parse_market(js.get(symbols, i)))
            i += 1
        return result

    def price_filter(self, entry):
        filters = self.safe_list(entry, "filters", [])
        i = 0
        while True:
            if not (i < len(filters)):
                break
            if self.safe_string(js.get(filters, i), "filterType") == "PRICE_FILTER":
                return js.get(filters, i)
            i += 1
        return {}

    def parse_market(self, entry):
        base_id = self.safe_string(entry, "numerator")
        quote_id = self.safe_string(entry, "denominator")
        base = self.safe_currency_code(base_id)
        quote = self.safe_currency_code(quote_id)
        filter_ = self.price_filter(entry)
        # docs.btcturk.com/errors, FAILED_MIN_TOTAL_AMOUNT: "Quantity*price must be greater than min amount ...
        # the minAmount object" and "You can avoid the FAILED_MIN_TOTAL_AMOUNT error with the minExchangeValue
        # object": both bound the order's total in the quote currency, not its quantity, so the larger one is
        # the minimum cost. The docs name no quantity limit (maxAmount is not described and stays in info).
        min_exchange_value = self.safe_string(filter_, "minExchangeValue")
        min_total = self.safe_string(filter_, "minAmount")
        min_cost = min_total if (min_exchange_value is None) else min_exchange_value
        if (min_exchange_value is not None) and (min_total is not None):
            min_cost = Precise.string_max(min_exchange_value, min_total)
        return self.market_structure(
            id=self.safe_string(entry, "name"),
            symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
            base=base,
            quote=quote,
            baseId=base_id,
            quoteId=quote_id,
            active=self.safe_string(entry, "status") == "TRADING",
            type="spot",
            spot=True,
            taker=js.get(js.get(self.fees, "trading"), "taker"),
            maker=js.get(js.get(self.fees, "trading"), "maker"),
            precision={
                "amount": self.parse_number(self.parse_precision(self.safe_string(entry, "numeratorScale"))),
                "price": self.safe_number(filter_, "tickSize"),
            },
            limits={
                "amount": {"min": None, "max": None},
                "price": {
                    "min": self.safe_number(filter_, "minPrice"),
                    "max": self.safe_number(filter_, "maxPrice"),
                },
                "cost": {"min": self.parse_number(min_cost), "max": None},
            },
            info=entry,
        )

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # { pair, pairNormalized, timestamp, last, high, low, bid, ask, open, volume (base), average,
        # daily (the 24 h change), dailyPercent, denominatorSymbol, numeratorSymbol }.
        market = self.safe_market(self.safe_string(ticker, "pair"), market)
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer(ticker, "timestamp"),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            bid=self.safe_string(ticker, "bid"),
            ask=self.safe_string(ticker, "ask"),
            open_=self.safe_string(ticker, "open"),
            last=self.safe_string(ticker, "last"),
            change=self.safe_string(ticker, "daily"),
            percentage=self.safe_string(ticker, "dailyPercent"),
            base_volume=self.safe_string(ticker, "volume"),
            info=ticker,
            market=market,
        )

    async def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        # ticker?pairSymbol=BTCTRY answers a list of the one pair's ticker.
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_ticker(self.extend({"pairSymbol": js.get(market, "id")}, params))
        tickers = self.filter_by(self.to_list(self.data_of(response)), "pair", js.get(market, "id"))
        if js.strict_equal(js.length(tickers), 0):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " fetchTicker () got no ticker of ")
                    + js.to_str(js.get(market, "id"))
                )
            )
        return self.parse_ticker(js.get(tickers, 0), market)

    async def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        await self.load_markets()
        response = await self.public_get_ticker(params)
        return self.parse_tickers(self.to_list(self.data_of(response)), symbols)

    def to_list(self, value):
        # A list where one is documented; anything else the exchange sends is none.
        return value if js.is_array(value) else []

    async def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # orderbook?pairSymbol&limit (default 100, at most 1000): { data: { timestamp, bids, asks } }, each
        # level [ price, amount ] as strings.
        await self.load_markets()
        market = self.market(symbol)
        request = {"pairSymbol": js.get(market, "id")}
        if limit is not None:
            request["limit"] = limit
        response = await self.public_get_orderbook(self.extend(request, params))
        book = self.safe_dict(response, "data", {})
        return self.parse_order_book(book, js.get(market, "symbol"), self.safe_integer(book, "timestamp"))

    def parse_ohlcv(self, ohlcv, market=None):
        # { pair, time (seconds), open, high, low, close, volume, total, average, dailyChangeAmount, ... }.
        return [
            self.safe_timestamp(ohlcv, "time"),
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
        # graph-api ohlcs?pair&from&to (Unix seconds): a bare list of daily candles.
        await self.load_markets()
        market = self.market(symbol)
        if self.safe_string(self.timeframes, timeframe) is None:
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchOHLCV () offers daily candles only (timeframe 1d), not "
                    + js.to_str(timeframe)
                )
            )
        request = {"pair": js.get(market, "id")}
        if since is not None:
            request["from"] = js.floor(js.divide(since, 1000))
        until = self.safe_integer(params, "until")
        if until is not None:
            request["to"] = js.floor(js.divide(until, 1000))
        response = await self.graph_get_ohlcs(self.extend(request, self.omit(params, "until")))
        return self.parse_ohlcvs(self.to_list(response), market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def parse_trade(self, trade, market=None):
        # Public (trades): { pair, numerator, denominator, date (ms), tid, price, amount } without a side.
        # Own (users/transactions/trade): { price, numeratorSymbol, denominatorSymbol, orderType ('buy'/'sell'),
        # orderId, id, timestamp, amount (negative for a sell), fee, tax (both negative: charged) }.
        market_id = self.safe_string(
            trade,
            "pair",
            js.bounded_text(
                self.safe_string(trade, "numeratorSymbol", "")
                + self.safe_string(trade, "denominatorSymbol", "")
            ),
        )
        market = self.safe_market(market_id, market)
        fees = []
        currency = self.fee_currency(market)
        fee = self.safe_string(trade, "fee")
        if fee is not None:
            fees.append({"cost": Precise.string_neg(fee), "currency": currency})
        tax = self.safe_string(trade, "tax")
        if tax is not None:
            fees.append({"cost": Precise.string_neg(tax), "currency": currency})
        return self.trade_structure(
            identifier=self.safe_string2(trade, "tid", "id"),
            order=self.safe_string(trade, "orderId"),
            timestamp=self.safe_integer2(trade, "date", "timestamp"),
            symbol=js.get(market, "symbol"),
            side=self.safe_string_lower(trade, "orderType"),
            price=self.safe_string(trade, "price"),
            amount=self.safe_unsigned(trade, "amount"),
            fees=fees,
            info=trade,
            market=market,
        )

    def fee_currency(self, market):
        # exchangeinfo's commissionFromNumerator says which side of the pair commissions are taken from; without
        # it the currency is not known.
        from_numerator = self.safe_bool(self.safe_dict(market, "info", {}), "commissionFromNumerator")
        if from_numerator is None:
            return None
        return js.get(market, "base") if from_numerator else js.get(market, "quote")

    async def fetch_trades(
        self,
        symbol: str,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # trades?pairSymbol&last (default 50, at most 1000): the latest trades.
        await self.load_markets()
        market = self.market(symbol)
        request = {"pairSymbol": js.get(market, "id")}
        if limit is not None:
            request["last"] = limit
        response = await self.public_get_trades(self.extend(request, params))
        return self.parse_trades(self.to_list(self.data_of(response)), market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    async def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # users/balances: [ { asset, assetname, balance (total), locked, free, orderFund, requestFund, precision } ].
        await self.load_markets()
        response = await self.private_get_users_balances(params)
        entries = self.to_list(self.data_of(response))
        result = {"info": response}
        i = 0
        while True:
            if not js.less(i, js.length(entries)):
                break
            entry = js.get(entries, i)
            code = self.safe_currency_code(self.safe_string(entry, "asset"))
            account = self.account()
            js.set_(account, "free", self.decimal_field(entry, "free"))
            js.set_(account, "used", self.decimal_field(entry, "locked"))
            js.set_(account, "total", self.decimal_field(entry, "balance"))
            js.set_(result, code, account)
            i += 1
        return self.safe_balance(result)

    def decimal_field(self, entry, key):
        # An amount written as a decimal number; any other text (the docs' latest example writes decimal commas,
        # "27223,7283250757643288") is refused rather than read as another number.
        value = self.safe_string(entry, key)
        if (value is not None) and (not self.is_decimal_string(value)):
            raise BadResponse(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(key)
                    + " is not a decimal number: "
                    + js.to_str(value)
                )
            )
        return value

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # Submit: { id, datetime, type: 'Buy', method: 'Limit', price, stopPrice, quantity, pairSymbol,
        # newOrderClientId }. Open, all and single orders: { id, price, amount, quantity, stopPrice, pairSymbol
        # (pairsymbol in allOrders), type, method ('limit', 'market', 'stoplimit', 'stopmarket'), orderClientId,
        # time (0 when unknown), updateTime, status, leftAmount }.
        market_id = self.safe_string2(order, "pairSymbol", "pairsymbol")
        market = self.safe_market(market_id, market)
        method = self.safe_string_lower(order, "method", "")
        side = self.safe_string_lower(order, "type")
        stop = method.startswith("stop")
        kind = js.slice_(method, 4) if stop else method
        amount = self.safe_string(order, "quantity", self.safe_string(order, "amount"))
        remaining = self.safe_string(order, "leftAmount")
        cost = None
        if (kind == "market") and (side == "buy"):
            # A market buy's quantity is in the quote currency (what it spends).
            cost = amount
            amount = None
            remaining = None
        status = self.safe_string_lower(order, "status")
        return self.safe_order(
            {
                "id": self.safe_string(order, "id"),
                "clientOrderId": self.safe_string2(order, "orderClientId", "newOrderClientId"),
                "timestamp": (
                    _value1
                    if js.truthy(_value1 := self.safe_milliseconds(order, "time"))
                    else self.safe_milliseconds(order, "datetime")
                ),
                "lastUpdateTimestamp": self.safe_milliseconds(order, "updateTime"),
                "symbol": js.get(market, "symbol"),
                "type": kind if ((kind == "limit") or (kind == "market")) else None,
                "side": side,
                "price": None if (kind == "market") else self.safe_string(order, "price"),
                "triggerPrice": self.safe_string(order, "stopPrice") if stop else None,
                "amount": amount,
                "remaining": remaining,
                "cost": cost,
                "status": self.safe_string(js.get(self.options, "orderStatuses"), status),
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
        # POST order { quantity, price, stopPrice, newOrderClientId, orderMethod ('limit', 'market', 'stopLimit',
        # 'stopMarket'), orderType ('buy', 'sell'), pairSymbol }. A market buy's quantity is the quote amount it
        # spends (the unified cost); every other order's quantity is the base amount. triggerPrice and
        # stopLossPrice make it a stop order (a stop buy triggers above the market, a stop sell below, which is
        # a stop loss): a take profit, postOnly, timeInForce and reduceOnly have no field.
        await self.load_markets()
        market = self.market(symbol)
        if self.safe_string(params, "timeInForce") is not None:
            # (checked before unifiedOrderParams, which reads timeInForce PO as postOnly)
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id) + " createOrder () does not support the unified param timeInForce"
                )
            )
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params("createOrder", unified, ["postOnly", "reduceOnly", "takeProfitPrice"])
        if (not (type_ == "market")) and (not (type_ == "limit")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () type must be market or limit, not "
                    + js.to_str(type_)
                )
            )
        request = {"pairSymbol": js.get(market, "id"), "orderType": side}
        if (type_ == "market") and (side == "buy"):
            if js.get(unified, "cost") is None:
                raise InvalidOrder(
                    js.bounded_text(
                        js.bounded_text(
                            js.to_str(self.id) + " createOrder () a market buy spends an amount of "
                        )
                        + js.to_str(js.get(market, "quote"))
                        + ": pass it as params['cost'] (or call createMarketBuyOrderWithCost)"
                    )
                )
            request["quantity"] = self.cost_to_precision(symbol, js.get(unified, "cost"))
        else:
            if js.get(unified, "cost") is not None:
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () cost sizes market buys only; a market sell is sized by amount"
                    )
                )
            request["quantity"] = self.amount_to_precision(symbol, amount)
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["price"] = self.price_to_precision(symbol, price)
        method = type_
        if js.get(unified, "trigger") is not None:
            method = "stopLimit" if (type_ == "limit") else "stopMarket"
            request["stopPrice"] = self.price_to_precision(symbol, js.get(unified, "trigger"))
        request["orderMethod"] = method
        if js.get(unified, "clientOrderId") is not None:
            request["newOrderClientId"] = js.get(unified, "clientOrderId")
        response = await self.private_post_order(self.extend(request, rest))
        return self.parse_order(self.safe_dict(response, "data", {}), market)

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
        # DELETE order?id: { success, message, code } acknowledges the request; the cancellation itself is
        # final only when the private stream's channel 452 says so, so the status stays unknown here.
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = await self.private_delete_order(self.extend({"id": id_}, params))
        return self.safe_order(
            {"id": id_, "symbol": None if (market is None) else js.get(market, "symbol"), "info": response},
            market,
        )

    async def fetch_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = await self.private_get_order_id(self.extend({"id": id_}, params))
        return self.parse_order(self.safe_dict(response, "data", {}), market)

    def require_market(self, method, symbol):
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () requires a symbol argument: BTCTurk lists orders per pair"
                )
            )
        return self.market(symbol)

    async def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # openOrders?pairSymbol: { data: { asks: [ orders ], bids: [ orders ] } }.
        await self.load_markets()
        market = self.require_market("fetchOpenOrders", symbol)
        response = await self.private_get_open_orders(
            self.extend({"pairSymbol": js.get(market, "id")}, params)
        )
        data = self.safe_dict(response, "data", {})
        orders = self.array_concat(self.safe_list(data, "asks", []), self.safe_list(data, "bids", []))
        return self.parse_orders(orders, market, since, limit)

    async def fetch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # allOrders?pairSymbol&startTime&endTime&limit (default 100, at most 1000): orders of every status.
        await self.load_markets()
        market = self.require_market("fetchOrders", symbol)
        request = {"pairSymbol": js.get(market, "id")}
        if since is not None:
            request["startTime"] = since
        until = self.safe_integer(params, "until")
        if until is not None:
            request["endTime"] = until
        if limit is not None:
            request["limit"] = limit
        response = await self.private_get_all_orders(self.extend(request, self.omit(params, "until")))
        return self.parse_orders(self.to_list(self.data_of(response)), market, since, limit)

    async def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # users/transactions/trade?pairSymbol&startDate&endDate (ms; the last 30 days without them).
        await self.load_markets()
        request = {}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["pairSymbol"] = js.get(market, "id")
        if since is not None:
            request["startDate"] = since
        until = self.safe_integer(params, "until")
        if until is not None:
            request["endDate"] = until
        response = await self.private_get_users_transactions_trade(
            self.extend(request, self.omit(params, "until"))
        )
        return self.parse_trades(self.to_list(self.data_of(response)), market, since, limit)

    # --- requests ------------------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # GET and DELETE send their params as the query string, POST as a JSON body.
        url = js.bounded_text(
            js.bounded_text(js.to_str(self.safe_string(js.get(self.urls, "api"), api)) + "/")
            + js.to_str(self.implode_params(path, params))
        )
        query = self.omit(params, self.extract_params(path))
        has_body = method == "POST"
        if (not has_body) and (len(js.keys(query)) > 0):
            url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(query)))
        if not (api == "private"):
            return {"url": url, "method": method, "body": body, "headers": headers}
        # X-Signature: base64 HMAC-SHA256 of apiKey + stamp, keyed with the base64-decoded secret; X-Stamp is
        # the time in milliseconds (the server allows 5 s either way).
        self.check_required_credentials()
        stamp = self.number_to_string(self.milliseconds())
        headers = {
            "X-PCK": self.apiKey,
            "X-Stamp": stamp,
            "X-Signature": self.hmac(
                self.encode(js.add(self.apiKey, stamp)),
                self.base64_to_binary(self.secret),
                "sha256",
                "base64",
            ),
            "Content-Type": "application/json",
        }
        if has_body:
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
        # { "success": false, "message": "Order not found", "code": 1152 }: the message, then the code, picks
        # the error class; any other refusal is mapped by its HTTP status, or is an ExchangeError with a 2xx one.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return
        if not (self.safe_bool(response, "success") is False):
            return
        message = self.safe_string(response, "message", "")
        code = self.safe_string(response, "code", "")
        feedback = js.bounded_text(
            js.to_str(self.id) + " " + js.to_str(method) + " " + js.to_str(url) + " " + code + " " + message
        )
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), message, feedback)
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
        if js.less(status, 200) or js.greater_equal(status, 300):
            return  # the HTTP status says what failed (401, 429, 503, ...)
        raise ExchangeError(feedback)
