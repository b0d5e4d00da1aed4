"""A stream fixture may not set a proxy (red-team round 22).

The REST fixture cases run without a network (a namespace of their own); the stream runners keep the network, since
they reach the local stream server on 127.0.0.1, and point every stream URL at it. A config's proxy would still have
taken their connections (and the frames the exchange sends, signed with the fixture's keys) to a host the fixture
names, from CI's machine: the fixture is refused as unreadable instead (CERT-F006)."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from tests.base_runners import ROOT
from transpiler.harness.streams import load_stream_fixture

PROXY = "http://proxy.attacker.example:3128"


@pytest.mark.parametrize("where", ["rest", "case"])
def test_a_stream_fixture_with_a_proxy_is_refused(tmp_path, where):
    for folder in ("exchanges", "streams"):
        os.makedirs(tmp_path / "tests" / "fixtures" / folder)
        shutil.copy(os.path.join(ROOT, "tests", "fixtures", folder, "binance.json"),
                    tmp_path / "tests" / "fixtures" / folder / "binance.json")
    load_stream_fixture(str(tmp_path), "binance")  # (as committed: read)
    folder = "exchanges" if where == "rest" else "streams"
    path = tmp_path / "tests" / "fixtures" / folder / "binance.json"
    fixture = json.loads(path.read_text())
    if where == "rest":
        fixture.setdefault("config", {})["proxy"] = PROXY
    else:
        fixture["cases"][0].setdefault("config", {})["proxy"] = PROXY
    path.write_text(json.dumps(fixture))
    with pytest.raises(ValueError, match="may not set a proxy"):
        load_stream_fixture(str(tmp_path), "binance")
