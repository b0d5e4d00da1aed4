"""exkit new, exkit certify and the CI entry point, on copies of the repository: a deliberately non-conforming
exchange fails with every finding at its line, and the corrected one is certified."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from tests.base_runners import ROOT
from tests.repository import copy_repository
from transpiler.certify.changes import touched_exchanges
from transpiler.certify.checks import CHECKS
from transpiler.guide import contributing_guide
from transpiler.harness.fixtures import load_fixture
from transpiler.rules import all_rules

CERTIFY = os.path.join(ROOT, "tests", "certify")
EXKIT = [sys.executable, "-c", "from transpiler.cli import main; main()"]


def exkit(project, *args):
    return subprocess.run(EXKIT + list(args), cwd=project, capture_output=True, text=True, timeout=600)


def git(project, *args):
    subprocess.run(["git", *args], cwd=project, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@t"})


@pytest.fixture
def project(tmp_path):
    """A copy of the repository as a fresh git repository with one commit."""
    root = tmp_path / "repo"
    copy_repository(root)
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "base")
    return root


def expected_findings(source_text: str) -> set[tuple[str, int, str]]:
    """(path, line, rule) from the `// expect: RULE ...` comments of a test exchange."""
    found = set()
    for number, line in enumerate(source_text.split("\n"), start=1):
        if "// expect:" in line:
            for rule in re.findall(r"(?:SUB|CERT)-[A-Z]\d{3}", line.split("// expect:", 1)[1]):
                found.add(("js/acme.js", number, rule))
    return found


def test_the_broken_exchange_fails_ci_with_every_finding_at_its_line_and_the_corrected_one_passes(project):
    shutil.copy(os.path.join(CERTIFY, "acme_broken.js"), project / "js" / "acme.js")
    shutil.copy(os.path.join(CERTIFY, "acme_broken.json"), project / "tests" / "fixtures" / "exchanges" / "acme.json")
    # The command the CI entry point runs (make ci-certify), with the last commit as the base of the change.
    broken = exkit(project, "certify", "--changed-since", "HEAD", "--format", "json")
    assert broken.returncode == 1, broken.stderr
    [report] = json.loads(broken.stdout)
    assert report["exchange"] == "acme" and not report["certified"]
    found = {(finding["path"], finding["line"], finding["rule"]) for finding in report["findings"]}
    expected = expected_findings((project / "js" / "acme.js").read_text())
    expected.add(("tests/fixtures/exchanges/acme.json", 1, "CERT-F004"))
    assert found == expected
    assert {"SUB", "CERT"} == {rule.split("-")[0] for _, _, rule in found}
    assert len({rule[:5] for _, _, rule in found if rule.startswith("SUB")}) >= 3, "rules of several families"
    annotations = exkit(project, "certify", "--changed-since", "HEAD", "--format", "github")
    assert annotations.returncode == 1
    for path, line, rule in expected:
        assert f"::error file={path},line={line}," in annotations.stdout and f"title={rule}::" in annotations.stdout

    shutil.copy(os.path.join(CERTIFY, "acme_good.js"), project / "js" / "acme.js")
    shutil.copy(os.path.join(CERTIFY, "acme.json"), project / "tests" / "fixtures" / "exchanges" / "acme.json")
    built = subprocess.run([sys.executable, "build.py"], cwd=project, capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stdout + built.stderr
    fixed = exkit(project, "certify", "--changed-since", "HEAD", "--format", "json")
    assert fixed.returncode == 0, fixed.stdout
    [report] = json.loads(fixed.stdout)
    assert report["certified"] and report["findings"] == []
    assert {runtime: result["failed"] for runtime, result in report["results"].items()} == \
        {"js": 0, "php": 0, "python": 0, "python-async": 0}
    assert all(result["passed"] == 5 for result in report["results"].values())


def test_new_scaffolds_a_file_that_checks_and_builds_and_names_what_is_left(project):
    created = exkit(project, "new", "acme", "--name", "Acme Exchange", "--docs", "https://docs.acme.test/api")
    assert created.returncode == 0, created.stderr
    assert "next steps" in created.stdout and "exkit certify acme" in created.stdout
    assert exkit(project, "check", "js/acme.js").returncode == 0
    assert load_fixture(str(project / "tests" / "fixtures" / "exchanges" / "acme.json"))["methods"] == {}
    built = subprocess.run([sys.executable, "build.py"], cwd=project, capture_output=True, text=True, timeout=600)
    assert built.returncode == 0 and (project / "python" / "exchangekit" / "acme.py").is_file(), built.stdout
    report = json.loads(exkit(project, "certify", "acme", "--format", "json").stdout)[0]
    assert sorted({finding["rule"] for finding in report["findings"]}) == ["CERT-D001", "CERT-F004", "CERT-U002"]
    again = exkit(project, "new", "acme", "--name", "Acme", "--docs", "https://docs.acme.test/api")
    assert again.returncode == 2 and "already exist" in again.stderr


@pytest.mark.parametrize("arguments, words", [
    (["Acme", "--name", "A", "--docs", "https://a.test"], "not an exchange id"),
    (["acme", "--name", "A", "--docs", "docs.acme.test"], "not an http(s) URL"),
    (["acme", "--name", "A'; x", "--docs", "https://a.test"], "without quotes"),
])
def test_new_refuses_bad_arguments_and_writes_nothing(project, arguments, words):
    completed = exkit(project, "new", *arguments)
    assert completed.returncode == 2 and words in completed.stderr
    assert not (project / "js" / "acme.js").exists()


def test_a_real_exchange_is_certified_in_every_runtime():
    completed = exkit(ROOT, "certify", "kraken", "--format", "json")
    assert completed.returncode == 0, completed.stdout[-3000:]
    [report] = json.loads(completed.stdout)
    assert report["certified"] and len(report["implemented"]) >= 10
    assert all(result["failed"] == 0 and result["passed"] > 0 for result in report["results"].values())


def test_sarif_describes_the_certify_checks():
    completed = exkit(ROOT, "certify", "kraken", "--format", "sarif")
    rules = [rule["id"] for rule in json.loads(completed.stdout)["runs"][0]["tool"]["driver"]["rules"]]
    assert set(CHECKS) <= set(rules) and "SUB-E004" in rules


@pytest.mark.parametrize("files, expected", [
    (["js/kraken.js"], ["kraken"]),
    (["tests/fixtures/exchanges/binance.json", "python/exchangekit/async_support/bitstamp.py"],
     ["binance", "bitstamp"]),
    (["README.md", "CHANGELOG.md"], []),
    (["js/base/Exchange.js"], ["binance", "bitstamp", "kraken"]),
    (["transpiler/emit/python.py"], ["binance", "bitstamp", "kraken"]),
    (["js/acme.js"], []),  # not a known exchange (removed, or never there)
])
def test_touched_exchanges(files, expected):
    assert touched_exchanges(files, ["binance", "bitstamp", "kraken"]) == expected


def test_certify_needs_exactly_one_selection():
    assert exkit(ROOT, "certify").returncode == 2
    unknown = exkit(ROOT, "certify", "nosuchexchange")
    assert unknown.returncode == 2 and "exkit new" in unknown.stderr


def test_the_contributor_guide_is_generated_and_in_sync():
    with open(os.path.join(ROOT, "CONTRIBUTING.md"), encoding="utf-8") as handle:
        committed = handle.read()
    assert committed == contributing_guide() == exkit(ROOT, "rules", "--markdown").stdout
    for rule in all_rules():
        assert f"### {rule.id}: {rule.title}" in committed
    for check in CHECKS.values():
        assert f"### {check.id}: {check.title}" in committed
    for section in ("## From fork to green CI", "## The unified API", "### Errors", "## The fixture format",
                    "## Running tests", 'pytest tests/test_exchanges.py -k "acme and fetchTicker and python-async"'):
        assert section in committed


def test_ci_certifies_touched_exchanges_then_runs_the_suite():
    import yaml

    with open(os.path.join(ROOT, ".ci", "run"), encoding="utf-8") as handle:
        steps = [line for line in handle.read().splitlines() if line.startswith("make ")]
    assert [step.split()[1] for step in steps] == ["ci-certify", "test"]
    with open(os.path.join(ROOT, "Makefile"), encoding="utf-8") as handle:
        assert "\t$(VENV)/bin/exkit certify --changed-since $(BASE) --format $(FORMAT)\n" in handle.read()
    with open(os.path.join(ROOT, ".github", "workflows", "ci.yml"), encoding="utf-8") as handle:
        workflow = yaml.safe_load(handle)
    commands = [step.get("run", "") for step in workflow["jobs"]["test"]["steps"]]
    assert any(command.startswith("make ci-certify") and "FORMAT=github" in command for command in commands)
    assert "make check-generated" in commands and "make test" in commands


def test_the_pre_commit_hook_checks_staged_exchange_sources():
    import yaml

    with open(os.path.join(ROOT, ".pre-commit-config.yaml"), encoding="utf-8") as handle:
        hooks = {hook["id"]: hook for hook in yaml.safe_load(handle)["repos"][0]["hooks"]}
    with open(os.path.join(ROOT, ".pre-commit-hooks.yaml"), encoding="utf-8") as handle:
        published = yaml.safe_load(handle)[0]
    for hook in (hooks["exkit-check"], published):
        assert "exkit check" in hook["entry"]
        selected = [path for path in ("js/kraken.js", "js/index.js", "js/base/Exchange.js", "python/x.py")
                    if re.search(hook["files"], path) and not re.search(hook["exclude"], path)]
        assert selected == ["js/kraken.js"]
    broken = subprocess.run(EXKIT + ["check", os.path.join(CERTIFY, "acme_broken.js")], capture_output=True,
                            text=True, timeout=120, cwd=ROOT)
    assert broken.returncode == 1 and "SUB-E004" in broken.stdout


@pytest.mark.parametrize("content, words", [
    (b'{"exchange": "kraken", "deep": ' + b"[" * 5_000 + b"]" * 5_000 + b"}", "nested too deeply to read"),
    (b'{"exchange": "kraken\xff"}', "not valid UTF-8 (byte 0xff at offset 20)"),
])
def test_a_hostile_fixture_is_a_cert_f001_finding(project, content, words):
    (project / "tests" / "fixtures" / "exchanges" / "kraken.json").write_bytes(content)
    completed = exkit(project, "certify", "kraken", "--format", "json")
    assert completed.returncode == 1 and "Traceback" not in completed.stderr, completed.stderr
    [report] = json.loads(completed.stdout)
    [finding] = [finding for finding in report["findings"] if finding["rule"] == "CERT-F001"]
    assert finding["path"] == "tests/fixtures/exchanges/kraken.json" and words in finding["message"]
