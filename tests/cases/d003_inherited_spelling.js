import Exchange from './base/Exchange.js';

// array_concat is a new method in JavaScript; in Python and PHP it is the base class's arrayConcat, replaced.
export default class d003_inherited_spelling extends Exchange {
    array_concat (a, b) {
    // ^5 SUB-D003
        return a;
    }

    async fetchCase (symbol, params = {}) {
        return [ this.arrayConcat ([ 1 ], [ 2 ]), this.array_concat ([ 3 ], [ 4 ]) ];
    }
}
