"""How the harness runs exchange code (exkit certify, the fixture tests): defence in depth behind the checker.

A runner gets none of the machine's environment but what it needs to start (no tokens, no cloud or CI
credentials), a HOME of its own that is thrown away afterwards, and, where the platform allows it, no network at
all: a new network namespace whose only interface, the loopback, is down. The fixture cases replace HTTP, so they
need none.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess

KEPT_VARIABLES = ("PATH", "LANG", "LC_ALL", "LC_CTYPE", "TZ")


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
