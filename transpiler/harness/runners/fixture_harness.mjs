// The exchange class as the fixture runners play it (exchange_node.mjs, stream_node.mjs): the clock fixed at
// fixtureMilliseconds, a fixed uuid, and HTTP replaced by the case's responses (pending), each request recorded
// (sent). Everything else, signing included, is the exchange's own code.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function readRequest () {
    // The runner's request: JSON on stdin.
    let input = '';
    for await (const chunk of process.stdin) {
        input += chunk;
    }
    return JSON.parse (input);
}

export async function exchangeClassOf (exchangeId) {
    // EXCHANGEKIT_JS_INDEX is the absolute path of the package index (js/index.js of the source tree, or the index
    // of an installed package); the exchange is imported from <id>.js beside it, so that an exchange that is not
    // built into the index yet runs from its source.
    const folder = path.dirname (process.env.EXCHANGEKIT_JS_INDEX);
    return (await import (pathToFileURL (path.join (folder, `${exchangeId}.js`)))).default;
}

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
