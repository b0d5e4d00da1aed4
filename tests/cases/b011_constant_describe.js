import Exchange from './base/Exchange.js';

export default class b011_constant_describe extends Exchange {
    describe () {
        // The hosts certify reads must be the hosts every construction gets: no clock, no random draw, no parse.
        const later = this.milliseconds () > 1800000000000;
        //            ^ SUB-B011
        const api = later ? 'https://api.example.net' : 'https://api.example.com';
        //          ^ SUB-B011
        const extra = this.omit ({ 'options': { 'a': 1 } }, 'b');
        return this.deepExtend (super.describe (), this.extend (extra, { 'id': 'b011_constant_describe' }), {
        //     ^ SUB-E019
            'urls': { 'api': api, 'www': this.www () },
            //                           ^ SUB-B011
            'options': this.parseJson ('{"x": 1}'),
            //         ^ SUB-B011
        });
    }

    www () {
        return 'https://www.example.com';
    }
}
