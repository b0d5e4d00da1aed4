# Generated from js/gate.js by exkit: do not edit. Change the source and run `python build.py`.
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
    OrderImmediatelyFillable,
    OrderNotFillable,
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
    TradingFee,
    Transaction,
    Transfer,
)


class gate(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "gate",
                "name": "Gate",
                "countries": ["KY"],
                "version": "v4",
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
                    "fetchStatus": False,
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
                    "api": "https://api.gateio.ws",
                    "www": "https://www.gate.io",
                    "doc": "https://www.gate.io/docs/developers/apiv4/",
                    "fees": "https://www.gate.io/fee",
                },
                "api": {
                    "public": {
                        "get": {
                            "spot/currencies": 1,
                            "spot/currencies/{currency}": 1,
                            "spot/currency_pairs": 1,
                            "spot/currency_pairs/{currency_pair}": 1,
                            "spot/tickers": 1,
                            "spot/order_book": 1,
                            "spot/trades": 1,
                            "spot/candlesticks": 1,
                            "spot/time": 1,
                            "wallet/currency_chains": 1,
                        }
                    },
                    "private": {
                        "get": {
                            "spot/fee": 1,
                            "spot/batch_fee": 1,
                            "spot/accounts": 1,
                            "spot/account_book": 1,
                            "spot/open_orders": 1,
                            "spot/orders": 1,
                            "spot/orders/{order_id}": 1,
                            "spot/my_trades": 1,
                            "spot/price_orders": 1,
                            "spot/price_orders/{order_id}": 1,
                            "wallet/deposit_address": 1,
                            "wallet/withdrawals": 1,
                            "wallet/deposits": 1,
                            "wallet/fee": 1,
                            "wallet/withdraw_status": 1,
                            "wallet/total_balance": 2.5,
                        },
                        "post": {
                            "spot/orders": 2,
                            "spot/batch_orders": 2,
                            "spot/cancel_batch_orders": 0.1,
                            "spot/countdown_cancel_all": 1,
                            "spot/price_orders": 2,
                            "wallet/transfers": 2.5,
                            "withdrawals": 60,
                        },
                        "patch": {"spot/orders/{order_id}": 2},
                        "delete": {
                            "spot/orders": 0.1,
                            "spot/orders/{order_id}": 0.1,
                            "spot/price_orders": 1,
                            "spot/price_orders/{order_id}": 1,
                            "withdrawals/{withdrawal_id}": 60,
                        },
                    },
                },
                "timeframes": {
                    "10s": "10s",
                    "1m": "1m",
                    "5m": "5m",
                    "15m": "15m",
                    "30m": "30m",
                    "1h": "1h",
                    "4h": "4h",
                    "8h": "8h",
                    "1d": "1d",
                    "1w": "7d",
                    "1M": "30d",
                },
                "fees": {"trading": {"tierBased": True, "percentage": True, "taker": 0.002, "maker": 0.002}},
                "precisionMode": TICK_SIZE,
                "requiredCredentials": {"apiKey": True, "secret": True},
                "options": {
                    "accountsByType": {
                        "spot": "spot",
                        "futures": "futures",
                        "delivery": "delivery",
                        "options": "options",
                    },
                    "networks": {
                        "BTC": "BTC",
                        "ERC20": "ETH",
                        "TRC20": "TRX",
                        "BEP20": "BSC",
                        "SOL": "SOL",
                        "POLYGON": "MATIC",
                        "ARBITRUM": "ARBEVM",
                        "OPTIMISM": "OPETH",
                        "AVAXC": "AVAX_C",
                        "BASE": "BASEEVM",
                        "TON": "TON",
                        "XRP": "XRP",
                    },
                    "timeframeSeconds": {
                        "10s": 10,
                        "1m": 60,
                        "5m": 300,
                        "15m": 900,
                        "30m": 1800,
                        "1h": 3600,
                        "4h": 14400,
                        "8h": 28800,
                        "1d": 86400,
                        "1w": 604800,
                        "1M": 2592000,
                    },
                    "transactionStatuses": {
                        "DONE": "ok",
                        "CANCEL": "canceled",
                        "FAIL": "failed",
                        "INVALID": "failed",
                    },
                    "priceOrderStatuses": {
                        "open": "open",
                        "finish": "closed",
                        "cancelled": "canceled",
                        "failed": "rejected",
                        "expired": "expired",
                    },
                },
                "exceptions": {
                    "exact": {
                        "INVALID_PARAM_VALUE": BadRequest,
                        "INVALID_PROTOCOL": BadRequest,
                        "INVALID_ARGUMENT": BadRequest,
                        "INVALID_REQUEST_BODY": BadRequest,
                        "MISSING_REQUIRED_PARAM": ArgumentsRequired,
                        "BAD_REQUEST": BadRequest,
                        "INVALID_CONTENT_TYPE": BadRequest,
                        "NOT_ACCEPTABLE": BadRequest,
                        "METHOD_NOT_ALLOWED": BadRequest,
                        "NOT_FOUND": ExchangeError,
                        "INVALID_CREDENTIALS": AuthenticationError,
                        "INVALID_KEY": AuthenticationError,
                        "IP_FORBIDDEN": PermissionDenied,
                        "READ_ONLY": PermissionDenied,
                        "INVALID_SIGNATURE": AuthenticationError,
                        "MISSING_REQUIRED_HEADER": AuthenticationError,
                        "REQUEST_EXPIRED": InvalidNonce,
                        "ACCOUNT_LOCKED": AccountSuspended,
                        "FORBIDDEN": PermissionDenied,
                        "SUB_ACCOUNT_LOCKED": AccountSuspended,
                        "ACCOUNT_EXCEPTION": AccountSuspended,
                        "TRADE_RESTRICTED": AccountSuspended,
                        "TOO_MANY_REQUESTS": RateLimitExceeded,
                        "TOO_FAST": RateLimitExceeded,
                        "ADDRESS_NOT_USED": InvalidAddress,
                        "WITHDRAWAL_OVER_LIMIT": InsufficientFunds,
                        "API_WITHDRAW_DISABLED": PermissionDenied,
                        "INVALID_PRECISION": InvalidOrder,
                        "INVALID_CURRENCY": BadSymbol,
                        "INVALID_CURRENCY_PAIR": BadSymbol,
                        "POC_FILL_IMMEDIATELY": OrderImmediatelyFillable,
                        "FOK_NOT_FILL": OrderNotFillable,
                        "ORDER_NOT_FOUND": OrderNotFound,
                        "CLIENT_ID_NOT_FOUND": OrderNotFound,
                        "ORDER_CLOSED": InvalidOrder,
                        "ORDER_CANCELLED": InvalidOrder,
                        "QUANTITY_NOT_ENOUGH": InvalidOrder,
                        "BALANCE_NOT_ENOUGH": InsufficientFunds,
                        "MARGIN_BALANCE_NOT_ENOUGH": InsufficientFunds,
                        "FUTURES_BALANCE_NOT_ENOUGH": InsufficientFunds,
                        "AMOUNT_TOO_LITTLE": InvalidOrder,
                        "AMOUNT_TOO_MUCH": InvalidOrder,
                        "TOO_MANY_ORDERS": InvalidOrder,
                        "ORDER_BOOK_NOT_FOUND": BadSymbol,
                        "CANCEL_FAIL": InvalidOrder,
                        "SERVER_ERROR": ExchangeNotAvailable,
                        "TOO_BUSY": ExchangeNotAvailable,
                        "INTERNAL": ExchangeNotAvailable,
                    },
                    "broad": {},
                },
            },
        )

    # --- markets and currencies ----------------------------------------------------------------------
    def fetch_time(self, params: dict[str, Any] | None = None) -> int | None:
        if params is None:
            params = {}
        # /spot/time: { server_time } in milliseconds.
        response = self.public_get_spot_time(params)
        return self.safe_integer(response, "server_time")

    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        response = self.public_get_spot_currency_pairs(params)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            result.append(self.parse_market(js.get(response, i)))
            i += 1
        return result

    def parse_market(self, entry):
        # precision and amount_precision are decimal places of the price and the amount; min_base_amount and
        # min_quote_amount the least amount and cost, max_base_amount and max_quote_amount the most; fee is the
        # pair's rate in percent. trade_status 'tradable' is the only state that accepts orders.
        base_id = self.safe_string(entry, "base")
        quote_id = self.safe_string(entry, "quote")
        base = self.safe_currency_code(base_id)
        quote = self.safe_currency_code(quote_id)
        fee = self.safe_string(entry, "fee")
        rate = None if (fee is None) else self.parse_number(Precise.string_div(fee, "100"))
        return self.market_structure(
            id=self.safe_string(entry, "id"),
            symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
            base=base,
            quote=quote,
            baseId=base_id,
            quoteId=quote_id,
            active=self.safe_string(entry, "trade_status") == "tradable",
            type="spot",
            spot=True,
            taker=rate,
            maker=rate,
            precision={
                "amount": self.parse_number(
                    self.parse_precision(self.safe_string(entry, "amount_precision"))
                ),
                "price": self.parse_number(self.parse_precision(self.safe_string(entry, "precision"))),
            },
            limits={
                "amount": {
                    "min": self.safe_number(entry, "min_base_amount"),
                    "max": self.safe_number(entry, "max_base_amount"),
                },
                "price": {"min": None, "max": None},
                "cost": {
                    "min": self.safe_number(entry, "min_quote_amount"),
                    "max": self.safe_number(entry, "max_quote_amount"),
                },
            },
            info=entry,
        )

    def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # /spot/currencies: one entry per currency, with its chains (name, deposit_disabled,
        # withdraw_disabled); chain names become unified network codes through options['networks'].
        response = self.public_get_spot_currencies(params)
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            currency = self.parse_currency(js.get(response, i))
            js.set_(result, js.get(currency, "code"), currency)
            i += 1
        return result

    def parse_currency(self, entry):
        id_ = self.safe_string(entry, "currency")
        chains = self.safe_list(entry, "chains", [])
        networks = {}
        i = 0
        while True:
            if not (i < len(chains)):
                break
            network = self.parse_currency_chain(js.get(chains, i))
            js.set_(networks, js.get(network, "network"), network)
            i += 1
        delisted = self.safe_bool(entry, "delisted", False)
        deposit = not self.safe_bool(entry, "deposit_disabled", False)
        withdraw = not self.safe_bool(entry, "withdraw_disabled", False)
        return {
            "id": id_,
            "code": self.safe_currency_code(id_),
            "name": self.safe_string(entry, "name"),
            "active": (not delisted) and (not self.safe_bool(entry, "trade_disabled", False)),
            "deposit": deposit,
            "withdraw": withdraw,
            "networks": networks,
            "info": entry,
        }

    def parse_currency_chain(self, chain):
        chain_id = self.safe_string(chain, "name")
        deposit = not self.safe_bool(chain, "deposit_disabled", False)
        withdraw = not self.safe_bool(chain, "withdraw_disabled", False)
        return {
            "id": chain_id,
            "network": self.network_code(chain_id),
            "active": deposit and withdraw,
            "deposit": deposit,
            "withdraw": withdraw,
        }

    def fetch_deposit_withdraw_fees(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, DepositWithdrawFee]:
        if params is None:
            params = {}
        # /wallet/withdraw_status: withdraw_fix is the fixed withdrawal fee, withdraw_fix_on_chains the fee of
        # each chain; deposits are free (deposit '0').
        self.load_markets()
        response = self.private_get_wallet_withdraw_status(params)
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            code = self.safe_currency_code(self.safe_string(entry, "currency"))
            if (codes is not None) and (not js.truthy(self.in_array(code, codes))):
                i += 1
                continue
            by_chain = self.safe_dict(entry, "withdraw_fix_on_chains", {})
            chain_ids = js.keys(by_chain)
            networks = {}
            j = 0
            while True:
                if not (j < len(chain_ids)):
                    break
                js.set_(
                    networks,
                    self.network_code(chain_ids[j]),
                    {
                        "withdraw": self.fee_amount(self.safe_number(by_chain, chain_ids[j])),
                        "deposit": self.fee_amount(self.safe_number(entry, "deposit")),
                    },
                )
                j += 1
            js.set_(
                result,
                code,
                {
                    "code": code,
                    "withdraw": self.fee_amount(self.safe_number(entry, "withdraw_fix")),
                    "deposit": self.fee_amount(self.safe_number(entry, "deposit")),
                    "networks": networks,
                    "info": entry,
                },
            )
            i += 1
        return result

    def fetch_trading_fees(self, params: dict[str, Any] | None = None) -> dict[str, TradingFee]:
        if params is None:
            params = {}
        # /wallet/fee without a pair: the account's spot rates (taker_fee, maker_fee), which apply to every
        # market that has no rate of its own.
        self.load_markets()
        response = self.private_get_wallet_fee(params)
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(self.symbols)):
                break
            symbol = js.get(self.symbols, i)
            js.set_(result, symbol, self.parse_trading_fee(response, self.market(symbol)))
            i += 1
        return result

    def fetch_trading_fee(self, symbol: str, params: dict[str, Any] | None = None) -> TradingFee:
        if params is None:
            params = {}
        # /wallet/fee with currency_pair: the rates of that pair.
        self.load_markets()
        market = self.market(symbol)
        response = self.private_get_wallet_fee(self.extend({"currency_pair": js.get(market, "id")}, params))
        return self.parse_trading_fee(response, market)

    def parse_trading_fee(self, entry, market):
        return {
            "symbol": js.get(market, "symbol"),
            "maker": self.safe_number(entry, "maker_fee"),
            "taker": self.safe_number(entry, "taker_fee"),
            "info": entry,
        }

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # /spot/tickers: last, lowest_ask and lowest_size, highest_bid and highest_size, change_percentage
        # (24 h, in percent), base_volume, quote_volume, high_24h, low_24h; no timestamp.
        return self.ticker_structure(
            symbol=self.safe_symbol(self.safe_string(ticker, "currency_pair"), market, "_"),
            high=self.safe_string(ticker, "high_24h"),
            low=self.safe_string(ticker, "low_24h"),
            bid=self.safe_string(ticker, "highest_bid"),
            bid_volume=self.safe_string(ticker, "highest_size"),
            ask=self.safe_string(ticker, "lowest_ask"),
            ask_volume=self.safe_string(ticker, "lowest_size"),
            last=self.safe_string(ticker, "last"),
            percentage=self.safe_string(ticker, "change_percentage"),
            base_volume=self.safe_string(ticker, "base_volume"),
            quote_volume=self.safe_string(ticker, "quote_volume"),
            info=ticker,
            market=market,
        )

    def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        self.load_markets()
        market = self.market(symbol)
        response = self.public_get_spot_tickers(self.extend({"currency_pair": js.get(market, "id")}, params))
        ticker = self.safe_dict(response, 0)
        if ticker is None:
            raise BadSymbol(
                js.bounded_text(js.to_str(self.id) + " fetchTicker () has no ticker for " + js.to_str(symbol))
            )
        return self.parse_ticker(ticker, market)

    def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        self.load_markets()
        response = self.public_get_spot_tickers(params)
        return self.parse_tickers(response, symbols)

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # /spot/order_book: asks and bids as [ price, amount ], current the time of the answer in ms.
        self.load_markets()
        market = self.market(symbol)
        request = {"currency_pair": js.get(market, "id")}
        if limit is not None:
            request["limit"] = limit
        response = self.public_get_spot_order_book(self.extend(request, params))
        book = self.parse_order_book(
            response, js.get(market, "symbol"), self.safe_integer(response, "current")
        )
        js.set_(book, "nonce", self.safe_integer(response, "id"))
        return book

    def parse_ohlcv(self, ohlcv, market=None):
        # [ t (seconds), quote volume, close, high, low, open, base volume, closed ]: the unified candle is
        # [ ms, open, high, low, close, base volume ]. Older answers (and the docs' example) have 7 entries,
        # without the base volume: the seventh is then the closed flag.
        base_volume = self.safe_number(ohlcv, 6) if js.greater(js.length(ohlcv), 7) else None
        return [
            self.safe_timestamp(ohlcv, 0),
            self.safe_number(ohlcv, 5),
            self.safe_number(ohlcv, 3),
            self.safe_number(ohlcv, 4),
            self.safe_number(ohlcv, 2),
            base_volume,
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
        # /spot/candlesticks takes either limit (the latest candles) or from and to (seconds, inclusive), not
        # both: since starts the range at from, which then ends at to = from + (limit - 1) candles, or at the
        # unified until when that comes first.
        self.load_markets()
        market = self.market(symbol)
        interval = self.safe_string(self.timeframes, timeframe)
        if interval is None:
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id) + " fetchOHLCV () has no timeframe " + js.to_str(timeframe)
                )
            )
        request = {"currency_pair": js.get(market, "id"), "interval": interval}
        until = self.safe_integer(params, "until")
        if (since is None) and (until is None):
            if limit is not None:
                request["limit"] = limit
        else:
            to = None if (until is None) else js.floor(js.divide(until, 1000))
            if since is not None:
                from_ = js.ceil(js.divide(since, 1000))
                duration = self.safe_integer(js.get(self.options, "timeframeSeconds"), timeframe)
                count = 100 if (limit is None) else limit
                page_end = js.number(from_ + js.multiply(js.subtract(count, 1), duration))
                if (to is None) or js.less(page_end, to):
                    to = page_end
                request["from"] = from_
            request["to"] = to
        response = self.public_get_spot_candlesticks(self.extend(request, self.omit(params, "until")))
        return self.parse_ohlcvs(response, market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def gate_fees(self, entry):
        # The fees of a trade or an order: fee in fee_currency, gt_fee in GT and point_fee in points (the
        # documented fields; each is '0' when that way of paying was not used).
        fees = []
        fee_cost = self.safe_string(entry, "fee")
        if (fee_cost is not None) and (not Precise.string_eq(fee_cost, "0")):
            fees.append(
                {
                    "cost": fee_cost,
                    "currency": self.safe_currency_code(self.safe_string(entry, "fee_currency")),
                }
            )
        gt_fee = self.safe_string(entry, "gt_fee")
        if (gt_fee is not None) and (not Precise.string_eq(gt_fee, "0")):
            fees.append({"cost": gt_fee, "currency": "GT"})
        point_fee = self.safe_string(entry, "point_fee")
        if (point_fee is not None) and (not Precise.string_eq(point_fee, "0")):
            fees.append({"cost": point_fee, "currency": "POINT"})
        return fees

    def parse_trade(self, trade, market=None):
        # Public trades and the account's own (/spot/my_trades also has order_id, role taker or maker, fee and
        # fee_currency, point_fee and gt_fee when fees were paid in points or GT). create_time_ms is a
        # decimal string of milliseconds.
        market = self.safe_market(self.safe_string(trade, "currency_pair"), market, "_")
        fees = self.gate_fees(trade)
        timestamp = self.safe_integer(trade, "create_time_ms")
        if timestamp is None:
            timestamp = self.safe_timestamp(trade, "create_time")
        return self.trade_structure(
            identifier=self.safe_string(trade, "id"),
            order=self.safe_string(trade, "order_id"),
            symbol=js.get(market, "symbol"),
            timestamp=timestamp,
            side=self.safe_string(trade, "side"),
            taker_or_maker=self.safe_string(trade, "role"),
            price=self.safe_string(trade, "price"),
            amount=self.safe_string(trade, "amount"),
            fee=js.get(fees, 0) if js.strict_equal(js.length(fees), 1) else None,
            fees=fees,
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
        # /spot/trades: the latest trades, newest first; from (seconds) starts a time range.
        self.load_markets()
        market = self.market(symbol)
        request = {"currency_pair": js.get(market, "id")}
        if limit is not None:
            request["limit"] = limit
        if since is not None:
            request["from"] = js.floor(js.divide(since, 1000))
        response = self.public_get_spot_trades(self.extend(request, params))
        return self.parse_trades(response, market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # /spot/accounts: available (free) and locked (used) per currency.
        self.load_markets()
        response = self.private_get_spot_accounts(params)
        result = {"info": response}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            balance = self.account()
            js.set_(balance, "free", self.safe_string(js.get(response, i), "available"))
            js.set_(balance, "used", self.safe_string(js.get(response, i), "locked"))
            js.set_(
                result, self.safe_currency_code(self.safe_string(js.get(response, i), "currency")), balance
            )
            i += 1
        return self.safe_balance(result)

    def fetch_ledger(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[LedgerEntry]:
        if params is None:
            params = {}
        # /spot/account_book: the spot account's balance changes; from and to in seconds.
        self.load_markets()
        request = {}
        currency = None
        if code is not None:
            currency = self.currency(code)
            request["currency"] = js.get(currency, "id")
        request = self.extend(request, self.time_range(since, params))
        if limit is not None:
            request["limit"] = limit
        response = self.private_get_spot_account_book(self.extend(request, self.omit(params, "until")))
        return self.parse_ledger(response, currency, since, limit)

    def parse_ledger_entry(self, item, currency=None):
        # { id, time (ms), currency, change (signed), balance (after), type, text }
        code = self.safe_currency_code(self.safe_string(item, "currency"), currency)
        change = self.safe_string(item, "change")
        after = self.safe_string(item, "balance")
        before = None
        direction = None
        if change is not None:
            direction = "out" if Precise.string_lt(change, "0") else "in"
            if after is not None:
                before = Precise.string_sub(after, change)
        return self.safe_ledger_entry(
            {
                "id": self.safe_string(item, "id"),
                "timestamp": self.safe_integer(item, "time"),
                "direction": direction,
                "account": "spot",
                "type": self.safe_string(item, "type"),
                "currency": code,
                "amount": None if (change is None) else Precise.string_abs(change),
                "before": before,
                "after": after,
                "status": "ok",
                "info": item,
            },
            currency,
        )

    def time_range(self, since, params):
        # from (since) and to (the unified until), in seconds, of the list endpoints; a new dictionary, since
        # PHP passes arrays by value.
        range_ = {}
        if since is not None:
            range_["from"] = js.floor(js.divide(since, 1000))
        until = self.safe_integer(params, "until")
        if until is not None:
            range_["to"] = js.floor(js.divide(until, 1000))
        return range_

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
        # /spot/orders, on the account Gate defaults to (spot, or unified for a unified account; params['account']
        # picks another). postOnly is time_in_force poc, timeInForce GTC/IOC/FOK gtc/ioc/fok; clientOrderId is
        # text, which Gate requires to start with 't-'; a market buy is sized in the quote currency (the
        # unified cost, or amount * price). A trigger (triggerPrice, stopLossPrice, takeProfitPrice) is a
        # price-triggered order of /spot/price_orders. Spot has no reduceOnly.
        self.load_markets()
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
        if js.get(unified, "trigger") is not None:
            return self.create_price_order(market, type_, side, amount, price, unified, rest)
        request = {
            "currency_pair": js.get(market, "id"),
            "type": type_,
            "side": side,
            "amount": self.order_amount(market, type_, side, amount, price, js.get(unified, "cost")),
            "time_in_force": self.order_time_in_force(type_, unified),
        }
        if type_ == "limit":
            request["price"] = self.price_to_precision(symbol, price)
        if js.get(unified, "clientOrderId") is not None:
            request["text"] = self.client_order_text(js.get(unified, "clientOrderId"))
        response = self.private_post_spot_orders(self.extend(request, rest))
        return self.parse_order(response, market)

    def order_amount(self, market, type_, side, amount, price, cost):
        # A market buy's amount is the quote currency to spend; every other order's is the base amount.
        if (type_ == "market") and (side == "buy"):
            if cost is not None:
                return self.cost_to_precision(js.get(market, "symbol"), cost)
            if (amount is not None) and (price is not None):
                total = Precise.string_mul(self.number_to_string(amount), self.number_to_string(price))
                return self.cost_to_precision(js.get(market, "symbol"), total)
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () a market buy spends an amount of the quote currency: pass the unified param cost (or a price to multiply amount by)"
                )
            )
        if cost is not None:
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () cost sizes market buys only: a market sell is sized by amount"
                )
            )
        if amount is None:
            raise ArgumentsRequired(
                js.bounded_text(js.to_str(self.id) + " createOrder () requires an amount")
            )
        return self.amount_to_precision(js.get(market, "symbol"), amount)

    def order_time_in_force(self, type_, unified):
        # Limit orders take gtc, ioc, fok or poc; market orders only ioc and fok (ioc by default).
        time_in_force = js.get(unified, "timeInForce")
        if type_ == "market":
            if time_in_force == "GTC":
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () timeInForce GTC is for limit orders: Gate market orders are IOC or FOK"
                    )
                )
            return "fok" if (time_in_force == "FOK") else "ioc"
        if js.truthy(js.get(unified, "postOnly")):
            return "poc"
        return "gtc" if (time_in_force is None) else js.lower(time_in_force)

    def client_order_text(self, client_order_id):
        # Gate's text must start with 't-'.
        if js.starts_with(client_order_id, "t-"):
            return client_order_id
        return js.bounded_text("t-" + js.to_str(client_order_id))

    def create_price_order(self, market, type_, side, amount, price, unified, rest):
        # /spot/price_orders: the put order (limit, account normal, gtc or ioc) is placed when the last price
        # meets trigger.rule. stopLossPrice triggers a sell when the price falls to it (rule '<='), a buy when
        # it rises to it ('>='), takeProfitPrice the other way round; a plain triggerPrice needs
        # params['triggerDirection'] ('above' or 'below') because Gate needs the rule.
        kind = js.get(unified, "triggerKind")
        if not (type_ == "limit"):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () "
                    + js.to_str(kind)
                    + " places limit orders only: a Gate price-triggered order needs its limit price"
                )
            )
        if js.get(unified, "timeInForce") == "FOK":
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () timeInForce FOK cannot be combined with "
                    + js.to_str(kind)
                    + ": price-triggered orders are GTC or IOC"
                )
            )
        if js.get(unified, "clientOrderId") is not None:
            # The put order's text names the order's source (api, web, app), not a client order id.
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () clientOrderId cannot be combined with "
                    + js.to_str(kind)
                    + ": Gate price-triggered orders take no client order id"
                )
            )
        rule = self.trigger_rule(kind, side, rest)
        put = {
            "type": "limit",
            "side": side,
            "price": self.price_to_precision(js.get(market, "symbol"), price),
            "amount": self.order_amount(market, type_, side, amount, price, js.get(unified, "cost")),
            "account": "normal",
            "time_in_force": "ioc" if (js.get(unified, "timeInForce") == "IOC") else "gtc",
        }
        trigger = {
            "price": self.price_to_precision(js.get(market, "symbol"), js.get(unified, "trigger")),
            "rule": rule,
        }
        expiration = self.safe_integer(rest, "expiration")
        if expiration is not None:
            trigger["expiration"] = expiration
        request = {"trigger": trigger, "put": put, "market": js.get(market, "id")}
        response = self.private_post_spot_price_orders(
            self.extend(request, self.omit(rest, ["triggerDirection", "expiration"]))
        )
        return self.safe_order(
            {
                "id": self.safe_string(response, "id"),
                "symbol": js.get(market, "symbol"),
                "type": "limit",
                "side": side,
                "price": js.get(put, "price"),
                "amount": js.get(put, "amount"),
                "timeInForce": "IOC" if (js.get(put, "time_in_force") == "ioc") else "GTC",
                "triggerPrice": js.get(trigger, "price"),
                "stopLossPrice": js.get(trigger, "price") if (kind == "stopLossPrice") else None,
                "takeProfitPrice": js.get(trigger, "price") if (kind == "takeProfitPrice") else None,
                "status": "open",
                "info": response,
            },
            market,
        )

    def trigger_rule(self, kind, side, params):
        if kind == "stopLossPrice":
            return "<=" if (side == "sell") else ">="
        if kind == "takeProfitPrice":
            return ">=" if (side == "sell") else "<="
        direction = self.safe_string(params, "triggerDirection")
        if direction == "above":
            return ">="
        if direction == "below":
            return "<="
        raise ArgumentsRequired(
            js.bounded_text(
                js.to_str(self.id)
                + ' createOrder () triggerPrice requires params["triggerDirection"] "above" or "below": a Gate price-triggered order fires when the price rises to (>=) or falls to (<=) the trigger'
            )
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
        # PATCH /spot/orders/{order_id} changes the amount or (not and) the price of an open order, with
        # currency_pair in the JSON body; the order keeps its time in force, and a trigger belongs to price
        # orders, which cannot be amended.
        if self.safe_value(params, "postOnly") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " editOrder () does not support the unified param postOnly: an amended order keeps its time in force"
                )
            )
        if self.safe_value(params, "triggerPrice") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " editOrder () does not support the unified param triggerPrice: Gate amends the amount and price only"
                )
            )
        if (amount is not None) and (price is not None):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " editOrder () changes either the amount or the price of an order, not both: Gate amends one of them at a time"
                )
            )
        if (amount is None) and (price is None):
            raise ArgumentsRequired(
                js.bounded_text(js.to_str(self.id) + " editOrder () requires the new amount or the new price")
            )
        self.load_markets()
        market = self.market(symbol)
        request = {"order_id": id_, "currency_pair": js.get(market, "id")}
        if amount is not None:
            request["amount"] = self.amount_to_precision(symbol, amount)
        else:
            request["price"] = self.price_to_precision(symbol, price)
        response = self.private_patch_spot_orders_order_id(self.extend(request, params))
        return self.parse_order(response, market)

    def require_market(self, method, symbol):
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () requires a symbol argument: Gate names orders by currency pair and id"
                )
            )
        return self.market(symbol)

    def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # DELETE /spot/orders/{order_id} answers with the order; with params['trigger'] the id is a price
        # order's (DELETE /spot/price_orders/{order_id}).
        self.load_markets()
        if self.safe_bool(params, "trigger", False):
            answer = self.private_delete_spot_price_orders_order_id(
                self.extend({"order_id": id_}, self.omit(params, "trigger"))
            )
            return self.parse_price_order(answer)
        market = self.require_market("cancelOrder", symbol)
        response = self.private_delete_spot_orders_order_id(
            self.extend({"order_id": id_, "currency_pair": js.get(market, "id")}, params)
        )
        return self.parse_order(response, market)

    def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # DELETE /spot/orders cancels the open orders of one pair (of every pair without one) and lists them,
        # each with succeeded false and a label when it could not be canceled.
        self.load_markets()
        request = {}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["currency_pair"] = js.get(market, "id")
        response = self.private_delete_spot_orders(self.extend(request, params))
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            if self.safe_bool(js.get(response, i), "succeeded", True):
                result.append(self.parse_order(js.get(response, i), market))
            i += 1
        return result

    def parse_order(self, order, market=None):
        # /spot/orders: status open, closed or cancelled, finish_as how it ended (filled, cancelled, ioc, poc,
        # stp, ...); left the unfilled amount, filled_amount the filled base amount, filled_total its cost,
        # avg_deal_price the average. A market buy's amount is in the quote currency, so it is the cost.
        market = self.safe_market(self.safe_string(order, "currency_pair"), market, "_")
        type_ = self.safe_string(order, "type")
        side = self.safe_string(order, "side")
        quote_sized = (type_ == "market") and (side == "buy")
        time_in_force = self.safe_string_upper(order, "time_in_force")
        text = self.safe_string(order, "text")
        fees = self.gate_fees(order)
        return self.safe_order(
            {
                "id": self.safe_string(order, "id"),
                "clientOrderId": text if ((text is not None) and js.starts_with(text, "t-")) else None,
                "symbol": js.get(market, "symbol"),
                "timestamp": self.order_time(order, "create_time"),
                "lastUpdateTimestamp": self.order_time(order, "update_time"),
                "status": self.order_status(order),
                "type": type_,
                "timeInForce": "PO" if (time_in_force == "POC") else time_in_force,
                "postOnly": True if (time_in_force == "POC") else None,
                "side": side,
                "price": (
                    self.safe_string(order, "price")
                    if (type_ == "limit")
                    else self.safe_string(order, "avg_deal_price")
                ),
                "average": self.safe_string(order, "avg_deal_price"),
                "amount": None if quote_sized else self.safe_string(order, "amount"),
                "remaining": None if quote_sized else self.safe_string(order, "left"),
                "filled": self.safe_string(order, "filled_amount"),
                "cost": self.safe_string(order, "filled_total"),
                "fee": js.get(fees, 0) if js.strict_equal(js.length(fees), 1) else None,
                "fees": fees,
                "info": order,
            },
            market,
        )

    def order_time(self, order, key):
        # <key>_ms in milliseconds, else <key> in seconds (/spot/open_orders lists only the seconds).
        milliseconds = self.safe_integer(order, js.bounded_text(js.to_str(key) + "_ms"))
        if milliseconds is not None:
            return milliseconds
        return self.safe_timestamp(order, key)

    def order_status(self, order):
        # A finished order (status closed or cancelled) is closed when it was filled, canceled otherwise (ioc,
        # poc, fok, stp and the other finish_as reasons end it unfilled or partly filled).
        status = self.safe_string(order, "status")
        if status == "open":
            return "open"
        finish_as = self.safe_string(order, "finish_as")
        if (finish_as == "filled") or ((finish_as is None) and (status == "closed")):
            return "closed"
        if status is None:
            return None
        return "canceled"

    def parse_price_order(self, order, market=None):
        # /spot/price_orders/{order_id}: { id, market, trigger { price, rule, expiration }, put { type, side,
        # price, amount, account, time_in_force, text (the source) }, status open, finish, cancelled, failed or
        # expired,
        # ctime and ftime in seconds, fired_order_id }.
        market = self.safe_market(self.safe_string(order, "market"), market, "_")
        trigger = self.safe_dict(order, "trigger", {})
        put = self.safe_dict(order, "put", {})
        return self.safe_order(
            {
                "id": self.safe_string(order, "id"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.safe_timestamp(order, "ctime"),
                "lastUpdateTimestamp": self.safe_timestamp(order, "ftime"),
                "status": self.safe_string(
                    js.get(self.options, "priceOrderStatuses"), self.safe_string(order, "status")
                ),
                "type": self.safe_string(put, "type"),
                "timeInForce": self.safe_string_upper(put, "time_in_force"),
                "side": self.safe_string(put, "side"),
                "price": self.safe_string(put, "price"),
                "amount": self.safe_string(put, "amount"),
                "triggerPrice": self.safe_string(trigger, "price"),
                "info": order,
            },
            market,
        )

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        # GET /spot/orders/{order_id} (an id or the text 't-...'); with params['trigger'] the id is a price
        # order's.
        self.load_markets()
        if self.safe_bool(params, "trigger", False):
            answer = self.private_get_spot_price_orders_order_id(
                self.extend({"order_id": id_}, self.omit(params, "trigger"))
            )
            return self.parse_price_order(answer)
        market = self.require_market("fetchOrder", symbol)
        response = self.private_get_spot_orders_order_id(
            self.extend({"order_id": id_, "currency_pair": js.get(market, "id")}, params)
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
        # GET /spot/orders?status=open for one pair; /spot/open_orders for all, grouped by pair as
        # [ { currency_pair, total, orders } ].
        self.load_markets()
        if symbol is not None:
            market = self.market(symbol)
            request = {"currency_pair": js.get(market, "id"), "status": "open"}
            if limit is not None:
                request["limit"] = limit
            response = self.private_get_spot_orders(self.extend(request, params))
            return self.parse_orders(response, market, since, limit)
        groups = self.private_get_spot_open_orders(params)
        orders = []
        i = 0
        while True:
            if not js.less(i, js.length(groups)):
                break
            # (pushed in place: a copy of the orders so far at each group made a response of many empty groups cost
            # their product; red-team round 28)
            entries = self.safe_list(js.get(groups, i), "orders", [])
            j = 0
            while True:
                if not (j < len(entries)):
                    break
                orders.append(js.get(entries, j))
                j += 1
            i += 1
        return self.parse_orders(orders, None, since, limit)

    def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # GET /spot/orders?status=finished: filled and canceled orders; from and to in seconds.
        self.load_markets()
        request = {"status": "finished"}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["currency_pair"] = js.get(market, "id")
        request = self.extend(request, self.time_range(since, params))
        if limit is not None:
            request["limit"] = limit
        response = self.private_get_spot_orders(self.extend(request, self.omit(params, "until")))
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
        # /spot/my_trades: from and to in seconds, limit at most 1000.
        self.load_markets()
        request = {}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["currency_pair"] = js.get(market, "id")
        request = self.extend(request, self.time_range(since, params))
        if limit is not None:
            request["limit"] = limit
        response = self.private_get_spot_my_trades(self.extend(request, self.omit(params, "until")))
        return self.parse_trades(response, market, since, limit)

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
        # /spot/my_trades with order_id, which Gate takes together with the currency pair.
        self.load_markets()
        market = self.require_market("fetchOrderTrades", symbol)
        request = {"currency_pair": js.get(market, "id"), "order_id": id_}
        response = self.private_get_spot_my_trades(self.extend(request, params))
        return self.parse_trades(response, market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def history_request(self, code, since, limit, params):
        # /wallet/deposits and /wallet/withdrawals: currency, from and to in seconds (at most 30 days apart),
        # limit. The request and the currency.
        request = {}
        currency = None
        if code is not None:
            currency = self.currency(code)
            request["currency"] = js.get(currency, "id")
        request = self.extend(request, self.time_range(since, params))
        if limit is not None:
            request["limit"] = limit
        return [self.extend(request, self.omit(params, "until")), currency]

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
        (
            request,
            currency,
        ) = js.destructure(self.history_request(code, since, limit, params), 2)
        response = self.private_get_wallet_deposits(request)
        return self.parse_transactions_of_type(response, "deposit", currency, since, limit)

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
        (
            request,
            currency,
        ) = js.destructure(self.history_request(code, since, limit, params), 2)
        response = self.private_get_wallet_withdrawals(request)
        return self.parse_transactions_of_type(response, "withdrawal", currency, since, limit)

    def parse_transactions_of_type(self, response, type_, currency, since, limit):
        # Deposits and withdrawals have the same fields and no type: the list says which they are.
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            transaction = self.parse_transaction(js.get(response, i), currency)
            js.set_(transaction, "type", type_)
            result.append(transaction)
            i += 1
        code = None if (currency is None) else js.get(currency, "code")
        return self.filter_by_currency_since_limit(self.sort_by(result, "timestamp"), code, since, limit)

    def parse_transaction(self, transaction, currency=None):
        # { id, txid, withdraw_order_id, timestamp (seconds), amount, fee, currency, address, memo, status,
        # chain }: status DONE is complete, CANCEL canceled, FAIL and INVALID failed, the others pending.
        currency_id = self.safe_string(transaction, "currency")
        code = self.safe_currency_code(currency_id, currency)
        fee = None
        fee_cost = self.safe_string(transaction, "fee")
        if fee_cost is not None:
            fee = {"cost": fee_cost, "currency": code}
        status = self.safe_string(transaction, "status")
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "id"),
                "txid": self.safe_string(transaction, "txid"),
                "timestamp": self.safe_timestamp(transaction, "timestamp"),
                "network": self.network_code(self.safe_string(transaction, "chain")),
                "address": self.safe_string(transaction, "address"),
                "tag": self.safe_string(transaction, "memo"),
                "type": self.safe_string(transaction, "type"),
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": (
                    None
                    if (status is None)
                    else self.safe_string(js.get(self.options, "transactionStatuses"), status, "pending")
                ),
                "fee": fee,
                "info": transaction,
            },
            currency,
        )

    def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # /wallet/deposit_address: address (of the default chain) and multichain_addresses, one per chain
        # { chain, address, payment_id (the memo), obtain_failed }. The unified network picks the chain.
        self.load_markets()
        currency = self.currency(code)
        network_code = self.safe_string(params, "network")
        response = self.private_get_wallet_deposit_address(
            self.extend({"currency": js.get(currency, "id")}, self.omit(params, "network"))
        )
        addresses = self.safe_list(response, "multichain_addresses", [])
        if network_code is None:
            if len(addresses) == 1:
                return self.parse_deposit_address(js.get(addresses, 0), currency)
            return {
                "currency": js.get(currency, "code"),
                "address": self.safe_string(response, "address"),
                "tag": None,
                "network": None,
                "info": response,
            }
        chain = self.network_id(network_code, currency)
        i = 0
        while True:
            if not (i < len(addresses)):
                break
            if js.strict_equal(self.safe_string(js.get(addresses, i), "chain"), chain):
                return self.parse_deposit_address(js.get(addresses, i), currency)
            i += 1
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

    def fetch_deposit_addresses(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> list[DepositAddress]:
        if params is None:
            params = {}
        # /wallet/deposit_address takes one currency: one request per code, and every chain's address of each
        # (a chain whose address could not be obtained is left out).
        if codes is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchDepositAddresses () requires the currency codes: /wallet/deposit_address takes one currency"
                )
            )
        self.load_markets()
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(codes)):
                break
            currency = self.currency(js.get(codes, i))
            response = self.private_get_wallet_deposit_address(
                self.extend({"currency": js.get(currency, "id")}, params)
            )
            addresses = self.safe_list(response, "multichain_addresses", [])
            j = 0
            while True:
                if not (j < len(addresses)):
                    break
                if js.strict_equal(self.safe_integer(js.get(addresses, j), "obtain_failed", 0), 0):
                    result.append(self.parse_deposit_address(js.get(addresses, j), currency))
                j += 1
            i += 1
        return result

    def parse_deposit_address(self, entry, currency):
        if not js.strict_equal(self.safe_integer(entry, "obtain_failed", 0), 0):
            raise InvalidAddress(
                js.bounded_text(
                    js.bounded_text(
                        js.bounded_text(js.to_str(self.id) + " could not obtain a ")
                        + js.to_str(js.get(currency, "code"))
                        + " deposit address on chain "
                    )
                    + js.to_str(self.safe_string(entry, "chain"))
                )
            )
        return {
            "currency": js.get(currency, "code"),
            "address": self.safe_string(entry, "address"),
            "tag": self.safe_string(entry, "payment_id"),
            "network": self.network_code(self.safe_string(entry, "chain")),
            "info": entry,
        }

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
        # POST /withdrawals: currency, address, amount, memo and chain (from the unified network, which Gate
        # requires).
        self.load_markets()
        currency = self.currency(code)
        network_code = self.safe_string(params, "network")
        if network_code is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " withdraw () requires the unified param network: Gate withdraws on a named chain"
                )
            )
        request = {
            "currency": js.get(currency, "id"),
            "address": address,
            "amount": self.number_to_string(amount),
            "chain": self.network_id(network_code, currency),
        }
        if tag is not None:
            request["memo"] = tag
        response = self.private_post_withdrawals(self.extend(request, self.omit(params, "network")))
        transaction = self.parse_transaction(response, currency)
        js.set_(transaction, "type", "withdrawal")
        return transaction

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
        # POST /wallet/transfers between the spot, futures, delivery and options accounts; a futures or
        # delivery account is named by its settle currency, the one transferred.
        self.load_markets()
        currency = self.currency(code)
        from_ = self.account_type_id(from_account)
        to = self.account_type_id(to_account)
        request = {
            "currency": js.get(currency, "id"),
            "from": from_,
            "to": to,
            "amount": self.number_to_string(amount),
        }
        settled = ["futures", "delivery"]
        if js.truthy(self.in_array(from_, settled)) or js.truthy(self.in_array(to, settled)):
            request["settle"] = js.lower(js.get(currency, "id"))
        response = self.private_post_wallet_transfers(self.extend(request, params))
        return self.safe_transfer(
            {
                "id": self.safe_string(response, "tx_id"),
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
        # GET and DELETE send their params as the query string, POST and PATCH as a JSON body.
        request_path = js.bounded_text(
            js.bounded_text("/api/" + js.to_str(self.version) + "/")
            + js.to_str(self.implode_params(path, params))
        )
        rest = self.omit(params, self.extract_params(path))
        has_body = (method == "POST") or (method == "PATCH") or (method == "PUT")
        query = ""
        if (not has_body) and (len(js.keys(rest)) > 0):
            query = self.urlencode(rest)
        url = js.bounded_text(
            js.bounded_text(js.to_str(js.get(self.urls, "api")) + request_path)
            + ("" if (query == "") else js.bounded_text("?" + js.to_str(query)))
        )
        # Gate signs the query string without URL encoding.
        raw_query = "" if (query == "") else self.rawencode(rest)
        if api == "public":
            return {"url": url, "method": method, "body": body, "headers": headers}
        # SIGN: hex HMAC-SHA512 (secret, method \n path \n query \n hex SHA512 (body) \n timestamp), with the
        # timestamp in seconds (the Timestamp header).
        self.check_required_credentials()
        timestamp = self.number_to_string(self.seconds())
        payload = ""
        headers = {"KEY": self.apiKey, "Timestamp": timestamp, "Accept": "application/json"}
        if has_body:
            # An empty body is written out: PHP would encode an empty dictionary as a list, '[]'.
            body = self.json(rest) if (len(js.keys(rest)) > 0) else "{}"
            payload = body
            js.set_(headers, "Content-Type", "application/json")
        body_hash = self.hash(self.encode(payload), "sha512", "hex")
        auth = js.bounded_text(
            js.to_str(method)
            + "\n"
            + request_path
            + "\n"
            + js.to_str(raw_query)
            + "\n"
            + js.to_str(body_hash)
            + "\n"
            + js.to_str(timestamp)
        )
        js.set_(headers, "SIGN", self.hmac(self.encode(auth), self.encode(self.secret), "sha512", "hex"))
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
        # An error is an HTTP 4xx or 5xx status with { label, message }: the label picks the error class; an
        # unknown label falls back to the status (the base class's httpExceptions).
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return
        label = self.safe_string(response, "label")
        if label is None:
            return
        feedback = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " " + js.to_str(label) + " ")
            + self.safe_string2(response, "message", "detail", "")
        )
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), label, feedback)
        if js.less(status, 400):
            raise ExchangeError(feedback)
