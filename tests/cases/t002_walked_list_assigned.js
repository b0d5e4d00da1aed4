import Exchange from './base/Exchange.js';

// The body of a for ... of loop does not assign the variable it walks: Node and Python go on walking the list the
// loop started with, where PHP's walk by index (the body grows the list) read the new one and its foreach walked a
// copy that a method's change in place missed (red-team round 28).
export default class t002_walked_list_assigned extends Exchange {
    addTo (list) {
        list.push ('sell');
        return list;
    }

    reassigned (text) {
        let list = this.parseJson (text);
        const seen = [];
        for (const x of list) {
            seen.push (x);
            if (seen.length === 1) {
                list.push ('buy');
                list = [ 'sell', 'sell' ];
                // ^17 SUB-T002
            }
        }
        return seen;
    }

    throughAMethod (text) {
        let list = this.parseJson (text);
        const seen = [];
        for (const x of list) {
            seen.push (x);
            list = this.addTo (list);
            // ^13 SUB-T002
        }
        return [ seen, list ];
    }

    decremented (text) {
        // (PHP walks by index a list that the body changes, and read NaN at the next pass: round 58)
        let list = this.parseJson (text);
        const seen = [];
        for (const x of list) {
            seen.push (x);
            list.pop ();
            list--;
            // ^13 SUB-T002
        }
        return seen;
    }

    aCopyOfItsOwn (text) {
        let list = this.parseJson (text);
        const items = list;
        const seen = [];
        for (const x of items) {
            seen.push (x);
        }
        list = [ 'sell' ];
        return [ seen, list ];
    }
}
