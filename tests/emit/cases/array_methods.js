import Exchange from './base/Exchange.js';

export default class array_methods extends Exchange {
    run () {
        const items = [ 1, 2 ];
        const pushed = items.push (3, 4);
        const popped = items.pop ();
        const shifted = items.shift ();
        const unshifted = items.unshift (0);
        const empty = [];
        const joined = [ 1, undefined, 'a', 2.5 ].join ('-');
        const reversed = [ 1, 2, 3 ].reverse ();
        return [ items, pushed, popped, shifted, unshifted, empty.pop (), empty.shift (), joined, reversed,
            [ 1, 2 ].concat ([ 3 ], 4, [ [ 5 ] ]), [ 1, 2, 3, 4 ].slice (1, 3), [ 1, 2, 3 ].slice (-2), [ NaN ].includes (NaN),
            [ NaN ].indexOf (NaN), [ 1, 2 ].includes ('1'), [ 'a', 'b' ].join () ];
    }
}
