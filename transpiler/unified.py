"""The unified API contract: the standard methods every exchange may implement, their signatures, the unified
`params` keys each method understands, and the structures they return.

One table serves the Python emitter (type hints on these methods), `exkit certify` (which standard methods an
exchange implements, with the standard signature, and whether each unified param is mapped or rejected: CERT-P001)
and the contributor guide."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

# Python annotation of a unified parameter, by its (standard) name.
PARAMETER_TYPES = {
    "symbol": "str", "symbols": "list[str]", "code": "str", "id": "str", "type": "str", "side": "str",
    "amount": "float", "price": "float", "address": "str", "tag": "str", "timeframe": "str", "since": "int",
    "limit": "int", "params": "dict[str, Any]", "reload": "bool", "codes": "list[str]", "cost": "float",
    "fromAccount": "str", "toAccount": "str", "leverage": "float", "marginMode": "str",
}


@dataclass(frozen=True)
class UnifiedParam:
    """A key of `params` whose meaning is the same on every exchange. An exchange that implements a method either
    maps each of the method's unified params to its own field(s), or raises NotSupported (or InvalidOrder,
    ArgumentsRequired, BadRequest) naming it: it never forwards it raw, and never ignores it."""

    name: str
    type: str  # Python annotation
    summary: str
    probe: object  # the value certify sends to see what the exchange does with the param (CERT-P001)
    # (param, value) pairs that ask for the same thing as the probe: a case that sets one is not probed with it
    same_as: tuple[tuple[str, object], ...] = ()


UNIFIED_PARAMS = {param.name: param for param in [
    UnifiedParam("postOnly", "bool", "the order only adds liquidity (maker); it is rejected or canceled rather "
                 "than taking", True, (("timeInForce", "PO"),)),
    UnifiedParam("timeInForce", "str", "'GTC', 'IOC', 'FOK' or 'PO' (post only, the same as postOnly)", "PO",
                 (("postOnly", True),)),
    UnifiedParam("reduceOnly", "bool", "the order may only reduce a position (margin and derivatives)", True),
    UnifiedParam("triggerPrice", "float", "a stop order: it is placed (at `price` for a limit order, at market "
                 "otherwise) once the last price reaches this one", 31337.5),
    UnifiedParam("stopLossPrice", "float", "a stop-loss order triggered at this price (for a sell, when the price "
                 "falls to it)", 31337.25),
    UnifiedParam("takeProfitPrice", "float", "a take-profit order triggered at this price (for a sell, when the "
                 "price rises to it)", 31338.75),
    UnifiedParam("clientOrderId", "str", "the caller's own id of the order, reported back as clientOrderId",
                 "exkit-probe-0001"),
    UnifiedParam("cost", "float", "a market buy sized in the quote currency (spend this much) instead of amount",
                 4242.5),
    UnifiedParam("network", "str", "the unified network code ('ERC20', 'TRC20', 'BEP20', ...), translated with "
                 "the exchange's options['networks']", "TRC20"),
    UnifiedParam("until", "int", "the end of the time range, in milliseconds (inclusive)", 1700003600000),
]}

_ORDER_PARAMS = ("postOnly", "timeInForce", "reduceOnly", "triggerPrice", "stopLossPrice", "takeProfitPrice",
                 "clientOrderId", "cost")


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # Python annotation of the value when it is not None (Any: the exchange's raw payload, unchecked)
    nullable: bool = True  # None when the exchange does not report it
    summary: str = ""
    values: tuple[str, ...] = ()  # the only values a string field may take, when the contract fixes them


@dataclass(frozen=True)
class Structure:
    name: str  # as in exchangekit.base.types
    fields: tuple[Field, ...]
    summary: str = ""
    key: str = "symbol"  # the field a dictionary of them is keyed by

    def field_names(self) -> list[str]:
        return [field.name for field in self.fields]


def _fields(spec: str) -> tuple[Field, ...]:
    """'name:type' or 'name:type!' (never None), comma separated; a field whose values the contract fixes is
    looked up in VALUES by structure-independent name."""
    fields = []
    for part in spec.split(","):
        name, annotation = part.strip().split(":")
        values = VALUES.get(name, ()) if annotation.rstrip("!") == "str" else ()
        fields.append(Field(name, annotation.rstrip("!"), not annotation.endswith("!"), values=values))
    return tuple(fields)


# The values users compare with, the same on every exchange (per structure where a name means different things).
VALUES = {
    "side": ("buy", "sell"),
    "takerOrMaker": ("taker", "maker"),
    "timeInForce": ("GTC", "IOC", "FOK", "PO"),
    "direction": ("in", "out"),
    "optionType": ("call", "put"),
    "marginMode": ("cross", "isolated"),
}
STATUS_VALUES = {
    "Order": ("open", "closed", "canceled", "expired", "rejected"),
    "Transaction": ("pending", "ok", "failed", "canceled"),
    "LedgerEntry": ("pending", "ok", "canceled"),
    "Status": ("ok", "shutdown", "error", "maintenance"),
    "Transfer": ("pending", "ok", "failed", "canceled"),
}
TYPE_VALUES = {
    "Market": ("spot", "swap", "future", "option"),
    "Order": ("market", "limit"),
    "Transaction": ("deposit", "withdrawal"),
}


# Per structure where "side" means something else than an order's side.
SIDE_VALUES = {
    "Position": ("long", "short"),
}


def _structure(name: str, fields: tuple[Field, ...], summary: str = "", key: str = "symbol") -> Structure:
    """A structure, with the values of its status, type and side fields where the contract fixes them."""
    fixed = {"status": STATUS_VALUES.get(name, ()), "type": TYPE_VALUES.get(name, ()),
             "side": SIDE_VALUES.get(name, ())}
    fields = tuple(dataclasses.replace(field, values=fixed[field.name]) if fixed.get(field.name) else field
                   for field in fields)
    return Structure(name, fields, summary, key)


_FEE = "Fee"
STRUCTURES = {structure.name: structure for structure in [
    _structure("Fee", _fields("cost:float, currency:str, rate:float"), "cost in currency (negative for a rebate)"),
    _structure("Market", _fields("id:str!, symbol:str!, base:str!, quote:str!, baseId:str!, quoteId:str!, active:bool, "
                                "type:str, spot:bool, swap:bool, future:bool, option:bool, contract:bool, "
                                "linear:bool, inverse:bool, contractSize:float, settle:str, settleId:str, "
                                "expiry:int, expiryDatetime:str, strike:float, optionType:str, precision:dict!, "
                                "limits:dict!, taker:float, maker:float, info:Any"),
              "type 'spot', 'swap' (perpetual), 'future' (with expiry) or 'option' (with expiry, strike and "
              "optionType 'call' or 'put'); contract true for the last three, which also state linear or inverse "
              "(settled in the quote or the base currency), contractSize (in the base currency for a linear swap "
              "or future and for an option, in the quote currency for an inverse swap or future) and settle; symbols BTC/USDT, BTC/USDT:USDT, "
              "BTC/USD:BTC, BTC/USD:BTC-251226, BTC/USD:BTC-251226-100000-C (this.buildSymbol); amounts, limits and "
              "precision of a contract market are in contracts"),
    _structure("Currency", _fields("id:str!, code:str!, name:str, active:bool, deposit:bool, withdraw:bool, "
                                  "fee:float, precision:float, limits:dict, networks:dict, info:Any"),
              "networks: by unified network code, each {id (the exchange's), network (unified), active, deposit, "
              "withdraw, fee, precision, limits}", "code"),
    _structure("Ticker", _fields("symbol:str!, timestamp:int, datetime:str, high:float, low:float, bid:float, "
                                "bidVolume:float, ask:float, askVolume:float, vwap:float, open:float, close:float, "
                                "last:float, previousClose:float, change:float, percentage:float, average:float, "
                                "baseVolume:float, quoteVolume:float, info:Any")),
    _structure("OrderBook", _fields("symbol:str!, bids:list!, asks:list!, timestamp:int, datetime:str, nonce:int"),
              "bids highest first, asks lowest first, each [price, amount]"),
    _structure("OHLCV", (), "[timestamp, open, high, low, close, volume], oldest first"),
    _structure("Trade", _fields(f"id:str, order:str, timestamp:int, datetime:str, symbol:str!, type:str, side:str, "
                               f"takerOrMaker:str, price:float, amount:float, cost:float, fee:{_FEE}, "
                               f"fees:list[Fee]!, info:Any"),
              "fees lists every fee (one per currency); fee is the single one, or None when there are several; "
              "amount and cost are unsigned"),
    _structure("Order", _fields(f"id:str!, clientOrderId:str, timestamp:int, datetime:str, lastTradeTimestamp:int, "
                               f"lastUpdateTimestamp:int, symbol:str, type:str, timeInForce:str, postOnly:bool, "
                               f"reduceOnly:bool, side:str, price:float, triggerPrice:float, stopPrice:float, stopLossPrice:float, "
                               f"takeProfitPrice:float, average:float, amount:float, filled:float, remaining:float, "
                               f"cost:float, status:str, fee:{_FEE}, fees:list[Fee]!, trades:list[Trade]!, "
                               f"info:Any"),
              "type is 'market' or 'limit' (a stop is a market or limit order with triggerPrice); status 'open', "
              "'closed', 'canceled', 'expired' or 'rejected'; stopPrice is triggerPrice (its older name); price is the limit price (the average for a filled "
              "market order); lastTradeTimestamp is None for an order without trades; the fees are aggregated from "
              "the trades when the exchange does not report them; amounts are unsigned"),
    _structure("Balances", (), "per currency code {free, used, total}; also free, used and total as {code: amount}; "
                              "info, timestamp, datetime"),
    _structure("Transaction", _fields(f"id:str, txid:str, timestamp:int, datetime:str, network:str, address:str, "
                                     f"tag:str, type:str!, amount:float, currency:str, status:str, updated:int, "
                                     f"fee:{_FEE}, info:Any"),
              "type 'deposit' or 'withdrawal'; amount unsigned; network a unified network code"),
    _structure("LedgerEntry", _fields(f"id:str, timestamp:int, datetime:str, direction:str, account:str, "
                                     f"referenceId:str, type:str, currency:str, amount:float, before:float, "
                                     f"after:float, status:str, fee:{_FEE}, info:Any")),
    _structure("DepositAddress", _fields("currency:str!, address:str!, tag:str, network:str, info:Any")),
    _structure("Status", _fields("status:str!, updated:int, eta:int, url:str, info:Any")),
    _structure("TradingFee", _fields("symbol:str!, maker:float, taker:float, info:Any"),
              "maker and taker as rates (0.001 is 0.1 %), negative for a rebate"),
    _structure("Transfer", _fields("id:str, timestamp:int, datetime:str, currency:str!, amount:float, "
                                  "fromAccount:str, toAccount:str, status:str, info:Any"),
              "a move of funds between two accounts (wallets) of the same user on the exchange; amount unsigned; "
              "fromAccount and toAccount as the caller named them"),
    _structure("Position", _fields("symbol:str!, id:str, timestamp:int, datetime:str, side:str, contracts:float, "
                                  "contractSize:float, notional:float, leverage:float, entryPrice:float, "
                                  "markPrice:float, liquidationPrice:float, unrealizedPnl:float, realizedPnl:float, "
                                  "collateral:float, initialMargin:float, maintenanceMargin:float, marginMode:str, "
                                  "percentage:float, info:Any"),
              "an open position of a contract market: side 'long' or 'short'; contracts unsigned, in contracts "
              "(contracts x contractSize is the size in the base currency of a linear contract, in the quote "
              "currency of an inverse one); notional its unsigned value in the quote currency; prices in the "
              "quote currency; PnL, collateral and margins in the settle currency; marginMode 'cross' or "
              "'isolated'; percentage the unrealized PnL in % of the initial margin"),
    _structure("FundingRate", _fields("symbol:str!, markPrice:float, indexPrice:float, interestRate:float, "
                                     "fundingRate:float, fundingTimestamp:int, fundingDatetime:str, "
                                     "nextFundingRate:float, nextFundingTimestamp:int, nextFundingDatetime:str, "
                                     "timestamp:int, datetime:str, info:Any"),
              "the funding of a swap: fundingRate applies at fundingTimestamp, nextFundingRate (a prediction) at "
              "nextFundingTimestamp; rates as fractions (0.0001 is 0.01 %), positive when longs pay shorts"),
    _structure("FundingRateHistory", _fields("symbol:str!, fundingRate:float, timestamp:int, datetime:str, info:Any"),
              "one settled funding of a swap: its rate (a fraction) at timestamp; oldest first"),
    _structure("OpenInterest", _fields("symbol:str!, openInterestAmount:float, openInterestValue:float, "
                                      "timestamp:int, datetime:str, info:Any"),
              "openInterestAmount in contracts, openInterestValue in the quote currency"),
    _structure("Leverage", _fields("symbol:str!, marginMode:str, longLeverage:float, shortLeverage:float, info:Any"),
              "the leverage of a market for long and for short positions (the same number where the exchange has "
              "one); marginMode 'cross' or 'isolated' where the exchange reports it"),
    _structure("MarginMode", _fields("symbol:str, marginMode:str, info:Any"),
              "the margin mode of a market (or of the account: symbol None), 'cross' or 'isolated'"),
    _structure("DepositWithdrawFee", _fields("code:str!, withdraw:dict!, deposit:dict!, networks:dict!, info:Any"),
              "withdraw and deposit: {fee, percentage} (percentage true when fee is a rate); networks: by unified "
              "network code, each {withdraw, deposit} of the same shape", "code"),
]}


@dataclass(frozen=True)
class UnifiedMethod:
    name: str
    signature: str  # JavaScript, as the base class declares it; `= ...` marks an optional parameter
    returns: str  # Python annotation, in terms of exchangekit.base.types
    summary: str
    params: tuple[str, ...] = ()  # the unified `params` keys it understands (UNIFIED_PARAMS)

    @property
    def parameters(self) -> list[tuple[str, bool]]:
        """(name, optional) in order."""
        return [(part.split("=")[0].strip(), "=" in part) for part in self.signature.split(",") if part.strip()]

    @property
    def parameter_names(self) -> list[str]:
        return [name for name, _ in self.parameters]

    @property
    def structure(self) -> Structure | None:
        """The structure it returns (of a list or dictionary of them too)."""
        word = self.returns.replace("]", "").replace("[", " ").replace(",", " ").split()[-1]
        return STRUCTURES.get(word)


_LISTING = "since = undefined, limit = undefined, params = {}"
UNIFIED_METHODS = {method.name: method for method in [
    UnifiedMethod("fetchMarkets", "params = {}", "list[Market]", "every market the exchange lists"),
    UnifiedMethod("fetchCurrencies", "params = {}", "dict[str, Currency]", "currencies by unified code"),
    UnifiedMethod("fetchTicker", "symbol, params = {}", "Ticker", "the 24 h statistics of one market"),
    UnifiedMethod("fetchTickers", "symbols = undefined, params = {}", "dict[str, Ticker]", "tickers by symbol"),
    UnifiedMethod("fetchOrderBook", "symbol, limit = undefined, params = {}", "OrderBook",
                  "bids (best first) and asks (best first)"),
    UnifiedMethod("fetchOHLCV", f"symbol, timeframe = '1m', {_LISTING}", "list[OHLCV]",
                  "candles [timestamp, open, high, low, close, volume], oldest first", ("until",)),
    UnifiedMethod("fetchTrades", f"symbol, {_LISTING}", "list[Trade]", "public trades, oldest first"),
    UnifiedMethod("fetchBalance", "params = {}", "Balances", "free, used and total per currency"),
    UnifiedMethod("createOrder", "symbol, type, side, amount, price = undefined, params = {}", "Order",
                  "places a 'market' or 'limit' order to 'buy' or 'sell'", _ORDER_PARAMS),
    UnifiedMethod("cancelOrder", "id, symbol = undefined, params = {}", "Order", "cancels one order"),
    UnifiedMethod("editOrder", "id, symbol, type, side, amount = undefined, price = undefined, params = {}", "Order",
                  "changes an open order", ("postOnly", "triggerPrice")),
    UnifiedMethod("fetchOrder", "id, symbol = undefined, params = {}", "Order", "one order by id"),
    UnifiedMethod("fetchOrders", f"symbol = undefined, {_LISTING}", "list[Order]", "open and closed orders", ("until",)),
    UnifiedMethod("fetchOpenOrders", f"symbol = undefined, {_LISTING}", "list[Order]", "open orders"),
    UnifiedMethod("fetchClosedOrders", f"symbol = undefined, {_LISTING}", "list[Order]", "closed and canceled orders",
                  ("until",)),
    UnifiedMethod("fetchMyTrades", f"symbol = undefined, {_LISTING}", "list[Trade]", "the account's own trades",
                  ("until",)),
    UnifiedMethod("fetchDeposits", f"code = undefined, {_LISTING}", "list[Transaction]", "deposits", ("until",)),
    UnifiedMethod("fetchWithdrawals", f"code = undefined, {_LISTING}", "list[Transaction]", "withdrawals",
                  ("until",)),
    UnifiedMethod("fetchTransactions", f"code = undefined, {_LISTING}", "list[Transaction]",
                  "deposits and withdrawals"),
    UnifiedMethod("fetchLedger", f"code = undefined, {_LISTING}", "list[LedgerEntry]", "the account's ledger",
                  ("until",)),
    UnifiedMethod("fetchDepositAddress", "code, params = {}", "DepositAddress", "where to deposit a currency",
                  ("network",)),
    UnifiedMethod("withdraw", "code, amount, address, tag = undefined, params = {}", "Transaction",
                  "sends funds to an address", ("network",)),
    UnifiedMethod("fetchTime", "params = {}", "int | None", "the exchange's clock, in milliseconds"),
    UnifiedMethod("fetchStatus", "params = {}", "Status", "whether the exchange is up"),
    UnifiedMethod("fetchTradingFees", "params = {}", "dict[str, TradingFee]", "maker and taker fees by symbol"),
    UnifiedMethod("cancelAllOrders", "symbol = undefined, params = {}", "list[Order]", "cancels every open order"),
    UnifiedMethod("fetchOrderTrades", f"id, symbol = undefined, {_LISTING}", "list[Trade]",
                  "the trades that filled one order"),
    UnifiedMethod("fetchTradingFee", "symbol, params = {}", "TradingFee", "the account's maker and taker fee of one "
                  "market"),
    UnifiedMethod("fetchDepositAddresses", "codes = undefined, params = {}", "list[DepositAddress]",
                  "the account's deposit addresses (of the given currencies, or all)"),
    UnifiedMethod("createDepositAddress", "code, params = {}", "DepositAddress", "makes a new deposit address",
                  ("network",)),
    UnifiedMethod("fetchDepositWithdrawFees", "codes = undefined, params = {}", "dict[str, DepositWithdrawFee]",
                  "deposit and withdrawal fees by currency code"),
    UnifiedMethod("transfer", "code, amount, fromAccount, toAccount, params = {}", "Transfer",
                  "moves funds between the user's own accounts (wallets) on the exchange, named by "
                  "options['accountsByType'] keys ('spot', 'margin', 'funding', ...)"),
    UnifiedMethod("createMarketBuyOrderWithCost", "symbol, cost, params = {}", "Order",
                  "a market buy that spends cost in the quote currency (createOrder with the unified param cost)"),
    UnifiedMethod("fetchPositions", "symbols = undefined, params = {}", "list[Position]",
                  "the account's open positions (of the given symbols, or all)"),
    UnifiedMethod("fetchPosition", "symbol, params = {}", "Position", "the account's open position in one market"),
    UnifiedMethod("fetchFundingRate", "symbol, params = {}", "FundingRate", "the current funding of a swap"),
    UnifiedMethod("fetchFundingRates", "symbols = undefined, params = {}", "dict[str, FundingRate]",
                  "funding rates by symbol"),
    UnifiedMethod("fetchFundingRateHistory", f"symbol = undefined, {_LISTING}", "list[FundingRateHistory]",
                  "settled fundings, oldest first", ("until",)),
    UnifiedMethod("fetchOpenInterest", "symbol, params = {}", "OpenInterest", "the open interest of a contract market"),
    UnifiedMethod("setLeverage", "leverage, symbol = undefined, params = {}", "Leverage",
                  "sets the leverage of a market (or of the account)"),
    UnifiedMethod("setMarginMode", "marginMode, symbol = undefined, params = {}", "MarginMode",
                  "sets the margin mode, 'cross' or 'isolated', of a market (or of the account)"),
    UnifiedMethod("fetchLeverage", "symbol, params = {}", "Leverage", "the leverage of a market"),
    UnifiedMethod("fetchMarkOHLCV", f"symbol, timeframe = '1m', {_LISTING}", "list[OHLCV]",
                  "candles of the mark price: the base calls fetchOHLCV with params['price'] = 'mark'",
                  ("until",)),
    UnifiedMethod("fetchIndexOHLCV", f"symbol, timeframe = '1m', {_LISTING}", "list[OHLCV]",
                  "candles of the index price: the base calls fetchOHLCV with params['price'] = 'index'",
                  ("until",)),
]}

# The methods of contract markets (swaps, futures, options): a spot exchange has none of them.
CONTRACT_METHODS = ("fetchPositions", "fetchPosition", "fetchFundingRate", "fetchFundingRates",
                    "fetchFundingRateHistory", "fetchOpenInterest", "setLeverage", "setMarginMode", "fetchLeverage",
                    "fetchMarkOHLCV", "fetchIndexOHLCV")

# Unified methods the base class implements on top of another one, for an exchange that sets has[name] true and
# implements the other (it maps what the base adds to params): certify counts them as implemented then.
BASE_IMPLEMENTED = {
    "fetchMarkOHLCV": "fetchOHLCV",
    "fetchIndexOHLCV": "fetchOHLCV",
}

# The streaming twins (has['watch...']): each call resolves with the next update, played by the stream fixtures
# (transpiler/harness/streams.py) rather than the REST ones.
STREAMING_METHODS = {method.name: method for method in [
    UnifiedMethod("watchTicker", "symbol, params = {}", "Ticker", "the next ticker update of one market"),
    UnifiedMethod("watchTickers", "symbols = undefined, params = {}", "dict[str, Ticker]", "the next tickers"),
    UnifiedMethod("watchOrderBook", "symbol, limit = undefined, params = {}", "OrderBook",
                  "the maintained book after its next update"),
    UnifiedMethod("watchTrades", f"symbol, {_LISTING}", "list[Trade]", "the cache of public trades, oldest first"),
    UnifiedMethod("watchOHLCV", f"symbol, timeframe = '1m', {_LISTING}", "list[OHLCV]",
                  "the cache of candles, oldest first"),
    UnifiedMethod("watchBalance", "params = {}", "Balances", "the balance after its next change"),
    UnifiedMethod("watchOrders", f"symbol = undefined, {_LISTING}", "list[Order]", "the cache of order updates"),
    UnifiedMethod("watchMyTrades", f"symbol = undefined, {_LISTING}", "list[Trade]", "the cache of own trades"),
    UnifiedMethod("unWatchTicker", "symbol, params = {}", "None", "ends a ticker subscription"),
    UnifiedMethod("unWatchOrderBook", "symbol, params = {}", "None", "ends an order book subscription"),
    UnifiedMethod("unWatchTrades", "symbol, params = {}", "None", "ends a trades subscription"),
]}

# Not in `has`, but public and typed the same way.
LOAD_MARKETS = UnifiedMethod("loadMarkets", "reload = false, params = {}", "dict[str, Market]",
                             "fetches the markets once and caches them (reload=True refreshes)")


def python_annotations(name: str, parameters: list[str]) -> tuple[list[str], str] | None:
    """Annotations of a unified method's parameters and its return type, or None when `name` is not a unified
    method or its parameters are not the standard ones (then it is printed without hints)."""
    method = UNIFIED_METHODS.get(name) or STREAMING_METHODS.get(name)
    method = method or (LOAD_MARKETS if name == LOAD_MARKETS.name else None)
    if method is None or method.parameter_names != parameters:
        return None
    annotations = [PARAMETER_TYPES[parameter] + (" | None" if optional else "")
                   for parameter, optional in method.parameters]
    return annotations, method.returns
