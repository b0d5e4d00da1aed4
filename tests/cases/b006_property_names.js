import Exchange from './base/Exchange.js';

// A method named like a property of the exchange is hidden by it (or stops its construction); Python's layer also
// sets self.session, which hid a session method in Python only.
export default class b006_property_names extends Exchange {
    session () {
    // ^5 SUB-B006
        return 1;
    }

    markets () {
    // ^5 SUB-B006
        return [];
    }

    async fetchCase (symbol, params = {}) {
        return [ this.session (), this.markets () ];
    }
}
