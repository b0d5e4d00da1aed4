import Exchange from './base/Exchange.js';
import { OrderNotFound } from './base/errors.js';

export default class promise_all_failures extends Exchange {
    async cancel (id) {
        this.options['sent'] = this.options['sent'] + id + ',';
        if (id === 'a') {
            throw new OrderNotFound ('gone');
        }
        return id;
    }

    async run () {
        // A call collected for Promise.all that throws is a rejected promise in Node: the calls collected after it are
        // still made, and the try around Promise.all catches it. Synchronous Python and PHP, which make the calls one
        // after the other, threw at the push, outside the try, and never sent the later requests.
        this.options['sent'] = '';
        const pending = [];
        const ids = [ 'a', 'b', 'c' ];
        for (let i = 0; i < ids.length; i++) {
            pending.push (this.cancel (ids[i]));
        }
        let outcome = 'none';
        try {
            await Promise.all (pending);
        } catch (e) {
            this.rethrowUncaught (e);
            outcome = 'failed';
        }
        const first = this.options['sent'];
        this.options['sent'] = '';
        try {
            await Promise.all ([ this.cancel ('a'), this.cancel ('d') ]);
        } catch (e) {
            this.rethrowUncaught (e);
            outcome = outcome + ',failed';
        }
        return [ first, this.options['sent'], outcome ];
    }
}
