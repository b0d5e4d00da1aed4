"""describe ()'s name shows in the packages' READMEs as typed (red-team round 21, SUB-B017).

The build lists the exchanges by describe ()'s name in python/README.md, php/README.md and js/README.md, the pages PyPI,
npm and Packagist show. `exkit check` passed any string there, escapes decoded, and the list escaped only the
characters that open inline markup. Measured before the fix: a checked file whose name was
'Zaif x x ... 1. Log in at https://phish.example \\u202eevil\\u200b\\u001b[2J' put U+202E (a bidirectional override),
U+200B and ESC themselves into the three READMEs (`make build`, then `git diff python/README.md | cat -A`); the bare
address was a link on GitHub and PyPI (their Markdown links bare addresses and www. hosts); and where the wrapping
of the list started a line with a name's '1.' or '-', that line began a list (a name's '===' made the lines before it
a heading). Now the checker refuses a name that is not words of ASCII letters, digits and . - ( ), and the list
escapes every punctuation character of a name, so that the rendered README holds one paragraph of the names as typed.
"""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from tests.checking import rules_of
from transpiler.emit.compile import compile_source
from transpiler.emit.result import Compiled, CompileError
from transpiler.package_readmes import render
from transpiler.source import SourceFile


def source(name_literal: str) -> str:
    return ("import Exchange from './base/Exchange.js';\n\n"
            "export default class example extends Exchange {\n"
            "    describe () {\n"
            "        return this.deepExtend (super.describe (), {\n"
            "            'id': 'example',\n"
            f"            'name': {name_literal},\n"
            "        });\n"
            "    }\n"
            "}\n")


# As written in the file (JavaScript escapes, which SUB-B010 lets a string hold).
REFUSED = {
    "bidirectional override": r"'Acme \u202eevil'",
    "zero-width space": r"'Ac\u200bme'",
    "terminal escape": r"'Acme \u001b[2J'",
    "line break": r"'Acme\nsecond line'",
    "line separator": r"'Acme\u2028second line'",
    "no-break space": r"'Acme\u00a0Exchange'",
    "letter of another script": r"'Kr\u0430ken'",
    "address": "'Acme https://phish.example'",
    "inline markup": "'Acme [docs](x) <b>'",
    "emphasis": "'*Acme*'",
    "two spaces": "'Acme  Exchange'",
    "leading space": "' Acme'",
    "empty": "''",
    "too long": "'" + "A" * 65 + "'",
    "template literal": "`Acme`",
    "number": "1",
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_a_name_that_is_not_plain_is_refused(case):
    text = source(REFUSED[case])
    assert "SUB-B017" in rules_of(text)
    with pytest.raises(CompileError):  # so the build writes no README from it
        compile_source(SourceFile("js/example.js", text), formatted=False)


ACCEPTED = ["Acme", "BitBay (Zonda)", "CEX.IO", "BTC-Alpha", "Independent Reserve", "1. Log in", "x - y",
            "www.phish.example", "A" * 64]


@pytest.mark.parametrize("name", ACCEPTED)
def test_a_plain_name_passes_and_is_the_name_the_list_shows(name):
    text = source("'" + name + "'")
    assert rules_of(text) == set()
    assert compile_source(SourceFile("js/example.js", text), formatted=False).name == name


def rendered_text(markdown: str) -> str:
    """The text a Markdown reader shows for markdown, which must be one paragraph of text and inline code alone."""
    tokens = MarkdownIt("commonmark").parse(markdown)
    assert [token.type for token in tokens] == ["paragraph_open", "inline", "paragraph_close"], markdown
    parts = []
    for child in tokens[1].children:
        assert child.type in ("text", "code_inline", "softbreak"), (child.type, markdown)
        parts.append(" " if child.type == "softbreak" else (f"`{child.content}`" if child.type == "code_inline"
                                                             else child.content))
    return "".join(parts)


def module(exchange_id: str, name: str) -> Compiled:
    return Compiled(exchange_id, "Exchange", "", "", "", (), name)


# Names that pass the checker but hold what Markdown reads as a block or a link where a line of the list starts with
# it or where it stands in the text; each is tried at every offset of the wrapping.
TRAPS = ["1. Log in", "1) Log in", "x - y", "x --- y", "x -- - y", "x 1. (y)", "www.phish.example", "CEX.IO (a.b)"]


@pytest.mark.parametrize("trap", TRAPS)
def test_the_list_shows_each_name_as_typed_wherever_the_lines_break(trap):
    for padding in range(0, 120, 3):
        names = {"first": "A" * (1 + padding % 60), "second": ("x " * ((padding // 2) % 20) + trap).strip()}
        modules = {exchange_id: module(exchange_id, name) for exchange_id, name in names.items()}
        markdown = render(modules, list(names))
        shown = rendered_text(markdown)
        assert shown == f"2 exchanges: {names['first']} (`first`), {names['second']} (`second`)."
        assert "www." not in markdown  # (a bare www. host is a link on GitHub and PyPI: its dot is escaped)


def test_a_name_the_checker_would_refuse_is_listed_by_its_id():
    # (the build compiles checked files only; this holds the list to it for any other name that reaches it)
    hostile = "Acme \u202eevil\u200b\x1b[2J https://phish.example"
    markdown = render({"acme": module("acme", hostile), "zeta": module("zeta", "")}, ["acme", "zeta"])
    assert markdown == "2 exchanges: acme (`acme`), zeta (`zeta`).\n"
    assert markdown.isascii()
