"""The watchdog of Python sync's request deadlines (exchangekit/base/deadline.py): one thread for the process shuts
down the sockets of each deadline that is up, never those of a deadline whose block ended. The slow servers of
test_base_http.py show the deadline cutting real responses; these show the bookkeeping, with deadlines far in the
future (never up during a test) or already up (up at once), waiting for no wall-clock gap."""

from __future__ import annotations

import os
import socket
import sys
import threading

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "python"))  # the package under test lives in python/
from exchangekit.base import deadline as request_deadline  # noqa: E402

NEVER = 3600.0  # seconds: a deadline no test lives to see
PATIENCE = 30.0  # seconds to wait for what must happen at once (only a stalled machine takes more than a moment)


class Watched(request_deadline.Deadline):
    """A deadline that says when it was shut down."""

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.shut = threading.Event()

    def shut_down(self) -> None:
        super().shut_down()
        self.shut.set()


def test_a_deadline_that_is_up_is_shut_down_and_one_that_is_not_is_left():
    watchdog = request_deadline._Watchdog()
    later, now = Watched(NEVER), Watched(0)
    watchdog.start(later)  # the thread waits for this one...
    watchdog.start(now)  # ...until told of one due before it
    assert now.shut.wait(PATIENCE) and now.expired
    assert not later.expired


def test_an_ended_deadline_is_never_shut_down():
    watchdog = request_deadline._Watchdog()
    ended, marker = Watched(0), Watched(0)
    with watchdog._condition:  # (the thread looks at the deadlines only once this is released)
        watchdog.end(watchdog.start(ended))
        watchdog.start(marker)  # due with it, after it: once this fired, the thread went past the ended one
    assert marker.shut.wait(PATIENCE)
    assert not ended.expired and not ended.shut.is_set()


def test_the_ended_deadlines_entries_do_not_pile_up():
    watchdog = request_deadline._Watchdog()
    for _ in range(10000):
        watchdog.end(watchdog.start(Watched(NEVER)))
    # start () keeps at most 2 x waiting + 64 entries, counting the deadline it starts; end () then takes that one
    # out of the waiting (the thread drops ended entries only as they reach the top of the heap)
    assert len(watchdog._due) <= 2 * (len(watchdog._waiting) + 1) + 64
    assert watchdog._waiting == {}


def test_within_shares_one_thread_across_requests():
    before = threading.active_count()
    for _ in range(100):
        with request_deadline.within(NEVER) as limit:
            pass
        assert not limit.expired
    assert threading.active_count() <= before + 1  # the watchdog, started on the first request if not before


def test_within_yields_a_deadline_that_expires_when_up():
    with request_deadline.within(0) as limit:
        for _ in range(int(PATIENCE * 100)):
            if limit.expired:
                break
            threading.Event().wait(0.01)
    assert limit.expired


def test_a_deadline_that_is_up_lets_no_request_be_written():
    limit = request_deadline.Deadline(0)
    with pytest.raises(request_deadline.DeadlinePassed):
        limit.check()
    assert limit.expired


def test_a_socket_watched_once_the_deadline_is_up_is_shut_down_at_once():
    limit = request_deadline.Deadline(0)
    limit.shut_down()
    ours, theirs = socket.socketpair()
    with ours, theirs:
        limit.watch(ours)
        assert ours.recv(1) == b""  # (shut down: no wait)


def test_a_connecting_socket_is_shut_down_after_its_object_is_detached():
    # as the TLS wrapping detaches the socket it wraps: its duplicate still reaches the connection
    limit = request_deadline.Deadline(NEVER)
    ours, theirs = socket.socketpair()
    limit.watch_connecting(ours)
    wrapped = socket.socket(fileno=ours.detach())
    with wrapped, theirs:
        limit.shut_down()
        assert wrapped.recv(1) == b""
        limit.close()
