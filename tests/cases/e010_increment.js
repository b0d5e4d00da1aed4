import Exchange from './base/Exchange.js';

// JavaScript's ++ makes its operand a number first; the emitted `x += 1` concatenated a string ('5' + 1 is '51').
export default class e010_increment extends Exchange {
    async fetchCase (symbol, params = {}, count = 0) {
        let text = '5';
        text++;
        // ^9 SUB-E010
        count++;
        // ^9 SUB-E010
        const totals = { 'n': 1 };
        totals['n']++;
        // ^9 SUB-E010
        let counter = 0;
        counter++;
        for (let i = 0; i < 3; i++) {
            counter++;
        }
        let left = 3;
        left--;
        return [ text, count, totals, counter, left ];
    }
}
