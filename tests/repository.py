"""A working copy of this repository for tests that change it: the files git tracks or would track (committed
or not), the build cache so that the copy's builds are quick, the Python runtime's compiled speedups and the Node
library's installed dependencies."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess

from tests.base_runners import ROOT


# Left out when the repository is not a git checkout (a snapshot made by tests/snapshot.py): what .gitignore names.
NOT_COPIED = {".git", ".venv", ".pytest_cache", ".hypothesis", ".exkit-cache", "__pycache__", "node_modules"}
NOT_COPIED_AT_THE_TOP = {"build", "dist"}


def _files() -> list[str]:
    """The files git tracks or would track; in a copy without .git, every file but the ignored folders."""
    if os.path.isdir(os.path.join(ROOT, ".git")) or os.path.isfile(os.path.join(ROOT, ".git")):
        return subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                              capture_output=True, text=True, check=True).stdout.split("\0")
    found = []
    for folder, subfolders, names in os.walk(ROOT):
        subfolders[:] = [name for name in subfolders if name not in NOT_COPIED and not name.endswith(".egg-info")
                         and not (folder == ROOT and name in NOT_COPIED_AT_THE_TOP)]
        found += [os.path.relpath(os.path.join(folder, name), ROOT) for name in names if not name.endswith(".pyc")]
    return found


def copy_repository(destination) -> None:
    listed = _files()
    for name in filter(None, listed):
        if os.path.isfile(os.path.join(ROOT, name)):
            os.makedirs(os.path.join(destination, os.path.dirname(name)), exist_ok=True)
            shutil.copy2(os.path.join(ROOT, name), os.path.join(destination, name))
    if os.path.isdir(os.path.join(ROOT, ".exkit-cache")):
        shutil.copytree(os.path.join(ROOT, ".exkit-cache"), os.path.join(destination, ".exkit-cache"))
    # The Python runtime's C speedups as `make` compiled them (ignored by git, a build product): a copy runs them.
    for built in glob.glob(os.path.join(ROOT, "python", "exchangekit", "base", "_speedups*.so")):
        shutil.copy2(built, os.path.join(destination, os.path.relpath(built, ROOT)))
    # The Node library's dependencies (ws, for streaming), as `make` installed them: a copy streams too.
    if os.path.isdir(os.path.join(ROOT, "js", "node_modules")):
        shutil.copytree(os.path.join(ROOT, "js", "node_modules"), os.path.join(destination, "js", "node_modules"))
