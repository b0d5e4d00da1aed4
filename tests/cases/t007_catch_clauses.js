import Exchange from './base/Exchange.js';
import { BadSymbol, ExchangeError, NetworkError, OrderNotFound } from './base/errors.js';

// A catch clause opens with what lets only the unified errors past it (an instanceof test that rethrows the rest), or
// with this.rethrowUncaught (e): Node's stack overflow (lists nested some 3,000 deep written out as text) is a
// RangeError that a catch clause would see there alone.
export default class t007_catch_clauses extends Exchange {
    async fetchCase (symbol, params = {}) {
        let side = 'buy';
        let x = [];
        try {
            side = 'x' + x;
        } catch (e) {
        // ^11 SUB-T007
            side = 'sell';
        }
        try {
            side = `${x}`;
        } catch (e) {
        // ^11 SUB-T007
        }
        try {
            side = x.join (',');
        } catch (e) {
        // ^11 SUB-T007
            if (e instanceof OrderNotFound) {
                side = 'sell';
            }
        }
        try {
            side = 'y' + x;
        } catch (e) {
        // ^11 SUB-T007
            side = 'sell';
            this.rethrowUncaught (e);
        }
        try {
            side = 'z' + x;
        } catch (error) {
        // ^11 SUB-T007
            this.rethrowUncaught (side);
        }
        try {
            side = 'w' + x;
        } catch (e) {
        // ^11 SUB-T007
            if (!(e instanceof NetworkError)) {
                side = 'sell';
            }
        }
        try {
            side = 'v' + x;
        } catch (e) {
        // ^11 SUB-T007
            if (!(e instanceof NetworkError) || (side === 'buy')) {
                throw e;
            }
        }
        try {
            side = 'u' + x;
        } catch (e) {
        // ^11 SUB-T007
            if (e instanceof NetworkError) {
                side = 'sell';
            } else {
                side = 'buy';
            }
        }
        // the forms that pass
        try {
            side = 'a' + x;
        } catch (e) {
            if (!(e instanceof NetworkError || e instanceof OrderNotFound)) {
                throw e;
            }
            side = 'sell';
        }
        try {
            side = 'b' + x;
        } catch (e) {
        // ^11 SUB-T007
            if (e instanceof BadSymbol) {
                side = 'sell';
            } else if (e instanceof ExchangeError) {
                side = 'none';
            }
            throw e;
        }
        try {
            side = 'c' + x;
        } catch (e) {
            if (e instanceof BadSymbol) {
                side = 'sell';
            } else {
                throw e;
            }
        }
        try {
            side = 'd' + x;
        } catch (e) {
            this.rethrowUncaught (e);
            side = 'sell';
        }
        return side;
    }
}
