// The Exchange base class. It holds the user's configuration; the unified API, describe()
// defaults and the request pipeline are added by the base-runtime work.

export default class Exchange {
    constructor (config = {}) {
        Object.assign (this, config);
    }
}
