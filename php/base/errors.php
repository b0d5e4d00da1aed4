<?php

// Generated from transpiler/error_classes.py by exkit: do not edit.
// The unified error hierarchy: catch ExchangeError for exchange-side failures, NetworkError for transport ones.

namespace exchangekit;

class BaseError extends \Exception {
    // new ErrorClass (message) takes any value, as in JavaScript: undefined is '', anything else String (value). PHP's
    // Exception took a string only: an array was a TypeError, which no `instanceof` test of the unified errors matched.
    public function __construct($message = null, int $code = 0, ?\Throwable $previous = null) {
        parent::__construct(($message === null) ? '' : Js::toStr($message), $code, $previous);
    }
}

class ExchangeError extends BaseError {
}

class AuthenticationError extends ExchangeError {
}

class PermissionDenied extends AuthenticationError {
}

class AccountSuspended extends AuthenticationError {
}

class ArgumentsRequired extends ExchangeError {
}

class BadRequest extends ExchangeError {
}

class BadSymbol extends BadRequest {
}

class BadResponse extends ExchangeError {
}

class NullResponse extends BadResponse {
}

class InsufficientFunds extends ExchangeError {
}

class InvalidAddress extends ExchangeError {
}

class AddressPending extends InvalidAddress {
}

class InvalidOrder extends ExchangeError {
}

class OrderNotFound extends InvalidOrder {
}

class OrderNotCached extends InvalidOrder {
}

class CancelPending extends InvalidOrder {
}

class OrderImmediatelyFillable extends InvalidOrder {
}

class OrderNotFillable extends InvalidOrder {
}

class DuplicateOrderId extends InvalidOrder {
}

class NotSupported extends ExchangeError {
}

class NetworkError extends BaseError {
}

class DDoSProtection extends NetworkError {
}

class RateLimitExceeded extends DDoSProtection {
}

class ExchangeNotAvailable extends NetworkError {
}

class OnMaintenance extends ExchangeNotAvailable {
}

class InvalidNonce extends NetworkError {
}

class RequestTimeout extends NetworkError {
}

// The runtime's: no catch clause of exchange code sees it (see transpiler/error_classes.py).
class InvalidSigningKey extends AuthenticationError implements Uncatchable {
}

// The runtime's: no catch clause of exchange code sees it (see transpiler/error_classes.py).
class StreamsNotSupported extends NotSupported implements Uncatchable {
}

/** Every unified class above (not the runtime's own): NativeExchange::throw_error instantiates no other. */
const ERROR_CLASSES = [
    BaseError::class,
    ExchangeError::class,
    AuthenticationError::class,
    PermissionDenied::class,
    AccountSuspended::class,
    ArgumentsRequired::class,
    BadRequest::class,
    BadSymbol::class,
    BadResponse::class,
    NullResponse::class,
    InsufficientFunds::class,
    InvalidAddress::class,
    AddressPending::class,
    InvalidOrder::class,
    OrderNotFound::class,
    OrderNotCached::class,
    CancelPending::class,
    OrderImmediatelyFillable::class,
    OrderNotFillable::class,
    DuplicateOrderId::class,
    NotSupported::class,
    NetworkError::class,
    DDoSProtection::class,
    RateLimitExceeded::class,
    ExchangeNotAvailable::class,
    OnMaintenance::class,
    InvalidNonce::class,
    RequestTimeout::class,
];
