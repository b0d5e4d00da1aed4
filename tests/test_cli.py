"""The exkit command line: exit codes, formats, discovery, rules and explain."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from transpiler import __version__
from transpiler.checker import FileResult
from transpiler.cli import cli, exit_code
from transpiler.diagnostics import Diagnostic, Severity
from transpiler.rules import all_rules

CORPUS = os.path.join(os.path.dirname(__file__), "corpus")


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def sources(tmp_path):
    """A js/ folder with one clean and one broken exchange, plus folders that discovery skips."""
    folder = tmp_path / "js"
    (folder / "base").mkdir(parents=True)
    (folder / "node_modules").mkdir()
    (folder / ".hidden").mkdir()
    shutil.copy(os.path.join(CORPUS, "acme.js"), folder / "acme.js")
    shutil.copy(os.path.join(CORPUS, "broken.js"), folder / "broken.js")
    for skipped in ("base", "node_modules", ".hidden"):
        (folder / skipped / "ignored.js").write_text("var x = 1;\n")
    (folder / "notes.txt").write_text("not javascript")
    return folder


def test_clean_file_exits_0():
    result = run("check", os.path.join(CORPUS, "acme.js"))
    assert result.exit_code == 0
    assert result.output == "1 file checked: no problems found.\n"


def test_findings_exit_1_and_folders_skip_base_node_modules_and_hidden(sources):
    result = run("check", str(sources), "--format", "json")
    assert result.exit_code == 1
    paths = {json.loads(line)["path"] for line in result.output.splitlines()}
    assert paths == {str(sources / "broken.js")}


def test_every_broken_finding_is_reported_in_one_run():
    result = run("check", os.path.join(CORPUS, "broken.js"), "--format", "json")
    findings = [json.loads(line) for line in result.output.splitlines()]
    assert [(f["rule"], f["line"], f["column"]) for f in findings] == [
        ("SUB-S002", 2, 16), ("SUB-S004", 4, 1), ("SUB-S005", 6, 22), ("SUB-S003", 7, 5), ("SUB-D007", 9, 11),
        ("SUB-D001", 10, 9), ("SUB-D002", 11, 13), ("SUB-E001", 12, 39), ("SUB-E002", 12, 48),
        ("SUB-E004", 13, 20), ("SUB-T005", 14, 19), ("SUB-D004", 18, 19), ("SUB-E006", 20, 19),
        ("SUB-A002", 21, 9), ("SUB-T001", 22, 9), ("SUB-E013", 23, 13), ("SUB-E006", 25, 16),
        ("SUB-E009", 25, 18),
    ]
    assert all(f["hint"] for f in findings)


def test_missing_path_is_a_usage_error():
    result = run("check", "no/such/file.js")
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_no_paths_is_a_usage_error():
    assert run("check").exit_code == 2


def test_unknown_format_is_a_usage_error():
    assert run("check", CORPUS, "--format", "xml").exit_code == 2


def test_folder_without_sources_warns_and_exits_0(tmp_path):
    result = CliRunner().invoke(cli, ["check", str(tmp_path)])
    assert result.exit_code == 0
    assert "no .js files found" in result.stderr


@pytest.mark.parametrize("output_format", ["text", "json", "github", "sarif"])
def test_every_format_reports_the_same_findings(output_format):
    result = run("check", os.path.join(CORPUS, "broken.js"), "--format", output_format)
    assert result.exit_code == 1
    assert result.output.count("SUB-E009") >= 1
    if output_format == "sarif":
        assert len(json.loads(result.output)["runs"][0]["results"]) == 18


def test_parallel_and_serial_runs_agree(sources):
    serial = run("check", str(sources), "--format", "json", "--jobs", "1").output
    parallel = run("check", str(sources), "--format", "json", "--jobs", "2").output
    assert serial == parallel and serial


def test_strict_turns_warnings_into_failures():
    warning = Diagnostic("a.js", 1, 1, 1, 2, "SUB-W001", Severity.WARNING, "m", "h")
    results = [FileResult("a.js", [warning])]
    assert exit_code(results, strict=False) == 0
    assert exit_code(results, strict=True) == 1
    assert run("check", os.path.join(CORPUS, "acme.js"), "--strict").exit_code == 0
    # SUB-W004, a warning: the check passes, and fails with --strict
    case = os.path.join(os.path.dirname(__file__), "cases", "w004_number_text.js")
    warned = run("check", case)
    assert warned.exit_code == 0 and "warning SUB-W004" in warned.output and " 0 errors and 8 warnings" in warned.output
    assert run("check", case, "--strict").exit_code == 1


def test_rules_lists_every_rule():
    lines = run("rules").output.splitlines()
    assert [line.split()[0] for line in lines] == [rule.id for rule in all_rules()]


def test_explain_shows_rationale_and_examples():
    result = run("explain", "t003")
    assert result.exit_code == 0
    assert result.output.startswith("SUB-T003: ")
    assert "Bad:" in result.output and "Good:" in result.output and "Fix: end the case" in result.output
    assert "Decision: The last case may omit its break" in result.output


def test_explain_unknown_rule_suggests_close_ids():
    result = run("explain", "SUB-Q001")
    assert result.exit_code == 2
    assert "unknown rule 'SUB-Q001'. Did you mean SUB-" in result.output


def test_explain_accepts_short_ids():
    assert run("explain", "e1").output.startswith("SUB-E001: ")


CASES = os.path.join(os.path.dirname(__file__), "emit", "cases")


@pytest.mark.parametrize("target, expected", [("python", "def run(self):"), ("python-async", "async def run(self):"),
                                              ("php", "public function run() {")])
def test_transpile_prints_the_module(target, expected):
    result = run("transpile", os.path.join(CASES, "async_await.js"), "--target", target)
    assert result.exit_code == 0
    assert expected in result.output and "by exkit: do not edit" in result.output


def test_transpile_a_non_conforming_file_shows_the_findings():
    result = run("transpile", os.path.join(CORPUS, "broken.js"))
    assert result.exit_code == 1
    assert "broken.js:10:9: error SUB-D001" in result.output and "  |   " in result.output


@pytest.mark.parametrize("command", [[], ["check"], ["transpile"], ["rules"], ["explain"], ["helpers"], ["certify"]])
def test_help_on_every_command(command):
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.output


def test_version():
    assert run("--version").output.strip() == f"exkit, version {__version__}"


def test_installed_console_script_runs():
    exkit = os.path.join(os.path.dirname(sys.executable), "exkit")
    completed = subprocess.run([exkit, "check", os.path.join(CORPUS, "broken.js"), "--format", "github"],
                               capture_output=True, text=True, timeout=120)
    assert completed.returncode == 1
    assert completed.stdout.startswith("::error file=")
    assert completed.stderr == ""


def test_limits_come_from_the_environment_and_options_override_it(tmp_path):
    path = tmp_path / "acme.js"
    shutil.copy(os.path.join(CORPUS, "acme.js"), path)
    runner = CliRunner()
    strict = runner.invoke(cli, ["check", str(path), "--format", "json"], env={"EXKIT_MAX_LINE_LENGTH": "20"})
    assert strict.exit_code == 1
    assert {json.loads(line)["rule"] for line in strict.output.splitlines()} == {"SUB-P003"}
    relaxed = runner.invoke(cli, ["check", str(path), "--max-line-length", "500"], env={"EXKIT_MAX_LINE_LENGTH": "20"})
    assert relaxed.exit_code == 0
    for option, rule_text in (("--max-file-bytes", "larger than the limit of 100 bytes"),
                              ("--max-nesting", "deeper than the limit of 5")):
        result = runner.invoke(cli, ["transpile", str(path), option, "100" if "bytes" in option else "5"])
        assert result.exit_code == 1 and "SUB-P003" in result.output and rule_text in result.output


def test_an_invalid_limit_in_the_environment_is_a_usage_error():
    result = CliRunner().invoke(cli, ["check", os.path.join(CORPUS, "acme.js")], env={"EXKIT_MAX_NESTING": "deep"})
    assert result.exit_code == 2
    assert "EXKIT_MAX_NESTING must be a positive integer, not 'deep'" in result.output


def test_help_documents_the_limits():
    top = run("--help").output
    assert all(name in top for name in ("EXKIT_MAX_FILE_BYTES", "EXKIT_MAX_LINE_LENGTH", "EXKIT_MAX_NESTING"))
    for command in ("check", "transpile"):
        text = run(command, "--help").output
        assert "--max-file-bytes" in text and "--max-line-length" in text and "--max-nesting" in text


def test_helpers_shows_signature_doc_and_return_of_each_match():
    result = run("helpers", "safeBalance")
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == "this.safeBalance (balance)"
    assert "returns: balance dictionary" in result.output
    assert "await this.loadMarkets (reload = false, params = {})" in run("helpers", "loadMarkets").output
    assert "this.hmac (request, secret, algorithm = 'sha256', digest = 'hex')" in run("helpers", "hmac").output
    assert {line.split(" (")[0] for line in run("helpers", "parse*s").output.splitlines()
            if line.startswith("this.")} >= {"this.parseTrades", "this.parseTickers", "this.parseOrders"}
    missing = run("helpers", "filterByArray")
    assert missing.exit_code == 1 and "nothing matches" in missing.output


def test_the_helper_reference_covers_the_base_class_exactly():
    from transpiler.helpers import CALLABLE_NATIVE, HELPER_DOCS, base_helpers
    from transpiler.names import NATIVE_METHODS

    helpers = base_helpers()
    assert all(helper.doc and helper.returns for helper in helpers), [h.name for h in helpers if not h.doc]
    assert "(...)" not in " ".join(helper.signature for helper in helpers), "every native helper found"
    assert set(CALLABLE_NATIVE) <= NATIVE_METHODS
    stale = set(HELPER_DOCS) - {helper.name for helper in helpers}
    assert not stale, f"HELPER_DOCS documents helpers that are gone: {sorted(stale)}"
    assert {"parseTickers", "safeBalance", "indexBy", "implodeParams", "hmac", "filterBy"} <= \
        {helper.name for helper in helpers}


@pytest.mark.parametrize("code, words", [
    ("const merged = Object.assign ({}, params);", "this.extend (a, b)"),
    ("const pairs = Object.entries (params);", "Object.keys (obj)"),
    ("const s = symbol.substring (1);", ".slice (start, end)"),
])
def test_hints_say_what_to_write_instead(code, words):
    from tests.checking import check_text
    from transpiler.rules.base import Rule

    [finding] = [d for d in check_text(Rule.example_file(code)) if d.rule in ("SUB-E006", "SUB-E007")]
    assert words in finding.hint and "exkit explain" not in finding.hint


@pytest.mark.parametrize("rule_id", ["SUB-E006", "SUB-E007"])
def test_the_fix_line_of_explain_shows_a_fix(rule_id):
    fix = run("explain", rule_id).output.split("Fix: ", 1)[1].split("\n\n")[0]
    assert "exkit explain" not in fix and "write" in fix
