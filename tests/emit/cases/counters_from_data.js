import Exchange from './base/Exchange.js';

export default class counters_from_data extends Exchange {
    run () {
        // A loop counter whose start comes from the data, or that a dictionary's own `length` bounds, is no short
        // count: Python and PHP stepped it natively past 2^53, exactly, where Node rounds (red-team round 29: a start
        // of 2^53 - 1 from a response chose another side in Node).
        const start = parseInt ('9007199254740991');
        const unbounded = { 'length': Infinity };
        const fromData = [];
        for (let i = start; i < unbounded.length; i += 2) {
            fromData.push (i - start);
            if (fromData.length >= 3) {
                break;
            }
        }
        const writtenFar = [];
        for (let i = 9007199254740991; i < unbounded.length; i++) {
            writtenFar.push (i - 9007199254740990);
            if (writtenFar.length >= 4) {
                break;
            }
        }
        const wideSteps = [];
        for (let i = 0; i < unbounded.length; i += 4294967295) {
            if (i > 9007199254740000) {
                wideSteps.push (i - 9007199254740000);
            }
            if (wideSteps.length >= 2) {
                break;
            }
        }
        return [ fromData, writtenFar, wideSteps, (fromData[2] === 4) ? 'buy' : 'sell' ];
    }
}
