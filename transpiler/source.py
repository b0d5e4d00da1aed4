"""Read a source file and parse it with esprima, turning every failure into a diagnostic."""

from __future__ import annotations

import bisect
import os
import re
import stat
from dataclasses import dataclass, field
from functools import cached_property

import esprima
from esprima.nodes import Node

from transpiler.diagnostics import Diagnostic, Severity
from transpiler.limits import ENVIRONMENT, Limits, resolve
from transpiler.parse_errors import explain_parse_error, explain_parser_failure, explain_tolerated_error

UTF8_BOM = "\ufeff"
# JavaScript's line terminators, so that our line numbers match esprima's.
LINE_BREAK = re.compile("\r\n|[\n\r\u2028\u2029]")


class SourceError(Exception):
    """A file that cannot be checked at all; carries the diagnostic to show."""

    def __init__(self, diagnostic: Diagnostic):
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


@dataclass
class SourceFile:
    path: str
    text: str
    lines: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.lines = LINE_BREAK.split(self.text)

    @cached_property
    def line_starts(self) -> list[int]:
        return [0] + [match.end() for match in LINE_BREAK.finditer(self.text)]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a 0-based offset into the text."""
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def offset_diagnostic(self, rule: str, message: str, hint: str, start: int, end: int,
                          severity: Severity = Severity.ERROR) -> Diagnostic:
        return self.diagnostic(rule, message, hint, self.position(start), self.position(end), severity)

    @property
    def stem(self) -> str:
        return os.path.splitext(os.path.basename(self.path))[0]

    @property
    def is_base(self) -> bool:
        """The portable base class, js/base/Exchange.js: written in the subset, transpiled like an exchange."""
        return os.path.basename(os.path.dirname(os.path.abspath(self.path))) == "base" and self.stem == "Exchange"

    def diagnostic(
        self,
        rule: str,
        message: str,
        hint: str,
        start: tuple[int, int],
        end: tuple[int, int] | None = None,
        severity: Severity = Severity.ERROR,
    ) -> Diagnostic:
        """Build a diagnostic from 1-based (line, column) positions."""
        end_line, end_column = end if end else (start[0], start[1] + 1)
        return Diagnostic(
            self.path, start[0], start[1], end_line, end_column, rule, severity, message, hint
        )

    def node_diagnostic(self, node: Node, rule: str, message: str, hint: str,
                        severity: Severity = Severity.ERROR) -> Diagnostic:
        start, end = node.loc.start, node.loc.end
        return self.diagnostic(
            rule, message, hint, (start.line, start.column + 1), (end.line, end.column + 1), severity
        )

    def snippet(self, node: Node) -> str:
        start, end = node.range
        return self.text[start:end]


def read_source(path: str, limits: Limits | None = None) -> SourceFile:
    """Read a regular file as UTF-8 text; raise SourceError with SUB-P002/P003 if that is impossible.

    Only regular files are read: opening a FIFO or a device could block forever or never end, so the file is
    opened without blocking and looked at before anything is read from it.
    """
    max_bytes = resolve(limits).max_file_bytes
    if os.path.islink(path):
        # git stores symbolic links: one committed as js/<id>.js could point at any file of the machine that checks
        # or builds the pull request (a key, a token), which the findings would then quote.
        raise SourceError(_file_diagnostic(path, "SUB-P002", "this path is a symbolic link; sources are read only "
                                           "from regular files", "commit the source itself, not a link to it"))
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except IsADirectoryError:
        raise SourceError(_is_a_directory(path)) from None
    except OSError as error:
        raise SourceError(_file_diagnostic(path, "SUB-P002", f"cannot read the file: {error.strerror}",
                                           "check that the file exists and is readable")) from None
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise SourceError(_is_a_directory(path))
        if not stat.S_ISREG(mode):
            raise SourceError(_file_diagnostic(
                path, "SUB-P002", "this path is not a regular file (a pipe, socket or device)",
                "pass the source file itself"))
        with os.fdopen(descriptor, "rb", closefd=False) as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise SourceError(_file_diagnostic(path, "SUB-P002", f"cannot read the file: {error.strerror}",
                                           "check that the file exists and is readable")) from None
    finally:
        os.close(descriptor)
    if len(data) > max_bytes:
        raise SourceError(_file_diagnostic(
            path, "SUB-P003", f"the file is larger than the limit of {max_bytes} bytes",
            "an exchange integration is a few thousand lines; keep generated data out of the source "
            f"(the limit is set by {ENVIRONMENT['max_file_bytes']} or --max-file-bytes)"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _position_of_byte(data, error.start)
        raise SourceError(Diagnostic(
            path, line, column, line, column + 1, "SUB-P002", Severity.ERROR,
            f"the file is not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})",
            "save the file as UTF-8; binary files are not JavaScript sources")) from None
    if text.startswith(UTF8_BOM):
        text = text[1:]
    return SourceFile(path, text)


def parse_source(source: SourceFile) -> tuple[Node, list[Diagnostic]]:
    """Parse as an ES module (strict mode): the tree, and findings for the errors parsed past.

    esprima's tolerant mode records strict-mode errors (octal literals, `with`, `delete name`) and goes
    on, so that the rest of the file is still checked. Any other syntax error raises SourceError.
    """
    try:
        program = esprima.parseModule(source.text, {"loc": True, "range": True, "tolerant": True, "comment": True})
    except esprima.Error as error:
        raise SourceError(explain_parse_error(source, error)) from None
    except AssertionError as error:  # (esprima asserts what a malformed file can break: `${a(b}` reached one)
        raise SourceError(explain_parser_failure(source, _end_of_last_node(source.text), str(error))) from None
    except RecursionError:
        raise SourceError(source.diagnostic(
            "SUB-P003", "the code is nested too deeply for the parser", "flatten the nesting: "
            "split deep expressions into named intermediate constants", (1, 1))) from None
    tolerated = [explain_tolerated_error(source, error) for error in getattr(program, "errors", [])]
    return program, [diagnostic for diagnostic in tolerated if diagnostic is not None]


def _end_of_last_node(text: str) -> int:
    """Where esprima stopped when it failed other than with a syntax error: the end of the last node it finished,
    noted by a second parse (only after a failure: a callback per node would slow every parse)."""
    end = 0

    def note(node: Node, metadata) -> None:
        nonlocal end
        end = max(end, metadata.end.offset)

    try:
        esprima.parseModule(text, {"tolerant": True}, note)
    except (esprima.Error, AssertionError, RecursionError):
        pass
    return end


def _file_diagnostic(path: str, rule: str, message: str, hint: str) -> Diagnostic:
    return Diagnostic(path, 1, 1, 1, 1, rule, Severity.ERROR, message, hint)


def _is_a_directory(path: str) -> Diagnostic:
    return _file_diagnostic(path, "SUB-P002", "this path is a directory, not a file",
                            "pass the directory itself to check every .js file in it")


def _position_of_byte(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return line, column
