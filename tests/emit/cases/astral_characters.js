import Exchange from './base/Exchange.js';

export default class astral_characters extends Exchange {
    run () {
        // JavaScript counts, finds, cuts and orders strings in UTF-16 code units: a character beyond U+FFFF (an
        // emoji, the G clef) is a surrogate pair, two units. Every cut here keeps each pair whole.
        const text = 'a\u{1F600}b\u{1D11E}c';
        const names = [ '\uFB01x', '\u{1F600}y', 'z', '\uFFFDw' ];
        names.sort ();
        const chars = [];
        for (let i = 0; i < text.length; i++) {
            if ((i === 0) || (i === 3) || (i === 6)) {
                chars.push (text[i]);
            }
        }
        return [ text.length, text.indexOf ('b'), text.indexOf ('c'), text.indexOf ('\u{1D11E}'), text.slice (1, 3),
            text.slice (-1), text.slice (-3), text.slice (3, 6), text.charAt (3), text.charAt (6), chars,
            'b'.padStart (5, '\u{1F600}'), 'b'.padEnd (3, '\u{1D11E}'), text.padStart (9, '-'), names,
            '\uFB01' < '\u{1F600}', '\u{1F600}' < '\uFFFD', 'a' < '\u{1F600}', 'abc'.split (''),
            [ text.length, 'x\u{1F600}'.length ].join (' '), text.includes ('\u{1F600}b'), text.startsWith ('a\u{1F600}') ];
    }
}
