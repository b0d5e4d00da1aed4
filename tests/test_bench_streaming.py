"""bench/streaming.py's runners keep the book in every streaming runtime, alike: from red-team round 10 to 2026-12-06
they kept none (a frame for a channel no caller watched keeps nothing) and the bench ended in a TypeError, unseen."""

from __future__ import annotations

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))
import streaming  # noqa: E402


def test_each_runtime_ends_with_the_same_maintained_book():
    data = streaming.generate(20, 40)
    books = {runtime: streaming.run(runtime, data, 1, None)["book"] for runtime in streaming.COMMANDS}
    node = books["js"]
    assert all(book == node for book in books.values()), books
    assert len(node["bids"]) > 5 and len(node["asks"]) > 5 and node["nonce"] == 1040
