import Exchange from './base/Exchange.js';

export default class empty_object extends Exchange {
    run () {
        return [ JSON.stringify ({}), Array.isArray ({}), {} ];
    }
}
