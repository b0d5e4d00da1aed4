# Generated from js/bitso.js by exkit: do not edit. Change the source and run `python build.py`.
from typing import Any

from exchangekit.base.exchange import Exchange
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
    InvalidNonce,
    InvalidOrder,
    NotSupported,
    OrderNotFound,
    PermissionDenied,
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
    TradingFee,
    Transaction,
)


class bitso(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "bitso",
                "name": "Bitso",
                "countries": ["MX"],
                "version": "v3",
                "rateLimit": 1000,
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
                    "fetchOrders": False,
                    "fetchOpenOrders": True,
                    "fetchClosedOrders": False,
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
                    "fetchOrderTrades": True,
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
                    "api": "https://api.bitso.com",
                    "www": "https://bitso.com",
                    "doc": "https://docs.bitso.com/bitso-api",
                    "fees": "https://bitso.com/fees",
                },
                "api": {
                    "public": {"get": ["available_books/", "ticker/", "order_book/", "trades/"]},
                    "private": {
                        "get": [
                            "account_status/",
                            "balance/",
                            "fees/",
                            "ledger/",
                            "withdrawals/",
                            "fundings/",
                            "user_trades/",
                            "order_trades/{oid}/",
                            "open_orders/",
                            "orders/{oid}/",
                            "funding_destination/",
                        ],
                        "post": ["orders/", "crypto_withdrawal/"],
                        "delete": ["orders/all/", "orders/{oid}/"],
                    },
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": True, "percentage": True}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "orderStatuses": {
                        "queued": "open",
                        "open": "open",
                        "partial-fill": "open",
                        "partially filled": "open",
                        "completed": "closed",
                        "closed": "closed",
                        "cancelled": "canceled",
                    },
                    "timeInForces": {
                        "goodtillcancelled": "GTC",
                        "immediateorcancel": "IOC",
                        "fillorkill": "FOK",
                        "postonly": "PO",
                    },
                    "transactionStatuses": {
                        "pending": "pending",
                        "in_progress": "pending",
                        "processing": "pending",
                        "complete": "ok",
                        "failed": "failed",
                    },
                },
                "exceptions": {
                    "exact": {
                        "0201": AuthenticationError,
                        "0202": PermissionDenied,
                        "0203": AuthenticationError,
                        "0206": InvalidNonce,
                        "0207": InvalidNonce,
                        "0301": BadSymbol,
                        "0303": BadRequest,
                        "0304": BadRequest,
                        "0306": InvalidOrder,
                        "0307": InvalidOrder,
                        "0308": InvalidOrder,
                        "0309": InvalidOrder,
                        "0312": OrderNotFound,
                        "0315": InvalidAddress,
                        "0320": BadRequest,
                        "0326": AuthenticationError,
                        "0330": PermissionDenied,
                        "0356": DuplicateOrderId,
                        "0357": OrderNotFound,
                        "0401": InvalidOrder,
                        "0402": InvalidOrder,
                        "0403": InvalidOrder,
                        "0404": InvalidOrder,
                        "0405": InvalidOrder,
                        "0406": InvalidOrder,
                        "0407": InvalidOrder,
                        "0408": InvalidOrder,
                        "0601": InsufficientFunds,
                        "0602": InsufficientFunds,
                        "0701": PermissionDenied,
                        "0702": PermissionDenied,
                        "0703": PermissionDenied,
                        "0705": AccountSuspended,
                        "0801": RateLimitExceeded,
                        "0802": RateLimitExceeded,
                        "1000": ExchangeNotAvailable,
                        "1001": InvalidOrder,
                    },
                    "broad": {"Not enough": InsufficientFunds},
                },
            },
        )

    # --- markets -------------------------------------------------------------------------------------
    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # available_books/: the order placement limits of each book; tick_size is the price step.
        response = self.public_get_available_books(params)
        books = self.safe_list(response, "payload", [])
        result = []
        i = 0
        while True:
            if not (i < len(books)):
                break
            entry = js.get(books, i)
            id_ = self.safe_string(entry, "book", "")
            parts = js.split(id_, "_")
            if not (len(parts) == 2):
                i += 1
                continue  # not a major_minor book
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
                    type="spot",
                    spot=True,
                    precision={"price": self.safe_number(entry, "tick_size")},
                    limits={
                        "amount": {
                            "min": self.safe_number(entry, "minimum_amount"),
                            "max": self.safe_number(entry, "maximum_amount"),
                        },
                        "price": {
                            "min": self.safe_number(entry, "minimum_price"),
                            "max": self.safe_number(entry, "maximum_price"),
                        },
                        "cost": {
                            "min": self.safe_number(entry, "minimum_value"),
                            "max": self.safe_number(entry, "maximum_value"),
                        },
                    },
                    info=entry,
                )
            )
            i += 1
        return result

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # volume, high, low and vwap cover the last 24 hours; change_24 is the price change over them.
        return self.ticker_structure(
            symbol=self.safe_symbol(self.safe_string(ticker, "book"), market),
            timestamp=self.parse8601(self.safe_string(ticker, "created_at")),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            bid=self.safe_string(ticker, "bid"),
            ask=self.safe_string(ticker, "ask"),
            vwap=self.safe_string(ticker, "vwap"),
            last=self.safe_string(ticker, "last"),
            change=self.safe_string(ticker, "change_24"),
            base_volume=self.safe_string(ticker, "volume"),
            info=ticker,
            market=market,
        )

    def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_ticker(self.extend({"book": js.get(market, "id")}, params))
        return self.parse_ticker(self.safe_dict(response, "payload", {}), market)

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # Aggregated by price (the default): the best 50 levels a side, each { book, price, amount }.
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_order_book(self.extend({"book": js.get(market, "id")}, params))
        payload = self.safe_dict(response, "payload", {})
        book = self.parse_order_book(
            payload,
            js.get(market, "symbol"),
            self.parse8601(self.safe_string(payload, "updated_at")),
            "bids",
            "asks",
            "price",
            "amount",
        )
        js.set_(book, "nonce", self.safe_integer(payload, "sequence"))
        if limit is not None:
            js.set_(book, "bids", js.slice_(js.get(book, "bids"), 0, limit))
            js.set_(book, "asks", js.slice_(js.get(book, "asks"), 0, limit))
        return book

    def parse_trade(self, trade, market=None):
        # Public trades (trades/): { book, created_at, amount, maker_side, price, tid }; the taker took the
        # other side. The account's trades (user_trades/, order_trades/): { book, major, minor (signed: what
        # the balance gained or lost), fees_amount (negative: charged), fees_currency, price, tid, oid,
        # origin_id, side (the account's) }.
        market = self.safe_market(self.safe_string(trade, "book"), market)
        maker_side = self.safe_string(trade, "maker_side")
        side = self.safe_string(trade, "side")
        taker_or_maker = None
        if side is None:
            if maker_side == "buy":
                side = "sell"
            elif maker_side == "sell":
                side = "buy"
        elif maker_side is not None:
            taker_or_maker = "maker" if js.strict_equal(side, maker_side) else "taker"
        major = self.safe_string(trade, "major")
        minor = self.safe_string(trade, "minor")
        fee = None
        fee_amount = self.safe_string(trade, "fees_amount")
        if fee_amount is not None:
            fee = {
                "cost": Precise.string_neg(fee_amount),
                "currency": self.safe_currency_code(self.safe_string(trade, "fees_currency")),
            }
        return self.trade_structure(
            identifier=self.safe_string(trade, "tid"),
            order=self.safe_string(trade, "oid"),
            symbol=js.get(market, "symbol"),
            timestamp=self.parse8601(self.safe_string(trade, "created_at")),
            side=side,
            taker_or_maker=taker_or_maker,
            price=self.safe_string(trade, "price"),
            amount=self.safe_string(trade, "amount") if (major is None) else Precise.string_abs(major),
            cost=None if (minor is None) else Precise.string_abs(minor),
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
        # The latest trades first, 25 by default and 100 at most; the API takes no start time.
        self.load_markets()
        market = self.market(symbol)
        request = {"book": js.get(market, "id")}
        if limit is not None:
            request["limit"] = js.min_(limit, 100)
        response = self.public_get_trades(self.extend(request, params))
        return self.parse_trades(self.safe_list(response, "payload", []), market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        self.load_markets()
        response = self.private_get_balance(params)
        payload = self.safe_dict(response, "payload", {})
        balances = self.safe_list(payload, "balances", [])
        result = {"info": response}
        i = 0
        while True:
            if not (i < len(balances)):
                break
            entry = js.get(balances, i)
            code = self.safe_currency_code(self.safe_string(entry, "currency"))
            if code is None:
                i += 1
                continue  # no currency to file it under
            account = self.account()
            js.set_(account, "free", self.safe_string(entry, "available"))
            js.set_(account, "used", self.safe_string(entry, "locked"))
            js.set_(account, "total", self.safe_string(entry, "total"))
            js.set_(result, code, account)
            i += 1
        return self.safe_balance(result)

    def fetch_trading_fees(self, params: dict[str, Any] | None = None) -> dict[str, TradingFee]:
        if params is None:
            params = {}
        # fees/: the account's maker and taker fees per book, as decimals (taker_fee_decimal) and percentages.
        self.load_markets()
        response = self.private_get_fees(params)
        payload = self.safe_dict(response, "payload", {})
        fees = self.safe_list(payload, "fees", [])
        result = {}
        i = 0
        while True:
            if not (i < len(fees)):
                break
            entry = js.get(fees, i)
            symbol = self.safe_symbol(self.safe_string(entry, "book"))
            if symbol is None:
                i += 1
                continue  # no book to file it under
            js.set_(
                result,
                symbol,
                {
                    "symbol": symbol,
                    "maker": self.safe_number(entry, "maker_fee_decimal"),
                    "taker": self.safe_number(entry, "taker_fee_decimal"),
                    "info": entry,
                },
            )
            i += 1
        return result

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # open_orders/ and orders/{oid}/: { book, original_amount, unfilled_amount, original_value (the minor
        # amount when placed), created_at, updated_at, price, oid, origin_id, side, status, type,
        # time_in_force, stop }.
        market = self.safe_market(self.safe_string(order, "book"), market)
        status = self.safe_string(order, "status")
        time_in_force = self.safe_string(
            js.get(self.options, "timeInForces"), self.safe_string(order, "time_in_force")
        )
        return self.safe_order(
            {
                "id": self.safe_string(order, "oid"),
                "clientOrderId": self.safe_string(order, "origin_id"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.parse8601(self.safe_string(order, "created_at")),
                "lastUpdateTimestamp": self.parse8601(self.safe_string(order, "updated_at")),
                "type": self.safe_string(order, "type"),
                "side": self.safe_string(order, "side"),
                "status": self.safe_string(js.get(self.options, "orderStatuses"), status, status),
                "timeInForce": time_in_force,
                "postOnly": None if (time_in_force is None) else time_in_force == "PO",
                "price": self.safe_string(order, "price"),
                "triggerPrice": self.safe_string(order, "stop"),
                "amount": self.safe_string(order, "original_amount"),
                "remaining": self.safe_string(order, "unfilled_amount"),
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
        # orders/: major (the amount) or minor (the cost of a market buy), price for a limit order, stop for a
        # stop order, time_in_force (goodtillcancelled, immediateorcancel, fillorkill, postonly) for a limit
        # order, origin_id the client's id. Bitso has no reduce-only, stop-loss or take-profit orders.
        self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params("createOrder", unified, ["reduceOnly", "stopLossPrice", "takeProfitPrice"])
        request = {"book": js.get(market, "id"), "side": side, "type": type_}
        if js.get(unified, "cost") is not None:
            if not (side == "buy"):
                raise InvalidOrder(
                    js.bounded_text(js.to_str(self.id) + " createOrder () cost sizes market buys only")
                )
            request["minor"] = self.cost_to_precision(symbol, js.get(unified, "cost"))
        else:
            request["major"] = self.amount_to_precision(symbol, amount)
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["price"] = self.price_to_precision(symbol, price)
        if js.get(unified, "triggerPrice") is not None:
            request["stop"] = self.price_to_precision(symbol, js.get(unified, "triggerPrice"))
        time_in_force = js.get(unified, "timeInForce")
        if js.truthy(js.get(unified, "postOnly")):
            time_in_force = "PO"
        if time_in_force is not None:
            if not (type_ == "limit"):
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () timeInForce applies to limit orders only, not "
                        + js.to_str(type_)
                        + " orders"
                    )
                )
            ids = {
                "GTC": "goodtillcancelled",
                "IOC": "immediateorcancel",
                "FOK": "fillorkill",
                "PO": "postonly",
            }
            request["time_in_force"] = self.safe_string(ids, time_in_force)
        if js.get(unified, "clientOrderId") is not None:
            request["origin_id"] = js.get(unified, "clientOrderId")
        response = self.private_post_orders(self.extend(request, rest))
        # The answer is the new order's id only: { oid }.
        payload = self.safe_dict(response, "payload", {})
        return self.safe_order(
            {
                "id": self.safe_string(payload, "oid"),
                "clientOrderId": js.get(unified, "clientOrderId"),
                "symbol": js.get(market, "symbol"),
                "type": type_,
                "side": side,
                "timeInForce": time_in_force,
                "postOnly": js.get(unified, "postOnly"),
                "price": self.safe_string(request, "price"),
                "triggerPrice": self.safe_string(request, "stop"),
                "amount": self.safe_string(request, "major"),
                "info": payload,
            },
            market,
        )

    def create_market_buy_order_with_cost(
        self, symbol: str, cost: float, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        return self.create_order(symbol, "market", "buy", None, None, self.extend(params, {"cost": cost}))

    def canceled_order_ids(self, response):
        # A cancel answers with the ids of the orders it canceled; one filled, canceled before or unknown is
        # left out.
        ids = self.safe_list(response, "payload", [])
        result = []
        i = 0
        while True:
            if not (i < len(ids)):
                break
            if js.typeof(js.get(ids, i)) == "string":
                result.append(
                    self.safe_order({"id": js.get(ids, i), "status": "canceled", "info": js.get(ids, i)})
                )
            i += 1
        return result

    def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        response = self.private_delete_orders_oid(self.extend({"oid": id_}, params))
        canceled = self.canceled_order_ids(response)
        i = 0
        while True:
            if not js.less(i, js.length(canceled)):
                break
            if (not (js.typeof(id_) == "object")) and js.strict_equal(js.get(js.get(canceled, i), "id"), id_):
                return js.get(canceled, i)
            i += 1
        raise OrderNotFound(
            js.bounded_text(
                js.to_str(self.id)
                + " cancelOrder () did not cancel order "
                + js.to_str(id_)
                + ": it is filled, canceled already or unknown"
            )
        )

    def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # orders/all/ cancels the open orders of every book.
        if symbol is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " cancelAllOrders () cancels the orders of every book: call it without a symbol"
                )
            )
        response = self.private_delete_orders_all(params)
        return self.canceled_order_ids(response)

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        # orders/{oid}/ lists the open and partially filled orders it names (and, for an hour, completed and
        # cancelled ones).
        self.load_markets()
        response = self.private_get_orders_oid(self.extend({"oid": id_}, params))
        orders = self.safe_list(response, "payload", [])
        i = 0
        while True:
            if not (i < len(orders)):
                break
            if js.strict_equal(self.safe_string(js.get(orders, i), "oid"), id_):
                return self.parse_order(js.get(orders, i))
            i += 1
        raise OrderNotFound(
            js.bounded_text(
                js.to_str(self.id) + " fetchOrder () found no open or recent order " + js.to_str(id_)
            )
        )

    def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # open_orders/ of one book, or of all of them; the latest first, 25 by default and 100 at most.
        self.load_markets()
        request = {}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["book"] = js.get(market, "id")
        if limit is not None:
            request["limit"] = js.min_(limit, 100)
        response = self.private_get_open_orders(self.extend(request, params))
        return self.parse_orders(self.safe_list(response, "payload", []), market, since, limit)

    def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # user_trades/ of one book (required); the latest first, 25 by default and 100 at most; no time range.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id) + " fetchMyTrades () requires a symbol: user_trades/ lists one book"
                )
            )
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchMyTrades () does not support the unified param until: user_trades/ takes no time range"
                )
            )
        self.load_markets()
        market = self.market(symbol)
        request = {"book": js.get(market, "id")}
        if limit is not None:
            request["limit"] = js.min_(limit, 100)
        response = self.private_get_user_trades(self.extend(request, params))
        return self.parse_trades(self.safe_list(response, "payload", []), market, since, limit)

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
        self.load_markets()
        response = self.private_get_order_trades_oid(self.extend({"oid": id_}, params))
        return self.parse_trades(self.safe_list(response, "payload", []), None, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # fundings/: { fid, status, created_at, currency, method, amount, details: { funding_address, tx_hash } };
        # withdrawals/ and crypto_withdrawal/: { wid, ..., details: { withdrawal_address, tx_hash } }.
        details = self.safe_dict(transaction, "details", {})
        fid = self.safe_string(transaction, "fid")
        status = self.safe_string(transaction, "status")
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "wid") if (fid is None) else fid,
                "txid": self.safe_string(details, "tx_hash"),
                "timestamp": self.parse8601(self.safe_string(transaction, "created_at")),
                "address": self.safe_string2(details, "funding_address", "withdrawal_address"),
                "type": "withdrawal" if (fid is None) else "deposit",
                "amount": self.safe_string(transaction, "amount"),
                "currency": self.safe_currency_code(self.safe_string(transaction, "currency"), currency),
                "status": self.safe_string(js.get(self.options, "transactionStatuses"), status, status),
                "info": transaction,
            },
            currency,
        )

    def fetch_movements(self, method, code, since, limit, params):
        # fundings/ and withdrawals/: the latest first, 25 by default and 100 at most, of every currency.
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchDeposits () and fetchWithdrawals () do not support the unified param until: the API takes no time range"
                )
            )
        self.load_markets()
        currency = None
        if code is not None:
            currency = self.currency(code)
        request = {}
        if limit is not None:
            request["limit"] = js.min_(limit, 100)
        response = None
        if method == "fundings":
            response = self.private_get_fundings(self.extend(request, params))
        else:
            response = self.private_get_withdrawals(self.extend(request, params))
        return self.parse_transactions(self.safe_list(response, "payload", []), currency, since, limit)

    def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.fetch_movements("fundings", code, since, limit, params)

    def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.fetch_movements("withdrawals", code, since, limit, params)

    def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # funding_destination/?fund_currency=btc: { account_identifier_name, account_identifier }.
        if self.safe_value(params, "network") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchDepositAddress () does not support the unified param network: funding_destination/ names a currency only"
                )
            )
        self.load_markets()
        currency = self.currency(code)
        response = self.private_get_funding_destination(
            self.extend({"fund_currency": js.get(currency, "id")}, params)
        )
        payload = self.safe_dict(response, "payload", {})
        return {
            "currency": js.get(currency, "code"),
            "address": self.safe_string(payload, "account_identifier"),
            "info": payload,
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
        # crypto_withdrawal/: currency, amount, address, and destination_tag for XRP.
        if self.safe_value(params, "network") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " withdraw () does not support the unified param network: crypto_withdrawal/ names a currency only"
                )
            )
        self.load_markets()
        currency = self.currency(code)
        request = {
            "currency": js.get(currency, "id"),
            "amount": self.currency_to_precision(code, amount),
            "address": address,
        }
        if tag is not None:
            request["destination_tag"] = tag
        response = self.private_post_crypto_withdrawal(self.extend(request, params))
        return self.parse_transaction(self.safe_dict(response, "payload", {}), currency)

    # --- transport -----------------------------------------------------------------------------------
    def nonce(self):
        return self.milliseconds()

    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # Private requests carry Authorization: Bitso <key>:<nonce>:<signature>, the signature the HMAC-SHA256
        # (hex) of nonce + method + request path (with its query) + JSON body.
        request_path = js.bounded_text(
            js.bounded_text("/" + js.to_str(self.version) + "/")
            + js.to_str(self.implode_params(path, params))
        )
        query = self.omit(params, self.extract_params(path))
        if method == "POST":
            body = self.json(query) if (len(js.keys(query)) > 0) else "{}"
        elif len(js.keys(query)) > 0:
            request_path += js.within(
                request_path, js.within(request_path, "?") + js.to_str(self.urlencode(query))
            )
        url = js.bounded_text(js.to_str(js.get(self.urls, "api")) + request_path)
        if api == "private":
            self.check_required_credentials()
            nonce = self.number_to_string(self.nonce())
            payload = "" if (body is None) else body
            signature = self.hmac(
                self.encode(
                    js.bounded_text(js.to_str(js.add(nonce, method)) + request_path + js.to_str(payload))
                ),
                self.encode(self.secret),
                "sha256",
            )
            headers = {
                "Authorization": js.bounded_text(
                    "Bitso " + js.to_str(self.apiKey) + ":" + js.to_str(nonce) + ":" + js.to_str(signature)
                )
            }
            if body is not None:
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
        # { "success": false, "error": { "message": "...", "code": "0301" } }
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return None
        if not (self.safe_bool(response, "success") is False):
            return None
        error = self.safe_dict(response, "error", {})
        feedback = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " ") + js.to_str(self.excerpt(response_body))
        )
        self.throw_exactly_matched_exception(
            js.get(self.exceptions, "exact"), self.safe_string(error, "code"), feedback
        )
        self.throw_broadly_matched_exception(
            js.get(self.exceptions, "broad"), self.safe_string(error, "message"), feedback
        )
        raise ExchangeError(feedback)
