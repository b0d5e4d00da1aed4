import Exchange from './base/Exchange.js';

export default class number_keys_of_objects extends Exchange {
    run () {
        // A number key written into an empty object names a key, as in JavaScript: PHP, which cannot tell {} from [],
        // took it for a list and padded it with nulls up to the index (an id of 10^12 from a response exhausted the
        // memory). A list written far past its end gets a key too beyond JavaScript's last index, 2^32 - 2.
        const orders = this.parseJson ('[{"id": 5, "side": "buy"}, {"id": 3, "side": "sell"}, {"id": 1000000000000, "side": "buy"}]');
        const byId = {};
        for (let i = 0; i < orders.length; i++) {
            byId[orders[i]['id']] = this.safeString (orders[i], 'side');
        }
        const result = {};
        result[2] = 'x';
        const defaulted = this.extend ({}, this.safeDict (orders[0], 'missing', {}));
        defaulted[7] = 'y';
        const zero = {};
        zero[-0] = 'z';
        zero[1e21] = 'w';
        return [ Object.keys (byId), this.json (byId), this.json (result), Object.keys (result), Array.isArray (result),
            this.safeDict ({ 'r': result }, 'r'), this.json (defaulted), this.json (zero) ];
    }
}
