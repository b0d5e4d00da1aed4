imp\u006frt Exchange fr\u006fm './base/Exchange.js';
// ^1 SUB-B001
//                   ^ SUB-B001

// esprima reads escaped contextual keywords as the words they spell; Node refuses the module.
export default class b001_escaped_keywords extends Exchange {
    \u0061sync fetchCase (symbol, params = {}) {
    // ^5 SUB-B001
        const list = [];
        for (const item o\u0066 [ 1, 2 ]) {
        //              ^ SUB-B001
            list.push (item);
        }
        const total = \u{61}wait this.fetchTicker (symbol);
        //            ^ SUB-B001
        const text = 'a\u0061\\u0061' + `\u0061${ list.length }\u0061`; // \u0061 in a comment
        return [ list, total, text ];
    }
}
