import Exchange from './base/Exchange.js';

export default class async_await extends Exchange {
    async fetchValue (value) {
        return value * 10;
    }

    async run () {
        const first = await this.fetchValue (1);
        const pair = await Promise.all ([ this.fetchValue (2), this.fetchValue (3) ]);
        const pending = [];
        for (let i = 4; i < 7; i++) {
            pending.push (this.fetchValue (i));
        }
        const rest = await Promise.all (pending);
        return [ first, pair, rest ];
    }
}
