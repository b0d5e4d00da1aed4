# Generated from js/bl3p.js by exkit: do not edit. Change the source and run `python build.py`.
from typing import Any

from exchangekit.base.exchange import Exchange
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
    InvalidOrder,
    NotSupported,
    OrderNotFound,
    RateLimitExceeded,
)
from exchangekit.base.number import TICK_SIZE
from exchangekit.base import js
from exchangekit.base.types import (
    Balances,
    DepositAddress,
    Market,
    Order,
    OrderBook,
    Ticker,
    Trade,
    Transaction,
)


class bl3p(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "bl3p",
                "name": "BL3P",
                "countries": ["NL"],
                "version": "1",
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
                    "api": {"public": "https://api.bl3p.eu/1", "private": "https://api.bl3p.eu/1"},
                    "www": "https://bl3p.eu",
                    "doc": "https://github.com/BitonicNL/bl3p-api/tree/master/docs",
                },
                "api": {
                    "public": {"get": ["{market}/ticker", "{market}/orderbook", "{market}/trades"]},
                    "private": {
                        "post": [
                            "{market}/money/order/add",
                            "{market}/money/order/cancel",
                            "{market}/money/order/result",
                            "{market}/money/orders",
                            "{market}/money/orders/history",
                            "{market}/money/trades/fetch",
                            "GENMKT/money/info",
                            "GENMKT/money/wallet/history",
                            "GENMKT/money/deposit_address",
                            "GENMKT/money/new_deposit_address",
                            "GENMKT/money/withdraw",
                        ]
                    },
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"percentage": True}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "markets": {"BTCEUR": ["BTC", "EUR"]},
                    "decimals": {"EUR": 5},
                    "defaultDecimals": 8,
                    "feeCurrency": None,
                    "orderStatuses": {
                        "pending": "open",
                        "open": "open",
                        "placed": "open",
                        "closed": "closed",
                        "cancelled": "canceled",
                    },
                },
                "exceptions": {
                    "exact": {
                        "AMOUNT_FUNDS_LESS_THAN_MINIMUM": InvalidOrder,
                        "AMOUNT_LESS_THAN_MINIMUM": InvalidOrder,
                        "INSUFFICIENT_FUNDS": InsufficientFunds,
                        "INVALID_AMOUNT": InvalidOrder,
                        "INVALID_AMOUNT_FUNDS": InvalidOrder,
                        "INVALID_FEE_CURRENCY": InvalidOrder,
                        "INVALID_LIMIT_ORDER": InvalidOrder,
                        "INVALID_PRICE": InvalidOrder,
                        "INVALID_TYPE": InvalidOrder,
                        "KEY_MISSING": AuthenticationError,
                        "LIMIT_REACHED": RateLimitExceeded,
                        "MARKETPLACE_INACCESSIBLE": ExchangeNotAvailable,
                        "MARKETPLACE_NOT_ACCEPTING_ORDERS": ExchangeNotAvailable,
                        "MISSING_AMOUNT": InvalidOrder,
                        "MISSING_FIELD": BadRequest,
                        "NOT_AUTHENTICATED": AuthenticationError,
                        "SIGN_MISSING": AuthenticationError,
                        "UNKNOWN_ACCOUNT": BadRequest,
                        "UNKNOWN_CURRENCY": BadRequest,
                        "UNKNOWN_ERROR": ExchangeError,
                        "UNKNOWN_MARKETPLACE": BadSymbol,
                        "UNKNOWN_ORDER": OrderNotFound,
                        "UNKNOWN_PATH": BadRequest,
                    },
                    "broad": {},
                },
            },
        )

    # --- integer amounts -----------------------------------------------------------------------------
    def decimals_of(self, code):
        # The decimal places of a currency's integer amounts: 5 for EUR, 8 for the virtual currencies.
        return self.safe_integer(
            js.get(self.options, "decimals"), code, self.safe_integer(self.options, "defaultDecimals", 8)
        )

    def units_of(self, code):
        # '100000' for EUR, '100000000' for BTC: the integer amount of one unit.
        return self.parse_precision(self.number_to_string(js.negate(self.decimals_of(code))))

    def from_integer(self, text, code):
        # An integer amount (a string or a number) of currency code as a decimal string: '123456' EUR -> '1.23456'.
        if text is None:
            return None
        return Precise.string_div(text, self.units_of(code), self.decimals_of(code))

    def to_integer(self, text, code, name):
        # A decimal string as the integer amount the API takes: '0.5' BTC -> '50000000'; a finer amount is refused.
        product = Precise.string_mul(text, self.units_of(code))
        if js.index_of(product, ".") >= 0:
            raise BadRequest(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " "
                        + js.to_str(name)
                        + " "
                        + js.to_str(text)
                        + " "
                        + js.to_str(code)
                        + " has more than "
                    )
                    + js.to_str(self.number_to_string(self.decimals_of(code)))
                    + " decimals, which the API cannot take"
                )
            )
        return product

    def amount_of(self, amount_obj):
        # An amountObj as a decimal string: value_int in the units of its currency (value as the fallback).
        if amount_obj is None:
            return None
        currency_id = self.safe_string(amount_obj, "currency")
        value_int = self.safe_string(amount_obj, "value_int")
        if (currency_id is None) or (value_int is None):
            return self.safe_string(amount_obj, "value")
        return self.from_integer(value_int, currency_id)

    def currency_of_amount(self, amount_obj):
        return self.safe_currency_code(self.safe_string(amount_obj, "currency"))

    def seconds_of(self, milliseconds):
        # A timestamp in ms as the whole seconds of the API's date_from and date_to.
        return Precise.string_div(self.number_to_string(milliseconds), "1000", 0)

    def data_of(self, response):
        # The data of a successful answer (handleErrors has thrown for the others).
        data = self.safe_dict(response, "data")
        if data is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent an answer without data: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return data

    # --- markets -------------------------------------------------------------------------------------
    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # The API lists no markets: each market of options['markets'] is confirmed by its ticker, which answers
        # for the markets that exist (UNKNOWN_MARKETPLACE, a BadSymbol, for the others).
        markets = self.safe_dict(self.options, "markets", {})
        ids = js.keys(markets)
        result = []
        i = 0
        while True:
            if not (i < len(ids)):
                break
            id_ = ids[i]
            pair = self.safe_list(markets, id_, [])
            base_id = self.safe_string(pair, 0)
            quote_id = self.safe_string(pair, 1)
            ticker = self.public_get_market_ticker(self.extend({"market": id_}, params))
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
                    type="spot",
                    spot=True,
                    precision={
                        "amount": self.parse_number(
                            self.parse_precision(self.number_to_string(self.decimals_of(base_id)))
                        ),
                        "price": self.parse_number(
                            self.parse_precision(self.number_to_string(self.decimals_of(quote_id)))
                        ),
                    },
                    limits={},
                    info=ticker,
                )
            )
            i += 1
        return result

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # ticker: { currency, last, bid, ask, high, low, timestamp (seconds), volume: { 24h, 30d } }, numbers in the
        # quote currency and the volumes in the base currency.
        volume = self.safe_dict(ticker, "volume", {})
        return self.ticker_structure(
            symbol=self.safe_symbol(None, market),
            timestamp=self.safe_timestamp(ticker, "timestamp"),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            bid=self.safe_string(ticker, "bid"),
            ask=self.safe_string(ticker, "ask"),
            last=self.safe_string(ticker, "last"),
            base_volume=self.safe_string(volume, "24h"),
            info=ticker,
            market=market,
        )

    def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_market_ticker(self.extend({"market": js.get(market, "id")}, params))
        return self.parse_ticker(response, market)

    def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # The ticker takes one market: one request per symbol.
        self.load_markets()
        list_ = self.symbols if (symbols is None) else symbols
        markets = []
        i = 0
        while True:
            if not js.less(i, js.length(list_)):
                break
            markets.append(self.market(js.get(list_, i)))
            i += 1
        result = {}
        i = 0
        while True:
            if not (i < len(markets)):
                break
            market = js.get(markets, i)
            response = self.public_get_market_ticker(self.extend({"market": js.get(market, "id")}, params))
            js.set_(result, js.get(market, "symbol"), self.parse_ticker(response, market))
            i += 1
        return result

    def levels_of_book(self, entries, market):
        # [ { amount_int, price_int, count } ] -> [ [ price, amount ] ] as decimal strings.
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(entries)):
                break
            entry = js.get(entries, i)
            result.append(
                [
                    self.from_integer(self.safe_string(entry, "price_int"), js.get(market, "quoteId")),
                    self.from_integer(self.safe_string(entry, "amount_int"), js.get(market, "baseId")),
                ]
            )
            i += 1
        return result

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # orderbook: { asks: [ { amount_int, price_int, count } ], bids: [ ... ] }, the whole book (no depth).
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_market_orderbook(self.extend({"market": js.get(market, "id")}, params))
        data = self.data_of(response)
        levels = {
            "bids": self.levels_of_book(self.required_list(data, "bids"), market),
            "asks": self.levels_of_book(self.required_list(data, "asks"), market),
        }
        book = self.parse_order_book(levels, js.get(market, "symbol"))
        if limit is not None:
            js.set_(book, "bids", js.slice_(js.get(book, "bids"), 0, limit))
            js.set_(book, "asks", js.slice_(js.get(book, "asks"), 0, limit))
        return book

    def parse_trade(self, trade, market=None):
        # Public trades (trades, money/trades/fetch): { trade_id, date (milliseconds), amount_int, price_int },
        # without a side. The trades of an order (order/result): { trade_id, date (seconds), amount, price
        # (amountObjs), currency, item }. The account's trades (wallet/history of the base currency, type
        # trade): { transaction_id, trade_id, order_id, date (seconds), debit_credit, amount, price,
        # contra_amount, fee, balance (amountObjs), type }.
        item = self.safe_string(trade, "item")
        currency_id = self.safe_string(trade, "currency")
        if (item is not None) and (currency_id is not None):
            market = self.safe_market(js.add(item, currency_id), market)
        symbol = self.safe_symbol(None, market)
        timestamp = None
        amount = None
        price = None
        side = None
        amount_obj = self.safe_dict(trade, "amount")
        if amount_obj is None:
            timestamp = self.safe_integer(trade, "date")
            if market is not None:
                amount = self.from_integer(self.safe_string(trade, "amount_int"), js.get(market, "baseId"))
                price = self.from_integer(self.safe_string(trade, "price_int"), js.get(market, "quoteId"))
        else:
            timestamp = self.safe_timestamp(trade, "date")
            amount = self.amount_of(amount_obj)
            price = self.amount_of(self.safe_dict(trade, "price"))
            booking = self.safe_string(trade, "debit_credit")
            if (booking is not None) and (market is not None):
                # A credit of the base currency is a buy, a debit a sell.
                of_base = js.strict_equal(self.safe_string(amount_obj, "currency"), js.get(market, "baseId"))
                if booking == "credit":
                    side = "buy" if of_base else "sell"
                elif booking == "debit":
                    side = "sell" if of_base else "buy"
        contra_amount = self.safe_dict(trade, "contra_amount")
        fee_obj = self.safe_dict(trade, "fee")
        fee = None
        if fee_obj is not None:
            fee = {"cost": self.amount_of(fee_obj), "currency": self.currency_of_amount(fee_obj)}
        return self.trade_structure(
            identifier=self.safe_string(trade, "trade_id"),
            order=self.safe_string(trade, "order_id"),
            timestamp=timestamp,
            symbol=symbol,
            side=side,
            price=price,
            amount=None if (amount is None) else Precise.string_abs(amount),
            cost=None if (contra_amount is None) else Precise.string_abs(self.amount_of(contra_amount)),
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
        # trades: { trades: [ ... ] }, the last 1000 (the endpoint takes no range: since and limit filter them).
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_market_trades(self.extend({"market": js.get(market, "id")}, params))
        data = self.data_of(response)
        return self.parse_trades(self.required_list(data, "trades"), market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # GENMKT/money/info: { user_id, trade_fee, wallets: { BTC: { balance, available }, EUR: { ... } } }.
        self.load_markets()
        response = self.private_post_genmkt_money_info(params)
        data = self.data_of(response)
        wallets = self.safe_dict(data, "wallets")
        if wallets is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent account info without wallets: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        result = {"info": response}
        ids = js.keys(wallets)
        i = 0
        while True:
            if not (i < len(ids)):
                break
            id_ = ids[i]
            wallet = self.safe_dict(wallets, id_, {})
            account = self.account()
            js.set_(account, "total", self.amount_of(self.safe_dict(wallet, "balance")))
            js.set_(account, "free", self.amount_of(self.safe_dict(wallet, "available")))
            js.set_(result, self.safe_currency_code(id_), account)
            i += 1
        return self.safe_balance(result)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # order/result, orders and orders/history: { order_id, label, currency, item, type (bid, ask), status
        # (pending, open, placed, closed, cancelled), date, date_closed (seconds), amount, price, amount_funds,
        # amount_executed, amount_funds_executed, total_amount, total_spent, total_fee, avg_cost (amountObjs),
        # trades }; order/add answers { order_id } only. An order without a price is a market order.
        item = self.safe_string(order, "item")
        currency_id = self.safe_string(order, "currency")
        if (item is not None) and (currency_id is not None):
            market = self.safe_market(js.add(item, currency_id), market)
        id_ = self.safe_string(order, "order_id")
        raw_trades = self.safe_list(order, "trades", [])
        trades = []
        i = 0
        while True:
            if not (i < len(raw_trades)):
                break
            trades.append(self.extend(self.parse_trade(js.get(raw_trades, i), market), {"order": id_}))
            i += 1
        price_obj = self.safe_dict(order, "price")
        type_id = self.safe_string(order, "type")
        side = None
        if type_id == "bid":
            side = "buy"
        elif type_id == "ask":
            side = "sell"
        type_ = None
        if self.safe_string(order, "status") is not None:
            type_ = "market" if (price_obj is None) else "limit"
        fee_obj = self.safe_dict(order, "total_fee")
        fee = None
        if fee_obj is not None:
            fee = {"cost": self.amount_of(fee_obj), "currency": self.currency_of_amount(fee_obj)}
        return self.safe_order(
            {
                "id": id_,
                "timestamp": self.safe_timestamp(order, "date"),
                "lastUpdateTimestamp": self.safe_timestamp(order, "date_closed"),
                "symbol": self.safe_symbol(None, market),
                "type": type_,
                "side": side,
                "status": self.safe_string(
                    js.get(self.options, "orderStatuses"), self.safe_string(order, "status")
                ),
                "price": self.amount_of(price_obj),
                "average": self.amount_of(self.safe_dict(order, "avg_cost")),
                "amount": self.amount_of(self.safe_dict(order, "amount")),
                "filled": self.amount_of(self.safe_dict2(order, "total_amount", "amount_executed")),
                "cost": self.amount_of(self.safe_dict2(order, "total_spent", "amount_funds_executed")),
                "fee": fee,
                "trades": trades,
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
        # <market>/money/order/add: type (bid, ask), amount_int (base, *1e8), price_int (quote, *1e5; without it a
        # market order), amount_funds_int (the most quote to spend, *1e5; a market order only), fee_currency
        # ('EUR' or 'BTC'). The docs list no stop, post-only, reduce-only, time-in-force or client id fields.
        self.load_markets()
        market = self.market(symbol)
        # timeInForce first: unifiedOrderParams reads 'PO' as postOnly, and the error should name the param passed.
        time_in_force = self.safe_string_upper(params, "timeInForce")
        if (time_in_force is not None) and ((not (time_in_force == "GTC")) or (not (type_ == "limit"))):
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () does not support the unified param timeInForce "
                    + js.to_str(time_in_force)
                    + " for "
                    + js.to_str(type_)
                    + " orders: limit orders are GTC"
                )
            )
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params(
            "createOrder",
            unified,
            ["postOnly", "reduceOnly", "triggerPrice", "stopLossPrice", "takeProfitPrice", "clientOrderId"],
        )
        type_id = None
        if side == "buy":
            type_id = "bid"
        elif side == "sell":
            type_id = "ask"
        else:
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id) + " createOrder () side must be buy or sell, not " + js.to_str(side)
                )
            )
        request = {"market": js.get(market, "id"), "type": type_id}
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["amount_int"] = self.to_integer(
                self.amount_to_precision(symbol, amount), js.get(market, "baseId"), "amount"
            )
            request["price_int"] = self.to_integer(
                self.price_to_precision(symbol, price), js.get(market, "quoteId"), "price"
            )
        elif type_ == "market":
            if price is not None:
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () takes no price for a market order: a price makes it a limit order"
                    )
                )
            if amount is not None:
                request["amount_int"] = self.to_integer(
                    self.amount_to_precision(symbol, amount), js.get(market, "baseId"), "amount"
                )
            if js.get(unified, "cost") is not None:
                # The most quote currency to spend (the docs: it may stand beside amount_int in a market order).
                request["amount_funds_int"] = self.to_integer(
                    self.cost_to_precision(symbol, js.get(unified, "cost")), js.get(market, "quoteId"), "cost"
                )
            if (amount is None) and (js.get(unified, "cost") is None):
                raise ArgumentsRequired(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () requires an amount, or the unified param cost, for a market order"
                    )
                )
        else:
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () type must be limit or market, not "
                    + js.to_str(type_)
                )
            )
        fee_currency = self.safe_string(self.options, "feeCurrency", js.get(market, "quoteId"))
        request["fee_currency"] = self.safe_string(rest, "fee_currency", fee_currency)
        response = self.private_post_market_money_order_add(
            self.extend(request, self.omit(rest, "fee_currency"))
        )
        # { order_id } only: whether the order rests or has filled is for fetchOrder to say. Without its id the order
        # cannot be followed or cancelled: a BadResponse (a data of {} was an order without id in Node and no data in
        # PHP, whose empty array is no dictionary).
        data = self.data_of(response)
        if self.safe_string(data, "order_id") is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " createOrder () got no order_id: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.extend(self.parse_order(data, market), {"type": type_, "side": side})

    def create_market_buy_order_with_cost(
        self, symbol: str, cost: float, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        return self.create_order(symbol, "market", "buy", None, None, self.extend(params, {"cost": cost}))

    def market_of(self, symbol, method):
        # The market of an authenticated call whose path names it.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () requires a symbol: the API names the market in the path"
                )
            )
        return self.market(symbol)

    def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # <market>/money/order/cancel: order_id; answers no data besides result success.
        self.load_markets()
        market = self.market_of(symbol, "cancelOrder")
        response = self.private_post_market_money_order_cancel(
            self.extend({"market": js.get(market, "id"), "order_id": id_}, params)
        )
        return self.safe_order(
            {"id": id_, "symbol": js.get(market, "symbol"), "status": "canceled", "info": response}, market
        )

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        # <market>/money/order/result: order_id.
        self.load_markets()
        market = self.market_of(symbol, "fetchOrder")
        response = self.private_post_market_money_order_result(
            self.extend({"market": js.get(market, "id"), "order_id": id_}, params)
        )
        return self.parse_order(self.data_of(response), market)

    def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # <market>/money/orders: { orders: [ ... ] }, every active order (no range: since and limit filter them).
        self.load_markets()
        market = self.market_of(symbol, "fetchOpenOrders")
        response = self.private_post_market_money_orders(
            self.extend({"market": js.get(market, "id")}, params)
        )
        data = self.data_of(response)
        return self.parse_orders(self.required_list(data, "orders"), market, since, limit)

    def history_request(self, since, limit, params):
        # The paging of orders/history and wallet/history: page 1 (the most recent), date_from and date_to (unix
        # seconds, both inclusive) from since and the unified until, recs_per_page from limit.
        request = {"page": 1}
        if since is not None:
            request["date_from"] = self.seconds_of(since)
        until = self.safe_integer(params, "until")
        if until is not None:
            request["date_to"] = self.seconds_of(until)
        if limit is not None:
            request["recs_per_page"] = limit
        return request

    def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # <market>/money/orders/history: { page, records, max_page, orders: [ closed and cancelled orders ] }.
        self.load_markets()
        market = self.market_of(symbol, "fetchClosedOrders")
        request = self.extend({"market": js.get(market, "id")}, self.history_request(since, limit, params))
        response = self.private_post_market_money_orders_history(
            self.extend(request, self.omit(params, "until"))
        )
        data = self.data_of(response)
        return self.parse_orders(self.required_list(data, "orders"), market, since, limit)

    def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # The account's trades are the trade bookings of the base currency's wallet (GENMKT/money/wallet/history
        # with currency and type trade): { page, records, max_page, transactions: [ ... ] }.
        self.load_markets()
        market = self.market_of(symbol, "fetchMyTrades")
        request = self.extend(
            {"currency": js.get(market, "baseId"), "type": "trade"},
            self.history_request(since, limit, params),
        )
        response = self.private_post_genmkt_money_wallet_history(
            self.extend(request, self.omit(params, "until"))
        )
        data = self.data_of(response)
        return self.parse_trades(self.required_list(data, "transactions"), market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # wallet/history: { transaction_id, amount (amountObj), date (seconds), debit_credit, type (deposit,
        # withdraw), balance }; withdraw answers { id }. Neither states an address, a txid or a status.
        amount_obj = self.safe_dict(transaction, "amount")
        type_id = self.safe_string(transaction, "type")
        type_ = None
        if type_id == "deposit":
            type_ = "deposit"
        elif type_id == "withdraw":
            type_ = "withdrawal"
        amount = self.amount_of(amount_obj)
        code = (
            self.safe_currency_code(None, currency)
            if (amount_obj is None)
            else self.currency_of_amount(amount_obj)
        )
        return self.safe_transaction(
            {
                "id": self.safe_string2(transaction, "transaction_id", "id"),
                "timestamp": self.safe_timestamp(transaction, "date"),
                "type": type_,
                "amount": None if (amount is None) else Precise.string_abs(amount),
                "currency": code,
                "info": transaction,
            },
            currency,
        )

    def fetch_transfers_of_type(self, type_id, method, code, since, limit, params):
        if code is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () requires a currency code: the wallet history is kept per currency"
                )
            )
        self.load_markets()
        currency = self.currency(code)
        request = self.extend(
            {"currency": js.get(currency, "id"), "type": type_id}, self.history_request(since, limit, params)
        )
        response = self.private_post_genmkt_money_wallet_history(
            self.extend(request, self.omit(params, "until"))
        )
        data = self.data_of(response)
        return self.parse_transactions(self.required_list(data, "transactions"), currency, since, limit)

    def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.fetch_transfers_of_type("deposit", "fetchDeposits", code, since, limit, params)

    def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.fetch_transfers_of_type("withdraw", "fetchWithdrawals", code, since, limit, params)

    def reject_network(self, method, params):
        if self.safe_value(params, "network") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () does not support the unified param network: the API keeps one network per currency"
                )
            )

    def deposit_address_of(self, response, currency):
        data = self.data_of(response)
        address = self.safe_string(data, "address")
        if address is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent a deposit address answer without address: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return {"currency": js.get(currency, "code"), "address": address, "info": response}

    def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # GENMKT/money/deposit_address: currency ('BTC'); answers { address }, the last one created.
        self.reject_network("fetchDepositAddress", params)
        self.load_markets()
        currency = self.currency(code)
        response = self.private_post_genmkt_money_deposit_address(
            self.extend({"currency": js.get(currency, "id")}, params)
        )
        return self.deposit_address_of(response, currency)

    def create_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # GENMKT/money/new_deposit_address: currency ('BTC'); answers { address }.
        self.reject_network("createDepositAddress", params)
        self.load_markets()
        currency = self.currency(code)
        response = self.private_post_genmkt_money_new_deposit_address(
            self.extend({"currency": js.get(currency, "id")}, params)
        )
        return self.deposit_address_of(response, currency)

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
        # GENMKT/money/withdraw: currency ('BTC', 'EUR'), amount_int (satoshis or 0.00001 EUR), and address for
        # BTC or account_id (an IBAN of the account) with account_name for EUR; fee_priority (low, medium,
        # high) optional. Answers { id }.
        self.reject_network("withdraw", params)
        if tag is not None:
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " withdraw () takes no tag: the API sends to an address or an IBAN only"
                )
            )
        self.load_markets()
        currency = self.currency(code)
        request = {"currency": js.get(currency, "id")}
        fiat = self.safe_integer(js.get(self.options, "decimals"), js.get(currency, "id")) is not None
        if fiat:
            if self.safe_string(params, "account_name") is None:
                raise ArgumentsRequired(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " withdraw () of "
                        + js.to_str(code)
                        + " requires params account_name beside the IBAN as address"
                    )
                )
            request["account_id"] = address
        else:
            request["address"] = address
        request["amount_int"] = self.to_integer(
            self.number_to_string(amount), js.get(currency, "id"), "amount"
        )
        response = self.private_post_genmkt_money_withdraw(self.extend(request, params))
        data = self.data_of(response)
        return self.safe_transaction(
            {
                "id": self.safe_string(data, "id"),
                "type": "withdrawal",
                "amount": self.number_to_string(amount),
                "currency": js.get(currency, "code"),
                "address": address,
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
        # Rest-Sign: the base64 HMAC-SHA512, keyed with the base64-decoded secret, of the path after /1/, a NUL
        # character and the form-encoded body (base.md, "Authentication and authorization").
        request_path = self.implode_params(path, params)
        query = self.omit(params, self.extract_params(path))
        url = js.bounded_text(
            js.to_str(self.safe_string(js.get(self.urls, "api"), api)) + "/" + js.to_str(request_path)
        )
        if api == "public":
            if len(js.keys(query)) > 0:
                url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(query)))
            return {"url": url, "method": method, "body": body, "headers": headers}
        self.check_required_credentials()
        body = self.urlencode(query)
        signature = self.hmac(
            self.encode(js.bounded_text(js.to_str(request_path) + "\x00" + js.to_str(body))),
            self.base64_to_binary(self.secret),
            "sha512",
            "base64",
        )
        headers = {
            "Rest-Key": self.apiKey,
            "Rest-Sign": signature,
            "Content-Type": "application/x-www-form-urlencoded",
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
        # { "result": "error", "data": { "code": "INSUFFICIENT_FUNDS", "message": "..." } }.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return None
        result = self.safe_string(response, "result")
        if (result is None) or (result == "success"):
            return None
        data = self.safe_dict(response, "data", {})
        code = self.safe_string(data, "code")
        feedback = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " " + js.to_str(method) + " " + js.to_str(url) + " ")
            + js.to_str(self.excerpt(response_body))
        )
        if code is not None:
            self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
        raise ExchangeError(feedback)
