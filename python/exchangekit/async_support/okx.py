# Generated from js/okx.js by exkit: do not edit. Change the source and run `python build.py`.
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


class okx(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "okx",
                "name": "OKX",
                "countries": ["SC"],
                "version": "v5",
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
                    "api": "https://www.okx.com",
                    "www": "https://www.okx.com",
                    "doc": "https://www.okx.com/docs-v5/en/",
                    "fees": "https://www.okx.com/fees",
                },
                "api": {
                    "public": {
                        "get": {
                            "public/time": 2,
                            "public/instruments": 1,
                            "system/status": 50,
                            "market/tickers": 1,
                            "market/ticker": 1,
                            "market/books": 0.5,
                            "market/books-full": 2,
                            "market/candles": 0.5,
                            "market/history-candles": 1,
                            "market/trades": 0.2,
                            "market/history-trades": 1,
                            "market/platform-24-volume": 2,
                            "market/call-auction-details": 1,
                            "asset/exchange-list": 3.333,
                        }
                    },
                    "private": {
                        "get": {
                            "account/balance": 2,
                            "account/bills": 4,
                            "account/bills-archive": 4,
                            "account/config": 4,
                            "account/max-size": 1,
                            "account/max-avail-size": 1,
                            "account/trade-fee": 4,
                            "account/instruments": 1,
                            "trade/order": 0.333,
                            "trade/orders-pending": 0.333,
                            "trade/orders-history": 0.5,
                            "trade/orders-history-archive": 1,
                            "trade/fills": 0.333,
                            "trade/fills-history": 2,
                            "trade/order-algo": 1,
                            "trade/orders-algo-pending": 1,
                            "trade/orders-algo-history": 1,
                            "asset/currencies": 3.333,
                            "asset/balances": 3.333,
                            "asset/asset-valuation": 20,
                            "asset/transfer-state": 2,
                            "asset/bills": 3.333,
                            "asset/deposit-address": 3.333,
                            "asset/deposit-history": 3.333,
                            "asset/withdrawal-history": 3.333,
                            "asset/deposit-withdraw-status": 20,
                            "asset/non-tradable-assets": 3.333,
                        },
                        "post": {
                            "trade/order": 0.333,
                            "trade/batch-orders": 0.067,
                            "trade/cancel-order": 0.333,
                            "trade/cancel-batch-orders": 0.067,
                            "trade/amend-order": 0.333,
                            "trade/amend-batch-orders": 0.067,
                            "trade/order-algo": 1,
                            "trade/cancel-algos": 1,
                            "trade/amend-algos": 1,
                            "trade/cancel-all-after": 20,
                            "asset/transfer": 20,
                            "asset/withdrawal": 3.333,
                            "asset/cancel-withdrawal": 3.333,
                        },
                    },
                },
                "timeframes": {
                    "1m": "1m",
                    "3m": "3m",
                    "5m": "5m",
                    "15m": "15m",
                    "30m": "30m",
                    "1h": "1H",
                    "2h": "2H",
                    "4h": "4H",
                    "6h": "6Hutc",
                    "12h": "12Hutc",
                    "1d": "1Dutc",
                    "1w": "1Wutc",
                    "1M": "1Mutc",
                },
                "fees": {"trading": {"tierBased": True, "percentage": True, "taker": 0.001, "maker": 0.0008}},
                "precisionMode": TICK_SIZE,
                "requiredCredentials": {"apiKey": True, "secret": True, "password": True},
                "options": {
                    "accountsByType": {"funding": "6", "spot": "18", "trading": "18"},
                    "networks": {
                        "BTC": "Bitcoin",
                        "ERC20": "ERC20",
                        "TRC20": "TRC20",
                        "BEP20": "BSC",
                        "SOL": "Solana",
                        "POLYGON": "Polygon",
                        "ARBITRUM": "Arbitrum One",
                        "OPTIMISM": "Optimism",
                        "AVAXC": "Avalanche C-Chain",
                        "BASE": "Base",
                        "TON": "TON",
                        "LIGHTNING": "Lightning",
                        "XRP": "Ripple",
                    },
                    "orderStatuses": {
                        "live": "open",
                        "partially_filled": "open",
                        "filled": "closed",
                        "canceled": "canceled",
                        "mmp_canceled": "canceled",
                    },
                    "orderTypes": {
                        "market": ["market", None],
                        "limit": ["limit", "GTC"],
                        "post_only": ["limit", "PO"],
                        "fok": ["limit", "FOK"],
                        "ioc": ["limit", "IOC"],
                        "optimal_limit_ioc": ["market", "IOC"],
                    },
                    "algoStatuses": {
                        "live": "open",
                        "pause": "open",
                        "partially_effective": "open",
                        "effective": "closed",
                        "canceled": "canceled",
                        "order_failed": "rejected",
                    },
                    "depositStatuses": {
                        "0": "pending",
                        "1": "ok",
                        "2": "ok",
                        "8": "pending",
                        "11": "failed",
                        "12": "pending",
                        "13": "pending",
                        "14": "pending",
                    },
                    "withdrawalStatuses": {
                        "-3": "pending",
                        "-2": "canceled",
                        "-1": "failed",
                        "0": "pending",
                        "1": "pending",
                        "2": "ok",
                        "7": "pending",
                        "10": "pending",
                    },
                    "ledgerTypes": {"1": "transfer", "2": "trade", "7": "interest", "11": "conversion"},
                    "timeframeDurations": {
                        "1m": 60000,
                        "3m": 180000,
                        "5m": 300000,
                        "15m": 900000,
                        "30m": 1800000,
                        "1h": 3600000,
                        "2h": 7200000,
                        "4h": 14400000,
                        "6h": 21600000,
                        "12h": 43200000,
                        "1d": 86400000,
                        "1w": 604800000,
                        "1M": 2678400000,
                    },
                },
                "exceptions": {
                    "exact": {
                        "50000": BadRequest,
                        "50001": ExchangeNotAvailable,
                        "50002": BadRequest,
                        "50004": RequestTimeout,
                        "50005": ExchangeNotAvailable,
                        "50011": RateLimitExceeded,
                        "50013": ExchangeNotAvailable,
                        "50014": BadRequest,
                        "50026": ExchangeNotAvailable,
                        "50030": PermissionDenied,
                        "50061": RateLimitExceeded,
                        "50100": AccountSuspended,
                        "50101": AuthenticationError,
                        "50102": InvalidNonce,
                        "50103": AuthenticationError,
                        "50104": AuthenticationError,
                        "50105": AuthenticationError,
                        "50106": AuthenticationError,
                        "50107": AuthenticationError,
                        "50110": PermissionDenied,
                        "50111": AuthenticationError,
                        "50112": InvalidNonce,
                        "50113": AuthenticationError,
                        "50114": AuthenticationError,
                        "50115": BadRequest,
                        "50119": AuthenticationError,
                        "50120": PermissionDenied,
                        "51000": BadRequest,
                        "51001": BadSymbol,
                        "51002": BadSymbol,
                        "51004": InvalidOrder,
                        "51006": InvalidOrder,
                        "51008": InsufficientFunds,
                        "51009": AccountSuspended,
                        "51011": DuplicateOrderId,
                        "51020": InvalidOrder,
                        "51024": AccountSuspended,
                        "51116": InvalidOrder,
                        "51119": InsufficientFunds,
                        "51120": InvalidOrder,
                        "51121": InvalidOrder,
                        "51131": InsufficientFunds,
                        "51400": OrderNotFound,
                        "51401": OrderNotFound,
                        "51402": OrderNotFound,
                        "51503": OrderNotFound,
                        "51603": OrderNotFound,
                        "58004": AccountSuspended,
                        "58102": RateLimitExceeded,
                        "58203": InvalidAddress,
                        "58207": InvalidAddress,
                        "58350": InsufficientFunds,
                    },
                    "broad": {},
                },
            },
        )

    # --- markets and currencies ----------------------------------------------------------------------
    async def fetch_time(self, params: dict[str, Any] | None = None) -> int | None:
        if params is None:
            params = {}
        # public/time: [ { ts } ] in milliseconds.
        response = await self.public_get_public_time(params)
        return self.safe_integer(self.first_entry(response), "ts")

    def first_entry(self, response):
        # Every answer is { code, msg, data: [ ... ] }; most single results are data's one element.
        return self.safe_dict(self.safe_list(response, "data", []), 0, {})

    async def fetch_status(self, params: dict[str, Any] | None = None) -> Status:
        if params is None:
            params = {}
        # system/status lists the scheduled and ongoing maintenance events; an ongoing one means maintenance,
        # until its end time.
        response = await self.public_get_system_status(params)
        events = self.safe_list(response, "data", [])
        i = 0
        while True:
            if not (i < len(events)):
                break
            if self.safe_string(js.get(events, i), "state") == "ongoing":
                return {
                    "status": "maintenance",
                    "updated": None,
                    "eta": self.safe_integer(js.get(events, i), "end"),
                    "url": self.safe_string(js.get(events, i), "href"),
                    "info": response,
                }
            i += 1
        return {"status": "ok", "updated": None, "eta": None, "url": None, "info": response}

    async def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        response = await self.public_get_public_instruments(self.extend({"instType": "SPOT"}, params))
        instruments = self.safe_list(response, "data", [])
        result = []
        i = 0
        while True:
            if not (i < len(instruments)):
                break
            result.append(self.parse_market(js.get(instruments, i)))
            i += 1
        return result

    def parse_market(self, entry):
        # Spot sizes are in the base currency: lotSz is the amount step, minSz the least amount; maxLmtSz the
        # most of a limit order. maxLmtAmt is the largest value of a limit order in USD, not in the quote
        # currency: the market's cost limit only where USD is the quote currency.
        base_id = self.safe_string(entry, "baseCcy")
        quote_id = self.safe_string(entry, "quoteCcy")
        base = self.safe_currency_code(base_id)
        quote = self.safe_currency_code(quote_id)
        return self.market_structure(
            id=self.safe_string(entry, "instId"),
            symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
            base=base,
            quote=quote,
            baseId=base_id,
            quoteId=quote_id,
            active=self.safe_string(entry, "state") == "live",
            type="spot",
            spot=True,
            taker=js.get(js.get(self.fees, "trading"), "taker"),
            maker=js.get(js.get(self.fees, "trading"), "maker"),
            precision={
                "amount": self.safe_number(entry, "lotSz"),
                "price": self.safe_number(entry, "tickSz"),
            },
            limits={
                "amount": {
                    "min": self.safe_number(entry, "minSz"),
                    "max": self.safe_number(entry, "maxLmtSz"),
                },
                "price": {"min": None, "max": None},
                "cost": {
                    "min": None,
                    "max": self.safe_number(entry, "maxLmtAmt") if (quote == "USD") else None,
                },
            },
            info=entry,
        )

    async def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # asset/currencies is a signed endpoint with one entry per currency and chain: without credentials
        # there is none, and loadMarkets derives the currencies from the markets instead.
        if not js.truthy(self.check_required_credentials(False)):
            return {}
        response = await self.private_get_asset_currencies(params)
        by_id = self.group_by(self.safe_list(response, "data", []), "ccy")
        ids = js.keys(by_id)
        result = {}
        i = 0
        while True:
            if not (i < len(ids)):
                break
            currency = self.parse_currency_chains(ids[i], self.safe_list(by_id, ids[i], []))
            js.set_(result, js.get(currency, "code"), currency)
            i += 1
        return result

    def parse_currency_chains(self, id_, chains):
        # The currency's networks by unified code; the currency can be deposited (withdrawn) when one of its
        # chains can, and the main network (mainNet) gives its fee, precision and limits.
        code = self.safe_currency_code(id_)
        networks = {}
        main = self.safe_dict(chains, 0, {})
        deposit = False
        withdraw = False
        i = 0
        while True:
            if not js.less(i, js.length(chains)):
                break
            chain = js.get(chains, i)
            if self.safe_bool(chain, "mainNet") is True:
                main = chain
            network = self.parse_chain(id_, chain)
            deposit = _value1 if js.truthy(_value1 := deposit) else js.get(network, "deposit")
            withdraw = _value2 if js.truthy(_value2 := withdraw) else js.get(network, "withdraw")
            js.set_(networks, js.get(network, "network"), network)
            i += 1
        return {
            "id": id_,
            "code": code,
            "name": self.safe_string(main, "name"),
            "active": withdraw if js.truthy(_value3 := deposit) else _value3,
            "deposit": deposit,
            "withdraw": withdraw,
            "fee": self.safe_number2(main, "fee", "minFee"),
            "precision": self.parse_number(self.parse_precision(self.safe_string(main, "wdTickSz"))),
            "limits": {
                "withdraw": {"min": self.safe_number(main, "minWd"), "max": self.safe_number(main, "maxWd")},
                "deposit": {"min": self.safe_number(main, "minDep"), "max": None},
            },
            "networks": networks,
            "info": chains,
        }

    def parse_chain(self, id_, chain):
        chain_id = self.safe_string(chain, "chain")
        can_deposit = self.safe_bool(chain, "canDep", False)
        can_withdraw = self.safe_bool(chain, "canWd", False)
        return {
            "id": chain_id,
            "network": self.chain_network_code(id_, chain_id),
            "active": can_deposit and can_withdraw,
            "deposit": can_deposit,
            "withdraw": can_withdraw,
            "fee": self.safe_number2(chain, "fee", "minFee"),
            "precision": self.parse_number(self.parse_precision(self.safe_string(chain, "wdTickSz"))),
            "limits": {
                "withdraw": {
                    "min": self.safe_number(chain, "minWd"),
                    "max": self.safe_number(chain, "maxWd"),
                },
                "deposit": {"min": self.safe_number(chain, "minDep"), "max": None},
            },
        }

    def chain_network_code(self, currency_id, chain_id):
        # 'USDT-TRC20' -> 'TRC20', 'USDT-BSC' -> 'BEP20' (options['networks']); the chain name without its
        # currency prefix when the network is not in options['networks'].
        if chain_id is None:
            return None
        prefix = js.bounded_text(js.to_str(currency_id) + "-")
        name = chain_id
        if (currency_id is not None) and js.starts_with(chain_id, prefix):
            name = js.slice_(chain_id, js.text_length(prefix))
        return self.network_code(name)

    def chain_id(self, network_code, currency):
        # The unified network code as OKX's chain name: the currency's own chain of that network when
        # fetchCurrencies has listed it, else '<currency id>-<network>' from options['networks'].
        upper = js.upper(network_code)
        known = self.safe_dict(self.safe_dict(currency, "networks", {}), upper)
        if known is not None:
            return self.safe_string(known, "id")
        networks = self.safe_dict(self.options, "networks", {})
        return js.bounded_text(
            js.bounded_text(js.to_str(js.get(currency, "id")) + "-")
            + js.to_str(self.safe_string(networks, upper, network_code))
        )

    async def fetch_deposit_withdraw_fees(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, DepositWithdrawFee]:
        if params is None:
            params = {}
        # asset/currencies, as fetchCurrencies reads it: the withdrawal fee of each chain. It is signed.
        self.check_required_credentials()
        currencies = await self.fetch_currencies(params)
        return self.deposit_withdraw_fees_from_currencies(currencies, codes)

    async def fetch_trading_fees(self, params: dict[str, Any] | None = None) -> dict[str, TradingFee]:
        if params is None:
            params = {}
        # account/trade-fee for instType SPOT: the account's rates of every spot market.
        await self.load_markets()
        response = await self.private_get_account_trade_fee(self.extend({"instType": "SPOT"}, params))
        entry = self.first_entry(response)
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(self.symbols)):
                break
            market = self.market(js.get(self.symbols, i))
            js.set_(result, js.get(market, "symbol"), self.parse_trading_fee(entry, market))
            i += 1
        return result

    async def fetch_trading_fee(self, symbol: str, params: dict[str, Any] | None = None) -> TradingFee:
        if params is None:
            params = {}
        await self.load_markets()
        market = self.market(symbol)
        request = {"instType": "SPOT", "instId": js.get(market, "id")}
        response = await self.private_get_account_trade_fee(self.extend(request, params))
        return self.parse_trading_fee(self.first_entry(response), market)

    def parse_trading_fee(self, entry, market):
        # OKX signs fee rates the other way round: negative is a commission, positive a rebate. The rates of a
        # market's fee group (feeGroup, by the instrument's groupId) when the answer lists groups; else maker
        # and taker for USDT pairs, makerUSDC and takerUSDC for USDC and crypto-quoted pairs.
        maker = self.safe_string(entry, "maker")
        taker = self.safe_string(entry, "taker")
        groups = self.index_by(self.safe_list(entry, "feeGroup", []), "groupId")
        group = self.safe_dict(groups, self.safe_string(js.get(market, "info"), "groupId"))
        if group is not None:
            maker = self.safe_string(group, "maker")
            taker = self.safe_string(group, "taker")
        elif not (js.get(market, "quote") == "USDT"):
            maker = self.safe_string(entry, "makerUSDC", maker)
            taker = self.safe_string(entry, "takerUSDC", taker)
        return {
            "symbol": js.get(market, "symbol"),
            "maker": self.parse_number(Precise.string_neg(maker)),
            "taker": self.parse_number(Precise.string_neg(taker)),
            "info": entry,
        }

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # For spot, vol24h is in the base currency and volCcy24h in the quote currency; open24h is the price
        # 24 hours ago.
        return self.ticker_structure(
            symbol=self.safe_symbol(self.safe_string(ticker, "instId"), market, "-"),
            timestamp=self.safe_integer(ticker, "ts"),
            high=self.safe_string(ticker, "high24h"),
            low=self.safe_string(ticker, "low24h"),
            bid=self.safe_string(ticker, "bidPx"),
            bid_volume=self.safe_string(ticker, "bidSz"),
            ask=self.safe_string(ticker, "askPx"),
            ask_volume=self.safe_string(ticker, "askSz"),
            open_=self.safe_string(ticker, "open24h"),
            last=self.safe_string(ticker, "last"),
            base_volume=self.safe_string(ticker, "vol24h"),
            quote_volume=self.safe_string(ticker, "volCcy24h"),
            info=ticker,
            market=market,
        )

    async def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_market_ticker(self.extend({"instId": js.get(market, "id")}, params))
        return self.parse_ticker(self.first_entry(response), market)

    async def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        await self.load_markets()
        response = await self.public_get_market_tickers(self.extend({"instType": "SPOT"}, params))
        return self.parse_tickers(self.safe_list(response, "data", []), symbols)

    async def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # Levels are [ price, size, '0' (deprecated), number of orders ]; sz is the depth per side.
        await self.load_markets()
        market = self.market(symbol)
        request = {"instId": js.get(market, "id")}
        if limit is not None:
            request["sz"] = limit
        response = await self.public_get_market_books(self.extend(request, params))
        book = self.first_entry(response)
        return self.parse_order_book(book, js.get(market, "symbol"), self.safe_integer(book, "ts"))

    def parse_ohlcv(self, ohlcv, market=None):
        # [ ts, o, h, l, c, vol (base currency for spot), volCcy, volCcyQuote, confirm ]
        return [
            self.safe_integer(ohlcv, 0),
            self.safe_number(ohlcv, 1),
            self.safe_number(ohlcv, 2),
            self.safe_number(ohlcv, 3),
            self.safe_number(ohlcv, 4),
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
        # market/candles pages backwards: after returns candles older than a time, before newer ones (both
        # exclusive), newest first, and before alone gives the latest candles. So since (inclusive) is
        # before = since - 1 with after at since + limit candles, for the page to start at since; the unified
        # until (inclusive) is after = until + 1, or the page's end when that comes first. market/candles serves
        # only the latest 1,440 candles of a bar (docs: Get candlesticks); a page that starts before them is
        # read from market/history-candles (docs: Get candlesticks history), which takes the same parameters.
        await self.load_markets()
        market = self.market(symbol)
        bar = self.safe_string(self.timeframes, timeframe)
        if bar is None:
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id) + " fetchOHLCV () has no timeframe " + js.to_str(timeframe)
                )
            )
        request = {"instId": js.get(market, "id"), "bar": bar}
        if limit is not None:
            request["limit"] = limit
        until = self.safe_integer(params, "until")
        end = None if (until is None) else js.add(until, 1)
        duration = self.safe_integer(js.get(self.options, "timeframeDurations"), timeframe)
        count = 100 if (limit is None) else limit
        start = None
        if since is not None:
            request["before"] = js.subtract(since, 1)
            start = since
            page_end = js.add(since, js.multiply(count, duration))
            if (end is None) or js.less(page_end, end):
                end = page_end
        elif end is not None:
            start = js.subtract(end, js.multiply(count, duration))
        if end is not None:
            request["after"] = end
        query = self.extend(request, self.omit(params, "until"))
        response = None
        if (
            (start is not None)
            and (duration is not None)
            and js.less(start, js.subtract(self.milliseconds(), js.multiply(1440, duration)))
        ):
            response = await self.public_get_market_history_candles(query)
        else:
            response = await self.public_get_market_candles(query)
        return self.parse_ohlcvs(self.safe_list(response, "data", []), market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def parse_trade(self, trade, market=None):
        # Public trades (market/trades: instId, tradeId, px, sz, side of the taker, ts) and fills
        # (trade/fills: also ordId, fillPx, fillSz, execType T or M, fee negative for a charge, feeCcy).
        market = self.safe_market(self.safe_string(trade, "instId"), market, "-")
        taker_or_maker = None
        exec_type = self.safe_string(trade, "execType")
        if exec_type == "T":
            taker_or_maker = "taker"
        elif exec_type == "M":
            taker_or_maker = "maker"
        fee = None
        fee_cost = self.safe_string(trade, "fee")
        if fee_cost is not None:
            fee = {
                "cost": Precise.string_neg(fee_cost),
                "currency": self.safe_currency_code(self.safe_string(trade, "feeCcy")),
            }
        return self.trade_structure(
            identifier=self.safe_string(trade, "tradeId"),
            order=self.safe_string(trade, "ordId"),
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer2(trade, "fillTime", "ts"),
            side=self.safe_string(trade, "side"),
            taker_or_maker=taker_or_maker,
            price=self.safe_string2(trade, "fillPx", "px"),
            amount=self.safe_string2(trade, "fillSz", "sz"),
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
        # market/trades: the most recent trades (at most 500), newest first.
        await self.load_markets()
        market = self.market(symbol)
        request = {"instId": js.get(market, "id")}
        if limit is not None:
            request["limit"] = limit
        response = await self.public_get_market_trades(self.extend(request, params))
        return self.parse_trades(self.safe_list(response, "data", []), market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    async def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # account/balance: the trading account; details per currency with availBal (free), frozenBal (held by
        # orders and other uses) and cashBal (the whole balance). params['type'] 'funding' reads the funding
        # account instead.
        await self.load_markets()
        type_ = self.safe_string(params, "type", "trading")
        if type_ == "funding":
            return await self.fetch_funding_balance(self.omit(params, "type"))
        if (not (type_ == "trading")) and (not (type_ == "spot")):
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchBalance () type must be trading (spot) or funding, not "
                    + type_
                )
            )
        response = await self.private_get_account_balance(self.omit(params, "type"))
        account = self.first_entry(response)
        result = {"info": response, "timestamp": self.safe_integer(account, "uTime")}
        details = self.safe_list(account, "details", [])
        i = 0
        while True:
            if not (i < len(details)):
                break
            entry = js.get(details, i)
            balance = self.account()
            js.set_(balance, "free", self.safe_string(entry, "availBal"))
            js.set_(balance, "used", self.safe_string(entry, "frozenBal"))
            js.set_(balance, "total", self.safe_string(entry, "cashBal"))
            js.set_(result, self.safe_currency_code(self.safe_string(entry, "ccy")), balance)
            i += 1
        return self.safe_balance(result)

    async def fetch_funding_balance(self, params):
        # asset/balances: availBal (free), frozenBal (used) and bal (total) of each currency in the funding account.
        response = await self.private_get_asset_balances(params)
        entries = self.safe_list(response, "data", [])
        result = {"info": response}
        i = 0
        while True:
            if not (i < len(entries)):
                break
            balance = self.account()
            js.set_(balance, "free", self.safe_string(js.get(entries, i), "availBal"))
            js.set_(balance, "used", self.safe_string(js.get(entries, i), "frozenBal"))
            js.set_(balance, "total", self.safe_string(js.get(entries, i), "bal"))
            js.set_(result, self.safe_currency_code(self.safe_string(js.get(entries, i), "ccy")), balance)
            i += 1
        return self.safe_balance(result)

    async def fetch_ledger(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[LedgerEntry]:
        if params is None:
            params = {}
        # account/bills: the trading account's balance changes of the last 7 days; begin and end (the unified
        # until) bound their time, both inclusive.
        await self.load_markets()
        request = {}
        currency = None
        if code is not None:
            currency = self.currency(code)
            request["ccy"] = js.get(currency, "id")
        if since is not None:
            request["begin"] = since
        until = self.safe_integer(params, "until")
        if until is not None:
            request["end"] = until
        if limit is not None:
            request["limit"] = limit
        response = await self.private_get_account_bills(self.extend(request, self.omit(params, "until")))
        return self.parse_ledger(self.safe_list(response, "data", []), currency, since, limit)

    def parse_ledger_entry(self, item, currency=None):
        # { billId, ccy, balChg (signed), bal (after), fee (negative for a charge), type, ordId, ts }
        code = self.safe_currency_code(self.safe_string(item, "ccy"), currency)
        change = self.safe_string(item, "balChg")
        after = self.safe_string(item, "bal")
        before = None
        if (change is not None) and (after is not None):
            before = Precise.string_sub(after, change)
        type_ = self.safe_string(item, "type")
        fee = None
        fee_cost = self.safe_string(item, "fee")
        if fee_cost is not None:
            fee = {"cost": Precise.string_neg(fee_cost), "currency": code}
        return self.safe_ledger_entry(
            {
                "id": self.safe_string(item, "billId"),
                "timestamp": self.safe_integer(item, "ts"),
                "account": "trading",
                "referenceId": self.safe_string(item, "ordId"),
                "type": self.safe_string(js.get(self.options, "ledgerTypes"), type_, type_),
                "currency": code,
                "amount": change,
                "before": before,
                "after": after,
                "status": "ok",
                "fee": fee,
                "info": item,
            },
            currency,
        )

    # --- orders --------------------------------------------------------------------------------------
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
        # trade/order, or trade/order-algo for a trigger. The unified params map to OKX's fields: postOnly is
        # ordType post_only, timeInForce IOC and FOK the ordTypes ioc and fok (limit orders only);
        # clientOrderId is clOrdId (algoClOrdId for a trigger); cost sizes a market order in the quote
        # currency (tgtCcy quote_ccy); triggerPrice is an algo 'trigger' order, stopLossPrice and
        # takeProfitPrice 'conditional' ones (slTriggerPx, tpTriggerPx). Spot has no reduceOnly.
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
                    + " createOrder () takes a market or limit order, not "
                    + js.to_str(type_)
                )
            )
        if (type_ == "limit") and (price is None):
            raise ArgumentsRequired(
                js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
            )
        if (js.get(unified, "timeInForce") is not None) and (not (type_ == "limit")):
            raise InvalidOrder(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " createOrder () timeInForce ")
                    + js.to_str(js.get(unified, "timeInForce"))
                    + " applies to limit orders only, not "
                    + js.to_str(type_)
                    + " orders"
                )
            )
        request = self.extend(
            {"instId": js.get(market, "id"), "tdMode": "cash", "side": side},
            self.order_size(market, type_, amount, js.get(unified, "cost")),
        )
        if js.get(unified, "trigger") is not None:
            return await self.create_trigger_order(market, type_, side, price, unified, request, rest)
        request["ordType"] = self.ord_type(type_, unified)
        if type_ == "limit":
            request["px"] = self.price_to_precision(symbol, price)
        if js.get(unified, "clientOrderId") is not None:
            request["clOrdId"] = js.get(unified, "clientOrderId")
        response = await self.private_post_trade_order(self.extend(request, rest))
        entry = self.first_entry(response)
        quote_sized = self.safe_string(request, "tgtCcy") == "quote_ccy"
        return self.safe_order(
            {
                "id": self.safe_string(entry, "ordId"),
                "clientOrderId": self.safe_string(entry, "clOrdId"),
                "timestamp": self.safe_integer(entry, "ts"),
                "symbol": js.get(market, "symbol"),
                "type": type_,
                "side": side,
                "price": self.safe_string(request, "px"),
                "amount": None if quote_sized else js.get(request, "sz"),
                "cost": js.get(request, "sz") if quote_sized else None,
                "timeInForce": self.order_time_in_force(js.get(request, "ordType")),
                "postOnly": True if js.truthy(js.get(unified, "postOnly")) else None,
                "info": entry,
            },
            market,
        )

    def ord_type(self, type_, unified):
        # The ordType of a plain order: market, limit, or the limit variants post_only, ioc and fok.
        if type_ == "market":
            return "market"
        if js.truthy(js.get(unified, "postOnly")):
            return "post_only"
        time_in_force = js.get(unified, "timeInForce")
        if time_in_force == "IOC":
            return "ioc"
        if time_in_force == "FOK":
            return "fok"
        return "limit"

    def order_time_in_force(self, ord_type):
        return self.safe_string(self.safe_list(js.get(self.options, "orderTypes"), ord_type, []), 1)

    def order_size(self, market, type_, amount, cost):
        # sz is in the base currency, except for a spot market order with tgtCcy quote_ccy, which OKX takes by
        # default for market buys: so a market order states its tgtCcy.
        if cost is not None:
            return {"sz": self.cost_to_precision(js.get(market, "symbol"), cost), "tgtCcy": "quote_ccy"}
        if amount is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () requires an amount (or the unified param cost for a market order)"
                )
            )
        size = {"sz": self.amount_to_precision(js.get(market, "symbol"), amount)}
        if type_ == "market":
            size["tgtCcy"] = "base_ccy"
        return size

    async def create_trigger_order(self, market, type_, side, price, unified, request, rest):
        # trade/order-algo: triggerPrice places a 'trigger' order (orderPx the limit price, -1 for market);
        # stopLossPrice and takeProfitPrice a one-sided 'conditional' order (slTriggerPx and slOrdPx, or
        # tpTriggerPx and tpOrdPx). An algo order has no time in force.
        if js.get(unified, "timeInForce") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id) + " createOrder () timeInForce cannot be combined with "
                    )
                    + js.to_str(js.get(unified, "triggerKind"))
                    + ": OKX algo orders have no time in force"
                )
            )
        trigger = self.price_to_precision(js.get(market, "symbol"), js.get(unified, "trigger"))
        order_price = self.price_to_precision(js.get(market, "symbol"), price) if (type_ == "limit") else "-1"
        kind = js.get(unified, "triggerKind")
        if kind == "triggerPrice":
            js.set_(request, "ordType", "trigger")
            js.set_(request, "triggerPx", trigger)
            js.set_(request, "orderPx", order_price)
        elif kind == "stopLossPrice":
            js.set_(request, "ordType", "conditional")
            js.set_(request, "slTriggerPx", trigger)
            js.set_(request, "slOrdPx", order_price)
        else:
            js.set_(request, "ordType", "conditional")
            js.set_(request, "tpTriggerPx", trigger)
            js.set_(request, "tpOrdPx", order_price)
        if js.get(unified, "clientOrderId") is not None:
            js.set_(request, "algoClOrdId", js.get(unified, "clientOrderId"))
        response = await self.private_post_trade_order_algo(self.extend(request, rest))
        entry = self.first_entry(response)
        quote_sized = self.safe_string(request, "tgtCcy") == "quote_ccy"
        return self.safe_order(
            {
                "id": self.safe_string(entry, "algoId"),
                "clientOrderId": self.safe_string(entry, "algoClOrdId"),
                "symbol": js.get(market, "symbol"),
                "type": type_,
                "side": side,
                "price": order_price if (type_ == "limit") else None,
                "amount": None if quote_sized else js.get(request, "sz"),
                "cost": js.get(request, "sz") if quote_sized else None,
                "triggerPrice": trigger,
                "stopLossPrice": trigger if (kind == "stopLossPrice") else None,
                "takeProfitPrice": trigger if (kind == "takeProfitPrice") else None,
                "info": entry,
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

    async def edit_order(
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
        # trade/amend-order changes the size (newSz) and price (newPx) of an open order; its type, side and
        # post-only flag stay, and a trigger is an algo order's (trade/amend-algos), not this one's.
        if self.safe_value(params, "postOnly") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " editOrder () does not support the unified param postOnly: amend-order keeps the order type"
                )
            )
        if self.safe_value(params, "triggerPrice") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " editOrder () does not support the unified param triggerPrice: amend-order changes size and price only"
                )
            )
        await self.load_markets()
        market = self.market(symbol)
        request = {"instId": js.get(market, "id"), "ordId": id_}
        if amount is not None:
            request["newSz"] = self.amount_to_precision(symbol, amount)
        if price is not None:
            request["newPx"] = self.price_to_precision(symbol, price)
        response = await self.private_post_trade_amend_order(self.extend(request, params))
        entry = self.first_entry(response)
        return self.safe_order(
            {
                "id": self.safe_string(entry, "ordId", id_),
                "clientOrderId": self.safe_string(entry, "clOrdId"),
                "symbol": js.get(market, "symbol"),
                "type": type_,
                "side": side,
                "amount": self.safe_string(request, "newSz"),
                "price": self.safe_string(request, "newPx"),
                "info": entry,
            },
            market,
        )

    def require_symbol(self, method, symbol):
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () requires a symbol argument: OKX names orders by instrument and id"
                )
            )
        return self.market(symbol)

    async def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # trade/cancel-order answers with the id only: the order is canceled when sCode is 0. With
        # params['trigger'] the id is an algo order's (createOrder with a trigger), canceled with
        # trade/cancel-algos, which takes a JSON list.
        await self.load_markets()
        market = self.require_symbol("cancelOrder", symbol)
        response = None
        if self.safe_bool(params, "trigger", False):
            algos = [
                self.extend({"instId": js.get(market, "id"), "algoId": id_}, self.omit(params, "trigger"))
            ]
            response = await self.private_post_trade_cancel_algos({"batch": algos})
        else:
            response = await self.private_post_trade_cancel_order(
                self.extend({"instId": js.get(market, "id"), "ordId": id_}, params)
            )
        entry = self.first_entry(response)
        return self.safe_order(
            {
                "id": self.safe_string2(entry, "ordId", "algoId", id_),
                "clientOrderId": self.safe_string(entry, "clOrdId"),
                "symbol": js.get(market, "symbol"),
                "status": "canceled",
                "info": entry,
            },
            market,
        )

    async def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # OKX has no cancel-all for spot: the open orders (of the symbol, or all) are canceled with
        # trade/cancel-batch-orders, 20 at a time; each comes back canceled unless its sCode says otherwise.
        open_ = await self.fetch_open_orders(symbol, None, None, params)
        result = []
        start = 0
        while True:
            if not js.less(start, js.length(open_)):
                break
            batch = js.slice_(open_, start, js.number(start + 20))
            orders = []
            i = 0
            while True:
                if not js.less(i, js.length(batch)):
                    break
                orders.append(
                    {
                        "instId": self.market_id(js.get(js.get(batch, i), "symbol")),
                        "ordId": js.get(js.get(batch, i), "id"),
                    }
                )
                i += 1
            response = await self.private_post_trade_cancel_batch_orders({"batch": orders})
            answers = self.index_by(self.safe_list(response, "data", []), "ordId")
            i = 0
            while True:
                if not js.less(i, js.length(batch)):
                    break
                answer = self.safe_dict(answers, js.get(js.get(batch, i), "id"), {})
                if self.safe_string(answer, "sCode") == "0":
                    result.append(
                        self.extend(
                            js.get(batch, i),
                            {
                                "status": "canceled",
                                "info": {"order": js.get(js.get(batch, i), "info"), "canceled": answer},
                            },
                        )
                    )
                i += 1
            start = js.number(start + 20)
        return result

    def parse_order(self, order, market=None):
        # trade/order, orders-pending and orders-history: ordType gives the unified type and time in force;
        # a market order sized in the quote currency (tgtCcy quote_ccy, which is the default of a market buy)
        # has its cost in sz; fee is negative for a charge; 0 (or '') times mean none. slTriggerPx and
        # tpTriggerPx of a plain order are the stop-loss and take-profit attached to it, not a trigger of the
        # order itself.
        market = self.safe_market(self.safe_string(order, "instId"), market, "-")
        if (self.safe_string(order, "ordId") is None) and (self.safe_string(order, "algoId") is not None):
            return self.parse_algo_order(order, market)
        ord_type = self.safe_string(order, "ordType")
        known = self.safe_list(js.get(self.options, "orderTypes"), ord_type, [])
        time_in_force = self.safe_string(known, 1)
        amount = self.safe_string(order, "sz")
        cost = None
        if (ord_type == "market") and js.truthy(self.quote_sized(order)):
            amount = None
            filled = self.safe_string(order, "accFillSz")
            average = self.safe_string(order, "avgPx")
            if (filled is not None) and (average is not None):
                cost = Precise.string_mul(filled, average)
        fee = None
        fee_cost = self.safe_string(order, "fee")
        if fee_cost is not None:
            fee = {
                "cost": Precise.string_neg(fee_cost),
                "currency": self.safe_currency_code(self.safe_string(order, "feeCcy")),
            }
        return self.safe_order(
            {
                "id": self.safe_string(order, "ordId"),
                "clientOrderId": self.safe_string(order, "clOrdId"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.safe_integer(order, "cTime"),
                "lastUpdateTimestamp": self.safe_integer(order, "uTime"),
                "lastTradeTimestamp": self.safe_milliseconds(order, "fillTime"),
                "status": self.safe_string(
                    js.get(self.options, "orderStatuses"), self.safe_string(order, "state")
                ),
                "type": self.safe_string(known, 0),
                "timeInForce": time_in_force,
                "postOnly": True if (time_in_force == "PO") else None,
                "side": self.safe_string(order, "side"),
                "price": self.non_zero(self.safe_string(order, "px")),
                "stopLossPrice": self.non_zero(self.safe_string(order, "slTriggerPx")),
                "takeProfitPrice": self.non_zero(self.safe_string(order, "tpTriggerPx")),
                "average": self.non_zero(self.safe_string(order, "avgPx")),
                "amount": amount,
                "filled": self.safe_string(order, "accFillSz"),
                "cost": cost,
                "fee": fee,
                "info": order,
            },
            market,
        )

    def parse_algo_order(self, order, market):
        # trade/order-algo and orders-algo-pending: a trigger order (triggerPx, orderPx) or a one-sided
        # conditional one (slTriggerPx and slOrdPx, or tpTriggerPx and tpOrdPx); an order price of -1 is a
        # market order. actualSz is the size of the order placed once triggered.
        stop_loss = self.non_zero(self.safe_string(order, "slTriggerPx"))
        take_profit = self.non_zero(self.safe_string(order, "tpTriggerPx"))
        trigger_price = self.non_zero(self.safe_string(order, "triggerPx"))
        order_price = self.safe_string(order, "ordPx")
        if stop_loss is not None:
            trigger_price = stop_loss
            order_price = self.safe_string(order, "slOrdPx")
        elif take_profit is not None:
            trigger_price = take_profit
            order_price = self.safe_string(order, "tpOrdPx")
        is_market = order_price == "-1"
        quote_sized = is_market and self.quote_sized(order)
        return self.safe_order(
            {
                "id": self.safe_string(order, "algoId"),
                "clientOrderId": self.safe_string(order, "algoClOrdId"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.safe_integer(order, "cTime"),
                "lastUpdateTimestamp": self.safe_milliseconds(order, "uTime"),
                "status": self.safe_string(
                    js.get(self.options, "algoStatuses"), self.safe_string(order, "state")
                ),
                "type": "market" if is_market else "limit",
                "side": self.safe_string(order, "side"),
                "price": None if is_market else self.non_zero(order_price),
                "triggerPrice": trigger_price,
                "stopLossPrice": stop_loss,
                "takeProfitPrice": take_profit,
                "amount": None if js.truthy(quote_sized) else self.safe_string(order, "sz"),
                "cost": self.safe_string(order, "sz") if js.truthy(quote_sized) else None,
                "info": order,
            },
            market,
        )

    def quote_sized(self, order):
        # Whether a spot market order's sz is in the quote currency: tgtCcy says so, and without it a market buy
        # is (tgtCcy: 'Default is quote_ccy for buy, base_ccy for sell').
        target = self.safe_string(order, "tgtCcy")
        if target is None:
            return self.safe_string(order, "side") == "buy"
        return target == "quote_ccy"

    def non_zero(self, value):
        # OKX reports an absent price as '' or '0'.
        if (value is None) or Precise.string_eq(value, "0"):
            return None
        return value

    async def fetch_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # trade/order; with params['trigger'] the id is an algo order's, read with trade/order-algo.
        await self.load_markets()
        market = self.require_symbol("fetchOrder", symbol)
        response = None
        if self.safe_bool(params, "trigger", False):
            response = await self.private_get_trade_order_algo(
                self.extend({"algoId": id_}, self.omit(params, "trigger"))
            )
        else:
            response = await self.private_get_trade_order(
                self.extend({"instId": js.get(market, "id"), "ordId": id_}, params)
            )
        order = self.safe_dict(self.safe_list(response, "data", []), 0)
        if order is None:
            raise OrderNotFound(
                js.bounded_text(js.to_str(self.id) + " fetchOrder () found no order " + js.to_str(id_))
            )
        return self.parse_order(order, market)

    def orders_request(self, symbol, since, limit, params):
        # The query of the order and fill lists: instType SPOT, instId, begin (since) and end (the unified
        # until) in milliseconds, limit (at most 100); the request and the market.
        request = {"instType": "SPOT"}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["instId"] = js.get(market, "id")
        if since is not None:
            request["begin"] = since
        until = self.safe_integer(params, "until")
        if until is not None:
            request["end"] = until
        if limit is not None:
            request["limit"] = limit
        return [self.extend(request, self.omit(params, "until")), market]

    async def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # trade/orders-pending takes no time range: since filters what it lists. With params['trigger'] the
        # open algo orders of trade/orders-algo-pending, of one ordType ('trigger' unless params['ordType']
        # says 'conditional').
        await self.load_markets()
        request = {"instType": "SPOT"}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["instId"] = js.get(market, "id")
        if limit is not None:
            request["limit"] = limit
        response = None
        if self.safe_bool(params, "trigger", False):
            request["ordType"] = self.safe_string(params, "ordType", "trigger")
            response = await self.private_get_trade_orders_algo_pending(
                self.extend(request, self.omit(params, ["trigger", "ordType"]))
            )
        else:
            response = await self.private_get_trade_orders_pending(self.extend(request, params))
        return self.parse_orders(self.safe_list(response, "data", []), market, since, limit)

    async def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # trade/orders-history: the filled and canceled orders of the last 7 days.
        await self.load_markets()
        (
            request,
            market,
        ) = js.destructure(self.orders_request(symbol, since, limit, params), 2)
        response = await self.private_get_trade_orders_history(request)
        return self.parse_orders(self.safe_list(response, "data", []), market, since, limit)

    async def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # trade/fills-history: the fills of the last 3 months.
        await self.load_markets()
        (
            request,
            market,
        ) = js.destructure(self.orders_request(symbol, since, limit, params), 2)
        response = await self.private_get_trade_fills_history(request)
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
        # trade/fills with ordId, which OKX takes together with the instrument.
        await self.load_markets()
        market = self.require_symbol("fetchOrderTrades", symbol)
        request = {"instType": "SPOT", "instId": js.get(market, "id"), "ordId": id_}
        response = await self.private_get_trade_fills(self.extend(request, params))
        return self.parse_trades(self.safe_list(response, "data", []), market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def history_request(self, code, since, limit, params):
        # deposit-history and withdrawal-history page by time: before returns records newer than a time,
        # after older ones (both exclusive), so since is before = since - 1 and the unified until is
        # after = until + 1. The request and the currency.
        request = {}
        currency = None
        if code is not None:
            currency = self.currency(code)
            request["ccy"] = js.get(currency, "id")
        if since is not None:
            request["before"] = js.subtract(since, 1)
        until = self.safe_integer(params, "until")
        if until is not None:
            request["after"] = js.add(until, 1)
        if limit is not None:
            request["limit"] = limit
        return [self.extend(request, self.omit(params, "until")), currency]

    async def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        await self.load_markets()
        (
            request,
            currency,
        ) = js.destructure(self.history_request(code, since, limit, params), 2)
        response = await self.private_get_asset_deposit_history(request)
        return self.parse_transactions(self.safe_list(response, "data", []), currency, since, limit)

    async def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        await self.load_markets()
        (
            request,
            currency,
        ) = js.destructure(self.history_request(code, since, limit, params), 2)
        response = await self.private_get_asset_withdrawal_history(request)
        return self.parse_transactions(self.safe_list(response, "data", []), currency, since, limit)

    def parse_transaction(self, transaction, currency=None):
        # Deposits carry depId, withdrawals wdId (and fee, feeCcy); to is the receiving address, and tag, memo
        # or pmtId its memo for the currencies that need one. state is a number whose meaning differs between
        # the two.
        withdrawal_id = self.safe_string(transaction, "wdId")
        is_withdrawal = withdrawal_id is not None
        currency_id = self.safe_string(transaction, "ccy")
        code = self.safe_currency_code(currency_id, currency)
        statuses = (
            js.get(self.options, "withdrawalStatuses")
            if is_withdrawal
            else js.get(self.options, "depositStatuses")
        )
        fee = None
        fee_cost = self.safe_string(transaction, "fee")
        if fee_cost is not None:
            fee = {
                "cost": fee_cost,
                "currency": self.safe_currency_code(self.safe_string(transaction, "feeCcy", currency_id)),
            }
        return self.safe_transaction(
            {
                "id": withdrawal_id if is_withdrawal else self.safe_string(transaction, "depId"),
                "txid": self.safe_string(transaction, "txId"),
                "timestamp": self.safe_integer(transaction, "ts"),
                "network": self.chain_network_code(currency_id, self.safe_string(transaction, "chain")),
                "address": self.safe_string(transaction, "to"),
                "tag": self.safe_string_n(transaction, ["tag", "memo", "pmtId"]),
                "type": "withdrawal" if is_withdrawal else "deposit",
                "amount": self.safe_string(transaction, "amt"),
                "currency": code,
                "status": self.safe_string(statuses, self.safe_string(transaction, "state"), "pending"),
                "fee": fee,
                "info": transaction,
            },
            currency,
        )

    async def deposit_addresses(self, currency, params):
        # asset/deposit-address: every address of one currency, one per chain (and more where several exist).
        response = await self.private_get_asset_deposit_address(
            self.extend({"ccy": js.get(currency, "id")}, params)
        )
        entries = self.safe_list(response, "data", [])
        result = []
        i = 0
        while True:
            if not (i < len(entries)):
                break
            result.append(self.parse_deposit_address(js.get(entries, i), currency))
            i += 1
        return result

    def parse_deposit_address(self, entry, currency):
        # addr, and memo (or tag, or pmtId) for currencies that need one; chain names the network.
        return {
            "currency": js.get(currency, "code"),
            "address": self.safe_string(entry, "addr"),
            "tag": self.safe_string_n(entry, ["memo", "tag", "pmtId"]),
            "network": self.chain_network_code(js.get(currency, "id"), self.safe_string(entry, "chain")),
            "info": entry,
        }

    async def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # The address on the unified network (params['network']); without it, the one OKX marks selected.
        await self.load_markets()
        currency = self.currency(code)
        network_code = self.safe_string(params, "network")
        addresses = await self.deposit_addresses(currency, self.omit(params, "network"))
        chain = None
        if network_code is not None:
            chain = self.chain_id(network_code, currency)
        i = 0
        while True:
            if not js.less(i, js.length(addresses)):
                break
            info = js.get(js.get(addresses, i), "info")
            if chain is not None:
                if js.strict_equal(self.safe_string(info, "chain"), chain):
                    return js.get(addresses, i)
            elif self.safe_bool(info, "selected") is True:
                return js.get(addresses, i)
            i += 1
        if chain is not None:
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchDepositAddress () found no "
                    + js.to_str(code)
                    + " deposit address on the unified network "
                    + js.to_str(network_code)
                    + " (chain "
                    + js.to_str(chain)
                    + ")"
                )
            )
        if js.strict_equal(js.length(addresses), 0):
            raise InvalidAddress(
                js.bounded_text(js.to_str(self.id) + " has no " + js.to_str(code) + " deposit address")
            )
        return js.get(addresses, 0)

    async def fetch_deposit_addresses(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> list[DepositAddress]:
        if params is None:
            params = {}
        # asset/deposit-address takes one currency: one request per code.
        if codes is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchDepositAddresses () requires the currency codes: asset/deposit-address takes one currency"
                )
            )
        await self.load_markets()
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(codes)):
                break
            addresses = await self.deposit_addresses(self.currency(js.get(codes, i)), params)
            result = self.array_concat(result, addresses)
            i += 1
        return result

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
        # asset/withdrawal from the funding account, on chain (dest 4); the chain is '<currency>-<network>'
        # from the unified network; a memo goes after the address as 'address:memo'.
        await self.load_markets()
        currency = self.currency(code)
        request = {
            "ccy": js.get(currency, "id"),
            "amt": self.number_to_string(amount),
            "dest": "4",
            "toAddr": (
                address if (tag is None) else js.bounded_text(js.to_str(address) + ":" + js.to_str(tag))
            ),
        }
        network_code = self.safe_string(params, "network")
        if network_code is not None:
            request["chain"] = self.chain_id(network_code, currency)
        response = await self.private_post_asset_withdrawal(
            self.extend(request, self.omit(params, "network"))
        )
        entry = self.first_entry(response)
        return self.safe_transaction(
            {
                "id": self.safe_string(entry, "wdId"),
                "type": "withdrawal",
                "address": address,
                "tag": tag,
                "amount": js.get(request, "amt"),
                "currency": code,
                "network": self.chain_network_code(
                    js.get(currency, "id"), self.safe_string(request, "chain")
                ),
                "status": "pending",
                "info": entry,
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
        # asset/transfer between the user's own accounts (type 0): funding (6) and trading (18).
        await self.load_markets()
        currency = self.currency(code)
        request = {
            "ccy": js.get(currency, "id"),
            "amt": self.number_to_string(amount),
            "from": self.account_type_id(from_account),
            "to": self.account_type_id(to_account),
            "type": "0",
        }
        response = await self.private_post_asset_transfer(self.extend(request, params))
        entry = self.first_entry(response)
        return self.safe_transfer(
            {
                "id": self.safe_string(entry, "transId"),
                "currency": code,
                "amount": self.safe_string(entry, "amt", js.get(request, "amt")),
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
        request_path = js.bounded_text("/api/" + js.to_str(self.version) + "/" + js.to_str(path))
        if method == "GET":
            if len(js.keys(params)) > 0:
                request_path += js.within(
                    request_path, js.within(request_path, "?") + js.to_str(self.urlencode(params))
                )
        else:
            # A batch endpoint takes a JSON list: the caller passes it as params['batch'].
            batch = self.safe_list(params, "batch")
            if batch is not None:
                body = self.json(batch)
            else:
                body = (
                    self.json(params) if (len(js.keys(params)) > 0) else "{}"
                )  # (PHP writes an empty dictionary as [])
        url = js.bounded_text(js.to_str(js.get(self.urls, "api")) + request_path)
        if api == "public":
            return {"url": url, "method": method, "body": body, "headers": headers}
        # OK-ACCESS-SIGN: base64 HMAC-SHA256 of timestamp + method + requestPath (with the query) + body, where
        # the timestamp is OK-ACCESS-TIMESTAMP, ISO 8601 with milliseconds.
        self.check_required_credentials()
        timestamp = self.iso8601(self.milliseconds())
        payload = js.bounded_text(
            js.bounded_text(js.to_str(js.add(timestamp, method)) + request_path)
            + js.to_str("" if (body is None) else body)
        )
        headers = {
            "OK-ACCESS-KEY": self.apiKey,
            "OK-ACCESS-SIGN": self.hmac(self.encode(payload), self.encode(self.secret), "sha256", "base64"),
            "OK-ACCESS-TIMESTAMP": timestamp,
            "OK-ACCESS-PASSPHRASE": self.password,
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
        # Every answer is { code, msg, data }; code '0' is success. An order endpoint that fails answers with
        # code '1' (or '2' for a partly failed batch) and the reason of each item in data[].sCode and sMsg.
        if (response is None) or js.is_array(response):
            return
        code = self.safe_string(response, "code")
        if (code is None) or (code == "0") or (code == "2"):
            # '2' is a partly failed batch: its items report to the caller one by one.
            return
        items = self.safe_list(response, "data", [])
        i = 0
        while True:
            if not (i < len(items)):
                break
            item_code = self.safe_string(js.get(items, i), "sCode")
            if (item_code is not None) and (not (item_code == "0")):
                item_feedback = js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " " + js.to_str(item_code) + " ")
                    + self.safe_string(js.get(items, i), "sMsg", "")
                )
                self.throw_exactly_matched_exception(
                    js.get(self.exceptions, "exact"), item_code, item_feedback
                )
                raise ExchangeError(item_feedback)
            i += 1
        feedback = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " " + js.to_str(code) + " ")
            + self.safe_string(response, "msg", "")
        )
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
        raise ExchangeError(feedback)
