# Generated from js/bitflyer.js by exkit: do not edit. Change the source and run `python build.py`.
from typing import Any

from exchangekit.base.exchange import Exchange
from exchangekit.base.precise import Precise
from exchangekit.base.errors import (
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
    InsufficientFunds,
    InvalidOrder,
    NotSupported,
    OrderNotFound,
)
from exchangekit.base import js
from exchangekit.base.types import (
    Balances,
    DepositAddress,
    LedgerEntry,
    Market,
    Order,
    OrderBook,
    Status,
    Ticker,
    Trade,
    TradingFee,
    Transaction,
)


class bitflyer(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "bitflyer",
                "name": "bitFlyer",
                "countries": ["JP"],
                "version": "v1",
                "rateLimit": 600,
                "has": {
                    "fetchMarkets": True,
                    "fetchCurrencies": False,
                    "fetchTicker": True,
                    "fetchTickers": False,
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
                    "fetchMyTrades": True,
                    "fetchDeposits": True,
                    "fetchWithdrawals": True,
                    "fetchTransactions": True,
                    "fetchLedger": True,
                    "fetchDepositAddress": True,
                    "withdraw": False,
                    "fetchTime": False,
                    "fetchStatus": True,
                    "fetchTradingFees": True,
                    "cancelAllOrders": True,
                    "fetchOrderTrades": True,
                    "fetchTradingFee": True,
                    "fetchDepositAddresses": True,
                    "createDepositAddress": False,
                    "fetchDepositWithdrawFees": False,
                    "transfer": False,
                    "createMarketBuyOrderWithCost": False,
                },
                "urls": {
                    "api": "https://api.bitflyer.com",
                    "www": "https://bitflyer.com",
                    "doc": "https://lightning.bitflyer.com/docs?lang=en",
                    "fees": "https://bitflyer.com/en-jp/commission",
                },
                "api": {
                    "public": {
                        "get": {
                            "getmarkets": 1,
                            "getmarkets/usa": 1,
                            "getmarkets/eu": 1,
                            "markets": 1,
                            "markets/usa": 1,
                            "markets/eu": 1,
                            "getboard": 1,
                            "board": 1,
                            "getticker": 1,
                            "ticker": 1,
                            "getexecutions": 1,
                            "executions": 1,
                            "getboardstate": 1,
                            "gethealth": 1,
                            "getchats": 1,
                            "getchats/usa": 1,
                            "getchats/eu": 1,
                            "getfundingrate": 1,
                            "getcorporateleverage": 1,
                        }
                    },
                    "private": {
                        "get": {
                            "me/getpermissions": 1,
                            "me/getbalance": 1,
                            "me/getcollateral": 1,
                            "me/getcollateralaccounts": 1,
                            "me/getaddresses": 1,
                            "me/getcoinins": 1,
                            "me/getcoinouts": 1,
                            "me/getbankaccounts": 1,
                            "me/getdeposits": 1,
                            "me/getwithdrawals": 1,
                            "me/getchildorders": 1,
                            "me/getparentorders": 1,
                            "me/getparentorder": 1,
                            "me/getexecutions": 1,
                            "me/getbalancehistory": 1,
                            "me/getpositions": 1,
                            "me/getcollateralhistory": 1,
                            "me/gettradingcommission": 1,
                        },
                        "post": {
                            "me/sendchildorder": 1.67,
                            "me/cancelchildorder": 1,
                            "me/sendparentorder": 1.67,
                            "me/cancelparentorder": 1,
                            "me/cancelallchildorders": 1.67,
                            "me/withdraw": 1,
                        },
                    },
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {
                    "trading": {"tierBased": True, "percentage": True, "maker": 0.0015, "taker": 0.0015}
                },
                "options": {
                    "fiatCurrencies": ["JPY", "USD", "EUR"],
                    "transactionStatuses": {"PENDING": "pending", "COMPLETED": "ok"},
                    "orderStatuses": {
                        "ACTIVE": "open",
                        "COMPLETED": "closed",
                        "CANCELED": "canceled",
                        "EXPIRED": "expired",
                        "REJECTED": "rejected",
                    },
                    "healthStatuses": {
                        "NORMAL": "ok",
                        "BUSY": "ok",
                        "VERY BUSY": "ok",
                        "SUPER BUSY": "ok",
                        "NO ORDER": "maintenance",
                        "STOP": "maintenance",
                    },
                },
                "exceptions": {
                    "exact": {"-200": InsufficientFunds, "-500": AuthenticationError},
                    "broad": {
                        "Insufficient funds": InsufficientFunds,
                        "Invalid signature": AuthenticationError,
                    },
                },
            },
        )

    # --- markets -------------------------------------------------------------------------------------
    def is_spot_market(self, entry):
        # market_type is 'Spot', 'FX' (Crypto CFD) or 'Futures'; an entry without it is spot when its code is
        # BASE_QUOTE (FX_BTC_JPY and dated futures like BTCJPY28MAR2025 are not).
        market_type = self.safe_string(entry, "market_type")
        if market_type is not None:
            return market_type == "Spot"
        code = self.safe_string(entry, "product_code", "")
        return (len(js.split(code, "_")) == 2) and (not code.startswith("FX"))

    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # getmarkets: [ { product_code: 'BTC_JPY', market_type: 'Spot' }, { product_code: 'FX_BTC_JPY',
        # market_type: 'FX' }, { product_code: 'BTCJPY28MAR2025', alias: 'BTCJPY_MAT3M', market_type: 'Futures' } ].
        # It states no tick sizes or limits, so precision and limits stay unknown.
        response = self.public_get_getmarkets(params)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            if not js.truthy(self.is_spot_market(entry)):
                i += 1
                continue
            id_ = self.safe_string(entry, "product_code")
            parts = js.split(id_, "_")
            base_id = js.get(parts, 0)
            quote_id = js.get(parts, 1)
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
                    precision={},
                    limits={
                        "amount": {"min": None, "max": None},
                        "price": {"min": None, "max": None},
                        "cost": {"min": None, "max": None},
                    },
                    info=entry,
                )
            )
            i += 1
        return result

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # getticker: { product_code, state, timestamp (UTC, no zone), tick_id, best_bid, best_ask, best_bid_size,
        # best_ask_size, total_bid_depth, total_ask_depth, ltp (last traded price), volume,
        # volume_by_product (the product's 24-hour volume in the base currency) }.
        market = self.safe_market(self.safe_string(ticker, "product_code"), market)
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            timestamp=self.parse8601(self.safe_string(ticker, "timestamp")),
            bid=self.safe_string(ticker, "best_bid"),
            bid_volume=self.safe_string(ticker, "best_bid_size"),
            ask=self.safe_string(ticker, "best_ask"),
            ask_volume=self.safe_string(ticker, "best_ask_size"),
            last=self.safe_string(ticker, "ltp"),
            base_volume=self.safe_string(ticker, "volume_by_product"),
            info=ticker,
            market=market,
        )

    def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_getticker(self.extend({"product_code": js.get(market, "id")}, params))
        return self.parse_ticker(response, market)

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # getboard: { mid_price, bids: [ { price, size } ], asks: [ { price, size } ] }, the whole book, no time.
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_getboard(self.extend({"product_code": js.get(market, "id")}, params))
        book = self.parse_order_book(
            response, js.get(market, "symbol"), None, "bids", "asks", "price", "size"
        )
        if limit is not None:
            js.set_(book, "bids", js.slice_(js.get(book, "bids"), 0, limit))
            js.set_(book, "asks", js.slice_(js.get(book, "asks"), 0, limit))
        return book

    def parse_side(self, side):
        # BUY and SELL; an empty side marks a trade of the opening auction (itayose), which has none.
        if side == "BUY":
            return "buy"
        if side == "SELL":
            return "sell"
        return None

    def parse_trade(self, trade, market=None):
        # getexecutions: { id, side (the taker's), price, size, exec_date, buy_child_order_acceptance_id,
        # sell_child_order_acceptance_id }. me/getexecutions: { id, child_order_id, side (the account's),
        # price, size, commission (in the base currency), exec_date, child_order_acceptance_id }.
        fee = None
        commission = self.safe_string(trade, "commission")
        if (commission is not None) and (market is not None):
            fee = {"cost": commission, "currency": js.get(market, "base")}
        return self.trade_structure(
            identifier=self.safe_string(trade, "id"),
            order=self.safe_string(trade, "child_order_acceptance_id"),
            symbol=self.safe_symbol(None, market),
            timestamp=self.parse8601(self.safe_string(trade, "exec_date")),
            side=self.parse_side(self.safe_string(trade, "side")),
            price=self.safe_string(trade, "price"),
            amount=self.safe_string(trade, "size"),
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
        # The latest executions, newest first (count, before and after page by id); since filters them.
        self.load_markets()
        market = self.market(symbol)
        request = {"product_code": js.get(market, "id")}
        if limit is not None:
            request["count"] = limit
        response = self.public_get_getexecutions(self.extend(request, params))
        return self.parse_trades(response, market, since, limit)

    def fetch_status(self, params: dict[str, Any] | None = None) -> Status:
        if params is None:
            params = {}
        # gethealth: { status } of one product (BTC_JPY unless product_code says otherwise).
        response = self.public_get_gethealth(params)
        health = self.safe_string(response, "status")
        return {
            "status": self.safe_string(js.get(self.options, "healthStatuses"), health, "error"),
            "updated": None,
            "eta": None,
            "url": None,
            "info": response,
        }

    # --- account -------------------------------------------------------------------------------------
    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # me/getbalance: [ { currency_code, amount (total), available (free) } ].
        self.load_markets()
        response = self.private_get_me_getbalance(params)
        result = {"info": response}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            account = self.account()
            js.set_(account, "total", self.safe_string(entry, "amount"))
            js.set_(account, "free", self.safe_string(entry, "available"))
            js.set_(result, self.safe_currency_code(self.safe_string(entry, "currency_code")), account)
            i += 1
        return self.safe_balance(result)

    def fetch_trading_fee(self, symbol: str, params: dict[str, Any] | None = None) -> TradingFee:
        if params is None:
            params = {}
        # me/gettradingcommission: { commission_rate } of one product, a fraction, for makers and takers alike.
        self.load_markets()
        market = self.market(symbol)
        response = self.private_get_me_gettradingcommission(
            self.extend({"product_code": js.get(market, "id")}, params)
        )
        rate = self.safe_number(response, "commission_rate")
        return {"symbol": js.get(market, "symbol"), "maker": rate, "taker": rate, "info": response}

    def fetch_trading_fees(self, params: dict[str, Any] | None = None) -> dict[str, TradingFee]:
        if params is None:
            params = {}
        # The endpoint reports one product a request: one request per spot market.
        self.load_markets()
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(self.symbols)):
                break
            symbol = js.get(self.symbols, i)
            js.set_(result, symbol, self.fetch_trading_fee(symbol, params))
            i += 1
        return result

    # --- orders --------------------------------------------------------------------------------------
    def require_symbol(self, symbol, method):
        # Every order endpoint takes a product_code.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () requires a symbol: bitFlyer lists and cancels orders per product_code"
                )
            )
        return self.market(symbol)

    def reject_until(self, params, method):
        # The list endpoints page by id (before, after) and take no time range.
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () does not support the unified param until: bitFlyer pages by id only"
                )
            )

    def parse_order(self, order, market=None):
        # me/getchildorders: { id, child_order_id, product_code, side, child_order_type: 'LIMIT' or 'MARKET',
        # price, average_price, size, child_order_state, expire_date, child_order_date,
        # child_order_acceptance_id, outstanding_size, cancel_size, executed_size, total_commission,
        # time_in_force }. The unified id is child_order_acceptance_id: the only id sendchildorder returns,
        # and the one cancelchildorder, getchildorders and getexecutions all take.
        market = self.safe_market(self.safe_string(order, "product_code"), market)
        order_type = self.safe_string_lower(order, "child_order_type")
        fee = None
        commission = self.safe_string(order, "total_commission")
        if commission is not None:
            fee = {"cost": commission, "currency": js.get(market, "base")}
        state = self.safe_string(order, "child_order_state")
        # average_price is 0 until the order executes.
        executed = self.safe_string(order, "executed_size")
        unfilled = (executed is None) or Precise.string_eq(executed, "0")
        average = None if unfilled else self.safe_string(order, "average_price")
        return self.safe_order(
            {
                "id": self.safe_string(order, "child_order_acceptance_id"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.parse8601(self.safe_string(order, "child_order_date")),
                "status": self.safe_string(js.get(self.options, "orderStatuses"), state, state),
                "type": order_type,
                "timeInForce": self.safe_string(order, "time_in_force"),
                "side": self.parse_side(self.safe_string(order, "side")),
                "price": None if (order_type == "market") else self.safe_string(order, "price"),
                "average": average,
                "amount": self.safe_string(order, "size"),
                "filled": executed,
                "remaining": self.safe_string(order, "outstanding_size"),
                "fee": fee,
                "info": order,
            },
            market,
        )

    def order_number(self, text):
        # sendchildorder and sendparentorder take price and size as JSON numbers.
        return js.parse_float(text)

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
        # me/sendchildorder: { product_code, child_order_type LIMIT or MARKET, side BUY or SELL, price (limit
        # orders), size, minute_to_expire, time_in_force GTC, IOC or FOK } -> { child_order_acceptance_id }.
        # timeInForce maps to time_in_force; triggerPrice and stopLossPrice make a special order (below). The
        # API documents no post-only flag, no client order id (bitFlyer assigns the acceptance id), no
        # quote-sized orders and, on spot, no reduce-only: those params are rejected.
        self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        if js.truthy(js.get(unified, "postOnly")):
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () does not support the unified param postOnly (nor timeInForce PO): bitFlyer documents no post-only orders"
                )
            )
        self.reject_unified_params(
            "createOrder", unified, ["reduceOnly", "clientOrderId", "cost", "takeProfitPrice"]
        )
        if (not (type_ == "limit")) and (not (type_ == "market")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () type must be limit or market, not "
                    + js.to_str(type_)
                )
            )
        if (type_ == "limit") and (price is None):
            raise ArgumentsRequired(
                js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
            )
        if js.get(unified, "trigger") is not None:
            return self.create_stop_order(market, type_, side, amount, price, unified, rest)
        request = {
            "product_code": js.get(market, "id"),
            "child_order_type": js.upper(type_),
            "side": js.upper(side),
            "size": self.order_number(self.amount_to_precision(symbol, amount)),
        }
        if type_ == "limit":
            request["price"] = self.order_number(self.price_to_precision(symbol, price))
        if js.get(unified, "timeInForce") is not None:
            request["time_in_force"] = js.get(unified, "timeInForce")
        response = self.private_post_me_sendchildorder(self.extend(request, rest))
        return self.safe_order(
            {
                "id": self.safe_string(response, "child_order_acceptance_id"),
                "symbol": js.get(market, "symbol"),
                "type": type_,
                "side": side,
                "timeInForce": js.get(unified, "timeInForce"),
                "amount": js.get(request, "size"),
                "price": self.safe_string(request, "price"),
                "info": response,
            },
            market,
        )

    def create_stop_order(self, market, type_, side, amount, price, unified, rest):
        # me/sendparentorder with order_method SIMPLE and one parameter of condition_type STOP (a market order
        # once the trigger is reached) or STOP_LIMIT (a limit order at price) -> { parent_order_acceptance_id }.
        # A bitFlyer stop triggers a buy when the price rises to trigger_price and a sell when it falls to it:
        # that is a stop loss (and a plain trigger) but never a take profit, which createOrder rejects.
        symbol = js.get(market, "symbol")
        parameter = {
            "product_code": js.get(market, "id"),
            "condition_type": "STOP_LIMIT" if (type_ == "limit") else "STOP",
            "side": js.upper(side),
            "size": self.order_number(self.amount_to_precision(symbol, amount)),
            "trigger_price": self.order_number(self.price_to_precision(symbol, js.get(unified, "trigger"))),
        }
        if type_ == "limit":
            parameter["price"] = self.order_number(self.price_to_precision(symbol, price))
        request = {"order_method": "SIMPLE", "parameters": [parameter]}
        if js.get(unified, "timeInForce") is not None:
            request["time_in_force"] = js.get(unified, "timeInForce")
        response = self.private_post_me_sendparentorder(self.extend(request, rest))
        return self.safe_order(
            {
                "id": self.safe_string(response, "parent_order_acceptance_id"),
                "symbol": symbol,
                "type": type_,
                "side": side,
                "timeInForce": js.get(unified, "timeInForce"),
                "amount": js.get(parameter, "size"),
                "price": self.safe_string(parameter, "price"),
                "triggerPrice": js.get(parameter, "trigger_price"),
                "stopLossPrice": (
                    js.get(parameter, "trigger_price")
                    if (js.get(unified, "triggerKind") == "stopLossPrice")
                    else None
                ),
                "info": response,
            },
            market,
        )

    def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # me/cancelchildorder { product_code, child_order_acceptance_id } answers HTTP 200 with an empty body.
        # params trigger: true cancels a special order (createOrder with triggerPrice or stopLossPrice) through
        # me/cancelparentorder with its parent_order_acceptance_id.
        self.load_markets()
        market = self.require_symbol(symbol, "cancelOrder")
        trigger = self.safe_bool(params, "trigger", False)
        rest = self.omit(params, "trigger")
        response = None
        if trigger:
            response = self.private_post_me_cancelparentorder(
                self.extend({"product_code": js.get(market, "id"), "parent_order_acceptance_id": id_}, rest)
            )
        else:
            response = self.private_post_me_cancelchildorder(
                self.extend({"product_code": js.get(market, "id"), "child_order_acceptance_id": id_}, rest)
            )
        return self.safe_order(
            {"id": id_, "symbol": js.get(market, "symbol"), "status": "canceled", "info": response}, market
        )

    def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # me/cancelallchildorders { product_code } answers with an empty body: the result is the product's open
        # orders listed just before, now canceled.
        self.load_markets()
        market = self.require_symbol(symbol, "cancelAllOrders")
        open_ = self.fetch_open_orders(js.get(market, "symbol"))
        response = self.private_post_me_cancelallchildorders(
            self.extend({"product_code": js.get(market, "id")}, params)
        )
        return self.canceled_orders(open_, response)

    def fetch_child_orders(self, market, request, params):
        # me/getchildorders of one product, newest first; count, before and after page by id.
        response = self.private_get_me_getchildorders(
            self.extend({"product_code": js.get(market, "id")}, self.extend(request, params))
        )
        return response

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        self.load_markets()
        market = self.require_symbol(symbol, "fetchOrder")
        response = self.fetch_child_orders(market, {"child_order_acceptance_id": id_}, params)
        if js.strict_equal(js.length(response), 0):
            raise OrderNotFound(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id) + " fetchOrder () found no order " + js.to_str(id_) + " in "
                    )
                    + js.to_str(js.get(market, "symbol"))
                )
            )
        return self.parse_order(js.get(response, 0), market)

    def fetch_orders_by_state(self, method, state, symbol, since, limit, params):
        self.reject_until(params, method)
        self.load_markets()
        market = self.require_symbol(symbol, method)
        request = {}
        if state is not None:
            request["child_order_state"] = state
        if limit is not None:
            request["count"] = limit
        response = self.fetch_child_orders(market, request, params)
        return self.parse_orders(response, market, since, limit)

    def fetch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        return self.fetch_orders_by_state("fetchOrders", None, symbol, since, limit, params)

    def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        return self.fetch_orders_by_state("fetchOpenOrders", "ACTIVE", symbol, since, limit, params)

    def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # child_order_state takes one state, and closed orders are COMPLETED, CANCELED, EXPIRED or REJECTED: the
        # latest orders of every state are listed (count is not sent, so that limit counts closed ones only) and
        # the open ones left out.
        self.reject_until(params, "fetchClosedOrders")
        self.load_markets()
        market = self.require_symbol(symbol, "fetchClosedOrders")
        response = self.fetch_child_orders(market, {}, params)
        orders = self.parse_orders(response, market)
        closed = []
        i = 0
        while True:
            if not js.less(i, js.length(orders)):
                break
            if not (js.get(js.get(orders, i), "status") == "open"):
                closed.append(js.get(orders, i))
            i += 1
        return self.filter_by_since_limit(closed, since, limit)

    def fetch_executions(self, market, request, since, limit, params):
        # me/getexecutions of one product, newest first.
        if limit is not None:
            js.set_(request, "count", limit)
        response = self.private_get_me_getexecutions(
            self.extend({"product_code": js.get(market, "id")}, self.extend(request, params))
        )
        return self.parse_trades(response, market, since, limit)

    def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        self.reject_until(params, "fetchMyTrades")
        self.load_markets()
        market = self.require_symbol(symbol, "fetchMyTrades")
        return self.fetch_executions(market, {}, since, limit, params)

    def fetch_order_trades(
        self,
        id_: str,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # me/getexecutions takes the order's child_order_acceptance_id (the unified order id).
        self.load_markets()
        market = self.require_symbol(symbol, "fetchOrderTrades")
        return self.fetch_executions(market, {"child_order_acceptance_id": id_}, since, limit, params)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # me/getcoinins: { id, order_id, currency_code, amount, address, tx_hash, status, event_date }.
        # me/getcoinouts adds fee and additional_fee (both in the currency). me/getdeposits and
        # me/getwithdrawals (fiat): { id, order_id, currency_code, amount, status, event_date }. The order_id
        # prefix says which: MDP/CDP deposits, MWD/CWD withdrawals.
        code = self.safe_currency_code(self.safe_string(transaction, "currency_code"), currency)
        order_id = self.safe_string(transaction, "order_id", "")
        type_ = None
        if order_id.startswith("CDP") or order_id.startswith("MDP"):
            type_ = "deposit"
        elif order_id.startswith("CWD") or order_id.startswith("MWD"):
            type_ = "withdrawal"
        fee = None
        fee_cost = self.safe_string(transaction, "fee")
        if fee_cost is not None:
            additional = self.safe_string(transaction, "additional_fee", "0")
            fee = {"cost": Precise.string_add(fee_cost, additional), "currency": code}
        status = self.safe_string(transaction, "status")
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "id"),
                "txid": self.safe_string(transaction, "tx_hash"),
                "timestamp": self.parse8601(self.safe_string(transaction, "event_date")),
                "address": self.safe_string(transaction, "address"),
                "type": type_,
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(js.get(self.options, "transactionStatuses"), status, status),
                "fee": fee,
                "info": transaction,
            },
            currency,
        )

    def list_transfers(self, type_, fiat, request, currency):
        # Crypto from me/getcoinins or me/getcoinouts, fiat from me/getdeposits or me/getwithdrawals: every
        # currency's, newest first; the entries carry no type of their own, the endpoint says it.
        response = None
        if type_ == "deposit":
            response = (
                self.private_get_me_getdeposits(request)
                if js.truthy(fiat)
                else self.private_get_me_getcoinins(request)
            )
        else:
            response = (
                self.private_get_me_getwithdrawals(request)
                if js.truthy(fiat)
                else self.private_get_me_getcoinouts(request)
            )
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            result.append(self.extend(self.parse_transaction(js.get(response, i), currency), {"type": type_}))
            i += 1
        return result

    def fetch_transfers(self, types, method, code, since, limit, params):
        # A fiat code (JPY, USD, EUR) lists the cash endpoints, any other code or none the crypto ones. The
        # endpoints take no currency: count (limit) is sent only when no code has to be filtered out after.
        self.reject_until(params, method)
        self.load_markets()
        currency = None
        fiat = False
        if code is not None:
            currency = self.currency(code)
            fiat = self.in_array(js.get(currency, "code"), js.get(self.options, "fiatCurrencies"))
        request = {}
        if (limit is not None) and ((code is None) or js.truthy(fiat)):
            request["count"] = limit
        transactions = []
        i = 0
        while True:
            if not js.less(i, js.length(types)):
                break
            listed = self.list_transfers(js.get(types, i), fiat, self.extend(request, params), currency)
            transactions = self.array_concat(transactions, listed)
            i += 1
        return self.filter_by_currency_since_limit(
            self.sort_by(transactions, "timestamp"), code, since, limit
        )

    def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.fetch_transfers(["deposit"], "fetchDeposits", code, since, limit, params)

    def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.fetch_transfers(["withdrawal"], "fetchWithdrawals", code, since, limit, params)

    def fetch_transactions(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        # Two requests: the deposits, then the withdrawals.
        return self.fetch_transfers(
            ["deposit", "withdrawal"], "fetchTransactions", code, since, limit, params
        )

    def parse_ledger_type(self, type_):
        # trade_type: BUY, SELL, DEPOSIT, WITHDRAW, FEE, POST_COLL and CANCEL_COLL (collateral moves), PAYMENT,
        # TRANSFER.
        types = {
            "BUY": "trade",
            "SELL": "trade",
            "DEPOSIT": "transaction",
            "WITHDRAW": "transaction",
            "FEE": "fee",
            "POST_COLL": "transfer",
            "CANCEL_COLL": "transfer",
            "PAYMENT": "payment",
            "TRANSFER": "transfer",
        }
        return self.safe_string(types, type_, type_)

    def parse_ledger_entry(self, item, currency=None):
        # me/getbalancehistory: { id, trade_date, event_date, product_code, currency_code, trade_type, price,
        # amount (signed change of the balance), quantity, commission, balance (after it), order_id }.
        amount = self.safe_string(item, "amount")
        after = self.safe_string(item, "balance")
        direction = None
        before = None
        if amount is not None:
            direction = "out" if Precise.string_lt(amount, "0") else "in"
            if after is not None:
                before = Precise.string_sub(after, amount)
        return self.safe_ledger_entry(
            {
                "id": self.safe_string(item, "id"),
                "timestamp": self.parse8601(self.safe_string(item, "event_date")),
                "direction": direction,
                "referenceId": self.safe_string(item, "order_id"),
                "type": self.parse_ledger_type(self.safe_string(item, "trade_type")),
                "currency": self.safe_currency_code(self.safe_string(item, "currency_code"), currency),
                "amount": None if (amount is None) else Precise.string_abs(amount),
                "before": before,
                "after": after,
                "status": "ok",
                "info": item,
            },
            currency,
        )

    def fetch_ledger(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[LedgerEntry]:
        if params is None:
            params = {}
        # me/getbalancehistory lists one currency (currency_code), newest first, paged by id with count.
        if code is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchLedger () requires a currency code: the balance history is listed per currency"
                )
            )
        self.reject_until(params, "fetchLedger")
        self.load_markets()
        currency = self.currency(code)
        request = {"currency_code": js.get(currency, "id")}
        if limit is not None:
            request["count"] = limit
        response = self.private_get_me_getbalancehistory(self.extend(request, params))
        return self.parse_ledger(response, currency, since, limit)

    def parse_deposit_address(self, entry):
        # me/getaddresses: { type: 'NORMAL', currency_code, address }; no network or tag.
        return {
            "currency": self.safe_currency_code(self.safe_string(entry, "currency_code")),
            "address": self.safe_string(entry, "address"),
            "tag": None,
            "network": None,
            "info": entry,
        }

    def reject_network(self, params, method):
        # me/getaddresses names no network: one address per currency.
        if self.safe_value(params, "network") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () does not support the unified param network: bitFlyer has one deposit address per currency"
                )
            )

    def fetch_deposit_addresses(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> list[DepositAddress]:
        if params is None:
            params = {}
        self.load_markets()
        response = self.private_get_me_getaddresses(params)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            address = self.parse_deposit_address(js.get(response, i))
            if (codes is None) or js.truthy(self.in_array(js.get(address, "currency"), codes)):
                result.append(address)
            i += 1
        return result

    def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        self.reject_network(params, "fetchDepositAddress")
        self.load_markets()
        currency = self.currency(code)
        addresses = self.fetch_deposit_addresses([js.get(currency, "code")], params)
        if js.strict_equal(js.length(addresses), 0):
            raise BadRequest(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id) + " fetchDepositAddress () found no deposit address for "
                    )
                    + js.to_str(js.get(currency, "code"))
                )
            )
        return js.get(addresses, 0)

    # --- transport -----------------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
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
        if (method == "GET") and (len(js.keys(query)) > 0):
            request_path += js.within(
                request_path, js.within(request_path, "?") + js.to_str(self.urlencode(query))
            )
        url = js.bounded_text(js.to_str(js.get(self.urls, "api")) + request_path)
        if api == "public":
            return {"url": url, "method": method, "body": body, "headers": headers}
        # ACCESS-SIGN: hex HMAC-SHA256 (secret, ACCESS-TIMESTAMP + method + path with query + body). The docs'
        # sample takes the timestamp from Date.now (), in milliseconds.
        self.check_required_credentials()
        timestamp = self.number_to_string(self.milliseconds())
        payload = ""
        headers = {"ACCESS-KEY": self.apiKey, "ACCESS-TIMESTAMP": timestamp}
        if method == "POST":
            # An empty body is written out: PHP would encode an empty dictionary as a list, '[]'.
            body = self.json(query) if (len(js.keys(query)) > 0) else "{}"
            payload = body
            js.set_(headers, "Content-Type", "application/json")
        auth = js.bounded_text(js.to_str(js.add(timestamp, method)) + request_path + js.to_str(payload))
        js.set_(
            headers, "ACCESS-SIGN", self.hmac(self.encode(auth), self.encode(self.secret), "sha256", "hex")
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
        # { "status": <negative code>, "error_message": "...", "data": null } with an HTTP error status: the code,
        # then the message, pick the error class where the maps know them; else the HTTP status does (the base
        # class's httpExceptions: 400 BadRequest, 401 AuthenticationError, 429 RateLimitExceeded, 5xx
        # ExchangeNotAvailable).
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return
        code = self.safe_string(response, "status")
        message = self.safe_string(response, "error_message")
        failed = js.greater_equal(status, 400) or ((code is not None) and js.starts_with(code, "-"))
        if (not failed) or ((code is None) and (message is None)):
            return
        feedback = js.bounded_text(
            js.bounded_text(
                js.bounded_text(js.to_str(self.id) + " " + js.to_str(method) + " " + js.to_str(url) + " ")
                + js.to_str(self.number_to_string(status))
                + " "
            )
            + js.to_str(self.json(response))
        )
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
        if message is not None:
            self.throw_broadly_matched_exception(js.get(self.exceptions, "broad"), message, feedback)
