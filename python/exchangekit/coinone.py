# Generated from js/coinone.js by exkit: do not edit. Change the source and run `python build.py`.
from typing import Any

from exchangekit.base.exchange import Exchange
from exchangekit.base.errors import (
    AccountSuspended,
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
    BadResponse,
    ExchangeError,
    InvalidOrder,
    NotSupported,
    PermissionDenied,
    RateLimitExceeded,
)
from exchangekit.base.number import TICK_SIZE
from exchangekit.base import js
from exchangekit.base.method_names import MethodAlias
from exchangekit.base.types import Balances, DepositAddress, Market, OHLCV, Order, OrderBook, Ticker, Trade


class coinone(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "coinone",
                "name": "CoinOne",
                "countries": ["KR"],
                "version": "v2.1",
                "rateLimit": 200,
                "has": {
                    "fetchMarkets": True,
                    "fetchCurrencies": False,
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
                    "fetchOrders": False,
                    "fetchOpenOrders": True,
                    "fetchClosedOrders": False,
                    "fetchMyTrades": True,
                    "fetchDeposits": False,
                    "fetchWithdrawals": False,
                    "fetchTransactions": False,
                    "fetchLedger": False,
                    "fetchDepositAddress": True,
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
                "timeframes": {
                    "1m": "1m",
                    "3m": "3m",
                    "5m": "5m",
                    "10m": "10m",
                    "15m": "15m",
                    "30m": "30m",
                    "1h": "1h",
                    "2h": "2h",
                    "4h": "4h",
                    "6h": "6h",
                    "1d": "1d",
                    "1w": "1w",
                },
                "urls": {
                    "api": {
                        "public": "https://api.coinone.co.kr/public/v2",
                        "private": "https://api.coinone.co.kr/v2.1",
                    },
                    "www": "https://coinone.co.kr",
                    "doc": "https://docs.coinone.co.kr",
                    "fees": "https://coinone.co.kr/fee",
                },
                "api": {
                    "public": {
                        "get": [
                            "markets/{quote_currency}",
                            "ticker_new/{quote_currency}",
                            "ticker_new/{quote_currency}/{target_currency}",
                            "orderbook/{quote_currency}/{target_currency}",
                            "trades/{quote_currency}/{target_currency}",
                            "chart/{quote_currency}/{target_currency}",
                            "range_units/{quote_currency}/{target_currency}",
                        ]
                    },
                    "private": {
                        "post": [
                            "account/balance/all",
                            "account/balance",
                            "account/deposit_address",
                            "order",
                            "order/cancel",
                            "order/detail",
                            "order/active_orders",
                            "order/completed_orders",
                            "order/completed_orders/all",
                        ]
                    },
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"percentage": True, "maker": None, "taker": None}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "quoteCurrencies": ["KRW"],
                    "orderBookSizes": [5, 10, 15, 16],
                    "tradesSizes": [10, 50, 100, 150, 200],
                    "myTradesMaxSize": 100,
                    "myTradesWindow": 604800000,
                    "orderTypes": {"LIMIT": "limit", "MARKET": "market", "STOP_LIMIT": "limit"},
                    "orderStatuses": {
                        "LIVE": "open",
                        "PARTIALLY_FILLED": "open",
                        "NOT_TRIGGERED": "open",
                        "TRIGGERED": "open",
                        "FILLED": "closed",
                        "CANCELED": "canceled",
                        "PARTIALLY_CANCELED": "canceled",
                        "NOT_TRIGGERED_CANCELED": "canceled",
                        "NOT_TRIGGERED_PARTIALLY_CANCELED": "canceled",
                    },
                },
                "exceptions": {
                    "exact": {
                        "4": RateLimitExceeded,
                        "8": AuthenticationError,
                        "10": PermissionDenied,
                        "11": AuthenticationError,
                        "12": AuthenticationError,
                        "20": BadRequest,
                        "21": PermissionDenied,
                        "22": PermissionDenied,
                        "23": AuthenticationError,
                        "24": AuthenticationError,
                        "25": AuthenticationError,
                        "27": AuthenticationError,
                        "40": PermissionDenied,
                        "50": AccountSuspended,
                        "51": BadRequest,
                        "52": AccountSuspended,
                        "105": InvalidOrder,
                    },
                    "broad": {},
                },
            },
        )

    # --- markets -------------------------------------------------------------------------------------
    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # markets/{quote_currency}: { result, error_code, server_time, markets: [ { quote_currency,
        # target_currency, price_unit, qty_unit, max_order_amount, max_price, max_qty, min_order_amount,
        # min_price, min_qty, order_book_units, maintenance_status, trade_status, order_types } ] }.
        quotes = self.safe_list(self.options, "quoteCurrencies", ["KRW"])
        result = []
        i = 0
        while True:
            if not (i < len(quotes)):
                break
            response = self.public_get_markets_quote_currency(
                self.extend({"quote_currency": js.get(quotes, i)}, params)
            )
            markets = self.required_list(response, "markets")
            j = 0
            while True:
                if not js.less(j, js.length(markets)):
                    break
                result.append(self.parse_market(js.get(markets, j)))
                j += 1
            i += 1
        return result

    def parse_market(self, market):
        base_id = self.safe_string(market, "target_currency")
        quote_id = self.safe_string(market, "quote_currency")
        if (base_id is None) or (quote_id is None):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id) + " sent a market without target_currency or quote_currency: "
                    )
                    + js.to_str(self.excerpt(self.json(market)))
                )
            )
        base = self.safe_currency_code(base_id)
        quote = self.safe_currency_code(quote_id)
        # trade_status 1: trading; maintenance_status 0: no maintenance.
        trade_status = self.safe_integer(market, "trade_status")
        maintenance = self.safe_integer(market, "maintenance_status")
        active = None
        if trade_status is not None:
            active = js.strict_equal(trade_status, 1) and (not js.strict_equal(maintenance, 1))
        return self.market_structure(
            id=js.bounded_text(js.to_str(quote_id) + "/" + js.to_str(base_id)),
            symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
            base=base,
            quote=quote,
            baseId=base_id,
            quoteId=quote_id,
            type="spot",
            spot=True,
            active=active,
            precision={
                "amount": self.safe_number(market, "qty_unit"),
                "price": self.safe_number(market, "price_unit"),
            },
            limits={
                "amount": {
                    "min": self.safe_number(market, "min_qty"),
                    "max": self.safe_number(market, "max_qty"),
                },
                "price": {
                    "min": self.safe_number(market, "min_price"),
                    "max": self.safe_number(market, "max_price"),
                },
                "cost": {
                    "min": self.safe_number(market, "min_order_amount"),
                    "max": self.safe_number(market, "max_order_amount"),
                },
            },
            info=market,
        )

    def pair_request(self, market):
        return {"quote_currency": js.get(market, "quoteId"), "target_currency": js.get(market, "baseId")}

    def market_of_pair(self, entry, market=None):
        # The market an answer names by quote_currency and target_currency.
        base_id = self.safe_string(entry, "target_currency")
        quote_id = self.safe_string(entry, "quote_currency")
        if (base_id is None) or (quote_id is None):
            return self.safe_market(None, market)
        return self.safe_market(js.bounded_text(js.to_str(quote_id) + "/" + js.to_str(base_id)), market, "/")

    def size_for(self, limit, sizes):
        # The smallest page size the endpoint accepts that holds limit entries (the largest for more).
        i = 0
        while True:
            if not js.less(i, js.length(sizes)):
                break
            if js.greater_equal(js.get(sizes, i), limit):
                return js.get(sizes, i)
            i += 1
        return js.get(sizes, js.subtract(js.length(sizes), 1))

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # ticker_new: { quote_currency, target_currency, timestamp, high, low, first, last, quote_volume,
        # target_volume, best_asks: [ { price, qty } ], best_bids: [ { price, qty } ], id } (24 hours).
        market = self.market_of_pair(ticker, market)
        asks = self.safe_list(ticker, "best_asks", [])
        bids = self.safe_list(ticker, "best_bids", [])
        best_ask = self.safe_dict(asks, 0, {})
        best_bid = self.safe_dict(bids, 0, {})
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer(ticker, "timestamp"),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            open_=self.safe_string(ticker, "first"),
            last=self.safe_string(ticker, "last"),
            bid=self.safe_string(best_bid, "price"),
            bid_volume=self.safe_string(best_bid, "qty"),
            ask=self.safe_string(best_ask, "price"),
            ask_volume=self.safe_string(best_ask, "qty"),
            base_volume=self.safe_string(ticker, "target_volume"),
            quote_volume=self.safe_string(ticker, "quote_volume"),
            info=ticker,
            market=market,
        )

    def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_ticker_new_quote_currency_target_currency(
            self.extend(self.pair_request(market), params)
        )
        tickers = self.required_list(response, "tickers")
        if js.strict_equal(js.length(tickers), 0):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent no ticker for " + js.to_str(symbol) + ": ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.parse_ticker(js.get(tickers, 0), market)

    def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # ticker_new/{quote_currency}: every market of a quote currency; one request per quote currency asked for.
        self.load_markets()
        quotes = self.safe_list(self.options, "quoteCurrencies", ["KRW"])
        if symbols is not None:
            quotes = []
            i = 0
            while True:
                if not js.less(i, js.length(symbols)):
                    break
                quote_id = js.get(self.market(js.get(symbols, i)), "quoteId")
                if not js.truthy(self.in_array(quote_id, quotes)):
                    quotes.append(quote_id)
                i += 1
        tickers = []
        i = 0
        while True:
            if not (i < len(quotes)):
                break
            response = self.public_get_ticker_new_quote_currency(
                self.extend({"quote_currency": js.get(quotes, i)}, params)
            )
            tickers = self.array_concat(tickers, self.required_list(response, "tickers"))
            i += 1
        return self.parse_tickers(tickers, symbols)

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # orderbook/{quote}/{target}?size=: { result, error_code, timestamp, id, quote_currency, target_currency,
        # order_book_unit, bids: [ { price, qty } ], asks: [ { price, qty } ] }.
        self.load_markets()
        market = self.market(symbol)
        request = self.pair_request(market)
        if limit is not None:
            js.set_(request, "size", self.size_for(limit, js.get(self.options, "orderBookSizes")))
        response = self.public_get_orderbook_quote_currency_target_currency(self.extend(request, params))
        self.required_list(response, "bids")
        self.required_list(response, "asks")
        book = self.parse_order_book(
            response,
            js.get(market, "symbol"),
            self.safe_integer(response, "timestamp"),
            "bids",
            "asks",
            "price",
            "qty",
        )
        if limit is not None:
            js.set_(book, "bids", js.slice_(js.get(book, "bids"), 0, limit))
            js.set_(book, "asks", js.slice_(js.get(book, "asks"), 0, limit))
        return book

    def parse_trade(self, trade, market=None):
        # trades: { id, timestamp, price, qty, is_seller_maker } (the docs: is_seller_maker tells buy from sell,
        # true for a sell, false for a buy).
        # completed_orders: { trade_id, order_id, quote_currency, target_currency, order_type, is_ask, is_maker,
        # price, qty, timestamp, fee_rate, fee, fee_currency }.
        market = self.market_of_pair(trade, market)
        trade_id = self.safe_string(trade, "trade_id")
        side = None
        taker_or_maker = None
        type_ = None
        fee = None
        if trade_id is None:
            seller_maker = self.safe_bool(trade, "is_seller_maker")
            if seller_maker is not None:
                side = "sell" if seller_maker else "buy"
        else:
            is_ask = self.safe_bool(trade, "is_ask")
            if is_ask is not None:
                side = "sell" if is_ask else "buy"
            is_maker = self.safe_bool(trade, "is_maker")
            if is_maker is not None:
                taker_or_maker = "maker" if is_maker else "taker"
            type_ = self.safe_string(
                js.get(self.options, "orderTypes"), self.safe_string(trade, "order_type")
            )
            fee_cost = self.safe_string(trade, "fee")
            if fee_cost is not None:
                fee = {
                    "cost": fee_cost,
                    "currency": self.safe_currency_code(self.safe_string(trade, "fee_currency")),
                    "rate": self.safe_string(trade, "fee_rate"),
                }
        return self.trade_structure(
            identifier=self.safe_string(trade, "id") if (trade_id is None) else trade_id,
            order=self.safe_string(trade, "order_id"),
            timestamp=self.safe_integer(trade, "timestamp"),
            symbol=js.get(market, "symbol"),
            kind=type_,
            side=side,
            taker_or_maker=taker_or_maker,
            price=self.safe_string(trade, "price"),
            amount=self.safe_string(trade, "qty"),
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
        # trades/{quote}/{target}?size= (10, 50, 100, 150 or 200; 200 by default): the newest first.
        self.load_markets()
        market = self.market(symbol)
        request = self.pair_request(market)
        if limit is not None:
            js.set_(request, "size", self.size_for(limit, js.get(self.options, "tradesSizes")))
        response = self.public_get_trades_quote_currency_target_currency(self.extend(request, params))
        return self.parse_trades(self.required_list(response, "transactions"), market, since, limit)

    def parse_ohlcv(self, ohlcv, market=None):
        # { timestamp, open, high, low, close, target_volume, quote_volume }
        return [
            self.safe_integer(ohlcv, "timestamp"),
            self.safe_number(ohlcv, "open"),
            self.safe_number(ohlcv, "high"),
            self.safe_number(ohlcv, "low"),
            self.safe_number(ohlcv, "close"),
            self.safe_number(ohlcv, "target_volume"),
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
        # chart/{quote}/{target}?interval=&timestamp=: the candles up to timestamp (the last candle's, in ms),
        # the newest first; the API takes no start, so since and limit filter what it sends.
        self.load_markets()
        market = self.market(symbol)
        interval = self.safe_string(self.timeframes, timeframe)
        if interval is None:
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchOHLCV () does not support the timeframe "
                    + js.to_str(timeframe)
                )
            )
        request = self.extend(self.pair_request(market), {"interval": interval})
        until = self.safe_integer(params, "until")
        if until is not None:
            request["timestamp"] = until
        response = self.public_get_chart_quote_currency_target_currency(
            self.extend(request, self.omit(params, "until"))
        )
        return self.parse_ohlcvs(self.required_list(response, "chart"), market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    # --- account -------------------------------------------------------------------------------------
    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # account/balance/all: { result, error_code, balances: [ { available, limit (held by orders),
        # average_price, currency } ] }.
        self.load_markets()
        response = self.private_post_account_balance_all(params)
        balances = self.required_list(response, "balances")
        result = {"info": response}
        i = 0
        while True:
            if not js.less(i, js.length(balances)):
                break
            entry = js.get(balances, i)
            code = self.safe_currency_code(self.safe_string(entry, "currency"))
            account = self.account()
            js.set_(account, "free", self.safe_string(entry, "available"))
            js.set_(account, "used", self.safe_string(entry, "limit"))
            js.set_(result, code, account)
            i += 1
        return self.safe_balance(result)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # order/detail's order and active_orders' entries: { order_id, type (LIMIT, MARKET, STOP_LIMIT),
        # quote_currency, target_currency, status, side (BUY, SELL), price, original_qty, remain_qty,
        # executed_qty, canceled_qty, fee, fee_rate, average_executed_price, ordered_at, is_triggered,
        # trigger_price, user_order_id }; order (placing) answers { order_id } only.
        market = self.market_of_pair(order, market)
        side = self.safe_string_lower(order, "side")
        fee_cost = self.safe_string(order, "fee")
        fee = None
        if fee_cost is not None:
            fee = {"cost": fee_cost, "rate": self.safe_string(order, "fee_rate")}
        return self.safe_order(
            {
                "id": self.safe_string(order, "order_id"),
                "clientOrderId": self.safe_string(order, "user_order_id"),
                "timestamp": self.safe_integer(order, "ordered_at"),
                "symbol": js.get(market, "symbol"),
                "type": self.safe_string(js.get(self.options, "orderTypes"), self.safe_string(order, "type")),
                "side": side,
                "status": self.safe_string(
                    js.get(self.options, "orderStatuses"), self.safe_string(order, "status")
                ),
                "price": self.safe_string(order, "price"),
                "triggerPrice": self.safe_string(order, "trigger_price"),
                "average": self.safe_string(order, "average_executed_price"),
                "amount": self.safe_string(order, "original_qty"),
                "filled": self.safe_string(order, "executed_qty"),
                "remaining": self.safe_string(order, "remain_qty"),
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
        # order: side (BUY, SELL), quote_currency, target_currency, type (LIMIT, MARKET, STOP_LIMIT), price,
        # qty, amount (a market buy: the quote currency to spend), post_only (LIMIT), trigger_price
        # (STOP_LIMIT), user_order_id; answers { result, error_code, order_id }.
        self.load_markets()
        market = self.market(symbol)
        time_in_force = self.safe_string_upper(params, "timeInForce")
        if (time_in_force == "IOC") or (time_in_force == "FOK"):
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () does not support the unified param timeInForce "
                    + js.to_str(time_in_force)
                    + ": limit orders are GTC (or post only)"
                )
            )
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params("createOrder", unified, ["reduceOnly", "stopLossPrice", "takeProfitPrice"])
        if (not (side == "buy")) and (not (side == "sell")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id) + " createOrder () side must be buy or sell, not " + js.to_str(side)
                )
            )
        request = self.extend(self.pair_request(market), {"side": js.upper(side)})
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["price"] = self.price_to_precision(symbol, price)
            request["qty"] = self.amount_to_precision(symbol, amount)
            if js.get(unified, "trigger") is not None:
                request["type"] = "STOP_LIMIT"
                request["trigger_price"] = self.price_to_precision(symbol, js.get(unified, "trigger"))
            else:
                request["type"] = "LIMIT"
                request["post_only"] = js.get(unified, "postOnly")
        elif type_ == "market":
            if js.get(unified, "trigger") is not None:
                raise NotSupported(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () does not support the unified param triggerPrice for market orders: a stop order is STOP_LIMIT, with a price"
                    )
                )
            request["type"] = "MARKET"
            if side == "buy":
                # A market buy is sized in the quote currency: the cost, or amount x price.
                cost = js.get(unified, "cost")
                if cost is None:
                    if (price is None) or (amount is None):
                        raise InvalidOrder(
                            js.bounded_text(
                                js.bounded_text(
                                    js.to_str(self.id) + " createOrder () a market buy spends an amount of "
                                )
                                + js.to_str(js.get(market, "quote"))
                                + ": pass the unified param cost, or a price to multiply the amount with"
                            )
                        )
                    cost = self.number_to_string(js.multiply(amount, price))
                request["amount"] = self.cost_to_precision(symbol, cost)
            else:
                if js.get(unified, "cost") is not None:
                    raise NotSupported(
                        js.bounded_text(
                            js.to_str(self.id)
                            + " createOrder () does not support the unified param cost for a market sell: it is sized by its amount"
                        )
                    )
                request["qty"] = self.amount_to_precision(symbol, amount)
        else:
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () type must be limit or market, not "
                    + js.to_str(type_)
                )
            )
        if js.get(unified, "clientOrderId") is not None:
            request["user_order_id"] = js.get(unified, "clientOrderId")
        response = self.private_post_order(self.extend(request, rest))
        order = self.parse_order(response, market)
        js.set_(order, "type", type_)
        js.set_(order, "side", side)
        js.set_(order, "clientOrderId", js.get(unified, "clientOrderId"))
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
        # order/cancel: order_id, quote_currency, target_currency (all three required); answers the canceled
        # order: { result, error_code, order_id, price, qty, remain_qty, side, original_qty, traded_qty,
        # canceled_qty, fee, fee_rate, avg_price, canceled_at, ordered_at, quote_currency, target_currency }.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " cancelOrder () requires a symbol: the API names the order by its market too"
                )
            )
        self.load_markets()
        market = self.market(symbol)
        request = self.extend(self.pair_request(market), {"order_id": id_})
        response = self.private_post_order_cancel(self.extend(request, params))
        order = self.parse_order(
            self.extend(
                response,
                {
                    "executed_qty": self.safe_string(response, "traded_qty"),
                    "average_executed_price": self.safe_string(response, "avg_price"),
                },
            ),
            market,
        )
        js.set_(order, "status", "canceled")
        return order

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        # order/detail: order_id, quote_currency, target_currency (required); answers { order: {...} }.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchOrder () requires a symbol: the API names the order by its market too"
                )
            )
        self.load_markets()
        market = self.market(symbol)
        request = self.extend(self.pair_request(market), {"order_id": id_})
        response = self.private_post_order_detail(self.extend(request, params))
        order = self.safe_dict(response, "order")
        if order is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent an order detail without order: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.parse_order(order, market)

    def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # order/active_orders: quote_currency and target_currency (optional: every market without them);
        # answers { active_orders: [ ... ] }, every one open.
        self.load_markets()
        market = None
        request = {}
        if symbol is not None:
            market = self.market(symbol)
            request = self.pair_request(market)
        response = self.private_post_order_active_orders(self.extend(request, params))
        entries = self.required_list(response, "active_orders")
        orders = []
        i = 0
        while True:
            if not js.less(i, js.length(entries)):
                break
            order = self.parse_order(js.get(entries, i), market)
            js.set_(order, "status", "open")
            orders.append(order)
            i += 1
        return self.filter_by_symbol_since_limit(self.sort_by(orders, "timestamp"), symbol, since, limit)

    def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # order/completed_orders (one market) or order/completed_orders/all: size (1 to 100), from_ts and to_ts
        # (ms, both required), to_trade_id; answers { completed_orders: [ ... ] }, the newest first.
        self.load_markets()
        max_size = self.safe_integer(self.options, "myTradesMaxSize", 100)
        to = self.safe_integer(params, "until")
        if to is None:
            to = self.milliseconds()
        from_ = since
        if from_ is None:
            from_ = js.subtract(to, self.safe_integer(self.options, "myTradesWindow", 604800000))
        request = {
            "size": max_size if (limit is None) else js.min_(limit, max_size),
            "from_ts": from_,
            "to_ts": to,
        }
        rest = self.omit(params, "until")
        market = None
        response = None
        if symbol is None:
            response = self.private_post_order_completed_orders_all(self.extend(request, rest))
        else:
            market = self.market(symbol)
            response = self.private_post_order_completed_orders(
                self.extend(self.extend(self.pair_request(market), request), rest)
            )
        return self.parse_trades(self.required_list(response, "completed_orders"), market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # account/deposit_address: currencies (optional list); answers { deposit_addresses: [ { currency,
        # address, secondary_address (memo or tag, or null) } ] }, without the currencies that take no deposits.
        if self.safe_value(params, "network") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchDepositAddress () does not support the unified param network: the API keeps one address per currency"
                )
            )
        self.load_markets()
        currency = self.currency(code)
        response = self.private_post_account_deposit_address(
            self.extend({"currencies": [js.get(currency, "id")]}, params)
        )
        entries = self.required_list(response, "deposit_addresses")
        i = 0
        while True:
            if not js.less(i, js.length(entries)):
                break
            entry = js.get(entries, i)
            if js.strict_equal(self.safe_string(entry, "currency"), js.get(currency, "id")):
                address = self.safe_string(entry, "address")
                if address is None:
                    raise BadResponse(
                        js.bounded_text(
                            js.bounded_text(js.to_str(self.id) + " sent a deposit address without address: ")
                            + js.to_str(self.excerpt(self.json(response)))
                        )
                    )
                return {
                    "currency": js.get(currency, "code"),
                    "address": address,
                    "tag": self.safe_string(entry, "secondary_address"),
                    "info": entry,
                }
            i += 1
        raise BadRequest(
            js.bounded_text(
                js.to_str(self.id)
                + " fetchDepositAddress () "
                + js.to_str(code)
                + " has no deposit address: the exchange lists none (deposits may be closed)"
            )
        )

    # --- transport -----------------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # Public: the path's {quote_currency}/{target_currency} filled in, the rest as the query string.
        # Private: POST with the JSON body { access_token, nonce, <params> }; X-COINONE-PAYLOAD is the body in
        # base64, X-COINONE-SIGNATURE the hex HMAC-SHA512 of the payload with the secret.
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
        if js.has(query, "access_token") or js.has(query, "nonce"):
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(path)
                    + " takes no parameter access_token or nonce: the request is signed with its own"
                )
            )
        request = self.extend({"access_token": self.apiKey, "nonce": self.uuid()}, query)
        body = self.json(request)
        payload = self.string_to_base64(body)
        signature = self.hmac(self.encode(payload), self.encode(self.secret), "sha512", "hex")
        headers = {
            "Content-Type": "application/json",
            "X-COINONE-PAYLOAD": payload,
            "X-COINONE-SIGNATURE": signature,
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
        # { "result": "error", "error_code": "105", "error_msg": "Price is not correct" } (or errorCode and
        # errorMsg), with an HTTP error status or 200.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return None
        result = self.safe_string(response, "result")
        code = self.safe_string2(response, "error_code", "errorCode")
        if (not (result == "error")) and ((code is None) or (code == "0")):
            return None
        feedback = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " ") + js.to_str(self.excerpt(response_body))
        )
        if code is not None:
            self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
        raise ExchangeError(feedback)
