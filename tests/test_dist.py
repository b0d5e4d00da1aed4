"""`exkit dist` end to end (slow: it builds and installs all three packages): the artefacts, what the wheel holds,
and the smoke tests of the installed packages in every runtime. Offline: Python dependencies come from the test
environment, npm and Composer install from the built files alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.base_runners import ROOT
from transpiler.dist.artifacts import DistError, refuse_forbidden
from transpiler.release import read_version

pytestmark = pytest.mark.slow
EXKIT = [sys.executable, "-c", "from transpiler.cli import main; main()"]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dist")
    completed = subprocess.run(EXKIT + ["dist", "--offline", "--json", "--out", str(folder)], capture_output=True,
                               text=True, timeout=900, cwd=ROOT)
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    return json.loads(completed.stdout) | {"folder": str(folder)}


def test_four_artefacts_are_built(report):
    version = read_version(ROOT)
    assert sorted(report["sizes"]) == sorted([f"exchangekit-{version}-py3-none-any.whl", f"exchangekit-{version}.tar.gz",
                                              f"exchangekit-{version}.tgz", f"exchangekit-php-{version}.zip"])
    assert sorted(report["sizes"]) == sorted(os.listdir(report["folder"])), "nothing else lands in dist/"
    assert all(size > 10_000 for size in report["sizes"].values())


def test_the_wheel_holds_the_package_and_nothing_else(report):
    files = report["wheel_files"]
    modules = [name for name in files if not name.startswith(f"exchangekit-{report['version']}.dist-info/")]
    expected = {"exchangekit/__init__.py", "exchangekit/py.typed", "exchangekit/base/types.py",
                "exchangekit/async_support/__init__.py"}
    expected |= {f"exchangekit/{exchange}.py" for exchange in report["exchanges"]}
    expected |= {f"exchangekit/async_support/{exchange}.py" for exchange in report["exchanges"]}
    assert expected <= set(modules)
    assert all(name.startswith("exchangekit/") and name.endswith((".py", "py.typed")) for name in modules), modules
    assert f"exchangekit-{report['version']}.dist-info/licenses/LICENSE" in files


def test_an_installation_from_the_sdist_compiles_the_speedups(report, tmp_path):
    # the wheel is the pure one for every platform; the sdist has the C source, which pip compiles (a C compiler is
    # on this machine: where none is, the optional extension is left out and the package runs as pure Python)
    sdist = os.path.join(report["folder"], f"exchangekit-{report['version']}.tar.gz")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation", "--target",
                    str(tmp_path), sdist], check=True, capture_output=True, timeout=600)
    probe = "from exchangekit.base.speedups import SPEEDUPS; print(SPEEDUPS.__file__)"
    installed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True,
                               cwd=str(tmp_path), env={**os.environ, "PYTHONPATH": str(tmp_path)}).stdout
    assert installed.startswith(str(tmp_path)) and installed.strip().endswith(".so")


def test_the_npm_package_holds_the_library_only(report):
    files = set(report["npm_files"])
    assert {"index.js", "package.json", "LICENSE", "README.md", "base/Exchange.js"} <= files
    assert all(not name.startswith("tests") and "node_modules" not in name.split("/") for name in files)


@pytest.mark.parametrize("language, runtimes", [("python", ["python", "python-async"]), ("php", ["php"]),
                                                ("js", ["js"])])
def test_the_installed_package_passes_its_smoke_test(report, language, runtimes):
    result = next(result for result in report["smoke"] if result["language"] == language)
    assert result["ok"] and sorted(result["runtimes"]) == runtimes, result
    assert result["version"] == report["version"] and result["exchanges"] == report["exchanges"]
    assert not result["location"].startswith(ROOT + os.sep), "loaded from the install, not the source tree"
    assert report["problems"] == []


def test_forbidden_files_stop_the_packaging():
    with pytest.raises(DistError, match="exchangekit/__pycache__/kraken.cpython-311.pyc"):
        refuse_forbidden("the wheel", ["exchangekit/kraken.py", "exchangekit/__pycache__/kraken.cpython-311.pyc"])
