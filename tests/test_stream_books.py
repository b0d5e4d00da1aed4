"""The order books that the stream fixtures expect, checked against books rebuilt here from the fixtures' own frames
(Decimal arithmetic, nothing of the library): every expected watchOrderBook result is, in order, one of the books
that the frames of its case produce, and every checksum that a frame publishes matches the rebuilt book unless the
case is about a wrong one."""

from __future__ import annotations

import datetime
import json
import zlib
from decimal import Decimal

import pytest

from tests.base_runners import ROOT
from transpiler.harness.streams import load_stream_fixture


def number(text: str):
    value = Decimal(text)
    return int(value) if value == value.to_integral_value() else float(value)


def iso(milliseconds: int) -> str:
    moment = datetime.datetime.fromtimestamp(milliseconds / 1000, datetime.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{milliseconds % 1000:03d}Z"


class Book:
    def __init__(self, symbol: str, depth: int | None = None) -> None:
        self.symbol, self.depth = symbol, depth
        self.sides: dict[str, dict[Decimal, tuple[str, str]]] = {"bids": {}, "asks": {}}
        self.nonce = self.timestamp = None

    def set(self, side: str, level: list) -> None:
        if Decimal(level[1]) == 0:
            self.sides[side].pop(Decimal(level[0]), None)
        else:
            self.sides[side][Decimal(level[0])] = (level[0], level[1])

    def sorted(self, side: str) -> list[tuple[str, str]]:
        levels = self.sides[side]
        return [levels[price] for price in sorted(levels, reverse=side == "bids")]

    def trim(self) -> None:
        for side in self.sides:
            self.sides[side] = {Decimal(price): (price, amount) for price, amount in self.sorted(side)[:self.depth]}

    def view(self) -> dict:
        result = {"symbol": self.symbol, "timestamp": self.timestamp, "nonce": self.nonce,
                  "datetime": iso(self.timestamp) if self.timestamp else None}
        for side in self.sides:
            result[side] = [[number(price), number(amount)] for price, amount in self.sorted(side)]
        return {key: value for key, value in result.items() if value is not None}


def frames(case: dict, key: str = "public") -> list:
    return [frame for step in case["streams"].get(key, []) for frame in step.get("send", [])]


def kraken_books(case: dict) -> tuple[list[dict], list[str]]:
    """The books that Kraken's book frames make, and the checksums that do not match."""
    def digits(text: str) -> str:
        return text.replace(".", "").lstrip("0") or "0"

    # The depth subscribed to, never the one a frame's channel names (book-<depth>: a server's to choose).
    depth = next(step["receive"]["subscription"]["depth"] for step in case["streams"]["public"]
                 if (step.get("receive") or {}).get("subscription", {}).get("name") == "book")
    books, wrong, book = [], [], None
    for frame in frames(case):
        if not (isinstance(frame, list) and str(frame[-2]).startswith("book-")):
            continue
        checksum, times = None, []
        for part in frame[1:-2]:
            if "as" in part or "bs" in part:
                book = Book("BTC/USD", depth)
            for side, keys in (("asks", ("as", "a")), ("bids", ("bs", "b"))):
                for level in part.get(keys[0], part.get(keys[1], [])):
                    book.set(side, level)
                    times.append(int(Decimal(level[2]) * 1000))  # the millisecond, what is below it dropped
            checksum = part.get("c", checksum)
        book.trim()
        book.timestamp = max(times)
        text = "".join(digits(p) + digits(q) for p, q in book.sorted("asks")[:10] + book.sorted("bids")[:10])
        if checksum is not None and checksum != str(zlib.crc32(text.encode())):
            wrong.append(checksum)
            continue
        books.append(book.view())
    return books, wrong


def binance_books(case: dict) -> tuple[list[dict], list[str]]:
    """The books that Binance's depth updates make on the case's REST snapshots, taken in turn at the start and
    after each gap."""
    snapshots = [json.loads(response["body"]) for response in case.get("responses", [])]
    books, book = [], None
    for event in frames(case):
        if not (isinstance(event, dict) and event.get("e") == "depthUpdate"):
            continue
        if book is not None and event["U"] > book.nonce + 1:
            book = None
        if book is None:
            if not snapshots:
                break
            snapshot = snapshots.pop(0)
            book = Book("BTC/USDT")
            for side in ("bids", "asks"):
                for level in snapshot[side]:
                    book.set(side, level)
            book.nonce = snapshot["lastUpdateId"]
        if event["u"] <= book.nonce:
            continue
        if event["U"] > book.nonce + 1:
            book = None
            continue
        for side, key in (("bids", "b"), ("asks", "a")):
            for level in event[key]:
                book.set(side, level)
        book.nonce, book.timestamp = event["u"], event["E"]
        books.append(book.view())
    return books, []


def poloniex_books(case: dict) -> tuple[list[dict], list[str]]:
    """The books that Poloniex's book_lv2 frames make: a snapshot, then updates whose lastId is the id before."""
    books, book = [], None
    for message in frames(case):
        if not (isinstance(message, dict) and message.get("channel") == "book_lv2" and "data" in message):
            continue
        for entry in message["data"]:
            if message["action"] == "snapshot":
                book = Book("BTC/USDT")
            elif book is None or entry["lastId"] != book.nonce:
                book = None
                continue
            for side in ("bids", "asks"):
                for level in entry[side]:
                    book.set(side, level)
            book.nonce, book.timestamp = entry["id"], entry["ts"]
            books.append(book.view())
    return books, []


def bitfinex_books(case: dict) -> tuple[list[dict], list[str]]:
    """The books that Bitfinex's raw book frames make ([price, count, amount]: amount < 0 an ask, count 0 removes),
    and the published checksums (CRC32 of the top 25 levels, signed) that do not match."""
    books, wrong, book = [], [], None
    for frame in frames(case):
        if not (isinstance(frame, list) and len(frame) > 1) or frame[1] == "hb":
            continue
        if frame[1] == "cs":
            bids, asks = book.sorted("bids")[:25], book.sorted("asks")[:25]
            parts = []
            for rank in range(25):
                parts += list(bids[rank]) if rank < len(bids) else []
                parts += [asks[rank][0], "-" + asks[rank][1]] if rank < len(asks) else []
            checksum = zlib.crc32(":".join(parts).encode())
            if (checksum - 2**32 if checksum >= 2**31 else checksum) != frame[2]:
                wrong.append(str(frame[2]))
            continue
        levels = frame[1] if not frame[1] or isinstance(frame[1][0], list) else [frame[1]]
        if levels is not frame[1] and book is None:
            continue
        if levels is frame[1]:
            book = Book("BTC/USD")
        for price, count, amount in levels:
            side = "bids" if amount > 0 else "asks"
            book.set(side, [json.dumps(price), "0" if count == 0 else json.dumps(abs(amount))])
        books.append(book.view())
    return books, wrong


REBUILDERS = {"kraken": kraken_books, "binance": binance_books, "poloniex": poloniex_books,
              "bitfinex": bitfinex_books}


def book_cases() -> list:
    return [pytest.param(exchange_id, case, id=case.id) for exchange_id in REBUILDERS
            for case in load_stream_fixture(ROOT, exchange_id)[1]
            if any(call["method"] == "watchOrderBook" and "result" in call for call in case.spec["calls"])]


@pytest.mark.parametrize("exchange_id, case", book_cases())
def test_expected_books_are_books_rebuilt_from_the_frames(exchange_id, case):
    rebuilt, wrong = REBUILDERS[exchange_id](case.spec)
    remaining = list(rebuilt)
    for call in case.spec["calls"]:
        if call["method"] != "watchOrderBook" or "result" not in call:
            continue
        limit = call["args"][1] if len(call["args"]) > 1 else None
        expected = {key: value for key, value in call["result"].items() if value is not None}
        while remaining:
            book = remaining.pop(0)
            if limit is not None:
                book = dict(book, bids=book["bids"][:limit], asks=book["asks"][:limit])
            if book == expected:
                break
        else:
            pytest.fail(f"{case.id}: {json.dumps(expected)[:300]} is not a book its frames make (in order)")
    assert not wrong or "checksum" in case.spec["description"], f"{case.id}: wrong checksums {wrong}"
