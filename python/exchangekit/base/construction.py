"""What the constructors of every runtime hold describe () and the user's config to, before either becomes the
exchange's (js/base/construction.js and php/base/NativeExchange.php hold them to the same): the user's settings, the
keys and dictionaries of the base class's describe (), the names, and the config's copy."""

from __future__ import annotations

import functools
import math

from exchangekit.base import js
from exchangekit.base.errors import ExchangeError


# The user's settings: where requests go through (proxy), what is printed (verbose) and how each request is bounded.
# They are the base class's defaults or the user's config, never an exchange's describe (), whatever code built it.
# the streams' memory: lowered, never raised
STREAM_BOUNDS = ("maxFrameSize", "maxQueue", "maxFrames", "cacheLimit", "maxBookLevels", "maxBalanceCurrencies",
                 "maxInboundSize")
USER_SETTINGS = ("proxy", "verbose", "timeout", "maxResponseSize", "maxDecompressedSize", "maxRetryAfter",
                 "enableRateLimit")


DESCRIBE_KEYS_ONLY = ("describe () may set only the keys of the base class's describe () (an exchange's own settings go "
                      "under options): not ")
DESCRIBE_KEYS_KEPT = ("describe () may not leave out a key of the base class's describe () (merge into super.describe () "
                      "rather than omit): ")
DESCRIBE_DICTIONARIES = ("describe () holds a dictionary, not a list nor one keyed '0' to 'n-1' (PHP's list), wherever the "
                         "base class's describe () holds one, so that the config merges into it alike in every runtime: "
                         "not ")
INDEX_KEYED_TREES = ("describe ()'s api tree and urls hold no dictionary keyed '0' to 'n-1', which PHP holds as a list "
                     "(write a list, or name the keys with words): not ")
# The PHP runtime's own state (NativeExchange's properties), which a name of describe () or the config would set there:
# refused in every runtime, as PHP refuses it.
NATIVE_STATE_NAMES = frozenset({"implicit_api", "implicit_api_tables", "implicit_api_text", "last_second",
                                "last_second_text", "fractions", "curl", "api_origins", "refused_key",
                                "method_spellings"})
MAX_CONFIG_DEPTH = 64  # lists and dictionaries nested in the user's config: copied up to this depth; deeper, refused


def spelling(name: str) -> str:
    """A name as every runtime compares it with the methods' names (see Node's spelling)."""
    return name.lower().replace("_", "")


FOREIGN_METHOD_SPELLINGS = frozenset(map(spelling, (
    "constructor", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "toString", "valueOf",
    "mro")))


@functools.cache
def method_spellings(cls: type) -> frozenset[str]:
    """The spellings of the methods of an exchange class (its camelCase aliases too), and of the foreign ones."""
    return FOREIGN_METHOD_SPELLINGS | frozenset(
        spelling(name) for name in dir(cls) if not name.startswith("__") and callable(getattr(cls, name, None)))


def is_index_keyed(dictionary: dict) -> bool:
    """Whether a dictionary's keys are '0' to 'n-1' (n > 0), in any order: PHP holds it as a list."""
    count = len(dictionary)
    return count > 0 and all(isinstance(key, str) and key.isascii() and key.isdigit() and str(int(key)) == key
                             and int(key) < count for key in dictionary)


def unlike_dictionaries(describe: dict, defaults: dict, path: str = "") -> list[str]:
    """The keys (as paths) where the base class's describe () holds a dictionary and describe () does not, or holds one
    keyed '0' to 'n-1' (see Node's unlikeDictionaries)."""
    unlike = []
    for name, default in defaults.items():
        if isinstance(default, dict):
            value = describe.get(name)
            if not isinstance(value, dict) or is_index_keyed(value):
                unlike.append(path + name)
            else:
                unlike.extend(unlike_dictionaries(value, default, path + name + "."))
    return unlike


def index_keyed_paths(value, path: str) -> list[str]:
    """The dictionaries keyed '0' to 'n-1' in value, as paths (see Node's indexKeyedPaths)."""
    if isinstance(value, list):
        return [found for index, item in enumerate(value) for found in index_keyed_paths(item, f"{path}[{index}]")]
    if not isinstance(value, dict):
        return []
    if is_index_keyed(value):
        return [path]
    return [found for name, item in value.items() for found in index_keyed_paths(item, f"{path}.{name}")]


def config_copy(value, depth: int = 0):
    """The user's config with its lists and dictionaries copied: deep_extend keeps a dictionary of the config itself
    where describe () has none to merge it into, so that exchange code's writes (this.options['k'] = v) reached the
    caller's config, and every exchange later built from it, in Node and Python alone (PHP's arrays are values).
    Other objects are kept as they are."""
    kind = type(value)
    if (kind is list or kind is dict) and depth == MAX_CONFIG_DEPTH:
        raise ExchangeError(f"the config nests deeper than {MAX_CONFIG_DEPTH} lists and dictionaries")
    if kind is list:
        return [config_copy(item, depth + 1) for item in value]
    if kind is dict:
        return {name: config_copy(item, depth + 1) for name, item in value.items()}
    return value


# Every setting of the streams is an integer (ws read maxPayload | 0 and took 0, anything in (-1, 1) and a negative, as
# no bound, and a handshakeTimeout of 0 as none; aiohttp took a max_msg_size of 0 as no bound and refused every frame
# for -1; red-team round 45): the bounds from 1 to their default in describe (), the others from 1 (0 for
# maxReconnects) to 2^31 - 1 milliseconds or attempts, as the config's bounds too (the user may raise those).
STREAM_SETTINGS = STREAM_BOUNDS + ("timeout", "keepAlive", "maxReconnects", "backoffBase", "backoffMax")
MAX_STREAM_SETTING = 2147483647
# The requests' bounds, integers from 1 to what every runtime honours exactly (red-team round 51): timeout to 2^31 - 1
# milliseconds (setTimeout's limit: past it Node timed out at once, and PHP read (int) 0.5 as curl's 0, no timeout at
# all), and the sizes to 2^29 - 24 bytes, V8's longest string, which every body becomes in Node (see
# js/base/construction.js).
MAX_BODY_SIZE = 536870888
REQUEST_SETTINGS = {"timeout": MAX_STREAM_SETTING, "maxResponseSize": MAX_BODY_SIZE,
                    "maxDecompressedSize": MAX_BODY_SIZE}


def stream_setting_text(value) -> str:
    return f"'{value}'" if isinstance(value, str) else "null" if value is None else js.to_str(value)


def lowest_stream_setting(name: str) -> int:
    return 0 if name == "maxReconnects" else 1


def setting_holds(value, lowest: int, highest: int) -> bool:
    """Whether value is an integer from lowest to highest; an integral float is one, as in Node."""
    whole = isinstance(value, float) and value.is_integer()
    integral = whole or (isinstance(value, int) and not isinstance(value, bool))
    return integral and lowest <= value <= highest


def stream_setting_holds(name: str, value, highest: int = MAX_STREAM_SETTING) -> bool:
    """Whether a stream setting's value is an integer from its lowest to highest (see STREAM_SETTINGS). The
    constructors' check, and the stream client's of what it gives aiohttp."""
    return setting_holds(value, lowest_stream_setting(name), highest)


def check_setting(whose: str, name: str, value, lowest: int, highest: int) -> None:
    """The refusal of a setting's value that is not an integer from lowest to highest."""
    if not setting_holds(value, lowest, highest):
        raise ExchangeError(f"{whose} {name} must be an integer from {lowest} to {highest}, not "
                            f"{stream_setting_text(value)}")


def check_stream_setting(whose: str, name: str, value, highest: int) -> None:
    """The refusal of a stream setting's value that is not an integer from lowest to highest."""
    check_setting(whose, f"streaming.{name}", value, lowest_stream_setting(name), highest)


def check_request_settings(config) -> None:
    """The config's request bounds (see REQUEST_SETTINGS); describe () keeps the defaults (USER_SETTINGS)."""
    if isinstance(config, dict):
        for name, highest in REQUEST_SETTINGS.items():
            if name in config:
                check_setting("the config's", name, config[name], 1, highest)


def request_settings_refusal(exchange) -> str | None:
    """Why fetch may not send a request under the exchange's bounds as they are now (the user may set them after the
    constructor checked them, as exchange.timeout = 0.5), or None: see REQUEST_SETTINGS."""
    for name, highest in REQUEST_SETTINGS.items():
        if not setting_holds(getattr(exchange, name, None), 1, highest):
            return f"has no {name} that is an integer from 1 to {highest}"
    return None


def changed_settings(describe: dict, defaults: dict, config=None) -> list[str]:
    """The user's settings that describe () sets to other values than the portable base class's describe (), after
    refusing a streaming setting of describe () or the config that is not an integer in its range."""
    # A setting left out (omit, extend over streaming, no super.describe ()) is changed too: the runtime would read
    # nothing there, which bounds nothing.
    changed = [name for name in USER_SETTINGS if name not in describe or describe[name] != defaults.get(name)]
    streaming = describe.get("streaming")
    settings = streaming if isinstance(streaming, dict) else {}
    for name in STREAM_SETTINGS:
        value = settings.get(name)
        if value is None:
            changed.append(f"streaming.{name}")
        else:
            check_stream_setting("describe ()'s", name, value,
                                 defaults["streaming"][name] if name in STREAM_BOUNDS else MAX_STREAM_SETTING)
    # The config's are the user's (a bound may be raised), but integers as well.
    if isinstance(config, dict) and "streaming" in config:
        given = config["streaming"]
        if not (isinstance(given, dict) or (isinstance(given, list) and not given)):
            raise ExchangeError(f"the config's streaming must be a dictionary of settings, not "
                                f"{stream_setting_text(given)}")
        for name in STREAM_SETTINGS:
            if name in given:
                check_stream_setting("the config's", name, given[name], MAX_STREAM_SETTING)
    return changed


def check_describe(describe: dict, defaults: dict, config) -> None:
    """Raises the first refusal of describe () (an exchange's), measured against the base class's (defaults)."""
    changed = changed_settings(describe, defaults, config)
    check_request_settings(config)
    if changed:
        raise ExchangeError(f"describe () may not set or leave out the user's settings: {', '.join(changed)} (pass "
                            "them in the constructor's config)")
    # Its other keys become data properties too: a key the base class's describe () lacks would preset the
    # runtime's state (throttleLast, markets, sessionTokens), however the dictionary was built (red-team round 43).
    added = [name for name in describe if name not in defaults]
    if added:
        raise ExchangeError(DESCRIBE_KEYS_ONLY + ", ".join(js.to_str(name) for name in added))
    # A key left out is no attribute at all here, whose AttributeError a catch clause saw, and undefined in Node and
    # PHP (red-team round 45: describe () omitted options).
    missing = [name for name in defaults if name not in describe]
    if missing:
        raise ExchangeError(DESCRIBE_KEYS_KEPT + ", ".join(missing))
    unlike = unlike_dictionaries(describe, defaults)
    if unlike:
        raise ExchangeError(DESCRIBE_DICTIONARIES + ", ".join(unlike))
    keyed = index_keyed_paths(describe.get("api"), "api") + index_keyed_paths(describe.get("urls"), "urls")
    if keyed:
        raise ExchangeError(INDEX_KEYED_TREES + ", ".join(keyed))
    rate_limit = describe.get("rateLimit")
    if isinstance(rate_limit, bool) or not isinstance(rate_limit, (int, float)) or not 0 < rate_limit < math.inf:
        raise ExchangeError(f"describe ()'s rateLimit must be a positive number of milliseconds, not "
                            f"{js.to_str(rate_limit)}")
