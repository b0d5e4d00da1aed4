// Generated from transpiler/error_classes.py by exkit: do not edit.
// The unified error hierarchy: catch ExchangeError for exchange-side failures, NetworkError for transport ones.

export class BaseError extends Error {
    constructor (message = '') {
        super (message);
        this.name = 'BaseError';
    }
}

export class ExchangeError extends BaseError {
    constructor (message = '') {
        super (message);
        this.name = 'ExchangeError';
    }
}

export class AuthenticationError extends ExchangeError {
    constructor (message = '') {
        super (message);
        this.name = 'AuthenticationError';
    }
}

export class PermissionDenied extends AuthenticationError {
    constructor (message = '') {
        super (message);
        this.name = 'PermissionDenied';
    }
}

export class AccountSuspended extends AuthenticationError {
    constructor (message = '') {
        super (message);
        this.name = 'AccountSuspended';
    }
}

export class ArgumentsRequired extends ExchangeError {
    constructor (message = '') {
        super (message);
        this.name = 'ArgumentsRequired';
    }
}

export class BadRequest extends ExchangeError {
    constructor (message = '') {
        super (message);
        this.name = 'BadRequest';
    }
}

export class BadSymbol extends BadRequest {
    constructor (message = '') {
        super (message);
        this.name = 'BadSymbol';
    }
}

export class BadResponse extends ExchangeError {
    constructor (message = '') {
        super (message);
        this.name = 'BadResponse';
    }
}

export class NullResponse extends BadResponse {
    constructor (message = '') {
        super (message);
        this.name = 'NullResponse';
    }
}

export class InsufficientFunds extends ExchangeError {
    constructor (message = '') {
        super (message);
        this.name = 'InsufficientFunds';
    }
}

export class InvalidAddress extends ExchangeError {
    constructor (message = '') {
        super (message);
        this.name = 'InvalidAddress';
    }
}

export class AddressPending extends InvalidAddress {
    constructor (message = '') {
        super (message);
        this.name = 'AddressPending';
    }
}

export class InvalidOrder extends ExchangeError {
    constructor (message = '') {
        super (message);
        this.name = 'InvalidOrder';
    }
}

export class OrderNotFound extends InvalidOrder {
    constructor (message = '') {
        super (message);
        this.name = 'OrderNotFound';
    }
}

export class OrderNotCached extends InvalidOrder {
    constructor (message = '') {
        super (message);
        this.name = 'OrderNotCached';
    }
}

export class CancelPending extends InvalidOrder {
    constructor (message = '') {
        super (message);
        this.name = 'CancelPending';
    }
}

export class OrderImmediatelyFillable extends InvalidOrder {
    constructor (message = '') {
        super (message);
        this.name = 'OrderImmediatelyFillable';
    }
}

export class OrderNotFillable extends InvalidOrder {
    constructor (message = '') {
        super (message);
        this.name = 'OrderNotFillable';
    }
}

export class DuplicateOrderId extends InvalidOrder {
    constructor (message = '') {
        super (message);
        this.name = 'DuplicateOrderId';
    }
}

export class NotSupported extends ExchangeError {
    constructor (message = '') {
        super (message);
        this.name = 'NotSupported';
    }
}

export class NetworkError extends BaseError {
    constructor (message = '') {
        super (message);
        this.name = 'NetworkError';
    }
}

export class DDoSProtection extends NetworkError {
    constructor (message = '') {
        super (message);
        this.name = 'DDoSProtection';
    }
}

export class RateLimitExceeded extends DDoSProtection {
    constructor (message = '') {
        super (message);
        this.name = 'RateLimitExceeded';
    }
}

export class ExchangeNotAvailable extends NetworkError {
    constructor (message = '') {
        super (message);
        this.name = 'ExchangeNotAvailable';
    }
}

export class OnMaintenance extends ExchangeNotAvailable {
    constructor (message = '') {
        super (message);
        this.name = 'OnMaintenance';
    }
}

export class InvalidNonce extends NetworkError {
    constructor (message = '') {
        super (message);
        this.name = 'InvalidNonce';
    }
}

export class RequestTimeout extends NetworkError {
    constructor (message = '') {
        super (message);
        this.name = 'RequestTimeout';
    }
}

export class InvalidSigningKey extends AuthenticationError {
    constructor (message = '') {
        super (message);
        this.name = 'InvalidSigningKey';
    }
}

export class StreamsNotSupported extends NotSupported {
    constructor (message = '') {
        super (message);
        this.name = 'StreamsNotSupported';
    }
}
