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

    // in any case, with or without underscores, as the constructors compare them: PHP refused every construction of
    // an exchange with a method apikey (), the name of apiKey there (red-team round 46)
    apikey () {
    // ^5 SUB-B006
        return 'k';
    }

    last_json_Response () {
    // ^5 SUB-B006
        return {};
    }

    apiKeyOf () {
        return 'k';
    }

    async fetchCase (symbol, params = {}) {
        return [ this.session (), this.markets (), this.apikey (), this.last_json_Response (), this.apiKeyOf () ];
    }
}
