import Exchange from './base/Exchange.js';

export default class b006_sealed_pipeline extends Exchange {
    async fetch (url, method = 'GET', headers = undefined, body = undefined) {
    //    ^ SUB-B006
        return { 'url': url, 'method': method, 'headers': headers, 'body': body };
    }

    throwError (errorClass, message) {
    // ^5 SUB-B006
        return [ errorClass, message ];
    }

    safeString (dictionary, key, defaultValue = undefined) {
    // ^5 SUB-B006
        return defaultValue;
    }

    tradeStructure (id, order, symbol, timestamp, type, side, takerOrMaker, price, amount, cost, fee, fees, info, market) {
    // ^5 SUB-B006
        return { 'id': id, 'info': info };
    }

    keepSessionToken (name, token) {
    // ^5 SUB-B006
        return token; // (a session token that this kept would not be redacted)
    }

    setStreamState (key, value, given = undefined) {
    // ^5 SUB-B006
        return super.setStreamState (key, value); // (SUB-D007 judges what its calls give a state: round 74)
    }

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        return { 'url': path, 'method': method, 'body': body, 'headers': headers };
    }

    async fetchCase (symbol, params = {}) {
        // The runtime's internals are not called either: requests go through the implicit API methods.
        this.log ('fetching', symbol);
        //   ^ SUB-B006
        const response = await this.fetch ('https://api.example.com/ticker', 'GET', {}, undefined);
        //                          ^ SUB-B006
        // Nor the builder that safeTicker hands its fields to (a primitive, internal): exchanges call safeTicker.
        return this.tickerStructure (symbol, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, response, undefined);
        //          ^ SUB-B006
    }

    handleErrors (code, reason, url, method, headers, body, response, requestHeaders, requestBody) {
        return undefined;
    }
}
