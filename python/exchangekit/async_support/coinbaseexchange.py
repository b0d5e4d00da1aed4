# Generated from js/coinbaseexchange.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from typing import Any

from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base.precise import Precise
from exchangekit.base.errors import (
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
    BadSymbol,
    InsufficientFunds,
    InvalidAddress,
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
    LedgerEntry,
    Market,
    OHLCV,
    Order,
    OrderBook,
    Ticker,
    Trade,
    TradingFee,
    Transaction,
)


class coinbaseexchange(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "coinbaseexchange",
                "name": "Coinbase Exchange",
                "countries": ["US"],
                "version": "v1",
                "rateLimit": 100,
                "has": {
                    "fetchMarkets": True,
                    "fetchCurrencies": True,
                    "fetchTicker": True,
                    "fetchTickers": False,
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
                    "fetchTransactions": True,
                    "fetchLedger": True,
                    "fetchDepositAddress": True,
                    "withdraw": True,
                    "fetchTime": True,
                    "fetchStatus": False,
                    "fetchTradingFees": True,
                    "cancelAllOrders": True,
                    "fetchOrderTrades": True,
                    "fetchTradingFee": True,
                    "fetchDepositAddresses": False,
                    "createDepositAddress": True,
                    "fetchDepositWithdrawFees": False,
                    "transfer": False,
                    "createMarketBuyOrderWithCost": True,
                },
                "urls": {
                    "logo": "https://exchange.coinbase.com/favicon.ico",
                    "api": "https://api.exchange.coinbase.com",
                    "www": "https://exchange.coinbase.com",
                    "doc": "https://docs.cdp.coinbase.com/exchange/",
                    "fees": "https://www.coinbase.com/exchange/fees",
                },
                "api": {
                    "public": {
                        "get": {
                            "currencies": 1,
                            "currencies/{currency_id}": 1,
                            "products": 1,
                            "products/volume-summary": 1,
                            "products/{product_id}": 1,
                            "products/{product_id}/book": 1,
                            "products/{product_id}/candles": 1,
                            "products/{product_id}/stats": 1,
                            "products/{product_id}/ticker": 1,
                            "products/{product_id}/trades": 1,
                            "time": 1,
                            "wrapped-assets": 1,
                            "wrapped-assets/{wrapped_asset_id}": 1,
                            "wrapped-assets/{wrapped_asset_id}/conversion-rate": 1,
                            "loans/assets": 1,
                        }
                    },
                    "private": {
                        "get": {
                            "accounts": 0.67,
                            "accounts/{account_id}": 0.67,
                            "accounts/{account_id}/holds": 0.67,
                            "accounts/{account_id}/ledger": 0.67,
                            "accounts/{account_id}/transfers": 0.67,
                            "address-book": 0.67,
                            "coinbase-accounts": 0.67,
                            "conversions": 0.67,
                            "conversions/fees": 0.67,
                            "conversions/{conversion_id}": 0.67,
                            "fees": 0.67,
                            "fills": 1,
                            "loans": 1,
                            "loans/interest": 1,
                            "loans/interest/history/{loan_id}": 1,
                            "loans/interest/{loan_id}": 1,
                            "loans/lending-overview": 1,
                            "loans/loan-preview": 1,
                            "loans/repayment-preview": 1,
                            "orders": 0.67,
                            "orders/{order_id}": 0.67,
                            "oracle": 0.67,
                            "payment-methods": 0.67,
                            "profiles": 0.67,
                            "profiles/{profile_id}": 0.67,
                            "reports": 0.67,
                            "reports/{report_id}": 0.67,
                            "transfers": 0.67,
                            "transfers/{transfer_id}": 0.67,
                            "travel-rules": 0.67,
                            "users/{user_id}/exchange-limits": 0.67,
                            "users/{user_id}/trading-volumes": 0.67,
                            "withdrawals/fee-estimate": 0.67,
                            "wrapped-assets/stake-wrap": 0.67,
                            "wrapped-assets/stake-wrap/{stake_wrap_id}": 0.67,
                        },
                        "post": {
                            "address-book": 0.67,
                            "coinbase-accounts/{account_id}/addresses": 0.67,
                            "conversions": 0.67,
                            "deposits/coinbase-account": 0.67,
                            "deposits/payment-method": 0.67,
                            "loans/open": 1,
                            "loans/repay-interest": 1,
                            "loans/repay-principal": 1,
                            "orders": 0.67,
                            "profiles": 0.67,
                            "profiles/transfer": 0.67,
                            "reports": 0.67,
                            "transfers/{transfer_id}/travel-rules": 0.67,
                            "travel-rules": 0.67,
                            "withdrawals/coinbase-account": 0.67,
                            "withdrawals/crypto": 0.67,
                            "withdrawals/payment-method": 0.67,
                            "wrapped-assets/stake-wrap": 0.67,
                        },
                        "put": {
                            "profiles/{profile_id}": 0.67,
                            "profiles/{profile_id}/deactivate": 0.67,
                            "users/{user_id}/settlement-preferences": 0.67,
                        },
                        "delete": {
                            "address-book/{id}": 0.67,
                            "orders": 0.67,
                            "orders/{order_id}": 0.67,
                            "travel-rules/{id}": 0.67,
                        },
                    },
                },
                "timeframes": {
                    "1m": "60",
                    "5m": "300",
                    "15m": "900",
                    "1h": "3600",
                    "6h": "21600",
                    "1d": "86400",
                },
                "requiredCredentials": {"apiKey": True, "secret": True, "password": True},
                "fees": {"trading": {"tierBased": True, "percentage": True, "taker": 0.006, "maker": 0.004}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "networks": {
                        "BTC": "bitcoin",
                        "ERC20": "ethereum",
                        "SOL": "solana",
                        "POLYGON": "polygon",
                        "BASE": "base",
                        "ARBITRUM": "arbitrum",
                        "OPTIMISM": "optimism",
                        "AVAXC": "avacchain",
                        "LTC": "litecoin",
                        "DOGE": "dogecoin",
                        "XRP": "ripple",
                    },
                    "timeInForces": {"GTC": "GTC", "GTT": "GTC", "IOC": "IOC", "FOK": "FOK"},
                    "orderStatuses": {
                        "received": "open",
                        "pending": "open",
                        "open": "open",
                        "active": "open",
                        "rejected": "rejected",
                    },
                    "maxCandles": 300,
                    "ledgerTypes": {
                        "match": "trade",
                        "fee": "fee",
                        "rebate": "rebate",
                        "transfer": "transfer",
                        "conversion": "trade",
                    },
                },
                "exceptions": {
                    "exact": {
                        "Insufficient funds": InsufficientFunds,
                        "Invalid API Key": AuthenticationError,
                        "invalid signature": AuthenticationError,
                        "Invalid Passphrase": AuthenticationError,
                        "invalid timestamp": InvalidNonce,
                        "request timestamp expired": InvalidNonce,
                        "Forbidden": PermissionDenied,
                        "Invalid order id": InvalidOrder,
                        "Order already done": OrderNotFound,
                        "order not found": OrderNotFound,
                        "Private rate limit exceeded": RateLimitExceeded,
                        "Public rate limit exceeded": RateLimitExceeded,
                    },
                    "broad": {
                        "Order size is too small": InvalidOrder,
                        "size is too small": InvalidOrder,
                        "size is too large": InvalidOrder,
                        "Invalid Price": InvalidOrder,
                        "price is too": InvalidOrder,
                        "funds is too small": InvalidOrder,
                        "Post only mode": InvalidOrder,
                        "Limit only mode": InvalidOrder,
                        "Cancel only mode": InvalidOrder,
                        "Insufficient funds": InsufficientFunds,
                        "rate limit exceeded": RateLimitExceeded,
                        "Rate limit exceeded": RateLimitExceeded,
                        "Product not found": BadSymbol,
                        "Invalid product_id": BadSymbol,
                        "invalid address": InvalidAddress,
                        "Invalid crypto address": InvalidAddress,
                    },
                },
            },
        )

    # --- markets and currencies ----------------------------------------------------------------------
    async def fetch_time(self, params: dict[str, Any] | None = None) -> int | None:
        if params is None:
            params = {}
        # time: { iso, epoch } with epoch in seconds (a decimal).
        response = await self.public_get_time(params)
        return self.parse8601(self.safe_string(response, "iso"))

    async def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # products: [ { id: 'BTC-USD', base_currency, quote_currency, base_increment, quote_increment,
        # min_market_funds, status: 'online', trading_disabled, post_only, limit_only, cancel_only, ... } ].
        response = await self.public_get_products(params)
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            base_id = self.safe_string(entry, "base_currency")
            quote_id = self.safe_string(entry, "quote_currency")
            base = self.safe_currency_code(base_id)
            quote = self.safe_currency_code(quote_id)
            online = self.safe_string(entry, "status") == "online"
            disabled = self.safe_bool(entry, "trading_disabled", False)
            result.append(
                self.market_structure(
                    id=self.safe_string(entry, "id"),
                    symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
                    base=base,
                    quote=quote,
                    baseId=base_id,
                    quoteId=quote_id,
                    active=online and (not disabled),
                    type="spot",
                    spot=True,
                    taker=js.get(js.get(self.fees, "trading"), "taker"),
                    maker=js.get(js.get(self.fees, "trading"), "maker"),
                    precision={
                        "amount": self.safe_number(entry, "base_increment"),
                        "price": self.safe_number(entry, "quote_increment"),
                    },
                    limits={
                        "amount": {
                            "min": self.safe_number(entry, "base_min_size"),
                            "max": self.safe_number(entry, "base_max_size"),
                        },
                        "price": {"min": None, "max": None},
                        "cost": {
                            "min": self.safe_number(entry, "min_market_funds"),
                            "max": self.safe_number(entry, "max_market_funds"),
                        },
                    },
                    info=entry,
                )
            )
            i += 1
        return result

    async def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # currencies: [ { id, name, status: 'online', max_precision, details: { type, min_withdrawal_amount,
        # max_withdrawal_amount }, default_network, supported_networks: [ { id, name, status,
        # min_withdrawal_amount, max_withdrawal_amount, ... } ] } ]. Withdrawal fees are not listed.
        response = await self.public_get_currencies(params)
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            id_ = self.safe_string(entry, "id")
            code = self.safe_currency_code(id_)
            details = self.safe_dict(entry, "details", {})
            online = self.safe_string(entry, "status") == "online"
            js.set_(
                result,
                code,
                {
                    "id": id_,
                    "code": code,
                    "name": self.safe_string(entry, "name"),
                    "active": online,
                    "deposit": None,
                    "withdraw": None,
                    "fee": None,
                    "precision": self.safe_number(entry, "max_precision"),
                    "limits": {
                        "amount": {"min": self.safe_number(entry, "min_size"), "max": None},
                        "withdraw": {
                            "min": self.safe_number(details, "min_withdrawal_amount"),
                            "max": self.safe_number(details, "max_withdrawal_amount"),
                        },
                    },
                    "networks": self.parse_currency_networks(
                        self.safe_list(entry, "supported_networks", []), entry
                    ),
                    "info": entry,
                },
            )
            i += 1
        return result

    def parse_currency_networks(self, supported, entry):
        # supported_networks by unified network code.
        networks = {}
        j = 0
        while True:
            if not js.less(j, js.length(supported)):
                break
            network = js.get(supported, j)
            network_id = self.safe_string(network, "id")
            network_code = self.network_code(network_id)
            js.set_(
                networks,
                network_code,
                {
                    "id": network_id,
                    "network": network_code,
                    "active": self.safe_string(network, "status") == "online",
                    "deposit": None,
                    "withdraw": None,
                    "fee": None,
                    "precision": self.safe_number(entry, "max_precision"),
                    "limits": {
                        "withdraw": {
                            "min": self.safe_number(network, "min_withdrawal_amount"),
                            "max": self.safe_number(network, "max_withdrawal_amount"),
                        }
                    },
                },
            )
            j += 1
        return networks

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # The merge of products/{id}/ticker ({ ask, bid, volume, trade_id, price, size, time }) and
        # products/{id}/stats ({ open, high, low, last, volume, volume_30day }, the last 24 hours).
        return self.ticker_structure(
            symbol=self.safe_symbol(None, market),
            timestamp=self.parse8601(self.safe_string(ticker, "time")),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            bid=self.safe_string(ticker, "bid"),
            ask=self.safe_string(ticker, "ask"),
            open_=self.safe_string(ticker, "open"),
            last=self.safe_string2(ticker, "price", "last"),
            base_volume=self.safe_string(ticker, "volume"),
            info=ticker,
            market=market,
        )

    async def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        # Two requests: the best bid and ask with the last trade, then the 24-hour statistics.
        await self.load_markets()
        market = self.market(symbol)
        request = {"product_id": js.get(market, "id")}
        ticker = await self.public_get_products_product_id_ticker(self.extend(request, params))
        stats = await self.public_get_products_product_id_stats(self.extend(request, params))
        return self.parse_ticker(self.extend(stats, ticker), market)

    async def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # Level 2: the aggregated book, [ price, size, num_orders ] per level; sequence is its nonce.
        await self.load_markets()
        market = self.market(symbol)
        request = {"product_id": js.get(market, "id"), "level": 2}
        response = await self.public_get_products_product_id_book(self.extend(request, params))
        book = self.parse_order_book(
            response, js.get(market, "symbol"), self.parse8601(self.safe_string(response, "time"))
        )
        js.set_(book, "nonce", self.safe_integer(response, "sequence"))
        if limit is not None:
            js.set_(book, "bids", js.slice_(js.get(book, "bids"), 0, limit))
            js.set_(book, "asks", js.slice_(js.get(book, "asks"), 0, limit))
        return book

    def parse_ohlcv(self, ohlcv, market=None):
        # [ time (seconds), low, high, open, close, volume ].
        return [
            self.safe_timestamp(ohlcv, 0),
            self.safe_number(ohlcv, 3),
            self.safe_number(ohlcv, 2),
            self.safe_number(ohlcv, 1),
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
        # candles, newest first, at most 300 a request. The API takes start and end together or not at all,
        # so a range with one end given is completed to `limit` (or 300) candles.
        await self.load_markets()
        market = self.market(symbol)
        granularity = self.safe_string(self.timeframes, timeframe)
        if granularity is None:
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
        request = {"product_id": js.get(market, "id"), "granularity": granularity}
        count = (
            js.get(self.options, "maxCandles")
            if (limit is None)
            else js.min_(limit, js.get(self.options, "maxCandles"))
        )
        span = js.multiply(js.multiply(count, js.parse_int(granularity)), 1000)
        until = self.safe_integer(params, "until")
        if since is not None:
            end = js.add(since, span) if (until is None) else js.min_(until, js.add(since, span))
            request["start"] = self.iso8601(since)
            request["end"] = self.iso8601(end)
        elif until is not None:
            request["start"] = self.iso8601(js.subtract(until, span))
            request["end"] = self.iso8601(until)
        response = await self.public_get_products_product_id_candles(
            self.extend(request, self.omit(params, "until"))
        )
        return self.parse_ohlcvs(response, market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def parse_trade(self, trade, market=None):
        # Public trades: { time, trade_id, price, size, side }, where side is the maker's (the resting
        # order's): the taker did the opposite. The account's fills: { created_at, trade_id, product_id,
        # order_id, liquidity: 'M' maker or 'T' taker, price, size, fee (in the quote currency), side } with
        # the side of the account's own order.
        market = self.safe_market(self.safe_string(trade, "product_id"), market, "-")
        is_fill = self.safe_string(trade, "order_id") is not None
        side = self.safe_string(trade, "side")
        taker_or_maker = None
        fee = None
        if is_fill:
            liquidity = self.safe_string(trade, "liquidity")
            if liquidity == "T":
                taker_or_maker = "taker"
            elif liquidity == "M":
                taker_or_maker = "maker"
            fee_cost = self.safe_string(trade, "fee")
            if fee_cost is not None:
                fee = {"cost": fee_cost, "currency": js.get(market, "quote")}
        elif side == "buy":
            side = "sell"
        elif side == "sell":
            side = "buy"
        return self.trade_structure(
            identifier=self.safe_string(trade, "trade_id"),
            order=self.safe_string(trade, "order_id"),
            symbol=js.get(market, "symbol"),
            timestamp=self.parse8601(self.safe_string2(trade, "time", "created_at")),
            side=side,
            taker_or_maker=taker_or_maker,
            price=self.safe_string(trade, "price"),
            amount=self.safe_string(trade, "size"),
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
        # The latest trades (pages go back with after=trade_id); since filters what they return.
        await self.load_markets()
        market = self.market(symbol)
        request = {"product_id": js.get(market, "id")}
        if limit is not None:
            request["limit"] = limit
        response = await self.public_get_products_product_id_trades(self.extend(request, params))
        return self.parse_trades(response, market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    async def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # accounts: [ { id, currency, balance, hold, available, profile_id, trading_enabled } ].
        await self.load_markets()
        response = await self.private_get_accounts(params)
        result = {"info": response}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            account = self.account()
            js.set_(account, "free", self.safe_string(entry, "available"))
            js.set_(account, "used", self.safe_string(entry, "hold"))
            js.set_(account, "total", self.safe_string(entry, "balance"))
            js.set_(result, self.safe_currency_code(self.safe_string(entry, "currency")), account)
            i += 1
        return self.safe_balance(result)

    async def fetch_trading_fees(self, params: dict[str, Any] | None = None) -> dict[str, TradingFee]:
        if params is None:
            params = {}
        # fees: { taker_fee_rate, maker_fee_rate, usd_volume }, the profile's rates (fractions) for every
        # product.
        await self.load_markets()
        response = await self.private_get_fees(params)
        maker = self.safe_number(response, "maker_fee_rate")
        taker = self.safe_number(response, "taker_fee_rate")
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(self.symbols)):
                break
            symbol = js.get(self.symbols, i)
            js.set_(result, symbol, {"symbol": symbol, "maker": maker, "taker": taker, "info": response})
            i += 1
        return result

    async def fetch_trading_fee(self, symbol: str, params: dict[str, Any] | None = None) -> TradingFee:
        if params is None:
            params = {}
        return await self.trading_fee_of_all(symbol, params)

    async def account_of(self, currency):
        # accounts: the profile's account of the currency, whose id the ledger takes.
        accounts = await self.private_get_accounts()
        i = 0
        while True:
            if not js.less(i, js.length(accounts)):
                break
            if js.strict_equal(self.safe_string(js.get(accounts, i), "currency"), js.get(currency, "id")):
                return self.safe_string(js.get(accounts, i), "id")
            i += 1
        raise BadRequest(
            js.bounded_text(
                js.bounded_text(js.to_str(self.id) + " has no account for ")
                + js.to_str(js.get(currency, "code"))
            )
        )

    def parse_ledger_entry(self, item, currency=None):
        # accounts/{account_id}/ledger: { id, amount (signed), balance (after it), created_at, type: 'transfer',
        # 'match', 'fee', 'rebate' or 'conversion', details: { order_id, product_id, trade_id, transfer_id } }.
        details = self.safe_dict(item, "details", {})
        amount = self.safe_string(item, "amount")
        after = self.safe_string(item, "balance")
        before = None if ((amount is None) or (after is None)) else Precise.string_sub(after, amount)
        type_ = self.safe_string(item, "type")
        return self.safe_ledger_entry(
            {
                "id": self.safe_string(item, "id"),
                "timestamp": self.parse_coinbase_date(self.safe_string(item, "created_at")),
                "referenceId": self.safe_string2(details, "order_id", "transfer_id"),
                "type": self.safe_string(js.get(self.options, "ledgerTypes"), type_, type_),
                "amount": amount,
                "before": before,
                "after": after,
                "status": "ok",
                "info": item,
            },
            currency,
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
        # The ledger is kept per account, that is per currency: accounts gives the id, then its ledger.
        if code is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchLedger () requires a currency code: the ledger is listed per account"
                )
            )
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id) + " fetchLedger () does not support the unified param until"
                )
            )
        await self.load_markets()
        currency = self.currency(code)
        request = {"account_id": await self.account_of(currency)}
        if limit is not None:
            request["limit"] = limit
        response = await self.private_get_accounts_account_id_ledger(self.extend(request, params))
        return self.parse_ledger(response, currency, since, limit)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order_status(self, order):
        # 'done' orders were filled or canceled: done_reason says which.
        status = self.safe_string(order, "status")
        if status == "done":
            return "canceled" if (self.safe_string(order, "done_reason") == "canceled") else "closed"
        return self.safe_string(js.get(self.options, "orderStatuses"), status, status)

    def parse_order(self, order, market=None):
        # { id, client_oid, product_id, side, type: 'limit', 'market' or 'stop', price, size, funds, specified_funds,
        # time_in_force (GTC, GTT, IOC or FOK), expire_time, post_only, created_at, done_at, done_reason, fill_fees, filled_size,
        # executed_value (the cost), status, stop: 'loss' or 'entry', stop_price }. Fees are paid in the
        # quote currency.
        market = self.safe_market(self.safe_string(order, "product_id"), market, "-")
        post_only = self.safe_bool(order, "post_only")
        fee = None
        fee_cost = self.safe_string(order, "fill_fees")
        if fee_cost is not None:
            fee = {"cost": fee_cost, "currency": js.get(market, "quote")}
        # type is 'limit', 'market' or 'stop' (the documented values): a stop order is a limit order with a
        # trigger when it has a limit price, else a market order with one.
        type_ = self.safe_string(order, "type")
        price = self.safe_string(order, "price")
        if type_ == "stop":
            type_ = "market" if (price is None) else "limit"
        time_in_force = self.safe_string(order, "time_in_force")
        return self.safe_order(
            {
                "id": self.safe_string(order, "id"),
                "clientOrderId": self.safe_string(order, "client_oid"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.parse8601(self.safe_string(order, "created_at")),
                "lastUpdateTimestamp": self.parse8601(self.safe_string(order, "done_at")),
                "status": self.parse_order_status(order),
                "type": type_,
                "timeInForce": (
                    "PO"
                    if (post_only is True)
                    else self.safe_string(js.get(self.options, "timeInForces"), time_in_force, time_in_force)
                ),
                "postOnly": post_only,
                "side": self.safe_string(order, "side"),
                "price": price,
                "triggerPrice": self.safe_string(order, "stop_price"),
                "amount": self.safe_string(order, "size"),
                "filled": self.safe_string(order, "filled_size"),
                "cost": self.safe_string(order, "executed_value"),
                "fee": fee,
                "info": order,
            },
            market,
        )

    def stop_direction(self, side, kind):
        # Coinbase's stop 'loss' triggers when the last price falls to stop_price or below, 'entry' when it
        # rises to it or above. A sell's stop loss (or a plain trigger) waits for a fall, its take profit
        # for a rise; a buy's the other way round.
        falls = (side == "buy") if (kind == "takeProfitPrice") else side == "sell"
        return "loss" if falls else "entry"

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
        # POST orders. The unified params map to Coinbase's fields: postOnly is post_only, timeInForce
        # (GTC, IOC, FOK) is time_in_force, clientOrderId is client_oid, cost is funds (a market order sized
        # in the quote currency), and triggerPrice, stopLossPrice and takeProfitPrice make a stop order:
        # stop ('loss' or 'entry') with stop_price, which the API takes for limit orders. Spot has no
        # reduceOnly.
        await self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params("createOrder", unified, ["reduceOnly"])
        request = {"product_id": js.get(market, "id"), "side": side, "type": type_}
        if js.get(unified, "clientOrderId") is not None:
            request["client_oid"] = js.get(unified, "clientOrderId")
        if js.get(unified, "cost") is not None:
            request["funds"] = self.cost_to_precision(symbol, js.get(unified, "cost"))
        else:
            request["size"] = self.amount_to_precision(symbol, amount)
        time_in_force = js.get(unified, "timeInForce")
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["price"] = self.price_to_precision(symbol, price)
            if time_in_force is not None:
                request["time_in_force"] = time_in_force
            if js.truthy(js.get(unified, "postOnly")):
                request["post_only"] = True
        elif time_in_force is not None:
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () timeInForce applies to limit orders only, not "
                    + js.to_str(type_)
                    + " orders"
                )
            )
        trigger = js.get(unified, "trigger")
        if trigger is not None:
            if not (type_ == "limit"):
                raise InvalidOrder(
                    js.bounded_text(
                        js.bounded_text(js.to_str(self.id) + " createOrder () ")
                        + js.to_str(js.get(unified, "triggerKind"))
                        + " needs a limit order: Coinbase Exchange stop orders are limit orders"
                    )
                )
            request["stop"] = self.stop_direction(side, js.get(unified, "triggerKind"))
            request["stop_price"] = self.price_to_precision(symbol, trigger)
        response = await self.private_post_orders(self.extend(request, rest))
        return self.parse_order(response, market)

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
        # DELETE orders/{order_id} answers with the canceled order's id (a JSON string).
        await self.load_markets()
        request = {"order_id": id_}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["product_id"] = js.get(market, "id")
        response = await self.private_delete_orders_order_id(self.extend(request, params))
        return self.safe_order(
            {
                "id": response if (js.typeof(response) == "string") else id_,
                "symbol": self.safe_symbol(None, market),
                "status": "canceled",
                "info": response,
            },
            market,
        )

    async def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # DELETE orders (of one product with product_id): the ids of the canceled orders.
        await self.load_markets()
        request = {}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["product_id"] = js.get(market, "id")
        response = await self.private_delete_orders(self.extend(request, params))
        ids = response if js.is_array(response) else []
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(ids)):
                break
            result.append(
                self.safe_order(
                    {
                        "id": js.get(ids, i),
                        "symbol": self.safe_symbol(None, market),
                        "status": "canceled",
                        "info": js.get(ids, i),
                    },
                    market,
                )
            )
            i += 1
        return result

    async def fetch_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        await self.load_markets()
        market = None
        if symbol is not None:
            market = self.market(symbol)
        response = await self.private_get_orders_order_id(self.extend({"order_id": id_}, params))
        return self.parse_order(response, market)

    async def fetch_orders_by_status(self, status, symbol, since, limit, params):
        # GET orders: status (one or a list, repeated in the query: 'all', 'done', 'open', 'pending', 'active'),
        # product_id, start_date and end_date (the unified until), limit (at most 1000).
        await self.load_markets()
        request = {}
        if status is not None:
            request["status"] = status
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["product_id"] = js.get(market, "id")
        if since is not None:
            request["start_date"] = self.iso8601(since)
        until = self.safe_integer(params, "until")
        if until is not None:
            request["end_date"] = self.iso8601(until)
        # The reference marks limit as required (100 by default): it is always sent.
        request["limit"] = 100 if (limit is None) else limit
        response = await self.private_get_orders(self.extend(request, self.omit(params, "until")))
        return self.parse_orders(response, market, since, limit)

    async def fetch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        return await self.fetch_orders_by_status("all", symbol, since, limit, params)

    async def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # Open, pending (not yet on the book) and active (untriggered stop) orders: the API's default, stated.
        return await self.fetch_orders_by_status(["open", "pending", "active"], symbol, since, limit, params)

    async def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        return await self.fetch_orders_by_status("done", symbol, since, limit, params)

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
        # fills with order_id.
        await self.load_markets()
        market = None
        if symbol is not None:
            market = self.market(symbol)
        request = {"order_id": id_}
        if limit is not None:
            request["limit"] = limit
        response = await self.private_get_fills(self.extend(request, params))
        return self.parse_trades(response, market, since, limit)

    async def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # fills takes a product_id or an order_id; since filters the latest fills it returns.
        if symbol is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id) + " fetchMyTrades () requires a symbol: fills are listed by product_id"
                )
            )
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id) + " fetchMyTrades () does not support the unified param until"
                )
            )
        await self.load_markets()
        market = self.market(symbol)
        request = {"product_id": js.get(market, "id")}
        if limit is not None:
            request["limit"] = limit
        response = await self.private_get_fills(self.extend(request, params))
        return self.parse_trades(response, market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_coinbase_date(self, text):
        # Transfers date their steps '2020-03-12 00:14:12.397805+00': a UTC offset without minutes.
        if (text is not None) and js.ends_with(text, "+00"):
            return self.parse8601(js.bounded_text(js.to_str(text) + ":00"))
        return self.parse8601(text)

    def parse_transaction_status(self, transaction):
        if self.safe_string(transaction, "canceled_at") is not None:
            return "canceled"
        if self.safe_string(transaction, "completed_at") is not None:
            return "ok"
        return "pending"

    def parse_transaction(self, transaction, currency=None):
        # transfers: { id, type: 'deposit', 'withdraw', 'internal_deposit' or 'internal_withdraw', created_at,
        # completed_at, canceled_at, processed_at, amount, currency, details: { crypto_address,
        # crypto_transaction_hash, destination_tag, network, fee, ... } }. withdrawals/crypto: { id, amount,
        # currency, fee, subtotal, network }.
        details = self.safe_dict(transaction, "details", {})
        code = self.safe_currency_code(self.safe_string(transaction, "currency"), currency)
        kind = self.safe_string(transaction, "type")
        type_ = None
        if (kind == "deposit") or (kind == "internal_deposit"):
            type_ = "deposit"
        elif (kind == "withdraw") or (kind == "internal_withdraw"):
            type_ = "withdrawal"
        fee = None
        fee_cost = self.safe_string(details, "fee", self.safe_string(transaction, "fee"))
        if fee_cost is not None:
            fee = {"cost": fee_cost, "currency": code}
        completed = self.parse_coinbase_date(self.safe_string(transaction, "completed_at"))
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "id"),
                "txid": self.safe_string(details, "crypto_transaction_hash"),
                "timestamp": self.parse_coinbase_date(self.safe_string(transaction, "created_at")),
                "network": self.network_code(
                    self.safe_string(details, "network", self.safe_string(transaction, "network"))
                ),
                "address": self.safe_string(details, "crypto_address"),
                "tag": self.safe_string(details, "destination_tag"),
                "type": type_,
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.parse_transaction_status(transaction),
                "updated": completed,
                "fee": fee,
                "info": transaction,
            },
            currency,
        )

    async def fetch_transfers(self, type_, code, since, limit, params):
        # GET transfers (of one type with type=deposit or withdraw); it takes no time range.
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchDeposits () and fetchWithdrawals () do not support the unified param until"
                )
            )
        await self.load_markets()
        request = {}
        if type_ is not None:
            request["type"] = type_
        if limit is not None:
            request["limit"] = limit
        currency = None if (code is None) else self.currency(code)
        response = await self.private_get_transfers(self.extend(request, params))
        return self.parse_transactions(response, currency, since, limit)

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

    async def fetch_transactions(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return await self.fetch_transfers(None, code, since, limit, params)

    async def coinbase_account_of(self, currency):
        # coinbase-accounts: the profile's wallets, one per currency: { id, currency, name, type, active }.
        accounts = await self.private_get_coinbase_accounts()
        i = 0
        while True:
            if not js.less(i, js.length(accounts)):
                break
            if js.strict_equal(self.safe_string(js.get(accounts, i), "currency"), js.get(currency, "id")):
                return self.safe_string(js.get(accounts, i), "id")
            i += 1
        raise BadRequest(
            js.bounded_text(
                js.bounded_text(js.to_str(self.id) + " has no Coinbase wallet for ")
                + js.to_str(js.get(currency, "code"))
            )
        )

    async def create_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # POST coinbase-accounts/{account_id}/addresses generates a one-time deposit address of the currency's
        # wallet: { id, address, address_info: { address, destination_tag }, network, ... }; network picks the
        # chain.
        await self.load_markets()
        currency = self.currency(code)
        request = {"account_id": await self.coinbase_account_of(currency)}
        network_code = self.safe_string(params, "network")
        if network_code is not None:
            request["network"] = self.known_network_id(network_code, currency, "createDepositAddress")
        response = await self.private_post_coinbase_accounts_account_id_addresses(
            self.extend(request, self.omit(params, "network"))
        )
        info = self.safe_dict(response, "address_info", {})
        return {
            "currency": code,
            "address": self.safe_string(info, "address", self.safe_string(response, "address")),
            "tag": self.safe_string(info, "destination_tag"),
            "network": self.network_code(self.safe_string(response, "network")),
            "info": response,
        }

    async def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # The API lists no standing addresses: every request generates one, which stays valid.
        return await self.create_deposit_address(code, params)

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
        # POST withdrawals/crypto: { amount, currency, crypto_address, destination_tag, network }; the unified
        # network code ('ERC20') is Coinbase's network id ('ethereum').
        await self.load_markets()
        currency = self.currency(code)
        request = {
            "amount": self.number_to_string(amount),
            "currency": js.get(currency, "id"),
            "crypto_address": address,
        }
        if tag is not None:
            request["destination_tag"] = tag
        network_code = self.safe_string(params, "network")
        if network_code is not None:
            request["network"] = self.known_network_id(network_code, currency, "withdraw")
        response = await self.private_post_withdrawals_crypto(
            self.extend(request, self.omit(params, "network"))
        )
        fee = None
        fee_cost = self.safe_string(response, "fee")
        if fee_cost is not None:
            fee = {"cost": fee_cost, "currency": code}
        return self.safe_transaction(
            {
                "id": self.safe_string(response, "id"),
                "type": "withdrawal",
                "address": address,
                "tag": tag,
                "amount": self.safe_string(response, "amount", js.get(request, "amount")),
                "currency": code,
                "network": self.network_code(self.safe_string(request, "network")),
                "status": "pending",
                "fee": fee,
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
        # GET and DELETE send their params as the query string, POST and PUT as a JSON body.
        request_path = js.bounded_text("/" + js.to_str(self.implode_params(path, params)))
        query = self.omit(params, self.extract_params(path))
        has_body = (method == "POST") or (method == "PUT")
        if (not has_body) and (len(js.keys(query)) > 0):
            request_path += js.within(
                request_path, js.within(request_path, "?") + js.to_str(self.urlencode(query))
            )
        url = js.bounded_text(js.to_str(js.get(self.urls, "api")) + request_path)
        if api == "public":
            return {"url": url, "method": method, "body": body, "headers": headers}
        # CB-ACCESS-SIGN: base64 (HMAC-SHA256 (base64-decoded secret, timestamp + method + requestPath + body)),
        # with the timestamp in seconds and the requestPath with its query string.
        self.check_required_credentials()
        timestamp = self.number_to_string(self.seconds())
        payload = ""
        headers = {
            "CB-ACCESS-KEY": self.apiKey,
            "CB-ACCESS-TIMESTAMP": timestamp,
            "CB-ACCESS-PASSPHRASE": self.password,
        }
        if has_body:
            # An empty body is written out: PHP would encode an empty dictionary as a list, '[]'.
            body = self.json(query) if (len(js.keys(query)) > 0) else "{}"
            payload = body
            js.set_(headers, "Content-Type", "application/json")
        auth = js.bounded_text(js.to_str(js.add(timestamp, method)) + request_path + js.to_str(payload))
        js.set_(
            headers,
            "CB-ACCESS-SIGN",
            self.hmac(self.encode(auth), self.base64_to_binary(self.secret), "sha256", "base64"),
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
        # An error is an HTTP 4xx or 5xx status with { "message": "..." }: the message picks the error class
        # where the maps know it, else the status does (the base class's httpExceptions: 400 BadRequest, 401
        # AuthenticationError, 403 PermissionDenied, 429 RateLimitExceeded, 5xx ExchangeNotAvailable).
        if (
            js.less(status, 400)
            or (response is None)
            or js.is_array(response)
            or (not (js.typeof(response) == "object"))
        ):
            return
        message = self.safe_string(response, "message")
        if message is None:
            return
        feedback = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " " + js.to_str(method) + " " + js.to_str(url) + " ")
            + js.to_str(self.number_to_string(status))
            + " "
            + js.to_str(message)
        )
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), message, feedback)
        self.throw_broadly_matched_exception(js.get(self.exceptions, "broad"), message, feedback)
        if js.strict_equal(status, 404):
            # { "message": "NotFound" } answers an unknown order id and an unknown product alike.
            if js.index_of(url, "/orders") >= 0:
                raise OrderNotFound(feedback)
            if js.index_of(url, "/products/") >= 0:
                raise BadSymbol(feedback)
