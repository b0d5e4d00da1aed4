"""The native layer under the portable Exchange class (generated from js/base/Exchange.js).

What the subset cannot express, hand-written once per language and checked against the same vectors
and HTTP scenarios as js/base/NativeExchange.js and php/base/NativeExchange.php: construction, the
implicit API, time, crypto, JSON, the rate limiter and HTTP (requests; the asyncio twin uses aiohttp); and,
from exchangekit.base.primitives, the hot primitives of the base class.
"""

from __future__ import annotations

import base64
import calendar
import datetime
import functools
import hashlib
import hmac as hmac_module
import re
import struct
import threading
import time
import urllib.parse
import uuid as uuid_module
import zlib
from itertools import chain, compress
from typing import Any, NamedTuple

from exchangekit.base import errors, js
from exchangekit.base.asymmetric import KEY_FORMATS, asymmetric_signature
from exchangekit.base.construction import (NATIVE_STATE_NAMES, check_describe, config_copy, method_spellings,
                                           request_settings_refusal, spelling)
from exchangekit.base.errors import (AuthenticationError, BadResponse, ExchangeError, ExchangeNotAvailable,
                                     InvalidSigningKey, NetworkError, RequestTimeout, StreamsNotSupported)
from exchangekit.base.keccak import keccak256
from exchangekit.base.method_names import MethodAlias, add_method_aliases, snake_case
from exchangekit.base.primitives import Primitives
from exchangekit.base.speedups import SPEEDUPS

# The scheme and authority of an http(s) URL, and of a ws(s) URL (urls['ws']). The authority is a host name or
# address and a port, nothing else: no user info ('https://api.kraken.com@evil.test' goes to evil.test) and no
# backslash (a slash to some URL parsers): a URL with another authority has no origin.
# a host name in lower case (labels of 1 to 63 characters, none xn--, the last starting with no digit, no trailing dot,
# at most 253 characters, not localhost nor under it) or a decimal IPv4 address, and a port of 1 to 65535: as every
# HTTP client reads it (see js/base/NativeExchange.js's AUTHORITY)
_LABEL = r"(?!xn--)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?"
_LAST_LABEL = r"(?!xn--)[a-z_](?:[a-z0-9_-]{0,61}[a-z0-9_])?"
_NAME = r"(?=[a-z0-9_.-]{1,253}(?![a-z0-9_.-]))(?!(?:[a-z0-9_-]+\.)*localhost(?![a-z0-9_.-]))(?:" + _LABEL + r"\.)*" \
        + _LAST_LABEL
_HOST = r"(?:" + _NAME + r"|(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}" \
        r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]))"
_PORT = r"(?::(?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?"
_AUTHORITY = _HOST + _PORT + r"(?=[/?#]|\Z)"
ORIGIN = re.compile(r"[hH][tT][tT][pP][sS]?://" + _AUTHORITY)
STREAM_ORIGIN = re.compile(r"[wW][sS][sS]?://" + _AUTHORITY)


def url_origins(value, pattern: re.Pattern = ORIGIN) -> list[str]:
    """Every origin of the URLs in a urls['api'] entry: a string, or a dictionary (or list) of them, nested."""
    if isinstance(value, str):
        origin = pattern.match(value)
        return [origin[0]] if origin else []
    values = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return [origin for item in values for origin in url_origins(item, pattern)]


# A stream's URL and message hashes are strings (see js/base/NativeExchange.js): a dict would refuse a list as a key (a
# native TypeError, which a catch clause saw in asyncio alone) and take True for the key 1 (red-team round 24).
STREAM_KEYS = "a stream's URL and message hashes are strings"


def check_stream_keys(url, *hashes) -> None:
    if type(url) is not str or any(item is not None and type(item) is not str for item in hashes):
        raise ExchangeError(STREAM_KEYS)


def at_origin(url: str, origins: list[str]) -> bool:
    return any(url == origin or (url.startswith(origin) and url[len(origin)] in "/?#") for origin in origins)


BYTES_ONLY = "hash, hmac and the helpers that read bytes take a string or bytes"
TEXT_ONLY = "encode, stringToBase64 and crc32 take a string"
URI_TEXT_ONLY = "encodeURIComponent takes a string, a number or a boolean"
# Decoded texts are checked, the same in every runtime (see js/base/NativeExchange.js): the text is not shown, as it
# may be a key.
NOT_BASE64 = ("not base64 text: A-Z, a-z, 0-9, + and / (or - and _), padded with = or not (the text is not shown: it "
              "may be a key)")
NOT_BASE16 = "not hexadecimal text: pairs of 0-9, a-f or A-F (the text is not shown: it may be a key)"
BASE64_DIGITS = re.compile(r"[A-Za-z0-9+/_-]*")
BASE16_DIGITS = re.compile(r"[0-9A-Fa-f]*")
URL_SAFE_DIGITS = str.maketrans("-_", "+/")
# The longest wait of sleep: Node's setTimeout's (a 32-bit signed count of milliseconds).
MAX_SLEEP = 2147483647

# What exchange code may put into a request line and its headers: the HTTP methods of the api trees, URLs and header
# values without control characters (a CR LF would start a header or a request of the code's own), header names that
# are tokens, and none of the headers that say where a request goes or where it ends (a Host header would reach
# another site on the exchange's front end, Content-Length and Transfer-Encoding another request), which the HTTP
# client sets itself.
HTTP_METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Beyond ASCII, each HTTP client writes a URL or a header value its own way: Node and requests percent-encode a URL and
# write a header in latin-1 (or refuse it), aiohttp and curl send UTF-8 (or refuse the URL): the bytes an exchange
# signed would not be the bytes sent, and not the same ones in every runtime. Such text is refused.
NOT_ASCII = re.compile(r"[^\x00-\x7f]")
# What an HTTP client writes its own way in a request target: urllib3 percent-encodes these characters and a % that
# starts no escape in capitals (urllib3 raises %2f to %2F), Node's URL parser some of them, curl none.
REWRITTEN = re.compile(r'["<>\[\]\\^`{|}]|%(?![0-9A-F]{2})')
HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+\Z")
# The characters of a request's URL and headers (see Node's MAX_REQUEST_HEAD: curl refused past 1 MiB; round 48)
MAX_REQUEST_HEAD = 524288
REQUEST_HEAD_TOO_LONG = ("has a URL and headers of more than 524288 characters, which one HTTP client (curl) refuses past "
                         "1 MiB where the others send them: send less")
CLIENT_HEADERS = frozenset({"host", "content-length", "transfer-encoding", "connection", "keep-alive", "upgrade", "te",
                            "trailer", "expect"})
# The methods whose request without a body carries Content-Length: 0 in every runtime (see js/base/NativeExchange.js).
EMPTY_BODY_FRAMED = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# A body is a text (see js/base/NativeExchange.js): requests and aiohttp form-encoded a dictionary, where Node refused
# it and curl wrote it as multipart/form-data (red-team round 24).
NOT_TEXT_BODY = ("has a body that is not a string (each HTTP client writes a dictionary, a list, a number or a boolean "
                 "its own way, or refuses it): write it as a text, with json () or urlencode ()")


# A response's headers read alike in every runtime (see js/base/NativeExchange.js): each byte one character (latin-1),
# a value without the spaces and tabs around it, a name given twice (in any case) one entry of the values joined by
# ', ' in the order sent under its first spelling, and no header named __proto__. A value with a control character
# other than a tab, or a name that is not a token, fails the request as a NetworkError, as Node's parser fails it.
RESPONSE_HEADER_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
NOT_HTTP_HEADERS = ("failed: a response header holds a control character or has a name that is not a token, or the head "
                    "is larger than every runtime reads (99 header lines of 8,000 characters, 65,536 in all, lines of "
                    "8,190 bytes, 131,072 bytes of heads in all)")
# A response's head as every runtime's HTTP client reads it (see Node's MAX_HEAD_LINES; red-team rounds 42 and 48), an
# interim one's too (round 50; response_head.HeadLines, which also bounds the bytes of the lines and of the heads)
MAX_HEAD_LINES = 99
MAX_HEAD_LINE = 8000
MAX_HEAD = 65536


def read_response_headers(pairs, reason: str) -> dict | None:
    """The headers of (name, value) pairs as received, one character a byte; None when one is no HTTP header, or the
    head (with its reason phrase) is larger than every runtime reads (see Node's MAX_HEAD_LINES)."""
    pairs = list(pairs)
    if len(pairs) > MAX_HEAD_LINES or len(reason) > MAX_HEAD_LINE:
        return None
    result: dict = {}
    spellings: dict = {}
    size = 0
    for name, value in pairs:
        value = value.strip(" \t")
        size += len(name) + len(value)
        if not HEADER_NAME.match(name) or RESPONSE_HEADER_CONTROL.search(value) \
                or len(name) + len(value) > MAX_HEAD_LINE or size > MAX_HEAD:
            return None
        lower = name.lower()
        if lower == "__proto__":
            continue
        first = spellings.setdefault(lower, name)
        result[first] = result[first] + ", " + value if first in result else value
    return result


def request_target(url: str) -> str:
    """The path and query of an http(s) URL as written (the fragment is never sent): what follows the authority."""
    rest = url.split("#")[0].split("//", 1)[-1]
    match = re.search(r"[/?]", rest)
    target = rest[match.start():] if match else ""
    return target if target.startswith("/") else "/" + target


ASCII_LETTERS = re.compile("[A-Za-z]+")
# A '?' with no query after it, which requests and aiohttp leave out of the request they send (the signature of a path
# with it then failed in Python alone), and a body of a HEAD request, which PHP's curl leaves out (red-team round 44):
# refused in every runtime.
EMPTY_QUERY = "has a ? with no query after it, which some HTTP clients leave out: leave it out, or write the query"
HEAD_BODY = "has a body, which some HTTP clients leave out of a HEAD request"


def refused_request(method, url: str, headers: dict, body=None) -> str | None:
    """Why the request cannot be sent as the code built it, or None."""
    # (ASCII letters only: "po\u017ft".upper () is POST, which node:http refused and Python sent; red-team round 44)
    if not isinstance(method, str) or not ASCII_LETTERS.fullmatch(method) or method.upper() not in HTTP_METHODS:
        return f"has a method that is not one of {', '.join(HTTP_METHODS)}"
    if body is not None and not isinstance(body, str):
        return NOT_TEXT_BODY
    if body is not None and method.upper() == "HEAD":
        return HEAD_BODY
    if CONTROL.search(url):
        return "has a control character in its URL"
    if NOT_ASCII.search(url) or " " in url:
        return "has a space or a character other than ASCII in its URL: percent-encode it (this.urlencode, " \
               "this.encodeURIComponent)"
    target = request_target(url)
    if target.endswith("?"):
        return EMPTY_QUERY
    if REWRITTEN.search(target):
        return "has a character in its path or query that an HTTP client would percent-encode " \
               "(\" < > [ ] \\ ^ ` { | }), or a % that starts no escape in capitals (%2F, not %2f): each client " \
               "sends it its own way; percent-encode it (this.urlencode, this.encodeURIComponent)"
    for name, value in headers.items():
        lower = name.lower() if isinstance(name, str) else ""
        if not (isinstance(name, str) and HEADER_NAME.match(name)):
            return f"has a header name that is not an HTTP token: {js.json_stringify(name)}"
        if name.isascii() and name.isdigit():
            return "has a header name of digits only, which Node writes before the other headers and Python and PHP " \
                   f"among them: {js.json_stringify(name)} (name it with a letter)"
        if lower in CLIENT_HEADERS or lower.startswith("proxy-"):
            return f"sets the {name} header, which only the HTTP client sets"
        if not isinstance(value, str):
            return f"has a value of the {name} header that is not a string (each HTTP client writes or drops others " \
                   "its own way): write this.numberToString (value), or leave the header out"
        if CONTROL.search(value.replace("\t", " ")):
            return f"has a control character in the value of the {name} header"
        if value != value.strip(" \t"):
            return f"has a value of the {name} header that starts or ends with a space or a tab (one HTTP client " \
                   "refuses it, the others send it, and a server reads it without): trim it"
        if NOT_ASCII.search(value):
            return f"has a character other than ASCII in the value of the {name} header: percent-encode or base64 it"
    if len(url) + sum(len(name) + len(value) for name, value in headers.items()) > MAX_REQUEST_HEAD:
        return REQUEST_HEAD_TOO_LONG
    return None


# The native layers: NativeExchange below and asyncio's (exchangekit.async_support.base.native_exchange), each added
# by its module. The portable base class is named by identity: it was the class before the first one of a module whose
# name ends with "native_exchange", which an exchange's module is too (exchangekit.znative_exchange): such an exchange
# failed to construct, and its child's describe () was compared with itself, so that it could raise the stream bounds
# in Python alone (red-team round 45).
NATIVE_LAYERS: list[type] = []


def portable_describe(exchange) -> dict:
    """The portable base class's describe (): that of the class right before the native layer in the MRO."""
    classes = type(exchange).__mro__
    native = next(i for i, cls in enumerate(classes) if any(cls is layer for layer in NATIVE_LAYERS))
    return classes[native - 1].describe(exchange)


PROTO_TEXT = re.compile("__proto__", re.IGNORECASE)  # see has_proto_name


def holds_proto_text(text: str) -> bool:
    """Whether a text holds __proto__ in any case (where a decoded value may have the name: see has_proto_name)."""
    return PROTO_TEXT.search(text) is not None


def has_proto_name(value) -> bool:
    """Whether a decoded JSON value holds __proto__ as a dictionary's key or as a string. Harmless here, but Node's
    JSON.parse keeps such a key, and code that copies it or writes a value as a key (result[key] = value, as
    deepExtend, indexBy and groupBy do, and exchanges index by ids and symbols) sets the copy's prototype instead, in
    JavaScript alone: every runtime refuses such a response, so that all three read the same."""
    # So does text that the commonest derivations make __proto__ of (a case change, a trim, a slice: "__PROTO__",
    # " __proto__"), as exchanges lowercase ids and trim names: a string or a key that holds __proto__ in any case.
    return holds_text(value, PROTO_TEXT)


CONVERSION_KEYS = frozenset({"toString", "valueOf"})  # see has_conversion_key


def has_conversion_key(value) -> bool:
    """Whether a dictionary anywhere in a decoded JSON value has a key toString or valueOf: JavaScript calls them to
    write an object as a text or a number, and one that is no function there is a TypeError, not a unified error, in
    every runtime alike (js.to_str follows Node). Exchange code that expects a text and is given such a dictionary
    would fail with it: every runtime refuses such a response, a BadResponse."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            if not CONVERSION_KEYS.isdisjoint(item):
                return True
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return False


def holds_text(value, pattern: re.Pattern) -> bool:
    """Whether a string or a dictionary key anywhere in a decoded JSON value matches pattern (searched)."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if pattern.search(item):
                return True
        elif isinstance(item, dict):
            if any(isinstance(key, str) and pattern.search(key) for key in item):
                return True
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return False


MAX_JSON_DEPTH = 512  # nested arrays and objects in a JSON response, as in the Node and PHP runtimes
# Nested lists and dictionaries that json () writes out: deeper, Node's JSON.stringify ran out of stack (near 5,000
# levels) where Python wrote them and PHP's process ended with a segmentation fault (100,000 levels).
MAX_WRITTEN_DEPTH = 1000
_CONTAINERS = frozenset({dict, list})
_LISTS = frozenset({list})


def nests_deeper(value, levels: int = MAX_JSON_DEPTH) -> bool:
    """Whether a decoded JSON value holds lists or dictionaries nested more than levels deep (value itself is level
    1). Read level by level, each level's containers picked out of the values below it in C (compress, map)."""
    level = [value] if type(value) in _CONTAINERS else []
    for _ in range(levels):
        if not level:
            return False
        level = list(compress(_values_below(level), map(_CONTAINERS.__contains__, map(type, _values_below(level)))))
    return bool(level)


# What response_verdict finds in a decoded JSON response
READ, REFUSED, CLAIMS_LENGTHS = 0, 1, 2


def response_verdict(text: str, value) -> int:
    """REFUSED where a decoded JSON response nests deeper than MAX_JSON_DEPTH, as Node and PHP refuse (json.loads goes
    to about 1000 levels, where recursive code such as json_stringify and deep_extend then fails here alone), or has a
    dictionary with a key toString or valueOf (see has_conversion_key); else CLAIMS_LENGTHS where it may have one
    with a key length (see claims_longer_lists), else READ. The C walk answers all at once, for less than the text
    scans cost that spare the pure walks most texts."""
    if SPEEDUPS is not None:
        return walk_response(value, MAX_JSON_DEPTH)
    # Only a text of more than twice MAX_JSON_DEPTH characters can nest that deep; most are shown shallow by their
    # brackets alone, before the walk of the value.
    if len(text) > 2 * MAX_JSON_DEPTH and not shallow_json_text(text, 16) and nests_deeper(value, MAX_JSON_DEPTH):
        return REFUSED
    # Only a text that holds a name, or escapes an ASCII character (\u0053), can have such a key.
    escapes = "\\u00" in text
    if ("toString" in text or "valueOf" in text or escapes) and has_conversion_key(value):
        return REFUSED
    return CLAIMS_LENGTHS if "length" in text or escapes else READ


# The bytes of a JSON text that shallow_json_text keeps (brackets and quotes), with { } written as [ ].
_NOT_BRACKETS = bytes(byte for byte in range(256) if byte not in b'[]{}"')
_SQUARE = bytes.maketrans(b"{}", b"[]")


def shallow_json_text(text: str, levels: int) -> bool:
    """Whether a JSON text (one that json.loads read) nests at most levels deep, read off its brackets in C, several
    times quicker than nests_deeper's walk: False where it nests deeper, or where a string holds a bracket (which
    this cannot tell from the structure's), for nests_deeper to decide."""
    if "\\" in text:
        text = text.replace("\\\\", "").replace('\\"', "")  # escaped backslashes, then escaped quotes
    brackets = b"".join(piece.translate(_SQUARE, _NOT_BRACKETS) for piece in js.utf8_pieces(text))
    # A string without a bracket is left as "": where every quote is in such a pair, the quotes go (two counts and a
    # deletion cost half of replacing the pairs, as strings are many).
    if brackets.count(b'"') != 2 * brackets.count(b'""'):
        return False
    brackets = brackets.translate(None, b'"')
    for _ in range(levels):  # each pass removes the innermost pairs: one level
        if not brackets:
            return True
        brackets = brackets.replace(b"[]", b"")
    return not brackets


def _values_below(level: list):
    """The values that a level's lists and dictionaries hold, in one iterator."""
    if _LISTS.issuperset(map(type, level)):
        return chain.from_iterable(level)
    return chain.from_iterable([item.values() if type(item) is dict else item for item in level])


ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")  # \ud800 to \udfff in a JSON text
LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # json.loads joins the halves of a pair into one character


def has_lone_surrogate(value) -> bool:
    """Whether a decoded JSON value holds a string or a key with a UTF-16 surrogate that is not half of a pair
    ("\\ud800" in JSON): no text, which PHP's json_decode refuses and Python cannot encode (a request or a log line
    holding it would fail here alone), so that every runtime refuses such a response."""
    return holds_text(value, LONE_SURROGATE)


# The lengths that a response's dictionaries may claim together (see claims_longer_lists) whatever the text's length.
MIN_CLAIMED_LENGTHS = 1 << 16


def claims_longer_lists(text: str, value) -> bool:
    """Whether the dictionaries of a decoded JSON value claim by their key 'length' more elements than a list of text
    could hold. Exchange code that expects a list and is given a dictionary reads that key as the list's length (for
    (let i = 0; i < response.length; i++)), as JavaScript does: {"length":100000000}, 19 bytes, ran binance's loop
    10^8 times, in every runtime alike. A list of the text has at most as many elements as the text has code units, so
    the claims, read as a comparison reads them (ToNumber: "1e8", [1e8] and "Infinity" too), may sum to that many,
    or to MIN_CLAIMED_LENGTHS (a small text's real fields of that name): every runtime refuses a response beyond."""
    total = 0
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            if "length" in item:
                claimed = js.to_number(item["length"])
                if claimed > 0:  # (NaN is no claim)
                    total += claimed
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return total > MIN_CLAIMED_LENGTHS and total > js.text_length(text)


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
# As JavaScript reads them: digits are 0-9 and spaces JavaScript's (Python's \d takes any script's digits, its \s and
# strip () other spaces), and $ is the end of the text (Python's also matches before a final newline).
_SPACE = "[" + re.escape(js.WHITESPACE) + "]"
ISO8601 = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{1,9}))?)?)?"
                     + _SPACE + r"*(Z|[+-][0-9]{2}(?::?[0-9]{2})?)?\Z")
RFC2616 = re.compile(r"[A-Za-z]{3}," + _SPACE + r"+([0-9]{1,2})" + _SPACE + r"+([A-Za-z]{3})" + _SPACE + r"+([0-9]{4})"
                     + _SPACE + r"+([0-9]{2}):([0-9]{2}):([0-9]{2})" + _SPACE + r"+(?:GMT|UTC)\Z")
HASHES = {"md5": "md5", "sha1": "sha1", "sha256": "sha256", "sha384": "sha384", "sha512": "sha512",
          "sha3-256": "sha3_256", "keccak-256": "keccak-256"}
JWT_ALGORITHMS = {"sha256": "HS256", "sha384": "HS384", "sha512": "HS512"}
EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
MIN_TIMESTAMP, MAX_TIMESTAMP = -62135596800000, 253402300799999  # years 1 to 9999
# The unified classes, which exchange code may raise (InvalidSigningKey and StreamsNotSupported are the runtime's alone)
ERROR_CLASSES = frozenset(getattr(errors, name) for name in errors.__all__) - {InvalidSigningKey, StreamsNotSupported}
SIGNING_KEYS = ("secret", "privateKey", "twofa")
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
CHUNK_SIZE = 65536
# The subclass of each class and api tree that holds its implicit methods (see ImplicitApiMethod), by the class and
# the tree's text, the oldest out first: a user's config may give each construction a tree of its own. Bounded as
# Node's tables are (js/base/NativeExchange.js): 256 trees and 2^19 characters of their texts (the 61 exchanges'
# trees: 45,000).
_IMPLICIT_API_SUBCLASSES: dict[tuple[type, str], tuple] = {}
_IMPLICIT_API_KEPT, _IMPLICIT_API_TEXT_KEPT = 256, 2**19
_IMPLICIT_API_LOCK = threading.Lock()


def _plain_tree(value, depth: int = 0) -> bool:
    """Whether repr (value) of a config's api tree tells it apart from every tree that collect_implicit_api reads
    otherwise: dicts and lists of texts, numbers, booleans and None, of those exact types, at most 32 levels deep (an
    object of the user's may write any repr, and the same for two of them; a cycle is written '{...}'), as Node keys
    only such trees (treeText)."""
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return True
    if depth >= 32 or (kind is not dict and kind is not list):
        return False
    return all(_plain_tree(item, depth + 1) for item in (value.values() if kind is dict else value)) \
        and (kind is list or all(map(_plain_tree, value)))  # (a key is hashable: no dict or list)


def _keep_implicit_api(key: tuple[type, str], kept: tuple) -> None:
    with _IMPLICIT_API_LOCK:
        _IMPLICIT_API_SUBCLASSES[key] = kept
        while len(_IMPLICIT_API_SUBCLASSES) > _IMPLICIT_API_KEPT \
                or sum(len(tree) for _, tree in _IMPLICIT_API_SUBCLASSES) > _IMPLICIT_API_TEXT_KEPT:
            del _IMPLICIT_API_SUBCLASSES[next(iter(_IMPLICIT_API_SUBCLASSES))]


class ImplicitApiMethod(NamedTuple):
    """An implicit API method: an attribute of the class that an exchange's api tree makes it (see
    NativeExchange.__init__), which gives the exchange it is read from the request of its path, api, HTTP method and
    cost, with the params only (a further argument is a TypeError, never the headers or the body, as in Node and PHP).
    Being the class's, it does not hold the exchange: partials of the exchange's own held it in a cycle, so that it
    outlived its last reference, its markets and responses with it, until the cyclic collector ran."""

    path: str
    api: str
    method: str
    cost: float

    def __get__(self, exchange, owner=None):
        if exchange is None:
            return self
        api = self.api
        if type(api) is list:
            # A nested tree's api is its path, a list that sign () receives: each exchange has its own copy, which its
            # methods of one path share, as in Node. The class's, shared by every exchange of the class, let one
            # exchange's code pass another's a list it had changed (red-team round 72).
            own = exchange._NativeExchange__api_paths
            api = own.get(id(self.api))
            if api is None:
                api = own[id(self.api)] = list(self.api)
        return functools.partial(exchange.request, self.path, api, self.method, headers=None, body=None,
                                 config={"cost": self.cost})


def _text_only(value) -> str:
    """What encode, stringToBase64 and crc32 read: a string, nothing else, in every runtime (PHP wrote a number's text,
    Node read a list as its bytes)."""
    if type(value) is not str:
        raise ExchangeError(TEXT_ONLY)
    return value


def _codec_text(value) -> str | None:
    """A text to decode: a string, or bytes read a character each, as PHP holds both in one string type."""
    if type(value) is str:
        return value
    return bytes(value).decode("latin-1") if isinstance(value, (bytes, bytearray)) else None


def _is_base64(text: str) -> bool:
    """Digits of either alphabet, then the padding to a whole number of four characters, or none; never a lone digit
    after the last four (it holds no whole byte)."""
    digits = text.rstrip("=")
    padding = len(text) - len(digits)
    return BASE64_DIGITS.fullmatch(digits) is not None and len(digits) % 4 != 1 and \
        (padding == 0 or (padding <= 2 and len(text) % 4 == 0))


# The HTTP client, imported by the first construction rather than with the package (it is about two thirds of
# the package's import time).
requests: Any = None
urllib3: Any = None
request_deadline: Any = None  # exchangekit.base.deadline, which imports requests
response_head: Any = None  # exchangekit.base.response_head, which imports http.client
response_body: Any = None  # exchangekit.base.response_body, likewise


def _load_http() -> None:
    global requests, urllib3, request_deadline, response_head, response_body  # noqa: PLW0603
    if requests is None:
        import requests as requests_module  # noqa: PLC0415
        import urllib3 as urllib3_module  # noqa: PLC0415

        from exchangekit.base import deadline as deadline_module  # noqa: PLC0415
        from exchangekit.base import response_body as response_body_module  # noqa: PLC0415
        from exchangekit.base import response_head as response_head_module  # noqa: PLC0415

        requests, urllib3, request_deadline = requests_module, urllib3_module, deadline_module
        response_head, response_body = response_head_module, response_body_module


NO_PROXY = ("http", "https", "all")  # the environment's proxies requests would read, each set to none


def _never_connected(error) -> bool:
    """Whether a ConnectionError of requests is one where no connection was made (refused, a name not resolved, a
    proxy that refused the tunnel), which Node's ECONNREFUSED, ENOTFOUND, EAI_AGAIN and EPROXY, aiohttp's connector
    error and curl's could-not-connect are: ExchangeNotAvailable. requests raises the same class for a connection the
    server closed or reset without a response, NetworkError in every other runtime, which Python sync alone made
    ExchangeNotAvailable, so that a catch clause took another path there (red-team round 48). Through an HTTP proxy
    it raises ProxyError for both: a proxy that closed or reset the connection to it unanswered is a NetworkError, as
    in every other runtime (red-team round 50)."""
    reason = error.args[0] if error.args else None
    reason = getattr(reason, "reason", reason)
    if isinstance(error, requests.exceptions.ProxyError):
        cause = reason.args[-1] if isinstance(reason, urllib3.exceptions.ProxyError) and reason.args else None
        return not isinstance(cause, ConnectionResetError)  # (http.client's RemoteDisconnected is one)
    return isinstance(reason, urllib3.exceptions.NewConnectionError)


def _timed_out(exchange, method, url) -> BaseException:
    return exchange.http_error(RequestTimeout, method, url, f"timed out after {js.to_str(exchange.timeout)} ms")


def check_implicit_name(name: str, properties: set, spellings: dict) -> None:
    """An implicit method is public_get_ticker here and in PHP, where the generated code calls it by that spelling, and
    publicGetTicker too. Neither may name a data property of the exchange (the api tree {'': {'OPTIONS': ['']}} made a
    method OPTIONS whose spelling options replaced self.options, here alone), nor may two implicit methods share a
    spelling ('ohlcv' and 'OHLCV': Node called the one, Python and PHP the other). The same in every runtime: such a
    tree fails the construction (red-team round 20)."""
    spelling = snake_case(name)
    other = spellings.get(spelling, name)
    if name in properties or spelling in properties or other != name:
        clash = f"the implicit method {js.json_stringify(other)}" if other != name else "a property of the exchange"
        raise ExchangeError(f"the api tree's method {js.json_stringify(name)} is spelled {js.json_stringify(spelling)} "
                            f"in Python and PHP, which names {clash}: the api tree may not define it")
    spellings[spelling] = name


def redact_error(exchange, error: BaseException) -> None:
    """An error of the exchange's own making (handle_errors ends with raise ExchangeError(feedback)) holds what its
    code put in, often the body, which may echo the request and its credentials: redacted in place as fetch's own. So
    is any other error its code raised, which may quote a value too (Precise's precision, red-team round 32)."""
    if len(error.args) == 1 and isinstance(error.args[0], str):
        message = exchange.redact_secrets(error.args[0])
        if message != error.args[0]:
            error.args = (message,)


def _refuse_write(*args, **kwargs):
    raise TypeError("the streaming settings are read-only: pass them in the constructor's config")


class ReadOnlySettings(dict):
    """A dictionary that code reads and cannot change (the streams' bounds): every write is a TypeError."""

    __setitem__ = __delitem__ = __ior__ = setdefault = update = pop = popitem = clear = _refuse_write

    def __reduce__(self):
        return type(self), (dict(self),)  # copy and pickle build it whole, without writes


def _as_signed(request):
    """The request as sign () made it: given as the request's auth, it keeps requests from adding a login of ~/.netrc
    (or $NETRC) for the host as Basic credentials, which Node, asyncio and PHP never send."""
    return request


class NativeExchange(Primitives):
    def __init__(self, config: dict | None = None) -> None:
        _load_http()
        describe = self.describe()
        defaults = portable_describe(self)
        check_describe(describe, defaults, config)
        values = {**self.instance_defaults(), **self.deep_extend(describe, config_copy(config or {}))}
        for name, value in values.items():
            self.check_member_name(name)
            setattr(self, name, value)
        # The streams' bounds as checked above, read-only: a const holding this.streaming is the same dictionary, and
        # a write through it (settings['maxFrameSize'] = ...) would raise them past that check, in Node and Python
        # alone (a PHP array is a copy). Such a write is a TypeError here, as in Node.
        if isinstance(self.streaming, dict):
            self.streaming = ReadOnlySettings(self.streaming)
        self.session = None
        # The implicit API methods depend on the class and its api tree only: a subclass of the class per tree
        # holds them (ImplicitApiMethod), made once, its names checked once; the exchange becomes one of it. Only
        # a property of the config can name one of them after that first construction.
        # A config's own tree of anything but plain data is built at each construction (see _plain_tree).
        cls = type(self)
        key = (cls, repr(self.api)) if not (isinstance(config, dict) and "api" in config) or _plain_tree(self.api) \
            else None
        properties = vars(self).keys()  # the data properties
        kept = None if key is None else _IMPLICIT_API_SUBCLASSES.get(key)
        if kept is not None:
            subclass, implicit_names, names = kept
            # (a key of this config's that names an implicit method: refused, as Node refuses it)
            if not properties.isdisjoint(implicit_names):
                spellings: dict[str, str] = {}
                for name in names:
                    check_implicit_name(name, properties, spellings)
        else:
            methods, names = {}, []
            spellings = {}  # snake_case spelling -> the implicit method that has it
            for entry in self.implicit_api_methods():
                spelled = (entry["name"], snake_case(entry["name"]))
                for name in spelled:
                    self.check_member_name(name)
                check_implicit_name(entry["name"], properties, spellings)
                method = ImplicitApiMethod(entry["path"], entry["api"], entry["method"], entry["cost"])
                methods.update(dict.fromkeys(spelled, method))
                names.append(entry["name"])
            subclass = type(cls.__name__, (cls,), {**methods, "__module__": cls.__module__,
                                                   "__qualname__": cls.__qualname__})
            if key is not None:
                _keep_implicit_api(key, (subclass, frozenset(methods), tuple(names)))
        self.__class__ = subclass
        # Where requests may go: the origins of urls['api'] (and urls['test']) as constructed. The name is
        # mangled, out of reach of the exchange's code, so that no code path sends a request (and the keys it
        # signs with) anywhere else.
        urls = self.urls if isinstance(self.urls, dict) else {}
        self.__api_origins = url_origins([urls.get("api"), urls.get("test")])
        # A signing key of the config that its decoder refused, and the message of that refusal: see _refusal.
        self.__refused_key = None
        self.__api_paths: dict[int, list] = {}  # the copies of the nested trees' paths (see ImplicitApiMethod)

    def check_member_name(self, name) -> None:
        """Names from describe(), the user's config and the api tree become attributes and methods. Under the
        checker's rules, and in case a name gets past them: only plain ASCII identifiers, no dunder names, and
        never a method of the class, in either spelling (a key 'sign' would take over signing, and 'fetchTicker'
        would hide the camelCase alias). Such a name fails the construction rather than being skipped."""
        if not (isinstance(name, str) and IDENTIFIER.match(name)) or name.startswith("__") \
                or spelling(name) in method_spellings(type(self)) or name in NATIVE_STATE_NAMES:
            raise ExchangeError("describe (), config and api names must be plain identifiers that start with no __ "
                                f"and name no method: {js.json_stringify(name)} is not allowed")

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        add_method_aliases(cls)  # exchange.fetchTicker, the JavaScript spelling of fetch_ticker

    def throw_error(self, error_class, message: str) -> None:
        # Exchange code chooses the class: only the unified error classes may be raised.
        if not (isinstance(error_class, type) and error_class in ERROR_CLASSES):
            raise ExchangeError(f"{message} (unknown error class {getattr(error_class, '__name__', error_class)})")
        raise error_class(message)

    # --- time -----------------------------------------------------------------------------------------

    def milliseconds(self) -> int:
        return time.time_ns() // 1_000_000

    def seconds(self) -> int:
        return time.time_ns() // 1_000_000_000

    def microseconds(self) -> int:
        return time.time_ns() // 1_000

    @staticmethod
    def _datetime(timestamp) -> datetime.datetime | None:
        if isinstance(timestamp, bool) or not isinstance(timestamp, (int, float)) or timestamp != timestamp:
            return None
        if not MIN_TIMESTAMP <= timestamp <= MAX_TIMESTAMP:
            return None
        return EPOCH + datetime.timedelta(milliseconds=int(timestamp))

    def iso8601(self, timestamp) -> str | None:
        kind = type(timestamp)
        usual = (kind is int or kind is float) and MIN_TIMESTAMP <= timestamp <= MAX_TIMESTAMP  # (NaN is not)
        if not usual and (timestamp is None or self._datetime(timestamp) is None):
            return None
        seconds, milliseconds = divmod(int(timestamp), 1000)
        last = _LAST_SECOND  # (read once: another thread may write it)
        return (last[1] if last[0] == seconds else _second_text(seconds)) + _MILLISECOND_TEXTS[milliseconds]

    def rfc2616(self, timestamp) -> str | None:
        moment = self._datetime(timestamp)
        if moment is None:
            return None
        return f"{DAYS[moment.weekday()]}, {moment.day:02d} {MONTHS[moment.month - 1]} {moment.year:04d} " \
               f"{moment:%H:%M:%S} GMT"

    def parse8601(self, text) -> int | None:
        if not isinstance(text, str):
            return None
        match = ISO8601.match(js.trim(text))
        if match is None:
            return None
        year, month, day, hour, minute, second, fraction, zone = match.groups()
        milliseconds = int(((fraction or "") + "000")[:3])
        result = _utc_milliseconds(int(year), int(month), int(day), int(hour or 0), int(minute or 0),
                                   int(second or 0), milliseconds)
        if result is None:
            return None
        if zone is not None and zone != "Z":
            sign = -1 if zone[0] == "-" else 1
            digits = zone[1:].replace(":", "")
            result -= sign * (int(digits[:2]) * 60 + int(digits[2:] or 0)) * 60000
        return result

    def parse_date(self, text) -> int | None:
        if not isinstance(text, str):
            return None
        match = RFC2616.match(js.trim(text))
        if match is None:
            return self.parse8601(text)
        day, month_name, year, hour, minute, second = match.groups()
        month_name = month_name[0].upper() + month_name[1:].lower()
        if month_name not in MONTHS:
            return None
        return _utc_milliseconds(int(year), MONTHS.index(month_name) + 1, int(day), int(hour), int(minute),
                                 int(second), 0)

    def sleep(self, milliseconds) -> None:
        time.sleep(self.sleep_seconds(milliseconds))

    def sleep_seconds(self, milliseconds) -> float:
        """A number of 0 to 2^31 - 1 milliseconds only, in seconds: Node's setTimeout waits 1 ms for any other value
        (a text, a negative or a longer time), where time.sleep raised and asyncio.sleep returned at once."""
        if not (isinstance(milliseconds, (int, float)) and not isinstance(milliseconds, bool)
                and 0 <= milliseconds <= MAX_SLEEP):
            raise ExchangeError(f"{self.id} sleep takes a number of milliseconds from 0 to 2147483647 (each runtime "
                                "reads another value its own way)")
        return milliseconds / 1000

    def uuid(self) -> str:
        return str(uuid_module.uuid4())

    def rethrow_uncaught(self, error) -> None:
        """What no catch clause of exchange code handles (SUB-T007: Node's stack overflow there): the emitters
        re-raise js.UNCAUGHT before a catch clause runs, so this finds none; it stays for the rare caller that
        holds one."""
        if isinstance(error, js.UNCAUGHT):
            raise error

    def _refusal(self, value, error: Exception) -> Exception:
        """What a decoder that refuses value raises: error, or, where value is a signing key of the config,
        InvalidSigningKey (an AuthenticationError to the user), which no catch clause of exchange code sees
        (js.UNCAUGHT); and the instance sends nothing while it holds that key (check_signing_keys), so that the calls
        still running learn nothing either. Else a file could learn the key's format (base64, hexadecimal, base32,
        PEM; its length modulo 4) by decoding it in a try."""
        name = next((key for key in SIGNING_KEYS if type(getattr(self, key, None)) is str and getattr(self, key) == value),
                    None)
        if name is None:
            return error
        self.__refused_key = (value, f"{self.id}: the {name} of the config is refused: {error}")
        return InvalidSigningKey(self.__refused_key[1])

    def check_signing_keys(self) -> None:
        """Before anything is sent (a request, a stream's connection or frame): nothing while the instance holds a
        signing key that its decoder refused (see _refusal)."""
        refused = self.__refused_key
        if refused is not None and any(getattr(self, key, None) == refused[0] for key in SIGNING_KEYS):
            raise InvalidSigningKey(refused[1])

    # --- own keys -------------------------------------------------------------------------------------

    # --- encoding -------------------------------------------------------------------------------------

    def json(self, value) -> str:
        if nests_deeper(value, MAX_WRITTEN_DEPTH):
            raise ExchangeError(f"json: the value nests deeper than {MAX_WRITTEN_DEPTH} lists and dictionaries")
        text = js.json_stringify(value)
        # the texts that the encoders write are at most as long as V8 makes a string (Node's JSON.stringify,
        # encodeURIComponent and Buffer's encoders throw beyond, which a catch clause sees)
        return text if text is None else js.bounded_text(text)

    def parse_json(self, text):
        """The decoded value, or None when text is not JSON, nests deeper than MAX_JSON_DEPTH (as Node and PHP
        refuse; json.loads goes to about 1000 levels, where recursive code such as json_stringify and deep_extend
        then fails here alone), holds __proto__ as a key or a string (see has_proto_name) or toString or valueOf as a
        key (see has_conversion_key), or claims longer lists than it holds (see claims_longer_lists). JSON.parse
        reads String (text): a number, a boolean or a list of a response is read as its text is (it raised here)."""
        if type(text) is not str:
            text = js.to_str(text)
        try:
            value = js.json_parse(text)
        except (ValueError, RecursionError):
            return None
        verdict = response_verdict(text, value)
        if verdict == REFUSED:
            return None
        escapes = "\\" in text  # (most responses escape nothing: one scan spares the two looking for escapes)
        # Only a text that holds __proto__ (in any case), or escapes an ASCII character (\u005f), can have the name.
        if (holds_proto_text(text) or (escapes and "\\u00" in text)) and has_proto_name(value):
            return None
        # Only a text that escapes a surrogate (\ud800) can hold a lone one (see has_lone_surrogate).
        if escapes and ESCAPED_SURROGATE.search(text) and has_lone_surrogate(value):
            return None
        if verdict == CLAIMS_LENGTHS and claims_longer_lists(text, value):
            return None
        return value

    def encode_uri_component(self, text: str) -> str:
        if isinstance(text, (bool, int, float)):  # a number or boolean as String () writes it
            text = js.to_str(text)
        if not isinstance(text, str):
            raise ExchangeError(URI_TEXT_ONLY)
        return js.bounded_text(urllib.parse.quote(text, safe="-_.!~*'()"))

    encodeURIComponent = MethodAlias("encode_uri_component")

    def encode(self, text: str) -> bytes:
        return _text_only(text).encode("utf-8")

    # The helpers that read bytes take a string's UTF-8 or bytes, as hash and hmac do (_bytes): Python failed a string
    # where Node and PHP read it, and Node read a list as its bytes.
    def decode(self, binary: bytes) -> str:
        # an invalid sequence is U+FFFD, each maximal part of one, as Node's decoder writes it
        return js.bounded_text(self._bytes(binary).decode("utf-8", "replace"))

    def binary_concat(self, *binaries: bytes) -> bytes:
        return b"".join(map(self._bytes, binaries))

    def binary_to_base64(self, binary: bytes) -> str:
        return js.bounded_text(base64.b64encode(self._bytes(binary)).decode("ascii"))

    def base64_to_binary(self, text: str) -> bytes:
        value = _codec_text(text)
        if value is None or not _is_base64(value):
            raise self._refusal(text, ExchangeError(NOT_BASE64))
        return base64.b64decode(value.translate(URL_SAFE_DIGITS) + "=" * (-len(value) % 4))

    def string_to_base64(self, text: str) -> str:
        return self.binary_to_base64(self.encode(text))

    def base64_to_string(self, text: str) -> str:
        return self.decode(self.base64_to_binary(text))

    def binary_to_base16(self, binary: bytes) -> str:
        return js.bounded_text(self._bytes(binary).hex())

    def base16_to_binary(self, text: str) -> bytes:
        value = _codec_text(text)
        if value is None or len(value) % 2 or not BASE16_DIGITS.fullmatch(value):
            raise self._refusal(text, ExchangeError(NOT_BASE16))
        return bytes.fromhex(value)

    def base64urlencode(self, binary: bytes) -> str:
        return js.bounded_text(base64.urlsafe_b64encode(self._bytes(binary)).decode("ascii").rstrip("="))

    # --- crypto ---------------------------------------------------------------------------------------

    @staticmethod
    def _bytes(value: str | bytes) -> bytes:
        """What hash and hmac read: a string's UTF-8 or bytes; nothing else (bytes (5) was five zero bytes)."""
        if isinstance(value, str):
            return value.encode("utf-8")
        if not isinstance(value, (bytes, bytearray)):
            raise ExchangeError(BYTES_ONLY)
        return bytes(value)

    @staticmethod
    def _digest_as(binary: bytes, digest: str):
        if digest == "binary":
            return binary
        if digest == "hex":
            return binary.hex()
        if digest == "base64":
            return base64.b64encode(binary).decode("ascii")
        raise ExchangeError("unknown digest: use hex, base64 or binary")  # (not echoed, as the algorithm)

    @staticmethod
    def _algorithm_name(algorithm: str) -> str:
        if type(algorithm) is not str or algorithm not in HASHES:
            # (not echoed: exchange code chooses it, and could pass a credential such as the apiKey)
            raise ExchangeError(f"unknown hash algorithm: use one of {', '.join(HASHES)}")
        return HASHES[algorithm]

    def hash(self, request, algorithm: str = "md5", digest: str = "hex"):
        # (undefined is the default, passed or not, as in JavaScript: Precise.string_div's precision too)
        algorithm = "md5" if algorithm is None else algorithm
        digest = "hex" if digest is None else digest
        if algorithm == "keccak-256":
            return self._digest_as(keccak256(self._bytes(request)), digest)
        return self._digest_as(hashlib.new(self._algorithm_name(algorithm), self._bytes(request)).digest(), digest)

    def hmac(self, request, secret, algorithm: str = "sha256", digest: str = "hex"):
        algorithm = "sha256" if algorithm is None else algorithm
        digest = "hex" if digest is None else digest
        name = self._algorithm_name(algorithm)
        if algorithm == "keccak-256":
            raise ExchangeError("hmac does not support keccak-256")
        return self._digest_as(hmac_module.new(self._bytes(secret), self._bytes(request), name).digest(), digest)

    def jwt(self, payload, secret, algorithm: str = "sha256") -> str:
        algorithm = "sha256" if algorithm is None else algorithm
        if type(algorithm) is not str or algorithm not in JWT_ALGORITHMS:
            raise ExchangeError("jwt supports sha256, sha384 and sha512")  # (the algorithm not echoed, as hmac's)
        header = self.base64urlencode(self.encode(self.json({"alg": JWT_ALGORITHMS[algorithm], "typ": "JWT"})))
        body = self.base64urlencode(self.encode(self.json(payload)))
        token = js.bounded_text(header + "." + body)  # (held to V8's string length, as Node's concatenation is)
        return js.bounded_text(token + "." + self.base64urlencode(self.hmac(token, secret, algorithm, "binary")))

    def asymmetric_jwt(self, payload, key, algorithm: str = "ES256", header=None) -> str:
        """A JSON Web Token signed with a private key (RFC 7515): ES256 (ECDSA P-256 with SHA-256, the signature
        r || s), EdDSA (Ed25519) or RS256 (RSASSA-PKCS1-v1_5 with SHA-256). The key is the text the exchange issued
        (see asymmetric.py); header holds the fields besides alg and typ (kid, nonce), written after them."""
        algorithm = "ES256" if algorithm is None else algorithm
        if not isinstance(algorithm, str) or algorithm not in KEY_FORMATS:
            raise ExchangeError("asymmetricJwt supports ES256, EdDSA and RS256")  # (the algorithm not echoed, as jwt's)
        header = {} if header is None else header
        if not isinstance(header, dict) or "alg" in header:
            raise ExchangeError("asymmetricJwt takes a dictionary of the header fields besides alg, which the "
                                "algorithm sets")
        head = self.base64urlencode(self.encode(self.json({"alg": algorithm, "typ": "JWT", **header})))
        token = js.bounded_text(head + "." + self.base64urlencode(self.encode(self.json(payload))))
        try:
            signature = asymmetric_signature(self.id, algorithm, key, token.encode("utf-8"))
        except AuthenticationError as error:  # (a key of another kind)
            raise self._refusal(key, error) from None
        return js.bounded_text(token + "." + self.base64urlencode(signature))

    def totp(self, secret: str, timestamp=None) -> str:
        """RFC 6238 with the defaults every authenticator app uses: base32 secret, SHA-1, 30 s, 6 digits."""
        cleaned = re.sub(_SPACE + "|=", "", secret).upper()  # (JavaScript's spaces, as its \s reads them)
        if re.search(r"[^A-Z2-7]", cleaned):
            raise self._refusal(secret, ExchangeError("totp: the secret is not base32"))
        bits = "".join(format("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".index(c), "05b") for c in cleaned)
        key = bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - 7, 8))
        counter = int((self.milliseconds() if timestamp is None else timestamp) // 30000)
        mac = hmac_module.new(key, struct.pack(">Q", counter), "sha1").digest()
        offset = mac[-1] & 0x0F
        code = (struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000
        return f"{code:06d}"

    # --- the clock of the rate limiter (Exchange.throttle) ------------------------------------------------

    def monotonic_milliseconds(self) -> float:
        return time.monotonic() * 1000

    # --- HTTP -----------------------------------------------------------------------------------------

    def request_headers(self, method, url, headers, body=None) -> dict:
        merged = self.extend({"User-Agent": self.userAgent, "Accept-Encoding": "gzip, deflate"},
                             self.extend(self.headers, headers or {}))
        refused = refused_request(method, url, merged, body) or request_settings_refusal(self)
        if refused is not None:
            raise self.http_error(ExchangeError, method, url, refused)
        return merged

    def check_url(self, method, url) -> None:
        if not re.match(r"https?://", url, re.IGNORECASE):
            raise self.http_error(ExchangeError, method, url,
                                  "has an unsupported URL scheme: only http:// and https:// are fetched")
        if not at_origin(url, self.__api_origins):
            raise self.http_error(ExchangeError, method, url, f"is not at an origin of urls['api'] "
                                  f"({', '.join(self.__api_origins)}): to use another, pass urls in the constructor's "
                                  "config")

    def proxies(self) -> dict:
        # the config's proxy, or none: never one of the environment's (http_proxy, HTTPS_PROXY, ...), which Node and
        # aiohttp do not read and requests sent every request through (red-team round 48)
        return {"http": self.proxy, "https": self.proxy} if self.proxy else dict.fromkeys(NO_PROXY)

    def fetch(self, url, method="GET", headers=None, body=None):
        method = "GET" if method is None else method  # (undefined is the default, passed or not, as in Node)
        self.check_signing_keys()
        self.check_url(method, url)
        request_headers = self.request_headers(method, url, headers, body)
        self.log_request(method, url, request_headers, body)
        if self.session is None:
            self.session = request_deadline.session()
        ends = time.monotonic() + self.timeout / 1000
        # requests bounds each read; within () bounds the whole exchange, the status line, headers and trailers too
        with request_deadline.within(self.timeout / 1000) as limit:
            try:
                # The URL goes out as it was built (and signed): requests would quote it again, decoding %41 or
                # %2E and escaping every % of a URL that holds one lone %, where Node and PHP send it as it is.
                prepared = self.session.prepare_request(requests.Request(method, url, headers=request_headers,
                                                                         data=body, auth=_as_signed))
                prepared.url = url
                if body is None and method.upper() not in EMPTY_BODY_FRAMED:
                    prepared.headers.pop("Content-Length", None)  # (requests wrote 0 for OPTIONS: see Node's #send)
                elif body == "":  # (an empty text is a body of 0 bytes, which requests left unsaid for a GET)
                    prepared.headers["Content-Length"] = "0"
                settings = self.session.merge_environment_settings(url, self.proxies(), True, None, None)
                with self.session.send(prepared, timeout=self.timeout / 1000, allow_redirects=False,
                                       **settings) as response:
                    raw = self.read_body(response, ends, method, url)
            except (requests.Timeout, urllib3.exceptions.TimeoutError):  # urllib3's from reading the body
                raise _timed_out(self, method, url) from None
            except requests.ConnectionError as error:
                if limit.expired:
                    raise _timed_out(self, method, url) from None
                malformed = response_head.malformed_head(error)  # (a head Node's parser refuses)
                if malformed is not None:
                    raise self.http_error(NetworkError, method, url, f"failed: {malformed}"
                                          if isinstance(malformed, response_head.MalformedLength)
                                          else NOT_HTTP_HEADERS) from None
                if _never_connected(error):
                    raise self.http_error(ExchangeNotAvailable, method, url, f"could not connect: {error}") from None
                raise self.http_error(NetworkError, method, url, f"failed: {error}") from None
            except (requests.RequestException, urllib3.exceptions.HTTPError) as error:
                if limit.expired:
                    raise _timed_out(self, method, url) from None
                if response_body.malformed_body(error):  # (a chunked body framed as not every runtime reads it)
                    raise self.http_error(NetworkError, method, url, f"failed: {response_body.MALFORMED_BODY}") from None
                raise self.http_error(NetworkError, method, url, f"failed: {error}") from None
        if limit.expired:  # (a read cut short by the deadline can look like the end of the response)
            raise _timed_out(self, method, url)
        # (http.client reads each byte as latin-1)
        received = read_response_headers(response.raw.headers.iteritems(), response.reason or "")
        if received is None:
            raise self.http_error(NetworkError, method, url, NOT_HTTP_HEADERS)
        text = self.decode_body(method, url, self.safe_string(self.header_values(received), "content-encoding"), raw)
        response_headers = received
        self.log_response(method, url, response.status_code, response_headers, text)
        try:
            return self.handle_rest_response(response.status_code, response.reason or "", url, method,
                                             response_headers, text, request_headers, body)
        except Exception as error:  # noqa: BLE001 (redacted, then raised as it was)
            redact_error(self, error)
            raise

    def read_body(self, response, deadline: float, method, url) -> bytes:
        """The raw body, read as it arrives: requests applies the timeout to each read, so each read may wait only
        for what is left of the whole request's, and the size is checked as the body grows."""
        self.check_response_size(response_head.declared_length(response.headers.get("Content-Length")), method, url)
        body = bytearray()
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise requests.Timeout()
            if response.raw.connection is not None and response.raw.connection.sock is not None:
                response.raw.connection.sock.settimeout(remaining)
            chunk = response.raw.read1(CHUNK_SIZE, decode_content=False)
            if not chunk:
                return bytes(body)
            body += chunk
            self.check_response_size(len(body), method, url)

    def check_response_size(self, size: int, method, url) -> None:
        if size > self.maxResponseSize:
            raise self.http_error(BadResponse, method, url, "sent a response body larger than maxResponseSize "
                                  f"({js.to_str(self.maxResponseSize)} bytes)")

    def decode_body(self, method, url, encoding: str | None, raw: bytes) -> str:
        """The body as text. A gzip or deflate body is decompressed here, strictly (a corrupt or truncated stream
        is an error, not a shorter body) and never beyond maxDecompressedSize; the text must be UTF-8."""
        coding = (encoding or "").lower()  # (as received, but for the spaces and tabs around it: see Node)
        if coding in ("gzip", "x-gzip", "deflate"):
            raw = self.decompress(method, url, coding, raw) if raw else raw
        elif coding not in ("", "identity"):
            raise self.http_error(BadResponse, method, url, f"returned a body in an unsupported Content-Encoding {coding}")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise self.http_error(BadResponse, method, url, "returned a body that is not valid UTF-8") from None

    def decompress(self, method, url, coding: str, raw: bytes) -> bytes:
        # 'deflate' is meant to be a zlib stream, but some servers send raw deflate: the zlib header tells.
        zlib_header = len(raw) > 1 and raw[0] & 0x0F == 8 and (raw[0] << 8 | raw[1]) % 31 == 0
        decompressor = zlib.decompressobj(31 if coding != "deflate" else 15 if zlib_header else -15)
        try:
            body = decompressor.decompress(raw, int(self.maxDecompressedSize) + 1)  # (1000.0 is 1000, as in Node)
        except zlib.error:
            body = None
        if body is not None and len(body) > self.maxDecompressedSize:
            raise self.http_error(BadResponse, method, url, f"returned a {coding} body that decompresses to more than "
                                  f"maxDecompressedSize ({js.to_str(self.maxDecompressedSize)} bytes)")
        if body is None or not decompressor.eof or decompressor.unused_data:  # corrupt, or data after the end
            raise self.http_error(BadResponse, method, url, f"returned a {coding} body that does not decompress")
        return body

    def http_error(self, error_class: type, method: str, url: str, detail: str) -> Exception:
        return error_class(self.redact_secrets(f"{self.id} {method} {url} {detail}"))

    def log_request(self, method, url, headers, body) -> None:
        if self.verbose:
            self.log("request", method, url, self.json(headers), "" if body is None else body)

    def log_response(self, method, url, status, headers, body) -> None:
        if self.verbose:
            self.log("response", method, url, str(status), self.json(headers), body)

    def log(self, *parts) -> None:
        """Verbose logging, with every credential redacted."""
        print(self.redact_secrets(" ".join(str(part) for part in parts)))

    # --- streaming: only the asyncio classes stream ----------------------------------------------------------

    def watch(self, url, message_hash, subscribe_hash=None, message=None):
        # (a NotSupported that no catch clause of exchange code sees: Node and asyncio stream, so a catch clause that
        # saw it here took a path of its own in Python sync and PHP)
        raise StreamsNotSupported(f"{self.id}: the synchronous Python classes do not stream; use "
                                  "exchangekit.async_support")

    def send_frame(self, url, message):
        self.watch(url, None)

    def is_watched(self, url, message_hash) -> bool:
        return self.watch(url, None)

    def check_key_names(self, names, method) -> None:
        """Nothing here: Python's dictionaries hash a string by a seeded function (see js/base/NativeExchange.js)."""

    def check_streaming(self) -> None:
        self.watch(None, None)  # (a stream's state is kept only where frames are handled: js/base/NativeExchange.js)

    def resolve_update(self, url, value, message_hash) -> None:
        self.watch(url, None)

    def reject_update(self, url, message_hash, error_class, message) -> None:
        self.watch(url, None)

    def subscribe(self, url, subscribe_hash, message):
        self.watch(url, None)

    def unwatch(self, url, subscribe_hash, message=None):
        self.watch(url, None)

    def crc32(self, text) -> int:
        """CRC-32 (IEEE, as zlib) of the UTF-8 bytes of text, an unsigned integer: the order book checksums."""
        return zlib.crc32(_text_only(text).encode("utf-8"))

    def close(self) -> None:
        if self.session is not None:
            self.session.close()
            self.session = None


add_method_aliases(Primitives)
add_method_aliases(NativeExchange)
NATIVE_LAYERS.append(NativeExchange)


_DAY_TEXTS: dict[int, str] = {}  # the days written last: a parsed list spans few
_DAY_TEXTS_SIZE = 64
_LAST_SECOND: tuple = (None, None)  # the second written last and its text: trades and tickers come in bursts
_MINUTE_TEXTS = tuple("%02d:%02d" % divmod(minute, 60) for minute in range(24 * 60))
_SECOND_TEXTS = tuple(f":{second:02d}" for second in range(60))
_MILLISECOND_TEXTS = tuple(f".{milliseconds:03d}Z" for milliseconds in range(1000))


def _second_text(seconds: int) -> str:
    """'YYYY-MM-DDTHH:MM:SS' of a second since the epoch: the day's date (time.gmtime, once a day), then the time of
    day from tables, several times quicker than formatting each second."""
    global _LAST_SECOND
    day, second_of_day = divmod(seconds, 86400)
    text = _DAY_TEXTS.get(day)
    if text is None:
        text = "%04d-%02d-%02dT" % time.gmtime(seconds)[:3]
        if len(_DAY_TEXTS) >= _DAY_TEXTS_SIZE:
            _DAY_TEXTS.clear()  # (each operation is atomic: safe across threads)
        _DAY_TEXTS[day] = text
    minute, second = divmod(second_of_day, 60)
    text += _MINUTE_TEXTS[minute] + _SECOND_TEXTS[second]
    _LAST_SECOND = (seconds, text)  # (one assignment: atomic across threads)
    return text


def _utc_milliseconds(year, month, day, hour, minute, second, milliseconds) -> int | None:
    if year < 1 or hour > 23 or minute > 59 or second > 59:
        return None
    try:
        datetime.date(year, month, day)
    except ValueError:
        return None
    return calendar.timegm((year, month, day, hour, minute, second)) * 1000 + milliseconds


if SPEEDUPS is not None:  # parse_json's checks of a response in C (see exchangekit.base.speedups)
    nests_deeper, holds_proto_text = SPEEDUPS.nests_deeper, SPEEDUPS.holds_proto_text
    walk_response = SPEEDUPS.walk_response
