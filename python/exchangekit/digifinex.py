# Generated from js/digifinex.js by exkit: do not edit. Change the source and run `python build.py`.
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
    DepositWithdrawFee,
    LedgerEntry,
    Market,
    OHLCV,
    Order,
    OrderBook,
    Ticker,
    Trade,
    Transaction,
    Transfer,
)


class digifinex(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "digifinex",
                "name": "DigiFinex",
                "countries": ["SG"],
                "version": "v3",
                "rateLimit": 50,
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
                    "withdraw": False,
                    "fetchTime": True,
                    "fetchStatus": False,
                    "fetchTradingFees": False,
                    "cancelAllOrders": False,
                    "fetchOrderTrades": True,
                    "fetchTradingFee": False,
                    "fetchDepositAddresses": False,
                    "createDepositAddress": False,
                    "fetchDepositWithdrawFees": True,
                    "transfer": True,
                    "createMarketBuyOrderWithCost": True,
                },
                "urls": {
                    "logo": "https://www.digifinex.com/favicon.ico",
                    "api": "https://openapi.digifinex.com/v3",
                    "www": "https://www.digifinex.com",
                    "doc": "https://docs.digifinex.com/en-ww/spot/v3/rest.html",
                    "fees": "https://digifinex.zendesk.com/hc/en-us/articles/360000328422-Fee-Structure-on-DigiFinex",
                },
                "api": {
                    "public": {
                        "get": {
                            "time": 1,
                            "spot/symbols": 1,
                            "currencies": 1,
                            "ticker": 1,
                            "order_book": 1,
                            "trades": 1,
                            "kline": 1,
                        }
                    },
                    "private": {
                        "get": {
                            "spot/assets": 1,
                            "spot/order": 1,
                            "spot/order/current": 1,
                            "spot/order/history": 1,
                            "spot/mytrades": 1,
                            "spot/order/detail": 1,
                            "spot/financelog": 1,
                            "deposit/address": 1,
                            "deposit/history": 1,
                            "withdraw/history": 1,
                        },
                        "post": {"spot/order/new": 1, "spot/order/cancel": 1, "transfer": 1},
                    },
                },
                "timeframes": {
                    "1m": "1",
                    "5m": "5",
                    "15m": "15",
                    "30m": "30",
                    "1h": "60",
                    "4h": "240",
                    "12h": "720",
                    "1d": "1D",
                    "1w": "1W",
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": True, "percentage": True, "maker": 0.002, "taker": 0.002}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "accountsByType": {"spot": "1", "margin": "2", "otc": "3"},
                    "networks": {"ERC20": "ERC20", "TRC20": "TRC20", "BEP20": "BEP20", "OMNI": "OMNI"},
                    "orderStatuses": {
                        "0": "open",
                        "1": "open",
                        "2": "closed",
                        "3": "canceled",
                        "4": "canceled",
                    },
                    "transactionStatuses": {"1": "pending", "2": "pending", "3": "ok", "4": "failed"},
                },
                "exceptions": {
                    "exact": {
                        "10001": BadRequest,
                        "10002": AuthenticationError,
                        "10003": AuthenticationError,
                        "10004": BadRequest,
                        "10005": RateLimitExceeded,
                        "10006": PermissionDenied,
                        "10007": PermissionDenied,
                        "10008": InvalidNonce,
                        "10009": BadRequest,
                        "10011": AuthenticationError,
                        "20001": BadSymbol,
                        "20002": BadSymbol,
                        "20003": InvalidOrder,
                        "20007": InvalidOrder,
                        "20008": InvalidOrder,
                        "20009": InvalidOrder,
                        "20010": InvalidOrder,
                        "20011": InsufficientFunds,
                        "20012": InvalidOrder,
                        "20013": OrderNotFound,
                        "20014": BadRequest,
                        "20015": BadRequest,
                        "20018": AccountSuspended,
                        "20019": BadSymbol,
                        "20020": AccountSuspended,
                        "20021": BadRequest,
                        "20022": BadRequest,
                        "20023": BadRequest,
                        "20024": BadRequest,
                        "20025": PermissionDenied,
                        "20026": InsufficientFunds,
                        "20027": AccountSuspended,
                        "20028": PermissionDenied,
                        "20029": PermissionDenied,
                        "20030": BadRequest,
                        "20042": PermissionDenied,
                        "50000": ExchangeError,
                    },
                    "broad": {},
                },
            },
        )

    # --- markets and currencies ----------------------------------------------------------------------
    def fetch_time(self, params: dict[str, Any] | None = None) -> int | None:
        if params is None:
            params = {}
        # time: { server_time (seconds), code }.
        response = self.public_get_time(params)
        return self.safe_timestamp(response, "server_time")

    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # spot/symbols: { symbol_list: [ { order_types, quote_asset, minimum_value, amount_precision, status
        # ('TRADING'), minimum_amount, symbol ('BTC_USDT'), is_allow, zone, base_asset, price_precision } ] }.
        # Requests name markets in lowercase (btc_usdt), the id here.
        response = self.public_get_spot_symbols(params)
        data = self.safe_list(response, "symbol_list", [])
        result = []
        i = 0
        while True:
            if not (i < len(data)):
                break
            entry = js.get(data, i)
            base_id = self.safe_string(entry, "base_asset")
            quote_id = self.safe_string(entry, "quote_asset")
            base = self.safe_currency_code(base_id)
            quote = self.safe_currency_code(quote_id)
            allowed = js.strict_equal(self.safe_integer(entry, "is_allow", 1), 1)
            result.append(
                self.market_structure(
                    id=self.safe_string_lower(entry, "symbol"),
                    symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
                    base=base,
                    quote=quote,
                    baseId=base_id,
                    quoteId=quote_id,
                    active=(self.safe_string(entry, "status") == "TRADING") and allowed,
                    type="spot",
                    spot=True,
                    precision={
                        "amount": self.parse_number(
                            self.parse_precision(self.safe_string(entry, "amount_precision"))
                        ),
                        "price": self.parse_number(
                            self.parse_precision(self.safe_string(entry, "price_precision"))
                        ),
                    },
                    limits={
                        "amount": {"min": self.safe_number(entry, "minimum_amount")},
                        "price": {},
                        "cost": {"min": self.safe_number(entry, "minimum_value")},
                    },
                    info=entry,
                )
            )
            i += 1
        return result

    def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # currencies: { code: 200, data: [ { currency ('xrp'), chain ('' for the currency's own chain),
        # min_deposit_amount, min_withdraw_amount, deposit_status (1 on, 0 off), withdraw_status,
        # withdraw_fee_currency, min_withdraw_fee, withdraw_fee_rate } ] }: one entry per currency and chain.
        response = self.public_get_currencies(params)
        data = self.safe_list(response, "data", [])
        grouped = self.group_by(data, "currency")
        ids = js.keys(grouped)
        result = {}
        i = 0
        while True:
            if not (i < len(ids)):
                break
            id_ = ids[i]
            code = self.safe_currency_code(js.upper(id_))
            chains = self.safe_list(grouped, id_, [])
            networks = {}
            deposit = False
            withdraw = False
            j = 0
            while True:
                if not (j < len(chains)):
                    break
                chain = js.get(chains, j)
                chain_id = self.safe_string(chain, "chain", code)
                network_code = self.network_code(chain_id)
                chain_deposit = js.strict_equal(self.safe_integer(chain, "deposit_status"), 1)
                chain_withdraw = js.strict_equal(self.safe_integer(chain, "withdraw_status"), 1)
                deposit = deposit or chain_deposit
                withdraw = withdraw or chain_withdraw
                js.set_(
                    networks,
                    network_code,
                    {
                        "id": chain_id,
                        "network": network_code,
                        "active": chain_deposit and chain_withdraw,
                        "deposit": chain_deposit,
                        "withdraw": chain_withdraw,
                        "fee": self.safe_number(chain, "min_withdraw_fee"),
                        "limits": {
                            "deposit": {"min": self.safe_number(chain, "min_deposit_amount")},
                            "withdraw": {"min": self.safe_number(chain, "min_withdraw_amount")},
                        },
                    },
                )
                j += 1
            js.set_(
                result,
                code,
                {
                    "id": js.upper(id_),
                    "code": code,
                    "active": deposit and withdraw,
                    "deposit": deposit,
                    "withdraw": withdraw,
                    "networks": networks,
                    "info": chains,
                },
            )
            i += 1
        return result

    def fetch_deposit_withdraw_fees(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, DepositWithdrawFee]:
        if params is None:
            params = {}
        currencies = self.fetch_currencies(params)
        return self.deposit_withdraw_fees_from_currencies(currencies, codes)

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # ticker: { vol (base volume), change (24 h, percent), base_vol (quote volume), sell (best ask), last,
        # symbol, low, buy (best bid), high }, with the answer's date (seconds) added by the caller: the time.
        timestamp = self.safe_timestamp(ticker, "date")
        market = self.safe_market(self.safe_string_lower(ticker, "symbol"), market, "_")
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            timestamp=timestamp,
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            bid=self.safe_string(ticker, "buy"),
            ask=self.safe_string(ticker, "sell"),
            last=self.safe_string(ticker, "last"),
            percentage=self.safe_string(ticker, "change"),
            base_volume=self.safe_string(ticker, "vol"),
            quote_volume=self.safe_string(ticker, "base_vol"),
            info=self.omit(ticker, "date"),
            market=market,
        )

    def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_ticker(self.extend({"symbol": js.get(market, "id")}, params))
        tickers = self.safe_list(response, "ticker", [])
        ticker = self.extend(self.safe_dict(tickers, 0, {}), {"date": self.safe_integer(response, "date")})
        return self.parse_ticker(ticker, market)

    def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # ticker without symbol answers every market's.
        self.load_markets()
        response = self.public_get_ticker(params)
        date = self.safe_integer(response, "date")
        tickers = self.safe_list(response, "ticker", [])
        dated = []
        i = 0
        while True:
            if not (i < len(tickers)):
                break
            dated.append(self.extend(js.get(tickers, i), {"date": date}))
            i += 1
        return self.parse_tickers(dated, symbols)

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # order_book?symbol&limit (at most 150): { bids, asks, date (seconds) }.
        self.load_markets()
        market = self.market(symbol)
        request = {"symbol": js.get(market, "id")}
        if limit is not None:
            request["limit"] = js.min_(limit, 150)
        response = self.public_get_order_book(self.extend(request, params))
        return self.parse_order_book(
            response, js.get(market, "symbol"), self.safe_timestamp(response, "date")
        )

    def parse_ohlcv(self, ohlcv, market=None):
        # [ time (seconds), volume, close, high, low, open ].
        return [
            self.safe_timestamp(ohlcv, 0),
            self.safe_number(ohlcv, 5),
            self.safe_number(ohlcv, 3),
            self.safe_number(ohlcv, 4),
            self.safe_number(ohlcv, 2),
            self.safe_number(ohlcv, 1),
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
        # kline?symbol&period&start_time&end_time (seconds).
        self.load_markets()
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
        request = self.seconds_range({"symbol": js.get(market, "id"), "period": period}, since, params)
        response = self.public_get_kline(self.extend(request, self.omit(params, "until")))
        return self.parse_ohlcvs(self.safe_list(response, "data", []), market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def seconds_range(self, request, since, params):
        # start_time and end_time (the unified until) in seconds: the range params of kline and the histories.
        if since is not None:
            js.set_(request, "start_time", self.integer_of(js.divide(since, 1000)))
        until = self.safe_integer(params, "until")
        if until is not None:
            js.set_(request, "end_time", self.integer_of(js.divide(until, 1000)))
        return request

    def parse_trade(self, trade, market=None):
        # Public (trades): { date (seconds), id, amount, type (the taker's side), price }. The account's
        # (spot/mytrades): { symbol, order_id, id, price, amount, fee, fee_currency, timestamp (seconds), side,
        # is_maker }.
        market = self.safe_market(self.safe_string_lower(trade, "symbol"), market, "_")
        fee = None
        fee_cost = self.safe_string(trade, "fee")
        if fee_cost is not None:
            fee = {
                "cost": fee_cost,
                "currency": self.safe_currency_code(self.safe_string(trade, "fee_currency")),
            }
        taker_or_maker = None
        is_maker = self.safe_bool(trade, "is_maker")
        if is_maker is not None:
            taker_or_maker = "maker" if is_maker else "taker"
        return self.trade_structure(
            identifier=self.safe_string(trade, "id"),
            order=self.safe_string(trade, "order_id"),
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_timestamp2(trade, "timestamp", "date"),
            side=self.trade_side(self.safe_string2(trade, "side", "type")),
            taker_or_maker=taker_or_maker,
            price=self.safe_string(trade, "price"),
            amount=self.safe_string(trade, "amount"),
            fee=fee,
            info=trade,
            market=market,
        )

    def trade_side(self, side):
        # spot/mytrades names the side of a market order's trade buy_market or sell_market.
        return None if (side is None) else js.get(js.split(side, "_"), 0)

    def fetch_trades(
        self,
        symbol: str,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # trades?symbol&limit (at most 500): { data: [ trade ], date }.
        self.load_markets()
        market = self.market(symbol)
        request = {"symbol": js.get(market, "id")}
        if limit is not None:
            request["limit"] = js.min_(limit, 500)
        response = self.public_get_trades(self.extend(request, params))
        # The latest trade comes first (the docs' example: ids falling within one second), and timestamps are in
        # seconds, so the sort by time keeps the trades of one second newest first: read them oldest first.
        data = self.safe_list(response, "data", [])
        oldest_first = []
        i = len(data) - 1
        while True:
            if not (i >= 0):
                break
            oldest_first.append(js.get(data, i))
            i -= 1
        return self.parse_trades(oldest_first, market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # spot/assets: { list: [ { currency, free, total } ] }.
        self.load_markets()
        response = self.private_get_spot_assets(params)
        data = self.safe_list(response, "list", [])
        result = {"info": response}
        i = 0
        while True:
            if not (i < len(data)):
                break
            entry = js.get(data, i)
            account = self.account()
            js.set_(account, "free", self.safe_string(entry, "free"))
            js.set_(account, "total", self.safe_string(entry, "total"))
            js.set_(result, self.safe_currency_code(self.safe_string(entry, "currency")), account)
            i += 1
        return self.safe_balance(result)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # { symbol, order_id, created_date (seconds), finished_date (0 while open), price, amount, cash_amount,
        # executed_amount, avg_price, status (0-4), type (buy, sell, buy_market, sell_market), kind }.
        market = self.safe_market(self.safe_string_lower(order, "symbol"), market, "_")
        order_type = self.safe_string(order, "type")
        side = order_type
        type_ = None
        if order_type is not None:
            is_market = js.ends_with(order_type, "_market")
            type_ = "market" if is_market else "limit"
            side = js.get(js.split(order_type, "_"), 0) if is_market else order_type
        status = self.safe_string(order, "status")
        price = self.safe_string(order, "price")
        amount = self.safe_string(order, "amount")
        if type_ == "market":
            # A market order has no price, and its amount is the quote currency it trades (cash_amount).
            price = None
            amount = None
        finished = self.safe_timestamp(order, "finished_date")
        if js.strict_equal(finished, 0):
            finished = None
        return self.safe_order(
            {
                "id": self.safe_string(order, "order_id"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.safe_timestamp(order, "created_date"),
                "lastUpdateTimestamp": finished,
                "status": self.safe_string(js.get(self.options, "orderStatuses"), status),
                "type": type_,
                "side": side,
                "price": price,
                "average": self.safe_string(order, "avg_price"),
                "amount": amount,
                "filled": self.safe_string(order, "executed_amount"),
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
        # POST spot/order/new { symbol, type (buy, sell, buy_market, sell_market), amount, price, post_only }
        # answers { order_id }. The docs give a market order's amount in the quote currency (and a limit order's in
        # the base currency): the unified cost, or amount times price. postOnly (and timeInForce PO) is
        # post_only 1; other times in force, triggers, client order ids and reduceOnly have no field.
        self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params(
            "createOrder",
            unified,
            ["reduceOnly", "triggerPrice", "stopLossPrice", "takeProfitPrice", "clientOrderId"],
        )
        tif = js.get(unified, "timeInForce")
        if (tif is not None) and (not (tif == "GTC")) and (not (tif == "PO")):
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () does not support the unified param timeInForce "
                    + js.to_str(tif)
                    + ": only GTC and PO (post_only)"
                )
            )
        if (not (type_ == "market")) and (not (type_ == "limit")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () type must be market or limit, not "
                    + js.to_str(type_)
                )
            )
        post_only = _value1 if js.truthy(_value1 := js.get(unified, "postOnly")) else tif == "PO"
        request = {
            "symbol": js.get(market, "id"),
            "type": js.bounded_text(js.to_str(side) + "_market") if (type_ == "market") else side,
        }
        if type_ == "market":
            cost = js.get(unified, "cost")
            if cost is None:
                if price is None:
                    raise InvalidOrder(
                        js.bounded_text(
                            js.to_str(self.id)
                            + " createOrder () needs the unified param cost (or a price to compute it) for a market order: DigiFinex sizes market orders in the quote currency"
                        )
                    )
                cost = Precise.string_mul(self.number_to_string(amount), self.number_to_string(price))
            request["amount"] = self.cost_to_precision(symbol, cost)
        else:
            if js.get(unified, "cost") is not None:
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () takes the unified param cost for market orders only"
                    )
                )
            request["amount"] = self.amount_to_precision(symbol, amount)
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["price"] = self.price_to_precision(symbol, price)
        if js.truthy(post_only):
            if type_ == "market":
                raise InvalidOrder(
                    js.bounded_text(js.to_str(self.id) + " createOrder () a market order cannot be post-only")
                )
            request["post_only"] = 1
        response = self.private_post_spot_order_new(self.extend(request, rest))
        return self.safe_order(
            {
                "id": self.safe_string(response, "order_id"),
                "symbol": js.get(market, "symbol"),
                "type": type_,
                "side": side,
                "postOnly": post_only,
                "status": "open",
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

    def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # POST spot/order/cancel { order_id } answers { success: [ ids ], error: [ ids ] }: an id in error was
        # not canceled (unknown or already finished).
        self.load_markets()
        response = self.private_post_spot_order_cancel(self.extend({"order_id": id_}, params))
        failed = self.safe_list(response, "error", [])
        if js.truthy(self.in_array(id_, failed)):
            raise OrderNotFound(
                js.bounded_text(
                    js.to_str(self.id)
                    + " cancelOrder () could not cancel the order "
                    + js.to_str(id_)
                    + ": unknown, or no longer open"
                )
            )
        market = None if (symbol is None) else self.market(symbol)
        return self.safe_order(
            {"id": id_, "symbol": self.safe_symbol(None, market), "status": "canceled", "info": response},
            market,
        )

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        # GET spot/order?order_id: { data: [ order ] }.
        self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = self.private_get_spot_order(self.extend({"order_id": id_}, params))
        data = self.safe_list(response, "data", [])
        order = self.safe_dict(data, 0)
        if order is None:
            raise OrderNotFound(
                js.bounded_text(js.to_str(self.id) + " fetchOrder () found no order " + js.to_str(id_))
            )
        return self.parse_order(order, market)

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
        # GET spot/order/detail?order_id: { data: { ...order, detail: { tid, date, executed_amount,
        # executed_price } } }: the order's fills (one object in the docs' example, a list when there are more).
        self.load_markets()
        response = self.private_get_spot_order_detail(self.extend({"order_id": id_}, params))
        order = self.safe_dict(response, "data", {})
        market = self.safe_market(
            self.safe_string_lower(order, "symbol"), None if (symbol is None) else self.market(symbol), "_"
        )
        fills = self.safe_value(order, "detail", [])
        if not js.is_array(fills):
            fills = [fills]
        side = self.trade_side(self.safe_string(order, "type"))
        trades = []
        i = 0
        while True:
            if not js.less(i, js.length(fills)):
                break
            trade = self.parse_trade(
                {
                    "id": self.safe_string(js.get(fills, i), "tid"),
                    "order_id": id_,
                    "date": self.safe_integer(js.get(fills, i), "date"),
                    "side": side,
                    "price": self.safe_string(js.get(fills, i), "executed_price"),
                    "amount": self.safe_string(js.get(fills, i), "executed_amount"),
                },
                market,
            )
            js.set_(trade, "info", js.get(fills, i))
            trades.append(trade)
            i += 1
        return self.filter_by_since_limit(trades, since, limit)

    def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # GET spot/order/current?symbol: { data: [ order ] }.
        self.load_markets()
        market = None
        request = {}
        if symbol is not None:
            market = self.market(symbol)
            request["symbol"] = js.get(market, "id")
        response = self.private_get_spot_order_current(self.extend(request, params))
        return self.parse_orders(self.safe_list(response, "data", []), market, since, limit)

    def fetch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # GET spot/order/history?symbol&start_time&end_time (seconds; until)&limit: orders of any status.
        self.load_markets()
        market = None
        request = {}
        if symbol is not None:
            market = self.market(symbol)
            js.set_(request, "symbol", js.get(market, "id"))
        if limit is not None:
            js.set_(request, "limit", js.min_(limit, 100))
        request = self.seconds_range(request, since, params)
        response = self.private_get_spot_order_history(self.extend(request, self.omit(params, "until")))
        return self.parse_orders(self.safe_list(response, "data", []), market, since, limit)

    def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # spot/order/history takes no status filter: its finished orders (filled or canceled).
        orders = self.fetch_orders(symbol, since, limit, params)
        finished = []
        i = 0
        while True:
            if not js.less(i, js.length(orders)):
                break
            if not (js.get(js.get(orders, i), "status") == "open"):
                finished.append(js.get(orders, i))
            i += 1
        return self.filter_by_since_limit(finished, since, limit)

    def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # GET spot/mytrades?symbol&start_time&end_time (seconds; until)&limit: { list: [ trade ] }.
        self.load_markets()
        market = None
        request = {}
        if symbol is not None:
            market = self.market(symbol)
            js.set_(request, "symbol", js.get(market, "id"))
        if limit is not None:
            js.set_(request, "limit", limit)
        request = self.seconds_range(request, since, params)
        response = self.private_get_spot_mytrades(self.extend(request, self.omit(params, "until")))
        return self.parse_trades(self.safe_list(response, "list", []), market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # deposit/history and withdraw/history: { id, currency ('xrp'), hashId, chain ('' for the currency's own),
        # amount, address, memo (withdrawals), fee (withdrawals), state (1-4), created_date, update_date
        # ('YYYY-MM-DD hh:mm:ss') }, with type added by the caller.
        code = self.safe_currency_code(self.safe_string_upper(transaction, "currency"), currency)
        fee = None
        fee_cost = self.safe_string(transaction, "fee")
        if fee_cost is not None:
            fee = {"cost": fee_cost, "currency": code}
        state = self.safe_string(transaction, "state")
        chain = self.safe_string(transaction, "chain")
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "id"),
                "txid": self.safe_string(transaction, "hashId"),
                "timestamp": self.date_time(self.safe_string(transaction, "created_date")),
                "updated": self.date_time(self.safe_string(transaction, "update_date")),
                "network": None if (chain is None) else self.network_code(chain),
                "address": self.safe_string(transaction, "address"),
                "tag": self.safe_string(transaction, "memo"),
                "type": self.safe_string(transaction, "type"),
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(js.get(self.options, "transactionStatuses"), state, state),
                "fee": fee,
                "info": self.omit(transaction, "type"),
            },
            currency,
        )

    def date_time(self, text):
        # 'YYYY-MM-DD hh:mm:ss' (the funding histories' dates, UTC) in milliseconds.
        return None if (text is None) else self.parse8601(js.bounded_text(js.replace(text, " ", "T") + "Z"))

    def fetch_transfers(self, type_, code, since, limit, params):
        # deposit/history and withdraw/history take currency, from (an id to page from), size (1-500) and direct;
        # no time range, so until is rejected.
        if self.safe_value(params, "until") is not None:
            method = "fetchDeposits" if (type_ == "deposit") else "fetchWithdrawals"
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + method
                    + " () does not support the unified param until: the history takes no time range"
                )
            )
        self.load_markets()
        currency = None
        request = {}
        if code is not None:
            currency = self.currency(code)
            request["currency"] = js.lower(js.get(currency, "id"))
        if limit is not None:
            request["size"] = js.min_(limit, 500)
        response = None
        if type_ == "deposit":
            response = self.private_get_deposit_history(self.extend(request, params))
        else:
            response = self.private_get_withdraw_history(self.extend(request, params))
        data = self.safe_list(response, "data", [])
        transactions = []
        i = 0
        while True:
            if not (i < len(data)):
                break
            transactions.append(self.extend(js.get(data, i), {"type": type_}))
            i += 1
        return self.parse_transactions(transactions, currency, since, limit)

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

    def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # GET deposit/address?currency: { data: [ { currency, address, addressTag, chain } ] }, one per chain ('' for
        # the currency's own); the endpoint takes no chain, so the unified network picks one of the answer's (the
        # first without it).
        self.load_markets()
        currency = self.currency(code)
        response = self.private_get_deposit_address(
            self.extend({"currency": js.lower(js.get(currency, "id"))}, self.omit(params, "network"))
        )
        data = self.safe_list(response, "data", [])
        network_code = self.safe_string_upper(params, "network")
        entry = self.safe_dict(data, 0)
        if network_code is not None:
            chain_id = self.network_id(network_code, currency)
            entry = None
            i = 0
            while True:
                if not (i < len(data)):
                    break
                chain = self.safe_string(js.get(data, i), "chain", js.get(currency, "id"))
                if (not (js.typeof(chain) == "object")) and js.strict_equal(chain, chain_id):
                    entry = js.get(data, i)
                i += 1
            if entry is None:
                raise BadRequest(
                    js.bounded_text(
                        js.bounded_text(js.to_str(self.id) + " fetchDepositAddress () found no ")
                        + js.to_str(js.get(currency, "code"))
                        + " address on the network "
                        + js.to_str(network_code)
                    )
                )
        if entry is None:
            raise ExchangeError(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " fetchDepositAddress () found no ")
                    + js.to_str(js.get(currency, "code"))
                    + " address"
                )
            )
        chain_name = self.safe_string(entry, "chain")
        return {
            "currency": js.get(currency, "code"),
            "address": self.safe_string(entry, "address"),
            "tag": self.safe_string(entry, "addressTag"),
            "network": None if (chain_name is None) else self.network_code(chain_name),
            "info": entry,
        }

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
        # POST transfer { currency_mark, num, from, to } (1 spot, 2 margin, 3 OTC) answers { code: 0 } only.
        self.load_markets()
        currency = self.currency(code)
        request = {
            "currency_mark": js.get(currency, "id"),
            "num": self.currency_to_precision(code, amount),
            "from": self.account_type_id(from_account),
            "to": self.account_type_id(to_account),
        }
        response = self.private_post_transfer(self.extend(request, params))
        return self.safe_transfer(
            {
                "currency": js.get(currency, "code"),
                "amount": js.get(request, "num"),
                "fromAccount": from_account,
                "toAccount": to_account,
                "status": "ok",
                "info": response,
            }
        )

    def parse_ledger_entry(self, item, currency=None):
        # spot/financelog's finance: { time (seconds), num (signed change), balance (after), currency_mark, type
        # (a number the docs do not list) }.
        code = self.safe_currency_code(self.safe_string(item, "currency_mark"), currency)
        change = self.safe_string(item, "num")
        after = self.safe_string(item, "balance")
        direction = None
        amount = None
        before = None
        if change is not None:
            direction = "out" if Precise.string_lt(change, "0") else "in"
            amount = Precise.string_abs(change)
            if after is not None:
                before = Precise.string_sub(after, change)
        return self.safe_ledger_entry(
            {
                "timestamp": self.safe_timestamp(item, "time"),
                "direction": direction,
                "account": "spot",
                "type": self.safe_string(item, "type"),
                "currency": code,
                "amount": amount,
                "before": before,
                "after": after,
                "status": "ok",
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
        # GET spot/financelog?currency_mark&start_time&end_time (seconds; until)&limit (at most 1000):
        # { data: { finance: [ entry ], total } }.
        self.load_markets()
        currency = None
        request = {}
        if code is not None:
            currency = self.currency(code)
            js.set_(request, "currency_mark", js.get(currency, "id"))
        request = self.seconds_range(request, since, params)
        if limit is not None:
            js.set_(request, "limit", js.min_(limit, 1000))
        response = self.private_get_spot_financelog(self.extend(request, self.omit(params, "until")))
        data = self.safe_dict(response, "data", {})
        return self.parse_ledger(self.safe_list(data, "finance", []), currency, since, limit)

    # --- transport -----------------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # GET sends its params as the query string, POST as a form-encoded body.
        url = js.bounded_text(
            js.bounded_text(js.to_str(js.get(self.urls, "api")) + "/")
            + js.to_str(self.implode_params(path, params))
        )
        query = self.omit(params, self.extract_params(path))
        encoded = self.urlencode(query)
        is_post = method == "POST"
        if (not is_post) and js.greater(js.length(encoded), 0):
            url += js.within(url, "?" + js.to_str(encoded))
        if api == "public":
            return {"url": url, "method": method, "body": body, "headers": headers}
        # ACCESS-SIGN: hex HMAC-SHA256 (secret) of the request's parameters as they are sent (the query string,
        # or the form body); ACCESS-TIMESTAMP in seconds.
        self.check_required_credentials()
        headers = {
            "ACCESS-KEY": self.apiKey,
            "ACCESS-TIMESTAMP": self.number_to_string(self.seconds()),
            "ACCESS-SIGN": self.hmac(self.encode(encoded), self.encode(self.secret), "sha256"),
        }
        if is_post:
            body = encoded
            js.set_(headers, "Content-Type", "application/x-www-form-urlencoded")
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
        # { "code": 20011, ... }: 0 (200 for the funding endpoints) is success, any other code an error.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return
        code = self.safe_string(response, "code")
        if (code is None) or (code == "0") or (code == "200"):
            return
        feedback = js.bounded_text(
            js.bounded_text(
                js.to_str(self.id)
                + " "
                + js.to_str(method)
                + " "
                + js.to_str(url)
                + " "
                + js.to_str(code)
                + " "
            )
            + self.safe_string2(response, "msg", "message", "")
        )
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
        raise ExchangeError(feedback)
