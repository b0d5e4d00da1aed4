// Plays an exchange's stream fixture cases in Node (see transpiler/harness/streams.py): reads { id, markets,
// currencies, cases: [{ config, milliseconds, calls, responses }] } on stdin, where each case's config points
// urls['ws'] at the local scripted server, and prints per case the outcome of each call, { ok: result } or
// { throws: ErrorClass, message }. The clock and the backoff's jitter are fixed, sleeps are recorded (and not
// slept), HTTP is replaced by the case's responses (fixture_harness.mjs); the streaming itself is the library's,
// over a real socket.
import fixtureHarness, { exchangeClassOf, readRequest } from './fixture_harness.mjs';
import taggedJson from './tagged_json.mjs';

const spec = await readRequest ();
const exchangeClass = await exchangeClassOf (spec.id);
const undefinedForNull = (value) => (value === null ? undefined : value);
const CALL_TIMEOUT = 20000; // ms: a call that never settles is reported, not waited for

class Harness extends fixtureHarness (exchangeClass) {
    streamRandom () {
        return 0.5;
    }

    async sleep (milliseconds) {
        this.sleeps.push (milliseconds);
        await new Promise ((resolve) => setTimeout (resolve, 1));
    }
}

async function play (exchange, call) {
    // A call of the exchange, or one of the harness's own: $sleeps (the backoff delays so far), $backlog (updates
    // and frames held), $wait (ms of real time, for a slow reader), $streamUrls (urls['ws'] as constructed).
    if (call.method === '$streamUrls') {
        return exchange.urls['ws'];
    }
    if (call.method === '$sleeps') {
        return exchange.sleeps;
    }
    if (call.method === '$backlog') {
        return exchange.streamBacklog ();
    }
    if (call.method === '$wait') {
        await new Promise ((resolve) => setTimeout (resolve, call.args[0]));
        return null;
    }
    if (!/^(watch|unWatch)[A-Z][A-Za-z]*$/.test (call.method)) {
        throw new Error ('a stream case may call only the watch and unWatch methods, not ' + call.method);
    }
    let timer = undefined;
    const timeout = new Promise ((resolve, reject) => {
        timer = setTimeout (() => reject (new Error ('the call did not settle within ' + CALL_TIMEOUT + ' ms')), CALL_TIMEOUT);
    });
    try {
        return await Promise.race ([ exchange[call.method] (...call.args.map (undefinedForNull)), timeout ]);
    } finally {
        clearTimeout (timer);
    }
}

function onlyLocal (urls, server, unscripted) {
    // urls['ws'] with every URL that is not at the local server replaced by its refused path (a copy).
    if (typeof urls === 'string') {
        return urls.startsWith (server) ? urls : unscripted;
    }
    if ((urls === null) || (typeof urls !== 'object')) {
        return urls;
    }
    const result = Array.isArray (urls) ? [] : {};
    for (const [ key, value ] of Object.entries (urls)) {
        result[key] = onlyLocal (value, server, unscripted);
    }
    return result;
}

function localConfig (testCase) {
    // The case's config with urls['ws'] complete: describe ()'s other stream URLs go to the server too.
    const server = new URL (testCase.unscripted).origin.replace (/^http/, 'ws') + '/';
    const described = new Harness (testCase.config).urls['ws'];
    return { ...testCase.config, 'urls': { 'ws': onlyLocal (described, server, testCase.unscripted) } };
}

const results = [];
for (const testCase of spec.cases) {
    const exchange = new Harness (localConfig (testCase));
    exchange.fixtureMilliseconds = testCase.milliseconds;
    exchange.sleeps = [];
    exchange.sent = [];
    exchange.pending = [ ...testCase.responses ];
    if (spec.markets && (spec.markets.length > 0)) { // (an empty list loads none, as in Python and PHP: they test its truth)
        exchange.setMarkets (spec.markets, undefinedForNull (spec.currencies));
    }
    const outcomes = [];
    for (const call of testCase.calls) {
        try {
            const result = await play (exchange, call);
            outcomes.push ({ 'ok': (result === undefined) ? null : result });
        } catch (error) {
            outcomes.push ({ 'throws': error.constructor.name, 'message': error.message });
        }
    }
    await exchange.close ();
    results.push (outcomes);
}
console.log ('\n' + taggedJson (results));
process.exit (0); // sockets that a failed case left behind do not hold the runner
