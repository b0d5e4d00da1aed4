# Generated from js/independentreserve.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from typing import Any

from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base.errors import (
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
    BadResponse,
    InsufficientFunds,
    InvalidNonce,
    InvalidOrder,
    NotSupported,
    OrderNotFound,
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


class independentreserve(Exchange):
    def describe(self):
        return self.deep_extend(
            super().describe(),
            {
                "id": "independentreserve",
                "name": "Independent Reserve",
                "countries": ["AU", "NZ", "SG"],
                "version": None,
                "rateLimit": 1000,
                "has": {
                    "fetchMarkets": True,
                    "fetchCurrencies": False,
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
                    "fetchOrders": False,
                    "fetchOpenOrders": True,
                    "fetchClosedOrders": True,
                    "fetchMyTrades": True,
                    "fetchDeposits": False,
                    "fetchWithdrawals": False,
                    "fetchTransactions": False,
                    "fetchLedger": False,
                    "fetchDepositAddress": True,
                    "withdraw": True,
                    "fetchTime": False,
                    "fetchStatus": False,
                    "fetchTradingFees": True,
                    "cancelAllOrders": False,
                    "fetchOrderTrades": False,
                    "fetchTradingFee": False,
                    "fetchDepositAddresses": False,
                    "createDepositAddress": False,
                    "fetchDepositWithdrawFees": False,
                    "transfer": False,
                    "createMarketBuyOrderWithCost": True,
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
                "timeframes": {"1h": "1h"},
                "urls": {
                    "api": {
                        "public": "https://api.independentreserve.com/Public",
                        "private": "https://api.independentreserve.com/Private",
                    },
                    "www": "https://www.independentreserve.com",
                    "doc": "https://www.independentreserve.com/API",
                    "fees": "https://www.independentreserve.com/fees",
                },
                "api": {
                    "public": {
                        "get": [
                            "GetValidPrimaryCurrencyCodes",
                            "GetValidSecondaryCurrencyCodes",
                            "GetMarketSummary",
                            "GetOrderBook",
                            "GetRecentTrades",
                            "GetTradeHistorySummary",
                        ]
                    },
                    "private": {
                        "post": [
                            "PlaceLimitOrder",
                            "PlaceMarketOrder",
                            "CancelOrder",
                            "GetOpenOrders",
                            "GetClosedOrders",
                            "GetOrderDetails",
                            "GetAccounts",
                            "GetTrades",
                            "GetBrokerageFees",
                            "GetDigitalCurrencyDepositAddress",
                            "WithdrawDigitalCurrency",
                        ]
                    },
                },
                "requiredCredentials": {"apiKey": True, "secret": True},
                "fees": {"trading": {"tierBased": True, "percentage": True}},
                "precisionMode": TICK_SIZE,
                "options": {
                    "decimalPlaces": {
                        "Xbt": ["8", "2"],
                        "Eth": ["8", "2"],
                        "Sol": ["5", "4"],
                        "Xrp": ["5", "5"],
                        "Usdc": ["5", "5"],
                        "Usdt": ["5", "5"],
                        "Aave": ["5", "4"],
                        "Ada": ["5", "5"],
                        "Bat": ["5", "5"],
                        "Bch": ["8", "2"],
                        "Comp": ["8", "2"],
                        "Dai": ["5", "5"],
                        "Doge": ["5", "5"],
                        "Dot": ["5", "4"],
                        "Eos": ["4", "4"],
                        "Etc": ["8", "2"],
                        "Grt": ["5", "5"],
                        "Link": ["4", "4"],
                        "Ltc": ["8", "2"],
                        "Mana": ["5", "5"],
                        "Matic": ["5", "5"],
                        "Mkr": ["8", "2"],
                        "Sand": ["5", "5"],
                        "Shib": ["0", "8"],
                        "Snx": ["5", "4"],
                        "Trx": ["5", "5"],
                        "Uni": ["5", "4"],
                        "Xlm": ["5", "5"],
                        "Yfi": ["8", "2"],
                        "Zrx": ["5", "5"],
                    },
                    "orderTypes": {
                        "LimitBid": ["limit", "buy"],
                        "LimitOffer": ["limit", "sell"],
                        "MarketBid": ["market", "buy"],
                        "MarketOffer": ["market", "sell"],
                    },
                    "orderStatuses": {
                        "Open": "open",
                        "PartiallyFilled": "open",
                        "Filled": "closed",
                        "PartiallyFilledAndCancelled": "canceled",
                        "Cancelled": "canceled",
                        "PartiallyFilledAndExpired": "expired",
                        "Expired": "expired",
                    },
                    "withdrawalStatuses": {
                        "Pending": "pending",
                        "Confirmed": "ok",
                        "Rejected": "failed",
                        "Cancelled": "canceled",
                    },
                    "maxPageSize": 50,
                },
                "exceptions": {
                    "exact": {},
                    "broad": {
                        "Invalid API key": AuthenticationError,
                        "signature": AuthenticationError,
                        "nonce": InvalidNonce,
                        "Nonce": InvalidNonce,
                        "Insufficient": InsufficientFunds,
                        "does not exist": OrderNotFound,
                    },
                },
            },
        )

    # --- markets -------------------------------------------------------------------------------------
    async def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        # Every primary currency (GetValidPrimaryCurrencyCodes) trades against every secondary one
        # (GetValidSecondaryCurrencyCodes); both answer a list of codes.
        primaries = self.codes_of(await self.public_get_get_valid_primary_currency_codes(params))
        secondaries = self.codes_of(await self.public_get_get_valid_secondary_currency_codes(params))
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(primaries)):
                break
            base_id = js.get(primaries, i)
            base = self.safe_currency_code(base_id)
            places = self.safe_list(js.get(self.options, "decimalPlaces"), base_id, [])
            j = 0
            while True:
                if not js.less(j, js.length(secondaries)):
                    break
                quote_id = js.get(secondaries, j)
                quote = self.safe_currency_code(quote_id)
                result.append(
                    self.market_structure(
                        id=js.bounded_text(js.to_str(base_id) + "-" + js.to_str(quote_id)),
                        symbol=js.bounded_text(js.to_str(base) + "/" + js.to_str(quote)),
                        base=base,
                        quote=quote,
                        baseId=base_id,
                        quoteId=quote_id,
                        type="spot",
                        spot=True,
                        active=True,
                        precision={
                            "amount": self.parse_number(self.parse_precision(self.safe_string(places, 0))),
                            "price": self.parse_number(self.parse_precision(self.safe_string(places, 1))),
                        },
                        limits={},
                        info={"primaryCurrencyCode": base_id, "secondaryCurrencyCode": quote_id},
                    )
                )
                j += 1
            i += 1
        return result

    def codes_of(self, response):
        # A list of currency codes, strings only: anything else is no answer the docs describe.
        if not js.is_array(response):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent a currency list that is no list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            code = js.get(response, i)
            if (not (js.typeof(code) == "string")) or js.strict_equal(js.length(code), 0):
                raise BadResponse(
                    js.bounded_text(
                        js.bounded_text(js.to_str(self.id) + " sent a currency code that is no text: ")
                        + js.to_str(self.excerpt(self.json(response)))
                    )
                )
            result.append(code)
            i += 1
        return result

    def pair_request(self, market):
        return {
            "primaryCurrencyCode": js.get(market, "baseId"),
            "secondaryCurrencyCode": js.get(market, "quoteId"),
        }

    def market_of_pair(self, entry, market=None):
        # The market a response names by PrimaryCurrencyCode and SecondaryCurrencyCode.
        base_id = self.safe_string(entry, "PrimaryCurrencyCode")
        quote_id = self.safe_string(entry, "SecondaryCurrencyCode")
        if (base_id is None) or (quote_id is None):
            return self.safe_market(None, market)
        return self.safe_market(js.bounded_text(js.to_str(base_id) + "-" + js.to_str(quote_id)), market, "-")

    # --- market data ---------------------------------------------------------------------------------
    def parse_ticker(self, ticker, market=None):
        # GetMarketSummary: { DayHighestPrice, DayLowestPrice, DayAvgPrice (the volume-weighted average of the
        # last 24 hours), DayVolumeXbt (the primary currency traded against every secondary one),
        # DayVolumeXbtInSecondaryCurrrency (sic: the primary currency traded against this pair's secondary one),
        # CurrentLowestOfferPrice, CurrentHighestBidPrice, LastPrice, PrimaryCurrencyCode, SecondaryCurrencyCode,
        # CreatedTimestampUtc }.
        market = self.market_of_pair(ticker, market)
        return self.ticker_structure(
            symbol=js.get(market, "symbol"),
            timestamp=self.parse8601(self.safe_string(ticker, "CreatedTimestampUtc")),
            high=self.safe_string(ticker, "DayHighestPrice"),
            low=self.safe_string(ticker, "DayLowestPrice"),
            bid=self.safe_string(ticker, "CurrentHighestBidPrice"),
            ask=self.safe_string(ticker, "CurrentLowestOfferPrice"),
            vwap=self.safe_string(ticker, "DayAvgPrice"),
            last=self.safe_string(ticker, "LastPrice"),
            base_volume=self.safe_string(ticker, "DayVolumeXbtInSecondaryCurrrency"),
            info=ticker,
            market=market,
        )

    async def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_get_market_summary(self.extend(self.pair_request(market), params))
        return self.parse_ticker(response, market)

    async def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        # GetOrderBook: { BuyOrders: [ { OrderType, Price, Volume } ], SellOrders: [ ... ], CreatedTimestampUtc,
        # ... }, the whole book (the API takes no depth).
        await self.load_markets()
        market = self.market(symbol)
        response = await self.public_get_get_order_book(self.extend(self.pair_request(market), params))
        self.required_list(response, "BuyOrders")
        self.required_list(response, "SellOrders")
        timestamp = self.parse8601(self.safe_string(response, "CreatedTimestampUtc"))
        book = self.parse_order_book(
            response, js.get(market, "symbol"), timestamp, "BuyOrders", "SellOrders", "Price", "Volume"
        )
        if limit is not None:
            js.set_(book, "bids", js.slice_(js.get(book, "bids"), 0, limit))
            js.set_(book, "asks", js.slice_(js.get(book, "asks"), 0, limit))
        return book

    def parse_trade(self, trade, market=None):
        # Public trades (GetRecentTrades): { PrimaryCurrencyAmount, SecondaryCurrencyTradePrice, TradeTimestampUtc },
        # without an id or a side. The account's trades (GetTrades): { TradeGuid, TradeTimestampUtc, OrderGuid,
        # OrderType, OrderTimestampUtc, VolumeTraded, Price, PrimaryCurrencyCode, SecondaryCurrencyCode }.
        market = self.market_of_pair(trade, market)
        order_type = self.safe_list(
            js.get(self.options, "orderTypes"), self.safe_string(trade, "OrderType"), []
        )
        return self.trade_structure(
            identifier=self.safe_string(trade, "TradeGuid"),
            order=self.safe_string(trade, "OrderGuid"),
            symbol=js.get(market, "symbol"),
            timestamp=self.parse8601(self.safe_string(trade, "TradeTimestampUtc")),
            kind=self.safe_string(order_type, 0),
            side=self.safe_string(order_type, 1),
            price=self.safe_string2(trade, "Price", "SecondaryCurrencyTradePrice"),
            amount=self.safe_string2(trade, "VolumeTraded", "PrimaryCurrencyAmount"),
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
        # GetRecentTrades: the latest numberOfRecentTradesToRetrieve (at most 50) trades, newest first.
        await self.load_markets()
        market = self.market(symbol)
        request = self.pair_request(market)
        js.set_(request, "numberOfRecentTradesToRetrieve", 50 if (limit is None) else js.min_(limit, 50))
        response = await self.public_get_get_recent_trades(self.extend(request, params))
        return self.parse_trades(self.required_list(response, "Trades"), market, since, limit)

    def parse_ohlcv(self, ohlcv, market=None):
        # HistorySummaryItems: { StartTimestampUtc, EndTimestampUtc, OpeningSecondaryCurrencyPrice,
        # HighestSecondaryCurrencyPrice, LowestSecondaryCurrencyPrice, ClosingSecondaryCurrencyPrice,
        # PrimaryCurrencyVolume, SecondaryCurrencyVolume, AverageSecondaryCurrencyPrice, NumberOfTrades }.
        return [
            self.parse8601(self.safe_string(ohlcv, "StartTimestampUtc")),
            self.safe_number(ohlcv, "OpeningSecondaryCurrencyPrice"),
            self.safe_number(ohlcv, "HighestSecondaryCurrencyPrice"),
            self.safe_number(ohlcv, "LowestSecondaryCurrencyPrice"),
            self.safe_number(ohlcv, "ClosingSecondaryCurrencyPrice"),
            self.safe_number(ohlcv, "PrimaryCurrencyVolume"),
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
        # GetTradeHistorySummary: hourly summaries of the last numberOfHoursInThePastToRetrieve hours (1 to 240),
        # counted back from now: since becomes the hours from since until now.
        if not (timeframe == "1h"):
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchOHLCV () summarises trades by the hour: timeframe must be 1h, not "
                    + js.to_str(timeframe)
                )
            )
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchOHLCV () does not support the unified param until: the API counts hours back from now"
                )
            )
        await self.load_markets()
        market = self.market(symbol)
        hours = 24
        if since is not None:
            hours = js.ceil(js.divide(js.subtract(self.milliseconds(), since), 3600000))
        elif limit is not None:
            hours = limit
        request = self.pair_request(market)
        js.set_(request, "numberOfHoursInThePastToRetrieve", js.max_(1, js.min_(hours, 240)))
        response = await self.public_get_get_trade_history_summary(self.extend(request, params))
        return self.parse_ohlcvs(
            self.required_list(response, "HistorySummaryItems"), market, timeframe, since, limit
        )

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    # --- account -------------------------------------------------------------------------------------
    async def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        # GetAccounts: [ { AccountGuid, AccountStatus, AvailableBalance, CurrencyCode, TotalBalance } ], one
        # account per currency.
        await self.load_markets()
        response = await self.private_post_get_accounts(params)
        if not js.is_array(response):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent accounts that are no list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        result = {"info": response}
        i = 0
        while True:
            if not js.less(i, js.length(response)):
                break
            entry = js.get(response, i)
            account = self.account()
            js.set_(account, "free", self.safe_string(entry, "AvailableBalance"))
            js.set_(account, "total", self.safe_string(entry, "TotalBalance"))
            js.set_(result, self.safe_currency_code(self.safe_string(entry, "CurrencyCode")), account)
            i += 1
        return self.safe_balance(result)

    async def fetch_trading_fees(self, params: dict[str, Any] | None = None) -> dict[str, TradingFee]:
        if params is None:
            params = {}
        # GetBrokerageFees: [ { CurrencyCode, Fee } ]: the account's fee rate (0.005 is 0.5 %) for the pairs of a
        # primary currency, the same for makers and takers.
        await self.load_markets()
        response = await self.private_post_get_brokerage_fees(params)
        if not js.is_array(response):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent brokerage fees that are no list: ")
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        rates = self.index_by(response, "CurrencyCode")
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(self.symbols)):
                break
            market = self.market(js.get(self.symbols, i))
            entry = self.safe_dict(rates, js.get(market, "baseId"))
            if entry is None:
                i += 1
                continue
            rate = self.safe_number(entry, "Fee")
            js.set_(
                result,
                js.get(market, "symbol"),
                {"symbol": js.get(market, "symbol"), "maker": rate, "taker": rate, "info": entry},
            )
            i += 1
        return result

    # --- orders --------------------------------------------------------------------------------------
    def parse_order(self, order, market=None):
        # One order (PlaceLimitOrder, PlaceMarketOrder, CancelOrder, GetOrderDetails): { OrderGuid,
        # CreatedTimestampUtc, Type, VolumeOrdered, VolumeFilled, Price, AvgPrice, ReservedAmount, Status,
        # PrimaryCurrencyCode, SecondaryCurrencyCode }. A page entry (GetOpenOrders, GetClosedOrders): { OrderGuid,
        # CreatedTimestampUtc, OrderType, Volume, Outstanding (the volume left), Price, AvgPrice, Value, Status,
        # FeePercent, PrimaryCurrencyCode, SecondaryCurrencyCode }; Value is the order's whole value at its price, not
        # what was filled, so it stays in info.
        market = self.market_of_pair(order, market)
        order_type = self.safe_list(
            js.get(self.options, "orderTypes"), self.safe_string2(order, "Type", "OrderType"), []
        )
        return self.safe_order(
            {
                "id": self.safe_string(order, "OrderGuid"),
                "symbol": js.get(market, "symbol"),
                "timestamp": self.parse8601(self.safe_string(order, "CreatedTimestampUtc")),
                "type": self.safe_string(order_type, 0),
                "side": self.safe_string(order_type, 1),
                "status": self.safe_string(
                    js.get(self.options, "orderStatuses"), self.safe_string(order, "Status")
                ),
                "price": self.safe_string(order, "Price"),
                "average": self.safe_string(order, "AvgPrice"),
                "amount": self.safe_string2(order, "VolumeOrdered", "Volume"),
                "filled": self.safe_string(order, "VolumeFilled"),
                "remaining": self.safe_string(order, "Outstanding"),
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
        # PlaceLimitOrder: primaryCurrencyCode, secondaryCurrencyCode, orderType (LimitBid, LimitOffer), price,
        # volume. PlaceMarketOrder: primaryCurrencyCode, secondaryCurrencyCode, orderType (MarketBid,
        # MarketOffer), volume, volumeCurrencyType (Primary, or Secondary: the volume is in the secondary
        # currency). The docs list no stop, post-only, reduce-only or client order id parameters.
        await self.load_markets()
        market = self.market(symbol)
        # timeInForce first: unifiedOrderParams reads 'PO' as postOnly, and the error should name the param passed.
        time_in_force = self.safe_string_upper(params, "timeInForce")
        if (time_in_force is not None) and ((not (time_in_force == "GTC")) or (not (type_ == "limit"))):
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () does not support the unified param timeInForce "
                    + js.to_str(time_in_force)
                    + " for "
                    + js.to_str(type_)
                    + " orders: limit orders are GTC"
                )
            )
        (
            unified,
            rest,
        ) = js.destructure(self.unified_order_params(type_, params), 2)
        self.reject_unified_params(
            "createOrder",
            unified,
            ["postOnly", "reduceOnly", "triggerPrice", "stopLossPrice", "takeProfitPrice", "clientOrderId"],
        )
        if (not (side == "buy")) and (not (side == "sell")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id) + " createOrder () side must be buy or sell, not " + js.to_str(side)
                )
            )
        request = self.pair_request(market)
        response = None
        if type_ == "limit":
            if price is None:
                raise ArgumentsRequired(
                    js.bounded_text(js.to_str(self.id) + " createOrder () requires a price for a limit order")
                )
            js.set_(request, "orderType", "LimitBid" if (side == "buy") else "LimitOffer")
            js.set_(request, "price", self.price_to_precision(symbol, price))
            js.set_(request, "volume", self.amount_to_precision(symbol, amount))
            response = await self.private_post_place_limit_order(self.extend(request, rest))
        elif type_ == "market":
            js.set_(request, "orderType", "MarketBid" if (side == "buy") else "MarketOffer")
            if js.get(unified, "cost") is not None:
                # A market order sized in the secondary currency: spend (or receive) this much.
                js.set_(request, "volume", self.cost_to_precision(symbol, js.get(unified, "cost")))
                js.set_(request, "volumeCurrencyType", "Secondary")
            else:
                js.set_(request, "volume", self.amount_to_precision(symbol, amount))
                js.set_(request, "volumeCurrencyType", "Primary")
            response = await self.private_post_place_market_order(self.extend(request, rest))
            if js.get(unified, "cost") is not None:
                # VolumeOrdered and VolumeFilled of an order sized in the secondary currency are no base amounts.
                return self.extend(
                    self.parse_order(response, market),
                    {"amount": None, "filled": None, "remaining": None, "cost": None},
                )
        else:
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () type must be limit or market, not "
                    + js.to_str(type_)
                )
            )
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
        # CancelOrder: orderGuid; answers the order, with Status Cancelled (or PartiallyFilledAndCancelled).
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = await self.private_post_cancel_order(self.extend({"orderGuid": id_}, params))
        return self.parse_order(response, market)

    async def fetch_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # GetOrderDetails: orderGuid.
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = await self.private_post_get_order_details(self.extend({"orderGuid": id_}, params))
        return self.parse_order(response, market)

    def page_request(self, market, limit):
        # The first page of a paginated private list: pageIndex counts from 1, pageSize is at most 50; the pair
        # is optional (all pairs without it).
        max_page_size = self.safe_integer(self.options, "maxPageSize", 50)
        request = {}
        if market is not None:
            request["primaryCurrencyCode"] = js.get(market, "baseId")
            request["secondaryCurrencyCode"] = js.get(market, "quoteId")
        request["pageIndex"] = 1
        request["pageSize"] = max_page_size if (limit is None) else js.min_(limit, max_page_size)
        return request

    async def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # GetOpenOrders: a page { PageSize, TotalItems, TotalPages, Data: [ orders ] }, the newest first.
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = await self.private_post_get_open_orders(
            self.extend(self.page_request(market, limit), params)
        )
        return self.parse_orders(self.required_list(response, "Data"), market, since, limit)

    async def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # GetClosedOrders: the same page of filled, cancelled and expired orders; it takes no time range.
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchClosedOrders () does not support the unified param until: the API takes no time range"
                )
            )
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        response = await self.private_post_get_closed_orders(
            self.extend(self.page_request(market, limit), params)
        )
        return self.parse_orders(self.required_list(response, "Data"), market, since, limit)

    async def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        # GetTrades: a page of the account's trades of every pair, the newest first (pageIndex, pageSize).
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchMyTrades () does not support the unified param until: the API takes no time range"
                )
            )
        await self.load_markets()
        market = None if (symbol is None) else self.market(symbol)
        request = self.page_request(None, limit)
        response = await self.private_post_get_trades(self.extend(request, params))
        return self.parse_trades(self.required_list(response, "Data"), market, since, limit)

    # --- funding -------------------------------------------------------------------------------------
    async def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        # GetDigitalCurrencyDepositAddress: primaryCurrencyCode; answers { DepositAddress, Tag,
        # LastCheckedTimestampUtc, NextUpdateTimestampUtc }. The docs name no network parameter.
        if self.safe_value(params, "network") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchDepositAddress () does not support the unified param network: the API keeps one address per currency"
                )
            )
        await self.load_markets()
        currency = self.currency(code)
        response = await self.private_post_get_digital_currency_deposit_address(
            self.extend({"primaryCurrencyCode": js.get(currency, "id")}, params)
        )
        address = self.safe_string(response, "DepositAddress")
        if address is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id) + " sent a deposit address answer without DepositAddress: "
                    )
                    + js.to_str(self.excerpt(self.json(response)))
                )
            )
        return {
            "currency": js.get(currency, "code"),
            "address": address,
            "tag": self.safe_string(response, "Tag"),
            "info": response,
        }

    def parse_transaction(self, transaction, currency=None):
        # WithdrawDigitalCurrency: { TransactionGuid, PrimaryCurrencyCode, CreatedTimestampUtc, Amount: { Total,
        # Fee }, Destination: { Address, Tag }, Status, Transaction: { Hash, ... } or null }.
        code = self.safe_currency_code(self.safe_string(transaction, "PrimaryCurrencyCode"), currency)
        amount = self.safe_dict(transaction, "Amount", {})
        destination = self.safe_dict(transaction, "Destination", {})
        on_chain = self.safe_dict(transaction, "Transaction", {})
        fee_cost = self.safe_string(amount, "Fee")
        return self.safe_transaction(
            {
                "id": self.safe_string(transaction, "TransactionGuid"),
                "txid": self.safe_string(on_chain, "Hash"),
                "timestamp": self.parse8601(self.safe_string(transaction, "CreatedTimestampUtc")),
                "address": self.safe_string(destination, "Address"),
                "tag": self.safe_string(destination, "Tag"),
                "type": "withdrawal",
                "amount": self.safe_string(amount, "Total"),
                "currency": code,
                "status": self.safe_string(
                    js.get(self.options, "withdrawalStatuses"), self.safe_string(transaction, "Status")
                ),
                "fee": None if (fee_cost is None) else {"cost": fee_cost, "currency": code},
                "info": transaction,
            },
            currency,
        )

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
        # WithdrawDigitalCurrency: amount, withdrawalAddress, comment (optional), primaryCurrencyCode, destinationTag
        # (for the currencies that take one). The docs name no network parameter.
        if self.safe_value(params, "network") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " withdraw () does not support the unified param network: the API withdraws on the currency's one network"
                )
            )
        await self.load_markets()
        currency = self.currency(code)
        request = {
            "amount": self.number_to_string(amount),
            "withdrawalAddress": address,
            "primaryCurrencyCode": js.get(currency, "id"),
        }
        if tag is not None:
            request["destinationTag"] = tag
        response = await self.private_post_withdraw_digital_currency(self.extend(request, params))
        return self.parse_transaction(response, currency)

    # --- transport -----------------------------------------------------------------------------------
    def nonce(self):
        return self.milliseconds()

    def signature_value(self, key, value):
        # A parameter as the signed text writes it: key=value, the value as the JSON body states it.
        text = self.string_of(value)
        if text is None:
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " cannot sign the parameter "
                    + js.to_str(key)
                    + ": its value must be a string, a number or a boolean"
                )
            )
        return js.bounded_text(js.to_str(key) + "=" + js.to_str(text))

    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # Private requests: the JSON body is { apiKey, nonce, <parameters>, signature }; the signature is the
        # HMAC-SHA256, in upper-case hex, of the URL, apiKey=<key>, nonce=<nonce> and each parameter as
        # name=value, in the order of the body, joined by commas.
        url = js.bounded_text(
            js.to_str(self.safe_string(js.get(self.urls, "api"), api)) + "/" + js.to_str(path)
        )
        if api == "public":
            if len(js.keys(params)) > 0:
                url += js.within(url, js.within(url, "?") + js.to_str(self.urlencode(params)))
            return {"url": url, "method": method, "body": body, "headers": headers}
        self.check_required_credentials()
        if js.has(params, "apiKey") or js.has(params, "nonce") or js.has(params, "signature"):
            # The signed text would name the key or nonce twice, the body once.
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(path)
                    + " takes no parameter apiKey, nonce or signature: the request is signed with its own"
                )
            )
        nonce = self.nonce()
        parts = [url, self.signature_value("apiKey", self.apiKey), self.signature_value("nonce", nonce)]
        keys = js.keys(params)
        i = 0
        while True:
            if not (i < len(keys)):
                break
            parts.append(self.signature_value(keys[i], self.safe_value(params, keys[i])))
            i += 1
        signature = self.hmac(self.encode(js.join(parts, ",")), self.encode(self.secret), "sha256")
        request = self.extend({"apiKey": self.apiKey, "nonce": nonce}, params)
        request["signature"] = js.upper(signature)
        body = self.json(request)
        headers = {"Content-Type": "application/json"}
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
        # { "Message": "..." } with HTTP 400 (or 401, 403, 429).
        if (
            js.less(status, 400)
            or (response is None)
            or js.is_array(response)
            or (not (js.typeof(response) == "object"))
        ):
            return None
        message = self.safe_string(response, "Message")
        if message is None:
            return None
        feedback = js.bounded_text(
            js.bounded_text(js.to_str(self.id) + " ") + js.to_str(self.excerpt(response_body))
        )
        self.throw_exactly_matched_exception(js.get(self.exceptions, "exact"), message, feedback)
        self.throw_broadly_matched_exception(js.get(self.exceptions, "broad"), message, feedback)
        if js.strict_equal(status, 400):
            raise BadRequest(feedback)
        return None
