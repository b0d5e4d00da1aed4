import Exchange from './base/Exchange.js';

// slice with bounds far past any length, as a caller's limit may be (fetchOrderBook (symbol, 1e300)): PHP cast
// such a double to an integer, 0, and cut everything.
export default class slice_far_bounds extends Exchange {
    run () {
        const levels = [ 1, 2, 3 ];
        const text = 'abc';
        return [ levels.slice (0, 1e300), levels.slice (-1e300), levels.slice (1e300), levels.slice (0, -1e300),
            levels.slice (0, 1e19), levels.slice (-0.5), levels.slice (0, -0.5), levels.slice (1.9, 2.9),
            text.slice (0, 1e300), text.slice (-1e300, -1) ];
    }
}
