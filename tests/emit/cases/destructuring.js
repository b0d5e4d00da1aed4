import Exchange from './base/Exchange.js';

export default class destructuring extends Exchange {
    run () {
        const [ first, second ] = [ 1, 2, 3 ];
        const [ only, missing ] = [ 'one' ];
        const [ a, b ] = 'xy'.split ('');
        return [ first, second, only, missing, a, b ];
    }
}
