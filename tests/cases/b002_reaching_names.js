import Exchange from './base/Exchange.js';

export default class b002_reaching_names extends Exchange {
    async fetchCase (symbol, params = {}) {
        const make = symbol['constructor'];
        //                  ^ SUB-B002
        const proto = params[`__proto__`];
        //                   ^ SUB-B002
        const dictionary = { '__proto__': [], 'prototype': 1, __class__: 2 };
        //                   ^ SUB-B002
        //                                    ^ SUB-B002
        //                                                    ^ SUB-B002
        const __dict__ = this.__sizeof__ ();
        //    ^ SUB-B002
        //                    ^ SUB-B002
        return [ make, proto, dictionary, __dict__, this.constructor ];
        //                                ^ SUB-B002
        //                                               ^ SUB-B002
    }

    __destruct () {
    // ^5 SUB-B002
        return undefined;
    }

    'prototype' () {
    // ^5 SUB-S003
    // ^5 SUB-B002
        return undefined;
    }
}
