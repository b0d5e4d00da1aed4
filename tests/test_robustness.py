"""No input produces a traceback: each gives findings with positions, or a clear CLI error."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.checking import check_text, found
from tests.generated import HEADER, conforming_source, deeply_nested
from transpiler.checker import check_file
from transpiler.diagnostics import Diagnostic

CORPUS = os.path.join(os.path.dirname(__file__), "corpus")


def write(tmp_path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_empty_file_has_no_class(tmp_path):
    result = check_file(write(tmp_path, "example.js", b""))
    assert [(d.rule, d.line, d.column) for d in result.diagnostics] == [("SUB-S001", 1, 1)]


def test_comment_only_file_has_no_class():
    assert found("// nothing here\n/* still nothing */\n") == {("SUB-S001", 1, 1)}


def test_binary_garbage_is_not_utf8(tmp_path):
    data = b"export default class\n\x00\x01\xfe\xff\x80binary"
    result = check_file(write(tmp_path, "example.js", data))
    [diagnostic] = result.diagnostics
    assert (diagnostic.rule, diagnostic.line, diagnostic.column) == ("SUB-P002", 2, 3)
    assert "0xfe" in diagnostic.message


def test_invalid_utf8_reports_the_line_and_column_of_the_first_bad_byte(tmp_path):
    data = "import Exchange from './base/Exchange.js';\n// café \n// caf".encode() + b"\xe9 latin-1\n"
    [diagnostic] = check_file(write(tmp_path, "example.js", data)).diagnostics
    assert (diagnostic.rule, diagnostic.line, diagnostic.column) == ("SUB-P002", 3, 7)


def test_nul_bytes_in_utf8_text_are_a_syntax_error(tmp_path):
    data = HEADER.encode() + b"    fetchA () {\n        return \x00;\n    }\n}\n"
    [diagnostic] = check_file(write(tmp_path, "example.js", data)).diagnostics
    assert (diagnostic.rule, diagnostic.line) == ("SUB-P001", 5)


def test_a_directory_given_as_a_file_is_a_finding(tmp_path):
    folder = tmp_path / "example.js"
    folder.mkdir()
    [diagnostic] = check_file(str(folder)).diagnostics
    assert diagnostic.rule == "SUB-P002"
    assert "directory" in diagnostic.message


def test_missing_file_is_a_finding_not_a_traceback(tmp_path):
    [diagnostic] = check_file(str(tmp_path / "missing.js")).diagnostics
    assert diagnostic.rule == "SUB-P002"


def test_fifty_thousand_lines():
    text = conforming_source(50_000)
    assert text.count("\n") >= 50_000
    assert check_text(text) == []


def test_fifty_thousand_lines_with_a_finding_at_the_end():
    text = conforming_source(50_000)
    text = text[: text.rindex("}")] + "    fetchLast () {\n        var x = 1;\n        return x;\n    }\n}\n"
    line = text.count("\n") - 3
    assert found(text) == {("SUB-D001", line, 9)}


def test_five_hundred_deep_nesting_of_every_kind():
    for kind in ("parentheses", "blocks", "arrays", "objects"):
        assert check_text(deeply_nested(500, kind)) == [], kind


def test_deep_nesting_still_finds_the_innermost_violation():
    text = deeply_nested(500, "blocks").replace("return 1;", "var x = 1;")
    assert {d.rule for d in check_text(text)} == {"SUB-D001"}


def test_nesting_beyond_the_limit_is_p003_not_a_crash():
    [diagnostic] = check_text(deeply_nested(100_000, "parentheses"))
    assert diagnostic.rule == "SUB-P003"


def test_byte_order_mark_and_crlf_keep_positions(tmp_path):
    text = HEADER.replace("\n", "\r\n") + "    fetchA () {\r\n        var x = 1;\r\n        return x;\r\n    }\r\n}\r\n"
    result = check_file(write(tmp_path, "example.js", "\ufeff".encode() + text.encode()))
    assert [(d.rule, d.line, d.column) for d in result.diagnostics] == [("SUB-D001", 5, 9)]
    assert result.frame_lines[5] == "        var x = 1;"


def test_lone_carriage_returns_count_as_line_breaks_like_esprima():
    text = HEADER + "    fetchA () {\r        var x = 1;\r        return x;\r    }\r}\r"
    assert found(text) == {("SUB-D001", 5, 9)}


def _positions_are_sane(text: str, diagnostics: list[Diagnostic]) -> None:
    lines = text.count("\n") + text.count("\r") + 2
    for diagnostic in diagnostics:
        assert diagnostic.rule.startswith("SUB-")
        assert 1 <= diagnostic.line <= lines
        assert diagnostic.column >= 1
        assert (diagnostic.end_line, diagnostic.end_column) >= (diagnostic.line, diagnostic.column)
        assert diagnostic.message and diagnostic.hint is not None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_arbitrary_text_never_raises(text):
    _positions_are_sane(text, check_text(text))


JS_PIECES = ["(", ")", "{", "}", "[", "]", ";", ",", "=>", "?.", "??", "=", "===", "+", "`", "${", "'", "\"",
             "await ", "async ", "class ", "this", "super", "new ", "let ", "const ", "var ", "function ",
             "return ", "x", "1", "0x1", "1e21", "/re/", "#", "@", ":", "...", "\n", "\\", "\u2028", "\x00"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_real_files_never_raise(data):
    with open(os.path.join(CORPUS, "acme.js"), encoding="utf-8") as handle:
        text = handle.read()
    for _ in range(data.draw(st.integers(1, 4))):
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, min(len(text), start + 40)))
        insert = "".join(data.draw(st.lists(st.sampled_from(JS_PIECES), max_size=3)))
        text = text[:start] + insert + text[end:]
    _positions_are_sane(text, check_text(text, "js/acme.js"))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_raise(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "example.js"
    path.write_bytes(data)
    result = check_file(str(path))
    assert all(d.rule.startswith("SUB-") for d in result.diagnostics)
