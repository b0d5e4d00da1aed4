import Exchange from './base/Exchange.js';

// A number or a boolean where a response should hold a dictionary or a list (`"result": 5`) has no keys: a bracket
// read of it is undefined in JavaScript, and was a native TypeError in Python and PHP, so Node parsed an order where
// they raised (and a catch clause took another path there alone).
export default class keys_of_numbers extends Exchange {
    priceOf (order) {
        return order['price'];
    }

    run () {
        const response = this.parseJson ('{"result": 5, "flag": true, "ratio": 1.5, "list": [ 7 ]}');
        const out = [];
        const names = [ 'result', 'flag', 'ratio' ];
        for (let i = 0; i < names.length; i++) {
            const value = this.safeValue (response, names[i]);
            let read = 'none';
            try {
                read = (this.priceOf (value) === undefined) ? 'undefined' : 'defined';
            } catch (e) {
                this.rethrowUncaught (e);
                read = 'thrown';
            }
            out.push ([ read, value[0], value['length'], this.safeValue (value, 'price', 'default') ]);
        }
        const list = response['list'];
        out.push (list[0]['id']);
        return out;
    }
}
