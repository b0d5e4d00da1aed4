import Exchange from './base/Exchange.js';
import { ExchangeError } from './base/errors.js';

// A helper's value is not put back into a container, even one the method owns at every depth, under the key it was
// read with (the base class alone may: red-team round 38); a value nested under this.options is changed by replacing
// the option; a catch clause runs after a return that threw.
export default class d007_owned_containers extends Exchange {
    touch (params) {
        const nested = this.safeDict (params, 'nested');
        nested['x'] = 1;
        // ^9 SUB-D007
        params['nested'] = nested;
        return params;
    }

    fill (request) {
        request['x'] = 1;
        if (this.safeBool (request, 'boom', false)) {
            throw new ExchangeError ('boom');
        }
        return request;
    }

    shared () {
        const inner = { 'a': 1 };
        const holder = { 'n': inner };
        const n = this.safeDict (holder, 'n');
        n['x'] = 1;
        // ^9 SUB-D007
        holder['n'] = n;
        const own = { 'n': { 'a': 1 }, 'm': { 'b': 2 } };
        const m = this.safeDict (own, 'm');
        m['y'] = 2;
        // ^9 SUB-D007
        own['n'] = m;
        const k = this.safeDict (own, 'n');
        k['z'] = 3;
        // ^9 SUB-D007
        if (inner['a'] > 5) {
            own['n'] = k;
        }
        const fine = this.safeDict (own, 'm');
        fine['w'] = 4;
        // ^9 SUB-D007
        own['m'] = fine;
        return [ inner, holder, own ];
    }

    optionsCase () {
        const holder = { 'd': { 'n': 1 }, 'l': [] };
        this.safeDict (holder, 'd')['x'] = 1;
        // ^9 SUB-D007
        this.safeList (holder, 'l').push (2);
        // ^9 SUB-D007
        const c = { 'n': 1 };
        this.options['cfg'] = c;
        this.options['cfg']['n'] = 2;
        // ^9 SUB-D007
        return [ c, holder ];
    }

    retried (request) {
        try {
            return this.fill (request);
            // ^20 SUB-D007
        } catch (e) {
            this.rethrowUncaught (e);
            return request;
        }
    }
}
