import Exchange from './base/Exchange.js';

export default class surrogate_pairs extends Exchange {
    run () {
        // JavaScript strings are UTF-16: an escaped surrogate pair is the character it encodes.
        const escaped = '\ud83d\ude00';
        const braces = '\u{1F600}';
        const written = '😀';
        const keys = { '\ud834\udd1e': 'clef' };
        return [ escaped, braces, written, escaped === written, braces === written, `<\ud83d\ude00>`,
            keys['𝄞'], escaped + written, 'a\uD83D\uDE00b'.indexOf ('b') > 0 ];
    }
}
