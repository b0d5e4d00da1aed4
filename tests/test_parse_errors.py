"""Syntax errors are findings with a position and a hint; modern syntax gets the subset rule that covers it."""

from __future__ import annotations

import pytest

from tests.checking import check_text

HEADER = "import Exchange from './base/Exchange.js';\n\nexport default class example extends Exchange {\n" \
         "    async fetchCase (params = {}) {\n"
FOOTER = "    }\n}\n"
LINE = 5  # the line the snippet lands on


def only(snippet: str):
    diagnostics = check_text(HEADER + snippet + "\n" + FOOTER)
    assert len(diagnostics) == 1, diagnostics
    return diagnostics[0]


@pytest.mark.parametrize("snippet, rule, column, words", [
    ("        return params?.id;", "SUB-E003", 22, "optional chaining"),
    ("        return params?.['id'];", "SUB-E003", 22, "optional chaining"),
    ("        return params['id'] ?? 1;", "SUB-E003", 29, "nullish"),
    ("        let a = 1; a ||= 2;", "SUB-E003", 22, "||="),
    ("        let a = 1; a &&= 2;", "SUB-E003", 22, "&&="),
    ("        let a = 1; a ??= 2;", "SUB-E003", 22, "??="),
    ("        const big = 123n;", "SUB-P001", 21, "BigInt"),
    ("        const n = 1_000;", "SUB-P001", 20, "separators"),
    ("        try { return 1; } catch { return 2; }", "SUB-T004", 33, "name its error"),
    ("        for await (const x of params) {}", "SUB-P001", 13, "for await"),
    ("        with (params) {}", "SUB-E014", 9, "with"),
    ("        delete params;", "SUB-E013", 9, "delete"),
    ("        const list = [ 1, 2;", "SUB-P001", 28, "Unexpected token"),
    ("        const s = 'unterminated;", "SUB-P001", 19, "syntax error"),
])
def test_recognised_syntax(snippet, rule, column, words):
    diagnostic = only(snippet)
    assert (diagnostic.rule, diagnostic.line, diagnostic.column) == (rule, LINE, column)
    assert words in diagnostic.message
    assert diagnostic.hint


@pytest.mark.parametrize("member, words", [
    ("    static fee = 1;", "class fields"),
    ("    fee = 1;", "class fields"),
    ("    #secret () {}", "private"),
])
def test_class_fields_and_private_names_are_s003(member, words):
    text = "import Exchange from './base/Exchange.js';\n\nexport default class example extends Exchange {\n" \
           f"{member}\n}}\n"
    [diagnostic] = check_text(text)
    assert (diagnostic.rule, diagnostic.line, diagnostic.column) == ("SUB-S003", 4, 5)
    assert words in diagnostic.message
    assert "describe()" in diagnostic.hint or "method" in diagnostic.hint


def test_await_outside_async_is_a001():
    text = "import Exchange from './base/Exchange.js';\n\nexport default class example extends Exchange {\n" \
           "    fetchNow () {\n        return await this.fetchTime ();\n    }\n}\n"
    [diagnostic] = check_text(text)
    assert (diagnostic.rule, diagnostic.line, diagnostic.column) == ("SUB-A001", 5, 16)
    assert "async" in diagnostic.hint


def test_unclosed_block_points_at_the_end_with_a_hint():
    text = HEADER + "        if (params) {\n            return 1;\n"
    [diagnostic] = check_text(text)
    assert diagnostic.rule == "SUB-P001"
    assert diagnostic.line == text.count("\n") + 1
    assert "not closed" in diagnostic.hint


@pytest.mark.parametrize("operator, form", [("||=", "if (!x)"), ("&&=", "if (x)"), ("??=", "if (x === undefined)")])
def test_logical_assignment_hint_matches_the_operator(operator, form):
    assert form in only(f"        let a = 1; a {operator} 2;").hint


def test_end_position_covers_the_construct():
    diagnostic = only("        return params['id'] ?? 1;")
    assert (diagnostic.end_line, diagnostic.end_column) == (LINE, 31)


def test_strict_mode_errors_do_not_stop_the_check():
    snippet = ("        var legacy = 010;\n"
               "        with (params) {}\n"
               "        delete params;\n"
               "        return legacy;")
    diagnostics = check_text(HEADER + snippet + "\n" + FOOTER)
    assert [(d.rule, d.line, d.column) for d in diagnostics] == [
        ("SUB-D001", 5, 9), ("SUB-P001", 5, 22), ("SUB-E014", 6, 9), ("SUB-E013", 7, 9),
    ]
    assert "decimal" in diagnostics[1].hint
