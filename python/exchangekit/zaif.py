# Generated from js/zaif.js by exkit: do not edit. Change the source and run `python build.py`.
from typing import Any

from exchangekit.base.exchange import Exchange
from exchangekit.base.precise import Precise
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
    PermissionDenied,
    RateLimitExceeded,
)
from exchangekit.base.number import TICK_SIZE
from exchangekit.base import js
from exchangekit.base.types import Balances, Currency, Market, Order, OrderBook, Ticker, Trade, Transaction


class zaif(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "zaif",
                "name": "Zaif",
                "countries": ["JP"],
                "version": "1",
                "rateLimit": 1000,
                "has": {
                    "fetchMarkets": True,
                    "fetchCurrencies": True,
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
                    "withdraw": True,
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
                    "api": {"public": "https://api.zaif.jp/api/1", "private": "https://api.zaif.jp/tapi"},
                    "www": "https://zaif.jp",
                    "doc": "https://techbureau-api-document.readthedocs.io/ja/latest/index.html",
                },
                "api": {
                    "public": {
                        "get": [
                            "currencies/{currency}",
                            "currency_pairs/{pair}",
                            "ticker/{pair}",
                            "depth/{pair}",
                            "trades/{pair}",
                        ]
                    },
                    "private": {
                        "post": [
                            "get_info2",
                            "trade_history",
                            "active_orders",
                            "trade",
                            "cancel_order",
                            "withdraw",
                            "deposit_history",
                            "withdraw_history",
                        ]
                    },
                },
                "fees": {"trading": {"tierBased": False, "percentage": True}},
                "precisionMode": TICK_SIZE,
                "requiredCredentials": {"apiKey": True, "secret": True},
                "options": {"sides": {"bid": "buy", "ask": "sell"}},
                "exceptions": {
                    "exact": {
                        "no data found for the key": AuthenticationError,
                        "secret mismatch": AuthenticationError,
                        "invalid access token": AuthenticationError,
                        "expired access token": AuthenticationError,
                        "method not found": BadRequest,
                        "nonce not incremented": InvalidNonce,
                        "nonce out of range": InvalidNonce,
                        "time wait restriction, please wait a minute.": RateLimitExceeded,
                        "insufficient funds": InsufficientFunds,
                        "InsufficientFunds": InsufficientFunds,
                        "invalid price parameter": InvalidOrder,
                        "invalid amount parameter": InvalidOrder,
                        "limit must be greater than the price": InvalidOrder,
                        "limit must be a smaller value than the price": InvalidOrder,
                        "invalid currency_pair parameter": BadSymbol,
                        "trade temporarily unavailable.": ExchangeNotAvailable,
                        "your account is restricted now, KYC required.": AccountSuspended,
                        "illegal comment": BadRequest,
                        "merchant account dont have trade permission": PermissionDenied,
                    },
                    "broad": {"illegal currency": BadRequest, "parameter": BadRequest},
                },
            },
        )

    # --- markets -------------------------------------------------------------------------------------
    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # currency_pairs/all: [ { name: 'BTC/JPY', currency_pair: 'btc_jpy', is_token, event_number (not 0 for an
        # event token, which the trade API does not trade), item_unit_min, item_unit_step (the base amount's
        # minimum and step), aux_unit_min, aux_unit_step (the price's minimum and step), aux_unit_point, ... } ].
        response = self.public_get_currency_pairs_pair(self.extend({"pair": "all"}, params))
        if not js.is_array(response):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent a currency pair list that is no list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            id_ = self.safe_string(entry, "currency_pair")
            if id_ is None:
                raise BadResponse(
                    js.bounded_text(
                        js.bounded_text(js.to_str(self.id) + " sent a currency pair without currency_pair: ")
                        + js.to_str(self.excerpt(self.json(entry)))
                    )
                )
            parts = js.split(id_, "_")
            if not (len(parts) == 2):
                raise BadResponse(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " sent a currency pair id that is not <base>_<quote>: "
                        + js.to_str(id_)
                    )
                )
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
                    active=self.safe_string(entry, "event_number", "0") == "0",
                    precision={
                        "amount": self.safe_number(entry, "item_unit_step"),
                        "price": self.safe_number(entry, "aux_unit_step"),
                    },
                    limits={
                        "amount": {"min": self.safe_number(entry, "item_unit_min")},
                        "price": {"min": self.safe_number(entry, "aux_unit_min")},
                    },
                    info=entry,
                )
            )
            i += 1
        return result

    def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # currencies/all: [ { name: 'btc', is_token: false }, { name: 'XCP', is_token: true }, ... ].
        response = self.public_get_currencies_currency(self.extend({"currency": "all"}, params))
        if not js.is_array(response):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent a currency list that is no list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            id_ = self.safe_string(entry, "name")
            if id_ is None:
                i += 1
                continue
            code = self.safe_currency_code(id_)
            js.set_(result, code, {"id": id_, "code": code, "info": entry})
            i += 1
        return result

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # ticker/{currency_pair}: { last, high, low, vwap, volume (base, the last 24 hours), bid, ask }, without
        # the pair or a time.
        return self.ticker_structure(
            symbol=self.safe_symbol(None, market),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            bid=self.safe_string(ticker, "bid"),
            ask=self.safe_string(ticker, "ask"),
            vwap=self.safe_string(ticker, "vwap"),
            last=self.safe_string(ticker, "last"),
            base_volume=self.safe_string(ticker, "volume"),
            info=ticker,
            market=market,
        )

    def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_ticker_pair(self.extend({"pair": js.get(market, "id")}, params))
        return self.parse_ticker(response, market)

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # depth/{currency_pair}: { asks: [ [ price, amount ], ... ], bids: [ ... ] }, the whole book, no time.
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_depth_pair(self.extend({"pair": js.get(market, "id")}, params))
        self.required_list(response, "bids")
        self.required_list(response, "asks")
        book = self.parse_order_book(response, js.get(market, "symbol"))
        if limit is not None:
            js.set_(book, "bids", js.slice_(js.get(book, "bids"), 0, limit))
            js.set_(book, "asks", js.slice_(js.get(book, "asks"), 0, limit))
        return book

    def parse_trade(self, trade, market=None):
        # Public trades (trades/{currency_pair}): { date, price, amount, tid, currency_pair, trade_type (bid: a
        # buy, ask: a sell) }. The account's trades (trade_history, keyed by id, the id added by the caller):
        # { currency_pair, action (the taker's side), amount, price, fee, your_action (the account's side; both
        # for a trade with itself), bonus (the fee rebated), timestamp, comment }.
        market_id = self.safe_string(trade, "currency_pair")
        market = self.safe_market(market_id, market, "_")
        sides = self.safe_dict(self.options, "sides", {})
        action = self.safe_string(trade, "action")
        your_action = self.safe_string(trade, "your_action")
        side = None
        taker_or_maker = None
        fee = None
        if your_action is None:
            side = self.safe_string(sides, self.safe_string(trade, "trade_type"))
        else:
            side = self.safe_string(sides, your_action)
            if (side is not None) and (action is not None):
                taker_or_maker = "taker" if js.strict_equal(your_action, action) else "maker"
            # fee less bonus; the docs name no currency for either. Their example (a 0.03 BTC sell at 56000 JPY,
            # bonus 1.6) is 0.1 % of the 1680 JPY it traded, in the quote currency, which is the one used here.
            fee_cost = self.safe_string(trade, "fee")
            bonus = self.safe_string(trade, "bonus")
            if (fee_cost is not None) or (bonus is not None):
                fee = {
                    "cost": Precise.string_sub(
                        "0" if (fee_cost is None) else fee_cost, "0" if (bonus is None) else bonus
                    ),
                    "currency": js.get(market, "quote"),
                }
        return self.trade_structure(
            identifier=self.safe_string(trade, "tid"),
            timestamp=self.safe_timestamp2(trade, "date", "timestamp"),
            symbol=js.get(market, "symbol"),
            side=side,
            taker_or_maker=taker_or_maker,
            price=self.safe_string(trade, "price"),
            amount=self.safe_string(trade, "amount"),
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
        # trades/{currency_pair}: the latest trades, the newest first.
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_trades_pair(self.extend({"pair": js.get(market, "id")}, params))
        if not js.is_array(response):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent a trade list that is no list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.parse_trades(response, market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # get_info2: { funds (what is free, by currency id), deposit (the whole balance, orders included),
        # rights, open_orders, server_time }.
        self.load_markets()
        response = self.private_post_get_info2(params)
        data = self.return_of(response)
        funds = self.safe_dict(data, "funds", {})
        deposit = self.safe_dict(data, "deposit", {})
        result = {"info": response, "timestamp": self.safe_timestamp(data, "server_time")}
        result["datetime"] = self.iso8601(js.get(result, "timestamp"))
        ids = self.unique(self.array_concat(js.keys(funds), js.keys(deposit)))
        i = 0
        while True:
            if not js.less(i, js.length(ids)):
                break
            id_ = js.get(ids, i)
            account = self.account()
            js.set_(account, "free", self.safe_string(funds, id_))
            js.set_(account, "total", self.safe_string(deposit, id_))
            js.set_(result, self.safe_currency_code(id_), account)
            i += 1
        return self.safe_balance(result)

    def return_of(self, response):
        # The 'return' dictionary of a successful trade API answer (handleErrors has thrown for the others). An
        # empty list stands for an empty dictionary (a list without entries).
        data = self.safe_value(response, "return")
        if js.is_array(data) and js.strict_equal(js.length(data), 0):
            return {}
        if (data is None) or js.is_array(data) or (not (js.typeof(data) == "object")):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent an answer without a return dictionary: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return data

    # --- trading -------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # active_orders (keyed by order id, the id added by the caller): { currency_pair, action, amount, price,
        # timestamp }. trade and cancel_order answer with the order's id and the balance only: the callers build
        # those orders.
        market_id = self.safe_string(order, "currency_pair")
        market = self.safe_market(market_id, market, "_")
        sides = self.safe_dict(self.options, "sides", {})
        return self.safe_order(
            {
                "id": self.safe_string(order, "order_id"),
                "timestamp": self.safe_timestamp(order, "timestamp"),
                "symbol": js.get(market, "symbol"),
                "type": "limit",
                "side": self.safe_string(sides, self.safe_string(order, "action")),
                "price": self.safe_string(order, "price"),
                "amount": self.safe_string(order, "amount"),
                "status": "open",
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
        # trade: currency_pair, action (bid or ask), price, amount, limit (a take-profit limit order placed for
        # what fills), comment. Only limit orders, good till canceled; the answer is { received (filled now),
        # remains (left on the book), order_id (0 when nothing remains), funds }.
        if not (type_ == "limit"):
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () places limit orders only, not "
                    + js.to_str(type_)
                    + " orders"
                )
            )
        time_in_force = self.safe_string_upper(params, "timeInForce")
        if (time_in_force is not None) and (not (time_in_force == "GTC")) and (not (time_in_force == "PO")):
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () does not support the unified param timeInForce "
                    + js.to_str(time_in_force)
                    + ": orders rest on the book until canceled (GTC)"
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
        self.load_markets()
        market = self.market(symbol)
        request = {
            "currency_pair": js.get(market, "id"),
            "action": "bid" if (side == "buy") else "ask",
            "price": self.price_to_precision(symbol, price),
            "amount": self.amount_to_precision(symbol, amount),
        }
        response = self.private_post_trade(self.extend(request, rest))
        # An order filled at once leaves nothing on the book: its order_id is 0, the only id it has.
        data = self.return_of(response)
        remains = self.safe_string(data, "remains")
        status = None
        if remains is not None:
            status = "closed" if Precise.string_eq(remains, "0") else "open"
        return self.safe_order(
            {
                "id": self.safe_string(data, "order_id"),
                "symbol": js.get(market, "symbol"),
                "type": "limit",
                "side": side,
                "price": js.get(request, "price"),
                "amount": js.get(request, "amount"),
                "filled": self.safe_string(data, "received"),
                "remaining": remains,
                "status": status,
                "info": response,
            },
            market,
        )

    def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # cancel_order: order_id, currency_pair (optional); answers { order_id, funds }.
        self.load_markets()
        market = None
        request = {"order_id": id_}
        if symbol is not None:
            market = self.market(symbol)
            request["currency_pair"] = js.get(market, "id")
        response = self.private_post_cancel_order(self.extend(request, params))
        data = self.return_of(response)
        return self.safe_order(
            {
                "id": self.safe_string(data, "order_id", id_),
                "symbol": None if (market is None) else js.get(market, "symbol"),
                "status": "canceled",
                "info": response,
            },
            market,
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
        # active_orders: currency_pair (optional: every pair without it; the docs' is_token true lists the
        # counterparty tokens' orders instead). Answers { "<order id>": { order }, ... }.
        self.load_markets()
        market = None
        request = {}
        if symbol is not None:
            market = self.market(symbol)
            request["currency_pair"] = js.get(market, "id")
        response = self.private_post_active_orders(self.extend(request, params))
        data = self.return_of(response)
        ids = js.keys(data)
        result = []
        i = 0
        while True:
            if not (i < len(ids)):
                break
            entry = self.safe_dict(data, ids[i])
            if entry is None:
                i += 1
                continue
            result.append(self.extend(self.parse_order(entry, market), {"id": ids[i]}))
            i += 1
        return self.filter_by_symbol_since_limit(self.sort_by(result, "timestamp"), symbol, since, limit)

    def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # trade_history: currency_pair (without it only a few old pairs are listed, so a symbol is required),
        # count, since and end (Unix seconds; either one sorts the oldest first), order (DESC by default).
        # Answers { "<trade id>": { trade }, ... }.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchMyTrades () requires a symbol: trade_history without currency_pair lists only some pairs"
                )
            )
        self.load_markets()
        market = self.market(symbol)
        request = {"currency_pair": js.get(market, "id")}
        if limit is not None:
            request["count"] = limit
        if since is not None:
            request["since"] = js.floor(js.divide(since, 1000))
        until = self.safe_integer(params, "until")
        if until is not None:
            request["end"] = js.floor(js.divide(until, 1000))
        response = self.private_post_trade_history(self.extend(request, self.omit(params, "until")))
        data = self.return_of(response)
        ids = js.keys(data)
        result = []
        i = 0
        while True:
            if not (i < len(ids)):
                break
            entry = self.safe_dict(data, ids[i])
            if entry is None:
                i += 1
                continue
            result.append(self.extend(self.parse_trade(entry, market), {"id": ids[i]}))
            i += 1
        return self.filter_by_symbol_since_limit(
            self.sort_by(result, "timestamp"), js.get(market, "symbol"), since, limit
        )

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # deposit_history and withdraw_history (keyed by id, the id and type added by the caller): { timestamp,
        # address, amount, txid }. withdraw: { txid (empty until the transfer is sent), fee, funds }.
        code = self.safe_currency_code(None, currency)
        fee_cost = self.safe_string(transaction, "fee")
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "id"),
                "txid": self.safe_string(transaction, "txid"),
                "timestamp": self.safe_timestamp(transaction, "timestamp"),
                "address": self.safe_string(transaction, "address"),
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "fee": None if (fee_cost is None) else {"cost": fee_cost, "currency": code},
                "info": transaction,
            },
            currency,
        )

    def transaction_history(self, type_, code, since, limit, params):
        # deposit_history or withdraw_history: currency (required), count, since and end (Unix seconds).
        if code is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(type_)
                    + " history requires a currency code: the API lists one currency at a time"
                )
            )
        self.load_markets()
        currency = self.currency(code)
        request = {"currency": js.get(currency, "id")}
        if limit is not None:
            request["count"] = limit
        if since is not None:
            request["since"] = js.floor(js.divide(since, 1000))
        until = self.safe_integer(params, "until")
        if until is not None:
            request["end"] = js.floor(js.divide(until, 1000))
        query = self.extend(request, self.omit(params, "until"))
        response = None
        if type_ == "deposit":
            response = self.private_post_deposit_history(query)
        else:
            response = self.private_post_withdraw_history(query)
        data = self.return_of(response)
        ids = js.keys(data)
        result = []
        i = 0
        while True:
            if not (i < len(ids)):
                break
            entry = self.safe_dict(data, ids[i])
            if entry is None:
                i += 1
                continue
            result.append(self.extend(self.parse_transaction(entry, currency), {"id": ids[i], "type": type_}))
            i += 1
        return self.filter_by_currency_since_limit(
            self.sort_by(result, "timestamp"), js.get(currency, "code"), since, limit
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
        return self.transaction_history("deposit", code, since, limit, params)

    def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.transaction_history("withdrawal", code, since, limit, params)

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
        # withdraw: currency (not jpy), address, amount, message (XEM only: the tag), opt_fee (btc and mona only:
        # the miners' fee). The docs name no network parameter.
        if self.safe_value(params, "network") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " withdraw () does not support the unified param network: the API withdraws on the currency's one network"
                )
            )
        self.load_markets()
        currency = self.currency(code)
        request = {
            "currency": js.get(currency, "id"),
            "address": address,
            "amount": self.number_to_string(amount),
        }
        if tag is not None:
            request["message"] = tag
        response = self.private_post_withdraw(self.extend(request, params))
        data = self.return_of(response)
        result = self.parse_transaction(data, currency)
        return self.extend(
            result,
            {
                "type": "withdrawal",
                "address": address,
                "tag": tag,
                "amount": self.parse_number(js.get(request, "amount")),
                "info": response,
            },
        )

    # --- transport -----------------------------------------------------------------------------------
    def nonce(self):
        # Unix seconds with the milliseconds as decimals ('1700000000.123'): the docs allow a fractional nonce
        # that must grow with every request.
        milliseconds = self.milliseconds()
        fraction = self.number_to_string(js.modulo(milliseconds, 1000))
        return js.bounded_text(
            js.bounded_text(js.to_str(self.number_to_string(js.floor(js.divide(milliseconds, 1000)))) + ".")
            + js.pad_start(fraction, 3, "0")
        )

    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        if api == "public":
            url = js.bounded_text(
                js.bounded_text(js.to_str(js.get(js.get(self.urls, "api"), "public")) + "/")
                + js.to_str(self.implode_params(path, params))
            )
            query = self.omit(params, self.extract_params(path))
            if len(js.keys(query)) > 0:
                url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(query)))
            return {"url": url, "method": method, "body": body, "headers": headers}
        # The body: nonce, method and the method's parameters, form-encoded; Sign is its HMAC-SHA512 in hex.
        self.check_required_credentials()
        if js.has(params, "nonce") or js.has(params, "method"):
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(path)
                    + " takes no parameter nonce or method: the request sets its own"
                )
            )
        body = self.urlencode(self.extend({"nonce": self.nonce(), "method": path}, params))
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
        # The trade API: { "success": 0, "error": "<message>" }; a public method: { "error": "<message>" }. The
        # message picks the error class (the docs' list); any other is an ExchangeError.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return None
        success = self.safe_string(response, "success")
        if success == "1":
            return None
        message = self.safe_string(response, "error")
        if (success is None) and (message is None):
            return None
        feedback = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " ") + js.to_str(self.excerpt(response_body))
        )
        if message is not None:
            self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), message, feedback)
            self.throw_broadly_matched_exception(js.get(self.exceptions, "broad"), message, feedback)
        raise ExchangeError(feedback)
