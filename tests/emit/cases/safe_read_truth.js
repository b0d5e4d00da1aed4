import Exchange from './base/Exchange.js';
import Precise from './base/Precise.js';

export default class safe_read_truth extends Exchange {
    run () {
        // What the safe reads give (a string or undefined, a boolean or undefined) tested and chosen natively:
        // '' and undefined are false, '0' is true (false in PHP), false and undefined are false.
        const data = { 'empty': '', 'zero': '0', 'text': 'a', 'no': false, 'yes': true, 'number': 0, 'list': [] };
        const keys = [ 'empty', 'zero', 'text', 'no', 'yes', 'number', 'list', 'missing' ];
        const results = [];
        for (let i = 0; i < keys.length; i++) {
            const key = keys[i];
            const text = this.safeString (data, key);
            const flag = this.safeBool (data, key);
            const lower = this.safeStringLower (data, key, '');
            const row = [ text ? 'T' : 'F', flag ? 'T' : 'F', !text, !flag, text || 'fallback', flag || 'fallback',
                text && 'and', flag && 'and', lower || 'none', this.safeString2 (data, key, 'zero') || 'none' ];
            if (text && !flag) {
                row.push ('text only');
            }
            if (flag || text === 'a') {
                row.push ('either');
            }
            results.push (row);
        }
        const compared = [ Precise.stringGt ('1', '0') ? 'gt' : 'le', Precise.stringEq (undefined, '0') ? 'eq' : 'missing',
            !Precise.stringLt ('1', '2'), Precise.stringGe ('2', '2') || 'no', Precise.stringLe (undefined, '1') || 'no' ];
        return [ results, compared ];
    }
}
