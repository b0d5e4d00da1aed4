"""The README's quick start is what CI runs, and build.py (the main job) behaves as documented."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "tests", "corpus")


def read(*parts: str) -> str:
    with open(os.path.join(ROOT, *parts), encoding="utf-8") as handle:
        return handle.read()


def quick_start_commands() -> list[str]:
    section = read("README.md").split("## Quick start", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
    return [line.split("#")[0].strip() for line in block.splitlines() if line.split("#")[0].strip()]


def ci_commands() -> list[str]:
    lines = read(".ci", "run").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith(("#", "set ", "cd "))]


def test_readme_quick_start_has_exactly_two_commands():
    assert quick_start_commands() == ["make build", "make test"]


def test_ci_runs_the_readme_test_command():
    assert ci_commands() == [quick_start_commands()[1]]


def test_makefile_targets_prepare_the_environment_themselves():
    makefile = read("Makefile")
    for target in ("build", "test"):
        assert re.search(rf"^{target}: \$\(STAMP\)$", makefile, re.M), target
    assert "pip install" in makefile and "-m venv" in makefile


def _build(root: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, os.path.join(root, "build.py"), *args], capture_output=True,
                          text=True, timeout=300, cwd=root)


def _project_copy(tmp_path, *sources: str) -> str:
    root = tmp_path / "project"
    shutil.copytree(os.path.join(ROOT, "transpiler"), root / "transpiler")
    shutil.copy(os.path.join(ROOT, "build.py"), root / "build.py")
    (root / "js").mkdir()
    for name in sources:
        shutil.copy(os.path.join(CORPUS, name), root / "js" / name)
    return str(root)


def test_build_checks_js_and_reports_per_file(tmp_path):
    root = _project_copy(tmp_path, "acme.js")
    completed = _build(root)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "[1/1] js/acme.js: ok" in completed.stdout


def test_build_and_check_fail_on_a_non_conforming_source(tmp_path):
    root = _project_copy(tmp_path, "acme.js", "broken.js")
    for args in ((), ("--check",)):
        completed = _build(root, *args)
        assert completed.returncode == 1
        assert "js/broken.js: 17 error(s)" in completed.stdout
        assert "js/broken.js:10:9: error SUB-D001" in completed.stdout


def test_build_on_this_repository_passes():
    assert _build(ROOT, "--check").returncode == 0
