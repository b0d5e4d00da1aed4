# Generated from js/bitmex.js by exkit: do not edit. Change the source and run `python build.py`.
from typing import Any

from exchangekit.base.exchange import Exchange
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
    InvalidNonce,
    InvalidOrder,
    NotSupported,
    OrderNotFound,
    PermissionDenied,
    RateLimitExceeded,
)
from exchangekit.base.number import DECIMAL_PLACES, TICK_SIZE, TRUNCATE
from exchangekit.base import js
from exchangekit.base.method_names import MethodAlias
from exchangekit.base.types import (
    Balances,
    Currency,
    DepositAddress,
    DepositWithdrawFee,
    FundingRate,
    FundingRateHistory,
    LedgerEntry,
    Leverage,
    MarginMode,
    Market,
    OHLCV,
    OpenInterest,
    Order,
    OrderBook,
    Position,
    Ticker,
    Trade,
    TradingFee,
    Transaction,
)


class bitmex(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "bitmex",
                "name": "BitMEX",
                "countries": ["SC"],
                "version": "v1",
                "rateLimit": 500,
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
                    "fetchTransactions": True,
                    "fetchLedger": True,
                    "fetchDepositAddress": True,
                    "withdraw": True,
                    "fetchTime": False,
                    "fetchStatus": False,
                    "fetchTradingFees": True,
                    "cancelAllOrders": True,
                    "fetchOrderTrades": True,
                    "fetchTradingFee": True,
                    "fetchDepositAddresses": False,
                    "createDepositAddress": False,
                    "fetchDepositWithdrawFees": True,
                    "transfer": False,
                    "createMarketBuyOrderWithCost": False,
                    "fetchPositions": True,
                    "fetchPosition": True,
                    "fetchFundingRate": True,
                    "fetchFundingRates": True,
                    "fetchFundingRateHistory": True,
                    "fetchOpenInterest": True,
                    "setLeverage": True,
                    "setMarginMode": True,
                    "fetchLeverage": True,
                    "fetchMarkOHLCV": False,
                    "fetchIndexOHLCV": True,
                },
                "urls": {
                    "logo": "https://www.bitmex.com/favicon.ico",
                    "api": {"public": "https://www.bitmex.com", "private": "https://www.bitmex.com"},
                    "www": "https://www.bitmex.com",
                    "doc": ["https://www.bitmex.com/app/apiOverview", "https://www.bitmex.com/api/explorer/"],
                    "fees": "https://www.bitmex.com/app/fees",
                },
                "api": {
                    "public": {
                        "get": {
                            "instrument": 1,
                            "instrument/active": 1,
                            "instrument/indices": 1,
                            "orderBook/L2": 1,
                            "trade": 1,
                            "trade/bucketed": 1,
                            "funding": 1,
                            "wallet/assets": 1,
                        }
                    },
                    "private": {
                        "get": {
                            "instrument": 1,
                            "user/margin": 1,
                            "user/walletHistory": 1,
                            "user/depositAddress": 1,
                            "user/commission": 1,
                            "order": 1,
                            "execution/tradeHistory": 1,
                            "position": 1,
                        },
                        "post": {
                            "order": 1,
                            "position/leverage": 1,
                            "position/isolate": 1,
                            "user/requestWithdrawal": 1,
                        },
                        "put": {"order": 1},
                        "delete": {"order": 1, "order/all": 1},
                    },
                },
                "timeframes": {"1m": "1m", "5m": "5m", "1h": "1h", "1d": "1d"},
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {
                    "trading": {"tierBased": True, "percentage": True, "taker": 0.00075, "maker": 0.0002}
                },
                "precisionMode": TICK_SIZE,
                "options": {
                    "api-expires": 60,
                    "scales": {"XBt": 8, "USDt": 6, "Gwei": 9},
                    "networks": {"BTC": "btc", "ERC20": "eth", "TRC20": "tron", "BEP20": "bsc", "SOL": "sol"},
                    "transactionStatuses": {
                        "Pending": "pending",
                        "Processing": "pending",
                        "Confirmed": "pending",
                        "Completed": "ok",
                        "Canceled": "canceled",
                        "Rejected": "failed",
                    },
                    "ledgerTypes": {
                        "Deposit": "deposit",
                        "Withdrawal": "withdrawal",
                        "RealisedPNL": "trade",
                        "UnrealisedPNL": "trade",
                        "Funding": "fee",
                        "AffiliatePayout": "referral",
                        "Transfer": "transfer",
                        "SpotTrade": "trade",
                    },
                },
                "commonCurrencies": {"GWEI": "ETH"},
                "exceptions": {
                    "exact": {
                        "Invalid API Key.": AuthenticationError,
                        "Signature not valid.": AuthenticationError,
                        "This key is disabled.": PermissionDenied,
                        "Access Denied": PermissionDenied,
                        "Account does not exist": AuthenticationError,
                        "Duplicate clOrdID": DuplicateOrderId,
                        "Duplicate orderID": DuplicateOrderId,
                        "Invalid orderID": OrderNotFound,
                        "Invalid symbol": BadSymbol,
                        "Instrument expired": BadSymbol,
                        "Instruments do not match": BadRequest,
                        "Instrument has no mark price": ExchangeNotAvailable,
                        "Account is suspended": AccountSuspended,
                        "Invalid side": InvalidOrder,
                        "Invalid orderQty": InvalidOrder,
                        "Invalid orderQty or simpleOrderQty": InvalidOrder,
                        "Invalid leavesQty": InvalidOrder,
                        "Invalid price": InvalidOrder,
                        "Invalid leverage": BadRequest,
                        "Negative withdrawal amount": BadRequest,
                        "Invalid withdrawal amount": BadRequest,
                        "Invalid fee amount": BadRequest,
                        "Not Found": OrderNotFound,
                    },
                    "broad": {
                        "expired": InvalidNonce,
                        "insufficient": InsufficientFunds,
                        "Unable to cancel order": OrderNotFound,
                        "Invalid ordStatus": InvalidOrder,
                        "Instrument not listed for trading yet": BadSymbol,
                        "Withdrawal ban expires at": PermissionDenied,
                        "Withdrawals currently disabled": PermissionDenied,
                        "Rate limit exceeded": RateLimitExceeded,
                        "overloaded": ExchangeNotAvailable,
                    },
                },
            },
        )

    # --- markets and currencies ----------------------------------------------------------------------
    def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # wallet/assets: [ { asset: 'XBT', currency: 'XBt', majorCurrency, name, currencyType, scale: 8, enabled,
        # isMarginCurrency, minDepositAmount, minWithdrawalAmount, maxWithdrawalAmount, networks: [ { asset:
        # 'btc', tokenAddress, depositEnabled, withdrawalEnabled, withdrawalFee, minFee, maxFee } ] } ]; amounts
        # in the smallest unit (10^-scale).
        response = self.public_get_wallet_assets(params)
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            id_ = self.safe_string(entry, "currency")
            code = self.safe_currency_code(self.safe_string(entry, "asset"))
            scale = self.safe_string(entry, "scale")
            precision = self.parse_number(self.parse_precision(scale))
            raw_networks = self.safe_list(entry, "networks", [])
            networks = {}
            deposit = False
            withdraw = False
            j = 0
            while True:
                if not (j < len(raw_networks)):
                    break
                network = js.get(raw_networks, j)
                network_id = self.safe_string(network, "asset")
                network_code = self.network_code(network_id)
                can_deposit = self.safe_bool(network, "depositEnabled") is True
                can_withdraw = self.safe_bool(network, "withdrawalEnabled") is True
                deposit = deposit or can_deposit
                withdraw = withdraw or can_withdraw
                js.set_(
                    networks,
                    network_code,
                    {
                        "id": network_id,
                        "network": network_code,
                        "active": can_deposit and can_withdraw,
                        "deposit": can_deposit,
                        "withdraw": can_withdraw,
                        "fee": self.parse_number(
                            self.from_units(self.safe_string(network, "withdrawalFee"), scale)
                        ),
                        "precision": precision,
                        "limits": {},
                    },
                )
                j += 1
            js.set_(
                result,
                code,
                {
                    "id": id_,
                    "code": code,
                    "name": self.safe_string(entry, "name"),
                    "active": self.safe_bool(entry, "enabled"),
                    "deposit": deposit,
                    "withdraw": withdraw,
                    "fee": None,
                    "precision": precision,
                    "limits": {
                        "deposit": {
                            "min": self.parse_number(
                                self.from_units(self.safe_string(entry, "minDepositAmount"), scale)
                            ),
                            "max": None,
                        },
                        "withdraw": {
                            "min": self.parse_number(
                                self.from_units(self.safe_string(entry, "minWithdrawalAmount"), scale)
                            ),
                            "max": self.parse_number(
                                self.from_units(self.safe_string(entry, "maxWithdrawalAmount"), scale)
                            ),
                        },
                    },
                    "networks": networks,
                    "info": entry,
                },
            )
            i += 1
        return result

    def fetch_deposit_withdraw_fees(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, DepositWithdrawFee]:
        if params is None:
            params = {}
        # The withdrawal fee of each network, from wallet/assets.
        currencies = self.fetch_currencies(params)
        return self.deposit_withdraw_fees_from_currencies(currencies, codes)

    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # instrument/active: the instruments open for trading (and those expired in the last 24 h), of every
        # type; the indices (.BXBT, typ MRCXXX, ...) are not markets.
        response = self.public_get_instrument_active(params)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            market = self.parse_market(js.get(response, i))
            if market is not None:
                result.append(market)
            i += 1
        return result

    def parse_market(self, instrument):
        # An instrument: { symbol, rootSymbol, state: 'Open', typ, listing, front, expiry, settle, positionCurrency,
        # underlying: 'XBT', quoteCurrency: 'USD', settlCurrency: 'XBt', lotSize, tickSize, multiplier,
        # underlyingToPositionMultiplier, isQuanto, isInverse, maxOrderQty, maxPrice, makerFee, takerFee, ... }.
        # typ: FFWCSX and FFWCSF are perpetual swaps, FFCCSX futures, IFXXXP spot pairs.
        typ = self.safe_string(instrument, "typ")
        types = {"FFWCSX": "swap", "FFWCSF": "swap", "FFCCSX": "future", "IFXXXP": "spot"}
        type_ = self.safe_string(types, typ)
        if type_ is None:
            return None
        id_ = self.safe_string(instrument, "symbol")
        base_id = self.safe_string(instrument, "underlying")
        quote_id = self.safe_string(instrument, "quoteCurrency")
        settle_id = self.safe_string(instrument, "settlCurrency")
        base = self.safe_currency_code(base_id)
        quote = self.safe_currency_code(quote_id)
        lot_size = self.safe_string(instrument, "lotSize")
        contract = not (type_ == "spot")
        settle = None
        linear = None
        inverse = None
        contract_size = None
        expiry = None
        amount_step = lot_size
        if contract:
            settle = self.safe_currency_code(settle_id)
            inverse = self.safe_bool(instrument, "isInverse") is True
            quanto = self.safe_bool(instrument, "isQuanto") is True
            linear = (not inverse) and (not quanto)
            contract_size = self.contract_size_of(instrument, inverse, quanto)
            if type_ == "future":
                expiry = self.parse8601(self.safe_string(instrument, "expiry"))
        else:
            # spot quantities are counted in 1 / underlyingToPositionMultiplier of the base currency
            amount_step = self.from_position_units(lot_size, instrument)
        return self.market_structure(
            id=id_,
            symbol=self.build_symbol(base, quote, settle, expiry),
            base=base,
            quote=quote,
            baseId=base_id,
            quoteId=quote_id,
            active=self.safe_string(instrument, "state") == "Open",
            type=type_,
            linear=linear,
            inverse=inverse,
            contractSize=self.parse_number(contract_size),
            settle=settle,
            settleId=settle_id if contract else None,
            expiry=expiry,
            taker=self.safe_number(instrument, "takerFee"),
            maker=self.safe_number(instrument, "makerFee"),
            precision={
                "amount": self.parse_number(amount_step),
                "price": self.safe_number(instrument, "tickSize"),
            },
            limits={
                "amount": {
                    "min": self.parse_number(amount_step),
                    "max": self.parse_number(
                        self.safe_string(instrument, "maxOrderQty")
                        if contract
                        else self.from_position_units(self.safe_string(instrument, "maxOrderQty"), instrument)
                    ),
                },
                "price": {"min": None, "max": self.safe_number(instrument, "maxPrice")},
                "cost": {"min": None, "max": None},
            },
            info=instrument,
        )

    def contract_size_of(self, instrument, inverse, quanto):
        # What one contract is worth. An inverse contract is 1 of its positionCurrency, the quote (XBTUSD: 1 USD).
        # A linear one is 1 / underlyingToPositionMultiplier of the base (XBTUSDT: 1e-6 XBT). A quanto one
        # (ETHUSD settled in XBt) pays multiplier smallest units of the settle currency per 1 of price: its size
        # is stated as that amount of the settle currency.
        if js.truthy(inverse):
            return "1"
        if js.truthy(quanto):
            scale = self.scale_of(self.safe_string(instrument, "settlCurrency"))
            return self.from_units(Precise.string_abs(self.safe_string(instrument, "multiplier")), scale)
        multiplier = self.safe_string(instrument, "underlyingToPositionMultiplier")
        return "1" if (multiplier is None) else Precise.string_div("1", multiplier)

    def from_position_units(self, quantity, instrument):
        # A spot quantity (in 1 / underlyingToPositionMultiplier of the base currency) in the base currency.
        multiplier = self.safe_string(instrument, "underlyingToPositionMultiplier")
        if (quantity is None) or (multiplier is None):
            return quantity
        return Precise.string_div(quantity, multiplier)

    def amount_of(self, quantity, market):
        # The unified amount of a quantity the API reports: contracts as they are, spot in the base currency.
        if (market is None) or js.truthy(js.get(market, "contract")):
            return quantity
        return self.from_position_units(quantity, js.get(market, "info"))

    def order_quantity(self, symbol, amount):
        # orderQty of a unified amount: contracts, or for spot the base amount in position units.
        market = self.market(symbol)
        text = self.amount_to_precision(symbol, amount)
        if js.truthy(js.get(market, "contract")):
            return self.parse_number(text)
        multiplier = self.safe_string(js.get(market, "info"), "underlyingToPositionMultiplier", "1")
        return self.parse_number(Precise.string_mul(text, multiplier))

    def scale_of(self, currency_id):
        # The decimals of a currency's smallest unit (XBt: 8): wallet/assets' scale, else options['scales'].
        currency = None if (self.currenciesById is None) else self.safe_dict(self.currenciesById, currency_id)
        scale = self.safe_string(self.safe_dict(currency, "info"), "scale")
        if scale is not None:
            return scale
        return self.safe_string(js.get(self.options, "scales"), currency_id)

    def from_units(self, value, scale):
        # An integer amount of smallest units as a decimal string of the currency.
        if (value is None) or (scale is None):
            return value
        return Precise.string_div(value, self.parse_precision(Precise.string_neg(scale)))

    def to_units(self, amount, currency_id):
        # A decimal amount of a currency as an integer of its smallest units.
        scale = self.scale_of(currency_id)
        if scale is None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id) + " knows no scale of the currency " + js.to_str(currency_id)
                )
            )
        text = Precise.string_mul(
            self.number_to_string(amount), self.parse_precision(Precise.string_neg(scale))
        )
        return self.parse_number(self.decimal_to_precision(text, TRUNCATE, 0, DECIMAL_PLACES))

    def units_of(self, dictionary, key, currency_id):
        # dictionary[key], an integer of smallest units of currencyId, as a decimal string of the currency.
        return self.from_units(self.safe_string(dictionary, key), self.scale_of(currency_id))

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # An instrument: lastPrice, prevPrice24h (the price 24 h ago), highPrice, lowPrice, bidPrice, askPrice,
        # vwap, homeNotional24h (base volume), foreignNotional24h (quote volume), timestamp.
        market = self.safe_market(self.safe_string(ticker, "symbol"), market)
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            timestamp=self.parse8601(self.safe_string(ticker, "timestamp")),
            high=self.safe_string(ticker, "highPrice"),
            low=self.safe_string(ticker, "lowPrice"),
            bid=self.safe_string(ticker, "bidPrice"),
            ask=self.safe_string(ticker, "askPrice"),
            vwap=self.safe_string(ticker, "vwap"),
            open_=self.safe_string(ticker, "prevPrice24h"),
            last=self.safe_string(ticker, "lastPrice"),
            base_volume=self.safe_string(ticker, "homeNotional24h"),
            quote_volume=self.safe_string(ticker, "foreignNotional24h"),
            info=ticker,
            market=market,
        )

    def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        # instrument?symbol: [ instrument ].
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_instrument(self.extend({"symbol": js.get(market, "id")}, params))
        instrument = self.safe_dict(response, 0)
        if instrument is None:
            raise BadSymbol(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " fetchTicker () found no instrument ")
                    + js.to_str(js.get(market, "id"))
                )
            )
        return self.parse_ticker(instrument, market)

    def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # instrument/active: every active instrument (indices left out: they are not markets).
        self.load_markets()
        response = self.public_get_instrument_active(params)
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            if self.safe_list(self.marketsById, self.safe_string(js.get(response, i), "symbol")) is None:
                i += 1
                continue
            ticker = self.parse_ticker(js.get(response, i))
            if (symbols is None) or js.truthy(self.in_array(js.get(ticker, "symbol"), symbols)):
                js.set_(result, js.get(ticker, "symbol"), ticker)
            i += 1
        return result

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # orderBook/L2?symbol&depth (0: the whole book): [ { symbol, id, side: 'Sell' or 'Buy', size, price,
        # timestamp } ], sizes in contracts (spot: position units).
        self.load_markets()
        market = self.market(symbol)
        request = {"symbol": js.get(market, "id")}
        if limit is not None:
            request["depth"] = limit
        response = self.public_get_order_book_l2(self.extend(request, params))
        bids = []
        asks = []
        timestamp = None
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            level = js.get(response, i)
            entry = [
                self.safe_string(level, "price"),
                self.amount_of(self.safe_string(level, "size"), market),
            ]
            if self.safe_string(level, "side") == "Sell":
                asks.append(entry)
            else:
                bids.append(entry)
            level_time = self.parse8601(self.safe_string(level, "timestamp"))
            if (level_time is not None) and ((timestamp is None) or js.greater(level_time, timestamp)):
                timestamp = level_time
            i += 1
        return self.parse_order_book({"bids": bids, "asks": asks}, js.get(market, "symbol"), timestamp)

    def parse_trade(self, trade, market=None):
        # Public trades (trade): { timestamp, symbol, side, size, price, tickDirection, trdMatchID, grossValue,
        # homeNotional, foreignNotional, trdType }. Executions (execution/tradeHistory): { execID, orderID,
        # clOrdID, symbol, side, lastQty, lastPx, lastLiquidityInd: 'AddedLiquidity' or 'RemovedLiquidity',
        # ordType, execType, execComm (in settlCurrency's smallest units), commission (the rate),
        # settlCurrency, transactTime, timestamp, homeNotional, foreignNotional }.
        market = self.safe_market(self.safe_string(trade, "symbol"), market)
        liquidity = self.safe_string(trade, "lastLiquidityInd")
        taker_or_maker = None
        if liquidity == "AddedLiquidity":
            taker_or_maker = "maker"
        elif liquidity == "RemovedLiquidity":
            taker_or_maker = "taker"
        fee = None
        settle_id = self.safe_string(trade, "settlCurrency")
        fee_cost = self.units_of(trade, "execComm", settle_id)
        if fee_cost is not None:
            fee = {
                "cost": fee_cost,
                "currency": self.safe_currency_code(settle_id),
                "rate": self.safe_string(trade, "commission"),
            }
        ord_type = self.safe_string(trade, "ordType")
        return self.trade_structure(
            identifier=self.safe_string2(trade, "trdMatchID", "execID"),
            order=self.safe_string(trade, "orderID"),
            symbol=js.get(market, "symbol"),
            timestamp=self.parse8601(self.safe_string2(trade, "transactTime", "timestamp")),
            kind=None if (ord_type is None) else self.parse_order_type(ord_type),
            side=self.safe_string_lower(trade, "side"),
            taker_or_maker=taker_or_maker,
            price=self.safe_string2(trade, "lastPx", "price"),
            amount=self.amount_of(self.safe_string2(trade, "lastQty", "size"), market),
            cost=self.safe_string(trade, "foreignNotional"),
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
        # trade?symbol&count&startTime&reverse: the oldest from startTime, or the latest (reverse) without it.
        self.load_markets()
        market = self.market(symbol)
        request = self.time_range({"symbol": js.get(market, "id")}, since, limit, params)
        response = self.public_get_trade(self.extend(request, self.omit(params, "until")))
        return self.parse_trades(response, market, since, limit)

    def time_range(self, request, since, limit, params):
        # count, startTime, endTime (the unified until) and reverse: the paging params the history routes share;
        # without since the latest entries (reverse: newest first).
        if limit is not None:
            js.set_(request, "count", limit)
        if since is not None:
            js.set_(request, "startTime", self.iso8601(since))
        else:
            js.set_(request, "reverse", True)
        until = self.safe_integer(params, "until")
        if until is not None:
            js.set_(request, "endTime", self.iso8601(until))
        return request

    def parse_ohlcv(self, ohlcv, market=None):
        # trade/bucketed: { timestamp (the END of the bin), symbol, open, high, low, close, trades, volume,
        # vwap, lastSize, turnover, homeNotional, foreignNotional }; the unified candle opens one bin earlier
        # (fetchOHLCV puts the bin's length in 'duration').
        closed = self.parse8601(self.safe_string(ohlcv, "timestamp"))
        return [
            None if (closed is None) else js.subtract(closed, self.safe_integer(ohlcv, "duration", 0)),
            self.safe_number(ohlcv, "open"),
            self.safe_number(ohlcv, "high"),
            self.safe_number(ohlcv, "low"),
            self.safe_number(ohlcv, "close"),
            self.parse_number(self.amount_of(self.safe_string(ohlcv, "volume"), market)),
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
        # trade/bucketed?binSize&symbol&count&startTime&endTime&reverse&partial. params['price'] 'index' asks
        # for the candles of the market's reference index (fetchIndexOHLCV); BitMEX has no mark price candles.
        self.load_markets()
        market = self.market(symbol)
        bin_size = self.safe_string(self.timeframes, timeframe)
        if bin_size is None:
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
        price = self.safe_string(params, "price")
        id_ = js.get(market, "id")
        if price == "index":
            id_ = self.safe_string(js.get(market, "info"), "referenceSymbol")
            if id_ is None:
                raise NotSupported(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " fetchOHLCV () price index: "
                        + js.to_str(symbol)
                        + " has no reference index"
                    )
                )
        elif price is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchOHLCV () supports the price index only, not price "
                    + js.to_str(price)
                )
            )
        duration = js.multiply(self.parse_timeframe(timeframe), 1000)
        # bins are stamped with their end: the first bin that opens at since ends one bin later
        start = None if (since is None) else js.add(since, duration)
        request = self.time_range(
            {"binSize": bin_size, "symbol": id_, "partial": False}, start, limit, params
        )
        response = self.public_get_trade_bucketed(self.extend(request, self.omit(params, ["until", "price"])))
        candles = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            candles.append(self.extend(js.get(response, i), {"duration": duration}))
            i += 1
        # an index's candles have no volume: it is not a traded market (its market stays undefined here)
        return self.parse_ohlcvs(candles, None if (price == "index") else market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def parse_timeframe(self, timeframe):
        # '1m' -> 60, '1h' -> 3600, '1d' -> 86400 (seconds).
        unit = js.slice_(timeframe, js.subtract(js.length(timeframe), 1))
        amount = js.parse_int(js.slice_(timeframe, 0, js.subtract(js.length(timeframe), 1)))
        seconds = {"m": 60, "h": 3600, "d": 86400}
        return js.multiply(amount, self.safe_integer(seconds, unit))

    # --- funding and open interest -------------------------------------------------------------------
    def parse_funding_rate(self, rate, market=None):
        # An instrument: fundingRate (the rate of the interval that ends at fundingTimestamp), indicativeFundingRate
        # (the predicted rate of the next interval), fundingInterval (a duration written as a date after
        # 2000-01-01: '2000-01-01T08:00:00.000Z' is 8 h), markPrice, indicativeSettlePrice (the index), timestamp.
        market = self.safe_market(self.safe_string(rate, "symbol"), market)
        funding_timestamp = self.parse8601(self.safe_string(rate, "fundingTimestamp"))
        interval = self.parse8601(self.safe_string(rate, "fundingInterval"))
        next_funding_timestamp = None
        if (funding_timestamp is not None) and (interval is not None):
            next_funding_timestamp = js.subtract(
                js.add(funding_timestamp, interval), self.parse8601("2000-01-01T00:00:00.000Z")
            )
        return self.safe_funding_rate(
            {
                "symbol": js.get(market, "symbol"),
                "markPrice": self.safe_string(rate, "markPrice"),
                "indexPrice": self.safe_string(rate, "indicativeSettlePrice"),
                "fundingRate": self.safe_string(rate, "fundingRate"),
                "fundingTimestamp": funding_timestamp,
                "nextFundingRate": self.safe_string(rate, "indicativeFundingRate"),
                "nextFundingTimestamp": next_funding_timestamp,
                "timestamp": self.parse8601(self.safe_string(rate, "timestamp")),
                "info": rate,
            },
            market,
        )

    def fetch_funding_rate(self, symbol: str, params: dict[str, Any] | None = None) -> FundingRate:
        if params is None:
            params = {}
        # instrument?symbol: the funding fields of a perpetual swap.
        self.load_markets()
        market = self.market(symbol)
        if not js.truthy(js.get(market, "swap")):
            raise BadSymbol(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " fetchFundingRate () is for swaps, not the ")
                    + js.to_str(js.get(market, "type"))
                    + " market "
                    + js.to_str(symbol)
                )
            )
        response = self.public_get_instrument(self.extend({"symbol": js.get(market, "id")}, params))
        instrument = self.safe_dict(response, 0)
        if instrument is None:
            raise BadSymbol(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " fetchFundingRate () found no instrument ")
                    + js.to_str(js.get(market, "id"))
                )
            )
        return self.parse_funding_rate(instrument, market)

    def fetch_funding_rates(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, FundingRate]:
        if params is None:
            params = {}
        # instrument/active: the funding of every perpetual swap.
        self.load_markets()
        response = self.public_get_instrument_active(params)
        swaps = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            markets = self.safe_list(self.marketsById, self.safe_string(js.get(response, i), "symbol"), [])
            if (len(markets) > 0) and js.truthy(js.get(js.get(markets, 0), "swap")):
                swaps.append(js.get(response, i))
            i += 1
        return self.parse_funding_rates(swaps, symbols)

    def parse_funding_rate_history(self, entry, market=None):
        # funding: { timestamp, symbol, fundingInterval, fundingRate, fundingRateDaily }.
        market = self.safe_market(self.safe_string(entry, "symbol"), market)
        return self.safe_funding_rate_history(
            {
                "symbol": js.get(market, "symbol"),
                "fundingRate": self.safe_string(entry, "fundingRate"),
                "timestamp": self.parse8601(self.safe_string(entry, "timestamp")),
                "info": entry,
            },
            market,
        )

    def fetch_funding_rate_history(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[FundingRateHistory]:
        if params is None:
            params = {}
        # funding?symbol&count&startTime&endTime&reverse (every swap without symbol).
        self.load_markets()
        market = None
        request = self.time_range({}, since, limit, params)
        if symbol is not None:
            market = self.market(symbol)
            js.set_(request, "symbol", js.get(market, "id"))
        response = self.public_get_funding(self.extend(request, self.omit(params, "until")))
        return self.parse_funding_rate_histories(response, market, since, limit)

    def fetch_open_interest(self, symbol: str, params: dict[str, Any] | None = None) -> OpenInterest:
        if params is None:
            params = {}
        # instrument?symbol: openInterest (contracts), openValue (in the settle currency's smallest units);
        # the value in the quote currency is the contracts' value at the mark price.
        self.load_markets()
        market = self.market(symbol)
        if not js.truthy(js.get(market, "contract")):
            raise BadSymbol(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchOpenInterest () is for contracts, not the spot market "
                    + js.to_str(symbol)
                )
            )
        response = self.public_get_instrument(self.extend({"symbol": js.get(market, "id")}, params))
        instrument = self.safe_dict(response, 0)
        if instrument is None:
            raise BadSymbol(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " fetchOpenInterest () found no instrument ")
                    + js.to_str(js.get(market, "id"))
                )
            )
        amount = self.safe_string(instrument, "openInterest")
        return self.safe_open_interest(
            {
                "symbol": js.get(market, "symbol"),
                "openInterestAmount": amount,
                "openInterestValue": self.contract_value(
                    amount, self.safe_string(instrument, "markPrice"), market
                ),
                "timestamp": self.parse8601(self.safe_string(instrument, "timestamp")),
                "info": instrument,
            },
            market,
        )

    # --- account -------------------------------------------------------------------------------------
    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # user/margin?currency=all: [ { account, currency: 'XBt', walletBalance, marginBalance (the wallet with
        # the unrealised PnL), availableMargin, ... } ] in the currency's smallest units.
        self.load_markets()
        response = self.private_get_user_margin(self.extend({"currency": "all"}, params))
        result = {"info": response}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            currency_id = self.safe_string(entry, "currency")
            account = self.account()
            js.set_(account, "free", self.units_of(entry, "availableMargin", currency_id))
            js.set_(account, "total", self.units_of(entry, "marginBalance", currency_id))
            js.set_(result, self.safe_currency_code(currency_id), account)
            i += 1
        return self.safe_balance(result)

    def fetch_trading_fees(self, params: dict[str, Any] | None = None) -> dict[str, TradingFee]:
        if params is None:
            params = {}
        # user/commission: { XBTUSD: { makerFee, takerFee, settlementFee, maxFee }, ... } for the account.
        self.load_markets()
        response = self.private_get_user_commission(params)
        result = {}
        ids = js.keys(response)
        i = 0
        while True:
            if not (i < len(ids)):
                break
            markets = self.safe_list(self.marketsById, ids[i])
            if markets is None:
                i += 1
                continue
            entry = self.safe_dict(response, ids[i])
            symbol = js.get(js.get(markets, 0), "symbol")
            js.set_(
                result,
                symbol,
                {
                    "symbol": symbol,
                    "maker": self.safe_number(entry, "makerFee"),
                    "taker": self.safe_number(entry, "takerFee"),
                    "info": entry,
                },
            )
            i += 1
        return result

    def fetch_trading_fee(self, symbol: str, params: dict[str, Any] | None = None) -> TradingFee:
        if params is None:
            params = {}
        return self.trading_fee_of_all(symbol, params)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order_type(self, ord_type):
        # Market and Stop orders execute at market, Limit and StopLimit at their price; *IfTouched are the
        # take-profit twins.
        types = {
            "Market": "market",
            "Stop": "market",
            "MarketIfTouched": "market",
            "Limit": "limit",
            "StopLimit": "limit",
            "LimitIfTouched": "limit",
        }
        return self.safe_string(types, ord_type, ord_type)

    def parse_order(self, order, market=None):
        # { orderID, clOrdID, symbol, side: 'Buy' or 'Sell', orderQty, price, stopPx, ordType, timeInForce,
        # execInst ('ParticipateDoNotInitiate,ReduceOnly', ...), ordStatus, leavesQty, cumQty, avgPx, text,
        # transactTime, timestamp }; quantities in contracts (spot: position units).
        market = self.safe_market(self.safe_string(order, "symbol"), market)
        statuses = {
            "New": "open",
            "PartiallyFilled": "open",
            "PendingNew": "open",
            "PendingCancel": "open",
            "PendingReplace": "open",
            "Filled": "closed",
            "Canceled": "canceled",
            "Rejected": "rejected",
            "Expired": "expired",
        }
        tifs = {"GoodTillCancel": "GTC", "ImmediateOrCancel": "IOC", "FillOrKill": "FOK"}
        exec_inst = self.safe_string(order, "execInst", "")
        status = self.safe_string(order, "ordStatus")
        ord_type = self.safe_string(order, "ordType")
        return self.safe_order(
            {
                "id": self.safe_string(order, "orderID"),
                "clientOrderId": self.safe_string(order, "clOrdID"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.parse8601(self.safe_string(order, "transactTime")),
                "lastUpdateTimestamp": self.parse8601(self.safe_string(order, "timestamp")),
                "type": None if (ord_type is None) else self.parse_order_type(ord_type),
                "timeInForce": self.safe_string(tifs, self.safe_string(order, "timeInForce")),
                "postOnly": js.index_of(exec_inst, "ParticipateDoNotInitiate") >= 0,
                "reduceOnly": (js.index_of(exec_inst, "ReduceOnly") >= 0)
                or (js.index_of(exec_inst, "Close") >= 0),
                "side": self.safe_string_lower(order, "side"),
                "price": self.safe_string(order, "price"),
                "triggerPrice": self.safe_string(order, "stopPx"),
                "average": self.safe_string(order, "avgPx"),
                "amount": self.amount_of(self.safe_string(order, "orderQty"), market),
                "filled": self.amount_of(self.safe_string(order, "cumQty"), market),
                "remaining": self.amount_of(self.safe_string(order, "leavesQty"), market),
                "status": self.safe_string(statuses, status, status),
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
        # POST order { symbol, side: 'Buy' or 'Sell', orderQty (contracts; spot: position units), ordType,
        # price, stopPx, execInst, timeInForce, clOrdID }. postOnly is execInst ParticipateDoNotInitiate,
        # reduceOnly execInst ReduceOnly; triggerPrice and stopLossPrice make a Stop (StopLimit) order,
        # takeProfitPrice a MarketIfTouched (LimitIfTouched) one, at stopPx; timeInForce GTC, IOC, FOK are
        # GoodTillCancel, ImmediateOrCancel, FillOrKill; clientOrderId is clOrdID.
        self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params("createOrder", unified, ["cost"])
        if (not (type_ == "market")) and (not (type_ == "limit")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () type must be market or limit, not "
                    + js.to_str(type_)
                )
            )
        if js.truthy(js.get(unified, "reduceOnly")) and (not js.truthy(js.get(market, "contract"))):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () reduceOnly is for contract markets, not "
                    + js.to_str(symbol)
                )
            )
        request = {
            "symbol": js.get(market, "id"),
            "side": "Buy" if (side == "buy") else "Sell",
            "orderQty": self.order_quantity(symbol, amount),
        }
        ord_type = "Limit" if (type_ == "limit") else "Market"
        trigger = js.get(unified, "trigger")
        if trigger is not None:
            if js.get(unified, "triggerKind") == "takeProfitPrice":
                ord_type = "LimitIfTouched" if (type_ == "limit") else "MarketIfTouched"
            else:
                ord_type = "StopLimit" if (type_ == "limit") else "Stop"
            request["stopPx"] = self.parse_number(self.price_to_precision(symbol, trigger))
        request["ordType"] = ord_type
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["price"] = self.parse_number(self.price_to_precision(symbol, price))
        exec_inst = []
        if js.truthy(js.get(unified, "postOnly")):
            exec_inst.append("ParticipateDoNotInitiate")
        if js.truthy(js.get(unified, "reduceOnly")):
            exec_inst.append("ReduceOnly")
        if len(exec_inst) > 0:
            request["execInst"] = js.join(exec_inst, ",")
        tifs = {"GTC": "GoodTillCancel", "IOC": "ImmediateOrCancel", "FOK": "FillOrKill"}
        if js.get(unified, "timeInForce") is not None:
            request["timeInForce"] = self.safe_string(tifs, js.get(unified, "timeInForce"))
        if js.get(unified, "clientOrderId") is not None:
            request["clOrdID"] = js.get(unified, "clientOrderId")
        response = self.private_post_order(self.extend(request, rest))
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
        # PUT order { orderID, orderQty (the new total), price, stopPx (the unified triggerPrice) }; the order's
        # type, side and execInst stay (postOnly cannot be changed: NotSupported).
        self.load_markets()
        market = self.market(symbol)
        if self.safe_bool(params, "postOnly") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id) + " editOrder () cannot change postOnly (execInst) of an order"
                )
            )
        request = {"orderID": id_}
        if amount is not None:
            request["orderQty"] = self.order_quantity(symbol, amount)
        if price is not None:
            request["price"] = self.parse_number(self.price_to_precision(symbol, price))
        trigger_price = self.safe_string(params, "triggerPrice")
        if trigger_price is not None:
            request["stopPx"] = self.parse_number(self.price_to_precision(symbol, trigger_price))
        response = self.private_put_order(
            self.extend(request, self.omit(params, ["triggerPrice", "postOnly"]))
        )
        return self.parse_order(response, market)

    def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # DELETE order?orderID (or clOrdID: params['clientOrderId']): [ order ]; an order that cannot be canceled
        # comes back with an 'error' text ("Unable to cancel order due to existing state: Filled").
        self.load_markets()
        client_order_id = self.safe_string(params, "clientOrderId")
        request = {}
        if client_order_id is not None:
            request["clOrdID"] = client_order_id
        else:
            request["orderID"] = id_
        response = self.private_delete_order(self.extend(request, self.omit(params, "clientOrderId")))
        order = self.safe_dict(response, 0)
        if order is None:
            raise OrderNotFound(
                js.bounded_text(js.to_str(self.id) + " cancelOrder () found no order " + js.to_str(id_))
            )
        error = self.safe_string(order, "error")
        if error is not None:
            raise OrderNotFound(js.bounded_text(js.to_str(self.id) + " cancelOrder () " + js.to_str(error)))
        return self.parse_order(order, None if (symbol is None) else self.market(symbol))

    def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # DELETE order/all?symbol: the canceled orders.
        self.load_markets()
        market = None
        request = {}
        if symbol is not None:
            market = self.market(symbol)
            request["symbol"] = js.get(market, "id")
        response = self.private_delete_order_all(self.extend(request, params))
        return self.parse_orders(response, market)

    def fetch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # order?symbol&filter&count&startTime&endTime&reverse: open and closed orders.
        return self.fetch_orders_by(None, symbol, since, limit, params)

    def fetch_orders_by(self, filter_, symbol, since, limit, params):
        self.load_markets()
        market = None
        request = self.time_range({}, since, limit, params)
        if symbol is not None:
            market = self.market(symbol)
            js.set_(request, "symbol", js.get(market, "id"))
        if filter_ is not None:
            js.set_(request, "filter", self.json(filter_))
        response = self.private_get_order(self.extend(request, self.omit(params, "until")))
        return self.parse_orders(response, market, since, limit)

    def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # order?filter={"open":true}.
        return self.fetch_orders_by({"open": True}, symbol, since, limit, params)

    def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # order (the filter documents no match on several statuses): the orders of the page no longer open.
        orders = self.fetch_orders_by(None, symbol, since, limit, params)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(orders)):
                break
            if not (js.get(js.get(orders, i), "status") == "open"):
                result.append(js.get(orders, i))
            i += 1
        return result

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        # order?filter={"orderID":id}: [ order ].
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        request = {"filter": self.json({"orderID": id_})}
        response = self.private_get_order(self.extend(request, params))
        order = self.safe_dict(response, 0)
        if order is None:
            raise OrderNotFound(
                js.bounded_text(js.to_str(self.id) + " fetchOrder () found no order " + js.to_str(id_))
            )
        return self.parse_order(order, market)

    def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # execution/tradeHistory?symbol&count&startTime&endTime&reverse: the account's fills.
        self.load_markets()
        market = None
        request = self.time_range({}, since, limit, params)
        if symbol is not None:
            market = self.market(symbol)
            js.set_(request, "symbol", js.get(market, "id"))
        response = self.private_get_execution_trade_history(self.extend(request, self.omit(params, "until")))
        return self.parse_trades(self.fills_of(response), market, since, limit)

    def fills_of(self, executions):
        # execution/tradeHistory lists every balance-affecting execution: the fills (execType 'Trade') and the
        # funding payments ('Funding') and settlements ('Settlement') of positions, which are no trades.
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(executions)):
                break
            exec_type = self.safe_string(js.get(executions, i), "execType")
            if (exec_type is None) or (exec_type == "Trade"):
                result.append(js.get(executions, i))
            i += 1
        return result

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
        # execution/tradeHistory?filter={"orderID":id}: the fills of one order.
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        request = {"filter": self.json({"orderID": id_})}
        if limit is not None:
            request["count"] = limit
        response = self.private_get_execution_trade_history(self.extend(request, params))
        return self.parse_trades(self.fills_of(response), market, since, limit)

    # --- positions and leverage ----------------------------------------------------------------------
    def parse_position(self, position, market=None):
        # { account, symbol, currency (the margin currency, 'XBt'), underlying, quoteCurrency, leverage,
        # crossMargin, currentQty (signed contracts), markPrice, liquidationPrice, avgEntryPrice, homeNotional,
        # foreignNotional (the value in the quote currency, negative for a long inverse position), posMaint,
        # posMargin, realisedPnl, unrealisedPnl (in the currency's smallest units), unrealisedRoePcnt (the PnL as a
        # fraction of the position's margin), isOpen, timestamp }. posInit was removed from the route in 2023
        # (https://www.bitmex.com/static/md/en-US/apiChangelog): initialMargin stays undefined.
        market = self.safe_market(self.safe_string(position, "symbol"), market)
        currency_id = self.safe_string(position, "currency")
        cross = self.safe_bool(position, "crossMargin")
        margin_mode = None
        if cross is not None:
            margin_mode = "cross" if cross else "isolated"
        return self.safe_position(
            {
                "symbol": js.get(market, "symbol"),
                "timestamp": self.parse8601(self.safe_string(position, "timestamp")),
                "contracts": self.safe_string(position, "currentQty"),
                "notional": self.safe_string(position, "foreignNotional"),
                "leverage": self.safe_string(position, "leverage"),
                "entryPrice": self.safe_string(position, "avgEntryPrice"),
                "markPrice": self.safe_string(position, "markPrice"),
                "liquidationPrice": self.safe_string(position, "liquidationPrice"),
                "unrealizedPnl": self.units_of(position, "unrealisedPnl", currency_id),
                "realizedPnl": self.units_of(position, "realisedPnl", currency_id),
                "collateral": self.units_of(position, "posMargin", currency_id),
                "maintenanceMargin": self.units_of(position, "posMaint", currency_id),
                "marginMode": margin_mode,
                "percentage": Precise.string_mul(self.safe_string(position, "unrealisedRoePcnt"), "100"),
                "info": position,
            },
            market,
        )

    def fetch_positions(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> list[Position]:
        if params is None:
            params = {}
        # position: the account's positions (one per contract it has traded; open ones have isOpen true).
        self.load_markets()
        response = self.private_get_position(params)
        return self.parse_positions(response, symbols)

    def fetch_position(self, symbol: str, params: dict[str, Any] | None = None) -> Position:
        if params is None:
            params = {}
        # position?filter={"symbol":id}: [ position ], or [] for a contract never traded (a flat position).
        self.load_markets()
        market = self.market(symbol)
        position = self.position_of(market, params)
        if position is None:
            return self.safe_position({"symbol": js.get(market, "symbol"), "contracts": "0"}, market)
        return self.parse_position(position, market)

    def position_of(self, market, params):
        request = {"filter": self.json({"symbol": js.get(market, "id")})}
        response = self.private_get_position(self.extend(request, params))
        return self.safe_dict(response, 0)

    def leverage_of(self, position, market):
        # The Leverage structure of a position: one leverage for both sides; crossMargin gives the mode.
        cross = self.safe_bool(position, "crossMargin")
        margin_mode = None
        if cross is not None:
            margin_mode = "cross" if cross else "isolated"
        return self.safe_leverage(
            {
                "symbol": js.get(market, "symbol"),
                "marginMode": margin_mode,
                "leverage": self.safe_string(position, "leverage"),
                "info": position,
            },
            market,
        )

    def fetch_leverage(self, symbol: str, params: dict[str, Any] | None = None) -> Leverage:
        if params is None:
            params = {}
        # The leverage and margin mode of the account's position in a contract (position?filter).
        self.load_markets()
        market = self.market(symbol)
        position = self.position_of(market, params)
        if position is None:
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchLeverage () found no position of "
                    + js.to_str(symbol)
                    + ": its leverage is set with its first order"
                )
            )
        return self.leverage_of(position, market)

    def set_leverage(
        self, leverage: float, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Leverage:
        if params is None:
            params = {}
        # POST position/leverage { symbol, leverage }: 0.01 to 100 makes the position isolated with that leverage,
        # 0 makes it cross; the position comes back.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id) + " setLeverage () requires a symbol: leverage is set per contract"
                )
            )
        self.load_markets()
        market = self.market(symbol)
        if not js.truthy(js.get(market, "contract")):
            raise BadSymbol(
                js.bounded_text(
                    js.to_str(self.id)
                    + " setLeverage () is for contracts, not the spot market "
                    + js.to_str(symbol)
                )
            )
        request = {"symbol": js.get(market, "id"), "leverage": leverage}
        response = self.private_post_position_leverage(self.extend(request, params))
        return self.leverage_of(response, market)

    def set_margin_mode(
        self, margin_mode: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> MarginMode:
        if params is None:
            params = {}
        # POST position/isolate { symbol, enabled }: enabled true isolates the position's margin, false makes it
        # cross; the position comes back.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " setMarginMode () requires a symbol: the margin mode is set per contract"
                )
            )
        mode = js.lower(margin_mode)
        if (not (mode == "isolated")) and (not (mode == "cross")):
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " setMarginMode () marginMode must be isolated or cross, not "
                    + js.to_str(margin_mode)
                )
            )
        self.load_markets()
        market = self.market(symbol)
        if not js.truthy(js.get(market, "contract")):
            raise BadSymbol(
                js.bounded_text(
                    js.to_str(self.id)
                    + " setMarginMode () is for contracts, not the spot market "
                    + js.to_str(symbol)
                )
            )
        request = {"symbol": js.get(market, "id"), "enabled": mode == "isolated"}
        response = self.private_post_position_isolate(self.extend(request, params))
        cross = self.safe_bool(response, "crossMargin")
        reported = mode
        if cross is not None:
            reported = "cross" if cross else "isolated"
        return self.safe_margin_mode(
            {"symbol": js.get(market, "symbol"), "marginMode": reported, "info": response}, market
        )

    # --- funding: deposits, withdrawals and the ledger -----------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # user/walletHistory's Deposit and Withdrawal entries, and requestWithdrawal's answer: { transactID,
        # account, currency: 'XBt', network, transactType, amount (signed, smallest units), fee, transactStatus,
        # address, tx, text, transactTime, walletBalance, timestamp }.
        currency_id = self.safe_string(transaction, "currency")
        code = self.safe_currency_code(currency_id, currency)
        kind = self.safe_string(transaction, "transactType")
        type_ = None
        if kind == "Deposit":
            type_ = "deposit"
        elif kind == "Withdrawal":
            type_ = "withdrawal"
        fee_cost = self.units_of(transaction, "fee", currency_id)
        status = self.safe_string(transaction, "transactStatus")
        network_id = self.safe_string(transaction, "network")
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "transactID"),
                "txid": self.safe_string(transaction, "tx"),
                "timestamp": self.parse8601(self.safe_string(transaction, "transactTime")),
                "network": None if (network_id is None) else self.network_code(network_id),
                "address": self.safe_string(transaction, "address"),
                "type": type_,
                "amount": self.units_of(transaction, "amount", currency_id),
                "currency": code,
                "status": self.safe_string(js.get(self.options, "transactionStatuses"), status, status),
                "updated": self.parse8601(self.safe_string(transaction, "timestamp")),
                "fee": None if (fee_cost is None) else {"cost": fee_cost, "currency": code},
                "info": transaction,
            },
            currency,
        )

    def wallet_history(self, code, params, method):
        # user/walletHistory?currency (all without code)&count: the newest first; it takes no time range.
        self.load_markets()
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () does not support the unified param until: user/walletHistory has no time range"
                )
            )
        currency = None
        request = {"currency": "all"}
        if code is not None:
            currency = self.currency(code)
            request["currency"] = js.get(currency, "id")
        response = self.private_get_user_wallet_history(self.extend(request, params))
        return [response, currency]

    def fetch_transactions_of(self, kind, code, since, limit, params, method):
        (
            response,
            currency,
        ) = js.destructure(self.wallet_history(code, params, method), 2)
        entries = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            type_ = self.safe_string(js.get(response, i), "transactType")
            if js.strict_equal(type_, kind) or (
                (kind is None) and ((type_ == "Deposit") or (type_ == "Withdrawal"))
            ):
                entries.append(js.get(response, i))
            i += 1
        return self.parse_transactions(entries, currency, since, limit)

    def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.fetch_transactions_of("Deposit", code, since, limit, params, "fetchDeposits")

    def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.fetch_transactions_of("Withdrawal", code, since, limit, params, "fetchWithdrawals")

    def fetch_transactions(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.fetch_transactions_of(None, code, since, limit, params, "fetchTransactions")

    def parse_ledger_entry(self, item, currency=None):
        # A user/walletHistory entry: the signed amount and walletBalance (the balance after it).
        currency_id = self.safe_string(item, "currency")
        code = self.safe_currency_code(currency_id, currency)
        fee_cost = self.units_of(item, "fee", currency_id)
        status = self.safe_string(item, "transactStatus")
        type_ = self.safe_string(item, "transactType")
        return self.safe_ledger_entry(
            {
                "id": self.safe_string(item, "transactID"),
                "timestamp": self.parse8601(self.safe_string(item, "transactTime")),
                "account": self.safe_string(item, "account"),
                "referenceId": self.safe_string(item, "tx"),
                "type": self.safe_string(js.get(self.options, "ledgerTypes"), type_, type_),
                "currency": code,
                "amount": self.units_of(item, "amount", currency_id),
                "after": self.units_of(item, "walletBalance", currency_id),
                "status": self.safe_string(js.get(self.options, "transactionStatuses"), status, status),
                "fee": None if (fee_cost is None) else {"cost": fee_cost, "currency": code},
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
        (
            response,
            currency,
        ) = js.destructure(self.wallet_history(code, params, "fetchLedger"), 2)
        return self.parse_ledger(response, currency, since, limit)

    def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # user/depositAddress?currency&network: the address, as a JSON string. The unified network param (BTC,
        # ERC20, ...) picks the network; without it the currency's only network, or BTC for bitcoin.
        self.load_markets()
        currency = self.currency(code)
        network = self.network_of(currency, params, "fetchDepositAddress")
        request = {"currency": js.get(currency, "id"), "network": self.network_id(network, currency)}
        response = self.private_get_user_deposit_address(self.extend(request, self.omit(params, "network")))
        return {
            "currency": js.get(currency, "code"),
            "address": response,
            "tag": None,
            "network": network,
            "info": response,
        }

    def network_of(self, currency, params, method):
        # The unified network of a request: params['network'], else the currency's only one, else BTC for BTC.
        network = self.safe_string_upper(params, "network")
        if network is not None:
            return network
        networks = js.keys(self.safe_dict(currency, "networks", {}))
        if len(networks) == 1:
            return js.get(networks, 0)
        if js.get(currency, "code") == "BTC":
            return "BTC"
        raise ArgumentsRequired(
            js.bounded_text(
                js.bounded_text(
                    js.to_str(self.id) + " " + js.to_str(method) + " () requires params['network'] for "
                )
                + js.to_str(js.get(currency, "code"))
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
        # POST user/requestWithdrawal { currency, network, amount (smallest units), address }: the withdrawal's
        # walletHistory entry. Addresses that need a memo are not supported (the route takes none).
        if tag is not None:
            raise NotSupported(js.bounded_text(js.to_str(self.id) + " withdraw () takes no tag (memo)"))
        self.load_markets()
        currency = self.currency(code)
        network = self.network_of(currency, params, "withdraw")
        request = {
            "currency": js.get(currency, "id"),
            "network": self.network_id(network, currency),
            "amount": self.to_units(amount, js.get(currency, "id")),
            "address": address,
        }
        response = self.private_post_user_request_withdrawal(
            self.extend(request, self.omit(params, "network"))
        )
        return self.parse_transaction(response, currency)

    # --- the request pipeline ------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # GET and DELETE carry their params in the query, POST and PUT as a JSON body. A private request is
        # signed with api-signature = hex HMAC-SHA256 (secret, verb + path with its query + api-expires + body),
        # api-expires a time in seconds after which the request is refused.
        request_path = js.bounded_text(
            js.bounded_text("/api/" + js.to_str(self.version) + "/")
            + js.to_str(self.implode_params(path, params))
        )
        query = self.omit(params, self.extract_params(path))
        has_body = (method == "POST") or (method == "PUT")
        if (not has_body) and (len(js.keys(query)) > 0):
            request_path += js.within(
                request_path, js.within(request_path, "?") + js.to_str(self.urlencode(query))
            )
        url = js.bounded_text(js.to_str(self.safe_string(js.get(self.urls, "api"), api)) + request_path)
        if has_body:
            body = (
                self.json(query) if (len(js.keys(query)) > 0) else "{}"
            )  # (PHP writes an empty dictionary as [])
            headers = {"Content-Type": "application/json"}
        if api == "private":
            self.check_required_credentials()
            expires = self.number_to_string(js.add(self.seconds(), js.get(self.options, "api-expires")))
            payload = js.bounded_text(
                js.bounded_text(js.to_str(method) + request_path + js.to_str(expires))
                + js.to_str("" if (body is None) else body)
            )
            headers = self.extend(
                {} if (headers is None) else headers,
                {
                    "api-expires": expires,
                    "api-key": self.apiKey,
                    "api-signature": self.hmac(self.encode(payload), self.encode(self.secret), "sha256"),
                },
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
        # { "error": { "message": "...", "name": "HTTPError" } } with a 4xx or 5xx status: the message picks the
        # error class; otherwise a 400 is BadRequest and anything else an ExchangeError.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return
        error = self.safe_dict(response, "error")
        if error is None:
            return
        message = self.safe_string(error, "message", "")
        feedback = js.bounded_text(
            js.to_str(self.id) + " " + js.to_str(method) + " " + js.to_str(url) + " " + message
        )
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), message, feedback)
        self.throw_broadly_matched_exception(js.get(self.exceptions, "broad"), message, feedback)
        if js.strict_equal(status, 400):
            raise BadRequest(feedback)
        raise ExchangeError(feedback)
