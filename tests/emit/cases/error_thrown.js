import Exchange from './base/Exchange.js';
import { RateLimitExceeded } from './base/errors.js';

export default class error_thrown extends Exchange {
    run () {
        const attempts = [];
        try {
            throw new RateLimitExceeded ('slow down');
        } catch (e) {
            this.rethrowUncaught (e);
            attempts.push (1);
            throw e;
        }
    }
}
