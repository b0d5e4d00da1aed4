# Generated from js/bithumb.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from typing import Any

from exchangekit.async_support.upbit import upbit
from exchangekit.base.errors import (
    AccountSuspended,
    AuthenticationError,
    BadRequest,
    BadSymbol,
    InsufficientFunds,
    InvalidOrder,
    NotSupported,
    OrderNotFound,
    PermissionDenied,
)
from exchangekit.base import js
from exchangekit.base.types import Order, Ticker


class bithumb(upbit):
    def describe(self):
        # Bithumb serves a subset of Upbit's endpoints (and some of its own), with its own error names,
        # networks and deposit and withdrawal states: those lists replace the parent's rather than being
        # merged into them, so no implicit method names an endpoint Bithumb lacks and no Upbit name is read
        # as Bithumb's.
        parent = super().describe()
        inherited = self.extend(
            self.omit(parent, ["api", "exceptions"]),
            {
                "options": self.omit(
                    js.get(parent, "options"), ["networks", "depositStatuses", "withdrawalStatuses"]
                )
            },
        )
        return self.deep_extend(
            inherited,
            {
                "id": "bithumb",
                "name": "Bithumb",
                "rateLimit": 10,
                "has": {"editOrder": False, "cancelAllOrders": False},
                "urls": {
                    "logo": "https://www.bithumb.com/favicon.ico",
                    "api": "https://api.bithumb.com",
                    "www": "https://www.bithumb.com",
                    "doc": ["https://apidocs.bithumb.com/reference", "https://apidocs.bithumb.com/docs"],
                    "fees": "https://www.bithumb.com/customer_support/info_fee",
                },
                "api": {
                    "public": {
                        "get": {
                            "market/all": 1,
                            "market/virtual_asset_warning": 1,
                            "candles/minutes/{unit}": 1,
                            "candles/days": 1,
                            "candles/weeks": 1,
                            "candles/months": 1,
                            "trades/ticks": 1,
                            "ticker": 1,
                            "orderbook": 1,
                            "notices": 1,
                        }
                    },
                    "private": {
                        "get": {
                            "accounts": 1,
                            "orders/chance": 1,
                            "order": 1,
                            "orders": 1,
                            "withdraws": 1,
                            "withdraws/krw": 1,
                            "withdraw": 1,
                            "withdraws/chance": 1,
                            "withdraws/coin_addresses": 1,
                            "deposits": 1,
                            "deposits/krw": 1,
                            "deposit": 1,
                            "deposits/coin_addresses": 1,
                            "deposits/coin_address": 1,
                            "status/wallet": 1,
                            "api_keys": 1,
                        },
                        "post": {
                            "orders": 1,
                            "withdraws/coin": 1,
                            "withdraws/krw": 1,
                            "deposits/generate_coin_address": 1,
                            "deposits/krw": 1,
                        },
                        "delete": {"order": 1},
                    },
                },
                "fees": {"trading": {"taker": 0.0025, "maker": 0.0025}},
                "options": {
                    "jwtAlgorithm": "sha256",
                    "jwtTimestamp": True,
                    "queryHashUrlencoded": True,
                    "clientOrderIdField": "client_order_id",
                    "kstOffset": 32400000,
                    "networks": {"BTC": "BTC", "ERC20": "ETH", "TRC20": "TRX", "SOL": "SOL", "XRP": "XRP"},
                    "depositStatuses": {
                        "REQUESTED_PENDING": "pending",
                        "REQUESTED_SYSTEM_REJECTED": "failed",
                        "REQUESTED_PROCESSING": "pending",
                        "REQUESTED_ADMIN_REJECTED": "failed",
                        "DEPOSIT_PROCESSING": "pending",
                        "DEPOSIT_ACCEPTED": "ok",
                        "DEPOSIT_CANCELLED": "canceled",
                        "REFUNDING_PENDING": "pending",
                        "REFUNDING_SYSTEM_REJECTED": "pending",
                        "REFUNDING_PROCESSING": "pending",
                        "REFUNDING_ADMIN_REJECTED": "pending",
                        "REFUNDING_ACCEPTED": "failed",
                        "REFUNDED_PROCESSING": "failed",
                        "REFUNDED_ACCEPTED": "failed",
                        "REFUNDED_CANCELLED": "pending",
                        "PROCESSING": "pending",
                        "ACCEPTED": "ok",
                        "CANCELED": "canceled",
                        "CANCELLED": "canceled",
                    },
                    "withdrawalStatuses": {
                        "PROCESSING": "pending",
                        "DONE": "ok",
                        "CANCELED": "canceled",
                        "CANCELLED": "canceled",
                    },
                },
                "exceptions": {
                    "exact": {
                        "invalid_parameter": BadRequest,
                        "invalid_price": InvalidOrder,
                        "invalid_price_ask": InvalidOrder,
                        "invalid_price_bid": InvalidOrder,
                        "under_price_limit_ask": InvalidOrder,
                        "under_price_limit_bid": InvalidOrder,
                        "cross_trading": InvalidOrder,
                        "bank_account_required": PermissionDenied,
                        "two_factor_auth_required": PermissionDenied,
                        "currency does not have a valid value": BadSymbol,
                        "withdraw_insufficient_balance": InsufficientFunds,
                        "invalid_query_payload": AuthenticationError,
                        "jwt_verification": AuthenticationError,
                        "expired_jwt": AuthenticationError,
                        "NotAllowIP": PermissionDenied,
                        "out_of_scope": PermissionDenied,
                        "blocked_member_id": AccountSuspended,
                        "order_not_found": OrderNotFound,
                        "order_not_ready": OrderNotFound,
                        "deposit_not_found": BadRequest,
                        "withdraw_not_found": BadRequest,
                        "travel_rule_consent_required": PermissionDenied,
                    },
                    "broad": {},
                },
            },
        )

    # --- market data ---------------------------------------------------------------------------------
    async def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        # ticker?markets=A,B: the symbols given, else every loaded market (the API has no ticker/all).
        await self.load_markets()
        ids = self.ids if (symbols is None) else self.market_ids(symbols)
        response = await self.public_get_ticker(self.extend({"markets": js.join(ids, ",")}, params))
        return self.parse_tickers(response, symbols)

    def candle_time(self, timestamp):
        # candles' to: 'yyyy-MM-dd HH:mm:ss', read by Bithumb as KST (the docs: "기본적으로 KST 기준 시간").
        return self.ymdhms(js.add(timestamp, js.get(self.options, "kstOffset")), " ")

    # --- orders --------------------------------------------------------------------------------------
    def order_request(self, market, type_, side, amount, price, unified, method):
        # Upbit's order fields but for the client id: the v1 POST orders takes none. time_in_force (KRW
        # markets, since 2026-06-30): post_only for postOnly, ioc and fok for IOC and FOK; a market order with
        # IOC or FOK is the best order (at the best opposite price).
        self.reject_unified_params(method, unified, ["clientOrderId"])
        return super().order_request(market, type_, side, amount, price, unified, method)

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
        raise NotSupported(
            js.bounded_text(
                js.to_str(self.id)
                + " editOrder () is not supported: Bithumb has no cancel-and-new or amend endpoint"
            )
        )

    async def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        # DELETE order?uuid=: the uuid only, no client_order_id.
        if self.safe_value(params, "clientOrderId") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " cancelOrder () does not support the param clientOrderId: DELETE order takes the uuid only"
                )
            )
        return await super().cancel_order(id_, symbol, params)

    async def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        raise NotSupported(
            js.bounded_text(
                js.to_str(self.id)
                + " cancelAllOrders () is not supported: the v1 API has no batch cancel (Upbit's DELETE orders/open)"
            )
        )

    async def fetch_orders_by_state(self, state, symbol, limit, params):
        # GET orders: market, uuids, state (wait, watch, done or cancel), page, limit (at most 100),
        # order_by; newest first.
        await self.load_markets()
        request = {"state": state}
        market = None
        if symbol is not None:
            market = self.market(symbol)
            request["market"] = js.get(market, "id")
        if limit is not None:
            request["limit"] = js.min_(limit, 100)
        response = await self.private_get_orders(self.extend(request, params))
        return self.parse_orders(response, market)

    async def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # state wait: the orders on the book (state watch, passed in params, lists the reserved ones).
        orders = await self.fetch_orders_by_state("wait", symbol, limit, params)
        return self.filter_by_since_limit(orders, since, limit)

    async def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        # state done and state cancel are two queries (the list filters by one state); their orders are
        # merged oldest first. The v1 list has no time range: the unified until cannot be honoured.
        if self.safe_value(params, "until") is not None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchClosedOrders () does not support the unified param until: GET orders has no time range"
                )
            )
        done = await self.fetch_orders_by_state("done", symbol, limit, params)
        canceled = await self.fetch_orders_by_state("cancel", symbol, limit, params)
        orders = self.sort_by(self.array_concat(done, canceled), "timestamp")
        return self.filter_by_since_limit(orders, since, limit)
