import Exchange from './base/Exchange.js';
import { TICK_SIZE } from './base/functions/number.js';

// Node and Python compare dictionaries and lists by identity, PHP by content: this file returned [ false, false ]
// in Node and Python and [ true, true ] in PHP, and could take another branch there (red-team round 29).
export default class e022_container_equality extends Exchange {
    attack () {
        const a = { 'x': 1 };
        const b = { 'x': 1 };
        const c = this.safeDict (this.options, 'nothing', {});
        const d = this.safeDict (this.options, 'nothing2', {});
        return [ a === b, c === d ];
        //         ^ SUB-E022
        //                  ^ SUB-E022
    }

    unknown (entry, other, list) {
        const side = (entry['side'] !== other['side']) ? 'buy' : 'sell';
        //                          ^ SUB-E022
        const same = this.numberToString (entry) === this.safeInteger (other, 'id', {});
        //                                       ^ SUB-E022
        const guarded = (typeof entry === 'object') && (entry === other);
        //                                                    ^ SUB-E022
        const late = (entry === other) && (typeof entry !== 'object');
        //                  ^ SUB-E022
        switch (entry) {
            case list:
            //   ^ SUB-E022
                return side;
            default:
                return [ same, guarded, late, [] === [] ];
                //                               ^ SUB-E022
        }
    }

    safe (entry, other, value) {
        const id = this.safeString (entry, 'id');
        const count = this.safeInteger (entry, 'count', 0);
        return [
            entry === 'buy',
            entry['side'] !== undefined,
            typeof entry === 'object',
            id === other['id'],
            this.safeString (entry, 'id') === this.safeString (other, 'id'),
            count === other['count'],
            this.safeNumber (entry, 'price') === other['price'],
            this.safeTimestamp (entry, 'time', undefined) === other['time'],
            this.numberToString (count) === other['count'],
            this.parseNumber (value) === other['value'],
            this.json (entry) === this.json (other),
            value === value,
            other['precisionMode'] === TICK_SIZE,
            (typeof value !== 'object') && (entry['value'] === value),
            (typeof value === 'string') && (value !== '') && (other === value),
        ];
    }

    searches (entry, list, text) {
        // includes and indexOf of a list compare by === as well; a text's read the value as a text, Object.keys
        // holds texts, and this.inArray finds no dictionary or list in any runtime
        const found = [ { 'x': 1 } ].includes ({ 'x': 1 });
        //                                     ^ SUB-E022
        const at = list.indexOf (entry['nested']);
        //                       ^ SUB-E022
        const named = 'abc'.indexOf (entry);
        const keyed = Object.keys (entry).includes (text);
        const guarded = (typeof text !== 'object') && (list.indexOf (text) > 0);
        const late = (list.indexOf (text) > 0) && (typeof text !== 'object');
        //                          ^ SUB-E022
        return [ found, at, named, keyed, guarded, late, this.inArray (entry, list), list.includes ('buy') ];
    }

    cases (entry) {
        switch (entry['type']) {
            case 'limit':
                return 1;
            case TICK_SIZE:
                return 2;
            default:
                return 3;
        }
    }
}
