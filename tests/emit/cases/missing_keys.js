import Exchange from './base/Exchange.js';

export default class missing_keys extends Exchange {
    run () {
        const o = { 'a': 1 };
        const list = [ 10, 20 ];
        const word = 'ab';
        const key = 'a';
        return [ o['missing'], o['a'], list[5], list[1], list[-1], word[1], word[9], this.ownValue (o, key), list['1'], o[1] ];
    }
}
