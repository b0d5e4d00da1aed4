import Exchange from './base/Exchange.js';

export default class pad_limits extends Exchange {
    run () {
        // Past the longest string V8 makes (2^29 - 24 code units) padStart and padEnd throw (a RangeError in Node):
        // a length read from a response never costs gigabytes.
        const results = [];
        const lengths = [ 536870889, 600000000, 5 ];
        for (let i = 0; i < lengths.length; i++) {
            try {
                results.push ([ 'x'.padStart (lengths[i], 'ab').length, 'x'.padEnd (lengths[i]).length ]);
            } catch (e) {
                this.rethrowUncaught (e);
                results.push ('refused');
            }
        }
        return results;
    }
}
