'use strict';

const Exchange = require ('./base/Exchange');
const { BadRequest } = require ('./base/errors');

module.exports = class s001_commonjs_ok extends Exchange {
    fetchCase () {
        throw new BadRequest ('no');
    }
};
