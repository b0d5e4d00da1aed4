import Exchange from './base/Exchange.js';

export default class delete_and_in extends Exchange {
    run () {
        const o = { 'a': 1, 'b': 2, '3': 3 };
        delete o['a'];
        const key = 'b';
        delete o[key];
        const list = [ 1, 2, 3 ];
        return [ o, 'a' in o, '3' in o, 3 in o, 1 in list, 5 in list, 'length' in list, '1' in list, '01' in list ];
    }
}
