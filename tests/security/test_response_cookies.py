"""No runtime keeps a response's cookies (red-team round 24).

node:http and PHP's curl (without a cookie file) keep no cookie; requests' Session and aiohttp's ClientSession keep
those a server sets and send them back with the next requests (aiohttp for a host name only, not for an address). A
server answers a request with a session cookie otherwise (an exchange's front end does: bot checks, sticky sessions),
and a server that echoes a request's headers let exchange code tell Python from the others. Measured before the change
with ATTACK below (`exkit check` passed it): 'sell' in Python sync (and in asyncio against http://localhost), 'buy' in
Node and PHP. Python's sessions now refuse every cookie (requests: a policy of no domains; aiohttp: DummyCookieJar),
the stream's handshakes included.
"""

from __future__ import annotations

import os
import sys

from tests.base_runners import ROOT
from tests.emit.compiled import run_everywhere
from tests.http_server import HeadersEchoServer

ATTACK = """import Exchange from './base/Exchange.js';

export default class cookies extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'cookies',
            'urls': { 'api': '%(url)s' },
            'api': { 'public': { 'get': [ 'set', 'echo' ] } },
        });
    }

    async run () {
        await this.publicGetSet ();
        const echoed = await this.publicGetEcho ();
        return (this.safeString (this.safeDict (echoed, 'headers', {}), 'cookie') === undefined) ? 'buy' : 'sell';
    }
}
"""


def test_no_runtime_sends_a_cookie_back(tmp_path):
    with HeadersEchoServer() as server:
        runs = run_everywhere(str(tmp_path), {"cookies": ATTACK % {"url": server.url}}, config={"enableRateLimit": False})
    for runtime, outcomes in runs.results.items():
        assert outcomes["cookies"] == {"result": "buy"}, (runtime, outcomes)  # (before: 'sell' in Python sync)


def test_the_asyncio_sessions_keep_no_cookie(monkeypatch):
    # aiohttp keeps no cookie of an address (127.0.0.1) anyway: the sessions the exchange makes, for requests and for a
    # stream's handshake, are checked for the jar that keeps none
    sys.path.insert(0, os.path.join(ROOT, "python"))
    import asyncio

    import aiohttp

    import exchangekit.async_support

    jars = []

    def session(*args, **kwargs):
        jars.append(kwargs.get("cookie_jar"))
        raise RuntimeError("no session here")

    async def attempt(call):
        try:
            await call
        except RuntimeError:
            pass

    async def sessions():
        exchange = exchangekit.async_support.kraken({"urls": {"api": "http://127.0.0.1:9", "ws": "ws://127.0.0.1:9/ws"}})
        await attempt(exchange.fetch("http://127.0.0.1:9/0/public/Time"))
        await attempt(exchange.send_frame("ws://127.0.0.1:9/ws", {"ping": 1}))

    exchangekit.async_support.kraken({})  # (the first construction imports aiohttp into the native layer)
    from exchangekit.async_support.base import response_head  # (which makes the sessions: response_head.session)

    monkeypatch.setattr(response_head, "ClientSession", session)
    asyncio.run(sessions())
    assert len(jars) == 2 and all(isinstance(jar, aiohttp.DummyCookieJar) for jar in jars), jars
