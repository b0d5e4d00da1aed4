"""How the harness runs exchange code (exkit certify, the fixture tests): defence in depth behind the checker.

A runner gets none of the machine's environment but what it needs to start (no tokens, no cloud or CI
credentials), a HOME of its own that is thrown away afterwards, and, where the platform allows it, no network at
all: a new network namespace whose only interface, the loopback, is down. The fixture cases replace HTTP, so they
need none. Where prlimit is, a runner's memory and what it prints are bounded too, so that a file whose code doubles
a string forty times fails its own run instead of taking CI's machine (or a contributor's) with it.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess

KEPT_VARIABLES = ("PATH", "LANG", "LC_ALL", "LC_CTYPE", "TZ")
# A fixture case needs a few hundred MiB at most (Node maps about 1 GiB of address space as it starts), and prints
# its results, a few MiB at most; the runners print into files, which is where a file size limit holds.
MEMORY_LIMIT = 4 << 30
OUTPUT_LIMIT = 64 << 20


def environment(own: dict[str, str], home: str) -> dict[str, str]:
    """The runner's whole environment: the kept variables of this process, `own`, and the throwaway HOME."""
    kept = {name: os.environ[name] for name in KEPT_VARIABLES if name in os.environ}
    return {**kept, **own, "HOME": home, "TMPDIR": home}


@functools.cache
def network_isolation() -> list[str]:
    """The command prefix that starts a process without network, or [] where this machine cannot do it."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return []
    prefix = [unshare, "--net"] if os.geteuid() == 0 else [unshare, "--net", "--map-root-user"]
    try:
        probe = subprocess.run([*prefix, "true"], capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return []
    return [*prefix, "--"] if probe.returncode == 0 else []


@functools.cache
def resource_limits() -> list[str]:
    """The command prefix that bounds a process's address space (MEMORY_LIMIT) and the size of the files it writes
    (OUTPUT_LIMIT: past it the process gets SIGXFSZ), or [] where this machine has no prlimit."""
    prlimit = shutil.which("prlimit")
    if prlimit is None:
        return []
    prefix = [prlimit, f"--as={MEMORY_LIMIT}", f"--fsize={OUTPUT_LIMIT}"]
    try:
        probe = subprocess.run([*prefix, "true"], capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return []
    return [*prefix, "--"] if probe.returncode == 0 else []
