"""SUB-P: the file itself — readable, UTF-8, parseable, within limits.

These findings come from the reader and the parser (transpiler.source and
transpiler.parse_errors); the classes here document them for `exkit explain`.
"""

from transpiler.rules.base import Rule


class SyntaxErrorRule(Rule):
    id = "SUB-P001"
    title = "the file must be valid JavaScript (ES2017 modules)"
    rationale = (
        "Everything else works on the syntax tree, so a file that does not parse cannot be checked further. "
        "The parser is esprima 4 (ES2017, strict module code). Newer syntax that people write every day is "
        "recognised and reported with what to write instead; where a subset rule covers it (`?.` is E003, "
        "class fields are S003, `await` outside async is A001), the finding carries that rule's id."
    )
    bad = "const total = 10n;"
    good = "const total = '10';"
    hint = "fix the syntax error; the subset is ES2017 JavaScript"
    reported_by_reader = True


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
        "Files over 16 MiB and code nested more deeply than the parser can follow are rejected with this "
        "rule instead of crashing. Real integrations are far below both limits; generated data does not "
        "belong in a source file."
    )
    bad = "return ((((((((((( ... thousands of levels ... )))))))))));"
    good = "const inner = 1 + 2;\nreturn inner * 3;"
    hint = "split deep expressions into named constants; keep data out of sources"
    reported_by_reader = True
    examples_run = False
