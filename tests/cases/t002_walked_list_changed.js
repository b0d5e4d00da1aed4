import Exchange from './base/Exchange.js';

// A for ... of body that changes the list it walks in place: Node and Python walk the list as it changes, PHP walks a
// variable by index (re-reading it at each pass), but any other expression with foreach, over the list it started
// with (red-team round 29: `queue || []` made three passes in Node and Python and one in PHP).
export default class t002_walked_list_changed extends Exchange {
    run (reversed = false) {
        const queue = [ 'a' ];
        for (const item of (queue || [])) {
            if (queue.length < 3) {
                queue.push (item);
                // ^17 SUB-T002
            }
        }
        const levels = [ 'a', 'b' ];
        for (const level of (reversed ? levels : [])) {
            levels[levels.length] = level;
            // ^13 SUB-T002
        }
        const sorted = [ 'b', 'a' ];
        for (const item of sorted.reverse ()) {
            delete sorted[0];
            // ^13 SUB-T002
        }
        // ... nor assigns it, or hands it to a method that changes it in place (PHP's method changes a copy, which the
        // assignment puts back; red-team round 32)
        let list = [ 1, 2 ];
        for (const item of ((list.length > 0) ? list : [])) {
            list = this.grow (list, item);
            // ^13 SUB-T002
            // ^20 SUB-T002
        }
        const grown = [ 'a' ];
        for (const item of grown) {
            if (grown.length < 3) {
                grown[grown.length] = item;
            }
        }
        return [ queue, levels, sorted, grown, list ];
    }

    grow (list, item) {
        list.push (item);
        return list;
    }
}
