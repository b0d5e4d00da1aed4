"""What a subset source may name: imports, globals, members, and the names Python and PHP reserve.

The checker enforces these lists; the emitters translate exactly what is listed.
"""

from __future__ import annotations

import builtins
import keyword
import re
from dataclasses import dataclass

from transpiler.error_classes import ERROR_CLASSES, RUNTIME_ERRORS

# decimalToPrecision's modes (./base/functions/number.js), generated into every language from this table.
PRECISION_CONSTANTS: dict[str, int] = {
    "TRUNCATE": 0, "ROUND": 1,  # rounding mode
    "DECIMAL_PLACES": 2, "SIGNIFICANT_DIGITS": 3, "TICK_SIZE": 4,  # counting mode (precisionMode)
    "NO_PADDING": 5, "PAD_WITH_ZERO": 6,  # padding mode
}


@dataclass(frozen=True)
class Module:
    """An importable base module: its default export and the names it exports."""

    default: str | None
    named: frozenset[str] = frozenset()


BASE_MODULES: dict[str, Module] = {
    "./base/Exchange.js": Module("Exchange"),
    "./base/errors.js": Module(None, ERROR_CLASSES),
    "./base/Precise.js": Module("Precise"),
    "./base/functions/number.js": Module(None, frozenset(PRECISION_CONSTANTS)),
}

# Only the portable base class (js/base/Exchange.js) extends the hand-written native layer.
NATIVE_BASE_MODULE = "./base/NativeExchange.js"
BASE_ONLY_MODULES: dict[str, Module] = {NATIVE_BASE_MODULE: Module("NativeExchange")}

# A derived exchange imports its parent as ./<id>.js.
EXCHANGE_MODULE = re.compile(r"^\./([a-z_][a-z0-9_]*)\.js\Z")  # \Z: $ matched before a final newline
EXCHANGE_ID = re.compile(r"^[a-z_][a-z0-9_]*\Z")

# describe ()'s name, which the package READMEs (what PyPI, npm and Packagist show) list the exchanges by: words of
# ASCII letters, digits and . - ( ), one space between them (SUB-B017). The registry's names are of that kind too.
PLAIN_EXCHANGE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9.()\-]*(?: [A-Za-z0-9.()\-]+)*\Z")
PLAIN_EXCHANGE_NAME_LENGTH = 64


def is_plain_exchange_name(name: object) -> bool:
    return isinstance(name, str) and len(name) <= PLAIN_EXCHANGE_NAME_LENGTH \
        and PLAIN_EXCHANGE_NAME.match(name) is not None


# Ids that would collide with a module or class of the packages, each with the reason SUB-S005 and `exkit new` give.
#
# PHP: the exchange classes share the namespace exchangekit with every class, trait and interface of php/base, and PHP
# class names compare case-insensitively. Red-team round 45: an exchange `responsehead` was the class that
# NativeExchange::fetch constructs as `new ResponseHead (...)`, so that every request of it failed in PHP alone with a
# native TypeError that a catch clause saw; `primitives`, `uncatchable` and `unportable` stopped PHP at class loading.
# tests/security/test_reserved_ids.py holds this table to the declarations of php/base/*.php (name -> kind, file).
PHP_BASE_DECLARATIONS: dict[str, tuple[str, str]] = {
    "Asymmetric": ("class", "Asymmetric.php"), "Exchange": ("class", "Exchange.php"),
    "Exchanges": ("class", "Exchanges.php"), "Js": ("class", "Js.php"), "Unportable": ("class", "Js.php"),
    "Keccak": ("class", "Keccak.php"), "NativeExchange": ("class", "NativeExchange.php"),
    "Precise": ("class", "Precise.php"), "Primitives": ("trait", "Primitives.php"),
    "ResponseBody": ("class", "ResponseBody.php"), "ResponseHead": ("class", "ResponseHead.php"),
    "Uncatchable": ("interface", "Uncatchable.php"),
    **{name: ("class", "errors.php") for name in sorted(ERROR_CLASSES | frozenset(RUNTIME_ERRORS))},
}
# PHP's autoloaders (php/base/autoload.php and Composer's psr-4 map) look for a class exchangekit\X in php/base/X.php
# before php/X.php: the files of php/base that declare no class of their name (on a file system that ignores case, the
# others would be found for their class's name in any case too).
PHP_BASE_FILES = ("autoload.php", "errors.php", "number.php")
# Python: exchange X is the module exchangekit.X and exchangekit.async_support.X, beside the packages' own modules, the
# names their __init__ binds and, in the generated module, the names it imports (exchangekit.base.js as js). The
# modules of the Python runtime (exchangekit.base.X, exchangekit.async_support.base.X) are reserved too, so that
# exchangekit.X and exchangekit.base.X never name two things, and the modules of js/base likewise (their file names in
# lower case).
PYTHON_PACKAGE_NAMES: dict[str, str] = {
    "base": "exchangekit.base, the package of the Python runtime (and of the asyncio one in exchangekit.async_support)",
    "async_support": "exchangekit.async_support, the package of the asyncio modules",
    "errors": "exchangekit.errors, the list of the error classes' names in the Python package",
    "exchanges": "exchangekit.exchanges, the list of the exchange ids in the Python package (and in the npm package)",
    "js": "exchangekit.base.js, which every generated Python module imports as js",
}
# The standard modules a generated Python module imports at its top, where an exchange of the same name would replace
# the module by its class: `math.inf` of an exchange `math` raised an AttributeError that a catch clause saw, in Python
# alone (red-team round 46). transpiler/emit/modules.py imports them from here.
PYTHON_MODULE_IMPORTS = ("asyncio", "math")
PYTHON_BASE_MODULES = (
    "_speedups", "asymmetric", "book_parts", "construction", "deadline", "errors", "exchange", "js", "keccak",
    "method_names", "native_exchange", "number", "precise", "primitives", "response_body", "response_head", "speedups",
    "types",
)
PYTHON_ASYNC_BASE_MODULES = ("exchange", "native_exchange", "response_head", "stream_client")
# JavaScript: js/index.js is the npm package's entry point and exports exchanges and version beside the exchanges.
JS_PACKAGE_NAMES: dict[str, str] = {
    "index": "js/index.js, the npm package's entry point",
    "exchanges": "the list of the exchange ids that js/index.js exports",
    "version": "the package version that js/index.js exports",
}
JS_BASE_MODULES = (
    "Exchange.js", "NativeExchange.js", "Precise.js", "Primitives.js", "asymmetric.js", "construction.js", "errors.js",
    "ownBytes.js", "proxy.js", "responseBody.js",
    "functions/number.js", "stream/StreamClient.js", "stream/crc32.js",
)


def _reserved_package_names() -> dict[str, str]:
    """id -> why it cannot name an exchange (the first reason of the list below, when there are several)."""
    reasons: dict[str, str] = {}

    def add(name: str, reason: str) -> None:
        reasons.setdefault(name.lower(), reason)

    for name, (kind, file) in PHP_BASE_DECLARATIONS.items():
        add(name, f"it is the {kind} {name} of PHP's base runtime (php/base/{file}), in the namespace exchangekit that "
                  f"the exchange classes share, and PHP compares class names case-insensitively")
    for name, reason in PYTHON_PACKAGE_NAMES.items():
        add(name, f"it is the name of {reason}")
    for name, reason in JS_PACKAGE_NAMES.items():
        add(name, f"it is the name of {reason}")
    for file in PHP_BASE_FILES:
        add(file.removesuffix(".php"), f"PHP's autoloader would load php/base/{file} for the exchange's class")
    for name in PYTHON_MODULE_IMPORTS:
        add(name, f"it is the standard module {name}, which the generated Python modules import beside the class")
    for name in PYTHON_BASE_MODULES:
        add(name, f"it is the name of the Python runtime's module exchangekit.base.{name}")
    for name in PYTHON_ASYNC_BASE_MODULES:
        add(name, f"it is the name of the Python runtime's module exchangekit.async_support.base.{name}")
    for path in JS_BASE_MODULES:
        add(path.rpartition("/")[2].removesuffix(".js"), f"it is the name of the JavaScript runtime's module "
                                                         f"js/base/{path}")
    # (the directories of js/base, which `./functions/number.js` and the like could be mistaken for)
    add("functions", "it is the name of the JavaScript runtime's folder js/base/functions")
    add("stream", "it is the name of the JavaScript runtime's folder js/base/stream")
    return reasons


RESERVED_PACKAGE_NAMES: dict[str, str] = _reserved_package_names()
PACKAGE_NAMES = frozenset(RESERVED_PACKAGE_NAMES)
PHP_RESERVED = frozenset("""
abstract and array as bool break callable case catch class clone const continue declare default die do echo else
elseif empty enddeclare endfor endforeach endif endswitch endwhile enum eval exit extends false final finally
float fn for foreach function global goto if implements include include_once instanceof insteadof int interface
isset iterable list match mixed namespace never new null object or parent print private protected public readonly
require require_once resource return self static string switch throw trait true try unset use var void while xor
yield
""".split())
JS_RESERVED = frozenset("""
await break case catch class const continue debugger default delete do else enum export extends false finally for
function if implements import in instanceof interface let new null package private protected public return static
super switch this throw true try typeof var void while with yield arguments eval undefined
""".split())


def reserved_exchange_id(exchange_id: str) -> str | None:
    """Why an id cannot name an exchange, or None when it can."""
    if exchange_id in RESERVED_PACKAGE_NAMES:
        return RESERVED_PACKAGE_NAMES[exchange_id]
    if exchange_id.startswith("__"):
        return "names that start with __ are Python's and PHP's own (__init__, __construct)"
    if exchange_id in PYTHON_RESERVED_IDS:
        return "Python reserves it"
    if exchange_id in PHP_RESERVED:
        return "PHP reserves it"
    if exchange_id in JS_RESERVED:
        return "JavaScript reserves it"
    return None


def suggested_exchange_id(exchange_id: str) -> str:
    """An id like exchange_id that can name an exchange, for the hint of a reserved one."""
    stem = exchange_id.strip("_") or "my"
    for candidate in (stem + "exchange", stem + "_exchange", "my" + stem, "my_" + stem):
        if EXCHANGE_ID.match(candidate) and reserved_exchange_id(candidate) is None:
            return candidate
    return "myexchange"


@dataclass(frozen=True)
class Member:
    """A callable (or readable) member with the argument counts the emitters translate exactly."""

    min_args: int = 0
    max_args: int | None = 0  # None: any number
    is_property: bool = False

    def accepts(self, count: int) -> bool:
        return count >= self.min_args and (self.max_args is None or count <= self.max_args)

    def describe_arity(self) -> str:
        if self.max_args is None:
            return f"at least {self.min_args} argument{'s' if self.min_args != 1 else ''}"
        if self.min_args == self.max_args:
            return f"exactly {self.min_args} argument{'s' if self.min_args != 1 else ''}"
        return f"{self.min_args} to {self.max_args} arguments"


PROPERTY = Member(is_property=True)
ONE = Member(1, 1)
TWO = Member(2, 2)
ANY = Member(1, None)

GLOBAL_NAMESPACES: dict[str, dict[str, Member]] = {
    "Math": {"floor": ONE, "ceil": ONE, "round": ONE, "abs": ONE, "min": ANY, "max": ANY,
             "sqrt": ONE, "trunc": ONE},
    "JSON": {"parse": ONE, "stringify": ONE},
    "Object": {"keys": ONE, "values": ONE},
    "Array": {"isArray": ONE},
    "Number": {"MAX_SAFE_INTEGER": PROPERTY, "isInteger": ONE},
}

# Precise is used through its static string methods: decimal strings in, decimal strings out.
PRECISE_STATIC: dict[str, Member] = {
    "stringAdd": TWO, "stringSub": TWO, "stringMul": TWO, "stringDiv": Member(2, 3), "stringMod": TWO,
    "stringNeg": ONE, "stringAbs": ONE, "stringMin": TWO, "stringMax": TWO, "stringEq": TWO,
    "stringGt": TWO, "stringGe": TWO, "stringLt": TWO, "stringLe": TWO,
}

# Array methods that take a callback: E001 explains how to unfold them.
CALLBACK_METHODS = frozenset({"map", "filter", "reduce", "forEach", "find", "findIndex", "some", "every", "flatMap"})

GLOBAL_FUNCTIONS: dict[str, Member] = {"parseInt": Member(1, 2), "parseFloat": ONE}
GLOBAL_VALUES = frozenset({"undefined", "Infinity", "NaN"})
ALL_GLOBALS = frozenset(GLOBAL_NAMESPACES) | frozenset(GLOBAL_FUNCTIONS) | GLOBAL_VALUES

# Members of strings and arrays (E007). The receiver's type is not known to
# the checker, so one table serves both; the emitters dispatch on type.
VALUE_MEMBERS: dict[str, Member] = {
    "length": PROPERTY,
    "indexOf": ONE,
    "slice": Member(0, 2),
    "split": ONE,
    "toUpperCase": Member(),
    "toLowerCase": Member(),
    "replace": Member(2, 2),
    "trim": Member(),
    "startsWith": ONE,
    "endsWith": ONE,
    "includes": ONE,
    "padStart": Member(1, 2),
    "padEnd": Member(1, 2),
    "charAt": ONE,
    "toString": Member(),
    "push": ANY,
    "pop": Member(),
    "shift": Member(),
    "unshift": ANY,
    "join": Member(0, 1),
    "concat": Member(0, None),
    "reverse": Member(),
    "sort": Member(),
}

# Why a well-known global is out, and what to write instead (E006).
GLOBAL_ALTERNATIVES: dict[str, str] = {
    "Date": "use this.milliseconds (), this.iso8601 (timestamp) and this.parse8601 (string)",
    "Promise": "await each call in turn (const a = await this.fetchA (); const b = await this.fetchB ();): the calls "
               "Promise.all collected ran in another order in Node, asyncio and synchronous Python and PHP, and a "
               "file could branch on it",
    "console": "remove it: integrations do not print; the runtime's verbose mode logs requests",
    "process": "credentials come from this.apiKey / this.secret, settings from this.options",
    "require": "import base modules at the top of the file: import Exchange from './base/Exchange.js';",
    "eval": "not allowed: a submitted file runs with its users' API keys and may not evaluate code",
    "Function": "not allowed: a submitted file runs with its users' API keys and may not evaluate code",
    "setTimeout": "await this.sleep (milliseconds)",
    "setInterval": "loop with await this.sleep (milliseconds)",
    "fetch": "call the exchange through the implicit API methods (this.publicGetTicker (...))",
    "String": "use this.numberToString (n) for numbers; strings need no conversion",
    "Number": "use this.parseNumber (s), parseFloat (s) or parseInt (s)",
    "Boolean": "compare explicitly: (x !== undefined), (s !== ''), (n !== 0)",
    "isNaN": "compare explicitly, or use this.parseNumber (s) and test for undefined",
    "Error": "throw one of the unified error classes: ExchangeError, BadRequest, InvalidOrder, ...",
}
# What to write instead of a member the subset does not translate (SUB-E006 for globals' members, SUB-E007 for
# string and array members): the fix, not the list of what is allowed.
MEMBER_ALTERNATIVES: dict[str, str] = {
    "Object.assign": "write this.extend (a, b): a new dictionary with the keys of a, then those of b",
    "Object.entries": "loop over the keys: const keys = Object.keys (obj); for (let i = 0; i < keys.length; i++) "
                      "{ const value = this.safeValue (obj, keys[i]); ... }",
    "Object.fromEntries": "build it in a loop: const result = {}; ... result[key] = value;",
    "Object.freeze": "remove it: values are not shared between exchanges",
    "Object.create": "write a literal: {}",
    "Object.getOwnPropertyNames": "write Object.keys (obj)",
    "Array.from": "copy with list.slice (), or build the list in a loop; this.toArray (dictionary) gives the values",
    "Array.of": "write a literal: [ a, b ]",
    "Math.random": "exchanges need no randomness; this.uuid () gives a unique id",
    # V8 computes powers and logarithms with routines of its own, Python and PHP with the C library's: they round
    # differently (Math.pow (10, -5) is 0.000009999999999999999 in Node, 0.00001 elsewhere; Math.pow (10, 23) too).
    "Math.pow": "its result is rounded differently in Node than in Python and PHP (Math.pow (10, -5) is "
                "0.000009999999999999999 in Node alone): a precision from a number of decimals is "
                "this.parsePrecision (digits), exact powers of ten are Precise's (Precise.stringMul (x, '1000')), "
                "a square is x * x",
    "Math.log": "its result is rounded differently in Node than in Python and PHP; the number of digits of a "
                "decimal text is this.precisionFromString (text) or this.decimalExponent (text)",
    "Number.parseFloat": "write parseFloat (s)",
    "Number.parseInt": "write parseInt (s)",
    "Number.isNaN": "write this.parseNumber (s) and compare with undefined",
    "Number.isFinite": "write typeof x === 'number' (and compare with Infinity where it matters)",
    "map": "unfold it into a for loop",
    "filter": "unfold it into a for loop, or this.filterBy (list, key, value)",
    "forEach": "unfold it into a for loop",
    "find": "unfold it into a for loop that breaks at the first match",
    "toFixed": "write this.decimalToPrecision (value, ROUND, digits) or this.numberToString (value)",
    "substring": "write .slice (start, end)",
    "substr": "write .slice (start, start + length)",
    "lastIndexOf": "loop from the end with .charAt (i) or list[i]",
    "replaceAll": "write text.split (a).join (b)",
    "at": "write list[list.length - 1] (or text.charAt (i))",
    "splice": "build a new list with .slice () and .concat ()",
    "flat": "join the lists with this.arrayConcat (a, b) in a loop",
    "trimStart": "write .trim ()",
    "trimEnd": "write .trim ()",
    "toLocaleString": "write this.numberToString (value)",
    "localeCompare": "compare with <, > and ===",
    "keys": "write Object.keys (dictionary)",
    "values": "write Object.values (dictionary)",
}
SANDBOX_GLOBALS = frozenset({"globalThis", "window", "global", "Symbol", "Reflect", "Proxy", "WebAssembly",
                             "XMLHttpRequest", "Buffer", "module", "exports", "__dirname", "__filename"})

# --- the sandbox boundary (SUB-B) ------------------------------------------------------------------

# Identifiers are ASCII and written without escapes, so that no Unicode escape, NFKC twin (Python folds
# `ｓｅｌｆ` into `self`) or homoglyph can alias a name the emitters or the runtimes reserve.
ASCII_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")

# Names that lead from a value to a constructor, a prototype or a language's magic: JavaScript's
# `constructor`, `prototype` and `__proto__`, and every name with two leading underscores (Python's
# dunders and name mangling, PHP's magic methods, JavaScript's __defineGetter__ family).
REACHING_NAMES = frozenset({"constructor", "prototype"})


def is_reaching_name(name: str) -> bool:
    return name in REACHING_NAMES or name.startswith("__")


# Properties that strings, arrays, objects, functions, errors and promises (and the error classes) inherit in
# JavaScript and that hold functions (tests/security checks this list against the running Node). A bracket read
# with one of these keys returns the function when the value is not a dictionary that has the key, so
# such reads go through a safe* helper, which reads own keys only.
INHERITED_FUNCTIONS = frozenset({
    "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__", "__proto__", "anchor",
    "captureStackTrace", "prepareStackTrace", "stackTraceLimit",  # what error classes inherit from Error
    "apply", "arguments", "at", "big", "bind", "blink", "bold", "call", "caller", "catch", "charAt",
    "charCodeAt", "codePointAt", "concat", "constructor", "copyWithin", "endsWith", "entries", "every", "fill",
    "filter", "finally", "find", "findIndex", "findLast", "findLastIndex", "fixed", "flat", "flatMap",
    "fontcolor", "fontsize", "forEach", "hasOwnProperty", "includes", "indexOf", "isPrototypeOf",
    "isWellFormed", "italics", "join", "keys", "lastIndexOf", "link", "localeCompare", "map", "match",
    "matchAll", "normalize", "padEnd", "padStart", "pop", "propertyIsEnumerable", "push", "reduce",
    "reduceRight", "repeat", "replace", "replaceAll", "reverse", "search", "shift", "slice", "small", "some",
    "sort", "splice", "split", "startsWith", "strike", "sub", "substr", "substring", "sup", "then",
    "toExponential", "toFixed", "toLocaleLowerCase", "toLocaleString", "toLocaleUpperCase", "toLowerCase",
    "toPrecision", "toReversed", "toSorted", "toSpliced", "toString", "toUpperCase", "toWellFormed", "trim",
    "trimEnd", "trimLeft", "trimRight", "trimStart", "unshift", "valueOf", "values", "with",
})

# What `this.name` may read or assign without calling it: the keys of the base describe() and of
# instanceDefaults() in js/base/Exchange.js (a test keeps the two in step). Methods are only called.
DESCRIBE_KEYS = frozenset({
    "api", "certified", "commonCurrencies", "countries", "enableRateLimit", "exceptions", "fees", "has",
    "headers", "httpExceptions", "id", "name", "options", "paddingMode", "precisionMode", "proxy", "rateLimit",
    "requiredCredentials", "timeframes", "timeout", "urls", "userAgent", "verbose", "version",
    "maxResponseSize", "maxDecompressedSize", "maxRetryAfter", "streaming",
})
# The user's settings: the base class's defaults or the constructor's config, never an exchange's describe () nor its
# code (SUB-B008), since they route (proxy), print (verbose) or bound (timeout, sizes) every request.
USER_SETTINGS = frozenset({
    "proxy", "verbose", "timeout", "maxResponseSize", "maxDecompressedSize", "maxRetryAfter", "enableRateLimit",
})
# Data properties that the runtime reads and exchange code does not: the rate limiter's last reading of the monotonic
# clock, whose origin is each runtime's (Node's performance.now () counts from the process's start, Python's
# time.monotonic () and PHP's hrtime () from the machine's boot), so that `this.throttleLast < 600000` was true in Node
# and false in Python and PHP on any machine up for ten minutes (red-team round 24). monotonicMilliseconds, the clock
# itself, is INTERNAL_METHODS'.
RUNTIME_PROPERTIES = frozenset({"throttleLast"})
# Attributes the Python native layer sets on an exchange instance beyond THIS_PROPERTIES (a test keeps the list in step
# with python/exchangekit): a method of that name is hidden behind the attribute there, and not in Node or PHP.
PYTHON_INSTANCE_ATTRIBUTES = frozenset({"session"})

THIS_PROPERTIES = DESCRIBE_KEYS | frozenset({
    "apiKey", "secret", "uid", "login", "password", "twofa", "privateKey", "walletAddress", "token", "markets",
    "marketsById", "symbols", "ids", "currencies", "currenciesById", "codes", "lastRestRequestTimestamp",
    "last_http_response", "last_json_response", "last_response_headers", "throttleTokens", "throttleLast",
    "streams", "sessionTokens",
})

# Methods of the request pipeline and the native layer that an exchange may not define: everything an
# exchange sends goes through request -> fetch2 -> sign -> fetch, and an override of fetch would never
# run under the fixtures (the harness replaces it). Exchanges customise `sign`, `handleErrors`, `nonce`
# and the unified methods. The native names are every public method of js/base/NativeExchange.js (a test keeps
# the list in step with all three native layers); what only the native layer calls is private there (#bytes:
# red-team round 54 read a view of Node's buffer pool, which held the secret, through it).
NATIVE_METHODS = frozenset({
    "asymmetricJwt", "base16ToBinary", "base64ToBinary", "base64ToString", "base64urlencode", "binaryConcat",
    "binaryToBase16", "binaryToBase64", "checkMemberName", "close", "decode", "decodeBody", "decompress",
    "encode", "encodeURIComponent", "fetch", "hash", "hmac", "httpError", "iso8601", "json", "jwt",
    "log", "microseconds", "milliseconds", "monotonicMilliseconds", "ownValue", "parse8601", "parseDate",
    "parseJson", "rethrowUncaught", "rfc2616", "seconds", "sleep", "stringToBase64", "throwError", "toJSON", "totp",
    "transportError", "uuid", "checkSigningKeys",
    # streaming (js/base/stream/)
    "watch", "subscribe", "resolveUpdate", "rejectUpdate", "isWatched", "sendFrame", "unwatch", "streamClient",
    "forgetStreamClient", "checkStreaming", "checkKeyNames",
    "streamBacklog", "streamRandom", "crc32",
})
# The Python and PHP native layers have helpers of their own (snake_case, as methods are named there): an
# exchange method with the same snake_case name would replace them in that language only.
NATIVE_HELPERS = frozenset({
    "log_request", "log_response", "proxies", "request_headers", "_algorithm_name", "_bytes", "_datetime",
    "_digest_as", "algorithm_name", "bytes", "digest_as",  # (PHP's names of these three; Node's are private)
    "check_response_size", "check_url", "read_body", "snake_case", "date_of", "utc_milliseconds",
    "without_credentials", "refused_request", "changed_settings", "has_proto_name", "has_conversion_key", "holds_text", "json_serialize", "url_origins", "_merge_sort_by", "merge_sort_by", "in_order", "field_text",
    "lower_case", "upper_case", "object_like", "integer_product", "decimal_column", "market_flags", "_derive_market_flags", "_merged_defaults", "_merged_limits",
    "_markets_of_id", "markets_of_id", "absolute_plain_number", "sleep_seconds", "request_target", "read_response_headers",
    "nests_deeper", "response_verdict", "claims_longer_lists", "json_members", "_refusal", "refusal",
    "check_implicit_name", "ticker_derivations", "tunnels",
    "market_structure",  # Python's builder of this.safeMarketStructure ({ ... }) (STRUCTURE_BUILDERS)
    "scaled_integer", "scaled_number", "small_integer", "plain_quotient", "text_number", "dict_of_value", "milliseconds_of",
    "quotient_number", "plain_tree", "check_key_collisions", "check_names", "few_distinct", "key_hash", "key_name",
    "unlike_dictionaries", "index_keyed", "changed_stream_settings", "check_stream_setting", "stream_setting_text",
    "check_setting", "setting_holds", "check_request_settings", "request_settings_refusal",
    "spelling", "method_spellings",
    # PHP's names ignore case: a method jsonserialize would be PHP's jsonSerialize, which json_encode calls.
    "jsonserialize",
})
# The hot primitives of the base class: js/base/Exchange.js keeps their subset definition as the specification
# (Node runs it, but for the hottest of them, which js/base/Primitives.js puts in its place natively and hands every
# value outside its fast paths), and the Python and PHP emitters leave them out of the base class, which the native
# layers (python/exchangekit/base/primitives.py, php/base/Primitives.php) define instead, natively, held to the
# same shared vectors (tests/vectors/base; Node runs them natively and as specified). A test fails when one of them is
# missing from a native layer. They are sealed like the native methods: an exchange that redefined one would change
# it in some runtimes only.
NATIVE_PRIMITIVES = frozenset({
    "safeValue", "safeValue2", "safeValueN", "safeString", "safeString2", "safeStringN", "safeNumber",
    "safeNumber2", "safeNumberN", "safeInteger", "safeInteger2", "safeIntegerN", "safeIntegerProduct",
    "safeIntegerProduct2", "safeIntegerProductN", "safeTimestamp", "safeTimestamp2", "safeTimestampN", "safeDict",
    "safeDict2", "safeDictN", "safeList", "safeList2", "safeListN", "numberToString", "parseNumber",
    "isDecimalString", "extend", "sortBy", "sortBy2", "parseBidAsk", "parseBidsAsks", "toArray",
    "deepExtend", "deepExtendLevel", "isMergeable", "keyString", "indexBy", "safeUnsigned", "safeMilliseconds",
    "safeMarket", "safeSymbol", "safeFees", "safeTrade", "safeTicker", "parseTrades", "filterBySinceLimit",
    "filterBySymbolSinceLimit", "filterByValueSinceLimit", "safeBool", "safeBool2", "safeBoolN",
    "stringOf", "integerOf", "safeStringLower", "safeStringLower2", "safeStringLowerN", "safeStringUpper",
    "safeStringUpper2", "safeStringUpperN", "safeMarketStructure", "groupBy", "productWithoutFraction",
    "safeCurrency", "safeCurrencyCode", "commonCurrencyCode", "bookPart", "bookPosition", "bookLevels",
    "parsePrecision", "excerpt", "tradeStructure", "tickerStructure", "bySymbol",
})
# Methods of the base class that the Python and PHP native layers call from code of their own (a primitive's native
# body, the native fetch), not always where and when Node's specification calls them: Python's and PHP's safeTrade
# call contractValue only for a contract market and safeFee under other conditions than Node's, and their fetch reads
# a response's Content-Encoding through headerValues, which Node's does not. An exchange that redefined one changed
# a trade's cost, its fee or the decoding of a body in some runtimes only (red-team round 12): they are sealed, and
# tests/security/test_native_callbacks.py finds any other method the native layers call that is not.
NATIVE_CALLED = frozenset({"contractValue", "safeFee", "headerValues"})
# Methods of the base class that the construction runs, where what they return becomes the exchange's hosts or its
# implicit API: describe () may call omit (SUB-B011 lets it merge dictionaries with deepExtend, extend and omit), and
# collectImplicitApi names each endpoint through splitWords and camelCaseWords, tells an HTTP method with inArray and
# builds the api path with arrayConcat. A redefined omit ran the file's own code inside describe (): a condition on the
# clock chose the hosts, so that certify read the registry's and a construction after a date of the file's choosing
# signed requests for another host (red-team round 23). A redefined naming helper made the implicit methods depend on
# more than the api tree, which Python and PHP read once per class and tree and Node at every construction.
CONSTRUCTION_CALLED = frozenset({"omit", "splitWords", "camelCaseWords", "inArray", "arrayConcat"})
# Helpers that exchange code calls but may not redefine: keepSessionToken is what redacts a session's tokens, and an
# exchange that redefined it would have them shown; unique keeps the texts of a credential that redaction looks for
# (credentialTexts), and one that handed back none would show them too.
SEALED_HELPERS = frozenset({"keepSessionToken", "unique"})
# The stream state's reads and writes, by which SUB-D007 judges what a state holds: an override of setStreamState with
# a parameter more stored what its callers passed there, which the rule did not judge (red-team round 74).
STREAM_STATE_HELPERS = frozenset({"streamState", "setStreamState"})
SEALED_METHODS = NATIVE_METHODS | NATIVE_PRIMITIVES | NATIVE_CALLED | CONSTRUCTION_CALLED | SEALED_HELPERS \
    | STREAM_STATE_HELPERS | frozenset({
    "send",  # Node's raw transport, a private #send now, whose name stays the runtime's
    "request", "fetch2", "handleRestResponse", "handleHttpStatusCode", "redactSecrets", "excerpt",
    "implicitApiMethods", "collectImplicitApi", "instanceDefaults", "credentials", "checkRequiredCredentials",
    "throwExactlyMatchedException", "throwBroadlyMatchedException", "secretForms", "percentEncodedForms",
    "credentialTexts", "credentialForms", "escapedForms", "isUnicodeText",
    "basicAuthorization", "checkBookSideName",
    "headersForExchange", "throttle", "throttleDelay",
    "refillThrottle", "holdThrottle", "retryAfterDelay",
})

# Methods of the runtime that exchange code does not even call: the raw transport (Node's send requests any URL, below
# fetch's check of the origins), fetch itself (requests go through the implicit API methods, signed and rate
# limited), the stream connections, the error and log plumbing, and what hands out or rebuilds the credentials and
# the construction. The native layers' own helpers (NATIVE_HELPERS, Python's and PHP's snake_case names) neither.
INTERNAL_METHODS = frozenset({
    "send", "fetch", "decodeBody", "decompress", "streamClient", "forgetStreamClient", "streamBacklog", "streamRandom",
    "httpError", "transportError", "checkMemberName", "log", "toJSON", "close", "checkSigningKeys",
    "monotonicMilliseconds",  # the rate limiter's clock: its origin is each runtime's (see RUNTIME_PROPERTIES)
    # What the book helpers change in place: a part they made is handed back as it is where the specification, which
    # the checker reads, copies (red-team round 76).
    "bookPart",
    "redactSecrets", "credentialTexts", "credentialForms", "instanceDefaults", "implicitApiMethods", "collectImplicitApi", "handleRestResponse", "throttle",
    "throttleDelay", "refillThrottle", "holdThrottle", "retryAfterDelay",
    # The builders of safeTrade and safeTicker, which split off their readers only so that V8 inlines those: exchange
    # code calls safeTrade and safeTicker.
    "tradeStructure", "tickerStructure",
})


def is_internal(method: str) -> bool:
    """A method of the runtime that exchange code may not call, in any language's spelling of its name."""
    return method in INTERNAL_METHODS or snake_case(method) in INTERNAL_SNAKE_CASE


def is_sealed(method: str) -> bool:
    """A method of the request pipeline or a native layer, in any language's spelling of its name."""
    return method in SEALED_METHODS or snake_case(method) in SEALED_SNAKE_CASE

# Base-class methods that return a promise (A002) and ones that never do.
BASE_ASYNC_METHODS = frozenset({
    "loadMarkets", "fetchMarkets", "fetchCurrencies", "fetchTicker", "fetchTickers", "fetchOrderBook",
    "fetchOHLCV", "fetchTrades", "fetchBalance", "createOrder", "cancelOrder", "editOrder", "fetchOrder",
    "fetchOrders", "fetchOpenOrders", "fetchClosedOrders", "fetchMyTrades", "fetchDeposits",
    "fetchWithdrawals", "fetchTransactions", "fetchLedger", "fetchDepositAddress", "withdraw", "fetchTime",
    "fetchStatus", "fetchTradingFees", "fetchFundingFees", "cancelAllOrders", "fetch2", "request", "fetch",
    "sleep", "throttle", "fetchPositions", "fetchPosition", "fetchFundingRate", "fetchFundingRates",
    "fetchFundingRateHistory", "fetchOpenInterest", "setLeverage", "setMarginMode", "fetchLeverage",
    "fetchMarkOHLCV", "fetchIndexOHLCV",
    # streaming
    "watch", "subscribe", "sendFrame", "unwatch", "handleMessage", "resubscribeMessage", "watchTicker", "watchTickers",
    "watchOrderBook", "watchTrades",
    "watchOHLCV", "watchBalance", "watchOrders", "watchMyTrades", "unWatchTicker", "unWatchOrderBook",
    "unWatchTrades",
})
BASE_SYNC_METHOD = re.compile(
    r"^(safe[A-Z0-9]\w*|parse[A-Z]\w*|filterBy\w*|sortBy|indexBy|groupBy|extend|deepExtend|omit|pluck|sum"
    r"|market|marketId|marketIds|currency|symbol|buildSymbol|\w+ToPrecision|decimalToPrecision|milliseconds|seconds"
    r"|microseconds|iso8601|parse8601|ymdhms|ymd|json|urlencode\w*|rawencode|hmac|hash|jwt|asymmetricJwt|encode|decode"
    r"|numberToString|checkRequiredCredentials|handleErrors|sign|describe|nonce|uuid)$"
)

HTTP_METHODS = frozenset({"get", "post", "put", "delete", "patch", "head", "options"})
# The algorithms of this.hash and this.hmac (HASHES in every native layer).
HASH_ALGORITHMS = frozenset({"md5", "sha1", "sha256", "sha384", "sha512", "sha3-256", "keccak-256"})

# Names that cannot be Python method names (methods keep the API's names, so they are rejected).
PYTHON_KEYWORDS = frozenset(keyword.kwlist)
# Module names that would shadow a keyword or a builtin in the generated package index.
PYTHON_RESERVED_IDS = PYTHON_KEYWORDS | frozenset(keyword.softkwlist) | frozenset(dir(builtins))


def spelling(name: str) -> str:
    """A name as the runtimes' constructors compare the names of the exchange's properties with its methods' (any case,
    with or without underscores): Python spells methods in snake_case and camelCase, PHP in snake_case compared in any
    case, Node in camelCase."""
    return name.lower().replace("_", "")


def snake_case(name: str) -> str:
    """fetchOHLCV -> fetch_ohlcv, loadHTTPProxy -> load_http_proxy, fetchL2OrderBook -> fetch_l2_order_book."""
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    name = re.sub(r"(?<=[A-Z])(?=[A-Z][a-z]{2,})", "_", name)
    return name.lower()


def camel_case(name: str) -> str:
    """fetch_ticker -> fetchTicker, to_str -> toStr: the regular camelCase spelling of a snake_case name."""
    head, *words = name.split("_")
    return head + "".join(word.capitalize() for word in words)


SEALED_SNAKE_CASE = frozenset(snake_case(name) for name in SEALED_METHODS) | NATIVE_HELPERS
INTERNAL_SNAKE_CASE = frozenset(snake_case(name) for name in INTERNAL_METHODS) | NATIVE_HELPERS


def implicit_method_name(path: list[str], http_method: str, endpoint: str) -> str:
    """('public', 'get', 'ticker/{pair}') -> publicGetTickerPair, as the implicit API names it."""
    words = [*path, http_method, *re.split(r"[^A-Za-z0-9]+", endpoint)]
    words = [word for word in words if word]
    return words[0][:1].lower() + words[0][1:] + "".join(word[:1].upper() + word[1:] for word in words[1:])
