# Generated from js/buda.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from typing import Any

from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base.precise import Precise
from exchangekit.base.errors import (
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
    BadSymbol,
    InsufficientFunds,
    InvalidAddress,
    InvalidOrder,
    NotSupported,
    OrderNotFound,
    PermissionDenied,
)
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


class buda(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "buda",
                "name": "Buda",
                "countries": ["CL", "CO", "PE"],
                "version": "v2",
                "rateLimit": 500,
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
                    "api": "https://www.buda.com/api",
                    "www": "https://www.buda.com",
                    "doc": "https://api.buda.com",
                    "fees": "https://www.buda.com/comisiones",
                },
                "api": {
                    "public": {
                        "get": [
                            "markets",
                            "markets/{market}",
                            "markets/{market}/ticker",
                            "markets/{market}/volume",
                            "markets/{market}/order_book",
                            "markets/{market}/trades",
                            "tickers",
                            "currencies/{currency}/fees/deposit",
                            "currencies/{currency}/fees/withdrawal",
                        ]
                    },
                    "private": {
                        "get": [
                            "me",
                            "balances",
                            "balances/{currency}",
                            "markets/{market}/orders",
                            "orders/{id}",
                            "currencies/{currency}/deposits",
                            "currencies/{currency}/withdrawals",
                            "currencies/{currency}/receive_addresses",
                            "currencies/{currency}/receive_addresses/{id}",
                        ],
                        "post": [
                            "markets/{market}/orders",
                            "currencies/{currency}/withdrawals",
                            "currencies/{currency}/receive_addresses",
                        ],
                        "put": ["orders/{id}"],
                    },
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": True, "percentage": True, "taker": 0.008, "maker": 0.004}},
                "options": {
                    "orderStatuses": {
                        "received": "open",
                        "pending": "open",
                        "traded": "closed",
                        "canceling": "canceled",
                        "canceled": "canceled",
                    },
                    "transferStatuses": {
                        "pending_preparation": "pending",
                        "pending_signature": "pending",
                        "pending_confirmation": "pending",
                        "pending_execution": "pending",
                        "retained": "pending",
                        "confirmed": "ok",
                        "rejected": "failed",
                        "anulled": "canceled",
                    },
                },
                "exceptions": {
                    "exact": {
                        "not_authorized": AuthenticationError,
                        "invalid_signature": AuthenticationError,
                        "invalid_nonce": AuthenticationError,
                        "forbidden": PermissionDenied,
                        "insufficient_funds": InsufficientFunds,
                        "insufficient_balance": InsufficientFunds,
                        "amount_too_small": InvalidOrder,
                        "price_out_of_range": InvalidOrder,
                        "market_not_found": BadSymbol,
                        "order_not_found": OrderNotFound,
                        "invalid_param": BadRequest,
                    },
                    "broad": {},
                },
            },
        )

    # --- markets -------------------------------------------------------------------------------------
    def amount_of(self, entry, key):
        # [ '0.001', 'BTC' ] -> '0.001'
        return self.safe_string(self.safe_list(entry, key, []), 0)

    async def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # markets: { markets: [ { id: 'BTC-CLP', name: 'btc-clp', base_currency, quote_currency,
        # minimum_order_amount: [ '0.001', 'BTC' ], taker_fee: '0.8', maker_fee: '0.4' (percent), ... } ] }.
        response = await self.public_get_markets(params)
        markets = self.required_list(response, "markets")
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(markets)):
                break
            entry = js.get(markets, i)
            base_id = self.safe_string(entry, "base_currency")
            quote_id = self.safe_string(entry, "quote_currency")
            base = self.safe_currency_code(base_id)
            quote = self.safe_currency_code(quote_id)
            taker = self.safe_string(entry, "taker_fee")
            maker = self.safe_string(entry, "maker_fee")
            result.append(
                self.market_structure(
                    id=self.safe_string(entry, "id"),
                    symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
                    base=base,
                    quote=quote,
                    baseId=base_id,
                    quoteId=quote_id,
                    type="spot",
                    spot=True,
                    taker=(
                        js.get(js.get(self.fees, "trading"), "taker")
                        if (taker is None)
                        else self.parse_number(Precise.string_div(taker, "100"))
                    ),
                    maker=(
                        js.get(js.get(self.fees, "trading"), "maker")
                        if (maker is None)
                        else self.parse_number(Precise.string_div(maker, "100"))
                    ),
                    precision={"amount": None, "price": None},
                    limits={
                        "amount": {
                            "min": self.parse_number(self.amount_of(entry, "minimum_order_amount")),
                            "max": None,
                        },
                        "price": {"min": None, "max": None},
                        "cost": {"min": None, "max": None},
                    },
                    info=entry,
                )
            )
            i += 1
        return result

    def market_path_id(self, market):
        # The documentation's URLs name markets in lower case: markets/btc-clp/ticker.
        return js.lower(js.get(market, "id"))

    def currency_path_id(self, currency):
        # ... and currencies too: currencies/btc/withdrawals.
        return js.lower(js.get(currency, "id"))

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # { market_id: 'BTC-CLP', last_price: [ price, quote ], min_ask, max_bid, volume: [ amount, base ],
        # price_variation_24h: '0.005' (a fraction: 0.5 %), price_variation_7d }. No timestamp.
        market = self.safe_market(self.safe_string(ticker, "market_id"), market, "-")
        variation = self.safe_string(ticker, "price_variation_24h")
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            bid=self.amount_of(ticker, "max_bid"),
            ask=self.amount_of(ticker, "min_ask"),
            last=self.amount_of(ticker, "last_price"),
            percentage=None if (variation is None) else Precise.string_mul(variation, "100"),
            base_volume=self.amount_of(ticker, "volume"),
            info=ticker,
            market=market,
        )

    async def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_markets_market_ticker(
            self.extend({"market": self.market_path_id(market)}, params)
        )
        return self.parse_ticker(self.safe_dict(response, "ticker", {}), market)

    async def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # tickers: { tickers: [ ticker, ... ] } of every market.
        await self.load_markets()
        response = await self.public_get_tickers(params)
        return self.parse_tickers(self.required_list(response, "tickers"), symbols)

    async def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # markets/{market}/order_book: { order_book: { asks: [ [ price, amount ] ], bids, market_id } }, the
        # whole book (the endpoint takes no depth: limit is applied here).
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_markets_market_order_book(
            self.extend({"market": self.market_path_id(market)}, params)
        )
        book = self.parse_order_book(self.safe_dict(response, "order_book", {}), js.get(market, "symbol"))
        return self.limit_order_book(book, limit)

    def parse_trade(self, trade, market=None):
        # A public trade is [ timestamp (ms), amount (base), price (quote), direction (the taker's side), id ]
        # (the id is not in every documented example).
        side = self.safe_string_lower(trade, 3)
        return self.trade_structure(
            identifier=self.safe_string(trade, 4),
            timestamp=self.safe_integer(trade, 0),
            symbol=None if (market is None) else js.get(market, "symbol"),
            side=side if ((side == "buy") or (side == "sell")) else None,
            taker_or_maker="taker",
            price=self.safe_string(trade, 2),
            amount=self.safe_string(trade, 1),
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
        # markets/{market}/trades?limit (at most 100): { trades: { timestamp, last_timestamp, market_id,
        # entries: [ ... ] } }, newest first. Its timestamp parameter pages backwards (trades before it), so since
        # cannot be sent: the newest trades are fetched and since is applied here.
        await self.load_markets()
        market = self.market(symbol)
        request = {"market": self.market_path_id(market)}
        if limit is not None:
            request["limit"] = js.min_(limit, 100)
        response = await self.public_get_markets_market_trades(self.extend(request, params))
        trades = self.safe_dict(response, "trades", {})
        return self.parse_trades(self.required_list(trades, "entries"), market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    async def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # balances: { balances: [ { id: 'BTC', amount (the total), available_amount, frozen_amount (in open
        # orders), pending_withdraw_amount, account_id } ] }.
        await self.load_markets()
        response = await self.private_get_balances(params)
        balances = self.required_list(response, "balances")
        result = {"info": response}
        i = 0
        while True:
            if not js.less(i, js.length(balances)):
                break
            entry = js.get(balances, i)
            code = self.safe_currency_code(self.safe_string(entry, "id"))
            account = self.account()
            js.set_(account, "free", self.amount_of(entry, "available_amount"))
            js.set_(account, "total", self.amount_of(entry, "amount"))
            js.set_(result, code, account)
            i += 1
        return self.safe_balance(result)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # { id, market_id, type: 'Bid' or 'Ask', state, created_at, fee_currency, price_type: 'limit' or 'market',
        # limit: [ price, quote ] (null for a market order), amount (what is left), original_amount, traded_amount,
        # total_exchanged (quote), paid_fee: [ cost, currency ] }.
        market = self.safe_market(self.safe_string(order, "market_id"), market, "-")
        type_ = self.safe_string(order, "type")
        side = None
        if type_ == "Bid":
            side = "buy"
        elif type_ == "Ask":
            side = "sell"
        state = self.safe_string(order, "state")
        fee = None
        fee_pair = self.safe_list(order, "paid_fee")
        fee_cost = self.safe_string(fee_pair, 0)
        if fee_cost is not None:
            fee = {
                "cost": fee_cost,
                "currency": self.safe_currency_code(
                    self.safe_string(fee_pair, 1, self.safe_string(order, "fee_currency"))
                ),
            }
        price_type = self.safe_string(order, "price_type")
        return self.safe_order(
            {
                "id": self.safe_string(order, "id"),
                "timestamp": self.parse8601(self.safe_string(order, "created_at")),
                "symbol": js.get(market, "symbol"),
                "type": price_type if ((price_type == "limit") or (price_type == "market")) else None,
                "side": side,
                "price": self.amount_of(order, "limit"),
                "amount": self.amount_of(order, "original_amount"),
                "filled": self.amount_of(order, "traded_amount"),
                "remaining": self.amount_of(order, "amount"),
                "cost": self.amount_of(order, "total_exchanged"),
                "status": self.safe_string(js.get(self.options, "orderStatuses"), state),
                "fee": fee,
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
        # POST markets/{market}/orders { type: 'Bid' or 'Ask', price_type: 'limit' or 'market', limit (the price
        # of a limit order), amount } answers { order }. The documented order has no time in force other than
        # resting until canceled, no post-only flag, no client id and no trigger: those params are refused.
        await self.load_markets()
        market = self.market(symbol)
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
        time_in_force = js.get(unified, "timeInForce")
        if (time_in_force is not None) and ((not (time_in_force == "GTC")) or (not (type_ == "limit"))):
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () does not support the unified param timeInForce "
                    + js.to_str(time_in_force)
                    + " for "
                    + js.to_str(type_)
                    + " orders: a limit order rests until canceled (GTC), nothing else is documented"
                )
            )
        request = {
            "market": self.market_path_id(market),
            "type": "Bid" if (side == "buy") else "Ask",
            "price_type": type_,
        }
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["limit"] = self.price_to_precision(symbol, price)
        request["amount"] = self.amount_to_precision(symbol, amount)
        response = await self.private_post_markets_market_orders(self.extend(request, rest))
        return self.parse_order(self.safe_dict(response, "order", {}), market)

    async def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # PUT orders/{id} { state: 'canceling' } answers { order } in the state canceling.
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        request = {"id": id_, "state": "canceling"}
        response = await self.private_put_orders_id(self.extend(request, params))
        return self.parse_order(self.safe_dict(response, "order", {}), market)

    async def fetch_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # orders/{id}: { order }.
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = await self.private_get_orders_id(self.extend({"id": id_}, params))
        return self.parse_order(self.safe_dict(response, "order", {}), market)

    async def fetch_orders_with_state(self, method, state, symbol, limit, params):
        # markets/{market}/orders?state&per (at most 300): { orders: [ ... ], meta: { current_page, total_count,
        # total_pages } }, newest first, of one market. No time range: until is refused rather than ignored.
        self.reject_unified_params(method, params, ["until"])
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () requires a symbol: the orders are listed per market"
                )
            )
        await self.load_markets()
        market = self.market(symbol)
        request = {"market": self.market_path_id(market)}
        if state is not None:
            request["state"] = state
        if limit is not None:
            request["per"] = js.min_(limit, 300)
        response = await self.private_get_markets_market_orders(self.extend(request, params))
        return [market, self.required_list(response, "orders")]

    async def fetch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        (
            market,
            orders,
        ) = js.destructure(await self.fetch_orders_with_state("fetchOrders", None, symbol, limit, params), 2)
        return self.parse_orders(orders, market, since, limit)

    async def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # state pending: the orders in the book.
        (
            market,
            orders,
        ) = js.destructure(
            await self.fetch_orders_with_state("fetchOpenOrders", "pending", symbol, limit, params), 2
        )
        return self.parse_orders(orders, market, since, limit)

    async def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # The market's orders that are no longer open (traded, canceling or canceled).
        (
            market,
            orders,
        ) = js.destructure(
            await self.fetch_orders_with_state("fetchClosedOrders", None, symbol, limit, params), 2
        )
        parsed = self.parse_orders(orders, market, since)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(parsed)):
                break
            status = js.get(js.get(parsed, i), "status")
            if (status is not None) and (not (status == "open")):
                result.append(js.get(parsed, i))
            i += 1
        return self.filter_by_since_limit(result, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # deposits and withdrawals: { id, state, currency, created_at, amount: [ amount, currency ],
        # fee: [ cost, currency ], deposit_data or withdrawal_data: { address or target_address, tx_hash } }.
        code = self.safe_currency_code(self.safe_string(transaction, "currency"), currency)
        withdrawal_data = self.safe_dict(transaction, "withdrawal_data")
        data = (
            self.safe_dict(transaction, "deposit_data", {}) if (withdrawal_data is None) else withdrawal_data
        )
        fee = None
        fee_cost = self.amount_of(transaction, "fee")
        if fee_cost is not None:
            fee = {"cost": fee_cost, "currency": code}
        state = self.safe_string(transaction, "state")
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "id"),
                "txid": self.safe_string(data, "tx_hash"),
                "timestamp": self.parse8601(self.safe_string(transaction, "created_at")),
                "address": self.safe_string2(data, "target_address", "address"),
                "type": "deposit" if (withdrawal_data is None) else "withdrawal",
                "amount": self.amount_of(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(js.get(self.options, "transferStatuses"), state),
                "fee": fee,
                "info": transaction,
            },
            currency,
        )

    async def fetch_transfers_of(self, type_, code, since, limit, params):
        # currencies/{currency}/deposits and .../withdrawals?per: newest first, of one currency; no time range.
        method = "fetchDeposits" if (type_ == "deposit") else "fetchWithdrawals"
        self.reject_unified_params(method, params, ["until"])
        if code is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + method
                    + " () requires a currency code: the API lists them per currency"
                )
            )
        await self.load_markets()
        currency = self.currency(code)
        request = {"currency": self.currency_path_id(currency)}
        if limit is not None:
            request["per"] = js.min_(limit, 300)
        entries = None
        if type_ == "deposit":
            response = await self.private_get_currencies_currency_deposits(self.extend(request, params))
            entries = self.required_list(response, "deposits")
        else:
            response = await self.private_get_currencies_currency_withdrawals(self.extend(request, params))
            entries = self.required_list(response, "withdrawals")
        return self.parse_transactions(entries, currency, since, limit)

    async def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return await self.fetch_transfers_of("deposit", code, since, limit, params)

    async def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return await self.fetch_transfers_of("withdrawal", code, since, limit, params)

    async def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # currencies/{currency}/receive_addresses: { receive_addresses: [ { id, address, ready, created_at } ] }:
        # the newest ready address. Each currency has one network, which the API does not name.
        self.reject_unified_params("fetchDepositAddress", params, ["network"])
        await self.load_markets()
        currency = self.currency(code)
        response = await self.private_get_currencies_currency_receive_addresses(
            self.extend({"currency": self.currency_path_id(currency)}, params)
        )
        addresses = self.required_list(response, "receive_addresses")
        found = None
        newest = None
        i = 0
        while True:
            if not js.less(i, js.length(addresses)):
                break
            entry = js.get(addresses, i)
            address = self.safe_string(entry, "address")
            if (address is None) or (not (self.safe_bool(entry, "ready") is True)):
                i += 1
                continue
            created = self.parse8601(self.safe_string(entry, "created_at"))
            if (found is None) or (
                (created is not None) and ((newest is None) or js.greater(created, newest))
            ):
                found = entry
                newest = created
            i += 1
        if found is None:
            raise InvalidAddress(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " fetchDepositAddress () found no ready ")
                    + js.to_str(js.get(currency, "code"))
                    + " address: create one on Buda.com first"
                )
            )
        return {
            "currency": js.get(currency, "code"),
            "address": self.safe_string(found, "address"),
            "info": found,
        }

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
        # POST currencies/{currency}/withdrawals { amount, withdrawal_data: { target_address } } answers
        # { withdrawal }. The documented request has neither a network nor a tag (memo): both are refused.
        self.reject_unified_params("withdraw", params, ["network"])
        if tag is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " withdraw () does not support a tag: the documented request is an amount and a target_address"
                )
            )
        await self.load_markets()
        currency = self.currency(code)
        request = {
            "currency": self.currency_path_id(currency),
            "amount": self.currency_to_precision(code, amount),
            "withdrawal_data": {"target_address": address},
        }
        response = await self.private_post_currencies_currency_withdrawals(self.extend(request, params))
        return self.parse_transaction(self.safe_dict(response, "withdrawal", {}), currency)

    # --- transport -----------------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # GET sends its params as the query string, POST and PUT as a JSON body.
        # The URL is urls['api'] (https://www.buda.com/api) and the path; the signature covers the URL's whole path.
        version_path = js.bounded_text(
            js.bounded_text("/" + js.to_str(self.version) + "/")
            + js.to_str(self.implode_params(path, params))
        )
        query = self.omit(params, self.extract_params(path))
        has_body = (method == "POST") or (method == "PUT")
        if (not has_body) and (len(js.keys(query)) > 0):
            version_path += js.within(
                version_path, js.within(version_path, "?") + js.to_str(self.urlencode(query))
            )
        url = js.bounded_text(js.to_str(js.get(self.urls, "api")) + version_path)
        request_path = js.bounded_text("/api" + version_path)
        if api == "public":
            return {"url": url, "method": method, "body": body, "headers": headers}
        self.check_required_credentials()
        nonce = self.number_to_string(self.microseconds())
        auth = js.bounded_text(js.to_str(method) + " " + request_path)
        headers = {"X-SBTC-APIKEY": self.apiKey, "X-SBTC-NONCE": nonce}
        if has_body:
            body = (
                self.json(query) if (len(js.keys(query)) > 0) else "{}"
            )  # (PHP writes an empty dictionary as [])
            auth += js.within(auth, js.within(auth, " ") + js.to_str(self.string_to_base64(body)))
            js.set_(headers, "Content-Type", "application/json")
        auth += js.within(auth, " " + js.to_str(nonce))
        js.set_(headers, "X-SBTC-SIGNATURE", self.hmac(self.encode(auth), self.encode(self.secret), "sha384"))
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
        # { "message": "...", "code": "not_authorized" } with an HTTP 4xx or 5xx status. A not_found answer is an
        # unknown order on orders/{id}, an unknown market on markets/{market}/...; other codes fall to the HTTP
        # status (429 RateLimitExceeded, 503 OnMaintenance, ...).
        if (
            (response is None)
            or js.is_array(response)
            or (not (js.typeof(response) == "object"))
            or js.less(status, 400)
        ):
            return None
        code = self.safe_string(response, "code")
        if code is None:
            return None
        feedback = js.bounded_text(
            js.bounded_text(
                js.to_str(self.id)
                + " "
                + js.to_str(method)
                + " "
                + js.to_str(url)
                + " "
                + js.to_str(code)
                + " "
            )
            + self.safe_string(response, "message", "")
        )
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
        if code == "not_found":
            if js.index_of(url, "/api/v2/orders/") >= 0:
                raise OrderNotFound(feedback)
            if js.index_of(url, "/api/v2/markets/") >= 0:
                raise BadSymbol(feedback)
            raise BadRequest(feedback)
        return None
