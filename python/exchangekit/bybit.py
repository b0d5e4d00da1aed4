# Generated from js/bybit.js by exkit: do not edit. Change the source and run `python build.py`.
from typing import Any

from exchangekit.base.exchange import Exchange
from exchangekit.base.precise import Precise
from exchangekit.base.errors import (
    AccountSuspended,
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
    BadSymbol,
    CancelPending,
    DuplicateOrderId,
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
    Status,
    Ticker,
    Trade,
    TradingFee,
    Transaction,
    Transfer,
)


class bybit(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "bybit",
                "name": "Bybit",
                "countries": ["VG"],
                "version": "v5",
                "rateLimit": 20,
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
                    "fetchDepositAddresses": True,
                    "createDepositAddress": False,
                    "fetchDepositWithdrawFees": True,
                    "transfer": True,
                    "createMarketBuyOrderWithCost": True,
                },
                "urls": {
                    "logo": "https://www.bybit.com/favicon.ico",
                    "api": "https://api.bybit.com",
                    "test": "https://api-testnet.bybit.com",
                    "www": "https://www.bybit.com",
                    "doc": "https://bybit-exchange.github.io/docs/v5/intro",
                    "fees": "https://www.bybit.com/en/help-center/article/Trading-Fee-Structure",
                },
                "api": {
                    "public": {
                        "get": {
                            "v5/market/time": 1,
                            "v5/market/kline": 1,
                            "v5/market/instruments-info": 1,
                            "v5/market/orderbook": 1,
                            "v5/market/tickers": 1,
                            "v5/market/recent-trade": 1,
                            "v5/system/status": 1,
                            "v5/announcements/index": 1,
                        }
                    },
                    "private": {
                        "get": {
                            "v5/order/realtime": 1,
                            "v5/order/history": 1,
                            "v5/order/spot-borrow-check": 1,
                            "v5/execution/list": 1,
                            "v5/account/wallet-balance": 1,
                            "v5/account/fee-rate": 5,
                            "v5/account/info": 1,
                            "v5/account/transaction-log": 1,
                            "v5/account/collateral-info": 1,
                            "v5/asset/coin/query-info": 25,
                            "v5/asset/deposit/query-record": 10,
                            "v5/asset/deposit/query-internal-record": 10,
                            "v5/asset/deposit/query-address": 10,
                            "v5/asset/deposit/query-allowed-list": 1,
                            "v5/asset/withdraw/query-record": 10,
                            "v5/asset/withdraw/withdrawable-amount": 1,
                            "v5/asset/withdraw/vasp/list": 1,
                            "v5/asset/transfer/query-inter-transfer-list": 50,
                            "v5/asset/transfer/query-account-coins-balance": 1,
                            "v5/asset/transfer/query-account-coin-balance": 1,
                            "v5/asset/transfer/query-transfer-coin-list": 50,
                            "v5/asset/exchange/order-record": 1,
                        },
                        "post": {
                            "v5/order/create": 2.5,
                            "v5/order/amend": 2.5,
                            "v5/order/cancel": 2.5,
                            "v5/order/cancel-all": 2.5,
                            "v5/order/create-batch": 2.5,
                            "v5/order/amend-batch": 2.5,
                            "v5/order/cancel-batch": 2.5,
                            "v5/order/disconnected-cancel-all": 2.5,
                            "v5/asset/transfer/inter-transfer": 150,
                            "v5/asset/withdraw/create": 300,
                            "v5/asset/withdraw/cancel": 50,
                        },
                    },
                },
                "timeframes": {
                    "1m": "1",
                    "3m": "3",
                    "5m": "5",
                    "15m": "15",
                    "30m": "30",
                    "1h": "60",
                    "2h": "120",
                    "4h": "240",
                    "6h": "360",
                    "12h": "720",
                    "1d": "D",
                    "1w": "W",
                    "1M": "M",
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": True, "percentage": True, "taker": 0.001, "maker": 0.001}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "recvWindow": 5000,
                    "sameNameParams": ["triggerPrice"],
                    "accountType": "UNIFIED",
                    "accountsByType": {"spot": "UNIFIED", "unified": "UNIFIED", "funding": "FUND"},
                    "ledgerTypes": {
                        "TRADE": "trade",
                        "TRANSFER_IN": "transfer",
                        "TRANSFER_OUT": "transfer",
                        "FEE_REFUND": "rebate",
                        "INTEREST": "fee",
                        "AIRDROP": "airdrop",
                    },
                    "networks": {
                        "ERC20": "ETH",
                        "TRC20": "TRX",
                        "BEP20": "BSC",
                        "SOL": "SOL",
                        "ARBITRUM": "ARBI",
                        "BTC": "BTC",
                    },
                    "orderStatuses": {
                        "Created": "open",
                        "New": "open",
                        "PartiallyFilled": "open",
                        "Untriggered": "open",
                        "Triggered": "open",
                        "Active": "open",
                        "Filled": "closed",
                        "Cancelled": "canceled",
                        "PartiallyFilledCanceled": "canceled",
                        "Deactivated": "canceled",
                        "Rejected": "rejected",
                    },
                    "depositStatuses": {
                        "0": "pending",
                        "1": "pending",
                        "2": "pending",
                        "3": "ok",
                        "4": "failed",
                        "10011": "pending",
                        "10012": "ok",
                    },
                    "withdrawalStatuses": {
                        "SecurityCheck": "pending",
                        "Pending": "pending",
                        "MoreInformationRequired": "pending",
                        "BlockchainConfirmed": "ok",
                        "success": "ok",
                        "CancelByUser": "canceled",
                        "Reject": "failed",
                        "Fail": "failed",
                    },
                    "transferStatuses": {"SUCCESS": "ok", "PENDING": "pending", "FAILED": "failed"},
                    "maxBookDepth": 200,
                    "maxRange": 604800000,
                },
                "exceptions": {
                    "exact": {
                        "10000": RequestTimeout,
                        "10001": BadRequest,
                        "10002": InvalidNonce,
                        "10003": AuthenticationError,
                        "10004": AuthenticationError,
                        "10005": PermissionDenied,
                        "10006": RateLimitExceeded,
                        "10007": AuthenticationError,
                        "10008": AccountSuspended,
                        "10009": PermissionDenied,
                        "10010": PermissionDenied,
                        "10014": BadRequest,
                        "10016": ExchangeNotAvailable,
                        "10017": BadRequest,
                        "10018": RateLimitExceeded,
                        "10024": PermissionDenied,
                        "10027": AccountSuspended,
                        "10028": PermissionDenied,
                        "10029": BadSymbol,
                        "110001": OrderNotFound,
                        "110003": InvalidOrder,
                        "110004": InsufficientFunds,
                        "110007": InsufficientFunds,
                        "110008": OrderNotFound,
                        "110010": OrderNotFound,
                        "110012": InsufficientFunds,
                        "110030": DuplicateOrderId,
                        "110032": InvalidOrder,
                        "110044": InsufficientFunds,
                        "110045": InsufficientFunds,
                        "110072": DuplicateOrderId,
                        "170001": ExchangeNotAvailable,
                        "170005": RateLimitExceeded,
                        "170007": RequestTimeout,
                        "170031": ExchangeNotAvailable,
                        "170032": ExchangeNotAvailable,
                        "170033": InsufficientFunds,
                        "170105": BadRequest,
                        "170115": InvalidOrder,
                        "170116": InvalidOrder,
                        "170117": InvalidOrder,
                        "170121": BadSymbol,
                        "170124": InvalidOrder,
                        "170130": BadRequest,
                        "170131": InsufficientFunds,
                        "170132": InvalidOrder,
                        "170133": InvalidOrder,
                        "170134": InvalidOrder,
                        "170135": InvalidOrder,
                        "170136": InvalidOrder,
                        "170137": InvalidOrder,
                        "170139": InvalidOrder,
                        "170140": InvalidOrder,
                        "170141": DuplicateOrderId,
                        "170142": OrderNotFound,
                        "170143": OrderNotFound,
                        "170144": InvalidOrder,
                        "170145": InvalidOrder,
                        "170146": RequestTimeout,
                        "170147": RequestTimeout,
                        "170148": InvalidOrder,
                        "170149": InvalidOrder,
                        "170151": BadSymbol,
                        "170157": BadSymbol,
                        "170159": InvalidOrder,
                        "170190": InvalidOrder,
                        "170191": InvalidOrder,
                        "170192": InvalidOrder,
                        "170193": InvalidOrder,
                        "170194": InvalidOrder,
                        "170195": InvalidOrder,
                        "170196": InvalidOrder,
                        "170197": InvalidOrder,
                        "170198": InvalidOrder,
                        "170199": InvalidOrder,
                        "170200": InvalidOrder,
                        "170201": AccountSuspended,
                        "170202": InvalidOrder,
                        "170203": InvalidOrder,
                        "170204": InvalidOrder,
                        "170206": InvalidOrder,
                        "170210": InvalidOrder,
                        "170212": CancelPending,
                        "170213": OrderNotFound,
                        "170217": InvalidOrder,
                        "170218": InvalidOrder,
                        "170221": BadRequest,
                        "170222": RateLimitExceeded,
                        "170227": BadRequest,
                        "170228": InvalidOrder,
                        "170229": InvalidOrder,
                        "170234": ExchangeNotAvailable,
                        "170310": RequestTimeout,
                        "170311": InvalidOrder,
                        "170312": InvalidOrder,
                        "170313": InvalidOrder,
                        "131001": ExchangeNotAvailable,
                        "131002": BadRequest,
                        "131004": PermissionDenied,
                        "131083": InvalidAddress,
                        "131085": InsufficientFunds,
                        "131090": AccountSuspended,
                        "131093": InvalidAddress,
                        "131096": BadRequest,
                        "131203": BadRequest,
                        "131208": PermissionDenied,
                        "131210": BadRequest,
                        "131211": BadRequest,
                        "131212": InsufficientFunds,
                        "131215": BadRequest,
                        "131228": InsufficientFunds,
                        "181008": BadRequest,
                        "181009": BadRequest,
                        "181010": BadRequest,
                        "181012": BadSymbol,
                    },
                    "broad": {"Too many visits": RateLimitExceeded},
                },
            },
        )

    # --- markets and currencies ----------------------------------------------------------------------
    def fetch_time(self, params: dict[str, Any] | None = None) -> int | None:
        if params is None:
            params = {}
        # market/time: { timeSecond, timeNano } as strings; nanoseconds keep the milliseconds.
        response = self.public_get_v5_market_time(params)
        result = self.safe_dict(response, "result", {})
        nano = self.safe_string(result, "timeNano")
        if nano is None:
            return self.safe_timestamp(result, "timeSecond")
        return js.parse_int(Precise.string_div(nano, "1000000", 0))

    def spot_maintenance(self, item):
        # An ongoing maintenance of the production service (env 1) that concerns spot (product 2).
        products = self.safe_list(item, "product", [])
        spot = False
        i = 0
        while True:
            if not (i < len(products)):
                break
            spot = spot or (self.number_to_string(js.get(products, i)) == "2")
            i += 1
        return (
            spot
            and (self.safe_string(item, "state") == "ongoing")
            and (not (self.safe_string(item, "env") == "2"))
        )

    def fetch_status(self, params: dict[str, Any] | None = None) -> Status:
        if params is None:
            params = {}
        # system/status lists maintenances with state 'scheduled', 'ongoing', 'completed' or 'canceled', the
        # products they concern and begin and end in milliseconds: an ongoing spot one means maintenance until
        # its (expected) end.
        response = self.public_get_v5_system_status(params)
        items = self.safe_list(self.safe_dict(response, "result", {}), "list", [])
        i = 0
        while True:
            if not (i < len(items)):
                break
            if js.truthy(self.spot_maintenance(js.get(items, i))):
                href = self.safe_string(js.get(items, i), "href")
                return {
                    "status": "maintenance",
                    "updated": self.safe_integer(response, "time"),
                    "eta": self.safe_integer(js.get(items, i), "end"),
                    "url": href,
                    "info": response,
                }
            i += 1
        return {
            "status": "ok",
            "updated": self.safe_integer(response, "time"),
            "eta": None,
            "url": None,
            "info": response,
        }

    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # instruments-info (category=spot): { symbol, baseCoin, quoteCoin, status: 'Trading', lotSizeFilter:
        # { basePrecision, quotePrecision, minOrderAmt, maxLimitOrderQty, maxMarketOrderQty, and the deprecated
        # minOrderQty, maxOrderQty, maxOrderAmt }, priceFilter: { tickSize } }. Spot has no pagination.
        response = self.public_get_v5_market_instruments_info(self.extend({"category": "spot"}, params))
        entries = self.safe_list(self.safe_dict(response, "result", {}), "list", [])
        result = []
        i = 0
        while True:
            if not (i < len(entries)):
                break
            result.append(self.parse_spot_market(js.get(entries, i)))
            i += 1
        return result

    def parse_spot_market(self, entry):
        base_id = self.safe_string(entry, "baseCoin")
        quote_id = self.safe_string(entry, "quoteCoin")
        base = self.safe_currency_code(base_id)
        quote = self.safe_currency_code(quote_id)
        lot_size = self.safe_dict(entry, "lotSizeFilter", {})
        price_filter = self.safe_dict(entry, "priceFilter", {})
        return self.market_structure(
            id=self.safe_string(entry, "symbol"),
            symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
            base=base,
            quote=quote,
            baseId=base_id,
            quoteId=quote_id,
            active=self.safe_string(entry, "status") == "Trading",
            type="spot",
            spot=True,
            taker=js.get(js.get(self.fees, "trading"), "taker"),
            maker=js.get(js.get(self.fees, "trading"), "maker"),
            precision={
                "amount": self.safe_number(lot_size, "basePrecision"),
                "price": self.safe_number(price_filter, "tickSize"),
            },
            limits={
                "amount": {
                    "min": None,
                    "max": self.safe_number2(lot_size, "maxLimitOrderQty", "maxOrderQty"),
                },
                "price": {"min": None, "max": None},
                "cost": {"min": self.safe_number(lot_size, "minOrderAmt"), "max": None},
            },
            info=entry,
        )

    def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # coin/query-info is signed: without credentials there is no coin list (an empty dictionary), and
        # loadMarkets derives the currencies from the markets. rows: [ { coin, name, remainAmount, chains: [
        # { chain, chainType, withdrawFee ('' when the chain cannot withdraw), depositMin, withdrawMin,
        # minAccuracy (decimals), chainDeposit and chainWithdraw ('1' enabled, '0' suspended) } ] } ].
        if not js.truthy(self.check_required_credentials(False)):
            return {}
        response = self.private_get_v5_asset_coin_query_info(params)
        rows = self.safe_list(self.safe_dict(response, "result", {}), "rows", [])
        result = {}
        i = 0
        while True:
            if not (i < len(rows)):
                break
            currency = self.parse_coin(js.get(rows, i))
            js.set_(result, js.get(currency, "code"), currency)
            i += 1
        return result

    def parse_coin(self, entry):
        id_ = self.safe_string(entry, "coin")
        chains = self.safe_list(entry, "chains", [])
        networks = {}
        deposit = False
        withdraw = False
        j = 0
        while True:
            if not (j < len(chains)):
                break
            network = self.parse_chain(js.get(chains, j))
            js.set_(networks, js.get(network, "network"), network)
            deposit = _value1 if js.truthy(_value1 := deposit) else js.get(network, "deposit")
            withdraw = _value2 if js.truthy(_value2 := withdraw) else js.get(network, "withdraw")
            j += 1
        # With one chain, its fee and precision are the currency's; with several they differ per chain.
        only = self.safe_dict(networks, js.get(js.keys(networks), 0)) if (len(chains) == 1) else None
        return {
            "id": id_,
            "code": self.safe_currency_code(id_),
            "name": self.safe_string(entry, "name"),
            "active": withdraw if js.truthy(_value3 := deposit) else _value3,
            "deposit": deposit,
            "withdraw": withdraw,
            "fee": self.safe_number(only, "fee"),
            "precision": self.safe_number(only, "precision"),
            "limits": {"withdraw": {"min": None, "max": self.safe_number(entry, "remainAmount")}},
            "networks": networks,
            "info": entry,
        }

    def parse_chain(self, chain):
        network_id = self.safe_string(chain, "chain")
        deposit = self.safe_string(chain, "chainDeposit") == "1"
        withdraw = self.safe_string(chain, "chainWithdraw") == "1"
        return {
            "id": network_id,
            "network": self.network_code(network_id),
            "active": deposit and withdraw,
            "deposit": deposit,
            "withdraw": withdraw,
            "fee": self.safe_number(chain, "withdrawFee"),
            "precision": self.parse_number(self.parse_precision(self.safe_string(chain, "minAccuracy"))),
            "limits": {
                "deposit": {"min": self.safe_number(chain, "depositMin"), "max": None},
                "withdraw": {"min": self.safe_number(chain, "withdrawMin"), "max": None},
            },
        }

    def fetch_deposit_withdraw_fees(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, DepositWithdrawFee]:
        if params is None:
            params = {}
        # coin/query-info, as fetchCurrencies reads it: each chain's withdrawal fee. It is signed, so the
        # credentials are required here.
        self.check_required_credentials()
        currencies = self.fetch_currencies(params)
        return self.deposit_withdraw_fees_from_currencies(currencies, codes)

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # tickers (spot): { symbol, bid1Price, bid1Size, ask1Price, ask1Size, lastPrice, prevPrice24h,
        # price24hPcnt (a fraction: 0.0068 is 0.68 %), highPrice24h, lowPrice24h, turnover24h (quote),
        # volume24h (base), usdIndexPrice }. The list has no time of its own: the caller sets the response's.
        market = self.safe_market(self.safe_string(ticker, "symbol"), market)
        fraction = self.safe_string(ticker, "price24hPcnt")
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            high=self.safe_string(ticker, "highPrice24h"),
            low=self.safe_string(ticker, "lowPrice24h"),
            bid=self.safe_string(ticker, "bid1Price"),
            bid_volume=self.safe_string(ticker, "bid1Size"),
            ask=self.safe_string(ticker, "ask1Price"),
            ask_volume=self.safe_string(ticker, "ask1Size"),
            open_=self.safe_string(ticker, "prevPrice24h"),
            last=self.safe_string(ticker, "lastPrice"),
            percentage=None if (fraction is None) else Precise.string_mul(fraction, "100"),
            base_volume=self.safe_string(ticker, "volume24h"),
            quote_volume=self.safe_string(ticker, "turnover24h"),
            info=ticker,
            market=market,
        )

    def stamp_ticker(self, ticker, timestamp):
        # A copy of the ticker with the response's time: Python and PHP pass dictionaries differently.
        return self.extend(ticker, {"timestamp": timestamp, "datetime": self.iso8601(timestamp)})

    def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_v5_market_tickers(
            self.extend({"category": "spot", "symbol": js.get(market, "id")}, params)
        )
        entries = self.safe_list(self.safe_dict(response, "result", {}), "list", [])
        entry = self.safe_dict(entries, 0)
        if entry is None:
            raise BadSymbol(
                js.bounded_text(js.to_str(self.id) + " fetchTicker () got no ticker for " + js.to_str(symbol))
            )
        return self.stamp_ticker(self.parse_ticker(entry, market), self.safe_integer(response, "time"))

    def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # tickers without a symbol: every spot market's.
        self.load_markets()
        response = self.public_get_v5_market_tickers(self.extend({"category": "spot"}, params))
        entries = self.safe_list(self.safe_dict(response, "result", {}), "list", [])
        timestamp = self.safe_integer(response, "time")
        tickers = self.parse_tickers(entries, symbols)
        result = {}
        keys = js.keys(tickers)
        i = 0
        while True:
            if not (i < len(keys)):
                break
            js.set_(result, keys[i], self.stamp_ticker(self.safe_dict(tickers, keys[i]), timestamp))
            i += 1
        return result

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # orderbook: { s, b: [ [ price, size ] ] best first, a, ts, u (the update id), seq }. Spot answers one
        # level by default and 200 at most, so the whole depth is asked for unless limit says otherwise.
        self.load_markets()
        market = self.market(symbol)
        depth = js.get(self.options, "maxBookDepth")
        request = {
            "category": "spot",
            "symbol": js.get(market, "id"),
            "limit": depth if (limit is None) else js.min_(limit, depth),
        }
        response = self.public_get_v5_market_orderbook(self.extend(request, params))
        result = self.safe_dict(response, "result", {})
        book = self.parse_order_book(
            result, js.get(market, "symbol"), self.safe_integer(result, "ts"), "b", "a"
        )
        js.set_(book, "nonce", self.safe_integer(result, "u"))
        return book

    def parse_ohlcv(self, ohlcv, market=None):
        # [ startTime (ms), open, high, low, close, volume (base), turnover (quote) ], strings.
        return [
            self.safe_integer(ohlcv, 0),
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
        # kline: newest first; start, end (the unified until) and limit are all optional.
        self.load_markets()
        market = self.market(symbol)
        interval = self.safe_string(self.timeframes, timeframe)
        if interval is None:
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
        request = {"category": "spot", "symbol": js.get(market, "id"), "interval": interval}
        if since is not None:
            request["start"] = since
        until = self.safe_integer(params, "until")
        if until is not None:
            request["end"] = until
        if limit is not None:
            request["limit"] = limit
        response = self.public_get_v5_market_kline(self.extend(request, self.omit(params, "until")))
        candles = self.safe_list(self.safe_dict(response, "result", {}), "list", [])
        return self.parse_ohlcvs(candles, market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def parse_trade(self, trade, market=None):
        # Public trades (recent-trade): { execId, symbol, price, size, side (the taker's), time, isBlockTrade }.
        # The account's executions (execution/list): { symbol, orderId, orderLinkId, side, orderType, execId,
        # execPrice, execQty, execValue, execFee, feeCurrency, feeRate, isMaker, execTime }.
        market = self.safe_market(self.safe_string(trade, "symbol"), market)
        side = self.safe_string_lower(trade, "side")
        is_maker = self.safe_bool(trade, "isMaker")
        taker_or_maker = None
        if is_maker is not None:
            taker_or_maker = "maker" if is_maker else "taker"
        fee = None
        fee_cost = self.safe_string(trade, "execFee")
        if fee_cost is not None:
            fee = {
                "cost": fee_cost,
                "currency": self.spot_fee_currency(
                    self.safe_string(trade, "feeCurrency"),
                    side,
                    market,
                    is_maker,
                    self.safe_string(trade, "feeRate"),
                ),
                "rate": self.safe_string(trade, "feeRate"),
            }
        return self.trade_structure(
            identifier=self.safe_string(trade, "execId"),
            order=self.safe_string(trade, "orderId"),
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer2(trade, "execTime", "time"),
            kind=self.safe_string_lower(trade, "orderType"),
            side=side,
            taker_or_maker=taker_or_maker,
            price=self.safe_string2(trade, "execPrice", "price"),
            amount=self.safe_string2(trade, "execQty", "size"),
            cost=self.safe_string(trade, "execValue"),
            fee=fee,
            info=trade,
            market=market,
        )

    def spot_fee_currency(self, fee_currency, side, market, is_maker=None, fee_rate=None):
        # The fee currency the response names; where it names none, the documented Spot Fee Currency
        # Instruction: a buy pays in the base currency it receives and a sell in the quote currency, except a
        # maker's rebate (a negative rate), which comes the other way round.
        if fee_currency is not None:
            return self.safe_currency_code(fee_currency)
        if (not (side == "buy")) and (not (side == "sell")):
            return None
        rebate = (is_maker is True) and (fee_rate is not None) and Precise.string_lt(fee_rate, "0")
        in_base = (side == "sell") if rebate else side == "buy"
        return js.get(market, "base") if in_base else js.get(market, "quote")

    def fetch_trades(
        self,
        symbol: str,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # recent-trade: the latest trades (60 at most for spot); since filters what they return.
        self.load_markets()
        market = self.market(symbol)
        request = {"category": "spot", "symbol": js.get(market, "id")}
        if limit is not None:
            request["limit"] = js.min_(limit, 60)
        response = self.public_get_v5_market_recent_trade(self.extend(request, params))
        trades = self.safe_list(self.safe_dict(response, "result", {}), "list", [])
        return self.parse_trades(trades, market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # wallet-balance (accountType UNIFIED, or params['accountType']): list[0].coin: [ { coin,
        # walletBalance, locked (held by open spot orders), free (classic spot wallets only), ... } ].
        self.load_markets()
        request = {"accountType": js.get(self.options, "accountType")}
        response = self.private_get_v5_account_wallet_balance(self.extend(request, params))
        accounts = self.safe_list(self.safe_dict(response, "result", {}), "list", [])
        result = {"info": response}
        i = 0
        while True:
            if not (i < len(accounts)):
                break
            coins = self.safe_list(js.get(accounts, i), "coin", [])
            j = 0
            while True:
                if not (j < len(coins)):
                    break
                entry = js.get(coins, j)
                account = self.account()
                js.set_(account, "total", self.safe_string(entry, "walletBalance"))
                js.set_(account, "used", self.safe_string(entry, "locked"))
                js.set_(account, "free", self.safe_string(entry, "free"))
                js.set_(result, self.safe_currency_code(self.safe_string(entry, "coin")), account)
                j += 1
            i += 1
        timestamp = self.safe_integer(response, "time")
        result["timestamp"] = timestamp
        result["datetime"] = self.iso8601(timestamp)
        return self.safe_balance(result)

    def parse_trading_fee(self, entry, market=None):
        market = self.safe_market(self.safe_string(entry, "symbol"), market)
        return {
            "symbol": js.get(market, "symbol"),
            "maker": self.safe_number(entry, "makerFeeRate"),
            "taker": self.safe_number(entry, "takerFeeRate"),
            "info": entry,
        }

    def fetch_trading_fees(self, params: dict[str, Any] | None = None) -> dict[str, TradingFee]:
        if params is None:
            params = {}
        # fee-rate (category=spot) without a symbol: { list: [ { symbol, takerFeeRate, makerFeeRate } ] }.
        self.load_markets()
        response = self.private_get_v5_account_fee_rate(self.extend({"category": "spot"}, params))
        entries = self.safe_list(self.safe_dict(response, "result", {}), "list", [])
        fees = {}
        i = 0
        while True:
            if not (i < len(entries)):
                break
            fee = self.parse_trading_fee(js.get(entries, i))
            js.set_(fees, js.get(fee, "symbol"), fee)
            i += 1
        return fees

    def fetch_trading_fee(self, symbol: str, params: dict[str, Any] | None = None) -> TradingFee:
        if params is None:
            params = {}
        self.load_markets()
        market = self.market(symbol)
        response = self.private_get_v5_account_fee_rate(
            self.extend({"category": "spot", "symbol": js.get(market, "id")}, params)
        )
        entries = self.safe_list(self.safe_dict(response, "result", {}), "list", [])
        return self.parse_trading_fee(self.safe_dict(entries, 0, {}), market)

    # --- orders --------------------------------------------------------------------------------------
    def non_zero(self, value):
        # Bybit writes absent prices as '', '0' or '0.00'.
        if (value is None) or Precise.string_eq(value, "0"):
            return None
        return value

    def parse_order_fees(self, order, side, market):
        # cumFeeDetail ({ coin: amount }) where the response has it; else cumExecFee in the spot fee currency.
        detail = self.safe_dict(order, "cumFeeDetail")
        fees = []
        if detail is not None:
            coins = js.keys(detail)
            i = 0
            while True:
                if not (i < len(coins)):
                    break
                fees.append(
                    {
                        "cost": self.safe_string(detail, coins[i]),
                        "currency": self.safe_currency_code(coins[i]),
                    }
                )
                i += 1
            return fees
        cost = self.safe_string(order, "cumExecFee")
        if cost is not None:
            fees.append({"cost": cost, "currency": self.spot_fee_currency(None, side, market)})
        return fees

    def parse_order(self, order, market=None):
        # order/realtime and order/history: { orderId, orderLinkId, symbol, price, qty, side, orderStatus,
        # avgPrice, cumExecQty, cumExecValue, cumExecFee, timeInForce, orderType, stopOrderType, marketUnit,
        # triggerPrice, takeProfit, stopLoss, createdTime, updatedTime }. A market buy sized in the quote
        # currency (marketUnit quoteCoin, the default for market buys) has its qty in quote units: it is the
        # order's cost, not its amount.
        market = self.safe_market(self.safe_string(order, "symbol"), market)
        type_ = self.safe_string_lower(order, "orderType")
        side = self.safe_string_lower(order, "side")
        time_in_force = self.safe_string(order, "timeInForce")
        post_only = time_in_force == "PostOnly"
        if post_only:
            time_in_force = "PO"
        amount = self.safe_string(order, "qty")
        cost = self.safe_string(order, "cumExecValue")
        unit = self.safe_string(order, "marketUnit")
        if (type_ == "market") and (side == "buy") and (not (unit == "baseCoin")):
            amount = None
        status = self.safe_string(order, "orderStatus")
        fees = self.parse_order_fees(order, side, market)
        trigger_price = self.non_zero(self.safe_string(order, "triggerPrice"))
        return self.safe_order(
            {
                "id": self.safe_string(order, "orderId"),
                "clientOrderId": self.safe_string(order, "orderLinkId"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.safe_integer(order, "createdTime"),
                "lastUpdateTimestamp": self.safe_integer(order, "updatedTime"),
                "status": self.safe_string(js.get(self.options, "orderStatuses"), status, status),
                "type": type_,
                "timeInForce": time_in_force,
                "postOnly": post_only,
                "side": side,
                "price": None if (type_ == "market") else self.non_zero(self.safe_string(order, "price")),
                "triggerPrice": trigger_price,
                "stopLossPrice": self.non_zero(self.safe_string(order, "stopLoss")),
                "takeProfitPrice": self.non_zero(self.safe_string(order, "takeProfit")),
                "average": self.non_zero(self.safe_string(order, "avgPrice")),
                "amount": amount,
                "filled": self.safe_string(order, "cumExecQty"),
                "remaining": None if (amount is None) else self.safe_string(order, "leavesQty"),
                "cost": cost,
                "fees": fees,
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
        # POST order/create. The unified params map to Bybit's fields: postOnly is timeInForce PostOnly,
        # timeInForce GTC, IOC and FOK are sent as they are named, clientOrderId is orderLinkId, cost sizes a
        # market buy in the quote currency (marketUnit quoteCoin), triggerPrice makes a spot conditional order
        # (orderFilter StopOrder), stopLossPrice and takeProfitPrice a spot TP/SL order (orderFilter
        # tpslOrder), both triggered at triggerPrice. reduceOnly is for derivatives only.
        self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params("createOrder", unified, ["reduceOnly"])
        if (js.get(unified, "cost") is not None) and (not (side == "buy")):
            # The reject reason EC_MarketQuoteNoSuppSell: a market sell is sized in the base currency.
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () cost sizes market buys only: a market sell takes an amount"
                )
            )
        request = {
            "category": "spot",
            "symbol": js.get(market, "id"),
            "side": "Buy" if (side == "buy") else "Sell",
            "orderType": "Market" if (type_ == "market") else "Limit",
        }
        request = self.extend(request, self.order_size(symbol, type_, amount, unified))
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["price"] = self.price_to_precision(symbol, price)
        elif not (type_ == "market"):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () supports market and limit orders, not "
                    + js.to_str(type_)
                )
            )
        time_in_force = self.order_time_in_force(type_, unified)
        if time_in_force is not None:
            request["timeInForce"] = time_in_force
        if js.get(unified, "clientOrderId") is not None:
            request["orderLinkId"] = js.get(unified, "clientOrderId")
        trigger = js.get(unified, "trigger")
        if trigger is not None:
            request["triggerPrice"] = self.price_to_precision(symbol, trigger)
            request["orderFilter"] = (
                "StopOrder" if (js.get(unified, "triggerKind") == "triggerPrice") else "tpslOrder"
            )
        response = self.private_post_v5_order_create(self.extend(request, rest))
        return self.acknowledged_order(response, market, type_, side, request)

    def order_size(self, symbol, type_, amount, unified):
        # qty: base units for limit orders; for market orders marketUnit says which unit, and a market buy
        # without it would be read in quote units, so it is always stated.
        if js.get(unified, "cost") is not None:
            return {"qty": self.cost_to_precision(symbol, js.get(unified, "cost")), "marketUnit": "quoteCoin"}
        if amount is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () requires an amount (or, for a market buy, the unified param cost)"
                )
            )
        size = {"qty": self.amount_to_precision(symbol, amount)}
        if type_ == "market":
            size["marketUnit"] = "baseCoin"
        return size

    def order_time_in_force(self, type_, unified):
        # Bybit's timeInForce: GTC (the default), IOC, FOK or PostOnly; market orders are always IOC.
        if js.truthy(js.get(unified, "postOnly")):
            return "PostOnly"
        time_in_force = js.get(unified, "timeInForce")
        if (type_ == "market") and (time_in_force is not None) and (not (time_in_force == "IOC")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () timeInForce "
                    + js.to_str(time_in_force)
                    + " is for limit orders: Bybit executes market orders IOC"
                )
            )
        return time_in_force

    def acknowledged_order(self, response, market, type_, side, request):
        # order/create and order/amend answer { orderId, orderLinkId } only: the rest is what was asked for.
        result = self.safe_dict(response, "result", {})
        time_in_force = self.safe_string(request, "timeInForce")
        quote_sized = self.safe_string(request, "marketUnit") == "quoteCoin"
        return self.safe_order(
            {
                "id": self.safe_string(result, "orderId"),
                "clientOrderId": self.safe_string(result, "orderLinkId"),
                "symbol": js.get(market, "symbol"),
                "type": type_,
                "side": side,
                "timeInForce": "PO" if (time_in_force == "PostOnly") else time_in_force,
                "postOnly": None if (time_in_force is None) else time_in_force == "PostOnly",
                "price": self.safe_string(request, "price"),
                "triggerPrice": self.safe_string(request, "triggerPrice"),
                "amount": None if quote_sized else self.safe_string(request, "qty"),
                "cost": self.safe_string(request, "qty") if quote_sized else None,
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
        # POST order/amend changes qty, price and triggerPrice of an open order; its time in force (postOnly)
        # cannot change.
        if self.safe_bool(params, "postOnly", False) is True:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " editOrder () does not support the unified param postOnly: order/amend cannot change the time in force"
                )
            )
        self.load_markets()
        market = self.require_market("editOrder", symbol)
        request = {"category": "spot", "symbol": js.get(market, "id"), "orderId": id_}
        if amount is not None:
            request["qty"] = self.amount_to_precision(symbol, amount)
        if price is not None:
            request["price"] = self.price_to_precision(symbol, price)
        trigger_price = self.safe_string(params, "triggerPrice")
        if trigger_price is not None:
            request["triggerPrice"] = self.price_to_precision(symbol, trigger_price)
        response = self.private_post_v5_order_amend(
            self.extend(request, self.omit(params, ["postOnly", "triggerPrice"]))
        )
        return self.acknowledged_order(response, market, type_, side, request)

    def require_market(self, method, symbol):
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id) + " " + js.to_str(method) + " () requires a symbol argument"
                )
            )
        return self.market(symbol)

    def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # POST order/cancel takes the symbol with the orderId; it answers { orderId, orderLinkId }.
        self.load_markets()
        market = self.require_market("cancelOrder", symbol)
        request = {"category": "spot", "symbol": js.get(market, "id"), "orderId": id_}
        response = self.private_post_v5_order_cancel(self.extend(request, params))
        result = self.safe_dict(response, "result", {})
        return self.safe_order(
            {
                "id": self.safe_string(result, "orderId", id_),
                "clientOrderId": self.safe_string(result, "orderLinkId"),
                "symbol": js.get(market, "symbol"),
                "status": "canceled",
                "info": response,
            },
            market,
        )

    def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # POST order/cancel-all (category=spot, of one symbol with symbol): { list: [ { orderId, orderLinkId } ],
        # success: '1' }.
        self.load_markets()
        request = {"category": "spot"}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["symbol"] = js.get(market, "id")
        response = self.private_post_v5_order_cancel_all(self.extend(request, params))
        entries = self.safe_list(self.safe_dict(response, "result", {}), "list", [])
        result = []
        i = 0
        while True:
            if not (i < len(entries)):
                break
            result.append(
                self.safe_order(
                    {
                        "id": self.safe_string(js.get(entries, i), "orderId"),
                        "clientOrderId": self.safe_string(js.get(entries, i), "orderLinkId"),
                        "symbol": self.safe_symbol(None, market),
                        "status": "canceled",
                        "info": js.get(entries, i),
                    },
                    market,
                )
            )
            i += 1
        return result

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        # order/realtime finds open orders and the latest closed ones by orderId; order/history the rest of
        # the last 7 days.
        self.load_markets()
        market = None
        if symbol is not None:
            market = self.market(symbol)
        request = {"category": "spot", "orderId": id_}
        live = self.private_get_v5_order_realtime(self.extend(request, params))
        entries = self.safe_list(self.safe_dict(live, "result", {}), "list", [])
        if len(entries) == 0:
            history = self.private_get_v5_order_history(self.extend(request, params))
            entries = self.safe_list(self.safe_dict(history, "result", {}), "list", [])
        if len(entries) == 0:
            raise OrderNotFound(
                js.bounded_text(js.to_str(self.id) + " fetchOrder () found no order " + js.to_str(id_))
            )
        return self.parse_order(js.get(entries, 0), market)

    def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # order/realtime (openOnly 0, the default): open orders, newest first, 50 at most a page.
        self.load_markets()
        request = {"category": "spot"}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["symbol"] = js.get(market, "id")
        if limit is not None:
            request["limit"] = js.min_(limit, 50)
        response = self.private_get_v5_order_realtime(self.extend(request, params))
        entries = self.safe_list(self.safe_dict(response, "result", {}), "list", [])
        return self.parse_orders(entries, market, since, limit)

    def range_request(self, request, since, params):
        # startTime and endTime (the unified until): order/history wants both or neither, and both
        # order/history and execution/list at most 7 days apart, so a range with one end is completed to 7 days.
        until = self.safe_integer(params, "until")
        range_ = js.get(self.options, "maxRange")
        if since is not None:
            js.set_(request, "startTime", since)
            js.set_(request, "endTime", js.add(since, range_) if (until is None) else until)
        elif until is not None:
            js.set_(request, "startTime", js.subtract(until, range_))
            js.set_(request, "endTime", until)
        return self.extend(request, self.omit(params, "until"))

    def fetch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # order/history: every status for the last 7 days (filled orders only further back), newest first.
        self.load_markets()
        request = {"category": "spot"}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["symbol"] = js.get(market, "id")
        if limit is not None:
            request["limit"] = js.min_(limit, 50)
        response = self.private_get_v5_order_history(self.range_request(request, since, params))
        entries = self.safe_list(self.safe_dict(response, "result", {}), "list", [])
        return self.parse_orders(entries, market, since, limit)

    def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # order/history less the orders still open.
        orders = self.fetch_orders(symbol, since, None, params)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(orders)):
                break
            if not (js.get(js.get(orders, i), "status") == "open"):
                result.append(js.get(orders, i))
            i += 1
        return self.filter_by_since_limit(result, since, limit)

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
        # execution/list with orderId (which takes priority over every other filter).
        self.load_markets()
        market = None
        if symbol is not None:
            market = self.market(symbol)
        request = {"category": "spot", "orderId": id_}
        if limit is not None:
            request["limit"] = js.min_(limit, 100)
        response = self.private_get_v5_execution_list(self.extend(request, params))
        entries = self.safe_list(self.safe_dict(response, "result", {}), "list", [])
        return self.parse_trades(entries, market, since, limit)

    def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # execution/list: the account's spot executions, the last 7 days by default, newest first.
        self.load_markets()
        request = {"category": "spot"}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["symbol"] = js.get(market, "id")
        if limit is not None:
            request["limit"] = js.min_(limit, 100)
        response = self.private_get_v5_execution_list(self.range_request(request, since, params))
        entries = self.safe_list(self.safe_dict(response, "result", {}), "list", [])
        return self.parse_trades(entries, market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # deposit/query-record: { id, coin, chain, amount, txID, status (a number), toAddress, tag,
        # depositFee, successAt }. withdraw/query-record: { withdrawId, txID, withdrawType, coin, chain,
        # amount, withdrawFee, status (a name), toAddress, tag, createTime, updateTime }.
        withdraw_id = self.safe_string(transaction, "withdrawId")
        is_withdrawal = withdraw_id is not None
        code = self.safe_currency_code(self.safe_string(transaction, "coin"), currency)
        statuses = (
            js.get(self.options, "withdrawalStatuses")
            if is_withdrawal
            else js.get(self.options, "depositStatuses")
        )
        fee = None
        fee_cost = self.safe_string2(transaction, "withdrawFee", "depositFee")
        if fee_cost is not None:
            fee = {"cost": fee_cost, "currency": code}
        updated = self.safe_integer2(transaction, "updateTime", "successAt")
        return self.safe_transaction(
            {
                "id": withdraw_id if is_withdrawal else self.safe_string(transaction, "id"),
                "txid": self.safe_string(transaction, "txID"),
                "timestamp": self.safe_integer(transaction, "createTime") if is_withdrawal else updated,
                "network": self.network_code(self.safe_string(transaction, "chain")),
                "address": self.safe_string(transaction, "toAddress"),
                "tag": self.safe_string(transaction, "tag"),
                "type": "withdrawal" if is_withdrawal else "deposit",
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(statuses, self.safe_string(transaction, "status")),
                "updated": updated,
                "fee": fee,
                "info": transaction,
            },
            currency,
        )

    def transaction_request(self, code, since, limit, params):
        # coin, startTime, endTime (the unified until) and limit (50 at most); the range is 30 days at most.
        request = {}
        if code is not None:
            request["coin"] = js.get(self.currency(code), "id")
        if since is not None:
            request["startTime"] = since
        until = self.safe_integer(params, "until")
        if until is not None:
            request["endTime"] = until
        if limit is not None:
            request["limit"] = js.min_(limit, 50)
        return self.extend(request, self.omit(params, "until"))

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
        response = self.private_get_v5_asset_deposit_query_record(
            self.transaction_request(code, since, limit, params)
        )
        rows = self.safe_list(self.safe_dict(response, "result", {}), "rows", [])
        return self.parse_transactions(rows, currency, since, limit)

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
        response = self.private_get_v5_asset_withdraw_query_record(
            self.transaction_request(code, since, limit, params)
        )
        rows = self.safe_list(self.safe_dict(response, "result", {}), "rows", [])
        return self.parse_transactions(rows, currency, since, limit)

    def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # deposit/query-address: { coin, chains: [ { chainType, addressDeposit, tagDeposit, chain } ] }; the
        # unified param network picks the chain (chainType takes the chain name), else the first one listed.
        self.load_markets()
        currency = self.currency(code)
        request = {"coin": js.get(currency, "id")}
        network_code = self.safe_string(params, "network")
        if network_code is not None:
            request["chainType"] = self.known_network_id(network_code, currency, "fetchDepositAddress")
        response = self.private_get_v5_asset_deposit_query_address(
            self.extend(request, self.omit(params, "network"))
        )
        chains = self.safe_list(self.safe_dict(response, "result", {}), "chains", [])
        entry = self.safe_dict(chains, 0)
        i = 0
        while True:
            if not (i < len(chains)):
                break
            if js.strict_equal(
                self.safe_string(js.get(chains, i), "chain"), self.safe_string(request, "chainType")
            ):
                entry = js.get(chains, i)
            i += 1
        if entry is None:
            raise InvalidAddress(
                js.bounded_text(
                    js.to_str(self.id) + " fetchDepositAddress () got no address for " + js.to_str(code)
                )
            )
        return {
            "currency": code,
            "address": self.safe_string(entry, "addressDeposit"),
            "tag": self.safe_string(entry, "tagDeposit"),
            "network": self.network_code(self.safe_string(entry, "chain"), currency),
            "info": response,
        }

    def fetch_deposit_addresses(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> list[DepositAddress]:
        if params is None:
            params = {}
        # deposit/query-address of each code (it takes one coin and answers every chain of it): one request per
        # code, one address per chain.
        if codes is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchDepositAddresses () requires the currency codes: deposit/query-address takes one coin"
                )
            )
        self.load_markets()
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(codes)):
                break
            currency = self.currency(js.get(codes, i))
            response = self.private_get_v5_asset_deposit_query_address(
                self.extend({"coin": js.get(currency, "id")}, params)
            )
            chains = self.safe_list(self.safe_dict(response, "result", {}), "chains", [])
            j = 0
            while True:
                if not (j < len(chains)):
                    break
                result.append(
                    {
                        "currency": js.get(currency, "code"),
                        "address": self.safe_string(js.get(chains, j), "addressDeposit"),
                        "tag": self.safe_string(js.get(chains, j), "tagDeposit"),
                        "network": self.network_code(self.safe_string(js.get(chains, j), "chain"), currency),
                        "info": js.get(chains, j),
                    }
                )
                j += 1
            i += 1
        return result

    def withdraw_chain(self, currency, params):
        # The chain of a withdrawal: the unified param network, or the currency's only chain.
        network_code = self.safe_string(params, "network")
        if network_code is not None:
            return self.known_network_id(network_code, currency, "withdraw")
        networks = js.keys(self.safe_dict(currency, "networks", {}))
        if len(networks) == 1:
            return self.network_id(js.get(networks, 0), currency)
        raise ArgumentsRequired(
            js.bounded_text(
                js.bounded_text(js.to_str(self.id) + " withdraw () requires the unified param network for ")
                + js.to_str(js.get(currency, "code"))
                + ": Bybit withdraws on a named chain"
            )
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
        # POST withdraw/create: { coin, chain, address, tag, amount, timestamp }; answers { id }.
        self.load_markets()
        currency = self.currency(code)
        request = {
            "coin": js.get(currency, "id"),
            "chain": self.withdraw_chain(currency, params),
            "address": address,
            "amount": self.number_to_string(amount),
            "timestamp": self.milliseconds(),
        }
        if tag is not None:
            request["tag"] = tag
        response = self.private_post_v5_asset_withdraw_create(
            self.extend(request, self.omit(params, "network"))
        )
        result = self.safe_dict(response, "result", {})
        return self.safe_transaction(
            {
                "id": self.safe_string(result, "id"),
                "timestamp": js.get(request, "timestamp"),
                "type": "withdrawal",
                "network": self.network_code(js.get(request, "chain"), currency),
                "address": address,
                "tag": tag,
                "amount": js.get(request, "amount"),
                "currency": code,
                "status": "pending",
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
        # POST transfer/inter-transfer: { transferId (a UUID the caller makes), coin, amount, fromAccountType,
        # toAccountType }; answers { transferId, status: 'SUCCESS', 'PENDING' or 'FAILED' }.
        self.load_markets()
        currency = self.currency(code)
        request = {
            "transferId": self.safe_string(params, "transferId", self.uuid()),
            "coin": js.get(currency, "id"),
            "amount": self.number_to_string(amount),
            "fromAccountType": self.account_type_id(from_account),
            "toAccountType": self.account_type_id(to_account),
        }
        response = self.private_post_v5_asset_transfer_inter_transfer(
            self.extend(request, self.omit(params, "transferId"))
        )
        result = self.safe_dict(response, "result", {})
        status = self.safe_string(result, "status")
        return self.safe_transfer(
            {
                "id": self.safe_string(result, "transferId", js.get(request, "transferId")),
                "timestamp": self.safe_integer(response, "time"),
                "currency": code,
                "amount": js.get(request, "amount"),
                "fromAccount": from_account,
                "toAccount": to_account,
                "status": self.safe_string(js.get(self.options, "transferStatuses"), status),
                "info": response,
            }
        )

    def parse_ledger_entry(self, item, currency=None):
        # transaction-log: { id (the entry's unique id), symbol, category, side, transactionTime, type, qty,
        # size, currency, tradePrice, funding, fee (positive, a rebate negative), cashFlow, change (signed, fee
        # included), cashBalance (after it), feeRate, tradeId, orderId, orderLinkId }.
        code = self.safe_currency_code(self.safe_string(item, "currency"), currency)
        change = self.safe_string(item, "change")
        after = self.safe_string(item, "cashBalance")
        before = None if ((change is None) or (after is None)) else Precise.string_sub(after, change)
        direction = None
        if change is not None:
            direction = "out" if Precise.string_lt(change, "0") else "in"
        type_ = self.safe_string(item, "type")
        fee = None
        fee_cost = self.safe_string(item, "fee")
        if (fee_cost is not None) and (not Precise.string_eq(fee_cost, "0")):
            fee = {"cost": fee_cost, "currency": code}
        return self.safe_ledger_entry(
            {
                "id": self.safe_string(item, "id"),
                "timestamp": self.safe_integer(item, "transactionTime"),
                "direction": direction,
                "account": "spot",
                "referenceId": self.safe_string(item, "orderId"),
                "type": self.safe_string(
                    js.get(self.options, "ledgerTypes"), type_, self.safe_string_lower(item, "type")
                ),
                "currency": code,
                "amount": None if (change is None) else Precise.string_abs(change),
                "before": before,
                "after": after,
                "status": "ok",
                "fee": fee,
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
        # account/transaction-log of the unified account's spot entries; it takes one currency (required),
        # startTime, endTime (the unified until) and limit (50 at most).
        if code is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchLedger () requires a currency code: transaction-log takes one currency"
                )
            )
        self.load_markets()
        currency = self.currency(code)
        request = {"accountType": "UNIFIED", "category": "spot", "currency": js.get(currency, "id")}
        if since is not None:
            request["startTime"] = since
        until = self.safe_integer(params, "until")
        if until is not None:
            request["endTime"] = until
        if limit is not None:
            request["limit"] = js.min_(limit, 50)
        response = self.private_get_v5_account_transaction_log(
            self.extend(request, self.omit(params, "until"))
        )
        entries = self.safe_list(self.safe_dict(response, "result", {}), "list", [])
        return self.parse_ledger(entries, currency, since, limit)

    # --- transport -----------------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # GET sends its params as the query string, POST as a JSON body.
        url = js.bounded_text(js.to_str(js.get(self.urls, "api")) + "/" + js.to_str(path))
        is_post = method == "POST"
        query = self.urlencode(params) if (len(js.keys(params)) > 0) else ""
        if (not is_post) and (not (query == "")):
            url += js.within(url, "?" + js.to_str(query))
        if api == "public":
            return {"url": url, "method": method, "body": body, "headers": headers}
        # X-BAPI-SIGN: hex HMAC-SHA256 with the secret of timestamp (ms) + API key + recvWindow + the query
        # string (GET) or the JSON body (POST), exactly as sent.
        self.check_required_credentials()
        timestamp = self.number_to_string(self.milliseconds())
        recv_window = self.number_to_string(js.get(self.options, "recvWindow"))
        payload = query
        headers = {
            "X-BAPI-API-KEY": self.apiKey,
            "X-BAPI-TIMESTAMP": timestamp,
            "X-BAPI-RECV-WINDOW": recv_window,
        }
        if is_post:
            # An empty body is written out: PHP would encode an empty dictionary as a list, '[]'.
            body = self.json(params) if (len(js.keys(params)) > 0) else "{}"
            payload = body
            js.set_(headers, "Content-Type", "application/json")
        auth = js.add(js.add(js.add(timestamp, self.apiKey), recv_window), payload)
        js.set_(headers, "X-BAPI-SIGN", self.hmac(self.encode(auth), self.encode(self.secret), "sha256"))
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
        # v5 answers with HTTP 200 and { retCode, retMsg, result, retExtInfo, time }: retCode 0 is success,
        # any other is an error, mapped by its code (exceptions.exact), then its message (exceptions.broad).
        # Responses without a retCode are left to the base class's HTTP status mapping.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return
        code = self.safe_string(response, "retCode")
        if (code is None) or (code == "0"):
            return
        message = self.safe_string(response, "retMsg", "")
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
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
        self.throw_broadly_matched_exception(js.get(self.exceptions, "broad"), message, feedback)
        raise ExchangeError(feedback)
