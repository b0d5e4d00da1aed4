import Exchange from './base/Exchange.js';
import { BadRequest } from './base/errors.js';

export default class s001_module_ok extends Exchange {
    fetchCase () {
        throw new BadRequest ('no');
    }
}
