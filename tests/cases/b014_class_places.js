import Exchange from './base/Exchange.js';
import { BadRequest, InsufficientFunds, OrderNotFound } from './base/errors.js';

// An error class is read where the base class reads it: exceptions[kind][code] and httpExceptions[status] of the
// dictionary describe () returns. One written elsewhere in the maps was read by ownValue as undefined in Node and as
// the first letter of its name in PHP, and one that a call moved under options was a string in PHP alone
// (red-team round 27).
export default class b014_class_places extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'b014_class_places',
            'options': this.extend ({ 'exceptions': { 'kind': BadRequest } }),
            //                                                ^ SUB-B014
            'exceptions': {
                'custom': BadRequest,
                //        ^ SUB-B014
                'exact': {
                    '51008': InsufficientFunds,
                    'nested': { '1': BadRequest },
                    //               ^ SUB-B014
                },
                'broad': {
                    'not found': OrderNotFound,
                },
            },
            'httpExceptions': {
                '418': BadRequest,
                'teapot': { 'code': BadRequest },
                //                  ^ SUB-B014
            },
        });
    }
}
