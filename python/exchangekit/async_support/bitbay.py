# Generated from js/bitbay.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from typing import Any

from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base.precise import Precise
from exchangekit.base.errors import (
    ArgumentsRequired,
    BadRequest,
    BadSymbol,
    ExchangeError,
    ExchangeNotAvailable,
    InsufficientFunds,
    InvalidOrder,
    NotSupported,
    OrderNotFillable,
    OrderNotFound,
    RequestTimeout,
)
from exchangekit.base.number import TICK_SIZE
from exchangekit.base import js
from exchangekit.base.types import Balances, Market, Order, OrderBook, Ticker, Trade


class bitbay(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "bitbay",
                "name": "BitBay (Zonda)",
                "countries": ["EE"],
                "version": "v1_01",
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
                    "fetchOrder": False,
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
                    "api": "https://api.zondacrypto.exchange/rest",
                    "www": "https://zondacrypto.com",
                    "doc": ["https://docs.zondacrypto.exchange/", "https://bitbay.net/public-api"],
                    "fees": "https://zondacrypto.com/en/trading-fees-table",
                },
                "api": {
                    "public": {
                        "get": [
                            "trading/ticker",
                            "trading/ticker/{symbol}",
                            "trading/orderbook/{symbol}",
                            "trading/transactions/{symbol}",
                        ]
                    },
                    "private": {
                        "get": [
                            "balances/BITBAY/balance",
                            "trading/offer",
                            "trading/offer/{symbol}",
                            "trading/history/transactions",
                        ],
                        "post": ["trading/offer/{symbol}", "trading/stop/offer/{symbol}"],
                        "delete": ["trading/offer/{symbol}/{id}/{side}/{price}"],
                    },
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": True, "percentage": True, "maker": 0.003, "taker": 0.0045}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "sameNameParams": ["postOnly"],
                    "offerModes": {
                        "limit": "limit",
                        "market": "market",
                        "stop-limit": "limit",
                        "stop-market": "market",
                    },
                },
                "exceptions": {
                    "exact": {
                        "MARKET_NOT_RECOGNIZED": BadSymbol,
                        "TICKER_NOT_FOUND": BadSymbol,
                        "MARKET_CODE_CANNOT_BE_EMPTY": BadSymbol,
                        "MARKET_DISABLED": BadSymbol,
                        "NOT_RECOGNIZED_OFFER_TYPE": InvalidOrder,
                        "FUNDS_NOT_SUFFICIENT": InsufficientFunds,
                        "OFFER_FUNDS_NOT_EXCEEDING_MINIMUMS": InvalidOrder,
                        "OFFER_FUNDS_SCALE_ISSUE": InvalidOrder,
                        "PRICE_PRECISION_INVALID": InvalidOrder,
                        "OFFER_COULD_NOT_BE_FILLED": OrderNotFillable,
                        "OFFER_WOULD_HAVE_BEEN_PARTIALLY_FILLED": OrderNotFillable,
                        "FILL_OR_KILL_COMBINED_WITH_POST_ONLY": InvalidOrder,
                        "SELF_TRADING": InvalidOrder,
                        "USER_OFFER_COUNT_LIMIT_EXCEEDED": InvalidOrder,
                        "OFFER_NOT_FOUND": OrderNotFound,
                        "INVALID_RESOLUTION": BadRequest,
                        "INVALID_REQUEST": BadRequest,
                        "MALFORMED_REQUEST": BadRequest,
                        "CONFIG_LOAD_TIMEOUT": RequestTimeout,
                        "SYSTEM_TIMEOUT": RequestTimeout,
                        "CORE_OVERFLOW": ExchangeNotAvailable,
                        "SYSTEM_OVERLOADED": ExchangeNotAvailable,
                        "UNKNOWN_ERROR": ExchangeError,
                    },
                    "broad": {},
                },
            },
        )

    # --- markets -------------------------------------------------------------------------------------
    async def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # trading/ticker: { status, items: { 'BTC-PLN': { market: { code, amountPrecision, pricePrecision,
        # ratePrecision, first: { currency, minOffer }, second: { currency, minOffer } }, time, highestBid,
        # lowestAsk, rate, previousRate } } (a list is read the same way).
        response = await self.public_get_trading_ticker(params)
        items = self.to_array(self.safe_value(response, "items", {}))
        result = []
        i = 0
        while True:
            if not (i < len(items)):
                break
            result.append(self.parse_market(self.safe_dict(js.get(items, i), "market", {})))
            i += 1
        return result

    def parse_market(self, entry):
        # amountPrecision: the decimals of an amount of the first currency; ratePrecision: of the rate (the
        # price); the minimum offer is stated in both currencies (an amount and a cost).
        first = self.safe_dict(entry, "first", {})
        second = self.safe_dict(entry, "second", {})
        base_id = self.safe_string(first, "currency")
        quote_id = self.safe_string(second, "currency")
        base = self.safe_currency_code(base_id)
        quote = self.safe_currency_code(quote_id)
        return self.market_structure(
            id=self.safe_string(entry, "code"),
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
                "amount": self.parse_number(self.parse_precision(self.safe_string(entry, "amountPrecision"))),
                "price": self.parse_number(self.parse_precision(self.safe_string(entry, "ratePrecision"))),
            },
            limits={
                "amount": {"min": self.safe_number(first, "minOffer"), "max": None},
                "price": {"min": None, "max": None},
                "cost": {"min": self.safe_number(second, "minOffer"), "max": None},
            },
            info=entry,
        )

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # { market: { code, ... }, time (ms), highestBid, lowestAsk, rate (the last transaction's), previousRate
        # (the one before) }: no 24 hour statistics.
        market_info = self.safe_dict(ticker, "market", {})
        market = self.safe_market(self.safe_string(market_info, "code"), market, "-")
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer(ticker, "time"),
            bid=self.safe_string(ticker, "highestBid"),
            ask=self.safe_string(ticker, "lowestAsk"),
            last=self.safe_string(ticker, "rate"),
            previous_close=self.safe_string(ticker, "previousRate"),
            info=ticker,
            market=market,
        )

    async def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        # trading/ticker/{symbol}: { status, ticker: { ... } }.
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_trading_ticker_symbol(
            self.extend({"symbol": js.get(market, "id")}, params)
        )
        return self.parse_ticker(self.safe_dict(response, "ticker", {}), market)

    async def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # trading/ticker: every market's ticker, keyed by market code.
        await self.load_markets()
        response = await self.public_get_trading_ticker(params)
        return self.parse_tickers(self.to_array(self.safe_value(response, "items", {})), symbols)

    async def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # trading/orderbook/{symbol}: { status, sell: [ { ra (rate), ca (current amount), sa, pa, co } ], buy,
        # timestamp, seqNo }: the best 300 of each side; limit is applied here.
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_trading_orderbook_symbol(
            self.extend({"symbol": js.get(market, "id")}, params)
        )
        book = self.parse_order_book(
            response,
            js.get(market, "symbol"),
            self.safe_integer(response, "timestamp"),
            "buy",
            "sell",
            "ra",
            "ca",
        )
        js.set_(book, "nonce", self.safe_integer(response, "seqNo"))
        return self.limit_order_book(book, limit)

    def parse_trade(self, trade, market=None):
        # Public (trading/transactions): { id, t (ms), a (amount), r (rate), ty: 'Buy' or 'Sell' (the taker's side) }.
        # The account's (trading/history/transactions): { id, market, time, amount, rate, initializedBy, wasTaker,
        # userAction: 'Buy' or 'Sell', offerId, commissionValue }: the commission's currency is not stated.
        market = self.safe_market(self.safe_string(trade, "market"), market, "-")
        user_action = self.safe_string_lower(trade, "userAction")
        was_taker = self.safe_bool(trade, "wasTaker")
        taker_or_maker = None
        if was_taker is not None:
            taker_or_maker = "taker" if was_taker else "maker"
        fee = None
        fee_cost = self.safe_string(trade, "commissionValue")
        if fee_cost is not None:
            fee = {"cost": fee_cost, "currency": None}
        return self.trade_structure(
            identifier=self.safe_string(trade, "id"),
            order=self.safe_string(trade, "offerId"),
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer2(trade, "t", "time"),
            side=user_action if (user_action is not None) else self.safe_string_lower(trade, "ty"),
            taker_or_maker=taker_or_maker,
            price=self.safe_string2(trade, "r", "rate"),
            amount=self.safe_string2(trade, "a", "amount"),
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
        # trading/transactions/{symbol}: { status, items: [ { id, t, a, r, ty } ] }, the most recent transactions;
        # since and limit are applied here.
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_trading_transactions_symbol(
            self.extend({"symbol": js.get(market, "id")}, params)
        )
        return self.parse_trades(self.safe_list(response, "items", []), market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    async def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # balances/BITBAY/balance: { status, balances: [ { id, userId, availableFunds, totalFunds, lockedFunds,
        # currency, type, name, balanceEngine } ] }: a currency may have several wallets, which are summed.
        await self.load_markets()
        response = await self.private_get_balances_bitbay_balance(params)
        wallets = self.safe_list(response, "balances", [])
        result = {"info": response}
        i = 0
        while True:
            if not (i < len(wallets)):
                break
            wallet = js.get(wallets, i)
            code = self.safe_currency_code(self.safe_string(wallet, "currency"))
            previous = self.safe_dict(result, code)
            account = self.account()
            js.set_(account, "free", self.safe_string(wallet, "availableFunds"))
            js.set_(account, "used", self.safe_string(wallet, "lockedFunds"))
            js.set_(account, "total", self.safe_string(wallet, "totalFunds"))
            if previous is not None:
                js.set_(
                    account, "free", Precise.string_add(js.get(previous, "free"), js.get(account, "free"))
                )
                js.set_(
                    account, "used", Precise.string_add(js.get(previous, "used"), js.get(account, "used"))
                )
                js.set_(
                    account, "total", Precise.string_add(js.get(previous, "total"), js.get(account, "total"))
                )
            js.set_(result, code, account)
            i += 1
        return self.safe_balance(result)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # Active offers (trading/offer): { market, offerType: 'Buy' or 'Sell', id, currentAmount (left),
        # lockedAmount, rate, startAmount, time, postOnly, hidden, mode: 'limit' or 'market', receivedAmount,
        # firstBalanceId, secondBalanceId }. A new offer: { status, completed, offerId, transactions: [ { amount,
        # rate } ] }; a new stop offer: { status, stopOfferId }: what they report is completed by createOrder.
        market = self.safe_market(self.safe_string(order, "market"), market, "-")
        post_only = self.safe_bool(order, "postOnly")
        mode = self.safe_string_lower(order, "mode")
        status = None
        completed = self.safe_bool(order, "completed")
        if completed is not None:
            status = "closed" if completed else "open"
        return self.safe_order(
            {
                "id": self.safe_string_n(order, ["id", "offerId", "stopOfferId"]),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.safe_integer(order, "time"),
                "status": status,
                "type": self.safe_string(js.get(self.options, "offerModes"), mode),
                "timeInForce": "PO" if (post_only is True) else None,
                "postOnly": post_only,
                "side": self.safe_string_lower(order, "offerType"),
                "price": self.safe_string(order, "rate"),
                "triggerPrice": self.safe_string(order, "stopRate"),
                "amount": self.safe_string(order, "startAmount"),
                "remaining": self.safe_string(order, "currentAmount"),
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
        # POST trading/offer/{symbol} { offerType: BUY or SELL, amount, price (a market order sized in the second
        # currency), rate (the limit price), postOnly, mode: limit or market, fillOrKill }; a stop order (the
        # unified triggerPrice) is POST trading/stop/offer/{symbol} { offerType, amount, rate, stopRate, mode:
        # stop-limit or stop-market }. Fields an order does not use are left out. The documentation names
        # Immediate or Cancel without its field in the examples at hand, has no client order id and no reduce-only,
        # and its stop orders trigger at the last price whichever the direction: those are refused.
        await self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params(
            "createOrder", unified, ["reduceOnly", "clientOrderId", "stopLossPrice", "takeProfitPrice"]
        )
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
        if js.get(unified, "timeInForce") == "IOC":
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id) + " createOrder () does not support the unified param timeInForce IOC"
                )
            )
        request = {"symbol": js.get(market, "id"), "offerType": js.upper(side)}
        if js.get(unified, "cost") is not None:
            request["price"] = self.cost_to_precision(symbol, js.get(unified, "cost"))
        else:
            request["amount"] = self.amount_to_precision(symbol, amount)
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["rate"] = self.price_to_precision(symbol, price)
        response = None
        if js.get(unified, "trigger") is not None:
            if (js.get(unified, "timeInForce") is not None) or (js.get(unified, "cost") is not None):
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () a stop order (triggerPrice) takes neither timeInForce nor cost"
                    )
                )
            request["stopRate"] = self.price_to_precision(symbol, js.get(unified, "trigger"))
            request["mode"] = js.bounded_text("stop-" + js.to_str(type_))
            response = await self.private_post_trading_stop_offer_symbol(self.extend(request, rest))
        else:
            request["mode"] = type_
            request["postOnly"] = js.get(unified, "postOnly")
            request["fillOrKill"] = js.get(unified, "timeInForce") == "FOK"
            response = await self.private_post_trading_offer_symbol(self.extend(request, rest))
        # The answer names the offer and whether it completed; the rest is what was placed.
        order = self.extend(
            {
                "market": js.get(market, "id"),
                "offerType": side,
                "mode": js.get(request, "mode"),
                "rate": self.safe_string(request, "rate"),
                "startAmount": self.safe_string(request, "amount"),
                "stopRate": self.safe_string(request, "stopRate"),
                "postOnly": self.safe_bool(request, "postOnly"),
            },
            response,
        )
        parsed = self.parse_order(order, market)
        if js.get(unified, "trigger") is not None:
            # A stop offer waits for its stopRate: it is open until it triggers.
            return self.extend(parsed, {"status": "open", "info": response})
        return self.extend(parsed, {"info": response})

    async def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # DELETE trading/offer/{symbol}/{id}/{side}/{price}: the path names the offer's side and rate, so the
        # offer is looked up among the market's active offers first (OrderNotFound when it is not there).
        if symbol is None:
            raise ArgumentsRequired(js.bounded_text(js.to_str(self.id) + " cancelOrder () requires a symbol"))
        await self.load_markets()
        market = self.market(symbol)
        offers = await self.private_get_trading_offer_symbol({"symbol": js.get(market, "id")})
        items = self.safe_list(offers, "items", [])
        found = None
        i = 0
        while True:
            if not (i < len(items)):
                break
            if js.strict_equal(self.safe_string(js.get(items, i), "id"), id_):
                found = js.get(items, i)
            i += 1
        if found is None:
            raise OrderNotFound(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " cancelOrder () found no active offer "
                        + js.to_str(id_)
                        + " in "
                    )
                    + js.to_str(js.get(market, "id"))
                )
            )
        request = {
            "symbol": js.get(market, "id"),
            "id": id_,
            "side": self.safe_string_lower(found, "offerType"),
            "price": self.safe_string(found, "rate"),
        }
        response = await self.private_delete_trading_offer_symbol_id_side_price(self.extend(request, params))
        order = self.parse_order(found, market)
        return self.extend(order, {"status": "canceled", "info": response})

    async def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # trading/offer (every market) or trading/offer/{symbol}: { status, items: [ offer ] }.
        await self.load_markets()
        response = None
        market = None
        if symbol is None:
            response = await self.private_get_trading_offer(params)
        else:
            market = self.market(symbol)
            response = await self.private_get_trading_offer_symbol(
                self.extend({"symbol": js.get(market, "id")}, params)
            )
        items = self.safe_list(response, "items", [])
        result = []
        i = 0
        while True:
            if not (i < len(items)):
                break
            result.append(self.extend(self.parse_order(js.get(items, i), market), {"status": "open"}))
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
        # trading/history/transactions?query={ markets, fromTime, toTime, ... } (the filter is JSON in the query):
        # { status, totalRows, items: [ ... ], query, nextPageCursor }. There is no limit parameter: it is applied
        # here.
        await self.load_markets()
        filter_ = {}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            filter_["markets"] = [js.get(market, "id")]
        if since is not None:
            filter_["fromTime"] = since
        until = self.safe_integer(params, "until")
        if until is not None:
            filter_["toTime"] = until
        request = {}
        if len(js.keys(filter_)) > 0:
            request["query"] = self.json(filter_)
        response = await self.private_get_trading_history_transactions(
            self.extend(request, self.omit(params, "until"))
        )
        return self.parse_trades(self.safe_list(response, "items", []), market, since, limit)

    # --- transport -----------------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        url = js.bounded_text(
            js.bounded_text(js.to_str(js.get(self.urls, "api")) + "/")
            + js.to_str(self.implode_params(path, params))
        )
        query = self.omit(params, self.extract_params(path))
        has_body = (method == "POST") or (method == "PUT")
        if (not has_body) and (len(js.keys(query)) > 0):
            url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(query)))
        if api == "public":
            return {"url": url, "method": method, "body": body, "headers": headers}
        # API-Hash: hex HMAC-SHA512, keyed by the secret, of the API key + Request-Timestamp (Unix seconds) + the
        # JSON body (empty for GET and DELETE); operation-id is a fresh UUID for every operation.
        self.check_required_credentials()
        timestamp = self.number_to_string(self.seconds())
        payload = ""
        if has_body:
            body = (
                self.json(query) if (len(js.keys(query)) > 0) else "{}"
            )  # (PHP writes an empty dictionary as [])
            payload = body
        headers = {
            "API-Key": self.apiKey,
            "API-Hash": self.hmac(
                self.encode(js.add(js.add(self.apiKey, timestamp), payload)),
                self.encode(self.secret),
                "sha512",
            ),
            "operation-id": self.uuid(),
            "Request-Timestamp": timestamp,
            "Content-Type": "application/json",
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
        # { "status": "Fail", "errors": [ "FUNDS_NOT_SUFFICIENT" ] }, with HTTP 200: the first known message picks
        # the error class; an unknown one is an ExchangeError.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return
        if not (self.safe_string(response, "status") == "Fail"):
            return
        errors = self.safe_list(response, "errors", [])
        feedback = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " " + js.to_str(method) + " " + js.to_str(url) + " ")
            + js.to_str(self.excerpt(response_body))
        )
        i = 0
        while True:
            if not (i < len(errors)):
                break
            message = js.get(errors, i)
            if js.typeof(message) == "string":
                self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), message, feedback)
            i += 1
        raise ExchangeError(feedback)
