import Exchange from './base/Exchange.js';

export default class index_of extends Exchange {
    run () {
        const items = [ 1, 2, 3, '2' ];
        return [ items.indexOf (2), items.indexOf (5), 'hello'.indexOf ('l'), 'hello'.indexOf ('z'), items.indexOf ('2'),
            [ 'a', 'b' ].indexOf ('b'), 'abc'.indexOf ('') ];
    }
}
