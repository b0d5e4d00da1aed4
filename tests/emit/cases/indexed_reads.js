import Exchange from './base/Exchange.js';

export default class indexed_reads extends Exchange {
    run (given = [ 'p', 'q' ]) {
        // a[i] in `for (let i = 0; i < a.length; i++)` over a fresh array that nothing changes or hands on: the
        // native subscript. Every other read keeps the helper, which answers undefined past the end.
        const out = [];
        const ids = Object.keys ({ 'b': 1, 'a': 2, '10': 3 });
        for (let i = 0; i < ids.length; i++) {
            out.push (ids[i]);
        }
        const letters = [ 'x', 'y', 'z' ];
        for (let i = 1; i < letters.length; i++) {
            out.push (letters[i] + letters[i - 1]);  // (i - 1: the helper)
        }
        const grown = [ 'g' ];
        for (let i = 0; i < grown.length; i++) {
            if (grown.length < 3) {
                grown.push (grown[i] + '!');  // changed while read: the helper
            }
        }
        out.push (grown.join (','));
        const handed = Object.values ({ 'a': 'h' });
        out.push (this.first (handed));  // handed on: the helper
        for (let i = 0; i < handed.length; i++) {
            out.push (handed[i]);
        }
        for (let i = 0; i < given.length; i++) {
            out.push (given[i]);  // a parameter: the helper
        }
        const outer = [ 'o1', 'o2' ];
        const inner = [ 'i1' ];
        for (let i = 0; i < outer.length; i++) {
            out.push (inner[i]);  // bounded by another array: the helper (undefined once)
        }
        for (let i = 0; i <= letters.length; i++) {
            out.push (letters[i]);  // up to the length: the helper (undefined at the end)
        }
        return out;
    }

    first (values) {
        return values[0];
    }
}
