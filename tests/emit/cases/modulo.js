import Exchange from './base/Exchange.js';

export default class modulo extends Exchange {
    run () {
        return [ -7 % 3, 7 % -3, 5.5 % 2, -5.5 % 2, 10 % 5, 0 % 3, 7 % 0, 2 % 3 ];
    }
}
