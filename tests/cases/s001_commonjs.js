'use strict';

// CommonJS: the package is an ES module ("type": "module"), where Node defines neither require nor module, so this
// file ran in Python and PHP and did not load in Node.
const Exchange = require ('./base/Exchange');
//               ^ SUB-S002
const { BadRequest } = require ('./base/errors');
//                     ^ SUB-S002

module.exports = class s001_commonjs extends Exchange {
// ^1 SUB-S001
    fetchCase () {
        throw new BadRequest ('no');
    }
};
