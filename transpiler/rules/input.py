"""SUB-P: the file itself — readable, UTF-8, parseable, within limits.

These findings come from the reader and the parser (transpiler.source and
transpiler.parse_errors); the classes here document them for `exkit explain`.
"""

import re

from transpiler.limits import ENVIRONMENT, MAX_METHOD_STATEMENTS, PYTHON_MAX_BLOCKS, Limits
from transpiler.rules.base import Rule
from transpiler.syntax import Path

_DEFAULTS = Limits()

# A decimal literal with a leading zero and an 8 or 9 (08, 0789.5): esprima reads it as decimal, a module
# (strict code) may not hold it. (010 is a legacy octal literal, which esprima reports itself.)
LEADING_ZERO_DECIMAL = re.compile(r"0[0-7]*[89]")
# One escape of a string literal: a backslash and what it escapes (a line break too).
ESCAPE = re.compile(r"\\(?:\r\n|[\s\S])")
# What may stand between `return` and its value: spaces and comments; a line terminator among them (a line comment
# ends with one) ends the statement in JavaScript.
BEFORE_RETURN_VALUE = re.compile(r"(?:[ \t\v\f\ufeff\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
                                 r"|/\*(?:(?!\*/)[^\n\r\u2028\u2029])*\*/)*")


class SyntaxErrorRule(Rule):
    id = "SUB-P001"
    title = "the file must be valid JavaScript (ES2017 modules)"
    rationale = (
        "Everything else works on the syntax tree, so a file that does not parse cannot be checked further. "
        "The parser is esprima 4 (ES2017, strict module code). Newer syntax that people write every day is "
        "recognised and reported with what to write instead; where a subset rule covers it (`?.` is E003, "
        "class fields are S003, `await` outside async is A001), the finding carries that rule's id."
    )
    decisions = (
        "esprima accepts a few forms that Node refuses in a module (strict code, the module goal), so that the "
        "checked file would not load in Node while Python and PHP ran it: a decimal literal with a leading zero "
        "(08, 09.5), the escape \\0 followed by 8 or 9 ('\\08'), the escapes \\8 and \\9 in a template literal "
        "(`side\\8`), and an HTML-like comment (`-->` at the start of a line). They are findings of this rule too, "
        "and so is a form both read, differently: `return`, a line break, then a string or a template literal, which "
        "esprima reads as the return of that literal and JavaScript as a return of nothing (a line break ends a "
        "return statement), so that Python and PHP returned the literal, and ran the calls inside a template, where "
        "Node did not (red-team round 51)."
    )
    bad = "const total = 10n;"
    good = "const total = '10';"
    hint = "fix the syntax error; the subset is ES2017 JavaScript"
    reported_by_reader = True

    def visit_Literal(self, path: Path) -> None:
        node = path.node
        if isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
            if LEADING_ZERO_DECIMAL.match(node.raw):
                self.report(node, f"a number with a leading zero ({node.raw}) is a syntax error in a module",
                            f"write it without the leading zero: {node.raw.lstrip('0') or '0'}")
        elif isinstance(node.value, str):
            for escape in ESCAPE.finditer(node.raw):
                following = node.raw[escape.end():escape.end() + 1]
                if escape.group() == "\\0" and following in ("8", "9"):
                    start = node.range[0] + escape.start()
                    self.context.add(self.context.source.offset_diagnostic(
                        self.id, f"the escape \\0 followed by {following} is a syntax error in a module (an octal "
                                 "escape)", f"write \\x00{following}", start, start + 3))

    def visit_TemplateElement(self, path: Path) -> None:
        # \8 and \9 escape nothing in a template to esprima (as in a sloppy string); Node refuses them there.
        raw = path.node.value.raw
        for escape in ESCAPE.finditer(raw):
            if escape.group() in ("\\8", "\\9"):
                start = path.node.range[0] + 1 + escape.start()  # (the element's range starts at its ` or })
                self.context.add(self.context.source.offset_diagnostic(
                    self.id, f"the escape {escape.group()} is a syntax error in a template literal",
                    f"write {escape.group()[1]} without the backslash", start, start + 2))

    def visit_ReturnStatement(self, path: Path) -> None:
        node = path.node
        if node.argument is None:
            return
        start = node.range[0] + len("return")
        spaced = BEFORE_RETURN_VALUE.match(self.context.source.text, start).end()
        if spaced < node.argument.range[0] and self.context.source.text[spaced] != "(":
            self.context.add(self.context.source.offset_diagnostic(
                self.id, "a line break after `return` ends the statement in JavaScript: Node returns nothing here, "
                         "where the checker's parser reads the value on the next line as the return's",
                "put the value on the return's line (or write `return;` and remove the line after it)", node.range[0],
                start))

    def finish(self) -> None:
        text = self.context.source.text
        for comment in getattr(self.context.program, "comments", None) or ():
            start = comment.range[0]
            if comment.type == "Line" and not text.startswith("//", start):
                self.context.add(self.context.source.offset_diagnostic(
                    self.id, "`-->` at the start of a line is an HTML-like comment to the checker's parser, and "
                             "a syntax error in a module", "write a comment as // ...", start, start + 3))


class UnreadableFile(Rule):
    id = "SUB-P002"
    title = "the file must be a readable UTF-8 text file"
    rationale = (
        "Sources are UTF-8 text. A path that is a directory, a file that cannot be read, or bytes that are "
        "not UTF-8 (binary files, legacy encodings) are reported with the position of the first bad byte."
    )
    bad = "(a file saved as Latin-1: caf\\xe9)"
    good = "(the same file saved as UTF-8: café)"
    hint = "save the source as a UTF-8 text file"
    example_scope = "file"
    reported_by_reader = True
    examples_run = False


class InputLimits(Rule):
    id = "SUB-P003"
    title = "the file must stay within the checker's limits"
    rationale = (
        "A submitted file is hostile until it is checked, so what it may cost is bounded, and a file past a "
        "limit is rejected with this rule instead of hanging or crashing the toolchain. Only regular files are "
        "read (a pipe or a device named *.js is SUB-P002). Source files: at most "
        f"{_DEFAULTS.max_file_bytes} bytes (the parser reads about 300 KiB a second), set by the environment "
        f"variable {ENVIRONMENT['max_file_bytes']} or `--max-file-bytes`. Lines: at most "
        f"{_DEFAULTS.max_line_length} characters (long lines hide code from reviewers), set by "
        f"{ENVIRONMENT['max_line_length']} or `--max-line-length`; each longer line is a finding. Nesting: at "
        f"most {_DEFAULTS.max_nesting} levels of the syntax tree, counted from the top of the file, where the "
        "class and a method take 7 and every statement, block, operator, call, member access, array, object and "
        "property below adds one (an `else if` does not), set by "
        f"{ENVIRONMENT['max_nesting']} or `--max-nesting`; past "
        "it the file is not checked further. The options of `exkit check` and `exkit transpile` override the "
        "environment for one run; the build (`python build.py`) reads the environment. Raising the nesting "
        "limit far can produce Python that CPython refuses (it compiles 200 nested brackets and 100 "
        "indentation levels), which the build then reports. One limit is Python's own and cannot be raised: "
        f"loops and try statements nest at most {PYTHON_MAX_BLOCKS} deep (CPython's statically nested blocks; the body of a "
        "catch counts twice). A method holds at most "
        f"{MAX_METHOD_STATEMENTS} statements (blocks not counted): the analysis of where its dictionaries go "
        "relates its statements to one another, and the bound keeps that cost in proportion to the file's size; "
        "past it the file is not checked further. Real integrations are far below every limit: the deepest source "
        "of the project nests 23 levels, the longest line has 300 characters, the longest method 87 statements, the "
        "largest file 70 KiB."
    )
    bad = "return ((((((((((( ... thousands of levels ... )))))))))));"
    good = "const inner = 1 + 2;\nreturn inner * 3;"
    hint = "split deep expressions into named constants and deep blocks into methods; keep data out of sources"
    reported_by_reader = True
    examples_run = False
