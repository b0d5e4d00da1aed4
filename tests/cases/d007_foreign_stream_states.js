import Exchange from './base/Exchange.js';

// A stream state's value is changed in place once put back, so it holds only a value no one else does: not a
// parameter (a caller's params, the api list that sign () is given), nor a value read out of another container
// (red-team round 72: the state laundered a change of the caller's params, and of Python's one api list per class).
export default class d007_foreign_stream_states extends Exchange {
    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        this.setStreamState ('api', api);
        // ^9 SUB-D007
        return { 'url': path, 'method': method, 'body': body, 'headers': headers };
    }

    async fetchTicker (symbol, params = {}) {
        this.keep (params);
        const options = this.safeDict (this.options, 'ticker', {});
        this.setStreamState ('options', options);
        // ^9 SUB-D007
        this.setStreamState ('nested', this.safeDict (params, 'nested'));
        // ^9 SUB-D007
        for (const row of [ { 'a': 1 } ]) {
            this.setStreamState ('row', row);
            // ^13 SUB-D007
        }
        return this.streamState ('options');
    }

    async watchTicker (symbol, params = {}) {
        // nested in a literal: the base's book helpers change a book's sides in place (red-team round 74)
        this.setStreamState ('book', { 'symbol': 'x', 'bids': params, 'asks': {} });
        // ^9 SUB-D007
        this.setStreamState ('merged', this.extend ({ 'depth': 0 }, { 'bids': [ params ] }));
        // ^9 SUB-D007
        this.setStreamState ('own', { 'symbol': this.safeString (params, 'symbol'), 'rest': this.extend ({}, params) });
        return this.streamState ('own');
    }

    keep (given) {
        const held = (given === undefined) ? {} : given;
        this.setStreamState ('params', held);
        // ^9 SUB-D007
    }

    async defaults (symbol, url) {
        // streamState's default is what it hands back while the state has none, which a put-back then keeps
        await this.loadMarkets ();
        const market = this.streamState ('market', this.market (symbol));
        // ^24 SUB-D007
        market['precision'] = {};
        this.setStreamState ('market', market);
        const other = this.streamState ('a', {});
        const second = this.streamState ('b', other);
        // ^24 SUB-D007
        second['x'] = 1;
        // ^9 SUB-D007
        this.setStreamState ('b', second);
        const update = await this.watch (url, 'h', 'h', {});
        update['x'] = 1;
        // ^9 SUB-D007
        return [ market, second, update ];
    }

    allowed (key, limit = undefined) {
        // a value of the method's own, a copy, a number of its own, or the state read from the same key
        const state = this.streamState (key, {});
        state['n'] = 1;
        this.setStreamState (key, state);
        this.setStreamState ('copy', this.extend ({}, this.safeDict (this.options, 'ticker', {})));
        this.setStreamState ('fresh', { 'side': 'buy' });
        this.setStreamState ('limit', (limit === undefined) ? undefined : Math.trunc (limit));
        return state;
    }
}
