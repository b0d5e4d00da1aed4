# Generated from js/foxbit.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from typing import Any

from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base.errors import (
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
    BadSymbol,
    ExchangeError,
    InvalidOrder,
    OrderNotFound,
)
from exchangekit.base.number import TICK_SIZE
from exchangekit.base import js
from exchangekit.base.types import (
    Balances,
    Currency,
    DepositAddress,
    Market,
    Order,
    OrderBook,
    Ticker,
    Trade,
    TradingFee,
    Transaction,
)


class foxbit(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "foxbit",
                "name": "FoxBit",
                "countries": ["BR"],
                "version": "v3",
                "rateLimit": 334,
                "has": {
                    "fetchMarkets": True,
                    "fetchCurrencies": True,
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
                    "fetchMyTrades": True,
                    "fetchDeposits": True,
                    "fetchWithdrawals": True,
                    "fetchTransactions": False,
                    "fetchLedger": False,
                    "fetchDepositAddress": True,
                    "withdraw": True,
                    "fetchTime": True,
                    "fetchStatus": False,
                    "fetchTradingFees": True,
                    "cancelAllOrders": True,
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
                    "api": "https://api.foxbit.com.br",
                    "www": "https://foxbit.com.br",
                    "doc": "https://docs.foxbit.com.br/rest/v3/",
                    "fees": "https://foxbit.com.br/taxas/",
                },
                "api": {
                    "public": {
                        "get": [
                            "currencies",
                            "markets",
                            "markets/ticker/24hr",
                            "markets/{market_symbol}/ticker/24hr",
                            "markets/{market_symbol}/orderbook",
                            "markets/{market_symbol}/trades/history",
                            "markets/{market_symbol}/candlesticks",
                            "system/time",
                        ]
                    },
                    "private": {
                        "get": [
                            "me",
                            "me/fees/trading",
                            "accounts",
                            "accounts/{currency_symbol}/transactions",
                            "orders",
                            "orders/by-order-id/{id}",
                            "orders/by-client-order-id/{client_order_id}",
                            "trades",
                            "deposits",
                            "deposits/address",
                            "deposits/{deposit_sn}",
                            "withdrawals",
                            "withdrawals/{withdrawal_sn}",
                        ],
                        "post": ["orders", "withdrawals"],
                        "put": ["orders/cancel"],
                    },
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": True, "percentage": True, "maker": 0.001, "taker": 0.001}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "orderTypes": {
                        "LIMIT": "limit",
                        "MARKET": "market",
                        "INSTANT": "market",
                        "STOP_LIMIT": "limit",
                        "STOP_MARKET": "market",
                        "TRAILING_STOP_LIMIT": "limit",
                        "TRAILING_STOP_MARKET": "market",
                    },
                    "orderStatuses": {
                        "ACTIVE": "open",
                        "PARTIALLY_FILLED": "open",
                        "FILLED": "closed",
                        "PARTIALLY_CANCELED": "canceled",
                        "PENDING_CANCEL": "canceled",
                        "CANCELED": "canceled",
                    },
                    "depositStatuses": {
                        "SUBMITTING": "pending",
                        "SUBMITTED": "pending",
                        "AWAITING_TRAVEL_RULE": "pending",
                        "WARNING": "pending",
                        "BLOCKED": "pending",
                        "UNBLOCKED": "pending",
                        "MANUAL_CHARGEBACK_INITIATED": "pending",
                        "ACCEPTED": "ok",
                        "CANCELLED": "canceled",
                        "REJECTED": "failed",
                        "CHARGEDBACK": "failed",
                    },
                    "withdrawalStatuses": {
                        "SUBMITTING": "pending",
                        "SUBMITTED": "pending",
                        "AWAITING_TRAVEL_RULE": "pending",
                        "PROCESSING": "pending",
                        "DONE": "ok",
                        "CANCELED": "canceled",
                        "REJECTED": "failed",
                        "FAILED": "failed",
                    },
                },
                "exceptions": {"exact": {"2002": AuthenticationError, "5005": InvalidOrder}, "broad": {}},
            },
        )

    # --- markets and currencies ----------------------------------------------------------------------
    async def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # markets: { data: [ { symbol: 'btcbrl', quantity_min, quantity_increment, quantity_precision, price_min,
        # price_increment, price_precision, default_fees: { maker, taker }, base: { symbol, name, precision, type },
        # quote: { ... }, order_type: [ 'LIMIT', 'MARKET', ... ] } ] }.
        response = await self.public_get_markets(params)
        data = self.safe_list(response, "data", [])
        result = []
        i = 0
        while True:
            if not (i < len(data)):
                break
            result.append(self.parse_market(js.get(data, i)))
            i += 1
        return result

    def parse_market(self, entry):
        base_id = self.safe_string(self.safe_dict(entry, "base", {}), "symbol")
        quote_id = self.safe_string(self.safe_dict(entry, "quote", {}), "symbol")
        if (base_id is None) or (quote_id is None):
            raise BadSymbol(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id) + " sent a market without its base and quote symbols: "
                    )
                    + js.to_str(self.excerpt(self.json(entry)))
                )
            )
        base = self.safe_currency_code(base_id)
        quote = self.safe_currency_code(quote_id)
        fees = self.safe_dict(entry, "default_fees", {})
        return self.market_structure(
            id=self.safe_string(entry, "symbol"),
            symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
            base=base,
            quote=quote,
            baseId=base_id,
            quoteId=quote_id,
            type="spot",
            spot=True,
            taker=self.safe_number(fees, "taker"),
            maker=self.safe_number(fees, "maker"),
            precision={
                "amount": self.safe_number(entry, "quantity_increment"),
                "price": self.safe_number(entry, "price_increment"),
            },
            limits={
                "amount": {"min": self.safe_number(entry, "quantity_min"), "max": None},
                "price": {"min": self.safe_number(entry, "price_min"), "max": None},
                "cost": {"min": None, "max": None},
            },
            info=entry,
        )

    async def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # currencies: { data: [ { symbol, name, type: CRYPTO or FIAT, precision (decimal places), deposit_info:
        # { min_to_confirm, min_amount, enabled }, withdraw_info: { enabled, min_amount, fee }, networks: [ { name,
        # code, deposit_info: { status }, withdraw_info: { status, fee }, has_destination_tag } ],
        # default_network_code } ] }. A network's status is ENABLED or DISABLED.
        response = await self.public_get_currencies(params)
        data = self.safe_list(response, "data", [])
        result = {}
        i = 0
        while True:
            if not (i < len(data)):
                break
            entry = js.get(data, i)
            id_ = self.safe_string(entry, "symbol")
            code = self.safe_currency_code(id_)
            deposit_info = self.safe_dict(entry, "deposit_info", {})
            withdraw_info = self.safe_dict(entry, "withdraw_info", {})
            deposit = self.safe_bool(deposit_info, "enabled")
            withdraw = self.safe_bool(withdraw_info, "enabled")
            precision = self.parse_number(self.parse_precision(self.safe_string(entry, "precision")))
            limits = {
                "deposit": {"min": self.safe_number(deposit_info, "min_amount"), "max": None},
                "withdraw": {"min": self.safe_number(withdraw_info, "min_amount"), "max": None},
            }
            network_list = self.safe_list(entry, "networks", [])
            networks = {}
            j = 0
            while True:
                if not (j < len(network_list)):
                    break
                network = js.get(network_list, j)
                network_id = self.safe_string(network, "code")
                if network_id is None:
                    j += 1
                    continue
                network_code = js.upper(self.network_code(network_id))
                network_deposit = self.safe_string(self.safe_dict(network, "deposit_info", {}), "status")
                network_withdraw_info = self.safe_dict(network, "withdraw_info", {})
                network_withdraw = self.safe_string(network_withdraw_info, "status")
                networks[network_code] = {
                    "id": network_id,
                    "network": network_code,
                    "deposit": None if (network_deposit is None) else network_deposit == "ENABLED",
                    "withdraw": None if (network_withdraw is None) else network_withdraw == "ENABLED",
                    "fee": self.safe_number(network_withdraw_info, "fee"),
                    "precision": precision,
                    "limits": limits,
                }
                j += 1
            js.set_(
                result,
                code,
                {
                    "id": id_,
                    "code": code,
                    "name": self.safe_string(entry, "name"),
                    "deposit": deposit,
                    "withdraw": withdraw,
                    "fee": self.safe_number(withdraw_info, "fee"),
                    "precision": precision,
                    "limits": limits,
                    "networks": networks,
                    "info": entry,
                },
            )
            i += 1
        return result

    async def fetch_time(self, params: dict[str, Any] | None = None) -> int | None:
        if params is None:
            params = {}
        # system/time: { iso, timestamp (ms) }.
        response = await self.public_get_system_time(params)
        return self.safe_integer(response, "timestamp")

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # { market_symbol, last_trade: { price, volume, date }, rolling_24h: { price_change, price_change_percent,
        # volume (base), quote_volume, trades_count, open, high, low }, best: { ask: { price, volume }, bid } }.
        market = self.safe_market(self.safe_string(ticker, "market_symbol"), market)
        last_trade = self.safe_dict(ticker, "last_trade", {})
        rolling = self.safe_dict(ticker, "rolling_24h", {})
        best = self.safe_dict(ticker, "best", {})
        ask = self.safe_dict(best, "ask", {})
        bid = self.safe_dict(best, "bid", {})
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            high=self.safe_string(rolling, "high"),
            low=self.safe_string(rolling, "low"),
            bid=self.safe_string(bid, "price"),
            bid_volume=self.safe_string(bid, "volume"),
            ask=self.safe_string(ask, "price"),
            ask_volume=self.safe_string(ask, "volume"),
            open_=self.safe_string(rolling, "open"),
            last=self.safe_string(last_trade, "price"),
            change=self.safe_string(rolling, "price_change"),
            percentage=self.safe_string(rolling, "price_change_percent"),
            base_volume=self.safe_string(rolling, "volume"),
            quote_volume=self.safe_string(rolling, "quote_volume"),
            info=ticker,
            market=market,
        )

    async def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        # markets/{market_symbol}/ticker/24hr: { data: [ ticker ] }, with the best bid and ask and their volumes.
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_markets_market_symbol_ticker24hr(
            self.extend({"market_symbol": js.get(market, "id")}, params)
        )
        data = self.safe_list(response, "data", [])
        ticker = self.safe_dict(data, 0)
        if ticker is None:
            raise ExchangeError(
                js.bounded_text(js.to_str(self.id) + " fetchTicker () got no ticker of " + js.to_str(symbol))
            )
        return self.parse_ticker(ticker, market)

    async def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # markets/ticker/24hr: { data: [ ticker ] } of every market.
        await self.load_markets()
        response = await self.public_get_markets_ticker24hr(params)
        return self.parse_tickers(self.safe_list(response, "data", []), symbols)

    async def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # markets/{market_symbol}/orderbook?depth: { sequence_id, timestamp (ms), bids: [ [ price, quantity ] ], asks }.
        await self.load_markets()
        market = self.market(symbol)
        request = {"market_symbol": js.get(market, "id")}
        if limit is not None:
            request["depth"] = limit
        response = await self.public_get_markets_market_symbol_orderbook(self.extend(request, params))
        book = self.parse_order_book(
            response, js.get(market, "symbol"), self.safe_integer(response, "timestamp")
        )
        js.set_(book, "nonce", self.safe_integer(response, "sequence_id"))
        return book

    def parse_trade(self, trade, market=None):
        # Public (trades/history): { id, price, volume, taker_side, created_at }.
        # Own (trades): { id, sn, order_id, market_symbol, side, price, quantity, fee, fee_currency_symbol,
        # role: MAKER or TAKER, created_at }.
        market = self.safe_market(self.safe_string(trade, "market_symbol"), market)
        fee_cost = self.safe_string(trade, "fee")
        fee = None
        if fee_cost is not None:
            fee = {
                "cost": fee_cost,
                "currency": self.safe_currency_code(self.safe_string(trade, "fee_currency_symbol")),
            }
        return self.trade_structure(
            identifier=self.safe_string(trade, "id"),
            order=self.safe_string(trade, "order_id"),
            timestamp=self.parse8601(self.safe_string(trade, "created_at")),
            symbol=js.get(market, "symbol"),
            side=self.safe_string_lower2(trade, "side", "taker_side"),
            taker_or_maker=self.safe_string_lower(trade, "role"),
            price=self.safe_string(trade, "price"),
            amount=self.safe_string2(trade, "quantity", "volume"),
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
        # markets/{market_symbol}/trades/history?start_time&end_time (YYYY-MM-DDTHH:MM:SS)&page_size: the most
        # recent trades, or those of the time range.
        await self.load_markets()
        market = self.market(symbol)
        request = {"market_symbol": js.get(market, "id")}
        if since is not None:
            request["start_time"] = self.ymdhms(since, "T")
        if limit is not None:
            request["page_size"] = limit
        response = await self.public_get_markets_market_symbol_trades_history(self.extend(request, params))
        return self.parse_trades(self.safe_list(response, "data", []), market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    async def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # accounts: { data: [ { currency_symbol, balance, balance_available, balance_locked } ] }.
        await self.load_markets()
        response = await self.private_get_accounts(params)
        data = self.safe_list(response, "data", [])
        result = {"info": response}
        i = 0
        while True:
            if not (i < len(data)):
                break
            entry = js.get(data, i)
            code = self.safe_currency_code(self.safe_string(entry, "currency_symbol"))
            account = self.account()
            js.set_(account, "free", self.safe_string(entry, "balance_available"))
            js.set_(account, "used", self.safe_string(entry, "balance_locked"))
            js.set_(account, "total", self.safe_string(entry, "balance"))
            js.set_(result, code, account)
            i += 1
        return self.safe_balance(result)

    async def fetch_trading_fees(self, params: dict[str, Any] | None = None) -> dict[str, TradingFee]:
        if params is None:
            params = {}
        # me/fees/trading: { data: [ { market_symbol, maker, taker } ] }, rates (0.001 is 0.1 %).
        await self.load_markets()
        response = await self.private_get_me_fees_trading(params)
        data = self.safe_list(response, "data", [])
        result = {}
        i = 0
        while True:
            if not (i < len(data)):
                break
            entry = js.get(data, i)
            symbol = self.safe_symbol(self.safe_string(entry, "market_symbol"))
            js.set_(
                result,
                symbol,
                {
                    "symbol": symbol,
                    "maker": self.safe_number(entry, "maker"),
                    "taker": self.safe_number(entry, "taker"),
                    "info": entry,
                },
            )
            i += 1
        return result

    # --- trading -------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # orders/by-order-id/{id} and orders: { id, sn, client_order_id, market_symbol, side, type, state, price,
        # price_avg, quantity (what is still to be executed: 0 once filled), quantity_executed, instant_amount,
        # instant_amount_executed (INSTANT orders are sized in the quote currency), created_at, trades_count,
        # fee_paid, post_only, time_in_force, cancellation_reason, ... }.
        # POST orders answers { id, sn, client_order_id } only; orders/cancel { sn, id } of each order.
        market = self.safe_market(self.safe_string(order, "market_symbol"), market)
        raw_type = self.safe_string(order, "type")
        fee_cost = self.safe_string(order, "fee_paid")
        fee = None
        if fee_cost is not None:
            # The order reports what it paid, not in which currency (its trades do).
            fee = {"cost": fee_cost, "currency": None}
        remaining = self.safe_string(order, "quantity")
        cost = None
        if raw_type == "INSTANT":
            # quantity is not the size of an order sized by instant_amount (quote), which it spent as it filled.
            remaining = None
            cost = self.safe_string(order, "instant_amount_executed")
        return self.safe_order(
            {
                "id": self.safe_string(order, "id"),
                "clientOrderId": self.safe_string(order, "client_order_id"),
                "timestamp": self.parse8601(self.safe_string(order, "created_at")),
                "symbol": js.get(market, "symbol"),
                "type": self.safe_string(js.get(self.options, "orderTypes"), raw_type),
                "timeInForce": self.safe_string(order, "time_in_force"),
                "postOnly": self.safe_bool(order, "post_only"),
                "side": self.safe_string_lower(order, "side"),
                "price": self.safe_string(order, "price"),
                "average": self.safe_string(order, "price_avg"),
                "filled": self.safe_string(order, "quantity_executed"),
                "remaining": remaining,
                "cost": cost,
                "status": self.safe_string(
                    js.get(self.options, "orderStatuses"), self.safe_string(order, "state")
                ),
                "fee": fee,
                "info": order,
            },
            market,
        )

    def order_type_of(self, type_, unified):
        # Foxbit's order type: LIMIT and MARKET, STOP_LIMIT and STOP_MARKET with a triggerPrice (stop_price: the
        # order enters the book once the market reaches it), INSTANT for a market order sized by cost (quote).
        if js.get(unified, "triggerPrice") is not None:
            return "STOP_LIMIT" if (type_ == "limit") else "STOP_MARKET"
        if js.get(unified, "cost") is not None:
            return "INSTANT"
        return "LIMIT" if (type_ == "limit") else "MARKET"

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
        # POST orders { market_symbol, side: BUY or SELL, type, quantity (base), price, stop_price, amount (quote,
        # INSTANT), post_only, time_in_force (GTC, FOK, IOC: LIMIT and STOP_LIMIT only), client_order_id (digits) }.
        # The unified postOnly is post_only, timeInForce time_in_force, triggerPrice stop_price, cost an INSTANT
        # order's amount and clientOrderId client_order_id. Spot has no reduceOnly; a stop order triggers when the
        # market reaches its price, either way, so stopLossPrice and takeProfitPrice (one direction each) are
        # refused rather than placed as a stop that may trigger on the wrong side.
        await self.load_markets()
        market = self.market(symbol)
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
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params("createOrder", unified, ["reduceOnly", "stopLossPrice", "takeProfitPrice"])
        if (js.get(unified, "timeInForce") is not None) and (not (type_ == "limit")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () timeInForce is for limit orders only, not "
                    + js.to_str(type_)
                    + " orders"
                )
            )
        if (
            js.truthy(js.get(unified, "postOnly"))
            and (js.get(unified, "timeInForce") is not None)
            and (not (js.get(unified, "timeInForce") == "GTC"))
        ):
            raise InvalidOrder(
                js.bounded_text(js.to_str(self.id) + " createOrder () postOnly takes timeInForce GTC only")
            )
        client_order_id = js.get(unified, "clientOrderId")
        if (client_order_id is not None) and (not js.truthy(self.is_digits(client_order_id))):
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () clientOrderId must be a string of digits (a number up to 2^63 - 1), not "
                    + js.to_str(client_order_id)
                )
            )
        if (js.get(unified, "cost") is not None) and (js.get(unified, "triggerPrice") is not None):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () cost (an INSTANT order) cannot be combined with triggerPrice"
                )
            )
        order_type = self.order_type_of(type_, unified)
        request = {"market_symbol": js.get(market, "id"), "side": js.upper(side), "type": order_type}
        if order_type == "INSTANT":
            # The quote amount as the caller gave it (a decimal of up to 16 places, documented); the market's
            # price tick is not the quote currency's precision.
            request["amount"] = js.get(unified, "cost")
        else:
            request["quantity"] = self.amount_to_precision(symbol, amount)
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["price"] = self.price_to_precision(symbol, price)
        if js.get(unified, "triggerPrice") is not None:
            request["stop_price"] = self.price_to_precision(symbol, js.get(unified, "triggerPrice"))
        if js.truthy(js.get(unified, "postOnly")):
            request["post_only"] = True
        if js.get(unified, "timeInForce") is not None:
            request["time_in_force"] = js.get(unified, "timeInForce")
        if client_order_id is not None:
            request["client_order_id"] = client_order_id
        response = await self.private_post_orders(self.extend(request, rest))
        return self.parse_order(response, market)

    def is_digits(self, text):
        if js.strict_equal(js.length(text), 0):
            return False
        digits = "0123456789"
        i = 0
        while True:
            if not js.less(i, js.length(text)):
                break
            if js.index_of(digits, js.char_at(text, i)) < 0:
                return False
            i += 1
        return True

    async def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # PUT orders/cancel { type: 'ID', id } answers { data: [ { sn, id } ] }: the cancellation is asynchronous
        # (fetchOrder tells when it is done).
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = await self.private_put_orders_cancel(self.extend({"type": "ID", "id": id_}, params))
        data = self.safe_list(response, "data", [])
        entry = self.safe_dict(data, 0)
        if entry is None:
            raise OrderNotFound(
                js.bounded_text(js.to_str(self.id) + " cancelOrder () canceled no order " + js.to_str(id_))
            )
        return self.parse_order(entry, market)

    async def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # PUT orders/cancel { type: 'ALL' } (every market) or { type: 'MARKET', market_symbol } answers
        # { data: [ { sn, id } ] }.
        await self.load_markets()
        market = None
        request = {"type": "ALL"}
        if symbol is not None:
            market = self.market(symbol)
            request["type"] = "MARKET"
            request["market_symbol"] = js.get(market, "id")
        response = await self.private_put_orders_cancel(self.extend(request, params))
        data = self.safe_list(response, "data", [])
        result = []
        i = 0
        while True:
            if not (i < len(data)):
                break
            result.append(self.parse_order(js.get(data, i), market))
            i += 1
        return result

    async def fetch_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # orders/by-order-id/{id}: the order.
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = await self.private_get_orders_by_order_id_id(self.extend({"id": id_}, params))
        return self.parse_order(response, market)

    def orders_request(self, symbol, since, limit, params):
        # orders?market_symbol&state&start_time&end_time (ISO 8601; 90 days at most, the last 90 days by
        # default)&page_size (100 at most): newest first. The unified until is end_time.
        request = {}
        if symbol is not None:
            request["market_symbol"] = self.market_id(symbol)
        if since is not None:
            request["start_time"] = self.iso8601(since)
        until = self.safe_integer(params, "until")
        if until is not None:
            request["end_time"] = self.iso8601(until)
        if limit is not None:
            request["page_size"] = js.min_(limit, 100)
        return self.extend(request, self.omit(params, "until"))

    async def fetch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = await self.private_get_orders(self.orders_request(symbol, since, limit, params))
        return self.parse_orders(self.safe_list(response, "data", []), market, since, limit)

    async def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # The open orders are those in state ACTIVE and those in state PARTIALLY_FILLED: one request each.
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        request = self.orders_request(symbol, since, limit, params)
        active = await self.private_get_orders(self.extend(request, {"state": "ACTIVE"}))
        partial = await self.private_get_orders(self.extend(request, {"state": "PARTIALLY_FILLED"}))
        orders = self.array_concat(self.safe_list(active, "data", []), self.safe_list(partial, "data", []))
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
        # The orders of the history that are no longer open (filled or canceled).
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = await self.private_get_orders(self.orders_request(symbol, since, limit, params))
        orders = self.parse_orders(self.safe_list(response, "data", []), market, since)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(orders)):
                break
            status = js.get(js.get(orders, i), "status")
            if (status is not None) and (not (status == "open")):
                result.append(js.get(orders, i))
            i += 1
        return self.filter_by_since_limit(result, since, limit)

    async def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # trades?market_symbol (required)&start_time&end_time (ISO 8601)&page_size (100 at most): newest first.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchMyTrades () requires a symbol: the endpoint takes one market_symbol"
                )
            )
        await self.load_markets()
        market = self.market(symbol)
        response = await self.private_get_trades(self.orders_request(symbol, since, limit, params))
        return self.parse_trades(self.safe_list(response, "data", []), market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transfer(self, transaction, type_, currency=None):
        # deposits: { sn, state, currency_symbol, amount, fee, created_at, details_crypto: { transaction_id,
        # receiving_address, network_code } }; withdrawals: { sn, state, rejection_reason, currency_symbol, amount,
        # fee, created_at, details_crypto: { transaction_id, destination_address, destination_tag, network_code },
        # details_fiat }.
        code = self.safe_currency_code(self.safe_string(transaction, "currency_symbol"), currency)
        details = self.safe_dict(transaction, "details_crypto", {})
        network_id = self.safe_string(details, "network_code")
        statuses = (
            js.get(self.options, "depositStatuses")
            if (type_ == "deposit")
            else js.get(self.options, "withdrawalStatuses")
        )
        fee = None
        fee_cost = self.safe_string(transaction, "fee")
        if fee_cost is not None:
            fee = {"cost": fee_cost, "currency": code}
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "sn"),
                "txid": self.safe_string(details, "transaction_id"),
                "timestamp": self.parse8601(self.safe_string(transaction, "created_at")),
                "network": (
                    None
                    if (network_id is None)
                    else self.network_code(network_id, self.safe_currency_of(code))
                ),
                "address": self.safe_string2(details, "receiving_address", "destination_address"),
                "tag": self.safe_string(details, "destination_tag"),
                "type": type_,
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(statuses, self.safe_string(transaction, "state")),
                "fee": fee,
                "info": transaction,
            },
            currency,
        )

    def safe_currency_of(self, code):
        # The loaded currency of a unified code (undefined when currencies are not loaded or do not list it).
        return None if (self.currencies is None) else self.safe_dict(self.currencies, code)

    async def fetch_transfers_of(self, type_, code, since, limit, params):
        # deposits and withdrawals?start_time&end_time (ISO 8601)&page_size (100 at most): of every currency
        # (code filters them here), newest first.
        await self.load_markets()
        currency = None if (code is None) else self.currency(code)
        request = {}
        if since is not None:
            request["start_time"] = self.iso8601(since)
        until = self.safe_integer(params, "until")
        if until is not None:
            request["end_time"] = self.iso8601(until)
        if limit is not None:
            request["page_size"] = js.min_(limit, 100)
        query = self.extend(request, self.omit(params, "until"))
        response = None
        if type_ == "deposit":
            response = await self.private_get_deposits(query)
        else:
            response = await self.private_get_withdrawals(query)
        data = self.safe_list(response, "data", [])
        result = []
        i = 0
        while True:
            if not (i < len(data)):
                break
            result.append(self.parse_transfer(js.get(data, i), type_))
            i += 1
        sorted_ = self.sort_by(result, "timestamp")
        return self.filter_by_currency_since_limit(
            sorted_, None if (currency is None) else js.get(currency, "code"), since, limit
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
        # deposits/address?currency_symbol&network_code (the currency's default network without it):
        # { currency_symbol, address, message, destination_tag, network: { name, code } }.
        await self.load_markets()
        currency = self.currency(code)
        network_code = self.safe_string(params, "network")
        request = {"currency_symbol": js.get(currency, "id")}
        if network_code is not None:
            request["network_code"] = self.known_network_id(network_code, currency, "fetchDepositAddress")
        response = await self.private_get_deposits_address(self.extend(request, self.omit(params, "network")))
        address = self.safe_string(response, "address")
        if address is None:
            # The address is being generated: the docs say to ask again after a few minutes.
            raise ExchangeError(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " fetchDepositAddress () has no address of "
                        + js.to_str(code)
                        + " yet: "
                    )
                    + self.safe_string(response, "message", "")
                )
            )
        network_id = self.safe_string(self.safe_dict(response, "network", {}), "code")
        return {
            "currency": self.safe_currency_code(self.safe_string(response, "currency_symbol"), currency),
            "address": address,
            "tag": self.safe_string(response, "destination_tag"),
            "network": None if (network_id is None) else self.network_code(network_id, currency),
            "info": response,
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
        # POST withdrawals { amount, currency_symbol, network_code (the currency's default network without it),
        # destination_address, destination_tag } answers the withdrawal { sn, state, currency_symbol, amount,
        # fee, created_at, details_crypto }.
        await self.load_markets()
        currency = self.currency(code)
        network_code = self.safe_string(params, "network")
        request = {
            "amount": self.number_to_string(amount),
            "currency_symbol": js.get(currency, "id"),
            "destination_address": address,
        }
        if network_code is not None:
            request["network_code"] = self.known_network_id(network_code, currency, "withdraw")
        if tag is not None:
            request["destination_tag"] = tag
        response = await self.private_post_withdrawals(self.extend(request, self.omit(params, "network")))
        return self.parse_transfer(response, "withdrawal", currency)

    # --- transport -----------------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # GET sends its params as the query string, POST and PUT as a JSON body.
        request_path = js.bounded_text(
            js.bounded_text("/rest/" + js.to_str(self.version) + "/")
            + js.to_str(self.implode_params(path, params))
        )
        query = self.omit(params, self.extract_params(path))
        has_body = (method == "POST") or (method == "PUT")
        url = js.bounded_text(js.to_str(js.get(self.urls, "api")) + request_path)
        raw_query = ""
        if (not has_body) and (len(js.keys(query)) > 0):
            url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(query)))
            raw_query = self.rawencode(query)
        if api == "public":
            return {"url": url, "method": method, "body": body, "headers": headers}
        # X-FB-ACCESS-SIGNATURE: hex HMAC-SHA256, keyed by the secret, of timestamp (ms) + method + path + the query
        # string with its values as they are (not percent-encoded, the URL's order) + the body exactly as sent.
        self.check_required_credentials()
        timestamp = self.number_to_string(self.milliseconds())
        payload = ""
        if has_body:
            body = (
                self.json(query) if (len(js.keys(query)) > 0) else "{}"
            )  # (PHP writes an empty dictionary as [])
            payload = body
        auth = js.bounded_text(
            js.to_str(js.add(timestamp, method)) + request_path + js.to_str(raw_query) + js.to_str(payload)
        )
        headers = {
            "Content-Type": "application/json",
            "X-FB-ACCESS-KEY": self.apiKey,
            "X-FB-ACCESS-TIMESTAMP": timestamp,
            "X-FB-ACCESS-SIGNATURE": self.hmac(self.encode(auth), self.encode(self.secret), "sha256"),
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
        # { "error": { "message", "code", "details": [ ... ] } } with an HTTP 4xx status: the code picks the error
        # class where it is known; a 404 of an order lookup is an unknown order, of a market path an unknown
        # market; the base class maps the other statuses (401, 403, 429, ...; ExchangeError for any other).
        if js.less(status, 400):
            return
        error = None
        if (response is not None) and (not js.is_array(response)) and (js.typeof(response) == "object"):
            error = self.safe_dict(response, "error")
        feedback = js.bounded_text(
            js.bounded_text(
                js.bounded_text(js.to_str(self.id) + " " + js.to_str(method) + " " + js.to_str(url) + " ")
                + js.to_str(self.number_to_string(status))
                + " "
            )
            + js.to_str(self.excerpt(response_body))
        )
        if error is not None:
            code = self.safe_string(error, "code")
            feedback = js.bounded_text(
                js.bounded_text(
                    js.bounded_text(
                        js.bounded_text(
                            js.to_str(self.id) + " " + js.to_str(method) + " " + js.to_str(url) + " "
                        )
                        + js.to_str(self.number_to_string(status))
                        + " "
                    )
                    + self.safe_string(error, "code", "")
                    + " "
                )
                + self.safe_string(error, "message", "")
            )
            self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
        if js.strict_equal(status, 404):
            if js.index_of(url, "/rest/v3/orders/") >= 0:
                raise OrderNotFound(feedback)
            if js.index_of(url, "/rest/v3/markets/") >= 0:
                raise BadSymbol(feedback)
        if js.strict_equal(status, 422) and (js.index_of(url, "/rest/v3/orders") >= 0) and (method == "POST"):
            raise InvalidOrder(feedback)
        if js.strict_equal(status, 400) and (error is not None):
            raise BadRequest(feedback)
