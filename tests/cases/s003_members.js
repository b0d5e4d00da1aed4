import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class s003_members extends Exchange {
    static create () {
    // ^5 SUB-S003
    }

    get fee () {
    // ^5 SUB-S003
        return 1;
    }

    set fee (value) {
    // ^5 SUB-S003
    }

    constructor () {
    // ^5 SUB-S003
        super ();
    }

    ['computed'] () {
    // ^6 SUB-S003
    }

    'quoted' () {
    // ^5 SUB-S003
    }
}
