"""The four output formats: text with code frames, JSON lines, GitHub annotations, SARIF 2.1.0."""

from __future__ import annotations

import json

from transpiler.checker import FileResult
from transpiler.diagnostics import Diagnostic, Severity
from transpiler.renderers import RENDERERS
from transpiler.certify.checks import CHECKS
from transpiler.rules import all_rules

LINE = "        const ids = markets.map ((m) => m['id']);"


def arrow_result() -> FileResult:
    diagnostic = Diagnostic("js/acme.js", 12, 33, 12, 48, "SUB-E001", Severity.ERROR,
                            "arrow functions are not part of the subset", "unfold into a for loop")
    return FileResult("js/acme.js", [diagnostic], {12: LINE})


def clean_result() -> FileResult:
    return FileResult("js/clean.js", [])


def test_text_shows_position_rule_frame_carets_and_hint():
    output = RENDERERS["text"]([arrow_result(), clean_result()])
    lines = output.splitlines()
    assert lines[0] == "js/acme.js:12:33: error SUB-E001 arrow functions are not part of the subset"
    assert lines[1] == "  |   " + LINE
    assert lines[2] == "  |   " + " " * 32 + "^" * 15
    assert lines[3] == "  = hint: unfold into a for loop"
    assert lines[4] == "2 files checked: 1 error and 0 warnings in 1 file."


def test_text_frame_expands_tabs_and_cuts_long_lines():
    tabbed = Diagnostic("a.js", 1, 3, 1, 4, "SUB-D001", Severity.ERROR, "m", "")
    output = RENDERERS["text"]([FileResult("a.js", [tabbed], {1: "\t\tvar x = 1;"})])
    frame, carets = output.splitlines()[1:3]
    assert frame == "  |           var x = 1;"
    assert carets == "  |           ^"
    long_line = "x" * 500 + "BAD" + "y" * 500
    far = Diagnostic("a.js", 1, 501, 1, 504, "SUB-E006", Severity.ERROR, "m", "")
    frame, carets = RENDERERS["text"]([FileResult("a.js", [far], {1: long_line})]).splitlines()[1:3]
    assert len(frame) < 140
    assert frame[carets.index("^"):carets.index("^") + 3] == "BAD"


def test_text_writes_what_a_terminal_or_a_ci_log_would_act_on_as_escapes():
    # A finding quotes the file: its strings (a message, a hint), its lines (the frame) and its path. Raw, an escape
    # sequence hid the findings after a fake "no problems found" in a terminal, and a line break began a line of
    # GitHub's own commands in CI's log (red-team round 54); an invisible character made one name read as another
    # (round 55).
    hostile = "\n::error file=js/kraken.js,line=1::sends the secret\n\x1b[1A\x1b[2K\x9b8m\u202e\u2028\u200b\U000e0041"
    line = "    x = '\x1b]8;;https://example.com\x07link\x1b]8;;\x07' + \x1b[8m y;"
    column = line.index("y;") + 1
    diagnostic = Diagnostic("js/a\x1b[2K.js", 1, column, 1, column + 1, "SUB-B005", Severity.ERROR, "key " + hostile,
                            hostile)
    output = RENDERERS["text"]([FileResult("js/a\x1b[2K.js", [diagnostic], {1: line}), clean_result()])
    lines = output.split("\n")
    assert len(lines) == 6 and lines[-1] == ""
    assert not any(line.startswith("::") for line in lines)
    assert all(line.isprintable() for line in lines)
    assert lines[0].startswith(f"js/a\\x1b[2K.js:1:{column}: error SUB-B005 key \\n::error file=js/kraken.js")
    assert lines[0].endswith("\\x1b[1A\\x1b[2K\\x9b8m\\u202e\\u2028\\u200b\\U000e0041")
    # the carets stay under the character found, which comes after escapes written out
    frame, carets = lines[1].removeprefix("  |   "), lines[2].removeprefix("  |   ")
    assert frame[len(carets) - 1:].startswith("y;")


def test_text_shows_each_detail_on_a_line_of_its_own_and_escapes_it_apart():
    # A failing case's differences and its rerun command were one line, their breaks written as \n; each is a line
    # now, and a break inside one (a quoted text's) is still an escape.
    details = ("$.price: expected 1, actual 2", "$.id: expected 'a', actual 'a\n::error::b'",
               "rerun: exkit certify acme")
    diagnostic = Diagnostic("js/acme.js", 1, 1, 1, 2, "CERT-T001", Severity.ERROR, "acme.fetchTicker[0] fails in php:",
                            "", details)
    lines = RENDERERS["text"]([FileResult("js/acme.js", [diagnostic])]).splitlines()
    assert lines[:4] == ["js/acme.js:1:1: error CERT-T001 acme.fetchTicker[0] fails in php:",
                         "    $.price: expected 1, actual 2", "    $.id: expected 'a', actual 'a\\n::error::b'",
                         "    rerun: exkit certify acme"]
    assert json.loads(RENDERERS["json"]([FileResult("js/acme.js", [diagnostic])]))["message"] == \
        "acme.fetchTicker[0] fails in php:" + "".join("\n    " + detail for detail in details)
    annotation = RENDERERS["github"]([FileResult("js/acme.js", [diagnostic])])
    assert annotation.count("\n") == 1 and "%0A    rerun: exkit certify acme" in annotation
    assert "a\\n::error::b" in annotation


def test_text_summary_when_clean():
    assert RENDERERS["text"]([clean_result()]) == "1 file checked: no problems found.\n"


def test_json_lines_have_every_field():
    output = RENDERERS["json"]([arrow_result(), clean_result()])
    [line] = output.splitlines()
    assert json.loads(line) == {
        "path": "js/acme.js", "line": 12, "column": 33, "endLine": 12, "endColumn": 48,
        "rule": "SUB-E001", "severity": "error", "message": "arrow functions are not part of the subset",
        "hint": "unfold into a for loop",
    }


def test_github_annotations_escape_data_and_properties():
    diagnostic = Diagnostic("js/a,b:c.js", 3, 5, 3, 9, "SUB-E004", Severity.ERROR,
                            "100% wrong\r\nreally \x1b]8;;https://example.com\x07\u202e", "write ===")
    output = RENDERERS["github"]([FileResult("js/a,b:c.js", [diagnostic])])
    # (what the file wrote is printable, as in the text format: red-team round 57)
    assert output == ("::error file=js/a%2Cb%3Ac.js,line=3,col=5,endLine=3,endColumn=9,title=SUB-E004::"
                      "100%25 wrong\\r\\nreally \\x1b]8;;https://example.com\\x07\\u202e%0Ahint: write ===\n")


REQUIRED = {  # required properties in the SARIF 2.1.0 schema, by object
    "sarifLog": ("version", "runs"),
    "run": ("tool",),
    "tool": ("driver",),
    "toolComponent": ("name",),
    "reportingDescriptor": ("id",),
    "result": ("message",),
    "message": ("text",),
}


def test_sarif_has_the_schema_required_fields_and_points_at_the_finding():
    log = json.loads(RENDERERS["sarif"]([arrow_result(), clean_result()]))
    for key in REQUIRED["sarifLog"]:
        assert key in log
    assert log["version"] == "2.1.0"
    [run] = log["runs"]
    assert all(key in run for key in REQUIRED["run"])
    driver = run["tool"]["driver"]
    assert all(key in driver for key in REQUIRED["toolComponent"])
    assert [rule["id"] for rule in driver["rules"]] == [rule.id for rule in all_rules()] + list(CHECKS)
    for descriptor in driver["rules"]:
        assert all(key in descriptor for key in REQUIRED["reportingDescriptor"])
    [result] = run["results"]
    assert all(key in result for key in REQUIRED["result"])
    assert all(key in result["message"] for key in REQUIRED["message"])
    assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"] == "SUB-E001"
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "js/acme.js"
    assert location["region"] == {"startLine": 12, "startColumn": 33, "endLine": 12, "endColumn": 48}
    assert result["level"] == "error"
    assert run["columnKind"] == "unicodeCodePoints"


def test_json_and_sarif_write_every_character_beyond_ascii_as_an_escape():
    # (a finding's message quotes the file: raw, a bidirectional control, a C1 CSI or a line separator reached the
    # log or broke a reader that splits lines at U+2028, and a lone surrogate failed both formats, which printed no
    # finding at all; red-team round 58)
    quoted = "x['__a\u202e\u009b31m\u2028\u200bz\ud800']"
    diagnostic = Diagnostic("js/acme.js", 1, 1, 1, 2, "SUB-B002", Severity.ERROR, f"{quoted} is refused", "é")
    result = FileResult("js/acme.js", [diagnostic], {1: quoted})
    for name in ("json", "sarif"):
        output = RENDERERS[name]([result])
        assert output.isascii() and "\\u202e" in output and "\\ud800" in output, output
    assert json.loads(RENDERERS["json"]([result]))["message"] == f"{quoted} is refused"
