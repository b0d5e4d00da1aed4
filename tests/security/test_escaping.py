"""No JavaScript text becomes Python or PHP code (issue 13).

For each character that JavaScript, Python, PHP or a text tool reads as a line break, or that closes a
comment, a docstring, PHP mode or an interpolation, small exchange sources carry the character followed by
code that would write a canary file (one source with Python code, one with PHP code), in every kind of comment
(line, block, JSDoc, trailing) and in string literals (escaped and, where JavaScript allows it, raw). Each
source is transpiled to Python sync, Python asyncio and PHP, every module is loaded and its method called
(tests/emit/compiled.run_everywhere: one process per runtime), and then: every source transpiled, no canary
exists, each runtime returned exactly the strings Node returned for the original source, the statements after
the comments all ran (no comment swallowed the next line), and the generated code holds none of these
characters raw while its comments still show the text.

The checker rejects most of these characters in a source (SUB-B010: a reviewer would not see them, or would see the
code in another order), so these sources are compiled with SUB-B010 left out: the emitters' escaping is the second
line of defense, and stays tested as if the first did not exist. test_the_checker_rejects_the_unseen_characters checks
the first.
"""

from __future__ import annotations

import os

import pytest

from tests.checking import check_text
from tests.emit.compiled import RUNTIMES, run_everywhere
from transpiler.emit.compile import compile_source
from transpiler.rules.sandbox import PlainSource, _unseen
from transpiler.source import SourceFile

# name -> the text that must stay inert.
HOSTILE = {
    "lf": "\n", "cr": "\r", "crlf": "\r\n", "line_separator": "\u2028", "paragraph_separator": "\u2029",
    "next_line": "\x85", "form_feed": "\x0c", "vertical_tab": "\x0b", "nul": "\x00",
    "file_separator": "\x1c", "group_separator": "\x1d", "record_separator": "\x1e",
    "bidi_lre": "\u202a", "bidi_rlo": "\u202e", "bidi_lri": "\u2066", "bidi_pdi": "\u2069",
    "php_close_tag": "?>", "comment_close": "*/", "triple_double_quotes": '"""', "triple_single_quotes": "'''",
    "both_triple_quotes": "\"\"\"'''", "backslash": "\\", "dollar": "$", "dollar_brace": "{$",
}
# What ends a JavaScript line comment (the rest of the line would be JavaScript code, which the checker judges).
ENDS_JS_LINE_COMMENT = ("\n", "\r", "\u2028", "\u2029")
# What may not stand raw in a JavaScript string literal (esprima 4 follows ES2017: no raw U+2028/U+2029 either).
NOT_RAW_IN_JS_STRINGS = ("\n", "\r", "\u2028", "\u2029", "\\", "'")
# None of these may reach the generated files raw: Python's tokenizer, PHP's lexer or str.splitlines would see a
# line break, or a reviewer would not see them at all.
NEVER_RAW = ["\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\x00",
             *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))]
TARGETS = ("python", "python_async", "php")


def payloads(folder: str) -> dict[str, str]:
    """Per target, code that writes a canary file when it runs. The Python line is indented as a method body is,
    so that it runs if a line break ends the comment before it; the docstring part closes a docstring first."""
    python, php = os.path.join(folder, "python-canary"), os.path.join(folder, "php-canary")
    return {
        "python": f"        open({python!r}, 'w').write('ran') + str(open({python!r}, 'w').write('ran')) + ''",
        "php": f"?><?php file_put_contents('{php}', 'ran'); ?> {{$x}} $x */ file_put_contents('{php}', 'ran'); /*",
    }


def js_escaped(value: str) -> str:
    """A JavaScript single-quoted literal for any text, with escapes for everything but printable ASCII."""
    out = []
    for character in value:
        if character in "\\'":
            out.append("\\" + character)
        elif " " <= character <= "~":
            out.append(character)
        else:
            out.append(f"\\u{ord(character):04x}")
    return "'" + "".join(out) + "'"


def comment_text(text: str, code: str) -> str:
    return f"note{text}{code}{text}"


def block_comment_text(text: str, code: str) -> str:
    """A JavaScript block comment ends at its first `*/`: what comes before it."""
    whole = comment_text(text, code)
    return whole[:whole.index("*/")] if "*/" in whole else whole


def has_line_comments(text: str) -> bool:
    return not any(character in text for character in ENDS_JS_LINE_COMMENT)


def hostile_source(name: str, text: str, code: str) -> str:
    """An exchange whose run () carries `text` then `code` in every kind of comment and in strings. Each comment
    is followed by a statement that a swallowed line (a comment continued onto the next line) would lose."""
    comment, block = comment_text(text, code), block_comment_text(text, code)
    lines = ["import Exchange from './base/Exchange.js';", "", f"export default class {name} extends Exchange {{",
             "    /**", f"     * Documentation {block}", "     */", "    run () {", "        let trace = '';"]
    if has_line_comments(text):
        lines += [f"        // {comment}", "        trace = trace + 'a';"]
    lines += [f"        /* {block} */", "        trace = trace + 'b';", f"        /*{block}*/"]
    values = [js_escaped(comment)]
    if not any(character in comment for character in NOT_RAW_IN_JS_STRINGS):
        values.append("'" + comment + "'")
    trailing = f" // {comment}" if has_line_comments(text) else ""
    lines += [f"        const values = [ {', '.join(values)} ];{trailing}", "        trace = trace + 'c';",
              "        return [ values, trace ];", "    }", "}", ""]
    return "\n".join(lines)


CASES = [(name, target) for name in sorted(HOSTILE) for target in ("python", "php")]


def case_name(name: str, target: str) -> str:
    return f"escape_{name}_{target}"


def without_plain_source(monkeypatch: pytest.MonkeyPatch) -> None:
    """SUB-B010 silenced, so that the emitters see what the checker would have rejected."""
    for name in ("finish", "visit_Literal", "visit_TemplateLiteral"):
        monkeypatch.setattr(PlainSource, name, lambda self, *args: None)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    with pytest.MonkeyPatch.context() as monkeypatch:
        without_plain_source(monkeypatch)
        result = compile_and_run(tmp_path_factory)
    return result


def compile_and_run(tmp_path_factory):
    """Every hostile source transpiled (an error for each that fails), the others run in every runtime."""
    folder = str(tmp_path_factory.mktemp("escaping"))
    codes = payloads(folder)
    sources = {case_name(name, target): hostile_source(case_name(name, target), HOSTILE[name], codes[target])
               for name, target in CASES}
    failures = {}
    for name, text in sources.items():
        try:
            compile_source(SourceFile(f"js/{name}.js", text))
        except Exception as error:  # a finding (CompileError) or a crash: either fails that source's test
            failures[name] = error
    result = run_everywhere(os.path.join(folder, "runtimes"),
                            {name: text for name, text in sources.items() if name not in failures})
    return {"folder": folder, "codes": codes, "sources": sources, "result": result, "failures": failures}


@pytest.mark.parametrize("name, target", CASES)
def test_every_hostile_source_transpiles(runs, name, target):
    assert runs["failures"].get(case_name(name, target)) is None


def test_no_canary_was_written(runs):
    assert sorted(os.listdir(runs["folder"])) == ["runtimes"], "a comment or a string became code"


@pytest.mark.parametrize("name, target", CASES)
def test_node_sees_the_text_and_runs_every_statement(runs, name, target):
    text = HOSTILE[name]
    values, trace = runs["result"].results["node"][case_name(name, target)]["result"]
    assert set(values) == {comment_text(text, runs["codes"][target])}
    assert trace == ("a" if has_line_comments(text) else "") + "bc"


@pytest.mark.parametrize("runtime", RUNTIMES)
@pytest.mark.parametrize("name, target", CASES)
def test_every_runtime_returns_exactly_what_node_returns(runs, name, target, runtime):
    results = runs["result"].results
    assert results[runtime][case_name(name, target)] == results["node"][case_name(name, target)]


@pytest.mark.parametrize("name, target", CASES)
def test_generated_code_holds_no_line_break_or_invisible_character_raw(runs, name, target):
    compiled = runs["result"].compiled[case_name(name, target)]
    for module in TARGETS:
        text = getattr(compiled, module)
        assert [character for character in NEVER_RAW if character in text] == [], module
        assert text.splitlines() == text.split("\n")[:-1], module  # "\n" is the only line break


@pytest.mark.parametrize("name, target", CASES)
def test_comments_keep_their_text_for_reviewers(runs, name, target):
    """Comments are escaped, never dropped: each comment and string of the source still holds the canary's path."""
    expected = runs["sources"][case_name(name, target)].count("-canary")
    compiled = runs["result"].compiled[case_name(name, target)]
    for module in TARGETS:
        assert getattr(compiled, module).count("-canary") == expected, module


UNSEEN = sorted(name for name, text in HOSTILE.items() if any(_unseen(character) for character in text))


@pytest.mark.parametrize("name", UNSEEN)
def test_the_checker_rejects_the_unseen_characters(tmp_path, name):
    """The first line of defense: a source with any of them raw, in a comment or a string, does not pass."""
    source = hostile_source(case_name(name, "python"), HOSTILE[name], payloads(str(tmp_path))["python"])
    assert "SUB-B010" in {diagnostic.rule for diagnostic in check_text(source, f"js/{case_name(name, 'python')}.js")}
