import Exchange from './base/Exchange.js';
import { BadRequest, NetworkError } from './base/errors.js';

export default class promise_all_order extends Exchange {
    async helper (value) {
        return value;
    }

    tick () {
        this.options['ticks'] = this.safeInteger (this.options, 'ticks', 0) + 1;
        return this.options['ticks'];
    }

    async step (name) {
        const first = this.tick ();
        await this.helper (0);
        return [ name, first, this.tick () ];
    }

    async slowFail () {
        await this.helper (1);
        throw new BadRequest ('slow');
    }

    async fastFail () {
        throw new NetworkError ('fast');
    }

    async run () {
        // Node starts each call at once and runs it to its first await; asyncio starts them in gather, and the
        // synchronous targets one after the other: the order of their effects, and which failure Promise.all
        // reports, differ (a known difference). (Nothing else may run between the pushes: SUB-A005.)
        this.options['ticks'] = 0;
        const pending = [];
        pending.push (this.step ('a'));
        pending.push (this.step ('b'));
        const steps = await Promise.all (pending);
        let failed = 'none';
        try {
            await Promise.all ([ this.slowFail (), this.fastFail () ]);
        } catch (e) {
            this.rethrowUncaught (e);
            failed = (e instanceof NetworkError) ? 'network' : 'badrequest';
        }
        return [ steps, failed ];
    }
}
