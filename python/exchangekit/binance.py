# Generated from js/binance.js by exkit: do not edit. Change the source and run `python build.py`.
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
    InvalidAddress,
    InvalidNonce,
    InvalidOrder,
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


class binance(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "binance",
                "name": "Binance",
                "countries": ["JP", "MT"],
                "version": "v3",
                "rateLimit": 10,
                "certified": True,
                "has": {
                    "fetchCurrencies": True,
                    "fetchTime": True,
                    "fetchTradingFees": True,
                    "fetchStatus": True,
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
                    "fetchOrders": True,
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
                    "logo": "https://bin.bnbstatic.com/static/images/common/logo.png",
                    "api": {
                        "public": "https://api.binance.com/api/v3",
                        "private": "https://api.binance.com/api/v3",
                        "sapi": "https://api.binance.com/sapi/v1",
                    },
                    "www": "https://www.binance.com",
                    "doc": "https://developers.binance.com/docs/binance-spot-api-docs",
                    "fees": "https://www.binance.com/en/fee/schedule",
                    "ws": {
                        "public": "wss://stream.binance.com:9443/ws",
                        "private": "wss://ws-api.binance.com:443/ws-api/v3",
                    },
                },
                "api": {
                    "public": {
                        "get": {
                            "ping": 1,
                            "time": 1,
                            "exchangeInfo": 20,
                            "depth": 5,
                            "trades": 25,
                            "historicalTrades": 25,
                            "aggTrades": 2,
                            "klines": 2,
                            "uiKlines": 2,
                            "avgPrice": 2,
                            "ticker/24hr": 2,
                            "ticker/tradingDay": 4,
                            "ticker/price": 2,
                            "ticker/bookTicker": 2,
                            "ticker": 4,
                        }
                    },
                    "private": {
                        "get": {
                            "order": 4,
                            "openOrders": 6,
                            "allOrders": 20,
                            "orderList": 4,
                            "allOrderList": 20,
                            "openOrderList": 6,
                            "account": 20,
                            "myTrades": 20,
                            "rateLimit/order": 40,
                            "myPreventedMatches": 20,
                            "myAllocations": 20,
                            "account/commission": 20,
                        },
                        "post": {
                            "order": 1,
                            "order/test": 1,
                            "order/cancelReplace": 1,
                            "orderList/oco": 1,
                            "orderList/oto": 1,
                            "orderList/otoco": 1,
                            "sor/order": 1,
                            "sor/order/test": 1,
                        },
                        "put": {"order/amend/keepPriority": 4},
                        "delete": {"order": 1, "openOrders": 1, "orderList": 1},
                    },
                    "sapi": {
                        "get": {
                            "system/status": 1,
                            "account/status": 1,
                            "account/apiTradingStatus": 1,
                            "account/apiRestrictions": 1,
                            "capital/config/getall": 10,
                            "capital/deposit/hisrec": 1,
                            "capital/withdraw/history": 18,
                            "capital/deposit/address": 10,
                            "capital/deposit/address/list": 10,
                            "asset/assetDividend": 10,
                            "asset/assetDetail": 1,
                            "asset/tradeFee": 1,
                            "asset/transfer": 1,
                            "asset/dribblet": 1,
                        },
                        "post": {
                            "capital/withdraw/apply": 600,
                            "asset/transfer": 900,
                            "asset/dust": 10,
                            "asset/get-funding-asset": 1,
                        },
                    },
                },
                "timeframes": {
                    "1s": "1s",
                    "1m": "1m",
                    "3m": "3m",
                    "5m": "5m",
                    "15m": "15m",
                    "30m": "30m",
                    "1h": "1h",
                    "2h": "2h",
                    "4h": "4h",
                    "6h": "6h",
                    "8h": "8h",
                    "12h": "12h",
                    "1d": "1d",
                    "3d": "3d",
                    "1w": "1w",
                    "1M": "1M",
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": True, "percentage": True, "taker": 0.001, "maker": 0.001}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "publicSapi": {"system/status": True},
                    "omitZeroBalances": True,
                    "accountsByType": {
                        "spot": "MAIN",
                        "funding": "FUNDING",
                        "margin": "MARGIN",
                        "future": "UMFUTURE",
                        "delivery": "CMFUTURE",
                    },
                    "networks": {
                        "ERC20": "ETH",
                        "TRC20": "TRX",
                        "BEP20": "BSC",
                        "BEP2": "BNB",
                        "BTC": "BTC",
                        "SOL": "SOL",
                        "POLYGON": "MATIC",
                        "ARBITRUM": "ARBITRUM",
                        "OPTIMISM": "OPTIMISM",
                        "AVAXC": "AVAXC",
                    },
                    "orderTypes": {
                        "LIMIT": ["limit", None],
                        "MARKET": ["market", None],
                        "LIMIT_MAKER": ["limit", None],
                        "STOP_LOSS": ["market", "stopLossPrice"],
                        "STOP_LOSS_LIMIT": ["limit", "stopLossPrice"],
                        "TAKE_PROFIT": ["market", "takeProfitPrice"],
                        "TAKE_PROFIT_LIMIT": ["limit", "takeProfitPrice"],
                    },
                    "orderStatuses": {
                        "NEW": "open",
                        "PENDING_NEW": "open",
                        "PARTIALLY_FILLED": "open",
                        "PENDING_CANCEL": "open",
                        "FILLED": "closed",
                        "CANCELED": "canceled",
                        "REJECTED": "rejected",
                        "EXPIRED": "expired",
                        "EXPIRED_IN_MATCH": "expired",
                    },
                    "depositStatuses": {
                        "0": "pending",
                        "1": "ok",
                        "2": "failed",
                        "6": "ok",
                        "7": "failed",
                        "8": "pending",
                    },
                    "withdrawalStatuses": {
                        "0": "pending",
                        "1": "canceled",
                        "2": "pending",
                        "3": "failed",
                        "4": "pending",
                        "5": "failed",
                        "6": "ok",
                    },
                },
                "exceptions": {
                    "exact": {
                        "-1000": ExchangeError,
                        "-1001": ExchangeNotAvailable,
                        "-1002": AuthenticationError,
                        "-1003": RateLimitExceeded,
                        "-1006": ExchangeNotAvailable,
                        "-1007": RequestTimeout,
                        "-1008": ExchangeNotAvailable,
                        "-1013": InvalidOrder,
                        "-1014": InvalidOrder,
                        "-1015": RateLimitExceeded,
                        "-1016": ExchangeNotAvailable,
                        "-1020": BadRequest,
                        "-1021": InvalidNonce,
                        "-1022": AuthenticationError,
                        "-1100": BadRequest,
                        "-1101": BadRequest,
                        "-1102": BadRequest,
                        "-1103": BadRequest,
                        "-1104": BadRequest,
                        "-1105": BadRequest,
                        "-1106": BadRequest,
                        "-1111": InvalidOrder,
                        "-1112": InvalidOrder,
                        "-1114": InvalidOrder,
                        "-1115": InvalidOrder,
                        "-1116": InvalidOrder,
                        "-1117": InvalidOrder,
                        "-1118": InvalidOrder,
                        "-1119": InvalidOrder,
                        "-1120": BadRequest,
                        "-1121": BadSymbol,
                        "-1125": AuthenticationError,
                        "-1127": BadRequest,
                        "-1128": BadRequest,
                        "-1130": BadRequest,
                        "-2010": InvalidOrder,
                        "-2011": OrderNotFound,
                        "-2013": OrderNotFound,
                        "-2014": AuthenticationError,
                        "-2015": AuthenticationError,
                        "-2016": InvalidOrder,
                        "-2018": InsufficientFunds,
                        "-2019": InsufficientFunds,
                        "-4026": InvalidAddress,
                        "Account has insufficient balance for requested action.": InsufficientFunds,
                        "This account may not place or cancel orders.": AccountSuspended,
                        "This action is disabled on this account.": PermissionDenied,
                    },
                    "broad": {
                        "insufficient balance": InsufficientFunds,
                        "Too many requests": RateLimitExceeded,
                    },
                },
            },
        )

    def nonce(self):
        return self.milliseconds()

    # --- markets and currencies ----------------------------------------------------------------------
    def fetch_time(self, params: dict[str, Any] | None = None) -> int | None:
        if params is None:
            params = {}
        # time: { serverTime } in milliseconds.
        response = self.public_get_time(params)
        return self.safe_integer(response, "serverTime")

    def fetch_status(self, params: dict[str, Any] | None = None) -> Status:
        if params is None:
            params = {}
        # system/status: { status: 0 normal or 1 system maintenance, msg }; it needs no signature.
        response = self.sapi_get_system_status(params)
        status = self.safe_string(response, "status")
        return {
            "status": "ok" if (status == "0") else "maintenance",
            "updated": None,
            "eta": None,
            "url": None,
            "info": response,
        }

    def fetch_trading_fees(self, params: dict[str, Any] | None = None) -> dict[str, TradingFee]:
        if params is None:
            params = {}
        # sapi asset/tradeFee: [ { symbol, makerCommission, takerCommission } ] as rates, for every symbol.
        self.load_markets()
        response = self.trade_fee_list(params)
        fees = {}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            fee = self.parse_trading_fee(js.get(response, i))
            js.set_(fees, js.get(fee, "symbol"), fee)
            i += 1
        return fees

    def fetch_trading_fee(self, symbol: str, params: dict[str, Any] | None = None) -> TradingFee:
        if params is None:
            params = {}
        # sapi asset/tradeFee of one symbol: a list of its one entry.
        self.load_markets()
        market = self.market(symbol)
        response = self.trade_fee_list(self.extend({"symbol": js.get(market, "id")}, params))
        return self.parse_trading_fee(self.safe_dict(response, 0, {}), market)

    def trade_fee_list(self, params):
        # The fee rates of the account, [ { symbol, makerCommission, takerCommission } ], of params['symbol'] or
        # of every symbol.
        return self.sapi_get_asset_trade_fee(params)

    def parse_trading_fee(self, entry, market=None):
        market = self.safe_market(self.safe_string(entry, "symbol"), market)
        return {
            "symbol": js.get(market, "symbol"),
            "maker": self.safe_number(entry, "makerCommission"),
            "taker": self.safe_number(entry, "takerCommission"),
            "info": entry,
        }

    def fetch_deposit_withdraw_fees(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, DepositWithdrawFee]:
        if params is None:
            params = {}
        # capital/config/getall, as fetchCurrencies reads it: the withdrawal fee of each coin's networks. It is
        # signed: without credentials fetchCurrencies answers with nothing, so they are required here.
        self.check_required_credentials()
        currencies = self.fetch_currencies(params)
        return self.deposit_withdraw_fees_from_currencies(currencies, codes)

    def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # The coin list is a signed endpoint: without credentials there is none (an empty dictionary), and
        # loadMarkets derives the currencies from the markets instead. The default network gives the
        # currency's fee, precision and limits; every network is in networks, by unified code.
        if not js.truthy(self.check_required_credentials(False)):
            return {}
        response = self.sapi_get_capital_config_getall(params)
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            id_ = self.safe_string(entry, "coin")
            code = self.safe_currency_code(id_)
            network_list = self.safe_list(entry, "networkList", [])
            network = self.safe_dict(network_list, 0)
            networks = {}
            j = 0
            while True:
                if not (j < len(network_list)):
                    break
                item = js.get(network_list, j)
                if self.safe_bool(item, "isDefault") is True:
                    network = item
                network_id = self.safe_string(item, "network")
                network_code = self.network_code(network_id)
                deposit_enabled = self.safe_bool(item, "depositEnable")
                withdraw_enabled = self.safe_bool(item, "withdrawEnable")
                js.set_(
                    networks,
                    network_code,
                    {
                        "id": network_id,
                        "network": network_code,
                        "active": deposit_enabled and withdraw_enabled,
                        "deposit": deposit_enabled,
                        "withdraw": withdraw_enabled,
                        "fee": self.safe_number(item, "withdrawFee"),
                        "precision": self.safe_number(item, "withdrawIntegerMultiple"),
                        "limits": {
                            "withdraw": {
                                "min": self.safe_number(item, "withdrawMin"),
                                "max": self.safe_number(item, "withdrawMax"),
                            }
                        },
                    },
                )
                j += 1
            deposit = self.safe_bool(entry, "depositAllEnable")
            withdraw = self.safe_bool(entry, "withdrawAllEnable")
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
                    "fee": self.safe_number(network, "withdrawFee"),
                    "precision": self.safe_number(network, "withdrawIntegerMultiple"),
                    "limits": {
                        "withdraw": {
                            "min": self.safe_number(network, "withdrawMin"),
                            "max": self.safe_number(network, "withdrawMax"),
                        }
                    },
                    "networks": networks,
                    "info": entry,
                },
            )
            i += 1
        return result

    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        response = self.public_get_exchange_info(params)
        symbols = self.safe_list(response, "symbols", [])
        result = []
        i = 0
        while True:
            if not (i < len(symbols)):
                break
            entry = js.get(symbols, i)
            base_id = self.safe_string(entry, "baseAsset")
            quote_id = self.safe_string(entry, "quoteAsset")
            base = self.safe_currency_code(base_id)
            quote = self.safe_currency_code(quote_id)
            filters = self.index_by(self.safe_list(entry, "filters", []), "filterType")
            price_filter = self.safe_dict(filters, "PRICE_FILTER", {})
            lot_size = self.safe_dict(filters, "LOT_SIZE", {})
            notional = self.safe_dict2(filters, "NOTIONAL", "MIN_NOTIONAL", {})
            result.append(
                self.market_structure(
                    id=self.safe_string(entry, "symbol"),
                    symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
                    base=base,
                    quote=quote,
                    baseId=base_id,
                    quoteId=quote_id,
                    active=self.safe_string(entry, "status") == "TRADING",
                    type="spot",
                    spot=True,
                    taker=js.get(js.get(self.fees, "trading"), "taker"),
                    maker=js.get(js.get(self.fees, "trading"), "maker"),
                    precision={
                        "amount": self.safe_number(lot_size, "stepSize"),
                        "price": self.safe_number(price_filter, "tickSize"),
                    },
                    limits={
                        "amount": {
                            "min": self.safe_number(lot_size, "minQty"),
                            "max": self.safe_number(lot_size, "maxQty"),
                        },
                        "price": {
                            "min": self.safe_number(price_filter, "minPrice"),
                            "max": self.safe_number(price_filter, "maxPrice"),
                        },
                        "cost": {
                            "min": self.safe_number2(notional, "minNotional", "notional"),
                            "max": self.safe_number(notional, "maxNotional"),
                        },
                    },
                    info=entry,
                )
            )
            i += 1
        return result

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        return self.ticker_structure(
            symbol=self.safe_symbol(self.safe_string(ticker, "symbol"), market),
            timestamp=self.safe_integer(ticker, "closeTime"),
            high=self.safe_string(ticker, "highPrice"),
            low=self.safe_string(ticker, "lowPrice"),
            bid=self.safe_string(ticker, "bidPrice"),
            bid_volume=self.safe_string(ticker, "bidQty"),
            ask=self.safe_string(ticker, "askPrice"),
            ask_volume=self.safe_string(ticker, "askQty"),
            vwap=self.safe_string(ticker, "weightedAvgPrice"),
            open_=self.safe_string(ticker, "openPrice"),
            last=self.safe_string(ticker, "lastPrice"),
            previous_close=self.safe_string(ticker, "prevClosePrice"),
            change=self.safe_string(ticker, "priceChange"),
            percentage=self.safe_string(ticker, "priceChangePercent"),
            base_volume=self.safe_string(ticker, "volume"),
            quote_volume=self.safe_string(ticker, "quoteVolume"),
            info=ticker,
            market=market,
        )

    def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_ticker24hr(self.extend({"symbol": js.get(market, "id")}, params))
        return self.parse_ticker(response, market)

    def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        self.load_markets()
        request = {}
        if symbols is not None:
            request["symbols"] = self.json(self.market_ids(symbols))
        response = self.public_get_ticker24hr(self.extend(request, params))
        return self.parse_tickers(response, symbols)

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        self.load_markets()
        market = self.market(symbol)
        request = {"symbol": js.get(market, "id")}
        if limit is not None:
            request["limit"] = limit
        response = self.public_get_depth(self.extend(request, params))
        book = self.parse_order_book(response, js.get(market, "symbol"))
        js.set_(book, "nonce", self.safe_integer(response, "lastUpdateId"))
        return book

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
        # Candles are [ open time, open, high, low, close, volume, close time, quote volume, ... ].
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
        response = self.public_get_klines(self.extend(request, self.omit(params, "until")))
        return self.parse_ohlcvs(response, market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def parse_trade(self, trade, market=None):
        # Three shapes: trades ({ id, price, qty, time, isBuyerMaker }), aggTrades ({ a, p, q, T, m })
        # and myTrades ({ symbol, id, orderId, price, qty, commission, commissionAsset, isBuyer, isMaker }).
        market = self.safe_market(self.safe_string(trade, "symbol"), market)
        side = None
        taker_or_maker = None
        is_buyer = self.safe_bool(trade, "isBuyer")
        if is_buyer is not None:
            side = "buy" if is_buyer else "sell"
            taker_or_maker = "maker" if self.safe_bool(trade, "isMaker") else "taker"
        else:
            # The taker's side: when the buyer made the market, the taker sold.
            buyer_maker = self.safe_bool2(trade, "isBuyerMaker", "m")
            if buyer_maker is not None:
                side = "sell" if buyer_maker else "buy"
        fee = None
        commission = self.safe_string(trade, "commission")
        if commission is not None:
            fee = {
                "cost": commission,
                "currency": self.safe_currency_code(self.safe_string(trade, "commissionAsset")),
            }
        return self.trade_structure(
            identifier=self.safe_string_n(trade, ["id", "a", "tradeId"]),
            order=self.safe_string(trade, "orderId"),
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer2(trade, "time", "T"),
            side=side,
            taker_or_maker=taker_or_maker,
            price=self.safe_string2(trade, "price", "p"),
            amount=self.safe_string2(trade, "qty", "q"),
            cost=self.safe_string(trade, "quoteQty"),
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
        # The recent trades, or with since the aggregate trades from that time on (the only trade list
        # that takes a start time).
        self.load_markets()
        market = self.market(symbol)
        request = {"symbol": js.get(market, "id")}
        if limit is not None:
            request["limit"] = limit
        response = None
        if since is None:
            response = self.public_get_trades(self.extend(request, params))
        else:
            request["startTime"] = since
            response = self.public_get_agg_trades(self.extend(request, params))
        return self.parse_trades(response, market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        self.load_markets()
        request = (
            {"omitZeroBalances": "true"} if self.safe_bool(self.options, "omitZeroBalances", False) else {}
        )
        response = self.private_get_account(self.extend(request, params))
        result = {"info": response, "timestamp": self.safe_integer(response, "updateTime")}
        balances = self.safe_list(response, "balances", [])
        i = 0
        while True:
            if not (i < len(balances)):
                break
            entry = js.get(balances, i)
            account = self.account()
            js.set_(account, "free", self.safe_string(entry, "free"))
            js.set_(account, "used", self.safe_string(entry, "locked"))
            js.set_(result, self.safe_currency_code(self.safe_string(entry, "asset")), account)
            i += 1
        return self.safe_balance(result)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # LIMIT_MAKER is a post-only limit order; STOP_LOSS(_LIMIT) and TAKE_PROFIT(_LIMIT) are market (limit)
        # orders with stopPrice as their trigger. An updateTime of 0 means never. A cummulativeQuoteQty below 0
        # (some historical orders) means the value is not available. The fills of a new order's FULL response
        # are its trades, made at transactTime on the order's side.
        market = self.safe_market(self.safe_string(order, "symbol"), market)
        price = self.safe_string(order, "price")
        if (price is not None) and Precise.string_eq(price, "0"):
            price = None
        stop_price = self.safe_string(order, "stopPrice")
        if (stop_price is not None) and Precise.string_eq(stop_price, "0"):
            stop_price = None
        binance_type = self.safe_string(order, "type")
        known = self.safe_list(js.get(self.options, "orderTypes"), binance_type)
        type_ = self.safe_string_lower(order, "type") if (known is None) else js.get(known, 0)
        trigger_kind = None if (known is None) else js.get(known, 1)
        fills = self.safe_list(order, "fills", [])
        trades = []
        side = self.safe_string_lower(order, "side")
        timestamp = self.safe_integer2(order, "time", "transactTime")
        i = 0
        while True:
            if not (i < len(fills)):
                break
            trade = self.parse_trade(
                self.extend(
                    js.get(fills, i), {"orderId": self.safe_string(order, "orderId"), "time": timestamp}
                ),
                market,
            )
            trades.append(self.extend(trade, {"side": side}))
            i += 1
        cost = self.safe_string(order, "cummulativeQuoteQty")
        if (cost is not None) and Precise.string_lt(cost, "0"):
            cost = None
        post_only = binance_type == "LIMIT_MAKER"
        return self.safe_order(
            {
                "id": self.safe_string(order, "orderId"),
                "clientOrderId": self.safe_string(order, "clientOrderId"),
                "symbol": js.get(market, "symbol"),
                "timestamp": timestamp,
                "lastUpdateTimestamp": self.safe_integer(order, "updateTime"),
                "status": self.safe_string(
                    js.get(self.options, "orderStatuses"), self.safe_string(order, "status")
                ),
                "type": type_,
                "timeInForce": "PO" if post_only else self.safe_string(order, "timeInForce"),
                "postOnly": True if post_only else None,
                "side": side,
                "price": price,
                "triggerPrice": stop_price,
                "stopLossPrice": stop_price if (trigger_kind == "stopLossPrice") else None,
                "takeProfitPrice": stop_price if (trigger_kind == "takeProfitPrice") else None,
                "amount": self.safe_string(order, "origQty"),
                "filled": self.safe_string(order, "executedQty"),
                "cost": cost,
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
        # POST order. The unified params map to Binance's order types and fields: postOnly is the type
        # LIMIT_MAKER; triggerPrice and stopLossPrice make STOP_LOSS(_LIMIT), takeProfitPrice
        # TAKE_PROFIT(_LIMIT), with the trigger in stopPrice; timeInForce is timeInForce (limit types only);
        # clientOrderId is newClientOrderId; cost is quoteOrderQty (a market order sized in the quote
        # currency). Spot has no reduceOnly.
        self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params("createOrder", unified, ["reduceOnly"])
        if (type_ == "limit") and (price is None):
            raise ArgumentsRequired(
                js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
            )
        binance_type = js.upper(type_)
        trigger = js.get(unified, "trigger")
        if js.truthy(js.get(unified, "postOnly")):
            binance_type = "LIMIT_MAKER"
        elif trigger is not None:
            binance_type = (
                "TAKE_PROFIT" if (js.get(unified, "triggerKind") == "takeProfitPrice") else "STOP_LOSS"
            )
            if type_ == "limit":
                binance_type += js.within(binance_type, "_LIMIT")
        request = {"symbol": js.get(market, "id"), "side": js.upper(side), "type": binance_type}
        if js.get(unified, "cost") is not None:
            request["quoteOrderQty"] = self.cost_to_precision(symbol, js.get(unified, "cost"))
        else:
            request["quantity"] = self.amount_to_precision(symbol, amount)
        time_in_force = js.get(unified, "timeInForce")
        if type_ == "limit":
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
            request["newClientOrderId"] = js.get(unified, "clientOrderId")
        request["newOrderRespType"] = "FULL"
        response = self.private_post_order(self.extend(request, rest))
        return self.parse_order(response, market)

    def require_symbol(self, method, symbol):
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id) + " " + js.to_str(method) + " () requires a symbol argument"
                )
            )
        return self.market(symbol)

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
        self.load_markets()
        market = self.require_symbol("cancelOrder", symbol)
        response = self.private_delete_order(
            self.extend({"symbol": js.get(market, "id"), "orderId": id_}, params)
        )
        return self.parse_order(response, market)

    def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # DELETE openOrders of one symbol: the orders it canceled.
        self.load_markets()
        market = self.require_symbol("cancelAllOrders", symbol)
        response = self.private_delete_open_orders(self.extend({"symbol": js.get(market, "id")}, params))
        return self.parse_orders(response, market)

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        self.load_markets()
        market = self.require_symbol("fetchOrder", symbol)
        response = self.private_get_order(
            self.extend({"symbol": js.get(market, "id"), "orderId": id_}, params)
        )
        return self.parse_order(response, market)

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
        response = self.private_get_open_orders(self.extend(request, params))
        return self.parse_orders(response, market, since, limit)

    def fetch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        self.load_markets()
        market = self.require_symbol("fetchOrders", symbol)
        request = self.all_orders_request(market, since, params)
        if limit is not None:
            js.set_(request, "limit", limit)
        response = self.private_get_all_orders(request)
        return self.parse_orders(response, market, since, limit)

    def all_orders_request(self, market, since, params):
        # allOrders: every order of a symbol, open or not, from startTime to endTime (the unified until).
        request = {"symbol": js.get(market, "id")}
        if since is not None:
            request["startTime"] = since
        until = self.safe_integer(params, "until")
        if until is not None:
            request["endTime"] = until
        return self.extend(request, self.omit(params, "until"))

    def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # allOrders lists every order of a symbol; the closed ones are all but those still open.
        self.load_markets()
        market = self.require_symbol("fetchClosedOrders", symbol)
        response = self.private_get_all_orders(self.all_orders_request(market, since, params))
        orders = self.parse_orders(response, market, since)
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
        # myTrades with orderId, which Binance takes together with the symbol only.
        self.load_markets()
        market = self.require_symbol("fetchOrderTrades", symbol)
        response = self.private_get_my_trades(
            self.extend({"symbol": js.get(market, "id"), "orderId": id_}, params)
        )
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
        market = self.require_symbol("fetchMyTrades", symbol)
        request = {"symbol": js.get(market, "id")}
        if since is not None:
            request["startTime"] = since
        if limit is not None:
            request["limit"] = limit
        until = self.safe_integer(params, "until")
        if until is not None:
            request["endTime"] = until
        response = self.private_get_my_trades(self.extend(request, self.omit(params, "until")))
        return self.parse_trades(response, market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # Deposits carry insertTime (milliseconds); withdrawals applyTime ('2019-10-12 11:12:02', UTC).
        apply_time = self.safe_string(transaction, "applyTime")
        is_withdrawal = apply_time is not None
        statuses = (
            js.get(self.options, "withdrawalStatuses")
            if is_withdrawal
            else js.get(self.options, "depositStatuses")
        )
        code = self.safe_currency_code(self.safe_string(transaction, "coin"), currency)
        fee = None
        fee_cost = self.safe_string(transaction, "transactionFee")
        if fee_cost is not None:
            fee = {"cost": fee_cost, "currency": code}
        timestamp = self.safe_integer(transaction, "insertTime")
        if is_withdrawal:
            timestamp = self.parse8601(apply_time)
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "id"),
                "txid": self.safe_string(transaction, "txId"),
                "timestamp": timestamp,
                "network": self.network_code(self.safe_string(transaction, "network")),
                "address": self.safe_string(transaction, "address"),
                "tag": self.safe_string(transaction, "addressTag"),
                "type": "withdrawal" if is_withdrawal else "deposit",
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(statuses, self.safe_string(transaction, "status")),
                "updated": self.parse8601(self.safe_string(transaction, "completeTime")),
                "fee": fee,
                "info": transaction,
            },
            currency,
        )

    def transfer_request(self, code, since, limit, params=None):
        if params is None:
            params = {}
        # The query of deposit and withdrawal histories: coin, startTime, endTime (the unified until), limit.
        request = {}
        if code is not None:
            request["coin"] = js.get(self.currency(code), "id")
        if since is not None:
            request["startTime"] = since
        until = self.safe_integer(params, "until")
        if until is not None:
            request["endTime"] = until
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
        response = self.sapi_get_capital_deposit_hisrec(
            self.extend(self.transfer_request(code, since, limit, params), self.omit(params, "until"))
        )
        return self.parse_transactions(response, currency, since, limit)

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
        response = self.sapi_get_capital_withdraw_history(
            self.extend(self.transfer_request(code, since, limit, params), self.omit(params, "until"))
        )
        return self.parse_transactions(response, currency, since, limit)

    def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # params['network'] picks a network by unified code ('ERC20', 'BEP20', ...: options['networks']);
        # without it, the coin's default one.
        self.load_markets()
        currency = self.currency(code)
        request = {"coin": js.get(currency, "id")}
        network_code = self.safe_string_upper(params, "network")
        if network_code is not None:
            request["network"] = self.network_id(network_code, currency)
        response = self.sapi_get_capital_deposit_address(self.extend(request, self.omit(params, "network")))
        tag = self.safe_string(response, "tag")
        return {
            "currency": code,
            "address": self.safe_string(response, "address"),
            "tag": None if (tag == "") else tag,
            "network": network_code,
            "info": response,
        }

    def fetch_deposit_addresses(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> list[DepositAddress]:
        if params is None:
            params = {}
        # capital/deposit/address/list: every address of one coin, on any network; one request per code.
        if codes is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchDepositAddresses () requires the currency codes: capital/deposit/address/list takes one coin"
                )
            )
        self.load_markets()
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(codes)):
                break
            currency = self.currency(js.get(codes, i))
            response = self.sapi_get_capital_deposit_address_list(
                self.extend({"coin": js.get(currency, "id")}, params)
            )
            j = 0
            while True:
                if not js.less(j, js.length(response)):
                    break
                tag = self.safe_string(js.get(response, j), "tag")
                result.append(
                    {
                        "currency": js.get(currency, "code"),
                        "address": self.safe_string(js.get(response, j), "address"),
                        "tag": None if (tag == "") else tag,
                        "info": js.get(response, j),
                    }
                )
                j += 1
            i += 1
        return result

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
        # sapi asset/transfer (universal transfer): type names both accounts, FROM_TO (MAIN_FUNDING, ...).
        self.load_markets()
        currency = self.currency(code)
        request = {
            "asset": js.get(currency, "id"),
            "amount": self.number_to_string(amount),
            "type": js.bounded_text(
                js.bounded_text(js.to_str(self.account_type_id(from_account)) + "_")
                + js.to_str(self.account_type_id(to_account))
            ),
        }
        response = self.sapi_post_asset_transfer(self.extend(request, params))
        return self.safe_transfer(
            {
                "id": self.safe_string(response, "tranId"),
                "currency": code,
                "amount": js.get(request, "amount"),
                "fromAccount": from_account,
                "toAccount": to_account,
                "info": response,
            }
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
        self.load_markets()
        currency = self.currency(code)
        request = {
            "coin": js.get(currency, "id"),
            "address": address,
            "amount": self.number_to_string(amount),
        }
        if tag is not None:
            request["addressTag"] = tag
        # The unified network code ('TRC20') is Binance's network id ('TRX'): options['networks'].
        network_code = self.safe_string_upper(params, "network")
        if network_code is not None:
            request["network"] = self.network_id(network_code, currency)
        response = self.sapi_post_capital_withdraw_apply(self.extend(request, self.omit(params, "network")))
        return self.safe_transaction(
            {
                "id": self.safe_string(response, "id"),
                "type": "withdrawal",
                "address": address,
                "tag": tag,
                "amount": js.get(request, "amount"),
                "currency": code,
                "network": network_code,
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
        url = js.bounded_text(
            js.to_str(self.safe_string(js.get(self.urls, "api"), api)) + "/" + js.to_str(path)
        )
        if (api == "public") or (
            (api == "sapi") and self.safe_bool(js.get(self.options, "publicSapi"), path, False)
        ):
            if len(js.keys(params)) > 0:
                url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(params)))
            return {"url": url, "method": method, "body": body, "headers": headers}
        # SIGNED endpoints: HMAC-SHA256 of the whole parameter string, timestamp included, appended as
        # 'signature'; POST and PUT send it as the form body, the others as the query string.
        self.check_required_credentials()
        query = self.urlencode(self.extend(params, {"timestamp": self.nonce()}))
        signed = js.bounded_text(
            js.bounded_text(js.to_str(query) + "&signature=")
            + js.to_str(self.hmac(self.encode(query), self.encode(self.secret), "sha256"))
        )
        headers = {"X-MBX-APIKEY": self.apiKey}
        if (method == "POST") or (method == "PUT"):
            body = signed
            js.set_(headers, "Content-Type", "application/x-www-form-urlencoded")
        else:
            url += js.within(url, "?" + signed)
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
        # Errors are { "code": -1121, "msg": "Invalid symbol." }, mostly with HTTP 4xx.
        if (response is None) or js.is_array(response):
            return
        code = self.safe_string(response, "code")
        message = self.safe_string(response, "msg")
        if (code is None) or (not Precise.string_lt(code, "0")):
            return
        feedback = js.bounded_text(js.to_str(self.id) + " " + js.to_str(code) + " " + js.to_str(message))
        if message is not None:
            self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), message, feedback)
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
        if message is not None:
            self.throw_broadly_matched_exception(js.get(self.exceptions, "broad"), message, feedback)
        raise ExchangeError(feedback)

    # --- streaming: market data streams (https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams)
    def watch_stream(self, market, stream, message_hash):
        # One raw stream (<symbol>@<name>) subscribed on the shared connection.
        name = js.bounded_text(js.lower(js.get(market, "id")) + "@" + js.to_str(stream))
        message = {"method": "SUBSCRIBE", "params": [name], "id": self.stream_request_id()}
        return self.watch(self.stream_url("public"), message_hash, name, message)

    def un_watch_stream(self, symbol, stream, message_hash):
        self.load_markets()
        market = self.market(symbol)
        name = js.bounded_text(js.lower(js.get(market, "id")) + "@" + js.to_str(stream))
        self.set_stream_state(js.add(message_hash, js.get(market, "symbol")), None)
        message = {"method": "UNSUBSCRIBE", "params": [name], "id": self.stream_request_id()}
        self.unwatch(self.stream_url("public"), name, message)

    def watch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        self.load_markets()
        market = self.market(symbol)
        return self.watch_stream(
            market, "ticker", js.bounded_text("ticker:" + js.to_str(js.get(market, "symbol")))
        )

    def watch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # One SUBSCRIBE request names every stream.
        self.load_markets()
        markets = self.stream_markets(symbols)
        names = []
        i = 0
        while True:
            if not js.less(i, js.length(markets)):
                break
            names.append(js.bounded_text(js.lower(js.get(js.get(markets, i), "id")) + "@ticker"))
            i += 1
        message = {"method": "SUBSCRIBE", "params": names, "id": self.stream_request_id()}
        tickers = self.watch(self.stream_url("public"), "tickers", js.join(names, ","), message)
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
        trades = self.watch_stream(
            market, "trade", js.bounded_text("trades:" + js.to_str(js.get(market, "symbol")))
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
        interval = self.stream_timeframe(timeframe)
        candles = self.watch_stream(
            market,
            js.bounded_text("kline_" + js.to_str(interval)),
            js.bounded_text("ohlcv:" + js.to_str(js.get(market, "symbol")) + ":" + js.to_str(interval)),
        )
        return self.filter_by_since_limit(candles, since, limit, 0, True)

    watchOHLCV = MethodAlias("watch_ohlcv")

    def watch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # The diff stream kept on a REST snapshot of limit levels (1000 by default), as the docs describe.
        self.load_markets()
        market = self.market(symbol)
        self.remember_book_limit(js.get(market, "symbol"), limit)
        self.set_stream_state(
            js.bounded_text("bookLimit:" + js.to_str(js.get(market, "symbol"))),
            None if (limit is None) else js.trunc(limit),
        )
        book = self.watch_stream(
            market, "depth@100ms", js.bounded_text("book:" + js.to_str(js.get(market, "symbol")))
        )
        return self.limit_order_book(book, limit)

    def un_watch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> None:
        if params is None:
            params = {}
        self.un_watch_stream(symbol, "ticker", "ticker:")

    def un_watch_trades(self, symbol: str, params: dict[str, Any] | None = None) -> None:
        if params is None:
            params = {}
        self.un_watch_stream(symbol, "trade", "trades:")

    def un_watch_order_book(self, symbol: str, params: dict[str, Any] | None = None) -> None:
        if params is None:
            params = {}
        self.un_watch_stream(symbol, "depth@100ms", "book:")

    # the user data stream, subscribed with a signature on the WebSocket API
    def user_data_subscription(self):
        # userDataStream.subscribe.signature: apiKey and timestamp, signed as the REST API signs (HMAC-SHA256
        # of the parameters sorted by name, as a query string).
        self.check_required_credentials()
        params = {"apiKey": self.apiKey, "timestamp": self.nonce()}
        signature = self.hmac(
            self.encode(self.urlencode(self.keysort(params))), self.encode(self.secret), "sha256"
        )
        return {
            "id": self.stream_request_id(),
            "method": "userDataStream.subscribe.signature",
            "params": self.extend(params, {"signature": signature}),
        }

    def watch_user_data(self, message_hash):
        self.load_markets()
        return self.watch(self.stream_url("private"), message_hash, "userData", self.user_data_subscription())

    def resubscribe_message(self, url, subscribe_hash, message):
        # A signature is valid for a few seconds: the user data subscription is signed again.
        return self.user_data_subscription() if (subscribe_hash == "userData") else message

    def watch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        return self.watch_user_data("balance")

    def watch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        orders = self.watch_user_data("orders")
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
        trades = self.watch_user_data("myTrades")
        return self.filter_by_symbol_since_limit(trades, symbol, since, limit, True)

    def handle_balance_event(self, url, event):
        # outboundAccountPosition lists the assets that changed, with free (f) and locked (l) amounts.
        accounts = {}
        assets = self.safe_list(event, "B", [])
        i = 0
        while True:
            if not (i < len(assets)):
                break
            account = self.account()
            js.set_(account, "free", self.safe_string(js.get(assets, i), "f"))
            js.set_(account, "used", self.safe_string(js.get(assets, i), "l"))
            js.set_(accounts, self.safe_currency_code(self.safe_string(js.get(assets, i), "a")), account)
            i += 1
        self.resolve_balance(url, accounts, event, self.safe_integer(event, "u"))

    def handle_execution_report(self, url, event):
        # An order's every change, under the one-letter names of the REST order's fields; a fill (x TRADE) is
        # also a trade of the account.
        market = self.safe_market(self.safe_string(event, "s"))
        order = self.parse_order(
            {
                "symbol": self.safe_string(event, "s"),
                "orderId": self.safe_string(event, "i"),
                "clientOrderId": self.safe_string(event, "c"),
                "price": self.safe_string(event, "p"),
                "origQty": self.safe_string(event, "q"),
                "executedQty": self.safe_string(event, "z"),
                "cummulativeQuoteQty": self.safe_string(event, "Z"),
                "status": self.safe_string(event, "X"),
                "timeInForce": self.safe_string(event, "f"),
                "type": self.safe_string(event, "o"),
                "side": self.safe_string(event, "S"),
                "stopPrice": self.safe_string(event, "P"),
                "time": self.safe_integer(event, "O"),
                "updateTime": self.safe_integer(event, "T"),
            },
            market,
        )
        js.set_(order, "info", event)
        self.resolve_order(url, "orders", order)
        if not (self.safe_string(event, "x") == "TRADE"):
            return
        trade = self.parse_trade(
            {
                "symbol": self.safe_string(event, "s"),
                "id": self.safe_string(event, "t"),
                "orderId": self.safe_string(event, "i"),
                "price": self.safe_string(event, "L"),
                "qty": self.safe_string(event, "l"),
                "commission": self.safe_string(event, "n"),
                "commissionAsset": self.safe_string(event, "N"),
                "time": self.safe_integer(event, "T"),
                "isBuyer": self.safe_string(event, "S") == "BUY",
                "isMaker": self.safe_bool(event, "m"),
            },
            market,
        )
        js.set_(trade, "info", event)
        self.resolve_cached(url, "myTrades", trade)

    def handle_message(self, url, message):
        # Market data events carry their type in e; the WebSocket API wraps user data events in
        # { subscriptionId, event }. Answers to requests carry the request's id, and code and msg (in error on
        # the WebSocket API) when it failed.
        wrapped = self.safe_dict(message, "event")
        if wrapped is not None:
            message = wrapped
        event = self.safe_string(message, "e")
        if event is None:
            self.handle_request_answer(url, message)
            return
        if event == "outboundAccountPosition":
            self.handle_balance_event(url, message)
            return
        if event == "executionReport":
            self.handle_execution_report(url, message)
            return
        market = self.safe_market(self.safe_string(message, "s"))
        if event == "depthUpdate":
            self.handle_depth_update(url, message, market)
        elif event == "trade":
            self.handle_trade_event(url, message, market)
        elif event == "24hrTicker":
            self.handle_ticker_event(url, message, market)
        elif event == "kline":
            self.handle_kline_event(url, message, market)

    def handle_request_answer(self, url, message):
        failure = self.safe_dict(message, "error", message)
        code = self.safe_string(failure, "code")
        if code is None:
            return
        reason = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " " + js.to_str(code) + " ")
            + self.safe_string(failure, "msg", "refused the request")
        )
        if (js.typeof(url) == "string") and js.strict_equal(url, self.stream_url("private")):
            self.reject_update(url, None, AuthenticationError, reason)
        else:
            self.reject_update(url, None, BadRequest, reason)

    def handle_trade_event(self, url, event, market):
        # { t: id, p: price, q: quantity, T: trade time, m: the buyer is the maker }: the REST trade's fields.
        trade = self.parse_trade(
            {
                "id": self.safe_string(event, "t"),
                "price": self.safe_string(event, "p"),
                "qty": self.safe_string(event, "q"),
                "time": self.safe_integer(event, "T"),
                "isBuyerMaker": self.safe_bool(event, "m"),
            },
            market,
        )
        js.set_(trade, "info", event)
        self.resolve_cached(url, js.bounded_text("trades:" + js.to_str(js.get(market, "symbol"))), trade)

    def handle_ticker_event(self, url, event, market):
        # The 24 hour rolling window statistics, under the one-letter names of the REST ticker's fields.
        ticker = self.parse_ticker(
            {
                "symbol": self.safe_string(event, "s"),
                "closeTime": self.safe_integer(event, "C"),
                "highPrice": self.safe_string(event, "h"),
                "lowPrice": self.safe_string(event, "l"),
                "bidPrice": self.safe_string(event, "b"),
                "bidQty": self.safe_string(event, "B"),
                "askPrice": self.safe_string(event, "a"),
                "askQty": self.safe_string(event, "A"),
                "weightedAvgPrice": self.safe_string(event, "w"),
                "openPrice": self.safe_string(event, "o"),
                "lastPrice": self.safe_string(event, "c"),
                "prevClosePrice": self.safe_string(event, "x"),
                "priceChange": self.safe_string(event, "p"),
                "priceChangePercent": self.safe_string(event, "P"),
                "volume": self.safe_string(event, "v"),
                "quoteVolume": self.safe_string(event, "q"),
            },
            market,
        )
        js.set_(ticker, "info", event)
        self.resolve_ticker(url, ticker)

    def handle_kline_event(self, url, event, market):
        kline = self.safe_dict(event, "k", {})
        candle = [
            self.safe_integer(kline, "t"),
            self.safe_number(kline, "o"),
            self.safe_number(kline, "h"),
            self.safe_number(kline, "l"),
            self.safe_number(kline, "c"),
            self.safe_number(kline, "v"),
        ]
        self.resolve_candle(
            url,
            js.bounded_text(
                js.bounded_text("ohlcv:" + js.to_str(js.get(market, "symbol")) + ":")
                + js.to_str(self.safe_string(kline, "i"))
            ),
            candle,
        )

    def handle_depth_update(self, url, event, market):
        # Updates U..u apply to a book whose last update is U - 1. The book starts from a REST snapshot
        # (lastUpdateId), fetched while later events wait; events it already holds (u <= lastUpdateId) are
        # skipped, and a gap (U beyond the book's last update + 1) drops it for a new snapshot.
        symbol = js.get(market, "symbol")
        message_hash = js.bounded_text("book:" + js.to_str(symbol))
        if not js.truthy(self.is_watched(url, message_hash)):
            return  # a book nobody watches: no snapshot requested, nothing kept (a server named symbols at will)
        first = self.safe_integer(event, "U")
        last = self.safe_integer(event, "u")
        if (first is None) or (last is None):
            raise BadResponse(
                js.bounded_text(js.to_str(self.id) + " sent a depth update without its update ids U and u")
            )
        book = self.stream_state(message_hash)
        if (book is not None) and js.greater(first, js.add(js.get(book, "nonce"), 1)):
            self.resync_book(
                url,
                message_hash,
                js.bounded_text(
                    js.bounded_text(
                        js.bounded_text(js.to_str(symbol) + " order book sequence gap (update ")
                        + js.to_str(self.number_to_string(first))
                        + " after "
                    )
                    + js.to_str(self.number_to_string(js.get(book, "nonce")))
                    + ")"
                ),
            )
            book = None
        if book is None:
            snapshot = self.fetch_order_book(
                symbol, self.stream_state(js.bounded_text("bookLimit:" + js.to_str(symbol)), 1000)
            )
            book = self.new_order_book(symbol)
            book = self.set_book_levels(
                self.set_book_levels(book, "bids", js.get(snapshot, "bids")), "asks", js.get(snapshot, "asks")
            )
            js.set_(book, "nonce", js.get(snapshot, "nonce"))
        if js.less_equal(last, js.get(book, "nonce")):
            self.set_stream_state(message_hash, book)  # the snapshot holds this update already
            return
        if js.greater(first, js.add(js.get(book, "nonce"), 1)):
            self.resync_book(
                url,
                message_hash,
                js.bounded_text(js.to_str(symbol) + " order book snapshot older than the updates"),
            )
            return
        book = self.set_book_levels(
            self.set_book_levels(book, "bids", self.safe_list(event, "b", [])),
            "asks",
            self.safe_list(event, "a", []),
        )
        js.set_(book, "nonce", last)
        js.set_(book, "timestamp", self.safe_integer(event, "E"))
        self.set_stream_state(message_hash, book)
        self.book_is_right(message_hash)
        self.resolve_update(url, self.order_book_view(book), message_hash)
