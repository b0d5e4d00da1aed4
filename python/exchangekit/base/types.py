"""Names for the unified structures that the unified methods return, for type hints.

Each is a plain dictionary (or list) built by the base class's safe* helpers; the keys are the same in every
exchange and in every language. Values an exchange does not report are None.
"""

from typing import Any, TypeAlias

Market: TypeAlias = dict[str, Any]
"""id, symbol, base, quote, baseId, quoteId, active, type ('spot', 'swap', 'future', 'option'), spot, swap, future,
option, contract, linear, inverse, contractSize, settle, settleId, expiry, expiryDatetime, strike, optionType
('call', 'put'), precision {amount, price}, limits {amount, price, cost: {min, max}}, taker, maker, info. Symbols:
BTC/USDT (spot), BTC/USDT:USDT (linear swap), BTC/USD:BTC (inverse swap), BTC/USD:BTC-251226 (future),
BTC/USD:BTC-251226-100000-C (option). Amounts of a contract market are in contracts."""

Currency: TypeAlias = dict[str, Any]
"""id, code, name, active, deposit, withdraw, fee, precision, limits, networks (by unified network code: id,
network, active, deposit, withdraw, fee, precision, limits), info. fetchCurrencies returns them keyed by code."""

Ticker: TypeAlias = dict[str, Any]
"""symbol, timestamp, datetime, high, low, bid, bidVolume, ask, askVolume, vwap, open, close, last,
previousClose, change, percentage, average, baseVolume, quoteVolume, info."""

OrderBook: TypeAlias = dict[str, Any]
"""symbol, bids [[price, amount], ...] (highest first), asks (lowest first), timestamp, datetime, nonce."""

OHLCV: TypeAlias = list[float]
"""[timestamp, open, high, low, close, volume]."""

Trade: TypeAlias = dict[str, Any]
"""id, order, timestamp, datetime, symbol, type, side, takerOrMaker, price, amount, cost (unsigned), fee (the only
fee, None when there are several), fees (every fee), info."""

Order: TypeAlias = dict[str, Any]
"""id, clientOrderId, timestamp, datetime, lastTradeTimestamp (None without trades), lastUpdateTimestamp, symbol,
type ('market', 'limit'), timeInForce, postOnly, reduceOnly, side, price, triggerPrice (stopPrice: the same),
stopLossPrice, takeProfitPrice, average, amount, filled, remaining, cost (unsigned), status ('open', 'closed',
'canceled', 'expired', 'rejected'), fee, fees (every fee; aggregated from the trades when the exchange reports none),
trades, info. The fields and their types are in transpiler/unified.py (STRUCTURES)."""

Balances: TypeAlias = dict[str, Any]
"""Per currency code {free, used, total}; also free, used and total as {code: amount}; info."""

Transaction: TypeAlias = dict[str, Any]
"""id, txid, timestamp, datetime, currency, amount (unsigned), address, tag, network (a unified network code),
type ('deposit', 'withdrawal'), status, updated, fee, info."""

LedgerEntry: TypeAlias = dict[str, Any]
"""id, timestamp, datetime, direction, account, referenceId, type, currency, amount, before, after, status,
fee, info."""

DepositAddress: TypeAlias = dict[str, Any]
"""currency, address, tag, network, info."""

Status: TypeAlias = dict[str, Any]
"""status ('ok', 'maintenance', ...), updated, eta, url, info."""

TradingFee: TypeAlias = dict[str, Any]
"""symbol, maker, taker, info."""

Transfer: TypeAlias = dict[str, Any]
"""id, timestamp, datetime, currency, amount (unsigned), fromAccount, toAccount, status, info: funds moved between
two accounts (wallets) of the same user on one exchange."""

DepositWithdrawFee: TypeAlias = dict[str, Any]
"""code, withdraw {fee, percentage}, deposit {fee, percentage}, networks (by unified network code, each {withdraw,
deposit}), info. fetchDepositWithdrawFees returns them keyed by code."""

Position: TypeAlias = dict[str, Any]
"""symbol, id, timestamp, datetime, side ('long', 'short'), contracts (unsigned, in contracts), contractSize,
notional (unsigned, in the quote currency), leverage, entryPrice, markPrice, liquidationPrice, unrealizedPnl,
realizedPnl, collateral, initialMargin, maintenanceMargin, marginMode ('cross', 'isolated'), percentage, info."""

FundingRate: TypeAlias = dict[str, Any]
"""symbol, markPrice, indexPrice, interestRate, fundingRate, fundingTimestamp, fundingDatetime, nextFundingRate,
nextFundingTimestamp, nextFundingDatetime, timestamp, datetime, info. Rates are fractions (0.0001 is 0.01 %)."""

FundingRateHistory: TypeAlias = dict[str, Any]
"""symbol, fundingRate, timestamp, datetime, info: one settled funding."""

OpenInterest: TypeAlias = dict[str, Any]
"""symbol, openInterestAmount (in contracts), openInterestValue (in the quote currency), timestamp, datetime,
info."""

Leverage: TypeAlias = dict[str, Any]
"""symbol, marginMode, longLeverage, shortLeverage, info."""

MarginMode: TypeAlias = dict[str, Any]
"""symbol, marginMode ('cross', 'isolated'), info."""
