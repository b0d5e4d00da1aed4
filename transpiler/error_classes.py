"""The unified error hierarchy: defined once here, used by the checker and generated into every runtime."""

from __future__ import annotations

# child -> parent. BaseError is the root.
ERROR_HIERARCHY: dict[str, str | None] = {
    "BaseError": None,
    "ExchangeError": "BaseError",
    "AuthenticationError": "ExchangeError",
    "PermissionDenied": "AuthenticationError",
    "AccountSuspended": "AuthenticationError",
    "ArgumentsRequired": "ExchangeError",
    "BadRequest": "ExchangeError",
    "BadSymbol": "BadRequest",
    "BadResponse": "ExchangeError",
    "NullResponse": "BadResponse",
    "InsufficientFunds": "ExchangeError",
    "InvalidAddress": "ExchangeError",
    "AddressPending": "InvalidAddress",
    "InvalidOrder": "ExchangeError",
    "OrderNotFound": "InvalidOrder",
    "OrderNotCached": "InvalidOrder",
    "CancelPending": "InvalidOrder",
    "OrderImmediatelyFillable": "InvalidOrder",
    "OrderNotFillable": "InvalidOrder",
    "DuplicateOrderId": "InvalidOrder",
    "NotSupported": "ExchangeError",
    "NetworkError": "BaseError",
    "DDoSProtection": "NetworkError",
    "RateLimitExceeded": "DDoSProtection",
    "ExchangeNotAvailable": "NetworkError",
    "OnMaintenance": "ExchangeNotAvailable",
    "InvalidNonce": "NetworkError",
    "RequestTimeout": "NetworkError",
}

ERROR_CLASSES = frozenset(ERROR_HIERARCHY)

# The runtime's own errors, child -> parent: users catch them as their parents, exchange code neither names nor sees
# them. InvalidSigningKey is a signing key of the config (secret, privateKey, twofa) that its decoder refuses (not
# base64, hexadecimal, base32 or a PEM key): the call fails past every catch clause of exchange code (Python's
# js.UNCAUGHT, PHP's Uncatchable, Node's rethrowUncaught), so that no file learns the secret's format by decoding it in
# a try. StreamsNotSupported is a stream's method (watch, subscribe, sendFrame, unwatch, resolveUpdate, rejectUpdate,
# isWatched, and a stream's state: streamState, setStreamState) called in a runtime that does not stream, Python's
# synchronous classes and PHP: Node and asyncio do, so a catch clause that saw it there took a path of its own in those
# two runtimes (red-team round 24: `try { await this.unwatch (...); } catch (e) { ... }` chose 'sell' in Python sync
# and PHP, 'buy' in Node and asyncio); now the call fails there, past every catch clause.
RUNTIME_ERRORS: dict[str, str] = {
    "InvalidSigningKey": "AuthenticationError",
    "StreamsNotSupported": "NotSupported",
}
# The runtime errors that Node throws too (rethrowUncaught rethrows them there): StreamsNotSupported it never throws.
NODE_RUNTIME_ERRORS = ("InvalidSigningKey",)


def _lineage(name: str | None) -> list[str]:
    """name and its ancestors up to BaseError."""
    return [] if name is None else [name] + _lineage(ERROR_HIERARCHY.get(name))


# The unified classes a runtime error is an instance of: a catch clause that tests one sees it in Node (SUB-T007)
RUNTIME_ERROR_ANCESTORS = frozenset(name for error in NODE_RUNTIME_ERRORS for name in _lineage(RUNTIME_ERRORS[error]))
