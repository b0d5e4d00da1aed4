# Generated from js/ascendex.js by exkit: do not edit. Change the source and run `python build.py`.
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
    DepositWithdrawFee,
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


class ascendex(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "ascendex",
                "name": "AscendEX",
                "countries": ["SG"],
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
                    "fetchMyTrades": False,
                    "fetchDeposits": True,
                    "fetchWithdrawals": True,
                    "fetchTransactions": True,
                    "fetchLedger": False,
                    "fetchDepositAddress": True,
                    "withdraw": False,
                    "fetchTime": False,
                    "fetchStatus": False,
                    "fetchTradingFees": True,
                    "cancelAllOrders": True,
                    "fetchOrderTrades": False,
                    "fetchTradingFee": True,
                    "fetchDepositAddresses": False,
                    "createDepositAddress": False,
                    "fetchDepositWithdrawFees": True,
                    "transfer": True,
                    "createMarketBuyOrderWithCost": False,
                },
                "urls": {
                    "logo": "https://ascendex.com/favicon.ico",
                    "api": "https://ascendex.com",
                    "www": "https://ascendex.com",
                    "doc": "https://ascendex.github.io/ascendex-pro-api/",
                    "fees": "https://ascendex.com/en/feerate/transactionfee-traderate",
                },
                "api": {
                    "public": {
                        "get": {
                            "v1/cash/products": 1,
                            "v2/assets": 1,
                            "v1/spot/ticker": 1,
                            "v1/barhist/info": 1,
                            "v1/barhist": 1,
                            "v1/depth": 1,
                            "v1/trades": 1,
                        }
                    },
                    "private": {
                        "get": {"v1/info": 1, "v1/wallet/deposit/address": 2, "v1/wallet/transactions": 2}
                    },
                    "accountGroup": {
                        "get": {
                            "v1/cash/balance": 1,
                            "v1/spot/fee": 1,
                            "v1/{accountCategory}/order/open": 1,
                            "v1/{accountCategory}/order/status": 1,
                            "v1/{accountCategory}/order/hist/current": 1,
                            "v2/order/hist": 2,
                        },
                        "post": {"v1/{accountCategory}/order": 1, "v1/transfer": 2},
                        "delete": {"v1/{accountCategory}/order": 1, "v1/{accountCategory}/order/all": 2},
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
                    "6h": "360",
                    "12h": "720",
                    "1d": "1d",
                    "1w": "1w",
                    "1M": "1m",
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": True, "percentage": True, "taker": 0.001, "maker": 0.001}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "accountGroup": None,
                    "respInst": "ACCEPT",
                    "sameNameParams": ["postOnly"],
                    "maxBars": 500,
                    "maxTrades": 100,
                    "networks": {"ERC20": "ERC20", "TRC20": "TRC20", "BEP20": "BEP20 (BSC)", "OMNI": "Omni"},
                    "accountsByType": {
                        "spot": "cash",
                        "cash": "cash",
                        "margin": "margin",
                        "futures": "futures",
                    },
                    "orderStatuses": {
                        "PendingNew": "open",
                        "New": "open",
                        "PartiallyFilled": "open",
                        "Filled": "closed",
                        "Canceled": "canceled",
                        "Cancelled": "canceled",
                        "Rejected": "rejected",
                        "Reject": "rejected",
                    },
                    "transactionStatuses": {
                        "pending": "pending",
                        "reviewing": "pending",
                        "confirmed": "ok",
                        "rejected": "failed",
                        "canceled": "canceled",
                        "failed": "failed",
                    },
                },
                "exceptions": {
                    "exact": {
                        "100001": BadRequest,
                        "100002": BadRequest,
                        "100003": BadRequest,
                        "100004": BadRequest,
                        "100005": BadRequest,
                        "100006": BadRequest,
                        "100007": BadRequest,
                        "100008": BadSymbol,
                        "100009": AuthenticationError,
                        "100010": BadRequest,
                        "100011": InvalidNonce,
                        "100012": BadRequest,
                        "100013": BadRequest,
                        "100101": ExchangeError,
                        "150001": BadRequest,
                        "200001": AuthenticationError,
                        "200002": RateLimitExceeded,
                        "200003": AuthenticationError,
                        "200004": AuthenticationError,
                        "200005": BadRequest,
                        "200006": ExchangeError,
                        "200010": AuthenticationError,
                        "200013": PermissionDenied,
                        "200014": AccountSuspended,
                        "200015": PermissionDenied,
                        "300001": InvalidOrder,
                        "300002": InvalidOrder,
                        "300003": InvalidOrder,
                        "300004": InvalidOrder,
                        "300005": InvalidOrder,
                        "300006": OrderNotFound,
                        "300007": InvalidOrder,
                        "300008": InvalidOrder,
                        "300009": InvalidOrder,
                        "300011": InsufficientFunds,
                        "300012": BadSymbol,
                        "300013": InvalidOrder,
                        "300020": InvalidOrder,
                        "300021": PermissionDenied,
                        "300031": InvalidOrder,
                        "310001": InsufficientFunds,
                        "510001": ExchangeNotAvailable,
                        "900001": PermissionDenied,
                    },
                    "broad": {
                        "Not Enough Account Balance": InsufficientFunds,
                        "already filled or canceled": OrderNotFound,
                    },
                },
            },
        )

    # --- markets and currencies ----------------------------------------------------------------------
    async def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # cash/products: [ { symbol: 'BTC/USDT', baseAsset, quoteAsset, status: 'Normal', minNotional,
        # maxNotional, marginTradable, commissionType, commissionReserveRate, tickSize, lotSize, minQty, maxQty } ].
        response = await self.public_get_v1_cash_products(params)
        entries = self.safe_list(response, "data", [])
        result = []
        i = 0
        while True:
            if not (i < len(entries)):
                break
            result.append(self.parse_market(js.get(entries, i)))
            i += 1
        return result

    def parse_market(self, entry):
        base_id = self.safe_string(entry, "baseAsset")
        quote_id = self.safe_string(entry, "quoteAsset")
        base = self.safe_currency_code(base_id)
        quote = self.safe_currency_code(quote_id)
        return self.market_structure(
            id=self.safe_string(entry, "symbol"),
            symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
            base=base,
            quote=quote,
            baseId=base_id,
            quoteId=quote_id,
            active=self.safe_string(entry, "status") == "Normal",
            type="spot",
            spot=True,
            taker=js.get(js.get(self.fees, "trading"), "taker"),
            maker=js.get(js.get(self.fees, "trading"), "maker"),
            precision={
                "amount": self.safe_number(entry, "lotSize"),
                "price": self.safe_number(entry, "tickSize"),
            },
            limits={
                "amount": {
                    "min": self.safe_number2(entry, "minQty", "lotSize"),
                    "max": self.safe_number(entry, "maxQty"),
                },
                "price": {"min": self.safe_number(entry, "tickSize"), "max": None},
                "cost": {
                    "min": self.safe_number(entry, "minNotional"),
                    "max": self.safe_number(entry, "maxNotional"),
                },
            },
            info=entry,
        )

    async def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        # v2 assets: [ { assetCode, assetName, precisionScale, nativeScale, blockChain: [ { chainName,
        # withdrawFee, allowDeposit, allowWithdraw, minDepositAmt, minWithdrawal, numConfirmations } ] } ].
        response = await self.public_get_v2_assets(params)
        entries = self.safe_list(response, "data", [])
        result = {}
        i = 0
        while True:
            if not (i < len(entries)):
                break
            currency = self.parse_ascendex_currency(js.get(entries, i))
            js.set_(result, js.get(currency, "code"), currency)
            i += 1
        return result

    def parse_ascendex_currency(self, entry):
        id_ = self.safe_string(entry, "assetCode")
        code = self.safe_currency_code(id_)
        chains = self.safe_list(entry, "blockChain", [])
        networks = {}
        deposit = False
        withdraw = False
        i = 0
        while True:
            if not (i < len(chains)):
                break
            chain = js.get(chains, i)
            chain_name = self.safe_string(chain, "chainName")
            network_code = self.network_code(chain_name)
            can_deposit = self.safe_bool(chain, "allowDeposit")
            can_withdraw = self.safe_bool(chain, "allowWithdraw")
            deposit = deposit or (can_deposit is True)
            withdraw = withdraw or (can_withdraw is True)
            js.set_(
                networks,
                network_code,
                {
                    "id": chain_name,
                    "network": network_code,
                    "active": (can_deposit is True) and (can_withdraw is True),
                    "deposit": can_deposit,
                    "withdraw": can_withdraw,
                    "fee": self.safe_number(chain, "withdrawFee"),
                    "precision": None,
                    "limits": {
                        "withdraw": {"min": self.safe_number(chain, "minWithdrawal"), "max": None},
                        "deposit": {"min": self.safe_number(chain, "minDepositAmt"), "max": None},
                    },
                },
            )
            i += 1
        codes = js.keys(networks)
        # A currency of one chain has that chain's fee; with several the fee depends on the chain.
        fee = (
            self.safe_number(self.safe_dict(networks, js.get(codes, 0), {}), "fee")
            if (len(codes) == 1)
            else None
        )
        # precisionScale: the decimal places of balances.
        return {
            "id": id_,
            "code": code,
            "name": self.safe_string(entry, "assetName"),
            "active": (deposit or withdraw) if (len(codes) > 0) else None,
            "deposit": deposit if (len(codes) > 0) else None,
            "withdraw": withdraw if (len(codes) > 0) else None,
            "fee": fee,
            "precision": self.parse_number(self.parse_precision(self.safe_string(entry, "precisionScale"))),
            "limits": {"amount": {"min": None, "max": None}, "withdraw": {"min": None, "max": None}},
            "networks": networks,
            "info": entry,
        }

    async def fetch_deposit_withdraw_fees(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, DepositWithdrawFee]:
        if params is None:
            params = {}
        # The withdrawal fee of each chain is in the asset list (withdrawFee); deposits are free.
        currencies = await self.fetch_currencies(params)
        return self.deposit_withdraw_fees_from_currencies(currencies, codes)

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # spot/ticker: { symbol, open (24 h ago), close (last), high, low, volume, ask: [ price, size ],
        # bid: [ price, size ] }. The field table calls volume the 24 h volume in the quote asset, but the page's own
        # examples are base amounts (QTUM/BTC at 0.00024 with a volume of 13510.8: 3.2 BTC of QTUM, not 13510.8 BTC),
        # as barhist's v is the bar's volume beside its prices: volume is the base volume.
        market_id = self.safe_string(ticker, "symbol")
        market = self.safe_market(market_id, market, "/")
        ask = self.safe_list(ticker, "ask", [])
        bid = self.safe_list(ticker, "bid", [])
        close = self.safe_string(ticker, "close")
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            high=self.safe_string(ticker, "high"),
            low=self.safe_string(ticker, "low"),
            bid=self.safe_string(bid, 0),
            bid_volume=self.safe_string(bid, 1),
            ask=self.safe_string(ask, 0),
            ask_volume=self.safe_string(ask, 1),
            open_=self.safe_string(ticker, "open"),
            close=close,
            last=close,
            base_volume=self.safe_string(ticker, "volume"),
            info=ticker,
            market=market,
        )

    async def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        # spot/ticker?symbol=BTC/USDT: one symbol answers with one ticker object.
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_v1_spot_ticker(self.extend({"symbol": js.get(market, "id")}, params))
        return self.parse_ticker(self.safe_dict(response, "data", {}), market)

    async def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # spot/ticker: every symbol without a symbol param, else the comma separated list; a trailing comma
        # makes a single symbol answer with a list too.
        await self.load_markets()
        request = {}
        if symbols is not None:
            ids = self.market_ids(symbols)
            request["symbol"] = (
                js.bounded_text(js.to_str(js.get(ids, 0)) + ",")
                if js.strict_equal(js.length(ids), 1)
                else js.join(ids, ",")
            )
        response = await self.public_get_v1_spot_ticker(self.extend(request, params))
        return self.parse_tickers(self.safe_list(response, "data", []), symbols)

    async def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # depth: { m: 'depth-snapshot', symbol, data: { seqnum, ts, asks, bids } }, [ price, size ]; the
        # whole book, which limit cuts.
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_v1_depth(self.extend({"symbol": js.get(market, "id")}, params))
        data = self.safe_dict(self.safe_dict(response, "data", {}), "data", {})
        book = self.parse_order_book(data, js.get(market, "symbol"), self.safe_integer(data, "ts"))
        js.set_(book, "nonce", self.safe_integer(data, "seqnum"))
        if limit is not None:
            js.set_(book, "bids", js.slice_(js.get(book, "bids"), 0, limit))
            js.set_(book, "asks", js.slice_(js.get(book, "asks"), 0, limit))
        return book

    def parse_ohlcv(self, ohlcv, market=None):
        # barhist: { m: 'bar', s, data: { i, ts (the bar's start), o, c, h, l, v } }, or the bar's fields
        # beside m and s (the older documented form). v is the bar's volume (documented as in the quote asset, but
        # in the base asset like the ticker's volume, whose documented examples are base amounts).
        bar = self.safe_dict(ohlcv, "data", ohlcv)
        return [
            self.safe_integer(bar, "ts"),
            self.safe_number(bar, "o"),
            self.safe_number(bar, "h"),
            self.safe_number(bar, "l"),
            self.safe_number(bar, "c"),
            self.safe_number(bar, "v"),
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
        # barhist: symbol, interval, from and to (the start times of the first and last bars, ms), n (at most
        # 500). to is always honoured (now by default); with from and n the server returns the fewer bars.
        await self.load_markets()
        market = self.market(symbol)
        interval = self.safe_string(self.timeframes, timeframe)
        if interval is None:
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
        request = {"symbol": js.get(market, "id"), "interval": interval}
        if since is not None:
            request["from"] = since
        until = self.safe_integer(params, "until")
        if until is not None:
            request["to"] = until
        request["n"] = (
            js.get(self.options, "maxBars")
            if (limit is None)
            else js.min_(limit, js.get(self.options, "maxBars"))
        )
        response = await self.public_get_v1_barhist(self.extend(request, self.omit(params, "until")))
        return self.parse_ohlcvs(self.safe_list(response, "data", []), market, timeframe, since, limit)

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def parse_trade(self, trade, market=None):
        # trades: { seqnum, p, q, ts, bm (the buyer is the maker, so the taker sold) }.
        buyer_is_maker = self.safe_bool(trade, "bm")
        side = None
        if buyer_is_maker is not None:
            side = "sell" if buyer_is_maker else "buy"
        return self.trade_structure(
            identifier=self.safe_string(trade, "seqnum"),
            symbol=self.safe_symbol(None, market),
            timestamp=self.safe_integer(trade, "ts"),
            side=side,
            taker_or_maker="taker",
            price=self.safe_string(trade, "p"),
            amount=self.safe_string(trade, "q"),
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
        # trades: symbol, n (at most 100) -> { m: 'trades', symbol, data: [ ... ] } (trades in the older
        # documented form), the latest trades.
        await self.load_markets()
        market = self.market(symbol)
        request = {"symbol": js.get(market, "id")}
        if limit is not None:
            request["n"] = js.min_(limit, js.get(self.options, "maxTrades"))
        response = await self.public_get_v1_trades(self.extend(request, params))
        data = self.safe_dict(response, "data", {})
        trades = self.safe_list2(data, "data", "trades", [])
        return self.parse_trades(trades, market, since, limit)

    # --- account -------------------------------------------------------------------------------------
    async def load_account_group(self):
        # info: { accountGroup, email, cashAccount: [ ... ], marginAccount: [ ... ], tradePermission, ... };
        # the group is part of every account path and does not change, so it is kept in options.
        configured = self.safe_string(self.options, "accountGroup")
        if configured is not None:
            return configured
        response = await self.private_get_v1_info()
        data = self.safe_dict(response, "data", {})
        account_group = self.safe_string(data, "accountGroup")
        if account_group is None:
            raise ExchangeError(
                js.bounded_text(
                    js.to_str(self.id) + " GET /api/pro/v1/info names no accountGroup for this API key"
                )
            )
        js.set_(self.options, "accountGroup", account_group)
        return account_group

    async def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # cash/balance: [ { asset, totalBalance, availableBalance } ], the assets with a balance.
        await self.load_markets()
        await self.load_account_group()
        response = await self.account_group_get_v1_cash_balance(params)
        entries = self.safe_list(response, "data", [])
        result = {"info": response}
        i = 0
        while True:
            if not (i < len(entries)):
                break
            entry = js.get(entries, i)
            code = self.safe_currency_code(self.safe_string(entry, "asset"))
            account = self.account()
            js.set_(account, "free", self.safe_string(entry, "availableBalance"))
            js.set_(account, "total", self.safe_string(entry, "totalBalance"))
            js.set_(result, code, account)
            i += 1
        return self.safe_balance(result)

    async def fetch_trading_fees(self, params: dict[str, Any] | None = None) -> dict[str, TradingFee]:
        if params is None:
            params = {}
        # spot/fee: { domain: 'spot', userUID, vipLevel, fees: [ { symbol, fee: { taker, maker } } ] }, the
        # account's rates of every market.
        await self.load_markets()
        await self.load_account_group()
        response = await self.account_group_get_v1_spot_fee(params)
        data = self.safe_dict(response, "data", {})
        fees = self.safe_list(data, "fees", [])
        result = {}
        i = 0
        while True:
            if not (i < len(fees)):
                break
            entry = js.get(fees, i)
            symbol = self.safe_symbol(self.safe_string(entry, "symbol"), None, "/")
            fee = self.safe_dict(entry, "fee", {})
            js.set_(
                result,
                symbol,
                {
                    "symbol": symbol,
                    "maker": self.safe_number(fee, "maker"),
                    "taker": self.safe_number(fee, "taker"),
                    "info": entry,
                },
            )
            i += 1
        return result

    async def fetch_trading_fee(self, symbol: str, params: dict[str, Any] | None = None) -> TradingFee:
        if params is None:
            params = {}
        # spot/fee reports every market at once.
        return await self.trading_fee_of_all(symbol, params)

    async def transfer(
        self,
        code: str,
        amount: float,
        from_account: str,
        to_account: str,
        params: dict[str, Any] | None = None,
    ) -> Transfer:
        if params is None:
            params = {}
        # POST transfer: { amount, asset, fromAccount, toAccount } -> { code: 0 }; between cash and margin,
        # or cash and futures.
        await self.load_markets()
        await self.load_account_group()
        currency = self.currency(code)
        request = {
            "amount": self.currency_to_precision(code, amount),
            "asset": js.get(currency, "id"),
            "fromAccount": self.account_type_id(from_account),
            "toAccount": self.account_type_id(to_account),
        }
        response = await self.account_group_post_v1_transfer(self.extend(request, params))
        return self.safe_transfer(
            {
                "currency": code,
                "amount": js.get(request, "amount"),
                "fromAccount": from_account,
                "toAccount": to_account,
                "status": "ok",
                "info": response,
            }
        )

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # Open, current-history and status orders: { orderId, symbol, price, orderQty, orderType (Limit,
        # Market, StopLimit, StopMarket), avgPx, cumFee, cumFilledQty, feeAsset, lastExecTime, seqNum, side
        # (Buy, Sell), status, stopPrice ('' when none), execInst ('Post' for post-only) }. v2 history:
        # avgFillPrice, fillQty, createTime, and fee negative when charged (positive for a rebate). The
        # acknowledgement of a new order (respInst ACK) is { id, orderId, orderType, symbol, timestamp }.
        market_id = self.safe_string(order, "symbol")
        market = self.safe_market(market_id, market, "/")
        order_type = self.safe_string_lower(order, "orderType")
        type_ = order_type
        trigger_price = None
        if (order_type == "stoplimit") or (order_type == "stopmarket"):
            type_ = "limit" if (order_type == "stoplimit") else "market"
        stop_price = self.safe_string(order, "stopPrice")
        if (stop_price is not None) and (not Precise.string_eq(stop_price, "0")):
            trigger_price = stop_price
        status = self.safe_string(order, "status")
        exec_inst = self.safe_string_lower(order, "execInst")
        post_only = None if (exec_inst is None) else exec_inst == "post"
        fee = None
        fee_currency = self.safe_currency_code(self.safe_string(order, "feeAsset"))
        cum_fee = self.safe_string(order, "cumFee")
        v2_fee = self.safe_string(order, "fee")
        if cum_fee is not None:
            fee = {"cost": cum_fee, "currency": fee_currency}
        elif v2_fee is not None:
            fee = {"cost": Precise.string_neg(v2_fee), "currency": fee_currency}
        last_exec_time = self.safe_integer(order, "lastExecTime")
        timestamp = self.safe_integer2(order, "createTime", "timestamp")
        price = self.safe_string(order, "price")
        average = self.safe_string2(order, "avgPx", "avgFillPrice")
        return self.safe_order(
            {
                "id": self.safe_string(order, "orderId"),
                "symbol": js.get(market, "symbol"),
                "timestamp": timestamp,
                "lastUpdateTimestamp": last_exec_time,
                "status": self.safe_string(js.get(self.options, "orderStatuses"), status),
                "type": type_,
                "postOnly": post_only,
                "side": self.safe_string_lower(order, "side"),
                "price": None if ((price is None) or Precise.string_eq(price, "0")) else price,
                "triggerPrice": trigger_price,
                "average": None if ((average is None) or Precise.string_eq(average, "0")) else average,
                "amount": self.safe_string(order, "orderQty"),
                "filled": self.safe_string2(order, "cumFilledQty", "fillQty"),
                "fee": fee,
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
        # POST cash/order: { id, time, symbol, orderQty, orderType, side, orderPrice, stopPrice, postOnly,
        # timeInForce, respInst }. The unified params map to AscendEX's fields: clientOrderId is id (letters
        # and digits, echoed back), postOnly is postOnly, timeInForce (GTC, IOC, FOK) is timeInForce, and
        # triggerPrice makes a stop_limit or stop_market order with stopPrice. AscendEX's stop orders have no
        # direction of their own, so stopLossPrice and takeProfitPrice are not mapped; orders are sized in the
        # base asset only (no cost), and a cash account has no reduceOnly.
        await self.load_markets()
        await self.load_account_group()
        market = self.market(symbol)
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params(
            "createOrder", unified, ["reduceOnly", "stopLossPrice", "takeProfitPrice", "cost"]
        )
        if (not (type_ == "limit")) and (not (type_ == "market")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () type must be limit or market, not "
                    + js.to_str(type_)
                )
            )
        trigger = js.get(unified, "triggerPrice")
        order_type = type_
        if trigger is not None:
            order_type = js.bounded_text("stop_" + js.to_str(type_))
        # id: the caller's clientOrderId, else 32 letters and digits of a UUID.
        client_order_id = (
            js.get(unified, "clientOrderId")
            if (js.get(unified, "clientOrderId") is not None)
            else js.join(js.split(self.uuid(), "-"), "")
        )
        request = {
            "accountCategory": "cash",
            "id": client_order_id,
            "time": self.milliseconds(),
            "symbol": js.get(market, "id"),
            "orderQty": self.amount_to_precision(symbol, amount),
            "orderType": order_type,
            "side": side,
        }
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            request["orderPrice"] = self.price_to_precision(symbol, price)
            if js.truthy(js.get(unified, "postOnly")):
                request["postOnly"] = True
            if js.get(unified, "timeInForce") is not None:
                request["timeInForce"] = js.get(unified, "timeInForce")
        elif js.get(unified, "timeInForce") is not None:
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () timeInForce applies to limit orders only, not "
                    + js.to_str(type_)
                    + " orders"
                )
            )
        if trigger is not None:
            request["stopPrice"] = self.price_to_precision(symbol, trigger)
        request["respInst"] = self.safe_string(self.options, "respInst", "ACCEPT")
        response = await self.account_group_post_v1_account_category_order(self.extend(request, rest))
        # data: { ac, accountId, action: 'place-order', status: 'Ack', 'ACCEPT' or 'DONE', info: the order }.
        data = self.safe_dict(response, "data", {})
        order = self.parse_order(self.safe_dict(data, "info", {}), market)
        # The order as asked for where the answer leaves a field out (an ACK names the order only).
        return self.extend(
            order,
            {
                "clientOrderId": client_order_id,
                "type": type_,
                "side": side,
                "timeInForce": (
                    "PO" if js.truthy(js.get(unified, "postOnly")) else js.get(unified, "timeInForce")
                ),
                "postOnly": js.get(unified, "postOnly") if (type_ == "limit") else js.get(order, "postOnly"),
                "price": (
                    self.safe_number(request, "orderPrice")
                    if (js.get(order, "price") is None)
                    else js.get(order, "price")
                ),
                "triggerPrice": self.safe_number(request, "stopPrice"),
                "amount": (
                    self.safe_number(request, "orderQty")
                    if (js.get(order, "amount") is None)
                    else js.get(order, "amount")
                ),
                "info": response,
            },
        )

    async def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # DELETE cash/order: { id, orderId, symbol, time } (a JSON body) -> data { action: 'cancel-order',
        # status: 'Ack', info: { id, orderId, orderType, symbol, timestamp } }: received, not yet done.
        if symbol is None:
            raise ArgumentsRequired(js.bounded_text(js.to_str(self.id) + " cancelOrder () requires a symbol"))
        await self.load_markets()
        await self.load_account_group()
        market = self.market(symbol)
        request = {
            "accountCategory": "cash",
            "id": js.join(js.split(self.uuid(), "-"), ""),
            "orderId": id_,
            "symbol": js.get(market, "id"),
            "time": self.milliseconds(),
        }
        response = await self.account_group_delete_v1_account_category_order(self.extend(request, params))
        info = self.safe_dict(self.safe_dict(response, "data", {}), "info", {})
        return self.safe_order(
            {
                "id": self.safe_string(info, "orderId", id_),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.safe_integer(info, "timestamp"),
                "info": response,
            },
            market,
        )

    async def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        # DELETE cash/order/all: { symbol } (optional) -> data { action: 'cancel-all', status: 'Ack' }, with
        # no list of the orders: they are the open orders listed just before, now canceled.
        await self.load_markets()
        await self.load_account_group()
        open_ = await self.fetch_open_orders(symbol)
        request = {"accountCategory": "cash"}
        if symbol is not None:
            request["symbol"] = js.get(self.market(symbol), "id")
        response = await self.account_group_delete_v1_account_category_order_all(self.extend(request, params))
        return self.canceled_orders(open_, response)

    async def fetch_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # cash/order/status?orderId=: one order (open or ended) as an object, or a list for several ids.
        await self.load_markets()
        await self.load_account_group()
        market = None
        if symbol is not None:
            market = self.market(symbol)
        request = {"accountCategory": "cash", "orderId": id_}
        response = await self.account_group_get_v1_account_category_order_status(self.extend(request, params))
        data = self.safe_value(response, "data")
        if js.is_array(data):
            data = self.safe_dict(data, 0)
        if (data is None) or (not (js.typeof(data) == "object")):
            raise OrderNotFound(
                js.bounded_text(js.to_str(self.id) + " fetchOrder () found no order " + js.to_str(id_))
            )
        return self.parse_order(data, market)

    async def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # cash/order/open (symbol optional): every open order of the cash account.
        await self.load_markets()
        await self.load_account_group()
        request = {"accountCategory": "cash"}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["symbol"] = js.get(market, "id")
        response = await self.account_group_get_v1_account_category_order_open(self.extend(request, params))
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
        # v2 order/hist: account 'cash', symbol, startTime and endTime (ms, until), limit (at most 1000) ->
        # ended orders (Filled, Canceled, Rejected), the newest first unless startTime is given.
        await self.load_markets()
        await self.load_account_group()
        request = {"account": "cash"}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["symbol"] = js.get(market, "id")
        if since is not None:
            request["startTime"] = since
        until = self.safe_integer(params, "until")
        if until is not None:
            request["endTime"] = until
        if limit is not None:
            request["limit"] = js.min_(limit, 1000)
        response = await self.account_group_get_v2_order_hist(
            self.extend(request, self.omit(params, "until"))
        )
        return self.parse_orders(self.safe_list(response, "data", []), market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    def parse_transaction(self, transaction, currency=None):
        # wallet/transactions: { asset, amount, commission, destAddress: { address, destTag },
        # networkTransactionId, numConfirmations, numConfirmed, requestId, status, time, transactionType,
        # blockchain }.
        code = self.safe_currency_code(self.safe_string(transaction, "asset"), currency)
        destination = self.safe_dict(transaction, "destAddress", {})
        status = self.safe_string(transaction, "status")
        fee = None
        commission = self.safe_string(transaction, "commission")
        if commission is not None:
            fee = {"cost": commission, "currency": code}
        blockchain = self.safe_string(transaction, "blockchain")
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "requestId"),
                "txid": self.safe_string(transaction, "networkTransactionId"),
                "timestamp": self.safe_integer(transaction, "time"),
                "network": None if (blockchain is None) else self.network_code(blockchain),
                "address": self.safe_string(destination, "address"),
                "tag": self.safe_string(destination, "destTag"),
                "type": self.safe_string(transaction, "transactionType"),
                "amount": self.safe_string(transaction, "amount"),
                "currency": code,
                "status": self.safe_string(js.get(self.options, "transactionStatuses"), status, status),
                "fee": fee,
                "info": transaction,
            },
            currency,
        )

    async def fetch_wallet_transactions(self, type_, code, since, limit, params):
        # wallet/transactions: asset, txType ('deposit' or 'withdrawal'), page, pageSize -> { data: [ ... ],
        # hasNext, page, pageSize }, the newest first.
        await self.load_markets()
        request = {}
        currency = None
        if code is not None:
            currency = self.currency(code)
            request["asset"] = js.get(currency, "id")
        if type_ is not None:
            request["txType"] = type_
        if limit is not None:
            request["pageSize"] = limit
        response = await self.private_get_v1_wallet_transactions(self.extend(request, params))
        page = self.safe_list(self.safe_dict(response, "data", {}), "data", [])
        return self.parse_transactions(page, currency, since, limit)

    async def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        self.reject_until("fetchDeposits", params)
        return await self.fetch_wallet_transactions("deposit", code, since, limit, params)

    async def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        self.reject_until("fetchWithdrawals", params)
        return await self.fetch_wallet_transactions("withdrawal", code, since, limit, params)

    async def fetch_transactions(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        return await self.fetch_wallet_transactions(None, code, since, limit, params)

    def reject_until(self, method, params):
        # wallet/transactions pages by number and has no time range: until cannot be mapped.
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " () does not support the unified param until: wallet/transactions has no time range"
                )
            )

    async def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # wallet/deposit/address: asset, blockchain (optional) -> { asset, assetName, address: [ { address,
        # blockchain, destTag } ] }, one address a chain; the one of the network asked for, else the first.
        await self.load_markets()
        currency = self.currency(code)
        request = {"asset": js.get(currency, "id")}
        network_code = self.safe_string(params, "network")
        network_id = None
        if network_code is not None:
            network_id = self.network_id(network_code, currency)
            request["blockchain"] = network_id
        response = await self.private_get_v1_wallet_deposit_address(
            self.extend(request, self.omit(params, "network"))
        )
        data = self.safe_dict(response, "data", {})
        addresses = self.safe_list(data, "address", [])
        entry = None
        i = 0
        while True:
            if not (i < len(addresses)):
                break
            candidate = js.get(addresses, i)
            if (network_id is None) or js.strict_equal(self.safe_string(candidate, "blockchain"), network_id):
                entry = candidate
                break
            i += 1
        if entry is None:
            raise InvalidAddress(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " fetchDepositAddress () has no deposit address of "
                        + js.to_str(code)
                    )
                    + ("" if (network_code is None) else js.bounded_text(" on " + js.to_str(network_code)))
                )
            )
        return {
            "currency": code,
            "address": self.safe_string(entry, "address"),
            "tag": self.safe_string(entry, "destTag"),
            "network": self.network_code(self.safe_string(entry, "blockchain"), currency),
            "info": entry,
        }

    # --- transport -----------------------------------------------------------------------------------
    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # URL: /api/pro/<path>, after /<accountGroup> for the account paths. GET sends params as the query
        # string, POST and DELETE as a JSON body.
        endpoint = js.bounded_text("api/pro/" + js.to_str(self.implode_params(path, params)))
        query = self.omit(params, self.extract_params(path))
        url = js.bounded_text(js.to_str(js.get(self.urls, "api")) + "/")
        if api == "accountGroup":
            # (the group of /api/pro/v1/info's answer, or of the user's options: one segment of the path, whatever it holds)
            url += js.within(
                url, js.to_str(self.path_segment_text(self.safe_string(self.options, "accountGroup"))) + "/"
            )
        url += js.within(url, endpoint)
        has_body = (method == "POST") or (method == "DELETE")
        if (not has_body) and (len(js.keys(query)) > 0):
            url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(query)))
        if api == "public":
            return {"url": url, "method": method, "body": body, "headers": headers}
        # x-auth-signature: base64 (HMAC-SHA256 (secret, timestamp + '+' + api path)), the api path being
        # the path after the version and the account category ('order', 'order/open', 'balance', 'info').
        self.check_required_credentials()
        timestamp = self.number_to_string(self.milliseconds())
        parts = js.split(path, "/")
        start = 1
        if js.truthy(self.in_array(js.get(parts, 1), ["{accountCategory}", "cash", "margin", "spot"])):
            start = 2
        api_path = js.join(js.slice_(parts, start), "/")
        auth = js.bounded_text(js.to_str(timestamp) + "+" + api_path)
        headers = {
            "x-auth-key": self.apiKey,
            "x-auth-timestamp": timestamp,
            "x-auth-signature": self.hmac(self.encode(auth), self.encode(self.secret), "sha256", "base64"),
        }
        if has_body:
            # An empty body is written out: PHP would encode an empty dictionary as a list, '[]'.
            body = self.json(query) if (len(js.keys(query)) > 0) else "{}"
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
        # { code: 0, data } is success; { code, reason, message } an error (HTTP 200 or 4xx). An order
        # request may also answer code 0 with data { status: 'Err', info: { code, reason, message } }.
        if (response is None) or js.is_array(response) or (not (js.typeof(response) == "object")):
            return
        code = self.safe_string(response, "code")
        message = self.safe_string2(response, "message", "reason", "")
        if (code is None) or (code == "0"):
            data = self.safe_dict(response, "data", {})
            if not (self.safe_string(data, "status") == "Err"):
                return
            info = self.safe_dict(data, "info", {})
            code = self.safe_string(info, "code")
            message = self.safe_string2(info, "message", "reason", "")
        feedback = js.bounded_text(
            js.to_str(self.id)
            + " "
            + js.to_str(method)
            + " "
            + js.to_str(url)
            + " "
            + js.to_str(code)
            + " "
            + message
        )
        self.throw_broadly_matched_exception(js.get(self.exceptions, "broad"), message, feedback)
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), code, feedback)
        raise ExchangeError(feedback)
