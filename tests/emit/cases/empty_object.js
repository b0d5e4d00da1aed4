import Exchange from './base/Exchange.js';

export default class empty_object extends Exchange {
    pick (value) {
        return value;
    }

    run () {
        // An empty dictionary of a type the checker does not know, in string contexts (SUB-E020 rejects the known
        // ones): '[object Object]' in JavaScript and Python; PHP's [] is an empty list, written as ''.
        const unknown = this.pick ({});
        return [ this.json ({}), Array.isArray ({}), {}, 'a' + unknown, [ unknown ].join (), `${unknown}` ];
    }
}
