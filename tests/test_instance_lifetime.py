"""An exchange is freed when its last reference goes (Python's reference counting): it holds itself in no cycle.

Its implicit API methods were partials of its own request method, stored on it: every exchange outlived its last
reference, its markets and last responses with it (24,240 objects after kraken's loadMarkets on the bench data),
until the cyclic collector ran. They are attributes of a class of the exchange's api tree now (ImplicitApiMethod)."""

from __future__ import annotations

import gc
import os
import weakref

import pytest

from transpiler.discovery import exchange_ids

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture
def no_cyclic_collection(monkeypatch):
    monkeypatch.syspath_prepend(os.path.join(ROOT, "python"))
    enabled = gc.isenabled()
    gc.disable()
    yield
    if enabled:
        gc.enable()


@pytest.mark.parametrize("package", ["exchangekit", "exchangekit.async_support"])
def test_every_exchange_is_freed_with_its_last_reference(no_cyclic_collection, package):
    import importlib

    module = importlib.import_module(package)
    kept = []
    for exchange_id in exchange_ids(os.path.join(ROOT, "js")):
        exchange_class = getattr(module, exchange_id)
        exchange = exchange_class({"apiKey": "key", "secret": "c2VjcmV0", "api": {"extra": {"get": ["ping"]}}})
        assert isinstance(exchange, exchange_class) and type(exchange).__name__ == exchange_id
        assert callable(exchange.extra_get_ping) and callable(exchange.extraGetPing)  # (a tree of the config's too)
        reference = weakref.ref(exchange)
        del exchange
        if reference() is not None:
            kept.append(exchange_id)
    assert not kept, f"held in a cycle after their last reference went: {kept}"


def test_an_implicit_method_read_off_an_exchange_keeps_it(no_cyclic_collection):
    # (as a bound method keeps its object: the call still reaches the exchange it was read from)
    import exchangekit

    exchange = exchangekit.kraken()
    method = exchange.public_get_time
    reference = weakref.ref(exchange)
    del exchange
    assert reference() is not None and method.args[:3] == ("Time", "public", "GET")
    del method
    assert reference() is None
