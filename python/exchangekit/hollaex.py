# Generated from js/hollaex.js by exkit: do not edit. Change the source and run `python build.py`.
from typing import Any

from exchangekit.base.exchange import Exchange
from exchangekit.base.errors import (
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
    ExchangeNotAvailable,
    InvalidAddress,
    InvalidOrder,
    NotSupported,
    OnMaintenance,
    RateLimitExceeded,
)
from exchangekit.base.number import TICK_SIZE
from exchangekit.base import js
from exchangekit.base.method_names import MethodAlias
from exchangekit.base.types import (
    Balances,
    Currency,
    DepositAddress,
    DepositWithdrawFee,
    Market,
    OHLCV,
    Order,
    OrderBook,
    Status,
    Ticker,
    Trade,
    Transaction,
)


class hollaex(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "hollaex",
                "name": "HollaEx",
                "countries": [],
                "version": "v2",
                "rateLimit": 250,
                "has": {
                    "fetchMarkets": True,
                    "fetchCurrencies": True,
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
                    "fetchClosedOrders": True,
                    "fetchMyTrades": True,
                    "fetchDeposits": True,
                    "fetchWithdrawals": True,
                    "fetchTransactions": False,
                    "fetchLedger": False,
                    "fetchDepositAddress": True,
                    "withdraw": True,
                    "fetchTime": False,
                    "fetchStatus": True,
                    "fetchTradingFees": False,
                    "cancelAllOrders": True,
                    "fetchOrderTrades": False,
                    "fetchTradingFee": False,
                    "fetchDepositAddresses": False,
                    "createDepositAddress": False,
                    "fetchDepositWithdrawFees": True,
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
                    "api": "https://api.hollaex.com",
                    "www": "https://pro.hollaex.com",
                    "doc": "https://apidocs.hollaex.com",
                },
                "api": {
                    "public": {
                        "get": [
                            "health",
                            "constants",
                            "kit",
                            "tiers",
                            "ticker",
                            "tickers",
                            "orderbook",
                            "orderbooks",
                            "trades",
                            "chart",
                            "charts",
                        ]
                    },
                    "private": {
                        "get": [
                            "user",
                            "user/balance",
                            "user/deposits",
                            "user/withdrawals",
                            "user/withdrawal/fee",
                            "user/trades",
                            "orders",
                            "order",
                        ],
                        "post": ["order", "user/withdrawal"],
                        "delete": ["order/all", "order"],
                    },
                },
                "timeframes": {"15m": "15", "1h": "60", "4h": "240", "1d": "1D", "1w": "1W"},
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": True, "percentage": True, "maker": 0.002, "taker": 0.002}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "apiExpires": 60,
                    "timeframeSeconds": {"15m": 900, "1h": 3600, "4h": 14400, "1d": 86400, "1w": 604800},
                    "ohlcvCount": 100,
                    "networks": {"ERC20": "eth", "TRC20": "trx"},
                    "orderStatuses": {
                        "new": "open",
                        "pfilled": "open",
                        "filled": "closed",
                        "canceled": "canceled",
                    },
                },
                "exceptions": {
                    "exact": {
                        "400": BadRequest,
                        "403": AuthenticationError,
                        "404": BadRequest,
                        "405": BadRequest,
                        "410": BadRequest,
                        "429": RateLimitExceeded,
                        "500": ExchangeNotAvailable,
                        "503": OnMaintenance,
                    },
                    "broad": {},
                },
            },
        )

    # --- markets and currencies ----------------------------------------------------------------------
    def fetch_status(self, params: dict[str, Any] | None = None) -> Status:
        if params is None:
            params = {}
        # health: { name, version, host, basePath }; an exchange under maintenance answers HTTP 503 instead.
        response = self.public_get_health(params)
        return {"status": "ok", "updated": None, "eta": None, "url": None, "info": response}

    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # constants: { coins: { id: {...} }, pairs: { 'xht-usdt': { name, pair_base, pair_2, min_size, max_size,
        # min_price, max_price, increment_size, increment_price, active, ... } } }.
        response = self.public_get_constants(params)
        pairs = self.safe_dict(response, "pairs", {})
        ids = js.keys(pairs)
        result = []
        i = 0
        while True:
            if not (i < len(ids)):
                break
            result.append(self.parse_market(self.safe_dict(pairs, ids[i], {})))
            i += 1
        return result

    def parse_market(self, pair):
        base_id = self.safe_string(pair, "pair_base")
        quote_id = self.safe_string(pair, "pair_2")
        base = self.safe_currency_code(base_id)
        quote = self.safe_currency_code(quote_id)
        return self.market_structure(
            id=self.safe_string(pair, "name"),
            symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
            base=base,
            quote=quote,
            baseId=base_id,
            quoteId=quote_id,
            active=self.safe_bool(pair, "active"),
            type="spot",
            spot=True,
            taker=js.get(js.get(self.fees, "trading"), "taker"),
            maker=js.get(js.get(self.fees, "trading"), "maker"),
            precision={
                "amount": self.safe_number(pair, "increment_size"),
                "price": self.safe_number(pair, "increment_price"),
            },
            limits={
                "amount": {
                    "min": self.safe_number(pair, "min_size"),
                    "max": self.safe_number(pair, "max_size"),
                },
                "price": {
                    "min": self.safe_number(pair, "min_price"),
                    "max": self.safe_number(pair, "max_price"),
                },
                "cost": {"min": None, "max": None},
            },
            info=pair,
        )

    def network_code_of(self, network_id, currency=None):
        # options['networks'] names the tokens' chains; any other network is the coin's own chain, by its name.
        code = self.network_code(network_id, currency)
        return None if (code is None) else js.upper(code)

    def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # constants' coins: { xht: { symbol, fullname, active, allow_deposit, allow_withdrawal, withdrawal_fee,
        # min, max, increment_unit, network: 'eth,trx', withdrawal_fees: { eth: 20, trx: 1 } or null, ... } }.
        response = self.public_get_constants(params)
        coins = self.safe_dict(response, "coins", {})
        ids = js.keys(coins)
        result = {}
        i = 0
        while True:
            if not (i < len(ids)):
                break
            coin = self.safe_dict(coins, ids[i], {})
            id_ = self.safe_string(coin, "symbol")
            code = self.safe_currency_code(id_)
            deposit = self.safe_bool(coin, "allow_deposit")
            withdraw = self.safe_bool(coin, "allow_withdrawal")
            active = self.safe_bool(coin, "active")
            precision = self.safe_number(coin, "increment_unit")
            limits = {
                "amount": {"min": self.safe_number(coin, "min"), "max": self.safe_number(coin, "max")},
                "withdraw": {"min": None, "max": None},
            }
            fees = self.safe_dict(coin, "withdrawal_fees", {})
            network_list = self.safe_string(coin, "network", "")
            network_ids = [] if (network_list == "") else js.split(network_list, ",")
            networks = {}
            j = 0
            while True:
                if not (j < len(network_ids)):
                    break
                network_id = js.get(network_ids, j)
                network_code = self.network_code_of(network_id)
                js.set_(
                    networks,
                    network_code,
                    {
                        "id": network_id,
                        "network": network_code,
                        "active": active,
                        "deposit": deposit,
                        "withdraw": withdraw,
                        "fee": self.safe_number(fees, network_id, self.safe_number(coin, "withdrawal_fee")),
                        "precision": precision,
                        "limits": limits,
                    },
                )
                j += 1
            js.set_(
                result,
                code,
                {
                    "id": id_,
                    "code": code,
                    "name": self.safe_string(coin, "fullname"),
                    "active": active,
                    "deposit": deposit,
                    "withdraw": withdraw,
                    "fee": self.safe_number(coin, "withdrawal_fee"),
                    "precision": precision,
                    "limits": limits,
                    "networks": networks,
                    "info": coin,
                },
            )
            i += 1
        return result

    def fetch_deposit_withdraw_fees(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, DepositWithdrawFee]:
        if params is None:
            params = {}
        # constants' withdrawal fees per coin and network, as fetchCurrencies reads them.
        currencies = self.fetch_currencies(params)
        return self.deposit_withdraw_fees_from_currencies(currencies, codes)

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # ticker: { open, close, high, low, last, volume (base), timestamp }; tickers' entries have time and
        # symbol instead of timestamp.
        market = self.safe_market(self.safe_string(ticker, "symbol"), market, "-")
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            timestamp=self.parse8601(self.safe_string2(ticker, "timestamp", "time")),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            open_=self.safe_string(ticker, "open"),
            close=self.safe_string(ticker, "close"),
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
        response = self.public_get_ticker(self.extend({"symbol": js.get(market, "id")}, params))
        return self.parse_ticker(response, market)

    def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # tickers: { 'xht-usdt': { time, open, close, high, low, last, volume, symbol } }.
        self.load_markets()
        response = self.public_get_tickers(params)
        return self.parse_tickers(response, symbols)

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # orderbook?symbol: { 'xht-usdt': { bids: [ [ price, size ] ], asks, timestamp } }, 10 levels a side.
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_orderbook(self.extend({"symbol": js.get(market, "id")}, params))
        entry = self.safe_dict(response, js.get(market, "id"), {})
        book = self.parse_order_book(
            entry, js.get(market, "symbol"), self.parse8601(self.safe_string(entry, "timestamp"))
        )
        return self.limit_order_book(book, limit)

    def parse_trade(self, trade, market=None):
        # Public: { size, price, side (the taker's), timestamp }. The account's: { side, symbol, size, price,
        # timestamp, order_id, fee, fee_coin }. Neither has an id.
        market = self.safe_market(self.safe_string(trade, "symbol"), market, "-")
        fee = None
        fee_cost = self.safe_string(trade, "fee")
        if fee_cost is not None:
            fee = {"cost": fee_cost, "currency": self.safe_currency_code(self.safe_string(trade, "fee_coin"))}
        return self.trade_structure(
            order=self.safe_string(trade, "order_id"),
            symbol=js.get(market, "symbol"),
            timestamp=self.parse8601(self.safe_string(trade, "timestamp")),
            side=self.safe_string(trade, "side"),
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
        # trades?symbol: { 'xht-usdt': [ trade ] }, the last 30, newest first; since and limit filter them.
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_trades(self.extend({"symbol": js.get(market, "id")}, params))
        return self.parse_trades(self.safe_list(response, js.get(market, "id"), []), market, since, limit)

    def parse_ohlcv(self, ohlcv, market=None):
        # { time (ISO 8601), open, high, low, close, volume, symbol }.
        return [
            self.parse8601(self.safe_string(ohlcv, "time")),
            self.safe_number(ohlcv, "open"),
            self.safe_number(ohlcv, "high"),
            self.safe_number(ohlcv, "low"),
            self.safe_number(ohlcv, "close"),
            self.safe_number(ohlcv, "volume"),
        ]

    parseOHLCV = MethodAlias("parse_ohlcv")

    def fetch_ohlcv(
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
        # chart?symbol&resolution&from&to, both required, in seconds: the range is since (or limit candles
        # before until) up to until (or limit candles after since, or now).
        self.load_markets()
        market = self.market(symbol)
        resolution = self.safe_string(self.timeframes, timeframe)
        if resolution is None:
            raise BadRequest(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " fetchOHLCV () does not support the timeframe "
                        + js.to_str(timeframe)
                        + ": one of "
                    )
                    + js.join(js.keys(self.timeframes), ", ")
                )
            )
        duration = self.safe_integer(js.get(self.options, "timeframeSeconds"), timeframe)
        count = js.get(self.options, "ohlcvCount") if (limit is None) else limit
        until = self.safe_integer(params, "until")
        to = None
        from_ = None
        if since is not None:
            from_ = self.integer_of(js.divide(since, 1000))
            to = (
                self.integer_of(js.divide(until, 1000))
                if (until is not None)
                else js.add(from_, js.multiply(duration, count)) if (limit is not None) else self.seconds()
            )
        else:
            to = self.integer_of(js.divide(until, 1000)) if (until is not None) else self.seconds()
            from_ = js.subtract(to, js.multiply(duration, count))
        request = {
            "symbol": js.get(market, "id"),
            "resolution": resolution,
            "from": self.number_to_string(from_),
            "to": self.number_to_string(to),
        }
        response = self.public_get_chart(self.extend(request, self.omit(params, "until")))
        return self.parse_ohlcvs(response, market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    # --- account -------------------------------------------------------------------------------------
    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # user/balance: { xht_balance, xht_available, usdt_balance, usdt_available, ..., updated_at }.
        self.load_markets()
        response = self.private_get_user_balance(params)
        result = {"info": response}
        keys = js.keys(response)
        i = 0
        while True:
            if not (i < len(keys)):
                break
            key = keys[i]
            if not js.ends_with(key, "_balance"):
                i += 1
                continue
            id_ = js.slice_(key, 0, js.subtract(js.length(key), 8))
            account = self.account()
            js.set_(account, "total", self.safe_string(response, key))
            js.set_(
                account, "free", self.safe_string(response, js.bounded_text(js.to_str(id_) + "_available"))
            )
            js.set_(result, self.safe_currency_code(id_), account)
            i += 1
        timestamp = self.parse8601(self.safe_string(response, "updated_at"))
        result["timestamp"] = timestamp
        result["datetime"] = self.iso8601(timestamp)
        return self.safe_balance(result)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # { id, side, symbol, size, filled, stop, fee, fee_coin, type, price, average, status (new, pfilled,
        # filled, canceled), meta: { post_only, note }, fee_structure, created_by, created_at, updated_at }.
        market = self.safe_market(self.safe_string(order, "symbol"), market, "-")
        status = self.safe_string(order, "status")
        meta = self.safe_dict(order, "meta", {})
        post_only = self.safe_bool(meta, "post_only")
        fee = None
        fee_cost = self.safe_string(order, "fee")
        if fee_cost is not None:
            fee = {"cost": fee_cost, "currency": self.safe_currency_code(self.safe_string(order, "fee_coin"))}
        return self.safe_order(
            {
                "id": self.safe_string(order, "id"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.parse8601(self.safe_string(order, "created_at")),
                "lastUpdateTimestamp": self.parse8601(self.safe_string(order, "updated_at")),
                "status": self.safe_string(js.get(self.options, "orderStatuses"), status, status),
                "type": self.safe_string(order, "type"),
                "timeInForce": "PO" if (post_only is True) else None,
                "postOnly": post_only,
                "side": self.safe_string(order, "side"),
                "price": self.safe_string(order, "price"),
                "triggerPrice": self.safe_string(order, "stop"),
                "average": self.safe_string(order, "average"),
                "amount": self.safe_string(order, "size"),
                "filled": self.safe_string(order, "filled"),
                "fee": fee,
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
        # POST order { symbol, side, size, type, price (limit orders), stop, meta: { post_only, note } }: the
        # unified postOnly (timeInForce PO) is meta.post_only, triggerPrice is stop; GTC is how a limit order
        # rests anyway. The API has no reduce-only, IOC/FOK, client order id, sizing by cost or stop-loss /
        # take-profit direction.
        self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params(
            "createOrder",
            unified,
            ["reduceOnly", "clientOrderId", "cost", "stopLossPrice", "takeProfitPrice"],
        )
        if (js.get(unified, "timeInForce") == "IOC") or (js.get(unified, "timeInForce") == "FOK"):
            raise NotSupported(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id) + " createOrder () does not support the unified param timeInForce "
                    )
                    + js.to_str(js.get(unified, "timeInForce"))
                )
            )
        if (not (type_ == "market")) and (not (type_ == "limit")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () type must be market or limit, not "
                    + js.to_str(type_)
                )
            )
        # The key order of the docs' signing example: symbol, side, size, type.
        request = {
            "symbol": js.get(market, "id"),
            "side": side,
            "size": self.parse_number(self.amount_to_precision(symbol, amount)),
            "type": type_,
        }
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["price"] = self.parse_number(self.price_to_precision(symbol, price))
        if js.get(unified, "trigger") is not None:
            request["stop"] = self.parse_number(self.price_to_precision(symbol, js.get(unified, "trigger")))
        if js.truthy(js.get(unified, "postOnly")):
            request["meta"] = self.extend(self.safe_dict(rest, "meta", {}), {"post_only": True})
        response = self.private_post_order(
            self.extend(request, self.omit(rest, "meta" if js.truthy(js.get(unified, "postOnly")) else []))
        )
        return self.parse_order(response, market)

    def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # DELETE order?order_id answers the canceled order.
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = self.private_delete_order(self.extend({"order_id": id_}, params))
        return self.parse_order(response, market)

    def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # DELETE order/all?symbol (required) answers the canceled orders.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " cancelAllOrders () requires a symbol argument: HollaEx cancels the orders of one pair"
                )
            )
        self.load_markets()
        market = self.market(symbol)
        response = self.private_delete_order_all(self.extend({"symbol": js.get(market, "id")}, params))
        return self.parse_orders(response, market)

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        # GET order?order_id.
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = self.private_get_order(self.extend({"order_id": id_}, params))
        return self.parse_order(response, market)

    def history_request(self, symbol_key, id_, since, limit, params):
        # The paging params the history endpoints share: the pair or coin, limit (at most 100), start_date and
        # end_date (the unified until) in ISO 8601.
        request = {}
        if id_ is not None:
            js.set_(request, symbol_key, id_)
        if limit is not None:
            request["limit"] = js.min_(limit, 100)
        if since is not None:
            request["start_date"] = self.iso8601(since)
        until = self.safe_integer(params, "until")
        if until is not None:
            request["end_date"] = self.iso8601(until)
        return self.extend(request, self.omit(params, "until"))

    def fetch_orders_with_state(self, open_, symbol, since, limit, params):
        # GET orders?symbol&open&limit&start_date&end_date: { count, data: [ order ] }.
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        request = self.history_request(
            "symbol", None if (market is None) else js.get(market, "id"), since, limit, params
        )
        if open_ is not None:
            js.set_(request, "open", "true" if js.truthy(open_) else "false")
        response = self.private_get_orders(request)
        return self.parse_orders(self.safe_list(response, "data", []), market, since, limit)

    def fetch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        return self.fetch_orders_with_state(None, symbol, since, limit, params)

    def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        return self.fetch_orders_with_state(True, symbol, since, limit, params)

    def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        return self.fetch_orders_with_state(False, symbol, since, limit, params)

    def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # GET user/trades?symbol&limit&start_date&end_date: { count, data: [ trade ] }.
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        request = self.history_request(
            "symbol", None if (market is None) else js.get(market, "id"), since, limit, params
        )
        response = self.private_get_user_trades(request)
        return self.parse_trades(self.safe_list(response, "data", []), market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction_status(self, transaction):
        # Deposits and withdrawals carry flags, not a status: status (completed), rejected, dismissed, else
        # processing or waiting.
        if self.safe_bool(transaction, "status") is True:
            return "ok"
        if self.safe_bool(transaction, "rejected") is True:
            return "failed"
        if self.safe_bool(transaction, "dismissed") is True:
            return "canceled"
        return "pending"

    def parse_transaction(self, transaction, currency=None):
        # user/deposits and user/withdrawals: { id, amount, fee, fee_coin, address, transaction_id, status,
        # dismissed, rejected, processing, waiting, description, type, currency, network, created_at,
        # updated_at }; user/withdrawal answers { message, id, transaction_id, amount, currency, fee, fee_coin }.
        code = self.safe_currency_code(self.safe_string(transaction, "currency"), currency)
        fee = None
        fee_cost = self.safe_string(transaction, "fee")
        if fee_cost is not None:
            fee_coin = self.safe_string(transaction, "fee_coin")
            fee = {
                "cost": fee_cost,
                "currency": code if (fee_coin is None) else self.safe_currency_code(fee_coin),
            }
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "id"),
                "txid": self.safe_string(transaction, "transaction_id"),
                "timestamp": self.parse8601(self.safe_string(transaction, "created_at")),
                "network": self.network_code_of(self.safe_string(transaction, "network"), currency),
                "address": self.safe_string(transaction, "address"),
                "type": self.safe_string(transaction, "type"),
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.parse_transaction_status(transaction),
                "updated": self.parse8601(self.safe_string(transaction, "updated_at")),
                "fee": fee,
                "info": transaction,
            },
            currency,
        )

    def fetch_transfers(self, type_, code, since, limit, params):
        # user/deposits and user/withdrawals take currency, limit, start_date and end_date (until):
        # { count, data: [ transaction ] }.
        self.load_markets()
        currency = None if (code is None) else self.currency(code)
        request = self.history_request(
            "currency", None if (currency is None) else js.get(currency, "id"), since, limit, params
        )
        response = None
        if type_ == "deposit":
            response = self.private_get_user_deposits(request)
        else:
            response = self.private_get_user_withdrawals(request)
        return self.parse_transactions(self.safe_list(response, "data", []), currency, since, limit)

    def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.fetch_transfers("deposit", code, since, limit, params)

    def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.fetch_transfers("withdrawal", code, since, limit, params)

    def coin_network_id(self, currency, params, method):
        # The HollaEx network of the unified param network, which must be one of the coin's networks when the
        # coin lists them (rejected before any request otherwise); undefined without the param.
        network_code = self.safe_string(params, "network")
        if network_code is None:
            return None
        networks = self.safe_dict(currency, "networks", {})
        if (len(js.keys(networks)) > 0) and (self.safe_dict(networks, js.upper(network_code)) is None):
            raise BadRequest(
                js.bounded_text(
                    js.bounded_text(
                        js.bounded_text(
                            js.to_str(self.id)
                            + " "
                            + js.to_str(method)
                            + " () knows no network "
                            + js.to_str(network_code)
                            + " (the unified param network) for "
                        )
                        + js.to_str(js.get(currency, "code"))
                        + ": one of "
                    )
                    + js.join(js.keys(networks), ", ")
                )
            )
        return self.network_id(network_code, currency)

    def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # user: { ..., wallet: [ { currency, address, network, standard, is_valid, created_at } ] }: the
        # account's address of the coin, on the unified param network when given.
        self.load_markets()
        currency = self.currency(code)
        network_id = self.coin_network_id(currency, params, "fetchDepositAddress")
        response = self.private_get_user(self.omit(params, "network"))
        wallets = self.safe_list(response, "wallet", [])
        i = 0
        while True:
            if not (i < len(wallets)):
                break
            wallet = js.get(wallets, i)
            if not js.strict_equal(self.safe_string(wallet, "currency"), js.get(currency, "id")):
                i += 1
                continue
            wallet_network = self.safe_string(wallet, "network")
            if (network_id is not None) and (not js.strict_equal(wallet_network, network_id)):
                i += 1
                continue
            return {
                "currency": js.get(currency, "code"),
                "address": self.safe_string(wallet, "address"),
                "tag": None,
                "network": self.network_code_of(wallet_network, currency),
                "info": wallet,
            }
            i += 1
        raise InvalidAddress(
            js.bounded_text(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " fetchDepositAddress () found no ")
                    + js.to_str(js.get(currency, "code"))
                    + " deposit address"
                )
                + ("" if (network_id is None) else js.bounded_text(" on " + js.to_str(network_id)))
                + " in the account's wallets"
            )
        )

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
        # POST user/withdrawal { currency, amount, address, network }: { message, id, transaction_id, amount,
        # currency, fee, fee_coin }. The API has no memo or tag field.
        if tag is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id) + " withdraw () does not support a tag: the API takes an address only"
                )
            )
        self.load_markets()
        currency = self.currency(code)
        request = {
            "currency": js.get(currency, "id"),
            "amount": self.parse_number(self.number_to_string(amount)),
            "address": address,
        }
        network_id = self.coin_network_id(currency, params, "withdraw")
        if network_id is not None:
            request["network"] = network_id
        response = self.private_post_user_withdrawal(self.extend(request, self.omit(params, "network")))
        transaction = self.parse_transaction(response, currency)
        return self.extend(
            transaction,
            {
                "type": "withdrawal",
                "address": address,
                "network": self.network_code_of(network_id, currency),
                "status": "pending",
            },
        )

    # --- transport -----------------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # GET and DELETE send their params as the query string, POST as a JSON body.
        request_path = js.bounded_text(
            js.bounded_text("/" + js.to_str(self.version) + "/")
            + js.to_str(self.implode_params(path, params))
        )
        query = self.omit(params, self.extract_params(path))
        has_body = (method == "POST") or (method == "PUT")
        if (not has_body) and (len(js.keys(query)) > 0):
            request_path += js.within(
                request_path, js.within(request_path, "?") + js.to_str(self.urlencode(query))
            )
        url = js.bounded_text(js.to_str(js.get(self.urls, "api")) + request_path)
        if api == "public":
            return {"url": url, "method": method, "body": body, "headers": headers}
        # api-signature: hex HMAC-SHA256 (secret, method + path with its query + api-expires + JSON body), where
        # api-expires is the unix time (seconds) after which the request is refused.
        self.check_required_credentials()
        expires = self.number_to_string(js.add(self.seconds(), js.get(self.options, "apiExpires")))
        headers = {"api-key": self.apiKey, "api-expires": expires}
        payload = ""
        if has_body:
            body = (
                self.json(query) if (len(js.keys(query)) > 0) else "{}"
            )  # (PHP writes an empty dictionary as [])
            payload = body
            js.set_(headers, "Content-Type", "application/json")
        js.set_(
            headers,
            "api-signature",
            self.hmac(
                self.encode(
                    js.bounded_text(
                        js.to_str(method) + request_path + js.to_str(expires) + js.to_str(payload)
                    )
                ),
                self.encode(self.secret),
                "sha256",
            ),
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
        # An error is an HTTP 4xx or 5xx status, with { "message": "..." } as its body: the status picks the
        # error class (the documented Errors page), the message goes with it.
        if js.less(status, 400):
            return
        message = None
        if (response is not None) and (not js.is_array(response)) and (js.typeof(response) == "object"):
            message = self.safe_string(response, "message")
        feedback = js.bounded_text(
            js.bounded_text(
                js.bounded_text(js.to_str(self.id) + " " + js.to_str(method) + " " + js.to_str(url) + " ")
                + js.to_str(self.number_to_string(status))
                + " "
            )
            + js.to_str(self.excerpt(response_body) if (message is None) else message)
        )
        self.throw_exactly_matched_exception(
            js.get(self.exceptions, "exact"), self.number_to_string(status), feedback
        )
