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
