import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class e017_destructuring extends Exchange {
    fetchPair ([ a, b ]) {
    //         ^ SUB-E017
        return a;
    }

    async fetchCase (symbol, params = {}) {
        const { price } = params;
        //    ^ SUB-E017
        const [ first, [ nested ] ] = params;
        //             ^ SUB-E017
        const [ , second ] = params;
        //    ^ SUB-E017
        const [ third = 1 ] = params;
        //      ^ SUB-E017
        const [ fourth, ...rest ] = params;
        //              ^ SUB-E017
        let x = 0;
        let y = 0;
        [ x, y ] = [ y, x ];
        // ^9 SUB-E017
        const [ ok1, ok2 ] = params;
        return [ price, first, nested, second, third, fourth, rest, ok1, ok2 ];
    }
}
