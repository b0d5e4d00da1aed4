import Exchange from './base/Exchange.js';

// Arrays and objects in number and string contexts: ToPrimitive first (an array is its joined elements, an object
// '[object Object]'), then ToNumber; and strings read as numbers with JavaScript's whitespace and ASCII digits only.
export default class to_primitive extends Exchange {
    pick (value) {
        return value;
    }

    run () {
        const empty = this.pick ([]);
        const list = this.pick ([ 1, 2 ]);
        const single = this.pick ([ ' 7 ' ]);
        const object = this.pick ({ 'a': 1 });
        const nested = this.pick ([ 1, [ 2, [ 3, 4 ] ], undefined, { 'a': 1 }, [] ]);
        return [
            +empty, +list, +single, +[ 5 ], +[ [ 8 ] ], +[ '' ], +[ undefined ], +object, +'', +' \n\t', +'0x1f',
            empty - 1, single * 2, object * 2, list * 2, single / 7, single % 4, -single,
            +'\u001c5', +'5\u0085', +'\u0663', +'1\u0663', parseFloat ('\u001c1.5'), parseFloat ('\u0663.5'),
            parseInt ('\u001c12'), +'\u00a07\u3000', parseFloat ('\ufeff2.5'),
            'a' + object, object + '', [ object ].join (), `${object}`, object.toString (), object + 1,
            [ object, list ].join (';'), nested.toString (), nested.join ('-'), `${nested}`, nested + '',
            empty < 1, single > 6, object < 'b', [ 10 ] < [ 9 ], [ 2 ] > 1, list < object, '10' < 9, true > 0,
            undefined < 1, single <= 7, object >= object,
        ];
    }
}
