"""A scripted WebSocket server on 127.0.0.1 (aiohttp), in a thread of its own, that plays the exchange's side of
the stream fixtures: per path, a list of steps taken in order, across connections.

Steps: {"receive": message} waits for the client's next message and records a mismatch when it is not that JSON;
{"send": [frame, ...]} sends frames (JSON values; {"$text": "..."} is sent as it is, malformed on purpose, and
{"$bytes": "..."} as a binary frame of the text's UTF-8);
{"drop": true} aborts the connection (the next steps are the next connection's), {"closed": true} waits for the
client to close it (a mismatch if a message comes instead); at the start of a connection,
{"refuse": status} answers the handshake with that HTTP status, {"stall": true} never answers it and {"deaf": true}
completes it but answers no ping (the client's keep-alive must give up on it). Once a path's
steps are done, its connection stays open, silent, until the client closes it."""

from __future__ import annotations

import asyncio
import json
import threading
from dataclasses import dataclass, field

from aiohttp import WSMsgType, web

from transpiler.harness.fixtures import same_json

RECEIVE_TIMEOUT = 20  # seconds a `receive` step waits for the client
SETTLE_TIMEOUT = 10  # seconds problems() waits for the connections in progress to be played to their end
# What the server keeps of a script's mismatches, in the harness's own process: a client's message quoted at most
# SHOWN characters, at most MAX_MISMATCHES of them, and a message of at most MAX_CLIENT_MESSAGE bytes read (a client
# message is a subscription). Whole, 8 messages of 6 MB took certify to 2 GB and 432 MB of output (red-team round 72).
SHOWN = 200
MAX_MISMATCHES = 20
MAX_CLIENT_MESSAGE = 1 << 20


@dataclass
class Script:
    steps: list[dict]
    position: int = 0
    mismatches: list[str] = field(default_factory=list)

    def mismatch(self, text: str) -> None:
        if len(self.mismatches) < MAX_MISMATCHES:
            self.mismatches.append(text)
        elif len(self.mismatches) == MAX_MISMATCHES:
            self.mismatches.append(f"(and more mismatches; the first {MAX_MISMATCHES} are shown)")

    def next_step(self) -> dict | None:
        if self.position >= len(self.steps):
            return None
        step = self.steps[self.position]
        self.position += 1
        return step


class StreamServer:
    """with StreamServer({"/0/public": [steps], ...}) as server: server.url("/0/public") ..."""

    def __init__(self, scripts: dict[str, list[dict]]) -> None:
        self.scripts = {path: Script(list(steps)) for path, steps in scripts.items()}
        self.loop = asyncio.new_event_loop()
        self.port = 0
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.runner: web.AppRunner | None = None
        self.stop_event: asyncio.Event | None = None
        self.playing = 0  # connections being played (counted in the server's thread)
        self.idle: asyncio.Event | None = None  # set while none is

    def __enter__(self) -> StreamServer:
        self.thread.start()
        if not self.ready.wait(10):
            raise RuntimeError("the stream server did not start")
        return self

    def __exit__(self, *exc_info) -> None:
        self.loop.call_soon_threadsafe(self.stop_event.set)
        self.thread.join(10)

    def url(self, path: str) -> str:
        return f"ws://127.0.0.1:{self.port}{path}"

    def problems(self) -> list[str]:
        """Mismatched messages, and steps that no connection reached, once the connections in progress are played
        to their end: a client that has sent its frames and closed may be done before this server's thread has read
        them."""
        asyncio.run_coroutine_threadsafe(self.settle(), self.loop).result(SETTLE_TIMEOUT + 5)
        found = []
        for path, script in self.scripts.items():
            found += [f"{path}: {mismatch}" for mismatch in script.mismatches]
            if script.position < len(script.steps):
                found.append(f"{path}: {len(script.steps) - script.position} step(s) not reached, the first: "
                             f"{json.dumps(script.steps[script.position])[:200]}")
        return found

    async def settle(self) -> None:
        try:
            await asyncio.wait_for(self.idle.wait(), SETTLE_TIMEOUT)
        except asyncio.TimeoutError:
            pass  # a client that keeps its connection open: report what was played so far

    def serve(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_until_complete(self.main())
        self.loop.close()

    async def main(self) -> None:
        self.stop_event = asyncio.Event()
        self.idle = asyncio.Event()
        self.idle.set()
        app = web.Application()
        app.router.add_get("/{path:.*}", self.connection)
        self.runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=1)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]
        self.ready.set()
        await self.stop_event.wait()
        await self.runner.cleanup()

    async def connection(self, request: web.Request) -> web.StreamResponse:
        script = self.scripts.get(request.path)
        if script is None:
            return web.Response(status=404)
        first = script.steps[script.position] if script.position < len(script.steps) else {}
        if "stall" in first:
            script.position += 1
            await self.stop_event.wait()  # holds the handshake until the server stops: played already
            return web.Response(status=503)
        self.playing += 1
        self.idle.clear()
        try:
            return await self.play(script, first, request)
        finally:
            self.playing -= 1
            if self.playing == 0:
                self.idle.set()

    async def play(self, script: Script, first: dict, request: web.Request) -> web.StreamResponse:
        if "refuse" in first:
            script.position += 1
            return web.Response(status=first["refuse"])
        deaf = "deaf" in first
        if deaf:
            script.position += 1
        socket = web.WebSocketResponse(max_msg_size=MAX_CLIENT_MESSAGE, autoping=not deaf)
        await socket.prepare(request)
        while True:
            step = script.next_step()
            if step is None:
                break
            if "drop" in step:
                request.transport.abort()
                return socket
            if "closed" in step:
                message = await self.next_message(socket)
                if message.type == WSMsgType.TEXT:
                    script.mismatch(f"step {script.position}: received {message.data[:SHOWN]}, expected the client "
                                    "to close the connection")
                return socket
            if "send" in step:
                for frame in step["send"]:
                    if isinstance(frame, dict) and "$bytes" in frame:
                        await socket.send_bytes(frame["$bytes"].encode("utf-8"))
                        continue
                    text = frame["$text"] if isinstance(frame, dict) and "$text" in frame else json.dumps(frame)
                    await socket.send_str(text)
            if "receive" in step and not await self.received(socket, script, step["receive"]):
                break
        async for _ in socket:  # silent until the client closes
            pass
        return socket

    @staticmethod
    async def next_message(socket: web.WebSocketResponse):
        """The client's next message, pings left out (a deaf connection sees them)."""
        while True:
            message = await socket.receive(RECEIVE_TIMEOUT)
            if message.type not in (WSMsgType.PING, WSMsgType.PONG):
                return message

    async def received(self, socket: web.WebSocketResponse, script: Script, expected) -> bool:
        try:
            message = await self.next_message(socket)
        except asyncio.TimeoutError:
            script.mismatch(f"step {script.position}: no message within {RECEIVE_TIMEOUT} s, expected "
                            f"{json.dumps(expected)[:SHOWN]}")
            return False
        if message.type != WSMsgType.TEXT:
            script.mismatch(f"step {script.position}: the connection ended ({message.type.name}), expected "
                            f"{json.dumps(expected)[:SHOWN]}")
            return False
        try:
            actual = json.loads(message.data)
        except json.JSONDecodeError:
            actual = message.data
        if not same_json(actual, expected):  # (true is not 1: Python's == took a frame's "id": true for 1; round 58)
            script.mismatch(f"step {script.position}: received {json.dumps(actual)[:SHOWN]}, expected "
                            f"{json.dumps(expected)[:SHOWN]}")
        return True
