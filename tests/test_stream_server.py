"""The scripted stream server that certify and the streaming tests read: what it reports is what the connections
played, once they were played to their end."""

from __future__ import annotations

import asyncio
import json
import time

import aiohttp

from transpiler.harness.stream_server import StreamServer


async def send_and_abort(server: StreamServer, path: str, frames: list, server_busy: float = 0.0) -> None:
    """A client that sends its frames and drops the connection at once, without waiting for the server, whose thread
    is held busy for server_busy seconds once the handshake is done (as on a loaded machine)."""
    async with aiohttp.ClientSession() as session:
        socket = await session.ws_connect(server.url(path))
        server.loop.call_soon_threadsafe(time.sleep, server_busy)
        for frame in frames:
            await socket.send_str(json.dumps(frame))
        socket._response.connection.transport.abort()


def test_problems_wait_for_the_connections_in_progress():
    steps = {"/played": [{"receive": {"frame": 1}}, {"receive": {"frame": 2}}, {"closed": True}]}
    with StreamServer(steps) as server:
        asyncio.run(send_and_abort(server, "/played", [{"frame": 1}, {"frame": 2}], server_busy=0.5))
        assert server.problems() == []


def test_problems_name_the_frames_that_differ():
    with StreamServer({"/played": [{"receive": {"frame": 1}}, {"closed": True}]}) as server:
        asyncio.run(send_and_abort(server, "/played", [{"frame": 2}]))
        assert server.problems() == ['/played: step 1: received {"frame": 2}, expected {"frame": 1}']


def test_a_frame_is_compared_as_json_values_are():
    # (true is not 1 nor false 0, where Python's == found them equal: a subscription sent "id": true passed a fixture
    # of "id": 1; red-team round 58)
    with StreamServer({"/played": [{"receive": {"id": 1, "on": False}}, {"receive": {"id": 1.0, "on": False}},
                                   {"closed": True}]}) as server:
        asyncio.run(send_and_abort(server, "/played", [{"id": True, "on": 0}, {"id": 1, "on": False}]))
        assert server.problems() == ['/played: step 1: received {"id": true, "on": 0}, expected {"id": 1, "on": false}']


def test_the_mismatches_kept_are_bounded():
    # A client's messages were kept whole in the mismatches, as many as the script had steps: 8 messages of 6 MB took
    # certify's process to 2 GB (red-team round 72). Each is quoted in 200 characters, and 20 are kept.
    async def send_and_close(url: str) -> None:
        async with aiohttp.ClientSession() as session:
            socket = await session.ws_connect(url)
            for _ in range(30):
                await socket.send_str(json.dumps({"frame": "x" * 500_000}))
            await socket.close()

    steps = {"/played": [{"receive": {"frame": index}} for index in range(30)] + [{"closed": True}]}
    with StreamServer(steps) as server:
        asyncio.run(send_and_close(server.url("/played")))
        problems = server.problems()
    assert len(problems) == 21 and problems[-1] == "/played: (and more mismatches; the first 20 are shown)"
    assert problems[0] == '/played: step 1: received {"frame": "' + "x" * 189 + ', expected {"frame": 0}'


def test_a_stalled_handshake_counts_as_played():
    """A stall holds its handshake until the server stops: problems() does not wait for it."""
    async def attempt(url: str) -> None:
        async with aiohttp.ClientSession() as session:
            try:
                await asyncio.wait_for(session.ws_connect(url), 0.5)
            except asyncio.TimeoutError:
                pass

    with StreamServer({"/stalled": [{"stall": True}]}) as server:
        asyncio.run(attempt(server.url("/stalled")))
        assert server.problems() == []
