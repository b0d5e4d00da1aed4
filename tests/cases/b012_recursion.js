import Exchange from './base/Exchange.js';

// A depth of the response's choosing takes another path in each runtime: no method calls itself.
export default class b012_recursion extends Exchange {
    countLevels (levels) {
        if (levels.length === 0) {
            return 0;
        }
        return 1 + this.countLevels (levels.slice (1));
        //              ^ SUB-B012
    }

    parseNested (value) {
        return this.unwrapNested (value);
        //          ^ SUB-B012
    }

    unwrapNested (value) {
        return (value === undefined) ? undefined : this.parseNested (value['inner']);
        //                                              ^ SUB-B012
    }

    parseTrade (trade, market = undefined) {
        // the base class's parseTrades calls parseTrade, which calls it back
        const inner = this.safeList (trade, 'fills', []);
        const fills = this.parseTrades (inner, market);
        //                 ^ SUB-B012
        return this.safeTrade ({ 'id': this.safeString (trade, 'id'), 'info': trade, 'fills': fills }, market);
    }

    countLoop (levels) {
        let count = 0;
        for (let i = 0; i < levels.length; i++) {
            count = count + 1;
        }
        return count;
    }
}
