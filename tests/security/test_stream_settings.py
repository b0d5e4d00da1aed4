"""Every streaming setting is an integer in its range, in every runtime (red-team round 45).

The constructors refused a stream bound of describe () above its default (`value <= default`) and nothing else, and
took the other streaming settings (timeout, keepAlive, maxReconnects, backoffBase, backoffMax) as they came. The values
went to the libraries as they were: ws reads `maxPayload | 0` and takes 0 (so anything in (-1, 1), and any negative) as
no limit and a handshakeTimeout of 0 as none; aiohttp takes a max_msg_size of 0 as no limit and refuses every frame for
-1, and a timeout of 0 failed every handshake at once. Measured before the change against a WebSocket server on
127.0.0.1 that answered with an 8 MB frame (the default bound is 4 MiB), with a file that `exkit check` passed:
`'streaming': { 'maxFrameSize': 0 }` (or 0.5) let the frame through in Node and asyncio, -1 in Node alone, and
`'timeout': 0` made Node wait for a stalled handshake for ever where asyncio refused at once.

Now describe ()'s bounds are integers from 1 to their default, timeout, keepAlive, backoffBase and backoffMax integers
from 1 to 2^31 - 1 milliseconds and maxReconnects one from 0 to 2^31 - 1; a setting left out is named as the other
user's settings are. The config's may raise a bound (the user's choice, as before), but are integers in the same
ranges up to 2^31 - 1. Node, both Pythons and PHP refuse the same values with the same ExchangeError, and the stream
clients check the settings they give ws and aiohttp again.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys

import pytest
from aiohttp import web

from tests.base_runners import ROOT, run_calls
from tests.emit.compiled import run_everywhere
from tests.streaming_runs import WebSocketServer, streaming_results
from transpiler.harness.run import RUNTIMES

sys.path.insert(0, os.path.join(ROOT, "python"))

import exchangekit  # noqa: E402
import exchangekit.async_support  # noqa: E402

MAX = 2 ** 31 - 1
BOUNDS = {"maxFrameSize": 4194304, "maxQueue": 100, "maxFrames": 10000, "cacheLimit": 1000, "maxBookLevels": 20000,
          "maxBalanceCurrencies": 10000, "maxInboundSize": 67108864}
OTHERS = ("timeout", "keepAlive", "maxReconnects", "backoffBase", "backoffMax")
SETTINGS = tuple(BOUNDS) + OTHERS
# values that are no setting's, with their text in the refusal
NOT_INTEGERS = [(0.5, "0.5"), (-0.5, "-0.5"), (1.5, "1.5"), (True, "true"), (False, "false"), ("100", "'100'"),
                ([5], "5"), ({"n": 5}, "[object Object]")]


def lowest(name: str) -> int:
    return 0 if name == "maxReconnects" else 1


def refusal(whose: str, name: str, text: str, highest: int) -> str:
    return f"{whose} streaming.{name} must be an integer from {lowest(name)} to {highest}, not {text}"


def bad_values(name: str, highest: int) -> list[tuple[object, str]]:
    below = lowest(name) - 1
    return [(below, str(below)), (-1, "-1"), (highest + 1, str(highest + 1)), (2 ** 53, str(2 ** 53))] + NOT_INTEGERS


DESCRIBE_REFUSED = [({"streaming": {name: value}}, {},
                     refusal("describe ()'s", name, text, BOUNDS.get(name, MAX)))
                    for name in SETTINGS for value, text in bad_values(name, BOUNDS.get(name, MAX))]
# The config's bounds may be raised, up to 2^31 - 1.
CONFIG_REFUSED = [({}, {"streaming": {name: value}}, refusal("the config's", name, text, MAX))
                  for name in SETTINGS for value, text in bad_values(name, MAX)]
CONFIG_REFUSED += [({}, {"streaming": {"timeout": None}}, refusal("the config's", "timeout", "null", MAX))]
CONFIG_REFUSED += [({}, {"streaming": value}, f"the config's streaming must be a dictionary of settings, not {text}")
                   for value, text in ((None, "null"), (5, "5"), ("x", "'x'"), ([1], "1"))]
# Left out (or null): named with the other user's settings, as the bounds were.
LEFT_OUT = [({"streaming": {name: None}}, {},
             f"describe () may not set or leave out the user's settings: streaming.{name} (pass them in the "
             "constructor's config)") for name in SETTINGS]
ACCEPTED = ([({"streaming": {name: lowest(name)}}, {}) for name in SETTINGS]
            + [({"streaming": {name: BOUNDS.get(name, MAX)}}, {}) for name in SETTINGS]
            + [({"streaming": {name: float(BOUNDS.get(name, 1000))}}, {}) for name in SETTINGS]  # 1000.0 is 1000
            + [({"streaming": {"maxFrameSize": 65536, "timeout": 3000, "keepAlive": 5000, "maxReconnects": 0}}, {})]
            + [({}, {"streaming": {name: MAX}}) for name in SETTINGS]
            + [({}, {"streaming": {name: lowest(name)}}) for name in SETTINGS]
            + [({}, {"streaming": []}), ({}, {"streaming": {}})])
CASES = DESCRIBE_REFUSED + CONFIG_REFUSED + LEFT_OUT + [case + ("",) for case in ACCEPTED]


@pytest.fixture(scope="module")
def outcomes():
    calls = [["construct", [describe, config]] for describe, config, _ in CASES]
    return {runtime: run_calls(runtime, {"calls": calls})[0] for runtime in RUNTIMES}


def mismatches(results: list[dict], cases: list[tuple]) -> list:
    first = CASES.index(cases[0])
    wrong = []
    for (describe, config, message), outcome in zip(cases, results[first:first + len(cases)]):
        expected = {"ok": True} if message == "" else {"throws": "ExchangeError", "message": message}
        if outcome != expected:
            wrong.append((describe, config, outcome))
    return wrong


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_describe_gives_each_setting_as_an_integer_in_its_range(outcomes, runtime):
    assert mismatches(outcomes[runtime], DESCRIBE_REFUSED) == []


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_the_configs_settings_are_integers_too(outcomes, runtime):
    assert mismatches(outcomes[runtime], CONFIG_REFUSED) == []


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_a_setting_left_out_is_named(outcomes, runtime):
    assert mismatches(outcomes[runtime], LEFT_OUT) == []


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_lowered_and_raised_values_in_range_still_construct(outcomes, runtime):
    assert mismatches(outcomes[runtime], [case for case in CASES if case[2] == ""]) == []


# The infinities, which JSON does not carry, from an exchange's own describe () (which `exkit check` holds to values
# written out: 1e400 is Infinity in every runtime; NaN it cannot write).
NOT_FINITE = {"infinite_keep_alive": "'keepAlive': 1e400", "negative_frames": "'maxFrameSize': -1e400",
              "infinite_reconnects": "'maxReconnects': 1e400", "negative_timeout": "'timeout': -1e400"}
NOT_FINITE_SOURCE = """import Exchange from './base/Exchange.js';

export default class %(name)s extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': '%(name)s',
            'streaming': { %(setting)s },
        });
    }

    run () {
        return 'constructed';
    }
}
"""


def test_no_runtime_constructs_an_exchange_whose_describe_gives_an_infinite_value(tmp_path):
    sources = {name: NOT_FINITE_SOURCE % {"name": name, "setting": setting} for name, setting in NOT_FINITE.items()}
    results = run_everywhere(str(tmp_path), sources).results
    assert results == {runtime: {name: {"error": "ExchangeError"} for name in NOT_FINITE} for runtime in results}


# NaN and the infinities in the user's config.
NOT_FINITE_CONFIG = [("timeout", "NaN"), ("maxFrameSize", "Infinity"), ("maxReconnects", "-Infinity")]
NODE_CONFIG = """import kraken from './kraken.js';
const results = [];
for (const [ name, value ] of %s) {
    try {
        new kraken ({ 'streaming': { [name]: Number (value) } });
        results.push ('constructed');
    } catch (error) {
        results.push (error.constructor.name + ': ' + error.message);
    }
}
console.log (JSON.stringify (results));
"""
PHP_CONFIG = """require 'php/base/autoload.php';
$results = [];
foreach (json_decode($argv[1]) as [$name, $value]) {
    try {
        new \\exchangekit\\kraken(['streaming' => [$name => ['NaN' => NAN, 'Infinity' => INF, '-Infinity' => -INF][$value]]]);
        $results[] = 'constructed';
    } catch (\\exchangekit\\BaseError $error) {
        $results[] = (new \\ReflectionClass($error))->getShortName() . ': ' . $error->getMessage();
    }
}
echo json_encode($results), "\\n";
"""


def test_every_runtime_refuses_a_config_value_that_is_not_finite():
    cases = json.dumps(NOT_FINITE_CONFIG)
    node = subprocess.run(["node", "--input-type=module", "-e", NODE_CONFIG % cases], cwd=os.path.join(ROOT, "js"),
                          capture_output=True, text=True, timeout=60)
    php = subprocess.run(["php", "-r", PHP_CONFIG, "--", cases], cwd=ROOT, capture_output=True, text=True, timeout=60)
    results = {"node": json.loads(node.stdout.strip().splitlines()[-1]),
               "php": json.loads(php.stdout.strip().splitlines()[-1])}
    for runtime, module in (("python", exchangekit), ("python-async", exchangekit.async_support)):
        results[runtime] = []
        for name, value in NOT_FINITE_CONFIG:
            try:
                module.kraken({"streaming": {name: float(value)}})
                results[runtime].append("constructed")
            except exchangekit.BaseError as error:
                results[runtime].append(f"{type(error).__name__}: {error}")
    expected = [f"ExchangeError: {refusal('the config' + chr(39) + 's', name, text, MAX)}"
                for name, text in NOT_FINITE_CONFIG]
    assert results == {runtime: expected for runtime in results}


def test_another_exchanges_settings_may_be_the_config():
    # (Python holds them in a read-only dictionary of its own class, a dictionary all the same)
    settings = exchangekit.kraken({"streaming": {"maxFrameSize": 1000}}).streaming
    assert exchangekit.async_support.kraken({"streaming": settings}).streaming["maxFrameSize"] == 1000


# --- the stream clients ------------------------------------------------------------------------------------------

# Settings changed past the constructor's check (a file whose this.streaming = ... a checker finding let through): the
# stream client refuses them before it connects (an origin where nothing listens: a connection would be refused).
UNCHECKED = [("maxFrameSize", 0), ("maxFrameSize", 0.5), ("timeout", 0), ("keepAlive", -1), ("maxReconnects", -1),
             ("backoffMax", 2 ** 31), ("maxQueue", "5")]
ORIGIN = "ws://127.0.0.1:9"
NODE_UNCHECKED = """import kraken from './kraken.js';
const results = [];
for (const [ name, value ] of %(cases)s) {
    const exchange = new kraken ({ 'urls': { 'ws': { 'public': %(origin)s } }, 'streaming': { 'maxReconnects': 0 } });
    exchange.streaming = Object.assign ({}, exchange.streaming, { [name]: value });
    try {
        await exchange.watch (%(origin)s, 'h', 'h', { 'op': 'subscribe' });
        results.push ('watched');
    } catch (error) {
        results.push (error.constructor.name + ': ' + error.message);
    }
    await exchange.close ();
}
console.log (JSON.stringify (results));
"""


async def python_unchecked() -> list[str]:
    results = []
    for name, value in UNCHECKED:
        exchange = exchangekit.async_support.kraken({"urls": {"ws": {"public": ORIGIN}},
                                                     "streaming": {"maxReconnects": 0}})
        exchange.streaming = {**exchange.streaming, name: value}
        try:
            await exchange.watch(ORIGIN, "h", "h", {"op": "subscribe"})
            results.append("watched")
        except Exception as error:
            results.append(f"{type(error).__name__}: {error}")
        await exchange.close()
    return results


def test_the_stream_clients_give_ws_and_aiohttp_only_checked_integers():
    script = NODE_UNCHECKED % {"cases": json.dumps(UNCHECKED), "origin": json.dumps(ORIGIN)}
    completed = subprocess.run(["node", "--input-type=module", "-e", script], cwd=os.path.join(ROOT, "js"),
                               capture_output=True, text=True, timeout=60)
    node = json.loads(completed.stdout.strip().splitlines()[-1])
    python = asyncio.run(python_unchecked())
    expected = [f"ExchangeError: kraken WebSocket {ORIGIN} has no streaming.{name} that is an integer from "
                f"{lowest(name)} to {MAX}" for name, _ in UNCHECKED]
    assert {"node": node, "python-async": python} == {"node": expected, "python-async": expected}


# --- lowered values bound the streams as before ----------------------------------------------------------------------

LOWERED = """import Exchange from './base/Exchange.js';

export default class %(name)s extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': '%(name)s',
            'urls': { 'api': 'http://127.0.0.1:9/api', 'ws': '%(ws)s' },
            'streaming': { 'maxFrameSize': 1000, 'timeout': 3000, 'keepAlive': 5000, 'maxReconnects': 0 },
        });
    }

    async handleMessage (url, message) {
        this.resolveUpdate (url, this.safeString (message, 'pad', '').length, this.safeString (message, 'hash'));
    }

    async run () {
        const results = [];
        const sizes = [ 900, 2000 ];
        for (let i = 0; i < sizes.length; i++) {
            const hash = 'h' + i.toString ();
            try {
                results.push (await this.watch (this.urls['ws'], hash, hash, { 'hash': hash, 'size': sizes[i] }));
            } catch (e) {
                this.rethrowUncaught (e);
                results.push ('refused');
            }
        }
        return results;
    }
}
"""


class PaddingServer(WebSocketServer):
    """A WebSocket server that answers each message {"hash", "size"} with a frame {"hash", "pad"} of that size."""

    async def connection(self, request):
        socket = web.WebSocketResponse(max_msg_size=0)
        await socket.prepare(request)
        async for message in socket:
            asked = json.loads(message.data)
            await socket.send_str(json.dumps({"hash": asked["hash"], "pad": "x" * asked["size"]}))
        return socket


def test_a_lowered_frame_bound_still_holds_in_node_and_asyncio(tmp_path):
    server = PaddingServer()
    results = streaming_results(str(tmp_path), "lowered", LOWERED % {"name": "lowered", "ws": server.url})
    # 900 bytes pass a bound of 1,000; 2,000 drop the connection, twice (maxReconnects 0: the callers get the error)
    assert results == {"node": [900, "refused"], "python-async": [900, "refused"]}
