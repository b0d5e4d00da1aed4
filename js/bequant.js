// Bequant REST API v3: https://api.bequant.io/ is HitBTC's API v3 (the same endpoints, signing, fields and error
// codes) at Bequant's own origin, so everything but the exchange's identity, URLs and fee schedule is hitbtc's.
import hitbtc from './hitbtc.js';

export default class bequant extends hitbtc {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'bequant',
            'name': 'Bequant',
            'countries': [ 'MT' ],
            'urls': {
                'logo': 'https://bequant.io/favicon.ico',
                'api': {
                    'public': 'https://api.bequant.io/api/3',
                    'private': 'https://api.bequant.io/api/3',
                },
                'www': 'https://bequant.io',
                'doc': 'https://api.bequant.io/',
                'fees': 'https://bequant.io/fees-and-limits',
            },
            // The lowest tier of Bequant's fee schedule; every symbol also reports its own take_rate and make_rate.
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'taker': 0.002,
                    'maker': 0.001,
                },
            },
        });
    }
}
