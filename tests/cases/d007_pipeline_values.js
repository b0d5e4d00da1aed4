import Exchange from './base/Exchange.js';

// The request pipeline shares objects with the caller in Node and Python, where PHP copies them (red-team round 56):
// an implicit API method's response is also this.last_json_response and handleErrors' argument, which may keep it,
// and the params it is given reach sign () as they are, which may keep them too. Changing either in place after the
// call showed in the kept one in Node and Python alone.
export default class d007_pipeline_values extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'd007_pipeline_values',
            'urls': { 'api': 'https://api.example.com' },
            'api': { 'public': { 'get': [ 'ticker' ] } },
        });
    }

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        this.options['signed'] = params;
        return { 'url': this.urls['api'] + '/' + path, 'method': method, 'body': body, 'headers': headers };
    }

    handleErrors (code, reason, url, method, headers, body, response, requestHeaders, requestBody) {
        this.options['kept'] = response;
        return undefined;
    }

    async changedResponse () {
        const response = await this.publicGetTicker ();
        response['side'] = 'sell';
//      ^ SUB-D007
        return this.safeString (this.last_json_response, 'side');
    }

    async changedParams () {
        const params = { 'side': 'buy' };
        await this.publicGetTicker (params);
        params['side'] = 'sell';
//      ^ SUB-D007
        return this.safeString (this.safeDict (this.options, 'signed'), 'side');
    }

    async changedRequestParams () {
        const params = { 'side': 'buy' };
        await this.request ('ticker', 'public', 'GET', params);
        params['side'] = 'sell';
//      ^ SUB-D007
        return this.safeString (this.safeDict (this.options, 'signed'), 'side');
    }

    async copies () {
        const params = { 'side': 'buy' };
        const response = this.extend (await this.publicGetTicker (this.extend (params)));
        params['side'] = 'sell';
        response['side'] = 'sell';
        return [ params, response ];
    }
}
