import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class e016_keys extends Exchange {
    async fetchCase (symbol, params = {}) {
        const key = 'k';
        const sides = { 1: 'buy', 'two': 2, three: 3, [key]: 4, ['x' + key]: 5 };
        //              ^ SUB-E016
        //                                                       ^ SUB-E016
        const withMethod = { m () { return 1; } };
        //                   ^ SUB-E016
        const withGetter = { get g () { return 1; } };
        //                   ^ SUB-E016
        const shorthand = { key };
        return [ sides, withMethod, withGetter, shorthand ];
    }
}
