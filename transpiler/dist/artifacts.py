"""Builds the Python sdist and wheel, the npm tarball and the Composer archive, and validates each with its
ecosystem's own checker (twine check, npm pack's file list, composer validate)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from dataclasses import dataclass, field

from transpiler.dist.composer_manifest import ComposerManifestError, check_composer_manifest
from transpiler.dist.npm_manifest import NpmManifestError, check_npm_manifest

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


def build_python(root: str, folder: str, shipped: set[str] | None = None) -> tuple[str, str, list[str]]:
    """sdist, then the wheel built from that sdist (python -m build's default), from a copy of python/ so that the
    build leaves nothing behind in the tree. No isolated build environment: the backend is the toolchain's. The
    wheel is the pure-Python one, for every platform (EXCHANGEKIT_PURE_PYTHON leaves the C speedups out); the sdist
    has their source, which an installation from it compiles where it can. shipped: the files of the packages'
    folders that may ship (paths from the root: the build's outputs and the runtime's files, by default those of the
    root's build plan); the package of each archive holds no other."""
    if shipped is None:
        shipped = shipped_files(root)
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
    package = {path.removeprefix("python/") for path in shipped if path.startswith("python/exchangekit/")}
    metadata = "-".join(os.path.basename(wheel).split("-")[:2]) + ".dist-info/"
    refuse_unknown("the wheel", files, package - {"exchangekit/base/_speedups.c"}, (metadata,))
    with tarfile.open(sdist) as archive:
        members = [member.name + "/" * member.isdir() for member in archive.getmembers()]
    top = os.path.basename(sdist).removesuffix(".tar.gz") + "/"
    refuse_unknown("the sdist", [name.removeprefix(top) for name in members if name.startswith(top + "exchangekit/")],
                   package)
    return wheel, sdist, files


def build_npm(root: str, folder: str, scratch: str, shipped: set[str] | None = None) -> tuple[str, list[str]]:
    """npm pack of js/: the package holds the build's and the runtime's files of js/ and the exchange sources, no
    other (red-team round 60: it shipped a js/base/node_modules/ws, which js/base/stream imports in place of the
    dependency)."""
    from transpiler.build import EXCHANGE_SOURCE

    if shipped is None:
        shipped = shipped_files(root)
    try:
        check_npm_manifest(root)
    except NpmManifestError as error:
        raise DistError(str(error)) from None
    output = run_tool("npm pack", ["npm", "pack", "--json", "--workspaces=false", "--ignore-scripts",
                                   "--pack-destination", folder],
                      cwd=os.path.join(root, "js"), environment=npm_environment(scratch))
    packed = json.loads(output)[0]
    files = sorted(entry["path"] for entry in packed["files"])
    refuse_forbidden("the npm package", files)
    sources = {name for name in files if EXCHANGE_SOURCE.match("js/" + name)}  # (js/index.js among them)
    refuse_unknown("the npm package", files,
                   {path.removeprefix("js/") for path in shipped if path.startswith("js/")} | sources)
    return os.path.join(folder, packed["filename"]), files


def build_composer(root: str, folder: str, scratch: str, version: str, shipped: set[str] | None = None) -> str:
    if shipped is None:
        shipped = shipped_files(root)
    try:
        check_composer_manifest(root)
    except ComposerManifestError as error:
        raise DistError(str(error)) from None
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
        refuse_unknown("the Composer archive", opened.namelist(),
                       {path.removeprefix("php/") for path in shipped if path.startswith("php/")})
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


def shipped_files(root: str) -> set[str]:
    """The files of the packages' folders that may ship: what the build makes, and the runtime's own files."""
    from transpiler.build import plan_build, runtime_files

    plan = plan_build(root)
    if not plan.ok:
        raise DistError(f"the build fails with {len(plan.failures)} finding(s): run `make build` and fix them first")
    return set(plan.outputs) | runtime_files()


def refuse_unknown(what: str, files: list[str], known: set[str], allowed: tuple[str, ...] = ()) -> None:
    """Fails when a file of a package is neither among `known` (the files the build makes and the runtime holds, as
    the package names them) nor under one of the `allowed` prefixes (the wheel's metadata): a folder exchangekit/<id>/
    or a base/<id>.php would stand in for the exchange's generated module (red-team round 58: the wheel shipped a
    python/exchangekit/<id>/__init__.py). `exkit dist` refuses such a tree before it packages anything
    (build.differences); this holds what each package holds to the same list."""
    unknown = [name for name in files
               if not name.endswith("/") and name not in known and not name.startswith(allowed)]
    if unknown:
        raise DistError(f"{what} holds files that the build does not make and the runtime does not hold: "
                        f"{', '.join(unknown[:10])}")


def refuse_forbidden(what: str, files: list[str]) -> None:
    bad = [name for name in files if any(part in "/" + name for part in FORBIDDEN_PARTS)]
    if bad:
        raise DistError(f"{what} holds files that must not ship: {', '.join(bad[:10])}")
