# Generated from transpiler/error_classes.py by exkit: do not edit.
"""The unified error hierarchy: catch ExchangeError for exchange-side failures, NetworkError for transport ones."""

from exchangekit.base import js

__all__ = [
    "BaseError",
    "ExchangeError",
    "AuthenticationError",
    "PermissionDenied",
    "AccountSuspended",
    "ArgumentsRequired",
    "BadRequest",
    "BadSymbol",
    "BadResponse",
    "NullResponse",
    "InsufficientFunds",
    "InvalidAddress",
    "AddressPending",
    "InvalidOrder",
    "OrderNotFound",
    "OrderNotCached",
    "CancelPending",
    "OrderImmediatelyFillable",
    "OrderNotFillable",
    "DuplicateOrderId",
    "NotSupported",
    "NetworkError",
    "DDoSProtection",
    "RateLimitExceeded",
    "ExchangeNotAvailable",
    "OnMaintenance",
    "InvalidNonce",
    "RequestTimeout",
    "InvalidSigningKey",
    "StreamsNotSupported",
]


class BaseError(Exception):
    def __init__(self, message=None, *rest) -> None:
        # new ErrorClass (message) takes any value, as in JavaScript: undefined is '', anything else String (value).
        super().__init__("" if message is None else js.to_str(message), *rest)


class ExchangeError(BaseError):
    pass


class AuthenticationError(ExchangeError):
    pass


class PermissionDenied(AuthenticationError):
    pass


class AccountSuspended(AuthenticationError):
    pass


class ArgumentsRequired(ExchangeError):
    pass


class BadRequest(ExchangeError):
    pass


class BadSymbol(BadRequest):
    pass


class BadResponse(ExchangeError):
    pass


class NullResponse(BadResponse):
    pass


class InsufficientFunds(ExchangeError):
    pass


class InvalidAddress(ExchangeError):
    pass


class AddressPending(InvalidAddress):
    pass


class InvalidOrder(ExchangeError):
    pass


class OrderNotFound(InvalidOrder):
    pass


class OrderNotCached(InvalidOrder):
    pass


class CancelPending(InvalidOrder):
    pass


class OrderImmediatelyFillable(InvalidOrder):
    pass


class OrderNotFillable(InvalidOrder):
    pass


class DuplicateOrderId(InvalidOrder):
    pass


class NotSupported(ExchangeError):
    pass


class NetworkError(BaseError):
    pass


class DDoSProtection(NetworkError):
    pass


class RateLimitExceeded(DDoSProtection):
    pass


class ExchangeNotAvailable(NetworkError):
    pass


class OnMaintenance(ExchangeNotAvailable):
    pass


class InvalidNonce(NetworkError):
    pass


class RequestTimeout(NetworkError):
    pass


class InvalidSigningKey(AuthenticationError, js.Uncatchable):
    """The runtime's: no catch clause of exchange code sees it (see transpiler/error_classes.py)."""


class StreamsNotSupported(NotSupported, js.Uncatchable):
    """The runtime's: no catch clause of exchange code sees it (see transpiler/error_classes.py)."""
