"""The head of a response as Node's and PHP's parsers read it, for the sync transport (requests over http.client).

http.client reads a line ended by a bare LF, splits a line at a bare CR (two headers of one line), unfolds a
continued line, and ends the headers at a line that is no header (dropping those after it, Content-Length among
them), where Node's parser and PHP's check fail the request. It keeps no raw lines once it has parsed them, so
`StrictHeadResponse` reads the head through a recorder and refuses it, before any of it is used, unless every line
ends with CR LF and every header line is a token, a colon and a value.
"""

from __future__ import annotations

import http.client
import re

# field-name ":" (RFC 9110's token), then a value of anything but CR and LF, ended by CR LF
_HEADER_LINE = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+:[^\r\n]*\r\n")
MALFORMED_HEAD = "a response header line is malformed (not CR LF ended, folded, or not a token and a colon)"


class MalformedHead(http.client.HTTPException):
    pass


def malformed_head(error: BaseException) -> bool:
    """Whether requests' ConnectionError comes of a MalformedHead (which urllib3 wraps in a ProtocolError)."""
    reason = error.args[0] if error.args else None
    return any(isinstance(argument, MalformedHead) for argument in getattr(reason, "args", ()))


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
        finally:
            if self.fp is recorder:
                self.fp = recorder.file
        if not well_formed(recorder.lines):
            self.close()
            raise MalformedHead(MALFORMED_HEAD)


def well_formed(lines: list[bytes]) -> bool:
    """Whether the lines of one or more heads (a status line, header lines, an empty line each) are as Node reads
    them: a status line and the empty line ended by CR LF alone, header lines a name, a colon and a value."""
    starts_head = True
    for line in lines:
        if starts_head:  # a status line (http.client checks the rest of it)
            if not line.endswith(b"\r\n") or b"\r" in line[:-2] or b"\n" in line[:-2]:
                return False
            starts_head = False
        elif line == b"\r\n":
            starts_head = True
        elif _HEADER_LINE.fullmatch(line) is None:
            return False
    return True
