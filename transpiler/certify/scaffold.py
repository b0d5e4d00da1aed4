"""`exkit new`: a js/<id>.js that passes `exkit check` and builds as is, and an empty fixture in the schema."""

from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass

from transpiler.emit.modules import templates
from transpiler.harness.fixtures import FIXTURES_FOLDER
from transpiler.names import reserved_exchange_id, suggested_exchange_id
from transpiler.registry import INVISIBLE, URL_PATTERN, RegistryError, load_registry
from transpiler.unified import UNIFIED_METHODS

EXCHANGE_ID = re.compile(r"[a-z][a-z0-9]*")
FIXTURE_MILLISECONDS = 1700000000000  # 2023-11-14T22:13:20Z: a fixed clock for signed requests


class ScaffoldError(Exception):
    """Bad arguments, or files that already exist: nothing was written."""


@dataclass(frozen=True)
class Scaffold:
    source: str
    fixture: str


def scaffold(root: str, exchange_id: str, name: str, docs: str) -> Scaffold:
    if not EXCHANGE_ID.fullmatch(exchange_id):
        raise ScaffoldError(f"'{exchange_id}' is not an exchange id: lowercase letters and digits, starting with a "
                            f"letter (it names the file, the class and the Python module)")
    if reserved_exchange_id(exchange_id) is not None:
        raise ScaffoldError(f"'{exchange_id}' cannot be an exchange id: {reserved_exchange_id(exchange_id)}; choose "
                            f"another, for example {suggested_exchange_id(exchange_id)}")
    try:
        registry = load_registry(root)
    except RegistryError as error:
        raise ScaffoldError(str(error)) from None
    refusal = registry.refusal(exchange_id) if registry is not None else None
    if refusal is not None:
        raise ScaffoldError(refusal)
    # The name and the URL go into a // comment and a '...' string of the source: U+2028 ends a JavaScript
    # comment line as \n does (what followed it was code), and a bidirectional override makes the line read
    # otherwise than it runs.
    if not URL_PATTERN.match(docs) or "'" in docs:
        raise ScaffoldError(f"{docs!r} is not an http(s) URL of the exchange's API documentation")
    if not name.strip() or any(character in name for character in "\\'") \
            or any(unicodedata.category(character) in INVISIBLE for character in name):
        raise ScaffoldError("the name must be non-empty, on one line, without quotes, backslashes, control or "
                            "invisible characters")
    source = os.path.join("js", f"{exchange_id}.js")
    fixture = os.path.join(FIXTURES_FOLDER, f"{exchange_id}.json")
    existing = [path for path in (source, fixture) if os.path.exists(os.path.join(root, path))]
    if existing:
        raise ScaffoldError(f"{' and '.join(existing)} already exist{'s' if len(existing) == 1 else ''}; "
                            f"nothing was written")
    text = templates().get_template("exchange.js.j2").render(id=exchange_id, name=name.strip(), docs=docs,
                                                              methods=list(UNIFIED_METHODS))
    fake = exchange_id.upper()
    skeleton = {"$schema": "../../../transpiler/harness/fixture.schema.json", "exchange": exchange_id,
                "milliseconds": FIXTURE_MILLISECONDS,
                "config": {"apiKey": f"FAKE-{fake}-API-KEY", "secret": f"FAKE-{fake}-SECRET"}, "methods": {}}
    _create(os.path.join(root, source), text)
    _create(os.path.join(root, fixture), json.dumps(skeleton, indent=2) + "\n")
    return Scaffold(source, fixture)


def _create(path: str, text: str) -> None:
    if os.path.islink(os.path.dirname(path)):  # js/ or the fixtures folder a link: it would write elsewhere
        raise ScaffoldError(f"{os.path.dirname(path)} is a symbolic link; nothing was written")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "x", encoding="utf-8") as handle:  # "x": never overwrite
        handle.write(text)
