import Exchange from './base/Exchange.js';

// A read of the list earlier in the statement than the call that changes it is looked at after the call: + converts
// its left operand after the right one, a callee gets the list itself, a computed key is converted after the value
// (red-team round 36: 'a,x1' in Node and Python, 'a1' in PHP).
export default class d007_read_earlier_in_the_statement extends Exchange {
    grow (list) {
        list.push ('x');
        return 1;
    }

    listOf (list) {
        list.push ('x');
        return [ 'y' ];
    }

    both (a, b) {
        a.push ('x');
        return b;
    }

    grown (list) {
        list.push ('x');
        return list;
    }

    count (list, n) {
        return list.length + n;
    }

    async fetchCase (symbol, params = {}) {
        const ids = [ 'a' ];
        const text = ids + this.grow (ids);
        //                 ^ SUB-D007
        const counted = this.count (ids, this.grow (ids));
        //                               ^ SUB-D007
        const keyed = {};
        keyed['k' + ids] = this.grow (ids);
        //                 ^ SUB-D007
        // assigned back, the read beside the call is still looked at after it (red-team round 37)
        let kept = [ 'c' ];
        kept = this.arrayConcat (kept, this.listOf (kept));
        //                             ^ SUB-D007
        kept = this.both (kept, kept);
        //     ^ SUB-D007
        kept = this.grown (kept);
        const others = [ 'b' ];
        const alone = this.grow (others);
        return [ text, counted, keyed, alone, kept ];
    }
}
