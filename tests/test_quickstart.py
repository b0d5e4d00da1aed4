"""The README's quick start is what CI runs, and build.py (the main job) behaves as documented."""

from __future__ import annotations

import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


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
    """After refusing committed files that .gitignore lists and checked-out files that are not what git stores
    (tests/security/test_ci.py), and certifying the exchanges a change touches (tests/test_certify.py), CI runs the
    README's test command."""
    commands = ci_commands()
    assert commands[-1] == quick_start_commands()[1]
    assert [command.split()[:2] for command in commands[:-1]] == [[".ci/ignored-files"], [".ci/checked-out-files"],
                                                                  ["make", "ci-certify"]]


def test_makefile_targets_prepare_the_environment_themselves():
    makefile = read("Makefile")
    for target, extra in (("build", ""), ("test", r" \$\(CLANG_STAMP\)"), ("ci-certify", "")):
        # (and the C speedups of the Python runtime, compiled in place; the suite compiles them with clang too)
        assert re.search(rf"^{target}: \$\(STAMP\) \$\(PHP_STAMP\) \$\(NODE_STAMP\) \$\(SPEEDUPS\){extra}$", makefile,
                         re.M), target
    assert "pip install" in makefile and "-m venv" in makefile and "apt-get install" in makefile
    assert "npm ci" in makefile  # the Node library's dependencies, pinned by js/package-lock.json


def test_build_on_this_repository_is_in_sync():
    completed = subprocess.run([sys.executable, os.path.join(ROOT, "build.py"), "--check"], capture_output=True,
                               text=True, timeout=600, cwd=ROOT)
    assert completed.returncode == 0, completed.stdout + completed.stderr
