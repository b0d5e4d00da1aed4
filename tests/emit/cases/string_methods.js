import Exchange from './base/Exchange.js';

export default class string_methods extends Exchange {
    run () {
        const text = '  Mixed Case\t\n';
        const trimmed = text.trim ();
        return [ trimmed.toUpperCase (), trimmed.toLowerCase (), trimmed.startsWith ('Mixed'), trimmed.endsWith ('Case'),
            trimmed.includes ('d C'), '5'.padStart (3, '0'), 'ab'.padEnd (5, 'xy'), 'abc'.charAt (1), 'abc'.charAt (7),
            'a,b,,c'.split (','), 'abc'.split (''), 'hello'.slice (-3), 'hello'.slice (1, -1), 'hello'.slice (3, 1),
            'x'.padStart (1), '\u00df'.toUpperCase (), ' \u00a0nbsp '.trim (),
            // a length or index that is no integer: NaN counts as 0, an infinite index is past the end
            '5'.padStart (parseInt ('x'), '0'), 'ab'.padEnd (-Infinity, 'x'), 'abc'.charAt (NaN), 'abc'.charAt (Infinity),
            'abc'.charAt (1.7), '7'.padStart (2.9, '0') ];
    }
}
