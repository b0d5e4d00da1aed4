// Runs an exchange's fixture cases in Node (see tests/exchange_fixtures.py): reads { id, markets,
// currencies, cases: [{ method, args, config, milliseconds, responses }] } on stdin and prints, per case, the
// requests sent and { ok: result } or { throws: ErrorClass, message }. HTTP is replaced by the fixture's
// responses and the clock is fixed; everything else, signing included, is the exchange's own code.
// EXCHANGEKIT_JS_INDEX is the absolute path of the package index (js/index.js of the source tree, or the index
// of an installed package); the exchange is imported from <id>.js beside it, so that an exchange that is not
// built into the index yet runs from its source.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fixtureHarness from './fixture_harness.mjs';

let input = '';
for await (const chunk of process.stdin) {
    input += chunk;
}
const spec = JSON.parse (input);
const folder = path.dirname (process.env.EXCHANGEKIT_JS_INDEX);
const exchangeClass = (await import (pathToFileURL (path.join (folder, `${spec.id}.js`)))).default;
const undefinedForNull = (value) => (value === null ? undefined : value);

const Harness = fixtureHarness (exchangeClass);

const results = [];
for (const testCase of spec.cases) {
    const exchange = new Harness (testCase.config);
    exchange.fixtureMilliseconds = testCase.milliseconds;
    exchange.sent = [];
    exchange.pending = [ ...testCase.responses ];
    if (spec.markets) {
        exchange.setMarkets (spec.markets, undefinedForNull (spec.currencies));
    }
    try {
        const result = await exchange[testCase.method] (...testCase.args.map (undefinedForNull));
        results.push ({ 'requests': exchange.sent, 'ok': (result === undefined) ? null : result });
    } catch (error) {
        results.push ({ 'requests': exchange.sent, 'throws': error.constructor.name, 'message': error.message });
    }
}
console.log ('\n' + JSON.stringify (results)); // the last line: verbose logs may come before
