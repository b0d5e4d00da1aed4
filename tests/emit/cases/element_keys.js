import Exchange from './base/Exchange.js';

export default class element_keys extends Exchange {
    run () {
        // Only ASCII digits name an element: '\u0661' (ARABIC-INDIC ONE), '\u00b2' and '\uff11' are plain keys, kept in
        // insertion order after the indices; '1\n' is no index. Arrays' and strings' keys are their indices.
        const parsed = this.parseJson ('{"b": 1, "\\u0661": 2, "0": 3, "\\u00b2": 4, "\\uff11": 5}');
        const text = 'a\u00e9b\u{1F600}c';
        let x = 'x';
        for (let i = 0; i < 12; i++) {
            x = x + x;
        }
        x = x + '\u00e9';
        let count = 0;
        for (let i = 0; i < x.length; i++) {
            if ((x.charAt (i) === 'x') && (x[i] === 'x')) {
                count++;
            }
        }
        return [ Object.keys (parsed), Object.values (parsed), this.json (parsed), this.safeValue ([ 'x', 'y' ], '1\n'),
            this.safeValue ([ 'x', 'y' ], '\u0661'), this.safeValue ([ 'x', 'y' ], '1'), text['1'], text['5'],
            Object.keys ([ 'p', 'q' ]), Object.values ([ 'p', 'q' ]), Object.keys ('ab'), Object.values ('a\u00e9'),
            this.pluck ([ [ 1, 2 ], [ 3, 4 ] ], 1), count ];
    }
}
