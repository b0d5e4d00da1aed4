# Generated from js/coincheck.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from typing import Any

from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base.precise import Precise
from exchangekit.base.errors import (
    ArgumentsRequired,
    AuthenticationError,
    BadResponse,
    ExchangeError,
    InvalidNonce,
    InvalidOrder,
    NotSupported,
)
from exchangekit.base.number import TICK_SIZE
from exchangekit.base import js
from exchangekit.base.types import Balances, Market, Order, OrderBook, Ticker, Trade, Transaction


class coincheck(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "coincheck",
                "name": "coincheck",
                "countries": ["JP"],
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
                    "fetchOrder": False,
                    "fetchOrders": False,
                    "fetchOpenOrders": True,
                    "fetchClosedOrders": False,
                    "fetchMyTrades": True,
                    "fetchDeposits": True,
                    "fetchWithdrawals": True,
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
                    "api": "https://coincheck.com/api",
                    "www": "https://coincheck.com",
                    "doc": "https://coincheck.com/documents/exchange/api",
                    "fees": "https://coincheck.com/exchange/fee",
                },
                "api": {
                    "public": {"get": ["exchange_status", "ticker", "trades", "order_books"]},
                    "private": {
                        "get": [
                            "accounts/balance",
                            "exchange/orders/opens",
                            "exchange/orders/transactions_pagination",
                            "deposit_money",
                            "send_money",
                        ],
                        "post": ["exchange/orders"],
                        "delete": ["exchange/orders/{id}"],
                    },
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": False, "percentage": True}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "depositStatuses": {"confirmed": "ok"},
                    "timeInForces": {"good_til_cancelled": "GTC", "post_only": "PO"},
                    "orderSides": {"buy": "buy", "sell": "sell", "market_buy": "buy", "market_sell": "sell"},
                },
                "exceptions": {
                    "exact": {"disabled API Key": AuthenticationError},
                    "broad": {"API Key": AuthenticationError, "nonce": InvalidNonce, "Nonce": InvalidNonce},
                },
            },
        )

    # --- responses -----------------------------------------------------------------------------------
    # --- markets -------------------------------------------------------------------------------------
    async def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # exchange_status lists every pair with its trading status: available, itayose (the opening auction)
        # or stop; availability says whether orders are accepted now.
        response = await self.public_get_exchange_status(params)
        pairs = self.required_list(response, "exchange_status")
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(pairs)):
                break
            entry = js.get(pairs, i)
            id_ = self.safe_string(entry, "pair", "")
            parts = js.split(id_, "_")
            if not (len(parts) == 2):
                i += 1
                continue  # not a base_quote pair
            base_id = js.get(parts, 0)
            quote_id = js.get(parts, 1)
            base = self.safe_currency_code(base_id)
            quote = self.safe_currency_code(quote_id)
            availability = self.safe_dict(entry, "availability", {})
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
                    active=self.safe_bool(availability, "order"),
                    precision={},
                    limits={},
                    info=entry,
                )
            )
            i += 1
        return result

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # ticker: { last, bid, ask, high, low (of the last 24 hours), volume (in the base currency), timestamp (s) }
        return self.ticker_structure(
            symbol=self.safe_symbol(None, market),
            timestamp=self.safe_timestamp(ticker, "timestamp"),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            bid=self.safe_string(ticker, "bid"),
            ask=self.safe_string(ticker, "ask"),
            last=self.safe_string(ticker, "last"),
            base_volume=self.safe_string(ticker, "volume"),
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

    async def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # order_books: { asks: [ [ rate, amount ], ... ], bids: [ ... ] }, without a timestamp; the API takes no depth.
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_order_books(self.extend({"pair": js.get(market, "id")}, params))
        book = self.parse_order_book(response, js.get(market, "symbol"))
        if limit is not None:
            js.set_(book, "bids", js.slice_(js.get(book, "bids"), 0, limit))
            js.set_(book, "asks", js.slice_(js.get(book, "asks"), 0, limit))
        return book

    def parse_trade(self, trade, market=None):
        # Public trades (trades): { id, amount, rate, pair, order_type (the taker's side), created_at }.
        # The account's trades (transactions_pagination): { id, order_id, created_at, funds: { <base>, <quote> }
        # (signed: what the balance gained or lost), pair, rate, fee_currency, fee, liquidity (T or M), side }.
        market = self.safe_market(self.safe_string(trade, "pair"), market, "_")
        # The quote side of funds has the fee in it: the cost is rate times amount.
        funds = self.safe_dict(trade, "funds")
        base_id = self.safe_string(market, "baseId")
        amount = self.safe_string(trade, "amount")
        if (funds is not None) and (base_id is not None):
            amount = Precise.string_abs(self.safe_string(funds, base_id))
        liquidity = self.safe_string(trade, "liquidity")
        taker_or_maker = None
        if liquidity == "T":
            taker_or_maker = "taker"
        elif liquidity == "M":
            taker_or_maker = "maker"
        fee = None
        fee_cost = self.safe_string(trade, "fee")
        if fee_cost is not None:
            fee = {
                "cost": fee_cost,
                "currency": self.safe_currency_code(self.safe_string(trade, "fee_currency")),
            }
        return self.trade_structure(
            identifier=self.safe_string(trade, "id"),
            order=self.safe_string(trade, "order_id"),
            symbol=js.get(market, "symbol"),
            timestamp=self.parse8601(self.safe_string(trade, "created_at")),
            side=self.safe_string(
                js.get(self.options, "orderSides"), self.safe_string2(trade, "side", "order_type")
            ),
            taker_or_maker=taker_or_maker,
            price=self.safe_string(trade, "rate"),
            amount=amount,
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
        # trades: the latest first, paginated (limit, order, starting_after, ending_before); no start time.
        await self.load_markets()
        market = self.market(symbol)
        request = {"pair": js.get(market, "id")}
        if limit is not None:
            request["limit"] = limit
        response = await self.public_get_trades(self.extend(request, params))
        return self.parse_trades(self.required_list(response, "data"), market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    async def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # accounts/balance: { success, <currency>: available, <currency>_reserved: held by open orders, and
        # <currency>_lend_in_use, _lent, _debt, _tsumitate (the savings plan), which are not trading funds }.
        await self.load_markets()
        response = await self.private_get_accounts_balance(params)
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent a balance that is no dictionary: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        result = {"info": response}
        keys = js.keys(response)
        i = 0
        while True:
            if not (i < len(keys)):
                break
            key = keys[i]
            if (key == "success") or (js.index_of(key, "_") >= 0):
                i += 1
                continue  # the flag, or a sub-balance of a currency
            account = self.account()
            js.set_(account, "free", self.safe_string(response, key))
            js.set_(
                account, "used", self.safe_string(response, js.bounded_text(js.to_str(key) + "_reserved"))
            )
            js.set_(result, self.safe_currency_code(key), account)
            i += 1
        return self.safe_balance(result)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # A new order (exchange/orders): { success, id, rate, amount, order_type, time_in_force, stop_loss_rate,
        # pair, created_at }. An open order (exchange/orders/opens): { id, order_type, rate, pair,
        # pending_amount, pending_market_buy_amount (a market buy's unspent quote amount), stop_loss_rate,
        # created_at }. order_type is buy or sell (limit), market_buy or market_sell.
        market = self.safe_market(self.safe_string(order, "pair"), market, "_")
        order_type = self.safe_string(order, "order_type")
        is_market = (order_type == "market_buy") or (order_type == "market_sell")
        time_in_force = self.safe_string(
            js.get(self.options, "timeInForces"), self.safe_string(order, "time_in_force")
        )
        return self.safe_order(
            {
                "id": self.safe_string(order, "id"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.parse8601(self.safe_string(order, "created_at")),
                "type": "market" if is_market else "limit",
                "side": self.safe_string(js.get(self.options, "orderSides"), order_type),
                "timeInForce": time_in_force,
                "postOnly": None if (time_in_force is None) else time_in_force == "PO",
                "price": self.safe_string(order, "rate"),
                "triggerPrice": self.safe_string(order, "stop_loss_rate"),
                "amount": self.safe_string(order, "amount"),
                "remaining": self.safe_string(order, "pending_amount"),
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
        # exchange/orders: pair, order_type (buy, sell, market_buy, market_sell), rate (limit orders), amount
        # (market_buy: market_buy_amount, in the quote currency), stop_loss_rate (a stop order),
        # time_in_force (good_til_cancelled, post_only). No client ids, reduce-only, IOC or FOK orders.
        await self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params(
            "createOrder", unified, ["reduceOnly", "stopLossPrice", "takeProfitPrice", "clientOrderId"]
        )
        if (js.get(unified, "timeInForce") == "IOC") or (js.get(unified, "timeInForce") == "FOK"):
            raise NotSupported(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id) + " createOrder () does not support the unified param timeInForce "
                    )
                    + js.to_str(js.get(unified, "timeInForce"))
                    + ": only GTC and PO"
                )
            )
        request = {"pair": js.get(market, "id")}
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            if js.get(unified, "cost") is not None:
                raise InvalidOrder(
                    js.bounded_text(js.to_str(self.id) + " createOrder () cost sizes market buys only")
                )
            request["order_type"] = side
            request["rate"] = self.price_to_precision(symbol, price)
            request["amount"] = self.amount_to_precision(symbol, amount)
            request["time_in_force"] = (
                "post_only" if js.truthy(js.get(unified, "postOnly")) else "good_til_cancelled"
            )
        elif type_ == "market":
            request["order_type"] = js.bounded_text("market_" + js.to_str(side))
            if side == "buy":
                # A market buy spends an amount of the quote currency.
                if js.get(unified, "cost") is None:
                    raise ArgumentsRequired(
                        js.bounded_text(
                            js.to_str(self.id)
                            + " createOrder () a market buy is sized in the quote currency: pass the unified param cost (or call createMarketBuyOrderWithCost)"
                        )
                    )
                request["market_buy_amount"] = self.cost_to_precision(symbol, js.get(unified, "cost"))
            else:
                if js.get(unified, "cost") is not None:
                    raise InvalidOrder(
                        js.bounded_text(js.to_str(self.id) + " createOrder () cost sizes market buys only")
                    )
                request["amount"] = self.amount_to_precision(symbol, amount)
        else:
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () type must be limit or market, not "
                    + js.to_str(type_)
                )
            )
        if js.get(unified, "triggerPrice") is not None:
            request["stop_loss_rate"] = self.price_to_precision(symbol, js.get(unified, "triggerPrice"))
        response = await self.private_post_exchange_orders(self.extend(request, rest))
        return self.parse_order(response, market)

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
        # DELETE exchange/orders/{id} answers { success, id } once the cancel is accepted; exchange/orders/cancel_status
        # tells when it is done, so the status is left unknown here.
        response = await self.private_delete_exchange_orders_id(self.extend({"id": id_}, params))
        return self.safe_order({"id": self.safe_string(response, "id"), "info": response})

    async def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # exchange/orders/opens: the open orders of every pair, unpaginated.
        await self.load_markets()
        market = None
        if symbol is not None:
            market = self.market(symbol)
        response = await self.private_get_exchange_orders_opens(params)
        orders = self.required_list(response, "orders")
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(orders)):
                break
            result.append(self.extend(self.parse_order(js.get(orders, i), market), {"status": "open"}))
            i += 1
        return self.filter_by_symbol_since_limit(self.sort_by(result, "timestamp"), symbol, since, limit)

    async def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # exchange/orders/transactions_pagination: the account's trades of every pair, the latest first,
        # paginated (limit, order, starting_after, ending_before); no time range.
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchMyTrades () does not support the unified param until: the API takes no time range"
                )
            )
        await self.load_markets()
        market = None
        if symbol is not None:
            market = self.market(symbol)
        request = {}
        if limit is not None:
            request["limit"] = limit
        response = await self.private_get_exchange_orders_transactions_pagination(
            self.extend(request, params)
        )
        return self.parse_trades(self.required_list(response, "data"), market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # deposit_money: { id, amount, currency, address, status, confirmed_at, created_at };
        # send_money: { id, amount, currency, fee, address, created_at }. The type is the endpoint's
        # (fetchMovements sets it).
        status = self.safe_string(transaction, "status")
        fee = None
        fee_cost = self.safe_string(transaction, "fee")
        code = self.safe_currency_code(self.safe_string(transaction, "currency"), currency)
        if fee_cost is not None:
            fee = {"cost": fee_cost, "currency": code}
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "id"),
                "timestamp": self.parse8601(self.safe_string(transaction, "created_at")),
                "updated": self.parse8601(self.safe_string(transaction, "confirmed_at")),
                "address": self.safe_string(transaction, "address"),
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(js.get(self.options, "depositStatuses"), status),
                "fee": fee,
                "info": transaction,
            },
            currency,
        )

    async def fetch_movements(self, method, code, since, limit, params):
        # deposit_money and send_money list the movements of one currency (currency=BTC), the latest first.
        if code is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () requires a currency code: the API lists one currency"
                )
            )
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () does not support the unified param until: the API takes no time range"
                )
            )
        await self.load_markets()
        currency = self.currency(code)
        request = {"currency": js.upper(js.get(currency, "id"))}
        entries = None
        type_ = None
        if method == "fetchDeposits":
            entries = self.required_list(
                await self.private_get_deposit_money(self.extend(request, params)), "deposits"
            )
            type_ = "deposit"
        else:
            entries = self.required_list(
                await self.private_get_send_money(self.extend(request, params)), "sends"
            )
            type_ = "withdrawal"
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(entries)):
                break
            result.append(self.extend(self.parse_transaction(js.get(entries, i), currency), {"type": type_}))
            i += 1
        return self.filter_by_currency_since_limit(
            self.sort_by(result, "timestamp"), js.get(currency, "code"), since, limit
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
        return await self.fetch_movements("fetchDeposits", code, since, limit, params)

    async def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return await self.fetch_movements("fetchWithdrawals", code, since, limit, params)

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
        # Private requests carry ACCESS-KEY, ACCESS-NONCE (a positive integer that grows with every request) and
        # ACCESS-SIGNATURE, the HMAC-SHA256 (hex) of nonce + URL (with its query) + body.
        url = js.bounded_text(
            js.bounded_text(js.to_str(js.get(self.urls, "api")) + "/")
            + js.to_str(self.implode_params(path, params))
        )
        query = self.omit(params, self.extract_params(path))
        if method == "POST":
            body = self.json(query) if (len(js.keys(query)) > 0) else "{}"
        elif len(js.keys(query)) > 0:
            url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(query)))
        if api == "private":
            self.check_required_credentials()
            nonce = self.number_to_string(self.nonce())
            payload = "" if (body is None) else body
            signature = self.hmac(
                self.encode(js.bounded_text(js.to_str(nonce) + url + js.to_str(payload))),
                self.encode(self.secret),
                "sha256",
            )
            headers = {"ACCESS-KEY": self.apiKey, "ACCESS-NONCE": nonce, "ACCESS-SIGNATURE": signature}
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
        # { "success": false, "error": "disabled API Key" }
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return None
        if not (self.safe_bool(response, "success") is False):
            return None
        message = self.safe_string(response, "error")
        feedback = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " ") + js.to_str(self.excerpt(response_body))
        )
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), message, feedback)
        self.throw_broadly_matched_exception(js.get(self.exceptions, "broad"), message, feedback)
        raise ExchangeError(feedback)
