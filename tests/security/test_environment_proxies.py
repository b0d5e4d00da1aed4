"""A request goes through the proxy of the exchange's config only, never one of the process's environment (red-team
round 48).

requests (trust_env) and curl read `http_proxy`, `HTTPS_PROXY`, `ALL_PROXY` and the like from the environment, Node's
http and aiohttp do not: with such a variable set, Python sync and PHP sent every request, signed, through that proxy,
where Node and asyncio sent it to the exchange, and failed where the proxy did not answer. The proxy is the user's
setting (`proxy` in the config): every runtime now ignores the environment's.
"""

from __future__ import annotations

import socket
import pytest

from tests.base_runners import RUNTIMES, run_calls
from tests.http_server import LocalServer

PROXY_VARIABLES = ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")


@pytest.fixture(scope="module")
def server():
    with LocalServer() as running:
        yield running


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_the_environments_proxy_is_not_used(server, runtime, monkeypatch):
    proxy = f"http://127.0.0.1:{closed_port()}"
    for name in PROXY_VARIABLES:
        monkeypatch.setenv(name, proxy)
    for name in ("no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    describe = {"id": "t", "urls": {"api": server.url}, "api": {"public": {"get": ["json"]}}}
    results, _ = run_calls(runtime, {"describe": describe, "calls": [["publicGetJson", [{"run": "environment"}]]]})
    assert "ok" in results[0], results[0]
