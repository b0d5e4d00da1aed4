"""Frames for what no caller watched keep nothing (red-team round 10), in Node and Python asyncio.

A server may send frames for symbols never subscribed. The base class kept them all: a trade cache per symbol (a
thousand trades each), every ticker in the tickers that watchTickers hands out (copied whole for every ticker after
it: 20,000 such frames, 2 MB, took Node 80 s), and binance fetched a REST snapshot for the depth update of any
symbol a frame named, then kept its book. resolveCached, resolveOrder, resolveCandle and resolveTicker keep state only
for message hashes a caller watched on that connection (the tickers only of known markets), and binance's depth
handler ignores a book nobody watches."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys

import pytest

from tests.base_runners import ROOT

sys.path.insert(0, os.path.join(ROOT, "python"))

import exchangekit.async_support  # noqa: E402

FIXTURE = os.path.join(ROOT, "tests", "fixtures", "exchanges", "binance.json")
URL = "wss://stream.binance.com:9443/ws"
COUNT = 300


def node_printed(script: str):
    """The JSON value that a Node script, run as a module in js/, printed last."""
    completed = subprocess.run(["node", "--input-type=module", "-e", script], cwd=os.path.join(ROOT, "js"),
                               capture_output=True, text=True, timeout=120)
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout.strip().splitlines()[-1])


def frames() -> list[dict]:
    found = []
    for number in range(COUNT):
        found.append({"e": "24hrTicker", "s": f"FAKE{number}", "c": "1", "E": 1})
        found.append({"e": "trade", "s": f"FAKE{number}", "t": number, "p": "1", "q": "1", "T": 1})
        found.append({"e": "kline", "s": f"FAKE{number}", "k": {"t": 1, "o": "1", "h": "1", "l": "1", "c": "1",
                                                                 "v": "1", "i": "1m"}})
    found.append({"e": "depthUpdate", "s": "FAKE0", "U": 1, "u": 2, "b": [["1", "1"]], "a": []})
    return found


def test_node_keeps_nothing_of_frames_nobody_watched():
    script = ("import binance from './binance.js';\nimport fs from 'node:fs';\n"
              f"const fixture = JSON.parse (fs.readFileSync ({json.dumps(FIXTURE)}, 'utf8'));\n"
              "const exchange = new binance ({});\n"
              "exchange.setMarkets (fixture['markets'], fixture['currencies']);\n"
              f"for (const frame of {json.dumps(frames())}) {{ await exchange.handleMessage ({json.dumps(URL)}, frame); }}\n"
              "console.log (JSON.stringify (Object.keys (exchange.streams)));\n")
    assert node_printed(script) == []


def test_python_asyncio_keeps_nothing_of_frames_nobody_watched():
    fixture = json.load(open(FIXTURE, encoding="utf-8"))

    async def play():
        exchange = exchangekit.async_support.binance({})
        exchange.set_markets(fixture["markets"], fixture.get("currencies"))
        try:
            for frame in frames():
                await exchange.handle_message(URL, frame)
            return list(exchange.streams)
        finally:
            await exchange.close()

    assert asyncio.run(play()) == []


# Every stream fixture's frames, played with no caller watching anything: the exchanges' own handlers (kraken's,
# bitfinex's, bitstamp's and poloniex's books, kraken's and bitfinex's trades, bitfinex's candles) kept a book, a cache
# or a checksum resync of any symbol a frame named, and resubscribed to it; kraken's private handlers kept the orders
# and trades of any connection's frames, so that the public feed's server put orders and fills in what watchOrders
# and watchMyTrades hand out (red-team round 68). Nothing is kept but what the markets make.
STREAM_EXCHANGES = sorted(name[:-len(".json")] for name in os.listdir(os.path.join(ROOT, "tests", "fixtures", "streams")))
OF_THE_MARKETS = {"pairs"}  # (kraken's WebSocket names of the markets)


def fixture_frames(exchange: str) -> list[tuple[str, object]]:
    """(stream name, frame) of every frame the server sends in the exchange's stream fixture."""
    with open(os.path.join(ROOT, "tests", "fixtures", "streams", f"{exchange}.json"), encoding="utf-8") as handle:
        cases = json.load(handle)["cases"]
    return [(name, frame) for case in cases for name, script in case["streams"].items() for step in script
            for frame in step.get("send") or []]


def markets_of(exchange: str) -> dict:
    with open(os.path.join(ROOT, "tests", "fixtures", "exchanges", f"{exchange}.json"), encoding="utf-8") as handle:
        return json.load(handle)


@pytest.mark.parametrize("exchange", STREAM_EXCHANGES)
def test_python_asyncio_keeps_nothing_of_the_fixture_frames_nobody_watched(exchange):
    fixture = markets_of(exchange)

    async def play():
        instance = getattr(exchangekit.async_support, exchange)({"apiKey": "key", "secret": "c2VjcmV0"})
        instance.set_markets(fixture["markets"], fixture.get("currencies"))
        streams = instance.urls["ws"]
        try:
            for name, frame in fixture_frames(exchange):
                try:
                    await instance.handle_message(streams if isinstance(streams, str) else streams[name], frame)
                except Exception:  # noqa: BLE001 (a private frame of no login may be refused: what is kept counts)
                    pass
            return sorted(instance.streams)
        finally:
            await instance.close()

    kept = asyncio.run(play())
    assert set(kept) <= OF_THE_MARKETS, kept


@pytest.mark.parametrize("exchange", STREAM_EXCHANGES)
def test_node_keeps_nothing_of_the_fixture_frames_nobody_watched(exchange):
    fixture = markets_of(exchange)
    script = (f"import exchangeClass from './{exchange}.js';\n"
              "const exchange = new exchangeClass ({ 'apiKey': 'key', 'secret': 'c2VjcmV0' });\n"
              f"exchange.setMarkets ({json.dumps(fixture['markets'])}, {json.dumps(fixture.get('currencies'))} ?? undefined);\n"
              "const streams = exchange.urls['ws'];\n"
              f"for (const [ name, frame ] of {json.dumps(fixture_frames(exchange))}) {{\n"
              "    try { await exchange.handleMessage ((typeof streams === 'string') ? streams : streams[name], frame); }"
              " catch (error) {}\n}\n"
              "console.log (JSON.stringify (Object.keys (exchange.streams)));\n"
              "await exchange.close ();\n")
    kept = node_printed(script)
    assert set(kept) <= OF_THE_MARKETS, kept


# bitfinex routes a channel's frames by the chanId its subscribed event names: an event of the private connection's
# server rerouted the public feed (BTC/USD's watchers got ETH/BTC's prices), and an event's pair, besides the symbol
# subscribed to, chose the market (red-team round 69). Only the public connection's events count, for the symbol. A
# connection made again gives the ids anew, BTC/USD's new one ETH/BTC's old one, which ETH/BTC's event then dropped
# (round 70: BTC/USD's feed went silent).
def ticker_subscribed(symbol: str, chan_id: int, pair: str | None = None) -> dict:
    return {"event": "subscribed", "channel": "ticker", "symbol": symbol, "pair": pair or symbol[1:], "chanId": chan_id}


SUBSCRIBED = [["private", ticker_subscribed("tBTCUSD", 7)],
              ["public", ticker_subscribed("tBTCUSD", 5, "ETHBTC")], ["public", ticker_subscribed("tETHBTC", 6)],
              ["public", ticker_subscribed("tBTCUSD", 6)], ["public", ticker_subscribed("tETHBTC", 9)]]
ROUTED = {"channels": {"6": {"hash": "ticker:tBTCUSD", "channel": "ticker", "symbol": "tBTCUSD", "pair": "BTCUSD",
                             "key": None},
                       "9": {"hash": "ticker:tETHBTC", "channel": "ticker", "symbol": "tETHBTC", "pair": "ETHBTC",
                             "key": None}},
          "chanIds": {"ticker:tBTCUSD": "6", "ticker:tETHBTC": "9"}}


def test_python_asyncio_routes_bitfinex_channels_by_the_public_connections_events():
    async def play():
        exchange = exchangekit.async_support.bitfinex({})
        try:
            exchange.request_channel("ticker:tBTCUSD")
            exchange.request_channel("ticker:tETHBTC")
            for connection, event in SUBSCRIBED:
                await exchange.handle_message(exchange.stream_url(connection), event)
            return {key: exchange.streams.get(key) for key in ROUTED}
        finally:
            await exchange.close()

    assert json.loads(json.dumps(asyncio.run(play()))) == ROUTED


def test_node_routes_bitfinex_channels_by_the_public_connections_events():
    script = ("import bitfinex from './bitfinex.js';\n"
              "const exchange = new bitfinex ({});\n"
              "exchange.requestChannel ('ticker:tBTCUSD');\nexchange.requestChannel ('ticker:tETHBTC');\n"
              f"for (const [ connection, event ] of {json.dumps(SUBSCRIBED)}) {{\n"
              "    await exchange.handleMessage (exchange.streamUrl (connection), event);\n}\n"
              "const routed = { 'channels': exchange.streams['channels'], 'chanIds': exchange.streams['chanIds'] };\n"
              "console.log (JSON.stringify (routed, (key, value) => (value === undefined) ? null : value));\n"
              "await exchange.close ();\n")
    assert node_printed(script) == ROUTED
