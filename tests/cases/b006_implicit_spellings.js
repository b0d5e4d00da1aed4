import Exchange from './base/Exchange.js';

// An implicit API method spells no method of the class or of a runtime's native layer: requestHeadErs is Python's
// request_headers and forGetStreamClient Node's forgetStreamClient, in any case and without underscores, as the
// constructors compare names, so that some runtimes refused the exchange and the others built it (red-team round 47).
export default class b006_implicit_spellings extends Exchange {
    describe () {
    // ^5 SUB-B006
        return this.deepExtend (super.describe (), {
            'id': 'b006_implicit_spellings',
            'urls': { 'api': 'https://api.example.com' },
            'api': {
                'request': { 'head': [ 'ers' ] },
                'for': { 'get': [ 'stream/client' ] },
                'public': { 'get': [ 'ticker' ] },
            },
        });
    }
}
