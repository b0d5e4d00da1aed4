// The exchange class as the fixture runners play it (exchange_node.mjs, stream_node.mjs): the clock fixed at
// fixtureMilliseconds, a fixed uuid, and HTTP replaced by the case's responses (pending), each request recorded
// (sent). Everything else, signing included, is the exchange's own code.

// Thrown when a call sends more requests than the case has responses: a request test ends there.
export class NoFixtureResponse extends Error {}

export default function fixtureHarness (exchangeClass) {
    return class Harness extends exchangeClass {
        milliseconds () {
            return this.fixtureMilliseconds;
        }

        seconds () {
            return Math.floor (this.fixtureMilliseconds / 1000);
        }

        microseconds () {
            return this.fixtureMilliseconds * 1000;
        }

        uuid () {
            return '7d5b1d2e-4f0a-4c3b-9a8e-2b6c0f1e3d4a';
        }

        async fetch (url, method = 'GET', headers = undefined, body = undefined) {
            this.sent.push ({ url, method, 'headers': headers === undefined ? {} : headers, 'body': body === undefined ? null : body });
            const response = this.pending.shift ();
            if (response === undefined) {
                throw new NoFixtureResponse (`no fixture response for request ${this.sent.length}: ${method} ${url}`);
            }
            return this.handleRestResponse (response.status, '', url, method, response.headers, response.body, headers, body);
        }
    };
}
