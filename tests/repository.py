"""A working copy of this repository for tests that change it: the files git tracks or would track (committed
or not), and the build cache so that the copy's builds are quick."""

from __future__ import annotations

import os
import shutil
import subprocess

from tests.base_runners import ROOT


def copy_repository(destination) -> None:
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout.split("\0")
    for name in filter(None, listed):
        if os.path.isfile(os.path.join(ROOT, name)):
            os.makedirs(os.path.join(destination, os.path.dirname(name)), exist_ok=True)
            shutil.copy2(os.path.join(ROOT, name), os.path.join(destination, name))
    if os.path.isdir(os.path.join(ROOT, ".exkit-cache")):
        shutil.copytree(os.path.join(ROOT, ".exkit-cache"), os.path.join(destination, ".exkit-cache"))
