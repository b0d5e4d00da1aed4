import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class s003_class_field extends Exchange {
    fee = 0.1;
    // ^5 SUB-S003
}
