import Exchange from './base/Exchange.js';

export default class walks_of_changing_lists extends Exchange {
    run () {
        // A for ... of loop whose body changes the list it walks in place, otherwise than by push and its kin: Node
        // and Python walk the list as it changes, PHP's foreach walked the list it started with (red-team round 29:
        // three passes in Node and Python, one in PHP, or the other way round). PHP walks such a variable by index.
        const grown = [ 'a' ];
        const seenGrowing = [];
        for (const item of grown) {
            seenGrowing.push (item);
            if (grown.length < 3) {
                grown[grown.length] = item + 'b';
            }
        }
        const cut = [ 'a', 'b', 'c' ];
        const lengthKey = 'len' + 'gth';
        let passes = 0;
        for (const item of cut) {
            passes += 1;
            cut[lengthKey] = 1;
        }
        const later = [ 'a', 'b', 'c' ];
        const seenChanged = [];
        for (const item of later) {
            seenChanged.push (item);
            later[2] = 'z';
        }
        return [ seenGrowing, passes, seenChanged, (passes === 1) ? 'buy' : 'sell' ];
    }
}
