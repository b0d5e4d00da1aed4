"""The registry of the seed exchanges, exchanges.json: each one implemented, planned or retired.

It is the one place that says which exchanges the library covers. The build exports the implemented ones from the
package indexes and writes the README's coverage table from it; `exkit exchanges` lists it. An entry whose module
has another id than the seed id names it in `implementation` (the seed id `okex` is implemented as `okx`). A
retired entry says why (`reason`), since when (`date`) and who says so (`evidence`: the public sources, each with
what it says); a planned entry that the seed list believed closed but that no source confirmed keeps a `note` on
what was checked.
"""

from __future__ import annotations

import datetime
import enum
import os
import re
import unicodedata
from dataclasses import dataclass, field

from transpiler import strict_json

REGISTRY_FILE = "exchanges.json"
# The registry of the 124 seed exchanges holds 62 KB; it is read whole by every check, build and certify.
MAX_REGISTRY_BYTES = 1 << 20
ID_PATTERN = re.compile(r"^[a-z_][a-z0-9_]*\Z")  # \Z, not $: $ also matches before a final newline
BATCHES = frozenset({"E1", "E2", "D"})


class Status(str, enum.Enum):
    IMPLEMENTED = "implemented"
    PLANNED = "planned"
    RETIRED = "retired"


class RegistryError(ValueError):
    """exchanges.json is unreadable or breaks one of its rules; the message names the entry and the field."""


@dataclass(frozen=True)
class Evidence:
    url: str
    says: str  # what the source says, in our words


@dataclass(frozen=True)
class Entry:
    id: str  # the seed id
    name: str
    status: Status
    api: str  # the API an implementation targets (or targeted)
    docs: str  # where that API is documented
    implementation: str | None = None  # the id of js/<id>.js when it is not the seed id
    batch: str | None = None
    reason: str | None = None  # retired: why, in one line
    date: str | None = None  # retired: when (YYYY-MM-DD, YYYY-MM or YYYY), as precisely as the evidence gives it
    note: str | None = None  # what was checked, when the status differs from the seed list's belief
    evidence: tuple[Evidence, ...] = ()
    # implemented: where its requests and streams may go, the origins of urls['api'], ['test'] and ['ws'] as the
    # runtimes allow them (certify's CERT-R001 holds the source to them, so that a new host is a registry change)
    origins: tuple[str, ...] = ()

    @property
    def module(self) -> str:
        """The id of the exchange's js/<id>.js and of what the packages export."""
        return self.implementation or self.id


@dataclass(frozen=True)
class Registry:
    entries: tuple[Entry, ...] = field(default_factory=tuple)

    def with_status(self, *statuses: Status) -> list[Entry]:
        return [entry for entry in self.entries if entry.status in statuses]

    def implemented_modules(self) -> list[str]:
        return sorted(entry.module for entry in self.with_status(Status.IMPLEMENTED))

    def find(self, exchange_id: str) -> Entry | None:
        """The entry whose seed id or implementation id is exchange_id."""
        return next((entry for entry in self.entries if exchange_id in (entry.id, entry.module)), None)

    def refusal(self, module: str) -> str | None:
        """Why js/<module>.js cannot be an exchange of the packages, or None: its seed is retired, or the seed is
        implemented under another id."""
        entry = self.find(module)
        if entry is None:
            return None
        if entry.status is Status.RETIRED:
            return f"{entry.name} ({entry.id}) is retired ({entry.reason}, {entry.date}); {REGISTRY_FILE} names the sources"
        if entry.module != module:
            return f"the module of the seed exchange {entry.id} is {entry.module} ({REGISTRY_FILE}): name its file " \
                   f"js/{entry.module}.js"
        return None

    def counts(self) -> dict[Status, int]:
        return {status: len(self.with_status(status)) for status in Status}


def registry_path(root: str) -> str:
    return os.path.join(root, REGISTRY_FILE)


def load_registry(root: str) -> Registry | None:
    """The registry at the root of the project, or None in a copy of the toolchain without one (RegistryError when
    it is there but invalid)."""
    path = registry_path(root)
    if os.path.islink(path):  # (git stores links: one could make the toolchain read any file of the machine)
        raise RegistryError(f"{REGISTRY_FILE} is a symbolic link: commit the registry itself")
    if not os.path.isfile(path):
        return None
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_REGISTRY_BYTES + 1)
        if len(data) > MAX_REGISTRY_BYTES:
            raise ValueError(f"larger than {MAX_REGISTRY_BYTES:,} bytes")
        document = strict_json.loads(data.decode("utf-8"))  # a repeated key ("origins" twice) is refused
    except RecursionError:
        raise RegistryError(f"{REGISTRY_FILE} cannot be read: nested too deeply") from None
    except (OSError, ValueError) as error:
        raise RegistryError(f"{REGISTRY_FILE} cannot be read: {error}") from None
    if not isinstance(document, dict) or not isinstance(document.get("exchanges"), list):
        raise RegistryError(f'{REGISTRY_FILE} must be an object with an "exchanges" list')
    return parse_entries(document["exchanges"])


def parse_entries(items: list) -> Registry:
    entries = tuple(_entry(index, item) for index, item in enumerate(items))
    seen: dict[str, str] = {}
    for entry in entries:
        for name in dict.fromkeys((entry.id, entry.module)):
            if name in seen:
                raise RegistryError(f"{entry.id}: the id {name!r} is already used by {seen[name]}")
            seen[name] = entry.id
    return Registry(entries)


_KNOWN_FIELDS = frozenset({"id", "name", "status", "api", "docs", "implementation", "batch", "reason", "date", "note",
                           "evidence", "origins"})
# A scheme and an authority that is a host name or address and a port: no user info ('https://api.example.com@evil.test'
# is evil.test) and no backslash, which would let a listed origin read as another host than the one it reaches.
# The host as every HTTP client reads it, as the runtimes hold it (js/base/NativeExchange.js's AUTHORITY): a name in
# lower case of labels of 1 to 63 characters, none xn--, the last starting with no digit, no trailing dot, at most 253
# characters, not localhost nor under it, or a decimal IPv4 address; a port of 1 to 65535 (red-team rounds 47, 48).
_LABEL = r"(?!xn--)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?"
_NAME = r"(?=[a-z0-9_.-]{1,253}(?![a-z0-9_.-]))(?!(?:[a-z0-9_-]+\.)*localhost(?![a-z0-9_.-]))(?:" + _LABEL + r"\.)*" \
        r"(?!xn--)[a-z_](?:[a-z0-9_-]{0,61}[a-z0-9_])?"
_AUTHORITY = r"(?:" + _NAME + r"|(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}" \
             r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]))" \
             r"(?::(?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?\Z"
ORIGIN_PATTERN = re.compile(r"^(?:https?|wss?)://" + _AUTHORITY)
# What the registry lists: encrypted origins only, since requests carry the user's keys and signatures.
LISTED_ORIGIN = re.compile(r"^(?:https|wss)://" + _AUTHORITY)


def _entry(index: int, item: object) -> Entry:
    if not isinstance(item, dict):
        raise RegistryError(f"entry {index}: must be an object")
    label = str(item.get("id", f"entry {index}"))
    unknown = sorted(set(item) - _KNOWN_FIELDS)
    if unknown:
        raise RegistryError(f"{label}: unknown field(s) {', '.join(unknown)}")
    text = _text_reader(label, item)
    exchange_id = text("id")
    if not ID_PATTERN.match(exchange_id):
        raise RegistryError(f"{label}: the id must be lowercase letters, digits and underscores")
    try:
        status = Status(item.get("status"))
    except ValueError:
        raise RegistryError(f"{label}: status must be one of {', '.join(s.value for s in Status)}") from None
    implementation = text("implementation", required=False)
    if implementation is not None and (not ID_PATTERN.match(implementation) or implementation == exchange_id):
        raise RegistryError(f"{label}: implementation must be another valid id (leave it out when it is the seed id)")
    batch = text("batch", required=False)
    if batch is not None and batch not in BATCHES:
        raise RegistryError(f"{label}: batch must be one of {', '.join(sorted(BATCHES))}")
    entry = Entry(id=exchange_id, name=text("name"), status=status, api=text("api"), docs=_url(label, text("docs")),
                  implementation=implementation, batch=batch, reason=text("reason", required=False),
                  date=text("date", required=False), note=text("note", required=False),
                  evidence=_evidence(label, item.get("evidence", [])), origins=_origins(label, item.get("origins", [])))
    _check_retirement(entry)
    return entry


def _text_reader(label: str, item: dict):
    def text(name: str, required: bool = True) -> str | None:
        value = item.get(name)
        if value is None and not required:
            return None
        if not isinstance(value, str) or not value.strip():
            raise RegistryError(f"{label}: {name} must be a non-empty string")
        _one_line(label, name, value)
        return value
    return text


# Control characters, line and paragraph separators, and the invisible format characters (bidirectional overrides,
# zero-width spaces): the registry's text goes into the README's table and `exkit exchanges`, where one would end
# the row or make the text read otherwise than it is.
INVISIBLE = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"})
# An http(s) URL of printable ASCII without the characters that end a Markdown link or start markup: the README
# writes the evidence's as [source](URL).
URL_PATTERN = re.compile(r"^https?://[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+\Z")


def _one_line(label: str, name: str, value: str) -> None:
    for character in value:
        if unicodedata.category(character) in INVISIBLE:
            raise RegistryError(f"{label}: {name} holds the invisible or control character U+{ord(character):04X}: "
                                f"the registry's text is one line of visible characters")


def _url(label: str, value: str) -> str:
    if not URL_PATTERN.match(value):
        raise RegistryError(f"{label}: {value!r} is not an http(s) URL (printable ASCII; spaces, quotes, brackets, "
                            f"parentheses and angle brackets percent-encoded)")
    return value


def _origins(label: str, items: object) -> tuple[str, ...]:
    if not isinstance(items, list) or not all(isinstance(item, str) and LISTED_ORIGIN.match(item) for item in items):
        raise RegistryError(f"{label}: origins must be a list of origins such as 'https://api.example.com' or "
                            "'wss://ws.example.com' (https or wss, a host and an optional port: no path, no user info)")
    return tuple(items)


def _evidence(label: str, items: object) -> tuple[Evidence, ...]:
    if not isinstance(items, list):
        raise RegistryError(f"{label}: evidence must be a list")
    found = []
    for item in items:
        if not isinstance(item, dict) or set(item) != {"url", "says"} or not all(
                isinstance(value, str) and value.strip() for value in item.values()):
            raise RegistryError(f"{label}: each evidence item is {{\"url\": ..., \"says\": ...}}, both non-empty")
        found.append(Evidence(_url(label, item["url"]), item["says"]))
    return tuple(found)


def _check_retirement(entry: Entry) -> None:
    """A retired entry has its reason, date and at least one source; no other entry has a reason or a date."""
    if entry.status is Status.RETIRED:
        if entry.reason is None or entry.date is None or not entry.evidence:
            raise RegistryError(f"{entry.id}: a retired exchange needs reason, date and evidence (the public source "
                                f"that says it closed or withdrew its API)")
        if not _is_date(entry.date):
            raise RegistryError(f"{entry.id}: date must be YYYY-MM-DD, or YYYY-MM or YYYY when the source is no more "
                                f"precise")
    elif entry.reason is not None or entry.date is not None:
        raise RegistryError(f"{entry.id}: only a retired exchange has a reason and a date")


def _is_date(text: str) -> bool:
    """YYYY-MM-DD, YYYY-MM or YYYY."""
    padding = {4: "-01-01", 7: "-01", 10: ""}
    if len(text) not in padding:
        return False
    try:
        datetime.date.fromisoformat(text + padding[len(text)])
    except ValueError:
        return False
    return True
