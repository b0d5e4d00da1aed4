# Generated from js/kraken.js by exkit: do not edit. Change the source and run `python build.py`.
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
    NotSupported,
    OnMaintenance,
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


class kraken(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "kraken",
                "name": "Kraken",
                "countries": ["US"],
                "version": "0",
                "rateLimit": 1000,
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
                    "editOrder": True,
                    "fetchOrder": True,
                    "fetchOpenOrders": True,
                    "fetchClosedOrders": True,
                    "fetchMyTrades": True,
                    "fetchDeposits": True,
                    "fetchWithdrawals": True,
                    "fetchLedger": True,
                    "fetchDepositAddress": True,
                    "withdraw": True,
                    "cancelAllOrders": True,
                    "fetchOrderTrades": True,
                    "fetchTradingFee": True,
                    "createDepositAddress": True,
                    "transfer": True,
                    "createMarketBuyOrderWithCost": True,
                    "watchTicker": True,
                    "watchTickers": True,
                    "watchOrderBook": True,
                    "watchTrades": True,
                    "watchOHLCV": True,
                    "watchOrders": True,
                    "watchMyTrades": True,
                    "watchBalance": True,
                },
                "urls": {
                    "logo": "https://www.kraken.com/images/kraken-logo.svg",
                    "api": "https://api.kraken.com",
                    "ws": {
                        "public": "wss://ws.kraken.com",
                        "private": "wss://ws-auth.kraken.com",
                        "balances": "wss://ws-auth.kraken.com/v2",
                    },
                    "www": "https://www.kraken.com",
                    "doc": "https://docs.kraken.com/api/",
                    "fees": "https://www.kraken.com/features/fee-schedule",
                },
                "api": {
                    "public": {
                        "get": {
                            "Time": 1,
                            "SystemStatus": 1,
                            "Assets": 1,
                            "AssetPairs": 1,
                            "Ticker": 1,
                            "OHLC": 1,
                            "Depth": 1,
                            "Trades": 1,
                            "Spread": 1,
                        }
                    },
                    "private": {
                        "post": {
                            "Balance": 3,
                            "BalanceEx": 3,
                            "TradeBalance": 3,
                            "OpenOrders": 3,
                            "ClosedOrders": 6,
                            "QueryOrders": 3,
                            "OrderAmends": 3,
                            "TradesHistory": 6,
                            "QueryTrades": 3,
                            "OpenPositions": 3,
                            "Ledgers": 6,
                            "QueryLedgers": 3,
                            "TradeVolume": 3,
                            "AddExport": 3,
                            "ExportStatus": 3,
                            "RetrieveExport": 3,
                            "RemoveExport": 3,
                            "AddOrder": 1,
                            "AddOrderBatch": 1,
                            "AmendOrder": 1,
                            "EditOrder": 1,
                            "CancelOrder": 1,
                            "CancelAll": 1,
                            "CancelAllOrdersAfter": 1,
                            "CancelOrderBatch": 1,
                            "DepositMethods": 3,
                            "DepositAddresses": 3,
                            "DepositStatus": 3,
                            "WithdrawMethods": 3,
                            "WithdrawAddresses": 3,
                            "WithdrawInfo": 3,
                            "Withdraw": 3,
                            "WithdrawStatus": 3,
                            "WithdrawCancel": 3,
                            "WalletTransfer": 3,
                            "CreateSubaccount": 3,
                            "AccountTransfer": 3,
                            "Earn/Allocate": 3,
                            "Earn/Deallocate": 3,
                            "Earn/AllocateStatus": 3,
                            "Earn/DeallocateStatus": 3,
                            "Earn/Strategies": 3,
                            "Earn/Allocations": 3,
                            "GetWebSocketsToken": 3,
                        }
                    },
                },
                "timeframes": {
                    "1m": 1,
                    "5m": 5,
                    "15m": 15,
                    "30m": 30,
                    "1h": 60,
                    "4h": 240,
                    "1d": 1440,
                    "1w": 10080,
                    "2w": 21600,
                },
                "fees": {"trading": {"tierBased": True, "percentage": True, "taker": 0.004, "maker": 0.0025}},
                "precisionMode": TICK_SIZE,
                "commonCurrencies": {"XDG": "DOGE"},
                "requiredCredentials": {"apiKey": True, "secret": True},
                "options": {
                    "orderStatuses": {
                        "pending": "open",
                        "open": "open",
                        "closed": "closed",
                        "canceled": "canceled",
                        "expired": "expired",
                    },
                    "ledgerTypes": {"deposit": "transaction", "withdrawal": "transaction"},
                    "networks": {"BTC": "Bitcoin"},
                    "depositMethodNetworks": {
                        "Bitcoin": "BTC",
                        "Bitcoin Lightning": "LIGHTNING",
                        "Dogecoin": "DOGE",
                        "Ether (Hex)": "ERC20",
                        "USDC": "ERC20",
                    },
                    "accountsByType": {"spot": "Spot Wallet", "futures": "Futures Wallet"},
                    "transactionStatuses": {
                        "Initial": "pending",
                        "Pending": "pending",
                        "Settled": "pending",
                        "Success": "ok",
                        "Failure": "failed",
                        "Partial": "pending",
                        "Onhold": "pending",
                    },
                },
                "exceptions": {
                    "exact": {
                        "EGeneral:Invalid arguments": BadRequest,
                        "EGeneral:Invalid arguments:Index unavailable": BadRequest,
                        "EGeneral:Unknown method": BadRequest,
                        "EGeneral:Permission denied": PermissionDenied,
                        "EGeneral:Too many requests": RateLimitExceeded,
                        "EGeneral:Internal error": ExchangeNotAvailable,
                        "EAPI:Invalid key": AuthenticationError,
                        "EAPI:Invalid signature": AuthenticationError,
                        "EAPI:Invalid nonce": InvalidNonce,
                        "EAPI:Rate limit exceeded": RateLimitExceeded,
                        "EAPI:Feature disabled": PermissionDenied,
                        "EAuth:Account temporary disabled": AccountSuspended,
                        "EAuth:Account unconfirmed": PermissionDenied,
                        "EAuth:Rate limit exceeded": RateLimitExceeded,
                        "EAuth:Too many requests": RateLimitExceeded,
                        "EService:Unavailable": ExchangeNotAvailable,
                        "EService:Busy": ExchangeNotAvailable,
                        "EService:Deadline elapsed": RequestTimeout,
                        "EService:Market in cancel_only mode": OnMaintenance,
                        "EService:Market in post_only mode": OnMaintenance,
                        "EService:Market in limit_only mode": OnMaintenance,
                        "EDatabase:Internal error": ExchangeNotAvailable,
                        "EQuery:Unknown asset pair": BadSymbol,
                        "EQuery:Unknown asset": BadSymbol,
                        "EOrder:Unknown order": OrderNotFound,
                        "EOrder:Invalid order": InvalidOrder,
                        "EOrder:Invalid price": InvalidOrder,
                        "EOrder:Order minimum not met": InvalidOrder,
                        "EOrder:Cost minimum not met": InvalidOrder,
                        "EOrder:Tick size check failed": InvalidOrder,
                        "EOrder:Orders limit exceeded": InvalidOrder,
                        "EOrder:Positions limit exceeded": InvalidOrder,
                        "EOrder:Unknown position": InvalidOrder,
                        "EOrder:Cannot open position": InvalidOrder,
                        "EOrder:Cannot open opposing position": InvalidOrder,
                        "EOrder:Insufficient funds": InsufficientFunds,
                        "EOrder:Insufficient margin": InsufficientFunds,
                        "EOrder:Margin allowance exceeded": InsufficientFunds,
                        "EOrder:Margin level too low": InsufficientFunds,
                        "EOrder:Rate limit exceeded": RateLimitExceeded,
                        "EOrder:Domain rate limit exceeded": RateLimitExceeded,
                        "EFunding:Insufficient funds": InsufficientFunds,
                        "EFunding:Unknown withdraw key": InvalidAddress,
                        "EFunding:Invalid amount": BadRequest,
                        "EFunding:Max fee exceeded": BadRequest,
                    },
                    "broad": {
                        "EAPI:": AuthenticationError,
                        "EAuth:": AuthenticationError,
                        "EService:": ExchangeNotAvailable,
                        "EOrder:": InvalidOrder,
                        "EQuery:": BadRequest,
                        "EGeneral:": BadRequest,
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
        # Time: { unixtime (seconds), rfc1123 }.
        response = self.public_get_time(params)
        return self.safe_timestamp(self.safe_dict(response, "result", {}), "unixtime")

    def fetch_status(self, params: dict[str, Any] | None = None) -> Status:
        if params is None:
            params = {}
        # SystemStatus: online, maintenance, cancel_only or post_only, with the time it was reported; anything
        # but online restricts trading, so it is 'maintenance'.
        response = self.public_get_system_status(params)
        result = self.safe_dict(response, "result", {})
        status = self.safe_string(result, "status")
        return {
            "status": "ok" if (status == "online") else "maintenance",
            "updated": self.parse8601(self.safe_string(result, "timestamp")),
            "eta": None,
            "url": None,
            "info": response,
        }

    def fetch_trading_fees(self, params: dict[str, Any] | None = None) -> dict[str, TradingFee]:
        if params is None:
            params = {}
        self.load_markets()
        return self.trading_fees(self.ids, params)

    def fetch_trading_fee(self, symbol: str, params: dict[str, Any] | None = None) -> TradingFee:
        if params is None:
            params = {}
        self.load_markets()
        market = self.market(symbol)
        fees = self.trading_fees([js.get(market, "id")], params)
        return self.safe_dict(fees, js.get(market, "symbol"))

    def trading_fees(self, ids, params):
        # TradeVolume with the pairs: the account's current taker (fees) and maker (fees_maker) fee of each,
        # in percent.
        response = self.private_post_trade_volume(self.extend({"pair": js.join(ids, ",")}, params))
        result = self.safe_dict(response, "result", {})
        taker_fees = self.safe_dict(result, "fees", {})
        maker_fees = self.safe_dict(result, "fees_maker", {})
        fees = {}
        pairs = js.keys(taker_fees)
        i = 0
        while True:
            if not (i < len(pairs)):
                break
            market = self.safe_market(pairs[i])
            taker = self.safe_string(self.safe_dict(taker_fees, pairs[i]), "fee")
            maker = self.safe_string(self.safe_dict(maker_fees, pairs[i]), "fee", taker)
            js.set_(
                fees,
                js.get(market, "symbol"),
                {
                    "symbol": js.get(market, "symbol"),
                    "maker": self.parse_number(Precise.string_div(maker, "100")),
                    "taker": self.parse_number(Precise.string_div(taker, "100")),
                    "info": response,
                },
            )
            i += 1
        return fees

    def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        response = self.public_get_assets(params)
        assets = self.safe_dict(response, "result", {})
        ids = js.keys(assets)
        result = {}  # by unified code
        i = 0
        while True:
            if not (i < len(ids)):
                break
            id_ = ids[i]
            asset = self.safe_value(assets, id_)
            code = self.common_currency_code(self.safe_string(asset, "altname"))
            js.set_(
                result,
                code,
                {
                    "id": id_,
                    "code": code,
                    "name": self.safe_string(asset, "altname"),
                    "active": self.safe_string(asset, "status") == "enabled",
                    "precision": self.parse_number(self.parse_precision(self.safe_string(asset, "decimals"))),
                    "info": asset,
                },
            )
            i += 1
        return result

    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        response = self.public_get_asset_pairs(params)
        pairs = self.safe_dict(response, "result", {})
        ids = js.keys(pairs)
        result = []
        i = 0
        while True:
            if not (i < len(ids)):
                break
            id_ = ids[i]
            pair = self.safe_value(pairs, id_)
            # wsname names both sides by their alternative names ('XBT/USD'); the REST ids carry legacy
            # X and Z prefixes ('XXBT', 'ZUSD'). A pair without it (or with another form) has no symbol to trade it
            # by here, and is left out: its split failed the whole load with a TypeError.
            wsname = self.safe_string(pair, "wsname")
            names = [] if (wsname is None) else js.split(wsname, "/")
            if not (len(names) == 2):
                i += 1
                continue
            (
                base_name,
                quote_name,
            ) = js.destructure(names, 2)
            base = self.common_currency_code(base_name)
            quote = self.common_currency_code(quote_name)
            taker_tiers = self.safe_list(pair, "fees", [])
            maker_tiers = self.safe_list(pair, "fees_maker", [])
            result.append(
                self.market_structure(
                    id=id_,
                    symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
                    base=base,
                    quote=quote,
                    baseId=self.safe_string(pair, "base"),
                    quoteId=self.safe_string(pair, "quote"),
                    active=self.safe_string(pair, "status") == "online",
                    type="spot",
                    spot=True,
                    taker=self.parse_number(self.fee_rate(taker_tiers)),
                    maker=self.parse_number(self.fee_rate(maker_tiers)),
                    precision={
                        "amount": self.parse_number(
                            self.parse_precision(self.safe_string(pair, "lot_decimals"))
                        ),
                        "price": self.safe_number(pair, "tick_size"),
                    },
                    limits={
                        "amount": {"min": self.safe_number(pair, "ordermin"), "max": None},
                        "price": {"min": None, "max": None},
                        "cost": {"min": self.safe_number(pair, "costmin"), "max": None},
                    },
                    info=pair,
                )
            )
            i += 1
        return result

    def fee_rate(self, tiers):
        # The first tier's fee: [ [ volume, percent ], ... ] -> percent / 100.
        if js.strict_equal(js.length(tiers), 0):
            return None
        return Precise.string_div(self.safe_string(js.get(tiers, 0), 1), "100")

    def market_by_altname(self, altname):
        # Orders name their pair by its alternative name ('XBTUSD'), not by its id ('XXBTZUSD').
        markets = js.values(self.markets)
        i = 0
        while True:
            if not (i < len(markets)):
                break
            if js.strict_equal(self.safe_string(js.get(markets[i], "info"), "altname"), altname):
                return markets[i]
            i += 1
        return self.safe_market(altname)

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # Lists hold [ today, last 24 hours ]; a and b hold [ price, whole lot volume, lot volume ].
        base_volume = self.safe_string(self.safe_list(ticker, "v"), 1)
        vwap = self.safe_string(self.safe_list(ticker, "p"), 1)
        quote_volume = None
        if (base_volume is not None) and (vwap is not None):
            quote_volume = Precise.string_mul(base_volume, vwap)
        return self.ticker_structure(
            symbol=self.safe_symbol(None, market),
            high=self.safe_string(self.safe_list(ticker, "h"), 1),
            low=self.safe_string(self.safe_list(ticker, "l"), 1),
            bid=self.safe_string(self.safe_list(ticker, "b"), 0),
            bid_volume=self.safe_string(self.safe_list(ticker, "b"), 2),
            ask=self.safe_string(self.safe_list(ticker, "a"), 0),
            ask_volume=self.safe_string(self.safe_list(ticker, "a"), 2),
            vwap=vwap,
            open_=self.safe_string(ticker, "o"),
            last=self.safe_string(self.safe_list(ticker, "c"), 0),
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
        response = self.public_get_ticker(self.extend({"pair": js.get(market, "id")}, params))
        tickers = self.safe_dict(response, "result", {})
        return self.parse_ticker(self.safe_dict(tickers, js.get(market, "id")), market)

    def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        self.load_markets()
        request = {}
        if symbols is not None:
            request["pair"] = js.join(self.market_ids(symbols), ",")
        response = self.public_get_ticker(self.extend(request, params))
        tickers = self.safe_dict(response, "result", {})
        ids = js.keys(tickers)
        result = {}
        i = 0
        while True:
            if not (i < len(ids)):
                break
            market = self.safe_market(ids[i])
            ticker = self.parse_ticker(self.safe_value(tickers, ids[i]), market)
            js.set_(result, js.get(ticker, "symbol"), ticker)
            i += 1
        return result

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        self.load_markets()
        market = self.market(symbol)
        request = {"pair": js.get(market, "id")}
        if limit is not None:
            request["count"] = limit
        response = self.public_get_depth(self.extend(request, params))
        books = self.safe_dict(response, "result", {})
        return self.parse_order_book(self.safe_dict(books, js.get(market, "id")), js.get(market, "symbol"))

    def parse_ohlcv(self, ohlcv, market=None):
        # [ time (seconds), open, high, low, close, vwap, volume, count ]
        return [
            self.safe_timestamp(ohlcv, 0),
            self.safe_number(ohlcv, 1),
            self.safe_number(ohlcv, 2),
            self.safe_number(ohlcv, 3),
            self.safe_number(ohlcv, 4),
            self.safe_number(ohlcv, 6),
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
        request = {"pair": js.get(market, "id"), "interval": self.safe_integer(self.timeframes, timeframe)}
        if since is not None:
            # OHLC returns the candles after since (exclusive): one second earlier keeps the candle at since.
            request["since"] = js.number(js.floor(js.divide(since, 1000)) - 1)
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchOHLCV () does not support the unified param until: OHLC has no end time"
                )
            )
        response = self.public_get_ohlc(self.extend(request, params))
        candles = self.safe_dict(response, "result", {})
        return self.parse_ohlcvs(
            self.safe_list(candles, js.get(market, "id"), []), market, timeframe, since, limit
        )

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def parse_trade(self, trade, market=None):
        # Public trades are [ price, volume, time, 'b' or 's', 'm' or 'l', misc, trade id ]; private ones
        # (TradesHistory) are dictionaries whose id the caller adds.
        if js.is_array(trade):
            side = "buy" if (self.safe_string(trade, 3) == "b") else "sell"
            type_ = "limit" if (self.safe_string(trade, 4) == "l") else "market"
            return self.trade_structure(
                identifier=self.safe_string(trade, 6),
                symbol=self.safe_symbol(None, market),
                timestamp=self.safe_timestamp(trade, 2),
                kind=type_,
                side=side,
                price=self.safe_string(trade, 0),
                amount=self.safe_string(trade, 1),
                info=trade,
                market=market,
            )
        market = self.safe_market(self.safe_string(trade, "pair"), market)
        taker_or_maker = None
        maker = self.safe_bool(trade, "maker")
        if maker is not None:
            taker_or_maker = "maker" if maker else "taker"
        return self.trade_structure(
            identifier=self.safe_string(trade, "id"),
            order=self.safe_string(trade, "ordertxid"),
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_timestamp(trade, "time"),
            kind=self.safe_string(trade, "ordertype"),
            side=self.safe_string(trade, "type"),
            taker_or_maker=taker_or_maker,
            price=self.safe_string(trade, "price"),
            amount=self.safe_string(trade, "vol"),
            cost=self.safe_string(trade, "cost"),
            fee={"cost": self.safe_string(trade, "fee"), "currency": js.get(market, "quote")},
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
        self.load_markets()
        market = self.market(symbol)
        request = {"pair": js.get(market, "id")}
        if since is not None:
            request["since"] = js.floor(js.divide(since, 1000))
        if limit is not None:
            request["count"] = limit
        response = self.public_get_trades(self.extend(request, params))
        trades = self.safe_dict(response, "result", {})
        return self.parse_trades(self.safe_list(trades, js.get(market, "id"), []), market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        self.load_markets()
        response = self.private_post_balance_ex(params)
        balances = self.safe_dict(response, "result", {})
        result = {"info": response}
        ids = js.keys(balances)
        i = 0
        while True:
            if not (i < len(ids)):
                break
            entry = self.safe_value(balances, ids[i])
            account = self.account()
            js.set_(account, "total", self.safe_string(entry, "balance"))
            js.set_(account, "used", self.safe_string(entry, "hold_trade"))
            js.set_(result, self.safe_currency_code(ids[i]), account)
            i += 1
        return self.safe_balance(result)

    # --- orders --------------------------------------------------------------------------------------
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
        # AddOrder. The unified params map to Kraken's fields: a trigger makes the order a stop-loss or
        # take-profit (-limit) with the trigger in price and the limit price in price2; postOnly is the
        # oflags 'post'; timeInForce is timeinforce (GTC or IOC: Kraken has no FOK); reduceOnly is
        # reduce_only; clientOrderId is cl_ord_id; cost (a market buy of a quote amount) is the volume with
        # the oflags 'viqc' (volume in quote currency), which Kraken offers for market buys only.
        self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        cost = js.get(unified, "cost")
        if (cost is not None) and (not (side == "buy")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () cost is for market buys only: Kraken's viqc flag sizes buy orders"
                )
            )
        if (type_ == "limit") and (price is None):
            raise ArgumentsRequired(
                js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
            )
        ordertype = type_
        trigger = js.get(unified, "trigger")
        if trigger is not None:
            kind = "take-profit" if (js.get(unified, "triggerKind") == "takeProfitPrice") else "stop-loss"
            ordertype = js.bounded_text(kind + "-limit") if (type_ == "limit") else kind
        request = {
            "pair": js.get(market, "id"),
            "type": side,
            "ordertype": ordertype,
            "volume": (
                self.currency_to_precision(js.get(market, "quote"), cost)
                if (cost is not None)
                else self.amount_to_precision(symbol, amount)
            ),
        }
        if trigger is not None:
            request["price"] = self.price_to_precision(symbol, trigger)
            if type_ == "limit":
                request["price2"] = self.price_to_precision(symbol, price)
        elif type_ == "limit":
            request["price"] = self.price_to_precision(symbol, price)
        flags = []
        if self.safe_string(rest, "oflags") is not None:
            flags.append(js.get(rest, "oflags"))
        if js.truthy(js.get(unified, "postOnly")):
            flags.append("post")
        if cost is not None:
            flags.append("viqc")
        if len(flags) > 0:
            request["oflags"] = js.join(flags, ",")
        time_in_force = js.get(unified, "timeInForce")
        if time_in_force == "FOK":
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () timeInForce FOK is not supported: Kraken has GTC, IOC and GTD"
                )
            )
        if time_in_force is not None:
            request["timeinforce"] = time_in_force
        if js.truthy(js.get(unified, "reduceOnly")):
            request["reduce_only"] = True
        if js.get(unified, "clientOrderId") is not None:
            request["cl_ord_id"] = js.get(unified, "clientOrderId")
        response = self.private_post_add_order(self.extend(request, self.omit(rest, "oflags")))
        result = self.safe_dict(response, "result", {})
        limit_price = (
            self.safe_string(request, "price2")
            if (trigger is not None)
            else self.safe_string(request, "price")
        )
        return self.safe_order(
            {
                "id": self.safe_string(self.safe_list(result, "txid", []), 0),
                "clientOrderId": js.get(unified, "clientOrderId"),
                "symbol": js.get(market, "symbol"),
                "type": type_,
                "side": side,
                "amount": None if (cost is not None) else js.get(request, "volume"),
                "cost": js.get(request, "volume") if (cost is not None) else None,
                "price": limit_price,
                "triggerPrice": js.get(request, "price") if (trigger is not None) else None,
                "stopLossPrice": (
                    js.get(request, "price") if (js.get(unified, "triggerKind") == "stopLossPrice") else None
                ),
                "takeProfitPrice": (
                    js.get(request, "price")
                    if (js.get(unified, "triggerKind") == "takeProfitPrice")
                    else None
                ),
                "postOnly": True if js.truthy(js.get(unified, "postOnly")) else None,
                "timeInForce": time_in_force,
                "reduceOnly": True if js.truthy(js.get(unified, "reduceOnly")) else None,
                "info": result,
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
        # AmendOrder changes an open order in place (its type and side stay): order_qty, limit_price, and the
        # unified triggerPrice as trigger_price; postOnly is post_only, which rejects a new limit price that
        # would take liquidity. Kraken answers with the amend's id only.
        self.load_markets()
        market = self.market(symbol)
        request = {"txid": id_}
        if amount is not None:
            request["order_qty"] = self.amount_to_precision(symbol, amount)
        if price is not None:
            request["limit_price"] = self.price_to_precision(symbol, price)
        trigger_price = self.safe_string(params, "triggerPrice")
        if trigger_price is not None:
            request["trigger_price"] = self.price_to_precision(symbol, trigger_price)
        post_only = self.safe_bool(params, "postOnly", False)
        if post_only:
            if price is None:
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id) + " editOrder () postOnly applies to a new limit price: pass price"
                    )
                )
            request["post_only"] = True
        response = self.private_post_amend_order(
            self.extend(request, self.omit(params, ["triggerPrice", "postOnly"]))
        )
        result = self.safe_dict(response, "result", {})
        return self.safe_order(
            {
                "id": id_,
                "symbol": js.get(market, "symbol"),
                "type": type_,
                "side": side,
                "amount": self.safe_string(request, "order_qty"),
                "price": self.safe_string(request, "limit_price"),
                "triggerPrice": self.safe_string(request, "trigger_price"),
                "postOnly": True if post_only else None,
                "info": result,
            },
            market,
        )

    def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        response = self.private_post_cancel_order(self.extend({"txid": id_}, params))
        result = self.safe_dict(response, "result", {})
        return self.safe_order({"id": id_, "status": "canceled", "info": result})

    def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # CancelAll cancels the open orders of every pair and answers with their number only: the orders it
        # cancels are those OpenOrders lists just before (one that fills in between is reported canceled).
        if symbol is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " cancelAllOrders () cancels the orders of every pair: call it without a symbol"
                )
            )
        open_ = self.fetch_open_orders()
        response = self.private_post_cancel_all(params)
        return self.canceled_orders(open_, response)

    def parse_order(self, order, market=None):
        # The caller adds the order's id, the key it came under (entriesById). A stop-loss or take-profit
        # order is a market order with a trigger, its -limit form a limit order: Kraken's descr.price is then
        # the trigger and descr.price2 the limit price. The fee is in the quote currency unless oflags has
        # fcib (fee in base).
        description = self.safe_dict(order, "descr", {})
        market = self.market_by_altname(self.safe_string(description, "pair"))
        ordertype = self.safe_string(description, "ordertype")
        oflags = self.safe_string(order, "oflags", "")
        flags = js.split(oflags, ",")
        type_ = ordertype
        price = self.safe_string(description, "price")
        trigger_price = None
        stop_loss_price = None
        take_profit_price = None
        triggered = (ordertype is not None) and (
            js.starts_with(ordertype, "stop-loss") or js.starts_with(ordertype, "take-profit")
        )
        trailing = (ordertype is not None) and js.starts_with(ordertype, "trailing-stop")
        if trailing:
            # trailing-stop(-limit): descr.price is the trailing offset ('+50.0', '5%') and price2 the limit
            # offset, neither a price; stopprice is where the stop stands now.
            type_ = "limit" if js.ends_with(ordertype, "-limit") else "market"
            price = None
            if Precise.string_gt(self.safe_string(order, "stopprice", "0"), "0"):
                trigger_price = self.safe_string(order, "stopprice")
        elif (ordertype == "iceberg") or (ordertype == "settle-position"):
            # an iceberg order is a limit order showing part of its volume; settle-position closes a margin
            # position at market.
            type_ = "limit" if (ordertype == "iceberg") else "market"
        elif triggered:
            trigger_price = price
            type_ = "limit" if js.ends_with(ordertype, "-limit") else "market"
            price = self.safe_string(description, "price2") if (type_ == "limit") else None
            if js.starts_with(ordertype, "stop-loss"):
                stop_loss_price = trigger_price
            else:
                take_profit_price = trigger_price
        elif Precise.string_gt(self.safe_string(order, "stopprice", "0"), "0"):
            trigger_price = self.safe_string(order, "stopprice")
        average = None
        if Precise.string_gt(self.safe_string(order, "price", "0"), "0"):
            average = self.safe_string(order, "price")
        fee_currency = (
            js.get(market, "base") if js.truthy(self.in_array("fcib", flags)) else js.get(market, "quote")
        )
        return self.safe_order(
            {
                "id": self.safe_string(order, "id"),
                "clientOrderId": self.safe_string(order, "cl_ord_id"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.safe_timestamp(order, "opentm"),
                "lastTradeTimestamp": self.safe_timestamp(order, "closetm"),
                "lastUpdateTimestamp": self.safe_timestamp(order, "closetm"),
                "status": self.safe_string(
                    js.get(self.options, "orderStatuses"), self.safe_string(order, "status")
                ),
                "type": type_,
                "side": self.safe_string(description, "type"),
                "price": price,
                "triggerPrice": trigger_price,
                "stopLossPrice": stop_loss_price,
                "takeProfitPrice": take_profit_price,
                "postOnly": True if js.truthy(self.in_array("post", flags)) else None,
                "amount": self.safe_string(order, "vol"),
                "filled": self.safe_string(order, "vol_exec"),
                "cost": self.safe_string(order, "cost"),
                "average": average,
                "fee": {"cost": self.safe_string(order, "fee"), "currency": fee_currency},
                "info": order,
            },
            market,
        )

    def entries_by_id(self, dictionary):
        # QueryOrders, OpenOrders, ClosedOrders and TradesHistory key entries by their id: the entries,
        # each with its key as 'id'.
        ids = js.keys(dictionary)
        result = []
        i = 0
        while True:
            if not (i < len(ids)):
                break
            result.append(self.extend(self.safe_value(dictionary, ids[i]), {"id": ids[i]}))
            i += 1
        return result

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        self.load_markets()
        response = self.private_post_query_orders(self.extend({"txid": id_}, params))
        orders = self.safe_dict(response, "result", {})
        order = self.safe_value(orders, id_)
        if order is None:
            raise OrderNotFound(
                js.bounded_text(js.to_str(self.id) + " fetchOrder () found no order " + js.to_str(id_))
            )
        return self.parse_order(self.extend(order, {"id": id_}))

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
        # QueryOrders with trades lists the ids of the order's trades; QueryTrades then returns them, keyed
        # by trade id.
        self.load_markets()
        orders = self.private_post_query_orders(self.extend({"txid": id_, "trades": True}, params))
        order = self.safe_dict(self.safe_dict(orders, "result", {}), id_)
        if order is None:
            raise OrderNotFound(
                js.bounded_text(js.to_str(self.id) + " fetchOrderTrades () found no order " + js.to_str(id_))
            )
        trade_ids = self.safe_list(order, "trades", [])
        if len(trade_ids) == 0:
            return []
        response = self.private_post_query_trades({"txid": js.join(trade_ids, ",")})
        market = None if (symbol is None) else self.market(symbol)
        return self.parse_trades(
            self.entries_by_id(self.safe_dict(response, "result", {})), market, since, limit
        )

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
        response = self.private_post_open_orders(params)
        result = self.safe_dict(response, "result", {})
        market = None if (symbol is None) else self.market(symbol)
        return self.parse_orders(self.entries_by_id(self.safe_dict(result, "open", {})), market, since, limit)

    def fetch_closed_orders(
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
        if since is not None:
            request["start"] = js.floor(js.divide(since, 1000))
        until = self.safe_integer(params, "until")
        if until is not None:
            request["end"] = js.floor(js.divide(until, 1000))
        response = self.private_post_closed_orders(self.extend(request, self.omit(params, "until")))
        result = self.safe_dict(response, "result", {})
        market = None if (symbol is None) else self.market(symbol)
        return self.parse_orders(
            self.entries_by_id(self.safe_dict(result, "closed", {})), market, since, limit
        )

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
        request = {}
        if since is not None:
            request["start"] = js.floor(js.divide(since, 1000))
        until = self.safe_integer(params, "until")
        if until is not None:
            request["end"] = js.floor(js.divide(until, 1000))  # inclusive, in seconds
        response = self.private_post_trades_history(self.extend(request, self.omit(params, "until")))
        result = self.safe_dict(response, "result", {})
        market = None if (symbol is None) else self.market(symbol)
        return self.parse_trades(
            self.entries_by_id(self.safe_dict(result, "trades", {})), market, since, limit
        )

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        code = self.safe_currency_code(self.safe_string(transaction, "asset"), currency)
        status = self.safe_string(transaction, "status")
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "refid"),
                "txid": self.safe_string(transaction, "txid"),
                "timestamp": self.safe_timestamp(transaction, "time"),
                "network": self.transaction_network(transaction),
                "address": self.safe_string(transaction, "info"),
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(js.get(self.options, "transactionStatuses"), status, status),
                "fee": {"cost": self.safe_string(transaction, "fee"), "currency": code},
                "info": transaction,
            },
            currency,
        )

    def transaction_network(self, transaction):
        # WithdrawStatus names the network; DepositStatus only the deposit method.
        network = self.safe_string(transaction, "network")
        if network is not None:
            return self.network_code(network)
        return self.safe_string(
            js.get(self.options, "depositMethodNetworks"), self.safe_string(transaction, "method")
        )

    def history_request(self, code, since, params):
        # DepositStatus, WithdrawStatus and Ledgers take one asset (or all) and a time range in seconds, from
        # start to end (the unified until): the request, and the currency of code.
        request = {}
        currency = None
        if code is not None:
            currency = self.currency(code)
            request["asset"] = js.get(currency, "id")
        if since is not None:
            request["start"] = js.floor(js.divide(since, 1000))
        until = self.safe_integer(params, "until")
        if until is not None:
            request["end"] = js.floor(js.divide(until, 1000))
        return [self.extend(request, self.omit(params, "until")), currency]

    def fetch_transfers(self, type_, code=None, since=None, limit=None, params=None):
        if params is None:
            params = {}
        # DepositStatus and WithdrawStatus take the same arguments and answer with the same entries.
        self.load_markets()
        (
            request,
            currency,
        ) = js.destructure(self.history_request(code, since, params), 2)
        response = None
        if type_ == "deposit":
            response = self.private_post_deposit_status(request)
        else:
            response = self.private_post_withdraw_status(request)
        return self.parse_transactions(
            self.safe_list(response, "result", []), currency, since, limit, {"type": type_}
        )

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

    def fetch_ledger(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[LedgerEntry]:
        if params is None:
            params = {}
        # Ledgers: entries keyed by ledger id.
        self.load_markets()
        (
            request,
            currency,
        ) = js.destructure(self.history_request(code, since, params), 2)
        response = self.private_post_ledgers(request)
        result = self.safe_dict(response, "result", {})
        return self.parse_ledger(
            self.entries_by_id(self.safe_dict(result, "ledger", {})), currency, since, limit
        )

    def parse_ledger_entry(self, item, currency=None):
        # { refid, time (seconds), type, subtype, aclass, asset, amount (signed), fee, balance (after) }; the
        # caller adds the entry's id.
        code = self.safe_currency_code(self.safe_string(item, "asset"), currency)
        type_ = self.safe_string(item, "type")
        return self.safe_ledger_entry(
            {
                "id": self.safe_string(item, "id"),
                "timestamp": self.safe_timestamp(item, "time"),
                "referenceId": self.safe_string(item, "refid"),
                "type": self.safe_string(js.get(self.options, "ledgerTypes"), type_, type_),
                "currency": code,
                "amount": self.safe_string(item, "amount"),
                "after": self.safe_string(item, "balance"),
                "status": "ok",
                "fee": {"cost": self.safe_string(item, "fee"), "currency": code},
                "info": item,
            },
            currency,
        )

    def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        return self.deposit_address(code, False, params)

    def create_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        return self.deposit_address(code, True, params)

    def deposit_address(self, code, create, params):
        # DepositAddresses of one deposit method (new: a fresh address): params['method'], else the asset's
        # method on the unified network, else its first method.
        self.load_markets()
        currency = self.currency(code)
        method = self.deposit_method(
            currency, self.safe_string(params, "method"), self.safe_string_upper(params, "network")
        )
        request = {"asset": js.get(currency, "id"), "method": method}
        if js.truthy(create):
            request["new"] = True
        response = self.private_post_deposit_addresses(
            self.extend(request, self.omit(params, ["method", "network"]))
        )
        address = self.safe_dict(self.safe_list(response, "result", []), 0)
        if address is None:
            raise InvalidAddress(
                js.bounded_text(
                    js.to_str(self.id)
                    + " has no "
                    + js.to_str(code)
                    + " deposit address for "
                    + js.to_str(method)
                    + ": create one with createDepositAddress ()"
                )
            )
        return {
            "currency": code,
            "address": self.safe_string(address, "address"),
            "tag": self.safe_string2(address, "tag", "memo"),
            "network": self.safe_string(js.get(self.options, "depositMethodNetworks"), method),
            "info": address,
        }

    def deposit_method(self, currency, method, network):
        # The deposit method to use: the given one (which must deposit on the unified network, if one is
        # given too), else the first of DepositMethods on that network (or the first at all).
        networks = js.get(self.options, "depositMethodNetworks")
        if method is not None:
            if (network is not None) and (not js.strict_equal(self.safe_string(networks, method), network)):
                raise BadRequest(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " the deposit method "
                        + js.to_str(method)
                        + " is not on the unified network "
                        + js.to_str(network)
                    )
                )
            return method
        response = self.private_post_deposit_methods({"asset": js.get(currency, "id")})
        methods = self.safe_list(response, "result", [])
        i = 0
        while True:
            if not (i < len(methods)):
                break
            name = self.safe_string(js.get(methods, i), "method")
            if (network is None) or js.strict_equal(self.safe_string(networks, name), network):
                return name
            i += 1
        if network is not None:
            raise BadRequest(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " has no ")
                    + js.to_str(js.get(currency, "code"))
                    + " deposit method on the unified network "
                    + js.to_str(network)
                )
            )
        raise InvalidAddress(
            js.bounded_text(
                js.bounded_text(js.to_str(self.id) + " offers no deposit method for ")
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
        # Kraken only pays out to addresses saved in the account, named by params['key']; the saved address
        # fixes the network, so a unified network is not mapped.
        if self.safe_value(params, "network") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + ' withdraw () does not support the unified param network: the saved address named by params["key"] decides it'
                )
            )
        key = self.safe_string(params, "key")
        if key is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + ' withdraw () requires params["key"], the name of a withdrawal address saved in the account'
                )
            )
        self.load_markets()
        currency = self.currency(code)
        request = {"asset": js.get(currency, "id"), "key": key, "amount": self.number_to_string(amount)}
        if address is not None:
            request["address"] = address
        response = self.private_post_withdraw(self.extend(request, self.omit(params, "key")))
        result = self.safe_dict(response, "result", {})
        return self.safe_transaction(
            {
                "id": self.safe_string(result, "refid"),
                "type": "withdrawal",
                "address": address,
                "tag": tag,
                "amount": self.number_to_string(amount),
                "currency": code,
                "info": result,
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
        # WalletTransfer moves funds from the spot wallet to the futures wallet; the other way is a request
        # of the Kraken Futures API.
        if (not (from_account == "spot")) or (not (to_account == "futures")):
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " transfer () moves funds from spot to futures only, not from "
                    + js.to_str(from_account)
                    + " to "
                    + js.to_str(to_account)
                )
            )
        self.load_markets()
        currency = self.currency(code)
        request = {
            "asset": js.get(currency, "id"),
            "from": self.account_type_id(from_account),
            "to": self.account_type_id(to_account),
            "amount": self.currency_to_precision(code, amount),
        }
        response = self.private_post_wallet_transfer(self.extend(request, params))
        result = self.safe_dict(response, "result", {})
        return self.safe_transfer(
            {
                "id": self.safe_string(result, "refid"),
                "currency": code,
                "amount": js.get(request, "amount"),
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
        url = js.bounded_text("/" + js.to_str(self.version) + "/" + js.to_str(api) + "/" + js.to_str(path))
        if api == "public":
            if len(js.keys(params)) > 0:
                url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(params)))
        else:
            # API-Sign: HMAC-SHA512 of (URI path + SHA256 (nonce + POST data)) with the base64-decoded secret.
            self.check_required_credentials()
            nonce = self.number_to_string(self.nonce())
            # Sorted keys: the body is then the same as in Kraken's signing example.
            body = self.urlencode(self.keysort(self.extend({"nonce": nonce}, params)))
            message = self.binary_concat(
                self.encode(url), self.hash(self.encode(js.add(nonce, body)), "sha256", "binary")
            )
            headers = {
                "API-Key": self.apiKey,
                "API-Sign": self.hmac(message, self.base64_to_binary(self.secret), "sha512", "base64"),
                "Content-Type": "application/x-www-form-urlencoded",
            }
        return {
            "url": js.bounded_text(js.to_str(js.get(self.urls, "api")) + url),
            "method": method,
            "body": body,
            "headers": headers,
        }

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
        # Errors come with HTTP 200 as { "error": [ "EOrder:Insufficient funds" ], "result": {} }.
        messages = self.safe_list(response, "error", [])
        if len(messages) == 0:
            return
        feedback = js.bounded_text(js.bounded_text(js.to_str(self.id) + " ") + js.join(messages, ", "))
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

    # --- streaming: WebSocket API v1 (https://docs.kraken.com/api/docs/websocket-v1/) ----------------------------
    def stream_pair(self, market):
        # The WebSocket name of a pair: its AssetPairs wsname ('XBT/USD').
        return self.safe_string(js.get(market, "info"), "wsname")

    def stream_market(self, pair):
        # The market of a WebSocket pair name, through a table built once from the markets.
        symbols = self.stream_state("pairs")
        if symbols is None:
            symbols = {}
            markets = self.to_array(self.markets)
            i = 0
            while True:
                if not (i < len(markets)):
                    break
                name = self.stream_pair(js.get(markets, i))
                if name is not None:
                    js.set_(symbols, name, js.get(js.get(markets, i), "symbol"))
                i += 1
            self.set_stream_state("pairs", symbols)
        symbol = self.safe_string(symbols, pair)
        if symbol is None:
            raise BadSymbol(
                js.bounded_text(
                    js.to_str(self.id) + " sent a stream message for an unknown pair " + js.to_str(pair)
                )
            )
        return self.market(symbol)

    def stream_subscription(self, market, subscription, event=None):
        if event is None:
            event = "subscribe"
        return {"event": event, "pair": [self.stream_pair(market)], "subscription": subscription}

    def watch_public(self, message_hash, market, subscription):
        return self.watch(
            self.stream_url("public"),
            message_hash,
            message_hash,
            self.stream_subscription(market, subscription),
        )

    def watch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        self.load_markets()
        market = self.market(symbol)
        return self.watch_public(
            js.bounded_text("ticker:" + js.to_str(js.get(market, "symbol"))),
            market,
            self.extend({"name": "ticker"}, params),
        )

    def watch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # One subscription names every pair.
        self.load_markets()
        markets = self.stream_markets(symbols)
        pairs = []
        i = 0
        while True:
            if not js.less(i, js.length(markets)):
                break
            pairs.append(self.stream_pair(js.get(markets, i)))
            i += 1
        message = {"event": "subscribe", "pair": pairs, "subscription": {"name": "ticker"}}
        tickers = self.watch(
            self.stream_url("public"), "tickers", js.bounded_text("tickers:" + js.join(pairs, ",")), message
        )
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
        trades = self.watch_public(
            js.bounded_text("trades:" + js.to_str(js.get(market, "symbol"))),
            market,
            self.extend({"name": "trade"}, params),
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
        interval = js.parse_int(self.stream_timeframe(timeframe))
        message_hash = js.bounded_text(
            js.bounded_text("ohlcv:" + js.to_str(js.get(market, "symbol")) + ":")
            + js.to_str(self.number_to_string(interval))
        )
        candles = self.watch_public(
            message_hash, market, self.extend({"name": "ohlc", "interval": interval}, params)
        )
        return self.filter_by_since_limit(candles, since, limit, 0, True)

    watchOHLCV = MethodAlias("watch_ohlcv")

    def watch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # Kraken keeps books of 10, 25, 100, 500 or 1000 levels: the smallest that holds limit (10 by default).
        self.load_markets()
        market = self.market(symbol)
        self.remember_book_limit(js.get(market, "symbol"), limit)
        depths = [10, 25, 100, 500, 1000]
        depth = 1000
        i = len(depths) - 1
        while True:
            if not (i >= 0):
                break
            if (limit is None) or js.greater_equal(js.get(depths, i), limit):
                depth = js.get(depths, i)
            i -= 1
        subscription = self.extend({"name": "book", "depth": depth}, params)
        # The book is trimmed to the depth subscribed to, never to one a frame's channel names (book--3000000 had
        # trimBook loop for minutes). The first watch of a symbol sends the subscription; later ones change nothing.
        depth_key = js.bounded_text("bookDepth:" + js.to_str(js.get(market, "symbol")))
        if self.stream_state(depth_key) is None:
            self.set_stream_state(depth_key, self.safe_integer(subscription, "depth"))
        book = self.watch_public(
            js.bounded_text("book:" + js.to_str(js.get(market, "symbol"))), market, subscription
        )
        return self.limit_order_book(book, limit)

    def un_watch_order_book(self, symbol: str, params: dict[str, Any] | None = None) -> None:
        if params is None:
            params = {}
        self.un_watch_public("book:", symbol, {"name": "book"})

    def un_watch_trades(self, symbol: str, params: dict[str, Any] | None = None) -> None:
        if params is None:
            params = {}
        self.un_watch_public("trades:", symbol, {"name": "trade"})

    def un_watch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> None:
        if params is None:
            params = {}
        self.un_watch_public("ticker:", symbol, {"name": "ticker"})

    def un_watch_public(self, prefix, symbol, subscription):
        self.load_markets()
        market = self.market(symbol)
        message_hash = js.add(prefix, js.get(market, "symbol"))
        self.set_stream_state(message_hash, None)
        if prefix == "book:":
            self.set_stream_state(
                js.bounded_text("bookDepth:" + js.to_str(js.get(market, "symbol"))), None
            )  # the next watch subscribes anew
        self.unwatch(
            self.stream_url("public"),
            message_hash,
            self.stream_subscription(market, subscription, "unsubscribe"),
        )

    # private feeds (ws-auth), authenticated with a token of the REST API
    def stream_token(self):
        response = self.private_post_get_web_sockets_token()
        return self.keep_session_token(
            "stream", self.safe_string(self.safe_dict(response, "result", {}), "token")
        )

    def watch_private(self, name):
        # openOrders and ownTrades: one subscription each, with a token that is only good for a while, so a
        # fresh one is fetched for every (re)subscription.
        self.load_markets()
        self.check_required_credentials()
        message = self.stream_state(js.bounded_text("subscription:" + js.to_str(name)))
        if message is None:
            message = {"event": "subscribe", "subscription": {"name": name, "token": self.stream_token()}}
            self.set_stream_state(js.bounded_text("subscription:" + js.to_str(name)), message)
        return self.watch(self.stream_url("private"), name, name, message)

    def resubscribe_message(self, url, subscribe_hash, message):
        # The token is in subscription (v1) or params (v2).
        key = "params" if (self.safe_dict(message, "params") is not None) else "subscription"
        subscription = self.safe_dict(message, key, {})
        if self.safe_string(subscription, "token") is None:
            return message
        renewed = self.extend(
            message, self.single_key(key, self.extend(subscription, {"token": self.stream_token()}))
        )
        self.set_stream_state(js.bounded_text("subscription:" + js.to_str(subscribe_hash)), renewed)
        return renewed

    def watch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # The v2 balances channel: a snapshot of every asset, then each ledger entry with the balance after it.
        self.load_markets()
        self.check_required_credentials()
        message = self.stream_state("subscription:balances")
        if message is None:
            message = {"method": "subscribe", "params": {"channel": "balances", "token": self.stream_token()}}
            self.set_stream_state("subscription:balances", message)
        return self.watch(self.stream_url("balances"), "balance", "balances", message)

    def handle_balances(self, url, message):
        # snapshot: [ { asset, balance, ... } ]; update: [ { asset, balance (after the entry), timestamp, ... } ].
        # Only totals are known: Kraken's stream does not split them into free and used.
        accounts = {}
        entries = self.safe_list(message, "data", [])
        timestamp = None
        i = 0
        while True:
            if not (i < len(entries)):
                break
            account = self.account()
            js.set_(account, "total", self.safe_string(js.get(entries, i), "balance"))
            js.set_(accounts, self.safe_currency_code(self.safe_string(js.get(entries, i), "asset")), account)
            timestamp = self.parse8601(self.safe_string(js.get(entries, i), "timestamp"))
            i += 1
        self.resolve_balance(url, accounts, message, timestamp)

    def watch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        orders = self.watch_private("openOrders")
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
        trades = self.watch_private("ownTrades")
        return self.filter_by_symbol_since_limit(trades, symbol, since, limit, True)

    def handle_own_trades(self, url, entries):
        # [ { tradeId: { ordertxid, pair (a WebSocket name), time, type, ordertype, price, vol, cost, fee } } ]
        if not js.truthy(self.is_watched(url, "ownTrades")):
            return  # nothing kept of what no caller watched on this connection (the public one's frames were kept)
        cache = self.stream_state("ownTrades", [])
        i = 0
        while True:
            if not js.less(i, js.length(entries)):
                break
            ids = js.keys(js.get(entries, i))
            j = 0
            while True:
                if not (j < len(ids)):
                    break
                trade = self.safe_dict(js.get(entries, i), ids[j], {})
                market = self.stream_market(self.safe_string(trade, "pair"))
                parsed = self.parse_trade(self.extend(self.omit(trade, "pair"), {"id": ids[j]}), market)
                cache = self.append_to_cache(cache, self.extend(parsed, {"info": trade}))
                j += 1
            i += 1
        self.set_stream_state("ownTrades", cache)
        self.resolve_update(url, cache, "ownTrades")

    def handle_open_orders(self, url, entries):
        # [ { orderId: fields } ]: the whole order the first time, then only the fields that changed, merged
        # here into what is known of it. descr.pair is a WebSocket name, avg_price the REST order's price.
        # One pass a frame, orders found by id: updateInCache per order scanned the cache for each (a frame of
        # 100,000 orders took Node 6 s, asyncio 24 s). The cache is what updateInCache per order made: the orders
        # the frame left untouched, then those it named by their last mention, the newest cacheLimit of them.
        if not js.truthy(self.is_watched(url, "openOrders")):
            return  # nothing kept of what no caller watched on this connection (the public one's frames were kept)
        cache = self.stream_state("openOrders", [])
        known = self.stream_state("rawOrders", {})
        merged = {}
        markets = {}
        named = []
        i = 0
        while True:
            if not js.less(i, js.length(entries)):
                break
            ids = js.keys(js.get(entries, i))
            j = 0
            while True:
                if not (j < len(ids)):
                    break
                id_ = ids[j]
                previous = self.safe_dict(merged, id_)
                if previous is None:
                    previous = self.safe_dict(known, id_, {})
                raw = self.extend(previous, self.safe_dict(js.get(entries, i), id_, {}))
                # (an order has some 25 fields: a frame that named one many times, a field more each time, made each
                # copy longer than the last, 20,000 mentions 78 s in Node; red-team round 32)
                if len(js.keys(raw)) > 256:
                    raise BadResponse(
                        js.bounded_text(js.to_str(self.id) + " sent an open order of more than 256 fields")
                    )
                js.set_(merged, id_, raw)
                pair = self.safe_string(self.safe_dict(raw, "descr", {}), "pair")
                if pair is None:
                    j += 1
                    continue  # a change to an order no longer known (gone from the cache): nothing to show of it
                js.set_(markets, id_, self.stream_market(pair))  # an unknown pair fails the frame, as it did
                named.append(id_)
                j += 1
            i += 1
        limit = self.cache_limit()
        placed = {}
        newest = []  # the cache, newest first
        k = len(named) - 1
        while True:
            if not ((k >= 0) and js.less(len(newest), limit)):
                break
            id_ = js.get(named, k)
            if self.safe_value(placed, id_) is None:
                js.set_(placed, id_, True)
                raw = self.safe_dict(merged, id_)
                market = self.safe_dict(markets, id_)
                description = self.safe_dict(raw, "descr", {})
                fields = self.extend(
                    raw,
                    {
                        "id": id_,
                        "price": self.safe_string(raw, "avg_price"),
                        "descr": self.extend(
                            description, {"pair": self.safe_string(js.get(market, "info"), "altname")}
                        ),
                    },
                )
                newest.append(self.extend(self.parse_order(fields, market), {"info": raw}))
            k = js.number(k - 1)
        k = js.subtract(js.length(cache), 1)
        while True:
            if not ((k >= 0) and js.less(len(newest), limit)):
                break
            id_ = self.safe_string(js.get(cache, k), "id")
            if (id_ is None) or (self.safe_value(placed, id_) is None):
                newest.append(js.get(cache, k))
            k = js.number(k - 1)
        # What is known of an order is kept while the cache holds it (every id ever sent was kept, without end).
        kept = {}
        k = 0
        while True:
            if not (k < len(newest)):
                break
            id_ = self.safe_string(js.get(newest, k), "id")
            raw = None if (id_ is None) else self.safe_dict(merged, id_, self.safe_dict(known, id_))
            if raw is not None:
                js.set_(kept, id_, raw)
            k += 1
        orders = js.reverse(newest)
        self.set_stream_state("rawOrders", kept)
        self.set_stream_state("openOrders", orders)
        self.resolve_update(url, orders, "openOrders")

    def handle_message(self, url, message):
        # Channel data: [ channelID, payload..., channelName, pair ]; private feeds: [ payload, channelName,
        # { sequence } ]; events: { 'event': ... }.
        if not js.is_array(message):
            self.handle_stream_event(url, message)
            return
        feed = self.safe_string(message, 1)
        if feed == "ownTrades":
            self.handle_own_trades(url, self.safe_list(message, 0, []))
            return
        if feed == "openOrders":
            self.handle_open_orders(url, self.safe_list(message, 0, []))
            return
        channel = self.safe_string(message, js.subtract(js.length(message), 2), "")
        market = self.stream_market(self.safe_string(message, js.subtract(js.length(message), 1)))
        if channel == "ticker":
            self.handle_ticker_message(url, message, market)
        elif channel == "trade":
            self.handle_trade_message(url, message, market)
        elif channel.startswith("ohlc-"):
            self.handle_ohlcv_message(url, message, market, js.slice_(channel, 5))
        elif channel.startswith("book-"):
            self.handle_book_message(url, message, market)

    def handle_stream_event(self, url, message):
        # heartbeat, systemStatus and pong need nothing; a failed subscription is the error of its callers. The
        # v2 balances connection sends { channel, type, data } and answers { method, success, error }.
        if self.safe_string(message, "channel") == "balances":
            self.handle_balances(url, message)
            return
        if (self.safe_string(message, "method") == "subscribe") and (
            self.safe_bool(message, "success") is False
        ):
            self.reject_update(
                url,
                "balance",
                AuthenticationError,
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " ")
                    + self.safe_string(message, "error", "refused the subscription")
                ),
            )
            return
        event = self.safe_string(message, "event")
        if (not (event == "subscriptionStatus")) or (not (self.safe_string(message, "status") == "error")):
            return
        subscription = self.safe_dict(message, "subscription", {})
        name = self.safe_string(subscription, "name")
        reason = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " ")
            + self.safe_string(message, "errorMessage", "refused the subscription")
        )
        if (name == "openOrders") or (name == "ownTrades"):
            self.reject_update(url, name, AuthenticationError, reason)
            return
        prefixes = {"book": "book:", "trade": "trades:", "ticker": "ticker:"}
        prefix = self.safe_string(prefixes, name)
        pair = self.safe_string(message, "pair")
        if (prefix is None) or (pair is None):
            self.reject_update(url, None, ExchangeError, reason)
            return
        self.reject_update(
            url, js.add(prefix, js.get(self.stream_market(pair), "symbol")), BadRequest, reason
        )

    def handle_ticker_message(self, url, message, market):
        # The ticker's fields are the REST Ticker's, except open: [ today, last 24 hours ] here.
        ticker = self.safe_dict(message, 1, {})
        fields = self.extend(ticker, {"o": self.safe_string(self.safe_list(ticker, "o"), 1)})
        result = self.extend(self.parse_ticker(fields, market), {"info": ticker})
        self.resolve_ticker(url, result)

    def handle_trade_message(self, url, message, market):
        message_hash = js.bounded_text("trades:" + js.to_str(js.get(market, "symbol")))
        if not js.truthy(self.is_watched(url, message_hash)):
            return  # nothing kept for what no caller watches (a server names symbols at will)
        cache = self.stream_state(message_hash, [])
        trades = self.safe_list(message, 1, [])
        i = 0
        while True:
            if not (i < len(trades)):
                break
            cache = self.append_to_cache(cache, self.parse_trade(js.get(trades, i), market))
            i += 1
        self.set_stream_state(message_hash, cache)
        self.resolve_update(url, cache, message_hash)

    def handle_ohlcv_message(self, url, message, market, interval):
        # [ time, end time, open, high, low, close, vwap, volume, count ]: the candle opens interval minutes
        # before its end time.
        candle = self.safe_list(message, 1, [])
        end = self.safe_timestamp(candle, 1)
        opened = js.subtract(end, js.multiply(js.parse_int(interval), 60000))
        parsed = [
            opened,
            self.safe_number(candle, 2),
            self.safe_number(candle, 3),
            self.safe_number(candle, 4),
            self.safe_number(candle, 5),
            self.safe_number(candle, 7),
        ]
        self.resolve_candle(
            url,
            js.bounded_text("ohlcv:" + js.to_str(js.get(market, "symbol")) + ":" + js.to_str(interval)),
            parsed,
        )

    handleOHLCVMessage = MethodAlias("handle_ohlcv_message")

    def handle_book_message(self, url, message, market):
        # A snapshot { as, bs } starts the book; updates { a } and/or { b } change it, the last holding the
        # checksum c of the top ten levels. A wrong checksum drops the book and subscribes again (a new snapshot).
        symbol = js.get(market, "symbol")
        message_hash = js.bounded_text("book:" + js.to_str(symbol))
        depth = self.stream_state(js.bounded_text("bookDepth:" + js.to_str(symbol)))
        if (not js.truthy(self.is_watched(url, message_hash))) or (depth is None):
            return  # nothing kept for what no caller watches (a server names symbols at will)
        book = self.stream_state(message_hash)
        checksum = None
        timestamp = None
        i = 1
        while True:
            if not (i < js.subtract(js.length(message), 2)):
                break
            part = self.safe_dict(message, i, {})
            asks = self.safe_list2(part, "as", "a", [])
            bids = self.safe_list2(part, "bs", "b", [])
            if (self.safe_value(part, "as") is not None) or (self.safe_value(part, "bs") is not None):
                book = self.new_order_book(symbol, depth)
            elif book is None:
                return  # an update before the snapshot: the snapshot follows
            book = self.set_book_levels(self.set_book_levels(book, "asks", asks), "bids", bids)
            timestamp = self.latest_level_time(self.array_concat(asks, bids), timestamp)
            checksum = self.safe_string(part, "c", checksum)
            i = js.number(i + 1)
        book = self.trim_book(book)
        js.set_(book, "timestamp", timestamp)
        if (checksum is not None) and (not js.strict_equal(checksum, self.book_checksum(book))):
            self.resubscribe_book(url, market, message_hash, depth)
            return
        self.set_stream_state(message_hash, book)
        if checksum is not None:
            self.book_is_right(message_hash)
        self.resolve_update(url, self.order_book_view(book), message_hash)

    def latest_level_time(self, levels, timestamp):
        i = 0
        while True:
            if not js.less(i, js.length(levels)):
                break
            time = self.safe_timestamp(js.get(levels, i), 2)
            if (time is not None) and ((timestamp is None) or js.greater(time, timestamp)):
                timestamp = time
            i += 1
        return timestamp

    def book_checksum(self, book):
        # CRC32 of the top ten asks (lowest first) then the top ten bids (highest first), each price and
        # volume as sent without its point and leading zeros.
        text = ""
        levels = self.array_concat(self.book_texts(book, "asks", 10), self.book_texts(book, "bids", 10))
        i = 0
        while True:
            if not js.less(i, js.length(levels)):
                break
            text += js.within(
                text,
                js.within(text, js.to_str(self.checksum_digits(js.get(js.get(levels, i), 0))))
                + js.to_str(self.checksum_digits(js.get(js.get(levels, i), 1))),
            )
            i += 1
        return self.number_to_string(self.crc32(text))

    def checksum_digits(self, value):
        digits = js.replace(value, ".", "")
        start = 0
        while True:
            if not ((start < (js.text_length(digits) - 1)) and (js.char_at(digits, start) == "0")):
                break
            start = js.number(start + 1)
        return js.slice_(digits, start)

    def resubscribe_book(self, url, market, message_hash, depth):
        # A wrong checksum: unsubscribe and subscribe again, for a new snapshot.
        self.resync_book(
            url,
            message_hash,
            js.bounded_text(js.to_str(js.get(market, "symbol")) + " order book checksum mismatch"),
        )
        subscription = {"name": "book", "depth": depth}
        self.send_frame(url, self.stream_subscription(market, subscription, "unsubscribe"))
        self.send_frame(url, self.stream_subscription(market, subscription))
