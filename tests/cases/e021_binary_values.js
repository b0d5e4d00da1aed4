import Exchange from './base/Exchange.js';

export default class e021_binary_values extends Exchange {
    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // Bytes passed on: into the helpers that take them, directly, through a conditional or a const.
        const payload = this.encode (path + this.apiKey);
        const key = this.safeBool (this.options, 'base64Secret', false) ? this.base64ToBinary (this.secret) : this.encode (this.secret);
        const message = this.binaryConcat (this.encode (path), this.hash (this.encode (path), 'sha256', 'binary'));
        const signature = this.hmac (message, key, 'sha512', 'base64') + this.hmac (payload, key);
        const raw = this.hmac (payload, key, 'sha256', 'binary');
        const token = this.jwt ({ 'sub': this.apiKey }, this.base16ToBinary ('00ff'), 'sha256');
        headers = { 'X-Signature': signature, 'X-Raw': this.binaryToBase16 (raw) + this.base64urlencode (raw), 'X-Token': token, 'X-Text': this.decode (payload) };
        return { 'url': path, 'method': method, 'body': body, 'headers': headers };
    }

    async fetchCase (symbol, digest, params = {}) {
        // Bytes read: a Uint8Array in Node, bytes in Python, a string in PHP, which read them three ways.
        const bytes = this.encode (symbol);
        const side = (bytes[0] === 66) ? 'buy' : 'sell';
        //            ^ SUB-E021
        const size = this.encode (symbol).length;
        //           ^ SUB-E021
        const mac = this.hmac (this.encode (symbol), this.encode ('key'), 'sha256', 'binary');
        const first = mac[0];
        //            ^ SUB-E021
        if (this.base64ToBinary (symbol)) {
        //  ^ SUB-E021
            params = this.extend (params, { 'copy': this.json (this.base16ToBinary (symbol)) });
            //                                                 ^ SUB-E021
        }
        const twice = this.encode (this.encode (symbol));
        //                         ^ SUB-E021
        const chosen = this.hash (symbol, 'sha256', digest);
        //                                          ^ SUB-E021
        const spread = this.hmac (...[ symbol, 'key', 'sha256', 'binary' ]);
        //             ^ SUB-E021
        // ^35 SUB-E019
        // ^35 SUB-E015
        const order = { 'side': side, 'amount': size, 'first': first, 'twice': this.decode (twice) };
        return [ order, chosen, spread, this.binaryConcat (this.encode (symbol)) ];
        //                              ^ SUB-E021
    }
}
