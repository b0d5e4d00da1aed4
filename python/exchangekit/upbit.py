# Generated from js/upbit.js by exkit: do not edit. Change the source and run `python build.py`.
from typing import Any

from exchangekit.base.exchange import Exchange
from exchangekit.base.precise import Precise
from exchangekit.base.errors import (
    AddressPending,
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
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
    DepositAddress,
    Market,
    OHLCV,
    Order,
    OrderBook,
    Ticker,
    Trade,
    TradingFee,
    Transaction,
)


class upbit(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "upbit",
                "name": "Upbit",
                "countries": ["KR"],
                "version": "v1",
                "rateLimit": 100,
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
                    "editOrder": True,
                    "fetchOrder": True,
                    "fetchOrders": False,
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
                    "cancelAllOrders": True,
                    "fetchOrderTrades": True,
                    "fetchTradingFee": True,
                    "fetchDepositAddresses": True,
                    "createDepositAddress": True,
                    "fetchDepositWithdrawFees": False,
                    "transfer": False,
                    "createMarketBuyOrderWithCost": True,
                },
                "urls": {
                    "logo": "https://upbit.com/favicon.ico",
                    "api": "https://api.upbit.com",
                    "www": "https://upbit.com",
                    "doc": ["https://global-docs.upbit.com/reference", "https://docs.upbit.com"],
                    "fees": "https://upbit.com/service_center/guide",
                },
                "api": {
                    "public": {
                        "get": {
                            "market/all": 1,
                            "candles/seconds": 1,
                            "candles/minutes/{unit}": 1,
                            "candles/days": 1,
                            "candles/weeks": 1,
                            "candles/months": 1,
                            "candles/years": 1,
                            "trades/ticks": 1,
                            "ticker": 1,
                            "ticker/all": 1,
                            "orderbook": 1,
                            "orderbook/instruments": 1,
                        }
                    },
                    "private": {
                        "get": {
                            "accounts": 0.34,
                            "orders/chance": 0.34,
                            "order": 0.34,
                            "orders/uuids": 0.34,
                            "orders/open": 0.34,
                            "orders/closed": 0.34,
                            "withdraws": 0.34,
                            "withdraw": 0.34,
                            "withdraws/chance": 0.34,
                            "withdraws/coin_addresses": 0.34,
                            "deposits": 0.34,
                            "deposit": 0.34,
                            "deposits/chance/coin": 0.34,
                            "deposits/coin_addresses": 0.34,
                            "deposits/coin_address": 0.34,
                            "status/wallet": 0.34,
                            "api_keys": 0.34,
                        },
                        "post": {
                            "orders": 1.25,
                            "orders/cancel_and_new": 1.25,
                            "withdraws/coin": 0.34,
                            "withdraws/krw": 0.34,
                            "deposits/generate_coin_address": 0.34,
                            "deposits/krw": 0.34,
                        },
                        "delete": {
                            "order": 0.34,
                            "orders/uuids": 0.34,
                            "orders/open": 20,
                            "withdraws/coin": 0.34,
                        },
                    },
                },
                "timeframes": {
                    "1m": "1",
                    "3m": "3",
                    "5m": "5",
                    "10m": "10",
                    "15m": "15",
                    "30m": "30",
                    "1h": "60",
                    "4h": "240",
                    "1d": "days",
                    "1w": "weeks",
                    "1M": "months",
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {
                    "trading": {"tierBased": False, "percentage": True, "taker": 0.0005, "maker": 0.0005}
                },
                "precisionMode": TICK_SIZE,
                "options": {
                    "jwtAlgorithm": "sha512",
                    "jwtTimestamp": False,
                    "queryHashUrlencoded": False,
                    "clientOrderIdField": "identifier",
                    "maxCandles": 200,
                    "timeframeMilliseconds": {
                        "1m": 60000,
                        "3m": 180000,
                        "5m": 300000,
                        "10m": 600000,
                        "15m": 900000,
                        "30m": 1800000,
                        "1h": 3600000,
                        "4h": 14400000,
                        "1d": 86400000,
                        "1w": 604800000,
                        "1M": 2678400000,
                    },
                    "networks": {
                        "BTC": "BTC",
                        "ERC20": "ETH",
                        "TRC20": "TRX",
                        "SOL": "SOL",
                        "XRP": "XRP",
                        "TON": "TON",
                    },
                    "orderStatuses": {
                        "wait": "open",
                        "watch": "open",
                        "done": "closed",
                        "cancel": "canceled",
                    },
                    "depositStatuses": {
                        "PROCESSING": "pending",
                        "ACCEPTED": "ok",
                        "CANCELLED": "canceled",
                        "REJECTED": "failed",
                        "TRAVEL_RULE_SUSPECTED": "pending",
                        "REFUNDING": "pending",
                        "REFUNDED": "failed",
                    },
                    "withdrawalStatuses": {
                        "WAITING": "pending",
                        "PROCESSING": "pending",
                        "DONE": "ok",
                        "FAILED": "failed",
                        "CANCELLED": "canceled",
                        "REJECTED": "failed",
                    },
                    "timeInForceIds": {"IOC": "ioc", "FOK": "fok"},
                },
                "exceptions": {
                    "exact": {
                        "invalid_query_payload": AuthenticationError,
                        "jwt_verification": AuthenticationError,
                        "expired_access_key": AuthenticationError,
                        "nonce_used": InvalidNonce,
                        "no_authorization_i_p": PermissionDenied,
                        "out_of_scope": PermissionDenied,
                        "insufficient_funds_bid": InsufficientFunds,
                        "insufficient_funds_ask": InsufficientFunds,
                        "under_min_total_bid": InvalidOrder,
                        "under_min_total_ask": InvalidOrder,
                        "create_bid_error": InvalidOrder,
                        "create_ask_error": InvalidOrder,
                        "withdraw_address_not_registered": InvalidAddress,
                        "withdraw_address_not_registerd": InvalidAddress,
                        "order_not_found": OrderNotFound,
                        "validation_error": BadRequest,
                        "too_many_requests": RateLimitExceeded,
                    },
                    "broad": {},
                },
            },
        )

    # --- markets -------------------------------------------------------------------------------------
    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # market/all?isDetails=true: [ { market: 'KRW-BTC', korean_name, english_name, market_event: { warning,
        # caution } } ]. Limits and a market's own fees come from orders/chance, one private request a
        # market: not fetched here (fetchTradingFee reads them). KRW prices step by a price-dependent unit,
        # so no single price tick is stated; amounts have 8 decimals.
        response = self.public_get_market_all(self.extend({"isDetails": True}, params))
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            # An entry without a quote-base id has no symbol to trade it by here, and is left out: its split failed
            # the whole load with a TypeError.
            id_ = self.safe_string(js.get(response, i), "market")
            if (id_ is not None) and (len(js.split(id_, "-")) == 2):
                result.append(self.parse_market(js.get(response, i)))
            i += 1
        return result

    def parse_market(self, entry):
        id_ = self.safe_string(entry, "market")
        (
            quote_id,
            base_id,
        ) = js.destructure(js.split(id_, "-"), 2)
        base = self.safe_currency_code(base_id)
        quote = self.safe_currency_code(quote_id)
        return self.market_structure(
            id=id_,
            symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
            base=base,
            quote=quote,
            baseId=base_id,
            quoteId=quote_id,
            active=True,
            type="spot",
            spot=True,
            taker=js.get(js.get(self.fees, "trading"), "taker"),
            maker=js.get(js.get(self.fees, "trading"), "maker"),
            precision={"amount": self.parse_number("0.00000001"), "price": None},
            limits={
                "amount": {"min": None, "max": None},
                "price": {"min": None, "max": None},
                "cost": {"min": None, "max": None},
            },
            info=entry,
        )

    def market_from_id(self, market_id, market=None):
        # A quote-base id (KRW-BTC) as a market: the loaded one, the one given, or one built from the id.
        known = None if (self.marketsById is None) else self.safe_list(self.marketsById, market_id)
        if (
            (known is not None)
            or (market is not None)
            or (market_id is None)
            or (js.index_of(market_id, "-") <= 0)
        ):
            return self.safe_market(market_id, market)
        (
            quote_id,
            base_id,
        ) = js.destructure(js.split(market_id, "-"), 2)
        base = self.safe_currency_code(base_id)
        quote = self.safe_currency_code(quote_id)
        return self.market_structure(
            id=market_id,
            symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
            base=base,
            quote=quote,
            baseId=base_id,
            quoteId=quote_id,
        )

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # ticker: { market, trade_timestamp, opening_price, high_price, low_price, trade_price,
        # prev_closing_price, signed_change_price, signed_change_rate, acc_trade_volume_24h,
        # acc_trade_price_24h, timestamp }. Open, high and low are of the day (since 00:00 KST), the volumes
        # of the last 24 h; change and rate are against the previous day's close.
        market = self.market_from_id(self.safe_string(ticker, "market"), market)
        rate = self.safe_string(ticker, "signed_change_rate")
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer(ticker, "timestamp"),
            high=self.safe_string(ticker, "high_price"),
            low=self.safe_string(ticker, "low_price"),
            open_=self.safe_string(ticker, "opening_price"),
            last=self.safe_string(ticker, "trade_price"),
            previous_close=self.safe_string(ticker, "prev_closing_price"),
            change=self.safe_string(ticker, "signed_change_price"),
            percentage=None if (rate is None) else Precise.string_mul(rate, "100"),
            base_volume=self.safe_string(ticker, "acc_trade_volume_24h"),
            quote_volume=self.safe_string(ticker, "acc_trade_price_24h"),
            info=ticker,
            market=market,
        )

    def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_ticker(self.extend({"markets": js.get(market, "id")}, params))
        return self.parse_ticker(self.safe_dict(response, 0, {}), market)

    def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # ticker?markets=A,B for the symbols given, else ticker/all?quote_currencies= every loaded quote.
        self.load_markets()
        response = None
        if symbols is not None:
            ids = self.market_ids(symbols)
            response = self.public_get_ticker(self.extend({"markets": js.join(ids, ",")}, params))
        else:
            quotes = self.unique(self.pluck(js.values(self.markets), "quoteId"))
            response = self.public_get_ticker_all(
                self.extend({"quote_currencies": js.join(quotes, ",")}, params)
            )
        return self.parse_tickers(response, symbols)

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # orderbook?markets=: [ { market, timestamp, orderbook_units: [ { ask_price, bid_price, ask_size,
        # bid_size } ] } ], one unit a level, best first.
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_orderbook(self.extend({"markets": js.get(market, "id")}, params))
        entry = self.safe_dict(response, 0, {})
        units = self.safe_list(entry, "orderbook_units", [])
        book = self.parse_order_book(
            {"units": units},
            js.get(market, "symbol"),
            self.safe_integer(entry, "timestamp"),
            "units",
            "units",
            "bid_price",
            "bid_size",
        )
        asks = self.parse_order_book(
            {"units": units}, js.get(market, "symbol"), None, "units", "units", "ask_price", "ask_size"
        )
        js.set_(book, "asks", js.get(asks, "asks"))
        if limit is not None:
            js.set_(book, "bids", js.slice_(js.get(book, "bids"), 0, limit))
            js.set_(book, "asks", js.slice_(js.get(book, "asks"), 0, limit))
        return book

    def parse_ohlcv(self, ohlcv, market=None):
        # { candle_date_time_utc: '2018-04-18T10:16:00' (the candle's start, UTC without a zone),
        # opening_price, high_price, low_price, trade_price (the close), candle_acc_trade_volume (base) }.
        return [
            self.parse8601(js.bounded_text(js.to_str(self.safe_string(ohlcv, "candle_date_time_utc")) + "Z")),
            self.safe_number(ohlcv, "opening_price"),
            self.safe_number(ohlcv, "high_price"),
            self.safe_number(ohlcv, "low_price"),
            self.safe_number(ohlcv, "trade_price"),
            self.safe_number(ohlcv, "candle_acc_trade_volume"),
        ]

    parseOHLCV = MethodAlias("parse_ohlcv")

    def candle_time(self, timestamp):
        # candles' to: an ISO 8601 UTC time in whole seconds.
        return js.bounded_text(js.to_str(self.ymdhms(timestamp, "T")) + "Z")

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
        # candles/minutes/{unit}, days, weeks or months: market, count (at most 200) and to (the end,
        # exclusive); newest first. since becomes to = since + count candles; the unified until (inclusive)
        # bounds it.
        self.load_markets()
        market = self.market(symbol)
        unit = self.safe_string(self.timeframes, timeframe)
        if unit is None:
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
        count = (
            js.get(self.options, "maxCandles")
            if (limit is None)
            else js.min_(limit, js.get(self.options, "maxCandles"))
        )
        request = {"market": js.get(market, "id"), "count": count}
        until = self.safe_integer(params, "until")
        end = None
        if since is not None:
            end = js.add(
                since,
                js.multiply(
                    count, self.safe_integer(js.get(self.options, "timeframeMilliseconds"), timeframe)
                ),
            )
        if until is not None:
            # The next whole second after until, so that a candle starting at until is included.
            after = js.multiply(js.number(js.floor(js.divide(until, 1000)) + 1), 1000)
            end = after if (end is None) else js.min_(end, after)
        if end is not None:
            request["to"] = self.candle_time(end)
        query = self.extend(request, self.omit(params, "until"))
        response = None
        if unit == "days":
            response = self.public_get_candles_days(query)
        elif unit == "weeks":
            response = self.public_get_candles_weeks(query)
        elif unit == "months":
            response = self.public_get_candles_months(query)
        else:
            response = self.public_get_candles_minutes_unit(self.extend({"unit": unit}, query))
        return self.parse_ohlcvs(response, market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def parse_trade(self, trade, market=None):
        # Public trades (trades/ticks): { market, timestamp, trade_price, trade_volume, ask_bid ('ASK': a
        # sell took the book, 'BID' a buy), sequential_id }. An order's trades (GET order): { market, uuid,
        # price, volume, funds (the cost), side ('bid' or 'ask', the order's), created_at }.
        market = self.market_from_id(self.safe_string(trade, "market"), market)
        created_at = self.safe_string(trade, "created_at")
        timestamp = (
            self.parse8601(created_at) if (created_at is not None) else self.safe_integer(trade, "timestamp")
        )
        side = self.parse_side(self.safe_string_lower2(trade, "ask_bid", "side"))
        return self.trade_structure(
            identifier=self.safe_string2(trade, "uuid", "sequential_id"),
            symbol=js.get(market, "symbol"),
            timestamp=timestamp,
            side=side,
            price=self.safe_string2(trade, "trade_price", "price"),
            amount=self.safe_string2(trade, "trade_volume", "volume"),
            cost=self.safe_string(trade, "funds"),
            info=trade,
            market=market,
        )

    def parse_side(self, side):
        # Upbit's bid and ask are buy and sell.
        if side == "bid":
            return "buy"
        if side == "ask":
            return "sell"
        return None

    def fetch_trades(
        self,
        symbol: str,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # trades/ticks: market, count (at most 500); the latest trades, newest first; since filters them.
        self.load_markets()
        market = self.market(symbol)
        request = {"market": js.get(market, "id")}
        if limit is not None:
            request["count"] = js.min_(limit, 500)
        response = self.public_get_trades_ticks(self.extend(request, params))
        return self.parse_trades(response, market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # accounts: [ { currency, balance (available), locked (in orders and withdrawals), avg_buy_price,
        # unit_currency } ].
        self.load_markets()
        response = self.private_get_accounts(params)
        result = {"info": response}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            code = self.safe_currency_code(self.safe_string(entry, "currency"))
            account = self.account()
            js.set_(account, "free", self.safe_string(entry, "balance"))
            js.set_(account, "used", self.safe_string(entry, "locked"))
            js.set_(result, code, account)
            i += 1
        return self.safe_balance(result)

    def fetch_trading_fee(self, symbol: str, params: dict[str, Any] | None = None) -> TradingFee:
        if params is None:
            params = {}
        # orders/chance?market=: { bid_fee, ask_fee, maker_bid_fee, maker_ask_fee, market: { ... } }. Upbit
        # charges per side; the fee of a buy (bid) is reported, the one of a sell is in info.
        self.load_markets()
        market = self.market(symbol)
        response = self.private_get_orders_chance(self.extend({"market": js.get(market, "id")}, params))
        return {
            "symbol": js.get(market, "symbol"),
            "maker": self.safe_number2(response, "maker_bid_fee", "bid_fee"),
            "taker": self.safe_number(response, "bid_fee"),
            "info": response,
        }

    # --- orders --------------------------------------------------------------------------------------
    def parse_order_type(self, ord_type):
        # limit is a limit order; price (a buy sized by its total), market (a sell sized by volume) and best
        # (at the best price, with ioc or fok) are market orders.
        if ord_type == "limit":
            return "limit"
        if (ord_type == "price") or (ord_type == "market") or (ord_type == "best"):
            return "market"
        return None

    def parse_order_status(self, order):
        # wait and watch are open, done closed, cancel canceled; but a market order (ord_type price or
        # market) whose rest is too small to fill ends as cancel after it has traded: with an executed
        # volume it is closed.
        state = self.safe_string(order, "state")
        ord_type = self.safe_string(order, "ord_type")
        is_market = (ord_type == "price") or (ord_type == "market")
        executed = self.safe_string(order, "executed_volume", "0")
        if (state == "cancel") and is_market and Precise.string_gt(executed, "0"):
            return "closed"
        return self.safe_string(js.get(self.options, "orderStatuses"), state, state)

    def parse_time_in_force(self, time_in_force):
        if time_in_force == "post_only":
            return "PO"
        return None if (time_in_force is None) else js.upper(time_in_force)

    def parse_order(self, order, market=None):
        # POST orders, GET order, DELETE order and the lists: { uuid, side, ord_type, price, state, market,
        # created_at, volume, remaining_volume, executed_volume, executed_funds, paid_fee, time_in_force,
        # identifier, trades_count, trades: [ ... ] (GET order only) }. A market buy (ord_type price) has
        # price = the total to spend and no volume.
        market = self.market_from_id(self.safe_string(order, "market"), market)
        ord_type = self.safe_string(order, "ord_type")
        is_limit = ord_type == "limit"
        raw_trades = self.safe_list(order, "trades", [])
        trades = []
        i = 0
        while True:
            if not (i < len(raw_trades)):
                break
            trade = self.parse_trade(js.get(raw_trades, i), market)
            js.set_(trade, "order", self.safe_string(order, "uuid"))
            trades.append(trade)
            i += 1
        cost = self.safe_string(order, "executed_funds")
        if (cost is None) and (len(trades) > 0):
            cost = "0"
            i = 0
            while True:
                if not (i < len(raw_trades)):
                    break
                cost = Precise.string_add(cost, self.safe_string(js.get(raw_trades, i), "funds", "0"))
                i += 1
        fee = None
        paid_fee = self.safe_string(order, "paid_fee")
        if paid_fee is not None:
            fee = {
                "cost": paid_fee,
                "currency": js.get(market, "quote"),
            }  # fees are paid in the quote currency
        time_in_force = self.safe_string(order, "time_in_force")
        return self.safe_order(
            {
                "id": self.safe_string(order, "uuid"),
                "clientOrderId": self.safe_string(order, js.get(self.options, "clientOrderIdField")),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.parse8601(self.safe_string(order, "created_at")),
                "status": self.parse_order_status(order),
                "type": self.parse_order_type(ord_type),
                "timeInForce": self.parse_time_in_force(time_in_force),
                "postOnly": None if (time_in_force is None) else time_in_force == "post_only",
                "side": self.parse_side(self.safe_string(order, "side")),
                "price": self.safe_string(order, "price") if is_limit else None,
                "amount": self.safe_string(order, "volume"),
                "filled": self.safe_string(order, "executed_volume"),
                "remaining": self.safe_string(order, "remaining_volume"),
                "cost": cost,
                "fee": fee,
                "trades": trades,
                "info": order,
            },
            market,
        )

    def order_time_in_force(self, unified):
        # time_in_force: post_only for postOnly (limit orders only, checked by unifiedOrderParams), ioc or
        # fok for IOC and FOK; undefined for GTC, the default.
        if js.truthy(js.get(unified, "postOnly")):
            return "post_only"
        return self.safe_string(js.get(self.options, "timeInForceIds"), js.get(unified, "timeInForce"))

    def order_request(self, market, type_, side, amount, price, unified, method):
        # Upbit's order fields: ord_type, volume, price, time_in_force, identifier. A limit order has volume
        # and price; a market sell (ord_type market) volume; a market buy (ord_type price) price = the
        # total to spend, from the unified param cost. Upbit's API places no stop orders and no reduce-only
        # ones.
        self.reject_unified_params(
            method, unified, ["reduceOnly", "triggerPrice", "stopLossPrice", "takeProfitPrice"]
        )
        if (not (type_ == "limit")) and (not (type_ == "market")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () type must be limit or market, not "
                    + js.to_str(type_)
                )
            )
        symbol = js.get(market, "symbol")
        request = {}
        immediate = (js.get(unified, "timeInForce") == "IOC") or (js.get(unified, "timeInForce") == "FOK")
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " "
                        + js.to_str(method)
                        + " () requires a price for a limit order"
                    )
                )
            request["ord_type"] = "limit"
            if amount is not None:
                request["volume"] = self.amount_to_precision(symbol, amount)
            request["price"] = self.price_to_precision(symbol, price)
        elif side == "buy":
            if js.get(unified, "cost") is None:
                raise ArgumentsRequired(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " "
                        + js.to_str(method)
                        + " () a market buy is sized by its total: pass the unified param cost (createMarketBuyOrderWithCost)"
                    )
                )
            # A market order with IOC or FOK is Upbit's best order (at the best price), sized the same way.
            request["ord_type"] = "best" if immediate else "price"
            request["price"] = self.cost_to_precision(symbol, js.get(unified, "cost"))
        else:
            if js.get(unified, "cost") is not None:
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " "
                        + js.to_str(method)
                        + " () cost sizes market buys only: a market sell is sized by amount"
                    )
                )
            request["ord_type"] = "best" if immediate else "market"
            if amount is not None:
                request["volume"] = self.amount_to_precision(symbol, amount)
        time_in_force = self.order_time_in_force(unified)
        if time_in_force is not None:
            request["time_in_force"] = time_in_force
        if js.get(unified, "clientOrderId") is not None:
            request["identifier"] = js.get(unified, "clientOrderId")
        return request

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
        # POST orders: { market, side: bid or ask, ord_type, volume, price, time_in_force, identifier }; the
        # unified clientOrderId is identifier, postOnly time_in_force post_only, IOC and FOK ioc and fok.
        self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        fields = self.order_request(market, type_, side, amount, price, unified, "createOrder")
        sized_by_cost = (type_ == "market") and (side == "buy")
        if (not sized_by_cost) and (self.safe_string(fields, "volume") is None):
            raise ArgumentsRequired(
                js.bounded_text(js.to_str(self.id) + " createOrder () requires an amount")
            )
        request = self.extend(
            {"market": js.get(market, "id"), "side": "bid" if (side == "buy") else "ask"}, fields
        )
        response = self.private_post_orders(self.extend(request, rest))
        return self.parse_order(response, market)

    def edit_order(
        self,
        id_: str,
        symbol: str,
        type_: str,
        side: str,
        amount: float | None = None,
        price: float | None = None,
        params: dict[str, Any] | None = None,
    ) -> Order:
        if params is None:
            params = {}
        # POST orders/cancel_and_new: cancels the order (prev_order_uuid) and places a new one of the same
        # market and side with the new_ fields of createOrder's; without an amount the new order takes the
        # remaining volume of the old one (new_volume remain_only). The answer is the canceled order with
        # new_order_uuid and new_order_identifier: the new order is returned, its state unknown until fetched.
        self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        fields = self.order_request(market, type_, side, amount, price, unified, "editOrder")
        request = {"prev_order_uuid": id_}
        keys = js.keys(fields)
        i = 0
        while True:
            if not (i < len(keys)):
                break
            value = self.safe_value(fields, keys[i])
            if value is not None:
                request[js.bounded_text("new_" + js.to_str(keys[i]))] = value
            i += 1
        sized_by_cost = (type_ == "market") and (side == "buy")
        if (not sized_by_cost) and (amount is None):
            request["new_volume"] = "remain_only"
        response = self.private_post_orders_cancel_and_new(self.extend(request, rest))
        time_in_force = self.safe_string(fields, "time_in_force")
        return self.safe_order(
            {
                "id": self.safe_string(response, "new_order_uuid"),
                "clientOrderId": self.safe_string(response, "new_order_identifier"),
                "symbol": js.get(market, "symbol"),
                "type": type_,
                "side": side,
                "timeInForce": self.parse_time_in_force(time_in_force),
                "postOnly": js.get(unified, "postOnly") if (type_ == "limit") else None,
                "price": self.safe_string(fields, "price") if (type_ == "limit") else None,
                "amount": self.safe_string(fields, "volume"),
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

    def order_id_request(self, id_, params):
        # uuid, or identifier (options['clientOrderIdField']) for the unified clientOrderId (then id may be
        # undefined).
        client_order_id = self.safe_string(params, "clientOrderId")
        rest = self.omit(params, "clientOrderId")
        if client_order_id is not None:
            request = {}
            js.set_(request, js.get(self.options, "clientOrderIdField"), client_order_id)
            return self.extend(request, rest)
        if id_ is None:
            raise ArgumentsRequired(
                js.bounded_text(js.to_str(self.id) + " requires an order id or the param clientOrderId")
            )
        return self.extend({"uuid": id_}, rest)

    def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # DELETE order?uuid= (or identifier=): the order as it was when the cancel was accepted (state wait).
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = self.private_delete_order(self.order_id_request(id_, params))
        order = self.parse_order(response, market)
        js.set_(order, "status", "canceled")
        return order

    def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # DELETE orders/open?pairs=&count=: cancels the waiting orders (of one market when given), at most
        # 300 a request (count 300: the default is 20); { success: { count, orders: [ { uuid, market,
        # identifier } ] }, failed: { ... } }. The orders whose cancel was accepted are returned; reserved
        # (watch) orders are not touched by this endpoint.
        self.load_markets()
        request = {"count": 300}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["pairs"] = js.get(market, "id")
        response = self.private_delete_orders_open(self.extend(request, params))
        success = self.safe_dict(response, "success", {})
        entries = self.safe_list(success, "orders", [])
        result = []
        i = 0
        while True:
            if not (i < len(entries)):
                break
            entry = js.get(entries, i)
            entry_market = self.market_from_id(self.safe_string(entry, "market"), market)
            result.append(
                self.safe_order(
                    {
                        "id": self.safe_string(entry, "uuid"),
                        "clientOrderId": self.safe_string(entry, "identifier"),
                        "symbol": js.get(entry_market, "symbol"),
                        "status": "canceled",
                        "info": entry,
                    },
                    entry_market,
                )
            )
            i += 1
        return result

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        # GET order?uuid= (or identifier=): the order with its trades.
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = self.private_get_order(self.order_id_request(id_, params))
        return self.parse_order(response, market)

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
        # The trades of GET order.
        order = self.fetch_order(id_, symbol, params)
        return self.filter_by_since_limit(js.get(order, "trades"), since, limit)

    def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # orders/open: market, limit (at most 100), order_by; state wait by default (watch: reserved orders).
        self.load_markets()
        request = {}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["market"] = js.get(market, "id")
        if limit is not None:
            request["limit"] = js.min_(limit, 100)
        response = self.private_get_orders_open(self.extend(request, params))
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
        # orders/closed: market, start_time and end_time (ISO 8601; a window of at most 7 days), limit (at
        # most 1000), order_by; states done and cancel by default.
        self.load_markets()
        request = {}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["market"] = js.get(market, "id")
        if since is not None:
            request["start_time"] = self.candle_time(since)
        until = self.safe_integer(params, "until")
        if until is not None:
            request["end_time"] = self.candle_time(until)
        if limit is not None:
            request["limit"] = js.min_(limit, 1000)
        response = self.private_get_orders_closed(self.extend(request, self.omit(params, "until")))
        return self.parse_orders(response, market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # deposits and withdraws: { type: 'deposit' or 'withdraw', uuid, currency, net_type, txid, state,
        # created_at, done_at, amount, fee, transaction_type }.
        code = self.safe_currency_code(self.safe_string(transaction, "currency"), currency)
        type_ = "deposit" if (self.safe_string(transaction, "type") == "deposit") else "withdrawal"
        statuses = (
            js.get(self.options, "depositStatuses")
            if (type_ == "deposit")
            else js.get(self.options, "withdrawalStatuses")
        )
        state = self.safe_string_upper(transaction, "state")
        fee_cost = self.safe_string(transaction, "fee")
        net_type = self.safe_string(transaction, "net_type")
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "uuid"),
                "txid": self.safe_string(transaction, "txid"),
                "timestamp": self.parse8601(self.safe_string(transaction, "created_at")),
                "network": None if (net_type is None) else self.network_code(net_type),
                "type": type_,
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(statuses, state, state),
                "updated": self.parse8601(self.safe_string(transaction, "done_at")),
                "fee": None if (fee_cost is None) else {"cost": fee_cost, "currency": code},
                "info": transaction,
            },
            currency,
        )

    def fetch_transfers(self, type_, code, since, limit, params):
        # deposits or withdraws: currency, limit (at most 100), order_by; newest first. The lists page by
        # uuid cursors (from, to), not by time: the unified until cannot be honoured.
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchDeposits () and fetchWithdrawals () do not support the unified param until: the lists have no time range"
                )
            )
        self.load_markets()
        request = {}
        currency = None
        if code is not None:
            currency = self.currency(code)
            request["currency"] = js.get(currency, "id")
        if limit is not None:
            request["limit"] = js.min_(limit, 100)
        query = self.extend(request, params)
        response = None
        if type_ == "deposit":
            response = self.private_get_deposits(query)
        else:
            response = self.private_get_withdraws(query)
        return self.parse_transactions(response, currency, since, limit)

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

    def net_type(self, currency, params, method):
        # The unified param network as net_type; Upbit requires it for addresses and withdrawals.
        network_code = self.safe_string(params, "network")
        if network_code is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.bounded_text(
                        js.bounded_text(
                            js.to_str(self.id)
                            + " "
                            + js.to_str(method)
                            + " () requires the unified param network ("
                        )
                        + js.to_str(self.name)
                        + "'s net_type): one of "
                    )
                    + js.join(js.keys(js.get(self.options, "networks")), ", ")
                    + " or the exchange's own"
                )
            )
        return self.network_id(network_code, currency)

    def parse_deposit_address(self, entry, currency=None):
        # { currency, net_type, deposit_address, secondary_address (the memo or tag) }.
        code = self.safe_currency_code(self.safe_string(entry, "currency"), currency)
        address = self.safe_string(entry, "deposit_address")
        if address is None:
            raise AddressPending(
                js.bounded_text(
                    js.to_str(self.id)
                    + " the deposit address of "
                    + js.to_str(code)
                    + " is not ready yet: createDepositAddress () makes one, then fetch it again"
                )
            )
        net_type = self.safe_string(entry, "net_type")
        return {
            "currency": code,
            "address": address,
            "tag": self.safe_string(entry, "secondary_address"),
            "network": None if (net_type is None) else self.network_code(net_type),
            "info": entry,
        }

    def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # deposits/coin_address?currency=&net_type=.
        self.load_markets()
        currency = self.currency(code)
        request = {
            "currency": js.get(currency, "id"),
            "net_type": self.net_type(currency, params, "fetchDepositAddress"),
        }
        response = self.private_get_deposits_coin_address(self.extend(request, self.omit(params, "network")))
        return self.parse_deposit_address(response, currency)

    def fetch_deposit_addresses(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> list[DepositAddress]:
        if params is None:
            params = {}
        # deposits/coin_addresses: every address of the account (one per currency and network); codes
        # filters them. Addresses still being made (no deposit_address) are left out.
        self.load_markets()
        response = self.private_get_deposits_coin_addresses(params)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            code = self.safe_currency_code(self.safe_string(entry, "currency"))
            if (codes is not None) and (not js.truthy(self.in_array(code, codes))):
                i += 1
                continue
            if self.safe_string(entry, "deposit_address") is None:
                i += 1
                continue
            result.append(self.parse_deposit_address(entry))
            i += 1
        return result

    def create_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # POST deposits/generate_coin_address { currency, net_type }: the address when it exists, else
        # { success: true, message } while it is being made (AddressPending: fetch it later).
        self.load_markets()
        currency = self.currency(code)
        request = {
            "currency": js.get(currency, "id"),
            "net_type": self.net_type(currency, params, "createDepositAddress"),
        }
        response = self.private_post_deposits_generate_coin_address(
            self.extend(request, self.omit(params, "network"))
        )
        return self.parse_deposit_address(response, currency)

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
        # POST withdraws/coin { currency, net_type, amount, address, secondary_address, transaction_type }:
        # the withdrawal (state WAITING). The address must be registered for withdrawals on upbit.com.
        self.load_markets()
        currency = self.currency(code)
        request = {
            "currency": js.get(currency, "id"),
            "net_type": self.net_type(currency, params, "withdraw"),
            "amount": self.number_to_string(amount),
            "address": address,
        }
        if tag is not None:
            request["secondary_address"] = tag
        response = self.private_post_withdraws_coin(self.extend(request, self.omit(params, "network")))
        transaction = self.parse_transaction(response, currency)
        js.set_(transaction, "address", address)
        js.set_(transaction, "tag", tag)
        return transaction

    # --- transport -----------------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # GET and DELETE send their params as the query string, POST as a JSON body. Private requests carry
        # Authorization: Bearer <JWT> with { access_key, nonce (a UUID), query_hash (hex SHA-512 of the
        # params as a query string, unencoded), query_hash_alg: SHA512 }; no params, no query_hash. With
        # options['jwtTimestamp'] the claims also hold timestamp (ms) after the nonce, with
        # options['queryHashUrlencoded'] the hashed query string is url-encoded (as sent).
        endpoint = js.bounded_text(
            js.bounded_text("/" + js.to_str(self.version) + "/")
            + js.to_str(self.implode_params(path, params))
        )
        query = self.omit(params, self.extract_params(path))
        has_params = len(js.keys(query)) > 0
        is_post = method == "POST"
        url = js.bounded_text(js.to_str(js.get(self.urls, "api")) + endpoint)
        if has_params and (not is_post):
            url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(query)))
        if api == "public":
            return {"url": url, "method": method, "body": body, "headers": headers}
        self.check_required_credentials()
        payload = {"access_key": self.apiKey, "nonce": self.uuid()}
        if js.truthy(js.get(self.options, "jwtTimestamp")):
            payload["timestamp"] = self.milliseconds()
        if has_params:
            query_string = (
                self.urlencode(query)
                if js.truthy(js.get(self.options, "queryHashUrlencoded"))
                else self.rawencode(query)
            )
            payload = self.extend(
                payload,
                {
                    "query_hash": self.hash(self.encode(query_string), "sha512", "hex"),
                    "query_hash_alg": "SHA512",
                },
            )
        token = self.jwt(payload, self.encode(self.secret), js.get(self.options, "jwtAlgorithm"))
        headers = {"Authorization": js.bounded_text("Bearer " + js.to_str(token))}
        if is_post:
            body = self.json(query) if has_params else "{}"
            js.set_(headers, "Content-Type", "application/json; charset=utf-8")
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
        # { "error": { "name": ..., "message": ... } }: the name picks the class; an unknown name falls back to
        # the HTTP status (a 429 may also come with a plain-text body).
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return
        error = self.safe_dict(response, "error")
        if error is None:
            return
        name = self.safe_string(error, "name")
        message = self.safe_string(error, "message", "")
        feedback = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " " + js.to_str(method) + " " + js.to_str(url) + " ")
            + js.to_str(self.string_of(status, ""))
            + " "
            + js.to_str(name)
            + " "
            + message
        )
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), name, feedback)
        self.throw_broadly_matched_exception(js.get(self.exceptions, "broad"), message, feedback)
