import Exchange from './base/Exchange.js';

// filter_by is a new method in JavaScript; in Python and PHP it is the base class's filterBy, replaced.
export default class d003_inherited_spelling extends Exchange {
    filter_by (array, key, value) {
    // ^5 SUB-D003
        return array;
    }

    async fetchCase (symbol, params = {}) {
        return [ this.filterBy ([ { 'a': 1 } ], 'a', 1), this.filter_by ([ 3 ], 'a', 4) ];
    }
}
