import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class x001_class_in_method extends Exchange {
    async fetchCase (symbol, params = {}) {
        class Helper {
        // ^9 SUB-X001
        }
        return Helper;
    }
}
