# Generated from js/kucoin.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from typing import Any

from exchangekit.async_support.base.exchange import Exchange
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


class kucoin(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "kucoin",
                "name": "KuCoin",
                "countries": ["SC"],
                "version": "v1",
                "rateLimit": 15,
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
                    "createDepositAddress": True,
                    "fetchDepositWithdrawFees": True,
                    "transfer": True,
                    "createMarketBuyOrderWithCost": True,
                },
                "urls": {
                    "logo": "https://www.kucoin.com/favicon.ico",
                    "api": "https://api.kucoin.com",
                    "www": "https://www.kucoin.com",
                    "doc": "https://www.kucoin.com/docs/",
                    "fees": "https://www.kucoin.com/vip/privilege",
                },
                "api": {
                    "public": {
                        "get": {
                            "api/v1/timestamp": 3,
                            "api/v1/status": 3,
                            "api/v3/currencies": 3,
                            "api/v3/currencies/{currency}": 3,
                            "api/v2/symbols": 4,
                            "api/v2/symbols/{symbol}": 4,
                            "api/v1/market/orderbook/level1": 2,
                            "api/v1/market/allTickers": 15,
                            "api/v1/market/stats": 15,
                            "api/v1/markets": 3,
                            "api/v1/market/orderbook/level2_20": 2,
                            "api/v1/market/orderbook/level2_100": 4,
                            "api/v1/market/histories": 3,
                            "api/v1/market/candles": 3,
                            "api/v1/prices": 3,
                        }
                    },
                    "private": {
                        "get": {
                            "api/v1/accounts": 5,
                            "api/v1/accounts/{accountId}": 5,
                            "api/v1/accounts/ledgers": 2,
                            "api/v1/user-info": 20,
                            "api/v3/market/orderbook/level2": 3,
                            "api/v1/orders": 1,
                            "api/v1/orders/{orderId}": 1,
                            "api/v1/order/client-order/{clientOid}": 1.5,
                            "api/v1/limit/orders": 1.5,
                            "api/v1/stop-order": 4,
                            "api/v1/stop-order/{orderId}": 1.5,
                            "api/v1/stop-order/queryOrderByClientOid": 1.5,
                            "api/v1/fills": 5,
                            "api/v1/limit/fills": 10,
                            "api/v1/hf/orders/active": 1,
                            "api/v1/hf/orders/done": 1,
                            "api/v1/hf/orders/{orderId}": 1,
                            "api/v1/hf/fills": 1,
                            "api/v1/deposits": 5,
                            "api/v1/hist-deposits": 5,
                            "api/v3/deposit-addresses": 5,
                            "api/v1/withdrawals": 20,
                            "api/v1/withdrawals/{withdrawalId}": 20,
                            "api/v1/hist-withdrawals": 20,
                            "api/v1/withdrawals/quotas": 20,
                            "api/v1/accounts/transferable": 20,
                            "api/v1/base-fee": 1.5,
                            "api/v1/trade-fees": 1.5,
                        },
                        "post": {
                            "api/v1/orders": 1,
                            "api/v1/orders/test": 1,
                            "api/v1/orders/multi": 1.5,
                            "api/v1/stop-order": 1,
                            "api/v1/hf/orders": 0.5,
                            "api/v3/deposit-address/create": 20,
                            "api/v3/withdrawals": 5,
                            "api/v2/accounts/inner-transfer": 10,
                            "api/v3/accounts/universal-transfer": 4,
                        },
                        "delete": {
                            "api/v1/orders": 10,
                            "api/v1/orders/{orderId}": 1.5,
                            "api/v1/order/client-order/{clientOid}": 2.5,
                            "api/v1/stop-order/{orderId}": 1.5,
                            "api/v1/stop-order/cancel": 1.5,
                            "api/v1/stop-order/cancelOrderByClientOid": 2.5,
                            "api/v1/hf/orders/{orderId}": 0.5,
                            "api/v1/withdrawals/{withdrawalId}": 20,
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
                    "8h": "8hour",
                    "12h": "12hour",
                    "1d": "1day",
                    "1w": "1week",
                    "1M": "1month",
                },
                "requiredCredentials": {"apiKey": True, "secret": True, "password": True},
                "fees": {"trading": {"tierBased": True, "percentage": True, "taker": 0.001, "maker": 0.001}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "apiKeyVersion": "2",
                    "sameNameParams": ["postOnly"],
                    "networks": {
                        "BTC": "btc",
                        "BTCSEGWIT": "bech32",
                        "LIGHTNING": "btcln",
                        "ERC20": "eth",
                        "TRC20": "trx",
                        "BEP20": "bsc",
                        "KCC": "kcc",
                        "SOL": "sol",
                        "POLYGON": "matic",
                        "ARBITRUM": "arbitrum",
                        "OPTIMISM": "optimism",
                        "AVAXC": "avaxc",
                        "TON": "ton",
                        "XRP": "xrp",
                        "LTC": "ltc",
                        "DOGE": "doge",
                    },
                    "accountsByType": {
                        "spot": "trade",
                        "trade": "trade",
                        "funding": "main",
                        "main": "main",
                        "margin": "margin",
                    },
                    "timeframeSeconds": {
                        "1m": 60,
                        "3m": 180,
                        "5m": 300,
                        "15m": 900,
                        "30m": 1800,
                        "1h": 3600,
                        "2h": 7200,
                        "4h": 14400,
                        "6h": 21600,
                        "8h": 28800,
                        "12h": 43200,
                        "1d": 86400,
                        "1w": 604800,
                        "1M": 2592000,
                    },
                    "timeInForces": {"GTC": "GTC", "GTT": "GTC", "IOC": "IOC", "FOK": "FOK"},
                    "maxCandles": 1500,
                    "tradeFeeSymbolsPerRequest": 10,
                    "transactionStatuses": {
                        "SUCCESS": "ok",
                        "PROCESSING": "pending",
                        "WALLET_PROCESSING": "pending",
                        "REVIEW": "pending",
                        "FAILURE": "failed",
                    },
                    "ledgerTypes": {
                        "Exchange": "trade",
                        "Deposit": "transaction",
                        "Withdrawal": "transaction",
                        "Transfer": "transfer",
                        "Rebate": "rebate",
                    },
                },
                "exceptions": {
                    "exact": {
                        "400001": AuthenticationError,
                        "400002": InvalidNonce,
                        "400003": AuthenticationError,
                        "400004": AuthenticationError,
                        "400005": AuthenticationError,
                        "400006": PermissionDenied,
                        "400007": PermissionDenied,
                        "400008": AuthenticationError,
                        "400009": AuthenticationError,
                        "400010": PermissionDenied,
                        "404000": BadRequest,
                        "400100": BadRequest,
                        "400200": InvalidOrder,
                        "400500": PermissionDenied,
                        "400600": BadSymbol,
                        "400700": PermissionDenied,
                        "411100": AccountSuspended,
                        "415000": BadRequest,
                        "429000": RateLimitExceeded,
                        "500000": ExchangeNotAvailable,
                        "900001": BadSymbol,
                        "200001": InvalidOrder,
                        "200002": InvalidOrder,
                        "200003": InvalidOrder,
                        "200004": InsufficientFunds,
                        "260210": PermissionDenied,
                        "600203": BadSymbol,
                    },
                    "broad": {
                        "order not exist": OrderNotFound,
                        "order_not_exist": OrderNotFound,
                        "account.available.amount": InsufficientFunds,
                        "Balance insufficient": InsufficientFunds,
                        "Order size below the minimum": InvalidOrder,
                    },
                },
            },
        )

    # --- markets and currencies ----------------------------------------------------------------------
    async def fetch_time(self, params: dict[str, Any] | None = None) -> int | None:
        if params is None:
            params = {}
        # timestamp: data is the server time in ms.
        response = await self.public_get_api_v1_timestamp(params)
        return self.safe_integer(response, "data")

    async def fetch_status(self, params: dict[str, Any] | None = None) -> Status:
        if params is None:
            params = {}
        # status: { status: 'open', 'close' (maintenance) or 'cancelonly', msg }.
        response = await self.public_get_api_v1_status(params)
        data = self.safe_dict(response, "data", {})
        status = self.safe_string(data, "status")
        return {
            "status": "ok" if (status == "open") else "maintenance",
            "updated": None,
            "eta": None,
            "url": None,
            "info": response,
        }

    async def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # v2 symbols: [ { symbol: 'BTC-USDT', baseCurrency, quoteCurrency, feeCurrency, market, baseMinSize,
        # quoteMinSize, baseMaxSize, quoteMaxSize, baseIncrement, quoteIncrement, priceIncrement, minFunds,
        # enableTrading, ... } ].
        response = await self.public_get_api_v2_symbols(params)
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
        base_id = self.safe_string(entry, "baseCurrency")
        quote_id = self.safe_string(entry, "quoteCurrency")
        base = self.safe_currency_code(base_id)
        quote = self.safe_currency_code(quote_id)
        return self.market_structure(
            id=self.safe_string(entry, "symbol"),
            symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
            base=base,
            quote=quote,
            baseId=base_id,
            quoteId=quote_id,
            active=self.safe_bool(entry, "enableTrading"),
            type="spot",
            spot=True,
            taker=js.get(js.get(self.fees, "trading"), "taker"),
            maker=js.get(js.get(self.fees, "trading"), "maker"),
            precision={
                "amount": self.safe_number(entry, "baseIncrement"),
                "price": self.safe_number(entry, "priceIncrement"),
            },
            limits={
                "amount": {
                    "min": self.safe_number(entry, "baseMinSize"),
                    "max": self.safe_number(entry, "baseMaxSize"),
                },
                "price": {"min": None, "max": None},
                "cost": {
                    "min": self.safe_number2(entry, "minFunds", "quoteMinSize"),
                    "max": self.safe_number(entry, "quoteMaxSize"),
                },
            },
            info=entry,
        )

    async def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # v3 currencies: [ { currency, name, fullName, precision, isMarginEnabled, isDebitEnabled, chains: [ {
        # chainName, chainId, withdrawalMinSize, withdrawalMinFee, withdrawFeeRate, depositMinSize,
        # isWithdrawEnabled, isDepositEnabled, withdrawPrecision, maxWithdraw, maxDeposit, needTag, ... } ] } ].
        response = await self.public_get_api_v3_currencies(params)
        entries = self.safe_list(response, "data", [])
        result = {}
        i = 0
        while True:
            if not (i < len(entries)):
                break
            currency = self.parse_kucoin_currency(js.get(entries, i))
            js.set_(result, js.get(currency, "code"), currency)
            i += 1
        return result

    def parse_kucoin_currency(self, entry):
        id_ = self.safe_string(entry, "currency")
        code = self.safe_currency_code(id_)
        chains = self.safe_list(entry, "chains", [])
        networks = self.parse_currency_networks(chains)
        codes = js.keys(networks)
        deposit = False
        withdraw = False
        i = 0
        while True:
            if not (i < len(codes)):
                break
            network = self.safe_dict(networks, codes[i], {})
            deposit = deposit or (self.safe_bool(network, "deposit") is True)
            withdraw = withdraw or (self.safe_bool(network, "withdraw") is True)
            i += 1
        # A currency of one chain has that chain's fee; with several the fee depends on the chain.
        fee = (
            self.safe_number(self.safe_dict(networks, js.get(codes, 0), {}), "fee")
            if (len(codes) == 1)
            else None
        )
        return {
            "id": id_,
            "code": code,
            "name": self.safe_string(entry, "fullName"),
            "active": (deposit or withdraw) if (len(codes) > 0) else None,
            "deposit": deposit if (len(codes) > 0) else None,
            "withdraw": withdraw if (len(codes) > 0) else None,
            "fee": fee,
            "precision": self.parse_number(self.parse_precision(self.safe_string(entry, "precision"))),
            "limits": {"amount": {"min": None, "max": None}, "withdraw": {"min": None, "max": None}},
            "networks": networks,
            "info": entry,
        }

    def parse_currency_networks(self, chains):
        # chains by unified network code (chainId through options['networks']).
        networks = {}
        i = 0
        while True:
            if not js.less(i, js.length(chains)):
                break
            chain = js.get(chains, i)
            chain_id = self.safe_string(chain, "chainId")
            network_code = self.network_code(chain_id)
            deposit = self.safe_bool(chain, "isDepositEnabled")
            withdraw = self.safe_bool(chain, "isWithdrawEnabled")
            js.set_(
                networks,
                network_code,
                {
                    "id": chain_id,
                    "network": network_code,
                    "active": (deposit is True) and (withdraw is True),
                    "deposit": deposit,
                    "withdraw": withdraw,
                    "fee": self.safe_number(chain, "withdrawalMinFee"),
                    "precision": self.parse_number(
                        self.parse_precision(self.safe_string(chain, "withdrawPrecision"))
                    ),
                    "limits": {
                        "withdraw": {
                            "min": self.safe_number(chain, "withdrawalMinSize"),
                            "max": self.safe_number(chain, "maxWithdraw"),
                        },
                        "deposit": {
                            "min": self.safe_number(chain, "depositMinSize"),
                            "max": self.safe_number(chain, "maxDeposit"),
                        },
                    },
                },
            )
            i += 1
        return networks

    async def fetch_deposit_withdraw_fees(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, DepositWithdrawFee]:
        if params is None:
            params = {}
        # The withdrawal fee of each chain is in the currency list (withdrawalMinFee); deposits are free.
        currencies = await self.fetch_currencies(params)
        return self.deposit_withdraw_fees_from_currencies(currencies, codes)

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # market/stats and the entries of market/allTickers: { symbol, buy, sell, bestBidSize, bestAskSize,
        # changeRate, changePrice, high, low, vol (base), volValue (quote), last, averagePrice (24 h average of
        # the previous day), time }. stats carries time itself, allTickers beside its list.
        market_id = self.safe_string(ticker, "symbol")
        market = self.safe_market(market_id, market, "-")
        last = self.safe_string(ticker, "last")
        change = self.safe_string(ticker, "changePrice")
        open_ = None if ((last is None) or (change is None)) else Precise.string_sub(last, change)
        rate = self.safe_string(ticker, "changeRate")
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer(ticker, "time"),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            bid=self.safe_string(ticker, "buy"),
            bid_volume=self.safe_string(ticker, "bestBidSize"),
            ask=self.safe_string(ticker, "sell"),
            ask_volume=self.safe_string(ticker, "bestAskSize"),
            open_=open_,
            last=last,
            change=change,
            percentage=None if (rate is None) else Precise.string_mul(rate, "100"),
            base_volume=self.safe_string(ticker, "vol"),
            quote_volume=self.safe_string(ticker, "volValue"),
            info=ticker,
            market=market,
        )

    async def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        # market/stats: the 24-hour statistics with the best bid and ask.
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_api_v1_market_stats(
            self.extend({"symbol": js.get(market, "id")}, params)
        )
        return self.parse_ticker(self.safe_dict(response, "data", {}), market)

    async def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # market/allTickers: { time, ticker: [ ... ] }, every market; the time of the snapshot is each one's.
        await self.load_markets()
        response = await self.public_get_api_v1_market_all_tickers(params)
        data = self.safe_dict(response, "data", {})
        time = self.safe_integer(data, "time")
        tickers = self.safe_list(data, "ticker", [])
        stamped = []
        i = 0
        while True:
            if not (i < len(tickers)):
                break
            stamped.append(self.extend(js.get(tickers, i), {"time": time}))
            i += 1
        return self.parse_tickers(stamped, symbols)

    async def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # market/orderbook/level2_20 or level2_100 (public): { time, sequence, bids, asks }, [ price, size ].
        await self.load_markets()
        market = self.market(symbol)
        request = {"symbol": js.get(market, "id")}
        response = None
        if (limit is not None) and js.greater(limit, 100):
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchOrderBook () limit must be at most 100: the public book has 20 or 100 levels"
                )
            )
        if (limit is not None) and js.less_equal(limit, 20):
            response = await self.public_get_api_v1_market_orderbook_level220(self.extend(request, params))
        else:
            response = await self.public_get_api_v1_market_orderbook_level2100(self.extend(request, params))
        data = self.safe_dict(response, "data", {})
        book = self.parse_order_book(data, js.get(market, "symbol"), self.safe_integer(data, "time"))
        js.set_(book, "nonce", self.safe_integer(data, "sequence"))
        if limit is not None:
            js.set_(book, "bids", js.slice_(js.get(book, "bids"), 0, limit))
            js.set_(book, "asks", js.slice_(js.get(book, "asks"), 0, limit))
        return book

    def parse_ohlcv(self, ohlcv, market=None):
        # [ time (seconds), open, close, high, low, volume (base), turnover (quote) ].
        return [
            self.safe_timestamp(ohlcv, 0),
            self.safe_number(ohlcv, 1),
            self.safe_number(ohlcv, 3),
            self.safe_number(ohlcv, 4),
            self.safe_number(ohlcv, 2),
            self.safe_number(ohlcv, 5),
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
        # market/candles: type, startAt and endAt in seconds; at most 1500 candles, newest first. A range
        # with one end given is completed to limit candles (or 1500).
        await self.load_markets()
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
        request = {"symbol": js.get(market, "id"), "type": type_}
        count = (
            js.get(self.options, "maxCandles")
            if (limit is None)
            else js.min_(limit, js.get(self.options, "maxCandles"))
        )
        span = js.multiply(count, self.safe_integer(js.get(self.options, "timeframeSeconds"), timeframe))
        until = self.safe_integer(params, "until")
        if since is not None:
            start = js.floor(js.divide(since, 1000))
            end = (
                js.number(start + span)
                if (until is None)
                else js.min_(js.floor(js.divide(until, 1000)), js.number(start + span))
            )
            request["startAt"] = start
            request["endAt"] = end
        elif (until is not None) or (limit is not None):
            end = self.seconds() if (until is None) else js.floor(js.divide(until, 1000))
            request["startAt"] = js.subtract(end, span)
            request["endAt"] = end
        response = await self.public_get_api_v1_market_candles(
            self.extend(request, self.omit(params, "until"))
        )
        return self.parse_ohlcvs(self.safe_list(response, "data", []), market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def nanoseconds_to_milliseconds(self, value):
        # market/histories dates trades in nanoseconds, past 2^53: whole milliseconds from the string.
        if value is None:
            return None
        return js.parse_int(Precise.string_div(value, "1000000", 0))

    def parse_trade(self, trade, market=None):
        # Public trades (market/histories): { sequence, price, size, side (the taker's), time (ns) }. The
        # account's fills: { symbol, tradeId, orderId, counterOrderId, side (its own order's), liquidity:
        # 'taker' or 'maker', price, size, funds (the cost), fee, feeRate, feeCurrency, type, createdAt (ms) }.
        market = self.safe_market(self.safe_string(trade, "symbol"), market, "-")
        created_at = self.safe_integer(trade, "createdAt")
        timestamp = (
            created_at
            if (created_at is not None)
            else self.nanoseconds_to_milliseconds(self.safe_string(trade, "time"))
        )
        fee = None
        fee_cost = self.safe_string(trade, "fee")
        if fee_cost is not None:
            fee = {
                "cost": fee_cost,
                "currency": self.safe_currency_code(self.safe_string(trade, "feeCurrency")),
                "rate": self.safe_string(trade, "feeRate"),
            }
        return self.trade_structure(
            identifier=self.safe_string2(trade, "tradeId", "sequence"),
            order=self.safe_string(trade, "orderId"),
            symbol=js.get(market, "symbol"),
            timestamp=timestamp,
            kind=self.safe_string(trade, "type"),
            side=self.safe_string(trade, "side"),
            taker_or_maker=self.safe_string(trade, "liquidity"),
            price=self.safe_string(trade, "price"),
            amount=self.safe_string(trade, "size"),
            cost=self.safe_string(trade, "funds"),
            fee=fee,
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
        # market/histories: the latest 100 trades; since and limit filter them.
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_api_v1_market_histories(
            self.extend({"symbol": js.get(market, "id")}, params)
        )
        return self.parse_trades(self.safe_list(response, "data", []), market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    async def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # accounts?type=trade: [ { id, currency, type, balance, available, holds } ], the spot trading accounts.
        await self.load_markets()
        request = {"type": "trade"}
        response = await self.private_get_api_v1_accounts(self.extend(request, params))
        entries = self.safe_list(response, "data", [])
        result = {"info": response}
        i = 0
        while True:
            if not (i < len(entries)):
                break
            entry = js.get(entries, i)
            code = self.safe_currency_code(self.safe_string(entry, "currency"))
            account = self.account()
            js.set_(account, "free", self.safe_string(entry, "available"))
            js.set_(account, "used", self.safe_string(entry, "holds"))
            js.set_(account, "total", self.safe_string(entry, "balance"))
            js.set_(result, code, account)
            i += 1
        return self.safe_balance(result)

    def parse_trading_fee(self, entry):
        # trade-fees: { symbol, takerFeeRate, makerFeeRate }, the account's rates (fractions).
        market_id = self.safe_string(entry, "symbol")
        return {
            "symbol": self.safe_symbol(market_id, None, "-"),
            "maker": self.safe_number(entry, "makerFeeRate"),
            "taker": self.safe_number(entry, "takerFeeRate"),
            "info": entry,
        }

    async def fetch_trading_fees_of(self, market_ids, params):
        # trade-fees?symbols=A,B,...: at most 10 symbols a request.
        response = await self.private_get_api_v1_trade_fees(
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
        # accounts/ledgers: { id, currency, amount (unsigned), fee, balance (after it), accountType, bizType,
        # direction: 'in' or 'out', createdAt (ms), context }.
        code = self.safe_currency_code(self.safe_string(item, "currency"), currency)
        direction = self.safe_string(item, "direction")
        amount = self.safe_string(item, "amount")
        after = self.safe_string(item, "balance")
        before = None
        if (amount is not None) and (after is not None):
            before = (
                Precise.string_add(after, amount)
                if (direction == "out")
                else Precise.string_sub(after, amount)
            )
        fee = None
        fee_cost = self.safe_string(item, "fee")
        if fee_cost is not None:
            fee = {"cost": fee_cost, "currency": code}
        type_ = self.safe_string(item, "bizType")
        return self.safe_ledger_entry(
            {
                "id": self.safe_string(item, "id"),
                "timestamp": self.safe_integer(item, "createdAt"),
                "direction": direction,
                "account": self.safe_string_lower(item, "accountType"),
                "type": self.safe_string(js.get(self.options, "ledgerTypes"), type_, type_),
                "currency": code,
                "amount": amount,
                "before": before,
                "after": after,
                "status": "ok",
                "fee": fee,
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
        # accounts/ledgers: currency, startAt and endAt (ms, until), pageSize; items of a page.
        await self.load_markets()
        request = {}
        currency = None
        if code is not None:
            currency = self.currency(code)
            js.set_(request, "currency", js.get(currency, "id"))
        request = self.with_time_range(request, since, params)
        if limit is not None:
            js.set_(request, "pageSize", limit)
        response = await self.private_get_api_v1_accounts_ledgers(
            self.extend(request, self.omit(params, "until"))
        )
        return self.parse_ledger(self.page_items(response), currency, since, limit)

    def with_time_range(self, request, since, params):
        # request with startAt and endAt in ms: since and the unified until (a copy: PHP passes arrays by value).
        range_ = {}
        if since is not None:
            range_["startAt"] = since
        until = self.safe_integer(params, "until")
        if until is not None:
            range_["endAt"] = until
        return self.extend(request, range_)

    def page_items(self, response):
        # Paginated lists: data is { currentPage, pageSize, totalNum, totalPage, items }.
        return self.safe_list(self.safe_dict(response, "data", {}), "items", [])

    # --- orders --------------------------------------------------------------------------------------
    def parse_order_status(self, order):
        # isActive: on the book; a done order was canceled when cancelExist says
        # so (partly filled or not), else filled.
        active = self.safe_bool(order, "isActive")
        if active is True:
            return "open"
        if active is False:
            return "canceled" if (self.safe_bool(order, "cancelExist") is True) else "closed"
        # Stop orders: NEW waits for its trigger; TRIGGERED has become a regular order.
        status = self.safe_string(order, "status")
        if status == "NEW":
            return "open"
        if status == "TRIGGERED":
            return "closed"
        return None

    def parse_order(self, order, market=None):
        # orders/{orderId} and the items of orders: { id, symbol, type, side, price, size, funds, dealFunds,
        # dealSize, fee, feeCurrency, stop, stopPrice, timeInForce (GTC, GTT, IOC or FOK), cancelAfter, postOnly,
        # clientOid, isActive, cancelExist, createdAt }. A market order sized by funds reports size '0' and price
        # '0'. POST orders answers with { orderId } only.
        market = self.safe_market(self.safe_string(order, "symbol"), market, "-")
        type_ = self.safe_string(order, "type")
        post_only = self.safe_bool(order, "postOnly")
        size = self.safe_string(order, "size")
        price = self.safe_string(order, "price")
        stop = self.safe_string(order, "stop")
        fee = None
        fee_cost = self.safe_string(order, "fee")
        if fee_cost is not None:
            fee = {
                "cost": fee_cost,
                "currency": self.safe_currency_code(self.safe_string(order, "feeCurrency")),
            }
        time_in_force = self.safe_string(order, "timeInForce")
        return self.safe_order(
            {
                "id": self.safe_string2(order, "id", "orderId"),
                "clientOrderId": self.safe_string(order, "clientOid"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.safe_integer(order, "createdAt"),
                "status": self.parse_order_status(order),
                "type": type_,
                "timeInForce": (
                    "PO"
                    if (post_only is True)
                    else self.safe_string(js.get(self.options, "timeInForces"), time_in_force, time_in_force)
                ),
                "postOnly": post_only,
                "side": self.safe_string(order, "side"),
                "price": None if Precise.string_eq(price, "0") else price,
                "triggerPrice": None if (stop is None) else self.safe_string(order, "stopPrice"),
                "amount": None if Precise.string_eq(size, "0") else size,
                "filled": self.safe_string(order, "dealSize"),
                "cost": self.safe_string(order, "dealFunds"),
                "fee": fee,
                "info": order,
            },
            market,
        )

    def stop_direction(self, side, kind):
        # KuCoin's stop 'loss' triggers when the last price falls to stopPrice or below, 'entry' when it rises
        # to it or above. A sell's stop loss (or a plain trigger) waits for a fall, its take profit for a
        # rise; a buy's the other way round.
        falls = (side == "buy") if (kind == "takeProfitPrice") else side == "sell"
        return "loss" if falls else "entry"

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
        # POST orders, or POST stop-order for a trigger. The unified params map to KuCoin's fields:
        # clientOrderId is clientOid (required: a UUID when not given), postOnly is postOnly, timeInForce (GTC,
        # IOC, FOK) is timeInForce, cost is funds (a market order sized in the quote currency), and
        # triggerPrice, stopLossPrice and takeProfitPrice are stop ('loss' or 'entry') with stopPrice.
        # Spot has no reduceOnly.
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
        client_oid = (
            js.get(unified, "clientOrderId")
            if (js.get(unified, "clientOrderId") is not None)
            else self.uuid()
        )
        request = {"clientOid": client_oid, "side": side, "symbol": js.get(market, "id"), "type": type_}
        if js.get(unified, "cost") is not None:
            request["funds"] = self.cost_to_precision(symbol, js.get(unified, "cost"))
        else:
            request["size"] = self.amount_to_precision(symbol, amount)
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["price"] = self.price_to_precision(symbol, price)
            if js.get(unified, "timeInForce") is not None:
                request["timeInForce"] = js.get(unified, "timeInForce")
            if js.truthy(js.get(unified, "postOnly")):
                request["postOnly"] = True
        elif js.get(unified, "timeInForce") is not None:
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () timeInForce applies to limit orders only, not "
                    + js.to_str(type_)
                    + " orders"
                )
            )
        response = None
        trigger = js.get(unified, "trigger")
        if trigger is not None:
            request["stop"] = self.stop_direction(side, js.get(unified, "triggerKind"))
            request["stopPrice"] = self.price_to_precision(symbol, trigger)
            response = await self.private_post_api_v1_stop_order(self.extend(request, rest))
        else:
            response = await self.private_post_api_v1_orders(self.extend(request, rest))
        # The answer is { orderId }: the order is what was asked for, its state unknown until fetched.
        data = self.safe_dict(response, "data", {})
        return self.safe_order(
            {
                "id": self.safe_string(data, "orderId"),
                "clientOrderId": client_oid,
                "symbol": js.get(market, "symbol"),
                "type": type_,
                "side": side,
                "postOnly": js.get(unified, "postOnly") if (type_ == "limit") else None,
                "timeInForce": (
                    "PO" if js.truthy(js.get(unified, "postOnly")) else js.get(unified, "timeInForce")
                ),
                "price": self.safe_string(request, "price"),
                "triggerPrice": self.safe_string(request, "stopPrice"),
                "amount": self.safe_string(request, "size"),
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

    def is_trigger(self, params):
        # params.trigger: the order is a stop order (POST stop-order), which the stop-order endpoints keep.
        return self.safe_bool(params, "trigger", False) is True

    def canceled_orders_of(self, response, market):
        # { cancelledOrderIds: [ ... ] }: the canceled orders, by id.
        data = self.safe_dict(response, "data", {})
        ids = self.safe_list(data, "cancelledOrderIds", [])
        result = []
        i = 0
        while True:
            if not (i < len(ids)):
                break
            result.append(
                self.safe_order(
                    {
                        "id": js.get(ids, i),
                        "symbol": self.safe_symbol(None, market),
                        "status": "canceled",
                        "info": response,
                    },
                    market,
                )
            )
            i += 1
        return result

    async def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # DELETE orders/{orderId}, or stop-order/{orderId} with params.trigger: { cancelledOrderIds: [ id ] }.
        await self.load_markets()
        market = None
        if symbol is not None:
            market = self.market(symbol)
        request = self.extend({"orderId": id_}, self.omit(params, "trigger"))
        response = None
        if js.truthy(self.is_trigger(params)):
            response = await self.private_delete_api_v1_stop_order_order_id(request)
        else:
            response = await self.private_delete_api_v1_orders_order_id(request)
        canceled = self.canceled_orders_of(response, market)
        if js.greater(js.length(canceled), 0):
            return js.get(canceled, 0)
        return self.safe_order(
            {"id": id_, "symbol": self.safe_symbol(None, market), "status": "canceled", "info": response},
            market,
        )

    async def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # DELETE orders (spot trading, of one symbol when given), or stop-order/cancel with params.trigger:
        # { cancelledOrderIds: [ ... ] }.
        await self.load_markets()
        request = {"tradeType": "TRADE"}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["symbol"] = js.get(market, "id")
        query = self.extend(request, self.omit(params, "trigger"))
        response = None
        if js.truthy(self.is_trigger(params)):
            response = await self.private_delete_api_v1_stop_order_cancel(query)
        else:
            response = await self.private_delete_api_v1_orders(query)
        return self.canceled_orders_of(response, market)

    async def fetch_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # orders/{orderId}, or stop-order/{orderId} with params.trigger.
        await self.load_markets()
        market = None
        if symbol is not None:
            market = self.market(symbol)
        request = self.extend({"orderId": id_}, self.omit(params, "trigger"))
        response = None
        if js.truthy(self.is_trigger(params)):
            response = await self.private_get_api_v1_stop_order_order_id(request)
        else:
            response = await self.private_get_api_v1_orders_order_id(request)
        return self.parse_order(self.safe_dict(response, "data", {}), market)

    async def fetch_orders_by_status(self, status, symbol, since, limit, params):
        # orders: status 'active' or 'done', symbol, tradeType TRADE (spot), startAt and endAt (ms),
        # pageSize (at most 500).
        await self.load_markets()
        request = {"status": status, "tradeType": "TRADE"}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            js.set_(request, "symbol", js.get(market, "id"))
        request = self.with_time_range(request, since, params)
        if limit is not None:
            js.set_(request, "pageSize", limit)
        response = await self.private_get_api_v1_orders(self.extend(request, self.omit(params, "until")))
        return self.parse_orders(self.page_items(response), market, since, limit)

    async def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # With params.trigger: the untriggered stop orders (GET stop-order), else the active orders.
        if js.truthy(self.is_trigger(params)):
            return await self.fetch_open_stop_orders(symbol, since, limit, self.omit(params, "trigger"))
        return await self.fetch_orders_by_status("active", symbol, since, limit, params)

    async def fetch_open_stop_orders(self, symbol, since, limit, params):
        # stop-order: symbol, tradeType TRADE, startAt and endAt (ms), pageSize; items of a page.
        await self.load_markets()
        request = {"tradeType": "TRADE"}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            js.set_(request, "symbol", js.get(market, "id"))
        request = self.with_time_range(request, since, params)
        if limit is not None:
            js.set_(request, "pageSize", limit)
        response = await self.private_get_api_v1_stop_order(self.extend(request, self.omit(params, "until")))
        return self.parse_orders(self.page_items(response), market, since, limit)

    async def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        return await self.fetch_orders_by_status("done", symbol, since, limit, params)

    async def fetch_fills(self, request, market, since, limit, params):
        # fills: orderId or symbol, tradeType TRADE, startAt and endAt (ms), pageSize (at most 500).
        js.set_(request, "tradeType", "TRADE")
        request = self.with_time_range(request, since, params)
        if limit is not None:
            js.set_(request, "pageSize", limit)
        response = await self.private_get_api_v1_fills(self.extend(request, self.omit(params, "until")))
        return self.parse_trades(self.page_items(response), market, since, limit)

    async def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        await self.load_markets()
        request = {}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["symbol"] = js.get(market, "id")
        return await self.fetch_fills(request, market, since, limit, params)

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
        await self.load_markets()
        market = None
        if symbol is not None:
            market = self.market(symbol)
        return await self.fetch_fills({"orderId": id_}, market, since, limit, params)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # deposits: { currency, chain, status, address, memo, isInner, amount, fee, walletTxId, createdAt,
        # updatedAt, remark }; withdrawals the same with an id. walletTxId may carry '@' and an index.
        code = self.safe_currency_code(self.safe_string(transaction, "currency"), currency)
        id_ = self.safe_string(transaction, "id")
        fee = None
        fee_cost = self.safe_string(transaction, "fee")
        if fee_cost is not None:
            fee = {"cost": fee_cost, "currency": code}
        status = self.safe_string(transaction, "status")
        txid = self.safe_string(transaction, "walletTxId")
        if (txid is not None) and (js.index_of(txid, "@") >= 0):
            txid = js.get(js.split(txid, "@"), 0)
        return self.safe_transaction(
            {
                "id": id_,
                "txid": txid,
                "timestamp": self.safe_integer(transaction, "createdAt"),
                "network": self.network_code(self.safe_string(transaction, "chain")),
                "address": self.safe_string(transaction, "address"),
                "tag": self.safe_string(transaction, "memo"),
                "type": self.safe_string(transaction, "type"),
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(js.get(self.options, "transactionStatuses"), status, status),
                "updated": self.safe_integer(transaction, "updatedAt"),
                "fee": fee,
                "info": transaction,
            },
            currency,
        )

    async def fetch_transfers(self, type_, code, since, limit, params):
        # deposits or withdrawals: currency, startAt and endAt (ms), pageSize; items of a page.
        await self.load_markets()
        request = {}
        currency = None
        if code is not None:
            currency = self.currency(code)
            js.set_(request, "currency", js.get(currency, "id"))
        request = self.with_time_range(request, since, params)
        if limit is not None:
            js.set_(request, "pageSize", limit)
        query = self.extend(request, self.omit(params, "until"))
        response = None
        if type_ == "deposit":
            response = await self.private_get_api_v1_deposits(query)
        else:
            response = await self.private_get_api_v1_withdrawals(query)
        return self.parse_transactions(self.page_items(response), currency, since, limit, {"type": type_})

    async def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return await self.fetch_transfers("deposit", code, since, limit, params)

    async def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return await self.fetch_transfers("withdrawal", code, since, limit, params)

    def network_request(self, request, currency, params, method):
        # The unified param network as chain (a chainId), the rest of params beside it.
        network_code = self.safe_string(params, "network")
        if network_code is not None:
            js.set_(request, "chain", self.known_network_id(network_code, currency, method))
        return self.extend(request, self.omit(params, "network"))

    def parse_deposit_address(self, entry, currency):
        # v3 deposit addresses: { address, memo, chainId, chainName, to, currency, contractAddress }.
        address = self.safe_string(entry, "address")
        if address is None:
            raise InvalidAddress(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " has no deposit address of ")
                    + js.to_str(js.get(currency, "code"))
                    + " on this chain: createDepositAddress () makes one"
                )
            )
        return {
            "currency": js.get(currency, "code"),
            "address": address,
            "tag": self.safe_string(entry, "memo"),
            "network": self.network_code(self.safe_string(entry, "chainId"), currency),
            "info": entry,
        }

    async def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # GET v3 deposit-addresses?currency (&chain): the currency's addresses, one per chain; the first is
        # the one of the chain asked for (or of the default chain).
        await self.load_markets()
        currency = self.currency(code)
        request = self.network_request(
            {"currency": js.get(currency, "id")}, currency, params, "fetchDepositAddress"
        )
        response = await self.private_get_api_v3_deposit_addresses(request)
        entries = self.safe_list(response, "data", [])
        return self.parse_deposit_address(self.safe_dict(entries, 0, {}), currency)

    async def create_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # POST v3 deposit-address/create: { currency, chain } -> { address, memo, chainId, chainName, to }.
        await self.load_markets()
        currency = self.currency(code)
        request = self.network_request(
            {"currency": js.get(currency, "id")}, currency, params, "createDepositAddress"
        )
        response = await self.private_post_api_v3_deposit_address_create(request)
        return self.parse_deposit_address(self.safe_dict(response, "data", {}), currency)

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
        # POST v3 withdrawals: { currency, toAddress, amount, withdrawType: 'ADDRESS', memo, chain } ->
        # { withdrawalId }; the unified network code ('TRC20') is KuCoin's chainId ('trx').
        await self.load_markets()
        currency = self.currency(code)
        request = {
            "currency": js.get(currency, "id"),
            "toAddress": address,
            "amount": self.number_to_string(amount),
            "withdrawType": "ADDRESS",
        }
        if tag is not None:
            request["memo"] = tag
        query = self.network_request(self.extend(request), currency, params, "withdraw")
        response = await self.private_post_api_v3_withdrawals(query)
        data = self.safe_dict(response, "data", {})
        return self.safe_transaction(
            {
                "id": self.safe_string(data, "withdrawalId"),
                "type": "withdrawal",
                "address": address,
                "tag": tag,
                "amount": js.get(request, "amount"),
                "currency": code,
                "network": self.network_code(self.safe_string(query, "chain"), currency),
                "status": "pending",
                "info": response,
            }
        )

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
        # POST v2 accounts/inner-transfer: { clientOid, currency, from, to, amount } -> { orderId }, between
        # the main (funding), trade (spot) and margin accounts.
        await self.load_markets()
        currency = self.currency(code)
        request = {
            "clientOid": self.uuid(),
            "currency": js.get(currency, "id"),
            "from": self.account_type_id(from_account),
            "to": self.account_type_id(to_account),
            "amount": self.number_to_string(amount),
        }
        response = await self.private_post_api_v2_accounts_inner_transfer(self.extend(request, params))
        data = self.safe_dict(response, "data", {})
        return self.safe_transfer(
            {
                "id": self.safe_string(data, "orderId"),
                "currency": code,
                "amount": js.get(request, "amount"),
                "fromAccount": from_account,
                "toAccount": to_account,
                "status": "ok",
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
        # GET and DELETE send their params as the query string, POST as a JSON body.
        endpoint = js.bounded_text("/" + js.to_str(self.implode_params(path, params)))
        query = self.omit(params, self.extract_params(path))
        has_body = (method == "POST") or (method == "PUT")
        has_query = (not has_body) and (len(js.keys(query)) > 0)
        url = js.bounded_text(js.to_str(js.get(self.urls, "api")) + endpoint)
        if has_query:
            url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(query)))
        if api == "public":
            return {"url": url, "method": method, "body": body, "headers": headers}
        # KC-API-SIGN: base64 (HMAC-SHA256 (secret, timestamp + method + endpoint + body)), timestamp in ms, the
        # endpoint with its query string as it is before percent-encoding (the documented rule).
        self.check_required_credentials()
        timestamp = self.number_to_string(self.milliseconds())
        signed_path = endpoint
        if has_query:
            signed_path = js.bounded_text(js.bounded_text(endpoint + "?") + js.to_str(self.rawencode(query)))
        payload = ""
        version = self.safe_string(self.options, "apiKeyVersion", "2")
        passphrase = (
            self.password
            if (version == "1")
            else self.hmac(self.encode(self.password), self.encode(self.secret), "sha256", "base64")
        )
        headers = {
            "KC-API-KEY": self.apiKey,
            "KC-API-TIMESTAMP": timestamp,
            "KC-API-PASSPHRASE": passphrase,
            "KC-API-KEY-VERSION": version,
        }
        if has_body:
            # An empty body is written out: PHP would encode an empty dictionary as a list, '[]'.
            body = self.json(query) if (len(js.keys(query)) > 0) else "{}"
            payload = body
            js.set_(headers, "Content-Type", "application/json")
        auth = js.bounded_text(js.to_str(js.add(timestamp, method)) + signed_path + js.to_str(payload))
        js.set_(
            headers, "KC-API-SIGN", self.hmac(self.encode(auth), self.encode(self.secret), "sha256", "base64")
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
        # { "code": "200000", "data": ... } is success; any other code is an error, with HTTP 200 or 4xx/5xx:
        # the message picks the class where the broad map knows it (400100 covers many), else the code does.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return
        code = self.safe_string(response, "code")
        if (code is None) or (code == "200000"):
            return
        message = self.safe_string(response, "msg", "")
        feedback = js.bounded_text(
            js.to_str(self.id)
            + " "
            + js.to_str(method)
            + " "
            + js.to_str(url)
            + " "
            + js.to_str(code)
            + " "
            + message
        )
        self.throw_broadly_matched_exception(js.get(self.exceptions, "broad"), message, feedback)
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
        raise ExchangeError(feedback)
