"""build.py, the main job: emit, verify, write atomically, cache, and --check for CI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "tests", "emit", "cases")
CORPUS = os.path.join(ROOT, "tests", "corpus")

CHILD = """import loops from './loops.js';

export default class child extends loops {
    async run () {
        return 'child';
    }
}
"""


@pytest.fixture
def project(tmp_path):
    """A copy of the toolchain with a js/ folder of our choosing."""
    root = tmp_path / "project"
    shutil.copytree(os.path.join(ROOT, "transpiler"), root / "transpiler")
    shutil.copytree(os.path.join(ROOT, "js", "base"), root / "js" / "base")
    for name in ("build.py", "VERSION", "LICENSE", os.path.join("js", "package.json")):
        shutil.copy(os.path.join(ROOT, name), root / name)
    return root


def build(root, *args):
    return subprocess.run([sys.executable, str(root / "build.py"), *args], capture_output=True, text=True,
                          timeout=600, cwd=root)


def add(root, name, text=None):
    source = text if text is not None else open(os.path.join(CASES, name + ".js"), encoding="utf-8").read()
    (root / "js" / f"{name}.js").write_text(source)


def test_build_writes_every_target_then_serves_from_cache(project):
    add(project, "loops")
    first = build(project)
    assert first.returncode == 0, first.stdout + first.stderr
    for path in ("python/exchangekit/loops.py", "python/exchangekit/async_support/loops.py", "php/loops.php",
                 "python/exchangekit/__init__.py", "php/base/errors.php", "js/base/errors.js"):
        assert (project / path).is_file(), path
    assert "[2/2] js/loops.js: compiled" in first.stdout
    second = build(project)
    assert "1 exchange(s) and the base class, 2 module(s) from cache; 0 file(s) written" in second.stdout
    assert build(project, "--check").returncode == 0


def test_check_reports_edited_and_stale_generated_files(project):
    add(project, "loops")
    assert build(project).returncode == 0
    (project / "php" / "loops.php").write_text("<?php // edited by hand\n")
    completed = build(project, "--check")
    assert completed.returncode == 1
    assert "differs: php/loops.php" in completed.stdout
    assert build(project).returncode == 0  # restores the generated file
    (project / "js" / "loops.js").unlink()
    assert build(project).returncode == 0
    assert not (project / "php" / "loops.php").exists()
    assert not (project / "python" / "exchangekit" / "loops.py").exists()


def test_a_non_conforming_source_fails_the_build_and_nothing_is_written(project):
    add(project, "loops")
    shutil.copy(os.path.join(CORPUS, "broken.js"), project / "js" / "broken.js")
    completed = build(project)
    assert completed.returncode == 1
    assert "js/broken.js:10:9: error SUB-D001" in completed.stdout
    assert "nothing was written" in completed.stderr
    assert not (project / "python").exists()


def test_derived_exchanges_come_after_their_parent(project):
    add(project, "loops")
    add(project, "child", CHILD)
    completed = build(project)
    assert completed.returncode == 0, completed.stdout
    emitted = (project / "python" / "exchangekit" / "child.py").read_text()
    assert "from exchangekit.loops import loops" in emitted
    async_emitted = (project / "python" / "exchangekit" / "async_support" / "child.py").read_text()
    assert "from exchangekit.async_support.loops import loops" in async_emitted
    index = (project / "python" / "exchangekit" / "__init__.py").read_text()
    assert index.index("import child") > 0 and 'exchanges = ["child", "loops"]' in index


def test_a_missing_parent_is_reported(project):
    add(project, "child", CHILD)
    completed = build(project)
    assert completed.returncode == 1
    assert "its parent js/loops.js is missing" in completed.stdout


def test_generated_package_imports_and_runs(project):
    add(project, "loops")
    assert build(project).returncode == 0
    shutil.copytree(os.path.join(ROOT, "python", "exchangekit", "base"), project / "python" / "exchangekit" / "base",
                    dirs_exist_ok=True, ignore=shutil.ignore_patterns("errors.py", "__pycache__"))
    shutil.copytree(os.path.join(ROOT, "python", "exchangekit", "async_support", "base"),
                    project / "python" / "exchangekit" / "async_support" / "base", dirs_exist_ok=True)
    script = "import exchangekit; print(exchangekit.exchanges, exchangekit.loops().run()[:3], exchangekit.BadRequest)"
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                               env=dict(os.environ, PYTHONPATH=str(project / "python")))
    assert completed.stdout.strip() == "['loops'] [0, 1, 2] <class 'exchangekit.base.errors.BadRequest'>", \
        completed.stderr


def test_the_build_applies_the_limits_from_the_environment_even_to_cached_modules(project):
    add(project, "loops")
    assert build(project).returncode == 0
    lowered = subprocess.run([sys.executable, str(project / "build.py")], capture_output=True, text=True,
                             timeout=600, cwd=project, env={**os.environ, "EXKIT_MAX_NESTING": "9"})
    assert lowered.returncode == 1 and "SUB-P003" in lowered.stdout and "deeper than the limit of 9" in lowered.stdout
    invalid = subprocess.run([sys.executable, str(project / "build.py")], capture_output=True, text=True,
                             timeout=600, cwd=project, env={**os.environ, "EXKIT_MAX_NESTING": "many"})
    assert invalid.returncode == 2 and "EXKIT_MAX_NESTING must be a positive integer" in invalid.stderr
    assert "2 module(s) from cache" in build(project).stdout
