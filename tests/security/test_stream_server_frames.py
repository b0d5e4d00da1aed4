"""A server's masked frames, bursts of pings and fragmented messages are read alike in Node and Python asyncio
(red-team rounds 54 and 68).

A frame from a server has its MASK bit clear (RFC 6455). ws fails the connection at a masked one ("MASK must be
clear"), after the frames before it, and the stream reconnects; aiohttp's reader unmasked it and handed it on, in
asyncio alone. The asyncio stream now feeds the reader a server's frames up to the first masked one, which fails the
connection as the reader's own protocol errors do (response_head._UnmaskedFrames).

ws answers each ping with a pong, and dropped the connection once more than 60 pongs waited to be written: a burst of
61 pings before a frame dropped Node's connection, where asyncio answered them all and read the frame. Node now
counts no pongs, but drops a connection that has more than 1 MiB not yet written when a ping comes (StreamClient's
MAX_UNWRITTEN), so that a server that sends pings and never reads the pongs does not grow its memory: asyncio stops
reading instead (aiohttp awaits the writing of each pong).

The server (127.0.0.1, below any WebSocket library) answers the handshake of /h<n> with a correct 101 and plays the
n-th form's bytes (most once the client's subscription arrived); a connection made again (the stream's reconnection)
gets the form's next play, or its last. Every frame it sends is text that is no JSON, so each watch ends with the
BadResponse of the next frame that the stream read."""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import os
import socket
import subprocess
import time

import pytest

from tests.http_server import RawServer
from tests.streaming_runs import driver_command

WEBSOCKET_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
FLOOD = 32 * 1024 * 1024  # the bytes of pings that the server sends, at most, to a client that reads no pong


def frame(payload: bytes, opcode: int = 1, key: bytes | None = None, final: bool = True) -> bytes:
    """A frame of opcode, the last of its message unless final is False, masked with key when one is given (no server
    masks one)."""
    length = len(payload)
    mask = 0x80 if key is not None else 0
    first = (0x80 if final else 0) | opcode
    if length < 126:
        head = bytes([first, mask | length])
    elif length < 65536:
        head = bytes([first, mask | 126]) + length.to_bytes(2, "big")
    else:
        head = bytes([first, mask | 127]) + length.to_bytes(8, "big")
    if key is None:
        return head + payload
    return head + key + bytes(byte ^ key[index % 4] for index, byte in enumerate(payload))


def text(marker: str, length: int = 0) -> bytes:
    return frame(marker.encode().ljust(length, b"."))


def fragments(marker: str, count: int) -> bytes:
    """A text message of count frames: the marker in the first, a dot in each of the others."""
    return (frame(marker.encode(), final=count == 1)
            + b"".join(frame(b".", opcode=0, final=index == count - 1) for index in range(1, count)))


MAX_FRAME_SIZE = 4194304  # (the streaming setting maxFrameSize's default)
PING = frame(b"p" * 125, opcode=9)
SMALL = text("frame one", 100) + PING + text("frame two", 300)  # (lengths of 7 bits and of 16)
MASKED = frame(b"masked frame", key=b"\x12\x34\x56\x78") + text("frame after")  # (which no runtime reads)
RECONNECTED = text("reconnected")


def client_frames(connection: socket.socket):
    """The opcodes of the frames that the client sends (masked, as every client's), until it closes the connection."""
    data = b""
    while True:
        while len(data) >= 2:
            length = data[1] & 0x7F
            start = 2 + {126: 2, 127: 8}.get(length, 0)
            if len(data) < start:
                break
            end = start + 4 + (int.from_bytes(data[2:start], "big") if length >= 126 else length)
            if len(data) < end:
                break
            yield data[0] & 0x0F
            data = data[end:]
        chunk = connection.recv(65536)
        if not chunk:
            return
        data += chunk


def send(data: bytes, subscribed: bool = True):
    """data, once the client's subscription arrived (subscribed), else with the 101 head."""
    def play(connection: socket.socket, frames) -> str:
        if subscribed:
            next(frames, None)
        connection.sendall(data)
        return "sent"
    return play


def trickle(data: bytes):
    """data a byte at a time, once the client's subscription arrived: a frame's header split across reads."""
    def play(connection: socket.socket, frames) -> str:
        next(frames, None)
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        for index in range(len(data)):
            connection.sendall(data[index:index + 1])
            time.sleep(0.0005)
        return "sent"
    return play


def flood(connection: socket.socket, frames) -> str:
    """Pings, once the client's subscription arrived, reading nothing more, until the client drops the connection or
    stops reading, or FLOOD bytes were sent."""
    next(frames, None)
    chunk, sent = PING * 512, 0
    connection.settimeout(3)
    try:
        while sent < FLOOD:
            connection.sendall(chunk)
            sent += len(chunk)
    except TimeoutError:
        return "stalled"
    except OSError:
        return "dropped"
    return "sent all"


# per form: the plays of its connections (the last for any after them), and the frames that its watches read
FORMS = {
    # (frame three, of a 64-bit length, fills aiohttp's queue past its bound: the reader holds frame four back until
    # frame three is read)
    "frames, then a masked one": ([send(SMALL + text("frame three", 200_000) + text("frame four") + MASKED),
                                   send(RECONNECTED)], ["frame one", "frame two", "frame three", "frame four",
                                                        "reconnected"]),
    "the same, a byte at a time": ([trickle(SMALL + MASKED), send(RECONNECTED)],
                                   ["frame one", "frame two", "reconnected"]),
    # (with the head: ws dropped the connection at 61 pings there, at some 500 once the stream was open)
    "61 pings, then a frame": ([send(PING * 61 + text("after 61 pings"), False)], ["after 61 pings"]),
    "200 pings, then a frame": ([send(PING * 200 + text("after 200 pings"), False)], ["after 200 pings"]),
    "1000 pings, then a frame": ([send(PING * 1000 + text("after 1000 pings"), False)], ["after 1000 pings"]),
    "pings, their pongs never read": ([flood, send(RECONNECTED)], ["reconnected"]),
    # (red-team round 68: aiohttp took an empty first frame for no message begun, read any number of frames of a
    # message where ws reads 16,384, and failed a message of max_msg_size bytes where ws fails one past maxPayload)
    "a text frame while a message is open": ([send(frame(b"", final=False) + text("second message")),
                                              send(RECONNECTED)], ["reconnected"]),
    "a text frame while a binary message is open": ([send(frame(b"", opcode=2, final=False) + text("text message")),
                                                     send(RECONNECTED)], ["reconnected"]),
    "a message of 16,384 frames": ([send(fragments("16384 frames", 16384))], ["16384 frames"]),
    "a message of 16,385 frames": ([send(fragments("16385 frames", 16385)), send(RECONNECTED)], ["reconnected"]),
    "a frame of maxFrameSize bytes": ([send(text("maxFrameSize bytes", MAX_FRAME_SIZE))], ["maxFrameSize bytes"]),
    "a frame of a byte more": ([send(text("a byte more", MAX_FRAME_SIZE + 1)), send(RECONNECTED)], ["reconnected"]),
}


class FrameServer(RawServer):
    """Plays FORMS; keeps what each play of a connection came to, by form."""

    def __init__(self) -> None:
        self.plays: dict[int, list[str]] = {}
        super().__init__()

    def answer(self, connection: socket.socket, data: bytes) -> None:
        index = int(data.split(b" ")[1].rsplit(b"/h", 1)[-1])
        key = next(line.split(b":", 1)[1].strip() for line in data.split(b"\r\n")
                   if line.lower().startswith(b"sec-websocket-key:"))
        accept = base64.b64encode(hashlib.sha1(key + WEBSOCKET_GUID).digest())
        plays = list(FORMS.values())[index][0]
        done = self.plays.setdefault(index, [])
        try:
            connection.sendall(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                               b"Sec-WebSocket-Accept: " + accept + b"\r\n\r\n")
            frames = client_frames(connection)
            attempt = len(done)
            done.append("cut short")  # (by the client, unless the play ends)
            done[attempt] = plays[min(attempt, len(plays) - 1)](connection, frames)
            for opcode in frames:  # (until the client closes the connection, or sends its close frame)
                if opcode == 8:
                    break
        except OSError:
            pass


NODE = """import kraken from './kraken.js';
const [ origin, counts ] = JSON.parse (process.argv[1]);
const outcomes = [];
for (let index = 0; index < counts.length; index++) {
    const exchange = new kraken ({ 'urls': { 'ws': { 'public': origin } }, 'streaming': { 'maxReconnects': 0 } });
    const watches = [];
    for (let count = 0; count < counts[index]; count++) {
        let timer = undefined;
        const late = new Promise ((resolve) => {
            timer = setTimeout (resolve, 20000, 'no update within 20 s');
        });
        try {
            const update = exchange.watch (origin + '/h' + index, 'hash', 'hash', { 'event': 'subscribe' });
            watches.push ({ 'ok': await Promise.race ([ update, late ]) });
        } catch (error) {
            watches.push ({ 'throws': error.constructor.name, 'message': error.message });
        }
        clearTimeout (timer);
    }
    outcomes.push (watches);
    await exchange.close ();
}
console.log (JSON.stringify (outcomes));
"""

PYTHON = """import asyncio, json, sys
import exchangekit.async_support

async def main(origin, counts):
    outcomes = []
    for index, count in enumerate(counts):
        exchange = exchangekit.async_support.kraken({"urls": {"ws": {"public": origin}},
                                                     "streaming": {"maxReconnects": 0}})
        watches = []
        for _ in range(count):
            try:
                update = exchange.watch(f"{origin}/h{index}", "hash", "hash", {"event": "subscribe"})
                watches.append({"ok": await asyncio.wait_for(update, 20)})
            except asyncio.TimeoutError:
                watches.append({"ok": "no update within 20 s"})
            except exchangekit.BaseError as error:
                watches.append({"throws": type(error).__name__, "message": str(error)})
        outcomes.append(watches)
        await exchange.close()
    print(json.dumps(outcomes))

asyncio.run(main(*json.loads(sys.argv[1])))
"""


# python-async again, with aiohttp's pure-Python WebSocket reader (AIOHTTP_NO_EXTENSIONS) instead of its Cython one
PURE_READER = "python-async-pure-reader"


@functools.cache
def run_forms(runtime: str) -> tuple[dict, dict]:
    """The outcomes of each form's watches in runtime, and what each play of its connections came to."""
    server = FrameServer()
    argument = json.dumps([server.url.replace("http://", "ws://"), [len(read) for _, read in FORMS.values()]])
    environment = dict(os.environ)
    command, cwd = driver_command(runtime, (NODE, PYTHON), argument, PURE_READER, environment)
    try:
        completed = subprocess.run(command, cwd=cwd, env=environment, capture_output=True, text=True, timeout=240)
    finally:
        server.socket.close()
    lines = completed.stdout.strip().splitlines()
    assert completed.returncode == 0 and lines, completed.stdout + completed.stderr
    return dict(zip(FORMS, json.loads(lines[-1]))), {form: server.plays.get(index) for index, form in enumerate(FORMS)}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("runtime", ["node", "python-async", PURE_READER])
def test_a_server_frame_is_read_alike(runtime, form):
    outcomes, plays = run_forms(runtime)
    read = [outcome.get("throws") == "BadResponse" and outcome["message"].split("not JSON: ", 1)[-1].rstrip(".")
            for outcome in outcomes[form]]
    assert read == FORMS[form][1], (outcomes[form], plays[form])
    if form == "pings, their pongs never read":
        # Node dropped the connection, asyncio stopped reading: neither took all that the server sent
        assert plays[form] == ["dropped" if runtime == "node" else "stalled", "sent"], plays[form]
