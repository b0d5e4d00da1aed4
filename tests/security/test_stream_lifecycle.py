"""A stream's connection under a hostile server, and after close () (red-team round 10), in Node and Python asyncio.

- A server that accepts every handshake and closes the connection at once made the client connect again at once, for
  ever: a thousand connections a second, each re-sending the subscriptions (and a freshly signed login on a private
  stream), while the callers waited without an error. A connection that closes within keepAlive of opening now counts
  as a failed attempt: the doubling waits apply, and after maxReconnects in a row the callers get a NetworkError.
- Node's close () left a handshake under way to complete: the connection opened after close (), sent the
  subscription, and its keep-alive timer held the process for good. The frames waiting for the handler were handled
  after close () too, and a handler that resumed after an await (kraken's, bitfinex's and poloniex's resubscribe on a
  checksum mismatch with sendFrame) opened a new connection that nothing closed. Python asyncio cancelled all of
  that, but its watch raised a CancelledError (outside the error hierarchy) where Node's raised ExchangeError.
- Python asyncio's stream error for a proxy that refused the tunnel showed the proxy's URL, with its password
  (aiohttp's message; fetch already left it out). So did its errors, fetch's too, of a 200 to CONNECT that aiohttp
  could not read (red-team round 60: 150 header lines, a Content-Length abc).

Local servers on 127.0.0.1 only."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import threading
import time

import pytest
from aiohttp import WSMsgType, web

from tests.base_runners import ROOT

sys.path.insert(0, os.path.join(ROOT, "python"))

import exchangekit  # noqa: E402
import exchangekit.async_support  # noqa: E402


class Server:
    """An aiohttp WebSocket server in a thread: /flap accepts each handshake and closes the connection once the
    subscription came; /slow answers
    the handshake after 0.5 s; /burst sends three frames after the first message. Records what it saw."""

    def __init__(self) -> None:
        self.events: list[tuple] = []
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.port = 0
        self.stop: asyncio.Event | None = None

    def __enter__(self) -> Server:
        self.thread = threading.Thread(target=lambda: self.loop.run_until_complete(self.main()), daemon=True)
        self.thread.start()
        assert self.ready.wait(10)
        return self

    def __exit__(self, *exc_info) -> None:
        self.loop.call_soon_threadsafe(self.stop.set)
        self.thread.join(10)

    def origin(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    def seen(self, kind: str) -> list[tuple]:
        return [event for event in self.events if event[0] == kind]

    async def flap(self, request):
        self.events.append(("connect", request.path))
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        try:
            await asyncio.wait_for(ws.receive(), 1)  # the subscription, then the close
        except asyncio.TimeoutError:
            pass
        await ws.close()
        return ws

    async def slow(self, request):
        self.events.append(("connect", request.path))
        await asyncio.sleep(0.5)
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.events.append(("open", request.path))
        async for message in ws:
            if message.type == WSMsgType.TEXT:
                self.events.append(("message", message.data))
        return ws

    async def burst(self, request):
        self.events.append(("connect", request.path))
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        sent = False
        async for message in ws:
            if message.type == WSMsgType.TEXT:
                self.events.append(("message", message.data))
                if not sent:
                    sent = True
                    for number in range(3):
                        await ws.send_str(json.dumps({"i": number}))
        return ws

    async def main(self) -> None:
        self.stop = asyncio.Event()
        app = web.Application()
        app.router.add_get("/flap", self.flap)
        app.router.add_get("/slow", self.slow)
        app.router.add_get("/burst", self.burst)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]
        self.ready.set()
        await self.stop.wait()
        await runner.cleanup()


def run_node(script: str, timeout: float = 20) -> tuple[str, bool]:
    """Node's output, and whether it exited by itself within timeout seconds."""
    try:
        completed = subprocess.run(["node", "--input-type=module", "-e", script], cwd=os.path.join(ROOT, "js"),
                                   capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as expired:
        return (expired.stdout or b"").decode() if isinstance(expired.stdout, bytes) else (expired.stdout or ""), False
    return completed.stdout + completed.stderr, True


FLAPPING = {"maxReconnects": 2, "backoffBase": 100, "backoffMax": 400, "keepAlive": 10000}


def test_node_gives_up_on_a_server_that_closes_every_connection():
    with Server() as server:
        origin = server.origin()
        script = ("import kraken from './kraken.js';\n"
                  f"const exchange = new kraken ({{ 'urls': {{ 'ws': {{ 'public': '{origin}' }} }}, "
                  f"'streaming': {json.dumps(FLAPPING)} }});\n"
                  "const timer = setTimeout (() => { console.log ('still waiting'); exchange.close (); }, 8000);\n"
                  f"try {{ await exchange.watch ('{origin}/flap', 'hash', 'hash', {{ 'event': 'subscribe' }}); }}\n"
                  "catch (error) { console.log (error.constructor.name + ': ' + error.message); }\n"
                  "clearTimeout (timer);\nawait exchange.close ();\n")
        output, exited = run_node(script)
        connections = len(server.seen("connect"))
    assert exited, output
    assert output.startswith("NetworkError: ") and "4 times in a row within keepAlive" in output, output
    assert connections == 4, connections  # the first, then maxReconnects + 1 more


def test_python_asyncio_gives_up_on_a_server_that_closes_every_connection():
    with Server() as server:
        origin = server.origin()

        async def attempt():
            exchange = exchangekit.async_support.kraken({"urls": {"ws": {"public": origin}}, "streaming": FLAPPING})
            try:
                return await asyncio.wait_for(exchange.watch(f"{origin}/flap", "hash", "hash", {"event": "subscribe"}),
                                              8)
            finally:
                await exchange.close()

        with pytest.raises(exchangekit.NetworkError, match="4 times in a row within keepAlive"):
            asyncio.run(attempt())
        connections = len(server.seen("connect"))
    assert connections == 4, connections


def test_node_close_during_the_handshake_ends_it():
    with Server() as server:
        origin = server.origin()
        script = ("import kraken from './kraken.js';\n"
                  f"const exchange = new kraken ({{ 'urls': {{ 'ws': {{ 'public': '{origin}' }} }} }});\n"
                  f"const update = exchange.watch ('{origin}/slow', 'hash', 'hash', {{ 'event': 'subscribe' }});\n"
                  "update.catch ((error) => console.log (error.constructor.name + ': ' + error.message));\n"
                  "await new Promise ((resolve) => setTimeout (resolve, 100));\n"
                  "await exchange.close ();\n")
        output, exited = run_node(script, timeout=10)
        time.sleep(0.7)  # the server's half second
        messages = server.seen("message")
    assert exited, "a handshake completed after close () held the process: " + output
    assert output.startswith("ExchangeError: ") and "closed by close ()" in output, output
    assert messages == [], messages


def test_python_asyncio_close_during_the_handshake_is_an_exchange_error():
    with Server() as server:
        origin = server.origin()

        async def attempt():
            exchange = exchangekit.async_support.kraken({"urls": {"ws": {"public": origin}}})
            update = asyncio.ensure_future(exchange.watch(f"{origin}/slow", "hash", "hash", {"event": "subscribe"}))
            await asyncio.sleep(0.1)
            await exchange.close()
            return await update

        with pytest.raises(exchangekit.ExchangeError, match="closed by close"):
            asyncio.run(attempt())
        time.sleep(0.7)
        assert server.seen("message") == []


def test_node_handlers_of_a_closed_connection_reach_no_socket():
    # The handler of each frame waits, then answers on the stream (as kraken resubscribes with sendFrame): after
    # close (), no frame is handled and no answer opens a new connection. close () comes while the first frame's
    # handler waits (the server sends its frames once the subscription came, so both have happened by then).
    with Server() as server:
        origin = server.origin()
        script = ("import kraken from './kraken.js';\n"
                  "let closed = false;\n"
                  "let firstHandled;\n"
                  "const handling = new Promise ((resolve) => { firstHandled = resolve; });\n"
                  "class resubscribing extends kraken {\n"
                  "    async handleMessage (url, message) {\n"
                  "        if (closed) { console.log ('handled after close ()'); }\n"
                  "        firstHandled ();\n"
                  "        await this.sleep (200);\n"
                  "        await this.sendFrame (url, { 'answer': message['i'] });\n"
                  "    }\n"
                  "}\n"
                  f"const exchange = new resubscribing ({{ 'urls': {{ 'ws': {{ 'public': '{origin}' }} }} }});\n"
                  f"exchange.watch ('{origin}/burst', 'hash', 'hash', {{ 'event': 'subscribe' }}).catch (() => {{}});\n"
                  "await handling;\n"
                  "await exchange.close ();\nclosed = true;\n"
                  "await new Promise ((resolve) => setTimeout (resolve, 500));\n")
        output, exited = run_node(script, timeout=10)
        connections = len(server.seen("connect"))
        messages = server.seen("message")
    assert exited, "a connection opened after close () held the process: " + output
    assert "handled after close ()" not in output, output
    assert connections == 1 and messages == [("message", '{"event":"subscribe"}')], (connections, messages)


class RefusingProxy:
    """A proxy on 127.0.0.1 that answers every request with its answer, a 403 unless told otherwise."""

    def __init__(self, answer: bytes = b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n") -> None:
        self.answer = answer

    def __enter__(self) -> RefusingProxy:
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(8)
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self.serve, daemon=True).start()
        return self

    def serve(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            connection.recv(65536)
            connection.sendall(self.answer)
            connection.close()

    def __exit__(self, *exc_info) -> None:
        self.listener.close()


def test_python_asyncio_proxy_refusal_leaves_the_proxy_password_out():
    with RefusingProxy() as proxy:
        async def attempt():
            exchange = exchangekit.async_support.kraken({
                "urls": {"ws": {"public": "wss://127.0.0.1:9"}}, "streaming": {"maxReconnects": 0},
                "proxy": f"http://user:PROXY-PASSWORD@127.0.0.1:{proxy.port}"})
            try:
                await exchange.watch("wss://127.0.0.1:9/x", "hash", "hash", {"event": "subscribe"})
            finally:
                await exchange.close()

        with pytest.raises(exchangekit.ExchangeNotAvailable) as error:
            asyncio.run(attempt())
    assert "PROXY-PASSWORD" not in str(error.value) and "the proxy refused a tunnel" in str(error.value)


# 200s to CONNECT that aiohttp cannot read: past its 128 header lines, and a Content-Length that is no number
UNREADABLE_TUNNEL_ANSWERS = {
    "header lines": b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-%d: a\r\n" % i for i in range(150)) + b"\r\n",
    "content length": b"HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\n",
}


def network_errors_through(proxy: str) -> list[str]:
    """The messages of the NetworkErrors of a fetch and of a stream of Python asyncio through the proxy setting."""
    async def attempt(use_stream: bool):
        exchange = exchangekit.async_support.kraken({
            "urls": {"ws": {"public": "wss://127.0.0.1:9"}, "api": {"public": "https://127.0.0.1:9"}},
            "streaming": {"maxReconnects": 0}, "proxy": proxy})
        try:
            if use_stream:
                await exchange.watch("wss://127.0.0.1:9/x", "hash", "hash", {"event": "subscribe"})
            else:
                await exchange.fetch("https://127.0.0.1:9/0/public/Time")
        finally:
            await exchange.close()

    messages = []
    for use_stream in (False, True):
        with pytest.raises(exchangekit.NetworkError) as error:
            asyncio.run(attempt(use_stream))
        messages.append(str(error.value))
    return messages


@pytest.mark.parametrize("answer", UNREADABLE_TUNNEL_ANSWERS.values(), ids=UNREADABLE_TUNNEL_ANSWERS.keys())
def test_python_asyncio_unreadable_tunnel_answer_leaves_the_proxy_password_out(answer):
    with RefusingProxy(answer) as proxy:
        messages = network_errors_through(f"http://user:PROXY-PASSWORD@127.0.0.1:{proxy.port}")
    assert all("PROXY-PASSWORD" not in message and "http://***@127.0.0.1" in message for message in messages), messages


@pytest.mark.parametrize("password", ["PROXY/PASSWORD", "PROXY?PASSWORD", "PROXY#PASSWORD"])
def test_python_asyncio_proxy_url_it_cannot_read_leaves_the_password_out(password):
    # (no URL's user info holds a /, ? or #: aiohttp's InvalidURL quoted the setting whole; red-team round 61)
    messages = network_errors_through(f"http://user:{password}@127.0.0.1:9")
    assert all("PASSWORD" not in message and "***" in message for message in messages), messages


def test_python_asyncio_proxy_host_no_codec_encodes_is_a_network_error():
    # (a label of 70 characters: the idna codec's UnicodeError reached the caller raw from watch (), where fetch
    # raised a NetworkError; red-team round 62)
    messages = network_errors_through(f"http://user:PROXY-PASSWORD@{'a' * 70}.com:1")
    assert all("PROXY-PASSWORD" not in message for message in messages), messages


def test_node_proxy_refusal_is_exchange_not_available():
    with RefusingProxy() as proxy:
        script = ("import kraken from './kraken.js';\n"
                  "const exchange = new kraken ({ 'urls': { 'ws': { 'public': 'wss://127.0.0.1:9' } }, "
                  f"'streaming': {{ 'maxReconnects': 0 }}, 'proxy': 'http://user:PROXY-PASSWORD@127.0.0.1:{proxy.port}' }});\n"
                  "try { await exchange.watch ('wss://127.0.0.1:9/x', 'hash', 'hash', {}); }\n"
                  "catch (error) { console.log (error.constructor.name + ': ' + error.message); }\n"
                  "await exchange.close ();\n")
        output, exited = run_node(script)
    assert exited and output.startswith("ExchangeNotAvailable: "), output
    assert "PROXY-PASSWORD" not in output and "the proxy refused a tunnel" in output, output
