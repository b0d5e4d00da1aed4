import Exchange from './base/Exchange.js';
import { ExchangeError } from './base/errors.js';

export default class b009_signing_keys extends Exchange {
    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // The signing keys key a signature, as they are or as bytes.
        const payload = this.encode (path + this.apiKey);
        const hex = this.hmac (payload, this.encode (this.secret), 'sha256', 'hex');
        const key = this.safeBool (this.options, 'base64Secret', false) ? this.base64ToBinary (this.secret) : this.encode (this.secret);
        const signature = this.hmac (payload, key, 'sha512', 'base64');
        const digested = this.hmac (payload, this.encode (this.hash (this.encode (this.secret), 'md5', 'hex')), 'sha256');
        const token = this.jwt ({ 'sub': this.apiKey }, this.encode (this.privateKey), 'sha256');
        const code = this.totp (this.twofa);
        const tomorrow = this.totp (this.twofa, this.milliseconds () + 86400000);
        // ^49 SUB-B009
        headers = { 'X-Key': this.apiKey, 'X-Signature': hex + signature + digested, 'X-Token': token, 'X-Code': code + tomorrow };
        return { 'url': path, 'method': method, 'body': body, 'headers': headers };
    }

    async fetchCase (symbol, params = {}) {
        // Anything else would show them to whoever reads a message, a result or a log.
        const copy = this.secret;
        const hex = this.binaryToBase16 (this.encode (this.secret));
        //                                            ^ SUB-B009
        const spaced = this.secret.split ('').join (' ');
        //             ^ SUB-B009
        const data = this.hmac (this.encode (this.secret), this.encode (symbol));
        //                                   ^ SUB-B009
        const fingerprint = this.hash (this.encode (this.secret), 'sha256', 'hex');
        const chosen = this.hmac (symbol, this.hash (this.secret, params['algorithm']));
        //                                           ^ SUB-B009
        const key = this.encode (this.privateKey);
        const leaked = this.binaryToBase64 (key);
        //                                  ^ SUB-B009
        const all = this.credentials ();
        //          ^ SUB-B009
        const forms = this.secretForms (this.apiKey);
        //            ^ SUB-B009
        const basic = this.basicAuthorization ();
        //            ^ SUB-B009
        throw new ExchangeError (copy + hex + spaced + data + fingerprint + chosen + leaked + this.json (all) + forms.join (',') + basic);
        //                       ^ SUB-B009
        //                                                    ^ SUB-B009
    }
}
