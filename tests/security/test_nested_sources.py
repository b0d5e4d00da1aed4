"""An exchange is js/<id>.js, and nothing else in js/ stands in for it (red-team round 22).

The build looked for sources in every folder of js/ (but base/ and node_modules/) and compiled each under the id of
its file name, the last found winning: a pull request that added js/notes/bequant.js beside js/bequant.js had
Python and PHP built from the file in notes/, while Node (which imports ./bequant.js beside the index) and so
`exkit certify` (CERT-R001's origins, the runs that Python and PHP are held to) saw js/bequant.js. Measured with a
checked copy of bequant whose sign () sent every request, signed, to an origin of its own once the clock passed
the fixtures' (1,700,000,000,000 ms): certify gave CERTIFIED (37 cases in every runtime), `build.py --check` passed,
and fetchBalance sent the API key and three valid HMAC signatures to 127.0.0.1 from Python sync, asyncio and PHP,
where Node asked api.bequant.io. Now the build refuses any source in a folder of js/, and certify fails an exchange
whose generated modules cannot be built (it said CERTIFIED on Node's runs alone, Python and PHP "not run")."""

from __future__ import annotations

import os

from tests.test_build import CASES, add, build, project  # noqa: F401 (project: the fixture of a copied toolchain)
from transpiler.build import Plan
from transpiler.certify.certify import Certification, _generated_ready
from transpiler.certify.changes import touched_exchanges
from transpiler.diagnostics import Diagnostic, Severity
from transpiler.discovery import exchange_ids, exchange_sources

SHADOWED = "'never'"
SHADOW = "'shadow'"


def shadowed_project(project):  # noqa: F811
    add(project, "loops")
    with open(os.path.join(CASES, "loops.js"), encoding="utf-8") as handle:
        source = handle.read()
    assert SHADOWED in source
    (project / "js" / "notes").mkdir()
    (project / "js" / "notes" / "loops.js").write_text(source.replace(SHADOWED, SHADOW))
    return project


def test_a_source_in_a_folder_of_js_is_not_compiled_in_place_of_the_exchange(project):  # noqa: F811
    root = shadowed_project(project)
    built = build(root)
    printed = built.stdout + built.stderr
    assert built.returncode != 0, printed
    assert "js/notes/loops.js" in printed and "js/<id>.js" in printed, printed
    module = root / "python" / "exchangekit" / "loops.py"
    assert not module.exists() or SHADOW not in module.read_text(), "Python was built from js/notes/loops.js"


def test_the_build_of_the_exchange_alone_is_its_js_file(project):  # noqa: F811
    root = shadowed_project(project)
    os.rename(root / "js" / "notes", root / "notes")  # moved out of js/, as the finding says
    built = build(root)
    assert built.returncode == 0, built.stdout + built.stderr
    module = (root / "python" / "exchangekit" / "loops.py").read_text()
    assert "never" in module and "shadow" not in module


def test_the_exchanges_of_a_js_folder_are_its_own_files(project):  # noqa: F811
    root = shadowed_project(project)
    assert exchange_ids(str(root / "js")) == ["loops"]
    assert exchange_sources(str(root / "js")) == [os.path.join(str(root / "js"), "loops.js")]


def test_certify_fails_an_exchange_whose_modules_cannot_be_built(tmp_path):
    """With the build failing on another file than the exchange's, certify ran Node alone and said CERTIFIED."""
    failure = Diagnostic("js/notes/acme.js", 1, 1, 1, 1, "SUB-S002", Severity.ERROR, "not an exchange source", "")
    report = Certification("acme", "js/acme.js", "tests/fixtures/exchanges/acme.json")
    why = _generated_ready(str(tmp_path), "acme", report, lambda: Plan(failures=[failure]), build=False)
    assert why is not None and "the build fails" in why
    assert not report.certified
    assert [finding.rule for finding in report.findings] == ["CERT-B001"]
    assert "js/notes/acme.js" in report.findings[0].message


def test_a_source_in_a_folder_of_js_touches_every_exchange_for_ci():
    """CI certifies the exchanges a change touches: js/notes/bequant.js touched none ("no exchange changed")."""
    assert touched_exchanges(["js/notes/bequant.js"], ["bequant", "kraken"]) == ["bequant", "kraken"]
    assert touched_exchanges(["js/bequant.js"], ["bequant", "kraken"]) == ["bequant"]


def test_a_linked_source_in_a_folder_of_js_is_refused_without_being_read(project, tmp_path):  # noqa: F811
    secret = tmp_path / "outside.js"
    secret.write_text("SECRET_TOKEN_77 = 1;\n")
    add(project, "loops")
    (project / "js" / "notes").mkdir()
    os.symlink(secret, project / "js" / "notes" / "loops.js")
    built = build(project)
    printed = built.stdout + built.stderr
    assert built.returncode != 0 and "js/notes/loops.js" in printed, printed
    assert "SECRET_TOKEN_77" not in printed
