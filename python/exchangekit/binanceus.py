# Generated from js/binanceus.js by exkit: do not edit. Change the source and run `python build.py`.
from typing import Any

from exchangekit.binance import binance
from exchangekit.base.errors import ArgumentsRequired, BadRequest, NotSupported, OrderNotFound
from exchangekit.base import js
from exchangekit.base.types import DepositAddress, Transaction, Transfer


class binanceus(binance):
    def describe(self):
        # Binance.US serves a subset of Binance's endpoints and candle intervals: its lists replace the
        # parent's rather than being merged into them, so nothing names an endpoint or interval it lacks.
        inherited = self.omit(super().describe(), ["api", "timeframes"])
        return self.deep_extend(
            inherited,
            {
                "id": "binanceus",
                "name": "Binance US",
                "countries": ["US"],
                "rateLimit": 50,
                "certified": False,
                "has": {
                    "fetchDepositAddresses": False,
                    "transfer": False,
                    "watchBalance": False,
                    "watchOrders": False,
                    "watchMyTrades": False,
                },
                "urls": {
                    "api": {
                        "public": "https://api.binance.us/api/v3",
                        "private": "https://api.binance.us/api/v3",
                        "sapi": "https://api.binance.us/sapi/v1",
                        "sapiV3": "https://api.binance.us/sapi/v3",
                    },
                    "www": "https://www.binance.us",
                    "doc": "https://docs.binance.us/",
                    "fees": "https://www.binance.us/fees",
                    "ws": {
                        "public": "wss://stream.binance.us:9443/ws",
                        "private": "wss://ws-api.binance.us:443/ws-api/v3",
                    },
                },
                "api": {
                    "public": {
                        "get": {
                            "ping": 1,
                            "time": 1,
                            "exchangeInfo": 10,
                            "depth": 1,
                            "trades": 1,
                            "historicalTrades": 5,
                            "aggTrades": 1,
                            "klines": 1,
                            "avgPrice": 1,
                            "ticker/24hr": 1,
                            "ticker/price": 1,
                            "ticker/bookTicker": 1,
                            "ticker": 2,
                        }
                    },
                    "private": {
                        "get": {
                            "order": 2,
                            "openOrders": 3,
                            "allOrders": 10,
                            "orderList": 2,
                            "allOrderList": 10,
                            "openOrderList": 3,
                            "account": 10,
                            "myTrades": 10,
                            "rateLimit/order": 20,
                            "myPreventedMatches": 10,
                        },
                        "post": {"order": 1, "order/test": 1, "order/cancelReplace": 1, "order/oco": 1},
                        "delete": {"order": 1, "openOrders": 1, "orderList": 1},
                    },
                    "sapi": {
                        "get": {
                            "system/status": 1,
                            "asset/assetDistributionHistory": 1,
                            "asset/query/trading-fee": 1,
                            "asset/query/trading-volume": 1,
                            "asset/query/dust-logs": 1,
                            "asset/query/dust-assets": 1,
                            "capital/config/getall": 1,
                            "capital/withdraw/history": 1,
                            "capital/deposit/address": 1,
                            "capital/deposit/hisrec": 1,
                            "capital/sub-account/deposit/address": 1,
                            "capital/sub-account/deposit/history": 1,
                            "fiatpayment/query/withdraw/history": 1,
                            "fiatpayment/query/deposit/history": 1,
                            "sub-account/status": 1,
                            "sub-account/spotSummary": 1,
                        },
                        "post": {
                            "capital/withdraw/apply": 1,
                            "fiatpayment/withdraw/apply": 1,
                            "asset/dust": 10,
                        },
                    },
                    "sapiV3": {
                        "get": {
                            "accountStatus": 1,
                            "apiTradingStatus": 1,
                            "sub-account/list": 1,
                            "sub-account/transfer/history": 1,
                            "sub-account/assets": 1,
                        },
                        "post": {"sub-account/transfer": 1},
                    },
                },
                "timeframes": {
                    "1m": "1m",
                    "3m": "3m",
                    "5m": "5m",
                    "15m": "15m",
                    "30m": "30m",
                    "1h": "1h",
                    "2h": "2h",
                    "4h": "4h",
                    "6h": "6h",
                    "8h": "8h",
                    "12h": "12h",
                    "1d": "1d",
                    "3d": "3d",
                    "1w": "1w",
                    "1M": "1M",
                },
                "fees": {"trading": {"tierBased": True, "percentage": True, "taker": 0.006, "maker": 0.004}},
                "requiredCredentials": {"apiKey": True, "secret": True},
                "options": {"publicSapi": {"system/status": False}, "omitZeroBalances": False},
                "exceptions": {"exact": {"-1145": BadRequest, "-2026": OrderNotFound}},
            },
        )

    def trade_fee_list(self, params):
        # Binance.US serves the account's fee rates at asset/query/trading-fee, in Binance's shape.
        return self.sapi_get_asset_query_trading_fee(params)

    def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        # capital/deposit/hisrec takes one coin, which Binance.US requires.
        if code is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchDeposits () requires a currency code: capital/deposit/hisrec takes one coin"
                )
            )
        return super().fetch_deposits(code, since, limit, params)

    def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        # capital/withdraw/history takes one coin, which Binance.US requires.
        if code is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " fetchWithdrawals () requires a currency code: capital/withdraw/history takes one coin"
                )
            )
        return super().fetch_withdrawals(code, since, limit, params)

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
        # capital/withdraw/apply requires the network on Binance.US: the unified param network.
        if self.safe_string(params, "network") is None:
            raise ArgumentsRequired(
                js.bounded_text(
                    js.to_str(self.id)
                    + " withdraw () requires the unified param network: Binance.US takes no default network"
                )
            )
        return super().withdraw(code, amount, address, tag, params)

    def fetch_deposit_addresses(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> list[DepositAddress]:
        if params is None:
            params = {}
        raise NotSupported(
            js.bounded_text(
                js.to_str(self.id)
                + " fetchDepositAddresses () is not supported: Binance.US has no address list, use fetchDepositAddress per currency"
            )
        )

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
        raise NotSupported(
            js.bounded_text(
                js.to_str(self.id)
                + " transfer () is not supported: a Binance.US account has one wallet (sub-account transfers go by email, sapiV3PostSubAccountTransfer)"
            )
        )

    def watch_user_data(self, message_hash):
        # Binance's user data subscription (userDataStream.subscribe.signature) is not on Binance.US.
        raise NotSupported(
            js.bounded_text(
                js.to_str(self.id)
                + " does not support "
                + js.to_str(message_hash)
                + " streams: Binance.US has no signed user data subscription on its WebSocket API"
            )
        )
