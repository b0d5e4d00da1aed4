// Runs an exchange's fixture cases in Node (see tests/exchange_fixtures.py): reads { id, markets,
// currencies, cases: [{ method, args, config, milliseconds, responses }] } on stdin and prints, per case, the
// requests sent and { ok: result } or { throws: ErrorClass, message }. HTTP is replaced by the fixture's
// responses and the clock is fixed (fixture_harness.mjs); everything else, signing included, is the exchange's own
// code.
import fixtureHarness, { exchangeClassOf, readRequest } from './fixture_harness.mjs';
import taggedJson from './tagged_json.mjs';

const spec = await readRequest ();
const exchangeClass = await exchangeClassOf (spec.id);
const undefinedForNull = (value) => (value === null ? undefined : value);

const Harness = fixtureHarness (exchangeClass);

const results = [];
for (const testCase of spec.cases) {
    const exchange = new Harness (testCase.config);
    exchange.fixtureMilliseconds = testCase.milliseconds;
    exchange.sent = [];
    exchange.pending = [ ...testCase.responses ];
    if (spec.markets && (spec.markets.length > 0)) { // (an empty list loads none, as in Python and PHP: they test its truth)
        exchange.setMarkets (spec.markets, undefinedForNull (spec.currencies));
    }
    try {
        const result = await exchange[testCase.method] (...testCase.args.map (undefinedForNull));
        results.push ({ 'requests': exchange.sent, 'ok': (result === undefined) ? null : result });
    } catch (error) {
        results.push ({ 'requests': exchange.sent, 'throws': error.constructor.name, 'message': error.message });
    }
}
console.log ('\n' + taggedJson (results)); // the last line: verbose logs may come before
