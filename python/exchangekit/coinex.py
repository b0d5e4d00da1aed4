# Generated from js/coinex.js by exkit: do not edit. Change the source and run `python build.py`.
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
    ExchangeNotAvailable,
    InsufficientFunds,
    InvalidNonce,
    InvalidOrder,
    NotSupported,
    OrderNotFound,
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
    LedgerEntry,
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


class coinex(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "coinex",
                "name": "CoinEx",
                "countries": ["HK"],
                "version": "v2",
                "rateLimit": 10,
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
                    "editOrder": True,
                    "fetchOrder": True,
                    "fetchOrders": False,
                    "fetchOpenOrders": True,
                    "fetchClosedOrders": True,
                    "fetchMyTrades": True,
                    "fetchDeposits": True,
                    "fetchWithdrawals": True,
                    "fetchTransactions": False,
                    "fetchLedger": True,
                    "fetchDepositAddress": True,
                    "withdraw": True,
                    "fetchTime": True,
                    "fetchStatus": False,
                    "fetchTradingFees": False,
                    "cancelAllOrders": True,
                    "fetchOrderTrades": True,
                    "fetchTradingFee": True,
                    "fetchDepositAddresses": False,
                    "createDepositAddress": True,
                    "fetchDepositWithdrawFees": True,
                    "transfer": True,
                    "createMarketBuyOrderWithCost": True,
                },
                "urls": {
                    "logo": "https://www.coinex.com/favicon.ico",
                    "api": "https://api.coinex.com/v2",
                    "www": "https://www.coinex.com",
                    "doc": "https://docs.coinex.com/api/v2/",
                    "fees": "https://www.coinex.com/fees",
                },
                "api": {
                    "public": {
                        "get": {
                            "spot/market": 1,
                            "spot/ticker": 1,
                            "spot/depth": 1,
                            "spot/deals": 1,
                            "spot/kline": 1,
                            "time": 1,
                            "assets/all-deposit-withdraw-config": 1,
                        }
                    },
                    "private": {
                        "get": {
                            "assets/spot/balance": 5,
                            "assets/deposit-address": 5,
                            "assets/deposit-history": 5,
                            "assets/withdraw": 5,
                            "assets/spot/transcation-history": 5,
                            "account/trade-fee-rate": 5,
                            "spot/order-status": 2,
                            "spot/pending-order": 5,
                            "spot/finished-order": 5,
                            "spot/user-deals": 5,
                            "spot/order-deals": 5,
                        },
                        "post": {
                            "spot/order": 2,
                            "spot/stop-order": 2,
                            "spot/cancel-order": 2,
                            "spot/cancel-all-order": 5,
                            "spot/modify-order": 2,
                            "assets/withdraw": 5,
                            "assets/renewal-deposit-address": 5,
                            "assets/transfer": 5,
                        },
                    },
                },
                "timeframes": {
                    "1m": "1min",
                    "3m": "3min",
                    "5m": "5min",
                    "15m": "15min",
                    "30m": "30min",
                    "1h": "1hour",
                    "2h": "2hour",
                    "4h": "4hour",
                    "6h": "6hour",
                    "12h": "12hour",
                    "1d": "1day",
                    "3d": "3day",
                    "1w": "1week",
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": True, "percentage": True, "maker": 0.002, "taker": 0.002}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "accountsByType": {
                        "spot": "SPOT",
                        "margin": "MARGIN",
                        "futures": "FUTURES",
                        "swap": "FUTURES",
                    },
                    "networks": {
                        "ERC20": "ERC20",
                        "TRC20": "TRC20",
                        "BEP20": "BSC",
                        "SOL": "SOL",
                        "BTC": "BTC",
                        "POLYGON": "MATIC",
                        "ARBITRUM": "ARBITRUM",
                        "CSC": "CSC",
                    },
                    "orderStatuses": {
                        "open": "open",
                        "part_filled": "open",
                        "filled": "closed",
                        "part_canceled": "canceled",
                        "canceled": "canceled",
                    },
                    "depositStatuses": {
                        "processing": "pending",
                        "confirming": "pending",
                        "finished": "ok",
                        "cancelled": "canceled",
                        "too_small": "failed",
                        "exception": "failed",
                    },
                    "withdrawalStatuses": {
                        "audit": "pending",
                        "created": "pending",
                        "audit_required": "pending",
                        "audited": "pending",
                        "processing": "pending",
                        "confirming": "pending",
                        "finished": "ok",
                        "cancelled": "canceled",
                        "cancellation_failed": "pending",
                        "failed": "failed",
                    },
                    "ledgerTypes": ["deposit", "withdraw", "trade", "maker_cash_back"],
                    "ledgerTypeNames": {
                        "deposit": "transaction",
                        "withdraw": "transaction",
                        "trade": "trade",
                        "maker_cash_back": "rebate",
                    },
                    "depthInterval": "0",
                },
                "exceptions": {
                    "exact": {
                        "3008": ExchangeNotAvailable,
                        "3109": InsufficientFunds,
                        "3127": InvalidOrder,
                        "3606": InvalidOrder,
                        "3600": OrderNotFound,
                        "3610": OrderNotFound,
                        "4001": ExchangeNotAvailable,
                        "4002": RequestTimeout,
                        "4003": ExchangeError,
                        "4004": BadRequest,
                        "4005": AuthenticationError,
                        "4006": AuthenticationError,
                        "4007": PermissionDenied,
                        "4008": PermissionDenied,
                        "4009": PermissionDenied,
                        "4010": InvalidNonce,
                        "4011": PermissionDenied,
                        "4017": InvalidNonce,
                        "4115": AccountSuspended,
                        "4117": BadSymbol,
                        "4158": PermissionDenied,
                        "4213": RateLimitExceeded,
                    },
                    "broad": {},
                },
            },
        )

    # --- markets -------------------------------------------------------------------------------------
    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # spot/market: [ { market, taker_fee_rate, maker_fee_rate, min_amount, base_ccy, quote_ccy,
        # base_ccy_precision, quote_ccy_precision, status ('online', ...), is_amm_available, is_margin_available,
        # is_api_trading_available } ].
        response = self.public_get_spot_market(params)
        data = self.safe_list(response, "data", [])
        result = []
        i = 0
        while True:
            if not (i < len(data)):
                break
            entry = js.get(data, i)
            base_id = self.safe_string(entry, "base_ccy")
            quote_id = self.safe_string(entry, "quote_ccy")
            base = self.safe_currency_code(base_id)
            quote = self.safe_currency_code(quote_id)
            api_trading = self.safe_bool(entry, "is_api_trading_available", True)
            result.append(
                self.market_structure(
                    id=self.safe_string(entry, "market"),
                    symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
                    base=base,
                    quote=quote,
                    baseId=base_id,
                    quoteId=quote_id,
                    active=(self.safe_string(entry, "status") == "online") and api_trading,
                    type="spot",
                    spot=True,
                    taker=self.safe_number(entry, "taker_fee_rate"),
                    maker=self.safe_number(entry, "maker_fee_rate"),
                    precision={
                        "amount": self.parse_number(
                            self.parse_precision(self.safe_string(entry, "base_ccy_precision"))
                        ),
                        "price": self.parse_number(
                            self.parse_precision(self.safe_string(entry, "quote_ccy_precision"))
                        ),
                    },
                    limits={
                        "amount": {"min": self.safe_number(entry, "min_amount")},
                        "price": {},
                        "cost": {},
                    },
                    info=entry,
                )
            )
            i += 1
        return result

    def fetch_time(self, params: dict[str, Any] | None = None) -> int | None:
        if params is None:
            params = {}
        # time: { timestamp } in milliseconds.
        response = self.public_get_time(params)
        return self.safe_integer(self.safe_dict(response, "data", {}), "timestamp")

    def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # assets/all-deposit-withdraw-config (no signature): [ { asset: { ccy, deposit_enabled, withdraw_enabled,
        # inter_transfer_enabled, is_st }, chains: [ { chain, min_deposit_amount, min_withdraw_amount,
        # deposit_enabled, withdraw_enabled, withdrawal_fee, withdrawal_precision, ... } ] } ].
        response = self.public_get_assets_all_deposit_withdraw_config(params)
        data = self.safe_list(response, "data", [])
        result = {}
        i = 0
        while True:
            if not (i < len(data)):
                break
            asset = self.safe_dict(js.get(data, i), "asset", {})
            chains = self.safe_list(js.get(data, i), "chains", [])
            id_ = self.safe_string(asset, "ccy")
            code = self.safe_currency_code(id_)
            deposit = self.safe_bool(asset, "deposit_enabled")
            withdraw = self.safe_bool(asset, "withdraw_enabled")
            networks = {}
            decimals = None
            j = 0
            while True:
                if not (j < len(chains)):
                    break
                chain = js.get(chains, j)
                chain_id = self.safe_string(chain, "chain")
                network_code = self.network_code(chain_id)
                chain_deposit = self.safe_bool(chain, "deposit_enabled")
                chain_withdraw = self.safe_bool(chain, "withdraw_enabled")
                chain_decimals = self.safe_integer(chain, "withdrawal_precision")
                # The currency's precision is the finest of its chains'.
                if (chain_decimals is not None) and (
                    (decimals is None) or js.greater(chain_decimals, decimals)
                ):
                    decimals = chain_decimals
                js.set_(
                    networks,
                    network_code,
                    {
                        "id": chain_id,
                        "network": network_code,
                        "active": chain_deposit and chain_withdraw,
                        "deposit": chain_deposit,
                        "withdraw": chain_withdraw,
                        "fee": self.safe_number(chain, "withdrawal_fee"),
                        "precision": self.parse_number(
                            self.parse_precision(self.safe_string(chain, "withdrawal_precision"))
                        ),
                        "limits": {
                            "deposit": {"min": self.safe_number(chain, "min_deposit_amount")},
                            "withdraw": {"min": self.safe_number(chain, "min_withdraw_amount")},
                        },
                    },
                )
                j += 1
            js.set_(
                result,
                code,
                {
                    "id": id_,
                    "code": code,
                    "active": deposit and withdraw,
                    "deposit": deposit,
                    "withdraw": withdraw,
                    "precision": (
                        None
                        if (decimals is None)
                        else self.parse_number(self.parse_precision(self.number_to_string(decimals)))
                    ),
                    "networks": networks,
                    "info": js.get(data, i),
                },
            )
            i += 1
        return result

    def fetch_deposit_withdraw_fees(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, DepositWithdrawFee]:
        if params is None:
            params = {}
        currencies = self.fetch_currencies(params)
        return self.deposit_withdraw_fees_from_currencies(currencies, codes)

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # spot/ticker: { market, last, open, close, high, low, volume (base), value (quote), volume_sell,
        # volume_buy, period: 86400 }: no bid, ask or timestamp.
        market = self.safe_market(self.safe_string(ticker, "market"), market)
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            open_=self.safe_string(ticker, "open"),
            close=self.safe_string(ticker, "close"),
            last=self.safe_string(ticker, "last"),
            base_volume=self.safe_string(ticker, "volume"),
            quote_volume=self.safe_string(ticker, "value"),
            info=ticker,
            market=market,
        )

    def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_spot_ticker(self.extend({"market": js.get(market, "id")}, params))
        data = self.safe_list(response, "data", [])
        return self.parse_ticker(self.safe_dict(data, 0, {}), market)

    def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # Without market the endpoint answers every market's ticker.
        self.load_markets()
        response = self.public_get_spot_ticker(params)
        return self.parse_tickers(self.safe_list(response, "data", []), symbols)

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # spot/depth?market&limit (5, 10, 20 or 50)&interval: { market, is_full, depth: { asks, bids, last,
        # updated_at, checksum } }.
        self.load_markets()
        market = self.market(symbol)
        # The endpoint takes 5, 10, 20 or 50 levels: the smallest that holds limit (50 without one).
        depth = 50
        if limit is not None:
            depths = [50, 20, 10, 5]
            i = 0
            while True:
                if not (i < len(depths)):
                    break
                if js.greater_equal(depths[i], limit):
                    depth = depths[i]
                i += 1
        request = {
            "market": js.get(market, "id"),
            "limit": depth,
            "interval": self.safe_string(params, "interval", js.get(self.options, "depthInterval")),
        }
        response = self.public_get_spot_depth(self.extend(request, self.omit(params, "interval")))
        data = self.safe_dict(response, "data", {})
        book = self.safe_dict(data, "depth", {})
        result = self.parse_order_book(book, js.get(market, "symbol"), self.safe_integer(book, "updated_at"))
        if limit is not None:
            js.set_(result, "bids", js.slice_(js.get(result, "bids"), 0, limit))
            js.set_(result, "asks", js.slice_(js.get(result, "asks"), 0, limit))
        return result

    def parse_ohlcv(self, ohlcv, market=None):
        # { market, created_at, open, close, high, low, volume, value }.
        return [
            self.safe_integer(ohlcv, "created_at"),
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
        # spot/kline?market&period&limit (at most 1000)&start_time&end_time (the unified until), in milliseconds.
        self.load_markets()
        market = self.market(symbol)
        period = self.safe_string(self.timeframes, timeframe)
        if period is None:
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
        request = {"market": js.get(market, "id"), "period": period}
        if limit is not None:
            request["limit"] = js.min_(limit, 1000)
        if since is not None:
            request["start_time"] = since
        until = self.safe_integer(params, "until")
        if until is not None:
            request["end_time"] = until
        response = self.public_get_spot_kline(self.extend(request, self.omit(params, "until")))
        return self.parse_ohlcvs(self.safe_list(response, "data", []), market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def parse_trade(self, trade, market=None):
        # Public (spot/deals): { deal_id, created_at, side (the taker's), price, amount }. The account's
        # (spot/user-deals, spot/order-deals): { deal_id, created_at, order_id, market, margin_market, side, price,
        # amount, role, fee, fee_ccy }.
        market = self.safe_market(self.safe_string(trade, "market"), market)
        fee = None
        fee_cost = self.safe_string(trade, "fee")
        if fee_cost is not None:
            fee = {"cost": fee_cost, "currency": self.safe_currency_code(self.safe_string(trade, "fee_ccy"))}
        return self.trade_structure(
            identifier=self.safe_string(trade, "deal_id"),
            order=self.safe_string(trade, "order_id"),
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer(trade, "created_at"),
            side=self.safe_string(trade, "side"),
            taker_or_maker=self.safe_string(trade, "role"),
            price=self.safe_string(trade, "price"),
            amount=self.safe_string(trade, "amount"),
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
        # spot/deals?market&limit (at most 1000)&last_id: the latest trades, newest first.
        self.load_markets()
        market = self.market(symbol)
        request = {"market": js.get(market, "id")}
        if limit is not None:
            request["limit"] = js.min_(limit, 1000)
        response = self.public_get_spot_deals(self.extend(request, params))
        return self.parse_trades(self.safe_list(response, "data", []), market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # assets/spot/balance: [ { ccy, available, frozen } ].
        self.load_markets()
        response = self.private_get_assets_spot_balance(params)
        data = self.safe_list(response, "data", [])
        result = {"info": response}
        i = 0
        while True:
            if not (i < len(data)):
                break
            entry = js.get(data, i)
            account = self.account()
            js.set_(account, "free", self.safe_string(entry, "available"))
            js.set_(account, "used", self.safe_string(entry, "frozen"))
            js.set_(result, self.safe_currency_code(self.safe_string(entry, "ccy")), account)
            i += 1
        return self.safe_balance(result)

    def fetch_trading_fee(self, symbol: str, params: dict[str, Any] | None = None) -> TradingFee:
        if params is None:
            params = {}
        # account/trade-fee-rate?market_type=SPOT&market: { market, maker_rate, taker_rate }.
        self.load_markets()
        market = self.market(symbol)
        response = self.private_get_account_trade_fee_rate(
            self.extend({"market_type": "SPOT", "market": js.get(market, "id")}, params)
        )
        data = self.safe_dict(response, "data", {})
        return {
            "symbol": js.get(market, "symbol"),
            "maker": self.safe_number(data, "maker_rate"),
            "taker": self.safe_number(data, "taker_rate"),
            "info": data,
        }

    # --- orders --------------------------------------------------------------------------------------
    def parse_order_type(self, type_):
        # [ unified type, timeInForce, postOnly ] of CoinEx's order type.
        types = {
            "limit": ["limit", "GTC", False],
            "market": ["market", None, False],
            "maker_only": ["limit", "PO", True],
            "ioc": ["limit", "IOC", False],
            "fok": ["limit", "FOK", False],
        }
        return self.safe_value(types, type_, [None, None, None])

    def parse_order(self, order, market=None):
        # { order_id, market, market_type, ccy, side, type, amount, price, unfilled_amount, filled_amount,
        # filled_value, client_id, base_fee, quote_fee, discount_fee, maker_fee_rate, taker_fee_rate,
        # last_filled_amount, last_filled_price, created_at, updated_at, status (order-status only) }; a stop
        # order placed answers { stop_id }.
        market = self.safe_market(self.safe_string(order, "market"), market)
        (
            type_,
            time_in_force,
            post_only,
        ) = js.destructure(self.parse_order_type(self.safe_string(order, "type")), 3)
        status = self.safe_string(order, "status")
        # Fees are charged in the base currency (base_fee), the quote currency (quote_fee) or CET (discount_fee).
        fees = []
        fee_fields = [
            ["base_fee", js.get(market, "base")],
            ["quote_fee", js.get(market, "quote")],
            ["discount_fee", "CET"],
        ]
        i = 0
        while True:
            if not (i < len(fee_fields)):
                break
            cost = self.safe_string(order, js.get(fee_fields[i], 0))
            if (cost is not None) and (not Precise.string_eq(cost, "0")):
                fees.append({"cost": cost, "currency": js.get(fee_fields[i], 1)})
            i += 1
        amount = self.safe_string(order, "amount")
        remaining = self.safe_string(order, "unfilled_amount")
        ccy = self.safe_string(order, "ccy")
        if (type_ == "market") and (ccy is not None) and js.strict_equal(ccy, js.get(market, "quoteId")):
            # A market order sized in the quote currency: amount and unfilled_amount are quote amounts.
            amount = None
            remaining = None
        price = self.safe_string(order, "price")
        if (price is not None) and Precise.string_eq(price, "0"):
            price = None
        return self.safe_order(
            {
                "id": self.safe_string2(order, "order_id", "stop_id"),
                "clientOrderId": self.safe_string(order, "client_id"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.safe_integer(order, "created_at"),
                "lastUpdateTimestamp": self.safe_integer(order, "updated_at"),
                "status": self.safe_string(js.get(self.options, "orderStatuses"), status, status),
                "type": type_,
                "timeInForce": time_in_force,
                "postOnly": post_only,
                "side": self.safe_string(order, "side"),
                "price": price,
                "amount": amount,
                "remaining": remaining,
                "filled": self.safe_string(order, "filled_amount"),
                "cost": self.safe_string(order, "filled_value"),
                "fees": fees,
                "info": order,
            },
            market,
        )

    def order_type_of(self, type_, unified):
        # CoinEx's order type: limit, market, or the limit variants maker_only (postOnly), ioc and fok.
        if type_ == "market":
            if js.truthy(js.get(unified, "postOnly")) or (js.get(unified, "timeInForce") is not None):
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () takes postOnly and timeInForce for limit orders only"
                    )
                )
            return "market"
        if not (type_ == "limit"):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () type must be market or limit, not "
                    + js.to_str(type_)
                )
            )
        tif = js.get(unified, "timeInForce")
        if js.truthy(js.get(unified, "postOnly")) or (tif == "PO"):
            return "maker_only"
        if tif == "IOC":
            return "ioc"
        if tif == "FOK":
            return "fok"
        return "limit"

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
        # POST spot/order { market, market_type: 'SPOT', side, type, amount, price, ccy, client_id }; with a
        # trigger, POST spot/stop-order with trigger_price. postOnly and timeInForce pick the order type
        # (maker_only, ioc, fok), clientOrderId is client_id, cost sizes a market buy in the quote currency
        # (ccy = the quote currency); a market order sized in amount says so with ccy = the base currency.
        self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params("createOrder", unified, ["reduceOnly"])
        request = {
            "market": js.get(market, "id"),
            "market_type": "SPOT",
            "side": side,
            "type": self.order_type_of(type_, unified),
        }
        if js.get(unified, "cost") is not None:
            if (not (type_ == "market")) or (not (side == "buy")):
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () takes the unified param cost for market buy orders only"
                    )
                )
            request["ccy"] = js.get(market, "quoteId")
            request["amount"] = self.cost_to_precision(symbol, js.get(unified, "cost"))
        else:
            if type_ == "market":
                request["ccy"] = js.get(market, "baseId")
            request["amount"] = self.amount_to_precision(symbol, amount)
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["price"] = self.price_to_precision(symbol, price)
        if js.get(unified, "clientOrderId") is not None:
            request["client_id"] = js.get(unified, "clientOrderId")
        response = None
        trigger = js.get(unified, "trigger")
        if trigger is not None:
            # A stop order fires when the last price reaches trigger_price, in either direction.
            request["trigger_price"] = self.price_to_precision(symbol, trigger)
            response = self.private_post_spot_stop_order(self.extend(request, rest))
        else:
            response = self.private_post_spot_order(self.extend(request, rest))
        data = self.safe_dict(response, "data", {})
        order = self.parse_order(data, market)
        if trigger is not None:
            js.set_(order, "triggerPrice", self.parse_number(js.get(request, "trigger_price")))
            js.set_(order, "stopPrice", js.get(order, "triggerPrice"))
            js.set_(order, "type", type_)
            js.set_(order, "side", side)
            js.set_(order, "status", "open")
        return order

    def create_market_buy_order_with_cost(
        self, symbol: str, cost: float, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        return self.create_order(symbol, "market", "buy", None, None, self.extend(params, {"cost": cost}))

    def require_market(self, method, symbol):
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () requires a symbol argument: CoinEx names orders by market and id"
                )
            )
        return self.market(symbol)

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
        # POST spot/modify-order { market, market_type, order_id, amount, price } changes the amount and the price
        # of an open limit order and answers the order; its type, side, postOnly and trigger cannot change.
        self.load_markets()
        market = self.require_market("editOrder", symbol)
        if self.safe_bool(params, "postOnly") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " editOrder () does not support the unified param postOnly: spot/modify-order changes amount and price only"
                )
            )
        if self.safe_value(params, "triggerPrice") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " editOrder () does not support the unified param triggerPrice: spot/modify-order changes amount and price only"
                )
            )
        request = {"market": js.get(market, "id"), "market_type": "SPOT", "order_id": js.parse_int(id_)}
        if amount is not None:
            request["amount"] = self.amount_to_precision(symbol, amount)
        if price is not None:
            request["price"] = self.price_to_precision(symbol, price)
        response = self.private_post_spot_modify_order(self.extend(request, params))
        return self.parse_order(self.safe_dict(response, "data", {}), market)

    def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # POST spot/cancel-order { market, market_type, order_id } answers the order as it was canceled.
        self.load_markets()
        market = self.require_market("cancelOrder", symbol)
        request = {"market": js.get(market, "id"), "market_type": "SPOT", "order_id": js.parse_int(id_)}
        response = self.private_post_spot_cancel_order(self.extend(request, params))
        order = self.parse_order(self.safe_dict(response, "data", {}), market)
        js.set_(order, "status", "canceled")
        return order

    def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # POST spot/cancel-all-order { market, market_type } answers data {}: the result is the open orders
        # listed just before, now canceled.
        self.load_markets()
        market = self.require_market("cancelAllOrders", symbol)
        orders = self.fetch_open_orders(symbol)
        response = self.private_post_spot_cancel_all_order(
            self.extend({"market": js.get(market, "id"), "market_type": "SPOT"}, params)
        )
        return self.canceled_orders(orders, response)

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        # GET spot/order-status?market&order_id.
        self.load_markets()
        market = self.require_market("fetchOrder", symbol)
        response = self.private_get_spot_order_status(
            self.extend({"market": js.get(market, "id"), "order_id": id_}, params)
        )
        return self.parse_order(self.safe_dict(response, "data", {}), market)

    def fetch_orders_of(self, method, symbol, since, limit, params):
        # spot/pending-order and spot/finished-order take market, market_type, side, page and limit (no time
        # range); an order listed as pending is open, one listed as finished is filled or canceled.
        self.load_markets()
        market = None
        request = {}
        if symbol is not None:
            market = self.market(symbol)
            request["market"] = js.get(market, "id")
        request = self.extend(request, {"market_type": "SPOT"})
        if limit is not None:
            request["limit"] = limit
        response = None
        data = []
        orders = []
        if method == "fetchOpenOrders":
            response = self.private_get_spot_pending_order(self.extend(request, params))
            data = self.safe_list(response, "data", [])
            i = 0
            while True:
                if not (i < len(data)):
                    break
                orders.append(
                    self.extend(
                        js.get(data, i), {"status": self.safe_string(js.get(data, i), "status", "open")}
                    )
                )
                i += 1
        else:
            if self.safe_value(params, "until") is not None:
                raise NotSupported(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " fetchClosedOrders () does not support the unified param until: spot/finished-order takes no time range"
                    )
                )
            response = self.private_get_spot_finished_order(self.extend(request, params))
            data = self.safe_list(response, "data", [])
            i = 0
            while True:
                if not (i < len(data)):
                    break
                unfilled = self.safe_string(js.get(data, i), "unfilled_amount", "0")
                finished = "filled" if Precise.string_eq(unfilled, "0") else "part_canceled"
                orders.append(
                    self.extend(
                        js.get(data, i), {"status": self.safe_string(js.get(data, i), "status", finished)}
                    )
                )
                i += 1
        return self.parse_orders(orders, market, since, limit)

    def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        return self.fetch_orders_of("fetchOpenOrders", symbol, since, limit, params)

    def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        return self.fetch_orders_of("fetchClosedOrders", symbol, since, limit, params)

    def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # GET spot/user-deals?market&market_type&start_time&end_time (until)&limit.
        self.load_markets()
        market = self.require_market("fetchMyTrades", symbol)
        request = {"market": js.get(market, "id"), "market_type": "SPOT"}
        if since is not None:
            request["start_time"] = since
        until = self.safe_integer(params, "until")
        if until is not None:
            request["end_time"] = until
        if limit is not None:
            request["limit"] = limit
        response = self.private_get_spot_user_deals(self.extend(request, self.omit(params, "until")))
        return self.parse_trades(self.safe_list(response, "data", []), market, since, limit)

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
        # GET spot/order-deals?market&market_type&order_id.
        self.load_markets()
        market = self.require_market("fetchOrderTrades", symbol)
        request = {"market": js.get(market, "id"), "market_type": "SPOT", "order_id": id_}
        if limit is not None:
            request["limit"] = limit
        response = self.private_get_spot_order_deals(self.extend(request, params))
        return self.parse_trades(self.safe_list(response, "data", []), market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # Deposits: { deposit_id, created_at, tx_id, ccy, chain, deposit_method, amount, actual_amount, to_address,
        # confirmations, status, tx_explorer_url, to_addr_explorer_url, remark }. Withdrawals: { withdraw_id,
        # created_at, ccy, chain, withdraw_method, memo, amount, fee_ccy, actual_amount, tx_fee, tx_id, to_address,
        # confirmation, explorer_address_url, explorer_tx_url, status, remark }.
        is_deposit = self.safe_string(transaction, "deposit_id") is not None
        type_ = "deposit" if is_deposit else "withdrawal"
        code = self.safe_currency_code(self.safe_string(transaction, "ccy"), currency)
        status = self.safe_string(transaction, "status")
        statuses = (
            js.get(self.options, "depositStatuses")
            if is_deposit
            else js.get(self.options, "withdrawalStatuses")
        )
        # A withdrawal's fee is tx_fee, in fee_ccy (the withdrawn currency when it is missing).
        fee = None
        fee_cost = self.safe_string2(transaction, "tx_fee", "fee")
        if fee_cost is not None:
            fee_currency_id = self.safe_string(transaction, "fee_ccy")
            fee = {
                "cost": fee_cost,
                "currency": code if (fee_currency_id is None) else self.safe_currency_code(fee_currency_id),
            }
        chain = self.safe_string(transaction, "chain")
        return self.safe_transaction(
            {
                "id": self.safe_string2(transaction, "deposit_id", "withdraw_id"),
                "txid": self.safe_string(transaction, "tx_id"),
                "timestamp": self.safe_integer(transaction, "created_at"),
                "network": None if (chain is None) else self.network_code(chain),
                "address": self.safe_string(transaction, "to_address"),
                "tag": self.safe_string(transaction, "memo"),
                "type": type_,
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(statuses, status, status),
                "fee": fee,
                "info": transaction,
            },
            currency,
        )

    def history_request(self, method, code, limit, params):
        # The histories take ccy, status, page and limit; no time range, so until is rejected.
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () does not support the unified param until: the history takes no time range"
                )
            )
        request = {}
        if code is not None:
            request["ccy"] = js.get(self.currency(code), "id")
        if limit is not None:
            request["limit"] = limit
        return request

    def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        self.load_markets()
        currency = None if (code is None) else self.currency(code)
        request = self.history_request("fetchDeposits", code, limit, params)
        response = self.private_get_assets_deposit_history(self.extend(request, params))
        return self.parse_transactions(self.safe_list(response, "data", []), currency, since, limit)

    def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        self.load_markets()
        currency = None if (code is None) else self.currency(code)
        request = self.history_request("fetchWithdrawals", code, limit, params)
        response = self.private_get_assets_withdraw(self.extend(request, params))
        return self.parse_transactions(self.safe_list(response, "data", []), currency, since, limit)

    def chain_of(self, method, currency, params):
        # The chain param, from the unified network (translated through options['networks']); CoinEx requires it.
        network_code = self.safe_string(params, "network")
        if network_code is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " "
                        + js.to_str(method)
                        + " () requires the unified param network (the chain of "
                    )
                    + js.to_str(js.get(currency, "code"))
                    + ")"
                )
            )
        return self.network_id(js.upper(network_code), currency)

    def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # GET assets/deposit-address?ccy&chain: { address, memo }.
        self.load_markets()
        currency = self.currency(code)
        chain = self.chain_of("fetchDepositAddress", currency, params)
        response = self.private_get_assets_deposit_address(
            self.extend({"ccy": js.get(currency, "id"), "chain": chain}, self.omit(params, "network"))
        )
        data = self.safe_dict(response, "data", {})
        return {
            "currency": js.get(currency, "code"),
            "address": self.safe_string(data, "address"),
            "tag": self.safe_string(data, "memo"),
            "network": self.network_code(chain),
            "info": data,
        }

    def create_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # POST assets/renewal-deposit-address { ccy, chain } answers the new { address, memo }.
        self.load_markets()
        currency = self.currency(code)
        chain = self.chain_of("createDepositAddress", currency, params)
        response = self.private_post_assets_renewal_deposit_address(
            self.extend({"ccy": js.get(currency, "id"), "chain": chain}, self.omit(params, "network"))
        )
        data = self.safe_dict(response, "data", {})
        return {
            "currency": js.get(currency, "code"),
            "address": self.safe_string(data, "address"),
            "tag": self.safe_string(data, "memo"),
            "network": self.network_code(chain),
            "info": data,
        }

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
        # POST assets/transfer { from_account_type, to_account_type, ccy, amount, market } answers data {}; market
        # (params['symbol']) is required when either side is the margin account of that market.
        self.load_markets()
        currency = self.currency(code)
        request = {
            "from_account_type": self.account_type_id(from_account),
            "to_account_type": self.account_type_id(to_account),
            "ccy": js.get(currency, "id"),
            "amount": self.currency_to_precision(code, amount),
        }
        symbol = self.safe_string(params, "symbol")
        if (js.get(request, "from_account_type") == "MARGIN") or (
            js.get(request, "to_account_type") == "MARGIN"
        ):
            if symbol is None:
                raise ArgumentsRequired(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " transfer () requires params['symbol'] (the margin market) for a transfer from or to the margin account"
                    )
                )
            request["market"] = js.get(self.market(symbol), "id")
        response = self.private_post_assets_transfer(self.extend(request, self.omit(params, "symbol")))
        return self.safe_transfer(
            {
                "currency": js.get(currency, "code"),
                "amount": js.get(request, "amount"),
                "fromAccount": from_account,
                "toAccount": to_account,
                "status": "ok",
                "info": response,
            }
        )

    def parse_ledger_entry(self, item, currency=None):
        # { created_at, ccy, type, balance (after the change), change (signed) }.
        code = self.safe_currency_code(self.safe_string(item, "ccy"), currency)
        change = self.safe_string(item, "change")
        after = self.safe_string(item, "balance")
        direction = None
        amount = None
        before = None
        if change is not None:
            direction = "out" if Precise.string_lt(change, "0") else "in"
            amount = Precise.string_abs(change)
            if after is not None:
                before = Precise.string_sub(after, change)
        type_ = self.safe_string(item, "type")
        return self.safe_ledger_entry(
            {
                "timestamp": self.safe_integer(item, "created_at"),
                "direction": direction,
                "account": "spot",
                "type": self.safe_string(js.get(self.options, "ledgerTypeNames"), type_, type_),
                "currency": code,
                "amount": amount,
                "before": before,
                "after": after,
                "status": "ok",
                "info": item,
            },
            currency,
        )

    def fetch_ledger(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[LedgerEntry]:
        if params is None:
            params = {}
        # GET assets/spot/transcation-history?ccy&type&start_time&end_time (until)&limit, once per type.
        self.load_markets()
        currency = None
        request = {}
        if code is not None:
            currency = self.currency(code)
            request["ccy"] = js.get(currency, "id")
        if since is not None:
            request["start_time"] = since
        until = self.safe_integer(params, "until")
        if until is not None:
            request["end_time"] = until
        if limit is not None:
            request["limit"] = limit
        type_ = self.safe_string(params, "type")
        types = js.get(self.options, "ledgerTypes") if (type_ is None) else [type_]
        query = self.omit(params, ["until", "type"])
        items = []
        i = 0
        while True:
            if not js.less(i, js.length(types)):
                break
            request = self.extend(request, {"type": js.get(types, i)})
            response = self.private_get_assets_spot_transcation_history(self.extend(request, query))
            items = self.array_concat(items, self.safe_list(response, "data", []))
            i += 1
        return self.parse_ledger(items, currency, since, limit)

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
        # POST assets/withdraw { ccy, chain, to_address, amount, memo } answers the withdrawal record.
        self.load_markets()
        currency = self.currency(code)
        chain = self.chain_of("withdraw", currency, params)
        request = {
            "ccy": js.get(currency, "id"),
            "chain": chain,
            "to_address": address,
            "amount": self.number_to_string(amount),
        }
        if tag is not None:
            request["memo"] = tag
        response = self.private_post_assets_withdraw(self.extend(request, self.omit(params, "network")))
        return self.parse_transaction(self.safe_dict(response, "data", {}), currency)

    # --- transport -----------------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # GET sends its params as the query string, POST as a JSON body.
        endpoint = js.bounded_text("/" + js.to_str(self.implode_params(path, params)))
        query = self.omit(params, self.extract_params(path))
        is_post = method == "POST"
        if (not is_post) and (len(js.keys(query)) > 0):
            endpoint += js.within(endpoint, js.within(endpoint, "?") + js.to_str(self.urlencode(query)))
        url = js.bounded_text(js.to_str(js.get(self.urls, "api")) + endpoint)
        if api == "public":
            return {"url": url, "method": method, "body": body, "headers": headers}
        # X-COINEX-SIGN: lowercase hex HMAC-SHA256 (secret) of method + request path with its query + body +
        # timestamp (the X-COINEX-TIMESTAMP, in milliseconds).
        self.check_required_credentials()
        timestamp = self.number_to_string(self.milliseconds())
        payload = ""
        headers = {"X-COINEX-KEY": self.apiKey, "X-COINEX-TIMESTAMP": timestamp}
        if is_post:
            body = (
                self.json(query) if (len(js.keys(query)) > 0) else "{}"
            )  # (PHP writes an empty dictionary as [])
            payload = body
            js.set_(headers, "Content-Type", "application/json")
        # The signed request path starts with the version: /v2/spot/order.
        auth = js.bounded_text(
            js.bounded_text(js.to_str(method) + "/")
            + js.to_str(self.version)
            + endpoint
            + js.to_str(payload)
            + js.to_str(timestamp)
        )
        js.set_(headers, "X-COINEX-SIGN", self.hmac(self.encode(auth), self.encode(self.secret), "sha256"))
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
        # { "code": 3600, "data": {}, "message": "..." }: any code but 0 is an error.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return
        code = self.safe_string(response, "code")
        if (code is None) or (code == "0"):
            return
        feedback = js.bounded_text(
            js.bounded_text(
                js.to_str(self.id)
                + " "
                + js.to_str(method)
                + " "
                + js.to_str(url)
                + " "
                + js.to_str(code)
                + " "
            )
            + self.safe_string(response, "message", "")
        )
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
        raise ExchangeError(feedback)
