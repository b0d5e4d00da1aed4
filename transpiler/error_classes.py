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
# a try.
RUNTIME_ERRORS: dict[str, str] = {
    "InvalidSigningKey": "AuthenticationError",
}


def _lineage(name: str | None) -> list[str]:
    """name and its ancestors up to BaseError."""
    return [] if name is None else [name] + _lineage(ERROR_HIERARCHY.get(name))


# The unified classes a runtime error is an instance of: a catch clause that tests one sees it in Node (SUB-T007)
RUNTIME_ERROR_ANCESTORS = frozenset(name for parent in RUNTIME_ERRORS.values() for name in _lineage(parent))
