# Generated from js/poloniex.js by exkit: do not edit. Change the source and run `python build.py`.
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
    InvalidOrder,
    OnMaintenance,
    PermissionDenied,
    RateLimitExceeded,
    RequestTimeout,
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
    Ticker,
    Trade,
    TradingFee,
    Transaction,
    Transfer,
)


class poloniex(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "poloniex",
                "name": "Poloniex",
                "countries": ["US"],
                "version": None,
                "rateLimit": 5,
                "has": {
                    "fetchCurrencies": True,
                    "fetchTime": True,
                    "fetchTradingFees": True,
                    "fetchTicker": True,
                    "fetchTickers": True,
                    "fetchOrderBook": True,
                    "fetchOHLCV": True,
                    "fetchTrades": True,
                    "fetchBalance": True,
                    "createOrder": True,
                    "cancelOrder": True,
                    "cancelAllOrders": True,
                    "fetchOrder": True,
                    "fetchOpenOrders": True,
                    "fetchClosedOrders": True,
                    "fetchMyTrades": True,
                    "fetchDeposits": True,
                    "fetchWithdrawals": True,
                    "fetchDepositAddress": True,
                    "withdraw": True,
                    "fetchOrderTrades": True,
                    "fetchTradingFee": True,
                    "fetchDepositAddresses": True,
                    "createDepositAddress": True,
                    "fetchDepositWithdrawFees": True,
                    "transfer": True,
                    "createMarketBuyOrderWithCost": True,
                    "watchTicker": True,
                    "watchTickers": True,
                    "watchOrderBook": True,
                    "watchTrades": True,
                    "watchOHLCV": True,
                    "watchBalance": True,
                    "watchOrders": True,
                    "watchMyTrades": True,
                },
                "urls": {
                    "logo": "https://poloniex.com/images/logo.svg",
                    "api": "https://api.poloniex.com",
                    "www": "https://poloniex.com",
                    "doc": "https://api-docs.poloniex.com/spot/",
                    "fees": "https://poloniex.com/fees",
                    "ws": {
                        "public": "wss://ws.poloniex.com/ws/public",
                        "private": "wss://ws.poloniex.com/ws/private",
                    },
                },
                "api": {
                    "public": {
                        "get": {
                            "markets": 1,
                            "markets/{symbol}": 1,
                            "currencies": 1,
                            "currencies/{currency}": 1,
                            "v2/currencies": 1,
                            "v2/currencies/{currency}": 1,
                            "timestamp": 1,
                            "markets/price": 1,
                            "markets/{symbol}/price": 1,
                            "markets/markPrice": 1,
                            "markets/{symbol}/markPrice": 1,
                            "markets/{symbol}/markPriceComponents": 1,
                            "markets/{symbol}/orderBook": 1,
                            "markets/{symbol}/candles": 1,
                            "markets/{symbol}/trades": 1,
                            "markets/ticker24h": 1,
                            "markets/{symbol}/ticker24h": 1,
                            "markets/collateralInfo": 1,
                            "markets/{currency}/collateralInfo": 1,
                            "markets/borrowRatesInfo": 1,
                        }
                    },
                    "private": {
                        "get": {
                            "accounts": 20,
                            "accounts/balances": 20,
                            "accounts/{id}/balances": 20,
                            "accounts/activity": 20,
                            "accounts/transfer": 20,
                            "accounts/transfer/{id}": 20,
                            "accounts/interest/history": 20,
                            "feeinfo": 20,
                            "subaccounts": 20,
                            "subaccounts/balances": 20,
                            "subaccounts/{id}/balances": 20,
                            "subaccounts/transfer": 20,
                            "subaccounts/transfer/{id}": 20,
                            "wallets/addresses": 20,
                            "wallets/addresses/{currency}": 20,
                            "wallets/activity": 20,
                            "margin/accountMargin": 20,
                            "margin/borrowStatus": 20,
                            "margin/maxSize": 20,
                            "orders": 4,
                            "orders/{id}": 4,
                            "orders/killSwitchStatus": 4,
                            "orders/history": 20,
                            "smartorders": 4,
                            "smartorders/{id}": 4,
                            "smartorders/history": 20,
                            "trades": 20,
                            "orders/{id}/trades": 4,
                        },
                        "post": {
                            "accounts/transfer": 20,
                            "subaccounts/transfer": 20,
                            "wallets/address": 20,
                            "wallets/withdraw": 20,
                            "v2/wallets/withdraw": 20,
                            "orders": 4,
                            "orders/batch": 4,
                            "orders/killSwitch": 4,
                            "smartorders": 4,
                        },
                        "put": {"orders/{id}": 4, "smartorders/{id}": 4},
                        "delete": {
                            "orders/{id}": 4,
                            "orders/cancelByIds": 4,
                            "orders": 4,
                            "smartorders/{id}": 4,
                            "smartorders/cancelByIds": 4,
                            "smartorders": 4,
                        },
                    },
                },
                "timeframes": {
                    "1m": "MINUTE_1",
                    "5m": "MINUTE_5",
                    "10m": "MINUTE_10",
                    "15m": "MINUTE_15",
                    "30m": "MINUTE_30",
                    "1h": "HOUR_1",
                    "2h": "HOUR_2",
                    "4h": "HOUR_4",
                    "6h": "HOUR_6",
                    "12h": "HOUR_12",
                    "1d": "DAY_1",
                    "3d": "DAY_3",
                    "1w": "WEEK_1",
                    "1M": "MONTH_1",
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": True, "percentage": True, "taker": 0.002, "maker": 0.002}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "sameNameParams": ["clientOrderId"],
                    "accountsByType": {"spot": "SPOT", "futures": "FUTURES"},
                    "networks": {"ERC20": "ETH", "TRC20": "TRON", "BEP20": "BSC"},
                    "orderStatuses": {
                        "NEW": "open",
                        "PARTIALLY_FILLED": "open",
                        "PENDING_CANCEL": "open",
                        "FILLED": "closed",
                        "PARTIALLY_CANCELED": "canceled",
                        "CANCELED": "canceled",
                        "FAILED": "rejected",
                    },
                    "transactionStatuses": {
                        "COMPLETED": "ok",
                        "COMPLETE": "ok",
                        "PENDING": "pending",
                        "AWAITING APPROVAL": "pending",
                        "CANCELED": "canceled",
                        "FAILED": "failed",
                    },
                    "transactionsDays": 30,
                },
                "exceptions": {
                    "exact": {
                        "500": ExchangeNotAvailable,
                        "603": RequestTimeout,
                        "601": BadRequest,
                        "415": ExchangeNotAvailable,
                        "602": BadRequest,
                        "21604": BadRequest,
                        "21600": AuthenticationError,
                        "21605": BadRequest,
                        "21102": BadRequest,
                        "21100": AuthenticationError,
                        "21704": BadRequest,
                        "21700": ExchangeError,
                        "21705": BadRequest,
                        "21707": ExchangeNotAvailable,
                        "21708": PermissionDenied,
                        "21601": AccountSuspended,
                        "21711": PermissionDenied,
                        "21709": InsufficientFunds,
                        "21110": BadSymbol,
                        "10040": BadSymbol,
                        "10060": BadSymbol,
                        "10020": BadRequest,
                        "10041": InvalidOrder,
                        "21340": OnMaintenance,
                        "21341": OnMaintenance,
                    },
                    "broad": {
                        "Insufficient balance": InsufficientFunds,
                        "Invalid symbol": BadSymbol,
                        "Unauthorized": AuthenticationError,
                        "Illegal of api key": AuthenticationError,
                        "Too many requests": RateLimitExceeded,
                    },
                },
            },
        )

    # --- markets and currencies ----------------------------------------------------------------------
    def fetch_time(self, params: dict[str, Any] | None = None) -> int | None:
        if params is None:
            params = {}
        # timestamp: { serverTime } in milliseconds.
        response = self.public_get_timestamp(params)
        return self.safe_integer(response, "serverTime")

    def fetch_trading_fees(self, params: dict[str, Any] | None = None) -> dict[str, TradingFee]:
        if params is None:
            params = {}
        # feeinfo: the account's makerRate and takerRate, the same for every market.
        self.load_markets()
        response = self.private_get_feeinfo(params)
        fees = {}
        i = 0
        while True:
            if not js.less(i, js.length(self.symbols)):
                break
            symbol = js.get(self.symbols, i)
            js.set_(
                fees,
                symbol,
                {
                    "symbol": symbol,
                    "maker": self.safe_number(response, "makerRate"),
                    "taker": self.safe_number(response, "takerRate"),
                    "info": response,
                },
            )
            i += 1
        return fees

    def fetch_trading_fee(self, symbol: str, params: dict[str, Any] | None = None) -> TradingFee:
        if params is None:
            params = {}
        # feeinfo's rates hold for every market.
        return self.trading_fee_of_all(symbol, params)

    def fetch_deposit_withdraw_fees(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, DepositWithdrawFee]:
        if params is None:
            params = {}
        # currencies, as fetchCurrencies reads it: each currency's withdrawalFee, on its own chain.
        currencies = self.fetch_currencies(params)
        return self.deposit_withdraw_fees_from_currencies(currencies, codes)

    def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # A list of one-entry dictionaries: [ { "BTC": { ... } }, { "ETH": { ... } } ]; the result is keyed by
        # unified code, each currency with its own blockchain as its network.
        response = self.public_get_currencies(params)
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            ids = js.keys(js.get(response, i))
            j = 0
            while True:
                if not (j < len(ids)):
                    break
                id_ = ids[j]
                entry = self.safe_value(js.get(response, i), id_)
                deposit = self.safe_string(entry, "walletDepositState") == "ENABLED"
                withdraw = self.safe_string(entry, "walletWithdrawalState") == "ENABLED"
                code = self.safe_currency_code(id_)
                active = deposit and withdraw and (self.safe_bool(entry, "delisted") is False)
                fee = self.safe_number(entry, "withdrawalFee")
                blockchain = self.safe_string(entry, "blockchain")
                networks = {}
                if blockchain is not None:
                    network_code = self.network_code(blockchain)
                    js.set_(
                        networks,
                        network_code,
                        {
                            "id": blockchain,
                            "network": network_code,
                            "active": active,
                            "deposit": deposit,
                            "withdraw": withdraw,
                            "fee": fee,
                        },
                    )
                js.set_(
                    result,
                    code,
                    {
                        "id": id_,
                        "code": code,
                        "name": self.safe_string(entry, "name"),
                        "active": active,
                        "deposit": deposit,
                        "withdraw": withdraw,
                        "fee": fee,
                        "networks": networks,
                        "info": entry,
                    },
                )
                j += 1
            i += 1
        return result

    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        response = self.public_get_markets(params)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            base_id = self.safe_string(entry, "baseCurrencyName")
            quote_id = self.safe_string(entry, "quoteCurrencyName")
            base = self.safe_currency_code(base_id)
            quote = self.safe_currency_code(quote_id)
            limits = self.safe_dict(entry, "symbolTradeLimit", {})
            result.append(
                self.market_structure(
                    id=self.safe_string(entry, "symbol"),
                    symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
                    base=base,
                    quote=quote,
                    baseId=base_id,
                    quoteId=quote_id,
                    active=self.safe_string(entry, "state") == "NORMAL",
                    type="spot",
                    spot=True,
                    taker=js.get(js.get(self.fees, "trading"), "taker"),
                    maker=js.get(js.get(self.fees, "trading"), "maker"),
                    precision={
                        "amount": self.parse_number(
                            self.parse_precision(self.safe_string(limits, "quantityScale"))
                        ),
                        "price": self.parse_number(
                            self.parse_precision(self.safe_string(limits, "priceScale"))
                        ),
                    },
                    limits={
                        "amount": {
                            "min": self.safe_number(limits, "minQuantity"),
                            "max": self.positive_number(limits, "maxQuantity"),
                        },
                        "price": {"min": None, "max": None},
                        "cost": {
                            "min": self.safe_number(limits, "minAmount"),
                            "max": self.positive_number(limits, "maxAmount"),
                        },
                    },
                    info=entry,
                )
            )
            i += 1
        return result

    def positive_number(self, dictionary, key):
        # The number under key, undefined when it is missing or not above 0.
        value = self.safe_string(dictionary, key)
        if (value is None) or (not Precise.string_gt(value, "0")):
            return None
        return self.parse_number(value)

    def order_type(self, type_):
        # MARKET, LIMIT and LIMIT_MAKER (a post-only limit order): [ unified type, postOnly ].
        if type_ is None:
            return [None, None]
        if type_ == "LIMIT_MAKER":
            return ["limit", True]
        return [js.lower(type_), None]

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # dailyChange is a ratio: 0.0137 is 1.37 %.
        change = self.safe_string(ticker, "dailyChange")
        return self.ticker_structure(
            symbol=self.safe_symbol(self.safe_string(ticker, "symbol"), market),
            timestamp=self.safe_integer(ticker, "ts"),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            bid=self.safe_string(ticker, "bid"),
            bid_volume=self.safe_string(ticker, "bidQuantity"),
            ask=self.safe_string(ticker, "ask"),
            ask_volume=self.safe_string(ticker, "askQuantity"),
            open_=self.safe_string(ticker, "open"),
            last=self.safe_string(ticker, "close"),
            percentage=None if (change is None) else Precise.string_mul(change, "100"),
            base_volume=self.safe_string(ticker, "quantity"),
            quote_volume=self.safe_string(ticker, "amount"),
            info=ticker,
            market=market,
        )

    def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_markets_symbol_ticker24h(
            self.extend({"symbol": js.get(market, "id")}, params)
        )
        return self.parse_ticker(response, market)

    def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        self.load_markets()
        response = self.public_get_markets_ticker24h(params)
        return self.parse_tickers(response, symbols)

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # Each side is one flat list: [ price, quantity, price, quantity, ... ].
        self.load_markets()
        market = self.market(symbol)
        request = {"symbol": js.get(market, "id")}
        if limit is not None:
            request["limit"] = limit
        response = self.public_get_markets_symbol_order_book(self.extend(request, params))
        book = {
            "bids": self.pairs_of(self.safe_list(response, "bids", [])),
            "asks": self.pairs_of(self.safe_list(response, "asks", [])),
        }
        return self.parse_order_book(book, js.get(market, "symbol"), self.safe_integer(response, "time"))

    def pairs_of(self, flat):
        result = []
        i = 0
        while True:
            if not js.less(js.number(i + 1), js.length(flat)):
                break
            result.append([js.get(flat, i), js.get(flat, js.number(i + 1))])
            i = js.number(i + 2)
        return result

    def parse_ohlcv(self, ohlcv, market=None):
        # [ low, high, open, close, amount, quantity, buyTakerAmount, buyTakerQuantity, tradeCount, ts,
        #   weightedAverage, interval, startTime, closeTime ]
        return [
            self.safe_integer(ohlcv, 12),
            self.safe_number(ohlcv, 2),
            self.safe_number(ohlcv, 1),
            self.safe_number(ohlcv, 0),
            self.safe_number(ohlcv, 3),
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
        self.load_markets()
        market = self.market(symbol)
        request = {
            "symbol": js.get(market, "id"),
            "interval": self.safe_string(self.timeframes, timeframe, timeframe),
        }
        if since is not None:
            request["startTime"] = since
        if limit is not None:
            request["limit"] = limit
        until = self.safe_integer(params, "until")
        if until is not None:
            request["endTime"] = until
        response = self.public_get_markets_symbol_candles(self.extend(request, self.omit(params, "until")))
        return self.parse_ohlcvs(response, market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def parse_trade(self, trade, market=None):
        # Public: { id, price, quantity, amount, takerSide, ts, createTime }; the account's trades add
        # symbol, orderId, side, type, matchRole, feeCurrency and feeAmount.
        market = self.safe_market(self.safe_string(trade, "symbol"), market)
        fee = None
        fee_cost = self.safe_string(trade, "feeAmount")
        if fee_cost is not None:
            fee = {
                "cost": fee_cost,
                "currency": self.safe_currency_code(self.safe_string(trade, "feeCurrency")),
            }
        return self.trade_structure(
            identifier=self.safe_string(trade, "id"),
            order=self.safe_string(trade, "orderId"),
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer(trade, "createTime"),
            kind=js.get(self.order_type(self.safe_string(trade, "type")), 0),
            side=self.safe_string_lower2(trade, "side", "takerSide"),
            taker_or_maker=self.safe_string_lower(trade, "matchRole"),
            price=self.safe_string(trade, "price"),
            amount=self.safe_string(trade, "quantity"),
            cost=self.safe_string(trade, "amount"),
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
        self.load_markets()
        market = self.market(symbol)
        request = {"symbol": js.get(market, "id")}
        if limit is not None:
            request["limit"] = limit
        response = self.public_get_markets_symbol_trades(self.extend(request, params))
        return self.parse_trades(response, market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        self.load_markets()
        response = self.private_get_accounts_balances(self.extend({"accountType": "SPOT"}, params))
        result = {"info": response}
        balances = self.safe_list(self.safe_dict(response, 0, {}), "balances", [])
        i = 0
        while True:
            if not (i < len(balances)):
                break
            entry = js.get(balances, i)
            account = self.account()
            js.set_(account, "free", self.safe_string(entry, "available"))
            js.set_(account, "used", self.safe_string(entry, "hold"))
            js.set_(result, self.safe_currency_code(self.safe_string(entry, "currency")), account)
            i += 1
        return self.safe_balance(result)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        market = self.safe_market(self.safe_string(order, "symbol"), market)
        price = self.safe_string(order, "price")
        if (price is not None) and Precise.string_eq(price, "0"):
            price = None
        average = self.safe_string(order, "avgPrice")
        if (average is not None) and Precise.string_eq(average, "0"):
            average = None
        status = self.safe_string(order, "state")
        # LIMIT_MAKER is a post-only limit order. quantity is the order's size in base units, amount in quote
        # units: a market buy is sized by amount and has a quantity of 0, so its base amount is not known
        # (until it is filled: then it is what was filled).
        (
            type_,
            post_only,
        ) = js.destructure(self.order_type(self.safe_string(order, "type")), 2)
        amount = self.safe_string(order, "quantity")
        if (amount is not None) and Precise.string_eq(amount, "0"):
            amount = self.safe_string(order, "filledQuantity") if (status == "FILLED") else None
        return self.safe_order(
            {
                "id": self.safe_string2(order, "id", "orderId"),
                "clientOrderId": self.safe_string(order, "clientOrderId"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.safe_integer(order, "createTime"),
                "lastUpdateTimestamp": self.safe_integer(order, "updateTime"),
                "status": self.safe_string(js.get(self.options, "orderStatuses"), status, status),
                "type": type_,
                "timeInForce": "PO" if js.truthy(post_only) else self.safe_string(order, "timeInForce"),
                "postOnly": post_only,
                "side": self.safe_string_lower(order, "side"),
                "price": price,
                "amount": amount,
                "filled": self.safe_string(order, "filledQuantity"),
                "cost": self.safe_string(order, "filledAmount"),
                "average": average,
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
        # POST /orders; a market buy is sized in the quote currency: amount * price, so it needs a price too,
        # unless the unified cost gives that amount. The unified params map to Poloniex's fields: postOnly is
        # the type LIMIT_MAKER, timeInForce is timeInForce (GTC, IOC, FOK), clientOrderId is clientOrderId,
        # cost is amount (quote units, market orders); triggerPrice and stopLossPrice make a smart order
        # (POST /smartorders) of type STOP or STOP_LIMIT with stopPrice. Poloniex's smart orders have no
        # take-profit kind and spot has no reduce-only: NotSupported.
        self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params("createOrder", unified, ["takeProfitPrice", "reduceOnly"])
        trigger = js.get(unified, "trigger")
        poloniex_type = js.upper(type_)
        if js.truthy(js.get(unified, "postOnly")):
            poloniex_type = "LIMIT_MAKER"
        elif trigger is not None:
            poloniex_type = "STOP_LIMIT" if (type_ == "limit") else "STOP"
        request = {"symbol": js.get(market, "id"), "side": js.upper(side), "type": poloniex_type}
        if js.get(unified, "cost") is not None:
            request["amount"] = self.cost_to_precision(symbol, js.get(unified, "cost"))
        elif (type_ == "market") and (side == "buy"):
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(
                        js.to_str(self.id)
                        + ' createOrder () needs a price for a market buy, which is sized in the quote currency (amount * price), or params["cost"]'
                    )
                )
            cost = Precise.string_mul(self.number_to_string(amount), self.number_to_string(price))
            request["amount"] = self.cost_to_precision(symbol, cost)
        else:
            request["quantity"] = self.amount_to_precision(symbol, amount)
        time_in_force = js.get(unified, "timeInForce")
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["price"] = self.price_to_precision(symbol, price)
            if not js.truthy(js.get(unified, "postOnly")):
                request["timeInForce"] = "GTC" if (time_in_force is None) else time_in_force
        elif time_in_force is not None:
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () timeInForce applies to limit orders only, not "
                    + js.to_str(type_)
                    + " orders"
                )
            )
        if trigger is not None:
            request["stopPrice"] = self.price_to_precision(symbol, trigger)
        if js.get(unified, "clientOrderId") is not None:
            request["clientOrderId"] = js.get(unified, "clientOrderId")
        response = None
        if trigger is not None:
            response = self.private_post_smartorders(self.extend(request, rest))
        else:
            response = self.private_post_orders(self.extend(request, rest))
        return self.safe_order(
            {
                "id": self.safe_string(response, "id"),
                "clientOrderId": self.safe_string(response, "clientOrderId"),
                "symbol": js.get(market, "symbol"),
                "type": type_,
                "side": side,
                "amount": self.safe_string(request, "quantity"),
                "cost": js.get(request, "amount") if (js.get(unified, "cost") is not None) else None,
                "price": self.safe_string(request, "price"),
                "triggerPrice": self.safe_string(request, "stopPrice"),
                "stopLossPrice": (
                    self.safe_string(request, "stopPrice")
                    if (js.get(unified, "triggerKind") == "stopLossPrice")
                    else None
                ),
                "postOnly": True if js.truthy(js.get(unified, "postOnly")) else None,
                "timeInForce": self.safe_string(request, "timeInForce"),
                "info": response,
            },
            market,
        )

    def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        response = self.private_delete_orders_id(self.extend({"id": id_}, params))
        return self.parse_order(response)

    def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # DELETE orders, of one symbol or all: [ { orderId, clientOrderId, state, code, message } ], one per
        # order it asked to cancel.
        self.load_markets()
        request = {}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["symbols"] = [js.get(market, "id")]
        response = self.private_delete_orders(self.extend(request, params))
        return self.parse_orders(response, market)

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        self.load_markets()
        response = self.private_get_orders_id(self.extend({"id": id_}, params))
        return self.parse_order(response)

    def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        self.load_markets()
        request = {}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["symbol"] = js.get(market, "id")
        if limit is not None:
            request["limit"] = limit
        response = self.private_get_orders(self.extend(request, params))
        return self.parse_orders(response, market, since, limit)

    def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # orders/history: filled and canceled orders.
        self.load_markets()
        request = {"states": "FILLED,CANCELED,PARTIALLY_CANCELED"}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["symbol"] = js.get(market, "id")
        if since is not None:
            request["startTime"] = since
        until = self.safe_integer(params, "until")
        if until is not None:
            request["endTime"] = until
        if limit is not None:
            request["limit"] = limit
        response = self.private_get_orders_history(self.extend(request, self.omit(params, "until")))
        return self.parse_orders(response, market, since, limit)

    def create_market_buy_order_with_cost(
        self, symbol: str, cost: float, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        return self.create_order(symbol, "market", "buy", None, None, self.extend(params, {"cost": cost}))

    def fetch_order_trades(
        self,
        id_: str,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # orders/{id}/trades: the order's trades, as trades lists them.
        self.load_markets()
        response = self.private_get_orders_id_trades(self.extend({"id": id_}, params))
        market = None if (symbol is None) else self.market(symbol)
        return self.parse_trades(response, market, since, limit)

    def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        self.load_markets()
        request = {}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["symbols"] = js.get(market, "id")
        if since is not None:
            request["startTime"] = since
        if limit is not None:
            request["limit"] = limit
        until = self.safe_integer(params, "until")
        if until is not None:
            request["endTime"] = until
        response = self.private_get_trades(self.extend(request, self.omit(params, "until")))
        return self.parse_trades(response, market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # Deposits: { depositNumber, currency, address, amount, confirmations, txid, timestamp, status };
        # withdrawals: { withdrawalRequestsId, currency, address, amount, fee, timestamp, status, txid,
        # paymentID }. Timestamps are seconds.
        code = self.safe_currency_code(self.safe_string(transaction, "currency"), currency)
        status = self.safe_string_upper(transaction, "status")
        if status is not None:
            # 'COMPLETE: 0x...' carries the transaction id after the state.
            status = js.get(js.split(status, ":"), 0)
        fee = None
        fee_cost = self.safe_string(transaction, "fee")
        if fee_cost is not None:
            fee = {"cost": fee_cost, "currency": code}
        return self.safe_transaction(
            {
                "id": self.safe_string2(transaction, "depositNumber", "withdrawalRequestsId"),
                "txid": self.safe_string(transaction, "txid"),
                "timestamp": self.safe_timestamp(transaction, "timestamp"),
                "address": self.safe_string(transaction, "address"),
                "tag": self.safe_string(transaction, "paymentID"),
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(js.get(self.options, "transactionStatuses"), status, status),
                "fee": fee,
                "info": transaction,
            },
            currency,
        )

    def fetch_wallet_activity(self, key, type_, code, since, limit, params):
        # wallets/activity lists deposits (activityType 1) or withdrawals (2) between start and end, in
        # seconds.
        self.load_markets()
        now = self.seconds()
        start = js.subtract(now, js.multiply(js.get(self.options, "transactionsDays"), 86400))
        if since is not None:
            start = js.floor(js.divide(since, 1000))
        until = self.safe_integer(params, "until")
        request = {
            "start": start,
            "end": now if (until is None) else js.floor(js.divide(until, 1000)),
            "activityType": 1 if (type_ == "deposit") else 2,
        }
        currency = None
        if code is not None:
            currency = self.currency(code)
            request["currency"] = js.get(currency, "id")
        response = self.private_get_wallets_activity(self.extend(request, self.omit(params, "until")))
        return self.parse_transactions(
            self.safe_list(response, key, []), currency, since, limit, {"type": type_}
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
        return self.fetch_wallet_activity("deposits", "deposit", code, since, limit, params)

    def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.fetch_wallet_activity("withdrawals", "withdrawal", code, since, limit, params)

    def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # wallets/addresses answers { "BTC": "address", ... }; a tag-based currency as 'address:tag'.
        self.load_markets()
        (
            request,
            network_code,
            rest,
        ) = js.destructure(self.address_request(code, params), 3)
        response = self.private_get_wallets_addresses(self.extend(request, rest))
        value = self.safe_string(response, js.get(request, "currency"))
        if value is None:
            raise ExchangeError(
                js.bounded_text(
                    js.to_str(self.id)
                    + " has no "
                    + js.to_str(code)
                    + " deposit address yet: create one with createDepositAddress ()"
                )
            )
        return self.parse_deposit_address(value, code, network_code, response)

    def fetch_deposit_addresses(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> list[DepositAddress]:
        if params is None:
            params = {}
        # wallets/addresses: { currency: 'address' or 'address:tag' } for every currency with an address; a
        # token on another chain is named by the token and the chain (USDTTRON).
        self.load_markets()
        response = self.private_get_wallets_addresses(params)
        ids = js.keys(response)
        result = []
        i = 0
        while True:
            if not (i < len(ids)):
                break
            code = self.safe_currency_code(ids[i])
            if (codes is not None) and (not js.truthy(self.in_array(code, codes))):
                i += 1
                continue
            value = self.safe_string(response, ids[i])
            if value is not None:
                # (a value that is no address: its split failed the whole call)
                result.append(self.parse_deposit_address(value, code, None, response))
            i += 1
        return result

    def create_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # wallets/address makes a new address of the currency (of its token on the unified network's chain):
        # { address }.
        self.load_markets()
        (
            request,
            network_code,
            rest,
        ) = js.destructure(self.address_request(code, params), 3)
        response = self.private_post_wallets_address(self.extend(request, rest))
        value = self.safe_string(response, "address")
        if value is None:
            raise ExchangeError(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " made no " + js.to_str(code) + " deposit address: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.parse_deposit_address(value, code, network_code, response)

    def address_request(self, code, params):
        # wallets/address(es) name the currency, or its token on the chain of the unified params['network']:
        # the request, the network and the other params.
        network_code = self.safe_string_upper(params, "network")
        request = {"currency": self.chain_currency_id(self.currency(code), network_code)}
        return [request, network_code, self.omit(params, "network")]

    def parse_deposit_address(self, value, code, network_code, info):
        # 'address' or, for a currency with a tag, 'address:tag'.
        parts = js.split(value, ":")
        return {
            "currency": code,
            "address": js.get(parts, 0),
            "tag": self.safe_string(parts, 1),
            "network": network_code,
            "info": info,
        }

    def chain_currency_id(self, currency, network_code=None):
        # A unified network other than the currency's own chain names the currency of that chain: USDT on
        # TRC20 is USDTTRON (options['networks']).
        currency_id = js.get(currency, "id")
        if network_code is None:
            return currency_id
        chain = self.network_id(network_code)
        return (
            currency_id
            if ((not (js.typeof(chain) == "object")) and js.strict_equal(chain, currency_id))
            else js.add(currency_id, chain)
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
        # The unified network picks the chain's currency (chainCurrencyId).
        self.load_markets()
        currency = self.currency(code)
        network_code = self.safe_string_upper(params, "network")
        currency_id = self.chain_currency_id(currency, network_code)
        request = {"currency": currency_id, "amount": self.number_to_string(amount), "address": address}
        if tag is not None:
            request["paymentId"] = tag
        response = self.private_post_wallets_withdraw(self.extend(request, self.omit(params, "network")))
        return self.safe_transaction(
            {
                "id": self.safe_string(response, "withdrawalRequestsId"),
                "type": "withdrawal",
                "address": address,
                "tag": tag,
                "network": network_code,
                "amount": js.get(request, "amount"),
                "currency": code,
                "info": response,
            }
        )

    def transfer(
        self,
        code: str,
        amount: float,
        from_account: str,
        to_account: str,
        params: dict[str, Any] | None = None,
    ) -> Transfer:
        if params is None:
            params = {}
        # accounts/transfer between the spot and futures accounts: { transferId }.
        self.load_markets()
        currency = self.currency(code)
        request = {
            "currency": js.get(currency, "id"),
            "amount": self.currency_to_precision(code, amount),
            "fromAccount": self.account_type_id(from_account),
            "toAccount": self.account_type_id(to_account),
        }
        response = self.private_post_accounts_transfer(self.extend(request, params))
        return self.safe_transfer(
            {
                "id": self.safe_string(response, "transferId"),
                "currency": code,
                "amount": js.get(request, "amount"),
                "fromAccount": from_account,
                "toAccount": to_account,
                "info": response,
            }
        )

    # --- transport -----------------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        endpoint = js.bounded_text("/" + js.to_str(self.implode_params(path, params)))
        url = js.bounded_text(js.to_str(js.get(self.urls, "api")) + endpoint)
        query = self.omit(params, self.extract_params(path))
        if api == "public":
            if len(js.keys(query)) > 0:
                url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(query)))
            return {"url": url, "method": method, "body": body, "headers": headers}
        # signature: base64 HMAC-SHA256 of 'METHOD\n/path\n' + the parameters sorted by name with
        # signTimestamp among them (GET), or 'requestBody=<json>&signTimestamp=...' (with a body).
        self.check_required_credentials()
        timestamp = self.number_to_string(self.milliseconds())
        signed = ""
        if method == "GET":
            signed = self.urlencode(self.keysort(self.extend(query, {"signTimestamp": timestamp})))
            if len(js.keys(query)) > 0:
                url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(query)))
        elif len(js.keys(query)) > 0:
            body = self.json(query)
            signed = js.bounded_text(
                "requestBody=" + js.to_str(body) + "&signTimestamp=" + js.to_str(timestamp)
            )
        else:
            signed = js.bounded_text("signTimestamp=" + js.to_str(timestamp))
        auth = js.bounded_text(js.to_str(method) + "\n" + endpoint + "\n" + js.to_str(signed))
        headers = {
            "key": self.apiKey,
            "signTimestamp": timestamp,
            "signature": self.hmac(self.encode(auth), self.encode(self.secret), "sha256", "base64"),
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
        # Errors are { "code": 21709, "message": "Low available balance" }; successful cancellations
        # carry "code": 200 too.
        if (response is None) or js.is_array(response):
            return
        code = self.safe_string(response, "code")
        message = self.safe_string(response, "message")
        if (code is None) or (code == "200"):
            return
        feedback = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " " + js.to_str(code) + " ")
            + js.to_str("" if (message is None) else message)
        )
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
        if message is not None:
            self.throw_broadly_matched_exception(js.get(self.exceptions, "broad"), message, feedback)
        raise ExchangeError(feedback)

    # --- streaming: public channels (https://api-docs.poloniex.com/spot/websocket/market-data) -------------------
    def watch_channel(self, channel, market, message_hash):
        message = {"event": "subscribe", "channel": [channel], "symbols": [js.get(market, "id")]}
        return self.watch(
            self.stream_url("public"),
            message_hash,
            js.bounded_text(js.bounded_text(js.to_str(channel) + ":") + js.to_str(js.get(market, "id"))),
            message,
        )

    def un_watch_channel(self, channel, symbol, prefix):
        self.load_markets()
        market = self.market(symbol)
        self.set_stream_state(js.add(prefix, js.get(market, "symbol")), None)
        message = {"event": "unsubscribe", "channel": [channel], "symbols": [js.get(market, "id")]}
        self.unwatch(
            self.stream_url("public"),
            js.bounded_text(js.bounded_text(js.to_str(channel) + ":") + js.to_str(js.get(market, "id"))),
            message,
        )

    def watch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        self.load_markets()
        market = self.market(symbol)
        return self.watch_channel(
            "ticker", market, js.bounded_text("ticker:" + js.to_str(js.get(market, "symbol")))
        )

    def watch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # One subscription names every symbol.
        self.load_markets()
        markets = self.stream_markets(symbols)
        ids = []
        i = 0
        while True:
            if not js.less(i, js.length(markets)):
                break
            ids.append(js.get(js.get(markets, i), "id"))
            i += 1
        message = {"event": "subscribe", "channel": ["ticker"], "symbols": ids}
        tickers = self.watch(
            self.stream_url("public"), "tickers", js.bounded_text("ticker:" + js.join(ids, ",")), message
        )
        return self.tickers_of(tickers, symbols)

    def watch_trades(
        self,
        symbol: str,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        self.load_markets()
        market = self.market(symbol)
        trades = self.watch_channel(
            "trades", market, js.bounded_text("trades:" + js.to_str(js.get(market, "symbol")))
        )
        return self.filter_by_since_limit(trades, since, limit, "timestamp", True)

    def watch_ohlcv(
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
        self.load_markets()
        market = self.market(symbol)
        channel = js.bounded_text("candles_" + js.lower(self.stream_timeframe(timeframe)))
        candles = self.watch_channel(
            channel, market, js.bounded_text("ohlcv:" + js.to_str(js.get(market, "symbol")) + ":" + channel)
        )
        return self.filter_by_since_limit(candles, since, limit, 0, True)

    watchOHLCV = MethodAlias("watch_ohlcv")

    def watch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # book_lv2: a snapshot, then updates whose lastId is the id of the one before.
        self.load_markets()
        market = self.market(symbol)
        self.remember_book_limit(js.get(market, "symbol"), limit)
        book = self.watch_channel(
            "book_lv2", market, js.bounded_text("book:" + js.to_str(js.get(market, "symbol")))
        )
        return self.limit_order_book(book, limit)

    def un_watch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> None:
        if params is None:
            params = {}
        self.un_watch_channel("ticker", symbol, "ticker:")

    def un_watch_trades(self, symbol: str, params: dict[str, Any] | None = None) -> None:
        if params is None:
            params = {}
        self.un_watch_channel("trades", symbol, "trades:")

    def un_watch_order_book(self, symbol: str, params: dict[str, Any] | None = None) -> None:
        if params is None:
            params = {}
        self.un_watch_channel("book_lv2", symbol, "book:")

    # private channels (https://api-docs.poloniex.com/spot/websocket/authentication): orders and balances
    def authentication_message(self):
        # The signature of the REST API over 'GET\n/ws\nsignTimestamp=<ms>'.
        self.check_required_credentials()
        timestamp = self.milliseconds()
        auth = js.bounded_text("GET\n/ws\nsignTimestamp=" + js.to_str(self.number_to_string(timestamp)))
        return {
            "event": "subscribe",
            "channel": ["auth"],
            "params": {
                "key": self.apiKey,
                "signTimestamp": timestamp,
                "signatureMethod": "HmacSHA256",
                "signatureVersion": "2",
                "signature": self.hmac(self.encode(auth), self.encode(self.secret), "sha256", "base64"),
            },
        }

    def resubscribe_message(self, url, subscribe_hash, message):
        # A signature is good for a few seconds: the authentication is signed again for a new connection.
        return self.authentication_message() if (subscribe_hash == "auth") else message

    def watch_private(self, channel, message_hash, message):
        self.load_markets()
        url = self.stream_url("private")
        self.subscribe(url, "auth", self.authentication_message())
        return self.watch(url, message_hash, channel, message)

    def watch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        return self.watch_private("balances", "balance", {"event": "subscribe", "channel": ["balances"]})

    def watch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        orders = self.watch_private(
            "orders", "orders", {"event": "subscribe", "channel": ["orders"], "symbols": ["all"]}
        )
        return self.filter_by_symbol_since_limit(orders, symbol, since, limit, True)

    def watch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        trades = self.watch_private(
            "orders", "myTrades", {"event": "subscribe", "channel": ["orders"], "symbols": ["all"]}
        )
        return self.filter_by_symbol_since_limit(trades, symbol, since, limit, True)

    def handle_order_entry(self, url, entry):
        # An order event (place, trade, canceled): the order as it is now; a trade event is also a trade of the
        # account, under the names of the REST trade's fields.
        market = self.safe_market(self.safe_string(entry, "symbol"))
        order = self.parse_order(entry, market)
        self.resolve_order(url, "orders", order)
        if not (self.safe_string(entry, "eventType") == "trade"):
            return
        trade = self.parse_trade(
            {
                "id": self.safe_string(entry, "tradeId"),
                "orderId": self.safe_string(entry, "orderId"),
                "symbol": self.safe_string(entry, "symbol"),
                "type": self.safe_string(entry, "type"),
                "side": self.safe_string(entry, "side"),
                "matchRole": self.safe_string(entry, "matchRole"),
                "price": self.safe_string(entry, "tradePrice"),
                "quantity": self.safe_string(entry, "tradeQty"),
                "amount": self.safe_string(entry, "tradeAmount"),
                "feeAmount": self.safe_string(entry, "tradeFee"),
                "feeCurrency": self.safe_string(entry, "feeCurrency"),
                "createTime": self.safe_integer(entry, "tradeTime"),
            },
            market,
        )
        self.resolve_cached(url, "myTrades", self.extend(trade, {"info": entry}))

    def handle_balance_entries(self, url, entries):
        # Each entry: one currency's available and hold amounts after a change. One balance for the frame (a copy of
        # the balance per entry made a frame's time grow with its entries times the currencies), whose info and
        # timestamp are the last entry's.
        accounts = {}
        last = None
        i = 0
        while True:
            if not js.less(i, js.length(entries)):
                break
            account = self.account()
            js.set_(account, "free", self.safe_string(js.get(entries, i), "available"))
            js.set_(account, "used", self.safe_string(js.get(entries, i), "hold"))
            js.set_(
                accounts, self.safe_currency_code(self.safe_string(js.get(entries, i), "currency")), account
            )
            last = js.get(entries, i)
            i += 1
        if last is not None:
            self.resolve_balance(url, accounts, last, self.safe_integer(last, "changeTime"))

    def handle_message(self, url, message):
        # { channel, data: [ entries ] }, { channel, action: snapshot | update, data } for books; events answer
        # requests ({ event: 'error', message } when one failed); the auth channel answers an authentication.
        event = self.safe_string(message, "event")
        if self.safe_string(message, "channel") == "auth":
            answer = self.safe_dict(message, "data", {})
            if not (self.safe_bool(answer, "success") is True):
                self.reject_update(
                    url,
                    None,
                    AuthenticationError,
                    js.bounded_text(
                        js.bounded_text(js.to_str(self.id) + " ")
                        + self.safe_string(answer, "message", "refused the authentication")
                    ),
                )
            return
        if event == "error":
            self.reject_update(
                url,
                None,
                BadRequest,
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " ")
                    + self.safe_string(message, "message", "refused the request")
                ),
            )
            return
        channel = self.safe_string(message, "channel")
        entries = self.safe_list(message, "data", [])
        if (event is not None) or (channel is None):
            return
        if channel == "balances":
            self.handle_balance_entries(url, entries)
            return
        if channel == "ticker":
            # (a frame's tickers resolved at once: a copy of every ticker so far for each of 40,000 entries took Node
            # 17.6 s; red-team round 31)
            tickers = []
            i = 0
            while True:
                if not (i < len(entries)):
                    break
                tickers.append(
                    self.parse_ticker(
                        js.get(entries, i), self.safe_market(self.safe_string(js.get(entries, i), "symbol"))
                    )
                )
                i += 1
            self.resolve_tickers(url, tickers)
            return
        i = 0
        while True:
            if not (i < len(entries)):
                break
            entry = js.get(entries, i)
            market = self.safe_market(self.safe_string(entry, "symbol"))
            if channel == "trades":
                self.handle_trade_entry(url, entry, market)
            elif js.starts_with(channel, "candles_"):
                self.handle_candle_entry(url, entry, market, channel)
            elif channel == "book_lv2":
                self.handle_book_entry(url, entry, market, self.safe_string(message, "action"))
            elif channel == "orders":
                self.handle_order_entry(url, entry)
            i += 1

    def handle_trade_entry(self, url, entry, market):
        self.resolve_cached(
            url,
            js.bounded_text("trades:" + js.to_str(js.get(market, "symbol"))),
            self.parse_trade(entry, market),
        )

    def handle_candle_entry(self, url, entry, market, channel):
        candle = [
            self.safe_integer(entry, "startTime"),
            self.safe_number(entry, "open"),
            self.safe_number(entry, "high"),
            self.safe_number(entry, "low"),
            self.safe_number(entry, "close"),
            self.safe_number(entry, "quantity"),
        ]
        self.resolve_candle(
            url,
            js.bounded_text("ohlcv:" + js.to_str(js.get(market, "symbol")) + ":" + js.to_str(channel)),
            candle,
        )

    def handle_book_entry(self, url, entry, market, action):
        # A gap (lastId other than the book's id) drops the book and subscribes again, for a new snapshot.
        symbol = js.get(market, "symbol")
        message_hash = js.bounded_text("book:" + js.to_str(symbol))
        if not js.truthy(self.is_watched(url, message_hash)):
            return  # nothing kept for what no caller watches (a server names symbols at will)
        book = self.stream_state(message_hash)
        if action == "snapshot":
            book = self.new_order_book(symbol)
        elif book is None:
            return  # updates before the snapshot: it follows
        elif not js.strict_equal(self.safe_integer(entry, "lastId"), js.get(book, "nonce")):
            self.resync_book(
                url,
                message_hash,
                js.bounded_text(
                    js.bounded_text(
                        js.bounded_text(js.to_str(symbol) + " order book sequence gap (lastId ")
                        + js.to_str(self.safe_string(entry, "lastId"))
                        + " after "
                    )
                    + js.to_str(self.number_to_string(js.get(book, "nonce")))
                    + ")"
                ),
            )
            self.send_frame(
                url, {"event": "unsubscribe", "channel": ["book_lv2"], "symbols": [js.get(market, "id")]}
            )
            self.send_frame(
                url, {"event": "subscribe", "channel": ["book_lv2"], "symbols": [js.get(market, "id")]}
            )
            return
        book = self.set_book_levels(
            self.set_book_levels(book, "bids", self.safe_list(entry, "bids", [])),
            "asks",
            self.safe_list(entry, "asks", []),
        )
        js.set_(book, "nonce", self.safe_integer(entry, "id"))
        js.set_(book, "timestamp", self.safe_integer(entry, "ts"))
        self.set_stream_state(message_hash, book)
        if not (action == "snapshot"):
            self.book_is_right(message_hash)
        self.resolve_update(url, self.order_book_view(book), message_hash)
