import Exchange from './base/Exchange.js';

// Node calls these by itself: awaiting a thenable exchange (or returning it from an async function) runs its then.
export default class b002_protocol_methods extends Exchange {
    then (resolve, reject) {
    // ^5 SUB-B002
        return undefined;
    }

    valueOf () {
    // ^5 SUB-B002
        return 1;
    }

    toString () {
    // ^5 SUB-B002
        return 'exchange';
    }

    async fetchCase (symbol, params = {}) {
        return [ symbol.toString (), { 'then': 1 } ];
    }
}
