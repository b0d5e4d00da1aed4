// startsWith and endsWith read their argument as String () does, whatever is known of the receiver (red-team round
// 54): where the receiver's type was unknown, PHP passed the argument to str_starts_with as it was, so that undefined
// was '' (every text starts with it), true was '1' and 1e21 was '1.0E+21', and a list was a TypeError in PHP alone.

import Exchange from './base/Exchange.js';

export default class text_search_arguments extends Exchange {
    side (params = {}) {
        const text = this.safeValue (params, 'text');
        const prefix = this.safeString (params, 'prefix');
        if (text.startsWith (prefix)) {
            return 'sell';
        }
        return 'buy';
    }

    run () {
        const text = this.safeValue ({ 'text': 'undefined:1e+21,a,b:true' }, 'text');
        return [
            this.side ({ 'text': 'BTC/USDT' }),
            this.side ({ 'text': 'undefined/USDT' }),
            text.startsWith (undefined),
            text.startsWith (this.safeString ({}, 'missing')),
            text.endsWith (true),
            text.endsWith (':' + 'true'.length),
            text.endsWith ('x'.length > 0),
            text.endsWith (1e21 + ',a,b:true'),
            text.startsWith ([ 'undefined:1e+21', 'a' ]),
            text.endsWith ([ 'b:true' ]),
            text.startsWith (1e21),
        ];
    }
}
