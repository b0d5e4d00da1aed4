# Generated from js/lbank.js by exkit: do not edit. Change the source and run `python build.py`.
from typing import Any

from exchangekit.base.exchange import Exchange
from exchangekit.base.precise import Precise
from exchangekit.base.errors import (
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
    BadResponse,
    BadSymbol,
    CancelPending,
    ExchangeError,
    ExchangeNotAvailable,
    InsufficientFunds,
    InvalidOrder,
    NotSupported,
    PermissionDenied,
    RateLimitExceeded,
)
from exchangekit.base.number import TICK_SIZE
from exchangekit.base import js
from exchangekit.base.method_names import MethodAlias
from exchangekit.base.types import (
    Balances,
    Currency,
    DepositAddress,
    Market,
    OHLCV,
    Order,
    OrderBook,
    Ticker,
    Trade,
    Transaction,
)


class lbank(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "lbank",
                "name": "LBank",
                "countries": ["CN"],
                "version": "v2",
                "rateLimit": 100,
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
                    "fetchOrders": False,
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
                    "1m": "minute1",
                    "5m": "minute5",
                    "15m": "minute15",
                    "30m": "minute30",
                    "1h": "hour1",
                    "4h": "hour4",
                    "8h": "hour8",
                    "12h": "hour12",
                    "1d": "day1",
                    "1w": "week1",
                },
                "urls": {
                    "api": "https://api.lbkex.com",
                    "www": "https://www.lbank.com",
                    "doc": [
                        "https://www.lbank.com/en-US/docs/index.html",
                        "https://github.com/LBank-exchange/lbank-official-api-docs",
                    ],
                    "fees": "https://www.lbank.com/fees",
                },
                "api": {
                    "public": {
                        "get": [
                            "accuracy",
                            "withdrawConfigs",
                            "ticker/24hr",
                            "depth",
                            "supplement/trades",
                            "kline",
                            "timestamp",
                        ]
                    },
                    "private": {
                        "post": [
                            "supplement/user_info_account",
                            "supplement/create_order",
                            "supplement/cancel_order",
                            "supplement/orders_info",
                            "supplement/orders_info_no_deal",
                            "supplement/orders_info_history",
                            "supplement/transaction_history",
                            "supplement/get_deposit_address",
                            "supplement/deposit_history",
                            "supplement/withdraws",
                            "supplement/withdraw",
                        ]
                    },
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": False, "percentage": True, "maker": 0.001, "taker": 0.001}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "timeframeSeconds": {
                        "1m": 60,
                        "5m": 300,
                        "15m": 900,
                        "30m": 1800,
                        "1h": 3600,
                        "4h": 14400,
                        "8h": 28800,
                        "12h": 43200,
                        "1d": 86400,
                        "1w": 604800,
                    },
                    "defaultLimit": 100,
                    "orderTypes": {
                        "buy": ["limit", "buy", "GTC", False],
                        "sell": ["limit", "sell", "GTC", False],
                        "buy_market": ["market", "buy", None, False],
                        "sell_market": ["market", "sell", None, False],
                        "buy_maker": ["limit", "buy", "PO", True],
                        "sell_maker": ["limit", "sell", "PO", True],
                        "buy_ioc": ["limit", "buy", "IOC", False],
                        "sell_ioc": ["limit", "sell", "IOC", False],
                        "buy_fok": ["limit", "buy", "FOK", False],
                        "sell_fok": ["limit", "sell", "FOK", False],
                    },
                    "orderStatuses": {
                        "-1": "canceled",
                        "0": "open",
                        "1": "open",
                        "2": "closed",
                        "3": "canceled",
                        "4": "open",
                    },
                    "depositStatuses": {"1": "pending", "2": "ok", "3": "failed"},
                    "withdrawalStatuses": {"1": "pending", "2": "canceled", "3": "failed", "4": "ok"},
                    "networks": {"ERC20": "erc20", "TRC20": "trc20", "BEP20": "bep20(bsc)"},
                },
                "exceptions": {
                    "exact": {
                        "10000": ExchangeError,
                        "10001": BadRequest,
                        "10002": BadRequest,
                        "10003": BadRequest,
                        "10004": RateLimitExceeded,
                        "10005": AuthenticationError,
                        "10006": AuthenticationError,
                        "10007": AuthenticationError,
                        "10008": BadSymbol,
                        "10009": InvalidOrder,
                        "10010": InvalidOrder,
                        "10013": InvalidOrder,
                        "10014": InsufficientFunds,
                        "10015": InvalidOrder,
                        "10016": InsufficientFunds,
                        "10017": ExchangeNotAvailable,
                        "10018": BadRequest,
                        "10019": BadRequest,
                        "10020": InvalidOrder,
                        "10021": InvalidOrder,
                        "10022": PermissionDenied,
                        "10023": InvalidOrder,
                        "10024": PermissionDenied,
                        "10025": InvalidOrder,
                        "10026": InvalidOrder,
                        "10027": CancelPending,
                        "10028": ExchangeNotAvailable,
                        "10100": PermissionDenied,
                        "10101": BadRequest,
                        "10102": BadRequest,
                        "10103": ExchangeError,
                        "10104": ExchangeError,
                        "10105": ExchangeError,
                    },
                    "broad": {},
                },
            },
        )

    # --- helpers -------------------------------------------------------------------------------------
    def data_of(self, response, kind=None):
        if kind is None:
            kind = "any"
        # The data of a wrapped answer: a list ('list'), a dictionary ('dict') or anything present ('any').
        data = None
        if kind == "list":
            data = self.safe_list(response, "data")
        elif kind == "dict":
            data = self.safe_dict(response, "data")
        else:
            data = self.safe_value(response, "data")
        if data is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent an answer without its data: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return data

    def limit_within(self, method, limit, default_limit, max_limit):
        # A count parameter the endpoint requires: limit (default defaultLimit), which must lie in 1 .. maxLimit.
        count = default_limit if (limit is None) else limit
        if (not js.is_integer(count)) or js.less(count, 1) or js.greater(count, max_limit):
            raise BadRequest(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " "
                        + js.to_str(method)
                        + " () limit must be an integer from 1 to "
                    )
                    + js.to_str(self.number_to_string(max_limit))
                )
            )
        return count

    def reject_until(self, method, params):
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () does not support the unified param until: the endpoint takes no end time"
                )
            )

    # --- markets -------------------------------------------------------------------------------------
    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # accuracy.do: [ { symbol: 'eth_btc', quantityAccuracy: '4', minTranQua: '0.0001', priceAccuracy: '2' } ],
        # the decimal places of the amount and the price, and the smallest amount of an order.
        response = self.public_get_accuracy(params)
        data = self.data_of(response, "list")
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(data)):
                break
            entry = js.get(data, i)
            id_ = self.safe_string(entry, "symbol")
            if id_ is None:
                i += 1
                continue
            parts = js.split(id_, "_")
            if not (len(parts) == 2):
                i += 1
                continue
            base_id = js.get(parts, 0)
            quote_id = js.get(parts, 1)
            base = self.safe_currency_code(js.upper(base_id))
            quote = self.safe_currency_code(js.upper(quote_id))
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
                    precision={
                        "amount": self.parse_number(
                            self.parse_precision(self.safe_string(entry, "quantityAccuracy"))
                        ),
                        "price": self.parse_number(
                            self.parse_precision(self.safe_string(entry, "priceAccuracy"))
                        ),
                    },
                    limits={"amount": {"min": self.safe_number(entry, "minTranQua")}},
                    info=entry,
                )
            )
            i += 1
        return result

    def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # withdrawConfigs.do: [ { assetCode: 'eth', min: '0.01', canWithDraw: true, fee: '0.01' } ], one entry per
        # currency, or per currency and chain where the entry names its chain (and amountScale, its decimals).
        # The API lists no deposit settings, so deposit stays unknown.
        response = self.public_get_withdraw_configs(params)
        entries = self.data_of(response, "list")
        grouped = self.group_by(entries, "assetCode")
        ids = js.keys(grouped)
        result = {}
        i = 0
        while True:
            if not (i < len(ids)):
                break
            id_ = ids[i]
            code = self.safe_currency_code(js.upper(id_))
            list_ = self.safe_list(grouped, id_, [])
            networks = {}
            withdraw = False
            j = 0
            while True:
                if not (j < len(list_)):
                    break
                entry = js.get(list_, j)
                can_withdraw = (self.safe_value(entry, "canWithDraw") is True) or (
                    self.safe_value(entry, "canWithDraw") == "true"
                )
                withdraw = withdraw or can_withdraw
                chain = self.safe_string(entry, "chain")
                if chain is not None:
                    network_code = self.network_code(chain)
                    js.set_(
                        networks,
                        network_code,
                        {
                            "id": chain,
                            "network": network_code,
                            "withdraw": can_withdraw,
                            "fee": self.safe_number(entry, "fee"),
                            "precision": self.parse_number(
                                self.parse_precision(self.safe_string(entry, "amountScale"))
                            ),
                            "limits": {"withdraw": {"min": self.safe_number(entry, "min")}},
                            "info": entry,
                        },
                    )
                j += 1
            # One entry (or one chain): its fee and minimum are the currency's; with several they depend on the chain.
            single = js.get(list_, 0) if (len(list_) == 1) else None
            js.set_(
                result,
                code,
                {
                    "id": id_,
                    "code": code,
                    "withdraw": withdraw,
                    "fee": self.safe_number(single, "fee"),
                    "limits": {"withdraw": {"min": self.safe_number(single, "min")}},
                    "networks": networks,
                    "info": list_,
                },
            )
            i += 1
        return result

    def fetch_time(self, params: dict[str, Any] | None = None) -> int | None:
        if params is None:
            params = {}
        # timestamp.do: { data: <ms> }.
        response = self.public_get_timestamp(params)
        return self.safe_integer(response, "data")

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # ticker/24hr.do: { symbol, ticker: { high, vol (base), low, change (% in 24 h), turnover (quote), latest },
        # timestamp }.
        market_id = self.safe_string(ticker, "symbol")
        market = self.safe_market(market_id, market, "_")
        stats = self.safe_dict(ticker, "ticker", {})
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer(ticker, "timestamp"),
            high=self.safe_string(stats, "high"),
            low=self.safe_string(stats, "low"),
            last=self.safe_string(stats, "latest"),
            percentage=self.safe_string(stats, "change"),
            base_volume=self.safe_string(stats, "vol"),
            quote_volume=self.safe_string(stats, "turnover"),
            info=ticker,
            market=market,
        )

    def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_ticker24hr(self.extend({"symbol": js.get(market, "id")}, params))
        data = self.data_of(response, "list")
        first = self.safe_dict(data, 0)
        if first is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " fetchTicker () got no ticker for ")
                    + js.to_str(js.get(market, "id"))
                )
            )
        return self.parse_ticker(first, market)

    def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # symbol=all answers every pair.
        self.load_markets()
        response = self.public_get_ticker24hr(self.extend({"symbol": "all"}, params))
        data = self.data_of(response, "list")
        return self.parse_tickers(data, symbols)

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # depth.do?symbol&size (1 - 200): { asks: [ [ price, amount ] ], bids: [ ... ], timestamp }.
        self.load_markets()
        market = self.market(symbol)
        size = self.limit_within("fetchOrderBook", limit, 100, 200)
        request = {"symbol": js.get(market, "id"), "size": size}
        response = self.public_get_depth(self.extend(request, params))
        data = self.data_of(response, "dict")
        return self.parse_order_book(data, js.get(market, "symbol"), self.safe_integer(data, "timestamp"))

    def parse_trade(self, trade, market=None):
        # supplement/trades.do: { quoteQty, price, qty, id, time, isBuyerMaker }.
        # supplement/transaction_history.do: { symbol, id, orderId, price, qty, quoteQty, commission, time,
        # isBuyer, isMaker }.
        market_id = self.safe_string(trade, "symbol")
        market = self.safe_market(market_id, market, "_")
        side = None
        taker_or_maker = None
        is_buyer = self.safe_value(trade, "isBuyer")
        is_buyer_maker = self.safe_value(trade, "isBuyerMaker")
        if is_buyer is not None:
            side = "buy" if ((is_buyer is True) or (is_buyer == "true")) else "sell"
        elif is_buyer_maker is not None:
            # The buyer made the book: the taker sold.
            side = "sell" if ((is_buyer_maker is True) or (is_buyer_maker == "true")) else "buy"
        is_maker = self.safe_value(trade, "isMaker")
        if is_maker is not None:
            taker_or_maker = "maker" if ((is_maker is True) or (is_maker == "true")) else "taker"
        commission = self.safe_string(trade, "commission")
        return self.trade_structure(
            identifier=self.safe_string(trade, "id"),
            order=self.safe_string(trade, "orderId"),
            timestamp=self.safe_integer(trade, "time"),
            symbol=js.get(market, "symbol"),
            side=side,
            taker_or_maker=taker_or_maker,
            price=self.safe_string(trade, "price"),
            amount=self.safe_string(trade, "qty"),
            cost=self.safe_string(trade, "quoteQty"),
            fee=None if (commission is None) else {"cost": commission, "currency": None},
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
        # supplement/trades.do?symbol&size (1 - 600)&time (optional: trades from this time on, ms).
        self.load_markets()
        market = self.market(symbol)
        size = self.limit_within("fetchTrades", limit, js.get(self.options, "defaultLimit"), 600)
        request = {"symbol": js.get(market, "id"), "size": size}
        if since is not None:
            request["time"] = since
        response = self.public_get_supplement_trades(self.extend(request, params))
        data = self.data_of(response, "list")
        return self.parse_trades(data, market, since, limit)

    def parse_ohlcv(self, ohlcv, market=None):
        # [ time (s), open, high, low, close, volume ].
        return [
            self.safe_timestamp(ohlcv, 0),
            self.safe_number(ohlcv, 1),
            self.safe_number(ohlcv, 2),
            self.safe_number(ohlcv, 3),
            self.safe_number(ohlcv, 4),
            self.safe_number(ohlcv, 5),
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
        # kline.do?symbol&size (1 - 2000)&type&time (the start, in seconds, required).
        self.reject_until("fetchOHLCV", params)
        self.load_markets()
        market = self.market(symbol)
        type_ = self.safe_string(self.timeframes, timeframe)
        if type_ is None:
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
        size = self.limit_within("fetchOHLCV", limit, js.get(self.options, "defaultLimit"), 2000)
        start = None
        if since is not None:
            start = self.integer_of(js.divide(since, 1000))
        else:
            duration = self.safe_integer(js.get(self.options, "timeframeSeconds"), timeframe)
            start = js.subtract(self.seconds(), js.multiply(duration, size))
        request = {"symbol": js.get(market, "id"), "size": size, "type": type_, "time": start}
        response = self.public_get_kline(self.extend(request, params))
        data = self.data_of(response, "list")
        return self.parse_ohlcvs(data, market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    # --- account -------------------------------------------------------------------------------------
    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # supplement/user_info_account.do: { makerCommission, takerCommission, buyerCommission,
        # sellerCommission, canTrade, canWithdraw, canDeposit, balances: [ { asset, free, locked } ] }.
        self.load_markets()
        response = self.private_post_supplement_user_info_account(params)
        data = self.data_of(response, "dict")
        balances = self.safe_list(data, "balances", [])
        result = {"info": response}
        i = 0
        while True:
            if not (i < len(balances)):
                break
            entry = js.get(balances, i)
            currency_id = self.safe_string(entry, "asset")
            if currency_id is None:
                i += 1
                continue
            code = self.safe_currency_code(js.upper(currency_id))
            account = self.account()
            js.set_(account, "free", self.safe_string(entry, "free"))
            js.set_(account, "used", self.safe_string(entry, "locked"))
            js.set_(result, code, account)
            i += 1
        return self.safe_balance(result)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # supplement/orders_info.do and the order lists: { symbol, orderId, clientOrderId, price, origQty,
        # executedQty, cummulativeQuoteQty, status, type, time, updateTime, origQuoteOrderQty };
        # supplement/cancel_order.do: { symbol, origClientOrderId, orderId, price, origQty, executedQty, status,
        # timeInForce, tradeType }; supplement/create_order.do: { symbol, order_id }.
        market_id = self.safe_string(order, "symbol")
        market = self.safe_market(market_id, market, "_")
        order_type = self.safe_list(
            js.get(self.options, "orderTypes"), self.safe_string2(order, "type", "tradeType"), []
        )
        type_ = self.safe_string(order_type, 0)
        status = self.safe_string(js.get(self.options, "orderStatuses"), self.safe_string(order, "status"))
        updated = self.safe_integer(order, "updateTime")
        return self.safe_order(
            {
                "id": self.safe_string2(order, "orderId", "order_id"),
                "clientOrderId": self.safe_string2(order, "clientOrderId", "origClientOrderId"),
                "timestamp": self.safe_integer(order, "time"),
                "lastUpdateTimestamp": updated,
                "symbol": js.get(market, "symbol"),
                "type": type_,
                "side": self.safe_string(order_type, 1),
                "timeInForce": self.safe_string(order_type, 2),
                "postOnly": self.safe_value(order_type, 3),
                "price": None if (type_ == "market") else self.safe_string(order, "price"),
                "amount": self.safe_string(order, "origQty"),
                "filled": self.safe_string(order, "executedQty"),
                "cost": self.safe_string(order, "cummulativeQuoteQty"),
                "status": status,
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
        # supplement/create_order.do: symbol, type (buy, sell, buy_market, sell_market, buy_maker, sell_maker,
        # buy_ioc, sell_ioc, buy_fok, sell_fok), price, amount, custom_id (the caller's id), window (optional).
        # A market buy takes the quote amount to spend as price and no amount; a market sell takes the amount and no
        # price. The docs list no stop or reduce-only orders.
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
        request = {"symbol": js.get(market, "id")}
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            suffix = ""
            if js.truthy(js.get(unified, "postOnly")):
                suffix = "_maker"
            elif js.get(unified, "timeInForce") == "IOC":
                suffix = "_ioc"
            elif js.get(unified, "timeInForce") == "FOK":
                suffix = "_fok"
            request["type"] = js.bounded_text(js.to_str(side) + suffix)
            request["price"] = self.price_to_precision(symbol, price)
            request["amount"] = self.amount_to_precision(symbol, amount)
        elif type_ == "market":
            if js.get(unified, "timeInForce") is not None:
                raise NotSupported(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () does not support the unified param timeInForce for market orders"
                    )
                )
            request["type"] = js.bounded_text(js.to_str(side) + "_market")
            if side == "buy":
                cost = js.get(unified, "cost")
                if cost is None:
                    if (amount is None) or (price is None):
                        raise ArgumentsRequired(
                            js.bounded_text(
                                js.to_str(self.id)
                                + " createOrder () a market buy spends a quote amount: pass the unified param cost, or amount and price"
                            )
                        )
                    cost = Precise.string_mul(self.number_to_string(amount), self.number_to_string(price))
                request["price"] = self.cost_to_precision(symbol, cost)
            else:
                if js.get(unified, "cost") is not None:
                    raise NotSupported(
                        js.bounded_text(
                            js.to_str(self.id)
                            + " createOrder () does not support the unified param cost for market sells: they are sized by amount"
                        )
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
        if js.get(unified, "clientOrderId") is not None:
            request["custom_id"] = js.get(unified, "clientOrderId")
        response = self.private_post_supplement_create_order(self.extend(request, rest))
        data = self.data_of(response, "dict")
        id_ = self.safe_string(data, "order_id")
        if id_ is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " createOrder () got no order_id: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        # The answer names the order only: what it was placed as comes from the request.
        return self.safe_order(
            {
                "id": id_,
                "clientOrderId": js.get(unified, "clientOrderId"),
                "symbol": js.get(market, "symbol"),
                "type": type_,
                "side": side,
                "timeInForce": (
                    (
                        "PO"
                        if js.truthy(js.get(unified, "postOnly"))
                        else (
                            "GTC"
                            if (js.get(unified, "timeInForce") is None)
                            else js.get(unified, "timeInForce")
                        )
                    )
                    if (type_ == "limit")
                    else None
                ),
                "postOnly": js.get(unified, "postOnly") if (type_ == "limit") else None,
                "price": self.safe_string(request, "price") if (type_ == "limit") else None,
                "amount": self.safe_string(request, "amount"),
                "info": response,
            },
            market,
        )

    def create_market_buy_order_with_cost(
        self, symbol: str, cost: float, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        return self.create_order(symbol, "market", "buy", None, None, self.extend(params, {"cost": cost}))

    def require_symbol(self, method, symbol):
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () requires a symbol: the endpoint takes one pair"
                )
            )
        return self.market(symbol)

    def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # supplement/cancel_order.do: symbol, orderId (or origClientOrderId).
        self.load_markets()
        market = self.require_symbol("cancelOrder", symbol)
        request = {"symbol": js.get(market, "id"), "orderId": id_}
        response = self.private_post_supplement_cancel_order(self.extend(request, params))
        return self.parse_order(self.data_of(response, "dict"), market)

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        # supplement/orders_info.do: symbol, orderId (or origClientOrderId).
        self.load_markets()
        market = self.require_symbol("fetchOrder", symbol)
        request = {"symbol": js.get(market, "id"), "orderId": id_}
        response = self.private_post_supplement_orders_info(self.extend(request, params))
        return self.parse_order(self.data_of(response, "dict"), market)

    def orders_of(self, response):
        # A page of orders: { total, page_length, orders: [ ... ], current_page }.
        data = self.data_of(response, "dict")
        orders = self.safe_list(data, "orders")
        if orders is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent an order page without orders: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return orders

    def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # supplement/orders_info_no_deal.do: symbol, current_page, page_length (1 - 100).
        self.load_markets()
        market = self.require_symbol("fetchOpenOrders", symbol)
        request = {
            "symbol": js.get(market, "id"),
            "current_page": 1,
            "page_length": self.limit_within(
                "fetchOpenOrders", limit, js.get(self.options, "defaultLimit"), 100
            ),
        }
        response = self.private_post_supplement_orders_info_no_deal(self.extend(request, params))
        return self.parse_orders(self.orders_of(response), market, since, limit)

    def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # supplement/orders_info_history.do: symbol, current_page, page_length (1 - 100), status (optional);
        # the history holds open orders too, which are left out here.
        self.reject_until("fetchClosedOrders", params)
        self.load_markets()
        market = self.require_symbol("fetchClosedOrders", symbol)
        request = {
            "symbol": js.get(market, "id"),
            "current_page": 1,
            "page_length": self.limit_within(
                "fetchClosedOrders", limit, js.get(self.options, "defaultLimit"), 100
            ),
        }
        response = self.private_post_supplement_orders_info_history(self.extend(request, params))
        orders = self.parse_orders(self.orders_of(response), market, since, None)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(orders)):
                break
            if not (js.get(js.get(orders, i), "status") == "open"):
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
        # supplement/transaction_history.do: symbol, limit (1 - 100); the time filters are left to since here.
        self.reject_until("fetchMyTrades", params)
        self.load_markets()
        market = self.require_symbol("fetchMyTrades", symbol)
        request = {
            "symbol": js.get(market, "id"),
            "limit": self.limit_within("fetchMyTrades", limit, js.get(self.options, "defaultLimit"), 100),
        }
        response = self.private_post_supplement_transaction_history(self.extend(request, params))
        return self.parse_trades(self.data_of(response, "list"), market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # supplement/get_deposit_address.do: coin, networkName (optional); answers { address, memo, coin }.
        self.load_markets()
        currency = self.currency(code)
        request = {"coin": js.lower(js.get(currency, "id"))}
        network_code = self.safe_string(params, "network")
        if network_code is not None:
            request["networkName"] = self.known_network_id(network_code, currency, "fetchDepositAddress")
        response = self.private_post_supplement_get_deposit_address(
            self.extend(request, self.omit(params, "network"))
        )
        data = self.data_of(response, "dict")
        address = self.safe_string(data, "address")
        if address is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " fetchDepositAddress () got no address: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return {
            "currency": js.get(currency, "code"),
            "address": address,
            "tag": self.safe_string(data, "memo"),
            "network": network_code,
            "info": response,
        }

    def parse_transaction(self, transaction, currency=None):
        # deposit_history: { insertTime, amount, address, networkName, txId, coin, status };
        # withdraws: { amount, coid (the coin), address, withdrawOrderId, fee, networkName, transferType, txId,
        # feeAssetCode, id, applyTime, status }; withdraw: { fee, withdrawId }.
        currency_id = self.safe_string2(transaction, "coin", "coid")
        code = (
            self.safe_string(currency, "code")
            if (currency_id is None)
            else self.safe_currency_code(js.upper(currency_id))
        )
        is_withdrawal = (self.safe_string(transaction, "applyTime") is not None) or (
            self.safe_string(transaction, "withdrawId") is not None
        )
        type_ = "withdrawal" if is_withdrawal else "deposit"
        statuses = (
            js.get(self.options, "withdrawalStatuses")
            if is_withdrawal
            else js.get(self.options, "depositStatuses")
        )
        network_id = self.safe_string(transaction, "networkName")
        fee_cost = self.safe_string(transaction, "fee")
        fee_currency_id = self.safe_string(transaction, "feeAssetCode")
        fee_currency = (
            code if (fee_currency_id is None) else self.safe_currency_code(js.upper(fee_currency_id))
        )
        return self.safe_transaction(
            {
                "id": self.safe_string2(transaction, "id", "withdrawId"),
                "txid": self.safe_string(transaction, "txId"),
                "timestamp": self.safe_integer2(transaction, "applyTime", "insertTime"),
                "network": None if (network_id is None) else self.network_code(network_id),
                "address": self.safe_string(transaction, "address"),
                "type": type_,
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(statuses, self.safe_string(transaction, "status")),
                "fee": None if (fee_cost is None) else {"cost": fee_cost, "currency": fee_currency},
                "info": transaction,
            },
            currency,
        )

    def transaction_request(self, code, since, params):
        # deposit_history and withdraws: coin, startTime and endTime (ms), all optional.
        request = {}
        currency = None
        if code is not None:
            currency = self.currency(code)
            request["coin"] = js.lower(js.get(currency, "id"))
        if since is not None:
            request["startTime"] = since
        until = self.safe_integer(params, "until")
        if until is not None:
            request["endTime"] = until
        return [request, currency]

    def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        # supplement/deposit_history.do: { total, page_length, current_page, depositOrders: [ ... ] }.
        self.load_markets()
        (
            request,
            currency,
        ) = js.destructure(self.transaction_request(code, since, params), 2)
        response = self.private_post_supplement_deposit_history(
            self.extend(request, self.omit(params, "until"))
        )
        data = self.data_of(response, "dict")
        entries = self.safe_list(data, "depositOrders", [])
        return self.parse_transactions(entries, currency, since, limit)

    def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        # supplement/withdraws.do: { total, page_length, current_page, withdraws: [ ... ] }.
        self.load_markets()
        (
            request,
            currency,
        ) = js.destructure(self.transaction_request(code, since, params), 2)
        response = self.private_post_supplement_withdraws(self.extend(request, self.omit(params, "until")))
        data = self.data_of(response, "dict")
        entries = self.safe_list(data, "withdraws", [])
        return self.parse_transactions(entries, currency, since, limit)

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
        # supplement/withdraw.do: address, networkName, coin, amount, memo (the tag), mark, fee, type;
        # answers { fee, withdrawId }.
        self.load_markets()
        currency = self.currency(code)
        request = {
            "address": address,
            "coin": js.lower(js.get(currency, "id")),
            "amount": self.number_to_string(amount),
        }
        if tag is not None:
            request["memo"] = tag
        network_code = self.safe_string(params, "network")
        if network_code is not None:
            request["networkName"] = self.known_network_id(network_code, currency, "withdraw")
        response = self.private_post_supplement_withdraw(self.extend(request, self.omit(params, "network")))
        data = self.data_of(response, "dict")
        result = self.parse_transaction(data, currency)
        return self.extend(
            result,
            {
                "address": address,
                "tag": tag,
                "amount": self.parse_number(self.number_to_string(amount)),
                "network": network_code,
            },
        )

    # --- transport -----------------------------------------------------------------------------------
    def signed_text(self, key, value):
        text = self.string_of(value)
        if text is None:
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " cannot sign the parameter "
                    + js.to_str(key)
                    + ": its value must be a string, a number or a boolean"
                )
            )
        return text

    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        url = js.bounded_text(
            js.bounded_text(js.to_str(js.get(self.urls, "api")) + "/")
            + js.to_str(self.version)
            + "/"
            + js.to_str(path)
            + ".do"
        )
        if api == "public":
            if len(js.keys(params)) > 0:
                url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(params)))
            return {"url": url, "method": method, "body": body, "headers": headers}
        # The parameters, with api_key, signature_method, timestamp (ms) and echostr (30 to 40 letters and
        # digits), sorted by name and joined as name=value&...; sign is the hex HMAC-SHA256, keyed with the
        # secret, of the upper-case hex MD5 of that text. timestamp, signature_method and echostr go in the
        # headers too.
        self.check_required_credentials()
        reserved = ["api_key", "sign", "timestamp", "signature_method", "echostr"]
        names = js.keys(params)
        i = 0
        while True:
            if not (i < len(names)):
                break
            if js.truthy(self.in_array(names[i], reserved)):
                raise BadRequest(
                    js.bounded_text(
                        js.bounded_text(js.to_str(self.id) + " " + js.to_str(path) + " takes no parameter ")
                        + js.to_str(names[i])
                        + ": requests are signed with HmacSHA256 by the library (RSA signing is not supported)"
                    )
                )
            i += 1
        echostr = js.join(js.split(self.uuid(), "-"), "")
        timestamp = self.number_to_string(self.milliseconds())
        query = self.keysort(
            self.extend(
                params,
                {
                    "api_key": self.apiKey,
                    "signature_method": "HmacSHA256",
                    "timestamp": timestamp,
                    "echostr": echostr,
                },
            )
        )
        keys = js.keys(query)
        parts = []
        i = 0
        while True:
            if not (i < len(keys)):
                break
            parts.append(
                js.bounded_text(
                    js.bounded_text(js.to_str(keys[i]) + "=")
                    + js.to_str(self.signed_text(keys[i], self.safe_value(query, keys[i])))
                )
            )
            i += 1
        digest = js.upper(self.hash(self.encode(js.join(parts, "&")), "md5", "hex"))
        signature = self.hmac(self.encode(digest), self.encode(self.secret), "sha256", "hex")
        body = self.urlencode(self.extend(query, {"sign": signature}))
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "timestamp": timestamp,
            "signature_method": "HmacSHA256",
            "echostr": echostr,
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
        # { "result": false (or "false"), "error_code": 10008, "msg": "...", "ts": ... }.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return None
        error_code = self.safe_string(response, "error_code")
        result = self.safe_value(response, "result")
        failed = (
            (result is False)
            or (result == "false")
            or ((error_code is not None) and (not (error_code == "0")))
        )
        if not failed:
            return None
        feedback = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " ") + js.to_str(self.excerpt(response_body))
        )
        if error_code is not None:
            self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), error_code, feedback)
        raise ExchangeError(feedback)
