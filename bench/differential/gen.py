"""Seeded, edge-biased inputs for the base helpers: `gen.py SEED PER_HELPER [helper,helper,...] > calls.json` writes
[[method, [args]], ...], each argument tagged: {"$u": 1} undefined, {"$n": text} a number as JSON reads text (each
runtime's own parseJson: -0, 1e400, digits past 2^53), {"$o": [[key, value], ...]} a dictionary in insertion order,
{"$h": n} a list of n holes. Arguments are fitted to each method's arity as the checker holds calls to it
(SUB-E019's arities, read from the base class by the checker's own analysis: run it with the project's venv).
Imported (responses.py), it lends its edge-biased values: set R to a seeded random.Random first."""
import json
import os
import random
import sys

R = random.Random(0)
U = {"$u": 1}
def N(text): return {"$n": text}
def O(pairs): return {"$o": pairs}

NUMBER_TEXTS = ["0", "-0", "1", "-1", "0.1", "0.2", "0.3", "1e21", "1e-7", "1e-6", "123e-20", "5e-324", "-5e-324",
    "1.7976931348623157e308", "1e400", "-1e400", "1e-400", "-1e-400", "9007199254740991", "9007199254740992",
    "9007199254740993", "-9007199254740993", "18446744073709551616", "9223372036854775807", "9223372036854775808",
    "4294967295", "4294967294", "2147483648", "0.5", "1.5", "2.5", "-2.5", "-0.5", "0.000001", "1e20", "1.0", "-0.0",
    "100", "1700000000000", "1700000000", "1700000000.5", "253402300800000", "-62135596800001", "8.64e15", "8.640000000000001e15",
    "123456789.123456789", "0.30000000000000004", "1e-323", "2.2250738585072014e-308", "99999999999999999999", "3.0e0"]
NUMERIC_TEXTS = ["", " ", "0", "-0", "+0", "00", "01", "1.", ".1", "-.1", "+.1", ".", "-", "+", "1e", "1e+", "1e-5",
    "1E5", "1e+5", "0x10", "0X1A", "0b1", "0o7", "1_000", "1,5", "1 ", " 1", "\t1\n", "\u00a01", "1\u00a0", "\u20281",
    "\ufeff1", "Infinity", "-Infinity", "+Infinity", "infinity", "NaN", "nan", "inf", "１", "٣", "²", "1n", "12abc",
    "abc", "1e1000", "1e-1000", "-1e1000", "1e400", "0.0000", "0.10", "10.00", "-00.10", "1.5e3", "1.5E-3", "1e21",
    "123456789012345678901234567890", "0.000000000000000000000000001", "1" + "0" * 40, "1" + "0" * 41, "9" * 330,
    "0." + "0" * 320 + "1", "1e2147483648", "1e-2147483649", "00000000001", "-" + "9" * 25, "4.35", "1.005", "8.345",
    "0.1e1", "1.e1", "e5", "-e5", "1e5.5", "1.2.3", "--1", "+-1", "1-", "١٢٣", "𝟏", "1\u0000", "true", "false", "null",
    "9007199254740993", "9007199254740993.0", "1e-7", "1e-6", "0.0000001", "123e-20", "5e-324", "1.7976931348623157e309",
    "4294967295", "4294967296", "-1", "2.5", "-2.5", "0.5", "-0.5", "1.45", "1.55", "1.999999999999999999999"]
STRINGS = ["", "a", "A", "abc", "BTC", "btc/usdt", "ß", "İ", "ı", "ﬁ", "Σ", "ΌΣ", "ǅ", "é", "e\u0301", "😀", "a😀b",
    "€", "\u00ff", "\u0100", "日本", "x y", "a&b=c", "?", "#", "%", "%25", "%zz", "+", "/", "..", ".", "\\", "'", '"',
    "\n", "\r\n", "\t", "\u2028", "\u0085", "\u0000", "toString", "constructor", "valueOf", "length", "hasOwnProperty",
    "__proto__", "prototype", "0", "1", "01", "-1", "1.5", "NaN", "undefined", "null", "true", "[object Object]",
    "timestamp", "price", "amount", "id", "symbol", "side", "\u200b", "\ud7ff", "\ue000", "\uffff", "\U0001f600x",
    "Ⅸ", "ǲ", "ŉ", "ΐ", "\u0130", "K", "Å", "ẞ", "ſ"]
KEYS = ["a", "b", "c", "id", "price", "amount", "timestamp", "symbol", "0", "1", "2", "10", "01", "-1", "1.5", "",
    "4294967294", "4294967295", "4294967296", "9007199254740993", "1e3", " 1", "toString", "constructor", "length",
    "valueOf", "hasOwnProperty", "NaN", "undefined", "null", "true", "ß", "😀", "a b", "A", "B"]

def number():
    r = R.random()
    if r < 0.5: return N(R.choice(NUMBER_TEXTS))
    if r < 0.65: return N(str(R.randint(-10**6, 10**6)))
    if r < 0.8: return N(repr(R.uniform(-1e6, 1e6)))
    if r < 0.9: return N(f"{R.random():.{R.randint(1, 20)}f}")
    return N(f"{R.choice(['', '-'])}{R.randint(1, 9)}e{R.randint(-330, 330)}")

def numeric_text():
    r = R.random()
    if r < 0.6: return R.choice(NUMERIC_TEXTS)
    if r < 0.75: return R.choice(NUMBER_TEXTS)
    if r < 0.85: return str(R.uniform(-1e9, 1e9))
    digits = "".join(R.choice("0123456789") for _ in range(R.randint(1, 60)))
    point = R.randint(0, len(digits))
    return R.choice(["", "-", "+"]) + digits[:point] + R.choice([".", ""]) + digits[point:] + R.choice(["", "", "e" + str(R.randint(-40, 40))])

def string():
    r = R.random()
    if r < 0.5: return R.choice(STRINGS)
    if r < 0.7: return numeric_text()
    if r < 0.85: return "".join(R.choice(STRINGS) for _ in range(R.randint(0, 4)))
    return "".join(chr(R.choice([R.randint(32, 126), R.randint(0x80, 0x2fff), R.randint(0xe000, 0xfffd), R.randint(0x10000, 0x1ffff)])) for _ in range(R.randint(0, 8)))

def key():
    r = R.random()
    if r < 0.7: return R.choice(KEYS)
    if r < 0.85: return str(R.randint(0, 20))
    return string()

def scalar():
    r = R.random()
    if r < 0.3: return number()
    if r < 0.6: return string()
    if r < 0.7: return R.choice([True, False])
    if r < 0.8: return None
    return U

def value(depth=0):
    r = R.random()
    if depth > 3 or r < 0.5: return scalar()
    if r < 0.75: return dictionary(depth + 1)
    if r < 0.95: return [value(depth + 1) for _ in range(R.randint(0, 5))]
    return {"$h": R.randint(0, 4)}

def dictionary(depth=0, keys=None, values=None):
    pairs = []
    for _ in range(R.randint(0, 6)):
        name = R.choice(keys) if keys and R.random() < 0.8 else key()
        item = values() if values else value(depth + 1)
        if name == "length" and isinstance(item, dict) and "$n" in item:
            item = N(str(R.randint(0, 5)))  # (a length of 10^14 makes every runtime loop alike: no difference, only time)
        pairs.append([name, item])
    return O(pairs)

def any_key():
    r = R.random()
    if r < 0.6: return key()
    if r < 0.8: return number()
    if r < 0.9: return [number()] if R.random() < 0.5 else [key()]
    return R.choice([U, None, True, False])

def container():
    r = R.random()
    if r < 0.55: return dictionary(keys=KEYS[:12])
    if r < 0.8: return [value(2) for _ in range(R.randint(0, 5))]
    return scalar()

def entry(keys=("timestamp", "price", "amount", "id", "symbol", "a", "b")):
    return dictionary(keys=list(keys), values=lambda: scalar() if R.random() < 0.9 else value(2))

def entries():
    r = R.random()
    if r < 0.8: return [entry() if R.random() < 0.9 else value(2) for _ in range(R.randint(0, 7))]
    if r < 0.9: return O([[key(), entry()] for _ in range(R.randint(0, 5))])
    return scalar()

def levels():
    out = []
    for _ in range(R.randint(0, 5)):
        if R.random() < 0.7:
            out.append([R.choice([number(), numeric_text()]) for _ in range(R.randint(0, 4))])
        else:
            out.append(R.choice([entry(("price", "amount", "0", "1", "p", "q")), scalar()]))
    return R.choice([out, out, out, O([[key(), l] for l in out]), scalar()])

def date_text():
    r = R.random()
    y = R.choice([R.randint(0, 10000), 1970, 2000, 2024, 1900, 9999, 10000, 1, 0, 99, 100, 2016])
    mo, d = R.randint(0, 13), R.randint(0, 32)
    h, mi, s = R.randint(0, 25), R.randint(0, 61), R.choice([R.randint(0, 61), 60, 59])
    frac = R.choice(["", "." + str(R.randint(0, 999999999))[:R.randint(1, 9)], ".", ",5"])
    tz = R.choice(["Z", "", "+00:00", "+01:00", "-05:30", "+0100", "+01", "+24:00", "z", " UTC", " GMT", "+00:60"])
    if r < 0.5: return f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}{frac}{tz}"
    if r < 0.6: return f"{y:04d}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}{frac}{tz}"
    if r < 0.7: return f"{y:04d}-{mo:02d}-{d:02d}"
    if r < 0.8:
        wd = R.choice(["Mon", "Tue", "Sun", "Xyz"]); mon = R.choice(["Jan", "Feb", "Dec", "jan", "Foo"])
        return f"{wd}, {d} {mon} {y} {h:02d}:{mi:02d}:{s:02d} {R.choice(['GMT', 'UTC', '+0000', 'Z', ''])}"
    if r < 0.9: return R.choice(["", "2024", "2024-01", "2024-1-1", "2024-01-01T", "2024-01-01T00:00", "+002024-01-01T00:00:00Z",
        "-000001-01-01T00:00:00Z", "2016-12-31T23:59:60Z", "2024-02-30T00:00:00Z", "2023-02-29", "2024-02-29T24:00:00Z",
        "1700000000000", "2024-01-01T00:00:00.123456789Z", "２０２４-01-01", "2024-01-01T00:00:00+0000", "2024-01-01t00:00:00z",
        " 2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z ", "2024-01-01T00:00:00.Z", "0000-01-01T00:00:00Z", "2024-W01"])
    return string()

def timestamp():
    r = R.random()
    if r < 0.4: return N(str(R.randint(-62135596800000 - 10, 253402300800000 + 10)))
    if r < 0.6: return N(R.choice(["0", "-0", "-1", "1", "1.5", "-1.5", "999.9", "1e20", "8.64e15", "8640000000000001",
        "-8.64e15", "-62135596800000", "-62135596800001", "253402300799999", "253402300800000", "1700000000000.7",
        "1483228800000", "1483228799999", "1e400", "-1e400", "0.1", "-0.9"]))
    if r < 0.7: return N(repr(R.uniform(-1e14, 1e14)))
    if r < 0.8: return numeric_text()
    return scalar()

def hostile_json():
    r = R.random()
    if r < 0.3:
        return json.dumps(plain(R.randint(0, 3)))
    pieces = ['{"a":1,"a":2}', '{"1":1,"0":2,"b":3,"-1":4}', '[1,,2]', '[1,2,]', '{"a":1,}', '1e400', '-1e400', '-0', '[-0]',
        '0.1e1', '1E2', '"\\ud800"', '"\\udc00\\ud800"', '"\\u0000"', '"\\/"', '{"__proto__":1}', '{"constructor":{"prototype":1}}',
        '{"toString":1}', '{"\\u0074oString":1}', '{"valueOf":[]}', '  [1]  ', '\ufeff[1]', '[1]\u00a0', 'NaN', 'Infinity', '[NaN]',
        "'a'", '{a:1}', '[01]', '[1.]', '[.1]', '[+1]', '[1e]', '[0x1]', '"\\x41"', '"\t"', '"\n"', '["a\u2028"]', 'true', 'null',
        '[9007199254740993]', '[1' + '0' * 400 + ']', '[0.' + '0' * 400 + '1]', '{"9007199254740993":1}', '{"4294967295":1,"4294967294":2}',
        '{"01":1,"1":2}', '[]', '{}', '""', '', ' ', '[[[[[[]]]]]]', '{"a":{"b":{}}}', '[true,false,null]', '[1e-400]', '{"":1}',
        '[1' + '0' * 20 + ']', '{"b":1,"a":2,"10":3,"9":4}', '["\\u00e9", "\\uD83D\\uDE00"]', '[-]', '[--1]', '[1e+]', '"\\u00"']
    text = R.choice(pieces)
    if R.random() < 0.3:
        text = "[" + text + "," + R.choice(pieces) + "]"
    return text

def plain(depth):
    r = R.random()
    if depth <= 0 or r < 0.4:
        return R.choice([1, -1, 0, 1.5, 1e21, 1e-7, "x", "ß", "😀", True, False, None, "1", 2**53 + 1])
    if r < 0.7:
        return {R.choice(KEYS): plain(depth - 1) for _ in range(R.randint(0, 4))}
    return [plain(depth - 1) for _ in range(R.randint(0, 4))]

def url_params():
    return dictionary(values=lambda: R.choice([scalar(), scalar(), [scalar(), scalar()], dictionary(1)]))

def path():
    return "".join(R.choice(["{id}", "{a}", "/", "x", "{", "}", "{}", "{0}", "{toString}", "{ id }", "{id}{a}", "v1/", "{b}"]) for _ in range(R.randint(0, 5)))

SAFE1 = ["safeValue", "safeString", "safeStringLower", "safeStringUpper", "safeNumber", "safeFloat", "safeInteger",
    "safeTimestamp", "safeBool", "safeDict", "safeList", "safeUnsigned", "safeMilliseconds"]
SAFE2 = ["safeValue2", "safeString2", "safeStringLower2", "safeStringUpper2", "safeNumber2", "safeFloat2", "safeInteger2",
    "safeTimestamp2", "safeBool2", "safeDict2", "safeList2"]
SAFEN = ["safeValueN", "safeStringN", "safeStringLowerN", "safeStringUpperN", "safeNumberN", "safeFloatN", "safeIntegerN",
    "safeTimestampN", "safeBoolN", "safeDictN", "safeListN"]
def default(): return R.choice([U, U, U, scalar(), value(2)])
def opt(*args):
    # drops trailing arguments at random (defaults apply)
    args = list(args)
    while args and R.random() < 0.3:
        args.pop()
    return args

def mode():
    return R.choice([N("0"), N("1"), N("2"), N("3"), N("4"), N("5"), N("6"), U, N("7"), "1"])

BASE64_TEXTS = ["", "YQ==", "YQ", "Y", "YQ=", "YQ===", "Y Q==", "YQ==\n", "-_8=", "+/8=", "w6k=", "/w==", "gA==", "7aCA",
                "8J+YgA==", "=", "====", "YWJj", "YW Jj", "YQ==YQ=="]
HELPERS = {}
for name in SAFE1: HELPERS[name] = lambda: opt(container(), any_key(), default())
for name in SAFE2: HELPERS[name] = lambda: opt(container(), any_key(), any_key(), default())
for name in SAFEN: HELPERS[name] = lambda: opt(container(), R.choice([[any_key() for _ in range(R.randint(0, 3))], scalar()]), default())
HELPERS.update({
    "safeIntegerProduct": lambda: opt(container(), any_key(), R.choice([number(), N("1000"), N("0.001"), N("1e-8"), scalar()]), default()),
    "safeIntegerProduct2": lambda: opt(container(), any_key(), any_key(), R.choice([number(), N("1000"), N("0.001")]), default()),
    "safeIntegerProductN": lambda: opt(container(), [any_key(), any_key()], R.choice([number(), N("1000"), N("0.001")]), default()),
    "stringOf": lambda: [R.choice([number(), string(), scalar(), value(2)])],
    "integerOf": lambda: [R.choice([number(), numeric_text(), scalar()])],
    "parseNumber": lambda: opt(R.choice([number(), numeric_text(), scalar(), value(2)]), default()),
    "numberToString": lambda: [R.choice([number(), number(), numeric_text(), scalar()])],
    "isDecimalString": lambda: [R.choice([numeric_text(), number(), scalar()])],
    "precisionFromString": lambda: [R.choice([numeric_text(), numeric_text(), number()])],
    "parsePrecision": lambda: [R.choice([numeric_text(), number(), scalar()])],
    "decimalToPrecision": lambda: opt(R.choice([number(), numeric_text()]), mode(), R.choice([number(), N(str(R.randint(-3, 20))), N(str(R.randint(0, 12))), numeric_text()]), mode(), mode()),
    "Precise.stringDiv": lambda: opt(numeric_text(), numeric_text(), R.choice([N(str(R.randint(-2, 30))), number(), U])),
    **{f"Precise.string{name}": lambda: [numeric_text(), numeric_text()]
       for name in ("Add", "Sub", "Mul", "Mod", "Min", "Max", "Eq", "Gt", "Le")},
    "Precise.stringNeg": lambda: [numeric_text()],
    "Precise.stringAbs": lambda: [numeric_text()],
    "sortBy": lambda: opt(entries(), R.choice(["timestamp", "price", "id", "a", N("0"), N("1"), key()]), R.choice([True, False, U, N("1"), "x"]), default()),
    "sortBy2": lambda: opt(entries(), R.choice(["timestamp", "price", key()]), R.choice(["id", "amount", key()]), R.choice([True, False, U])),
    "extend": lambda: [R.choice([dictionary(), dictionary(), value(2)]) for _ in range(R.randint(0, 4))],
    "deepExtend": lambda: [R.choice([dictionary(), dictionary(), value(1)]) for _ in range(R.randint(0, 4))],
    "indexBy": lambda: opt(entries(), R.choice(["id", "symbol", "price", "timestamp", key(), N("0")])),
    "groupBy": lambda: opt(entries(), R.choice(["id", "symbol", "price", "timestamp", key(), N("0")])),
    "filterBySinceLimit": lambda: opt(entries(), timestamp(), R.choice([N(str(R.randint(-2, 8))), number(), U, scalar()]), R.choice(["timestamp", "price", key()]), R.choice([True, False, U, N("1")])),
    "filterBySymbolSinceLimit": lambda: opt(entries(), R.choice([string(), U, scalar()]), timestamp(), R.choice([N(str(R.randint(-2, 8))), U]), R.choice([True, False])),
    "filterBy": lambda: opt(entries(), R.choice(["id", "symbol", key()]), scalar()),
    "omit": lambda: opt(R.choice([dictionary(), value(1)]), R.choice([[key() for _ in range(R.randint(0, 3))], key(), scalar()])),
    "pluck": lambda: opt(entries(), R.choice(["id", "price", key()])),
    "toArray": lambda: [R.choice([dictionary(), value(1), entries()])],
    "keysort": lambda: [R.choice([dictionary(), dictionary(), value(1)])],
    "unique": lambda: [R.choice([[scalar() for _ in range(R.randint(0, 6))], value(1)])],
    "sum": lambda: [R.choice([number(), scalar()]) for _ in range(R.randint(0, 4))],
    "arrayConcat": lambda: [R.choice([[scalar()], value(1)]), R.choice([[scalar()], value(1)])],
    "isEmpty": lambda: [value(1)],
    "inArray": lambda: [scalar(), R.choice([[scalar() for _ in range(3)], value(1)])],
    "iso8601": lambda: [timestamp()],
    "parse8601": lambda: [R.choice([date_text(), date_text(), scalar()])],
    "parseDate": lambda: [R.choice([date_text(), date_text(), scalar()])],
    "rfc2616": lambda: [timestamp()],
    "ymdhms": lambda: opt(timestamp(), R.choice([" ", "T", "", U, N("1")])),
    "ymd": lambda: opt(timestamp(), R.choice(["-", "", U])),
    "yyyymmdd": lambda: opt(timestamp(), R.choice(["-", "", U])),
    "yymmdd": lambda: opt(timestamp(), R.choice(["-", "", U])),
    "json": lambda: [value(0)],
    "parseJson": lambda: [R.choice([hostile_json(), hostile_json(), scalar()])],
    "urlencode": lambda: [R.choice([url_params(), url_params(), value(1)])],
    "rawencode": lambda: [R.choice([url_params(), value(1)])],
    "urlencodeNested": lambda: [R.choice([url_params(), O([["a", url_params()]]), value(1)])],
    "encodeURIComponent": lambda: [R.choice([string(), string(), scalar()])],
    "implodeParams": lambda: [R.choice([path(), path(), string()]), R.choice([dictionary(keys=["id", "a", "b", "toString", "0"]), value(1)])],
    "extractParams": lambda: [R.choice([path(), string(), scalar()])],
    "stringToBase64": lambda: [R.choice([string(), scalar()])],
    "base64ToString": lambda: [R.choice(BASE64_TEXTS + [string()])],
    "encode|binaryToBase64": lambda: [R.choice([string(), scalar()])],
    "encode|binaryToBase16": lambda: [R.choice([string(), scalar()])],
    "encode|base64urlencode": lambda: [R.choice([string(), scalar()])],
    "base64ToBinary|binaryToBase16": lambda: [R.choice(BASE64_TEXTS + ["_-", "gA", "QUJD\tRA==", "QU.JD", string()])],
    "base16ToBinary|binaryToBase64": lambda: [R.choice(["", "0", "00", "0g", "ff", "FF", "fF0", " 00", "00 ", "0x00", "ab cd", "abcd", "éé", string()])],
    "hash": lambda: opt(R.choice([string(), scalar()]), R.choice(["md5", "sha1", "sha256", "sha384", "sha512", "keccak", "sha3", "SHA256", "sha224", "ripemd160", "x", U]), R.choice(["hex", "base64", "hex", "HEX", "latin1", U])),
    "hmac": lambda: opt(R.choice([string(), scalar()]), R.choice([string(), scalar()]), R.choice(["md5", "sha1", "sha256", "sha384", "sha512", "keccak", "SHA256", "x", U]), R.choice(["hex", "base64", "HEX", U])),
    "crc32": lambda: [R.choice([string(), scalar()])],
    "parseBidsAsks": lambda: opt(levels(), R.choice([N("0"), N("1"), "price", N("2"), N("-1"), N("0.5"), "0", key()]), R.choice([N("1"), N("0"), "amount", "1", key()])),
    "parseOrderBook": lambda: opt(R.choice([O([["bids", levels()], ["asks", levels()]]), O([["b", levels()], ["a", levels()], ["t", scalar()]]), scalar(), dictionary()]), R.choice(["BTC/USD", U]), timestamp(), R.choice(["bids", "b"]), R.choice(["asks", "a"]), R.choice([N("0"), "price", N("1")]), R.choice([N("1"), "amount", N("0")])),
    "parseOHLCV": lambda: [R.choice([[R.choice([number(), numeric_text(), scalar()]) for _ in range(R.randint(0, 7))], dictionary(), scalar()])],
    "excerpt": lambda: opt(R.choice([string(), "".join(R.choice(STRINGS) for _ in range(80)), scalar()]), R.choice([N(str(R.randint(-1, 10))), U])),
    "splitWords": lambda: [R.choice([string(), "fetchOHLCV", "publicGetTickerPair", "loadHTTPProxy", "v3PrivateGetAccountInfo", "a_b-c d", "ABCdef", "aBC1D2"])],
    "camelCaseWords": lambda: [R.choice([[string(), string()], [string()], scalar()])],
    "safeCurrencyCode": lambda: opt(R.choice([string(), string(), scalar()]), U),
    "commonCurrencyCode": lambda: [R.choice([string(), "XBT", "BCC", "xbt", "USD", scalar()])],
    "safeTicker": lambda: opt(dictionary(keys=["symbol", "timestamp", "high", "low", "bid", "ask", "last", "close", "open", "change", "percentage", "average", "vwap", "baseVolume", "quoteVolume", "previousClose", "bidVolume", "info"], values=lambda: R.choice([number(), numeric_text(), scalar()]))),
    "safeTrade": lambda: opt(dictionary(keys=["id", "symbol", "timestamp", "price", "amount", "cost", "side", "type", "takerOrMaker", "order", "fee", "fees", "info"], values=lambda: R.choice([number(), numeric_text(), scalar(), dictionary(keys=["cost", "currency", "rate"], values=lambda: R.choice([number(), numeric_text(), scalar()]))]))),
    "safeOrder": lambda: opt(dictionary(keys=["id", "symbol", "timestamp", "price", "amount", "cost", "filled", "remaining", "average", "side", "type", "status", "trades", "fee", "fees", "lastTradeTimestamp"], values=lambda: R.choice([number(), numeric_text(), scalar(), [dictionary(keys=["price", "amount", "cost"], values=lambda: R.choice([number(), numeric_text()]))]]))),
    "safeBalance": lambda: [dictionary(keys=["info", "BTC", "USD", "free", "used", "total", "timestamp"], values=lambda: R.choice([dictionary(keys=["free", "used", "total"], values=lambda: R.choice([number(), numeric_text(), scalar()])), scalar()]))],
    "roundToTick": lambda: opt(R.choice([number(), numeric_text()]), R.choice([number(), numeric_text()]), mode()),
    "sortBy|json": lambda: opt(entries(), R.choice(["timestamp", "price", key()]), R.choice([True, False])),
    "keysort|json": lambda: [dictionary()],
    "extend|json": lambda: [dictionary() for _ in range(R.randint(1, 3))],
    "indexBy|json": lambda: opt(entries(), R.choice(["id", "price", "timestamp", key()])),
    "groupBy|json": lambda: opt(entries(), R.choice(["id", "price", "timestamp", key()])),
    "parseJson|json": lambda: [hostile_json()],
    "deepExtend|json": lambda: [dictionary() for _ in range(R.randint(1, 3))],
    "omit|json": lambda: [dictionary(), [key(), key()]],
})



def base_arities():
    """(required, accepted) argument counts of the base class's methods and the native layer's, as the checker holds
    an exchange's calls to them."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    sys.path.insert(0, root)
    from transpiler.analysis import methods
    found = dict(methods._stored_summary(os.path.join(root, "js", "base", "Exchange.js"), True)["arities"])
    found.update({name: list(counts) for name, counts in methods.native_arities(os.path.join(root, "js")).items()})
    return found


def fit(name, args):
    required, accepted = ARITIES.get(name, [2, 2] if name.startswith("Precise.") else [0, None])
    args = list(args)
    while len(args) < required:
        args.append(U)
    if accepted is not None:
        args = args[:accepted]
    return args

def fee():
    return dictionary(keys=["cost", "currency", "rate"], values=lambda: R.choice([number(), numeric_text(), scalar()]))


def structure(keys):
    return dictionary(keys=keys, values=lambda: R.choice([number(), numeric_text(), scalar(), fee(), [fee(), fee()]]))


HELPERS.update({
    "safeFees": lambda: [R.choice([[fee() for _ in range(R.randint(0, 4))], value(1)]), R.choice([fee(), U])],
    "aggregateFees": lambda: [R.choice([[fee() for _ in range(R.randint(0, 4))], value(1)])],
    "safeFee": lambda: [R.choice([fee(), value(1)])],
    "safeTransaction": lambda: [structure(["id", "txid", "timestamp", "amount", "currency", "status", "fee", "type", "address", "tag", "network"])],
    "safeLedgerEntry": lambda: [structure(["id", "timestamp", "amount", "currency", "before", "after", "fee", "direction", "type"])],
    "safePosition": lambda: [structure(["symbol", "contracts", "contractSize", "entryPrice", "markPrice", "notional", "side", "unrealizedPnl", "leverage", "collateral", "initialMargin", "maintenanceMargin", "timestamp"])],
    "safeFundingRate": lambda: [structure(["symbol", "fundingRate", "timestamp", "fundingTimestamp", "nextFundingRate", "markPrice", "indexPrice", "interval"])],
    "safeOpenInterest": lambda: [structure(["symbol", "openInterestAmount", "openInterestValue", "timestamp", "baseVolume", "quoteVolume"])],
    "safeTransfer": lambda: [structure(["id", "timestamp", "amount", "currency", "fromAccount", "toAccount", "status"])],
    "safeLeverage": lambda: [structure(["symbol", "marginMode", "longLeverage", "shortLeverage", "leverage"])],
    "safeMarket": lambda: opt(R.choice([string(), scalar()]), U, R.choice(["/", "-", "_", U, ""]), R.choice(["spot", "swap", U])),
    "safeSymbol": lambda: opt(R.choice([string(), scalar()]), U, R.choice(["/", "-", "_", U, ""]), R.choice(["spot", "swap", U])),
    "safeCurrency": lambda: opt(R.choice([string(), scalar()]), U),
    "filterByValueSinceLimit": lambda: opt(entries(), R.choice(["id", "symbol", key()]), scalar(), timestamp(), R.choice([N(str(R.randint(-2, 8))), U, number()]), R.choice(["timestamp", "price", key()]), R.choice([True, False, U])),
    "encodeQuery": lambda: [R.choice([url_params(), value(1)]), R.choice([True, False]), R.choice([True, False])],
    "decimalExponent": lambda: [R.choice([numeric_text(), number(), scalar()])],
    "padDecimals": lambda: [R.choice([numeric_text(), number()]), R.choice([N(str(R.randint(-2, 30))), number(), scalar()])],
    "parseOHLCVs": lambda: opt(R.choice([[[R.choice([number(), numeric_text(), scalar()]) for _ in range(R.randint(0, 7))] for _ in range(R.randint(0, 4))], dictionary(), scalar()]), U, timestamp(), R.choice([N(str(R.randint(-1, 5))), U])),
    "keyString": lambda: [R.choice([number(), string(), scalar()])],
    "productWithoutFraction": lambda: [R.choice([number(), numeric_text()]), R.choice([N("1000"), N("0.001"), N("1e-8"), number()])],
    "implodeHostname": lambda: [R.choice([string(), "https://{hostname}/x", "{hostname}{hostname}", scalar()])],
})

def main():
    global R, ARITIES
    seed, per = int(sys.argv[1]), int(sys.argv[2])
    only = sys.argv[3].split(",") if len(sys.argv) > 3 and sys.argv[3] else None
    R = random.Random(seed)
    ARITIES = base_arities()
    ARITIES.update({"Precise.stringNeg": [1, 1], "Precise.stringAbs": [1, 1], "Precise.stringDiv": [2, 3]})
    calls = []
    for name, make in HELPERS.items():
        if only and name not in only:
            continue
        for _ in range(per):
            calls.append([name, fit(name.split("|")[0], make())])
    json.dump(calls, sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main()
