# Generated from js/bitstamp.js by exkit: do not edit. Change the source and run `python build.py`.
from typing import Any

from exchangekit.base.exchange import Exchange
from exchangekit.base.precise import Precise
from exchangekit.base.errors import (
    AccountSuspended,
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
    BadSymbol,
    ExchangeError,
    InsufficientFunds,
    InvalidAddress,
    InvalidNonce,
    InvalidOrder,
    NotSupported,
    OrderNotFound,
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
    DepositWithdrawFee,
    Market,
    OHLCV,
    Order,
    OrderBook,
    Ticker,
    Trade,
    TradingFee,
    Transaction,
)


class bitstamp(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "bitstamp",
                "name": "Bitstamp",
                "countries": ["GB"],
                "version": "v2",
                "rateLimit": 75,
                "has": {
                    "fetchCurrencies": True,
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
                    "fetchClosedOrders": False,
                    "fetchMyTrades": True,
                    "fetchDeposits": True,
                    "fetchWithdrawals": True,
                    "fetchDepositAddress": True,
                    "withdraw": True,
                    "fetchOrderTrades": True,
                    "fetchTradingFee": True,
                    "fetchTradingFees": True,
                    "fetchDepositWithdrawFees": True,
                    "createMarketBuyOrderWithCost": True,
                    "watchOrderBook": True,
                    "watchTrades": True,
                    "watchOrders": True,
                    "watchMyTrades": True,
                },
                "urls": {
                    "logo": "https://www.bitstamp.net/s/webapp/images/bitstamp-logo.svg",
                    "api": "https://www.bitstamp.net/api",
                    "www": "https://www.bitstamp.net",
                    "doc": "https://www.bitstamp.net/api/",
                    "fees": "https://www.bitstamp.net/fee-schedule/",
                    "ws": {"public": "wss://ws.bitstamp.net"},
                },
                "api": {
                    "public": {
                        "get": [
                            "ohlc/{pair}/",
                            "order_book/{pair}/",
                            "ticker/",
                            "ticker/{pair}/",
                            "ticker_hour/{pair}/",
                            "transactions/{pair}/",
                            "markets/",
                            "currencies/",
                            "eur_usd/",
                            "travel_rule/vasps/",
                        ]
                    },
                    "private": {
                        "post": [
                            "account_balances/",
                            "account_balances/{currency}/",
                            "user_transactions/",
                            "user_transactions/{pair}/",
                            "crypto-transactions/",
                            "open_orders/all/",
                            "open_orders/{pair}/",
                            "order_status/",
                            "cancel_order/",
                            "cancel_all_orders/",
                            "cancel_all_orders/{pair}/",
                            "buy/{pair}/",
                            "buy/market/{pair}/",
                            "buy/instant/{pair}/",
                            "sell/{pair}/",
                            "sell/market/{pair}/",
                            "sell/instant/{pair}/",
                            "replace_order/",
                            "fees/trading/",
                            "fees/trading/{pair}/",
                            "fees/withdrawal/",
                            "fees/withdrawal/{currency}/",
                            "withdrawal-requests/",
                            "withdrawal/open/",
                            "withdrawal/status/",
                            "withdrawal/cancel/",
                            "{currency}_withdrawal/",
                            "{currency}_address/",
                            "ripple_withdrawal/",
                            "ripple_address/",
                            "transfer-to-main/",
                            "transfer-from-main/",
                            "liquidation_address/new/",
                            "liquidation_address/info/",
                            "my_markets/",
                            "websockets_token/",
                            "earn/subscriptions/",
                            "earn/transactions/",
                            "revoke_all_api_keys/",
                        ]
                    },
                },
                "timeframes": {
                    "1m": "60",
                    "3m": "180",
                    "5m": "300",
                    "15m": "900",
                    "30m": "1800",
                    "1h": "3600",
                    "2h": "7200",
                    "4h": "14400",
                    "6h": "21600",
                    "12h": "43200",
                    "1d": "86400",
                    "3d": "259200",
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": True, "percentage": True, "taker": 0.004, "maker": 0.003}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "networks": {"BTC": "bitcoin", "ERC20": "ethereum"},
                    "orderStatuses": {
                        "Open": "open",
                        "Finished": "closed",
                        "Canceled": "canceled",
                        "Expired": "expired",
                    },
                },
                "exceptions": {
                    "exact": {
                        "API0002": PermissionDenied,
                        "API0003": PermissionDenied,
                        "API0004": InvalidNonce,
                        "API0005": AuthenticationError,
                        "API0006": AccountSuspended,
                        "API0008": AuthenticationError,
                        "API0011": AuthenticationError,
                        "API0012": AuthenticationError,
                        "API0013": InvalidNonce,
                        "API0017": AuthenticationError,
                        "API0021": RateLimitExceeded,
                        "Order not found": OrderNotFound,
                        "Order not found.": OrderNotFound,
                    },
                    "broad": {
                        "Check your account balance for details": InsufficientFunds,
                        "You have only": InsufficientFunds,
                        "Minimum order size is": InvalidOrder,
                        "Ensure this value": InvalidOrder,
                        "Price is more than": InvalidOrder,
                        "Price is less than": InvalidOrder,
                        "Invalid nonce": InvalidNonce,
                        "Missing key, signature and nonce parameters": AuthenticationError,
                        "Your account is frozen": AccountSuspended,
                        "Please update your profile": PermissionDenied,
                        "Invalid currency pair": BadSymbol,
                        "Address is invalid": InvalidAddress,
                        "Rate limit exceeded": RateLimitExceeded,
                    },
                },
            },
        )

    # --- markets and currencies ----------------------------------------------------------------------
    def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        response = self.public_get_currencies(params)
        result = {}  # by unified code
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            id_ = self.safe_string(entry, "currency")
            deposit = self.safe_string(entry, "deposit") == "Enabled"
            withdraw = self.safe_string(entry, "withdrawal") == "Enabled"
            code = self.safe_currency_code(id_)
            js.set_(
                result,
                code,
                {
                    "id": id_,
                    "code": code,
                    "name": self.safe_string(entry, "name"),
                    "active": deposit and withdraw,
                    "deposit": deposit,
                    "withdraw": withdraw,
                    "precision": self.parse_number(self.parse_precision(self.safe_string(entry, "decimals"))),
                    "info": entry,
                },
            )
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
            base_id = self.safe_string(entry, "base_currency")
            quote_id = self.safe_string(entry, "counter_currency")
            base = self.safe_currency_code(base_id)
            quote = self.safe_currency_code(quote_id)
            result.append(
                self.market_structure(
                    id=self.safe_string(entry, "market_symbol"),
                    symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
                    base=base,
                    quote=quote,
                    baseId=base_id,
                    quoteId=quote_id,
                    active=self.safe_string(entry, "trading") == "Enabled",
                    type="spot",
                    spot=True,
                    taker=js.get(js.get(self.fees, "trading"), "taker"),
                    maker=js.get(js.get(self.fees, "trading"), "maker"),
                    precision={
                        "amount": self.parse_number(
                            self.parse_precision(self.safe_string(entry, "base_decimals"))
                        ),
                        "price": self.parse_number(
                            self.parse_precision(self.safe_string(entry, "counter_decimals"))
                        ),
                    },
                    limits={
                        "amount": {
                            "min": self.safe_number(entry, "minimum_order_amount"),
                            "max": self.safe_number(entry, "maximum_order_amount"),
                        },
                        "price": {"min": None, "max": None},
                        "cost": {
                            "min": self.safe_number(entry, "minimum_order_value"),
                            "max": self.safe_number(entry, "maximum_order_value"),
                        },
                    },
                    info=entry,
                )
            )
            i += 1
        return result

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # 'open' is the day's first price; the 24-hour values are high, low, volume, vwap and open_24. The quote
        # volume is not given: it is the base volume at the volume-weighted average price.
        base_volume = self.safe_string(ticker, "volume")
        vwap = self.safe_string(ticker, "vwap")
        quote_volume = None
        if (base_volume is not None) and (vwap is not None):
            quote_volume = Precise.string_mul(base_volume, vwap)
        return self.ticker_structure(
            symbol=js.get(self.safe_market_by_name(self.safe_string(ticker, "pair"), market), "symbol"),
            timestamp=self.safe_timestamp(ticker, "timestamp"),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            bid=self.safe_string(ticker, "bid"),
            ask=self.safe_string(ticker, "ask"),
            vwap=vwap,
            open_=self.safe_string(ticker, "open_24"),
            last=self.safe_string(ticker, "last"),
            percentage=self.safe_string(ticker, "percent_change_24"),
            base_volume=base_volume,
            quote_volume=quote_volume,
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

    def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # Tickers of all markets name theirs as 'BTC/USD'.
        self.load_markets()
        response = self.public_get_ticker(params)
        return self.parse_tickers(response, symbols)

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_order_book_pair(self.extend({"pair": js.get(market, "id")}, params))
        timestamp = self.safe_integer_product(response, "microtimestamp", 0.001)
        book = self.parse_order_book(response, js.get(market, "symbol"), timestamp)
        if limit is not None:
            js.set_(book, "bids", js.slice_(js.get(book, "bids"), 0, limit))
            js.set_(book, "asks", js.slice_(js.get(book, "asks"), 0, limit))
        return book

    def parse_ohlcv(self, ohlcv, market=None):
        return [
            self.safe_timestamp(ohlcv, "timestamp"),
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
        self.load_markets()
        market = self.market(symbol)
        request = {
            "pair": js.get(market, "id"),
            "step": self.safe_string(self.timeframes, timeframe),
            "limit": 1000 if (limit is None) else limit,
        }
        if since is not None:
            request["start"] = js.floor(js.divide(since, 1000))
        until = self.safe_integer(params, "until")
        if until is not None:
            request["end"] = js.floor(js.divide(until, 1000))
        response = self.public_get_ohlc_pair(self.extend(request, self.omit(params, "until")))
        data = self.safe_dict(response, "data", {})
        return self.parse_ohlcvs(self.safe_list(data, "ohlc", []), market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def parse_trade(self, trade, market=None):
        # Public trades: { date, tid, price, amount, type: '0' buy or '1' sell }. The account's trades
        # (user_transactions) name amounts by currency: { btc: '0.001', usd: '-37.00', btc_usd: '37000',
        # fee, order_id }; a positive base amount is a buy.
        if market is None:
            market = self.market_of_user_transaction(trade)
        side = None
        amount = self.safe_string(trade, "amount")
        price = self.safe_string(trade, "price")
        cost = None
        fee = None
        timestamp = self.safe_timestamp(trade, "date")
        base_key = self.safe_string_lower(market, "baseId")
        quote_key = self.safe_string_lower(market, "quoteId")
        if (amount is None) and (base_key is not None) and (quote_key is not None):
            base_amount = self.safe_string(trade, base_key)
            price = self.safe_string(
                trade, js.bounded_text(js.to_str(base_key) + "_" + js.to_str(quote_key)), price
            )
            cost = Precise.string_abs(self.safe_string(trade, quote_key))
            amount = Precise.string_abs(base_amount)
            side = "buy" if Precise.string_gt(base_amount, "0") else "sell"
            fee = {"cost": self.safe_string(trade, "fee"), "currency": js.get(market, "quote")}
            timestamp = self.parse8601(self.safe_string(trade, "datetime"))
        else:
            side = "buy" if (self.safe_string(trade, "type") == "0") else "sell"
        return self.trade_structure(
            identifier=self.safe_string2(trade, "tid", "id"),
            order=self.safe_string(trade, "order_id"),
            symbol=js.get(market, "symbol"),
            timestamp=timestamp,
            side=side,
            price=price,
            amount=amount,
            cost=cost,
            fee=fee,
            info=trade,
            market=market,
        )

    def market_of_user_transaction(self, transaction):
        # A user transaction's price key names its market: 'btc_usd' for btcusd.
        keys = js.keys(transaction)
        i = 0
        while True:
            if not (i < len(keys)):
                break
            parts = js.split(keys[i], "_")
            if len(parts) == 2:
                id_ = js.join(parts, "")
                markets = self.safe_value(self.marketsById, id_)
                if markets is not None:
                    return js.get(markets, 0)
            i += 1
        return self.safe_market()

    def fetch_trades(
        self,
        symbol: str,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # The last hour's trades ('time': 'minute', 'hour' or 'day' in params widens or narrows it).
        self.load_markets()
        market = self.market(symbol)
        request = {"pair": js.get(market, "id"), "time": "hour"}
        response = self.public_get_transactions_pair(self.extend(request, params))
        return self.parse_trades(response, market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        self.load_markets()
        response = self.private_post_account_balances(params)
        result = {"info": response}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            account = self.account()
            js.set_(account, "free", self.safe_string(entry, "available"))
            js.set_(account, "used", self.safe_string(entry, "reserved"))
            js.set_(account, "total", self.safe_string(entry, "total"))
            js.set_(result, self.safe_currency_code(self.safe_string(entry, "currency")), account)
            i += 1
        return self.safe_balance(result)

    def fetch_trading_fees(self, params: dict[str, Any] | None = None) -> dict[str, TradingFee]:
        if params is None:
            params = {}
        # fees/trading/: [ { market, fees: { maker, taker } } ] in percent, one per market of the account.
        self.load_markets()
        response = self.private_post_fees_trading(params)
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            fee = self.parse_trading_fee(js.get(response, i))
            js.set_(result, js.get(fee, "symbol"), fee)
            i += 1
        return result

    def fetch_trading_fee(self, symbol: str, params: dict[str, Any] | None = None) -> TradingFee:
        if params is None:
            params = {}
        # fees/trading/{pair}/: the one market's entry.
        self.load_markets()
        market = self.market(symbol)
        response = self.private_post_fees_trading_pair(self.extend({"pair": js.get(market, "id")}, params))
        return self.parse_trading_fee(response, market)

    def parse_trading_fee(self, entry, market=None):
        market = self.safe_market(self.safe_string2(entry, "market", "currency_pair"), market)
        fees = self.safe_dict(entry, "fees", {})
        return {
            "symbol": js.get(market, "symbol"),
            "maker": self.parse_number(Precise.string_div(self.safe_string(fees, "maker"), "100")),
            "taker": self.parse_number(Precise.string_div(self.safe_string(fees, "taker"), "100")),
            "info": entry,
        }

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # Created and open orders: { id, datetime, type: '0' buy or '1' sell, price, amount, market };
        # order_status adds status, amount_remaining and the transactions that filled it.
        market = self.safe_market_by_name(self.safe_string2(order, "market", "currency_pair"), market)
        side = None
        type_ = self.safe_string(order, "type")
        if type_ == "0":
            side = "buy"
        elif type_ == "1":
            side = "sell"
        transactions = self.safe_list(order, "transactions", [])
        trades = []
        filled = None
        cost = None
        if self.safe_string(order, "amount_remaining") is not None:
            # The order's transactions carry positive amounts whatever the side.
            filled = "0"
            cost = "0"
            i = 0
            while True:
                if not (i < len(transactions)):
                    break
                transaction = self.extend(
                    js.get(transactions, i), {"order_id": self.safe_string(order, "id")}
                )
                trade = self.parse_trade(transaction, market)
                js.set_(trade, "side", side)
                trades.append(trade)
                filled = Precise.string_add(filled, self.number_to_string(js.get(trade, "amount")))
                cost = Precise.string_add(cost, self.number_to_string(js.get(trade, "cost")))
                i += 1
        # order_status/ reports amount_remaining; an open_orders/ entry reports what is left as amount, and
        # the original amount as amount_at_create.
        remaining = self.safe_string(order, "amount_remaining")
        if (remaining is None) and (self.safe_string(order, "amount_at_create") is not None):
            remaining = self.safe_string(order, "amount")
        status = self.safe_string(order, "status")
        return self.safe_order(
            {
                "id": self.safe_string(order, "id"),
                "clientOrderId": self.safe_string(order, "client_order_id"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.parse8601(self.safe_string(order, "datetime")),
                "status": self.safe_string(js.get(self.options, "orderStatuses"), status, status),
                "side": side,
                "price": self.safe_string(order, "price"),
                "amount": self.safe_string(order, "amount_at_create", self.safe_string(order, "amount")),
                "filled": filled,
                "remaining": remaining,
                "cost": cost,
                "trades": trades,
                "info": order,
            },
            market,
        )

    def safe_market_by_name(self, name, market=None):
        # Responses name markets 'BTC/USD'; their ids are 'btcusd'.
        if name is None:
            return self.safe_market(None, market)
        id_ = js.lower_case(js.replace(name, "/", ""))
        markets = self.safe_value(self.marketsById, id_)
        if markets is not None:
            return js.get(markets, 0)
        return self.safe_market(name, market, "/")

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
        # buy/{pair}/, sell/{pair}/ (limit), buy/market/{pair}/, sell/market/{pair}/. The unified params map
        # to Bitstamp's fields: postOnly is moc_order (maker or cancel), timeInForce IOC and FOK are ioc_order
        # and fok_order, clientOrderId is client_order_id, and cost on a market buy is an instant order
        # (buy/instant/{pair}/, whose amount is in the quote currency). Bitstamp has no stop, take-profit or
        # reduce-only orders.
        self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params(
            "createOrder", unified, ["triggerPrice", "stopLossPrice", "takeProfitPrice", "reduceOnly"]
        )
        request = {"pair": js.get(market, "id")}
        if js.get(unified, "cost") is None:
            request["amount"] = self.amount_to_precision(symbol, amount)
        if js.get(unified, "clientOrderId") is not None:
            request["client_order_id"] = js.get(unified, "clientOrderId")
        time_in_force = js.get(unified, "timeInForce")
        response = None
        if type_ == "market":
            if time_in_force is not None:
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () timeInForce applies to limit orders only, not market orders"
                    )
                )
            if js.get(unified, "cost") is not None:
                if not (side == "buy"):
                    raise InvalidOrder(
                        js.bounded_text(
                            js.to_str(self.id)
                            + " createOrder () cost sizes market buys only (an instant buy spends it)"
                        )
                    )
                request["amount"] = self.cost_to_precision(symbol, js.get(unified, "cost"))
                response = self.private_post_buy_instant_pair(self.extend(request, rest))
            elif side == "buy":
                response = self.private_post_buy_market_pair(self.extend(request, rest))
            else:
                response = self.private_post_sell_market_pair(self.extend(request, rest))
        else:
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["price"] = self.price_to_precision(symbol, price)
            if js.truthy(js.get(unified, "postOnly")):
                request["moc_order"] = True
            if time_in_force == "IOC":
                request["ioc_order"] = True
            elif time_in_force == "FOK":
                request["fok_order"] = True
            if side == "buy":
                response = self.private_post_buy_pair(self.extend(request, rest))
            else:
                response = self.private_post_sell_pair(self.extend(request, rest))
        order = self.parse_order(response, market)
        js.set_(order, "type", type_)
        if js.get(unified, "cost") is not None:
            # An instant order's amount is the quote currency's: it is the order's cost, its amount unknown.
            js.set_(order, "amount", None)
            js.set_(order, "remaining", None)
            js.set_(order, "cost", self.parse_number(js.get(request, "amount")))
        if js.truthy(js.get(unified, "postOnly")):
            js.set_(order, "postOnly", True)
            js.set_(order, "timeInForce", "PO")
        elif time_in_force is not None:
            js.set_(order, "timeInForce", time_in_force)
        return order

    def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        response = self.private_post_cancel_order(self.extend({"id": id_}, params))
        order = self.parse_order(response)
        js.set_(order, "status", "canceled")
        return order

    def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # cancel_all_orders/ (of one pair with cancel_all_orders/{pair}/): { success, canceled: [ orders ] }.
        self.load_markets()
        market = None
        response = None
        if symbol is None:
            response = self.private_post_cancel_all_orders(params)
        else:
            market = self.market(symbol)
            response = self.private_post_cancel_all_orders_pair(
                self.extend({"pair": js.get(market, "id")}, params)
            )
        canceled = self.safe_list(response, "canceled", [])
        result = []
        i = 0
        while True:
            if not (i < len(canceled)):
                break
            order = self.parse_order(js.get(canceled, i), market)
            js.set_(order, "status", "canceled")
            result.append(order)
            i += 1
        return result

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
        # order_status lists the transactions that filled the order: its trades.
        order = self.fetch_order(id_, symbol, params)
        return self.filter_by_since_limit(js.get(order, "trades"), since, limit)

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        self.load_markets()
        response = self.private_post_order_status(self.extend({"id": id_}, params))
        return self.parse_order(self.extend(response, {"id": id_}))

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
        market = None
        response = None
        if symbol is None:
            response = self.private_post_open_orders_all(params)
        else:
            market = self.market(symbol)
            response = self.private_post_open_orders_pair(self.extend({"pair": js.get(market, "id")}, params))
        return self.parse_orders(response, market, since, limit, {"status": "open", "type": "limit"})

    def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # user_transactions lists deposits, withdrawals and trades; trades are type '2'. No end time is mapped.
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchMyTrades () does not support the unified param until: user_transactions takes a start (since_timestamp) but no end time"
                )
            )
        self.load_markets()
        request = {}
        if since is not None:
            request["since_timestamp"] = js.floor(js.divide(since, 1000))
        if limit is not None:
            request["limit"] = limit
        market = None
        response = None
        if symbol is None:
            response = self.private_post_user_transactions(self.extend(request, params))
        else:
            market = self.market(symbol)
            request["pair"] = js.get(market, "id")
            response = self.private_post_user_transactions_pair(self.extend(request, params))
        trades = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            if self.safe_string(js.get(response, i), "type") == "2":
                trades.append(js.get(response, i))
            i += 1
        return self.parse_trades(trades, market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # crypto-transactions: { currency, destinationAddress, txid, amount, datetime (seconds), network }.
        code = self.safe_currency_code(self.safe_string(transaction, "currency"), currency)
        return self.safe_transaction(
            {
                "txid": self.safe_string(transaction, "txid"),
                "timestamp": self.safe_timestamp(transaction, "datetime"),
                "network": self.network_code(self.safe_string(transaction, "network")),
                "address": self.safe_string(transaction, "destinationAddress"),
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": "ok",
                "info": transaction,
            },
            currency,
        )

    def fetch_crypto_transactions(self, key, type_, code, since, limit, params):
        # One endpoint lists both: { deposits: [...], withdrawals: [...] }; only finished ones appear. It takes
        # no time range.
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchDeposits () and fetchWithdrawals () do not support the unified param until"
                )
            )
        self.load_markets()
        request = {}
        if limit is not None:
            request["limit"] = limit
        response = self.private_post_crypto_transactions(self.extend(request, params))
        currency = None if (code is None) else self.currency(code)
        return self.parse_transactions(
            self.safe_list(response, key, []), currency, since, limit, {"type": type_}
        )

    def fetch_deposit_withdraw_fees(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, DepositWithdrawFee]:
        if params is None:
            params = {}
        # fees/withdrawal/: [ { currency, fee, network } ], the account's withdrawal fee (an amount) of each
        # currency on each network; deposit fees are not reported. A currency's own fee is that of its only
        # network.
        self.load_markets()
        response = self.private_post_fees_withdrawal(params)
        by_currency = self.group_by(response, "currency")
        ids = js.keys(by_currency)
        result = {}
        i = 0
        while True:
            if not (i < len(ids)):
                break
            code = self.safe_currency_code(ids[i])
            if (codes is not None) and (not js.truthy(self.in_array(code, codes))):
                i += 1
                continue
            entries = self.safe_list(by_currency, ids[i], [])
            networks = {}
            j = 0
            while True:
                if not (j < len(entries)):
                    break
                network = self.network_code(self.safe_string(js.get(entries, j), "network"))
                js.set_(
                    networks,
                    network,
                    {"withdraw": self.fee_amount(self.safe_number(js.get(entries, j), "fee")), "deposit": {}},
                )
                j += 1
            only = self.safe_number(js.get(entries, 0), "fee") if (len(entries) == 1) else None
            js.set_(
                result,
                code,
                {
                    "code": code,
                    "withdraw": self.fee_amount(only),
                    "deposit": {},
                    "networks": networks,
                    "info": entries,
                },
            )
            i += 1
        return result

    def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.fetch_crypto_transactions("deposits", "deposit", code, since, limit, params)

    def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.fetch_crypto_transactions("withdrawals", "withdrawal", code, since, limit, params)

    def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        self.load_markets()
        currency = self.currency(code)
        if self.safe_value(params, "network") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchDepositAddress () does not support the unified param network: the currency's address endpoint decides it"
                )
            )
        request = {"currency": js.lower(js.get(currency, "id"))}
        response = self.private_post_currency_address(self.extend(request, params))
        return {
            "currency": code,
            "address": self.safe_string(response, "address"),
            "tag": self.safe_string2(response, "memo_id", "destination_tag"),
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
        # The currency's withdrawal endpoint decides the network; unified network codes are not mapped.
        if self.safe_value(params, "network") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id) + " withdraw () does not support the unified param network"
                )
            )
        self.load_markets()
        currency = self.currency(code)
        request = {
            "currency": js.lower(js.get(currency, "id")),
            "amount": self.number_to_string(amount),
            "address": address,
        }
        if tag is not None:
            request["memo_id"] = tag
        response = self.private_post_currency_withdrawal(self.extend(request, params))
        return self.safe_transaction(
            {
                "id": self.safe_string(response, "id"),
                "type": "withdrawal",
                "address": address,
                "tag": tag,
                "amount": js.get(request, "amount"),
                "currency": code,
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
        endpoint = js.bounded_text(
            js.bounded_text("/" + js.to_str(self.version) + "/")
            + js.to_str(self.implode_params(path, params))
        )
        url = js.bounded_text(js.to_str(js.get(self.urls, "api")) + endpoint)
        query = self.omit(params, self.extract_params(path))
        if api == "public":
            if len(js.keys(query)) > 0:
                url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(query)))
            return {"url": url, "method": method, "body": body, "headers": headers}
        # X-Auth-Signature: HMAC-SHA256 (hex) of 'BITSTAMP ' + key, the method, host, path, query,
        # content type (only with a body), nonce (a UUID), timestamp, 'v2' and the body, concatenated.
        self.check_required_credentials()
        nonce = self.uuid()
        timestamp = self.number_to_string(self.milliseconds())
        after_scheme = js.slice_(url, js.number(js.index_of(url, "//") + 2))
        host = js.slice_(after_scheme, 0, js.index_of(after_scheme, "/"))
        url_path = js.slice_(after_scheme, js.index_of(after_scheme, "/"))
        headers = {
            "X-Auth": js.bounded_text("BITSTAMP " + js.to_str(self.apiKey)),
            "X-Auth-Nonce": nonce,
            "X-Auth-Timestamp": timestamp,
            "X-Auth-Version": "v2",
        }
        content_type = ""
        if len(js.keys(query)) > 0:
            body = self.urlencode(query)
            content_type = "application/x-www-form-urlencoded"
            js.set_(headers, "Content-Type", content_type)
        else:
            body = ""
        auth = js.bounded_text(
            "BITSTAMP "
            + js.to_str(self.apiKey)
            + js.to_str(method)
            + host
            + url_path
            + content_type
            + js.to_str(nonce)
            + js.to_str(timestamp)
            + "v2"
            + js.to_str(body)
        )
        js.set_(headers, "X-Auth-Signature", self.hmac(self.encode(auth), self.encode(self.secret), "sha256"))
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
        # { "status": "error", "reason": "Invalid nonce", "code": "API0004" }, a reason by field
        # ({ "__all__": [ "..." ] }), or { "error": "Order not found" }.
        if (response is None) or js.is_array(response):
            return
        error = self.safe_string(response, "error")
        if (not (self.safe_string(response, "status") == "error")) and (error is None):
            return
        messages = []
        code = self.safe_string(response, "code")
        cause = self.safe_value(response, "reason")
        if js.typeof(cause) == "string":
            messages.append(cause)
        elif js.typeof(cause) == "object":
            fields = js.keys(cause)
            i = 0
            while True:
                if not (i < len(fields)):
                    break
                texts = self.to_array(self.safe_value(cause, fields[i]))
                j = 0
                while True:
                    if not (j < len(texts)):
                        break
                    messages.append(js.get(texts, j))
                    j += 1
                i += 1
        if error is not None:
            messages.append(error)
        feedback = js.bounded_text(js.bounded_text(js.to_str(self.id) + " ") + js.join(messages, " "))
        if code is not None:
            self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
        i = 0
        while True:
            if not (i < len(messages)):
                break
            self.throw_exactly_matched_exception(
                js.get(self.exceptions, "exact"), js.get(messages, i), feedback
            )
            self.throw_broadly_matched_exception(
                js.get(self.exceptions, "broad"), js.get(messages, i), feedback
            )
            i += 1
        raise ExchangeError(feedback)

    # --- streaming: WebSocket API v2 (https://www.bitstamp.net/websocket/v2/): live trades and order books ----------
    def watch_channel(self, channel, message_hash):
        message = {"event": "bts:subscribe", "data": {"channel": channel}}
        return self.watch(self.stream_url("public"), message_hash, channel, message)

    def un_watch_channel(self, prefix, symbol, message_hash):
        self.load_markets()
        market = self.market(symbol)
        channel = js.add(prefix, js.get(market, "id"))
        self.set_stream_state(js.add(message_hash, js.get(market, "symbol")), None)
        self.unwatch(
            self.stream_url("public"), channel, {"event": "bts:unsubscribe", "data": {"channel": channel}}
        )

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
            js.bounded_text("live_trades_" + js.to_str(js.get(market, "id"))),
            js.bounded_text("trades:" + js.to_str(js.get(market, "symbol"))),
        )
        return self.filter_by_since_limit(trades, since, limit, "timestamp", True)

    def watch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # order_book_<pair> sends the top 100 levels of each side whole, every time.
        self.load_markets()
        market = self.market(symbol)
        self.remember_book_limit(js.get(market, "symbol"), limit)
        book = self.watch_channel(
            js.bounded_text("order_book_" + js.to_str(js.get(market, "id"))),
            js.bounded_text("book:" + js.to_str(js.get(market, "symbol"))),
        )
        return self.limit_order_book(book, limit)

    def un_watch_trades(self, symbol: str, params: dict[str, Any] | None = None) -> None:
        if params is None:
            params = {}
        self.un_watch_channel("live_trades_", symbol, "trades:")

    def un_watch_order_book(self, symbol: str, params: dict[str, Any] | None = None) -> None:
        if params is None:
            params = {}
        self.un_watch_channel("order_book_", symbol, "book:")

    # private channels: the account's orders and trades in one market, with a token of the REST API
    def private_subscription(self, prefix, market):
        # private-my_orders_<pair>-<user id>, authorized by a token that is good for subscribing for a minute.
        response = self.private_post_websockets_token()
        channel = js.bounded_text(
            js.bounded_text(
                js.bounded_text("private-" + js.to_str(prefix)) + js.to_str(js.get(market, "id")) + "-"
            )
            + js.to_str(self.safe_string(response, "user_id"))
        )
        token = self.keep_session_token("stream", self.safe_string(response, "token"))
        return {"event": "bts:subscribe", "data": {"channel": channel, "auth": token}}

    def resubscribe_message(self, url, subscribe_hash, message):
        # A private subscription after a reconnect needs a new token.
        data = self.safe_dict(message, "data", {})
        if self.safe_string(data, "auth") is None:
            return message
        response = self.private_post_websockets_token()
        token = self.keep_session_token("stream", self.safe_string(response, "token"))
        renewed = self.extend(message, {"data": self.extend(data, {"auth": token})})
        self.set_stream_state(js.bounded_text("subscription:" + js.to_str(subscribe_hash)), renewed)
        return renewed

    def watch_private(self, prefix, symbol, message_hash):
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(message_hash)
                    + " needs a symbol: Bitstamp streams the account per market"
                )
            )
        self.load_markets()
        self.check_required_credentials()
        market = self.market(symbol)
        subscribe_hash = js.add(prefix, js.get(market, "id"))
        message = self.stream_state(js.bounded_text("subscription:" + js.to_str(subscribe_hash)))
        if message is None:
            message = self.private_subscription(prefix, market)
            self.set_stream_state(js.bounded_text("subscription:" + js.to_str(subscribe_hash)), message)
        return self.watch(
            self.stream_url("public"),
            js.bounded_text(
                js.bounded_text(js.to_str(message_hash) + ":") + js.to_str(js.get(market, "symbol"))
            ),
            subscribe_hash,
            message,
        )

    def watch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        orders = self.watch_private("my_orders_", symbol, "orders")
        return self.filter_by_since_limit(orders, since, limit, "timestamp", True)

    def watch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        trades = self.watch_private("my_trades_", symbol, "myTrades")
        return self.filter_by_since_limit(trades, since, limit, "timestamp", True)

    def handle_order_event(self, url, event, data, market):
        # order_created and order_changed: an open order, amount what is left of it; order_deleted: gone, filled
        # when nothing was left, else canceled. datetime is when it was placed, microtimestamp the event's time.
        remaining = self.safe_string(data, "amount_str")
        status = "open"
        if event == "order_deleted":
            status = "closed" if Precise.string_eq(remaining, "0") else "canceled"
        order = self.safe_order(
            {
                "id": self.safe_string(data, "id_str"),
                "clientOrderId": self.safe_string(data, "client_order_id"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.safe_timestamp(data, "datetime"),
                "lastUpdateTimestamp": self.safe_integer_product(data, "microtimestamp", 0.001),
                "status": status,
                "side": "buy" if (self.safe_string(data, "order_type") == "0") else "sell",
                "price": self.safe_string(data, "price_str"),
                "remaining": remaining,
                "info": data,
            },
            market,
        )
        self.resolve_order(url, js.bounded_text("orders:" + js.to_str(js.get(market, "symbol"))), order)

    def handle_my_trade_event(self, url, data, market):
        timestamp = self.safe_integer_product(data, "microtimestamp", 0.001)
        trade = self.trade_structure(
            identifier=self.safe_string(data, "id"),
            order=self.safe_string(data, "order_id"),
            symbol=js.get(market, "symbol"),
            timestamp=timestamp,
            side=self.safe_string(data, "side"),
            price=self.safe_string(data, "price"),
            amount=self.safe_string(data, "amount"),
            fee={"cost": self.safe_string(data, "fee"), "currency": js.get(market, "quote")},
            info=data,
            market=market,
        )
        self.resolve_cached(url, js.bounded_text("myTrades:" + js.to_str(js.get(market, "symbol"))), trade)

    def private_market(self, channel, prefix):
        # The market of private-<prefix><pair>-<user id>.
        rest = js.slice_(channel, js.length(prefix))
        return self.safe_market(js.get(js.split(rest, "-"), 0))

    def handle_message(self, url, message):
        # { event, channel, data }: trade and data events; bts:error answers a request that failed.
        event = self.safe_string(message, "event")
        channel = self.safe_string(message, "channel", "")
        data = self.safe_dict(message, "data", {})
        if channel.startswith("private-my_orders_") and js.starts_with(event, "order_"):
            self.handle_order_event(url, event, data, self.private_market(channel, "private-my_orders_"))
        elif channel.startswith("private-my_trades_") and (event == "trade"):
            self.handle_my_trade_event(url, data, self.private_market(channel, "private-my_trades_"))
        elif event == "bts:error":
            self.reject_update(
                url,
                None,
                BadRequest,
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " ")
                    + self.safe_string(data, "message", "refused the request")
                ),
            )
        elif (event == "trade") and channel.startswith("live_trades_"):
            self.handle_trade_event(url, data, self.safe_market(js.slice_(channel, 12)))
        elif (event == "data") and channel.startswith("order_book_"):
            self.handle_book_event(url, data, self.safe_market(js.slice_(channel, 11)))

    def handle_trade_event(self, url, data, market):
        # { id, price_str, amount_str, type: 0 buy or 1 sell, microtimestamp }: the REST trade's fields.
        trade = self.parse_trade(
            {
                "tid": self.safe_string(data, "id"),
                "price": self.safe_string(data, "price_str"),
                "amount": self.safe_string(data, "amount_str"),
                "type": self.safe_string(data, "type"),
            },
            market,
        )
        timestamp = self.safe_integer_product(data, "microtimestamp", 0.001)
        self.resolve_cached(
            url,
            js.bounded_text("trades:" + js.to_str(js.get(market, "symbol"))),
            self.extend(trade, {"timestamp": timestamp, "datetime": self.iso8601(timestamp), "info": data}),
        )

    def handle_book_event(self, url, data, market):
        # A whole book each time: it replaces the one before, unless it is older (microtimestamp).
        message_hash = js.bounded_text("book:" + js.to_str(js.get(market, "symbol")))
        if not js.truthy(self.is_watched(url, message_hash)):
            return  # nothing kept for what no caller watches (a server names symbols at will)
        nonce = self.safe_integer(data, "microtimestamp")
        previous = self.safe_integer(self.stream_state(message_hash, {}), "nonce")
        if (previous is not None) and (nonce is not None) and js.less_equal(nonce, previous):
            return
        book = self.new_order_book(js.get(market, "symbol"))
        book = self.set_book_levels(
            self.set_book_levels(book, "bids", self.safe_list(data, "bids", [])),
            "asks",
            self.safe_list(data, "asks", []),
        )
        js.set_(book, "nonce", nonce)
        js.set_(book, "timestamp", self.safe_integer_product(data, "microtimestamp", 0.001))
        self.set_stream_state(message_hash, book)
        self.resolve_update(url, self.order_book_view(book), message_hash)
