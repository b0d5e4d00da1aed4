# Generated from js/indodax.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from typing import Any

from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base.precise import Precise
from exchangekit.base.errors import (
    AccountSuspended,
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
    BadResponse,
    BadSymbol,
    DuplicateOrderId,
    ExchangeError,
    ExchangeNotAvailable,
    InvalidAddress,
    InvalidNonce,
    InvalidOrder,
    NotSupported,
    OrderImmediatelyFillable,
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
    Transaction,
)


class indodax(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "indodax",
                "name": "INDODAX",
                "countries": ["ID"],
                "version": "2.0",
                "rateLimit": 334,
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
                    "fetchTransactions": False,
                    "fetchLedger": False,
                    "fetchDepositAddress": True,
                    "withdraw": True,
                    "fetchTime": True,
                    "fetchStatus": False,
                    "fetchTradingFees": False,
                    "cancelAllOrders": False,
                    "fetchOrderTrades": False,
                    "fetchTradingFee": False,
                    "fetchDepositAddresses": False,
                    "createDepositAddress": False,
                    "fetchDepositWithdrawFees": False,
                    "transfer": False,
                    "createMarketBuyOrderWithCost": False,
                    "fetchPositions": False,
                    "fetchPosition": False,
                    "fetchFundingRate": False,
                    "fetchFundingRates": False,
                    "fetchFundingRateHistory": False,
                    "fetchOpenInterest": False,
                    "setLeverage": False,
                    "setMarginMode": False,
                    "fetchLeverage": False,
                    "fetchMarkOHLCV": False,
                    "fetchIndexOHLCV": False,
                },
                "timeframes": {
                    "1m": "1",
                    "15m": "15",
                    "30m": "30",
                    "1h": "60",
                    "4h": "240",
                    "1d": "1D",
                    "3d": "3D",
                    "1w": "1W",
                },
                "urls": {
                    "api": {
                        "public": "https://indodax.com/api",
                        "tradingview": "https://indodax.com/tradingview",
                        "private": "https://indodax.com/tapi",
                        "privateV2": "https://tapi.indodax.com/api/v2",
                    },
                    "www": "https://indodax.com",
                    "doc": [
                        "https://github.com/btcid/indodax-official-api-docs",
                        "https://indodax.com/downloads/BITCOINCOID-API-DOCUMENTATION.pdf",
                    ],
                    "fees": "https://help.indodax.com/article/trading-fee",
                },
                "api": {
                    "public": {
                        "get": [
                            "server_time",
                            "pairs",
                            "price_increments",
                            "summaries",
                            "ticker/{pair}",
                            "ticker_all",
                            "trades/{pair}",
                            "depth/{pair}",
                        ]
                    },
                    "tradingview": {"get": ["history_v2"]},
                    "private": {
                        "post": [
                            "getInfo",
                            "transHistory",
                            "trade",
                            "tradeHistory",
                            "openOrders",
                            "orderHistory",
                            "getOrder",
                            "getOrderByClientOrderId",
                            "cancelOrder",
                            "cancelByClientOrderId",
                            "withdrawFee",
                            "withdrawCoin",
                        ]
                    },
                    "privateV2": {"get": ["order/histories", "myTrades"]},
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": True, "percentage": True}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "recvWindow": 5000,
                    "amountPrecision": "0.00000001",
                    "timeframeSeconds": {
                        "1m": 60,
                        "15m": 900,
                        "30m": 1800,
                        "1h": 3600,
                        "4h": 14400,
                        "1d": 86400,
                        "3d": 259200,
                        "1w": 604800,
                    },
                    "ohlcvCount": 500,
                    "minHistoryLimit": 10,
                    "maxHistoryLimit": 1000,
                    "orderStatuses": {
                        "open": "open",
                        "filled": "closed",
                        "cancelled": "canceled",
                        "FILLED": "closed",
                        "CANCELLED": "canceled",
                        "REJECTED": "rejected",
                    },
                    "orderTypes": {
                        "limit": "limit",
                        "market": "market",
                        "stoplimit": "limit",
                        "LIMIT": "limit",
                        "MARKET": "market",
                        "STOPLIMIT": "limit",
                    },
                    "transactionStatuses": {"success": "ok", "approved": "pending", "wait": "pending"},
                    "networks": {"ERC20": "erc20", "TRC20": "trc20", "BEP20": "bep20", "BEP2": "bep2"},
                },
                "exceptions": {
                    "exact": {
                        "invalid_credentials": AuthenticationError,
                        "too_many_requests": RateLimitExceeded,
                        "invalid_date": BadRequest,
                        "1000": ExchangeNotAvailable,
                        "1001": AuthenticationError,
                        "1002": InvalidNonce,
                        "1003": InvalidNonce,
                        "1101": AuthenticationError,
                        "1102": AuthenticationError,
                        "1103": PermissionDenied,
                        "1104": AccountSuspended,
                        "1105": AccountSuspended,
                        "1106": PermissionDenied,
                        "1107": BadRequest,
                        "1108": BadRequest,
                        "1109": BadRequest,
                        "1110": BadSymbol,
                    },
                    "broad": {
                        "Invalid credentials": AuthenticationError,
                        "No permission": PermissionDenied,
                        "too many": RateLimitExceeded,
                        "not maker": OrderImmediatelyFillable,
                        "already exists": DuplicateOrderId,
                        "Invalid network": BadRequest,
                        "recipient address other than": InvalidAddress,
                        "Username is not found": InvalidAddress,
                        "date format": BadRequest,
                    },
                },
            },
        )

    # --- markets -------------------------------------------------------------------------------------
    async def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # pairs: [ { id ('btcidr'), symbol, base_currency ('idr', the quote), traded_currency ('btc', the base),
        # ticker_id ('btc_idr'), trade_min_base_currency (the least an order may cost, in the quote currency),
        # trade_min_traded_currency (the least amount), ... } ]; price_increments: { increments: { btc_idr:
        # '1000' } }, the price step of each pair by ticker_id.
        pairs = await self.public_get_pairs(params)
        # (no pairs at all is a BadResponse too: PHP cannot tell an empty list from the empty dictionary {}, which went
        # on to price_increments there alone)
        if (not js.is_array(pairs)) or js.strict_equal(js.length(pairs), 0):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent pairs that are no list of pairs: ")
                    + js.to_str(self.excerpt(self.json(pairs)))
                )
            )
        increments = await self.public_get_price_increments(params)
        steps = self.safe_dict(increments, "increments", {})
        amount_step = self.safe_string(self.options, "amountPrecision")
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(pairs)):
                break
            pair = js.get(pairs, i)
            id_ = self.safe_string(pair, "id")
            base_id = self.safe_string(pair, "traded_currency")
            quote_id = self.safe_string(pair, "base_currency")
            if (id_ is None) or (base_id is None) or (quote_id is None):
                raise BadResponse(
                    js.bounded_text(
                        js.bounded_text(
                            js.to_str(self.id) + " sent a pair without id, traded_currency or base_currency: "
                        )
                        + js.to_str(self.excerpt(self.json(pair)))
                    )
                )
            base = self.safe_currency_code(base_id)
            quote = self.safe_currency_code(quote_id)
            result.append(
                self.market_structure(
                    id=id_,
                    symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
                    base=base,
                    quote=quote,
                    baseId=base_id,
                    quoteId=quote_id,
                    type="spot",
                    spot=True,
                    precision={
                        "amount": self.parse_number(amount_step),
                        "price": self.safe_number(
                            steps, js.bounded_text(js.to_str(base_id) + "_" + js.to_str(quote_id))
                        ),
                    },
                    limits={
                        "amount": {"min": self.safe_number(pair, "trade_min_traded_currency")},
                        "cost": {"min": self.safe_number(pair, "trade_min_base_currency")},
                    },
                    info=pair,
                )
            )
            i += 1
        return result

    def pair_id(self, market):
        # The TAPI's name of a pair: 'btc_idr'.
        return js.bounded_text(
            js.bounded_text(js.to_str(js.get(market, "baseId")) + "_") + js.to_str(js.get(market, "quoteId"))
        )

    def market_of_pair(self, pair, market=None):
        # The market a TAPI pair ('btc_idr') or a ticker_all key names.
        if pair is None:
            return self.safe_market(None, market)
        return self.safe_market(js.join(js.split(pair, "_"), ""), market)

    async def fetch_time(self, params: dict[str, Any] | None = None) -> int | None:
        if params is None:
            params = {}
        # server_time: { timezone: 'UTC', server_time (ms) }.
        response = await self.public_get_server_time(params)
        time = self.safe_integer(response, "server_time")
        if time is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent a server_time answer without server_time: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return time

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # { high, low, vol_<base>, vol_<quote>, last, buy (the best bid), sell (the best ask), server_time (s) }.
        market = self.safe_market(None, market)
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_timestamp(ticker, "server_time"),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            bid=self.safe_string(ticker, "buy"),
            ask=self.safe_string(ticker, "sell"),
            last=self.safe_string(ticker, "last"),
            base_volume=self.safe_string(
                ticker, js.bounded_text("vol_" + js.to_str(js.get(market, "baseId")))
            ),
            quote_volume=self.safe_string(
                ticker, js.bounded_text("vol_" + js.to_str(js.get(market, "quoteId")))
            ),
            info=ticker,
            market=market,
        )

    async def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        # ticker/{pair}: { ticker: { ... } }.
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_ticker_pair(self.extend({"pair": js.get(market, "id")}, params))
        ticker = self.safe_dict(response, "ticker")
        if ticker is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent a ticker answer without ticker: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.parse_ticker(ticker, market)

    async def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # ticker_all: { tickers: { btc_idr: { ... } } }, every pair by ticker_id.
        await self.load_markets()
        response = await self.public_get_ticker_all(params)
        tickers = self.safe_dict(response, "tickers")
        if tickers is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent a ticker_all answer without tickers: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        result = []
        keys = js.keys(tickers)
        i = 0
        while True:
            if not (i < len(keys)):
                break
            market_id = js.join(js.split(keys[i], "_"), "")
            if self.safe_value(self.marketsById, market_id) is None:
                i += 1
                continue
            result.append(self.parse_ticker(self.safe_dict(tickers, keys[i]), self.safe_market(market_id)))
            i += 1
        return self.filter_tickers(result, symbols)

    def filter_tickers(self, tickers, symbols):
        # The tickers by symbol, only those of symbols when given.
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(tickers)):
                break
            ticker = js.get(tickers, i)
            if (symbols is None) or js.truthy(self.in_array(js.get(ticker, "symbol"), symbols)):
                js.set_(result, js.get(ticker, "symbol"), ticker)
            i += 1
        return result

    async def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # depth/{pair}: { buy: [ [ price, amount ] ], sell: [ ... ] }, the API takes no depth.
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_depth_pair(self.extend({"pair": js.get(market, "id")}, params))
        if (self.safe_list(response, "buy") is None) or (self.safe_list(response, "sell") is None):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent a depth answer without buy or sell: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        book = self.parse_order_book(response, js.get(market, "symbol"), None, "buy", "sell")
        if limit is not None:
            js.set_(book, "bids", js.slice_(js.get(book, "bids"), 0, limit))
            js.set_(book, "asks", js.slice_(js.get(book, "asks"), 0, limit))
        return book

    def parse_trade(self, trade, market=None):
        # Public (trades/{pair}): { date (s), price, amount, tid, type (the taker's side) }. The account's
        # (myTrades): { tradeId, orderId, clientOrderId, symbol, price, qty, quoteQty, commission (fee and tax),
        # commissionAsset, isBuyer, isMaker, time (ms) }.
        market_id = self.safe_string(trade, "symbol")
        market = self.safe_market(market_id, market)
        is_buyer = self.safe_bool(trade, "isBuyer")
        side = self.safe_string(trade, "type")
        if is_buyer is not None:
            side = "buy" if is_buyer else "sell"
        is_maker = self.safe_bool(trade, "isMaker")
        taker_or_maker = None
        if is_maker is not None:
            taker_or_maker = "maker" if is_maker else "taker"
        fee_cost = self.safe_string(trade, "commission")
        fee = None
        if fee_cost is not None:
            fee = {
                "cost": fee_cost,
                "currency": self.safe_currency_code(self.safe_string(trade, "commissionAsset")),
            }
        timestamp = self.safe_integer(trade, "time")
        if timestamp is None:
            timestamp = self.safe_timestamp(trade, "date")
        return self.trade_structure(
            identifier=self.safe_string2(trade, "tradeId", "tid"),
            order=self.safe_string(trade, "orderId"),
            symbol=js.get(market, "symbol"),
            timestamp=timestamp,
            side=side,
            taker_or_maker=taker_or_maker,
            price=self.safe_string(trade, "price"),
            amount=self.safe_string2(trade, "qty", "amount"),
            cost=self.safe_string(trade, "quoteQty"),
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
        # trades/{pair}: the latest trades, newest first; the API takes no range or count.
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_trades_pair(self.extend({"pair": js.get(market, "id")}, params))
        if not js.is_array(response):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent trades that are no list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.parse_trades(response, market, since, limit)

    def parse_ohlcv(self, ohlcv, market=None):
        # { Time (s, the candle's start), Open, High, Low, Close, Volume }.
        return [
            self.safe_timestamp(ohlcv, "Time"),
            self.safe_number(ohlcv, "Open"),
            self.safe_number(ohlcv, "High"),
            self.safe_number(ohlcv, "Low"),
            self.safe_number(ohlcv, "Close"),
            self.safe_number(ohlcv, "Volume"),
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
        # tradingview/history_v2?from&symbol&tf&to: from and to (s) both required, symbol as 'BTCIDR'. The range
        # is since (or limit candles before until) up to until (or limit candles after since, or now).
        await self.load_markets()
        market = self.market(symbol)
        tf = self.safe_string(self.timeframes, timeframe)
        if tf is None:
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
        duration = self.safe_integer(js.get(self.options, "timeframeSeconds"), timeframe)
        count = self.safe_integer(self.options, "ohlcvCount") if (limit is None) else limit
        until = self.safe_integer(params, "until")
        to = None
        from_ = None
        if since is not None:
            from_ = self.integer_of(js.divide(since, 1000))
            to = (
                self.integer_of(js.divide(until, 1000))
                if (until is not None)
                else js.add(from_, js.multiply(duration, count)) if (limit is not None) else self.seconds()
            )
        else:
            to = self.integer_of(js.divide(until, 1000)) if (until is not None) else self.seconds()
            from_ = js.subtract(to, js.multiply(duration, count))
        request = {
            "from": self.number_to_string(from_),
            "symbol": js.upper(js.get(market, "id")),
            "tf": tf,
            "to": self.number_to_string(to),
        }
        response = await self.tradingview_get_history_v2(self.extend(request, self.omit(params, "until")))
        if not js.is_array(response):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent candles that are no list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.parse_ohlcvs(response, market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    # --- account -------------------------------------------------------------------------------------
    def tapi_result(self, response):
        # The return of a successful TAPI answer ({ success: 1, return: { ... } }).
        result = self.safe_dict(response, "return")
        if result is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent an answer without return: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return result

    async def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # getInfo: { return: { server_time (s), balance: { idr: 0, btc: '0.00000000', ... } (available),
        # balance_hold: { ... } (held by open orders and withdrawals), address, network, ... } }.
        await self.load_markets()
        response = await self.private_post_get_info(params)
        info = self.tapi_result(response)
        free = self.safe_dict(info, "balance", {})
        used = self.safe_dict(info, "balance_hold", {})
        result = {"info": response, "timestamp": self.safe_timestamp(info, "server_time")}
        result["datetime"] = self.iso8601(js.get(result, "timestamp"))
        ids = self.unique(self.array_concat(js.keys(free), js.keys(used)))
        i = 0
        while True:
            if not js.less(i, js.length(ids)):
                break
            id_ = js.get(ids, i)
            account = self.account()
            js.set_(account, "free", self.safe_string(free, id_, "0"))
            js.set_(account, "used", self.safe_string(used, id_, "0"))
            js.set_(result, self.safe_currency_code(id_), account)
            i += 1
        return self.safe_balance(result)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # TAPI (openOrders, getOrder): { order_id, client_order_id, submit_time (s), finish_time (s), price, type
        # (buy, sell), order_type (limit, stoplimit), status (open, filled, cancelled), order_<base> and
        # remain_<base> for an order sized in the coin, or order_<quote> (order_rp in getOrder) and
        # remain_<quote> for a buy sized in rupiah }. Trade API 2.0 (order/histories): { orderId, clientOrderId,
        # symbol, side, type, status (FILLED, CANCELLED, REJECTED), price, oriQty, executedQty, submitTime (ms),
        # finishTime (ms) }.
        market_id = self.safe_string(order, "symbol")
        pair = self.safe_string(order, "pair")
        if market_id is not None:
            market = self.safe_market(market_id, market)
        else:
            market = self.market_of_pair(pair, market)
        timestamp = self.safe_integer(order, "submitTime")
        if timestamp is None:
            timestamp = self.safe_timestamp(order, "submit_time")
        updated = self.safe_integer(order, "finishTime")
        if updated is None:
            updated = self.safe_timestamp(order, "finish_time")
        amount = self.safe_string(order, "oriQty")
        filled = self.safe_string(order, "executedQty")
        remaining = None
        cost = None
        if (js.get(market, "baseId") is not None) and (
            self.safe_string(order, js.bounded_text("order_" + js.to_str(js.get(market, "baseId"))))
            is not None
        ):
            amount = self.safe_string(order, js.bounded_text("order_" + js.to_str(js.get(market, "baseId"))))
            remaining = self.safe_string(
                order, js.bounded_text("remain_" + js.to_str(js.get(market, "baseId")))
            )
        elif js.get(market, "quoteId") is not None:
            # A buy sized in the quote currency: what it has spent is its cost; its amount of coin is unknown.
            ordered = self.safe_string2(
                order, js.bounded_text("order_" + js.to_str(js.get(market, "quoteId"))), "order_rp"
            )
            left = self.safe_string2(
                order, js.bounded_text("remain_" + js.to_str(js.get(market, "quoteId"))), "remain_rp"
            )
            if (ordered is not None) and (left is not None):
                cost = Precise.string_sub(ordered, left)
        side = self.safe_string_lower2(order, "side", "type")
        type_ = None
        if self.safe_string(order, "side") is not None:
            type_ = self.safe_string(js.get(self.options, "orderTypes"), self.safe_string(order, "type"))
        else:
            type_ = self.safe_string(
                js.get(self.options, "orderTypes"), self.safe_string(order, "order_type")
            )
        return self.safe_order(
            {
                "id": self.safe_string2(order, "orderId", "order_id"),
                "clientOrderId": self.safe_string2(order, "clientOrderId", "client_order_id"),
                "symbol": js.get(market, "symbol"),
                "timestamp": timestamp,
                "lastUpdateTimestamp": updated,
                "type": type_,
                "side": side,
                "status": self.safe_string(
                    js.get(self.options, "orderStatuses"), self.safe_string(order, "status")
                ),
                "price": self.safe_string(order, "price"),
                "amount": amount,
                "filled": filled,
                "remaining": remaining,
                "cost": cost,
                "info": order,
            },
            market,
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
        # trade: pair, type (buy, sell), order_type (limit, market), price (limit orders), <base> (the amount of
        # coin: a limit order or a market sell), <quote> (the rupiah a market buy spends: a market buy takes no
        # coin amount), client_order_id, time_in_force (GTC, or MOC: maker or cancel, limit orders only). The
        # docs list no stop (trigger) price and no IOC/FOK.
        await self.load_markets()
        market = self.market(symbol)
        time_in_force = self.safe_string_upper(params, "timeInForce")
        if (time_in_force == "IOC") or (time_in_force == "FOK"):
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () does not support the unified param timeInForce "
                    + js.to_str(time_in_force)
                    + ": limit orders are GTC or maker-or-cancel (postOnly)"
                )
            )
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params(
            "createOrder", unified, ["reduceOnly", "triggerPrice", "stopLossPrice", "takeProfitPrice"]
        )
        if (not (side == "buy")) and (not (side == "sell")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id) + " createOrder () side must be buy or sell, not " + js.to_str(side)
                )
            )
        request = {"pair": self.pair_id(market), "type": side, "order_type": type_}
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["price"] = self.price_to_precision(symbol, price)
            js.set_(request, js.get(market, "baseId"), self.amount_to_precision(symbol, amount))
            if js.truthy(js.get(unified, "postOnly")):
                request["time_in_force"] = "MOC"
            elif js.get(unified, "timeInForce") == "GTC":
                request["time_in_force"] = "GTC"
        elif type_ == "market":
            if js.get(unified, "timeInForce") is not None:
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () timeInForce is for limit orders only, not market orders"
                    )
                )
            if side == "buy":
                # "Currently MARKET BUY order only support amount in idr": the unified cost, or amount x price.
                cost = js.get(unified, "cost")
                if (cost is None) and (price is not None) and (amount is not None):
                    cost = Precise.string_mul(self.number_to_string(amount), self.number_to_string(price))
                if cost is None:
                    raise ArgumentsRequired(
                        js.bounded_text(
                            js.bounded_text(js.to_str(self.id) + " createOrder () a market buy is sized in ")
                            + js.to_str(js.get(market, "quote"))
                            + ": pass the unified param cost (or a price to spend amount x price)"
                        )
                    )
                js.set_(request, js.get(market, "quoteId"), cost)
            else:
                if js.get(unified, "cost") is not None:
                    raise NotSupported(
                        js.bounded_text(
                            js.bounded_text(
                                js.to_str(self.id)
                                + " createOrder () does not support the unified param cost for a market sell: it is sized in "
                            )
                            + js.to_str(js.get(market, "base"))
                        )
                    )
                js.set_(request, js.get(market, "baseId"), self.amount_to_precision(symbol, amount))
        else:
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () type must be limit or market, not "
                    + js.to_str(type_)
                )
            )
        if js.get(unified, "clientOrderId") is not None:
            request["client_order_id"] = js.get(unified, "clientOrderId")
        response = await self.private_post_trade(self.extend(request, rest))
        # { return: { receive_<base>, spend_rp, fee, remain_rp, order_id, client_order_id } }: the order's id; what
        # it filled at once is in info.
        result = self.tapi_result(response)
        coin_amount = self.safe_string(request, js.get(market, "baseId"))
        return self.safe_order(
            {
                "id": self.safe_string(result, "order_id"),
                "clientOrderId": self.safe_string(result, "client_order_id"),
                "symbol": js.get(market, "symbol"),
                "type": type_,
                "side": side,
                "timeInForce": (
                    ("PO" if js.truthy(js.get(unified, "postOnly")) else "GTC")
                    if (type_ == "limit")
                    else None
                ),
                "postOnly": js.get(unified, "postOnly") if (type_ == "limit") else None,
                "price": js.get(request, "price") if (type_ == "limit") else None,
                "amount": coin_amount,
                "info": response,
            },
            market,
        )

    async def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # cancelOrder: pair, order_id, type (the order's side: buy or sell, required), order_type (limit or
        # stoplimit, optional). Answers { return: { order_id, client_order_id, type, pair, balance } }.
        if symbol is None:
            raise ArgumentsRequired(js.bounded_text(js.to_str(self.id) + " cancelOrder () requires a symbol"))
        side = self.safe_string_lower2(params, "side", "type")
        if (not (side == "buy")) and (not (side == "sell")):
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id) + " cancelOrder () requires params side, the order's side: buy or sell"
                )
            )
        await self.load_markets()
        market = self.market(symbol)
        request = {"pair": self.pair_id(market), "order_id": id_, "type": side}
        response = await self.private_post_cancel_order(
            self.extend(request, self.omit(params, ["side", "type"]))
        )
        result = self.tapi_result(response)
        return self.safe_order(
            {
                "id": self.safe_string(result, "order_id"),
                "clientOrderId": self.safe_string(result, "client_order_id"),
                "symbol": js.get(self.market_of_pair(self.safe_string(result, "pair"), market), "symbol"),
                "side": self.safe_string(result, "type"),
                "status": "canceled",
                "info": response,
            },
            market,
        )

    async def fetch_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # getOrder: pair, order_id; answers { return: { order: { ... } } }.
        if symbol is None:
            raise ArgumentsRequired(js.bounded_text(js.to_str(self.id) + " fetchOrder () requires a symbol"))
        await self.load_markets()
        market = self.market(symbol)
        request = {"pair": self.pair_id(market), "order_id": id_}
        response = await self.private_post_get_order(self.extend(request, params))
        order = self.safe_dict(self.tapi_result(response), "order")
        if order is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent a getOrder answer without order: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.parse_order(order, market)

    async def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # openOrders: pair (optional); answers { return: { orders: [ ... ] } } for one pair, { return: { orders:
        # { btc_idr: [ ... ], ... } } } for all.
        await self.load_markets()
        request = {}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["pair"] = self.pair_id(market)
        response = await self.private_post_open_orders(self.extend(request, params))
        result = self.tapi_result(response)
        orders = self.safe_value(result, "orders")
        if js.is_array(orders):
            return self.parse_orders(orders, market, since, limit, {"status": "open"})
        if (orders is None) or (not (js.typeof(orders) == "object")):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent an openOrders answer without orders: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        parsed = []
        pairs = js.keys(orders)
        i = 0
        while True:
            if not (i < len(pairs)):
                break
            entries = self.safe_list(orders, pairs[i], [])
            pair_market = self.market_of_pair(pairs[i])
            j = 0
            while True:
                if not (j < len(entries)):
                    break
                parsed.append(
                    self.extend(self.parse_order(js.get(entries, j), pair_market), {"status": "open"})
                )
                j += 1
            i += 1
        parsed = self.sort_by(parsed, "timestamp")
        return self.filter_by_symbol_since_limit(parsed, symbol, since, limit)

    def history_request(self, method, symbol, since, limit, params):
        # order/histories and myTrades: symbol (required), startTime, endTime (ms; at most 7 days apart, the last
        # 24 hours by default), limit (10 to 1000), sort (asc or desc).
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(js.to_str(self.id) + " " + js.to_str(method) + " () requires a symbol")
            )
        market = self.market(symbol)
        request = {"symbol": js.get(market, "id")}
        if since is not None:
            request["startTime"] = since
            request["sort"] = "asc"
        until = self.safe_integer(params, "until")
        if until is not None:
            request["endTime"] = until
        if limit is not None:
            least = self.safe_integer(self.options, "minHistoryLimit")
            most = self.safe_integer(self.options, "maxHistoryLimit")
            request["limit"] = js.min_(js.max_(limit, least), most)
        return request

    async def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # GET order/histories (Trade API 2.0): { data: [ orders ] }: filled, cancelled and rejected orders.
        await self.load_markets()
        request = self.history_request("fetchClosedOrders", symbol, since, limit, params)
        response = await self.private_v2_get_order_histories(self.extend(request, self.omit(params, "until")))
        data = self.safe_list(response, "data")
        if data is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent an order history without data: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.parse_orders(data, self.market(symbol), since, limit)

    async def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # GET myTrades (Trade API 2.0): { data: [ trades ] }.
        await self.load_markets()
        request = self.history_request("fetchMyTrades", symbol, since, limit, params)
        response = await self.private_v2_get_my_trades(self.extend(request, self.omit(params, "until")))
        data = self.safe_list(response, "data")
        if data is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent a trade history without data: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return self.parse_trades(data, self.market(symbol), since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # transHistory: a deposit { status, type, rp, fee, amount, submit_time, success_time, deposit_id, tx } (a
        # coin deposit: { status, <coin>, amount, success_time, deposit_id, tx }), a withdrawal { status, type, rp,
        # fee, amount, submit_time, success_time, withdraw_id, tx }: amount is what arrived (rp less fee).
        # withdrawCoin: { status, withdraw_currency, withdraw_address, withdraw_amount, fee, amount_after_fee,
        # submit_time, withdraw_id, txid }. The amount is the one net of the fee in both.
        currency_id = self.safe_string(transaction, "withdraw_currency")
        code = self.safe_currency_code(currency_id, currency)
        withdraw_id = self.safe_string(transaction, "withdraw_id")
        fee_cost = self.safe_string(transaction, "fee")
        timestamp = self.safe_timestamp(transaction, "submit_time")
        updated = self.safe_timestamp(transaction, "success_time")
        if timestamp is None:
            timestamp = updated
        return self.safe_transaction(
            {
                "id": (
                    withdraw_id if (withdraw_id is not None) else self.safe_string(transaction, "deposit_id")
                ),
                "txid": self.safe_string2(transaction, "txid", "tx"),
                "timestamp": timestamp,
                "updated": updated,
                "address": self.safe_string(transaction, "withdraw_address"),
                "type": "withdrawal" if (withdraw_id is not None) else "deposit",
                "amount": self.safe_string2(transaction, "amount_after_fee", "amount"),
                "currency": code,
                "status": self.safe_string(
                    js.get(self.options, "transactionStatuses"), self.safe_string(transaction, "status")
                ),
                "fee": None if (fee_cost is None) else {"cost": fee_cost, "currency": code},
                "info": transaction,
            },
            currency,
        )

    async def transactions_of(self, kind, method, code, since, limit, params):
        # transHistory: start, end (Y-m-d; at most 7 days apart, the last 7 days by default); answers { return: {
        # withdraw: { idr: [ ... ], btc: [ ... ] }, deposit: { ... } } }, by currency id.
        await self.load_markets()
        request = {}
        if since is not None:
            request["start"] = self.ymd(since)
        until = self.safe_integer(params, "until")
        if until is not None:
            request["end"] = self.ymd(until)
        response = await self.private_post_trans_history(self.extend(request, self.omit(params, "until")))
        by_currency = self.safe_dict(self.tapi_result(response), kind)
        if by_currency is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " "
                        + js.to_str(method)
                        + " () got a transHistory answer without "
                        + js.to_str(kind)
                        + ": "
                    )
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        result = []
        ids = js.keys(by_currency)
        i = 0
        while True:
            if not (i < len(ids)):
                break
            currency = self.safe_currency(ids[i])
            entries = self.safe_list(by_currency, ids[i], [])
            j = 0
            while True:
                if not (j < len(entries)):
                    break
                result.append(self.parse_transaction(js.get(entries, j), currency))
                j += 1
            i += 1
        result = self.sort_by(result, "timestamp")
        return self.filter_by_currency_since_limit(result, code, since, limit)

    async def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return await self.transactions_of("deposit", "fetchDeposits", code, since, limit, params)

    async def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return await self.transactions_of("withdraw", "fetchWithdrawals", code, since, limit, params)

    async def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # getInfo: { return: { address: { btc: '17wG...' }, network: { btc: 'mainnet', eth: [ 'eth', 'arb', ... ] },
        # ... } }: one address per currency, on the networks listed.
        await self.load_markets()
        currency = self.currency(code)
        network = self.safe_string(params, "network")
        response = await self.private_post_get_info(self.omit(params, "network"))
        info = self.tapi_result(response)
        address = self.safe_string(self.safe_dict(info, "address", {}), js.get(currency, "id"))
        if address is None:
            raise InvalidAddress(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id) + " fetchDepositAddress () the account has no deposit address of "
                    )
                    + js.to_str(js.get(currency, "code"))
                )
            )
        listed = self.safe_value(self.safe_dict(info, "network", {}), js.get(currency, "id"))
        networks = listed if js.is_array(listed) else [] if (listed is None) else [listed]
        network_code = None
        if network is not None:
            network_id = js.lower(self.network_id(network, currency))
            if not js.truthy(self.in_array(network_id, networks)):
                raise BadRequest(
                    js.bounded_text(
                        js.bounded_text(
                            js.bounded_text(
                                js.to_str(self.id)
                                + " fetchDepositAddress () the network "
                                + js.to_str(network)
                                + " is not one of "
                            )
                            + js.to_str(js.get(currency, "code"))
                            + "'s: "
                        )
                        + js.join(networks, ", ")
                    )
                )
            network_code = network
        elif js.strict_equal(js.length(networks), 1):
            network_code = self.network_code(js.get(networks, 0), currency)
        return {
            "currency": js.get(currency, "code"),
            "address": address,
            "network": network_code,
            "info": response,
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
        # withdrawCoin: currency, network (required), withdraw_address, withdraw_amount, withdraw_memo (optional),
        # request_id (required, alphanumeric: the account's callback URL gets it to confirm the withdrawal).
        await self.load_markets()
        currency = self.currency(code)
        # The network ids are lowercase ('erc20', 'trc20', 'bep20', 'mainnet'): a unified code options['networks']
        # knows is translated, any other is sent as the id in lowercase, and the exchange answers an unknown one with
        # "Invalid network, please fill with one of this ..." (a BadRequest).
        network = self.safe_string(params, "network")
        if network is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " withdraw () requires the unified param network (")
                    + js.join(js.keys(js.get(self.options, "networks")), ", ")
                    + ", or the currency's own network id)"
                )
            )
        request = {
            "currency": js.get(currency, "id"),
            "network": js.lower(self.network_id(network, currency)),
            "withdraw_address": address,
            "withdraw_amount": self.number_to_string(amount),
        }
        if tag is not None:
            request["withdraw_memo"] = tag
        request_id = self.safe_string(params, "request_id")
        if request_id is None:
            request_id = self.number_to_string(self.milliseconds())
        request["request_id"] = request_id
        response = await self.private_post_withdraw_coin(
            self.extend(request, self.omit(params, ["network", "request_id"]))
        )
        transaction = self.parse_transaction(response, currency)
        js.set_(transaction, "network", network)
        return transaction

    # --- transport -----------------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # TAPI: POST /tapi, body method=<path>&<params>&timestamp&recvWindow, headers Key and Sign (the hex
        # HMAC-SHA512 of the body). Trade API 2.0: GET <path>?<params>&timestamp&recvWindow, headers X-APIKEY
        # and Sign (the hex HMAC-SHA512 of the query string).
        if (api == "public") or (api == "tradingview"):
            return super().sign(path, api, method, params, headers, body)
        self.check_required_credentials()
        if (
            js.has(params, "method")
            or js.has(params, "timestamp")
            or js.has(params, "recvWindow")
            or js.has(params, "nonce")
        ):
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(path)
                    + " takes no parameter method, timestamp, recvWindow or nonce: the request is signed with its own"
                )
            )
        timing = {
            "timestamp": self.milliseconds(),
            "recvWindow": self.safe_integer(self.options, "recvWindow"),
        }
        base = self.safe_string(js.get(self.urls, "api"), api)
        if api == "private":
            body = self.urlencode(self.extend(self.extend({"method": path}, params), timing))
            headers = {
                "Content-Type": "application/x-www-form-urlencoded",
                "Key": self.apiKey,
                "Sign": self.hmac(self.encode(body), self.encode(self.secret), "sha512"),
            }
            return {"url": base, "method": method, "body": body, "headers": headers}
        query = self.urlencode(self.extend(params, timing))
        headers = {
            "Accept": "application/json",
            "Content-Type": "application/json",
            "X-APIKEY": self.apiKey,
            "Sign": self.hmac(self.encode(query), self.encode(self.secret), "sha512"),
        }
        return {
            "url": js.bounded_text(js.to_str(base) + "/" + js.to_str(path) + "?" + js.to_str(query)),
            "method": method,
            "body": None,
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
        # TAPI: { success: 0, error, error_code } (a few withdrawCoin errors come with success 1); an HTTP 429 of
        # the trade method once came as { message }. Trade API 2.0: { code, error }.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return None
        message = self.safe_string(response, "error")
        if (message is None) and js.greater_equal(status, 400):
            message = self.safe_string(response, "message")
        if message is None:
            return None
        feedback = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " ") + js.to_str(self.excerpt(response_body))
        )
        self.throw_exactly_matched_exception(
            js.get(self.exceptions, "exact"), self.safe_string(response, "error_code"), feedback
        )
        self.throw_exactly_matched_exception(
            js.get(self.exceptions, "exact"), self.safe_string(response, "code"), feedback
        )
        self.throw_broadly_matched_exception(js.get(self.exceptions, "broad"), message, feedback)
        raise ExchangeError(feedback)
