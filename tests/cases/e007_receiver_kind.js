import Exchange from './base/Exchange.js';

// concat is translated as the array method ('ab'.concat ('c') became [ 'a', 'b', 'c' ] in Python); the members that
// only one kind of value has are findings on the other kind.
export default class e007_receiver_kind extends Exchange {
    async fetchCase (symbol, params = {}) {
        const text = 'ab';
        const joined = text.concat ('c');
        //                  ^ SUB-E007
        const backwards = text.reverse ();
        //                     ^ SUB-E007
        const list = [ ' a ' ];
        const trimmed = list.trim ();
        //                   ^ SUB-E007
        const both = list.concat ([ 'b' ]);
        const parts = text.split ('').join ('-');
        return [ joined, backwards, trimmed, both, parts ];
    }
}
