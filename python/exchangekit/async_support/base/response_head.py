"""The head of a response as Node's and PHP's parsers read it, for the asyncio transport (aiohttp): the twin of
exchangekit/base/response_head.py.

aiohttp parses a response with llhttp (its C extension) or, without it (AIOHTTP_NO_EXTENSIONS, or no wheel for the
platform), with a parser of its own. Both read a response leniently unless Python runs in development mode: a line
ended by a bare LF, and a folded line (unfolded), where Node's parser fails the request. Neither can be made strict
for one session (the leniency is decided once, for the whole process), so the connector of our sessions (fetch's,
and each stream's for its handshake, whose 101 is the final head) makes protocols whose parser, whichever aiohttp
chose, is fed the bytes of a response's heads only once a HeadReader has read them, a line at a time as each ends: a
line that not every runtime reads (malformed, past the heads' bounds, or an interim head's framing) fails the
response before the parser has read any of it (MalformedHead, or Misframed for a framing; llhttp failed some values
of an interim head's Content-Length as they arrived, with an error of its own). A head the parser found where the
reader found none (another response after the final one, asked for by no request, or a line end that the reader does
not take for one) fails the connection, with any response of the same bytes. After a 101, the parser stops at the
head's end and aiohttp hands the rest to its WebSocket reader, a server's frames up to the first masked one
(_UnmaskedFrames). The final response's body is framed as every runtime reads it (exchangekit/base/response_body.py):
the parser is fed its bytes once a ChunkedBody has read them, and none that came after the response's end, which are
dropped with the connection (aiohttp's parser failed the response). Nothing of aiohttp is patched: other sessions in
the process read as before.
Imported with aiohttp, on the first construction (see native_exchange).
"""

from __future__ import annotations

import contextvars
import functools
import re
from typing import Any

from aiohttp import (
    ClientConnectorError, ClientHttpProxyError, ClientSession, ClientSSLError, TCPConnector, WSCloseCode, __version__)
from aiohttp.client_proto import ResponseHandler
from aiohttp.http_exceptions import BadHttpMessage
from aiohttp.http_websocket import WebSocketError

from exchangekit.base.errors import NotSupported
from exchangekit.base.response_body import MALFORMED_BODY, ChunkedBody, has_body
from exchangekit.base.response_head import (  # noqa: F401 (fetch reads declared_length here)
    MALFORMED_HEAD, NOT_FRAMED, HeadReader, cause_of, chunked, declared_length)

# Where the check sits: aiohttp's protocol feeds each response's parser, self._parser, from data_received, and a
# connector makes its protocols with self._factory. An aiohttp that did otherwise would bypass the check: refused.
if "_parser" not in ResponseHandler.data_received.__code__.co_names:
    raise ImportError(f"aiohttp {__version__}: its protocol no longer feeds self._parser, where exchangekit checks "
                      "the heads of responses")
# A stream's frames reach aiohttp's WebSocket reader through self._payload_parser (set_parser), whose queue is
# self._payload: an aiohttp that did otherwise would read a server's masked frame, which Node refuses.
if "_payload_parser" not in ResponseHandler.data_received.__code__.co_names or \
        "_payload" not in ResponseHandler.set_parser.__code__.co_names:
    raise ImportError(f"aiohttp {__version__}: its protocol no longer feeds its WebSocket reader through "
                      "self._payload_parser, where exchangekit checks a server's frames")
# And aiohttp resends a request of an idempotent method once, on a new connection, when a kept-alive one closed or
# reset without an answer, unless the session's _retry_connection is off (session () turns it off).
if "_retry_connection" not in ClientSession._request.__code__.co_names:
    raise ImportError(f"aiohttp {__version__}: its session no longer decides by _retry_connection whether to resend a "
                      "request, which exchangekit turns off")
# aiohttp's connector opens a tunnel through a proxy in _create_proxy_connection, and makes the connection through it
# in _start_tls_connection or _wrap_existing_connection: StrictHeadConnector marks the protocols of the first as
# reading a proxy's answer to CONNECT first, and not those of the others.
if not {"_create_proxy_connection", "_start_tls_connection", "_wrap_existing_connection"} <= set(TCPConnector.__dict__):
    raise ImportError(f"aiohttp {__version__}: its connector no longer opens a proxy's tunnel in "
                      "_create_proxy_connection, where exchangekit reads the proxy's answer to CONNECT")
UNEXPECTED_HEAD = "a response head where none was expected (after the final one, or not ended by CR LF)"
# Whether the connections being made are to a proxy for a tunnel (an https:// request or a wss:// stream through it):
# each protocol made then reads the proxy's answer to CONNECT first (one per address tried), not the protocol of the
# TLS connection made through the tunnel, which reads the server (red-team rounds 62 and 63).
_TUNNELLING: contextvars.ContextVar[bool] = contextvars.ContextVar("tunnelling", default=False)
# A URL's user info: aiohttp's errors of a proxy's answer to CONNECT quote the proxy's URL as configured, its login
# and password with it (red-team round 60: a 200 of 150 header lines, or of a Content-Length abc).
_USER_INFO = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*://)[^/?#@\s]*@")


def session(**kwargs: Any) -> ClientSession:
    """An aiohttp session of StrictHeadConnector's connections, that sends each request once. aiohttp resent a GET, PUT
    or DELETE (a signed cancel) on a new connection when the server closed or reset the first without an answer, and
    returned the second answer, where Node, requests and curl fail the request (red-team round 50)."""
    result = ClientSession(connector=StrictHeadConnector(), **kwargs)
    result._retry_connection = False
    return result


def proxy_of(setting: Any) -> str | None:
    """The config's proxy as aiohttp takes it, or None for none. aiohttp speaks HTTP to any proxy, whatever its URL's
    scheme: a socks5:// proxy was sent each request, signed, in plain HTTP (red-team round 50); Node refuses one too,
    and requests and curl speak SOCKS to it."""
    if setting is None or setting == "":
        return None
    scheme = re.match(r"([A-Za-z][A-Za-z0-9+.-]*)://", setting) if isinstance(setting, str) else None
    if scheme is None:  # (the setting is not quoted: it may hold the proxy's password)
        raise NotSupported("proxy: not a URL (an http:// proxy is expected, such as http://127.0.0.1:8080)")
    if scheme.group(1).lower() not in ("http", "https"):
        raise NotSupported(f"proxy: asyncio goes through http:// and https:// proxies only, not {scheme.group(1)}:// "
                           "ones")
    return setting


def described(error: BaseException, proxy: Any) -> str:
    """The text of an aiohttp error, each URL's user info written *** (as Node's and PHP's dumps write a proxy's),
    and the proxy setting's as it was configured: a password holding a /, ? or # is no URL's user info, and aiohttp's
    InvalidURL quoted the setting whole (red-team round 61)."""
    text = str(error)
    if isinstance(proxy, str):
        user_info = proxy.partition("://")[2].rpartition("@")[0]
        if user_info:
            text = text.replace(user_info, "***")
    return _USER_INFO.sub(r"\1***@", text)


def never_connected(error: ClientConnectorError) -> bool:
    """Whether aiohttp's connector error is one of a connection never made (refused, a name not resolved, a host not
    reached), ExchangeNotAvailable as in every runtime; not one of a TLS handshake that failed nor of a connection reset
    as it was made, which aiohttp raises as connector errors too and Node, requests and curl as the NetworkError of a
    connection made (red-team round 50)."""
    return not isinstance(error, ClientSSLError) and not isinstance(error.os_error, (ConnectionResetError,
                                                                                     ConnectionAbortedError))


class MalformedHead(BadHttpMessage):
    """(An HttpProcessingError, which aiohttp hands to the response as a ClientResponseError.)"""


def malformed_head(error: BaseException) -> bool:
    """Whether aiohttp's ClientResponseError comes of a MalformedHead."""
    return cause_of(error, MalformedHead) is not None


class TunnelRefused(BadHttpMessage):
    """A proxy's answer to CONNECT that is an interim head: no answer to Node and curl, which refuse the tunnel, where
    aiohttp read past it (a 100 or 103, then a 200, opened the tunnel in asyncio alone; red-team round 60)."""

    def __init__(self, status: int) -> None:
        super().__init__(f"the proxy answered CONNECT with an interim head (HTTP {status})")
        self.status = status


def tunnel_refusal(error: BaseException) -> str | None:
    """The text of a proxy's refusal of the tunnel (another status than 200, which aiohttp refuses, whose text shows
    the proxy's URL and its password; or an interim head, TunnelRefused) that aiohttp's error is, or None."""
    cause = error if isinstance(error, ClientHttpProxyError) else cause_of(error, TunnelRefused)
    return None if cause is None else f"could not connect: the proxy refused a tunnel (HTTP {cause.status})"


TUNNEL_INTERIM = "an interim head in a proxy's answer to CONNECT"


class _TunnelAnswer(HeadReader):
    """The heads of a proxy's answer to CONNECT: a final head alone (see TunnelRefused)."""

    __slots__ = ()

    def read(self, line: bytes) -> bool:
        if super().read(line) and self.interim:
            self.refusal = TUNNEL_INTERIM
            self.done = True
        return self.refusal is None


class Misframed(BadHttpMessage):
    """A response framed as not every runtime reads it: its text is fetch's."""


def misframed(error: BaseException) -> str | None:
    """The text of the Misframed that aiohttp's ClientResponseError or ClientPayloadError comes of, or None."""
    cause = cause_of(error, Misframed)
    return None if cause is None else cause.message


class _Body:
    """The final response's body as its bytes arrive: feed () says how many of them are the body's, and held how
    many of those, at their end, are a line of a chunked body's framing not yet ended (so not yet read as framed)."""

    __slots__ = ("chunks", "left")

    def __init__(self, head: HeadReader, message: Any, with_body: bool) -> None:
        framing = chunked(head.encodings)
        if framing is None:
            raise Misframed(NOT_FRAMED)
        self.chunks = ChunkedBody() if framing and with_body else None
        # the bytes left of a body of a Content-Length (or of none), or None for one read to the connection's end
        length = message.headers.get("Content-Length")
        self.left = 0 if not with_body else None if length is None else declared_length(length)

    @property
    def held(self) -> int:
        return 0 if self.chunks is None else self.chunks.held

    def feed(self, data: bytes) -> int:
        if self.chunks is not None:
            taken = self.chunks.feed(data)
            if self.chunks.malformed:
                raise Misframed(MALFORMED_BODY)
            return taken
        if self.left is None:
            return len(data)
        taken = min(self.left, len(data))
        self.left -= taken
        return taken


class _StrictHeadParser:
    """aiohttp's parser of one response, fed what a HeadReader read of the heads (a line once it has ended), with as
    many responses as heads, and of the final response's body what a _Body read as framed: a line of a chunked body's
    framing once it has ended (llhttp failed a malformed one as it arrived, and aiohttp's response then waited for the
    rest of the body until its timeout), nothing of what came after the end (which closes the connection). A failure
    within the body fails feed_eof too, which aiohttp calls when the connection is lost, so that the response's payload
    fails with it."""

    __slots__ = ("parser", "protocol", "head", "messages", "body", "held", "failure")

    def __init__(self, parser: Any, protocol: _StrictHeadProtocol, tunnel: bool) -> None:
        self.parser = parser
        self.protocol = protocol
        self.head = _TunnelAnswer() if tunnel else HeadReader()
        self.messages = 0
        self.body: _Body | None = None
        self.held = b""  # the bytes read but not yet fed to the parser (a line of a head or of a body's framing)
        self.failure: Exception | None = None

    def feed_data(self, data: bytes) -> Any:
        if not data:  # (aiohttp's resume after a pause: the parser reads on the bytes it held back)
            return self._feed_parser(data)
        if self.body is not None:
            return self._feed_body(data)
        head = self.head
        read = self.held + data if self.held else data
        head.feed(data)
        if head.refusal == TUNNEL_INTERIM:
            raise TunnelRefused(head.status)
        if head.refusal is not None:
            raise MalformedHead(MALFORMED_HEAD) if head.refusal == MALFORMED_HEAD else Misframed(head.refusal)
        if not head.done:  # the lines that have ended (one not yet ended waits for its end)
            fed = len(read) - head.held
            self.held = read[fed:]
            return self._feed_parser(read[:fed]) if fed else ((), False, b"")
        self.held = b""
        if head.status == 101:  # (after a 101, aiohttp hands the rest to its WebSocket reader)
            return self._feed_parser(read)
        start = len(read) - len(data) + head.body_start
        messages, _, _ = self._feed_parser(read[:start])  # (the heads: the final one is the last message)
        self.body = _Body(head, messages[-1][0], has_body(head.status, "HEAD" if self.protocol.head_request else "GET"))
        more, upgraded, tail = self._feed_body(data[head.body_start:])
        return [*messages, *more], upgraded, tail

    def _feed_body(self, data: bytes) -> Any:
        try:
            taken = self.body.feed(data)
            if taken < len(data):  # bytes after the response's end: dropped, and the connection (even an idle one)
                self.protocol.force_close()
                if self.protocol.transport is not None:
                    self.protocol.transport.close()
            read = self.held + data[:taken]
            framed = len(read) - self.body.held
            self.held = read[framed:]
            return self._feed_parser(read[:framed]) if framed else ((), False, b"")
        except Exception as error:
            self.failure = error
            raise

    def _feed_parser(self, data: bytes) -> Any:
        result = self.parser.feed_data(data)
        self.messages += len(result[0])
        if self.messages > self.head.heads:  # (the responses of this data are dropped, and the connection)
            raise BadHttpMessage(UNEXPECTED_HEAD)
        return result

    def feed_eof(self) -> Any:
        if self.failure is not None:
            raise self.failure
        return self.parser.feed_eof()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.parser, name)


# the length of a frame's header but its mask key, by the 7 bits of length in its second byte (126: 16 bits more;
# 127: 64 bits more; any other: the payload's length itself)
HEADER_LENGTHS = {126: 4, 127: 10}
# The frames a message may come in, as ws's client reads them (its maxFragments, which StreamClient.js sets): aiohttp
# read any number (red-team round 68).
MAX_FRAGMENTS = 16384


class _UnmaskedFrames:
    """aiohttp's WebSocket reader of a stream, fed a server's frames up to the first that ws fails and aiohttp read:
    one whose MASK bit is set ("MASK must be clear": aiohttp unmasked and read it; red-team round 54), a text or binary
    frame while a message is still open (aiohttp took an empty first fragment for none, and read the new message),
    and the frame past MAX_FRAGMENTS of a message (round 68). That frame fails the connection with a protocol error, as
    the reader fails on one of its own (the error on its queue, the frames before it read first). No frame of a server
    has a mask key, so a header is 2, 4 or 10 bytes."""

    __slots__ = ("reader", "protocol", "header", "left", "open", "fragments")

    def __init__(self, reader: Any, protocol: _StrictHeadProtocol) -> None:
        self.reader = reader
        self.protocol = protocol
        self.header = b""  # the header of the frame being read, as far as it arrived
        self.left = 0  # the bytes of its payload not yet seen
        self.open = False  # a message's first frame came, and not yet its last (FIN)
        self.fragments = 0  # the frames of that message so far

    def feed_data(self, data: bytes) -> Any:
        position, end = 0, len(data)
        while position < end:
            if self.left:
                taken = min(self.left, end - position)
                self.left -= taken
                position += taken
                continue
            wanted = 2 if len(self.header) < 2 else HEADER_LENGTHS.get(self.header[1] & 0x7F, 2)
            taken = min(wanted - len(self.header), end - position)
            self.header += data[position:position + taken]
            position += taken
            if len(self.header) < wanted:
                break
            if wanted == 2:
                refusal = self._refusal(self.header[0], self.header[1])
                if refusal is not None:
                    return self._refuse(data[:max(0, position - 2)], refusal)
            length = self.header[1] & 0x7F
            if len(self.header) == HEADER_LENGTHS.get(length, 2):
                self.left = int.from_bytes(self.header[2:], "big") if length >= 126 else length
                self.header = b""
        return self.reader.feed_data(data)

    def _refusal(self, first: int, second: int) -> WebSocketError | None:
        """The error of a frame that ws fails, by the first two bytes of its header; None for one it reads. A data
        frame also moves the message on: its frame count, and whether it is still open."""
        if second & 0x80:
            return WebSocketError(WSCloseCode.PROTOCOL_ERROR, "MASK must be clear")
        opcode = first & 0x0F
        if opcode >= 8:  # (a control frame, which may come between a message's frames)
            return None
        if opcode != 0 and self.open:
            return WebSocketError(WSCloseCode.PROTOCOL_ERROR, "a message began before the one before it ended")
        self.fragments = (self.fragments + 1) if self.open else 1
        if self.fragments > MAX_FRAGMENTS:
            return WebSocketError(WSCloseCode.POLICY_VIOLATION, f"a message of more than {MAX_FRAGMENTS} frames")
        self.open = not first & 0x80
        return None

    def _refuse(self, before: bytes, error: WebSocketError) -> Any:
        if before:
            result = self.reader.feed_data(before)
            if result[0]:  # (a protocol error of the reader's own, before it)
                return result
        self.protocol._payload.set_exception(error)
        return True, b""  # (the reader's answer to a protocol error: the protocol feeds it no more)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.reader, name)


class _StrictHeadProtocol(ResponseHandler):
    """aiohttp's protocol, each of whose parsers (one a response, set by set_response_params) is a _StrictHeadParser,
    and whose WebSocket reader (set by set_parser) is an _UnmaskedFrames. A protocol made for a proxy's tunnel reads
    the proxy's answer to CONNECT first."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.tunnel_answer = _TUNNELLING.get()  # (set before aiohttp's __init__, which sets _parser)
        super().__init__(*args, **kwargs)

    @property
    def _parser(self) -> Any:
        return self._strict_parser

    @_parser.setter
    def _parser(self, parser: Any) -> None:
        if parser is None:
            self._strict_parser = None
            return
        tunnel, self.tunnel_answer = self.tunnel_answer, False  # (the first response is the answer to CONNECT)
        self._strict_parser = _StrictHeadParser(parser, self, tunnel)

    @property
    def _payload_parser(self) -> Any:
        return self._unmasked_parser

    @_payload_parser.setter
    def _payload_parser(self, parser: Any) -> None:
        self._unmasked_parser = None if parser is None else _UnmaskedFrames(parser, self)

    def set_response_params(self, *, skip_payload: bool = False, **kwargs: Any) -> None:
        self.head_request = skip_payload  # (aiohttp skips the payload of a response to HEAD alone)
        super().set_response_params(skip_payload=skip_payload, **kwargs)


class StrictHeadConnector(TCPConnector):
    """aiohttp's TCP connector (its defaults), whose connections are _StrictHeadProtocols: through a proxy too."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if getattr(self, "_factory", None) is None:
            raise TypeError(f"aiohttp {__version__}: its connector makes its protocols otherwise, where exchangekit "
                            "checks the heads of responses")
        self._factory = functools.partial(_StrictHeadProtocol, loop=self._loop)

    async def _create_proxy_connection(self, req: Any, traces: Any, timeout: Any) -> Any:
        token = _TUNNELLING.set(req.is_ssl())  # (a tunnel is opened for TLS alone: otherwise the proxy forwards)
        try:
            return await super()._create_proxy_connection(req, traces, timeout)
        finally:
            _TUNNELLING.reset(token)

    async def _start_tls_connection(self, *args: Any, **kwargs: Any) -> Any:
        token = _TUNNELLING.set(False)  # (the connection to the server through the tunnel)
        try:
            return await super()._start_tls_connection(*args, **kwargs)
        finally:
            _TUNNELLING.reset(token)

    async def _wrap_existing_connection(self, *args: Any, **kwargs: Any) -> Any:
        token = _TUNNELLING.set(False)  # (the same, where the event loop cannot start TLS on a connection)
        try:
            return await super()._wrap_existing_connection(*args, **kwargs)
        finally:
            _TUNNELLING.reset(token)
