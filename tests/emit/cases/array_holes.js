import Exchange from './base/Exchange.js';

export default class array_holes extends Exchange {
    run () {
        const list = [ 1, 2, 3 ];
        delete list[1];
        return [ list, list.length, 1 in list ];
    }
}
