import Exchange from './base/Exchange.js';
import { ROUND } from './base/functions/number.js';

// A parameter's default made of other values is shared with them in Node and Python and copied in PHP, where SUB-D007,
// which follows the method's body, did not see it: `body = request` sent a sell in Node and Python and a buy in PHP
// (red-team round 27). Constants, made anew at each call, are defaults.
export default class e017_parameter_defaults extends Exchange {
    orderBody (request, body = request) {
    //                         ^ SUB-E017
        request['side'] = 'sell';
        return this.urlencode (body);
    }

    batchBody (order, batch = [ order ], inner = order['nested'], count = this.count ()) {
    //                        ^ SUB-E017
    //                                           ^ SUB-E017
    //                                                                    ^ SUB-E017
        order['side'] = 'sell';
        return [ this.json (batch), inner, count ];
    }

    count () {
        return 1;
    }

    constants (params = {}, limit = undefined, side = 'buy', offset = -1, levels = [ 1, [ 'a' ], { 'k': 1 } ],
        options = { 'type': 'limit', 'flags': [ true ] }, mode = ROUND) {
        return [ params, limit, side, offset, levels, options, mode ];
    }
}
