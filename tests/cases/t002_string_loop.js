import Exchange from './base/Exchange.js';

// PHP's foreach does not iterate a string: the loop ran no time there.
export default class t002_string_loop extends Exchange {
    async fetchCase (symbol, params = {}) {
        const text = 'abc';
        const characters = [];
        for (const character of text) {
        //                      ^ SUB-T002
            characters.push (character);
        }
        for (const part of text.split ('')) {
            characters.push (part);
        }
        return characters;
    }
}
