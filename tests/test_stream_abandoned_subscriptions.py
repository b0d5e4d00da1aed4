"""A bitfinex subscription unwatched before the server answered it, in Node and Python asyncio.

Unsubscribing names the chanId of the subscribed event, which had not come: nothing was sent, the server went on
sending the channel's frames, and the next watch of the same channel was refused as already subscribed (10301). The
subscribed event of such an abandoned subscription now unsubscribes its chanId. The stream fixture cannot play this
(its calls run one after the other, and a watch returns only once answered): the test's client unwatches while its
watch waits, and sends a ping event (a frame of Bitfinex's own) to let the server answer. The server then answers a
subscription the client asks for meanwhile, ETH/BTC's: once the client holds that one's chanId, the server has read
what came before it. Servers on 127.0.0.1 only."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys

from tests.base_runners import ROOT
from transpiler.harness.stream_server import StreamServer

sys.path.insert(0, os.path.join(ROOT, "python"))

import exchangekit.async_support  # noqa: E402

FIXTURE = json.load(open(os.path.join(ROOT, "tests", "fixtures", "exchanges", "bitfinex.json"), encoding="utf-8"))
SUBSCRIBE = {"event": "subscribe", "channel": "ticker", "symbol": "tBTCUSD"}
INFO = {"event": "info", "version": 2, "platform": {"status": 1}}
PING = {"event": "ping", "cid": 1}
TICKER = [5, [7616.5, 31.9, 7617.5, 43.4, -550.8, -0.0674, 7617.1, 8314.7, 8257.8, 7500]]


def subscribed(symbol: str, chan_id: int) -> dict:
    return {"event": "subscribed", "channel": "ticker", "chanId": chan_id, "symbol": symbol, "pair": symbol[1:]}


# The subscription's late answer comes with its frames; the client's unsubscribe must follow it.
SCRIPT = [{"receive": SUBSCRIBE}, {"send": [INFO]}, {"receive": PING},
          {"send": [subscribed("tBTCUSD", 5), TICKER, {"event": "pong", "cid": 1, "ts": 1700000000000}]},
          {"receive": {"event": "unsubscribe", "chanId": 5}},
          {"send": [{"event": "unsubscribed", "status": "OK", "chanId": 5}, subscribed("tETHBTC", 6)]}]
# What the client keeps once ETH/BTC's chanId came: that one alone.
KEPT = {"chanIds": {"ticker:tETHBTC": "6"}, "channels": ["6"], "abandonedChannels": {}}


def config(url: str) -> dict:
    return {"urls": {"ws": {"public": url, "private": url}}, "streaming": {"timeout": 5000}}


async def python_abandons(url: str) -> dict:
    exchange = exchangekit.async_support.bitfinex(config(url))
    exchange.set_markets(FIXTURE["markets"])
    answered = asyncio.Event()
    handle_message = exchange.handle_message

    async def handled(frame_url, message):
        if isinstance(message, dict) and message.get("event") == "info":
            answered.set()
        await handle_message(frame_url, message)

    exchange.handle_message = handled
    watching = asyncio.ensure_future(exchange.watch_ticker("BTC/USD"))
    try:
        await asyncio.wait_for(answered.wait(), 10)
        await exchange.un_watch_ticker("BTC/USD")
        exchange.request_channel("ticker:tETHBTC")
        await exchange.send_frame(url, PING)
        for _ in range(1000):
            if "ticker:tETHBTC" in exchange.streams.get("chanIds", {}):
                break
            await asyncio.sleep(0.01)
        return {"chanIds": exchange.streams.get("chanIds"), "channels": list(exchange.streams.get("channels", {})),
                "abandonedChannels": exchange.streams.get("abandonedChannels")}
    finally:
        watching.cancel()
        await exchange.close()


NODE = """
import bitfinex from './bitfinex.js';
const url = %(url)s;
const exchange = new bitfinex (%(config)s);
exchange.setMarkets (%(markets)s);
let answered = undefined;
const info = new Promise ((resolve) => { answered = resolve; });
const handleMessage = exchange.handleMessage.bind (exchange);
exchange.handleMessage = async (frameUrl, message) => {
    if ((message !== null) && (message['event'] === 'info')) {
        answered ();
    }
    await handleMessage (frameUrl, message);
};
exchange.watchTicker ('BTC/USD').catch (() => {});
await info;
await exchange.unWatchTicker ('BTC/USD');
exchange.requestChannel ('ticker:tETHBTC');
await exchange.sendFrame (url, %(ping)s);
for (let attempt = 0; (attempt < 1000) && !('ticker:tETHBTC' in (exchange.streams['chanIds'] ?? {})); attempt++) {
    await new Promise ((resolve) => setTimeout (resolve, 10));
}
const streams = exchange.streams;
console.log (JSON.stringify ({ 'chanIds': streams['chanIds'], 'channels': Object.keys (streams['channels'] ?? {}),
    'abandonedChannels': streams['abandonedChannels'] }));
await exchange.close ();
"""


def node_abandons(url: str) -> dict:
    script = NODE % {"url": json.dumps(url), "config": json.dumps(config(url)), "ping": json.dumps(PING),
                     "markets": json.dumps(FIXTURE["markets"])}
    completed = subprocess.run(["node", "--input-type=module", "-e", script], cwd=os.path.join(ROOT, "js"),
                               capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout)


def test_python_asyncio_unsubscribes_a_subscription_unwatched_before_its_answer():
    with StreamServer({"/public": SCRIPT}) as server:
        kept = asyncio.run(python_abandons(server.url("/public")))
        assert server.problems() == []
    assert kept == KEPT


def test_node_unsubscribes_a_subscription_unwatched_before_its_answer():
    with StreamServer({"/public": SCRIPT}) as server:
        kept = node_abandons(server.url("/public"))
        assert server.problems() == []
    assert kept == KEPT
