"""A private stream's balance under a hostile server, in Node and Python asyncio.

Binance's, Kraken's, Bitfinex's and Poloniex's balance handlers took any currency a frame named and kept it for good,
and copied the whole balance for each account a frame named (Poloniex: then parsed every currency again for each):
a server that invents currencies grew the balance, and the time of each frame with it, without end. resolveBalance
keeps at most streaming['maxBalanceCurrencies'] (10,000) currencies, a new one dropped beyond (those seen first, and
their changes, stay), copies the balance once a frame, and keeps nothing when no caller watched the balance.
"""

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

BOUND = 10000
PER_FRAME = 6000
RESERVED = {"info", "timestamp", "datetime", "free", "used", "total"}
# Entries copied by extend over the three frames: one copy of the balance a frame is about 140,000; one an account,
# as before, about 160 million.
MAX_COPIED = 1000000


def frame(exchange: str, codes: list[str], amount: str):
    """A balance frame of exchange that names codes, each with amount."""
    if exchange == "binance":
        return {"e": "outboundAccountPosition", "E": 1, "u": 1, "B": [{"a": code, "f": amount, "l": "0"} for code in codes]}
    if exchange == "kraken":
        return {"channel": "balances", "type": "update",
                "data": [{"asset": code, "balance": amount, "timestamp": "2024-01-01T00:00:00.000Z"} for code in codes]}
    if exchange == "bitfinex":
        return [0, "ws", [["exchange", code, float(amount), 0, float(amount)] for code in codes]]
    return {"channel": "balances", "data": [{"currency": code, "available": amount, "hold": "0", "changeTime": 1}
                                            for code in codes]}


def frames(exchange: str) -> list:
    """Three frames of invented currencies, 18,000 in all, BTC the first of the first and the last of the last."""
    invented = [f"FAKE{number}" for number in range(3 * PER_FRAME - 2)]
    return [frame(exchange, ["BTC"] + invented[:PER_FRAME - 1], "1"),
            frame(exchange, invented[PER_FRAME - 1:2 * PER_FRAME - 1], "2"),
            frame(exchange, invented[2 * PER_FRAME - 1:] + ["BTC"], "3")]


def markets_of(exchange: str) -> dict:
    with open(os.path.join(ROOT, "tests", "fixtures", "exchanges", f"{exchange}.json"), encoding="utf-8") as handle:
        return json.load(handle)


def summary(balance) -> dict:
    """What the tests read of the balance a stream keeps."""
    if balance is None:
        return {"kept": None}
    codes = [code for code in balance if code not in RESERVED]
    btc = balance.get("BTC") or {}
    return {"kept": len(codes), "btc": [float(btc[kind]) for kind in ("free", "total") if btc.get(kind) is not None]}


EXCHANGES = ("binance", "kraken", "bitfinex", "poloniex")
CREDENTIALS = {"apiKey": "key", "secret": "c2VjcmV0"}


def play_python(exchange: str, watched: bool) -> dict:
    fixture = markets_of(exchange)

    async def play():
        instance = getattr(exchangekit.async_support, exchange)(dict(CREDENTIALS))
        instance.set_markets(fixture["markets"], fixture.get("currencies"))
        copied = [0]
        extend = instance.extend

        def counting_extend(*items):
            copied[0] += sum(len(item) for item in items if isinstance(item, dict))
            return extend(*items)

        instance.extend = counting_extend
        if watched:  # as if a caller watched the balance on the connection
            instance.is_watched = lambda url, message_hash: True
        try:
            for item in frames(exchange):
                await instance.handle_message("wss://127.0.0.1/private", item)
            return dict(summary(instance.streams.get("balance")), copied=copied[0])
        finally:
            await instance.close()

    return asyncio.run(play())


def play_node(exchange: str, watched: bool) -> dict:
    fixture = markets_of(exchange)
    script = (f"import exchangeClass from './{exchange}.js';\n"
              f"const exchange = new exchangeClass ({json.dumps(CREDENTIALS)});\n"
              f"exchange.setMarkets ({json.dumps(fixture['markets'])}, {json.dumps(fixture.get('currencies'))} ?? undefined);\n"
              "let copied = 0;\n"
              "const extend = exchange.extend.bind (exchange);\n"
              "exchange.extend = (...items) => {\n"
              "    for (const item of items) { if ((typeof item === 'object') && (item !== null)) { copied += Object.keys (item).length; } }\n"
              "    return extend (...items);\n"
              "};\n"
              + ("exchange.isWatched = () => true;\n" if watched else "")
              + f"for (const frame of {json.dumps(frames(exchange))}) {{\n"
              "    await exchange.handleMessage ('wss://127.0.0.1/private', frame);\n}\n"
              "const balance = exchange.streams['balance'];\n"
              "console.log (JSON.stringify ({ 'balance': balance ?? null, copied }));\n"
              "await exchange.close ();\n")
    completed = subprocess.run(["node", "--input-type=module"], input=script, cwd=os.path.join(ROOT, "js"),
                               capture_output=True, text=True, timeout=600)
    assert completed.returncode == 0, completed.stderr[-2000:]
    printed = json.loads(completed.stdout.strip().splitlines()[-1])
    return dict(summary(printed["balance"]), copied=printed["copied"])


PLAYERS = {"node": play_node, "python-async": play_python}


@pytest.mark.parametrize("exchange", EXCHANGES)
@pytest.mark.parametrize("runtime", PLAYERS)
def test_a_watched_balance_keeps_a_bounded_number_of_currencies(runtime, exchange):
    played = PLAYERS[runtime](exchange, True)
    assert played["kept"] == BOUND and played["btc"] and set(played["btc"]) == {3.0}, played
    assert played["copied"] < MAX_COPIED, played


@pytest.mark.parametrize("exchange", EXCHANGES)
@pytest.mark.parametrize("runtime", PLAYERS)
def test_a_balance_nobody_watched_keeps_nothing(runtime, exchange):
    assert PLAYERS[runtime](exchange, False)["kept"] is None
