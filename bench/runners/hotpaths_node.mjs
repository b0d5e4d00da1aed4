// Runs the jobs of bench/hotpaths.py in Node, like hotpaths_python.py: jobs on stdin, per job the best time of its
// timed calls (null if none: a count of instructions subtracts such a run) and the result of its last call as JSON
// on the last line, every key kept (undefined written as null), for loadMarkets the loaded state. The job's
// `warmup` calls come first, untimed: V8 runs a call at full speed only once it has compiled it.
// EXCHANGEKIT_JS_INDEX is the package index (js/index.js).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as baselines from './baselines.mjs';

// Read at once: chunks as the pipe delivers them would vary the work from one run of a job to the next.
const jobs = JSON.parse (readFileSync (0, 'utf8'));
const folder = path.dirname (process.env.EXCHANGEKIT_JS_INDEX);

async function harnessClass (id) {
    const exchangeClass = (await import (pathToFileURL (path.join (folder, `${id}.js`)))).default;
    return class Harness extends exchangeClass {
        milliseconds () {
            return 1700000000000;
        }

        async fetch (url, method = 'GET', headers = undefined, body = undefined) {
            for (const response of this.benchResponses) {
                if (url.includes (response.match)) {
                    return this.handleRestResponse (200, '', url, method, {}, response.body, headers, body);
                }
            }
            throw new Error ('no bench response for ' + url);
        }
    };
}

function fullJson (value) {
    return JSON.stringify (value, (key, item) => ((item === undefined) ? null : item));
}

const output = [];
for (const job of jobs) {
    const times = [];
    const warmup = job.warmup ?? 0;
    const calls = warmup + job.repeat;
    const timed = (call, started) => {
        if (call >= warmup) {
            times.push ((performance.now () - started) / 1000);
        }
    };
    let result = undefined;
    if (job.baseline) {
        const parse = baselines[job.baseline];
        if (parse === undefined) {
            output.push ({ 'best': null, 'result': null }); // no native parse written in JavaScript
            continue;
        }
        const texts = job.responses.map ((response) => response.body);
        const args = [ texts, job ];
        if (job.prepare === 'load') { // the markets are loaded before the timed call, as the unified call's are
            args.push (baselines[job.id + '_markets'] (texts.slice (1), job)['markets']);
        }
        for (let i = 0; i < calls; i++) {
            const started = performance.now ();
            result = parse (...args);
            timed (i, started);
        }
    } else {
        const Harness = await harnessClass (job.id);
        const create = () => {
            const exchange = new Harness ({ ...job.config, 'enableRateLimit': false });
            exchange.benchResponses = job.responses;
            return exchange;
        };
        let exchange = create ();
        if (job.prepare === 'fixture') {
            exchange.setMarkets (job.markets, job.currencies === null ? undefined : job.currencies);
        } else if (job.prepare === 'load') {
            await exchange.loadMarkets ();
        }
        const args = job.args.map ((value) => (value === null ? undefined : value));
        for (let i = 0; i < calls; i++) {
            const started = performance.now ();
            if (job.prepare === 'new') {
                exchange = create ();
            }
            result = await exchange[job.method] (...args);
            timed (i, started);
        }
        if (job.method === 'loadMarkets') {
            result = { 'markets': exchange.markets, 'marketsById': exchange.marketsById, 'symbols': exchange.symbols, 'ids': exchange.ids };
        }
    }
    output.push ({ 'best': times.length ? Math.min (...times) : null, 'result': fullJson (result) });
}
console.log ('\n' + JSON.stringify (output));
