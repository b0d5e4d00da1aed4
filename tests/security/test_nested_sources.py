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

import importlib.machinery
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_build import CASES, ROOT, add, build, project  # noqa: F401 (project: the fixture of a copied toolchain)
from transpiler.build import Plan, plan_build, runtime_files
from transpiler.dist.artifacts import DistError, build_npm, refuse_unknown
from transpiler.dist.composer_manifest import ComposerManifestError, check_composer_manifest
from transpiler.dist.npm_manifest import ABOVE_FILES, NpmManifestError, check_npm_manifest
from transpiler.dist.pipeline import make_dist
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


# Red-team round 58: a file of the packages' folders stands in for an exchange's generated module. Python imports a
# folder python/exchangekit/<id>/ (its __init__.py, or a compiled __init__.pyc alone, or a compiled module <id>.*.so)
# before the module <id>.py, and PHP's autoloaders (php/base/autoload.php, Composer's psr-4 map) look in php/base/
# before php/. `build.py --check` said "in sync", `certify --changed-since` "no exchange changed", certify CERTIFIED
# (the shadow ran) and the wheel shipped it.
# Round 60: python/<name>.py, which the Python runners imported in place of their own modules or the standard
# library's (they put python/ first on the module path), and js/base/node_modules/ws, which js/base/stream imported in
# place of the ws dependency, and npm shipped.
SHADOWS = ["python/exchangekit/loops/__init__.py", "python/exchangekit/loops/__init__.pyc",
           "python/exchangekit/async_support/loops/__init__.py", "python/exchangekit/loops.cpython-311-x86_64-linux-gnu.so",
           "python/exchangekit/base/js/__init__.py", "php/base/loops.php", "php/Loops.php", "python/tagged_json.py",
           "python/hashlib.py", "python/tests/conftest.py", "js/base/node_modules/ws/index.js", "js/base/ws.js",
           "js/lib/helper.mjs"]


def shadow(root, path):
    """The built project of `loops`, with the file `path` added (Python or PHP that says it is the shadow)."""
    built = build(root)
    assert built.returncode == 0, built.stdout + built.stderr
    file = root / path
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_bytes(b"<?php\nnamespace exchangekit;\nclass loops { } // shadow\n" if path.endswith(".php")
                     else b"SHADOW = True  # shadow\n")
    return file


@pytest.mark.parametrize("path", SHADOWS)
def test_check_names_a_file_of_the_packages_that_the_build_does_not_know(project, path):  # noqa: F811
    add(project, "loops")
    file = shadow(project, path)
    checked = build(project, "--check")
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert f"unknown: {path}" in checked.stdout and "does not make and the runtime does not hold" in checked.stderr
    built = build(project)  # the build writes what it makes, leaves the file, and fails on it
    assert built.returncode == 1 and f"unknown: {path}" in built.stdout
    assert file.exists()


def test_python_imports_the_folder_in_place_of_the_generated_module(project):  # noqa: F811
    # what the check guards against, as Python does it
    add(project, "loops")
    shadow(project, "python/exchangekit/loops/__init__.py")
    found = importlib.machinery.PathFinder.find_spec("loops", [str(project / "python" / "exchangekit")])
    assert found.origin == str(project / "python" / "exchangekit" / "loops" / "__init__.py")


def test_machine_made_files_and_the_runtime_are_known(project):  # noqa: F811
    add(project, "loops")
    assert build(project).returncode == 0
    for path in ("python/exchangekit/__pycache__/loops.cpython-311.pyc",
                 "python/exchangekit/base/__pycache__/js.cpython-311.pyc",
                 "python/exchangekit/base/_speedups.cpython-311-x86_64-linux-gnu.so", "python/exchangekit/py.typed",
                 "php/base/Js.php", "php/composer.json", "python/exchangekit.egg-info/PKG-INFO",
                 "js/node_modules/ws/index.js", "js/base/stream/crc32.js", "js/package.json", "python/setup.py"):
        (project / path).parent.mkdir(parents=True, exist_ok=True)
        if not (project / path).exists():  # (the copied tree's own, such as js/package.json, are read by the build)
            (project / path).write_text("")
    checked = build(project, "--check")
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_every_runtime_file_the_build_knows_is_in_the_tree():
    # a name left in the list after its file went would let a pull request add a file of that name unseen
    missing = sorted(path for path in runtime_files() if not os.path.isfile(os.path.join(ROOT, path)))
    assert missing == []


@pytest.mark.parametrize("path", ["python/exchangekit/bequant/__init__.py", "python/exchangekit/bequant/__init__.pyc",
                                  "python/exchangekit/async_support/bequant/__init__.py", "php/base/bequant.php",
                                  "php/Bequant.php", "python/exchangekit/exchanges.py", "php/bequant.py",
                                  "python/setup.py", "python/tagged_json.py", "js/lib/helper.mjs",
                                  "js/base/node_modules/ws/index.js"])
def test_any_other_file_of_the_packages_touches_every_exchange_for_ci(path):
    assert touched_exchanges([path], ["bequant", "kraken"]) == ["bequant", "kraken"]


@pytest.mark.parametrize("path", ["python/exchangekit/bequant.py", "python/exchangekit/async_support/bequant.py",
                                  "php/bequant.php"])
def test_a_generated_module_touches_its_exchange(path):
    assert touched_exchanges([path], ["bequant", "kraken"]) == ["bequant"]
    assert touched_exchanges(["python/README.md", "php/README.md", "js/README.md"], ["bequant", "kraken"]) == []
    assert touched_exchanges(["js/bequant.js"], ["bequant", "kraken"]) == ["bequant"]


def test_certify_fails_an_exchange_beside_a_file_the_build_does_not_know(project):  # noqa: F811
    add(project, "loops")
    shadow(project, "php/base/loops.php")
    report = Certification("loops", "js/loops.js", "tests/fixtures/exchanges/loops.json")
    why = _generated_ready(str(project), "loops", report, lambda: plan_build(str(project)), build=False)
    assert why is not None and "does not make" in why
    assert [(finding.rule, finding.path) for finding in report.findings] == [("CERT-B001", "php/base/loops.php")]
    assert "in place of a generated module" in report.findings[0].message


def test_dist_refuses_a_tree_with_a_file_the_build_does_not_know(project, tmp_path):  # noqa: F811
    add(project, "loops")
    shadow(project, "python/exchangekit/loops/__init__.py")
    with pytest.raises(DistError, match="unknown: python/exchangekit/loops/__init__.py"):
        make_dist(str(project), str(tmp_path / "dist"), offline=True, progress=lambda line: None)


def test_a_package_that_holds_a_file_the_build_does_not_know_is_refused():
    known = {"exchangekit/__init__.py", "exchangekit/kraken.py"}
    refuse_unknown("the wheel", ["exchangekit/__init__.py", "exchangekit/kraken.py", "exchangekit/",
                                 "exchangekit-1.0.dist-info/RECORD"], known, ("exchangekit-1.0.dist-info/",))
    with pytest.raises(DistError, match="exchangekit/kraken/__init__.py"):
        refuse_unknown("the wheel", ["exchangekit/kraken.py", "exchangekit/kraken/__init__.py"], known)


def test_the_python_runners_take_the_package_alone_of_the_folder_they_test(tmp_path):
    # The build names any other file of python/ (above); the runners do not import one either.
    folder = tmp_path / "python"
    folder.mkdir()
    (folder / "exchangekit").symlink_to(os.path.join(ROOT, "python", "exchangekit"))
    for name in ("tagged_json", "hashlib", "decimal", "exchange_python"):
        (folder / f"{name}.py").write_text("raise SystemExit('the shadow ran')\n")
    spec = {"id": "kraken", "cases": [{"config": {}, "milliseconds": 1700000000000, "responses": [],
                                       "method": "iso8601", "args": [0]}]}
    for runner, arguments in (("exchange_python.py", []), ("exchange_python.py", ["--async"]),
                              ("stream_python.py", [])):
        path = os.path.join(ROOT, "transpiler", "harness", "runners", runner)
        ran = subprocess.run([sys.executable, path, *arguments], input=json.dumps(
            {**spec, "cases": [] if runner == "stream_python.py" else spec["cases"]}), capture_output=True, text=True,
            env={**os.environ, "EXCHANGEKIT_PYTHON_PATH": str(folder)}, timeout=120)
        assert ran.returncode == 0 and "the shadow ran" not in ran.stderr, (runner, ran.stderr[-2000:])
        if runner == "exchange_python.py":
            outcomes = json.loads(ran.stdout.strip().splitlines()[-1])
            assert outcomes == [{"requests": [], "ok": "1970-01-01T00:00:00.000Z"}]


def test_the_npm_package_holds_no_file_the_build_does_not_know(project, tmp_path):  # noqa: F811
    add(project, "loops")
    shadow(project, "js/base/node_modules/ws/index.js")
    (tmp_path / "scratch").mkdir()
    with pytest.raises(DistError, match="the npm package holds files .*base/node_modules/ws/index.js"):
        build_npm(str(project), str(tmp_path), str(tmp_path / "scratch"))


def test_the_composer_manifest_of_the_tree_autoloads_the_library_alone():
    check_composer_manifest(ROOT)


@pytest.mark.parametrize("name", ["composer.json", "composer.lock", "auth.json"])
def test_a_composer_file_in_the_top_folder_is_refused(tmp_path, name):
    # (red-team round 73: Packagist and a vcs repository install from the top composer.json, whatever php/'s says)
    (tmp_path / "php").mkdir()
    (tmp_path / "php" / "composer.json").write_bytes((Path(ROOT) / "php" / "composer.json").read_bytes())
    check_composer_manifest(str(tmp_path))
    (tmp_path / name).write_text("{}")
    with pytest.raises(ComposerManifestError, match=f"top folder holds {name}"):
        check_composer_manifest(str(tmp_path))


@pytest.mark.parametrize("change", [
    # (red-team round 72: a file of autoload.files is included by every user's vendor/autoload.php, wherever it is)
    {"autoload": {"psr-4": {"exchangekit\\": ["base/", ""]},
                  "files": ["base/errors.php", "base/number.php", "../../../../proc/self/environ"]}},
    {"autoload": {"psr-4": {"exchangekit\\": ["base/", ""], "Other\\": "../../other/"}}},
    {"bin": ["base/errors.php"]}, {"include-path": ["../../"]}, {"scripts": {"post-install-cmd": "php steal.php"}},
    {"type": "composer-plugin"}, {"extra": {"class": "exchangekit\\Plugin"}}, {"replace": {"guzzlehttp/guzzle": "*"}},
    {"provide": {"psr/log-implementation": "1.0"}}, {"conflict": {"symfony/http-client": "*"}},
    {"require": {"php": ">=8.1", "monolog/monolog": "^3.0"}}, {"require": {"php": "dev-main as 8.1"}},
    {"archive": {"exclude": ["base/Exchange.php"]}}, {"name": "exchangekit/other"},
])
def test_a_composer_manifest_that_loads_runs_or_installs_more_is_refused(tmp_path, change):
    manifest = json.loads((Path(ROOT) / "php" / "composer.json").read_text(encoding="utf-8"))
    (tmp_path / "php").mkdir()
    (tmp_path / "php" / "composer.json").write_text(json.dumps({**manifest, **change}))
    with pytest.raises(ComposerManifestError, match="php/composer.json"):
        check_composer_manifest(str(tmp_path))


def test_the_npm_manifest_of_the_tree_runs_nothing_and_loads_the_library():
    check_npm_manifest(ROOT)


@pytest.mark.parametrize("change", [
    {"scripts": {"prepack": "echo changed >> base/errors.js"}}, {"scripts": {"postinstall": "node steal.js"}},
    {"bin": {"exchangekit": "./index.js"}}, {"gypfile": True}, {"main": "./base/Exchange.js"},
    {"exports": {".": "./index.js", "./kraken.js": "./base/kraken.js"}},
    # (round 62: a dependency that npm installs from elsewhere than the registry, or another package)
    {"dependencies": {"ws": "file:../notes/ws"}}, {"dependencies": {"ws": "npm:other-ws@8.23.0"}},
    {"dependencies": {"ws": "github:someone/ws"}}, {"dependencies": {"ws": "^8.23.0", "left-pad": "^1.3.0"}},
    {"optionalDependencies": {"ws": "^8.23.0"}}, {"overrides": {"ws": "file:../ws"}},
    {"browser": {"./index.js": "./base/errors.js"}},
    # (round 64: bins linked from a folder, and the registry the release publishes to)
    {"directories": {"bin": "./base"}}, {"publishConfig": {"registry": "http://registry.npmjs.org/"}},
    # (round 65: installs refused on whole platforms, a release that npm refuses to publish, another entry point)
    {"os": ["linux"]}, {"cpu": ["x64"]}, {"private": True}, {"module": "./base/errors.js"}, {"type": "commonjs"},
    {"name": "exchangekit-other"},
    # (round 66: yarn, and npm with engine-strict, refuse to install on other Node versions)
    {"engines": {"node": ">=99"}},
])
def test_an_npm_manifest_that_runs_code_or_moves_an_entry_point_is_refused(tmp_path, change):
    # (red-team round 61: a prepack changed the tarball's base/errors.js, which the tree CI tested did not hold, and a
    # postinstall would have run on every user's install)
    with open(os.path.join(ROOT, "js", "package.json"), encoding="utf-8") as handle:
        manifest = json.load(handle)
    (tmp_path / "js").mkdir()
    (tmp_path / "js" / "package.json").write_text(json.dumps({**manifest, **change}))
    with pytest.raises(NpmManifestError, match="js/package.json"):
        check_npm_manifest(str(tmp_path))


@pytest.mark.parametrize("change", ["resolved", "link", "other package", "root dependencies", "name", "no integrity",
                                    "bin", "legacy section", ".npmrc", "npm-shrinkwrap.json"])
def test_an_npm_lock_that_installs_other_than_the_registrys_ws_is_refused(tmp_path, change):
    # (round 63: npm fetches a lock entry by its name, verifies no empty integrity, links its bin, and reads a .npmrc's
    # registry and a shrinkwrap's packages)
    (tmp_path / "js").mkdir()
    for name in ("package.json", "package-lock.json"):
        (tmp_path / "js" / name).write_bytes((Path(ROOT) / "js" / name).read_bytes())
    check_npm_manifest(str(tmp_path))  # (the tree's own, as it is)
    lock = json.loads((tmp_path / "js" / "package-lock.json").read_text())
    packages = lock["packages"]
    if change == "resolved":
        packages["node_modules/ws"]["resolved"] = "https://example.test/ws-8.23.0.tgz"
    elif change == "link":
        packages["node_modules/ws"]["link"] = True
    elif change == "other package":
        packages["node_modules/left-pad"] = {"version": "1.3.0", "integrity": "sha512-x"}
    elif change == "root dependencies":
        packages[""]["dependencies"] = {"ws": "file:../ws"}
    elif change == "name":
        packages["node_modules/ws"]["name"] = "left-pad"
    elif change == "no integrity":
        packages["node_modules/ws"]["integrity"] = None
    elif change == "bin":
        packages["node_modules/ws"]["bin"] = {"node": "index.js"}
    elif change == "legacy section":
        lock["dependencies"] = {"ws": {"version": "8.23.0", "resolved": "https://example.test/ws.tgz"}}
    else:
        (tmp_path / "js" / change).write_text('registry=https://example.test/npm/\n' if change == ".npmrc" else "{}")
    (tmp_path / "js" / "package-lock.json").write_text(json.dumps(lock))
    with pytest.raises(NpmManifestError, match=r"js/package-lock.json|\.npmrc|npm-shrinkwrap"):
        check_npm_manifest(str(tmp_path))


@pytest.mark.parametrize("name", ABOVE_FILES)
def test_an_npm_file_above_js_is_refused(tmp_path, name):
    # (round 66: a top package.json naming js a workspace made npm ci in js/ install by the top lock, which linked ws to
    # a folder of the pull request's, and read the top .npmrc)
    (tmp_path / "js").mkdir()
    for manifest in ("package.json", "package-lock.json"):
        (tmp_path / "js" / manifest).write_bytes((Path(ROOT) / "js" / manifest).read_bytes())
    check_npm_manifest(str(tmp_path))
    if name == "node_modules":
        (tmp_path / name / "ws").mkdir(parents=True)
    else:
        (tmp_path / name).write_text('{"name": "notes", "private": true, "workspaces": ["js"]}')
    with pytest.raises(NpmManifestError, match=f"top folder holds {re.escape(name)}"):
        check_npm_manifest(str(tmp_path))
