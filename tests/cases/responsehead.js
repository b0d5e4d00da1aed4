import Exchange from './base/Exchange.js';

// PHP's base runtime declares class ResponseHead in the namespace the exchanges share (red-team round 45)
export default class responsehead extends Exchange {
//                   ^ SUB-S005
}
