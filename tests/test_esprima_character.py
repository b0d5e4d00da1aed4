"""transpiler.esprima_character stands in for esprima's character tables: the same answers, without the tables."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys

from transpiler import esprima_character
from transpiler.esprima_character import Character

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _esprima_tables():
    """esprima's own module, loaded from its file under another name (the real name is taken by ours)."""
    [folder] = importlib.util.find_spec("esprima").submodule_search_locations
    path = os.path.join(folder, "character.py")
    spec = importlib.util.spec_from_file_location("esprima.character_tables", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_identifier_characters_are_exactly_esprimas_over_every_code_point():
    tables = _esprima_tables()
    every = [chr(code) for code in range(sys.maxunicode + 1)]
    assert {ch for ch in every if Character.isIdentifierStart(ch)} == tables.IDENTIFIER_START
    assert {ch for ch in every if Character.isIdentifierPart(ch)} == tables.IDENTIFIER_PART


def test_the_other_classes_and_conversions_are_esprimas():
    tables = _esprima_tables()
    for name in ("WHITE_SPACE", "LINE_TERMINATOR", "DECIMAL_DIGIT", "OCTAL_DIGIT", "HEX_DIGIT"):
        assert getattr(esprima_character, name) == getattr(tables, name), name
    assert esprima_character.HEX_CONV == tables.HEX_CONV
    assert esprima_character.OCTAL_CONV == tables.OCTAL_CONV
    for odd in ("", "ab", "a\u0301", None):  # the scanner may ask about the end of input or a surrogate pair
        for question in ("isIdentifierStart", "isIdentifierPart", "isWhiteSpace", "isLineTerminator",
                         "isDecimalDigit", "isHexDigit", "isOctalDigit"):
            assert getattr(Character, question)(odd) == getattr(tables.Character, question)(odd), (question, odd)
    assert Character.fromCodePoint(0x1F600) == tables.Character.fromCodePoint(0x1F600)


def test_esprima_scans_with_ours_and_still_reads_non_ascii_identifiers():
    """In a fresh process, as `exkit` runs: importing the toolchain installs ours before esprima loads."""
    script = "\n".join([
        "import sys",
        "from transpiler.source import SourceFile, parse_source",
        r"program, _ = parse_source(SourceFile('js/x.js', 'const ĉu = 1, \u212e\u1885x = ĉu, a\u00b7\u200d = 2; let \\u0061b = 3;'))",
        "print(sys.modules['esprima.character'].__name__)",
        "print([d.id.name for node in program.body for d in node.declarations])",
    ])
    completed = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    module, names = completed.stdout.splitlines()
    assert module == "transpiler.esprima_character"
    assert names == repr(["ĉu", "\u212e\u1885x", "a\u00b7\u200d", "ab"])
