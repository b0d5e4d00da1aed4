"""The unified API: the standard methods every exchange may implement, their signatures and what they return.

One table serves the Python emitter (type hints on these methods), `exkit certify` (which standard methods an
exchange implements, with the standard signature) and the contributor guide."""

from __future__ import annotations

from dataclasses import dataclass

# Python annotation of a unified parameter, by its (standard) name.
PARAMETER_TYPES = {
    "symbol": "str", "symbols": "list[str]", "code": "str", "id": "str", "type": "str", "side": "str",
    "amount": "float", "price": "float", "address": "str", "tag": "str", "timeframe": "str", "since": "int",
    "limit": "int", "params": "dict[str, Any]", "reload": "bool",
}


@dataclass(frozen=True)
class UnifiedMethod:
    name: str
    signature: str  # JavaScript, as the base class declares it; `= ...` marks an optional parameter
    returns: str  # Python annotation, in terms of exchangekit.base.types
    summary: str

    @property
    def parameters(self) -> list[tuple[str, bool]]:
        """(name, optional) in order."""
        return [(part.split("=")[0].strip(), "=" in part) for part in self.signature.split(",") if part.strip()]

    @property
    def parameter_names(self) -> list[str]:
        return [name for name, _ in self.parameters]


_LISTING = "since = undefined, limit = undefined, params = {}"
UNIFIED_METHODS = {method.name: method for method in [
    UnifiedMethod("fetchMarkets", "params = {}", "list[Market]", "every market the exchange lists"),
    UnifiedMethod("fetchCurrencies", "params = {}", "dict[str, Currency]", "currencies by unified code"),
    UnifiedMethod("fetchTicker", "symbol, params = {}", "Ticker", "the 24 h statistics of one market"),
    UnifiedMethod("fetchTickers", "symbols = undefined, params = {}", "dict[str, Ticker]", "tickers by symbol"),
    UnifiedMethod("fetchOrderBook", "symbol, limit = undefined, params = {}", "OrderBook",
                  "bids (best first) and asks (best first)"),
    UnifiedMethod("fetchOHLCV", f"symbol, timeframe = '1m', {_LISTING}", "list[OHLCV]",
                  "candles [timestamp, open, high, low, close, volume], oldest first"),
    UnifiedMethod("fetchTrades", f"symbol, {_LISTING}", "list[Trade]", "public trades, oldest first"),
    UnifiedMethod("fetchBalance", "params = {}", "Balances", "free, used and total per currency"),
    UnifiedMethod("createOrder", "symbol, type, side, amount, price = undefined, params = {}", "Order",
                  "places a 'market' or 'limit' order to 'buy' or 'sell'"),
    UnifiedMethod("cancelOrder", "id, symbol = undefined, params = {}", "Order", "cancels one order"),
    UnifiedMethod("editOrder", "id, symbol, type, side, amount = undefined, price = undefined, params = {}", "Order",
                  "changes an open order"),
    UnifiedMethod("fetchOrder", "id, symbol = undefined, params = {}", "Order", "one order by id"),
    UnifiedMethod("fetchOrders", f"symbol = undefined, {_LISTING}", "list[Order]", "open and closed orders"),
    UnifiedMethod("fetchOpenOrders", f"symbol = undefined, {_LISTING}", "list[Order]", "open orders"),
    UnifiedMethod("fetchClosedOrders", f"symbol = undefined, {_LISTING}", "list[Order]", "closed and canceled orders"),
    UnifiedMethod("fetchMyTrades", f"symbol = undefined, {_LISTING}", "list[Trade]", "the account's own trades"),
    UnifiedMethod("fetchDeposits", f"code = undefined, {_LISTING}", "list[Transaction]", "deposits"),
    UnifiedMethod("fetchWithdrawals", f"code = undefined, {_LISTING}", "list[Transaction]", "withdrawals"),
    UnifiedMethod("fetchTransactions", f"code = undefined, {_LISTING}", "list[Transaction]",
                  "deposits and withdrawals"),
    UnifiedMethod("fetchLedger", f"code = undefined, {_LISTING}", "list[LedgerEntry]", "the account's ledger"),
    UnifiedMethod("fetchDepositAddress", "code, params = {}", "DepositAddress", "where to deposit a currency"),
    UnifiedMethod("withdraw", "code, amount, address, tag = undefined, params = {}", "Transaction",
                  "sends funds to an address"),
    UnifiedMethod("fetchTime", "params = {}", "int | None", "the exchange's clock, in milliseconds"),
    UnifiedMethod("fetchStatus", "params = {}", "Status", "whether the exchange is up"),
    UnifiedMethod("fetchTradingFees", "params = {}", "dict[str, TradingFee]", "maker and taker fees by symbol"),
    UnifiedMethod("cancelAllOrders", "symbol = undefined, params = {}", "list[Order]", "cancels every open order"),
]}

# Not in `has`, but public and typed the same way.
LOAD_MARKETS = UnifiedMethod("loadMarkets", "reload = false, params = {}", "dict[str, Market]",
                             "fetches the markets once and caches them (reload=True refreshes)")


def python_annotations(name: str, parameters: list[str]) -> tuple[list[str], str] | None:
    """Annotations of a unified method's parameters and its return type, or None when `name` is not a unified
    method or its parameters are not the standard ones (then it is printed without hints)."""
    method = UNIFIED_METHODS.get(name) or (LOAD_MARKETS if name == LOAD_MARKETS.name else None)
    if method is None or method.parameter_names != parameters:
        return None
    annotations = [PARAMETER_TYPES[parameter] + (" | None" if optional else "")
                   for parameter, optional in method.parameters]
    return annotations, method.returns
