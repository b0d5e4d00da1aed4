import Exchange from './base/Exchange.js';

export default class b008_this_writes extends Exchange {
    async fetchCase (symbol, params = {}) {
        // An exchange's own state lives in this.options.
        this.options['accountId'] = this.safeString (params, 'accountId');
        delete this.options['cache'];
        // The user's settings, the credentials and the runtime's state are not the exchange's to change.
        this.proxy = 'http://127.0.0.1:8080';
        // ^9 SUB-B008
        this.secret = '';
        // ^9 SUB-B008
        this.options = this.extend (this.options, params);
        // ^9 SUB-B008
        this.rateLimit++;
        // ^9 SUB-B008
        // ^9 SUB-E010
        this.headers['Host'] = 'elsewhere.example';
        // ^9 SUB-B008
        this.urls['api']['public'] = 'https://elsewhere.example';
        // ^9 SUB-B008
        delete this.requiredCredentials['secret'];
        //     ^ SUB-B008
        return this.options['accountId'];
    }

    describe () {
        const extra = { 'id': 'b008_this_writes', 'verbose': true };
        //                                        ^ SUB-B008
        extra['proxy'] = 'http://127.0.0.1:8080';
        //    ^ SUB-B008
        const key = 'time' + 'out';
        //          ^ SUB-B011
        extra[key] = 1;
        //    ^ SUB-B008
        return this.deepExtend (super.describe (), extra, {
        //     ^ SUB-E019
            'maxResponseSize': 1e15,
            // ^13 SUB-B008
            [key]: 1,
            // ^14 SUB-B008
            'options': { 'timeout': 5000 },
            'streaming': { 'timeout': 5000 },
        });
    }
}
