import Exchange from './base/Exchange.js';

export default class async_await extends Exchange {
    async fetchValue (value) {
        return value * 10;
    }

    async run () {
        const first = await this.fetchValue (1);
        const pair = [ await this.fetchValue (2), await this.fetchValue (3) ];
        const rest = [];
        for (let i = 4; i < 7; i++) {
            rest.push (await this.fetchValue (i));
        }
        return [ first, pair, rest ];
    }
}
