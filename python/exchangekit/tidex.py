# Generated from js/tidex.js by exkit: do not edit. Change the source and run `python build.py`.
from typing import Any

from exchangekit.base.exchange import Exchange
from exchangekit.base.precise import Precise
from exchangekit.base.errors import (
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
    BadResponse,
    ExchangeError,
    InsufficientFunds,
    InvalidNonce,
    InvalidOrder,
    NotSupported,
    OrderNotFound,
    PermissionDenied,
)
from exchangekit.base.number import TICK_SIZE
from exchangekit.base import js
from exchangekit.base.types import Balances, Market, Order, OrderBook, Ticker, Trade


class tidex(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "tidex",
                "name": "Tidex",
                "countries": ["LT"],
                "version": "3",
                "rateLimit": 2000,
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
                    "api": {"public": "https://api.tidex.com/api/3", "private": "https://api.tidex.com/tapi"},
                    "www": "https://tidex.com",
                    "doc": "https://tidex.com/services/api-specification",
                },
                "api": {
                    "public": {"get": ["info", "ticker/{pair}", "depth/{pair}", "trades/{pair}"]},
                    "private": {
                        "post": [
                            "getInfo",
                            "Trade",
                            "ActiveOrders",
                            "OrderInfo",
                            "CancelOrder",
                            "TradeHistory",
                        ]
                    },
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": False, "percentage": True, "maker": 0.002, "taker": 0.002}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "maxLimit": 4999,
                    "tickerSides": {"bid": "sell", "ask": "buy"},
                    "maxPairListLength": 2000,
                    "orderStatuses": {"0": "open", "1": "closed", "2": "canceled", "3": "canceled"},
                },
                "exceptions": {
                    "broad": {
                        "invalid nonce": InvalidNonce,
                        "invalid sign": AuthenticationError,
                        "dont have": PermissionDenied,
                        "not enough": InsufficientFunds,
                        "invalid status": OrderNotFound,
                    }
                },
            },
        )

    # --- markets -------------------------------------------------------------------------------------
    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # info: { server_time, pairs: { eth_btc: { decimal_places, min_price, max_price, min_amount, hidden (0 or 1:
        # a hidden pair is active but not on the main page), fee (percent) } }. A disabled pair is not listed.
        response = self.public_get_info(params)
        pairs = self.safe_dict(response, "pairs")
        if pairs is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent an info answer without pairs: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        result = []
        ids = js.keys(pairs)
        i = 0
        while True:
            if not (i < len(ids)):
                break
            id_ = ids[i]
            pair = self.safe_dict(pairs, id_, {})
            parts = js.split(id_, "_")
            if not (len(parts) == 2):
                raise BadResponse(
                    js.bounded_text(
                        js.to_str(self.id) + " sent a pair id that is not base_quote: " + js.to_str(id_)
                    )
                )
            base_id = js.get(parts, 0)
            quote_id = js.get(parts, 1)
            base = self.safe_currency_code(base_id)
            quote = self.safe_currency_code(quote_id)
            # "decimal_places: number of decimals allowed during trading", prices and amounts alike.
            tick = self.parse_precision(self.safe_string(pair, "decimal_places"))
            fee = self.safe_string(pair, "fee")
            rate = None if (fee is None) else self.parse_number(Precise.string_div(fee, "100"))
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
                    active=True,
                    taker=rate,
                    maker=rate,
                    precision={"amount": self.parse_number(tick), "price": self.parse_number(tick)},
                    limits={
                        "amount": {"min": self.safe_number(pair, "min_amount")},
                        "price": {
                            "min": self.safe_number(pair, "min_price"),
                            "max": self.safe_number(pair, "max_price"),
                        },
                        "cost": {},
                    },
                    info=pair,
                )
            )
            i += 1
        return result

    # --- market data ---------------------------------------------------------------------------------
    def entry_of_pair(self, response, id_, method):
        # The entry of pair id in an answer keyed by pair.
        entry = self.safe_value(response, id_)
        if entry is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " "
                        + js.to_str(method)
                        + " () got an answer without the pair "
                        + js.to_str(id_)
                        + ": "
                    )
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return entry

    def parse_ticker(self, ticker, market=None):
        # { high, low, avg, vol (the volume in the quote currency), vol_cur (in the base currency), last, buy,
        # sell, updated (s, the last update of the cache) }. Which of buy and sell is the best bid is
        # options['tickerSides'] (describe () says why).
        market = self.safe_market(None, market)
        sides = self.safe_dict(self.options, "tickerSides", {})
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_timestamp(ticker, "updated"),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            bid=self.safe_string(ticker, self.safe_string(sides, "bid", "sell")),
            ask=self.safe_string(ticker, self.safe_string(sides, "ask", "buy")),
            last=self.safe_string(ticker, "last"),
            average=self.safe_string(ticker, "avg"),
            base_volume=self.safe_string(ticker, "vol_cur"),
            quote_volume=self.safe_string(ticker, "vol"),
            info=ticker,
            market=market,
        )

    def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        # ticker/{pair}: { eth_btc: { ... } }.
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_ticker_pair(self.extend({"pair": js.get(market, "id")}, params))
        ticker = self.entry_of_pair(response, js.get(market, "id"), "fetchTicker")
        return self.parse_ticker(ticker, market)

    def pair_listings(self, ids):
        # The hyphenated listings of ids, each within options['maxPairListLength'] characters.
        most = self.safe_integer(self.options, "maxPairListLength")
        listings = []
        current = ""
        i = 0
        while True:
            if not js.less(i, js.length(ids)):
                break
            id_ = js.get(ids, i)
            if js.greater(js.length(current), 0) and js.greater(
                js.add(js.add(js.length(current), 1), js.length(id_)), most
            ):
                listings.append(current)
                current = ""
            current = (
                js.bounded_text(js.to_str(current) + "-" + js.to_str(id_))
                if js.greater(js.length(current), 0)
                else id_
            )
            i += 1
        if js.greater(js.length(current), 0):
            listings.append(current)
        return listings

    def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # ticker/{pair-pair-...}: { eth_btc: { ... }, ltc_btc: { ... } }. Without symbols every pair is asked for,
        # with ignore_invalid=1 so that a pair disabled since the markets were loaded does not fail the request.
        self.load_markets()
        ids = []
        request = {}
        if symbols is None:
            ids = self.ids
            request["ignore_invalid"] = 1
        else:
            ids = self.market_ids(symbols)
        listings = self.pair_listings(ids)
        request = self.extend(request, params)
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(listings)):
                break
            response = self.public_get_ticker_pair(self.extend({"pair": js.get(listings, i)}, request))
            if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
                raise BadResponse(
                    js.bounded_text(
                        js.bounded_text(js.to_str(self.id) + " sent a ticker answer that is no dictionary: ")
                        + js.to_str(self.excerpt(self.json(response)))
                    )
                )
            keys = js.keys(response)
            j = 0
            while True:
                if not (j < len(keys)):
                    break
                if self.safe_value(self.marketsById, keys[j]) is None:
                    # a pair listed since the markets were loaded
                    j += 1
                    continue
                ticker = self.parse_ticker(self.safe_dict(response, keys[j], {}), self.safe_market(keys[j]))
                if (symbols is None) or js.truthy(self.in_array(js.get(ticker, "symbol"), symbols)):
                    js.set_(result, js.get(ticker, "symbol"), ticker)
                j += 1
            i += 1
        return result

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # depth/{pair}?limit: { eth_btc: { asks: [ [ price, amount ] ], bids: [ ... ] } }; limit 150 by default.
        self.load_markets()
        market = self.market(symbol)
        request = {"pair": js.get(market, "id")}
        if limit is not None:
            request["limit"] = js.min_(limit, self.safe_integer(self.options, "maxLimit"))
        response = self.public_get_depth_pair(self.extend(request, params))
        book = self.entry_of_pair(response, js.get(market, "id"), "fetchOrderBook")
        return self.parse_order_book(book, js.get(market, "symbol"))

    def parse_trade(self, trade, market=None):
        # Public (trades/{pair}): { type ('ask' a sell, 'bid' a buy), price, amount, tid, timestamp (s) }.
        # The account's (TradeHistory, keyed by trade id, which fetchMyTrades puts in the trade's id): { pair, type
        # (buy, sell), amount, rate, order_id, is_your_order, timestamp (s) }.
        pair = self.safe_string(trade, "pair")
        market = self.safe_market(pair, market)
        type_ = self.safe_string(trade, "type")
        side = type_
        if type_ == "ask":
            side = "sell"
        elif type_ == "bid":
            side = "buy"
        return self.trade_structure(
            identifier=self.safe_string(trade, "tid"),
            order=self.safe_string(trade, "order_id"),
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_timestamp(trade, "timestamp"),
            kind=None if (pair is None) else "limit",
            side=side,
            price=self.safe_string2(trade, "price", "rate"),
            amount=self.safe_string(trade, "amount"),
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
        # trades/{pair}?limit: { eth_btc: [ trades, newest first ] }; limit 150 by default. No time range.
        self.load_markets()
        market = self.market(symbol)
        request = {"pair": js.get(market, "id")}
        if limit is not None:
            request["limit"] = js.min_(limit, self.safe_integer(self.options, "maxLimit"))
        response = self.public_get_trades_pair(self.extend(request, params))
        trades = self.entry_of_pair(response, js.get(market, "id"), "fetchTrades")
        if not js.is_array(trades):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent trades that are no list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.parse_trades(trades, market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    def return_of(self, response, method):
        # The return of a successful Trade API answer ({ success: 1, return: { ... } }).
        result = self.safe_dict(response, "return")
        if result is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id) + " " + js.to_str(method) + " () got an answer without return: "
                    )
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return result

    def balance_accounts(self, info):
        # The accounts of getInfo's return by currency id: funds is what is available for trading, without what
        # open orders hold. The API reports no amount held by orders, so only free is known.
        funds = self.safe_dict(info, "funds", {})
        accounts = {}
        ids = js.keys(funds)
        i = 0
        while True:
            if not (i < len(ids)):
                break
            account = self.account()
            js.set_(account, "free", self.safe_string(funds, ids[i]))
            js.set_(accounts, ids[i], account)
            i += 1
        return accounts

    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # getInfo: { return: { funds: { usd: 325, btc: 23.998, ... }, rights, transaction_count, open_orders,
        # server_time (s) } }.
        self.load_markets()
        response = self.private_post_get_info(params)
        info = self.return_of(response, "fetchBalance")
        result = {"info": response, "timestamp": self.safe_timestamp(info, "server_time")}
        result["datetime"] = self.iso8601(js.get(result, "timestamp"))
        accounts = self.balance_accounts(info)
        ids = js.keys(accounts)
        i = 0
        while True:
            if not (i < len(ids)):
                break
            js.set_(result, self.safe_currency_code(ids[i]), self.safe_dict(accounts, ids[i]))
            i += 1
        return self.safe_balance(result)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # ActiveOrders: { pair, type (buy, sell), amount (what is left), rate, timestamp_created (s), status };
        # OrderInfo: the same with start_amount (the amount ordered). Both are keyed by order id, which the callers
        # put in the order's id. ActiveOrders lists open orders only (its status is always 0).
        pair = self.safe_string(order, "pair")
        market = self.safe_market(pair, market)
        status = self.safe_string(order, "status")
        return self.safe_order(
            {
                "id": self.safe_string(order, "order_id"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.safe_timestamp(order, "timestamp_created"),
                "type": "limit",
                "timeInForce": "GTC",
                "side": self.safe_string(order, "type"),
                "status": self.safe_string(js.get(self.options, "orderStatuses"), status),
                "price": self.safe_string(order, "rate"),
                "amount": self.safe_string(order, "start_amount"),
                "remaining": self.safe_string(order, "amount"),
                "info": order,
            },
            market,
        )

    def orders_by_id(self, orders, market, method):
        # The orders of an answer keyed by order id, each with its id.
        result = []
        ids = js.keys(orders)
        i = 0
        while True:
            if not (i < len(ids)):
                break
            entry = self.safe_dict(orders, ids[i])
            if entry is None:
                raise BadResponse(
                    js.bounded_text(
                        js.bounded_text(
                            js.to_str(self.id)
                            + " "
                            + js.to_str(method)
                            + " () got an order that is no dictionary: "
                        )
                        + js.to_str(ids[i])
                    )
                )
            order = self.parse_order(entry, market)
            js.set_(order, "id", ids[i])
            result.append(order)
            i += 1
        return result

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
        # Trade: pair, type (buy, sell), rate, amount; answers { return: { received (the amount bought or sold at
        # once), remains (the amount left on the book), order_id (0 when the order was filled at once), funds } }.
        # Limit orders only, on the book until filled or canceled.
        self.load_markets()
        market = self.market(symbol)
        if not (type_ == "limit"):
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () supports limit orders only, not "
                    + js.to_str(type_)
                    + " orders: Trade takes a rate"
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
        if (js.get(unified, "timeInForce") is not None) and (not (js.get(unified, "timeInForce") == "GTC")):
            raise NotSupported(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id) + " createOrder () does not support the unified param timeInForce "
                    )
                    + js.to_str(js.get(unified, "timeInForce"))
                    + ": orders stay on the book until they are filled or canceled (GTC)"
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
        request = {
            "pair": js.get(market, "id"),
            "type": side,
            "rate": self.price_to_precision(symbol, price),
            "amount": self.amount_to_precision(symbol, amount),
        }
        response = self.private_post_trade(self.extend(request, rest))
        result = self.return_of(response, "createOrder")
        remains = self.safe_string(result, "remains")
        status = None
        if remains is not None:
            status = "closed" if Precise.string_eq(remains, "0") else "open"
        return self.safe_order(
            {
                "id": self.safe_string(result, "order_id"),
                "symbol": js.get(market, "symbol"),
                "type": "limit",
                "side": side,
                "timeInForce": "GTC",
                "status": status,
                "price": js.get(request, "rate"),
                "amount": js.get(request, "amount"),
                "filled": self.safe_string(result, "received"),
                "remaining": remains,
                "info": response,
            },
            market,
        )

    def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # CancelOrder: order_id; answers { return: { order_id, funds } }.
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = self.private_post_cancel_order(self.extend({"order_id": id_}, params))
        result = self.return_of(response, "cancelOrder")
        return self.safe_order(
            {
                "id": self.safe_string(result, "order_id"),
                "symbol": None if (market is None) else js.get(market, "symbol"),
                "status": "canceled",
                "info": response,
            },
            market,
        )

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        # OrderInfo: order_id; answers { return: { <order id>: { ... } } }.
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = self.private_post_order_info(self.extend({"order_id": id_}, params))
        orders = self.orders_by_id(self.return_of(response, "fetchOrder"), market, "fetchOrder")
        if not js.strict_equal(js.length(orders), 1):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " fetchOrder () got an OrderInfo answer without exactly one order: "
                    )
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return js.get(orders, 0)

    def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # ActiveOrders: pair (optional: all pairs without it); answers { return: { <order id>: { ... } } }. With no
        # open order the API answers the error "no orders", which handleErrors lets through as an empty list.
        self.load_markets()
        market = None
        request = {}
        if symbol is not None:
            market = self.market(symbol)
            request["pair"] = js.get(market, "id")
        response = self.private_post_active_orders(self.extend(request, params))
        orders = self.orders_by_id(self.safe_dict(response, "return", {}), market, "fetchOpenOrders")
        market_symbol = None if (market is None) else js.get(market, "symbol")
        return self.filter_by_symbol_since_limit(
            self.sort_by(orders, "timestamp"), market_symbol, since, limit
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
        # TradeHistory: pair (all pairs without it), count (1000 by default), order (ASC, or DESC the default),
        # since and end (UNIX time, s; with either the order is ASC), also from, from_id, end_id; answers { return:
        # { <trade id>: { ... } } }. With no trade the API answers the error "no trades": an empty list.
        self.load_markets()
        market = None
        request = {}
        if symbol is not None:
            market = self.market(symbol)
            request["pair"] = js.get(market, "id")
        if limit is not None:
            request["count"] = limit
        if since is not None:
            # the docs name since in seconds; a trade of the second since falls in, filterBySinceLimit drops it
            request["since"] = self.integer_of(js.divide(since, 1000))
            request["order"] = "ASC"
        until = self.safe_integer(params, "until")
        if until is not None:
            request["end"] = self.integer_of(js.divide(until, 1000))
            request["order"] = "ASC"
        response = self.private_post_trade_history(self.extend(request, self.omit(params, "until")))
        trades = self.safe_dict(response, "return", {})
        result = []
        ids = js.keys(trades)
        i = 0
        while True:
            if not (i < len(ids)):
                break
            entry = self.safe_dict(trades, ids[i])
            if entry is None:
                raise BadResponse(
                    js.bounded_text(
                        js.bounded_text(
                            js.to_str(self.id) + " fetchMyTrades () got a trade that is no dictionary: "
                        )
                        + js.to_str(ids[i])
                    )
                )
            trade = self.parse_trade(entry, market)
            js.set_(trade, "id", ids[i])
            result.append(trade)
            i += 1
        market_symbol = None if (market is None) else js.get(market, "symbol")
        return self.filter_by_symbol_since_limit(
            self.sort_by(result, "timestamp"), market_symbol, since, limit
        )

    # --- transport -----------------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # Trade API: POST /tapi, body method=<path>&nonce=<n>&<params>, headers Key and Sign (the hex HMAC-SHA512 of
        # the body with the secret).
        if api == "public":
            return super().sign(path, api, method, params, headers, body)
        self.check_required_credentials()
        if js.has(params, "method") or js.has(params, "nonce"):
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(path)
                    + " takes no parameter method or nonce: the request is signed with its own"
                )
            )
        body = self.urlencode(self.extend({"method": path, "nonce": self.nonce()}, params))
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Key": self.apiKey,
            "Sign": self.hmac(self.encode(body), self.encode(self.secret), "sha512"),
        }
        return {
            "url": js.get(js.get(self.urls, "api"), "private"),
            "method": method,
            "body": body,
            "headers": headers,
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
        # { success: 0, error: '<text>' }, from the public and the Trade API alike. "no orders" (ActiveOrders) and
        # "no trades" (TradeHistory) are how the API says that a list is empty: the methods read them so.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return None
        success = self.safe_string(response, "success")
        message = self.safe_string(response, "error")
        if (not (success == "0")) and (not ((success is None) and (message is not None))):
            return None
        if (message == "no orders") or (message == "no trades"):
            return None
        feedback = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " ") + js.to_str(self.excerpt(response_body))
        )
        if message is not None:
            self.throw_broadly_matched_exception(
                js.get(self.exceptions, "broad"), js.lower(message), feedback
            )
        raise ExchangeError(feedback)
