"""The parts of maintained order books that an exchange's book helpers made (bookPart in js/base/Exchange.js), each
for its book: the only dictionaries those helpers change in place. Node keeps them alike (js/base/Primitives.js), so
that both make the same decisions: a dict has no weak reference here, so the parts are kept until the parts made
reach a weight (a part and its entries), and then only those that a stream state holds as its own part."""

from __future__ import annotations

KEPT = 64  # the weight kept before the first count of the parts the stream states hold, and beyond


class OwnedBookParts:
    __slots__ = ("parts", "weight", "bound")

    def __init__(self):
        self.parts: dict[int, tuple[dict, object]] = {}  # id (part) -> (part, the book it was made for)
        self.weight = 0  # of the parts kept: 1 and their entries' number each, when made (and when counted)
        self.bound = KEPT

    def owns(self, book, value) -> bool:
        entry = self.parts.get(id(value))
        return entry is not None and entry[0] is value and entry[1] is book

    def add(self, book, part: dict, streams: dict) -> None:
        if self.weight >= self.bound:
            self.parts = {id(held): (held, state) for state, held in held_parts(streams) if self.owns(state, held)}
            self.weight = sum(1 + len(held) for held, _ in self.parts.values())
            # (beyond the states' number too: each count reads every state)
            self.bound = 2 * self.weight + len(streams) + KEPT
        self.parts[id(part)] = (part, book)
        self.weight += 1 + len(part)


def held_parts(streams: dict):
    """(state, value) for each value that a stream state holds where a maintained book holds its parts: its bids, asks,
    texts and order, and its texts' bids and asks (own keys, as Node reads them)."""
    for state in list(streams.values()):
        if type(state) is dict:
            for key in ("bids", "asks", "texts", "order"):
                yield state, state.get(key)
            texts = state.get("texts")
            if type(texts) is dict:
                yield state, texts.get("bids")
                yield state, texts.get("asks")
