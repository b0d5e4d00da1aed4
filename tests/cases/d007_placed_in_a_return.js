import Exchange from './base/Exchange.js';
import { BadRequest } from './base/errors.js';

// A value put into what a return or throw hands over, and changed in place later in the same statement: the entry
// holds the changed value in Node and Python, the value as it was in PHP (red-team round 27). A change before the
// placement, or in a later statement of another path, is the same everywhere.
export default class d007_placed_in_a_return extends Exchange {
    reversedTwice (text) {
        const list = this.parseJson (text);
        return [ list, list.reverse () ];
        //             ^ SUB-D007
    }

    sortedInAnError (text) {
        const list = this.parseJson (text);
        if (list.length > 2) {
            throw new BadRequest (this.json ({ 'given': list, 'sorted': list.sort () }));
            //                                                          ^ SUB-D007
        }
        list.push (1);
        return [ list.sort (), list ];
    }
}
