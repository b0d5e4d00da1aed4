# Generated from js/cex.js by exkit: do not edit. Change the source and run `python build.py`.
from typing import Any

from exchangekit.base.exchange import Exchange
from exchangekit.base.precise import Precise
from exchangekit.base.errors import (
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
    BadSymbol,
    ExchangeError,
    InsufficientFunds,
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


class cex(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "cex",
                "name": "CEX.IO",
                "countries": ["GB", "EU", "CY", "RU"],
                "version": "spot",
                "rateLimit": 300,
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
                    "fetchMyTrades": False,
                    "fetchDeposits": True,
                    "fetchWithdrawals": True,
                    "fetchTransactions": True,
                    "fetchLedger": True,
                    "fetchDepositAddress": True,
                    "withdraw": False,
                    "fetchTime": True,
                    "fetchStatus": False,
                    "fetchTradingFees": True,
                    "cancelAllOrders": True,
                    "fetchOrderTrades": False,
                    "fetchTradingFee": True,
                    "fetchDepositAddresses": False,
                    "createDepositAddress": False,
                    "fetchDepositWithdrawFees": True,
                    "transfer": True,
                    "createMarketBuyOrderWithCost": True,
                },
                "urls": {
                    "logo": "https://cex.io/favicon.ico",
                    "api": {
                        "public": "https://trade.cex.io/api/spot/rest-public",
                        "private": "https://trade.cex.io/api/spot/rest",
                    },
                    "www": "https://cex.io",
                    "doc": "https://trade.cex.io/docs/",
                    "fees": "https://cex.io/spot-trading-fees",
                },
                "api": {
                    "public": {
                        "post": {
                            "get_order_book": 2,
                            "get_candles": 2,
                            "get_trade_history": 2,
                            "get_ticker": 2,
                            "get_server_time": 2,
                            "get_pairs_info": 2,
                            "get_currencies_info": 2,
                            "get_processing_info": 20,
                        }
                    },
                    "private": {
                        "post": {
                            "get_my_current_fee": 5,
                            "get_fee_strategy": 1,
                            "get_my_volume": 5,
                            "do_create_account": 1,
                            "get_my_account_status_v3": 5,
                            "get_my_wallet_balance": 5,
                            "get_my_orders": 5,
                            "do_my_new_order": 1,
                            "do_cancel_my_order": 1,
                            "do_cancel_all_orders": 5,
                            "get_order_book": 1,
                            "get_candles": 1,
                            "get_trade_history": 1,
                            "get_my_transaction_history": 5,
                            "get_my_funding_history": 5,
                            "do_my_internal_transfer": 1,
                            "get_processing_info": 10,
                            "get_deposit_address": 5,
                            "do_deposit_funds_from_wallet": 1,
                            "do_withdrawal_funds_to_wallet": 1,
                        }
                    },
                },
                "timeframes": {
                    "1m": "1m",
                    "5m": "5m",
                    "15m": "15m",
                    "30m": "30m",
                    "1h": "1h",
                    "2h": "2h",
                    "4h": "4h",
                    "1d": "1d",
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {
                    "trading": {"tierBased": True, "percentage": True, "taker": 0.0025, "maker": 0.0025}
                },
                "precisionMode": TICK_SIZE,
                "options": {
                    "accountId": None,
                    "base64Secret": False,
                    "candlesDataType": "bestAsk",
                    "maxCandles": 1000,
                    "maxTrades": 1000,
                    "maxOrders": 1000,
                    "maxTransactions": 100,
                    "closedOrdersDays": 30,
                    "sameNameParams": ["clientOrderId"],
                    "networks": {
                        "BTC": "bitcoin",
                        "ERC20": "ethereum",
                        "TRC20": "tron",
                        "XLM": "stellar",
                        "XRP": "ripple",
                    },
                    "orderStatuses": {
                        "PENDING_NEW": "open",
                        "NEW": "open",
                        "PARTIALLY_FILLED": "open",
                        "PENDING_CANCEL": "open",
                        "FILLED": "closed",
                        "EXPIRED": "expired",
                        "REJECTED": "rejected",
                        "CANCELLED": "canceled",
                        "CANCELED": "canceled",
                    },
                    "transactionStatuses": {"approved": "ok", "pending": "pending", "rejected": "failed"},
                    "ledgerTypes": {
                        "trade": "trade",
                        "commission": "fee",
                        "deposit": "transaction",
                        "withdraw": "transaction",
                        "internalTransfer": "transfer",
                    },
                },
                "exceptions": {
                    "exact": {
                        "401": AuthenticationError,
                        "403": InsufficientFunds,
                        "429": RateLimitExceeded,
                        "437": InvalidOrder,
                    },
                    "broad": {
                        "Insufficient funds": InsufficientFunds,
                        "Authorization Failed": AuthenticationError,
                        "Unsupported pair": BadSymbol,
                        "Unsupported currency": BadRequest,
                        "Blockchain is not supported": BadRequest,
                        "Mandatory parameter": BadRequest,
                        "should be specified": BadRequest,
                        "Page size is limited": BadRequest,
                        "Too many active orders": InvalidOrder,
                        "Too low amount": InvalidOrder,
                        "Amount should be greater than zero": BadRequest,
                        "is on maintenance": OnMaintenance,
                        "Permission denied": PermissionDenied,
                        "Order not found": OrderNotFound,
                        "Bad Request": BadRequest,
                    },
                },
            },
        )

    # --- markets and currencies ----------------------------------------------------------------------
    def fetch_time(self, params: dict[str, Any] | None = None) -> int | None:
        if params is None:
            params = {}
        # get_server_time: { timestamp (ms), ISODate }.
        response = self.public_post_get_server_time(params)
        return self.safe_integer(self.safe_dict(response, "data", {}), "timestamp")

    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # get_pairs_info: [ { base, quote, baseMin, baseMax, baseLotSize, quoteMin, quoteMax, quoteLotSize,
        # basePrecision, quotePrecision, pricePrecision (decimal places of prices), minPrice, maxPrice } ].
        response = self.public_post_get_pairs_info(params)
        data = self.safe_value(response, "data", [])
        entries = data if js.is_array(data) else [data]
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(entries)):
                break
            result.append(self.parse_market(js.get(entries, i)))
            i += 1
        return result

    def parse_market(self, entry):
        base_id = self.safe_string(entry, "base")
        quote_id = self.safe_string(entry, "quote")
        base = self.safe_currency_code(base_id)
        quote = self.safe_currency_code(quote_id)
        return self.market_structure(
            id=js.bounded_text(js.to_str(base_id) + "-" + js.to_str(quote_id)),
            symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
            base=base,
            quote=quote,
            baseId=base_id,
            quoteId=quote_id,
            active=True,
            type="spot",
            spot=True,
            taker=js.get(js.get(self.fees, "trading"), "taker"),
            maker=js.get(js.get(self.fees, "trading"), "maker"),
            precision={
                "amount": self.safe_number(entry, "baseLotSize"),
                "price": self.parse_number(self.parse_precision(self.safe_string(entry, "pricePrecision"))),
            },
            limits={
                "amount": {
                    "min": self.safe_number(entry, "baseMin"),
                    "max": self.safe_number(entry, "baseMax"),
                },
                "price": {
                    "min": self.safe_number(entry, "minPrice"),
                    "max": self.safe_number(entry, "maxPrice"),
                },
                "cost": {
                    "min": self.safe_number(entry, "quoteMin"),
                    "max": self.safe_number(entry, "quoteMax"),
                },
            },
            info=entry,
        )

    def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # get_currencies_info: [ { currency, walletDeposit, walletWithdrawal, fiat, precision, walletPrecision } ]
        # (transfers between the CEX.IO Wallet and Spot Trading); get_processing_info: { CCY: { name,
        # blockchains: { name: { type, deposit, minDeposit, withdrawal, minWithdrawal, withdrawalFee } } } }
        # (external crypto transfers), the networks.
        response = self.public_post_get_currencies_info(params)
        entries = self.safe_list(response, "data", [])
        processing = self.public_post_get_processing_info({})
        chains = self.safe_dict(processing, "data", {})
        result = {}
        i = 0
        while True:
            if not (i < len(entries)):
                break
            entry = js.get(entries, i)
            id_ = self.safe_string(entry, "currency")
            code = self.safe_currency_code(id_)
            info = self.safe_dict(chains, id_, {})
            networks = self.parse_currency_networks(self.safe_dict(info, "blockchains", {}))
            keys = js.keys(networks)
            deposit = self.safe_bool(entry, "walletDeposit")
            withdraw = self.safe_bool(entry, "walletWithdrawal")
            js.set_(
                result,
                code,
                {
                    "id": id_,
                    "code": code,
                    "name": self.safe_string(info, "name"),
                    "active": (deposit is True) or (withdraw is True),
                    "deposit": deposit,
                    "withdraw": withdraw,
                    "fee": (
                        self.safe_number(self.safe_dict(networks, js.get(keys, 0), {}), "fee")
                        if (len(keys) == 1)
                        else None
                    ),
                    "precision": self.parse_number(
                        self.parse_precision(self.safe_string(entry, "precision"))
                    ),
                    "limits": {"amount": {"min": None, "max": None}, "withdraw": {"min": None, "max": None}},
                    "networks": networks,
                    "info": entry,
                },
            )
            i += 1
        return result

    def parse_currency_networks(self, blockchains):
        # The blockchains of a currency by unified network code.
        networks = {}
        names = js.keys(blockchains)
        i = 0
        while True:
            if not (i < len(names)):
                break
            chain = self.safe_dict(blockchains, names[i], {})
            network_code = self.network_code(names[i])
            deposit = self.safe_string(chain, "deposit") == "enabled"
            withdraw = self.safe_string(chain, "withdrawal") == "enabled"
            js.set_(
                networks,
                network_code,
                {
                    "id": names[i],
                    "network": network_code,
                    "active": deposit and withdraw,
                    "deposit": deposit,
                    "withdraw": withdraw,
                    "fee": self.safe_number(chain, "withdrawalFee"),
                    "precision": None,
                    "limits": {
                        "withdraw": {"min": self.safe_number(chain, "minWithdrawal"), "max": None},
                        "deposit": {"min": self.safe_number(chain, "minDeposit"), "max": None},
                    },
                },
            )
            i += 1
        return networks

    def fetch_deposit_withdraw_fees(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, DepositWithdrawFee]:
        if params is None:
            params = {}
        # External withdrawal fees per blockchain (get_processing_info); deposits are free.
        currencies = self.fetch_currencies(params)
        return self.deposit_withdraw_fees_from_currencies(currencies, codes)

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # get_ticker, by pair: { bestBid, bestAsk, bestBidChange, bestAskChange, volume30d, low, high, volume
        # (24 h, base), quoteVolume, lastTradeVolume, last (indicative), lastTradePrice, priceChange,
        # priceChangePercentage, lastTradeDateISO, volumeUSD }, with its pair added.
        market = self.safe_market(self.safe_string(ticker, "pair"), market, "-")
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            bid=self.safe_string(ticker, "bestBid"),
            ask=self.safe_string(ticker, "bestAsk"),
            last=self.safe_string(ticker, "lastTradePrice"),
            close=self.safe_string(ticker, "lastTradePrice"),
            change=self.safe_string(ticker, "priceChange"),
            percentage=self.safe_string(ticker, "priceChangePercentage"),
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
        response = self.public_post_get_ticker(self.extend({"pairs": [js.get(market, "id")]}, params))
        data = self.safe_dict(response, "data", {})
        return self.parse_ticker(
            self.extend(self.safe_dict(data, js.get(market, "id"), {}), {"pair": js.get(market, "id")}),
            market,
        )

    def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # get_ticker: pairs (every pair without it) -> { 'BTC-USD': { ... }, ... }; each ticker gets its pair
        # beside its fields.
        self.load_markets()
        request = {}
        if symbols is not None:
            request["pairs"] = self.market_ids(symbols)
        response = self.public_post_get_ticker(self.extend(request, params))
        data = self.safe_dict(response, "data", {})
        ids = js.keys(data)
        tickers = []
        i = 0
        while True:
            if not (i < len(ids)):
                break
            tickers.append(self.extend(self.safe_dict(data, ids[i], {}), {"pair": ids[i]}))
            i += 1
        return self.parse_tickers(tickers, symbols)

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # get_order_book: { timestamp (ms), currency1, currency2, bids, asks }, [ price, amount ]; the whole
        # book, which limit cuts.
        self.load_markets()
        market = self.market(symbol)
        response = self.public_post_get_order_book(self.extend({"pair": js.get(market, "id")}, params))
        data = self.safe_dict(response, "data", {})
        book = self.parse_order_book(data, js.get(market, "symbol"), self.safe_integer(data, "timestamp"))
        if limit is not None:
            js.set_(book, "bids", js.slice_(js.get(book, "bids"), 0, limit))
            js.set_(book, "asks", js.slice_(js.get(book, "asks"), 0, limit))
        return book

    def parse_ohlcv(self, ohlcv, market=None):
        # get_candles: { timestamp (ms), open, high, low, close, volume (base), resolution, isClosed,
        # timestampISO }; prices are those of the best ask or the best bid (options.candlesDataType).
        return [
            self.safe_integer(ohlcv, "timestamp"),
            self.safe_number(ohlcv, "open"),
            self.safe_number(ohlcv, "high"),
            self.safe_number(ohlcv, "low"),
            self.safe_number(ohlcv, "close"),
            self.safe_number(ohlcv, "volume"),
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
        # get_candles: pair, resolution, dataType, and fromISO or toISO (ms) with limit, or both without it.
        self.load_markets()
        market = self.market(symbol)
        resolution = self.safe_string(self.timeframes, timeframe)
        if resolution is None:
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
        request = {
            "pair": js.get(market, "id"),
            "dataType": self.safe_string(self.options, "candlesDataType", "bestAsk"),
            "resolution": resolution,
        }
        until = self.safe_integer(params, "until")
        count = (
            js.get(self.options, "maxCandles")
            if (limit is None)
            else js.min_(limit, js.get(self.options, "maxCandles"))
        )
        if (since is not None) and (until is not None):
            request["fromISO"] = since
            request["toISO"] = until
        elif since is not None:
            request["fromISO"] = since
            request["limit"] = count
        else:
            request["toISO"] = self.milliseconds() if (until is None) else until
            request["limit"] = count
        response = self.public_post_get_candles(self.extend(request, self.omit(params, "until")))
        # One candle comes as an object; a candle without prices (no data in its period) is left out.
        data = self.safe_value(response, "data", [])
        candles = data if js.is_array(data) else [data]
        priced = []
        i = 0
        while True:
            if not js.less(i, js.length(candles)):
                break
            if self.safe_string(js.get(candles, i), "open") is not None:
                priced.append(js.get(candles, i))
            i += 1
        # The first candle is the one that includes since (it starts before it): since is not filtered again.
        return self.parse_ohlcvs(priced, market, timeframe, None, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def parse_trade(self, trade, market=None):
        # get_trade_history: { tradeId: '<ms>-<n>', dateISO, side: 'BUY' or 'SELL', price, amount (base) }.
        return self.trade_structure(
            identifier=self.safe_string(trade, "tradeId"),
            symbol=self.safe_symbol(None, market),
            timestamp=self.parse8601(self.safe_string(trade, "dateISO")),
            side=self.safe_string_lower(trade, "side"),
            price=self.safe_string(trade, "price"),
            amount=self.safe_string(trade, "amount"),
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
        # get_trade_history: pair, fromDateISO (an ISO date), pageSize (100 by default) -> { pageSize,
        # trades }, oldest first.
        self.load_markets()
        market = self.market(symbol)
        request = {"pair": js.get(market, "id")}
        if since is not None:
            request["fromDateISO"] = self.iso8601(since)
        if limit is not None:
            request["pageSize"] = js.min_(limit, js.get(self.options, "maxTrades"))
        response = self.public_post_get_trade_history(self.extend(request, params))
        trades = self.safe_list(self.safe_dict(response, "data", {}), "trades", [])
        return self.parse_trades(trades, market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    def account_id_of(self, params, method, required):
        # The sub-account of a request: params.accountId, else options.accountId; '' is the main account.
        account_id = self.safe_string(params, "accountId", self.safe_string(self.options, "accountId"))
        if (account_id is None) and (
            (js.get(params, "accountId") == "") or (js.get(self.options, "accountId") == "")
        ):
            account_id = ""  # the safe* helpers read '' as missing
        if js.truthy(required) and ((account_id is None) or (account_id == "")):
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () requires a sub-account: set options.accountId or params.accountId (API orders, addresses and wallet transfers work on sub-accounts only)"
                )
            )
        return account_id

    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # get_my_account_status_v3: accountIds -> { convertedCurrency, balancesPerAccounts: { accountId:
        # { CCY: { balance (including what orders hold), balanceOnHold, balanceInConvertedCurrency } } } }.
        self.load_markets()
        account_id = self.account_id_of(params, "fetchBalance", False)
        account = "" if (account_id is None) else account_id
        response = self.private_post_get_my_account_status_v3(
            self.extend({"accountIds": [account]}, self.omit(params, "accountId"))
        )
        data = self.safe_dict(response, "data", {})
        balances = self.safe_dict(self.safe_dict(data, "balancesPerAccounts", {}), account, {})
        result = {"info": response}
        ids = js.keys(balances)
        i = 0
        while True:
            if not (i < len(ids)):
                break
            entry = self.safe_dict(balances, ids[i], {})
            code = self.safe_currency_code(ids[i])
            balance = self.account()
            js.set_(balance, "total", self.safe_string(entry, "balance"))
            js.set_(balance, "used", self.safe_string(entry, "balanceOnHold"))
            js.set_(result, code, balance)
            i += 1
        return self.safe_balance(result)

    def fetch_trading_fees(self, params: dict[str, Any] | None = None) -> dict[str, TradingFee]:
        if params is None:
            params = {}
        # get_my_current_fee: { tradingFee: { 'BTC-USD': { percent } } }, the account's fee now (one rate for
        # takers and makers, in percent).
        self.load_markets()
        response = self.private_post_get_my_current_fee(params)
        fees = self.safe_dict(self.safe_dict(response, "data", {}), "tradingFee", {})
        ids = js.keys(fees)
        result = {}
        i = 0
        while True:
            if not (i < len(ids)):
                break
            entry = self.safe_dict(fees, ids[i], {})
            symbol = self.safe_symbol(ids[i], None, "-")
            percent = self.safe_string(entry, "percent")
            rate = None if (percent is None) else self.parse_number(Precise.string_div(percent, "100"))
            js.set_(result, symbol, {"symbol": symbol, "maker": rate, "taker": rate, "info": entry})
            i += 1
        return result

    def fetch_trading_fee(self, symbol: str, params: dict[str, Any] | None = None) -> TradingFee:
        if params is None:
            params = {}
        # get_my_current_fee reports every pair at once.
        return self.trading_fee_of_all(symbol, params)

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # get_my_orders and do_my_new_order: { orderId, clientOrderId, accountId, status, currency1,
        # currency2, side, orderType (Market, Limit, StopLimit), timeInForce, executedAmountCcy1,
        # executedAmountCcy2, requestedAmountCcy1, requestedAmountCcy2, feeAmount, feeCurrency, price,
        # averagePrice, stopPrice, clientCreateTimestamp, serverCreateTimestamp, lastUpdateTimestamp }.
        base_id = self.safe_string(order, "currency1")
        quote_id = self.safe_string(order, "currency2")
        market_id = (
            None
            if ((base_id is None) or (quote_id is None))
            else js.bounded_text(js.to_str(base_id) + "-" + js.to_str(quote_id))
        )
        market = self.safe_market(market_id, market, "-")
        order_type = self.safe_string_lower(order, "orderType")
        type_ = "limit" if ((order_type == "stoplimit") or (order_type == "limit")) else "market"
        fee = None
        fee_amount = self.safe_string(order, "feeAmount")
        if fee_amount is not None:
            fee = {
                "cost": fee_amount,
                "currency": self.safe_currency_code(self.safe_string(order, "feeCurrency")),
            }
        status = self.safe_string(order, "status")
        time_in_force = self.safe_string(order, "timeInForce")
        id_ = self.safe_string(order, "orderId")
        return self.safe_order(
            {
                "id": id_,
                "clientOrderId": self.safe_string(order, "clientOrderId"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.safe_integer(order, "serverCreateTimestamp"),
                "lastUpdateTimestamp": self.safe_integer(order, "lastUpdateTimestamp"),
                "status": self.safe_string(js.get(self.options, "orderStatuses"), status),
                "type": None if (order_type is None) else type_,
                "timeInForce": (
                    time_in_force if ((time_in_force == "GTC") or (time_in_force == "IOC")) else None
                ),
                "side": self.safe_string_lower(order, "side"),
                "price": self.safe_string(order, "price"),
                "triggerPrice": self.safe_string(order, "stopPrice"),
                "average": self.safe_string(order, "averagePrice"),
                "amount": self.safe_string(order, "requestedAmountCcy1"),
                "filled": self.safe_string(order, "executedAmountCcy1"),
                "cost": self.safe_string(order, "executedAmountCcy2"),
                "fee": fee,
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
        # do_my_new_order: { clientOrderId, accountId (a sub-account), currency1, currency2, side (BUY, SELL),
        # timestamp (ms), orderType (Market, Limit, StopLimit), timeInForce (GTC, IOC, GTD; IOC only for
        # market orders), amountCcy1 or amountCcy2, price, stopPrice }. The unified params: clientOrderId is
        # clientOrderId, timeInForce GTC and IOC are timeInForce, cost is amountCcy2 (a market order sized in
        # the quote currency), triggerPrice makes a StopLimit order with stopPrice. There is no post-only
        # flag, no FOK, no stop-loss or take-profit direction and no reduceOnly.
        self.load_markets()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params("createOrder", unified, ["reduceOnly", "stopLossPrice", "takeProfitPrice"])
        if js.truthy(js.get(unified, "postOnly")):
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () does not support the unified param postOnly (timeInForce PO): there is no post-only order"
                )
            )
        if (not (type_ == "limit")) and (not (type_ == "market")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () type must be limit or market, not "
                    + js.to_str(type_)
                )
            )
        if js.get(unified, "timeInForce") == "FOK":
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id) + " createOrder () does not support timeInForce FOK: one of GTC or IOC"
                )
            )
        account_id = self.account_id_of(rest, "createOrder", True)
        request = {}
        if js.get(unified, "clientOrderId") is not None:
            request["clientOrderId"] = js.get(unified, "clientOrderId")
        request["accountId"] = account_id
        request["currency1"] = js.get(market, "baseId")
        request["currency2"] = js.get(market, "quoteId")
        request["side"] = js.upper(side)
        request["timestamp"] = self.milliseconds()
        if type_ == "market":
            if js.get(unified, "triggerPrice") is not None:
                raise NotSupported(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () supports triggerPrice on limit orders only (StopLimit)"
                    )
                )
            if (js.get(unified, "timeInForce") is not None) and (
                not (js.get(unified, "timeInForce") == "IOC")
            ):
                raise InvalidOrder(
                    js.bounded_text(
                        js.bounded_text(
                            js.to_str(self.id) + " createOrder () market orders are IOC only, not "
                        )
                        + js.to_str(js.get(unified, "timeInForce"))
                    )
                )
            request["orderType"] = "Market"
            request["timeInForce"] = "IOC"
            if js.get(unified, "cost") is not None:
                if not (side == "buy"):
                    raise InvalidOrder(
                        js.bounded_text(
                            js.to_str(self.id) + " createOrder () cost sizes market buy orders only"
                        )
                    )
                request["amountCcy2"] = self.cost_to_precision(symbol, js.get(unified, "cost"))
            else:
                request["amountCcy1"] = self.amount_to_precision(symbol, amount)
        else:
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            if js.get(unified, "cost") is not None:
                raise InvalidOrder(
                    js.bounded_text(js.to_str(self.id) + " createOrder () cost sizes market buy orders only")
                )
            request["orderType"] = "Limit" if (js.get(unified, "triggerPrice") is None) else "StopLimit"
            request["timeInForce"] = (
                "GTC" if (js.get(unified, "timeInForce") is None) else js.get(unified, "timeInForce")
            )
            request["amountCcy1"] = self.amount_to_precision(symbol, amount)
            request["price"] = self.price_to_precision(symbol, price)
            if js.get(unified, "triggerPrice") is not None:
                request["stopPrice"] = self.price_to_precision(symbol, js.get(unified, "triggerPrice"))
        response = self.private_post_do_my_new_order(self.extend(request, self.omit(rest, "accountId")))
        return self.parse_order(self.safe_dict(response, "data", {}), market)

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
        # do_cancel_my_order: { orderId (a number), cancelRequestId, timestamp } -> {}: the request is taken.
        self.load_markets()
        market = None
        if symbol is not None:
            market = self.market(symbol)
        request = {
            "orderId": js.parse_int(id_),
            "cancelRequestId": js.bounded_text("cancel_" + js.to_str(self.uuid())),
            "timestamp": self.milliseconds(),
        }
        response = self.private_post_do_cancel_my_order(self.extend(request, params))
        return self.safe_order(
            {"id": id_, "symbol": self.safe_symbol(None, market), "info": response}, market
        )

    def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # do_cancel_all_orders: { accountIds } -> { clientOrderIds }: every pair, so no symbol. The result is
        # the open orders listed just before, canceled.
        if symbol is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " cancelAllOrders () cancels the orders of every pair: call it without a symbol"
                )
            )
        self.load_markets()
        account_id = self.account_id_of(params, "cancelAllOrders", False)
        query = self.omit(params, "accountId")
        request = {}
        if account_id is not None:
            request["accountIds"] = [account_id]
        open_ = self.fetch_open_orders(None, None, None, self.extend({}, request))
        response = self.private_post_do_cancel_all_orders(self.extend(request, query))
        return self.canceled_orders(open_, response)

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        # get_my_orders with orderId (a number): a list of that one order.
        self.load_markets()
        market = None
        if symbol is not None:
            market = self.market(symbol)
        response = self.private_post_get_my_orders(self.extend({"orderId": js.parse_int(id_)}, params))
        orders = self.safe_list(response, "data", [])
        if len(orders) == 0:
            raise OrderNotFound(
                js.bounded_text(js.to_str(self.id) + " fetchOrder () found no order " + js.to_str(id_))
            )
        return self.parse_order(js.get(orders, 0), market)

    def fetch_my_orders(self, archived, symbol, since, limit, params):
        # get_my_orders: archived, pair, accountIds, serverCreateTimestampFrom and To (ms), pageSize (at most
        # 1000), newest first.
        self.load_markets()
        request = {}
        if js.truthy(archived):
            request["archived"] = True
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["pair"] = js.get(market, "id")
        account_id = self.account_id_of(params, "fetchOrders", False)
        if account_id is not None:
            request["accountIds"] = [account_id]
        until = self.safe_integer(params, "until")
        if since is not None:
            request["serverCreateTimestampFrom"] = since
        elif js.truthy(archived):
            # Archived orders need a start; the period is at most 365 days.
            end = self.milliseconds() if (until is None) else until
            request["serverCreateTimestampFrom"] = js.subtract(
                end, js.multiply(js.get(self.options, "closedOrdersDays"), 86400000)
            )
        if until is not None:
            request["serverCreateTimestampTo"] = until
        if limit is not None:
            request["pageSize"] = js.min_(limit, js.get(self.options, "maxOrders"))
        response = self.private_post_get_my_orders(
            self.extend(request, self.omit(params, ["until", "accountId"]))
        )
        return self.parse_orders(self.safe_list(response, "data", []), market, since, limit)

    def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        return self.fetch_my_orders(False, symbol, since, limit, params)

    def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        return self.fetch_my_orders(True, symbol, since, limit, params)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # get_my_funding_history: { txId, clientId, accountId, currency, direction ('deposit', 'withdraw'),
        # amount, commissionAmount, status ('approved', 'pending', 'rejected'), updatedAt }.
        code = self.safe_currency_code(self.safe_string(transaction, "currency"), currency)
        direction = self.safe_string(transaction, "direction")
        status = self.safe_string(transaction, "status")
        fee = None
        commission = self.safe_string(transaction, "commissionAmount")
        if commission is not None:
            fee = {"cost": commission, "currency": code}
        updated = self.parse8601(self.safe_string(transaction, "updatedAt"))
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "txId"),
                "timestamp": updated,
                "type": "withdrawal" if (direction == "withdraw") else direction,
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(js.get(self.options, "transactionStatuses"), status, status),
                "updated": updated,
                "fee": fee,
                "info": transaction,
            },
            currency,
        )

    def fetch_funding(self, direction, code, since, limit, params):
        # get_my_funding_history: direction, currency, accountId, dateFrom and dateTo (ms), pageSize (at most
        # 100).
        self.load_markets()
        request = {}
        if direction is not None:
            request["direction"] = direction
        currency = None
        if code is not None:
            currency = self.currency(code)
            request["currency"] = js.get(currency, "id")
        account_id = self.account_id_of(params, "fetchTransactions", False)
        if account_id is not None:
            request["accountId"] = account_id
        if since is not None:
            request["dateFrom"] = since
        until = self.safe_integer(params, "until")
        if until is not None:
            request["dateTo"] = until
        if limit is not None:
            request["pageSize"] = js.min_(limit, js.get(self.options, "maxTransactions"))
        response = self.private_post_get_my_funding_history(
            self.extend(request, self.omit(params, ["until", "accountId"]))
        )
        return self.parse_transactions(self.safe_list(response, "data", []), currency, since, limit)

    def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.fetch_funding("deposit", code, since, limit, params)

    def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.fetch_funding("withdraw", code, since, limit, params)

    def fetch_transactions(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return self.fetch_funding(None, code, since, limit, params)

    def parse_ledger_entry(self, item, currency=None):
        # get_my_transaction_history: { transactionId, timestamp (ISO), accountId, type ('trade', 'commission',
        # 'deposit', 'withdraw', 'internalTransfer'), amount (signed), details, currency }.
        code = self.safe_currency_code(self.safe_string(item, "currency"), currency)
        amount = self.safe_string(item, "amount")
        direction = None
        if amount is not None:
            direction = "out" if Precise.string_lt(amount, "0") else "in"
        type_ = self.safe_string(item, "type")
        return self.safe_ledger_entry(
            {
                "id": self.safe_string(item, "transactionId"),
                "timestamp": self.parse8601(self.safe_string(item, "timestamp")),
                "direction": direction,
                "account": self.safe_string(item, "accountId"),
                "type": self.safe_string(js.get(self.options, "ledgerTypes"), type_, type_),
                "currency": code,
                "amount": None if (amount is None) else Precise.string_abs(amount),
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
        # get_my_transaction_history: accountId, dateFrom and dateTo (ms), pageSize (at most 100); every
        # currency (the list has no currency filter, so code filters the page).
        self.load_markets()
        request = {}
        currency = None
        if code is not None:
            currency = self.currency(code)
        account_id = self.account_id_of(params, "fetchLedger", False)
        if account_id is not None:
            request["accountId"] = account_id
        if since is not None:
            request["dateFrom"] = since
        until = self.safe_integer(params, "until")
        if until is not None:
            request["dateTo"] = until
        if limit is not None:
            request["pageSize"] = js.min_(limit, js.get(self.options, "maxTransactions"))
        response = self.private_post_get_my_transaction_history(
            self.extend(request, self.omit(params, ["until", "accountId"]))
        )
        return self.parse_ledger(self.safe_list(response, "data", []), currency, since, limit)

    def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # get_deposit_address: { accountId (a sub-account), currency, blockchain } -> { accountId, address, or
        # destination and memo (XRP, XLM, ATOM), currency, blockchain }. The blockchain is required: the
        # unified param network (get_processing_info lists a currency's blockchains).
        self.load_markets()
        currency = self.currency(code)
        network_code = self.safe_string(params, "network")
        if network_code is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchDepositAddress () requires the unified param network (the blockchain, e.g. ERC20 or TRC20)"
                )
            )
        account_id = self.account_id_of(params, "fetchDepositAddress", True)
        request = {
            "accountId": account_id,
            "currency": js.get(currency, "id"),
            "blockchain": self.network_id(network_code, currency),
        }
        response = self.private_post_get_deposit_address(
            self.extend(request, self.omit(params, ["network", "accountId"]))
        )
        data = self.safe_dict(response, "data", {})
        return {
            "currency": code,
            "address": self.safe_string2(data, "address", "destination"),
            "tag": self.safe_string(data, "memo"),
            "network": self.network_code(self.safe_string(data, "blockchain"), currency),
            "info": data,
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
        # 'funding' (or 'wallet') is the CEX.IO Wallet, 'spot' the sub-account of options.accountId, any
        # other name a sub-account id. Wallet to sub-account: do_deposit_funds_from_wallet; sub-account to
        # Wallet: do_withdrawal_funds_to_wallet; between sub-accounts: do_my_internal_transfer. Each takes a
        # clientTxId that makes a repeated request harmless.
        self.load_markets()
        currency = self.currency(code)
        from_ = self.transfer_account(from_account)
        to = self.transfer_account(to_account)
        client_tx_id = self.safe_string(params, "clientTxId", self.uuid())
        query = self.omit(params, "clientTxId")
        value = self.currency_to_precision(code, amount)
        response = None
        if (from_ is None) and (to is None):
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " transfer () moves funds between the CEX.IO Wallet and sub-accounts, or between sub-accounts, not from the Wallet to itself"
                )
            )
        elif from_ is None:
            response = self.private_post_do_deposit_funds_from_wallet(
                self.extend(
                    {
                        "amount": value,
                        "currency": js.get(currency, "id"),
                        "accountId": to,
                        "clientTxId": client_tx_id,
                    },
                    query,
                )
            )
        elif to is None:
            response = self.private_post_do_withdrawal_funds_to_wallet(
                self.extend(
                    {
                        "amount": value,
                        "currency": js.get(currency, "id"),
                        "accountId": from_,
                        "clientTxId": client_tx_id,
                    },
                    query,
                )
            )
        else:
            response = self.private_post_do_my_internal_transfer(
                self.extend(
                    {
                        "fromAccountId": from_,
                        "toAccountId": to,
                        "amount": value,
                        "currency": js.get(currency, "id"),
                        "clientTxId": client_tx_id,
                    },
                    query,
                )
            )
        data = self.safe_dict(response, "data", {})
        status = self.safe_string(data, "status")
        return self.safe_transfer(
            {
                "id": self.safe_string2(data, "transactionId", "clientTxId"),
                "currency": code,
                "amount": value,
                "fromAccount": from_account,
                "toAccount": to_account,
                "status": (
                    "ok"
                    if (status is None)
                    else self.safe_string(js.get(self.options, "transactionStatuses"), status, status)
                ),
                "info": response,
            }
        )

    def transfer_account(self, account):
        # undefined for the CEX.IO Wallet, else the sub-account id.
        if (account == "funding") or (account == "wallet"):
            return None
        if account == "spot":
            return self.account_id_of({}, "transfer", True)
        if (account is None) or (account == ""):
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " transfer () names no account: funding (the CEX.IO Wallet), spot (options.accountId) or a sub-account id"
                )
            )
        return account

    # --- transport -----------------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "POST"
        if params is None:
            params = {}
        # Every call is POST <endpoint>/<action> with the params as a JSON object (an empty one written out:
        # PHP would encode an empty dictionary as a list).
        url = js.bounded_text(
            js.to_str(self.safe_string(js.get(self.urls, "api"), api)) + "/" + js.to_str(path)
        )
        body = self.json(params) if (len(js.keys(params)) > 0) else "{}"
        headers = {"Content-Type": "application/json"}
        if api == "private":
            # X-AGGR-SIGNATURE: base64 (HMAC-SHA256 (secret, action + timestamp + body)), the timestamp in
            # seconds (X-AGGR-TIMESTAMP). The documentation's code sample keys the HMAC with the secret as it
            # is; its prose says base64-decoded, which options.base64Secret selects.
            self.check_required_credentials()
            key = (
                self.base64_to_binary(self.secret)
                if self.safe_bool(self.options, "base64Secret", False)
                else self.encode(self.secret)
            )
            timestamp = self.number_to_string(self.seconds())
            payload = js.add(js.add(path, timestamp), body)
            js.set_(headers, "X-AGGR-KEY", self.apiKey)
            js.set_(headers, "X-AGGR-TIMESTAMP", timestamp)
            js.set_(headers, "X-AGGR-SIGNATURE", self.hmac(self.encode(payload), key, "sha256", "base64"))
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
        # { error, statusCode } at the top or under data; a new order the engine rejected answers ok with
        # data { status: 'REJECTED', rejectCode, rejectReason }.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return
        data = self.safe_value(response, "data")
        message = self.safe_string(response, "error")
        code = self.safe_string(response, "statusCode")
        if (
            (message is None)
            and (data is not None)
            and (not js.is_array(data))
            and (js.typeof(data) == "object")
        ):
            message = self.safe_string(data, "error")
            code = self.safe_string(data, "statusCode", code)
            if (message is None) and (self.safe_string(data, "status") == "REJECTED"):
                message = self.safe_string(data, "rejectReason", "rejected")
                code = self.safe_string(data, "rejectCode")
        if message is None:
            return
        feedback = js.bounded_text(js.to_str(self.id) + " " + js.to_str(url) + " " + js.to_str(message))
        self.throw_broadly_matched_exception(js.get(self.exceptions, "broad"), message, feedback)
        if code is not None:
            self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
        raise ExchangeError(feedback)
