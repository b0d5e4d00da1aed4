"""`make test`: pytest on a snapshot of the repository as it is when the run starts.

The suite takes minutes, and several of its tests span every exchange (every js/<id>.js has a fixture, the build
is in sync, every fixture case in every runtime): a file dropped into the working tree during the run would
otherwise be seen by some tests and not by others. The snapshot holds the files git tracks or would track
(committed or not, as tests.repository copies them) and the build cache; the virtual environment is used as it
is. Arguments go to pytest: `.venv/bin/python tests/snapshot.py -k kraken`.

Run pytest directly (`.venv/bin/python -m pytest ...`) for what must write into the tree itself, such as
`--update-goldens`."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main(arguments: list[str]) -> int:
    sys.path.insert(0, ROOT)
    from tests.repository import copy_repository

    with tempfile.TemporaryDirectory(prefix="exkit-suite-") as folder:
        snapshot = os.path.join(folder, "repo")
        started = time.perf_counter()
        copy_repository(snapshot)
        print(f"snapshot of {ROOT} in {snapshot} ({time.perf_counter() - started:.1f}s); files added to the tree "
              "from now on are not tested", flush=True)
        return subprocess.call([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *arguments], cwd=snapshot)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
