"""The head of a response as Node's and PHP's parsers read it, for the sync transport (requests over http.client).

http.client reads a line ended by a bare LF, splits a line at a bare CR (two headers of one line), unfolds a
continued line, and ends the headers at a line that is no header (dropping those after it, Content-Length among
them), where Node's parser and PHP's check fail the request. It keeps no raw lines once it has parsed them, so
`StrictHeadResponse` reads the head through a recorder and refuses it, before any of it is used, unless every line
ends with CR LF and every header line is a token, a colon and a value. `HeadReader` checks the same lines as the
bytes of a response arrive, for the asyncio transport (exchangekit/async_support/base/response_head.py).
"""

from __future__ import annotations

import http.client
import re

# field-name ":" (RFC 9110's token), then a value without a control character but tabs (Node's parser refuses one,
# in an interim head too), ended by CR LF
_FIELD_LINE = rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+:[^\x00-\x08\x0a-\x1f\x7f]*\r\n"
_HEADER_LINE = re.compile(_FIELD_LINE)
_HEADER_LINES = re.compile(b"(?:" + _FIELD_LINE + b")*")
# a status line as Node reads it (HTTP/1.0 or 1.1, the versions every runtime speaks, a space, the status code, then a
# space and the reason or nothing, ended by CR LF), then header lines
_STATUS = rb"HTTP/1\.[01] ([0-9]{3})(?: [^\r\n]*)?\r\n"
_STATUS_LINE = re.compile(_STATUS)
_STATUS_AND_HEADER_LINES = re.compile(_STATUS + _HEADER_LINES.pattern)
# a Content-Length line whose value ends with a tab: Node's parser fails it, aiohttp's strips it (badly_framed reads
# the other forms that Node fails from the values, which aiohttp's parser refuses itself)
_TABBED_LENGTH = re.compile(rb"^content-length:[^\r\n]*\t\r\n", re.IGNORECASE | re.MULTILINE)
# a Transfer-Encoding line, whose value is read as sent (aiohttp strips a tab after it, which Node's parser does not)
_ENCODING_LINE = re.compile(rb"^transfer-encoding:([^\r\n]*)\r\n", re.IGNORECASE | re.MULTILINE)
MALFORMED_HEAD = "a response header line is malformed (not CR LF ended, folded, or not a token and a colon)"
NOT_FRAMED = ("a response's Content-Length is not one number below 2^64, or comes with Transfer-Encoding, or its "
              "Transfer-Encoding is not one line of chunked")
_LARGEST_LENGTH = 2**64 - 1  # (Node's parser counts a length in 64 bits and fails one past them)


class MalformedHead(http.client.HTTPException):
    pass


class MalformedLength(MalformedHead):
    pass


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


class _LineRecorder:
    """The response's file, whose lines read by readline are kept (those of the head: the body is read otherwise)."""

    def __init__(self, file) -> None:
        self.file = file
        self.lines: list[bytes] = []

    def readline(self, limit: int = -1) -> bytes:
        line = self.file.readline(limit)
        self.lines.append(line)
        return line

    def __getattr__(self, name: str):
        return getattr(self.file, name)


class StrictHeadResponse(http.client.HTTPResponse):
    def begin(self) -> None:
        recorder = _LineRecorder(self.fp)
        self.fp = recorder
        try:
            super().begin()
        except (http.client.BadStatusLine, http.client.UnknownProtocol):
            # (a status line that http.client refuses and Node's parser too: the same error as in Node; not one that
            # did not arrive whole, the connection closed)
            if recorder.lines and recorder.lines[-1].endswith(b"\n") and not well_formed(recorder.lines):
                raise MalformedHead(MALFORMED_HEAD) from None
            raise
        finally:
            if self.fp is recorder:
                self.fp = recorder.file
        if not well_formed(recorder.lines):
            self.close()
            raise MalformedHead(MALFORMED_HEAD)
        if badly_framed(self.msg.get_all("Content-Length") or [], self.msg.get_all("Transfer-Encoding") or []):
            self.close()
            raise MalformedLength(NOT_FRAMED)


def well_formed(lines: list[bytes]) -> bool:
    """Whether the lines of one or more heads (a status line, header lines, an empty line each) are as Node reads
    them: a status line as HeadReader reads it, header lines a name, a colon and a value, and the empty line, each
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


class HeadReader:
    """The heads of one response read as its bytes arrive, each line checked as well_formed checks it: interim
    responses' heads (1xx but 101, which the client skips), then the final one. What follows that is the body, which
    is not read here. A status line must also be a version, a space and three digits (as in Node): its code tells an
    interim head from the final one."""

    __slots__ = ("_line", "_status_line", "_interim", "heads", "done", "malformed", "status", "encodings", "body_start")

    def __init__(self) -> None:
        self._line = bytearray()  # a line not yet ended (held as long as the parser fed the same bytes allows)
        self._status_line = True
        self._interim = False
        self.heads = 0  # the heads read to their empty line
        self.done = False  # the final head was read: the rest is the body
        self.malformed = False  # a malformed line was read: nothing more is
        self.status = 0  # the status code of the head being read, then of the final head
        self.encodings: list[str] = []  # the Transfer-Encoding values of the final head, as sent (each byte a character)
        self.body_start = 0  # once done, where the body starts in the data fed last

    def feed(self, data: bytes) -> bool:
        """Reads data up to the end of the final head; False once a line of the heads is malformed."""
        if self.done:
            return not self.malformed
        held = len(self._line)  # (the bytes of data below are those after them)
        if self._line or b"\n" not in data:  # (each line is read once it has ended)
            self._line += data
            if b"\n" not in data:
                return True
            data = bytes(self._line)
            self._line.clear()
        position = 0
        while not self.done:
            if self._status_line:
                lines = _STATUS_AND_HEADER_LINES.match(data, position)
                if lines is not None:
                    code = lines.group(1)
                    self.status = int(code)
                    self._interim = code.startswith(b"1") and code != b"101"
                    self._status_line = False
                    self.encodings = []
            else:
                lines = _HEADER_LINES.match(data, position)
            if lines is not None and not self._interim and _TABBED_LENGTH.search(data, position, lines.end()):
                lines = None  # (malformed, below)
            if lines is not None:
                self.encodings += [line.group(1).decode("latin-1")
                                   for line in _ENCODING_LINE.finditer(data, position, lines.end())]
                position = lines.end()  # (the lines read, all those ended)
                if data.startswith(b"\r\n", position):  # the head's end
                    position += 2
                    self.heads += 1
                    self.done = not self._interim
                    self.body_start = position - held
                    self._status_line = True
                    continue
            if data.find(b"\n", position) < 0:  # a line not yet ended
                break
            self.malformed = self.done = True
        if not self.done:
            self._line += data[position:]
        return not self.malformed
