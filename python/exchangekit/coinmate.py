# Generated from js/coinmate.js by exkit: do not edit. Change the source and run `python build.py`.
from typing import Any

from exchangekit.base.exchange import Exchange
from exchangekit.base.precise import Precise
from exchangekit.base.errors import (
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
    BadResponse,
    ExchangeError,
    InvalidAddress,
    InvalidOrder,
    NotSupported,
    OrderNotFound,
    PermissionDenied,
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


class coinmate(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "coinmate",
                "name": "CoinMate",
                "countries": ["CZ"],
                "version": None,
                "rateLimit": 600,
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
                    "fetchTradingFees": False,
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
                    "api": {"public": "https://coinmate.io/api", "private": "https://coinmate.io/api"},
                    "www": "https://coinmate.io",
                    "doc": "https://coinmate.docs.apiary.io",
                    "fees": "https://coinmate.io/fees",
                },
                "api": {
                    "public": {
                        "get": [
                            "tradingPairs",
                            "orderBook",
                            "ticker",
                            "tickerAll",
                            "products",
                            "transactions",
                            "system/time",
                        ]
                    },
                    "private": {
                        "post": [
                            "currencies",
                            "balances",
                            "traderFees",
                            "transactionHistory",
                            "tradeHistory",
                            "transfer",
                            "transferHistory",
                            "orderHistory",
                            "openOrders",
                            "order",
                            "orderById",
                            "cancelOrder",
                            "cancelAllOpenOrders",
                            "cancelOrderWithInfo",
                            "buyLimit",
                            "sellLimit",
                            "buyInstant",
                            "sellInstant",
                            "withdrawVirtualCurrency",
                            "virtualCurrencyDepositAddresses",
                            "unconfirmedVirtualCurrencyDeposits",
                        ]
                    },
                },
                "requiredCredentials": {"apiKey": True, "secret": True, "uid": True},
                "fees": {"trading": {"tierBased": True, "percentage": True}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "orderStatuses": {
                        "OPEN": "open",
                        "PARTIALLY_FILLED": "open",
                        "FILLED": "closed",
                        "CANCELLED": "canceled",
                    },
                    "orderTypes": {
                        "LIMIT": "limit",
                        "MARKET": "market",
                        "INSTANT": "market",
                        "QUICK": "market",
                    },
                    "transferStatuses": {
                        "NEW": "pending",
                        "BEFORE_SEND": "pending",
                        "SENT": "pending",
                        "PENDING": "pending",
                        "WAITING": "pending",
                        "ERROR": "failed",
                        "CANCELLED": "canceled",
                        "COMPLETED": "ok",
                        "VERIFIED": "ok",
                    },
                    "networks": {"TRC20": "TRX", "LIGHTNING": "BTC_LIGHTNING"},
                    "maxTradeMinutes": 1440,
                },
                "exceptions": {
                    "exact": {"Not implemented": NotSupported},
                    "broad": {
                        "ccess denied": AuthenticationError,
                        "Insufficient key privileges": PermissionDenied,
                    },
                },
            },
        )

    # --- markets -------------------------------------------------------------------------------------
    def data_of(self, response):
        # The data of the envelope { error, errorMessage, data }; handleErrors has thrown for error true.
        if (
            (response is None)
            or js.is_array(response)
            or (not (js.typeof(response) == "object"))
            or (not js.has(response, "data"))
        ):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent an answer without data: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return js.get(response, "data")

    def list_of(self, response):
        data = self.data_of(response)
        if not js.is_array(data):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent data that is no list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return data

    def dict_of(self, response):
        data = self.data_of(response)
        if (data is None) or js.is_array(data) or (not (js.typeof(data) == "object")):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent data that is no dictionary: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return data

    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # tradingPairs: [ { name, firstCurrency, secondCurrency, priceDecimals, lotDecimals, minAmount, ... } ].
        response = self.public_get_trading_pairs(params)
        pairs = self.list_of(response)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(pairs)):
                break
            pair = js.get(pairs, i)
            id_ = self.safe_string(pair, "name")
            base_id = self.safe_string(pair, "firstCurrency")
            quote_id = self.safe_string(pair, "secondCurrency")
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
                        "amount": self.parse_number(
                            self.parse_precision(self.safe_string(pair, "lotDecimals"))
                        ),
                        "price": self.parse_number(
                            self.parse_precision(self.safe_string(pair, "priceDecimals"))
                        ),
                    },
                    limits={"amount": {"min": self.safe_number(pair, "minAmount")}},
                    info=pair,
                )
            )
            i += 1
        return result

    def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # currencies is a user operation: without credentials there is no list (an empty dictionary), and
        # loadMarkets derives the currencies from the markets instead. Each entry: { currency, currencyName,
        # depositEnabled, withdrawEnabled, precision (decimals), networks: [ { network, deposit: { enabled,
        # minAmount, ... }, withdraw: { enabled, fee: [ { fixFee, percentageFee, variant } ], minAmount } } ] }.
        if not js.truthy(self.check_required_credentials(False)):
            return {}
        response = self.private_post_currencies(params)
        entries = self.list_of(response)
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(entries)):
                break
            entry = js.get(entries, i)
            id_ = self.safe_string(entry, "currency")
            code = self.safe_currency_code(id_)
            precision = self.parse_number(self.parse_precision(self.safe_string(entry, "precision")))
            network_list = self.safe_list(entry, "networks", [])
            networks = {}
            j = 0
            while True:
                if not (j < len(network_list)):
                    break
                item = js.get(network_list, j)
                network_id = self.safe_string(item, "network")
                network_code = self.network_code(network_id)
                deposit = self.safe_dict(item, "deposit", {})
                withdraw = self.safe_dict(item, "withdraw", {})
                fees = self.safe_list(withdraw, "fee", [])
                js.set_(
                    networks,
                    network_code,
                    {
                        "id": network_id,
                        "network": network_code,
                        "active": None,
                        "deposit": self.safe_bool(deposit, "enabled"),
                        "withdraw": self.safe_bool(withdraw, "enabled"),
                        "fee": self.safe_number(self.safe_dict(fees, 0, {}), "fixFee"),
                        "precision": precision,
                        "limits": {
                            "deposit": {
                                "min": self.safe_number(deposit, "minAmount"),
                                "max": self.safe_number(deposit, "maxAmount"),
                            },
                            "withdraw": {
                                "min": self.safe_number(withdraw, "minAmount"),
                                "max": self.safe_number(withdraw, "maxAmount"),
                            },
                        },
                    },
                )
                j += 1
            deposit_enabled = self.safe_bool(entry, "depositEnabled")
            withdraw_enabled = self.safe_bool(entry, "withdrawEnabled")
            js.set_(
                result,
                code,
                {
                    "id": id_,
                    "code": code,
                    "name": self.safe_string(entry, "currencyName"),
                    "active": None if (deposit_enabled is None) else deposit_enabled or withdraw_enabled,
                    "deposit": deposit_enabled,
                    "withdraw": withdraw_enabled,
                    "precision": precision,
                    "networks": networks,
                    "info": entry,
                },
            )
            i += 1
        return result

    # --- market data ---------------------------------------------------------------------------------
    def ticker_timestamp(self, ticker):
        # The docs say the ticker's timestamp is in milliseconds, but their example (1506062222, September
        # 2017) is in seconds: a value below 10^11 (1973 in milliseconds) is read as seconds.
        value = self.safe_integer(ticker, "timestamp")
        if (value is not None) and js.less(value, 100000000000):
            return js.multiply(value, 1000)
        return value

    def parse_ticker(self, ticker, market=None):
        # { last, high, low, amount (the base volume of 24 hours), bid, ask, change (today's change in percent),
        # open (today's open), timestamp }.
        return self.ticker_structure(
            symbol=self.safe_symbol(None, market),
            timestamp=self.ticker_timestamp(ticker),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            bid=self.safe_string(ticker, "bid"),
            ask=self.safe_string(ticker, "ask"),
            open_=self.safe_string(ticker, "open"),
            last=self.safe_string(ticker, "last"),
            percentage=self.safe_string(ticker, "change"),
            base_volume=self.safe_string(ticker, "amount"),
            info=ticker,
            market=market,
        )

    def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_ticker(self.extend({"currencyPair": js.get(market, "id")}, params))
        return self.parse_ticker(self.dict_of(response), market)

    def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # tickerAll: { BTC_EUR: { ticker }, ... }.
        self.load_markets()
        response = self.public_get_ticker_all(params)
        data = self.dict_of(response)
        ids = js.keys(data)
        result = []
        i = 0
        while True:
            if not (i < len(ids)):
                break
            market = self.safe_market(ids[i], None, "_")
            result.append(self.parse_ticker(self.safe_dict(data, ids[i], {}), market))
            i += 1
        return self.tickers_of_symbols(result, symbols)

    def tickers_of_symbols(self, tickers, symbols=None):
        # The tickers are parsed already (each needs the market its key names): keyed by symbol here.
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
        # orderBook: { asks: [ { price, amount } ], bids: [ ... ] }, a limited number of the best levels.
        self.load_markets()
        market = self.market(symbol)
        request = {"currencyPair": js.get(market, "id"), "groupByPriceLimit": "False"}
        response = self.public_get_order_book(self.extend(request, params))
        data = self.dict_of(response)
        book = self.parse_order_book(data, js.get(market, "symbol"), None, "bids", "asks", "price", "amount")
        if limit is not None:
            js.set_(book, "bids", js.slice_(js.get(book, "bids"), 0, limit))
            js.set_(book, "asks", js.slice_(js.get(book, "asks"), 0, limit))
        return book

    def parse_trade(self, trade, market=None):
        # Public (transactions): { timestamp, transactionId, price, amount, currencyPair, tradeType (BUY or SELL,
        # not always there) }. The account's (tradeHistory, and the trades of orderById): { transactionId,
        # createdTimestamp, currencyPair, type (the account's side), orderType (LIMIT, INSTANT, QUICK), orderId,
        # amount, price, fee (in the quote currency), feeType (MAKER, TAKER) }.
        market = self.safe_market(self.safe_string(trade, "currencyPair"), market, "_")
        fee_cost = self.safe_string(trade, "fee")
        order_type = self.safe_string(trade, "orderType")
        return self.trade_structure(
            identifier=self.safe_string(trade, "transactionId"),
            order=self.safe_string(trade, "orderId"),
            timestamp=self.safe_integer2(trade, "createdTimestamp", "timestamp"),
            symbol=js.get(market, "symbol"),
            kind=(
                None
                if (order_type is None)
                else self.safe_string(js.get(self.options, "orderTypes"), order_type)
            ),
            side=self.safe_string_lower2(trade, "type", "tradeType"),
            taker_or_maker=self.safe_string_lower(trade, "feeType"),
            price=self.safe_string(trade, "price"),
            amount=self.safe_string(trade, "amount"),
            fee=None if (fee_cost is None) else {"cost": fee_cost, "currency": js.get(market, "quote")},
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
        # transactions: the trades of the last minutesIntoHistory minutes (at most 24 hours), the newest first.
        self.load_markets()
        market = self.market(symbol)
        max_minutes = self.safe_integer(self.options, "maxTradeMinutes", 1440)
        minutes = max_minutes
        if since is not None:
            minutes = js.ceil(js.divide(js.subtract(self.milliseconds(), since), 60000))
            minutes = js.max_(1, js.min_(minutes, max_minutes))
        request = {"minutesIntoHistory": minutes, "currencyPair": js.get(market, "id")}
        response = self.public_get_transactions(self.extend(request, params))
        return self.parse_trades(self.list_of(response), market, since, limit)

    def fetch_time(self, params: dict[str, Any] | None = None) -> int | None:
        if params is None:
            params = {}
        # system/time: { serverTime } (no envelope).
        response = self.public_get_system_time(params)
        server_time = self.safe_integer(response, "serverTime")
        if server_time is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent a time answer without serverTime: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return server_time

    # --- account -------------------------------------------------------------------------------------
    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # balances: { EUR: { currency, balance, reserved (in open orders), available }, ... }.
        self.load_markets()
        response = self.private_post_balances(params)
        data = self.dict_of(response)
        result = {"info": response}
        ids = js.keys(data)
        i = 0
        while True:
            if not (i < len(ids)):
                break
            entry = self.safe_dict(data, ids[i], {})
            code = self.safe_currency_code(self.safe_string(entry, "currency", ids[i]))
            account = self.account()
            js.set_(account, "free", self.safe_string(entry, "available"))
            js.set_(account, "used", self.safe_string(entry, "reserved"))
            js.set_(account, "total", self.safe_string(entry, "balance"))
            js.set_(result, code, account)
            i += 1
        return self.safe_balance(result)

    def fetch_trading_fee(self, symbol: str, params: dict[str, Any] | None = None) -> TradingFee:
        if params is None:
            params = {}
        # traderFees: { maker, taker (in percent), timestamp } of one pair.
        self.load_markets()
        market = self.market(symbol)
        response = self.private_post_trader_fees(self.extend({"currencyPair": js.get(market, "id")}, params))
        data = self.dict_of(response)
        maker = self.safe_string(data, "maker")
        taker = self.safe_string(data, "taker")
        return {
            "symbol": js.get(market, "symbol"),
            "maker": None if (maker is None) else self.parse_number(Precise.string_div(maker, "100")),
            "taker": None if (taker is None) else self.parse_number(Precise.string_div(taker, "100")),
            "info": response,
        }

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # openOrders: { id, timestamp, type (BUY, SELL), currencyPair, price, amount (what is left of the
        # order: the push of the same list names the original size apart), orderTradeType, clientOrderId }.
        # orderHistory, orderById: { id, timestamp, type, price, remainingAmount, originalAmount,
        # cumulativeAmount, status, orderTradeType, avgPrice, trades (orderById) } without a pair.
        raw_trades = self.safe_list(order, "trades")
        market_id = self.safe_string(order, "currencyPair")
        if (market_id is None) and (market is None) and (raw_trades is not None):
            # orderById names no pair: its trades do
            market_id = self.safe_string(self.safe_dict(raw_trades, 0, {}), "currencyPair")
        market = self.safe_market(market_id, market, "_")
        trades = None
        if raw_trades is not None:
            trades = self.parse_trades(raw_trades, market)
        order_trade_type = self.safe_string(order, "orderTradeType")
        status = self.safe_string(order, "status")
        remaining = self.safe_string(order, "remainingAmount")
        order_status = self.safe_string(js.get(self.options, "orderStatuses"), status)
        if js.has(order, "amount") and (not js.has(order, "remainingAmount")):
            # an open order's amount
            remaining = self.safe_string(order, "amount")
            order_status = "open"
        return self.safe_order(
            {
                "id": self.safe_string(order, "id"),
                "clientOrderId": self.safe_string(order, "clientOrderId"),
                "timestamp": self.safe_integer(order, "timestamp"),
                "symbol": js.get(market, "symbol"),
                "type": (
                    None
                    if (order_trade_type is None)
                    else self.safe_string(js.get(self.options, "orderTypes"), order_trade_type)
                ),
                "side": self.safe_string_lower(order, "type"),
                "price": self.safe_string(order, "price"),
                "average": self.safe_string(order, "avgPrice"),
                "amount": self.safe_string(order, "originalAmount"),
                "filled": self.safe_string(order, "cumulativeAmount"),
                "remaining": remaining,
                "status": order_status,
                "trades": trades,
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
        # buyLimit, sellLimit: currencyPair, amount (base), price, and the flags immediateOrCancel and postOnly
        # (0 or 1), clientOrderId (a number). buyInstant: currencyPair, total (the quote currency to spend),
        # clientOrderId; sellInstant: currencyPair, amount (base), clientOrderId. Stop orders are disabled
        # (since 2025-02-27); there is no reduce-only. Each answers the new order's id as data.
        self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params(
            "createOrder", unified, ["reduceOnly", "triggerPrice", "stopLossPrice", "takeProfitPrice"]
        )
        if (not (side == "buy")) and (not (side == "sell")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id) + " createOrder () side must be buy or sell, not " + js.to_str(side)
                )
            )
        request = {"currencyPair": js.get(market, "id")}
        client_order_id = js.get(unified, "clientOrderId")
        if client_order_id is not None:
            if (not js.truthy(self.is_digits(client_order_id))) or js.greater(js.length(client_order_id), 20):
                raise BadRequest(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () clientOrderId must be a number of at most 20 digits, not "
                        + js.to_str(client_order_id)
                    )
                )
            request["clientOrderId"] = client_order_id
        response = None
        order_amount = None
        order_price = None
        order_cost = None
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            time_in_force = js.get(unified, "timeInForce")
            if time_in_force == "FOK":
                raise NotSupported(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () does not support the unified param timeInForce FOK: limit orders are GTC, IOC or post-only"
                    )
                )
            request["amount"] = self.amount_to_precision(symbol, amount)
            request["price"] = self.price_to_precision(symbol, price)
            if time_in_force == "IOC":
                request["immediateOrCancel"] = 1
            if js.truthy(js.get(unified, "postOnly")):
                request["postOnly"] = 1
            order_amount = js.get(request, "amount")
            order_price = js.get(request, "price")
            if side == "buy":
                response = self.private_post_buy_limit(self.extend(request, rest))
            else:
                response = self.private_post_sell_limit(self.extend(request, rest))
        elif type_ == "market":
            if js.get(unified, "timeInForce") is not None:
                raise NotSupported(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () does not support the unified param timeInForce for market orders: instant orders take none"
                    )
                )
            if side == "buy":
                # buyInstant spends total in the quote currency: the unified param cost, or amount x price.
                if js.get(unified, "cost") is not None:
                    request["total"] = self.cost_to_precision(symbol, js.get(unified, "cost"))
                elif (amount is not None) and (price is not None):
                    request["total"] = self.cost_to_precision(
                        symbol,
                        Precise.string_mul(self.number_to_string(amount), self.number_to_string(price)),
                    )
                    order_amount = self.number_to_string(amount)
                else:
                    raise ArgumentsRequired(
                        js.bounded_text(
                            js.to_str(self.id)
                            + " createOrder () a market buy spends an amount of the quote currency: pass the unified param cost, or amount and price"
                        )
                    )
                order_cost = js.get(request, "total")
                response = self.private_post_buy_instant(self.extend(request, rest))
            else:
                if js.get(unified, "cost") is not None:
                    raise InvalidOrder(
                        js.bounded_text(
                            js.to_str(self.id)
                            + " createOrder () cost sizes market buys only: a market sell (sellInstant) sells an amount of the base currency"
                        )
                    )
                request["amount"] = self.amount_to_precision(symbol, amount)
                order_amount = js.get(request, "amount")
                response = self.private_post_sell_instant(self.extend(request, rest))
        else:
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () type must be limit or market, not "
                    + js.to_str(type_)
                )
            )
        id_ = self.safe_string(response, "data")
        if id_ is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id) + " createOrder () sent an answer without the order id: "
                    )
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.safe_order(
            {
                "id": id_,
                "clientOrderId": client_order_id,
                "symbol": js.get(market, "symbol"),
                "type": type_,
                "side": side,
                "price": order_price,
                "amount": order_amount,
                "cost": order_cost,
                "timeInForce": js.get(unified, "timeInForce") if (type_ == "limit") else None,
                "postOnly": True if js.truthy(js.get(unified, "postOnly")) else None,
                "info": response,
            },
            market,
        )

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
        # cancelOrderWithInfo: orderId; answers { success (false when no open order has the id), remainingAmount }.
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = self.private_post_cancel_order_with_info(self.extend({"orderId": id_}, params))
        data = self.dict_of(response)
        if not (self.safe_bool(data, "success") is True):
            raise OrderNotFound(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id) + " cancelOrder () found no open order " + js.to_str(id_) + ": "
                    )
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.safe_order(
            {
                "id": id_,
                "symbol": None if (market is None) else js.get(market, "symbol"),
                "status": "canceled",
                "remaining": self.safe_string(data, "remainingAmount"),
                "info": response,
            },
            market,
        )

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        # orderById: orderId; the order with its trades (which name the pair).
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = self.private_post_order_by_id(self.extend({"orderId": id_}, params))
        order = self.dict_of(response)
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
        # openOrders: currencyPair (optional, every pair without it).
        self.load_markets()
        request = {}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["currencyPair"] = js.get(market, "id")
        response = self.private_post_open_orders(self.extend(request, params))
        return self.parse_orders(self.list_of(response), market, since, limit)

    def order_history(self, method, symbol, limit, params):
        # orderHistory: currencyPair (required), limit (optional); orders of every status, the newest first,
        # without a time range.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () requires a symbol: orderHistory lists the orders of one pair"
                )
            )
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () does not support the unified param until: orderHistory takes no time range"
                )
            )
        self.load_markets()
        market = self.market(symbol)
        request = {"currencyPair": js.get(market, "id")}
        if limit is not None:
            request["limit"] = limit
        response = self.private_post_order_history(self.extend(request, params))
        return self.parse_orders(self.list_of(response), market)

    def fetch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        orders = self.order_history("fetchOrders", symbol, limit, params)
        return self.filter_by_since_limit(orders, since, limit)

    def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # orderHistory holds open orders too: asked for all (the server's default count), then filtered.
        orders = self.order_history("fetchClosedOrders", symbol, None, params)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(orders)):
                break
            status = js.get(js.get(orders, i), "status")
            if (status == "closed") or (status == "canceled"):
                result.append(js.get(orders, i))
            i += 1
        return self.filter_by_since_limit(result, since, limit)

    def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # tradeHistory: limit (at most 1000), sort (ASC or DESC, by default), timestampFrom, timestampTo (ms,
        # inclusive), currencyPair, orderId.
        self.load_markets()
        request = {}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["currencyPair"] = js.get(market, "id")
        if limit is not None:
            request["limit"] = js.min_(limit, 1000)
        if since is not None:
            request["timestampFrom"] = since
            request["sort"] = "ASC"
        until = self.safe_integer(params, "until")
        if until is not None:
            request["timestampTo"] = until
        response = self.private_post_trade_history(self.extend(request, self.omit(params, "until")))
        return self.parse_trades(self.list_of(response), market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # transferHistory: { transactionId, createdTimestamp, amountCurrency, amount, fee, walletType (BANK_WIRE,
        # BTC, ...), transferType (DEPOSIT, WITHDRAWAL), transferStatus, txid, destination, destinationTag }.
        # withdraw builds { id, amount, currency, address, tag } from its request.
        code = self.safe_currency_code(self.safe_string(transaction, "amountCurrency"), currency)
        fee_cost = self.safe_string(transaction, "fee")
        transfer_type = self.safe_string(transaction, "transferType")
        type_ = self.safe_string(transaction, "type")
        if transfer_type == "DEPOSIT":
            type_ = "deposit"
        elif transfer_type == "WITHDRAWAL":
            type_ = "withdrawal"
        return self.safe_transaction(
            {
                "id": self.safe_string2(transaction, "transactionId", "id"),
                "txid": self.safe_string(transaction, "txid"),
                "timestamp": self.safe_integer(transaction, "createdTimestamp"),
                "address": self.safe_string2(transaction, "destination", "address"),
                "tag": self.safe_string2(transaction, "destinationTag", "tag"),
                "type": type_,
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(
                    js.get(self.options, "transferStatuses"), self.safe_string(transaction, "transferStatus")
                ),
                "fee": None if (fee_cost is None) else {"cost": fee_cost, "currency": code},
                "info": self.safe_value(transaction, "info", transaction),
            },
            currency,
        )

    def fetch_transfers_of_type(self, method, type_, code, since, limit, params):
        # transferHistory: currency, timestampFrom, timestampTo, sort, limit; deposits and withdrawals together,
        # so the server's default count (1000, its maximum) is asked for and the type filtered here.
        self.load_markets()
        request = {}
        currency = None
        if code is not None:
            currency = self.currency(code)
            request["currency"] = js.get(currency, "id")
        if since is not None:
            request["timestampFrom"] = since
            request["sort"] = "ASC"
        until = self.safe_integer(params, "until")
        if until is not None:
            request["timestampTo"] = until
        response = self.private_post_transfer_history(self.extend(request, self.omit(params, "until")))
        transactions = self.parse_transactions(self.list_of(response), currency)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(transactions)):
                break
            if js.strict_equal(self.safe_string(js.get(transactions, i), "type"), type_):
                result.append(js.get(transactions, i))
            i += 1
        return self.filter_by_since_limit(result, since, limit)

    def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.fetch_transfers_of_type("fetchDeposits", "deposit", code, since, limit, params)

    def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.fetch_transfers_of_type("fetchWithdrawals", "withdrawal", code, since, limit, params)

    def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # virtualCurrencyDepositAddresses: currencyName; data is a list of addresses, an address with a
        # destination tag written 'address / tag' (XRP). The API names no network: each currency has one.
        if self.safe_value(params, "network") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchDepositAddress () does not support the unified param network: the API keeps the addresses of one network per currency"
                )
            )
        self.load_markets()
        currency = self.currency(code)
        response = self.private_post_virtual_currency_deposit_addresses(
            self.extend({"currencyName": js.get(currency, "id")}, params)
        )
        addresses = self.list_of(response)
        first = self.safe_value(addresses, 0)
        if not (js.typeof(first) == "string"):
            raise InvalidAddress(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " fetchDepositAddress () found no deposit address of "
                        + js.to_str(code)
                        + ": "
                    )
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        parts = js.split(first, " / ")
        return {
            "currency": js.get(currency, "code"),
            "address": js.get(parts, 0),
            "tag": js.get(parts, 1) if (len(parts) > 1) else None,
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
        # withdrawVirtualCurrency: currencyName, address, amount, destinationTag (XRP), amountType, feePriority;
        # answers the transaction id as data. The API names no network: each currency is sent on its own.
        if self.safe_value(params, "network") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " withdraw () does not support the unified param network: withdrawVirtualCurrency sends each currency on its one network"
                )
            )
        self.load_markets()
        currency = self.currency(code)
        request = {
            "currencyName": js.get(currency, "id"),
            "amount": self.number_to_string(amount),
            "address": address,
        }
        if tag is not None:
            request["destinationTag"] = tag
        response = self.private_post_withdraw_virtual_currency(self.extend(request, params))
        return self.parse_transaction(
            {
                "id": self.safe_string(response, "data"),
                "type": "withdrawal",
                "amountCurrency": js.get(currency, "id"),
                "amount": js.get(request, "amount"),
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
            js.to_str(self.safe_string(js.get(self.urls, "api"), api)) + "/" + js.to_str(path)
        )
        if api == "public":
            if len(js.keys(params)) > 0:
                url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(params)))
            return {"url": url, "method": method, "body": body, "headers": headers}
        self.check_required_credentials()
        if (
            js.has(params, "clientId")
            or js.has(params, "publicKey")
            or js.has(params, "nonce")
            or js.has(params, "signature")
        ):
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(path)
                    + " takes no parameter clientId, publicKey, nonce or signature: the request is signed with its own"
                )
            )
        nonce = self.number_to_string(self.nonce())
        signature = self.hmac(
            self.encode(js.add(js.add(nonce, self.uid), self.apiKey)), self.encode(self.secret), "sha256"
        )
        auth = {
            "clientId": self.uid,
            "publicKey": self.apiKey,
            "nonce": nonce,
            "signature": js.upper(signature),
        }
        body = self.urlencode(self.extend(auth, params))
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
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
        # { "error": true, "errorMessage": "...", "data": null }, with HTTP 200 or an error status.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return None
        if not (self.safe_bool(response, "error") is True):
            return None
        message = self.safe_string(response, "errorMessage", "")
        feedback = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " ") + js.to_str(self.excerpt(response_body))
        )
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), message, feedback)
        self.throw_broadly_matched_exception(js.get(self.exceptions, "broad"), message, feedback)
        raise ExchangeError(feedback)
