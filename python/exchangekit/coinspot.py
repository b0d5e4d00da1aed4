# Generated from js/coinspot.js by exkit: do not edit. Change the source and run `python build.py`.
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
    InsufficientFunds,
    InvalidNonce,
    InvalidOrder,
    NotSupported,
    OrderNotFound,
    PermissionDenied,
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


class coinspot(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "coinspot",
                "name": "CoinSpot",
                "countries": ["AU"],
                "version": "v2",
                "rateLimit": 60,
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
                    "api": {
                        "public": "https://www.coinspot.com.au/pubapi/v2",
                        "private": "https://www.coinspot.com.au/api/v2",
                        "readonly": "https://www.coinspot.com.au/api/v2/ro",
                    },
                    "www": "https://www.coinspot.com.au",
                    "doc": "https://www.coinspot.com.au/v2/api",
                    "fees": "https://www.coinspot.com.au/fees",
                },
                "api": {
                    "public": {
                        "get": [
                            "latest",
                            "latest/{cointype}",
                            "latest/{cointype}/{markettype}",
                            "orders/open/{cointype}",
                            "orders/open/{cointype}/{markettype}",
                            "orders/completed/{cointype}",
                            "orders/completed/{cointype}/{markettype}",
                        ]
                    },
                    "private": {
                        "post": [
                            "status",
                            "my/coin/deposit",
                            "my/buy",
                            "my/sell",
                            "my/buy/cancel",
                            "my/sell/cancel",
                            "my/coin/withdraw/send",
                        ]
                    },
                    "readonly": {"post": ["my/balances", "my/orders/open", "my/orders/completed"]},
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": False, "percentage": True, "maker": 0.001, "taker": 0.001}},
                "precisionMode": TICK_SIZE,
                "options": {"defaultMarket": "AUD", "maxHistoryLimit": 500},
                "exceptions": {
                    "exact": {"Coin not found": BadSymbol},
                    "broad": {
                        "Invalid API key": AuthenticationError,
                        "Invalid key": AuthenticationError,
                        "signature": AuthenticationError,
                        "Invalid sign": AuthenticationError,
                        "nonce": InvalidNonce,
                        "Nonce": InvalidNonce,
                        "permission": PermissionDenied,
                        "Insufficient": InsufficientFunds,
                        "insufficient": InsufficientFunds,
                        "Order not found": OrderNotFound,
                        "order not found": OrderNotFound,
                    },
                },
            },
        )

    # --- markets -------------------------------------------------------------------------------------
    def market_id_of(self, base_id, quote_id):
        return js.bounded_text(js.to_str(base_id) + "/" + js.to_str(quote_id))

    def market_of_key(self, key):
        # A key of latest's prices: 'btc' (the coin in the default market, AUD) or 'btc_usdt'.
        parts = js.split(key, "_")
        if (len(parts) < 1) or (len(parts) > 2) or js.strict_equal(js.length(js.get(parts, 0)), 0):
            raise BadResponse(
                js.bounded_text(
                    js.to_str(self.id) + " sent a price entry that names no market: " + js.to_str(key)
                )
            )
        base_id = js.upper(js.get(parts, 0))
        quote_id = (
            js.upper(js.get(parts, 1))
            if (len(parts) == 2)
            else self.safe_string(self.options, "defaultMarket", "AUD")
        )
        return [base_id, quote_id]

    def prices_of(self, response):
        prices = self.safe_dict(response, "prices")
        if prices is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent latest prices without prices: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return prices

    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # GET latest: { status, message, prices: { btc: { bid, ask, last }, btc_usdt: { ... }, ... } }, one entry per
        # market: no other endpoint lists the markets. The docs give an order's amount 8 decimal places and its
        # rate 6.
        response = self.public_get_latest(params)
        prices = self.prices_of(response)
        keys = js.keys(prices)
        result = []
        i = 0
        while True:
            if not (i < len(keys)):
                break
            (
                base_id,
                quote_id,
            ) = js.destructure(self.market_of_key(keys[i]), 2)
            base = self.safe_currency_code(base_id)
            quote = self.safe_currency_code(quote_id)
            result.append(
                self.market_structure(
                    id=self.market_id_of(base_id, quote_id),
                    symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
                    base=base,
                    quote=quote,
                    baseId=base_id,
                    quoteId=quote_id,
                    type="spot",
                    spot=True,
                    active=True,
                    precision={
                        "amount": self.parse_number("0.00000001"),
                        "price": self.parse_number("0.000001"),
                    },
                    limits={},
                    info=self.safe_dict(prices, keys[i]),
                )
            )
            i += 1
        return result

    def is_default_market(self, market):
        return js.strict_equal(
            js.get(market, "quoteId"), self.safe_string(self.options, "defaultMarket", "AUD")
        )

    def coin_request(self, market):
        # cointype, and markettype where the market is not the default (AUD) one: the endpoints without
        # markettype answer for the coin in AUD.
        request = {"cointype": js.get(market, "baseId")}
        if not js.truthy(self.is_default_market(market)):
            request["markettype"] = js.get(market, "quoteId")
        return request

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # { bid, ask, last }: the best bid, the best ask and the last traded rate, nothing else.
        return self.ticker_structure(
            symbol=self.safe_symbol(None, market),
            bid=self.safe_string(ticker, "bid"),
            ask=self.safe_string(ticker, "ask"),
            last=self.safe_string(ticker, "last"),
            info=ticker,
            market=market,
        )

    def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        # GET latest/{cointype} (AUD) or latest/{cointype}/{markettype}: { status, message, prices: { bid, ask, last } }.
        self.load_markets()
        market = self.market(symbol)
        request = self.coin_request(market)
        response = None
        if js.truthy(self.is_default_market(market)):
            response = self.public_get_latest_cointype(self.extend(request, params))
        else:
            response = self.public_get_latest_cointype_markettype(self.extend(request, params))
        return self.parse_ticker(self.prices_of(response), market)

    def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # GET latest: the prices of every market, keyed 'btc' (AUD) or 'btc_usdt'.
        self.load_markets()
        response = self.public_get_latest(params)
        prices = self.prices_of(response)
        keys = js.keys(prices)
        tickers = []
        i = 0
        while True:
            if not (i < len(keys)):
                break
            (
                base_id,
                quote_id,
            ) = js.destructure(self.market_of_key(keys[i]), 2)
            market = self.safe_market(self.market_id_of(base_id, quote_id), None, "/")
            tickers.append(self.parse_ticker(self.safe_dict(prices, keys[i]), market))
            i += 1
        return self.filter_by_array_tickers(tickers, symbols)

    def filter_by_array_tickers(self, tickers, symbols):
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(tickers)):
                break
            ticker = js.get(tickers, i)
            symbol = js.get(ticker, "symbol")
            if (symbols is None) or js.truthy(self.in_array(symbol, symbols)):
                js.set_(result, symbol, ticker)
            i += 1
        return result

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # GET orders/open/{cointype}[/{markettype}]: { status, message, buyorders: [ { amount, rate, total, coin,
        # market } ], sellorders: [ ... ] }; the API takes no depth.
        self.load_markets()
        market = self.market(symbol)
        request = self.coin_request(market)
        response = None
        if js.truthy(self.is_default_market(market)):
            response = self.public_get_orders_open_cointype(self.extend(request, params))
        else:
            response = self.public_get_orders_open_cointype_markettype(self.extend(request, params))
        self.required_list(response, "buyorders")
        self.required_list(response, "sellorders")
        book = self.parse_order_book(
            response, js.get(market, "symbol"), None, "buyorders", "sellorders", "rate", "amount"
        )
        if limit is not None:
            js.set_(book, "bids", js.slice_(js.get(book, "bids"), 0, limit))
            js.set_(book, "asks", js.slice_(js.get(book, "asks"), 0, limit))
        return book

    def parse_trade(self, trade, market=None):
        # Public (orders/completed): { amount, rate, total, coin, market, solddate }. The account's
        # (ro my/orders/completed): also audfeeExGst, audGst and audtotal, the fee and its GST in AUD. The side is
        # the list the entry came in (buyorders or sellorders), set by the caller as 'side'.
        market_id = self.safe_string(trade, "market")
        market = self.safe_market(market_id, market, "/")
        fee_ex_gst = self.safe_string(trade, "audfeeExGst")
        gst = self.safe_string(trade, "audGst")
        fee = None
        if (fee_ex_gst is not None) or (gst is not None):
            fee = {
                "cost": Precise.string_add(
                    self.safe_string(trade, "audfeeExGst", "0"), self.safe_string(trade, "audGst", "0")
                ),
                "currency": "AUD",
            }
        return self.trade_structure(
            symbol=js.get(market, "symbol"),
            timestamp=self.parse8601(self.safe_string(trade, "solddate")),
            side=self.safe_string(trade, "side"),
            price=self.safe_string(trade, "rate"),
            amount=self.safe_string(trade, "amount"),
            cost=self.safe_string(trade, "total"),
            fee=fee,
            info=self.omit(trade, "side"),
            market=market,
        )

    def sided_entries(self, response):
        # buyorders and sellorders as one list, each entry with its side.
        buys = self.required_list(response, "buyorders")
        sells = self.required_list(response, "sellorders")
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(buys)):
                break
            result.append(self.extend(js.get(buys, i), {"side": "buy"}))
            i += 1
        i = 0
        while True:
            if not js.less(i, js.length(sells)):
                break
            result.append(self.extend(js.get(sells, i), {"side": "sell"}))
            i += 1
        return result

    def fetch_trades(
        self,
        symbol: str,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # GET orders/completed/{cointype}[/{markettype}]: the latest completed orders of the market, as
        # buyorders and sellorders; the API takes no time range or count.
        self.load_markets()
        market = self.market(symbol)
        request = self.coin_request(market)
        response = None
        if js.truthy(self.is_default_market(market)):
            response = self.public_get_orders_completed_cointype(self.extend(request, params))
        else:
            response = self.public_get_orders_completed_cointype_markettype(self.extend(request, params))
        return self.parse_trades(self.sided_entries(response), market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # POST ro/my/balances: { status, message, balances: [ { "BTC": { balance, audbalance, rate } }, ... ] }:
        # balance is what the account holds of the coin (audbalance its value in AUD); the API does not say how
        # much of it open orders hold.
        self.load_markets()
        response = self.readonly_post_my_balances(params)
        balances = self.required_list(response, "balances")
        result = {"info": response}
        i = 0
        while True:
            if not js.less(i, js.length(balances)):
                break
            entry = js.get(balances, i)
            if (entry is None) or js.is_array(entry) or (not (js.typeof(entry) == "object")):
                raise BadResponse(
                    js.bounded_text(
                        js.bounded_text(js.to_str(self.id) + " sent a balance entry that is no dictionary: ")
                        + js.to_str(self.excerpt(self.json(response)))
                    )
                )
            currency_ids = js.keys(entry)
            j = 0
            while True:
                if not (j < len(currency_ids)):
                    break
                currency_id = currency_ids[j]
                account = self.account()
                js.set_(account, "total", self.safe_string(self.safe_dict(entry, currency_id, {}), "balance"))
                js.set_(result, self.safe_currency_code(currency_id), account)
                j += 1
            i += 1
        return self.safe_balance(result)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # Placed (my/buy, my/sell): { status, message, coin, market, amount, rate, id }. Open
        # (ro my/orders/open): { id, coin, market, amount, created, rate, total }, the side set by the caller.
        market_id = self.safe_string(order, "market")
        market = self.safe_market(market_id, market, "/")
        return self.safe_order(
            {
                "id": self.safe_string(order, "id"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.parse8601(self.safe_string(order, "created")),
                "type": "limit",
                "side": self.safe_string(order, "side"),
                "status": self.safe_string(order, "orderStatus"),
                "price": self.safe_string(order, "rate"),
                "amount": self.safe_string(order, "amount"),
                "info": self.omit(order, ["side", "orderStatus"]),
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
        # POST my/buy or my/sell: cointype, amount (8 decimal places), rate (the price), markettype: a limit order
        # on the market's order book. The docs name no time in force, post-only, stop or client order id
        # parameters. Buy Now and Sell Now (my/buy/now, my/sell/now) trade at CoinSpot's own rate and answer no
        # order id, so they cannot be a unified order: market orders are not supported.
        time_in_force = self.safe_string_upper(params, "timeInForce")
        if (time_in_force is not None) and (not (time_in_force == "GTC")):
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () does not support the unified param timeInForce "
                    + js.to_str(time_in_force)
                    + ": orders rest on the book until filled or canceled (GTC)"
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
        if not (type_ == "limit"):
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () places limit orders only, not "
                    + js.to_str(type_)
                    + " orders: Buy Now and Sell Now answer no order id"
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
        self.load_markets()
        market = self.market(symbol)
        request = {
            "cointype": js.get(market, "baseId"),
            "amount": self.amount_to_precision(symbol, amount),
            "rate": self.price_to_precision(symbol, price),
            "markettype": js.get(market, "quoteId"),
        }
        response = None
        if side == "buy":
            response = self.private_post_my_buy(self.extend(request, self.omit(rest, "timeInForce")))
        else:
            response = self.private_post_my_sell(self.extend(request, self.omit(rest, "timeInForce")))
        return self.parse_order(self.extend(response, {"side": side}), market)

    def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # POST my/buy/cancel or my/sell/cancel: id; answers { status, message }. The API cancels buy and sell
        # orders at different endpoints, so the side is a required param.
        side = self.safe_string_lower(params, "side")
        if (not (side == "buy")) and (not (side == "sell")):
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " cancelOrder () requires params['side'], buy or sell: the API cancels buy and sell orders at different endpoints"
                )
            )
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        request = self.extend({"id": id_}, self.omit(params, "side"))
        response = None
        if side == "buy":
            response = self.private_post_my_buy_cancel(request)
        else:
            response = self.private_post_my_sell_cancel(request)
        return self.safe_order(
            {
                "id": id_,
                "symbol": None if (market is None) else js.get(market, "symbol"),
                "side": side,
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
        # POST ro/my/orders/open: { status, message, buyorders: [ { id, coin, market, amount, created, rate, total } ],
        # sellorders: [ ... ] }, the open orders of every market.
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = self.readonly_post_my_orders_open(params)
        entries = self.sided_entries(response)
        orders = []
        i = 0
        while True:
            if not js.less(i, js.length(entries)):
                break
            orders.append(self.extend(js.get(entries, i), {"orderStatus": "open"}))
            i += 1
        return self.parse_orders(orders, market, since, limit)

    def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # POST ro/my/orders/completed: cointype, markettype, startdate (a UTC date), limit (at most 500); answers
        # the account's completed orders as buyorders and sellorders, each with what it traded, its AUD fee
        # (audfeeExGst) and the GST on it (audGst). since is sent as its UTC day and applied exactly here; the
        # docs give enddate no time of day, so until is not supported.
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchMyTrades () does not support the unified param until: the API ends its range at a whole UTC day"
                )
            )
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        request = {}
        if market is not None:
            request["cointype"] = js.get(market, "baseId")
            request["markettype"] = js.get(market, "quoteId")
        if since is not None:
            request["startdate"] = self.ymd(since)
        if limit is not None:
            request["limit"] = js.min_(limit, self.safe_integer(self.options, "maxHistoryLimit", 500))
        response = self.readonly_post_my_orders_completed(self.extend(request, params))
        return self.parse_trades(self.sided_entries(response), market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # POST my/coin/deposit: cointype; answers { status, message, networks: [ { name, network, address, memo } ] },
        # an address on each network the coin is deposited on. The request takes no network: the unified param
        # is not supported, the first (the coin's main) network's address is returned, and info lists them all.
        if self.safe_value(params, "network") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchDepositAddress () does not support the unified param network: the API answers every network's address, see info"
                )
            )
        self.load_markets()
        currency = self.currency(code)
        response = self.private_post_my_coin_deposit(
            self.extend({"cointype": js.get(currency, "id")}, params)
        )
        networks = self.required_list(response, "networks")
        first = self.safe_dict(networks, 0)
        address = self.safe_string(first, "address")
        if address is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent a deposit answer without an address: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return {
            "currency": js.get(currency, "code"),
            "address": address,
            "tag": self.safe_string(first, "memo"),
            "network": self.network_code(self.safe_string(first, "network"), currency),
            "info": response,
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
        # POST my/coin/withdraw/send: cointype, amount, address, paymentid (the memo or tag, where the coin takes
        # one); answers { status, message } only. The API takes CoinSpot's own network names, which the docs do
        # not list: the unified param network is not supported (the coin's default network is used).
        if self.safe_value(params, "network") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " withdraw () does not support the unified param network: the docs do not list CoinSpot's network names"
                )
            )
        self.load_markets()
        currency = self.currency(code)
        request = {
            "cointype": js.get(currency, "id"),
            "amount": self.number_to_string(amount),
            "address": address,
        }
        if tag is not None:
            request["paymentid"] = tag
        response = self.private_post_my_coin_withdraw_send(self.extend(request, params))
        return self.safe_transaction(
            {
                "type": "withdrawal",
                "currency": js.get(currency, "code"),
                "amount": self.number_to_string(amount),
                "address": address,
                "tag": tag,
                "info": response,
            },
            currency,
        )

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
        url = js.bounded_text(
            js.bounded_text(js.to_str(self.safe_string(js.get(self.urls, "api"), api)) + "/")
            + js.to_str(self.implode_params(path, params))
        )
        query = self.omit(params, self.extract_params(path))
        if api == "public":
            if len(js.keys(query)) > 0:
                url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(query)))
            return {"url": url, "method": method, "body": body, "headers": headers}
        # The body is the parameters and the nonce as JSON; sign is the HMAC-SHA512, hex, of that body.
        self.check_required_credentials()
        body = self.json(self.extend(query, {"nonce": self.nonce()}))
        headers = {
            "Content-Type": "application/json",
            "key": self.apiKey,
            "sign": self.hmac(self.encode(body), self.encode(self.secret), "sha512"),
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
        # { "status": "error", "message": "..." }, with a non-200 status (the docs), or with 200.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return None
        answer = self.safe_string(response, "status")
        if js.less(status, 400) and (not (answer == "error")):
            return None
        message = self.safe_string(response, "message")
        feedback = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " ") + js.to_str(self.excerpt(response_body))
        )
        if message is not None:
            self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), message, feedback)
            self.throw_broadly_matched_exception(js.get(self.exceptions, "broad"), message, feedback)
        if js.strict_equal(status, 429):
            return None
        if js.strict_equal(status, 400) or js.strict_equal(status, 404):
            raise BadRequest(feedback)
        if js.strict_equal(status, 401) or js.strict_equal(status, 403):
            raise AuthenticationError(feedback)
        raise ExchangeError(feedback)
