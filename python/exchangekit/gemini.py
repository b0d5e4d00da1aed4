# Generated from js/gemini.js by exkit: do not edit. Change the source and run `python build.py`.
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
    InvalidAddress,
    InvalidNonce,
    InvalidOrder,
    NotSupported,
    OnMaintenance,
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


class gemini(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "gemini",
                "name": "Gemini",
                "countries": ["US"],
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
                    "editOrder": False,
                    "fetchOrder": True,
                    "fetchOrders": False,
                    "fetchOpenOrders": True,
                    "fetchClosedOrders": True,
                    "fetchMyTrades": True,
                    "fetchDeposits": True,
                    "fetchWithdrawals": True,
                    "fetchTransactions": True,
                    "fetchLedger": False,
                    "fetchDepositAddress": True,
                    "withdraw": True,
                    "fetchTime": False,
                    "fetchStatus": False,
                    "fetchTradingFees": True,
                    "cancelAllOrders": True,
                    "fetchOrderTrades": True,
                    "fetchTradingFee": True,
                    "fetchDepositAddresses": True,
                    "createDepositAddress": True,
                    "fetchDepositWithdrawFees": False,
                    "transfer": False,
                    "createMarketBuyOrderWithCost": False,
                },
                "urls": {
                    "logo": "https://www.gemini.com/favicon.ico",
                    "api": "https://api.gemini.com",
                    "www": "https://www.gemini.com",
                    "doc": "https://docs.gemini.com/rest-api/",
                    "fees": "https://www.gemini.com/fees/api-fee-schedule",
                },
                "api": {
                    "public": {
                        "get": {
                            "v1/symbols": 5,
                            "v1/symbols/details/{symbol}": 5,
                            "v1/network/{token}": 5,
                            "v1/pubticker/{symbol}": 5,
                            "v2/ticker/{symbol}": 5,
                            "v1/feepromos": 5,
                            "v1/book/{symbol}": 5,
                            "v1/trades/{symbol}": 5,
                            "v1/pricefeed": 5,
                            "v2/candles/{symbol}/{time_frame}": 5,
                            "v2/derivatives/candles/{symbol}/{time_frame}": 5,
                            "v2/fxrate/{symbol}/{timestamp}": 5,
                        }
                    },
                    "private": {
                        "post": {
                            "v1/order/new": 1,
                            "v1/order/cancel": 1,
                            "v1/order/cancel/all": 1,
                            "v1/order/cancel/session": 1,
                            "v1/order/status": 1,
                            "v1/orders": 1,
                            "v1/orders/history": 1,
                            "v1/mytrades": 1,
                            "v1/tradevolume": 1,
                            "v1/notionalvolume": 1,
                            "v1/wrap/{symbol}": 1,
                            "v1/heartbeat": 1,
                            "v1/balances": 1,
                            "v1/notionalbalances/{currency}": 1,
                            "v1/addresses/{network}": 1,
                            "v1/deposit/{network}/newAddress": 1,
                            "v1/transfers": 1,
                            "v1/custodyaccountfees": 1,
                            "v1/withdraw/{currency}/feeEstimate": 1,
                            "v1/withdraw/{currency}": 1,
                            "v1/payments/methods": 1,
                            "v1/approvedAddresses/account/{network}": 1,
                            "v1/approvedAddresses/{network}/request": 1,
                            "v1/approvedAddresses/{network}/remove": 1,
                            "v1/account/transfer/{currency}": 1,
                            "v1/account": 1,
                            "v1/account/list": 1,
                            "v1/roles": 1,
                        }
                    },
                },
                "timeframes": {
                    "1m": "1m",
                    "5m": "5m",
                    "15m": "15m",
                    "30m": "30m",
                    "1h": "1hr",
                    "6h": "6hr",
                    "1d": "1day",
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": True, "percentage": True, "maker": 0.002, "taker": 0.004}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "timeBasedNonce": False,
                    "networks": {
                        "BTC": "bitcoin",
                        "ERC20": "ethereum",
                        "BCH": "bitcoincash",
                        "LTC": "litecoin",
                        "ZEC": "zcash",
                        "FIL": "filecoin",
                        "DOGE": "dogecoin",
                        "XTZ": "tezos",
                        "SOL": "solana",
                        "DOT": "polkadot",
                        "AVAXC": "avalanche",
                        "ATOM": "cosmos",
                        "XRP": "xrpl",
                    },
                    "defaultNetworks": {
                        "BTC": "BTC",
                        "ETH": "ERC20",
                        "BCH": "BCH",
                        "LTC": "LTC",
                        "ZEC": "ZEC",
                        "FIL": "FIL",
                        "DOGE": "DOGE",
                        "XTZ": "XTZ",
                        "SOL": "SOL",
                        "DOT": "DOT",
                        "AVAX": "AVAXC",
                        "ATOM": "ATOM",
                        "XRP": "XRP",
                        "GUSD": "ERC20",
                        "USDC": "ERC20",
                        "LINK": "ERC20",
                        "UNI": "ERC20",
                        "AAVE": "ERC20",
                    },
                    "timeInForceOptions": {
                        "IOC": "immediate-or-cancel",
                        "FOK": "fill-or-kill",
                        "PO": "maker-or-cancel",
                    },
                    "activeStatuses": ["open", "post_only", "limit_only"],
                    "transactionStatuses": {
                        "Complete": "ok",
                        "Advanced": "ok",
                        "Pending": "pending",
                        "Processing": "pending",
                    },
                    "transactionTypes": {"Deposit": "deposit", "Withdrawal": "withdrawal"},
                },
                "exceptions": {
                    "exact": {
                        "AuctionNotOpen": InvalidOrder,
                        "ClientOrderIdTooLong": InvalidOrder,
                        "ClientOrderIdMustBeString": InvalidOrder,
                        "ConflictingOptions": InvalidOrder,
                        "EndpointMismatch": BadRequest,
                        "EndpointNotFound": BadRequest,
                        "IneligibleTiming": InvalidOrder,
                        "InsufficientFunds": InsufficientFunds,
                        "InvalidJson": BadRequest,
                        "InvalidNonce": InvalidNonce,
                        "InvalidOrderType": InvalidOrder,
                        "InvalidPrice": InvalidOrder,
                        "InvalidStopPrice": InvalidOrder,
                        "InvalidStopPriceSell": InvalidOrder,
                        "InvalidStopPriceBuy": InvalidOrder,
                        "InvalidStopPriceRatio": InvalidOrder,
                        "InvalidQuantity": InvalidOrder,
                        "InvalidSide": InvalidOrder,
                        "InvalidSignature": AuthenticationError,
                        "InvalidSymbol": BadSymbol,
                        "InvalidTimestampInPayload": BadRequest,
                        "InvalidAccountName": BadRequest,
                        "InvalidAccountType": BadRequest,
                        "Maintenance": OnMaintenance,
                        "MarketNotOpen": InvalidOrder,
                        "MissingApikeyHeader": AuthenticationError,
                        "MissingOrderField": InvalidOrder,
                        "MissingRole": PermissionDenied,
                        "MissingPayloadHeader": AuthenticationError,
                        "MissingPayloadKey": BadRequest,
                        "MissingSignatureHeader": AuthenticationError,
                        "MissingName": BadRequest,
                        "MissingNonce": InvalidNonce,
                        "AccountClosed": AccountSuspended,
                        "NoSSL": BadRequest,
                        "OptionsMustBeArray": BadRequest,
                        "OrderNotFound": OrderNotFound,
                        "RateLimit": RateLimitExceeded,
                        "System": ExchangeNotAvailable,
                        "UnsupportedOption": InvalidOrder,
                    },
                    "broad": {},
                },
            },
        )

    def nonce(self):
        # A nonce must grow with every request of the key; the docs recommend milliseconds. A key created
        # with "Uses a time based nonce" wants seconds within 30 s of the server's clock instead.
        if self.safe_bool(self.options, "timeBasedNonce", False) is True:
            return self.seconds()
        return self.milliseconds()

    # --- markets --------------------------------------------------------------------------------------
    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # symbols: [ 'btcusd', ... ]; the details of each come from symbols/details/{symbol} (one request a
        # symbol: no endpoint gives them all). Perpetual swaps (product_type 'swap') are left out: spot only.
        ids = self.public_get_v1_symbols(params)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(ids)):
                break
            details = None
            try:
                details = self.public_get_v1_symbols_details_symbol({"symbol": js.get(ids, i)})
            except js.UNCAUGHT:
                raise
            except Exception as e:
                # A listed symbol whose details are refused (InvalidSymbol) is left out rather than failing
                # every market; any other error stops.
                if isinstance(e, BadSymbol):
                    i += 1
                    continue
                raise e
            product_type = self.safe_string(details, "product_type", "spot")
            if product_type == "spot":
                result.append(self.parse_market(js.get(ids, i), details))
            i += 1
        return result

    def parse_market(self, id_, details):
        # details: { symbol: 'BTCUSD', base_currency, quote_currency, tick_size (the amount step),
        # quote_increment (the price step), min_order_size, status, wrap_enabled, product_type, ... }.
        base_id = self.safe_string(details, "base_currency")
        quote_id = self.safe_string(details, "quote_currency")
        base = self.safe_currency_code(base_id)
        quote = self.safe_currency_code(quote_id)
        status = self.safe_string(details, "status")
        return self.market_structure(
            id=id_,
            symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
            base=base,
            quote=quote,
            baseId=base_id,
            quoteId=quote_id,
            active=(
                None if (status is None) else self.in_array(status, js.get(self.options, "activeStatuses"))
            ),
            type="spot",
            spot=True,
            taker=js.get(js.get(self.fees, "trading"), "taker"),
            maker=js.get(js.get(self.fees, "trading"), "maker"),
            precision={
                "amount": self.safe_number(details, "tick_size"),
                "price": self.safe_number(details, "quote_increment"),
            },
            limits={
                "amount": {"min": self.safe_number(details, "min_order_size"), "max": None},
                "price": {"min": None, "max": None},
                "cost": {"min": None, "max": None},
            },
            info=details,
        )

    def gemini_market(self, market_id, market=None):
        # Responses name markets 'btcusd' or 'BTCUSD'; the market ids are the lowercase ones of symbols.
        id_ = None if (market_id is None) else js.lower(market_id)
        return self.safe_market(id_, market)

    # --- market data ----------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # The merge of v2 ticker { symbol, open, high, low, close, changes, bid, ask } and v1 pubticker
        # { bid, ask, last, volume: { BTC, USD, timestamp } }, or a pricefeed entry { pair, price,
        # percentChange24h (a fraction) }.
        market = self.gemini_market(self.safe_string2(ticker, "symbol", "pair"), market)
        volume = self.safe_dict(ticker, "volume", {})
        change = self.safe_string(ticker, "percentChange24h")
        last = self.safe_string2(ticker, "last", "price", self.safe_string(ticker, "close"))
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer(volume, "timestamp"),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            bid=self.safe_string(ticker, "bid"),
            ask=self.safe_string(ticker, "ask"),
            open_=self.safe_string(ticker, "open"),
            last=last,
            percentage=None if (change is None) else Precise.string_mul(change, "100"),
            base_volume=self.safe_string(volume, js.get(market, "baseId")),
            quote_volume=self.safe_string(volume, js.get(market, "quoteId")),
            info=ticker,
            market=market,
        )

    def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        # v2 ticker has the 24 h open, high and low but no volume; v1 pubticker the last price and the
        # volumes: both are asked and merged.
        self.load_markets()
        market = self.market(symbol)
        request = {"symbol": js.get(market, "id")}
        statistics = self.public_get_v2_ticker_symbol(self.extend(request, params))
        latest = self.public_get_v1_pubticker_symbol(self.extend(request, params))
        merged = self.extend(statistics, latest)
        return self.parse_ticker(merged, market)

    def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # pricefeed: the last price and 24 h change of every pair, in one request; percentChange24h is read as
        # a fraction (0.0523 is 5.23 %).
        self.load_markets()
        response = self.public_get_v1_pricefeed(params)
        # The feed lists every instrument, perpetual swaps too: only the loaded (spot) markets are kept.
        listed = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            pair = self.safe_string_lower(js.get(response, i), "pair")
            if (pair is not None) and (self.safe_value(self.marketsById, pair) is not None):
                listed.append(js.get(response, i))
            i += 1
        return self.parse_tickers(listed, symbols)

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # book: { bids: [ { price, amount, timestamp } ], asks: [ ... ] }; limit_bids and limit_asks cap the
        # levels (0 for the whole book).
        self.load_markets()
        market = self.market(symbol)
        request = {"symbol": js.get(market, "id")}
        if limit is not None:
            request["limit_bids"] = limit
            request["limit_asks"] = limit
        response = self.public_get_v1_book_symbol(self.extend(request, params))
        return self.parse_order_book(
            response, js.get(market, "symbol"), None, "bids", "asks", "price", "amount"
        )

    def parse_ohlcv(self, ohlcv, market=None):
        # [ time (ms), open, high, low, close, volume ].
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
        # v2 candles/{symbol}/{time_frame}: the recent candles, newest first, without range parameters:
        # since and limit filter them here; an end (until) cannot be asked for.
        self.load_markets()
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchOHLCV () does not support the unified param until: candles takes no time range"
                )
            )
        market = self.market(symbol)
        frame = self.safe_string(self.timeframes, timeframe)
        if frame is None:
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
        request = {"symbol": js.get(market, "id"), "time_frame": frame}
        response = self.public_get_v2_candles_symbol_time_frame(self.extend(request, params))
        candles = self.parse_ohlcvs(response, market, timeframe, since)
        # A limit without since wants the latest candles, from since the first ones after it.
        return self.filter_by_since_limit(candles, since, limit, 0, since is None)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def parse_trade(self, trade, market=None):
        # Public trades: { timestamp, timestampms, tid, price, amount, exchange, type: the taker's side
        # ('buy' or 'sell'; 'auction' and 'block' have none) }. The account's trades (mytrades, order
        # status with include_trades): { price, amount, timestamp, timestampms, type: its own side ('Buy'
        # or 'Sell'), aggressor (taker), fee_currency, fee_amount, tid, order_id, symbol, client_order_id }.
        market = self.gemini_market(self.safe_string(trade, "symbol"), market)
        side = self.safe_string_lower(trade, "type")
        aggressor = self.safe_bool(trade, "aggressor")
        taker_or_maker = None
        if aggressor is not None:
            taker_or_maker = "taker" if aggressor else "maker"
        fee = None
        fee_cost = self.safe_string(trade, "fee_amount")
        if fee_cost is not None:
            fee = {
                "cost": fee_cost,
                "currency": self.safe_currency_code(self.safe_string(trade, "fee_currency")),
            }
        return self.trade_structure(
            identifier=self.safe_string(trade, "tid"),
            order=self.safe_string(trade, "order_id"),
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer(trade, "timestampms"),
            side=side if ((side == "buy") or (side == "sell")) else None,
            taker_or_maker=taker_or_maker,
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
        # trades/{symbol}: timestamp (trades after it, ms), limit_trades (default 50, at most 500); newest
        # first.
        self.load_markets()
        market = self.market(symbol)
        request = {"symbol": js.get(market, "id")}
        if since is not None:
            request["timestamp"] = since
        if limit is not None:
            request["limit_trades"] = js.min_(limit, 500)
        response = self.public_get_v1_trades_symbol(self.extend(request, params))
        return self.parse_trades(response, market, since, limit)

    # --- account --------------------------------------------------------------------------------------
    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # balances: [ { type: 'exchange', currency, amount (total), available, availableForWithdrawal } ].
        self.load_markets()
        response = self.private_post_v1_balances(params)
        result = {"info": response}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            code = self.safe_currency_code(self.safe_string(entry, "currency"))
            account = self.account()
            js.set_(account, "free", self.safe_string(entry, "available"))
            js.set_(account, "total", self.safe_string(entry, "amount"))
            js.set_(result, code, account)
            i += 1
        return self.safe_balance(result)

    def fetch_trading_fees(self, params: dict[str, Any] | None = None) -> dict[str, TradingFee]:
        if params is None:
            params = {}
        # notionalvolume: the account's fee rates in basis points, the same for every market; orders sent
        # through the API pay api_maker_fee_bps and api_taker_fee_bps.
        self.load_markets()
        response = self.private_post_v1_notionalvolume(params)
        maker = Precise.string_div(self.safe_string(response, "api_maker_fee_bps"), "10000")
        taker = Precise.string_div(self.safe_string(response, "api_taker_fee_bps"), "10000")
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(self.symbols)):
                break
            symbol = js.get(self.symbols, i)
            js.set_(
                result,
                symbol,
                {
                    "symbol": symbol,
                    "maker": self.parse_number(maker),
                    "taker": self.parse_number(taker),
                    "info": response,
                },
            )
            i += 1
        return result

    def fetch_trading_fee(self, symbol: str, params: dict[str, Any] | None = None) -> TradingFee:
        if params is None:
            params = {}
        return self.trading_fee_of_all(symbol, params)

    # --- orders ---------------------------------------------------------------------------------------
    def parse_order_status(self, order):
        # is_live: on the book (or a stop waiting); is_cancelled: canceled (partly filled or not); else filled.
        if self.safe_bool(order, "is_live") is True:
            return "open"
        if self.safe_bool(order, "is_cancelled") is True:
            return "canceled"
        if self.safe_bool(order, "is_live") is False:
            return "closed"
        return None

    def parse_order_type(self, type_):
        # 'exchange limit', 'exchange stop limit', 'stop-limit', 'auction-only exchange limit' are limit
        # orders; 'market buy' and 'market sell' the web's market orders.
        if type_ is None:
            return None
        if js.index_of(type_, "market") >= 0:
            return "market"
        return "limit"

    def parse_time_in_force(self, options):
        # The order execution options: one of maker-or-cancel, immediate-or-cancel, fill-or-kill; none is
        # good till canceled.
        if js.truthy(self.in_array("maker-or-cancel", options)):
            return "PO"
        if js.truthy(self.in_array("immediate-or-cancel", options)):
            return "IOC"
        if js.truthy(self.in_array("fill-or-kill", options)):
            return "FOK"
        return "GTC"

    def parse_order(self, order, market=None):
        # order status: { order_id, id, symbol, exchange, avg_execution_price, side, type, timestamp,
        # timestampms, is_live, is_cancelled, is_hidden, was_forced, executed_amount, remaining_amount,
        # client_order_id, options, price, original_amount, stop_price, trades (with include_trades) }.
        market = self.gemini_market(self.safe_string(order, "symbol"), market)
        type_ = self.parse_order_type(self.safe_string(order, "type"))
        options = self.safe_list(order, "options", [])
        time_in_force = self.parse_time_in_force(options) if (type_ == "limit") else None
        filled = self.safe_string(order, "executed_amount")
        average = self.safe_string(order, "avg_execution_price") if Precise.string_gt(filled, "0") else None
        raw_trades = self.safe_list(order, "trades", [])
        trades = []
        i = 0
        while True:
            if not (i < len(raw_trades)):
                break
            trades.append(self.parse_trade(js.get(raw_trades, i), market))
            i += 1
        return self.safe_order(
            {
                "id": self.safe_string2(order, "order_id", "id"),
                "clientOrderId": self.safe_string(order, "client_order_id"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.safe_integer(order, "timestampms"),
                "status": self.parse_order_status(order),
                "type": type_,
                "timeInForce": time_in_force,
                "postOnly": None if (time_in_force is None) else time_in_force == "PO",
                "side": self.safe_string_lower(order, "side"),
                "price": self.safe_string(order, "price"),
                "triggerPrice": self.safe_string(order, "stop_price"),
                "average": average,
                "amount": self.safe_string(order, "original_amount"),
                "filled": filled,
                "remaining": self.safe_string(order, "remaining_amount"),
                "trades": trades,
                "info": order,
            },
            market,
        )

    def order_options(self, unified, is_stop):
        # The unified postOnly and timeInForce as Gemini's order execution options (a list of at most one).
        name = None
        if js.truthy(js.get(unified, "postOnly")):
            name = "PO"
        elif (js.get(unified, "timeInForce") is not None) and (not (js.get(unified, "timeInForce") == "GTC")):
            name = js.get(unified, "timeInForce")
        if name is None:
            return None
        if js.truthy(is_stop):
            # Stop-limit orders take no execution options.
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () a stop order (triggerPrice or stopLossPrice) cannot be combined with postOnly or timeInForce "
                    + js.to_str(name)
                )
            )
        return [self.safe_string(js.get(self.options, "timeInForceOptions"), name)]

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
        # POST order/new: { client_order_id, symbol, amount, price, side, type: 'exchange limit' or
        # 'exchange stop limit' (with stop_price), options: [ one execution option ] }. The API has limit
        # orders only: a 'market' order is rejected (NotSupported), as is cost, which sizes market orders.
        # A stop-limit buy triggers when the price rises to stop_price, a sell when it falls to it: that is
        # triggerPrice, and stopLossPrice of either side; a take profit (the other direction) cannot be
        # placed. Spot has no reduceOnly.
        self.load_markets()
        market = self.market(symbol)
        if type_ == "market":
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () does not support market orders: the API places limit orders only (an immediate-or-cancel limit order at a marketable price is the documented alternative)"
                )
            )
        if not (type_ == "limit"):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id) + " createOrder () type must be limit, not " + js.to_str(type_)
                )
            )
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params("createOrder", unified, ["reduceOnly", "takeProfitPrice", "cost"])
        if price is None:
            raise ArgumentsRequired(
                js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
            )
        trigger = js.get(unified, "trigger")
        is_stop = trigger is not None
        request = {
            "symbol": js.get(market, "id"),
            "amount": self.amount_to_precision(symbol, amount),
            "price": self.price_to_precision(symbol, price),
            "side": side,
            "type": "exchange stop limit" if is_stop else "exchange limit",
        }
        if js.get(unified, "clientOrderId") is not None:
            request["client_order_id"] = js.get(unified, "clientOrderId")
        if is_stop:
            request["stop_price"] = self.price_to_precision(symbol, trigger)
        options = self.order_options(unified, is_stop)
        if options is not None:
            request["options"] = options
        response = self.private_post_v1_order_new(self.extend(request, rest))
        return self.parse_order(response, market)

    def order_id_request(self, id_, params):
        # order_id is an integer in the payload; a client order id goes by client_order_id instead.
        client_order_id = self.safe_string(params, "clientOrderId")
        rest = self.omit(params, "clientOrderId")
        if client_order_id is not None:
            return self.extend({"client_order_id": client_order_id}, rest)
        if id_ is None:
            raise ArgumentsRequired(
                js.bounded_text(js.to_str(self.id) + " needs an order id (or params.clientOrderId)")
            )
        return self.extend({"order_id": self.order_id_number(id_)}, rest)

    def order_id_number(self, id_):
        # Gemini's order ids are whole numbers, sent as JSON numbers.
        text = self.string_of(id_)
        if (
            (text is None)
            or (not self.is_decimal_string(text))
            or (js.index_of(text, ".") >= 0)
            or (js.index_of(text, "-") >= 0)
        ):
            raise BadRequest(
                js.bounded_text(js.to_str(self.id) + " order ids are whole numbers, not " + js.to_str(text))
            )
        return js.parse_int(text)

    def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # POST order/cancel { order_id }: the order's status, is_cancelled true.
        self.load_markets()
        market = None
        if symbol is not None:
            market = self.market(symbol)
        response = self.private_post_v1_order_cancel(
            self.extend({"order_id": self.order_id_number(id_)}, params)
        )
        return self.parse_order(response, market)

    def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # POST order/cancel/all (every session's orders; order/cancel/session with params.session true):
        # { result: 'ok', details: { cancelledOrders: [ ids ], cancelRejects: [ ids ] } }. Neither takes a
        # symbol, so one cannot be honoured.
        if symbol is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " cancelAllOrders () cancels the orders of every market: it takes no symbol"
                )
            )
        session = self.safe_bool(params, "session", False) is True
        query = self.omit(params, "session")
        response = None
        if session:
            response = self.private_post_v1_order_cancel_session(query)
        else:
            response = self.private_post_v1_order_cancel_all(query)
        details = self.safe_dict(response, "details", {})
        ids = self.safe_list(details, "cancelledOrders", [])
        result = []
        i = 0
        while True:
            if not (i < len(ids)):
                break
            result.append(
                self.safe_order(
                    {"id": self.string_of(js.get(ids, i)), "status": "canceled", "info": response}
                )
            )
            i += 1
        return result

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        # POST order/status { order_id } (or client_order_id with params.clientOrderId).
        self.load_markets()
        market = None
        if symbol is not None:
            market = self.market(symbol)
        response = self.private_post_v1_order_status(self.order_id_request(id_, params))
        return self.parse_order(self.order_of(response), market)

    def order_of(self, response):
        # By client_order_id the answer is a list of the orders with that id; by order_id the order itself.
        if js.is_array(response):
            return self.safe_dict(response, 0, {})
        return response

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
        # POST order/status with include_trades: the order's trades list.
        self.load_markets()
        market = None
        if symbol is not None:
            market = self.market(symbol)
        request = self.extend(self.order_id_request(id_, params), {"include_trades": True})
        response = self.private_post_v1_order_status(request)
        order = self.order_of(response)
        market = self.gemini_market(self.safe_string(order, "symbol"), market)
        return self.parse_trades(self.safe_list(order, "trades", []), market, since, limit)

    def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # POST orders: every live order of the account; symbol, since and limit filter them.
        self.load_markets()
        market = None
        if symbol is not None:
            market = self.market(symbol)
        response = self.private_post_v1_orders(params)
        return self.parse_orders(response, market, since, limit)

    def reject_until(self, method, params):
        # The history endpoints take a start (timestamp) and a count but no end.
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () does not support the unified param until: the endpoint takes a start (since) only"
                )
            )

    def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # POST orders/history: symbol, timestamp (the start, ms), limit_orders (at most 500); newest first.
        self.reject_until("fetchClosedOrders", params)
        self.load_markets()
        request = {}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["symbol"] = js.get(market, "id")
        if since is not None:
            request["timestamp"] = since
        if limit is not None:
            request["limit_orders"] = js.min_(limit, 500)
        response = self.private_post_v1_orders_history(self.extend(request, params))
        return self.parse_orders(response, market, since, limit)

    def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # POST mytrades: symbol (required), timestamp (the start, ms), limit_trades (at most 500).
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id) + " fetchMyTrades () requires a symbol: mytrades lists one market"
                )
            )
        self.reject_until("fetchMyTrades", params)
        self.load_markets()
        market = self.market(symbol)
        request = {"symbol": js.get(market, "id")}
        if since is not None:
            request["timestamp"] = since
        if limit is not None:
            request["limit_trades"] = js.min_(limit, 500)
        response = self.private_post_v1_mytrades(self.extend(request, params))
        return self.parse_trades(response, market, since, limit)

    # --- funding --------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # transfers: { type: 'Deposit' or 'Withdrawal', status, timestampms, eid, advanceEid, currency, amount,
        # feeAmount, feeCurrency (a withdrawal's fee), method, txHash, destination, outputIdx, purpose };
        # withdraw's answer: { address, amount, withdrawalId, message } (txHash for some currencies).
        code = self.safe_currency_code(self.safe_string(transaction, "currency"), currency)
        type_ = self.safe_string(
            js.get(self.options, "transactionTypes"), self.safe_string(transaction, "type")
        )
        status = self.safe_string(transaction, "status")
        fee = None
        fee_cost = self.safe_string(transaction, "feeAmount")
        if fee_cost is not None:
            fee_currency_id = self.safe_string(transaction, "feeCurrency")
            fee = {
                "cost": fee_cost,
                "currency": code if (fee_currency_id is None) else self.safe_currency_code(fee_currency_id),
            }
        return self.safe_transaction(
            {
                "id": self.safe_string2(transaction, "eid", "withdrawalId"),
                "txid": self.safe_string(transaction, "txHash"),
                "timestamp": self.safe_integer(transaction, "timestampms"),
                "address": self.safe_string2(transaction, "destination", "address"),
                "type": type_,
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(js.get(self.options, "transactionStatuses"), status),
                "fee": fee,
                "info": transaction,
            },
            currency,
        )

    def fetch_transfers_of(self, type_, code, since, limit, params):
        # POST transfers: currency, timestamp (the start, ms), limit_transfers (at most 50); deposits and
        # withdrawals in one list, newest first.
        self.load_markets()
        request = {}
        currency = None
        if code is not None:
            currency = self.currency(code)
            request["currency"] = js.get(currency, "id")
        if since is not None:
            request["timestamp"] = since
        if limit is not None:
            request["limit_transfers"] = js.min_(limit, 50)
        response = self.private_post_v1_transfers(self.extend(request, params))
        rows = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            if (
                self.safe_string(
                    js.get(self.options, "transactionTypes"), self.safe_string(js.get(response, i), "type")
                )
                is not None
            ):
                rows.append(js.get(response, i))
            i += 1
        transactions = self.parse_transactions(rows, currency, since)
        result = transactions if (type_ is None) else self.filter_by(transactions, "type", type_)
        return self.filter_by_since_limit(result, since, limit)

    def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        self.reject_until("fetchDeposits", params)
        return self.fetch_transfers_of("deposit", code, since, limit, params)

    def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        self.reject_until("fetchWithdrawals", params)
        return self.fetch_transfers_of("withdrawal", code, since, limit, params)

    def fetch_transactions(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.fetch_transfers_of(None, code, since, limit, params)

    def deposit_network(self, currency, params, method):
        # [ unified network code, Gemini's network name ]: params.network, else the currency's default
        # network; an unknown code is rejected rather than sent as it is.
        network_code = self.safe_string_upper(params, "network")
        if network_code is None:
            network_code = self.safe_string(js.get(self.options, "defaultNetworks"), js.get(currency, "code"))
            if network_code is None:
                raise ArgumentsRequired(
                    js.bounded_text(
                        js.bounded_text(
                            js.bounded_text(
                                js.to_str(self.id)
                                + " "
                                + js.to_str(method)
                                + " () requires the unified param network for "
                            )
                            + js.to_str(js.get(currency, "code"))
                            + ": one of "
                        )
                        + js.join(js.keys(js.get(self.options, "networks")), ", ")
                    )
                )
        network_id = self.safe_string(js.get(self.options, "networks"), network_code)
        if network_id is None:
            raise BadRequest(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " "
                        + js.to_str(method)
                        + " () knows no network "
                        + js.to_str(network_code)
                        + " (the unified param network): one of "
                    )
                    + js.join(js.keys(js.get(self.options, "networks")), ", ")
                )
            )
        return [network_code, network_id]

    def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # POST addresses/{network}: [ { address, timestamp, label, memo } ], the account's addresses on that
        # network (newest first); the first is returned.
        self.load_markets()
        currency = self.currency(code)
        (
            network_code,
            network_id,
        ) = js.destructure(self.deposit_network(currency, params, "fetchDepositAddress"), 2)
        response = self.private_post_v1_addresses_network(
            self.extend({"network": network_id}, self.omit(params, "network"))
        )
        entry = self.safe_dict(response, 0)
        if entry is None:
            raise InvalidAddress(
                js.bounded_text(
                    js.to_str(self.id)
                    + " has no deposit address on "
                    + js.to_str(network_id)
                    + ": createDepositAddress () makes one"
                )
            )
        return self.parse_deposit_address(entry, currency, network_code)

    def fetch_deposit_addresses(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> list[DepositAddress]:
        if params is None:
            params = {}
        # POST addresses/{network} for each currency's network (one request a currency): every address of
        # the account on it. The addresses are listed per network, not per currency, so the currencies are
        # required.
        if codes is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchDepositAddresses () requires the currency codes: addresses are listed per network"
                )
            )
        self.load_markets()
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(codes)):
                break
            currency = self.currency(js.get(codes, i))
            (
                network_code,
                network_id,
            ) = js.destructure(self.deposit_network(currency, params, "fetchDepositAddresses"), 2)
            response = self.private_post_v1_addresses_network(
                self.extend({"network": network_id}, self.omit(params, "network"))
            )
            j = 0
            while True:
                if not js.less(j, js.length(response)):
                    break
                result.append(self.parse_deposit_address(js.get(response, j), currency, network_code))
                j += 1
            i += 1
        return result

    def parse_deposit_address(self, entry, currency, network_code):
        return {
            "currency": js.get(currency, "code"),
            "address": self.safe_string(entry, "address"),
            "tag": self.safe_string(entry, "memo"),
            "network": network_code,
            "info": entry,
        }

    def create_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # POST deposit/{network}/newAddress { label }: { network, address, label }.
        self.load_markets()
        currency = self.currency(code)
        (
            network_code,
            network_id,
        ) = js.destructure(self.deposit_network(currency, params, "createDepositAddress"), 2)
        response = self.private_post_v1_deposit_network_new_address(
            self.extend({"network": network_id}, self.omit(params, "network"))
        )
        return self.parse_deposit_address(response, currency, network_code)

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
        # POST withdraw/{currency} { address, amount, memo }: { address, amount, withdrawalId, message }. The
        # currency decides the network: a unified network other than the currency's own is rejected.
        self.load_markets()
        currency = self.currency(code)
        network_code = None
        if self.safe_value(params, "network") is not None:
            (
                requested,
                network_id,
            ) = js.destructure(self.deposit_network(currency, params, "withdraw"), 2)
            native = self.safe_string(js.get(self.options, "defaultNetworks"), js.get(currency, "code"))
            if not js.strict_equal(requested, native):
                raise NotSupported(
                    js.bounded_text(
                        js.bounded_text(js.to_str(self.id) + " withdraw () sends ")
                        + js.to_str(js.get(currency, "code"))
                        + " on its own network only: the unified param network "
                        + js.to_str(requested)
                        + " ("
                        + js.to_str(network_id)
                        + ") cannot be chosen"
                    )
                )
            network_code = requested
        request = {
            "currency": js.lower(js.get(currency, "id")),
            "address": address,
            "amount": self.number_to_string(amount),
        }
        if tag is not None:
            request["memo"] = tag
        response = self.private_post_v1_withdraw_currency(self.extend(request, self.omit(params, "network")))
        transaction = self.parse_transaction(response, currency)
        js.set_(transaction, "type", "withdrawal")
        js.set_(transaction, "tag", tag)
        js.set_(transaction, "network", network_code)
        js.set_(transaction, "status", "pending")
        return transaction

    # --- transport ------------------------------------------------------------------------------------
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
        # Private: POST with an empty body; the JSON payload { request: the path, nonce, ...params } goes
        # base64-encoded in X-GEMINI-PAYLOAD, and X-GEMINI-SIGNATURE is the hex HMAC-SHA384 of that base64
        # text keyed with the secret.
        self.check_required_credentials()
        payload = self.extend({"request": endpoint, "nonce": self.nonce()}, query)
        encoded = self.string_to_base64(self.json(payload))
        signature = self.hmac(self.encode(encoded), self.encode(self.secret), "sha384", "hex")
        headers = {
            "Content-Type": "text/plain",
            "X-GEMINI-APIKEY": self.apiKey,
            "X-GEMINI-PAYLOAD": encoded,
            "X-GEMINI-SIGNATURE": signature,
            "Cache-Control": "no-cache",
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
        # { result: 'error', reason, message } with HTTP 400 (malformed, market not open), 403 (missing
        # role), 404 (unknown endpoint, order not found), 406 (insufficient funds), 429 (rate limit), 500,
        # 502 or 503 (maintenance): the reason picks the class.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return
        if not (self.safe_string(response, "result") == "error"):
            return
        error_reason = self.safe_string(response, "reason")
        message = self.safe_string(response, "message", "")
        feedback = js.bounded_text(
            js.to_str(self.id)
            + " "
            + js.to_str(method)
            + " "
            + js.to_str(url)
            + " "
            + js.to_str(error_reason)
            + " "
            + message
        )
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), error_reason, feedback)
        self.throw_broadly_matched_exception(js.get(self.exceptions, "broad"), message, feedback)
        raise ExchangeError(feedback)
