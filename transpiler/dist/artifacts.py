"""Builds the Python sdist and wheel, the npm tarball and the Composer archive, and validates each with its
ecosystem's own checker (twine check, npm pack's file list, composer validate)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field

# Nothing of these may ship: tests, caches, build leftovers, the atomic writer's temporary files.
FORBIDDEN_PARTS = ("__pycache__", ".pyc", "tests/", ".egg-info/", ".exkit-", ".pytest_cache", "/build/")


class DistError(Exception):
    """A packaging step failed: the message says which step and what its tool printed."""


@dataclass
class Artifacts:
    folder: str
    wheel: str = ""
    sdist: str = ""
    npm: str = ""
    composer: str = ""
    wheel_files: list[str] = field(default_factory=list)
    npm_files: list[str] = field(default_factory=list)

    def sizes(self) -> dict[str, int]:
        return {os.path.basename(path): os.path.getsize(path)
                for path in (self.wheel, self.sdist, self.npm, self.composer) if path}


def run_tool(step: str, command: list[str], cwd: str, environment: dict[str, str] | None = None,
             timeout: int = 600) -> str:
    """Runs one packaging tool; returns its standard output, or raises DistError with what it printed."""
    try:
        completed = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout,
                                   env=environment, stdin=subprocess.DEVNULL)
    except FileNotFoundError:
        raise DistError(f"{step}: {command[0]} is not installed (`make build` installs what the project needs)") from None
    except subprocess.TimeoutExpired:
        raise DistError(f"{step}: {' '.join(command)} did not finish in {timeout} s") from None
    if completed.returncode != 0:
        printed = (completed.stdout + completed.stderr).strip()[-4000:]
        raise DistError(f"{step}: `{' '.join(command)}` failed (exit {completed.returncode}):\n{printed}")
    return completed.stdout


def build_python(root: str, folder: str) -> tuple[str, str, list[str]]:
    """sdist, then the wheel built from that sdist (python -m build's default), from a copy of python/ so that the
    build leaves nothing behind in the tree. No isolated build environment: the backend is the toolchain's. The
    wheel is the pure-Python one, for every platform (EXCHANGEKIT_PURE_PYTHON leaves the C speedups out); the sdist
    has their source, which an installation from it compiles where it can."""
    with tempfile.TemporaryDirectory(prefix="exkit-python-") as staging:
        source = os.path.join(staging, "python")
        shutil.copytree(os.path.join(root, "python"), source,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.so", "*.egg-info", "build", "dist"))
        # -P: the current folder must not shadow the `build` package (the repository has a build.py)
        run_tool("python -m build", [sys.executable, "-P", "-m", "build", "--no-isolation", "--outdir", folder, source],
                 cwd=staging, environment={**os.environ, "EXCHANGEKIT_PURE_PYTHON": "1"})
    wheel = _one(folder, ".whl")
    sdist = _one(folder, ".tar.gz")
    run_tool("twine check", [sys.executable, "-P", "-m", "twine", "check", "--strict", wheel, sdist], cwd=folder)
    with zipfile.ZipFile(wheel) as archive:
        files = sorted(archive.namelist())
    refuse_forbidden("the wheel", files)
    return wheel, sdist, files


def build_npm(root: str, folder: str, scratch: str) -> tuple[str, list[str]]:
    output = run_tool("npm pack", ["npm", "pack", "--json", "--pack-destination", folder],
                      cwd=os.path.join(root, "js"), environment=npm_environment(scratch))
    packed = json.loads(output)[0]
    files = sorted(entry["path"] for entry in packed["files"])
    refuse_forbidden("the npm package", files)
    return os.path.join(folder, packed["filename"]), files


def build_composer(root: str, folder: str, scratch: str, version: str) -> str:
    php = os.path.join(root, "php")
    environment = composer_environment(scratch)
    run_tool("composer validate", ["composer", "validate", "--strict", "--no-interaction"], cwd=php,
             environment=environment)
    name = f"exchangekit-php-{version}"
    run_tool("composer archive", ["composer", "archive", "--no-interaction", "--format=zip", f"--dir={folder}",
                                  f"--file={name}"], cwd=php, environment=environment)
    archive = os.path.join(folder, f"{name}.zip")
    with zipfile.ZipFile(archive) as opened:
        refuse_forbidden("the Composer archive", opened.namelist())
    return archive


def composer_environment(scratch: str) -> dict[str, str]:
    """Composer with its own home in a scratch folder, and as root without prompting (CI runs as root)."""
    return {**os.environ, "COMPOSER_HOME": os.path.join(scratch, "composer-home"), "COMPOSER_ALLOW_SUPERUSER": "1",
            "COMPOSER_NO_INTERACTION": "1"}


def npm_environment(scratch: str) -> dict[str, str]:
    """npm without its network side trips (update notice, funding, audit), logging into a scratch folder."""
    return {**os.environ, "npm_config_update_notifier": "false", "npm_config_fund": "false",
            "npm_config_audit": "false", "npm_config_logs_dir": os.path.join(scratch, "npm-logs")}


def _one(folder: str, suffix: str) -> str:
    found = [name for name in os.listdir(folder) if name.endswith(suffix)]
    if len(found) != 1:
        raise DistError(f"expected one {suffix} file in {folder}, found {found or 'none'}")
    return os.path.join(folder, found[0])


def refuse_forbidden(what: str, files: list[str]) -> None:
    bad = [name for name in files if any(part in "/" + name for part in FORBIDDEN_PARTS)]
    if bad:
        raise DistError(f"{what} holds files that must not ship: {', '.join(bad[:10])}")
