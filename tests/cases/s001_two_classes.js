import Exchange from './base/Exchange.js';

export default class s001_two_classes extends Exchange {
}

module.exports = class other extends Exchange {
//                     ^ SUB-S001
};
