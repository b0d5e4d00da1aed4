"""exkit new, exkit certify and the CI entry point, on copies of the repository: a deliberately non-conforming
exchange fails with every finding at its line, and the corrected one is certified."""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from tests.base_runners import ROOT
from tests.repository import copy_repository
from transpiler.certify import params as unified_params
from transpiler.certify import report as certify_report
from transpiler.certify.changes import changed_files, touched_exchanges
from transpiler.certify.checks import CHECKS
from transpiler.certify.structures import problems as structure_problems
from transpiler.guide import contributing_guide
from transpiler.harness.fixtures import Case, load_fixture
from transpiler.rules import all_rules
from transpiler.unified import STRUCTURES, UNIFIED_METHODS, UNIFIED_PARAMS

CERTIFY = os.path.join(ROOT, "tests", "certify")
EXKIT = [sys.executable, "-c", "from transpiler.cli import main; main()"]


def exkit(project, *args):
    return subprocess.run(EXKIT + list(args), cwd=project, capture_output=True, text=True, timeout=600)


def refused_findings(project, exchange_id, rule):
    """The findings of one rule in the JSON report of an exchange that certify refuses (exit 1, no traceback)."""
    completed = exkit(project, "certify", exchange_id, "--format", "json")
    assert completed.returncode == 1 and "Traceback" not in completed.stderr, completed.stdout[-3000:] + completed.stderr
    [report] = json.loads(completed.stdout)
    return report, [finding for finding in report["findings"] if finding["rule"] == rule]


def line_of(source, marker):
    """The number of the first line of a file that holds marker."""
    return next(number for number, text in enumerate(source.read_text().split("\n"), start=1) if marker in text)


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
    # CI's --no-build writes nothing: the modules acme needs are missing (CERT-B001) and only JavaScript runs.
    unbuilt = exkit(project, "certify", "--no-build", "acme", "--format", "json")
    [report] = json.loads(unbuilt.stdout)
    assert unbuilt.returncode == 1 and {finding["rule"] for finding in report["findings"]} == {"CERT-B001"}
    assert report["results"]["php"]["not_run"] and not (project / "php" / "acme.php").exists()
    # Without it, certify builds what acme needs: one command to the verdict, no `make build` in between.
    fixed = exkit(project, "certify", "--changed-since", "HEAD", "--format", "json")
    assert fixed.returncode == 0, fixed.stdout
    assert (project / "php" / "acme.php").is_file() and (project / "python" / "exchangekit" / "acme.py").is_file()
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
    # U+2028 ends the // comment line the name goes into: what followed it was code
    (["acme", "--name", "Acme\u2028this.secret", "--docs", "https://a.test"], "invisible characters"),
    (["acme", "--name", "Acme\u202e", "--docs", "https://a.test"], "invisible characters"),
    (["acme", "--name", "A", "--docs", "https://a.test/\u2028x"], "not an http(s) URL"),
    (["acme", "--name", "A", "--docs", "https://a.test/\u202ex"], "not an http(s) URL"),
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
    assert report["params"]["createOrder"]["postOnly"] == "mapped"
    assert report["params"]["withdraw"]["network"] == "rejected"
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
    (["js/base/Exchange.js"], ["_acme", "binance", "bitstamp", "kraken"]),
    (["transpiler/emit/python.py"], ["_acme", "binance", "bitstamp", "kraken"]),
    (["js/acme.js"], []),  # not a known exchange (removed, or never there)
    (["js/_acme.js"], ["_acme"]),  # an id may start with _: its change was certified nowhere
    (["php/_acme.php", "tests/fixtures/exchanges/_acme.json"], ["_acme"]),
    (["tests/fixtures/streams/kraken.json"], ["kraken"]),  # a stream fixture is its exchange's
    # a source whose name is no exchange id, which the build refuses: certified everywhere, not nowhere (round 54)
    (["js/kraken.js\n"], ["_acme", "binance", "bitstamp", "kraken"]),
    (["js/Bequant2.js"], ["_acme", "binance", "bitstamp", "kraken"]),
    (["js/package-lock.json"], ["_acme", "binance", "bitstamp", "kraken"]),
])
def test_touched_exchanges(files, expected):
    assert touched_exchanges(files, ["_acme", "binance", "bitstamp", "kraken"]) == expected


def test_changed_files_keeps_names_whole(tmp_path):
    """git quotes unusual names and a space split one: the names come NUL-separated (-z), as they are."""
    def git(*args):
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args], cwd=tmp_path,
                       check=True, capture_output=True)
    git("init", "-q")
    (tmp_path / "README.md").write_text("x\n")
    git("add", "README.md")
    git("commit", "-qm", "first")
    (tmp_path / "js").mkdir()
    for name in ("a b.js", "é.js", "kraken.js"):
        (tmp_path / "js" / name).write_text("x\n")
    git("add", "js/kraken.js")
    assert changed_files(str(tmp_path), "HEAD") == ["js/a b.js", "js/kraken.js", "js/é.js"]


def test_changed_files_names_a_renamed_file_by_both_names(tmp_path):
    """git diff names a rename by its new name alone: a stream fixture moved out of tests/fixtures/streams/ named no
    exchange, and certify said "no exchange changed" (red-team round 58)."""
    def git(*args):
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args], cwd=tmp_path,
                       check=True, capture_output=True)
    git("init", "-q")
    (tmp_path / "tests" / "fixtures" / "streams").mkdir(parents=True)
    (tmp_path / "tests" / "fixtures" / "streams" / "binance.json").write_text('{"cases": []}\n')
    git("add", "-A")
    git("commit", "-qm", "first")
    git("config", "diff.renames", "copies")  # whatever the machine's configuration says
    git("mv", "tests/fixtures/streams/binance.json", "tests/fixtures/binance-stream-notes.json")
    for staged in (True, False):
        if not staged:
            git("commit", "-qm", "mv")
        changed = changed_files(str(tmp_path), "HEAD" if staged else "HEAD~1")
        assert changed == ["tests/fixtures/binance-stream-notes.json", "tests/fixtures/streams/binance.json"]
        assert touched_exchanges(changed, ["binance", "kraken"]) == ["binance"]


@pytest.mark.parametrize("files, expected", [
    (["js/hitbtc.js"], ["bequant", "hitbtc", "hitkid"]),  # a parent's change reaches its whole family
    (["php/hitbtc.php"], ["bequant", "hitbtc", "hitkid"]),
    (["tests/fixtures/exchanges/bequant.json"], ["bequant", "hitkid"]),
    (["js/hitkid.js", "js/kraken.js"], ["hitkid", "kraken"]),  # a change to a child leaves its parent alone
])
def test_touched_exchanges_follow_derived_exchanges(files, expected):
    parents = {"bequant": "hitbtc", "hitkid": "bequant", "loop": "loop"}  # a cycle ends
    assert touched_exchanges(files, ["bequant", "hitbtc", "hitkid", "kraken", "loop"], parents) == expected


DERIVED = """import acme from './acme.js';

export default class acmekid extends acme {
    describe () {
        return this.deepExtend (super.describe (), { 'id': 'acmekid', 'name': 'Acme Kid' });
    }
}
"""


def test_a_change_to_a_parent_certifies_its_derived_exchange_too(project):
    fixtures = project / "tests" / "fixtures" / "exchanges"
    shutil.copy(os.path.join(CERTIFY, "acme_good.js"), project / "js" / "acme.js")
    shutil.copy(os.path.join(CERTIFY, "acme.json"), fixtures / "acme.json")
    (project / "js" / "acmekid.js").write_text(DERIVED)
    fixture = json.loads((fixtures / "acme.json").read_text())
    (fixtures / "acmekid.json").write_text(json.dumps({**fixture, "exchange": "acmekid"}))
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "acme and its derived exchange")
    source = (project / "js" / "acme.js").read_text()
    (project / "js" / "acme.js").write_text(source.replace("'rateLimit': 100,", "'rateLimit': 50,"))
    changed = exkit(project, "certify", "--changed-since", "HEAD", "--format", "json")
    reports = json.loads(changed.stdout)
    assert [report["exchange"] for report in reports] == ["acme", "acmekid"], changed.stderr
    assert changed.returncode == 0 and all(report["certified"] for report in reports), changed.stdout
    assert exkit(project, "certify", "--changed-since", "HEAD", "acmekid").returncode == 2  # one selection only
    # The rest of describe() may come from the parent, but a derived exchange names itself.
    (project / "js" / "acmekid.js").write_text(DERIVED.replace("{ 'id': 'acmekid', 'name': 'Acme Kid' }", "{}"))
    [unnamed] = json.loads(exkit(project, "certify", "acmekid", "--no-build", "--format", "json").stdout)
    assert sorted(finding["message"] for finding in unnamed["findings"] if finding["rule"] == "CERT-D001") == \
        ["describe() does not state 'id'", "describe() does not state 'name'"]
    # A derived exchange that kept its parent's id would report its errors as the parent's.
    (project / "js" / "acmekid.js").write_text(DERIVED.replace("'id': 'acmekid'", "'id': 'acme'"))
    [misnamed] = json.loads(exkit(project, "certify", "acmekid", "--no-build", "--format", "json").stdout)
    assert [(finding["message"], finding["line"]) for finding in misnamed["findings"]
            if finding["rule"] == "CERT-D002"] == \
        [("describe() gives the id \"acme\", but the file is js/acmekid.js: state 'id': 'acmekid'", 5)]


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
    for param in UNIFIED_PARAMS:
        assert f"| `{param}` |" in committed
    for structure in STRUCTURES:
        assert f"| `{structure}` |" in committed
    for section in ("## From fork to green CI", "## The unified API", "### Unified params: map them or reject them",
                    "### Unified structures", "### Errors", "## The fixture format",
                    "## Running tests", "### The base class: helpers you can call",
                    "### Expected results: exact, defaults included", "### Checking an expected signature",
                    ".venv/bin/python -m pytest 'tests/test_exchanges.py::test_case[acme.fetchTicker[0]-python-async]'"):
        assert section in committed
    assert "| `this.safeBalance (balance)` |" in committed and "| `this.safeTrade ({})` | `{\"fees\": []}` |" in committed
    assert "bare pytest" not in committed and ".venv/bin/pytest" not in committed


def test_ci_certifies_every_exchange_or_those_a_pull_request_touches_then_runs_the_suite():
    import yaml

    with open(os.path.join(ROOT, ".ci", "run"), encoding="utf-8") as handle:
        steps = [line for line in handle.read().splitlines() if line.startswith("make ")]
    assert steps == ["make ci-certify", "make test"]  # (no BASE: every exchange)
    with open(os.path.join(ROOT, "Makefile"), encoding="utf-8") as handle:
        makefile = handle.read()
    assert "\t$(VENV)/bin/exkit certify --no-build $(if $(BASE),--changed-since $(BASE),--all) --format $(FORMAT)\n" \
        in makefile and "\nBASE ?=\n" in makefile
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


# --- CERT-P001: unified params are mapped or rejected, never forwarded raw nor ignored ----------------------------


ORDER_CASE = Case("acme", "createOrder", 0, 0, {"description": "limit buy", "args": ["BTC/USD", "limit", "buy", 1, 100],
                                                 "requests": [{"method": "POST", "url": "https://acme.test/order"}]})
BASELINE = {"requests": [{"method": "POST", "url": "https://acme.test/order", "body": "price=100&side=buy"}], "ok": {}}


def test_the_report_shows_the_value_a_rejection_was_probed_with():
    # (a network the case's currency has not is rejected for that value alone: the report says which it was)
    assert certify_report._handled("network", unified_params.REJECTED) == 'network rejected (probed with "TRC20")'
    assert certify_report._handled("network", unified_params.MAPPED) == "network mapped"


def verdict(param, outcome, same_name=False):
    return unified_params.judge(unified_params.Probe(ORDER_CASE, param), outcome, BASELINE, same_name)


@pytest.mark.parametrize("request_sent, where", [
    ({"url": "https://acme.test/order?postOnly=true", "body": None}, "URL"),
    ({"url": "https://acme.test/order", "body": "price=100&postOnly=true&side=buy"}, "body"),
    ({"url": "https://acme.test/order", "body": '{"order":{"price":"100","postOnly":true}}'}, "body"),
])
def test_a_param_sent_under_its_name_with_its_value_is_forwarded_raw(request_sent, where):
    judged = verdict("postOnly", {"requests": [{"method": "POST", **request_sent}], "ok": {}})
    assert judged.outcome == unified_params.RAW and not judged.ok and where in judged.detail


def header_payload(fields: dict) -> dict:
    """A request as Gemini and Bitfinex v1 send them: the fields base64-encoded JSON in a header, no body."""
    encoded = base64.b64encode(json.dumps(fields).encode()).decode()
    return {"method": "POST", "url": "https://acme.test/order", "body": None, "headers": {"X-ACME-PAYLOAD": encoded}}


def test_a_header_payload_is_read_like_a_body():
    baseline = {"requests": [header_payload({"price": "100", "nonce": 1})], "ok": {}}
    raw = {"requests": [header_payload({"price": "100", "nonce": 1, "postOnly": True})], "ok": {}}
    mapped = {"requests": [header_payload({"price": "100", "nonce": 1, "options": ["maker-or-cancel"]})], "ok": {}}
    judge = unified_params.judge
    assert judge(unified_params.Probe(ORDER_CASE, "postOnly"), raw, baseline).outcome == unified_params.RAW
    assert judge(unified_params.Probe(ORDER_CASE, "postOnly"), mapped, baseline).outcome == unified_params.MAPPED
    assert judge(unified_params.Probe(ORDER_CASE, "postOnly"), baseline, baseline).outcome == unified_params.IGNORED


def test_a_mapped_param_passes_and_a_same_name_field_passes_only_when_declared():
    mapped = verdict("postOnly", {"requests": [{"method": "POST", "url": "https://acme.test/order",
                                                "body": "oflags=post&price=100&side=buy"}], "ok": {}})
    assert mapped.outcome == unified_params.MAPPED and mapped.ok
    probe = UNIFIED_PARAMS["clientOrderId"].probe
    same = {"requests": [{"method": "POST", "url": "https://acme.test/order",
                          "body": f'{{"price":"100","clientOrderId":"{probe}"}}'}], "ok": {}}
    assert verdict("clientOrderId", same).outcome == unified_params.RAW
    assert verdict("clientOrderId", same, same_name=True).outcome == unified_params.SAME_NAME


def test_an_ignored_param_fails():
    judged = verdict("reduceOnly", {"requests": BASELINE["requests"], "ok": {}})
    assert judged.outcome == unified_params.IGNORED and not judged.ok


@pytest.mark.parametrize("thrown, message, outcome", [
    ("NotSupported", "acme createOrder () does not support the unified param reduceOnly", unified_params.REJECTED),
    ("InvalidOrder", "acme createOrder () reduceOnly is for margin orders", unified_params.REJECTED),
    ("InvalidOrder", "acme createOrder () this order is not possible", unified_params.FAILED),  # does not name it
    ("TypeError", "reduceOnly is not a function", unified_params.FAILED),  # not a rejection
])
def test_a_rejection_names_the_param(thrown, message, outcome):
    assert verdict("reduceOnly", {"requests": [], "throws": thrown, "message": message}).outcome == outcome


def test_a_rejection_may_name_the_param_that_asks_for_the_same_thing():
    # timeInForce's probe is 'PO', which unifiedOrderParams reads as postOnly: a rejection of postOnly rejects it
    rejected = {"requests": [], "throws": "NotSupported", "message": "acme createOrder () does not support postOnly"}
    assert verdict("timeInForce", rejected).outcome == unified_params.REJECTED
    assert verdict("reduceOnly", rejected).outcome == unified_params.FAILED


def test_probes_leave_out_params_the_case_sets_and_their_equivalents():
    case = Case("acme", "createOrder", 0, 0, {"description": "post only", "args": ["BTC/USD", "limit", "buy", 1, 100,
                                                                                   {"postOnly": True}],
                                               "requests": [{"method": "POST", "url": "https://acme.test/order"}]})
    planned = unified_params.probes({"exchange": "acme", "methods": {"createOrder": [case.spec]}}, ["createOrder"])
    probed = [probe.param for probe in planned]
    assert "postOnly" not in probed and "timeInForce" not in probed  # timeInForce PO asks for the same thing
    assert set(probed) == set(UNIFIED_METHODS["createOrder"].params) - {"postOnly", "timeInForce"}
    odd = dict(case.spec, args=["BTC/USD", "limit", "buy", 1, 100, "not a dictionary"])
    assert unified_params.probes({"exchange": "acme", "methods": {"createOrder": [odd]}}, ["createOrder"]) == []
    short = unified_params.Probe(ORDER_CASE, "cost").spec["args"]  # params padded into its position
    assert short == ["BTC/USD", "limit", "buy", 1, 100, {"cost": UNIFIED_PARAMS["cost"].probe}]


def test_the_contract_table_is_consistent():
    for method in UNIFIED_METHODS.values():
        assert set(method.params) <= set(UNIFIED_PARAMS), method.name
        assert method.parameter_names[-1] == "params", method.name
    assert UNIFIED_METHODS["fetchCurrencies"].returns == "dict[str, Currency]"
    assert UNIFIED_METHODS["createOrder"].structure is STRUCTURES["Order"]
    order = {field.name: field for field in STRUCTURES["Order"].fields}
    assert not order["fees"].nullable and order["lastTradeTimestamp"].nullable and order["fees"].type == "list[Fee]"


def test_an_exchange_that_forwards_unified_params_raw_fails_certify_at_the_method(project):
    source = project / "js" / "kraken.js"
    text = source.read_text()
    mapped = "const response = await this.privatePostAddOrder (this.extend (request, this.omit (rest, 'oflags')));"
    assert mapped in text
    source.write_text(text.replace(mapped, "const response = await this.privatePostAddOrder (this.extend (request, params));"))
    report, findings = refused_findings(project, "kraken", "CERT-P001")
    assert findings and {finding["line"] for finding in findings} == {line_of(source, "async createOrder (")}
    assert report["params"]["createOrder"]["postOnly"] == "forwarded raw"
    assert any("postOnly=true in its body" in finding["message"] for finding in findings)
    assert any("list it in options['sameNameParams']" in finding["message"] for finding in findings)  # the way out
    # cost: its probes on limit orders and sells are rejected before any request is built (not counted as raw),
    # and the case that sets it on a market buy (oflags viqc) maps it
    assert report["params"]["createOrder"]["cost"] == "mapped"


# --- CERT-S001: results follow the contract's structures -------------------------------------------------------

def test_a_currency_list_is_not_the_dictionary_the_contract_promises():
    currency = {"id": "XXBT", "code": "BTC", "precision": 1e-10}
    method = UNIFIED_METHODS["fetchCurrencies"]
    assert structure_problems(method, {"BTC": currency}) == []
    assert structure_problems(method, []) == []  # empty: PHP has one array type
    assert structure_problems(method, [currency]) == ["returns a list, not a dictionary keyed by code"]
    assert structure_problems(method, {"XBT": currency}) == ["['XBT'] is under another key than its code 'BTC'"]


def test_an_order_is_checked_field_by_field():
    method = UNIFIED_METHODS["fetchOrder"]
    order = {"id": "1", "symbol": "BTC/USD", "timestamp": 1700000000000, "type": "limit", "price": 100, "amount": 1,
             "fee": {"cost": 0.1, "currency": "USD"}, "fees": [{"cost": 0.1, "currency": "USD"}], "trades": [],
             "info": ["raw", "payload"]}
    assert structure_problems(method, order) == []
    broken = dict(order, fees={"cost": 0.1}, timestamp=1.5, stopPx=3, trades=[{"id": "t", "fees": []}])
    del broken["id"]
    assert sorted(structure_problems(method, broken)) == sorted([
        ".stopPx: not a field of Order", ".id: missing, but a Order always has it",
        ".timestamp: a number 1.5, not an integer", ".fees: a dictionary, not a list",
        ".trades[0].symbol: missing, but a Trade always has it"])


def test_statuses_sides_and_types_take_the_unified_values_only():
    method = UNIFIED_METHODS["fetchOrder"]
    order = {"id": "1", "symbol": "BTC/USD", "status": "closed", "type": "limit", "side": "buy", "timeInForce": "PO",
             "fees": [], "trades": []}
    assert structure_problems(method, order) == []
    assert structure_problems(method, dict(order, status="FILLED", type="stop-loss-limit", side="BUY")) == [
        ".type: 'stop-loss-limit' is not one of the unified values market, limit",
        ".side: 'BUY' is not one of the unified values buy, sell",
        ".status: 'FILLED' is not one of the unified values open, closed, canceled, expired, rejected"]
    withdrawal = {"type": "withdrawal", "status": "Success"}
    assert structure_problems(UNIFIED_METHODS["withdraw"], withdrawal) == [
        ".status: 'Success' is not one of the unified values pending, ok, failed, canceled"]


def test_structures_without_fields_and_optional_results_are_not_checked():
    assert structure_problems(UNIFIED_METHODS["fetchOHLCV"], [[1, 2, 3, 4, 5, 6]]) == []
    assert structure_problems(UNIFIED_METHODS["fetchTime"], None) == []
    assert structure_problems(UNIFIED_METHODS["fetchTickers"], {"BTC/USD": {"symbol": "BTC/USD"}}) == []


# --- CERT-S002: fetchMarkets returns full unified markets, which loadMarkets stores as they are ------------------

def test_markets_made_by_hand_or_changed_after_their_structure_fail_certify_at_fetch_markets(project):
    # bitstamp's market written as a plain dictionary: the flags and the keys of undefined value are missing (the
    # latter invisible in JSON, where the fixture's result is compared, and a KeyError in Python)
    bitstamp = project / "js" / "bitstamp.js"
    text = bitstamp.read_text()
    start = text.index("result.push (this.safeMarketStructure ({")
    end = text.index("}));", start)
    bitstamp.write_text(text[:start] + "result.push ({" + text[start + 41:end] + "});" + text[end + 4:])
    _, findings = refused_findings(project, "bitstamp", "CERT-S002")
    assert {finding["line"] for finding in findings} == {line_of(bitstamp, "async fetchMarkets (")}
    assert "[0].swap: missing (safeMarketStructure gives false)" in findings[0]["message"]
    assert "[0].linear: missing (safeMarketStructure gives undefined)" in findings[0]["message"]
    assert "this.safeMarketStructure ({ ... })" in findings[0]["hint"]
    # yobit's markets changed after Tidex made them whole: a cost bound without its max, which no expected result
    # can tell (undefined values are left out), only the comparison with the structure
    yobit = project / "js" / "yobit.js"
    minimum = "{ 'min': this.safeNumber (market['info'], 'min_total') }"
    whole = f"const cost = this.extend (market['limits']['cost'], {minimum});"
    assert whole in yobit.read_text()
    yobit.write_text(yobit.read_text().replace(whole, f"const cost = {minimum};"))
    report, findings = refused_findings(project, "yobit", "CERT-S002")
    assert {finding["rule"] for finding in report["findings"]} == {"CERT-S002"}
    assert "[0].limits.cost.max: missing (safeMarketStructure gives undefined)" in findings[0]["message"]


def test_a_declared_same_name_field_is_reported_as_such_and_an_undeclared_one_fails(project):
    completed = exkit(ROOT, "certify", "poloniex", "--format", "json")
    [report] = json.loads(completed.stdout)
    assert report["certified"] and report["params"]["createOrder"]["clientOrderId"] == "mapped (same name)"
    source = project / "js" / "poloniex.js"
    text = source.read_text()
    declared = "'sameNameParams': [ 'clientOrderId' ],"
    assert declared in text
    source.write_text(text.replace(declared, "'sameNameParams': [],"))
    [undeclared] = json.loads(exkit(project, "certify", "poloniex", "--format", "json").stdout)
    assert undeclared["params"]["createOrder"]["clientOrderId"] == "forwarded raw"
    assert any(finding["rule"] == "CERT-P001" and "clientOrderId" in finding["message"]
               for finding in undeclared["findings"])


def test_a_same_name_param_needs_a_request_test_that_expects_it_sent_as_is(project):
    # postOnly is a unified param of createOrder, but no Poloniex case expects it sent under its own name (it
    # becomes the type LIMIT_MAKER): listing it would let raw forwarding through, so certify refuses the list.
    source = project / "js" / "poloniex.js"
    declared = "'sameNameParams': [ 'clientOrderId' ],"
    source.write_text(source.read_text().replace(declared, "'sameNameParams': [ 'clientOrderId', 'postOnly', 'bogus' ],"))
    [report] = json.loads(exkit(project, "certify", "poloniex", "--format", "json").stdout)
    messages = [finding["message"] for finding in report["findings"] if finding["rule"] == "CERT-P001"]
    assert not report["certified"]
    assert any("lists postOnly, but no request test passes params.postOnly" in message for message in messages)
    assert any("lists bogus, which is not a unified param" in message for message in messages)
    assert not any("lists clientOrderId" in message for message in messages)


@pytest.mark.parametrize("content, words", [
    (b'{"exchange": "kraken", "deep": ' + b"[" * 5_000 + b"]" * 5_000 + b"}", "nested too deeply to read"),
    (b'{"exchange": "kraken\xff"}', "not valid UTF-8 (byte 0xff at offset 20)"),
])
def test_a_hostile_fixture_is_a_cert_f001_finding(project, content, words):
    (project / "tests" / "fixtures" / "exchanges" / "kraken.json").write_bytes(content)
    _, [finding] = refused_findings(project, "kraken", "CERT-F001")
    assert finding["path"] == "tests/fixtures/exchanges/kraken.json" and words in finding["message"]


def test_a_differing_result_shows_only_the_paths_that_differ():
    from transpiler.harness.fixtures import case_problems

    expected = {"symbol": "BTC/USD", "price": 37500, "fees": [], "info": {"a": 1},
                "trades": [{"id": "1", "amount": 1}, {"id": "2", "amount": 2}]}
    actual = {"symbol": "BTC/USD", "price": "37500", "type": "spot", "info": {"a": 2}, "remaining": None,
              "trades": [{"id": "1", "amount": 1}, {"id": "2", "amount": 3}]}
    case = Case("acme", "fetchOrder", 0, 0, {"description": "d", "args": [], "result": expected})
    problems = case_problems(case, {"ok": actual, "requests": []})
    assert problems[1:] == ['$.fees: expected [], actual missing', '$.info.a: expected 1, actual 2',
                            '$.price: expected 37500, actual "37500"', '$.trades[1].amount: expected 2, actual 3',
                            '$.type: not expected, actual "spot"']
    assert "symbol" not in "".join(problems) and "remaining" not in "".join(problems)


def test_the_rerun_hint_selects_exactly_one_case_from_a_fresh_clone():
    from transpiler.certify.certify import rerun_command

    case = Case("kraken", "fetchTicker", 0, 0, {"description": "d", "args": []})
    command = rerun_command(case, "python-async")
    assert command.startswith(".venv/bin/python -m pytest ")
    collected = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
                                command.split(" ", 3)[3].strip("'")], cwd=ROOT, capture_output=True, text=True,
                               timeout=300)
    assert collected.stdout.splitlines()[0] == "tests/test_exchanges.py::test_case[kraken.fetchTicker[0]-python-async]"
    assert "1 test collected" in collected.stdout


def test_update_results_writes_what_javascript_returned_after_showing_the_diff(project):
    shutil.copy(os.path.join(CERTIFY, "acme_good.js"), project / "js" / "acme.js")
    fixture_file = project / "tests" / "fixtures" / "exchanges" / "acme.json"
    fixture = json.loads(open(os.path.join(CERTIFY, "acme.json"), encoding="utf-8").read())
    right = fixture["methods"]["fetchTicker"][0]["result"]
    fixture["methods"]["fetchTicker"][0]["result"] = {**right, "last": 1, "close": 1}
    fixture_file.write_text(json.dumps(fixture), encoding="utf-8")
    updated = exkit(project, "certify", "acme", "--update-results")
    assert updated.returncode == 1, updated.stdout
    assert "$.last: expected 1, actual 30000.5" in updated.stdout and "rerun: .venv/bin/python -m pytest" in updated.stdout
    assert "acme.fetchTicker[0]" in updated.stderr and "documentation" in updated.stderr
    assert json.loads(fixture_file.read_text(encoding="utf-8"))["methods"]["fetchTicker"][0]["result"] == right
    again = exkit(project, "certify", "acme", "--format", "json")
    assert again.returncode == 0, again.stdout


def test_after_a_syntax_error_certify_reports_only_the_syntax_error(project):
    (project / "js" / "acme.js").write_text(
        "import Exchange from './base/Exchange.js';\n\nexport default class acme extends Exchange {\n"
        "    describe () {\n        return { 'id': 'acme' };\n    }\n\n    fetchTicker (symbol {\n    }\n}\n")
    completed = exkit(project, "certify", "acme", "--format", "json")
    [report] = json.loads(completed.stdout)
    assert completed.returncode == 1
    assert [(finding["rule"], finding["line"]) for finding in report["findings"]] == [("SUB-P001", 8)]
    assert all("does not parse" in result["not_run"] for result in report["results"].values())


def test_base_implemented_methods_count_where_has_claims_them_over_the_exchanges_own_method():
    # fetchMarkOHLCV and fetchIndexOHLCV are the base class's fetchOHLCV with params['price']: an exchange that
    # implements fetchOHLCV and sets has['fetchMarkOHLCV'] implements it (and must test it); without its own
    # fetchOHLCV the claim is CERT-H001 as for any other method.
    from transpiler.certify.certify import _implemented
    from transpiler.unified import BASE_IMPLEMENTED

    assert set(BASE_IMPLEMENTED) <= set(UNIFIED_METHODS) and set(BASE_IMPLEMENTED.values()) <= set(UNIFIED_METHODS)
    own = {"own": ["fetchMarkets", "fetchOHLCV"], "has": {"fetchMarkOHLCV": True, "fetchIndexOHLCV": False}}
    assert _implemented(own) == ["fetchMarkets", "fetchOHLCV", "fetchMarkOHLCV"]
    without = {"own": ["fetchMarkets"], "has": {"fetchMarkOHLCV": True}}
    assert "fetchMarkOHLCV" not in _implemented(without)


def test_an_origin_the_registry_does_not_list_is_refused_until_the_registry_lists_it(project):
    # Requests carry the user's key and signatures to urls['api']: a host changed in the source alone (here to one
    # that only looks like the exchange's) is a CERT-R001 finding; listed in exchanges.json, the change is the
    # registry's, where reviewers see it.
    source = project / "js" / "kraken.js"
    moved = "https://api.kraken.com.example.net"
    source.write_text(source.read_text().replace("'api': 'https://api.kraken.com',", f"'api': '{moved}',", 1))
    _, [finding] = refused_findings(project, "kraken", "CERT-R001")
    assert moved in finding["message"]
    registry = json.loads((project / "exchanges.json").read_text())
    entry = next(item for item in registry["exchanges"] if item["id"] == "kraken")
    entry["origins"] = [moved if origin == "https://api.kraken.com" else origin for origin in entry["origins"]]
    (project / "exchanges.json").write_text(json.dumps(registry, indent=2))
    [report] = json.loads(exkit(project, "certify", "kraken", "--format", "json").stdout)
    assert [finding for finding in report["findings"] if finding["rule"] == "CERT-R001"] == []


@pytest.mark.parametrize("url, reason", [("https://api.kraken.com@evil.example", "not a host and a port"),
                                         ("http://api.kraken.com", "not encrypted")])
def test_an_origin_the_registry_cannot_list_is_named_for_what_it_is(project, url, reason):
    # 'https://api.kraken.com@evil.example' reaches evil.example, and 'http://' sends the keys in clear: the registry
    # refuses to list such an origin, and certify says why instead of asking for it to be listed.
    source = project / "js" / "kraken.js"
    source.write_text(source.read_text().replace("'api': 'https://api.kraken.com',", f"'api': '{url}',", 1))
    _, [finding] = refused_findings(project, "kraken", "CERT-R001")
    assert url in finding["message"] and reason in finding["message"]


# --- CERT-T003: a body of no parameters is the same in every runtime --------------------------------------------

def test_an_exchange_that_writes_an_empty_dictionary_as_a_body_fails_certify_at_sign(project):
    source = project / "js" / "coinex.js"
    text = source.read_text()
    guarded = "body = (Object.keys (query).length > 0) ? this.json (query) : '{}';"
    assert guarded in text
    source.write_text(text.replace(guarded, "body = this.json (query);"))
    report, findings = refused_findings(project, "coinex", "CERT-T003")
    assert findings and {finding["line"] for finding in findings} == {line_of(source, "    sign (")}
    assert any("sent the body '[]' from php, the body '{}' from Node" in finding["message"] for finding in findings)
    assert not any(finding["rule"] == "CERT-T001" for finding in report["findings"])  # the fixture's cases still pass
