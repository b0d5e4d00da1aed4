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

// loadMarkets stores what fetchMarkets returns as it is: each market must be the full unified structure that
// safeMarketStructure makes of it. Where a market is not, the keys safeMarketStructure would add (at the top, in
// precision, in limits and in each of its bounds, the only levels it fills) or the order it would give them, as
// lines '[index].path: ...' (the first 10), for certify's CERT-S002.
const isDictionary = (value) => (typeof value === 'object') && (value !== null) && !Array.isArray (value);
const shown = (value) => (value === undefined) ? 'undefined' : JSON.stringify (value);

// The dictionaries of a market whose keys are compared in turn: precision, limits and each of its bounds.
const MARKET_LEVELS = { 'precision': {}, 'limits': { '*': {} } };

function unlikeStructure (actual, full, path, found, levels) {
    const keys = Object.keys (full);
    const missing = keys.filter ((key) => !Object.hasOwn (actual, key));
    for (const key of missing) {
        found.push (`${path}.${key}: missing (safeMarketStructure gives ${shown (full[key])})`);
    }
    if ((missing.length === 0) && (Object.keys (actual).join ('\n') !== keys.join ('\n'))) {
        found.push (`${path}: its keys are in another order than safeMarketStructure's (${keys.join (', ')})`);
    }
    for (const key of keys) {
        const inner = Object.hasOwn (levels, key) ? levels[key] : levels['*'];
        if ((inner !== undefined) && isDictionary (full[key]) && isDictionary (actual[key])) {
            unlikeStructure (actual[key], full[key], `${path}.${key}`, found, inner);
        }
    }
}

function unstructuredMarkets (exchange, markets) {
    const found = [];
    if (!Array.isArray (markets)) {
        return found;
    }
    for (let i = 0; (i < markets.length) && (found.length < 10); i++) {
        if (isDictionary (markets[i])) {
            let full = undefined;
            try {
                full = exchange.safeMarketStructure (markets[i]);
            } catch (error) {
                found.push (`[${i}]: safeMarketStructure refuses it (${error.constructor.name}: ${error.message})`);
                continue;
            }
            unlikeStructure (markets[i], full, `[${i}]`, found, MARKET_LEVELS);
        }
    }
    return found.slice (0, 10);
}

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
        const outcome = { 'requests': exchange.sent, 'ok': (result === undefined) ? null : result };
        if (testCase.method === 'fetchMarkets') {
            const unstructured = unstructuredMarkets (exchange, result);
            if (unstructured.length > 0) {
                outcome['unstructured'] = unstructured;
            }
        }
        results.push (outcome);
    } catch (error) {
        results.push ({ 'requests': exchange.sent, 'throws': error.constructor.name, 'message': error.message });
    }
}
console.log ('\n' + taggedJson (results)); // the last line: verbose logs may come before
