import Exchange from './base/Exchange.js';

export default class e018_surrogates extends Exchange {
    async fetchCase (symbol, params = {}) {
        const pair = '\ud83d\ude00';
        const astral = '\u{1F600}';
        const high = '\ud83d';
        //           ^ SUB-E018
        const low = "x\ude00y";
        //          ^ SUB-E018
        const swapped = '\ude00\ud83d';
        //              ^ SUB-E018
        const escaped = '\u{D83D}';
        //              ^ SUB-E018
        const template = `a\ud83d${symbol}\ude00`;
        //               ^ SUB-E018
        //                               ^ SUB-E018
        const key = { '\udbff': 1 };
        //            ^ SUB-E018
        return [ pair, astral, high, low, swapped, escaped, template, key ];
    }
}
