"""One WebSocket connection of an asyncio exchange, through aiohttp: the twin of js/base/stream/StreamClient.js.

It multiplexes the subscriptions sent on it, keeps a bounded queue of updates per message hash, pings the server
(aiohttp's heartbeat: a connection that does not answer is closed), and reconnects with exponential backoff and
jitter, re-sending every subscription in order. Hostile servers are bounded: frame size (max_msg_size; no frame is
compressed), frames waiting to be handled (maxFrames, and their bytes: maxInboundSize), updates waiting to be read
(maxQueue), and the handshake (timeout). A connection that a server drops soon after opening is made again after the
same doubling waits as a refused one (and given up after maxReconnects), and close () ends everything of the
connection, as in Node. The handshake's response head is read as Node reads it (response_head.StrictHeadConnector, as
REST's is, and refusing_unasked_lines), and so are the frames (a masked one fails the connection: see
response_head)."""

from __future__ import annotations

import asyncio
from typing import Any

from exchangekit.base.construction import MAX_STREAM_SETTING, lowest_stream_setting, stream_setting_holds
from exchangekit.base.errors import (BadResponse, ExchangeError, ExchangeNotAvailable, NetworkError,
                                     RequestTimeout)
from exchangekit.base.native_exchange import redact_error

NO_FRAME = "has no frame to send: a message is a JSON value, not undefined"


# The settings that reach aiohttp and the timers: integers from 1 (0 for maxReconnects) to 2^31 - 1, as the exchange's
# constructor checked them (stream_setting_holds). aiohttp read a max_msg_size of 0 as no bound and refused every frame
# for -1, and a timeout of 0 failed every handshake at once (red-team round 45): any other value refuses the connection
# instead.
SETTINGS = ("timeout", "keepAlive", "maxFrameSize", "maxQueue", "maxFrames", "maxInboundSize", "maxReconnects",
            "backoffBase", "backoffMax")


def backoff_delay(settings: dict, attempt: int, random: float) -> float:
    """Exponential backoff with "equal jitter": half of the capped delay, plus a random part of the other half."""
    capped = min(settings["backoffMax"], settings["backoffBase"] * (2 ** attempt))
    return capped / 2 + random * capped / 2


def frame_size(data) -> int:
    """A frame's bytes as received, as Node counts them: a text frame's UTF-8 (aiohttp decoded it; len () counts
    code points, Node's text.length UTF-16 units)."""
    if isinstance(data, str):
        return len(data) if data.isascii() else len(data.encode("utf-8", "surrogatepass"))
    return len(data or b"")


class Channel:
    """The updates of one message hash not yet read ({'value'} or {'error'}), and the callers waiting for one."""

    def __init__(self) -> None:
        self.updates: list[dict] = []
        self.waiters: list[asyncio.Future] = []


def answered_with(status: int) -> str:
    """A handshake answered with a status other than 101 (a refusal, a redirect not followed), in Node's words."""
    return f"the server answered the handshake with HTTP {status}"


def refusing_redirects(aiohttp):
    """A trace of the handshake that refuses its redirects: ws_connect follows them on its own (it passes no
    allow_redirects), and a Location on another origin would get the stream, and the login frames with the key and a
    signature, beyond the origins of urls['ws']."""
    async def refuse(session, context, params) -> None:
        status = params.response.status
        params.response.close()
        raise aiohttp.ClientError(answered_with(status))

    trace = aiohttp.TraceConfig()
    trace.on_request_redirect.append(refuse)
    return trace


# The lines of a 101 head that Node's ws refuses and aiohttp reads, in ws's order and words: two Upgrade or
# Sec-WebSocket-Accept lines (aiohttp read the first; Node joins them, which fails its comparison), and any
# Sec-WebSocket-Protocol or Sec-WebSocket-Extensions line, since neither runtime asks for one (aiohttp ignored them: a
# reply selecting permessage-deflate, which Node offered, opened both, and its compressed frames failed asyncio
# alone; red-team round 54). Node's own check comes before them: one Connection line, `upgrade` in any case, as aiohttp
# reads the first (Node's parser read a list of tokens of every line, so that `keep-alive, Upgrade` opened Node alone;
# round 55).
INVALID_CONNECTION = "Invalid Connection header"
INVALID_UPGRADE = "Invalid Upgrade header"
REFUSED_LINES = (("Upgrade", 2, INVALID_UPGRADE),
                 ("Sec-WebSocket-Accept", 2, "Invalid Sec-WebSocket-Accept header"),
                 ("Sec-WebSocket-Protocol", 1, "Server sent a subprotocol but none was requested"),
                 ("Sec-WebSocket-Extensions", 1,
                  "Server sent a Sec-WebSocket-Extensions header but no extension was requested"))


def refusing_unasked_lines(aiohttp):
    """A trace of the handshake that fails a 101 with REFUSED_LINES before any frame is read (aiohttp then closes
    the connection)."""
    async def refuse(session, context, params) -> None:
        headers = params.response.headers
        if params.response.status == 101:
            connection = headers.getall("Connection", ())
            if len(connection) != 1 or connection[0].strip().lower() != "upgrade":
                raise aiohttp.ClientError(INVALID_CONNECTION)
            if headers.get("Upgrade", "").lower() != "websocket":  # (aiohttp's own refusal says it otherwise)
                raise aiohttp.ClientError(INVALID_UPGRADE)
            for name, lines, refusal in REFUSED_LINES:
                if len(headers.getall(name, ())) >= lines:
                    raise aiohttp.ClientError(refusal)

    trace = aiohttp.TraceConfig()
    trace.on_request_end.append(refuse)
    return trace


class StreamClient:
    def __init__(self, exchange: Any, url: str, settings: dict, aiohttp: Any, response_head: Any) -> None:
        self.exchange = exchange
        self.url = url
        self.aiohttp = aiohttp
        self.response_head = response_head  # exchangekit.async_support.base.response_head (which imports aiohttp)
        self.session = None
        self.socket = None
        self.opening: asyncio.Task | None = None
        self.reader: asyncio.Task | None = None
        self.subscriptions: dict[str, Any] = {}  # subscribeHash -> message, re-sent in this order after a reconnect
        self.channels: dict[str, Channel] = {}
        self.inbound: asyncio.Queue = asyncio.Queue()  # parsed frames waiting for the handler
        self.inbound_size = 0  # the bytes of those frames, as received (each entry's size)
        self.handler: asyncio.Task | None = None
        self.reconnecting: asyncio.Task | None = None  # dropped (): the connection made again
        self.closed = False
        self.opened_at = 0.0  # when the connection opened (monotonic_milliseconds)
        self.drops = 0  # connections in a row that closed within keepAlive of opening
        self.pause = 0.0  # milliseconds to wait before the next connection is made (after such a drop)
        given = settings if isinstance(settings, dict) else {}
        unchecked = next((name for name in SETTINGS if not stream_setting_holds(name, given.get(name))), None)
        if unchecked is not None:
            raise self.error(ExchangeError, f"has no streaming.{unchecked} that is an integer from "
                             f"{lowest_stream_setting(unchecked)} to {MAX_STREAM_SETTING}")
        # (an integral float is that integer, in the messages that quote a setting too: 1000, not 1000.0, as in Node)
        self.settings = {**given, **{name: int(given[name]) for name in SETTINGS}}

    # --- what the exchange calls -----------------------------------------------------------------------

    async def subscribe(self, subscribe_hash, message) -> None:
        await self.connected()
        if subscribe_hash is not None and subscribe_hash not in self.subscriptions:
            self.subscriptions[subscribe_hash] = message
            if message is not None:
                await self.transmit(message)

    def forget(self, subscribe_hash) -> None:
        self.subscriptions.pop(subscribe_hash, None)

    async def send(self, message) -> None:
        await self.connected()
        await self.transmit(message)

    def next(self, message_hash) -> asyncio.Future:
        """The oldest update of message_hash not yet read, or a future of the next one."""
        channel = self.channels.setdefault(message_hash, Channel())
        future = asyncio.get_running_loop().create_future()
        if channel.updates:
            entry = channel.updates.pop(0)
            if "error" in entry:
                future.set_exception(entry["error"])
            else:
                future.set_result(entry["value"])
        else:
            channel.waiters.append(future)
        return future

    def deliver(self, message_hash, entry: dict) -> None:
        """To every caller waiting for message_hash, else into its queue (the oldest update dropped when full).
        Updates of a hash that nobody has watched are not kept."""
        channel = self.channels.get(message_hash)
        if channel is None:
            return
        waiters = [waiter for waiter in channel.waiters if not waiter.done()]
        channel.waiters = []
        if waiters:
            for waiter in waiters:
                if "error" in entry:
                    waiter.set_exception(entry["error"])
                else:
                    waiter.set_result(entry["value"])
            return
        channel.updates.append(entry)
        if len(channel.updates) > self.settings["maxQueue"]:
            channel.updates.pop(0)

    def deliver_all(self, entry: dict) -> None:
        for message_hash in list(self.channels):
            self.deliver(message_hash, entry)

    def queued_updates(self) -> int:
        return sum(len(channel.updates) for channel in self.channels.values()) + self.inbound.qsize()

    async def close(self) -> None:
        self.closed = True
        for task in (self.reader, self.handler, self.opening, self.reconnecting):
            if task is not None and task is not asyncio.current_task():
                task.cancel()
        await self.release()
        self.deliver_all({"error": self.closed_error()})

    def closed_error(self) -> Exception:
        return self.error(ExchangeError, "closed by close ()")

    # --- connecting ------------------------------------------------------------------------------------

    async def connected(self) -> None:
        if self.closed:
            raise self.closed_error()
        # A connection that closed is held until dropped () lets it go, as Node holds it: a caller in between made a
        # connection of its own, on which dropped () then sent no subscription again (it found another socket), and
        # their updates stopped without an error; its frame fails to send now, and dropped () sends it again.
        if self.socket is not None:
            return
        if self.opening is None:
            self.opening = asyncio.ensure_future(self.connect_with_retries())
            self.opening.add_done_callback(self.opened)
        opening = self.opening
        try:
            await asyncio.shield(opening)
        except asyncio.CancelledError:
            # close () cancelled the connection under way: the callers get its error, as in Node (a CancelledError
            # told the caller's task that it was cancelled itself), unless their own task was cancelled.
            task = asyncio.current_task()
            cancelling = task.cancelling() if task is not None else 0
            if self.closed and opening.cancelled() and cancelling == 0:
                raise self.closed_error() from None
            raise

    def opened(self, task: asyncio.Task) -> None:
        self.opening = None
        if not task.cancelled():
            task.exception()  # retrieved here: the callers that await it get it

    async def connect_with_retries(self) -> None:
        self.exchange.check_signing_keys()  # (no connection, whose path a file chooses, once a key was refused)
        if self.pause > 0:  # after a connection that the server dropped soon after it opened (see dropped)
            pause, self.pause = self.pause, 0.0
            await self.exchange.sleep(pause)
        attempt = 0
        while True:
            if self.closed:
                raise self.closed_error()
            try:
                await self.open()
                return
            except (ExchangeError, NetworkError):
                if self.closed:
                    raise self.closed_error() from None
                if attempt >= self.settings["maxReconnects"]:
                    raise
            await self.exchange.sleep(backoff_delay(self.settings, attempt, self.exchange.stream_random()))
            attempt += 1

    async def open(self) -> None:
        aiohttp, response_head = self.aiohttp, self.response_head
        if self.session is None:
            # A head that Node's parser refuses (a bare LF line end, a folded line, ...) fails the handshake, before
            # any frame is read: aiohttp's parsers read two of them.
            # No cookie is kept between handshakes, as by Node's ws (see exchangekit/base/deadline.session).
            self.session = response_head.session(trace_configs=[refusing_redirects(aiohttp),
                                                                refusing_unasked_lines(aiohttp)],
                                                 cookie_jar=aiohttp.DummyCookieJar())
        try:
            # A 3xx fails the handshake (refusing_redirects), and so do the lines that ws refuses in a 101
            # (refusing_unasked_lines); wait_for bounds the whole handshake. aiohttp fails a message of max_msg_size
            # bytes, ws one past maxPayload: a message of maxFrameSize bytes was read in Node alone (red-team round 68).
            self.socket = await asyncio.wait_for(self.session.ws_connect(
                self.url, timeout=aiohttp.ClientWSTimeout(ws_receive=None, ws_close=self.settings["timeout"] / 1000),
                heartbeat=self.settings["keepAlive"] / 1000, max_msg_size=self.settings["maxFrameSize"] + 1,
                autoping=True, proxy=response_head.proxy_of(self.exchange.proxy)), self.settings["timeout"] / 1000)
        except asyncio.TimeoutError:
            raise self.error(RequestTimeout, "did not complete the WebSocket handshake within "
                             f"{self.settings['timeout']} ms") from None
        except aiohttp.ClientConnectorError as error:
            if response_head.never_connected(error):
                raise self.error(ExchangeNotAvailable, f"could not connect: {error.os_error}") from None
            raise self.error(NetworkError, f"failed: {error.os_error}") from None
        except (aiohttp.ClientError, OSError) as error:
            refusal = response_head.tunnel_refusal(error)
            if refusal is not None:
                raise self.error(ExchangeNotAvailable, refusal) from None
            if response_head.malformed_head(error):  # (whose text shows the head's bytes)
                raise self.error(NetworkError, f"failed: {response_head.MALFORMED_HEAD}") from None
            if response_head.misframed(error):  # (a head's framing not every runtime reads)
                raise self.error(NetworkError, f"failed: {response_head.misframed(error)}") from None
            if isinstance(error, aiohttp.WSServerHandshakeError) and error.status != 101:
                raise self.error(NetworkError, f"failed: {answered_with(error.status)}") from None
            raise self.error(NetworkError, f"failed: {response_head.described(error, self.exchange.proxy)}") from None
        except UnicodeError as error:  # (the idna codec's, of a host it cannot encode, as fetch reads it: round 62)
            raise self.error(NetworkError, f"failed: {response_head.described(error, self.exchange.proxy)}") from None
        self.opened_at = self.exchange.monotonic_milliseconds()
        self.reader = asyncio.ensure_future(self.read(self.socket))
        if self.handler is None:
            self.handler = asyncio.ensure_future(self.handle_inbound())

    async def release(self) -> None:
        socket, session = self.socket, self.session
        self.socket, self.session = None, None
        if socket is not None:
            await socket.close()
        if session is not None:
            await session.close()

    async def dropped(self, socket) -> None:
        """The connection closed without close (): reconnect, re-send the subscriptions, and tell the callers only
        when that fails. A connection that closed within keepAlive of opening counts as a failed attempt: the first is
        made again at once, the next after the doubling waits of connect_with_retries, and beyond maxReconnects in a
        row the callers get the error (a server that accepted each handshake and closed it got thousands of
        connections a second, each with the subscriptions and a freshly signed login, without end)."""
        if socket is not self.socket:
            return
        self.socket = None
        while not self.inbound.empty():
            self.inbound.get_nowait()
        self.inbound_size = 0
        if self.closed:
            return
        lived = self.exchange.monotonic_milliseconds() - self.opened_at
        self.drops = 1 if lived >= self.settings["keepAlive"] else self.drops + 1
        try:
            if self.drops > self.settings["maxReconnects"] + 1:
                raise self.error(NetworkError, f"closed the connection {self.drops} times in a row within keepAlive "
                                 f"({self.settings['keepAlive']} ms) of opening it")
            if self.drops > 1:
                self.pause = backoff_delay(self.settings, self.drops - 2, self.exchange.stream_random())
            await self.connected()
            for subscribe_hash, message in list(self.subscriptions.items()):
                # The exchange may renew a message (a fresh signature or token) before it is sent again.
                renewed = await self.exchange.resubscribe_message(self.url, subscribe_hash, message)
                self.subscriptions[subscribe_hash] = renewed
                if renewed is not None:
                    await self.transmit(renewed)
        except Exception as error:  # noqa: BLE001 (whatever failed goes to the callers, as in Node: a bug or a
            # MemoryError of the exchange's resubscribe_message ended this task unseen, and the callers waited for good)
            self.deliver_all({"error": error})
            self.exchange.forget_stream_client(self.url, self)
            await self.release()

    async def transmit(self, message) -> None:
        self.exchange.check_signing_keys()
        frame = self.exchange.json(message)
        if frame is None:  # (aiohttp refused None with a native TypeError, where Node's ws sent an empty frame)
            raise self.error(ExchangeError, NO_FRAME)
        if self.socket is None:
            raise self.error(NetworkError, "closed the connection before a frame could be sent")
        try:
            await self.socket.send_str(frame)
        except (self.aiohttp.ClientError, ConnectionError) as error:
            raise self.error(NetworkError, f"failed to send a frame: {error}") from None

    # --- receiving -------------------------------------------------------------------------------------

    async def read(self, socket) -> None:
        try:
            await self.read_frames(socket)
        except (self.aiohttp.ClientError, OSError, asyncio.TimeoutError):
            pass  # a broken connection: dropped below, like a closed one
        except Exception as error:  # noqa: BLE001
            # Anything else (a MemoryError, a bug) goes to the callers, and the connection is dropped, as a bound
            # drops it: it ended this task unseen, without a reconnection, and the callers waited for good (js.UNCAUGHT
            # too: no catch clause of exchange code sees it, so the call fails with it; red-team round 31).
            self.deliver_all({"error": error})
        await socket.close()
        if not self.closed:
            self.reconnecting = asyncio.ensure_future(self.dropped(socket))

    async def read_frames(self, socket) -> None:
        aiohttp = self.aiohttp
        while True:
            frame = await socket.receive()
            if frame.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSING, aiohttp.WSMsgType.CLOSED,
                              aiohttp.WSMsgType.ERROR):
                return
            size = frame_size(frame.data)
            exceeded = None
            if self.inbound.qsize() >= self.settings["maxFrames"]:
                exceeded = f"more than maxFrames {self.settings['maxFrames']} waiting"
            elif self.inbound_size + size > self.settings["maxInboundSize"]:
                # (a count bound alone let 10,000 parsed frames of 4 MiB wait: a handler awaiting a slow REST snapshot
                # held gigabytes, 8 MB of memory a 1 MB frame; red-team round 31)
                exceeded = f"more than maxInboundSize {self.settings['maxInboundSize']} bytes waiting"
            if exceeded is not None:
                # The handler cannot keep up: drop the connection (it reconnects and re-snapshots) rather than grow.
                self.deliver_all({"error": self.error(NetworkError, "sent frames faster than they could be handled "
                                                      f"({exceeded})")})
                return
            message = self.exchange.parse_json(frame.data) if frame.type == aiohttp.WSMsgType.TEXT else None
            if message is None:
                # (a binary frame's text as Node's decoder writes it: its repr escaped what the redaction of
                # credentials looks for, a password's "ü" as \xc3\xbc; red-team round 27)
                text = frame.data if isinstance(frame.data, str) else self.exchange.decode(frame.data or b"")
                self.inbound.put_nowait({"error": self.error(BadResponse, "sent a frame that is not JSON: "
                                                             + self.exchange.excerpt(text)), "size": size})
            else:
                self.inbound.put_nowait({"message": message, "size": size})
            self.inbound_size += size

    async def handle_inbound(self) -> None:
        while True:
            frame = await self.inbound.get()
            self.inbound_size -= frame["size"]
            if "error" in frame:
                self.deliver_all({"error": frame["error"]})
                continue
            try:
                await self.exchange.handle_message(self.url, frame["message"])
            except asyncio.CancelledError:
                raise
            except Exception as error:  # noqa: BLE001 (whatever the handler raised goes to the callers)
                # (often the frame, which may echo a login or the key: redacted as fetch's; red-team rounds 31 and 32)
                redact_error(self.exchange, error)
                self.deliver_all({"error": error})

    def error(self, error_class: type, detail: str) -> Exception:
        return self.exchange.http_error(error_class, "WebSocket", self.url, detail)
