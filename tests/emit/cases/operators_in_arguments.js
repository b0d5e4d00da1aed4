// An argument or a test that is itself an operator keeps its grouping in every target (red-team round 53): Python's
// `arg in text` read `s.includes (a || b)` as `a or (b in s)`, and PHP's `t ? f : t ? 'a' : 'b'` did not parse.

import Exchange from './base/Exchange.js';

export default class operators_in_arguments extends Exchange {
    run () {
        const s = 'xyz';
        const c = this.id === 'x';
        const a = '';
        const b = 'q';
        const t = this.id !== 'x';
        const f = false;
        const results = [];
        results.push (s.includes (c ? 'a' : 'b'));
        results.push (s.includes (a || b));
        results.push (s.includes (b && a));
        if (s.includes (c ? 'y' : 'q')) {
            results.push ('taken');
        } else {
            results.push ('skipped');
        }
        results.push ((t ? f : t) ? 'a' : 'b');
        return results;
    }

    // Not run: its emitted form is what is checked (the goldens). A delete changes state as a call does, so the receiver
    // is checked before it (red-team round 53), but the TypeError of an undefined receiver is one no catch clause sees,
    // so only the next call on the instance could tell the order.
    deleteBeforeReceiver () {
        this.options['k'] = '1';
        const missing = this.safeString (this.options, 'missing');
        return missing.includes ((delete this.options['k']) ? 'a' : 'b');
    }
}
