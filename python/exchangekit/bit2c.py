# Generated from js/bit2c.js by exkit: do not edit. Change the source and run `python build.py`.
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
from exchangekit.base.types import Balances, Market, Order, OrderBook, Ticker, Trade, TradingFee


class bit2c(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "bit2c",
                "name": "Bit2C",
                "countries": ["IL"],
                "version": None,
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
                    "fetchTradingFees": True,
                    "cancelAllOrders": False,
                    "fetchOrderTrades": False,
                    "fetchTradingFee": True,
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
                    "api": {"public": "https://bit2c.co.il", "private": "https://bit2c.co.il"},
                    "www": "https://bit2c.co.il",
                    "doc": "https://bit2c.co.il/home/api",
                },
                "api": {
                    "public": {
                        "get": [
                            "Exchanges/{pair}/Ticker.json",
                            "Exchanges/{pair}/orderbook.json",
                            "Exchanges/{pair}/orderbook-top.json",
                            "Exchanges/{pair}/lasttrades",
                            "Exchanges/{pair}/trades.json",
                        ]
                    },
                    "private": {
                        "get": [
                            "Account/Balance",
                            "Order/MyOrders",
                            "Order/GetById",
                            "Order/OrderHistory",
                            "Order/HistoryByOrderId",
                        ],
                        "post": [
                            "Order/AddOrder",
                            "Order/CancelOrder",
                            "Order/AddOrderMarketPriceBuy",
                            "Order/AddOrderMarketPriceSell",
                            "Order/AddStopOrder",
                        ],
                    },
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": True, "percentage": True}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "markets": {
                        "BtcNis": ["BTC", "NIS"],
                        "EthNis": ["ETH", "NIS"],
                        "LtcNis": ["LTC", "NIS"],
                        "UsdcNis": ["USDC", "NIS"],
                    },
                    "precision": {"amount": "0.00000001", "price": "0.00001"},
                    "currencySigns": {"₪": "NIS"},
                    "sides": {"0": "buy", "1": "sell"},
                    "orderStatuses": {
                        "new": "open",
                        "open": "open",
                        "completed": "closed",
                        "canceled": "canceled",
                        "cancelled": "canceled",
                    },
                },
                "exceptions": {
                    "exact": {"No order found.": OrderNotFound},
                    "broad": {
                        "nonce": InvalidNonce,
                        "permission": PermissionDenied,
                        "sign": AuthenticationError,
                        "key": AuthenticationError,
                        "not found": OrderNotFound,
                        "no order": OrderNotFound,
                        "balance": InsufficientFunds,
                        "funds": InsufficientFunds,
                        "minimum": InvalidOrder,
                    },
                },
            },
        )

    def nonce(self):
        # Milliseconds: more than one private request a second, and always above the last.
        return self.milliseconds()

    # --- numbers -------------------------------------------------------------------------------------
    def decimal_of(self, entry, key):
        # The number at entry[key] as a plain decimal string, thousands separators dropped ('2,512.50' ->
        # '2512.50'); undefined when it is missing, null or ''; a BadResponse for anything that is no number.
        value = self.safe_string(entry, key)
        if value is None:
            return None
        text = js.join(js.split(value, ","), "")
        if not self.is_decimal_string(text):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent " + js.to_str(key) + " that is no number: ")
                    + js.to_str(self.excerpt(value))
                )
            )
        return text

    def unsigned_of(self, entry, key):
        text = self.decimal_of(entry, key)
        return None if (text is None) else Precise.string_abs(text)

    # --- markets -------------------------------------------------------------------------------------
    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # The API lists no pairs: each pair of options['markets'] is confirmed by its ticker.
        markets = self.safe_dict(self.options, "markets", {})
        precision = self.safe_dict(self.options, "precision", {})
        ids = js.keys(markets)
        result = []
        i = 0
        while True:
            if not (i < len(ids)):
                break
            id_ = ids[i]
            pair = self.safe_list(markets, id_, [])
            base_id = self.safe_string(pair, 0)
            quote_id = self.safe_string(pair, 1)
            ticker = self.public_get_exchanges_pair_ticker_json(self.extend({"pair": id_}, params))
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
                    active=True,
                    precision={
                        "amount": self.safe_number(precision, "amount"),
                        "price": self.safe_number(precision, "price"),
                    },
                    limits={"amount": {}, "price": {}, "cost": {}},
                    info=ticker,
                )
            )
            i += 1
        return result

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # Ticker.json: { ll (last price), av (the average price of the last 24 hours), a (the volume of the last 24
        # hours, in the base currency), h (the highest buy order), l (the lowest sell order), c (the average change
        # of the last 24 hours, nullable), up (the direction of the last change) }, without a time.
        return self.ticker_structure(
            symbol=self.safe_symbol(None, market),
            bid=self.decimal_of(ticker, "h"),
            ask=self.decimal_of(ticker, "l"),
            last=self.decimal_of(ticker, "ll"),
            vwap=self.decimal_of(ticker, "av"),
            base_volume=self.decimal_of(ticker, "a"),
            info=ticker,
            market=market,
        )

    def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_exchanges_pair_ticker_json(
            self.extend({"pair": js.get(market, "id")}, params)
        )
        return self.parse_ticker(self.dict_of(response, "fetchTicker"), market)

    def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # Ticker.json takes one pair: one request per symbol.
        self.load_markets()
        list_ = self.symbols if (symbols is None) else symbols
        markets = []
        i = 0
        while True:
            if not js.less(i, js.length(list_)):
                break
            markets.append(self.market(js.get(list_, i)))
            i += 1
        result = {}
        i = 0
        while True:
            if not (i < len(markets)):
                break
            market = js.get(markets, i)
            response = self.public_get_exchanges_pair_ticker_json(
                self.extend({"pair": js.get(market, "id")}, params)
            )
            js.set_(
                result,
                js.get(market, "symbol"),
                self.parse_ticker(self.dict_of(response, "fetchTickers"), market),
            )
            i += 1
        return result

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # orderbook.json: { asks: [ [ price, amount ], ... ], bids: [ ... ] }, the whole book (no depth).
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_exchanges_pair_orderbook_json(
            self.extend({"pair": js.get(market, "id")}, params)
        )
        book = self.dict_of(response, "fetchOrderBook")
        levels = {"bids": self.required_list(book, "bids"), "asks": self.required_list(book, "asks")}
        result = self.parse_order_book(levels, js.get(market, "symbol"))
        if limit is not None:
            js.set_(result, "bids", js.slice_(js.get(result, "bids"), 0, limit))
            js.set_(result, "asks", js.slice_(js.get(result, "asks"), 0, limit))
        return result

    def parse_trade(self, trade, market=None):
        # Public (lasttrades, trades.json): { date (s), isBid (true: the taker bought), price, amount, tid }.
        # The account's (Order/OrderHistory): { ticks (s), created, action (0 a buy, 1 a sell), price, pair,
        # reference ('<pair>|<order id>|<order id>'), fee (percent), feeAmount, feeCoin, firstAmount (the base
        # amount, signed), firstAmountBalance, secondAmount (the shekels, signed, fee included), secondAmountBalance,
        # firstCoin, secondCoin, isMaker }, numbers as texts with thousands separators.
        pair = self.safe_string(trade, "pair")
        market = self.safe_market(pair, market)
        reference = self.safe_string(trade, "reference")
        if reference is None:
            is_bid = self.safe_bool(trade, "isBid")
            side = None
            if is_bid is not None:
                side = "buy" if is_bid else "sell"
            return self.trade_structure(
                identifier=self.safe_string(trade, "tid"),
                symbol=js.get(market, "symbol"),
                timestamp=self.safe_timestamp(trade, "date"),
                side=side,
                price=self.decimal_of(trade, "price"),
                amount=self.unsigned_of(trade, "amount"),
                info=trade,
                market=market,
            )
        is_maker = self.safe_bool(trade, "isMaker")
        taker_or_maker = None
        if is_maker is not None:
            taker_or_maker = "maker" if is_maker else "taker"
        fee = None
        fee_cost = self.unsigned_of(trade, "feeAmount")
        if fee_cost is not None:
            fee_coin = self.safe_string(trade, "feeCoin")
            fee_currency_id = self.safe_string(js.get(self.options, "currencySigns"), fee_coin, fee_coin)
            fee = {"cost": fee_cost, "currency": self.safe_currency_code(fee_currency_id)}
            fee_percent = self.decimal_of(trade, "fee")
            if fee_percent is not None:
                js.set_(fee, "rate", Precise.string_div(fee_percent, "100"))
        return self.trade_structure(
            identifier=reference,
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_timestamp(trade, "ticks"),
            side=self.safe_string(js.get(self.options, "sides"), self.safe_string(trade, "action")),
            taker_or_maker=taker_or_maker,
            price=self.decimal_of(trade, "price"),
            amount=self.unsigned_of(trade, "firstAmount"),
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
        # Without since: lasttrades, the trades of the last 24 hours with their side. With since: trades.json from
        # date (UNIX seconds), at most limit (the docs: 100,000 at most), without a side.
        self.load_markets()
        market = self.market(symbol)
        request = {"pair": js.get(market, "id")}
        response = None
        if since is None:
            response = self.public_get_exchanges_pair_lasttrades(self.extend(request, params))
        else:
            request["date"] = self.integer_of(js.divide(since, 1000))
            if limit is not None:
                request["limit"] = js.min_(limit, 100000)
            response = self.public_get_exchanges_pair_trades_json(self.extend(request, params))
        return self.parse_trades(self.list_of(response, "fetchTrades"), market, since, limit)

    # --- answers -------------------------------------------------------------------------------------
    def shown(self, value):
        # A value of an answer as an error message shows it.
        return "nothing" if (value is None) else self.excerpt(self.json(value))

    def dict_of(self, response, method):
        # A dictionary answer; an empty list stands for an empty one (PHP decodes {} as an empty array, the same
        # value as []).
        if not js.truthy(self.is_mergeable(response)):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " "
                        + js.to_str(method)
                        + " () got an answer that is no dictionary: "
                    )
                    + js.to_str(self.shown(response))
                )
            )
        return {} if js.is_array(response) else response

    def list_of(self, response, method):
        # A list answer; an empty dictionary stands for an empty list (PHP decodes both as the same empty array).
        if js.is_array(response):
            return response
        if js.truthy(self.is_mergeable(response)) and js.truthy(self.is_empty(response)):
            return []
        raise BadResponse(
            js.bounded_text(
                js.bounded_text(
                    js.to_str(self.id) + " " + js.to_str(method) + " () got an answer that is no list: "
                )
                + js.to_str(self.shown(response))
            )
        )

    # --- account -------------------------------------------------------------------------------------
    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # Account/Balance: { AVAILABLE_NIS, NIS, LOCKED_NIS, ESTIMATED_BALANCE_NIS_IN_NIS, AVAILABLE_BTC, BTC,
        # LOCKED_BTC, ..., Fees: { BtcNis: { FeeMaker, FeeTaker }, ... } }: for each currency X what is free
        # (AVAILABLE_X), held by orders (LOCKED_X) and its total (X).
        self.load_markets()
        response = self.dict_of(self.private_get_account_balance(params), "fetchBalance")
        result = {"info": response}
        keys = js.keys(response)
        i = 0
        while True:
            if not (i < len(keys)):
                break
            id_ = keys[i]
            free = self.decimal_of(response, js.bounded_text("AVAILABLE_" + js.to_str(id_)))
            if free is None:
                i += 1
                continue
            account = self.account()
            js.set_(account, "free", free)
            js.set_(account, "used", self.decimal_of(response, js.bounded_text("LOCKED_" + js.to_str(id_))))
            js.set_(account, "total", self.decimal_of(response, id_))
            js.set_(result, self.safe_currency_code(id_), account)
            i += 1
        return self.safe_balance(result)

    def fetch_trading_fees(self, params: dict[str, Any] | None = None) -> dict[str, TradingFee]:
        if params is None:
            params = {}
        # The Fees of Account/Balance: { <pair>: { FeeMaker, FeeTaker } }, in percent.
        self.load_markets()
        response = self.dict_of(self.private_get_account_balance(params), "fetchTradingFees")
        fees = self.safe_dict(response, "Fees")
        if fees is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " fetchTradingFees () got a balance without Fees: ")
                    + js.to_str(self.shown(response))
                )
            )
        result = {}
        ids = js.keys(fees)
        i = 0
        while True:
            if not (i < len(ids)):
                break
            id_ = ids[i]
            if self.safe_value(self.marketsById, id_) is None:
                i += 1
                continue  # a pair the markets do not list
            market = self.safe_market(id_)
            entry = self.safe_dict(fees, id_, {})
            maker = self.decimal_of(entry, "FeeMaker")
            taker = self.decimal_of(entry, "FeeTaker")
            js.set_(
                result,
                js.get(market, "symbol"),
                {
                    "symbol": js.get(market, "symbol"),
                    "maker": None if (maker is None) else self.parse_number(Precise.string_div(maker, "100")),
                    "taker": None if (taker is None) else self.parse_number(Precise.string_div(taker, "100")),
                    "info": entry,
                },
            )
            i += 1
        return result

    def fetch_trading_fee(self, symbol: str, params: dict[str, Any] | None = None) -> TradingFee:
        if params is None:
            params = {}
        return self.trading_fee_of_all(symbol, params)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # Order/GetById: { pair, status, created (s), type (0 a buy, 1 a sell), order_type, amount (what is left),
        # initialAmount, price, stop, id }; Order/MyOrders lists the same without pair (under its pair) and with
        # status_type; Order/AddOrder's NewOrder: { created, type, amount, price, id, stop (stop orders) }.
        pair = self.safe_string(order, "pair")
        market = self.safe_market(pair, market)
        initial_amount = self.unsigned_of(order, "initialAmount")
        amount = self.unsigned_of(order, "amount")
        stop = self.decimal_of(order, "stop")
        status = self.safe_string_lower(order, "status")
        order_type = self.safe_string(order, "order_type")
        return self.safe_order(
            {
                "id": self.safe_string(order, "id"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.safe_timestamp(order, "created"),
                "type": "limit" if (order_type == "0") else None,
                "side": self.safe_string(js.get(self.options, "sides"), self.safe_string(order, "type")),
                "status": self.safe_string(js.get(self.options, "orderStatuses"), status),
                "price": self.decimal_of(order, "price"),
                "triggerPrice": None if ((stop is None) or Precise.string_eq(stop, "0")) else stop,
                "amount": amount if (initial_amount is None) else initial_amount,
                "remaining": None if (initial_amount is None) else amount,
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
        # Order/AddOrder: Amount, Price, Total (Amount x Price), IsBid, Pair. Order/AddStopOrder: Amount, Price, Stop,
        # IsBid, Pair (a limit order placed once the price reaches Stop). Order/AddOrderMarketPriceBuy: Total (the
        # shekels to spend), Pair. Order/AddOrderMarketPriceSell: Amount, Pair. Each answers { OrderResponse:
        # { pair, HasError, Error, Message }, NewOrder: { ... } }. Orders rest until filled or canceled: no
        # time-in-force, post-only or client order id.
        self.load_markets()
        market = self.market(symbol)
        time_in_force = self.safe_string_upper(params, "timeInForce")
        if (time_in_force is not None) and ((not (time_in_force == "GTC")) or (not (type_ == "limit"))):
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () does not support the unified param timeInForce "
                    + js.to_str(time_in_force)
                    + " for "
                    + js.to_str(type_)
                    + " orders: limit orders rest until filled or canceled (GTC)"
                )
            )
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params(
            "createOrder",
            unified,
            ["postOnly", "reduceOnly", "stopLossPrice", "takeProfitPrice", "clientOrderId"],
        )
        if (not (side == "buy")) and (not (side == "sell")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id) + " createOrder () side must be buy or sell, not " + js.to_str(side)
                )
            )
        is_bid = "true" if (side == "buy") else "false"
        request = {"Pair": js.get(market, "id")}
        response = None
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            amount_text = self.amount_to_precision(symbol, amount)
            price_text = self.price_to_precision(symbol, price)
            if js.get(unified, "triggerPrice") is not None:
                request = {
                    "Amount": amount_text,
                    "Price": price_text,
                    "Stop": self.price_to_precision(symbol, js.get(unified, "triggerPrice")),
                    "IsBid": is_bid,
                    "Pair": js.get(market, "id"),
                }
                response = self.private_post_order_add_stop_order(self.extend(request, rest))
            else:
                request = {
                    "Amount": amount_text,
                    "Price": price_text,
                    "Total": Precise.string_mul(amount_text, price_text),
                    "IsBid": is_bid,
                    "Pair": js.get(market, "id"),
                }
                response = self.private_post_order_add_order(self.extend(request, rest))
        elif type_ == "market":
            if js.get(unified, "triggerPrice") is not None:
                raise NotSupported(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () does not support the unified param triggerPrice for market orders: Order/AddStopOrder places limit orders"
                    )
                )
            if side == "buy":
                # The shekels to spend: the unified param cost, or amount x price.
                total = js.get(unified, "cost")
                if total is None:
                    if (amount is None) or (price is None):
                        raise ArgumentsRequired(
                            js.bounded_text(
                                js.to_str(self.id)
                                + " createOrder () requires the unified param cost (the shekels to spend), or an amount and a price, for a market buy order"
                            )
                        )
                    total = Precise.string_mul(
                        self.amount_to_precision(symbol, amount), self.number_to_string(price)
                    )
                elif amount is not None:
                    raise InvalidOrder(
                        js.bounded_text(
                            js.to_str(self.id)
                            + " createOrder () takes an amount or the unified param cost for a market buy order, not both"
                        )
                    )
                request = {"Total": self.cost_to_precision(symbol, total), "Pair": js.get(market, "id")}
                response = self.private_post_order_add_order_market_price_buy(self.extend(request, rest))
            else:
                if js.get(unified, "cost") is not None:
                    raise NotSupported(
                        js.bounded_text(
                            js.to_str(self.id)
                            + " createOrder () does not support the unified param cost for market sell orders: Order/AddOrderMarketPriceSell takes an amount"
                        )
                    )
                if price is not None:
                    raise InvalidOrder(
                        js.bounded_text(
                            js.to_str(self.id)
                            + " createOrder () takes no price for a market sell order: a price makes it a limit order"
                        )
                    )
                request = {"Amount": self.amount_to_precision(symbol, amount), "Pair": js.get(market, "id")}
                response = self.private_post_order_add_order_market_price_sell(self.extend(request, rest))
        else:
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () type must be limit or market, not "
                    + js.to_str(type_)
                )
            )
        new_order = self.safe_dict(self.dict_of(response, "createOrder"), "NewOrder")
        if (new_order is None) or (self.safe_string(new_order, "id") is None):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " createOrder () got no NewOrder with an id: ")
                    + js.to_str(self.shown(response))
                )
            )
        order = self.parse_order(new_order, market)
        js.set_(order, "type", type_)
        js.set_(order, "side", side)
        js.set_(order, "info", response)
        return order

    def create_market_buy_order_with_cost(
        self, symbol: str, cost: float, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        return self.create_order(symbol, "market", "buy", None, None, self.extend(params, {"cost": cost}))

    def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # Order/CancelOrder: id; answers an OrderResponse { HasError, Error } (an error is thrown by handleErrors).
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = self.private_post_order_cancel_order(self.extend({"id": id_}, params))
        return self.safe_order(
            {
                "id": id_,
                "symbol": None if (market is None) else js.get(market, "symbol"),
                "status": "canceled",
                "info": self.dict_of(response, "cancelOrder"),
            },
            market,
        )

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        # Order/GetById: id; answers the order, { Error: 'No order found.' } for an unknown id.
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = self.dict_of(
            self.private_get_order_get_by_id(self.extend({"id": id_}, params)), "fetchOrder"
        )
        if self.safe_string(response, "id") is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " fetchOrder () got an order without id: ")
                    + js.to_str(self.shown(response))
                )
            )
        return self.parse_order(response, market)

    def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # Order/MyOrders: pair; answers { <pair>: { bid: [ orders ], ask: [ orders ] } }, the open orders of the pair.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchOpenOrders () requires a symbol: Order/MyOrders lists the orders of one pair"
                )
            )
        self.load_markets()
        market = self.market(symbol)
        response = self.dict_of(
            self.private_get_order_my_orders(self.extend({"pair": js.get(market, "id")}, params)),
            "fetchOpenOrders",
        )
        books = self.safe_value(response, js.get(market, "id"))
        if books is None:
            return []
        sides = self.dict_of(books, "fetchOpenOrders")
        result = []
        keys = ["bid", "ask"]
        i = 0
        while True:
            if not (i < len(keys)):
                break
            entries = self.safe_value(sides, keys[i], [])
            if not js.is_array(entries):
                raise BadResponse(
                    js.bounded_text(
                        js.bounded_text(
                            js.bounded_text(js.to_str(self.id) + " fetchOpenOrders () got ")
                            + js.to_str(keys[i])
                            + " orders that are no list: "
                        )
                        + js.to_str(self.shown(response))
                    )
                )
            j = 0
            while True:
                if not js.less(j, js.length(entries)):
                    break
                order = self.parse_order(self.dict_of(js.get(entries, j), "fetchOpenOrders"), market)
                js.set_(order, "side", "buy" if (keys[i] == "bid") else "sell")
                js.set_(order, "status", "open")
                result.append(order)
                j += 1
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
        # Order/OrderHistory: pair (every pair without it), take (how many); answers [ entries ] whose action is 0
        # (a buy) or 1 (a sell). The docs give fromTime and toTime no format that the API is known to read, so the
        # unified param until is refused and since filters what comes.
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id) + " fetchMyTrades () does not support the unified param until"
                )
            )
        self.load_markets()
        market = None
        request = {}
        if symbol is not None:
            market = self.market(symbol)
            request["pair"] = js.get(market, "id")
        if limit is not None:
            request["take"] = limit
        response = self.private_get_order_order_history(self.extend(request, params))
        entries = self.list_of(response, "fetchMyTrades")
        trades = []
        i = 0
        while True:
            if not js.less(i, js.length(entries)):
                break
            entry = self.dict_of(js.get(entries, i), "fetchMyTrades")
            action = self.safe_string(entry, "action")
            if (action == "0") or (action == "1"):
                trades.append(entry)
            i += 1
        return self.parse_trades(trades, market, since, limit)

    # --- transport -----------------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # Private: the form <params>&nonce=<n> goes into the query of a GET or the body of a POST, with the headers
        # Key (the API key) and Sign (the base64 HMAC-SHA512 of the form, keyed with the secret).
        url = js.bounded_text(
            js.bounded_text(js.to_str(self.safe_string(js.get(self.urls, "api"), api)) + "/")
            + js.to_str(self.implode_params(path, params))
        )
        query = self.omit(params, self.extract_params(path))
        if api == "public":
            if len(js.keys(query)) > 0:
                url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(query)))
            return {"url": url, "method": method, "body": body, "headers": headers}
        self.check_required_credentials()
        if js.has(query, "nonce"):
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(path)
                    + " takes no parameter nonce: the request is signed with its own"
                )
            )
        form = self.urlencode(self.extend(query, {"nonce": self.nonce()}))
        headers = {
            "Key": self.apiKey,
            "Sign": self.hmac(self.encode(form), self.encode(self.secret), "sha512", "base64"),
        }
        if method == "GET":
            url += js.within(url, "?" + js.to_str(form))
        else:
            js.set_(headers, "Content-Type", "application/x-www-form-urlencoded")
            body = form
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
        # { error: '<text>' }, { Error: '<text>' }, or an OrderResponse { HasError: true, Error: '<text>' } at the
        # top or under OrderResponse.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return None
        feedback = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " ") + js.to_str(self.excerpt(response_body))
        )
        lower = self.safe_string(response, "error")
        if lower is not None:
            self.throw_broadly_matched_exception(js.get(self.exceptions, "broad"), js.lower(lower), feedback)
            raise ExchangeError(feedback)
        nested = self.safe_dict(response, "OrderResponse")
        order_response = response if (nested is None) else nested
        has_error = self.safe_bool(order_response, "HasError")
        message = self.safe_string(order_response, "Error")
        if has_error is True:
            if message is not None:
                self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), message, feedback)
                self.throw_broadly_matched_exception(
                    js.get(self.exceptions, "broad"), js.lower(message), feedback
                )
            raise InvalidOrder(feedback)
        if (has_error is None) and (message is not None):
            self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), message, feedback)
            self.throw_broadly_matched_exception(
                js.get(self.exceptions, "broad"), js.lower(message), feedback
            )
            raise ExchangeError(feedback)
        return None
