# Generated from js/bitmart.js by exkit: do not edit. Change the source and run `python build.py`.
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
    Market,
    OHLCV,
    Order,
    OrderBook,
    Status,
    Ticker,
    Trade,
    TradingFee,
    Transaction,
)


class bitmart(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "bitmart",
                "name": "BitMart",
                "countries": ["US", "CN", "HK", "KR"],
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
                    "fetchStatus": True,
                    "fetchTradingFees": False,
                    "cancelAllOrders": True,
                    "fetchOrderTrades": True,
                    "fetchTradingFee": True,
                    "fetchDepositAddresses": False,
                    "createDepositAddress": False,
                    "fetchDepositWithdrawFees": False,
                    "transfer": False,
                    "createMarketBuyOrderWithCost": True,
                },
                "urls": {
                    "logo": "https://www.bitmart.com/favicon.ico",
                    "api": "https://api-cloud.bitmart.com",
                    "www": "https://www.bitmart.com",
                    "doc": [
                        "https://developer-pro.bitmart.com/en/spot/",
                        "https://github.com/bitmartexchange/bitmart-official-api-docs",
                    ],
                    "fees": "https://www.bitmart.com/fee/en",
                },
                "api": {
                    "public": {
                        "get": {
                            "system/time": 1,
                            "system/service": 1,
                            "spot/v1/currencies": 2.5,
                            "spot/v1/symbols": 2.5,
                            "spot/v1/symbols/details": 1.67,
                            "spot/quotation/v3/tickers": 2,
                            "spot/quotation/v3/ticker": 1.34,
                            "spot/quotation/v3/lite-klines": 1.34,
                            "spot/quotation/v3/klines": 2,
                            "spot/quotation/v3/books": 1.34,
                            "spot/quotation/v3/trades": 1.34,
                        }
                    },
                    "private": {
                        "get": {
                            "account/v1/wallet": 1.67,
                            "account/v1/currencies": 1,
                            "spot/v1/wallet": 1.67,
                            "account/v1/deposit/address": 1.67,
                            "account/v1/withdraw/charge": 1.67,
                            "account/v2/deposit-withdraw/history": 2.5,
                            "account/v1/deposit-withdraw/detail": 2.5,
                            "spot/v1/trade_fee": 10,
                            "spot/v1/user_fee": 10,
                        },
                        "post": {
                            "account/v1/withdraw/apply": 2.5,
                            "spot/v2/submit_order": 0.5,
                            "spot/v3/cancel_order": 0.5,
                            "spot/v4/cancel_orders": 0.5,
                            "spot/v4/cancel_all": 30,
                            "spot/v4/batch_orders": 0.5,
                            "spot/v4/query/order": 0.4,
                            "spot/v4/query/client-order": 0.4,
                            "spot/v4/query/open-orders": 1.67,
                            "spot/v4/query/history-orders": 1.67,
                            "spot/v4/query/trades": 1.67,
                            "spot/v4/query/order-trades": 1.67,
                        },
                    },
                },
                "timeframes": {
                    "1m": "1",
                    "5m": "5",
                    "15m": "15",
                    "30m": "30",
                    "1h": "60",
                    "2h": "120",
                    "4h": "240",
                    "1d": "1440",
                    "1w": "10080",
                    "1M": "43200",
                },
                "requiredCredentials": {"apiKey": True, "secret": True, "uid": True},
                "fees": {"trading": {"tierBased": True, "percentage": True, "taker": 0.001, "maker": 0.001}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "maxCandles": 200,
                    "networks": {"ERC20": "ERC20", "TRC20": "TRC20", "BEP20": "BEP20", "SOL": "SOL"},
                    "orderStatuses": {
                        "new": "open",
                        "partially_filled": "open",
                        "filled": "closed",
                        "canceled": "canceled",
                        "partially_canceled": "canceled",
                    },
                    "transactionStatuses": {
                        "0": "pending",
                        "1": "pending",
                        "2": "pending",
                        "3": "ok",
                        "4": "canceled",
                        "5": "failed",
                    },
                },
                "exceptions": {
                    "exact": {
                        "30000": BadRequest,
                        "30001": AuthenticationError,
                        "30002": AuthenticationError,
                        "30003": AccountSuspended,
                        "30004": AuthenticationError,
                        "30005": AuthenticationError,
                        "30006": AuthenticationError,
                        "30007": InvalidNonce,
                        "30008": InvalidNonce,
                        "30010": PermissionDenied,
                        "30011": AuthenticationError,
                        "30012": PermissionDenied,
                        "30013": RateLimitExceeded,
                        "30014": ExchangeNotAvailable,
                        "50000": BadRequest,
                        "50001": BadSymbol,
                        "50002": BadRequest,
                        "50004": BadRequest,
                        "50005": OrderNotFound,
                        "50006": InvalidOrder,
                        "50007": InvalidOrder,
                        "50008": InvalidOrder,
                        "51000": InsufficientFunds,
                        "51001": BadSymbol,
                        "51003": OrderNotFound,
                        "51004": OrderNotFound,
                        "51006": InvalidOrder,
                        "51007": InvalidOrder,
                        "51009": InvalidOrder,
                    },
                    "broad": {},
                },
            },
        )

    # --- markets and currencies ----------------------------------------------------------------------
    async def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # spot/v1/symbols/details: { symbols: [ { symbol, symbol_id, base_currency, quote_currency,
        # quote_increment, base_min_size, price_min_precision, price_max_precision, trade_status,
        # min_buy_amount, min_sell_amount, expiration } ] }. quote_increment is the order size step (the
        # docs: "the minimum order quantity increment") and price_max_precision the decimals of an order
        # price; min_buy_amount is the minimum order value in the quote currency.
        response = await self.public_get_spot_v1_symbols_details(params)
        data = self.safe_dict(response, "data", {})
        symbols = self.safe_list(data, "symbols", [])
        result = []
        i = 0
        while True:
            if not (i < len(symbols)):
                break
            entry = js.get(symbols, i)
            id_ = self.safe_string(entry, "symbol")
            base_id = self.safe_string(entry, "base_currency")
            quote_id = self.safe_string(entry, "quote_currency")
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
                    active=self.safe_string(entry, "trade_status") == "trading",
                    type="spot",
                    spot=True,
                    taker=js.get(js.get(self.fees, "trading"), "taker"),
                    maker=js.get(js.get(self.fees, "trading"), "maker"),
                    precision={
                        "amount": self.safe_number(entry, "quote_increment"),
                        "price": self.parse_number(
                            self.parse_precision(self.safe_string(entry, "price_max_precision"))
                        ),
                    },
                    limits={
                        "amount": {"min": self.safe_number(entry, "base_min_size"), "max": None},
                        "price": {"min": None, "max": None},
                        "cost": {"min": self.safe_number(entry, "min_buy_amount"), "max": None},
                    },
                    info=entry,
                )
            )
            i += 1
        return result

    async def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # spot/v1/currencies: { currencies: [ { id, name, withdraw_enabled, deposit_enabled } ] }. A currency
        # on another chain is its own id (USDT-TRC20), listed as such.
        response = await self.public_get_spot_v1_currencies(params)
        data = self.safe_dict(response, "data", {})
        entries = self.safe_list(data, "currencies", [])
        result = {}
        i = 0
        while True:
            if not (i < len(entries)):
                break
            entry = js.get(entries, i)
            id_ = self.safe_string(entry, "id")
            code = self.safe_currency_code(id_)
            deposit = self.safe_bool(entry, "deposit_enabled")
            withdraw = self.safe_bool(entry, "withdraw_enabled")
            js.set_(
                result,
                code,
                {
                    "id": id_,
                    "code": code,
                    "name": self.safe_string(entry, "name"),
                    "active": deposit or withdraw,
                    "deposit": deposit,
                    "withdraw": withdraw,
                    "info": entry,
                },
            )
            i += 1
        return result

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # v3 ticker: { symbol, last, v_24h, qv_24h, open_24h, high_24h, low_24h, fluctuation (the 24 h change
        # as a ratio), bid_px, bid_sz, ask_px, ask_sz, ts }; v3 tickers: the same values as an array in that
        # order.
        if js.is_array(ticker):
            ticker = {
                "symbol": self.safe_string(ticker, 0),
                "last": self.safe_string(ticker, 1),
                "v_24h": self.safe_string(ticker, 2),
                "qv_24h": self.safe_string(ticker, 3),
                "open_24h": self.safe_string(ticker, 4),
                "high_24h": self.safe_string(ticker, 5),
                "low_24h": self.safe_string(ticker, 6),
                "fluctuation": self.safe_string(ticker, 7),
                "bid_px": self.safe_string(ticker, 8),
                "bid_sz": self.safe_string(ticker, 9),
                "ask_px": self.safe_string(ticker, 10),
                "ask_sz": self.safe_string(ticker, 11),
                "ts": self.safe_string(ticker, 12),
            }
        market = self.safe_market(self.safe_string(ticker, "symbol"), market, "_")
        fluctuation = self.safe_string(ticker, "fluctuation")
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer(ticker, "ts"),
            high=self.safe_string(ticker, "high_24h"),
            low=self.safe_string(ticker, "low_24h"),
            bid=self.safe_string(ticker, "bid_px"),
            bid_volume=self.safe_string(ticker, "bid_sz"),
            ask=self.safe_string(ticker, "ask_px"),
            ask_volume=self.safe_string(ticker, "ask_sz"),
            open_=self.safe_string(ticker, "open_24h"),
            last=self.safe_string(ticker, "last"),
            percentage=None if (fluctuation is None) else Precise.string_mul(fluctuation, "100"),
            base_volume=self.safe_string(ticker, "v_24h"),
            quote_volume=self.safe_string(ticker, "qv_24h"),
            info=ticker,
            market=market,
        )

    async def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_spot_quotation_v3_ticker(
            self.extend({"symbol": js.get(market, "id")}, params)
        )
        return self.parse_ticker(self.safe_dict(response, "data", {}), market)

    async def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # v3 tickers: every pair; the symbols given are picked from them.
        await self.load_markets()
        response = await self.public_get_spot_quotation_v3_tickers(params)
        return self.parse_tickers(self.safe_list(response, "data", []), symbols)

    async def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # v3 books?symbol=&limit= (at most 50, 35 by default): { ts, symbol, asks: [ [ price, size ] ], bids }.
        await self.load_markets()
        market = self.market(symbol)
        request = {"symbol": js.get(market, "id")}
        if limit is not None:
            request["limit"] = js.min_(limit, 50)
        response = await self.public_get_spot_quotation_v3_books(self.extend(request, params))
        data = self.safe_dict(response, "data", {})
        return self.parse_order_book(data, js.get(market, "symbol"), self.safe_integer(data, "ts"))

    def parse_ohlcv(self, ohlcv, market=None):
        # [ t (open time, seconds), o, h, l, c, v (base), qv (quote) ].
        return [
            self.safe_integer_product(ohlcv, 0, 1000),
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
        # v3 klines: symbol, step (minutes), after (seconds: candles after it), before (seconds: candles before
        # it), limit (at most 200). since becomes after (one second earlier, as after is exclusive); the
        # unified until (inclusive) becomes before, one second later.
        await self.load_markets()
        market = self.market(symbol)
        step = self.safe_string(self.timeframes, timeframe)
        if step is None:
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
        request = {"symbol": js.get(market, "id"), "step": js.parse_int(step)}
        if since is not None:
            request["after"] = js.number(js.floor(js.divide(since, 1000)) - 1)
        until = self.safe_integer(params, "until")
        if until is not None:
            request["before"] = js.number(js.floor(js.divide(until, 1000)) + 1)
        if limit is not None:
            request["limit"] = js.min_(limit, js.get(self.options, "maxCandles"))
        response = await self.public_get_spot_quotation_v3_klines(
            self.extend(request, self.omit(params, "until"))
        )
        return self.parse_ohlcvs(self.safe_list(response, "data", []), market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def parse_trade(self, trade, market=None):
        # Public (v3 trades): [ symbol, ts, price, size, side ]. The account's (v4 query/trades and
        # order-trades): { tradeId, orderId, clientOrderId, symbol, side, orderMode, type, price, size,
        # notional, fee, feeCoinName, tradeRole, createTime, updateTime }.
        if js.is_array(trade):
            market = self.safe_market(self.safe_string(trade, 0), market, "_")
            return self.trade_structure(
                symbol=js.get(market, "symbol"),
                timestamp=self.safe_integer(trade, 1),
                price=self.safe_string(trade, 2),
                amount=self.safe_string(trade, 3),
                side=self.safe_string(trade, 4),
                info=trade,
                market=market,
            )
        market = self.safe_market(self.safe_string(trade, "symbol"), market, "_")
        fee_cost = self.safe_string(trade, "fee")
        fee = None
        if fee_cost is not None:
            fee = {
                "cost": fee_cost,
                "currency": self.safe_currency_code(self.safe_string(trade, "feeCoinName")),
            }
        type_ = self.safe_string(trade, "type")
        return self.trade_structure(
            identifier=self.safe_string(trade, "tradeId"),
            order=self.safe_string(trade, "orderId"),
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer(trade, "createTime"),
            kind="market" if (type_ == "market") else "limit",
            side=self.safe_string(trade, "side"),
            taker_or_maker=self.safe_string(trade, "tradeRole"),
            price=self.safe_string(trade, "price"),
            amount=self.safe_string(trade, "size"),
            cost=self.safe_string(trade, "notional"),
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
        # v3 trades?symbol=&limit= (at most 50): the latest trades; since filters them.
        await self.load_markets()
        market = self.market(symbol)
        request = {"symbol": js.get(market, "id")}
        if limit is not None:
            request["limit"] = js.min_(limit, 50)
        response = await self.public_get_spot_quotation_v3_trades(self.extend(request, params))
        return self.parse_trades(self.safe_list(response, "data", []), market, since, limit)

    async def fetch_time(self, params: dict[str, Any] | None = None) -> int | None:
        if params is None:
            params = {}
        # system/time: { server_time } in ms.
        response = await self.public_get_system_time(params)
        return self.safe_integer(self.safe_dict(response, "data", {}), "server_time")

    async def fetch_status(self, params: dict[str, Any] | None = None) -> Status:
        if params is None:
            params = {}
        # system/service: { service: [ { title, service_type (spot, contract, account), status (0 waiting,
        # 1 working, 2 completed), start_time, end_time } ] }: the spot maintenance in progress, if any.
        response = await self.public_get_system_service(params)
        data = self.safe_dict(response, "data", {})
        services = self.safe_list(data, "service", [])
        status = "ok"
        eta = None
        i = 0
        while True:
            if not (i < len(services)):
                break
            service = js.get(services, i)
            if (self.safe_string(service, "service_type") == "spot") and (
                self.safe_string(service, "status") == "1"
            ):
                status = "maintenance"
                eta = self.safe_integer(service, "end_time")
            i += 1
        return {"status": status, "updated": None, "eta": eta, "url": None, "info": response}

    # --- account -------------------------------------------------------------------------------------
    async def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # spot/v1/wallet: { wallet: [ { id, available, name, frozen (in open orders) } ] }.
        await self.load_markets()
        response = await self.private_get_spot_v1_wallet(params)
        data = self.safe_dict(response, "data", {})
        wallet = self.safe_list(data, "wallet", [])
        result = {"info": response}
        i = 0
        while True:
            if not (i < len(wallet)):
                break
            entry = js.get(wallet, i)
            code = self.safe_currency_code(self.safe_string(entry, "id"))
            account = self.account()
            js.set_(account, "free", self.safe_string(entry, "available"))
            js.set_(account, "used", self.safe_string(entry, "frozen"))
            js.set_(result, code, account)
            i += 1
        return self.safe_balance(result)

    async def fetch_trading_fee(self, symbol: str, params: dict[str, Any] | None = None) -> TradingFee:
        if params is None:
            params = {}
        # spot/v1/trade_fee?symbol=: { symbol, buy_taker_fee_rate, sell_taker_fee_rate, buy_maker_fee_rate,
        # sell_maker_fee_rate }. The buy rates are reported; the sell rates are in info.
        await self.load_markets()
        market = self.market(symbol)
        response = await self.private_get_spot_v1_trade_fee(
            self.extend({"symbol": js.get(market, "id")}, params)
        )
        data = self.safe_dict(response, "data", {})
        return {
            "symbol": js.get(market, "symbol"),
            "maker": self.safe_number(data, "buy_maker_fee_rate"),
            "taker": self.safe_number(data, "buy_taker_fee_rate"),
            "info": data,
        }

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # v4 queries: { orderId, clientOrderId ('' when none), symbol, side, orderMode, type (limit, market,
        # limit_maker, ioc), state (new, partially_filled, filled, canceled, partially_canceled),
        # cancelSource, price, priceAvg, size, filledSize, notional, filledNotional, createTime,
        # updateTime }. A market buy is sized by notional (its size is 0).
        market = self.safe_market(self.safe_string(order, "symbol"), market, "_")
        type_ = self.safe_string(order, "type")
        time_in_force = None
        if type_ == "ioc":
            time_in_force = "IOC"
        elif type_ == "limit_maker":
            time_in_force = "PO"
        elif type_ == "limit":
            time_in_force = "GTC"
        is_market = type_ == "market"
        state = self.safe_string(order, "state")
        amount = self.safe_string(order, "size")
        if (amount is not None) and Precise.string_eq(amount, "0"):
            amount = None
        average = self.safe_string(order, "priceAvg")
        client_order_id = self.safe_string(order, "clientOrderId")
        return self.safe_order(
            {
                "id": self.safe_string(order, "orderId"),
                "clientOrderId": None if (client_order_id == "") else client_order_id,
                "symbol": js.get(market, "symbol"),
                "timestamp": self.safe_integer(order, "createTime"),
                "lastUpdateTimestamp": self.safe_integer(order, "updateTime"),
                "status": self.safe_string(js.get(self.options, "orderStatuses"), state, state),
                "type": "market" if is_market else "limit",
                "timeInForce": time_in_force,
                "postOnly": None if (type_ is None) else type_ == "limit_maker",
                "side": self.safe_string(order, "side"),
                "price": None if is_market else self.safe_string(order, "price"),
                "average": None if ((average is None) or Precise.string_eq(average, "0")) else average,
                "amount": amount,
                "filled": self.safe_string(order, "filledSize"),
                "cost": self.safe_string(order, "filledNotional"),
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
        # POST spot/v2/submit_order { symbol, side, type, size, price, notional, client_order_id }: the order
        # id only. type limit (GTC), limit_maker (postOnly), ioc (a limit order with IOC) or market; a market
        # buy is sized by notional (the unified param cost), a market sell by size. No FOK, stop or
        # reduce-only orders on spot.
        await self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params(
            "createOrder", unified, ["reduceOnly", "triggerPrice", "stopLossPrice", "takeProfitPrice"]
        )
        if js.get(unified, "timeInForce") == "FOK":
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () does not support the timeInForce FOK: spot orders are GTC, IOC or post-only (limit_maker)"
                )
            )
        sized_by_cost = (type_ == "market") and (side == "buy")
        if (not sized_by_cost) and (amount is None):
            raise ArgumentsRequired(
                js.bounded_text(js.to_str(self.id) + " createOrder () requires an amount")
            )
        request = {"symbol": js.get(market, "id"), "side": side}
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            if js.get(unified, "cost") is not None:
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () cost sizes market buys only: a limit order is sized by amount"
                    )
                )
            if js.truthy(js.get(unified, "postOnly")):
                request["type"] = "limit_maker"
            elif js.get(unified, "timeInForce") == "IOC":
                request["type"] = "ioc"
            else:
                request["type"] = "limit"
            request["size"] = self.amount_to_precision(symbol, amount)
            request["price"] = self.price_to_precision(symbol, price)
        elif type_ == "market":
            if js.get(unified, "timeInForce") == "IOC":
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () timeInForce IOC is a limit order (type ioc) on BitMart: give a price"
                    )
                )
            request["type"] = "market"
            if side == "buy":
                if js.get(unified, "cost") is None:
                    raise ArgumentsRequired(
                        js.bounded_text(
                            js.to_str(self.id)
                            + " createOrder () a market buy is sized by its value: pass the unified param cost (createMarketBuyOrderWithCost)"
                        )
                    )
                request["notional"] = self.cost_to_precision(symbol, js.get(unified, "cost"))
            else:
                if js.get(unified, "cost") is not None:
                    raise InvalidOrder(
                        js.bounded_text(
                            js.to_str(self.id)
                            + " createOrder () cost sizes market buys only: a market sell is sized by amount"
                        )
                    )
                request["size"] = self.amount_to_precision(symbol, amount)
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
        response = await self.private_post_spot_v2_submit_order(self.extend(request, rest))
        data = self.safe_dict(response, "data", {})
        return self.safe_order(
            {
                "id": self.safe_string(data, "order_id"),
                "clientOrderId": js.get(unified, "clientOrderId"),
                "symbol": js.get(market, "symbol"),
                "type": type_,
                "side": side,
                "info": data,
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
        # POST spot/v3/cancel_order { symbol, order_id }: { result: true } when the cancel is accepted. (The
        # endpoint also cancels by client_order_id, but its answer names no order id, which the unified order
        # must have.)
        if symbol is None:
            raise ArgumentsRequired(js.bounded_text(js.to_str(self.id) + " cancelOrder () requires a symbol"))
        await self.load_markets()
        market = self.market(symbol)
        response = await self.private_post_spot_v3_cancel_order(
            self.extend({"symbol": js.get(market, "id"), "order_id": id_}, params)
        )
        data = self.safe_dict(response, "data", {})
        if self.safe_bool(data, "result") is False:
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " cancelOrder () the cancel of "
                    + js.to_str(id_)
                    + " was not accepted"
                )
            )
        return self.safe_order({"id": id_, "symbol": js.get(market, "symbol"), "info": data}, market)

    async def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # POST spot/v4/cancel_all { symbol, side }: an empty answer; the orders canceled are those listed open
        # just before (one that fills in between is reported canceled).
        await self.load_markets()
        open_ = await self.fetch_open_orders(symbol)
        request = {}
        if symbol is not None:
            request["symbol"] = self.market_id(symbol)
        response = await self.private_post_spot_v4_cancel_all(self.extend(request, params))
        return self.canceled_orders(open_, response)

    async def fetch_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # POST spot/v4/query/order { orderId } or query/client-order { clientOrderId } (the param
        # clientOrderId).
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        client_order_id = self.safe_string(params, "clientOrderId")
        response = None
        if client_order_id is not None:
            response = await self.private_post_spot_v4_query_client_order(
                self.extend({"clientOrderId": client_order_id}, self.omit(params, "clientOrderId"))
            )
        else:
            response = await self.private_post_spot_v4_query_order(self.extend({"orderId": id_}, params))
        return self.parse_order(self.safe_dict(response, "data", {}), market)

    def list_request(self, symbol, since, limit, params):
        # The v4 lists: symbol, orderMode spot, startTime, endTime (the unified until), limit (1 to 200).
        request = {"orderMode": "spot"}
        if symbol is not None:
            request["symbol"] = self.market_id(symbol)
        if since is not None:
            request["startTime"] = since
        until = self.safe_integer(params, "until")
        if until is not None:
            request["endTime"] = until
        if limit is not None:
            request["limit"] = js.min_(limit, 200)
        return self.extend(request, self.omit(params, "until"))

    async def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # POST spot/v4/query/open-orders.
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = await self.private_post_spot_v4_query_open_orders(
            self.list_request(symbol, since, limit, params)
        )
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
        # POST spot/v4/query/history-orders: filled and canceled orders.
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = await self.private_post_spot_v4_query_history_orders(
            self.list_request(symbol, since, limit, params)
        )
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
        # POST spot/v4/query/trades.
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = await self.private_post_spot_v4_query_trades(
            self.list_request(symbol, since, limit, params)
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
        # POST spot/v4/query/order-trades { orderId }.
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = await self.private_post_spot_v4_query_order_trades(self.extend({"orderId": id_}, params))
        return self.parse_trades(self.safe_list(response, "data", []), market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def currency_id_on_network(self, currency, params):
        # A currency on a chain other than its default one is the id with the chain's suffix (USDT-TRC20).
        network_code = self.safe_string(params, "network")
        if network_code is None:
            return js.get(currency, "id")
        return js.bounded_text(
            js.bounded_text(js.to_str(js.get(currency, "id")) + "-")
            + js.to_str(self.network_id(network_code, currency))
        )

    def code_and_network(self, currency_id):
        # USDT-TRC20 -> [ USDT, TRC20 ]; BTC -> [ BTC, undefined ].
        if (currency_id is None) or (js.index_of(currency_id, "-") < 0):
            return [self.safe_currency_code(currency_id), None]
        parts = js.split(currency_id, "-")
        return [self.safe_currency_code(js.get(parts, 0)), self.network_code(js.get(parts, 1))]

    async def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # account/v1/deposit/address?currency=: { currency, chain, address, address_memo ('' without) }.
        await self.load_markets()
        currency = self.currency(code)
        request = {"currency": self.currency_id_on_network(currency, params)}
        response = await self.private_get_account_v1_deposit_address(
            self.extend(request, self.omit(params, "network"))
        )
        data = self.safe_dict(response, "data", {})
        (
            parsed_code,
            network,
        ) = js.destructure(self.code_and_network(self.safe_string(data, "currency")), 2)
        memo = self.safe_string(data, "address_memo")
        return {
            "currency": code if (parsed_code is None) else parsed_code,
            "address": self.safe_string(data, "address"),
            "tag": None if (memo == "") else memo,
            "network": network,
            "info": data,
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
        # POST account/v1/withdraw/apply { currency, amount, destination: 'To Digital Address', address,
        # address_memo }: { withdraw_id }. The address must be in the account's address book.
        await self.load_markets()
        currency = self.currency(code)
        request = {
            "currency": self.currency_id_on_network(currency, params),
            "amount": self.number_to_string(amount),
            "destination": "To Digital Address",
            "address": address,
        }
        if tag is not None:
            request["address_memo"] = tag
        response = await self.private_post_account_v1_withdraw_apply(
            self.extend(request, self.omit(params, "network"))
        )
        data = self.safe_dict(response, "data", {})
        return self.safe_transaction(
            {
                "id": self.safe_string(data, "withdraw_id"),
                "type": "withdrawal",
                "currency": code,
                "network": self.safe_string(params, "network"),
                "amount": self.number_to_string(amount),
                "address": address,
                "tag": tag,
                "status": "pending",
                "info": data,
            },
            currency,
        )

    def parse_transaction(self, transaction, currency=None):
        # { withdraw_id, deposit_id, operation_type (deposit or withdraw), currency (USDT-TRC20 on a chain),
        # apply_time (ms), arrival_amount, fee, status (0-5), address, address_memo, tx_id ('' before it is
        # on chain) }.
        (
            code,
            network,
        ) = js.destructure(self.code_and_network(self.safe_string(transaction, "currency")), 2)
        type_ = "deposit" if (self.safe_string(transaction, "operation_type") == "deposit") else "withdrawal"
        id_ = (
            self.safe_string(transaction, "deposit_id")
            if (type_ == "deposit")
            else self.safe_string(transaction, "withdraw_id")
        )
        txid = self.safe_string(transaction, "tx_id")
        memo = self.safe_string(transaction, "address_memo")
        fee_cost = self.safe_string(transaction, "fee")
        return self.safe_transaction(
            {
                "id": id_,
                "txid": None if (txid == "") else txid,
                "timestamp": self.safe_integer(transaction, "apply_time"),
                "network": network,
                "address": self.safe_string(transaction, "address"),
                "tag": None if (memo == "") else memo,
                "type": type_,
                "amount": self.safe_string(transaction, "arrival_amount"),
                "currency": code,
                "status": self.safe_string(
                    js.get(self.options, "transactionStatuses"), self.safe_string(transaction, "status")
                ),
                "fee": None if (fee_cost is None) else {"cost": fee_cost, "currency": code},
                "info": transaction,
            },
            currency,
        )

    async def fetch_transfers(self, type_, code, since, limit, params):
        # account/v2/deposit-withdraw/history: operation_type (deposit or withdraw), currency, startTime,
        # endTime (the unified until), N (how many, 1 to 1000); newest first.
        await self.load_markets()
        request = {"operation_type": type_, "N": 100 if (limit is None) else js.min_(limit, 1000)}
        currency = None
        if code is not None:
            currency = self.currency(code)
            request["currency"] = js.get(currency, "id")
        if since is not None:
            request["startTime"] = since
        until = self.safe_integer(params, "until")
        if until is not None:
            request["endTime"] = until
        response = await self.private_get_account_v2_deposit_withdraw_history(
            self.extend(request, self.omit(params, "until"))
        )
        data = self.safe_dict(response, "data", {})
        return self.parse_transactions(self.safe_list(data, "records", []), currency, since, limit)

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
        return await self.fetch_transfers("withdraw", code, since, limit, params)

    # --- transport -----------------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # GET sends the params as the query string, POST as a JSON body. Private requests carry X-BM-KEY,
        # X-BM-TIMESTAMP (ms) and X-BM-SIGN: hex HMAC-SHA256 with the secret of timestamp + '#' + memo + '#' +
        # the query string (GET) or the body (POST).
        url = js.bounded_text(
            js.bounded_text(js.to_str(js.get(self.urls, "api")) + "/")
            + js.to_str(self.implode_params(path, params))
        )
        query = self.omit(params, self.extract_params(path))
        has_params = len(js.keys(query)) > 0
        is_post = method == "POST"
        payload = ""
        if is_post:
            body = self.json(query) if has_params else "{}"  # (PHP writes an empty dictionary as [])
            payload = body
        elif has_params:
            payload = self.urlencode(query)
            url += js.within(url, "?" + js.to_str(payload))
        if api == "public":
            return {"url": url, "method": method, "body": body, "headers": headers}
        self.check_required_credentials()
        timestamp = self.number_to_string(self.milliseconds())
        signature = self.hmac(
            self.encode(
                js.bounded_text(
                    js.bounded_text(js.to_str(timestamp) + "#")
                    + js.to_str(self.uid)
                    + "#"
                    + js.to_str(payload)
                )
            ),
            self.encode(self.secret),
            "sha256",
            "hex",
        )
        headers = {"X-BM-KEY": self.apiKey, "X-BM-TIMESTAMP": timestamp, "X-BM-SIGN": signature}
        if is_post:
            js.set_(headers, "Content-Type", "application/json")
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
        # { code, message, trace, data }: code 1000 is success; another code picks the class, else the HTTP
        # status does.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return
        code = self.safe_string(response, "code")
        if (code is None) or (code == "1000"):
            return
        message = self.safe_string(response, "message", "")
        feedback = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " " + js.to_str(method) + " " + js.to_str(url) + " ")
            + js.to_str(self.string_of(status, ""))
            + " "
            + js.to_str(code)
            + " "
            + message
        )
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
        self.throw_broadly_matched_exception(js.get(self.exceptions, "broad"), message, feedback)
        raise ExchangeError(feedback)
