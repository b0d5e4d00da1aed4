# Generated from js/deribit.js by exkit: do not edit. Change the source and run `python build.py`.
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
    DDoSProtection,
    ExchangeError,
    ExchangeNotAvailable,
    InsufficientFunds,
    InvalidAddress,
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
    DepositWithdrawFee,
    FundingRate,
    FundingRateHistory,
    LedgerEntry,
    Market,
    OHLCV,
    OpenInterest,
    Order,
    OrderBook,
    Position,
    Status,
    Ticker,
    Trade,
    Transaction,
)


class deribit(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "deribit",
                "name": "Deribit",
                "countries": ["PA"],
                "version": "v2",
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
                    "fetchStatus": True,
                    "fetchTradingFees": False,
                    "cancelAllOrders": True,
                    "fetchOrderTrades": True,
                    "fetchTradingFee": False,
                    "fetchDepositAddresses": False,
                    "createDepositAddress": True,
                    "fetchDepositWithdrawFees": True,
                    "transfer": False,
                    "createMarketBuyOrderWithCost": False,
                    "fetchPositions": True,
                    "fetchPosition": True,
                    "fetchFundingRate": True,
                    "fetchFundingRates": True,
                    "fetchFundingRateHistory": True,
                    "fetchOpenInterest": True,
                    "setLeverage": False,
                    "setMarginMode": False,
                    "fetchLeverage": False,
                    "fetchMarkOHLCV": False,
                    "fetchIndexOHLCV": False,
                },
                "urls": {
                    "api": "https://www.deribit.com",
                    "test": "https://test.deribit.com",
                    "www": "https://www.deribit.com",
                    "doc": "https://docs.deribit.com/v2",
                    "fees": "https://www.deribit.com/kb/fees",
                },
                "api": {
                    "public": {
                        "get": {
                            "get_time": 1,
                            "status": 1,
                            "test": 1,
                            "get_currencies": 1,
                            "get_instruments": 1,
                            "get_instrument": 1,
                            "get_contract_size": 1,
                            "get_expirations": 1,
                            "ticker": 1,
                            "get_book_summary_by_currency": 1,
                            "get_book_summary_by_instrument": 1,
                            "get_order_book": 1,
                            "get_tradingview_chart_data": 1,
                            "get_last_trades_by_instrument": 1,
                            "get_last_trades_by_instrument_and_time": 1,
                            "get_last_trades_by_currency": 1,
                            "get_funding_rate_history": 1,
                            "get_funding_rate_value": 1,
                            "get_index_price": 1,
                            "get_index_price_names": 1,
                            "get_index_chart_data": 1,
                            "get_mark_price_history": 1,
                            "get_delivery_prices": 1,
                            "get_historical_volatility": 1,
                            "get_trade_volumes": 1,
                        }
                    },
                    "private": {
                        "get": {
                            "get_account_summary": 1,
                            "get_account_summaries": 1,
                            "get_positions": 1,
                            "get_position": 1,
                            "buy": 1,
                            "sell": 1,
                            "edit": 1,
                            "cancel": 1,
                            "cancel_all": 1,
                            "cancel_all_by_instrument": 1,
                            "cancel_all_by_currency": 1,
                            "get_order_state": 1,
                            "get_open_orders": 1,
                            "get_open_orders_by_instrument": 1,
                            "get_open_orders_by_currency": 1,
                            "get_order_history_by_instrument": 1,
                            "get_order_history_by_currency": 1,
                            "get_user_trades_by_instrument": 1,
                            "get_user_trades_by_instrument_and_time": 1,
                            "get_user_trades_by_currency": 1,
                            "get_user_trades_by_order": 1,
                            "get_settlement_history_by_instrument": 1,
                            "get_deposits": 1,
                            "get_withdrawals": 1,
                            "get_current_deposit_address": 1,
                            "create_deposit_address": 1,
                            "withdraw": 1,
                            "cancel_withdrawal": 1,
                            "get_transaction_log": 1,
                            "get_transfers": 1,
                        }
                    },
                },
                "timeframes": {
                    "1m": "1",
                    "3m": "3",
                    "5m": "5",
                    "10m": "10",
                    "15m": "15",
                    "30m": "30",
                    "1h": "60",
                    "2h": "120",
                    "3h": "180",
                    "6h": "360",
                    "12h": "720",
                    "1d": "1D",
                },
                "fees": {"trading": {"tierBased": True, "percentage": True, "taker": 0.0005, "maker": 0}},
                "precisionMode": TICK_SIZE,
                "requiredCredentials": {"apiKey": True, "secret": True},
                "options": {
                    "triggerPriceType": "last_price",
                    "orderTypes": {
                        "limit": "limit",
                        "market": "market",
                        "stop_limit": "limit",
                        "stop_market": "market",
                        "take_limit": "limit",
                        "take_market": "market",
                        "market_limit": "market",
                        "trailing_stop": "market",
                    },
                    "orderStatuses": {
                        "open": "open",
                        "untriggered": "open",
                        "triggered": "open",
                        "filled": "closed",
                        "rejected": "rejected",
                        "cancelled": "canceled",
                        "archive": "canceled",
                    },
                    "timeInForces": {
                        "good_til_cancelled": "GTC",
                        "fill_or_kill": "FOK",
                        "immediate_or_cancel": "IOC",
                    },
                    "depositStatuses": {
                        "pending": "pending",
                        "completed": "ok",
                        "rejected": "failed",
                        "replaced": "failed",
                    },
                    "withdrawalStatuses": {
                        "unconfirmed": "pending",
                        "confirmed": "pending",
                        "cancelled": "canceled",
                        "completed": "ok",
                        "interrupted": "failed",
                        "rejected": "failed",
                    },
                    "timeframeDurations": {
                        "1m": 60000,
                        "3m": 180000,
                        "5m": 300000,
                        "10m": 600000,
                        "15m": 900000,
                        "30m": 1800000,
                        "1h": 3600000,
                        "2h": 7200000,
                        "3h": 10800000,
                        "6h": 21600000,
                        "12h": 43200000,
                        "1d": 86400000,
                    },
                },
                "exceptions": {
                    "exact": {
                        "9999": PermissionDenied,
                        "10000": AuthenticationError,
                        "10001": ExchangeError,
                        "10002": InvalidOrder,
                        "10003": InvalidOrder,
                        "10004": OrderNotFound,
                        "10005": InvalidOrder,
                        "10006": InvalidOrder,
                        "10007": InvalidOrder,
                        "10009": InsufficientFunds,
                        "10010": OrderNotFound,
                        "10011": InvalidOrder,
                        "10012": InvalidOrder,
                        "10013": InvalidOrder,
                        "10014": InvalidOrder,
                        "10015": InvalidOrder,
                        "10016": InvalidOrder,
                        "10017": InvalidOrder,
                        "10018": InvalidOrder,
                        "10019": AccountSuspended,
                        "10020": BadSymbol,
                        "10021": InvalidOrder,
                        "10022": InvalidOrder,
                        "10023": InvalidOrder,
                        "10024": InvalidOrder,
                        "10025": InvalidOrder,
                        "10026": InvalidOrder,
                        "10027": InvalidOrder,
                        "10028": RateLimitExceeded,
                        "10029": OrderNotFound,
                        "10030": NotSupported,
                        "10031": InvalidOrder,
                        "10032": InvalidOrder,
                        "10033": NotSupported,
                        "10034": InvalidOrder,
                        "10035": InvalidOrder,
                        "10036": InvalidOrder,
                        "10037": InsufficientFunds,
                        "10038": InvalidOrder,
                        "10039": InsufficientFunds,
                        "10040": ExchangeNotAvailable,
                        "10041": OnMaintenance,
                        "10043": InvalidOrder,
                        "10044": InvalidOrder,
                        "10045": InvalidOrder,
                        "10046": InvalidOrder,
                        "10047": DDoSProtection,
                        "10048": ExchangeError,
                        "11008": InvalidOrder,
                        "11013": InvalidOrder,
                        "11021": InvalidOrder,
                        "11029": BadRequest,
                        "11030": ExchangeError,
                        "11031": ExchangeError,
                        "11035": InvalidOrder,
                        "11036": InvalidOrder,
                        "11037": InvalidOrder,
                        "11038": InvalidOrder,
                        "11039": InvalidOrder,
                        "11041": InvalidOrder,
                        "11042": PermissionDenied,
                        "11043": BadRequest,
                        "11044": InvalidOrder,
                        "11045": BadRequest,
                        "11046": InvalidOrder,
                        "11047": BadRequest,
                        "11048": InvalidOrder,
                        "11049": BadRequest,
                        "11050": BadRequest,
                        "11051": OnMaintenance,
                        "11052": ExchangeError,
                        "11053": ExchangeError,
                        "11054": InvalidOrder,
                        "11090": InvalidAddress,
                        "11091": InvalidAddress,
                        "11092": InvalidAddress,
                        "11093": InvalidAddress,
                        "11094": ExchangeError,
                        "11095": ExchangeError,
                        "11096": InvalidAddress,
                        "11097": InvalidAddress,
                        "12000": AuthenticationError,
                        "12100": PermissionDenied,
                        "13000": AuthenticationError,
                        "13001": AuthenticationError,
                        "13002": AccountSuspended,
                        "13003": AuthenticationError,
                        "13004": AuthenticationError,
                        "13005": AuthenticationError,
                        "13006": AuthenticationError,
                        "13007": AuthenticationError,
                        "13008": ExchangeError,
                        "13009": AuthenticationError,
                        "13010": BadRequest,
                        "13011": BadRequest,
                        "13012": PermissionDenied,
                        "13016": BadRequest,
                        "13019": ExchangeError,
                        "13020": ExchangeError,
                        "13021": PermissionDenied,
                        "13025": ExchangeNotAvailable,
                        "13028": ExchangeNotAvailable,
                        "13030": InvalidOrder,
                        "13031": PermissionDenied,
                        "13032": InvalidOrder,
                        "13403": PermissionDenied,
                        "13503": ExchangeNotAvailable,
                        "13666": ExchangeError,
                        "13888": RequestTimeout,
                        "-32600": BadRequest,
                        "-32601": BadRequest,
                        "-32602": BadRequest,
                        "-32700": BadRequest,
                        "-32000": BadRequest,
                    },
                    "broad": {},
                },
            },
        )

    # --- time, status, currencies and markets --------------------------------------------------------
    async def fetch_time(self, params: dict[str, Any] | None = None) -> int | None:
        if params is None:
            params = {}
        # public/get_time: result is the server time in milliseconds.
        response = await self.public_get_get_time(params)
        return self.safe_integer(response, "result")

    async def fetch_status(self, params: dict[str, Any] | None = None) -> Status:
        if params is None:
            params = {}
        # public/status: locked is true when trading is halted for every currency, 'partial' when only for
        # those in locked_currencies.
        response = await self.public_get_status(params)
        result = self.safe_dict(response, "result", {})
        locked = self.safe_string(result, "locked")
        return {
            "status": "maintenance" if (locked == "true") else "ok",
            "updated": None,
            "eta": None,
            "url": None,
            "info": response,
        }

    async def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # public/get_currencies: one network per currency (network_currency), the withdrawal fee an amount.
        response = await self.public_get_get_currencies(params)
        entries = self.safe_list(response, "result", [])
        result = {}
        i = 0
        while True:
            if not (i < len(entries)):
                break
            entry = js.get(entries, i)
            id_ = self.safe_string(entry, "currency")
            code = self.safe_currency_code(id_)
            decimals = self.safe_string(entry, "decimals")
            js.set_(
                result,
                code,
                {
                    "id": id_,
                    "code": code,
                    "name": self.safe_string(entry, "currency_long"),
                    "active": None,
                    "deposit": None,
                    "withdraw": None,
                    "fee": self.safe_number(entry, "withdrawal_fee"),
                    "precision": self.parse_number(self.parse_precision(decimals)),
                    "limits": {"withdraw": {"min": None, "max": None}},
                    "networks": {},
                    "info": entry,
                },
            )
            i += 1
        return result

    async def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # public/get_instruments with currency 'any' lists the open instruments of every currency; combos
        # (future_combo, option_combo) are strategies of other instruments and are left out.
        request = {"currency": "any"}
        response = await self.public_get_get_instruments(self.extend(request, params))
        instruments = self.safe_list(response, "result", [])
        result = []
        i = 0
        while True:
            if not (i < len(instruments)):
                break
            kind = self.safe_string(js.get(instruments, i), "kind")
            if (kind == "future") or (kind == "option") or (kind == "spot"):
                result.append(self.parse_market(js.get(instruments, i)))
            i += 1
        return result

    def parse_market(self, instrument):
        # kind 'future' with settlement_period 'perpetual' is a swap. instrument_type 'reversed' (inverse:
        # BTC-PERPETUAL, amounts in USD, settled in BTC) or 'linear' (BTC_USDC-PERPETUAL, amounts in the base
        # coin, settled in USDC). Options are quoted in their settlement currency (quote_currency), their
        # strike in counter_currency, which is the unified quote: BTC-13JAN23-16000-P is
        # BTC/USD:BTC-230113-16000-P. Unified amounts of contracts are in contracts: Deribit's amount divided
        # by contract_size, so min_trade_amount / contract_size is the least (and the step of an) order.
        id_ = self.safe_string(instrument, "instrument_name")
        kind = self.safe_string(instrument, "kind")
        base_id = self.safe_string(instrument, "base_currency")
        quote_id = (
            self.safe_string(instrument, "quote_currency")
            if (kind == "spot")
            else self.safe_string2(instrument, "counter_currency", "quote_currency")
        )
        settle_id = self.safe_string(instrument, "settlement_currency")
        base = self.safe_currency_code(base_id)
        quote = self.safe_currency_code(quote_id)
        min_trade_amount = self.safe_string(instrument, "min_trade_amount")
        active = self.safe_bool(instrument, "is_active")
        taker = self.safe_number(instrument, "taker_commission")
        maker = self.safe_number(instrument, "maker_commission")
        tick_size = self.safe_number(instrument, "tick_size")
        if kind == "spot":
            return self.market_structure(
                id=id_,
                symbol=self.build_symbol(base, quote),
                base=base,
                quote=quote,
                baseId=base_id,
                quoteId=quote_id,
                active=active,
                type="spot",
                taker=taker,
                maker=maker,
                precision={"amount": self.parse_number(min_trade_amount), "price": tick_size},
                limits={
                    "amount": {"min": self.parse_number(min_trade_amount), "max": None},
                    "price": {"min": None, "max": None},
                    "cost": {"min": None, "max": None},
                },
                info=instrument,
            )
        settle = self.safe_currency_code(settle_id)
        contract_size = self.safe_string(instrument, "contract_size")
        swap = self.safe_string(instrument, "settlement_period") == "perpetual"
        option = kind == "option"
        type_ = "option" if option else "swap" if swap else "future"
        expiry = None if swap else self.safe_integer(instrument, "expiration_timestamp")
        strike = self.safe_number(instrument, "strike") if option else None
        option_type = self.safe_string(instrument, "option_type") if option else None
        min_contracts = self.parse_number(Precise.string_div(min_trade_amount, contract_size))
        instrument_type = self.safe_string(instrument, "instrument_type")
        inverse = (not (js.typeof(settle) == "object")) and js.strict_equal(settle, base)
        if instrument_type is not None:
            inverse = instrument_type == "reversed"
        return self.market_structure(
            id=id_,
            symbol=self.build_symbol(base, quote, settle, expiry, strike, option_type),
            base=base,
            quote=quote,
            settle=settle,
            baseId=base_id,
            quoteId=quote_id,
            settleId=settle_id,
            active=active,
            type=type_,
            linear=not inverse,
            inverse=inverse,
            contractSize=self.parse_number(contract_size),
            expiry=expiry,
            strike=strike,
            optionType=option_type,
            taker=taker,
            maker=maker,
            precision={"amount": min_contracts, "price": tick_size},
            limits={
                "amount": {"min": min_contracts, "max": None},
                "price": {"min": None, "max": None},
                "cost": {"min": None, "max": None},
                "leverage": {"min": None, "max": self.safe_number(instrument, "max_leverage")},
            },
            info=instrument,
        )

    def to_contracts(self, market, amount):
        # Deribit's amount (USD for inverse contracts, the base coin for linear ones and options) in
        # contracts; spot amounts are in the base currency already.
        if (amount is None) or (not js.truthy(js.get(market, "contract"))):
            return amount
        return Precise.string_div(amount, self.number_to_string(js.get(market, "contractSize")))

    def from_contracts(self, market, contracts):
        # A unified amount (contracts) as Deribit's amount.
        if not js.truthy(js.get(market, "contract")):
            return contracts
        return Precise.string_mul(contracts, self.number_to_string(js.get(market, "contractSize")))

    def amount_cost(self, market, amount, price):
        # The value of a Deribit amount at price: an inverse contract's amount is its value in USD already;
        # otherwise the amount (base coin) times the price (in the quote, or for options the settlement,
        # currency).
        if amount is None:
            return None
        if (
            js.truthy(js.get(market, "contract"))
            and js.truthy(js.get(market, "inverse"))
            and (not js.truthy(js.get(market, "option")))
        ):
            return amount
        if price is None:
            return None
        return Precise.string_mul(amount, price)

    # --- market data ---------------------------------------------------------------------------------
    async def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        await self.load_markets()
        market = self.market(symbol)
        request = {"instrument_name": js.get(market, "id")}
        response = await self.public_get_ticker(self.extend(request, params))
        return self.parse_ticker(self.safe_dict(response, "result", {}), market)

    def parse_ticker(self, ticker, market=None):
        # public/ticker: best bid and ask with their amounts (Deribit units, here in contracts), stats over
        # 24 h: high, low, volume (base currency), volume_usd and price_change (in %).
        market = self.safe_market(self.safe_string(ticker, "instrument_name"), market)
        if self.safe_value(ticker, "stats") is None:
            return self.parse_book_summary(ticker, market)
        stats = self.safe_dict(ticker, "stats", {})
        quote_volume = self.quote_volume_of(stats, market)
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer(ticker, "timestamp"),
            high=self.safe_string(stats, "high"),
            low=self.safe_string(stats, "low"),
            bid=self.safe_string(ticker, "best_bid_price"),
            bid_volume=self.to_contracts(market, self.safe_string(ticker, "best_bid_amount")),
            ask=self.safe_string(ticker, "best_ask_price"),
            ask_volume=self.to_contracts(market, self.safe_string(ticker, "best_ask_amount")),
            last=self.safe_string(ticker, "last_price"),
            percentage=self.safe_string(stats, "price_change"),
            base_volume=self.safe_string(stats, "volume"),
            quote_volume=quote_volume,
            info=ticker,
            market=market,
        )

    async def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # public/get_book_summary_by_currency: the tickers of every instrument of one currency (the settlement
        # currency of contracts, the base currency of spot pairs), so one request per currency of the symbols;
        # without symbols params['currency'] names the currency.
        await self.load_markets()
        summaries = await self.book_summaries("fetchTickers", symbols, None, params)
        return self.parse_tickers(summaries, symbols)

    async def book_summaries(self, method, symbols, kind, params):
        # The entries of get_book_summary_by_currency for each currency that symbols (or params['currency'])
        # name, and of kind when given.
        currencies = []
        currency = self.safe_string(params, "currency")
        rest = self.omit(params, "currency")
        if currency is not None:
            currencies.append(currency)
        elif symbols is not None:
            i = 0
            while True:
                if not js.less(i, js.length(symbols)):
                    break
                market = self.market(js.get(symbols, i))
                currencies.append(
                    js.get(market, "settleId")
                    if js.truthy(js.get(market, "contract"))
                    else js.get(market, "baseId")
                )
                i += 1
            currencies = self.unique(currencies)
        else:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + ' () requires symbols or params["currency"]: Deribit lists them by currency'
                )
            )
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(currencies)):
                break
            request = {"currency": js.get(currencies, i)}
            if kind is not None:
                request["kind"] = kind
            response = await self.public_get_get_book_summary_by_currency(self.extend(request, rest))
            result = self.array_concat(result, self.safe_list(response, "result", []))
            i += 1
        return result

    def quote_volume_of(self, stats, market):
        # The 24 h volume in the quote currency: volume_notional (futures and spot pairs, in the quote currency:
        # USDC for BTC_USDC-PERPETUAL and BTC_USDC), else volume_usd (futures) for a market quoted in USD.
        notional = self.safe_string(stats, "volume_notional")
        if (notional is not None) and (not js.truthy(js.get(market, "option"))):
            return notional
        return self.safe_string(stats, "volume_usd") if (js.get(market, "quote") == "USD") else None

    def parse_book_summary(self, summary, market):
        # An entry of get_book_summary_by_currency: the same 24 h statistics at the top level, bid_price and
        # ask_price without their amounts, last, and creation_timestamp for its time.
        quote_volume = self.quote_volume_of(summary, market)
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            timestamp=self.safe_integer(summary, "creation_timestamp"),
            high=self.safe_string(summary, "high"),
            low=self.safe_string(summary, "low"),
            bid=self.safe_string(summary, "bid_price"),
            ask=self.safe_string(summary, "ask_price"),
            last=self.safe_string(summary, "last"),
            percentage=self.safe_string(summary, "price_change"),
            base_volume=self.safe_string(summary, "volume"),
            quote_volume=quote_volume,
            info=summary,
            market=market,
        )

    async def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # public/get_order_book: depth is one of 1, 5, 10, 20, 50, 100, 1000 or 10000; amounts in contracts.
        await self.load_markets()
        market = self.market(symbol)
        request = {"instrument_name": js.get(market, "id")}
        if limit is not None:
            request["depth"] = limit
        response = await self.public_get_get_order_book(self.extend(request, params))
        result = self.safe_dict(response, "result", {})
        book = {
            "bids": self.book_levels_in_contracts(market, self.safe_list(result, "bids", [])),
            "asks": self.book_levels_in_contracts(market, self.safe_list(result, "asks", [])),
        }
        orderbook = self.parse_order_book(
            book, js.get(market, "symbol"), self.safe_integer(result, "timestamp")
        )
        js.set_(orderbook, "nonce", self.safe_integer(result, "change_id"))
        return orderbook

    def book_levels_in_contracts(self, market, levels):
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(levels)):
                break
            result.append(
                [
                    self.safe_string(js.get(levels, i), 0),
                    self.to_contracts(market, self.safe_string(js.get(levels, i), 1)),
                ]
            )
            i += 1
        return result

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
        # public/get_tradingview_chart_data needs start_timestamp and end_timestamp: since (or limit candles
        # before the end) to until (or now). Its candles are of trades only: Deribit has no mark or index
        # price candles, so params['price'] is refused.
        if self.safe_string(params, "price") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchOHLCV () has trade candles only: Deribit offers no mark or index price candles"
                )
            )
        await self.load_markets()
        market = self.market(symbol)
        resolution = self.safe_string(self.timeframes, timeframe)
        if resolution is None:
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchOHLCV () does not support the timeframe "
                    + js.to_str(timeframe)
                )
            )
        duration = self.safe_integer(js.get(self.options, "timeframeDurations"), timeframe)
        count = 100 if (limit is None) else limit
        until = self.safe_integer(params, "until")
        rest = self.omit(params, "until")
        end = self.milliseconds() if (until is None) else until
        start = js.subtract(end, js.multiply(count, duration))
        if since is not None:
            start = since
            if until is None:
                end = js.add(since, js.multiply(count, duration))
        request = {
            "instrument_name": js.get(market, "id"),
            "start_timestamp": start,
            "end_timestamp": end,
            "resolution": resolution,
        }
        response = await self.public_get_get_tradingview_chart_data(self.extend(request, rest))
        result = self.safe_dict(response, "result", {})
        ticks = self.safe_list(result, "ticks", [])
        opens = self.safe_list(result, "open", [])
        highs = self.safe_list(result, "high", [])
        lows = self.safe_list(result, "low", [])
        closes = self.safe_list(result, "close", [])
        volumes = self.safe_list(result, "volume", [])
        candles = []
        i = 0
        while True:
            if not (i < len(ticks)):
                break
            candles.append(
                [
                    js.get(ticks, i),
                    js.get(opens, i),
                    js.get(highs, i),
                    js.get(lows, i),
                    js.get(closes, i),
                    js.get(volumes, i),
                ]
            )
            i += 1
        return self.parse_ohlcvs(candles, market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def parse_ohlcv(self, ohlcv, market=None):
        # One candle as the columns of get_tradingview_chart_data give it: ticks, open, high, low, close and
        # volume (in the base currency).
        return [
            self.safe_integer(ohlcv, 0),
            self.safe_number(ohlcv, 1),
            self.safe_number(ohlcv, 2),
            self.safe_number(ohlcv, 3),
            self.safe_number(ohlcv, 4),
            self.safe_number(ohlcv, 5),
        ]

    parseOHLCV = MethodAlias("parse_ohlcv")

    async def fetch_trades(
        self,
        symbol: str,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # public/get_last_trades_by_instrument gives the latest count trades; with since,
        # get_last_trades_by_instrument_and_time gives those from since on (oldest first).
        await self.load_markets()
        market = self.market(symbol)
        request = {"instrument_name": js.get(market, "id")}
        if limit is not None:
            request["count"] = limit
        response = None
        if since is None:
            response = await self.public_get_get_last_trades_by_instrument(self.extend(request, params))
        else:
            request["start_timestamp"] = since
            request["end_timestamp"] = self.milliseconds()
            request["sorting"] = "asc"
            response = await self.public_get_get_last_trades_by_instrument_and_time(
                self.extend(request, params)
            )
        result = self.safe_dict(response, "result", {})
        return self.parse_trades(self.safe_list(result, "trades", []), market, since, limit)

    def parse_trade(self, trade, market=None):
        # A public trade, or the account's own (with order_id, liquidity M or T, fee and fee_currency).
        # amount is Deribit's (contracts, when given, are the same in contract units).
        market = self.safe_market(self.safe_string(trade, "instrument_name"), market)
        price = self.safe_string(trade, "price")
        amount = self.safe_string(trade, "amount")
        contracts = self.safe_string(trade, "contracts")
        if (contracts is None) or (not js.truthy(js.get(market, "contract"))):
            contracts = self.to_contracts(market, amount)
        liquidity = self.safe_string(trade, "liquidity")
        taker_or_maker = None
        if liquidity is not None:
            taker_or_maker = "maker" if (liquidity == "M") else "taker"
        fee = None
        fee_cost = self.safe_string(trade, "fee")
        if fee_cost is not None:
            fee = {
                "cost": fee_cost,
                "currency": self.safe_currency_code(self.safe_string(trade, "fee_currency")),
            }
        order_type = self.safe_string(trade, "order_type")
        return self.trade_structure(
            identifier=self.safe_string(trade, "trade_id"),
            order=self.safe_string(trade, "order_id"),
            timestamp=self.safe_integer(trade, "timestamp"),
            symbol=js.get(market, "symbol"),
            kind=order_type if ((order_type == "limit") or (order_type == "market")) else None,
            side=self.safe_string(trade, "direction"),
            taker_or_maker=taker_or_maker,
            price=price,
            amount=contracts,
            cost=self.amount_cost(market, Precise.string_abs(amount), price),
            fee=fee,
            info=trade,
            market=market,
        )

    # --- derivatives market data ---------------------------------------------------------------------
    async def fetch_funding_rate(self, symbol: str, params: dict[str, Any] | None = None) -> FundingRate:
        if params is None:
            params = {}
        # public/ticker of a perpetual: funding_8h is the funding over the last 8 hours (the rate
        # get_funding_rate_history reports as interest_8h); Deribit's funding is continuous, so there is
        # no funding time.
        await self.load_markets()
        market = self.market(symbol)
        if not js.truthy(js.get(market, "swap")):
            raise BadSymbol(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchFundingRate () is for perpetual swaps, not "
                    + js.to_str(symbol)
                )
            )
        request = {"instrument_name": js.get(market, "id")}
        response = await self.public_get_ticker(self.extend(request, params))
        return self.parse_funding_rate(self.safe_dict(response, "result", {}), market)

    def parse_funding_rate(self, ticker, market=None):
        market = self.safe_market(self.safe_string(ticker, "instrument_name"), market)
        return self.safe_funding_rate(
            {
                "symbol": js.get(market, "symbol"),
                "markPrice": self.safe_string(ticker, "mark_price"),
                "indexPrice": self.safe_string(ticker, "index_price"),
                "fundingRate": self.safe_string(ticker, "funding_8h"),
                "timestamp": self.safe_integer2(ticker, "timestamp", "creation_timestamp"),
                "info": ticker,
            },
            market,
        )

    async def fetch_funding_rates(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, FundingRate]:
        if params is None:
            params = {}
        # get_book_summary_by_currency with kind future: the summaries of perpetuals carry funding_8h, those
        # of dated futures none (left out).
        await self.load_markets()
        summaries = await self.book_summaries("fetchFundingRates", symbols, "future", params)
        perpetuals = []
        i = 0
        while True:
            if not js.less(i, js.length(summaries)):
                break
            market = self.safe_market(self.safe_string(js.get(summaries, i), "instrument_name"))
            if js.truthy(js.get(market, "swap")):
                perpetuals.append(js.get(summaries, i))
            i += 1
        return self.parse_funding_rates(perpetuals, symbols)

    async def fetch_funding_rate_history(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[FundingRateHistory]:
        if params is None:
            params = {}
        # public/get_funding_rate_history: one entry an hour between start_timestamp and end_timestamp (both
        # required), each with interest_8h (the 8-hour rate) and interest_1h.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(js.to_str(self.id) + " fetchFundingRateHistory () requires a symbol")
            )
        await self.load_markets()
        market = self.market(symbol)
        until = self.safe_integer(params, "until")
        rest = self.omit(params, "until")
        hours = 24 if (limit is None) else limit
        end = self.milliseconds() if (until is None) else until
        start = js.subtract(end, js.multiply(hours, 3600000))
        if since is not None:
            start = since
            if until is None:
                end = js.add(since, js.multiply(hours, 3600000))
        request = {"instrument_name": js.get(market, "id"), "start_timestamp": start, "end_timestamp": end}
        response = await self.public_get_get_funding_rate_history(self.extend(request, rest))
        return self.parse_funding_rate_histories(self.safe_list(response, "result", []), market, since, limit)

    def parse_funding_rate_history(self, entry, market=None):
        return self.safe_funding_rate_history(
            {
                "symbol": None if (market is None) else js.get(market, "symbol"),
                "fundingRate": self.safe_string(entry, "interest_8h"),
                "timestamp": self.safe_integer(entry, "timestamp"),
                "info": entry,
            },
            market,
        )

    async def fetch_open_interest(self, symbol: str, params: dict[str, Any] | None = None) -> OpenInterest:
        if params is None:
            params = {}
        # public/ticker: open_interest is in Deribit's amount units (USD for inverse futures and perpetuals,
        # the base coin for linear ones and options): in contracts it is divided by the contract size; its
        # value is the USD amount itself for inverse contracts, else the amount at the mark price (the index
        # price for options, whose mark price is in the settlement currency).
        await self.load_markets()
        market = self.market(symbol)
        if not js.truthy(js.get(market, "contract")):
            raise BadSymbol(
                js.bounded_text(
                    js.to_str(self.id) + " fetchOpenInterest () is for contracts, not " + js.to_str(symbol)
                )
            )
        request = {"instrument_name": js.get(market, "id")}
        response = await self.public_get_ticker(self.extend(request, params))
        ticker = self.safe_dict(response, "result", {})
        open_interest = self.safe_string(ticker, "open_interest")
        price = (
            self.safe_string(ticker, "index_price")
            if js.truthy(js.get(market, "option"))
            else self.safe_string(ticker, "mark_price")
        )
        value = None
        if open_interest is not None:
            if js.truthy(js.get(market, "inverse")) and (not js.truthy(js.get(market, "option"))):
                value = open_interest
            elif price is not None:
                value = Precise.string_mul(open_interest, price)
        return self.safe_open_interest(
            {
                "symbol": js.get(market, "symbol"),
                "openInterestAmount": self.to_contracts(market, open_interest),
                "openInterestValue": value,
                "timestamp": self.safe_integer(ticker, "timestamp"),
                "info": ticker,
            },
            market,
        )

    # --- account -------------------------------------------------------------------------------------
    async def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # private/get_account_summaries: one summary per currency; margin_balance is the total (balance with
        # the unrealized profit and loss of futures), initial_margin what positions and orders hold, and
        # available_funds the rest.
        await self.load_markets()
        response = await self.private_get_get_account_summaries(params)
        result = self.safe_dict(response, "result", {})
        summaries = self.safe_list(result, "summaries", [])
        balance = {"info": response}
        i = 0
        while True:
            if not (i < len(summaries)):
                break
            code = self.safe_currency_code(self.safe_string(js.get(summaries, i), "currency"))
            account = self.account()
            js.set_(account, "free", self.safe_string(js.get(summaries, i), "available_funds"))
            js.set_(account, "used", self.safe_string(js.get(summaries, i), "initial_margin"))
            js.set_(account, "total", self.safe_string(js.get(summaries, i), "margin_balance"))
            js.set_(balance, code, account)
            i += 1
        return self.safe_balance(balance)

    async def fetch_positions(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> list[Position]:
        if params is None:
            params = {}
        # private/get_positions with currency 'any': the open positions of every currency and kind.
        await self.load_markets()
        request = {"currency": "any"}
        response = await self.private_get_get_positions(self.extend(request, params))
        return self.parse_positions(self.safe_list(response, "result", []), symbols)

    async def fetch_position(self, symbol: str, params: dict[str, Any] | None = None) -> Position:
        if params is None:
            params = {}
        await self.load_markets()
        market = self.market(symbol)
        request = {"instrument_name": js.get(market, "id")}
        response = await self.private_get_get_position(self.extend(request, params))
        return self.parse_position(self.safe_dict(response, "result", {}), market)

    def parse_position(self, position, market=None):
        # size is signed, in Deribit's amount units (USD for inverse contracts); direction buy, sell or zero.
        # Deribit margins every position of a currency together (cross), never one position alone.
        market = self.safe_market(self.safe_string(position, "instrument_name"), market)
        direction = self.safe_string(position, "direction")
        side = None
        if direction == "buy":
            side = "long"
        elif direction == "sell":
            side = "short"
        size = Precise.string_abs(self.safe_string(position, "size"))
        if (size is not None) and Precise.string_eq(size, "0"):
            # No position: Deribit still names a direction.
            side = None
        notional = None
        if js.truthy(js.get(market, "option")) and (size is not None):
            # An option's amount is in the base coin; its notional in the quote currency at the index price.
            index_price = self.safe_string(position, "index_price")
            notional = None if (index_price is None) else Precise.string_mul(size, index_price)
        return self.safe_position(
            {
                "symbol": js.get(market, "symbol"),
                "side": side,
                "contracts": self.to_contracts(market, size),
                "notional": notional,
                "leverage": self.safe_string(position, "leverage"),
                "entryPrice": self.safe_string(position, "average_price"),
                "markPrice": self.safe_string(position, "mark_price"),
                "liquidationPrice": self.safe_string(position, "estimated_liquidation_price"),
                "unrealizedPnl": self.safe_string(position, "floating_profit_loss"),
                "realizedPnl": self.safe_string(position, "realized_profit_loss"),
                "initialMargin": self.safe_string(position, "initial_margin"),
                "maintenanceMargin": self.safe_string(position, "maintenance_margin"),
                "marginMode": "cross",
                "info": position,
            },
            market,
        )

    async def fetch_ledger(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[LedgerEntry]:
        if params is None:
            params = {}
        # private/get_transaction_log: currency, start_timestamp and end_timestamp are required; change is
        # the signed change of the balance, balance the balance after it, commission the fee.
        if code is None:
            raise ArgumentsRequired(
                js.bounded_text(js.to_str(self.id) + " fetchLedger () requires a currency code")
            )
        await self.load_markets()
        currency = self.currency(code)
        until = self.safe_integer(params, "until")
        rest = self.omit(params, "until")
        request = {
            "currency": js.get(currency, "id"),
            "start_timestamp": 0 if (since is None) else since,
            "end_timestamp": self.milliseconds() if (until is None) else until,
        }
        if limit is not None:
            request["count"] = limit
        response = await self.private_get_get_transaction_log(self.extend(request, rest))
        result = self.safe_dict(response, "result", {})
        return self.parse_ledger(self.safe_list(result, "logs", []), currency, since, limit)

    def parse_ledger_entry(self, item, currency=None):
        change = self.safe_string(item, "change")
        after = self.safe_string(item, "balance")
        direction = None
        if change is not None:
            direction = "out" if Precise.string_lt(change, "0") else "in"
        before = None if ((change is None) or (after is None)) else Precise.string_sub(after, change)
        code = self.safe_currency_code(self.safe_string(item, "currency"), currency)
        fee = None
        commission = self.safe_string(item, "commission")
        if commission is not None:
            fee = {"cost": commission, "currency": code}
        return self.safe_ledger_entry(
            {
                "id": self.safe_string(item, "id"),
                "timestamp": self.safe_integer(item, "timestamp"),
                "direction": direction,
                "referenceId": self.safe_string2(item, "trade_id", "order_id"),
                "type": self.safe_string(item, "type"),
                "currency": code,
                "amount": Precise.string_abs(change),
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
        # private/buy or private/sell. amount (contracts) becomes Deribit's amount (times the contract size).
        # The unified params map to Deribit's fields: postOnly (timeInForce PO) is post_only with
        # reject_post_only (without it Deribit moves a crossing post-only price below the spread instead of
        # rejecting the order), IOC and FOK
        # time_in_force, reduceOnly reduce_only, clientOrderId the label; triggerPrice and stopLossPrice make
        # a stop_limit or stop_market order, takeProfitPrice a take_limit or take_market one, triggered by
        # options['triggerPriceType'] (params['trigger'] overrides it). Orders are sized in the base
        # currency or in contracts, never by cost.
        await self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params("createOrder", unified, ["cost"])
        if (not (type_ == "limit")) and (not (type_ == "market")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () takes a market or limit order, not "
                    + js.to_str(type_)
                )
            )
        if (not (side == "buy")) and (not (side == "sell")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id) + " createOrder () side must be buy or sell, not " + js.to_str(side)
                )
            )
        if (type_ == "limit") and (price is None):
            raise ArgumentsRequired(
                js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
            )
        request = {
            "instrument_name": js.get(market, "id"),
            "amount": self.from_contracts(market, self.amount_to_precision(symbol, amount)),
            "type": type_,
        }
        if type_ == "limit":
            request["price"] = self.price_to_precision(symbol, price)
        kind = js.get(unified, "triggerKind")
        if kind is not None:
            prefix = "take_" if (kind == "takeProfitPrice") else "stop_"
            request["type"] = js.bounded_text(prefix + js.to_str(type_))
            request["trigger_price"] = self.price_to_precision(symbol, js.get(unified, "trigger"))
            request["trigger"] = self.safe_string(rest, "trigger", js.get(self.options, "triggerPriceType"))
        if js.get(unified, "timeInForce") == "IOC":
            request["time_in_force"] = "immediate_or_cancel"
        elif js.get(unified, "timeInForce") == "FOK":
            request["time_in_force"] = "fill_or_kill"
        elif js.get(unified, "timeInForce") == "GTC":
            request["time_in_force"] = "good_til_cancelled"
        if js.truthy(js.get(unified, "postOnly")):
            request["post_only"] = True
            request["reject_post_only"] = True
        if js.truthy(js.get(unified, "reduceOnly")):
            request["reduce_only"] = True
        if js.get(unified, "clientOrderId") is not None:
            request["label"] = js.get(unified, "clientOrderId")
        query = self.extend(request, self.omit(rest, "trigger"))
        response = None
        if side == "buy":
            response = await self.private_get_buy(query)
        else:
            response = await self.private_get_sell(query)
        return self.parse_order_with_trades(self.safe_dict(response, "result", {}), market)

    def parse_order_with_trades(self, result, market):
        # buy, sell and edit answer { order, trades }: the order with the trades it made at once.
        order = self.parse_order(self.safe_dict(result, "order", {}), market)
        trades = self.parse_trades(self.safe_list(result, "trades", []), market)
        if js.strict_equal(js.length(trades), 0):
            return order
        return self.safe_order(self.extend(order, {"trades": trades, "fees": None, "fee": None}), market)

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
        # private/edit changes the amount (required), price, post_only (with reject_post_only, as in
        # createOrder) and trigger_price of an open order; its type and side stay.
        await self.load_markets()
        market = self.market(symbol)
        if amount is None:
            raise ArgumentsRequired(js.bounded_text(js.to_str(self.id) + " editOrder () requires an amount"))
        request = {
            "order_id": id_,
            "amount": self.from_contracts(market, self.amount_to_precision(symbol, amount)),
        }
        if price is not None:
            request["price"] = self.price_to_precision(symbol, price)
        time_in_force = self.safe_string_upper(params, "timeInForce")
        if (self.safe_bool(params, "postOnly", False) is True) or (time_in_force == "PO"):
            request["post_only"] = True
            request["reject_post_only"] = True
        trigger_price = self.safe_string(params, "triggerPrice")
        if trigger_price is not None:
            request["trigger_price"] = self.price_to_precision(symbol, trigger_price)
        rest = self.omit(params, ["postOnly", "timeInForce", "triggerPrice"])
        response = await self.private_get_edit(self.extend(request, rest))
        return self.parse_order_with_trades(self.safe_dict(response, "result", {}), market)

    async def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        await self.load_markets()
        request = {"order_id": id_}
        response = await self.private_get_cancel(self.extend(request, params))
        market = None if (symbol is None) else self.market(symbol)
        return self.parse_order(self.safe_dict(response, "result", {}), market)

    async def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # cancel_all_by_instrument (or cancel_all without a symbol) answers with the number of orders it
        # canceled: those are the orders listed open just before.
        await self.load_markets()
        open_ = await self.fetch_open_orders(symbol)
        response = None
        if symbol is None:
            response = await self.private_get_cancel_all(params)
        else:
            market = self.market(symbol)
            request = {"instrument_name": js.get(market, "id")}
            response = await self.private_get_cancel_all_by_instrument(self.extend(request, params))
        return self.canceled_orders(open_, response)

    async def fetch_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        await self.load_markets()
        request = {"order_id": id_}
        response = await self.private_get_get_order_state(self.extend(request, params))
        market = None if (symbol is None) else self.market(symbol)
        return self.parse_order(self.safe_dict(response, "result", {}), market)

    async def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # get_open_orders_by_instrument, or get_open_orders for every instrument.
        await self.load_markets()
        market = None
        response = None
        if symbol is None:
            response = await self.private_get_get_open_orders(params)
        else:
            market = self.market(symbol)
            request = {"instrument_name": js.get(market, "id")}
            response = await self.private_get_get_open_orders_by_instrument(self.extend(request, params))
        return self.parse_orders(self.safe_list(response, "result", []), market, since, limit)

    async def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # get_order_history_by_instrument: the filled and canceled orders of one instrument, newest first,
        # count at a time; it takes no time range. include_unfilled adds the orders canceled without a fill,
        # which it leaves out by default.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(js.to_str(self.id) + " fetchClosedOrders () requires a symbol")
            )
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchClosedOrders () does not support the unified param until: the order history takes no time range"
                )
            )
        await self.load_markets()
        market = self.market(symbol)
        request = {"instrument_name": js.get(market, "id"), "include_unfilled": True}
        if limit is not None:
            request["count"] = limit
        response = await self.private_get_get_order_history_by_instrument(self.extend(request, params))
        return self.parse_orders(self.safe_list(response, "result", []), market, since, limit)

    async def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # get_user_trades_by_instrument (the latest count trades), or with since or until
        # get_user_trades_by_instrument_and_time (start_timestamp to end_timestamp, oldest first).
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(js.to_str(self.id) + " fetchMyTrades () requires a symbol")
            )
        await self.load_markets()
        market = self.market(symbol)
        until = self.safe_integer(params, "until")
        rest = self.omit(params, "until")
        request = {"instrument_name": js.get(market, "id")}
        if limit is not None:
            request["count"] = limit
        response = None
        if (since is None) and (until is None):
            response = await self.private_get_get_user_trades_by_instrument(self.extend(request, rest))
        else:
            request["start_timestamp"] = 0 if (since is None) else since
            request["end_timestamp"] = self.milliseconds() if (until is None) else until
            request["sorting"] = "asc"
            response = await self.private_get_get_user_trades_by_instrument_and_time(
                self.extend(request, rest)
            )
        result = self.safe_dict(response, "result", {})
        return self.parse_trades(self.safe_list(result, "trades", []), market, since, limit)

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
        await self.load_markets()
        request = {"order_id": id_}
        response = await self.private_get_get_user_trades_by_order(self.extend(request, params))
        market = None if (symbol is None) else self.market(symbol)
        return self.parse_trades(self.safe_list(response, "result", []), market, since, limit)

    def parse_order(self, order, market=None):
        # amount and filled_amount are Deribit's amounts (in contracts here); price is 'market_price' for a
        # market order; average_price is 0 before any fill. A stop or take order keeps its trigger_price.
        market = self.safe_market(self.safe_string(order, "instrument_name"), market)
        order_type = self.safe_string(order, "order_type")
        amount = self.safe_string(order, "amount")
        filled = self.safe_string(order, "filled_amount")
        price = self.safe_string(order, "price")
        if not self.is_decimal_string(price):
            price = None
        average = self.safe_string(order, "average_price")
        if (average is not None) and Precise.string_eq(average, "0"):
            average = None
        post_only = self.safe_bool(order, "post_only")
        time_in_force = self.safe_string(
            js.get(self.options, "timeInForces"), self.safe_string(order, "time_in_force")
        )
        if post_only is True:
            time_in_force = "PO"
        trigger_price = self.safe_string(order, "trigger_price")
        is_take = (order_type is not None) and js.starts_with(order_type, "take_")
        label = self.safe_string(order, "label")
        return self.safe_order(
            {
                "id": self.safe_string(order, "order_id"),
                "clientOrderId": None if (label == "") else label,
                "timestamp": self.safe_integer(order, "creation_timestamp"),
                "lastUpdateTimestamp": self.safe_integer(order, "last_update_timestamp"),
                "symbol": js.get(market, "symbol"),
                "type": self.safe_string(js.get(self.options, "orderTypes"), order_type),
                "timeInForce": time_in_force,
                "postOnly": post_only,
                "reduceOnly": self.safe_bool(order, "reduce_only"),
                "side": self.safe_string(order, "direction"),
                "price": price,
                "triggerPrice": trigger_price,
                "takeProfitPrice": trigger_price if is_take else None,
                "average": average,
                "amount": self.to_contracts(market, amount),
                "filled": self.to_contracts(market, filled),
                "cost": self.amount_cost(market, filled, average),
                "status": self.safe_string(
                    js.get(self.options, "orderStatuses"), self.safe_string(order, "order_state")
                ),
                "info": order,
            },
            market,
        )

    # --- funding -------------------------------------------------------------------------------------
    async def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        # private/get_deposits: the deposits of one currency, newest first, count at a time.
        return await self.fetch_transfers_of("deposit", code, since, limit, params)

    async def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return await self.fetch_transfers_of("withdrawal", code, since, limit, params)

    async def fetch_transfers_of(self, type_, code, since, limit, params):
        method = "fetchDeposits" if (type_ == "deposit") else "fetchWithdrawals"
        if code is None:
            raise ArgumentsRequired(
                js.bounded_text(js.to_str(self.id) + " " + method + " () requires a currency code")
            )
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + method
                    + " () does not support the unified param until: Deribit lists them by count and offset only"
                )
            )
        await self.load_markets()
        currency = self.currency(code)
        request = {"currency": js.get(currency, "id")}
        if limit is not None:
            request["count"] = limit
        response = None
        if type_ == "deposit":
            response = await self.private_get_get_deposits(self.extend(request, params))
        else:
            response = await self.private_get_get_withdrawals(self.extend(request, params))
        result = self.safe_dict(response, "result", {})
        entries = self.safe_list(result, "data", [])
        typed = []
        i = 0
        while True:
            if not (i < len(entries)):
                break
            typed.append(self.extend(js.get(entries, i), {"type": type_}))
            i += 1
        return self.parse_transactions(typed, currency, since, limit)

    def parse_transaction(self, transaction, currency=None):
        # A deposit (received_timestamp, state pending, completed, rejected or replaced) or a withdrawal (id,
        # created_timestamp, fee, state unconfirmed, confirmed, cancelled, completed, interrupted or
        # rejected). The caller adds the type; withdraw's answer is a withdrawal.
        type_ = self.safe_string(transaction, "type", "withdrawal")
        code = self.safe_currency_code(self.safe_string(transaction, "currency"), currency)
        statuses = (
            js.get(self.options, "depositStatuses")
            if (type_ == "deposit")
            else js.get(self.options, "withdrawalStatuses")
        )
        fee = None
        fee_cost = self.safe_string(transaction, "fee")
        if fee_cost is not None:
            fee = {"cost": fee_cost, "currency": code}
        info = self.omit(transaction, "type")
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "id"),
                "txid": self.safe_string(transaction, "transaction_id"),
                "timestamp": self.safe_integer2(transaction, "received_timestamp", "created_timestamp"),
                "address": self.safe_string(transaction, "address"),
                "type": type_,
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(statuses, self.safe_string(transaction, "state")),
                "updated": self.safe_integer(transaction, "updated_timestamp"),
                "fee": fee,
                "info": info,
            },
            currency,
        )

    async def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # private/get_current_deposit_address: result is null until an address is created. Each currency
        # has one network on Deribit, so params['network'] is refused.
        self.reject_network("fetchDepositAddress", params)
        await self.load_markets()
        currency = self.currency(code)
        request = {"currency": js.get(currency, "id")}
        response = await self.private_get_get_current_deposit_address(self.extend(request, params))
        result = self.safe_dict(response, "result")
        if result is None:
            raise InvalidAddress(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchDepositAddress () found no "
                    + js.to_str(code)
                    + " deposit address: create one with createDepositAddress ()"
                )
            )
        return self.parse_deposit_address(result, currency)

    async def create_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        self.reject_network("createDepositAddress", params)
        await self.load_markets()
        currency = self.currency(code)
        request = {"currency": js.get(currency, "id")}
        response = await self.private_get_create_deposit_address(self.extend(request, params))
        return self.parse_deposit_address(self.safe_dict(response, "result", {}), currency)

    def reject_network(self, method, params):
        if self.safe_string(params, "network") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () does not support the unified param network: Deribit has one network per currency"
                )
            )

    def parse_deposit_address(self, entry, currency=None):
        return {
            "currency": self.safe_currency_code(self.safe_string(entry, "currency"), currency),
            "address": self.safe_string(entry, "address"),
            "tag": None,
            "network": None,
            "info": entry,
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
        # private/withdraw sends to an address of the account's address book; priority (a fee level:
        # insane, extreme_high, very_high, high, mid, low, very_low) may go in params.
        self.reject_network("withdraw", params)
        if tag is not None:
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id) + " withdraw () takes no tag: Deribit currencies have no address tags"
                )
            )
        await self.load_markets()
        currency = self.currency(code)
        request = {
            "currency": js.get(currency, "id"),
            "address": address,
            "amount": self.currency_to_precision(code, amount),
        }
        response = await self.private_get_withdraw(self.extend(request, params))
        return self.parse_transaction(self.safe_dict(response, "result", {}), currency)

    async def fetch_deposit_withdraw_fees(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, DepositWithdrawFee]:
        if params is None:
            params = {}
        # The withdrawal fee of each currency, from public/get_currencies; deposits are free.
        currencies = await self.fetch_currencies(params)
        return self.deposit_withdraw_fees_from_currencies(currencies, codes)

    # --- request pipeline ----------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # GET /api/v2/<api>/<method>?<params>. Private requests carry the deri-hmac-sha256 signature rather
        # than a Bearer token of public/auth (client_credentials): it needs no token round trip or token state
        # to renew, and the client secret never leaves the machine. Authorization: deri-hmac-sha256
        # id=<client id>,ts=<ms>,sig=<signature>,nonce=<nonce>, where the signature is the hex HMAC-SHA256,
        # keyed by the client secret, of ts + "\n" + nonce + "\n" + RequestData and RequestData is
        # METHOD + "\n" + the URI with its query + "\n" + the body (empty for GET) + "\n".
        request_path = js.bounded_text(
            "/api/" + js.to_str(self.version) + "/" + js.to_str(api) + "/" + js.to_str(path)
        )
        if len(js.keys(params)) > 0:
            request_path += js.within(
                request_path, js.within(request_path, "?") + js.to_str(self.urlencode(params))
            )
        url = js.bounded_text(js.to_str(js.get(self.urls, "api")) + request_path)
        if api == "public":
            return {"url": url, "method": method, "body": body, "headers": headers}
        self.check_required_credentials()
        timestamp = self.number_to_string(self.milliseconds())
        # A fresh random nonce for every request (the uuid without its dashes).
        nonce = js.join(js.split(self.uuid(), "-"), "")
        request_data = js.bounded_text(js.to_str(method) + "\n" + request_path + "\n" + "\n")
        payload = js.bounded_text(js.to_str(timestamp) + "\n" + nonce + "\n" + request_data)
        signature = self.hmac(self.encode(payload), self.encode(self.secret), "sha256")
        headers = {
            "Authorization": js.bounded_text(
                "deri-hmac-sha256 id="
                + js.to_str(self.apiKey)
                + ",ts="
                + js.to_str(timestamp)
                + ",sig="
                + js.to_str(signature)
                + ",nonce="
                + nonce
            )
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
        # A JSON-RPC error: { jsonrpc, error: { code, message, data: { reason, param } }, id, usIn, ... },
        # answered with HTTP 400 (or 401 for authentication); success has result instead.
        if (response is None) or js.is_array(response):
            return
        error = self.safe_dict(response, "error")
        if error is None:
            return
        code = self.safe_string(error, "code")
        feedback = js.bounded_text(js.to_str(self.id) + " " + js.to_str(response_body))
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
        self.throw_broadly_matched_exception(
            js.get(self.exceptions, "broad"), self.safe_string(error, "message"), feedback
        )
        raise ExchangeError(feedback)
