import Exchange from './base/Exchange.js';
import { ExchangeError } from './base/errors.js';

// The user's proxy URL may hold the proxy's user and password: exchange code does not read it.
export default class b016_proxy_reads extends Exchange {
    async fetchCase (symbol, params = {}) {
        const proxy = this.proxy;
        //            ^ SUB-B016
        const headers = { 'X-Via': this.proxy.split ('@')[0] };
        //                         ^ SUB-B016
        if (symbol === undefined) {
            throw new ExchangeError (this.id + ' no symbol, through ' + this.proxy);
            //                                                          ^ SUB-B016
        }
        const timeout = this.timeout;
        const options = this.safeString (this.options, 'proxy');
        return [ proxy, headers, timeout, options ];
    }
}
