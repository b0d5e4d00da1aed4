"""The framing of a response's body as every runtime reads it (red-team round 49).

Each HTTP client framed a body its own way: chunk-size lines with a space, a sign, `0x` or a NUL (requests read ` b`,
`+b` and `0xb`, curl read `b\\x00` and `0xb` as 0), lines ended by a bare LF, Transfer-Encoding values other than
`chunked`, trailers of any form and size, and bytes after a complete response (a NetworkError in Node and asyncio, the
response in Python sync and PHP). The same answer was a response in some runtimes and an error in the others. Every
runtime now reads one framing, a subset of what each client reads alike (Node's parser is the strictest), and fails
any other with a NetworkError:

- Transfer-Encoding, when present, is one line of `chunked` in any case (spaces and tabs before it, spaces after it);
- a chunk-size line is 1 to 16 hex digits of a size below 2^63 (curl reads no more), then extensions `;name` or
  `;name=value` (a token, or a quoted string), ended by CR LF, with no space anywhere; the chunk's data is followed by
  CR LF;
- the trailers after the last chunk are header lines (a token, a colon, a value without control characters but tabs,
  CR LF), none of them Content-Length or Transfer-Encoding (which Node's parser and aiohttp's read as the head's
  framing, and failed: red-team round 50), 99 at most, of 65,536 bytes at most in all; every line of the framing is at
  most 4,000 bytes before its CR LF (curl reads a trailer line of 4,095 bytes at most);
- a response to HEAD, and a 1xx, 204 or 304 response, has no body whatever its head says;
- what arrives after the end of a response is dropped, and the connection with it.

js/base/responseBody.js and php/base/ResponseBody.php are the twins of this module. ChunkedBody is fed the bytes of a
chunked body as they arrive (the sync transport's through `CheckedChunks`, which http.client reads the body from; the
asyncio transport's in exchangekit/async_support/base/response_head.py).
"""

from __future__ import annotations

import http.client
import re

from exchangekit.base.response_head import _FIELD_LINE, FRAMING_NAMES, StrictHeadResponse, cause_of, chunked

MALFORMED_BODY = ("a response's chunked body is not framed as every runtime reads it (chunk sizes of 1 to 16 hex "
                  "digits, extensions of tokens, trailers as header lines, lines of 4,000 bytes at most ended by CR LF)")
MAX_LINE = 4000  # bytes of a framing line before its CR LF
MAX_TRAILER_LINES = 99
MAX_TRAILERS = 65536  # bytes of the trailer lines, their CR LF left out
MAX_CHUNK = 2**63 - 1  # (curl reads a chunk's size as a signed 64-bit number, and refuses a larger one at once)

_TOKEN = rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+"
_QUOTED = rb'"(?:[\t \x21\x23-\x5b\x5d-\x7e\x80-\xff]|\\[\t \x21-\x7e\x80-\xff])*"'
_SIZE_LINE = re.compile(rb"([0-9A-Fa-f]{1,16})(?:;" + _TOKEN + rb"(?:=(?:" + _TOKEN + rb"|" + _QUOTED + rb"))?)*\r\n")
_TRAILER_LINE = re.compile(_FIELD_LINE)
_NO_BODY_STATUSES = frozenset({204, 304})

_SIZE, _DATA, _DATA_END, _TRAILERS, _DONE = range(5)


def has_body(status: int, method: str) -> bool:
    """Whether a response of this status to this method has a body (one of length 0 maybe)."""
    return not (method.upper() == "HEAD" or 100 <= status < 200 or status in _NO_BODY_STATUSES)


class ChunkedBody:
    """A chunked body read as its bytes arrive: feed () says how many of them are the body's (the rest came after
    the response's end), and whether they are framed as above."""

    __slots__ = ("_state", "_line", "_left", "_trailer_lines", "_trailer_bytes", "malformed")

    def __init__(self) -> None:
        self._state = _SIZE
        self._line = bytearray()  # a line not yet ended
        self._left = 0  # the bytes of the chunk's data not yet read, or of the CR LF after it
        self._trailer_lines = 0
        self._trailer_bytes = 0
        self.malformed = False

    @property
    def done(self) -> bool:
        return self._state == _DONE

    @property
    def held(self) -> int:
        """The bytes of a line read but not yet ended (the last ones fed)."""
        return len(self._line)

    def feed(self, data: bytes) -> int:
        """Reads data; the number of its bytes that are the body's. Once malformed, it reads nothing more."""
        position = 0
        end = len(data)
        while position < end and not self.malformed and self._state != _DONE:
            if self._state == _DATA:
                taken = min(self._left, end - position)
                position += taken
                self._left -= taken
                if self._left == 0:
                    self._state, self._left = _DATA_END, 2
            elif self._state == _DATA_END:
                self.malformed = data[position] != b"\r\n"[2 - self._left]
                position += 1
                self._left -= 1
                if self._left == 0:
                    self._state = _SIZE
            else:
                ended = data.find(b"\n", position, position + MAX_LINE + 2 - len(self._line))
                if ended < 0:
                    self._line += data[position:]
                    self.malformed = len(self._line) > MAX_LINE + 1  # (a CR may still end it)
                    return end
                self._line += data[position:ended + 1]
                position = ended + 1
                self._read_line(bytes(self._line))
                self._line.clear()
        return position

    def _read_line(self, line: bytes) -> None:
        if self._state == _SIZE:
            size = _SIZE_LINE.fullmatch(line)
            if size is None:
                self.malformed = True
            elif int(size.group(1), 16) > MAX_CHUNK:
                self.malformed = True
            elif int(size.group(1), 16) == 0:
                self._state = _TRAILERS
            else:
                self._state, self._left = _DATA, int(size.group(1), 16)
        elif line == b"\r\n":
            self._state = _DONE
        else:
            self._trailer_lines += 1
            self._trailer_bytes += len(line) - 2
            self.malformed = (_TRAILER_LINE.fullmatch(line) is None or self._trailer_lines > MAX_TRAILER_LINES
                              or self._trailer_bytes > MAX_TRAILERS
                              or line.partition(b":")[0].lower() in FRAMING_NAMES)


class MalformedBody(http.client.HTTPException):
    """A chunked body framed otherwise (ChunkedBody), which fetch makes a NetworkError (urllib3 wraps it in a
    ProtocolError)."""


def malformed_body(error: BaseException) -> bool:
    """Whether urllib3's error comes of a MalformedBody."""
    return cause_of(error, MalformedBody) is not None


class FramedResponse(StrictHeadResponse):
    """A response whose head is well formed (StrictHeadResponse) and whose body, when chunked, is read through
    CheckedChunks. http.client read a chunked body only for a Transfer-Encoding of exactly `chunked` (`Chunked ` was
    read to the connection's end), and one of a 204 or 304 too, where no other client reads any."""

    def begin(self) -> None:
        super().begin()
        # A 101 is the connection's last response of HTTP (what follows it is another protocol's): it has no body, and
        # the next request goes on another connection, as in Node, asyncio and PHP (urllib3 reused it, and sent the
        # next request to a server that took the connection for switched: red-team round 50).
        self.will_close = self.will_close or self.status == 101
        self.chunked = bool(chunked(self.msg.get_all("Transfer-Encoding") or [])) and has_body(self.status,
                                                                                                self._method)
        if self.chunked:
            self.chunk_left = None
            self.length = None
            self.fp = CheckedChunks(self.fp)


class CheckedChunks:
    """The file of a response whose body is chunked, as http.client reads it: every byte it takes (the size lines and
    trailers by readline, the data and the CR LF after them by read, read1 or readinto) is fed to a ChunkedBody, and
    a byte it could not take so is a MalformedBody before http.client reads it."""

    def __init__(self, file) -> None:
        self.file = file
        self.body = ChunkedBody()

    def _taken(self, data: bytes) -> bytes:
        if data and (self.body.done or self.body.feed(data) < len(data) or self.body.malformed):
            raise MalformedBody(MALFORMED_BODY)
        return data

    def readline(self, limit: int = -1) -> bytes:
        line = self.file.readline(limit)
        if not line:  # (the connection closed within the body: http.client took that for the trailers' end)
            raise MalformedBody(MALFORMED_BODY)
        return self._taken(line)

    def read(self, size: int = -1) -> bytes:
        return self._taken(self.file.read(size))

    def read1(self, size: int = -1) -> bytes:
        return self._taken(self.file.read1(size))

    def readinto(self, buffer) -> int:
        count = self.file.readinto(buffer)
        self._taken(bytes(memoryview(buffer)[:count]))
        return count

    def __getattr__(self, name: str):
        return getattr(self.file, name)
