import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class s003_private extends Exchange {
    #secret () {
    // ^5 SUB-S003
    }
}
