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
    run () {
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
    for name in ("build.py", "VERSION", "LICENSE", os.path.join("js", "package.json"),
                 os.path.join("js", "package-lock.json")):
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


def test_the_build_writes_a_source_name_as_printable_text(project):
    # git stores any name: one of a line break and an escape sequence began a line of GitHub's own commands in CI's
    # log, and hid what followed in a terminal, from the build's progress lines (red-team round 55).
    add(project, "a\x1b[2J\n::error title=forged::all good", "export default class x {}\n")
    completed = build(project, "--check")
    assert completed.returncode == 1
    assert "js/a\\x1b[2J\\n::error title=forged::all good.js" in completed.stdout
    assert all(line.isprintable() and not line.startswith("::") for line in completed.stdout.splitlines())


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


@pytest.mark.parametrize("ending", ["\r\n", "\r"])
def test_check_compares_the_bytes_of_generated_files(project, ending):
    """Text mode read CRLF and a lone CR as line feeds: a generated module whose line endings were changed passed as
    in sync (red-team round 58). The build writes the text as it is (newline=""), and restores it."""
    add(project, "loops")
    assert build(project).returncode == 0
    paths = ("php/loops.php", "python/exchangekit/loops.py")
    made = {path: (project / path).read_bytes() for path in paths}
    for path in paths:
        (project / path).write_bytes(made[path].replace(b"\n", ending.encode()))
    completed = build(project, "--check")
    assert completed.returncode == 1
    assert all(f"differs: {path}" in completed.stdout for path in paths), completed.stdout
    rebuilt = build(project)
    assert rebuilt.returncode == 0 and "2 file(s) written" in rebuilt.stdout, rebuilt.stdout
    assert {path: (project / path).read_bytes() for path in paths} == made


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


PARENT = """import Exchange from './base/Exchange.js';

export default class family extends Exchange {
    greeting () {
        return 'hello';
    }
}
"""

HEIR = """import family from './family.js';

export default class heir extends family {
    run () {
        return this.greeting ();
    }
}
"""

GRANDCHILD = """import heir from './heir.js';

export default class grandchild extends heir {
    later () {
        return this.greeting ();
    }
}
"""


def test_a_change_to_a_parent_checks_and_builds_its_derived_exchanges_again(project):
    # The checker resolves this.greeting () in heir and grandchild against family's methods (SUB-E019), so the
    # cache must not serve them once family.js changes, even though their own sources did not.
    add(project, "family", PARENT)
    add(project, "heir", HEIR)
    add(project, "grandchild", GRANDCHILD)
    assert build(project).returncode == 0
    assert "3 exchange(s) and the base class, 4 module(s) from cache" in build(project).stdout
    add(project, "family", PARENT.replace("greeting", "welcome"))
    renamed = build(project)
    assert renamed.returncode == 1, renamed.stdout
    assert "js/heir.js:5:" in renamed.stdout and "js/grandchild.js:5:" in renamed.stdout
    assert renamed.stdout.count("SUB-E019") == 2 and "nothing was written" in renamed.stderr
    add(project, "heir", HEIR.replace("greeting", "welcome"))
    add(project, "grandchild", GRANDCHILD.replace("greeting", "welcome"))
    rebuilt = build(project)
    assert rebuilt.returncode == 0, rebuilt.stdout
    assert "def welcome(self)" in (project / "python" / "exchangekit" / "family.py").read_text()
    assert "return self.welcome()" in (project / "python" / "exchangekit" / "heir.py").read_text()
    assert "$this->welcome()" in (project / "php" / "grandchild.php").read_text()
    # An edit of the parent that keeps its methods: the three are compiled again, then served from the cache.
    add(project, "family", PARENT.replace("greeting", "welcome").replace("'hello'", "'hi'"))
    edited = build(project)
    assert "from cache" in edited.stdout and "[3/3]" in edited.stdout and "js/heir.js: compiled" in edited.stdout
    assert 'return "hi"' in (project / "python" / "exchangekit" / "family.py").read_text()
    assert "3 exchange(s) and the base class, 4 module(s) from cache" in build(project).stdout
    assert build(project, "--check").returncode == 0


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
