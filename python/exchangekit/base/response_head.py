"""The head of a response as Node's and PHP's parsers read it, for the sync transport (requests over http.client).

http.client reads a line ended by a bare LF, splits a line at a bare CR (two headers of one line), unfolds a
continued line, and ends the headers at a line that is no header (dropping those after it, Content-Length among
them), where Node's parser and PHP's check fail the request. It keeps no raw lines once it has parsed them, so
`StrictHeadResponse` reads the heads through a file whose lines a `HeadLines` checks as each ends, before http.client
reads it: every line ends with CR LF and every header line is a token, a colon and a value. `HeadReader` checks the
same lines as the bytes of a response arrive, for the asyncio transport
(exchangekit/async_support/base/response_head.py).

A response's heads are also held, in every runtime, to bounds and a framing that every HTTP client reads alike
(red-team round 50): an interim head (1xx but 101) to the final head's bounds (see native_exchange's MAX_HEAD_LINES),
and it has no Content-Length, no Transfer-Encoding, no Connection (nor Proxy-Connection) that says close and is not of
HTTP/1.0, which Node's parser and aiohttp's read as they would in a final head (a Content-Length of `abc` or beside
Transfer-Encoding, a close that leaves no room for the final head) and requests and curl skip; every line of the heads
holds at most 8,190 bytes before its CR LF (aiohttp reads no longer value, nor status line); and a response's heads,
interim ones included, hold at most 131,072 bytes in all (curl refused 300 KiB of them, interim ones included, where
the others read on; Node's parser reads no head of more than that).
"""

from __future__ import annotations

import http.client
import re

from exchangekit.base.native_exchange import MAX_HEAD, MAX_HEAD_LINE, MAX_HEAD_LINES

# field-name ":" (RFC 9110's token), then a value without a control character but tabs (Node's parser refuses one,
# in an interim head too), ended by CR LF
_FIELD_LINE = rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+:[^\x00-\x08\x0a-\x1f\x7f]*\r\n"
_HEADER_LINE = re.compile(_FIELD_LINE)
# a status line as every runtime reads it: HTTP/1.0 or 1.1 (the versions every runtime speaks), a space, the status
# code (100 to 999: http.client and curl refuse a smaller one, Node's parser and aiohttp read it), then a space and the
# reason or nothing, without a control character but tabs (curl refuses a NUL, the others read it), ended by CR LF
_STATUS_LINE = re.compile(rb"HTTP/1\.([01]) ([1-9][0-9]{2})(?: ([^\x00-\x08\x0a-\x1f\x7f]*))?\r\n")
# the header names an interim head may not have (each runtime's parser read them its own way there: see the module's
# comment), nor a chunked body's trailer (response_body), and those that may not say close in an interim head
FRAMING_NAMES = frozenset({b"content-length", b"transfer-encoding"})
_CONNECTION_NAMES = frozenset({b"connection", b"proxy-connection"})
MAX_HEAD_LINE_BYTES = 8190  # bytes of a line of a head before its CR LF (aiohttp's bound on a value and a status line)
MAX_HEADS = 131072  # bytes of a response's heads in all, CR LF included (the most node:http's parser is let read)
MALFORMED_HEAD = "a response header line is malformed (not CR LF ended, folded, or not a token and a colon)"
NOT_FRAMED = ("a response's Content-Length is not one number below 2^64, or comes with Transfer-Encoding, or its "
              "Transfer-Encoding is not one line of chunked")
NOT_INTERIM = ("an interim (1xx) response head is of HTTP/1.0, or has a Content-Length, a Transfer-Encoding, or a "
               "Connection or Proxy-Connection that says close (HTTP clients read such a head apart)")
# A 101 whose Connection has a tab after its first character (`Upgrade\t`): Node's parser takes the tab for part of the
# token and sees no upgrade, so that the handshake fails there (in Node's words), where aiohttp strips it (red-team
# round 57).
NOT_UPGRADED = "the server answered the handshake with HTTP 101"
_LARGEST_LENGTH = 2**64 - 1  # (Node's parser counts a length in 64 bits and fails one past them)


class MalformedHead(http.client.HTTPException):
    pass


class MalformedLength(MalformedHead):
    """A head whose framing not every runtime reads (NOT_FRAMED, NOT_INTERIM): the request's error says so."""


def cause_of(error: BaseException, kind: type) -> BaseException | None:
    """The exception of kind that error is, or comes of (its cause, or its cause's: the HTTP clients wrap the
    exceptions raised within them), or None."""
    for _ in range(4):
        if isinstance(error, kind):
            return error
        if error.__cause__ is None:
            return None
        error = error.__cause__
    return None


def malformed_head(error: BaseException) -> MalformedHead | None:
    """The MalformedHead that requests' ConnectionError comes of (urllib3 wraps it in a ProtocolError), or None."""
    reason = error.args[0] if error.args else None
    return next((argument for argument in getattr(reason, "args", ()) if isinstance(argument, MalformedHead)), None)


def chunked(encodings: list[str]) -> bool | None:
    """Whether a final head's Transfer-Encoding values (one a line) make its body chunked: True for one line of
    `chunked` in any case (spaces and tabs before it, spaces after it: Node's parser reads a tab there as another
    coding), False for none, None for any other, which every runtime fails (red-team round 49: http.client read
    `chunked ` and `identity, chunked` as no chunked body, curl read `gzip, chunked` as chunked, Node not)."""
    if not encodings:
        return False
    if len(encodings) == 1 and encodings[0].lstrip(" \t").rstrip(" ").lower() == "chunked":
        return True
    return None


def badly_framed(lengths: list[str], encodings: list[str]) -> bool:
    """Whether a final head's Content-Length and Transfer-Encoding values (one a line) are what Node's parser (and
    aiohttp's) refuse: more than one Content-Length line, a value that is not digits ('+2', '2, 2', '', '1 2'), one
    past 2^64 - 1, or any with Transfer-Encoding; or a Transfer-Encoding that is not one line of chunked. http.client
    read '+2' as 2, and a value it could not read as no length at all."""
    if chunked(encodings) is None:
        return True
    if not lengths:
        return False
    if len(lengths) > 1 or encodings:
        return True
    value = lengths[0].lstrip(" \t").rstrip(" ")  # (Node's parser fails a tab after the digits, and aiohttp's not)
    if not (value.isascii() and value.isdigit()):
        return True
    digits = value.lstrip("0")
    return len(digits) > 20 or (digits != "" and int(digits) > _LARGEST_LENGTH)  # (int () of 20 digits at most)


def declared_length(value: str | None) -> int:
    """The length a Content-Length that badly_framed passed declares, 0 for none: int () of its digits without the
    leading zeros (int () raises past 4,300 digits, and a value of 5,000 zeros and a 2 is 2 to Node)."""
    digits = (value or "").strip(" \t").lstrip("0")
    return int(digits) if digits.isascii() and digits.isdigit() else 0


class HeadLines:
    """The lines of a response's heads, each read once it has ended (with its LF): interim heads (1xx but 101, which
    the client skips), then the final one; what follows that is the body, which is not read here. A status line must
    be a version, a space and three digits (as in Node): its code tells an interim head from the final one. Each line
    is checked as well_formed checks it, and against the bounds and the framing of the module's comment; the first
    one that fails them sets refusal (MALFORMED_HEAD, NOT_FRAMED, NOT_INTERIM or NOT_UPGRADED), and nothing more is read. Nothing
    of a line is kept: a count and a size of the head being read, and the final head's Transfer-Encoding and
    Content-Length values."""

    __slots__ = ("read_bytes", "status", "interim", "heads", "done", "refusal", "encodings", "lengths", "_status_next",
                 "_lines", "_size")

    def __init__(self) -> None:
        self.read_bytes = 0  # the bytes of the lines read (the heads' so far)
        self.status = 0  # the status code of the head being read, then of the final head
        self.interim = False  # the head being read (or read last) is an interim one
        self.heads = 0  # the heads read to their empty line
        self.done = False  # the final head was read (the rest is the body), or a line was refused
        self.refusal: str | None = None  # why a line was refused
        self.encodings: list[str] = []  # the final head's Transfer-Encoding values, as sent (each byte a character)
        self.lengths: list[str] = []  # its Content-Length values, likewise
        self._status_next = True
        self._lines = 0  # the header lines of the interim head being read
        self._size = 0  # the characters of their names and values

    def read(self, line: bytes) -> bool:
        """Reads one line ended by LF; False once a line was refused."""
        if not self.done:
            self.refusal = self._refusal(line)
            self.done = self.done or self.refusal is not None
        return self.refusal is None

    def unended(self, length: int) -> bool:
        """Whether the heads may go on with a line not yet ended of length bytes so far: False (refused) once it is
        longer than a line, or than the heads, may be."""
        if not self.done and (self.read_bytes + length > MAX_HEADS or length > MAX_HEAD_LINE_BYTES + 1):
            self.refusal = MALFORMED_HEAD  # (+ 1: a CR may still end it)
            self.done = True
        return self.refusal is None

    def _refusal(self, line: bytes) -> str | None:
        self.read_bytes += len(line)
        if self.read_bytes > MAX_HEADS or len(line) > MAX_HEAD_LINE_BYTES + 2:
            return MALFORMED_HEAD
        if self._status_next:
            status = _STATUS_LINE.fullmatch(line)
            if status is None:
                return MALFORMED_HEAD
            version, code, reason = status.groups()
            self.status = int(code)
            self.interim = code.startswith(b"1") and code != b"101"
            self._status_next = False
            self._lines = self._size = 0
            self.encodings = []
            self.lengths = []
            if not self.interim:
                return None
            if len(reason or b"") > MAX_HEAD_LINE:  # (the final head's reason is fetch's to check)
                return MALFORMED_HEAD
            return NOT_INTERIM if version == b"0" else None  # (Node's parser and aiohttp's took it for the last)
        if line == b"\r\n":  # the head's end
            self.heads += 1
            self._status_next = True
            self.done = not self.interim
            return None
        if _HEADER_LINE.fullmatch(line) is None:
            return MALFORMED_HEAD
        name, _, value = line[:-2].partition(b":")
        name = name.lower()
        if self.interim:  # (the final head's lines are fetch's to count and measure, a stream handshake's are not)
            value = value.strip(b" \t")
            self._lines += 1
            self._size += len(name) + len(value)
            if self._lines > MAX_HEAD_LINES or len(name) + len(value) > MAX_HEAD_LINE or self._size > MAX_HEAD:
                return MALFORMED_HEAD
            if name in FRAMING_NAMES or (name in _CONNECTION_NAMES and b"close" in value.lower()):
                return NOT_INTERIM  # (any value that holds close: Node's parser and aiohttp's read it among others)
        elif name == b"transfer-encoding":
            self.encodings.append(value.decode("latin-1"))
        elif name == b"content-length":
            if value.endswith(b"\t"):
                return NOT_FRAMED  # (Node's parser fails a tab after the length, aiohttp's strips it)
            self.lengths.append(value.decode("latin-1"))
        elif self.status == 101 and name == b"connection" and b"\t" in value.lstrip(b" \t"):
            return NOT_UPGRADED
        return None


class CheckedLines:
    """The response's file, whose lines read by readline (those of its heads: the body is read otherwise) a HeadLines
    checks as each ends, before http.client reads it. The lines of the head being read are kept (begin checks the
    final head's once http.client has read them), those of an interim head not once it has ended: all of them were,
    until the final head, so that a server that sent interim heads without end grew the process's memory as long as
    it went on (red-team round 50: 824 MiB in 20 s)."""

    def __init__(self, file, framed: bool = False) -> None:
        self.file = file
        self.heads = HeadLines()
        self.lines: list[bytes] = []
        self.framed = framed  # the final head's framing is checked at its end (else by its reader: begin)

    def readline(self, limit: int = -1) -> bytes:
        line = self.file.readline(limit)
        self.lines.append(line)
        heads = self.heads
        if not (heads.read(line) if line.endswith(b"\n") else heads.unended(len(line))):
            # (a line not ended that is no longer than a line may be: the connection closed, which http.client fails)
            raise MalformedHead(MALFORMED_HEAD) if heads.refusal == MALFORMED_HEAD else MalformedLength(heads.refusal)
        if line == b"\r\n":
            if heads.interim:
                self.lines.clear()
            elif self.framed and badly_framed(heads.lengths, heads.encodings):
                raise MalformedLength(NOT_FRAMED)
        return line

    def __getattr__(self, name: str):
        return getattr(self.file, name)


class StrictHeadResponse(http.client.HTTPResponse):
    def begin(self) -> None:
        checked = CheckedLines(self.fp)
        self.fp = checked
        try:
            super().begin()
        except (http.client.BadStatusLine, http.client.UnknownProtocol):
            # (a status line that http.client refuses and Node's parser too: the same error as in Node; not one that
            # did not arrive whole, the connection closed)
            if checked.lines and checked.lines[-1].endswith(b"\n") and not well_formed(checked.lines):
                raise MalformedHead(MALFORMED_HEAD) from None
            raise
        finally:
            if self.fp is checked:
                self.fp = checked.file
        if not well_formed(checked.lines):  # (a head that the connection's close cut short)
            self.close()
            raise MalformedHead(MALFORMED_HEAD)
        if badly_framed(self.msg.get_all("Content-Length") or [], self.msg.get_all("Transfer-Encoding") or []):
            self.close()
            raise MalformedLength(NOT_FRAMED)


def well_formed(lines: list[bytes]) -> bool:
    """Whether the lines of one or more heads (a status line, header lines, an empty line each) are as Node reads
    them: a status line as HeadLines reads it, header lines a name, a colon and a value, and the empty line, each
    ended by CR LF alone."""
    starts_head = True
    for line in lines:
        if starts_head:
            if _STATUS_LINE.fullmatch(line) is None:
                return False
            starts_head = False
        elif line == b"\r\n":
            starts_head = True
        elif _HEADER_LINE.fullmatch(line) is None:
            return False
    return True


class HeadReader(HeadLines):
    """The heads of one response read as its bytes arrive, a line at a time once it has ended (see HeadLines)."""

    __slots__ = ("_line", "body_start")

    def __init__(self) -> None:
        super().__init__()
        self._line = bytearray()  # a line not yet ended (held as long as the parser fed the same bytes allows)
        self.body_start = 0  # once done, where the body starts in the data fed last

    @property
    def malformed(self) -> bool:
        """Whether a line of the heads was refused: nothing more is read."""
        return self.refusal is not None

    @property
    def held(self) -> int:
        """The bytes of a line read but not yet ended (the last ones fed)."""
        return len(self._line)

    def feed(self, data: bytes) -> bool:
        """Reads data up to the end of the final head; False once a line of the heads was refused."""
        if self.done:
            return self.refusal is None
        position = 0
        while not self.done:
            ended = data.find(b"\n", position) + 1
            if not ended:
                self._line += data[position:]
                self.unended(len(self._line))
                break
            if self._line:
                self._line += data[position:ended]
                line = bytes(self._line)
                self._line.clear()
            else:
                line = data[position:ended]
            position = ended
            self.read(line)
        self.body_start = position
        return self.refusal is None
