"""What a stream client does with the frames a hostile server sends, in Node and Python asyncio (red-team round 31).

- The frames waiting for the handler were bounded by count only (maxFrames, 10,000 frames of up to maxFrameSize, 4 MiB,
  already parsed): while a handler awaited (binance's book handler awaits a REST snapshot, which a hostile server
  answers late), 1 MB frames grew Node's heap 3.6 MB a frame until V8 aborted, and Python's memory 8 MB a frame. Their
  bytes, as received (a text frame's UTF-8), are bounded too now (maxInboundSize, 64 MiB): past it the connection is
  dropped and the callers get a NetworkError, as past maxFrames.
- Python's reader caught only a broken connection's errors: anything else (a MemoryError, a bug) ended its task unseen,
  without a reconnection, and the callers' watch waited for good; so did an error of the reconnection other than an
  ExchangeError or a NetworkError (Node's catch takes everything). The callers get it now, as in Node.
- An error that a handler threw reached the callers unredacted, where fetch redacts an error of the exchange's making
  (and rejectUpdate its message): a bitfinex book level echoing the API key showed the key in the BadResponse.

The handlers of the first two are the tests' own, in place of the exchange's, so that one can wait as binance's
waits for its snapshot. Servers on 127.0.0.1 only."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys

import pytest

from tests.base_runners import ROOT
from transpiler.harness.run import Library
from transpiler.harness.stream_server import StreamServer
from transpiler.harness.streams import StreamCase, load_stream_fixture, play

sys.path.insert(0, os.path.join(ROOT, "python"))

import exchangekit  # noqa: E402
import exchangekit.async_support  # noqa: E402

SUBSCRIBE = {"event": "subscribe"}
HANDLING = {"handling": 1}  # what the test's handler sends once it holds the first frame (and waits for good)
# Frames of characters beyond ASCII, sent as written: their bytes (UTF-8) are neither their length in Python (code
# points) nor in Node (UTF-16 units).
WAITING_TEXTS = [json.dumps({"n": index, "text": "é😀" * 10}, ensure_ascii=False) for index in range(5)]
WAITING = [{"$text": text} for text in WAITING_TEXTS]
WAITING_BYTES = sum(len(text.encode("utf-8")) for text in WAITING_TEXTS)


def bound_script() -> list[dict]:
    # The first frame is held by the handler before the others come: those wait, in either runtime.
    return [{"receive": SUBSCRIBE}, {"send": [{"first": 1}]}, {"receive": HANDLING}, {"send": WAITING}]


def run_node(script: str) -> str:
    completed = subprocess.run(["node", "--input-type=module", "-e", script], cwd=os.path.join(ROOT, "js"),
                               capture_output=True, text=True, timeout=60)
    return completed.stdout + completed.stderr


def node_exchange(url: str, streaming: dict) -> str:
    return ("import kraken from './kraken.js';\n"
            f"const url = {json.dumps(url)};\n"
            f"const exchange = new kraken ({{ 'urls': {{ 'ws': {{ 'public': url }} }}, "
            f"'streaming': {json.dumps(streaming)} }});\n"
            "const shown = (error) => error.constructor.name + ': ' + error.message;\n")


def python_exchange(url: str, streaming: dict):
    return exchangekit.async_support.kraken({"urls": {"ws": {"public": url}}, "streaming": streaming})


# --- the bytes of the frames waiting for the handler ---------------------------------------------------------------

NODE_BOUND = """
exchange.handleMessage = async (url, message) => {
    if (message['first'] === 1) {
        await exchange.sendFrame (url, %(handling)s);
        await new Promise (() => {}); // (as a REST snapshot that never comes)
    }
};
const update = exchange.watch (url, 'hash', 'hash', %(subscribe)s);
let outcome = undefined;
update.then (() => { outcome = 'resolved'; }, (error) => { outcome = shown (error); });
for (let i = 0; (i < 1000) && (outcome === undefined) && (exchange.streamBacklog () < %(count)d); i++) {
    await new Promise ((resolve) => setTimeout (resolve, 10));
}
console.log ((outcome === undefined) ? ('waiting ' + exchange.streamBacklog ()) : outcome);
await exchange.close ();
"""


async def python_bound(url: str, bound: int) -> str:
    exchange = python_exchange(url, {"maxInboundSize": bound})

    async def handle_message(url, message):
        if message.get("first") == 1:
            await exchange.send_frame(url, HANDLING)
            await asyncio.get_running_loop().create_future()  # (as a REST snapshot that never comes)

    exchange.handle_message = handle_message
    update = asyncio.ensure_future(exchange.watch(url, "hash", "hash", SUBSCRIBE))
    try:
        for _ in range(1000):
            if update.done() or exchange.stream_backlog() >= len(WAITING):
                break
            await asyncio.sleep(0.01)
        if not update.done():
            return f"waiting {exchange.stream_backlog()}"
        error = update.exception()
        return "resolved" if error is None else f"{type(error).__name__}: {error}"
    finally:
        await exchange.close()
        await asyncio.gather(update, return_exceptions=True)


def node_bound(url: str, bound: int) -> str:
    script = node_exchange(url, {"maxInboundSize": bound}) + NODE_BOUND % {
        "handling": json.dumps(HANDLING), "subscribe": json.dumps(SUBSCRIBE), "count": len(WAITING)}
    return run_node(script).strip()


def played_bound(runtime: str, bound: int) -> tuple[str, list[str]]:
    with StreamServer({"/bound": bound_script()}) as server:
        url = server.url("/bound")
        outcome = asyncio.run(python_bound(url, bound)) if runtime == "python-async" else node_bound(url, bound)
        return outcome.replace(url, "URL"), server.problems()


@pytest.mark.parametrize("runtime", ["js", "python-async"])
def test_frames_of_the_bound_bytes_wait(runtime):
    outcome, problems = played_bound(runtime, WAITING_BYTES)
    assert (outcome, problems) == (f"waiting {len(WAITING)}", [])


@pytest.mark.parametrize("runtime", ["js", "python-async"])
def test_a_byte_past_the_bound_drops_the_connection(runtime):
    # (before: the frames waited, whatever their bytes, up to maxFrames of them)
    outcome, problems = played_bound(runtime, WAITING_BYTES - 1)
    assert outcome == ("NetworkError: kraken WebSocket URL sent frames faster than they could be handled (more than "
                       f"maxInboundSize {WAITING_BYTES - 1} bytes waiting)"), outcome
    assert problems == []


def test_the_bound_is_64_mib_and_a_config_may_set_it():
    # (an exchange's describe () may lower it, never raise it: tests/test_base_http.py)
    exchange = exchangekit.async_support.kraken()
    assert exchange.streaming["maxInboundSize"] == 64 * 1024 * 1024
    assert exchangekit.async_support.kraken({"streaming": {"maxInboundSize": 1000}}).streaming["maxInboundSize"] == 1000


# --- what else fails in Python's reader and reconnection -----------------------------------------------------------

async def python_reader_fails(url: str) -> list[str]:
    exchange = python_exchange(url, {})
    parse_json = exchange.parse_json

    def failing_parse_json(text):
        if "fail" in text:
            raise MemoryError("no memory left for the frame")  # (js.UNCAUGHT: the call fails with it)
        return parse_json(text)

    async def handle_message(url, message):
        exchange.resolve_update(url, message, "hash")

    exchange.parse_json = failing_parse_json
    exchange.handle_message = handle_message
    outcomes = []
    try:
        for _ in range(2):
            try:
                outcomes.append(json.dumps(await asyncio.wait_for(exchange.watch(url, "hash", "hash", SUBSCRIBE), 10)))
            except (exchangekit.BaseError, MemoryError) as error:
                outcomes.append(f"{type(error).__name__}: {error}")
    finally:
        await exchange.close()
    return outcomes


NODE_READER = """
const parseJson = exchange.parseJson.bind (exchange);
exchange.parseJson = (text) => {
    if (text.includes ('fail')) {
        throw new RangeError ('no memory left for the frame'); // (as V8's bound on a list's length)
    }
    return parseJson (text);
};
exchange.handleMessage = (url, message) => exchange.resolveUpdate (url, message, 'hash');
const outcomes = [];
for (let i = 0; i < 2; i++) {
    try { outcomes.push (JSON.stringify (await exchange.watch (url, 'hash', 'hash', %(subscribe)s))); }
    catch (error) { outcomes.push (shown (error)); }
}
console.log (JSON.stringify (outcomes));
await exchange.close ();
"""

READER_STEPS = [{"receive": SUBSCRIBE}, {"send": [{"fail": 1}]}, {"closed": True},
                {"receive": SUBSCRIBE}, {"send": [{"after": "the reconnection"}]}]


def test_python_asyncio_gives_the_callers_what_its_reader_did_not_expect():
    # (before: the reader's task ended with the MemoryError, unseen; the watch waited for good)
    with StreamServer({"/reader": list(READER_STEPS)}) as server:
        outcomes = asyncio.run(python_reader_fails(server.url("/reader")))
        assert outcomes == ["MemoryError: no memory left for the frame", '{"after": "the reconnection"}']
        assert server.problems() == []


def test_node_gives_the_callers_what_its_reader_did_not_expect():
    # (before: the RangeError went up through ws's socket listener, an uncaught exception)
    with StreamServer({"/reader": list(READER_STEPS)}) as server:
        url = server.url("/reader")
        output = run_node(node_exchange(url, {}) + NODE_READER % {"subscribe": json.dumps(SUBSCRIBE)})
        assert json.loads(output.strip().splitlines()[-1]) == ["RangeError: no memory left for the frame",
                                                               '{"after":"the reconnection"}'], output
        assert server.problems() == []


RESUBSCRIBE_STEPS = [{"receive": SUBSCRIBE}, {"drop": True}]


async def python_resubscription_fails(url: str) -> str:
    exchange = python_exchange(url, {})

    async def resubscribe_message(url, subscribe_hash, message):
        raise TypeError("a bug of the exchange's renewal")

    exchange.resubscribe_message = resubscribe_message
    try:
        await asyncio.wait_for(exchange.watch(url, "hash", "hash", SUBSCRIBE), 10)
        return "resolved"
    except (exchangekit.BaseError, TypeError) as error:
        return f"{type(error).__name__}: {error}"
    finally:
        await exchange.close()


NODE_RESUBSCRIPTION = """
exchange.resubscribeMessage = async () => { throw new TypeError ("a bug of the exchange's renewal"); };
try { await exchange.watch (url, 'hash', 'hash', %(subscribe)s); console.log ('resolved'); }
catch (error) { console.log (shown (error)); }
await exchange.close ();
"""


@pytest.mark.parametrize("runtime", ["js", "python-async"])
def test_an_error_of_the_reconnection_reaches_the_callers(runtime):
    # (before, in Python: only an ExchangeError or a NetworkError did; the TypeError ended the task unseen)
    with StreamServer({"/resubscribe": list(RESUBSCRIBE_STEPS)}) as server:
        url = server.url("/resubscribe")
        if runtime == "python-async":
            outcome = asyncio.run(python_resubscription_fails(url))
        else:
            outcome = run_node(node_exchange(url, {}) + NODE_RESUBSCRIPTION % {"subscribe": json.dumps(SUBSCRIBE)})
        assert outcome.strip() == "TypeError: a bug of the exchange's renewal", outcome


# --- the handlers' errors, redacted ----------------------------------------------------------------------------------

KEY = "FAKE-BITFINEX-API-KEY"  # the bitfinex fixture's apiKey
BOOK = {"event": "subscribe", "channel": "book", "symbol": "tBTCUSD", "prec": "P0", "freq": "F0", "len": "25"}
SUBSCRIBED = {"event": "subscribed", "channel": "book", "chanId": 10961, "symbol": "tBTCUSD", "prec": "P0",
              "freq": "F0", "len": "25", "pair": "BTCUSD"}
ECHO = StreamCase("bitfinex", 0, {
    "streams": {"public": [{"receive": {"event": "conf", "flags": 131072}}, {"receive": BOOK},
                           {"send": [SUBSCRIBED, [10961, [[KEY, 1, 0.75], [6000, 2, 1.25]]]]}]},
    "calls": [{"method": "watchOrderBook", "args": ["BTC/USD"]}]})


@pytest.mark.parametrize("runtime", ["js", "python-async"])
def test_a_handlers_error_leaves_the_credentials_out(runtime):
    base, _ = load_stream_fixture(ROOT, "bitfinex")
    assert base["config"]["apiKey"] == KEY
    outcomes, problems = play(Library.source_tree(ROOT), runtime, "bitfinex", base, [ECHO])
    # (before: ... is not a number: ["FAKE-BITFINEX-API-KEY","0.75"])
    assert outcomes[0][0]["throws"] == "BadResponse", outcomes
    assert KEY not in outcomes[0][0]["message"] and '["***",' in outcomes[0][0]["message"], outcomes
    assert problems == []
