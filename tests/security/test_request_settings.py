"""The requests' settings timeout, maxResponseSize and maxDecompressedSize are integers in a range that every runtime
honours, in every runtime (red-team round 51).

They were taken as they came: `timeout: 0.5` (seconds by mistake) was no timeout at all in PHP ((int) 0.5 is 0, which
curl reads as never: a stalling server held the request until it closed, 8 s), 0 or -1 none in PHP and asyncio, an
immediate RequestTimeout in Node and a native ValueError in Python sync; 2^31 ms an immediate RequestTimeout in Node
alone (setTimeout's overflow); a `maxDecompressedSize` past 2^32 made every gzip response a BadResponse in Node alone
(zlib's maxOutputLength), and a text or null a native TypeError in Python. Now the config's values are integers from
1 to 2^31 - 1 ms (timeout) and from 1 to 2^29 - 24 bytes (the sizes: V8's longest string, which every body becomes in
Node), refused otherwise with the same ExchangeError in Node, both Pythons and PHP; and fetch refuses to send a
request under values that the user set after the constructor (exchange.timeout = 0.5), as the stream clients check
theirs again.
"""

from __future__ import annotations

import asyncio
import functools
import gzip
import json
import os
import subprocess
import sys

import pytest

from tests.base_runners import ROOT, get_each_route, run_calls
from tests.http_server import RawServer
from transpiler.harness.run import RUNTIMES

sys.path.insert(0, os.path.join(ROOT, "python"))

import exchangekit  # noqa: E402
import exchangekit.async_support  # noqa: E402

MAX_TIMEOUT = 2 ** 31 - 1
MAX_BODY_SIZE = 2 ** 29 - 24
HIGHEST = {"timeout": MAX_TIMEOUT, "maxResponseSize": MAX_BODY_SIZE, "maxDecompressedSize": MAX_BODY_SIZE}
# values that are no setting's, with their text in the refusal
NOT_INTEGERS = [(0, "0"), (-1, "-1"), (0.5, "0.5"), (1e-9, "1e-9"), (2 ** 32 + 1, "4294967297"),
                (2 ** 53, "9007199254740992"), (1e300, "1e+300"), ("3000", "'3000'"), (None, "null"), (True, "true"),
                ([5], "5"), ({"n": 5}, "[object Object]")]
REFUSED = [(name, value, f"the config's {name} must be an integer from 1 to {highest}, not {text}")
           for name, highest in HIGHEST.items()
           for value, text in NOT_INTEGERS + [(highest + 1, str(highest + 1))]]
ACCEPTED = [(name, value, "") for name, highest in HIGHEST.items() for value in (1, highest, 1000.0)]
CASES = REFUSED + ACCEPTED


class Responder(RawServer):
    """Answers a request for /<route> with 200 and routes[route] (the rest of its head, and its body; None: no
    answer); counts the requests it read."""

    def __init__(self, routes: dict[str, bytes]) -> None:
        self.routes, self.requests = routes, 0
        super().__init__()

    def answer(self, connection, data: bytes) -> None:
        self.requests += 1
        rest = self.routes.get(self.route(data).split("?")[0], b"Content-Length: 3\r\n\r\n[1]")
        if rest is None:  # no answer, until the client closes
            try:
                while connection.recv(65536):
                    pass
            except OSError:
                pass
            return
        connection.sendall(b"HTTP/1.1 200 OK\r\nConnection: close\r\n" + rest)


@pytest.fixture(scope="module")
def outcomes():
    calls = [["construct", [{}, {name: value}]] for name, value, _ in CASES]
    return {runtime: run_calls(runtime, {"calls": calls})[0] for runtime in RUNTIMES}


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_the_config_gives_each_request_bound_as_an_integer_in_its_range(outcomes, runtime):
    wrong = []
    for (name, value, message), outcome in zip(CASES, outcomes[runtime]):
        expected = {"ok": True} if message == "" else {"throws": "ExchangeError", "message": message}
        if outcome != expected:
            wrong.append((name, value, outcome))
    assert wrong == []


# the highest values (Node's zlib took a maxOutputLength up to 2^32, and a body up to 2^29 - 24 bytes becomes a
# string), and integers written as floats (Python's zlib took no float as the most to decompress)
@pytest.mark.parametrize("timeout, size", [(MAX_TIMEOUT, MAX_BODY_SIZE), (3000.0, 1000.0)])
def test_the_values_in_range_are_honoured_by_every_runtime(timeout, size):
    body = gzip.compress(b'{"a":1}')
    server = Responder({"gz": b"Content-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(body) + body,
                        "plain": b'Content-Length: 7\r\n\r\n{"a":1}'})
    try:
        results = get_each_route(server.url, ["gz", "plain"], timeout=timeout, maxResponseSize=size,
                                 maxDecompressedSize=size)
    finally:
        server.socket.close()
    assert {runtime: outcomes for runtime, (outcomes, _) in results.items()} == \
        {runtime: [{"ok": {"a": 1}}] * 2 for runtime in results}


def test_a_bound_written_as_a_float_is_named_as_an_integer():
    body = gzip.compress(b'{"a":1}')
    server = Responder({"gz": b"Content-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(body) + body,
                        "long": b"Content-Length: 2000\r\n\r\n" + b" " * 2000, "silent": None})
    try:
        results = get_each_route(server.url, ["gz", "long", "silent"], timeout=1000.0, maxResponseSize=1000.0,
                                 maxDecompressedSize=5.0)
    finally:
        server.socket.close()
    expected = [
        {"throws": "BadResponse", "message": f"local GET {server.url}/gz returned a gzip body that decompresses to more "
                                            "than maxDecompressedSize (5 bytes)"},
        {"throws": "BadResponse", "message": f"local GET {server.url}/long sent a response body larger than "
                                            "maxResponseSize (1000 bytes)"},
        {"throws": "RequestTimeout", "message": f"local GET {server.url}/silent timed out after 1000 ms"}]
    assert {runtime: outcomes for runtime, (outcomes, _) in results.items()} == {runtime: expected for runtime in results}


# --- values set after the constructor ------------------------------------------------------------------------------

SET_LATER = [("timeout", 0.5), ("timeout", 0), ("timeout", 2 ** 31), ("timeout", None),
             ("maxResponseSize", "1000"), ("maxDecompressedSize", 2 ** 32 + 1), ("maxDecompressedSize", 1e300)]
NODE = """import kraken from './kraken.js';
const [ origin, cases ] = JSON.parse (process.argv[1]);
const outcomes = [];
for (const [ name, value ] of cases) {
    const exchange = new kraken ({ 'urls': { 'api': origin } });
    exchange[name] = (value === null) ? undefined : value;
    try {
        outcomes.push ({ 'ok': await exchange.fetch (origin + '/x') });
    } catch (error) {
        outcomes.push ({ 'throws': error.constructor.name, 'message': error.message });
    }
}
console.log (JSON.stringify (outcomes));
"""
PHP = """require 'php/base/autoload.php';
[$origin, $cases] = json_decode($argv[1], true);
$outcomes = [];
foreach ($cases as [$name, $value]) {
    $exchange = new \\exchangekit\\kraken(['urls' => ['api' => $origin]]);
    $exchange->$name = $value;
    try {
        $outcomes[] = ['ok' => $exchange->fetch("$origin/x")];
    } catch (\\Throwable $error) {
        $outcomes[] = ['throws' => (new \\ReflectionClass($error))->getShortName(), 'message' => $error->getMessage()];
    }
}
echo json_encode($outcomes), "\\n";
"""


def python_outcome(exchange, origin: str, sync: bool) -> dict:
    try:
        return {"ok": exchange.fetch(f"{origin}/x") if sync else asyncio.run(exchange.fetch(f"{origin}/x"))}
    except Exception as error:
        return {"throws": type(error).__name__, "message": str(error)}


def python_outcomes(module, origin: str) -> list[dict]:
    outcomes = []
    for name, value in SET_LATER:
        exchange = module.kraken({"urls": {"api": origin}})
        setattr(exchange, name, value)
        outcomes.append(python_outcome(exchange, origin, module is exchangekit))
    return outcomes


def script_outcomes(command: list[str], cwd: str, origin: str) -> list[dict]:
    completed = subprocess.run(command + [json.dumps([origin, SET_LATER])], cwd=cwd, capture_output=True, text=True,
                               timeout=60)
    lines = completed.stdout.strip().splitlines()
    assert completed.returncode == 0 and lines, completed.stdout + completed.stderr
    return json.loads(lines[-1])


@functools.cache
def set_later(runtime: str) -> tuple[list[dict], str, int]:
    """Each SET_LATER case's outcome of a fetch in runtime, the server's origin, and the requests it read."""
    server = Responder({})
    try:
        if runtime == "js":
            outcomes = script_outcomes(["node", "--input-type=module", "-e", NODE], os.path.join(ROOT, "js"), server.url)
        elif runtime == "php":
            outcomes = script_outcomes(["php", "-r", PHP, "--"], ROOT, server.url)
        else:
            module = exchangekit if runtime == "python" else exchangekit.async_support
            outcomes = python_outcomes(module, server.url)
    finally:
        server.socket.close()
    return outcomes, server.url, server.requests


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_fetch_sends_nothing_under_a_bound_set_after_the_constructor(runtime):
    outcomes, origin, requests = set_later(runtime)
    expected = [{"throws": "ExchangeError",
                 "message": f"kraken GET {origin}/x has no {name} that is an integer from 1 to {HIGHEST[name]}"}
                for name, _ in SET_LATER]
    assert outcomes == expected
    assert requests == 0
