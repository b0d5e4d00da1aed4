import Exchange from './base/Exchange.js';

export default class searches_for_containers extends Exchange {
    run () {
        // A dictionary or list is found by identity in Node and Python and by content in PHP, where a search for
        // one made another branch (red-team round 29): this.inArray finds none, and unique keeps each.
        const kept = { 'x': 1 };
        const list = [ kept, { 'x': 1 }, [ 1 ], [ 1 ], 'buy' ];
        const found = [ this.inArray (kept, list), this.inArray ({ 'x': 1 }, list), this.inArray ([ 1 ], list),
            this.inArray ('buy', list), this.inArray (undefined, [ undefined ]) ];
        const unique = this.unique ([ kept, kept, { 'x': 1 }, [ 1 ], [ 1 ], undefined, undefined, 1, '1', 1 ]);
        return [ found, unique, this.inArray ({ 'x': 1 }, list) ? 'sell' : 'buy' ];
    }
}
