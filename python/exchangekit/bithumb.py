# Generated from js/bithumb.js by exkit: do not edit. Change the source and run `python build.py`.
from typing import Any

from exchangekit.base.exchange import Exchange
from exchangekit.base.precise import Precise
from exchangekit.base.errors import (
    AccountSuspended,
    AddressPending,
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
    BadSymbol,
    InsufficientFunds,
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


class bithumb(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "bithumb",
                "name": "Bithumb",
                "countries": ["KR"],
                "version": "v1",
                "rateLimit": 10,
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
                    "cancelAllOrders": False,
                    "fetchOrderTrades": True,
                    "fetchTradingFee": True,
                    "fetchDepositAddresses": True,
                    "createDepositAddress": True,
                    "fetchDepositWithdrawFees": False,
                    "transfer": False,
                    "createMarketBuyOrderWithCost": True,
                },
                "urls": {
                    "logo": "https://www.bithumb.com/favicon.ico",
                    "api": "https://api.bithumb.com",
                    "www": "https://www.bithumb.com",
                    "doc": ["https://apidocs.bithumb.com/reference", "https://apidocs.bithumb.com/docs"],
                    "fees": "https://www.bithumb.com/customer_support/info_fee",
                },
                "api": {
                    "public": {
                        "get": {
                            "market/all": 1,
                            "market/virtual_asset_warning": 1,
                            "candles/minutes/{unit}": 1,
                            "candles/days": 1,
                            "candles/weeks": 1,
                            "candles/months": 1,
                            "trades/ticks": 1,
                            "ticker": 1,
                            "orderbook": 1,
                            "notices": 1,
                        }
                    },
                    "private": {
                        "get": {
                            "accounts": 1,
                            "orders/chance": 1,
                            "order": 1,
                            "orders": 1,
                            "withdraws": 1,
                            "withdraws/krw": 1,
                            "withdraw": 1,
                            "withdraws/chance": 1,
                            "withdraws/coin_addresses": 1,
                            "deposits": 1,
                            "deposits/krw": 1,
                            "deposit": 1,
                            "deposits/coin_addresses": 1,
                            "deposits/coin_address": 1,
                            "status/wallet": 1,
                            "api_keys": 1,
                        },
                        "post": {
                            "orders": 1,
                            "withdraws/coin": 1,
                            "withdraws/krw": 1,
                            "deposits/generate_coin_address": 1,
                            "deposits/krw": 1,
                        },
                        "delete": {"order": 1},
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
                    "trading": {"tierBased": False, "percentage": True, "taker": 0.0025, "maker": 0.0025}
                },
                "precisionMode": TICK_SIZE,
                "options": {
                    "jwtAlgorithm": "sha256",
                    "maxCandles": 200,
                    "kstOffset": 32400000,
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
                    "networks": {"BTC": "BTC", "ERC20": "ETH", "TRC20": "TRX", "SOL": "SOL", "XRP": "XRP"},
                    "orderStatuses": {
                        "wait": "open",
                        "watch": "open",
                        "done": "closed",
                        "cancel": "canceled",
                    },
                    "depositStatuses": {
                        "REQUESTED_PENDING": "pending",
                        "REQUESTED_SYSTEM_REJECTED": "failed",
                        "REQUESTED_PROCESSING": "pending",
                        "REQUESTED_ADMIN_REJECTED": "failed",
                        "DEPOSIT_PROCESSING": "pending",
                        "DEPOSIT_ACCEPTED": "ok",
                        "DEPOSIT_CANCELLED": "canceled",
                        "REFUNDING_PENDING": "pending",
                        "REFUNDING_SYSTEM_REJECTED": "pending",
                        "REFUNDING_PROCESSING": "pending",
                        "REFUNDING_ADMIN_REJECTED": "pending",
                        "REFUNDING_ACCEPTED": "failed",
                        "REFUNDED_PROCESSING": "failed",
                        "REFUNDED_ACCEPTED": "failed",
                        "REFUNDED_CANCELLED": "pending",
                        "PROCESSING": "pending",
                        "ACCEPTED": "ok",
                        "CANCELED": "canceled",
                        "CANCELLED": "canceled",
                    },
                    "withdrawalStatuses": {
                        "PROCESSING": "pending",
                        "DONE": "ok",
                        "CANCELED": "canceled",
                        "CANCELLED": "canceled",
                    },
                    "timeInForceIds": {"IOC": "ioc", "FOK": "fok"},
                },
                "exceptions": {
                    "exact": {
                        "invalid_parameter": BadRequest,
                        "invalid_price": InvalidOrder,
                        "invalid_price_ask": InvalidOrder,
                        "invalid_price_bid": InvalidOrder,
                        "under_price_limit_ask": InvalidOrder,
                        "under_price_limit_bid": InvalidOrder,
                        "cross_trading": InvalidOrder,
                        "bank_account_required": PermissionDenied,
                        "two_factor_auth_required": PermissionDenied,
                        "currency does not have a valid value": BadSymbol,
                        "withdraw_insufficient_balance": InsufficientFunds,
                        "invalid_query_payload": AuthenticationError,
                        "jwt_verification": AuthenticationError,
                        "expired_jwt": AuthenticationError,
                        "NotAllowIP": PermissionDenied,
                        "out_of_scope": PermissionDenied,
                        "blocked_member_id": AccountSuspended,
                        "order_not_found": OrderNotFound,
                        "order_not_ready": OrderNotFound,
                        "deposit_not_found": BadRequest,
                        "withdraw_not_found": BadRequest,
                        "travel_rule_consent_required": PermissionDenied,
                    },
                    "broad": {},
                },
            },
        )

    # --- markets -------------------------------------------------------------------------------------
    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # market/all?isDetails=true: [ { market: 'KRW-BTC', korean_name, english_name, market_warning:
        # NONE or CAUTION } ]. Limits and a market's own fees come from orders/chance, one private request
        # a market: not fetched here (fetchTradingFee reads them). KRW prices step by a price-dependent
        # unit, so no single price tick is stated; amounts have 8 decimals.
        response = self.public_get_market_all(self.extend({"isDetails": True}, params))
        result = []
        i = 0
        while js.less(i, js.length(response)):
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
        return {
            "id": id_,
            "symbol": js.to_str(base) + "/" + js.to_str(quote),
            "base": base,
            "quote": quote,
            "baseId": base_id,
            "quoteId": quote_id,
            "active": True,
            "type": "spot",
            "spot": True,
            "taker": js.get(js.get(self.fees, "trading"), "taker"),
            "maker": js.get(js.get(self.fees, "trading"), "maker"),
            "precision": {"amount": self.parse_number("0.00000001"), "price": None},
            "limits": {
                "amount": {"min": None, "max": None},
                "price": {"min": None, "max": None},
                "cost": {"min": None, "max": None},
            },
            "info": entry,
        }

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
        return self.safe_market_structure(
            {
                "id": market_id,
                "symbol": js.to_str(base) + "/" + js.to_str(quote),
                "base": base,
                "quote": quote,
                "baseId": base_id,
                "quoteId": quote_id,
            }
        )

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # ticker: { market, trade_date, trade_time, trade_timestamp, opening_price, high_price, low_price,
        # trade_price, prev_closing_price, change, change_price, change_rate, signed_change_price,
        # signed_change_rate, trade_volume, acc_trade_price, acc_trade_price_24h, acc_trade_volume,
        # acc_trade_volume_24h, highest_52_week_price, ..., timestamp }. Open, high and low are of the day
        # (since 00:00 KST), the volumes of the last 24 h; change and rate against the previous close.
        market = self.market_from_id(self.safe_string(ticker, "market"), market)
        rate = self.safe_string(ticker, "signed_change_rate")
        return self.safe_ticker(
            {
                "symbol": js.get(market, "symbol"),
                "timestamp": self.safe_integer(ticker, "timestamp"),
                "high": self.safe_string(ticker, "high_price"),
                "low": self.safe_string(ticker, "low_price"),
                "open": self.safe_string(ticker, "opening_price"),
                "last": self.safe_string(ticker, "trade_price"),
                "previousClose": self.safe_string(ticker, "prev_closing_price"),
                "change": self.safe_string(ticker, "signed_change_price"),
                "percentage": None if (rate is None) else Precise.string_mul(rate, "100"),
                "baseVolume": self.safe_string(ticker, "acc_trade_volume_24h"),
                "quoteVolume": self.safe_string(ticker, "acc_trade_price_24h"),
                "info": ticker,
            },
            market,
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
        # ticker?markets=A,B: the symbols given, else every loaded market (the API has no ticker/all).
        self.load_markets()
        ids = self.ids if (symbols is None) else self.market_ids(symbols)
        response = self.public_get_ticker(self.extend({"markets": js.join(ids, ",")}, params))
        return self.parse_tickers(response, symbols)

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # orderbook?markets=: [ { market, timestamp, total_ask_size, total_bid_size, orderbook_units: [ {
        # ask_price, bid_price, ask_size, bid_size } ] } ], one unit a level, best first (at most 30).
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
        book["asks"] = js.get(asks, "asks")
        if limit is not None:
            book["bids"] = js.slice_(js.get(book, "bids"), 0, limit)
            book["asks"] = js.slice_(js.get(book, "asks"), 0, limit)
        return book

    def parse_ohlcv(self, ohlcv, market=None):
        # { candle_date_time_utc: '2018-04-18T10:16:00' (the candle's start, UTC without a zone),
        # candle_date_time_kst, opening_price, high_price, low_price, trade_price (the close), timestamp
        # (the last tick), candle_acc_trade_price, candle_acc_trade_volume (base), unit }.
        return [
            self.parse8601(js.to_str(self.safe_string(ohlcv, "candle_date_time_utc")) + "Z"),
            self.safe_number(ohlcv, "opening_price"),
            self.safe_number(ohlcv, "high_price"),
            self.safe_number(ohlcv, "low_price"),
            self.safe_number(ohlcv, "trade_price"),
            self.safe_number(ohlcv, "candle_acc_trade_volume"),
        ]

    def candle_time(self, timestamp):
        # candles' to: 'yyyy-MM-dd HH:mm:ss', read by Bithumb as KST (the docs: "기본적으로 KST 기준 시간").
        return self.ymdhms(js.add(timestamp, js.get(self.options, "kstOffset")), " ")

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
                js.to_str(self.id)
                + " fetchOHLCV () does not support the timeframe "
                + js.to_str(timeframe)
                + ": one of "
                + js.join(js.keys(self.timeframes), ", ")
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
            after = js.multiply(js.floor(js.divide(until, 1000)) + 1, 1000)
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

    def parse_trade(self, trade, market=None):
        # Public trades (trades/ticks): { market, trade_date_utc, trade_time_utc, timestamp, trade_price,
        # trade_volume, prev_closing_price, change_price, ask_bid ('ASK': a sell took the book, 'BID' a
        # buy), sequential_id }. An order's trades (GET order): { market, uuid, price, volume, funds (the
        # cost), side ('bid' or 'ask', the order's), created_at }.
        market = self.market_from_id(self.safe_string(trade, "market"), market)
        created_at = self.safe_string(trade, "created_at")
        timestamp = (
            self.parse8601(created_at) if (created_at is not None) else self.safe_integer(trade, "timestamp")
        )
        side = self.parse_side(self.safe_string_lower2(trade, "ask_bid", "side"))
        return self.safe_trade(
            {
                "id": self.safe_string2(trade, "uuid", "sequential_id"),
                "symbol": js.get(market, "symbol"),
                "timestamp": timestamp,
                "side": side,
                "price": self.safe_string2(trade, "trade_price", "price"),
                "amount": self.safe_string2(trade, "trade_volume", "volume"),
                "cost": self.safe_string(trade, "funds"),
                "info": trade,
            },
            market,
        )

    def parse_side(self, side):
        # Bithumb's bid and ask are buy and sell.
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
        # avg_buy_price_modified, unit_currency } ].
        self.load_markets()
        response = self.private_get_accounts(params)
        result = {"info": response}
        i = 0
        while js.less(i, js.length(response)):
            entry = js.get(response, i)
            code = self.safe_currency_code(self.safe_string(entry, "currency"))
            account = self.account()
            account["free"] = self.safe_string(entry, "balance")
            account["used"] = self.safe_string(entry, "locked")
            js.set_(result, code, account)
            i += 1
        return self.safe_balance(result)

    def fetch_trading_fee(self, symbol: str, params: dict[str, Any] | None = None) -> TradingFee:
        if params is None:
            params = {}
        # orders/chance?market=: { bid_fee, ask_fee, maker_bid_fee, maker_ask_fee, market: { ... },
        # bid_account, ask_account }. Fees are per side; the fee of a buy (bid) is reported, the one of a
        # sell is in info.
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
        # (at the best opposite price, with ioc or fok) are market orders.
        if ord_type == "limit":
            return "limit"
        if (ord_type == "price") or (ord_type == "market") or (ord_type == "best"):
            return "market"
        return None

    def parse_order_status(self, order):
        # wait and watch are open, done closed, cancel canceled; but a market order whose rest is too small
        # to fill ends as cancel after it has traded (the docs' note on market orders): with an executed
        # volume it is closed.
        state = self.safe_string(order, "state")
        ord_type = self.safe_string(order, "ord_type")
        is_market = (ord_type == "price") or (ord_type == "market")
        executed = self.safe_string(order, "executed_volume", "0")
        if js.truthy(
            Precise.string_gt(executed, "0")
            if js.truthy(_value1 := (state == "cancel") and is_market)
            else _value1
        ):
            return "closed"
        return self.safe_string(js.get(self.options, "orderStatuses"), state, state)

    def parse_time_in_force(self, time_in_force):
        if time_in_force == "post_only":
            return "PO"
        return None if (time_in_force is None) else time_in_force.upper()

    def parse_order(self, order, market=None):
        # POST orders, GET order, DELETE order and GET orders: { uuid, side, ord_type, price, state, market,
        # created_at, volume, remaining_volume, reserved_fee, remaining_fee, paid_fee, locked,
        # executed_volume, executed_funds, trades_count, time_in_force, client_order_id, trades: [ ... ]
        # (GET order only) }. A market buy (ord_type price) has price = the total to spend and no volume.
        market = self.market_from_id(self.safe_string(order, "market"), market)
        ord_type = self.safe_string(order, "ord_type")
        is_limit = ord_type == "limit"
        raw_trades = self.safe_list(order, "trades", [])
        trades = []
        i = 0
        while i < len(raw_trades):
            trade = self.parse_trade(js.get(raw_trades, i), market)
            trade["order"] = self.safe_string(order, "uuid")
            trades.append(trade)
            i += 1
        cost = self.safe_string(order, "executed_funds")
        if (cost is None) and (len(trades) > 0):
            cost = "0"
            i = 0
            while i < len(raw_trades):
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
                "clientOrderId": self.safe_string(order, "client_order_id"),
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
        # POST orders { market, side: bid or ask, ord_type, volume, price, time_in_force }. A limit order
        # has volume and price; a market sell (ord_type market) volume; a market buy (ord_type price)
        # price = the total to spend, from the unified param cost. time_in_force (KRW markets, since
        # 2026-06-30): post_only for postOnly (limit only), ioc and fok for IOC and FOK; a market order with
        # IOC or FOK is the best order (at the best opposite price). The v1 order request takes no client
        # id and Bithumb's API places no stop or reduce-only orders.
        self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params(
            "createOrder",
            unified,
            ["reduceOnly", "triggerPrice", "stopLossPrice", "takeProfitPrice", "clientOrderId"],
        )
        if (not (type_ == "limit")) and (not (type_ == "market")):
            raise InvalidOrder(
                js.to_str(self.id) + " createOrder () type must be limit or market, not " + js.to_str(type_)
            )
        sized_by_cost = (type_ == "market") and (side == "buy")
        if (not sized_by_cost) and (amount is None):
            raise ArgumentsRequired(js.to_str(self.id) + " createOrder () requires an amount")
        request = {"market": js.get(market, "id"), "side": "bid" if (side == "buy") else "ask"}
        immediate = (js.get(unified, "timeInForce") == "IOC") or (js.get(unified, "timeInForce") == "FOK")
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.to_str(self.id) + " createOrder () requires a price for a limit order"
                )
            if js.get(unified, "cost") is not None:
                raise InvalidOrder(
                    js.to_str(self.id)
                    + " createOrder () cost sizes market buys only: a limit order is sized by amount"
                )
            request["ord_type"] = "limit"
            request["volume"] = self.amount_to_precision(symbol, amount)
            request["price"] = self.price_to_precision(symbol, price)
        elif side == "buy":
            if js.get(unified, "cost") is None:
                raise ArgumentsRequired(
                    js.to_str(self.id)
                    + " createOrder () a market buy is sized by its total: pass the unified param cost (createMarketBuyOrderWithCost)"
                )
            request["ord_type"] = "best" if immediate else "price"
            request["price"] = self.cost_to_precision(symbol, js.get(unified, "cost"))
        else:
            if js.get(unified, "cost") is not None:
                raise InvalidOrder(
                    js.to_str(self.id)
                    + " createOrder () cost sizes market buys only: a market sell is sized by amount"
                )
            request["ord_type"] = "best" if immediate else "market"
            request["volume"] = self.amount_to_precision(symbol, amount)
        time_in_force = None
        if js.truthy(js.get(unified, "postOnly")):
            time_in_force = "post_only"
        else:
            time_in_force = self.safe_string(
                js.get(self.options, "timeInForceIds"), js.get(unified, "timeInForce")
            )
        if time_in_force is not None:
            request["time_in_force"] = time_in_force
        response = self.private_post_orders(self.extend(request, rest))
        return self.parse_order(response, market)

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
        # DELETE order?uuid=: the order as it was when the cancel was accepted (state wait).
        self.load_markets()
        if self.safe_value(params, "clientOrderId") is not None:
            raise NotSupported(
                js.to_str(self.id)
                + " cancelOrder () does not support the param clientOrderId: DELETE order takes the uuid only"
            )
        market = None if (symbol is None) else self.market(symbol)
        response = self.private_delete_order(self.extend({"uuid": id_}, params))
        order = self.parse_order(response, market)
        order["status"] = "canceled"
        return order

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        # GET order?uuid= (or client_order_id=, the unified clientOrderId): the order with its trades.
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        client_order_id = self.safe_string(params, "clientOrderId")
        rest = self.omit(params, "clientOrderId")
        request = None
        if client_order_id is not None:
            request = {"client_order_id": client_order_id}
        elif id_ is not None:
            request = {"uuid": id_}
        else:
            raise ArgumentsRequired(
                js.to_str(self.id) + " fetchOrder () requires an order id or the param clientOrderId"
            )
        response = self.private_get_order(self.extend(request, rest))
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

    def fetch_orders_by_state(self, state, symbol, limit, params):
        # GET orders: market, uuids, state (wait, watch, done or cancel), page, limit (at most 100),
        # order_by; newest first.
        self.load_markets()
        request = {"state": state}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["market"] = js.get(market, "id")
        if limit is not None:
            request["limit"] = js.min_(limit, 100)
        response = self.private_get_orders(self.extend(request, params))
        return self.parse_orders(response, market)

    def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # state wait: the orders on the book (state watch, passed in params, lists the reserved ones).
        orders = self.fetch_orders_by_state("wait", symbol, limit, params)
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
        # state done and state cancel are two queries (the list filters by one state); their orders are
        # merged oldest first. The v1 list has no time range: the unified until cannot be honoured.
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.to_str(self.id)
                + " fetchClosedOrders () does not support the unified param until: GET orders has no time range"
            )
        done = self.fetch_orders_by_state("done", symbol, limit, params)
        canceled = self.fetch_orders_by_state("cancel", symbol, limit, params)
        orders = self.sort_by(self.array_concat(done, canceled), "timestamp")
        return self.filter_by_since_limit(orders, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # deposits and withdraws: { type: 'deposit' or 'withdraw', uuid, currency, net_type, txid, state,
        # created_at, done_at, amount, fee, krw_amount (withdrawals), transaction_type }.
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
        # deposits or withdraws (coins): currency, state, uuids, txids, page, limit (at most 100), order_by;
        # newest first. The lists page by number, not by time: the unified until cannot be honoured.
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.to_str(self.id)
                + " fetchDeposits () and fetchWithdrawals () do not support the unified param until: the lists have no time range"
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
        # The unified param network as net_type; Bithumb requires it for addresses and withdrawals.
        network_code = self.safe_string(params, "network")
        if network_code is None:
            raise ArgumentsRequired(
                js.to_str(self.id)
                + " "
                + js.to_str(method)
                + " () requires the unified param network (Bithumb's net_type): one of "
                + js.join(js.keys(js.get(self.options, "networks")), ", ")
                + " or the exchange's own"
            )
        return self.network_id(network_code, currency)

    def parse_deposit_address(self, entry, currency=None):
        # { currency, net_type, deposit_address, secondary_address (the memo or tag) }.
        code = self.safe_currency_code(self.safe_string(entry, "currency"), currency)
        address = self.safe_string(entry, "deposit_address")
        if address is None:
            raise AddressPending(
                js.to_str(self.id)
                + " the deposit address of "
                + js.to_str(code)
                + " is not ready yet: createDepositAddress () makes one, then fetch it again"
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
        while js.less(i, js.length(response)):
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
        # POST withdraws/coin { currency, net_type, amount, address, secondary_address, exchange_name,
        # receiver_type, receiver_ko_name, receiver_en_name, receiver_corp_ko_name, receiver_corp_en_name }:
        # the withdrawal. The travel-rule fields (exchange_name, receiver_*) go in params: which ones a
        # withdrawal needs depends on where it goes (the docs' table); the address must be registered.
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
        transaction["address"] = address
        transaction["tag"] = tag
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
        # Authorization: Bearer <JWT HS256> with { access_key, nonce (a UUID), timestamp (ms), query_hash
        # (hex SHA-512 of the params as a query string), query_hash_alg: SHA512 }; no params, no query_hash.
        endpoint = "/" + js.to_str(self.version) + "/" + js.to_str(self.implode_params(path, params))
        query = self.omit(params, self.extract_params(path))
        has_params = len(js.keys(query)) > 0
        is_post = method == "POST"
        url = js.to_str(js.get(self.urls, "api")) + endpoint
        if has_params and (not is_post):
            url = url + "?" + js.to_str(self.urlencode(query))
        if api == "public":
            return {"url": url, "method": method, "body": body, "headers": headers}
        self.check_required_credentials()
        payload = {"access_key": self.apiKey, "nonce": self.uuid(), "timestamp": self.milliseconds()}
        if has_params:
            payload = self.extend(
                payload,
                {
                    "query_hash": self.hash(self.encode(self.urlencode(query)), "sha512", "hex"),
                    "query_hash_alg": "SHA512",
                },
            )
        token = self.jwt(payload, self.encode(self.secret), js.get(self.options, "jwtAlgorithm"))
        headers = {"Authorization": "Bearer " + js.to_str(token)}
        if is_post:
            body = self.json(query) if has_params else "{}"
            headers["Content-Type"] = "application/json; charset=utf-8"
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
        # the HTTP status.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return
        error = self.safe_dict(response, "error")
        if error is None:
            return
        name = self.safe_string(error, "name")
        message = self.safe_string(error, "message", "")
        feedback = (
            js.to_str(self.id)
            + " "
            + js.to_str(method)
            + " "
            + js.to_str(url)
            + " "
            + js.to_str(self.string_of(status, ""))
            + " "
            + js.to_str(name)
            + " "
            + js.to_str(message)
        )
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), name, feedback)
        self.throw_broadly_matched_exception(js.get(self.exceptions, "broad"), message, feedback)
