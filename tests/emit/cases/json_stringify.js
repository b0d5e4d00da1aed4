import Exchange from './base/Exchange.js';

export default class json_stringify extends Exchange {
    run () {
        const data = { 'b': [ 1, 'x', true, undefined, 1.5, false ], 'a': { 'c': 'q"uote/slash\n\t' }, '1': 0,
            'u': undefined, 'nested': [ [], { 'k': [] } ], 'unicode': '\u00e9✓' };
        const text = this.json (data);
        const back = this.parseJson ('{"x":[1,2.5,"y"],"z":null,"w":1.0}');
        return [ text, back, this.json ([ 1e21, 0.1 + 0.2, -0 ]), this.json ('plain') ];
    }
}
