import Exchange from './base/Exchange.js';

export default class keys_that_throw extends Exchange {
    bump () {
        this.options['bumped'] = true;
        return 1;
    }

    mark () {
        this.options['marked'] = true;
        return 'abc';
    }

    // `key in x` throws where x holds a boolean, a number or a string: JavaScript computes the key before the value,
    // and the receiver before the argument, so that bump () never ran and mark () did; Python computed the value and
    // the argument first (red-team round 58)
    run () {
        this.options['bumped'] = false;
        this.options['marked'] = false;
        const flag = true;
        const d = { 'k': 0 };
        try {
            d[('x' in flag) ? 'a' : 'b'] = this.bump ();
        } catch (e) {
            this.rethrowUncaught (e);
        }
        let found = false;
        try {
            found = this.safeString ({ 's': this.mark () }, 's', '').includes (('x' in flag) ? 'a' : 'b');
        } catch (e) {
            this.rethrowUncaught (e);
        }
        return [ d, found, this.safeBool (this.options, 'bumped'), this.safeBool (this.options, 'marked') ];
    }
}
