"""A response whose object keys collide in PHP's hash, refused by PHP before its json_decode reads it.

PHP's arrays hash an integer key by its value and a string by DJBX33A, unseeded: the keys "0", "131072", "262144", ...
of one object share a bucket, as do the strings made of "Ez" and "FY" blocks, and json_decode's time grew with the
square of their number (65,536 keys, 1 MB: 2 to 6 seconds; the request's timeout does not bound the parse), where
Node and Python read them in milliseconds. PHP counts the members of each object as written and refuses a response
whose counts' squares sum past 2^28 (one object of 16,384 members) as not JSON, a BadResponse from fetch. Node's and
Python's decoders take time linear in such a text, and read it: counting there made the decoding of a 20,000-trade
response 1.8 times (Node) and 1.4 times (Python) as long, on the paths every user hits.
"""

from __future__ import annotations

import json
import socket

import pytest

from tests.base_runners import RUNTIMES, run_calls
from tests.http_server import RawServer

BOUND = 16384  # members of the largest object read; two objects of 11,585 are read, two of 11,586 are not


def colliding_integer_keys(count: int) -> list[str]:
    return [str(index * 131072) for index in range(count)]


def colliding_string_keys(count: int) -> list[str]:
    # DJBX33A gives "Ez" and "FY" one hash, so any sequence of such blocks collides with every other of its length
    blocks = max(1, (count - 1).bit_length())
    return ["".join("Ez" if index >> bit & 1 else "FY" for bit in range(blocks)) for index in range(count)]


def colliding_integers(count: int) -> str:
    return "{" + ",".join(f'"{key}":{index}' for index, key in enumerate(colliding_integer_keys(count))) + "}"


def colliding_strings(count: int) -> str:
    return "{" + ",".join(f'"{key}":0' for key in colliding_string_keys(count)) + "}"


def plain(count: int) -> str:
    return "{" + ",".join(f'"k{index}":0' for index in range(count)) + "}"


# Colons, brackets, quotes and backslashes within strings are no members: an object of 20,000 such strings is read.
IN_STRINGS = json.dumps({"a": [":{[\\\"" * 3] * 20000, "b\\\":{": {"c": ':"}'}})

# A run of 600,000 strings, with no bracket or colon between them, is more than PCRE's backtrack limit allows one
# match: the counting must neither fail on it nor let it hide the object after it.
LONG_LIST = "[" + ",".join(['"ab"'] * 600000) + "]"

# An object of 32 members whose values are strings, numbers or literals is counted at 32^2 in one match (FLAT_OBJECT),
# and the text counted again where those bounds sum past the limit: the decisions are those of the members as written.
FLAT = plain(32)


def flat_objects(count: int, then: str = "") -> str:
    return "[" + ",".join([FLAT] * count) + ("," + then if then else "") + "]"


# name: (text, read by PHP; Node and Python read every one)
TEXTS = {
    "integers at the bound": (colliding_integers(BOUND), True),
    "integers past the bound": (colliding_integers(BOUND + 1), False),
    "integers of SECURITY.md": (colliding_integers(65536), False),
    "strings past the bound": (colliding_strings(BOUND + 1), False),
    "two objects at the bound": ("[" + plain(11585) + "," + plain(11585) + "]", True),
    "two objects past the bound": ("[" + plain(11586) + "," + plain(11586) + "]", False),
    "one key written many times": ("{" + ",".join(['"a":1'] * (BOUND + 1)) + "}", False),
    "nested past the bound": ('{"x":[1,{"y":' + plain(BOUND + 1) + "}]}", False),
    "colons within strings": (IN_STRINGS, True),
    "a long list of strings": (LONG_LIST, True),
    "a long list of strings, then keys past the bound": ("[" + LONG_LIST + "," + colliding_integers(BOUND + 1) + "]",
                                                         False),
    # 16,000^2 + 12,100 * 32^2 is under 2^28, with 12,200 it is past
    "flat objects and a large one at the bound": (flat_objects(12100, plain(16000)), True),
    "flat objects and a large one past the bound": (flat_objects(12200, plain(16000)), False),
    # bounds past 2^28 (262,145 * 32^2, and 200,000 * 32^2 + 8,000^2), members under it
    "flat objects of one member, bounded past the limit": ("[" + ",".join(['{"a":1}'] * 262145) + "]", True),
    "flat objects of one member and a large one, bounded past the limit": (
        "[" + ",".join(['{"a":1}'] * 200000) + "," + plain(8000) + "]", True),
}


@pytest.fixture(scope="module")
def results():
    calls = [["parseJson|isEmpty", [text]] for text, _ in TEXTS.values()]
    calls.append(["parseJson|json", [IN_STRINGS]])
    return {runtime: run_calls(runtime, {"describe": {}, "config": {}, "calls": calls})[0] for runtime in RUNTIMES}


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_php_bounds_the_members_of_a_response_s_objects(results, runtime):
    read = {name: result for name, result in zip(TEXTS, results[runtime])}
    assert read == {name: {"ok": not (readable or runtime != "php")} for name, (_, readable) in TEXTS.items()}, read


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_no_runtime_counts_what_strings_hold(results, runtime):
    assert json.loads(results[runtime][-1]["ok"]) == json.loads(IN_STRINGS)


class CollidingServer(RawServer):
    """Answers every request with 131,072 colliding keys (2 MB: PHP read them in about 10 seconds)."""

    body = colliding_integers(131072).encode()

    def answer(self, connection: socket.socket, data: bytes) -> None:
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                           + str(len(self.body)).encode() + b"\r\nConnection: close\r\n\r\n" + self.body)


def test_php_s_fetch_refuses_colliding_keys_as_a_bad_response():
    server = CollidingServer()
    spec = {"describe": {"id": "local", "urls": {"api": server.url}, "api": {"public": {"get": ["markets"]}}},
            "config": {"enableRateLimit": False, "timeout": 60000},
            "calls": [["request", ["markets", "public", "GET", {}]]]}
    try:
        outcome = run_calls("php", spec)[0][0]
    finally:
        server.socket.close()
    assert outcome.get("throws") == "BadResponse" and "not JSON" in outcome["message"], str(outcome)[:300]


# Entries (markets, small objects each, which parse_json reads) whose names collide: indexBy and groupBy wrote them as
# the keys of one array, in PHP time quadratic in their number (set_markets of 65,536 such markets: 40 s). Past 2,048
# names, PHP counts the distinct names by the bucket its table would give them and refuses too many in one.
NAMES = {
    "integers": (colliding_integer_keys(2 * BOUND), False),
    "strings": (colliding_string_keys(2 * BOUND), False),
    "plain": ([f"k{index}" for index in range(2 * BOUND)], True),
    # past 2,048 names, no bucket may hold more than 256 of them, whose every later read walks them all (16,384
    # colliding ids, within the bound of the writes, made each trade's safeSymbol walk them; red-team round 42)
    "integers at the bound": (colliding_integer_keys(BOUND), False),
    "strings past the count": (colliding_string_keys(4096), False),
    "integers within the count": (colliding_integer_keys(2048), True),
    # distinct names within the count make a table no longer than one not counted, however often each is written
    # (PHP tells so without the count up to 8,192 names, past them with it)
    "integers within the count, each written four times": (colliding_integer_keys(2048) * 4, True),
    "integers within the count, each written eight times": (colliding_integer_keys(2048) * 8, True),
    "integers past the count, each written twice": (colliding_integer_keys(2049) * 2, False),
    "days in seconds": ([str(1700006400 + 86400 * index) for index in range(2 * BOUND)], True),
    "one name repeated": (["BTC/USD"] * (2 * BOUND), True),
    # each write walks the chain of its bucket's distinct keys: names at the bound, then the first of them again and
    # again, each repeat a walk of the whole chain (counted as one key, 400,000 repeats took indexBy 16 s)
    "integers at the bound, the first repeated": (colliding_integer_keys(BOUND) + colliding_integer_keys(1) * 2 * BOUND,
                                                  False),
}


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_php_refuses_to_index_entries_whose_names_collide(runtime):
    calls = [[method + "|isEmpty", [[{"id": name} for name in names], "id"]]
             for names, _ in NAMES.values() for method in ("indexBy", "groupBy")]
    results = run_calls(runtime, {"describe": {"id": "local"}, "config": {}, "calls": calls})[0]
    read = {name: [result.get("throws", result.get("ok")) for result in results[index * 2:index * 2 + 2]]
            for index, name in enumerate(NAMES)}
    assert read == {name: [False, False] if readable or runtime != "php" else ["BadResponse", "BadResponse"]
                    for name, (_, readable) in NAMES.items()}, read


def test_php_groups_many_entries_of_one_name_in_linear_time():
    # groupBy read a group out, appended to it and assigned it back, a copy of the whole group at each entry: 100,000
    # entries of one id took PHP 46 s (red-team round 27), these would outlast the runner's 300 s.
    entries = [{"id": "btc"}] * 300_000
    calls = [["groupBy|isEmpty", [entries, "id"]]]
    assert run_calls("php", {"describe": {"id": "local"}, "config": {}, "calls": calls})[0] == [{"ok": False}]


# The base class's other dictionaries of names a server chose (red-team round 41): unique's ids, loadMarkets'
# currencies of markets without fetched ones, parseTickers' and parseFundingRates' symbols (bySymbol), aggregateFees'
# currencies. Unbounded, 65,536 colliding ids took PHP's unique 15.6 s, loadMarkets' currencies 39.9 s and parseTickers
# 8.3 s, where Node and Python took 50 ms to 0.8 s. PHP now counts those names as indexBy's before it files them.
BASE_DICTIONARIES = {
    "unique": lambda names: [names],
    "currenciesFromMarkets": lambda names: [[{"base": name, "quote": "USD"} for name in names]],
    "bySymbol": lambda names: [[{"symbol": name} for name in names], "parseTickers"],
    "aggregateFees": lambda names: [[{"currency": name, "cost": "1"} for name in names]],
}


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_php_refuses_colliding_names_in_the_base_class_s_other_dictionaries(runtime):
    calls = [[method + "|isEmpty", arguments(names)] for method, arguments in BASE_DICTIONARIES.items()
             for names in (colliding_string_keys(2 * BOUND), [f"k{index}" for index in range(2 * BOUND)])]
    results = run_calls(runtime, {"describe": {"id": "local"}, "config": {}, "calls": calls})[0]
    refused = [result.get("throws") for result in results[0::2]]
    assert refused == ([None] * 4 if runtime != "php" else ["BadResponse"] * 4), results[0::2]
    assert [result.get("throws") for result in results[1::2]] == [None] * 4, results[1::2]
