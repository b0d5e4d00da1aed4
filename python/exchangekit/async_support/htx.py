# Generated from js/htx.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from typing import Any

from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base.precise import Precise
from exchangekit.base.errors import (
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
    BadSymbol,
    ExchangeError,
    ExchangeNotAvailable,
    InsufficientFunds,
    InvalidAddress,
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
    LedgerEntry,
    Market,
    OHLCV,
    Order,
    OrderBook,
    Status,
    Ticker,
    Trade,
    TradingFee,
    Transaction,
    Transfer,
)


class htx(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "htx",
                "name": "HTX",
                "countries": ["SC"],
                "version": "v1",
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
                    "fetchOrders": True,
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
                    "fetchStatus": True,
                    "fetchTradingFees": True,
                    "cancelAllOrders": True,
                    "fetchOrderTrades": True,
                    "fetchTradingFee": True,
                    "fetchDepositAddresses": False,
                    "createDepositAddress": False,
                    "fetchDepositWithdrawFees": True,
                    "transfer": True,
                    "createMarketBuyOrderWithCost": True,
                },
                "urls": {
                    "logo": "https://www.htx.com/favicon.ico",
                    "api": "https://api.huobi.pro",
                    "www": "https://www.htx.com",
                    "doc": "https://www.htx.com/en-us/opend/newApiPages/",
                    "fees": "https://www.htx.com/en-us/fee/",
                },
                "api": {
                    "public": {
                        "get": {
                            "v1/common/timestamp": 1,
                            "v2/market-status": 1,
                            "v1/common/symbols": 1,
                            "v1/common/currencys": 1,
                            "v2/settings/common/symbols": 1,
                            "v2/settings/common/currencies": 1,
                            "v2/reference/currencies": 1,
                            "market/history/kline": 1,
                            "market/detail/merged": 1,
                            "market/tickers": 1,
                            "market/depth": 1,
                            "market/trade": 1,
                            "market/history/trade": 1,
                            "market/detail": 1,
                        }
                    },
                    "private": {
                        "get": {
                            "v1/account/accounts": 2,
                            "v1/account/accounts/{account-id}/balance": 2,
                            "v2/account/valuation": 2,
                            "v2/account/ledger": 2,
                            "v2/reference/transact-fee-rate": 2,
                            "v2/account/deposit/address": 2,
                            "v2/account/withdraw/quota": 2,
                            "v2/account/withdraw/address": 2,
                            "v1/query/deposit-withdraw": 2,
                            "v1/query/withdraw/client-order-id": 2,
                            "v1/order/openOrders": 1,
                            "v1/order/orders/{order-id}": 1,
                            "v1/order/orders/getClientOrder": 1,
                            "v1/order/orders/{order-id}/matchresults": 1,
                            "v1/order/orders": 5,
                            "v1/order/history": 5,
                            "v1/order/matchresults": 5,
                            "v2/user/uid": 2,
                        },
                        "post": {
                            "v1/order/orders/place": 1,
                            "v1/order/batch-orders": 1,
                            "v1/order/orders/{order-id}/submitcancel": 1,
                            "v1/order/orders/submitCancelClientOrder": 1,
                            "v1/order/orders/batchCancelOpenOrders": 5,
                            "v1/order/orders/batchcancel": 5,
                            "v2/algo-orders/cancel-all-after": 1,
                            "v1/dw/withdraw/api/create": 5,
                            "v1/dw/withdraw-virtual/{withdraw-id}/cancel": 5,
                            "v2/account/transfer": 5,
                            "v1/account/transfer": 5,
                        },
                    },
                },
                "timeframes": {
                    "1m": "1min",
                    "5m": "5min",
                    "15m": "15min",
                    "30m": "30min",
                    "1h": "60min",
                    "4h": "4hour",
                    "1d": "1day",
                    "1w": "1week",
                    "1M": "1mon",
                    "1y": "1year",
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": True, "percentage": True, "taker": 0.002, "maker": 0.002}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "accountId": None,
                    "accountsByType": {"spot": "spot", "swap": "linear-swap", "linear-swap": "linear-swap"},
                    "transferMarginAccount": "USDT",
                    "maxCandles": 2000,
                    "maxTrades": 2000,
                    "tradeFeeSymbolsPerRequest": 10,
                    "depths": [5, 10, 20],
                    "orderStates": {
                        "created": "open",
                        "pre-submitted": "open",
                        "submitted": "open",
                        "partial-filled": "open",
                        "canceling": "open",
                        "filled": "closed",
                        "partial-canceled": "canceled",
                        "canceled": "canceled",
                        "rejected": "rejected",
                    },
                    "transactionStates": {
                        "unknown": "pending",
                        "confirming": "pending",
                        "confirmed": "ok",
                        "safe": "ok",
                        "orphan": "failed",
                        "verifying": "pending",
                        "submitted": "pending",
                        "reexamine": "pending",
                        "pass": "pending",
                        "pre-transfer": "pending",
                        "wallet-transfer": "pending",
                        "wallet-reject": "failed",
                        "confirm-error": "failed",
                        "reject": "failed",
                        "failed": "failed",
                        "canceled": "canceled",
                        "repealed": "canceled",
                    },
                },
                "exceptions": {
                    "exact": {
                        "api-signature-not-valid": AuthenticationError,
                        "login-required": AuthenticationError,
                        "base-operation-forbidden": PermissionDenied,
                        "api-not-support-temp-addr": PermissionDenied,
                        "order-accountbalance-error": InsufficientFunds,
                        "account-frozen-balance-insufficient-error": InsufficientFunds,
                        "dw-insufficient-balance": InsufficientFunds,
                        "invalid-parameter": BadRequest,
                        "base-argument-unsupported": BadRequest,
                        "base-currency-error": BadRequest,
                        "base-symbol-error": BadSymbol,
                        "base-symbol-trade-disabled": BadSymbol,
                        "order-orderstate-error": InvalidOrder,
                        "order-limitorder-amount-min-error": InvalidOrder,
                        "order-limitorder-amount-max-error": InvalidOrder,
                        "order-marketorder-amount-min-error": InvalidOrder,
                        "order-limitorder-price-min-error": InvalidOrder,
                        "order-limitorder-price-max-error": InvalidOrder,
                        "order-value-min-error": InvalidOrder,
                        "order-holding-limit-failed": InvalidOrder,
                        "order-queryorder-invalid": OrderNotFound,
                        "base-record-invalid": OrderNotFound,
                        "invalid-address": InvalidAddress,
                        "too-many-requests": RateLimitExceeded,
                        "1002": PermissionDenied,
                        "1003": AuthenticationError,
                        "2002": BadRequest,
                        "2003": BadRequest,
                        "500": ExchangeNotAvailable,
                    },
                    "broad": {},
                },
            },
        )

    # --- time, status, markets and currencies --------------------------------------------------------
    async def fetch_time(self, params: dict[str, Any] | None = None) -> int | None:
        if params is None:
            params = {}
        # v1/common/timestamp: { status: 'ok', data: ms }.
        response = await self.public_get_v1_common_timestamp(params)
        return self.safe_integer(response, "data")

    async def fetch_status(self, params: dict[str, Any] | None = None) -> Status:
        if params is None:
            params = {}
        # v2/market-status: { code: 200, data: { marketStatus: 1 normal, 2 halted, 3 cancel-only,
        # haltStartTime, haltEndTime (ms), haltReason, affectedSymbols } }.
        response = await self.public_get_v2_market_status(params)
        data = self.safe_dict(response, "data", {})
        market_status = self.safe_string(data, "marketStatus")
        return {
            "status": "ok" if (market_status == "1") else "maintenance",
            "updated": None,
            "eta": self.safe_milliseconds(data, "haltEndTime"),
            "url": None,
            "info": response,
        }

    async def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # v1/common/symbols: [ { base-currency, quote-currency, price-precision, amount-precision,
        # value-precision (decimals), symbol, state: 'online' ..., min-order-amt, max-order-amt,
        # min-order-value, limit-order-min-order-amt, limit-order-max-order-amt, api-trading, ... } ].
        response = await self.public_get_v1_common_symbols(params)
        entries = self.safe_list(response, "data", [])
        result = []
        i = 0
        while True:
            if not (i < len(entries)):
                break
            result.append(self.parse_market(js.get(entries, i)))
            i += 1
        return result

    def parse_market(self, entry):
        base_id = self.safe_string(entry, "base-currency")
        quote_id = self.safe_string(entry, "quote-currency")
        base = self.safe_currency_code(base_id)
        quote = self.safe_currency_code(quote_id)
        online = self.safe_string(entry, "state") == "online"
        api_trading = self.safe_string(entry, "api-trading", "enabled") == "enabled"
        return self.market_structure(
            id=self.safe_string(entry, "symbol"),
            symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
            base=base,
            quote=quote,
            baseId=base_id,
            quoteId=quote_id,
            active=online and api_trading,
            type="spot",
            spot=True,
            taker=js.get(js.get(self.fees, "trading"), "taker"),
            maker=js.get(js.get(self.fees, "trading"), "maker"),
            precision={
                "amount": self.parse_number(
                    self.parse_precision(self.safe_string(entry, "amount-precision"))
                ),
                "price": self.parse_number(self.parse_precision(self.safe_string(entry, "price-precision"))),
                "cost": self.parse_number(self.parse_precision(self.safe_string(entry, "value-precision"))),
            },
            limits={
                "amount": {
                    "min": self.safe_number2(entry, "limit-order-min-order-amt", "min-order-amt"),
                    "max": self.safe_number2(entry, "limit-order-max-order-amt", "max-order-amt"),
                },
                "price": {"min": None, "max": None},
                "cost": {"min": self.safe_number(entry, "min-order-value"), "max": None},
            },
            info=entry,
        )

    async def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # v2/reference/currencies: [ { currency, assetType, instStatus: 'normal' or 'delisted', chains: [ {
        # chain, displayName, baseChain, baseChainProtocol, depositStatus, withdrawStatus: 'allowed' or
        # 'prohibited', minDepositAmt, minWithdrawAmt, maxWithdrawAmt, withdrawPrecision, withdrawFeeType,
        # transactFeeWithdraw, addrDepositTag, ... } ] } ].
        response = await self.public_get_v2_reference_currencies(params)
        entries = self.safe_list(response, "data", [])
        result = {}
        i = 0
        while True:
            if not (i < len(entries)):
                break
            currency = self.parse_htx_currency(js.get(entries, i))
            js.set_(result, js.get(currency, "code"), currency)
            i += 1
        return result

    def chain_network_code(self, chain):
        # A chain's unified network code: its token protocol ('TRC20', 'ERC20', 'BEP20') when it has one, else
        # its base chain ('BTC', 'ETH'); HTX's chain ids ('trc20usdt', 'usdterc20') differ per currency.
        protocol = self.safe_string_upper(chain, "baseChainProtocol")
        if protocol is not None:
            return protocol
        base_chain = self.safe_string_upper(chain, "baseChain")
        return base_chain if (base_chain is not None) else self.safe_string_upper(chain, "chain")

    def parse_htx_currency(self, entry):
        id_ = self.safe_string(entry, "currency")
        code = self.safe_currency_code(id_)
        chains = self.safe_list(entry, "chains", [])
        networks = {}
        deposit = False
        withdraw = False
        i = 0
        while True:
            if not (i < len(chains)):
                break
            chain = js.get(chains, i)
            network_code = self.chain_network_code(chain)
            can_deposit = self.safe_string(chain, "depositStatus") == "allowed"
            can_withdraw = self.safe_string(chain, "withdrawStatus") == "allowed"
            deposit = deposit or can_deposit
            withdraw = withdraw or can_withdraw
            # transactFeeWithdraw is an amount for withdrawFeeType 'fixed'; other types have no single fee.
            fixed_fee = self.safe_string(chain, "withdrawFeeType") == "fixed"
            js.set_(
                networks,
                network_code,
                {
                    "id": self.safe_string(chain, "chain"),
                    "network": network_code,
                    "active": can_deposit and can_withdraw,
                    "deposit": can_deposit,
                    "withdraw": can_withdraw,
                    "fee": self.safe_number(chain, "transactFeeWithdraw") if fixed_fee else None,
                    "precision": self.parse_number(
                        self.parse_precision(self.safe_string(chain, "withdrawPrecision"))
                    ),
                    "limits": {
                        "withdraw": {
                            "min": self.safe_number(chain, "minWithdrawAmt"),
                            "max": self.safe_number(chain, "maxWithdrawAmt"),
                        },
                        "deposit": {"min": self.safe_number(chain, "minDepositAmt"), "max": None},
                    },
                },
            )
            i += 1
        codes = js.keys(networks)
        normal = self.safe_string(entry, "instStatus") == "normal"
        return {
            "id": id_,
            "code": code,
            "name": None,
            "active": normal and (deposit or withdraw),
            "deposit": deposit if (len(codes) > 0) else None,
            "withdraw": withdraw if (len(codes) > 0) else None,
            "fee": (
                self.safe_number(self.safe_dict(networks, js.get(codes, 0), {}), "fee")
                if (len(codes) == 1)
                else None
            ),
            "precision": None,
            "limits": {"amount": {"min": None, "max": None}, "withdraw": {"min": None, "max": None}},
            "networks": networks,
            "info": entry,
        }

    async def fetch_deposit_withdraw_fees(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, DepositWithdrawFee]:
        if params is None:
            params = {}
        # The withdrawal fee of each chain is in the currency list (transactFeeWithdraw); deposits are free.
        currencies = await self.fetch_currencies(params)
        return self.deposit_withdraw_fees_from_currencies(currencies, codes)

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # detail/merged's tick: { id, open, close, low, high, amount (base volume), vol (quote volume), count,
        # bid: [ price, size ], ask: [ price, size ] }, with the response's ts. The entries of market/tickers:
        # { symbol, open, high, low, close, amount, vol, count, bid, bidSize, ask, askSize }.
        market = self.safe_market(self.safe_string(ticker, "symbol"), market)
        bid = self.safe_string(ticker, "bid")
        bid_volume = self.safe_string(ticker, "bidSize")
        ask = self.safe_string(ticker, "ask")
        ask_volume = self.safe_string(ticker, "askSize")
        bid_level = self.safe_list(ticker, "bid")
        if bid_level is not None:
            bid = self.safe_string(bid_level, 0)
            bid_volume = self.safe_string(bid_level, 1)
        ask_level = self.safe_list(ticker, "ask")
        if ask_level is not None:
            ask = self.safe_string(ask_level, 0)
            ask_volume = self.safe_string(ask_level, 1)
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer(ticker, "ts"),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            bid=bid,
            bid_volume=bid_volume,
            ask=ask,
            ask_volume=ask_volume,
            open_=self.safe_string(ticker, "open"),
            close=self.safe_string(ticker, "close"),
            last=self.safe_string(ticker, "close"),
            base_volume=self.safe_string(ticker, "amount"),
            quote_volume=self.safe_string(ticker, "vol"),
            info=ticker,
            market=market,
        )

    async def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        # market/detail/merged: { status, ts, tick }; the 24 h rolling statistics with the best bid and ask.
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_market_detail_merged(
            self.extend({"symbol": js.get(market, "id")}, params)
        )
        tick = self.extend(self.safe_dict(response, "tick", {}), {"ts": self.safe_integer(response, "ts")})
        return self.parse_ticker(tick, market)

    async def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # market/tickers: { status, ts, data: [ ... ] }, every market; the snapshot's ts is each one's.
        await self.load_markets()
        response = await self.public_get_market_tickers(params)
        ts = self.safe_integer(response, "ts")
        tickers = self.safe_list(response, "data", [])
        stamped = []
        i = 0
        while True:
            if not (i < len(tickers)):
                break
            stamped.append(self.extend(js.get(tickers, i), {"ts": ts}))
            i += 1
        return self.parse_tickers(stamped, symbols)

    async def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # market/depth?type=step0 (no aggregation): tick { ts, version, bids, asks }, [ price, size ]. depth
        # takes 5, 10 or 20; without it the book has 150 levels.
        await self.load_markets()
        market = self.market(symbol)
        request = {"symbol": js.get(market, "id"), "type": "step0"}
        if limit is not None:
            if js.greater(limit, 150):
                raise BadRequest(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " fetchOrderBook () limit must be at most 150: the book has 150 levels"
                    )
                )
            depths = js.get(self.options, "depths")
            i = 0
            while True:
                if not js.less(i, js.length(depths)):
                    break
                if js.less_equal(limit, js.get(depths, i)):
                    request["depth"] = js.get(depths, i)
                    break
                i += 1
        response = await self.public_get_market_depth(self.extend(request, params))
        tick = self.safe_dict(response, "tick", {})
        book = self.parse_order_book(tick, js.get(market, "symbol"), self.safe_integer(tick, "ts"))
        js.set_(book, "nonce", self.safe_integer(tick, "version"))
        if limit is not None:
            js.set_(book, "bids", js.slice_(js.get(book, "bids"), 0, limit))
            js.set_(book, "asks", js.slice_(js.get(book, "asks"), 0, limit))
        return book

    def parse_ohlcv(self, ohlcv, market=None):
        # { id (open time, seconds), open, close, low, high, amount (base volume), vol (quote), count }.
        return [
            self.safe_timestamp(ohlcv, "id"),
            self.safe_number(ohlcv, "open"),
            self.safe_number(ohlcv, "high"),
            self.safe_number(ohlcv, "low"),
            self.safe_number(ohlcv, "close"),
            self.safe_number(ohlcv, "amount"),
        ]

    parseOHLCV = MethodAlias("parse_ohlcv")

    async def fetch_ohlcv(
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
        # market/history/kline: period, size (1-2000); the latest candles, newest first. It takes no time
        # range: since filters what comes back, and until cannot be honoured.
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchOHLCV () does not support the unified param until: history/kline returns the latest candles only"
                )
            )
        await self.load_markets()
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
        request = {"symbol": js.get(market, "id"), "period": period}
        if limit is not None:
            request["size"] = js.min_(limit, js.get(self.options, "maxCandles"))
        elif since is not None:
            request["size"] = js.get(self.options, "maxCandles")
        response = await self.public_get_market_history_kline(self.extend(request, params))
        return self.parse_ohlcvs(self.safe_list(response, "data", []), market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def parse_trade(self, trade, market=None):
        # Public trades: { id, ts, trade-id, amount, price, direction (the taker's side) }. The account's
        # matchresults: { id, symbol, order-id, match-id, trade-id, type: 'buy-limit' ..., price,
        # filled-amount, filled-fees, fee-currency, filled-points, fee-deduct-currency, role: 'taker' or
        # 'maker', created-at }.
        market = self.safe_market(self.safe_string(trade, "symbol"), market)
        order_type = self.safe_string(trade, "type")
        side = self.safe_string(trade, "direction")
        type_ = None
        if order_type is not None:
            parts = js.split(order_type, "-")
            side = js.get(parts, 0)
            type_ = self.unified_order_type(order_type)
        fees = []
        fee_cost = self.safe_string(trade, "filled-fees")
        if (fee_cost is not None) and (not Precise.string_eq(fee_cost, "0")):
            fees.append(
                {
                    "cost": fee_cost,
                    "currency": self.safe_currency_code(self.safe_string(trade, "fee-currency")),
                }
            )
        # A fee paid in HTX points (or another deduction currency) instead of the fee currency.
        points = self.safe_string(trade, "filled-points")
        if (points is not None) and (not Precise.string_eq(points, "0")):
            fees.append(
                {
                    "cost": points,
                    "currency": self.safe_currency_code(self.safe_string(trade, "fee-deduct-currency")),
                }
            )
        if (len(fees) == 0) and (fee_cost is not None):
            fees.append(
                {
                    "cost": fee_cost,
                    "currency": self.safe_currency_code(self.safe_string(trade, "fee-currency")),
                }
            )
        return self.trade_structure(
            identifier=self.safe_string(trade, "trade-id"),
            order=self.safe_string(trade, "order-id"),
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer2(trade, "created-at", "ts"),
            kind=type_,
            side=side,
            taker_or_maker=self.safe_string(trade, "role"),
            price=self.safe_string(trade, "price"),
            amount=self.safe_string2(trade, "filled-amount", "amount"),
            fees=fees,
            info=trade,
            market=market,
        )

    async def fetch_trades(
        self,
        symbol: str,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # market/history/trade: size (1-2000); data: [ { id, ts, data: [ trades ] } ], groups newest first.
        await self.load_markets()
        market = self.market(symbol)
        request = {"symbol": js.get(market, "id")}
        if limit is not None:
            request["size"] = js.min_(limit, js.get(self.options, "maxTrades"))
        response = await self.public_get_market_history_trade(self.extend(request, params))
        groups = self.safe_list(response, "data", [])
        trades = []
        i = 0
        while True:
            if not (i < len(groups)):
                break
            # (pushed in place: a copy of the trades so far at each group made a response of many empty groups cost
            # their product; red-team round 28)
            entries = self.safe_list(js.get(groups, i), "data", [])
            j = 0
            while True:
                if not (j < len(entries)):
                    break
                trades.append(js.get(entries, j))
                j += 1
            i += 1
        return self.parse_trades(trades, market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    async def fetch_spot_account_id(self):
        # v1/account/accounts: [ { id, type: 'spot', 'margin', 'otc', ..., subtype, state: 'working' or
        # 'lock' } ]; the spot account's id, unless options['accountId'] names it. The id found is kept there:
        # it does not change, and createOrder needs it every time.
        configured = self.safe_string(self.options, "accountId")
        if configured is not None:
            return configured
        response = await self.private_get_v1_account_accounts()
        accounts = self.safe_list(response, "data", [])
        i = 0
        while True:
            if not (i < len(accounts)):
                break
            if self.safe_string(js.get(accounts, i), "type") == "spot":
                account_id = self.safe_string(js.get(accounts, i), "id")
                js.set_(self.options, "accountId", account_id)
                return account_id
            i += 1
        raise ExchangeError(
            js.bounded_text(
                js.to_str(self.id) + " has no spot account (v1/account/accounts lists none of type spot)"
            )
        )

    async def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # accounts/{account-id}/balance: { id, type, state, list: [ { currency, type: 'trade' (available) or
        # 'frozen' (held by orders), balance } ] }, two lines a currency.
        await self.load_markets()
        account_id = await self.fetch_spot_account_id()
        response = await self.private_get_v1_account_accounts_account_id_balance(
            self.extend({"account-id": account_id}, params)
        )
        lines = self.safe_list(self.safe_dict(response, "data", {}), "list", [])
        accounts = {}
        i = 0
        while True:
            if not (i < len(lines)):
                break
            line = js.get(lines, i)
            code = self.safe_currency_code(self.safe_string(line, "currency"))
            account = self.extend(self.safe_dict(accounts, code, self.account()))  # a copy, changed below
            kind = self.safe_string(line, "type")
            if kind == "trade":
                account["free"] = self.safe_string(line, "balance")
            elif kind == "frozen":
                account["used"] = self.safe_string(line, "balance")
            js.set_(accounts, code, account)
            i += 1
        return self.safe_balance(self.extend({"info": response}, accounts))

    def parse_trading_fee(self, entry):
        # transact-fee-rate: { symbol, makerFeeRate, takerFeeRate, actualMakerRate, actualTakerRate }; the
        # actual rates are those charged (after discounts), as fractions.
        return {
            "symbol": self.safe_symbol(self.safe_string(entry, "symbol")),
            "maker": self.safe_number2(entry, "actualMakerRate", "makerFeeRate"),
            "taker": self.safe_number2(entry, "actualTakerRate", "takerFeeRate"),
            "info": entry,
        }

    async def fetch_trading_fees_of(self, market_ids, params):
        # v2/reference/transact-fee-rate?symbols=a,b,...: at most 10 symbols a request.
        response = await self.private_get_v2_reference_transact_fee_rate(
            self.extend({"symbols": js.join(market_ids, ",")}, params)
        )
        entries = self.safe_list(response, "data", [])
        result = {}
        i = 0
        while True:
            if not (i < len(entries)):
                break
            fee = self.parse_trading_fee(js.get(entries, i))
            js.set_(result, js.get(fee, "symbol"), fee)
            i += 1
        return result

    async def fetch_trading_fee(self, symbol: str, params: dict[str, Any] | None = None) -> TradingFee:
        if params is None:
            params = {}
        await self.load_markets()
        market = self.market(symbol)
        fees = await self.fetch_trading_fees_of([js.get(market, "id")], params)
        return self.safe_dict(fees, js.get(market, "symbol"))

    async def fetch_trading_fees(self, params: dict[str, Any] | None = None) -> dict[str, TradingFee]:
        if params is None:
            params = {}
        # Every loaded market, in requests of 10 symbols.
        await self.load_markets()
        batch = js.get(self.options, "tradeFeeSymbolsPerRequest")
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(self.symbols)):
                break
            symbols = js.slice_(self.symbols, i, js.add(i, batch))
            fees = await self.fetch_trading_fees_of(self.market_ids(symbols), params)
            result = self.extend(result, fees)
            i = js.add(i, batch)
        return result

    def parse_ledger_entry(self, item, currency=None):
        # v2/account/ledger: { accountId, currency, transactAmt (signed), transactType, transferType,
        # transactId, transactTime (ms), transferer, transferee }.
        code = self.safe_currency_code(self.safe_string(item, "currency"), currency)
        return self.safe_ledger_entry(
            {
                "id": self.safe_string(item, "transactId"),
                "timestamp": self.safe_integer(item, "transactTime"),
                "account": self.safe_string(item, "accountId"),
                "referenceId": self.safe_string(item, "transactId"),
                "type": self.safe_string2(item, "transferType", "transactType"),
                "currency": code,
                "amount": self.safe_string(item, "transactAmt"),
                "status": "ok",
                "info": item,
            },
            currency,
        )

    async def fetch_ledger(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[LedgerEntry]:
        if params is None:
            params = {}
        # v2/account/ledger: accountId (the spot account), currency, startTime and endTime (ms, at most 10 days
        # apart; the unified until), limit (1-500).
        await self.load_markets()
        account_id = await self.fetch_spot_account_id()
        request = {"accountId": account_id}
        currency = None
        if code is not None:
            currency = self.currency(code)
            request["currency"] = js.get(currency, "id")
        if since is not None:
            request["startTime"] = since
        until = self.safe_integer(params, "until")
        if until is not None:
            request["endTime"] = until
        if limit is not None:
            request["limit"] = js.min_(limit, 500)
        response = await self.private_get_v2_account_ledger(self.extend(request, self.omit(params, "until")))
        return self.parse_ledger(self.safe_list(response, "data", []), currency, since, limit)

    async def transfer(
        self,
        code: str,
        amount: float,
        from_account: str,
        to_account: str,
        params: dict[str, Any] | None = None,
    ) -> Transfer:
        if params is None:
            params = {}
        # POST v2/account/transfer: { from, to: 'spot' or 'linear-swap', currency, amount, margin-account } ->
        # { data: transfer id }, between the spot account and the USDT-margined swap account.
        await self.load_markets()
        currency = self.currency(code)
        request = {
            "from": self.account_type_id(from_account),
            "to": self.account_type_id(to_account),
            "currency": js.get(currency, "id"),
            "amount": self.number_to_string(amount),
            "margin-account": self.safe_string(
                params, "margin-account", js.get(self.options, "transferMarginAccount")
            ),
        }
        response = await self.private_post_v2_account_transfer(
            self.extend(request, self.omit(params, "margin-account"))
        )
        return self.safe_transfer(
            {
                "id": self.safe_string(response, "data"),
                "currency": js.get(currency, "code"),
                "amount": js.get(request, "amount"),
                "fromAccount": from_account,
                "toAccount": to_account,
                "status": "ok",
                "info": response,
            }
        )

    # --- orders --------------------------------------------------------------------------------------
    def unified_order_type(self, order_type):
        # HTX's order type is side-kind: buy-market, sell-limit, buy-ioc, buy-limit-maker, buy-stop-limit,
        # buy-limit-fok, buy-stop-limit-fok. Only -market is a market order; the rest carry a limit price.
        if order_type is None:
            return None
        return "market" if (js.index_of(order_type, "-market") >= 0) else "limit"

    def order_time_in_force(self, order_type):
        if order_type is None:
            return None
        if js.ends_with(order_type, "-limit-maker"):
            return "PO"
        if js.ends_with(order_type, "-ioc"):
            return "IOC"
        if js.ends_with(order_type, "-fok"):
            return "FOK"
        return "IOC" if js.ends_with(order_type, "-market") else "GTC"

    def parse_order(self, order, market=None):
        # orders/{order-id} and the lists: { id, symbol, account-id, client-order-id, amount, price, type,
        # created-at, finished-at, canceled-at, state, stop-price, operator, field-amount (filled) or
        # filled-amount, field-cash-amount (filled value) or filled-cash-amount, field-fees or filled-fees }.
        # A buy-market order's amount is the value to spend, in the quote currency.
        market = self.safe_market(self.safe_string(order, "symbol"), market)
        order_type = self.safe_string(order, "type")
        type_ = self.unified_order_type(order_type)
        side = None if (order_type is None) else js.get(js.split(order_type, "-"), 0)
        time_in_force = self.order_time_in_force(order_type)
        market_buy = order_type == "buy-market"
        amount = self.safe_string(order, "amount")
        filled_cost = self.safe_string2(order, "field-cash-amount", "filled-cash-amount")
        state = self.safe_string(order, "state")
        fee_cost = self.safe_string2(order, "field-fees", "filled-fees")
        fee = None
        if fee_cost is not None:
            # The fee is charged in what the order receives: the base currency for a buy, the quote for a sell.
            fee = {
                "cost": fee_cost,
                "currency": js.get(market, "base") if (side == "buy") else js.get(market, "quote"),
            }
        price = self.safe_string(order, "price")
        return self.safe_order(
            {
                "id": self.safe_string(order, "id"),
                "clientOrderId": self.safe_string(order, "client-order-id"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.safe_integer(order, "created-at"),
                "lastUpdateTimestamp": self.safe_milliseconds(order, "finished-at"),
                "status": self.safe_string(js.get(self.options, "orderStates"), state, state),
                "type": type_,
                "timeInForce": time_in_force,
                "postOnly": None if (time_in_force is None) else time_in_force == "PO",
                "side": side,
                "price": None if ((price is None) or Precise.string_eq(price, "0")) else price,
                "triggerPrice": self.safe_string(order, "stop-price"),
                "amount": None if market_buy else amount,
                "cost": filled_cost,
                "filled": self.safe_string2(order, "field-amount", "filled-amount"),
                "fee": fee,
                "info": order,
            },
            market,
        )

    def order_type_of(self, type_, side, unified):
        # The unified order as HTX's type: side-market, side-limit, side-limit-maker (postOnly), side-ioc
        # (timeInForce IOC), side-limit-fok (FOK), side-stop-limit(-fok) (a trigger). Combinations HTX cannot
        # place are rejected, naming the param.
        time_in_force = js.get(unified, "timeInForce")
        has_trigger = js.get(unified, "trigger") is not None
        if type_ == "market":
            if has_trigger:
                raise InvalidOrder(
                    js.bounded_text(
                        js.bounded_text(js.to_str(self.id) + " createOrder () ")
                        + js.to_str(js.get(unified, "triggerKind"))
                        + " needs a limit order: HTX spot stop orders are stop-limit orders"
                    )
                )
            if (time_in_force is not None) and (not (time_in_force == "IOC")):
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () timeInForce "
                        + js.to_str(time_in_force)
                        + " applies to limit orders only, not market orders"
                    )
                )
            return js.bounded_text(js.to_str(side) + "-market")
        if has_trigger:
            if time_in_force == "IOC":
                raise InvalidOrder(
                    js.bounded_text(
                        js.bounded_text(
                            js.to_str(self.id) + " createOrder () timeInForce IOC cannot be combined with "
                        )
                        + js.to_str(js.get(unified, "triggerKind"))
                        + ": stop-limit orders are GTC or FOK"
                    )
                )
            return (
                js.bounded_text(js.to_str(side) + "-stop-limit-fok")
                if (time_in_force == "FOK")
                else js.bounded_text(js.to_str(side) + "-stop-limit")
            )
        if js.truthy(js.get(unified, "postOnly")):
            return js.bounded_text(js.to_str(side) + "-limit-maker")
        if time_in_force == "IOC":
            return js.bounded_text(js.to_str(side) + "-ioc")
        if time_in_force == "FOK":
            return js.bounded_text(js.to_str(side) + "-limit-fok")
        return js.bounded_text(js.to_str(side) + "-limit")

    def trigger_operator(self, side, kind):
        # operator: 'gte' triggers when the last price rises to stop-price or above, 'lte' when it falls to it
        # or below. A sell's stop loss (or a plain trigger) waits for a fall, its take profit for a rise; a
        # buy's the other way round.
        falls = (side == "buy") if (kind == "takeProfitPrice") else side == "sell"
        return "lte" if falls else "gte"

    def market_buy_value(self, symbol, amount, price, unified):
        # A buy-market order's amount is the value to spend in the quote currency: the unified cost, or amount
        # times price when the caller gives a price to reckon with.
        if js.get(unified, "cost") is not None:
            return self.cost_to_precision(symbol, js.get(unified, "cost"))
        if (amount is None) or (price is None):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () a market buy spends quote currency: pass the unified param cost (or a price to multiply amount by)"
                )
            )
        return self.cost_to_precision(
            symbol, Precise.string_mul(self.number_to_string(amount), self.number_to_string(price))
        )

    async def create_order(
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
        # POST v1/order/orders/place: { account-id, symbol, type, amount, price, source: 'spot-api',
        # client-order-id, stop-price, operator } -> { data: order id }. reduceOnly has no meaning on spot.
        await self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params("createOrder", unified, ["reduceOnly"])
        if (not (type_ == "limit")) and (not (type_ == "market")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () type must be limit or market, not "
                    + js.to_str(type_)
                )
            )
        if (not (side == "buy")) and (not (side == "sell")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id) + " createOrder () side must be buy or sell, not " + js.to_str(side)
                )
            )
        if (js.get(unified, "cost") is not None) and (not (side == "buy")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () cost sizes market buy orders only: a market sell is sized by amount"
                )
            )
        order_type = self.order_type_of(type_, side, unified)
        account_id = await self.fetch_spot_account_id()
        request = {
            "account-id": account_id,
            "symbol": js.get(market, "id"),
            "type": order_type,
            "source": "spot-api",
        }
        if (type_ == "market") and (side == "buy"):
            request["amount"] = self.market_buy_value(symbol, amount, price, unified)
        else:
            request["amount"] = self.amount_to_precision(symbol, amount)
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["price"] = self.price_to_precision(symbol, price)
        if js.get(unified, "clientOrderId") is not None:
            request["client-order-id"] = js.get(unified, "clientOrderId")
        if js.get(unified, "trigger") is not None:
            request["stop-price"] = self.price_to_precision(symbol, js.get(unified, "trigger"))
            request["operator"] = self.trigger_operator(side, js.get(unified, "triggerKind"))
        response = await self.private_post_v1_order_orders_place(self.extend(request, rest))
        # The answer is the order's id only: the order is what was asked for, its state unknown until fetched.
        market_buy = (type_ == "market") and (side == "buy")
        return self.safe_order(
            {
                "id": self.safe_string(response, "data"),
                "clientOrderId": js.get(unified, "clientOrderId"),
                "symbol": js.get(market, "symbol"),
                "type": type_,
                "side": side,
                "timeInForce": self.order_time_in_force(order_type),
                "postOnly": js.get(unified, "postOnly"),
                "price": self.safe_string(request, "price"),
                "triggerPrice": self.safe_string(request, "stop-price"),
                "amount": None if market_buy else js.get(request, "amount"),
                "info": response,
            },
            market,
        )

    async def create_market_buy_order_with_cost(
        self, symbol: str, cost: float, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        return await self.create_order(
            symbol, "market", "buy", None, None, self.extend(params, {"cost": cost})
        )

    async def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # POST orders/{order-id}/submitcancel -> { data: order id }: the cancel is requested, the order
        # leaves the book shortly after.
        await self.load_markets()
        market = None
        if symbol is not None:
            market = self.market(symbol)
        response = await self.private_post_v1_order_orders_order_id_submitcancel(
            self.extend({"order-id": id_}, params)
        )
        return self.safe_order(
            {
                "id": self.safe_string(response, "data", id_),
                "symbol": self.safe_symbol(None, market),
                "status": "canceled",
                "info": response,
            },
            market,
        )

    async def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # POST orders/batchCancelOpenOrders { account-id, symbol } answers with counts only ({ success-count,
        # failed-count, next-id }): the open orders are listed first, and returned as canceled.
        await self.load_markets()
        account_id = await self.fetch_spot_account_id()
        request = {"account-id": account_id}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["symbol"] = js.get(market, "id")
        open_ = await self.private_get_v1_order_open_orders(request)
        orders = self.parse_orders(self.safe_list(open_, "data", []), market)
        response = await self.private_post_v1_order_orders_batch_cancel_open_orders(
            self.extend(request, params)
        )
        return self.canceled_orders(orders, response)

    async def fetch_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # GET orders/{order-id}.
        await self.load_markets()
        market = None
        if symbol is not None:
            market = self.market(symbol)
        response = await self.private_get_v1_order_orders_order_id(self.extend({"order-id": id_}, params))
        return self.parse_order(self.safe_dict(response, "data", {}), market)

    async def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # openOrders: account-id (the spot account), symbol, size (at most 500); open orders, newest first.
        await self.load_markets()
        account_id = await self.fetch_spot_account_id()
        request = {"account-id": account_id}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["symbol"] = js.get(market, "id")
        if limit is not None:
            request["size"] = js.min_(limit, 500)
        response = await self.private_get_v1_order_open_orders(self.extend(request, params))
        return self.parse_orders(self.safe_list(response, "data", []), market, since, limit)

    async def fetch_orders_by_states(self, states, symbol, since, limit, params, method):
        # GET v1/order/orders: symbol (required), states (comma-separated), start-time and end-time (ms; the
        # unified until), size (at most 100).
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () requires a symbol: v1/order/orders lists one market"
                )
            )
        await self.load_markets()
        market = self.market(symbol)
        request = {"symbol": js.get(market, "id"), "states": states}
        request = self.with_time_range(request, since, params)
        if limit is not None:
            js.set_(request, "size", js.min_(limit, 100))
        response = await self.private_get_v1_order_orders(self.extend(request, self.omit(params, "until")))
        return self.parse_orders(self.safe_list(response, "data", []), market, since, limit)

    async def fetch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        return await self.fetch_orders_by_states(
            "submitted,partial-filled,filled,partial-canceled,canceled",
            symbol,
            since,
            limit,
            params,
            "fetchOrders",
        )

    async def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        return await self.fetch_orders_by_states(
            "filled,partial-canceled,canceled", symbol, since, limit, params, "fetchClosedOrders"
        )

    def with_time_range(self, request, since, params):
        # request with start-time and end-time in ms: since and the unified until (a copy: PHP passes arrays
        # by value).
        range_ = {}
        if since is not None:
            range_["start-time"] = since
        until = self.safe_integer(params, "until")
        if until is not None:
            range_["end-time"] = until
        return self.extend(request, range_)

    async def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # matchresults: symbol (required), start-time and end-time (ms), size (at most 500).
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id) + " fetchMyTrades () requires a symbol: matchresults lists one market"
                )
            )
        await self.load_markets()
        market = self.market(symbol)
        request = {"symbol": js.get(market, "id")}
        request = self.with_time_range(request, since, params)
        if limit is not None:
            js.set_(request, "size", js.min_(limit, 500))
        response = await self.private_get_v1_order_matchresults(
            self.extend(request, self.omit(params, "until"))
        )
        return self.parse_trades(self.safe_list(response, "data", []), market, since, limit)

    async def fetch_order_trades(
        self,
        id_: str,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # orders/{order-id}/matchresults: the trades of one order.
        await self.load_markets()
        market = None
        if symbol is not None:
            market = self.market(symbol)
        response = await self.private_get_v1_order_orders_order_id_matchresults(
            self.extend({"order-id": id_}, params)
        )
        return self.parse_trades(self.safe_list(response, "data", []), market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def chain_of(self, network_code, currency, method):
        # HTX's chain id of a unified network code, from the currency's networks (chain ids differ per
        # currency: 'trc20usdt', 'trx'); a code the currency does not list is rejected, not sent as it is.
        network = self.safe_dict(self.safe_dict(currency, "networks", {}), js.upper(network_code))
        if network is None:
            raise BadRequest(
                js.bounded_text(
                    js.bounded_text(
                        js.bounded_text(
                            js.to_str(self.id)
                            + " "
                            + js.to_str(method)
                            + " () knows no network "
                            + js.to_str(network_code)
                            + " (the unified param network) of "
                        )
                        + js.to_str(js.get(currency, "code"))
                        + ": one of "
                    )
                    + js.join(js.keys(self.safe_dict(currency, "networks", {})), ", ")
                )
            )
        return self.safe_string(network, "id")

    def network_of_chain(self, chain_id, currency):
        # The unified network code of an HTX chain id, through the currency's networks.
        if (chain_id is None) or (currency is None):
            return None
        networks = self.safe_dict(currency, "networks", {})
        codes = js.keys(networks)
        i = 0
        while True:
            if not (i < len(codes)):
                break
            if js.strict_equal(self.safe_string(self.safe_dict(networks, codes[i], {}), "id"), chain_id):
                return codes[i]
            i += 1
        return js.upper(chain_id)

    def known_currency(self, currency_id):
        # The loaded currency of an HTX currency id, or undefined.
        code = self.safe_currency_code(currency_id)
        return self.safe_dict(self.currencies, code)

    def parse_transaction(self, transaction, currency=None):
        # deposit-withdraw: { id, type: 'deposit' or 'withdraw', currency, chain, tx-hash, amount, address,
        # address-tag, fee, state, created-at, updated-at }.
        currency_id = self.safe_string(transaction, "currency")
        code = self.safe_currency_code(currency_id, currency)
        known = currency if (currency is not None) else self.known_currency(currency_id)
        type_ = self.safe_string(transaction, "type")
        state = self.safe_string(transaction, "state")
        fee = None
        fee_cost = self.safe_string(transaction, "fee")
        if fee_cost is not None:
            fee = {"cost": fee_cost, "currency": code}
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "id"),
                "txid": self.safe_string(transaction, "tx-hash"),
                "timestamp": self.safe_integer(transaction, "created-at"),
                "network": self.network_of_chain(self.safe_string(transaction, "chain"), known),
                "address": self.safe_string(transaction, "address"),
                "tag": self.safe_string(transaction, "address-tag"),
                "type": "withdrawal" if (type_ == "withdraw") else type_,
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(js.get(self.options, "transactionStates"), state, state),
                "updated": self.safe_integer(transaction, "updated-at"),
                "fee": fee,
                "info": transaction,
            },
            currency,
        )

    async def fetch_transfers(self, type_, code, since, limit, params, method):
        # v1/query/deposit-withdraw: type 'deposit' or 'withdraw', currency, size (at most 500), from (an id).
        # It takes no time range: since filters what comes back, and until cannot be honoured.
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () does not support the unified param until: deposit-withdraw pages by id, not by time"
                )
            )
        await self.load_markets()
        request = {"type": type_}
        currency = None
        if code is not None:
            currency = self.currency(code)
            request["currency"] = js.get(currency, "id")
        if limit is not None:
            request["size"] = js.min_(limit, 500)
        response = await self.private_get_v1_query_deposit_withdraw(self.extend(request, params))
        return self.parse_transactions(self.safe_list(response, "data", []), currency, since, limit)

    async def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return await self.fetch_transfers("deposit", code, since, limit, params, "fetchDeposits")

    async def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return await self.fetch_transfers("withdraw", code, since, limit, params, "fetchWithdrawals")

    async def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # v2/account/deposit/address?currency: [ { currency, address, addressTag, chain } ], one a chain; the
        # one of the unified param network when given, else the first.
        await self.load_markets()
        currency = self.currency(code)
        network_code = self.safe_string(params, "network")
        chain = None
        if network_code is not None:
            chain = self.chain_of(network_code, currency, "fetchDepositAddress")
        response = await self.private_get_v2_account_deposit_address(
            self.extend({"currency": js.get(currency, "id")}, self.omit(params, "network"))
        )
        entries = self.safe_list(response, "data", [])
        entry = None
        i = 0
        while True:
            if not (i < len(entries)):
                break
            if (chain is None) or js.strict_equal(self.safe_string(js.get(entries, i), "chain"), chain):
                entry = js.get(entries, i)
                break
            i += 1
        if (entry is None) or (self.safe_string(entry, "address") is None):
            raise InvalidAddress(
                js.bounded_text(
                    js.bounded_text(
                        js.bounded_text(js.to_str(self.id) + " fetchDepositAddress () has no ")
                        + js.to_str(js.get(currency, "code"))
                        + " address"
                    )
                    + ("" if (network_code is None) else js.bounded_text(" on " + js.to_str(network_code)))
                )
            )
        return {
            "currency": js.get(currency, "code"),
            "address": self.safe_string(entry, "address"),
            "tag": self.safe_string(entry, "addressTag"),
            "network": self.network_of_chain(self.safe_string(entry, "chain"), currency),
            "info": entry,
        }

    async def withdraw(
        self,
        code: str,
        amount: float,
        address: str,
        tag: str | None = None,
        params: dict[str, Any] | None = None,
    ) -> Transaction:
        if params is None:
            params = {}
        # POST v1/dw/withdraw/api/create: { address, currency, amount, chain, addr-tag } -> { data: id }. The
        # unified network code ('TRC20') is the currency's chain id ('trc20usdt').
        await self.load_markets()
        currency = self.currency(code)
        request = {
            "address": address,
            "currency": js.get(currency, "id"),
            "amount": self.number_to_string(amount),
        }
        if tag is not None:
            request["addr-tag"] = tag
        network_code = self.safe_string(params, "network")
        if network_code is not None:
            request["chain"] = self.chain_of(network_code, currency, "withdraw")
        response = await self.private_post_v1_dw_withdraw_api_create(
            self.extend(request, self.omit(params, "network"))
        )
        return self.safe_transaction(
            {
                "id": self.safe_string(response, "data"),
                "type": "withdrawal",
                "address": address,
                "tag": tag,
                "amount": js.get(request, "amount"),
                "currency": js.get(currency, "code"),
                "network": None if (network_code is None) else js.upper(network_code),
                "status": "pending",
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
        query = self.omit(params, self.extract_params(path))
        url = js.bounded_text(js.to_str(js.get(self.urls, "api")) + endpoint)
        if api == "public":
            if len(js.keys(query)) > 0:
                url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(query)))
            return {"url": url, "method": method, "body": body, "headers": headers}
        # Signature version 2: base64 HMAC-SHA256 of "METHOD\nhost\npath\nquery", where the query holds
        # AccessKeyId, SignatureMethod, SignatureVersion and Timestamp (UTC, YYYY-MM-DDThh:mm:ss) and, for GET,
        # the request's params, sorted by name and URL-encoded. POST params go in a JSON body, unsigned.
        self.check_required_credentials()
        signed = {
            "AccessKeyId": self.apiKey,
            "SignatureMethod": "HmacSHA256",
            "SignatureVersion": "2",
            "Timestamp": self.ymdhms(self.milliseconds(), "T"),
        }
        if method == "POST":
            # An empty body is written out: PHP would encode an empty dictionary as a list, '[]'.
            body = self.json(query) if (len(js.keys(query)) > 0) else "{}"
            headers = {"Content-Type": "application/json"}
        else:
            signed = self.extend(signed, query)
        encoded = self.urlencode(self.keysort(signed))
        host = js.get(js.split(js.get(self.urls, "api"), "//"), 1)
        payload = js.bounded_text(
            js.to_str(method) + "\n" + js.to_str(host) + "\n" + endpoint + "\n" + js.to_str(encoded)
        )
        signature = self.hmac(self.encode(payload), self.encode(self.secret), "sha256", "base64")
        url += js.within(
            url,
            js.within(url, "?" + js.to_str(encoded) + "&Signature=")
            + js.to_str(self.encode_uri_component(signature)),
        )
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
        # v1: { status: 'error', err-code, err-msg } (HTTP 200); v2: { code, message } where code 200 is
        # success. The code picks the class where the map knows it, else the message, else ExchangeError.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return
        code = None
        message = None
        if self.safe_string(response, "status") == "error":
            code = self.safe_string(response, "err-code")
            message = self.safe_string(response, "err-msg", "")
        else:
            v2code = self.safe_string(response, "code")
            if (v2code is None) or (v2code == "200"):
                return
            code = v2code
            message = self.safe_string(response, "message", "")
        # The URL without its query: it carries the AccessKeyId and the signature.
        feedback = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " " + js.to_str(method) + " ")
            + js.to_str(js.get(js.split(url, "?"), 0))
            + " "
            + js.to_str(code)
            + " "
            + js.to_str(message)
        )
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
        raise ExchangeError(feedback)
