// The native layer under the portable Exchange class (js/base/Exchange.js): what the subset cannot
// express, hand-written once per language and checked against the same vectors and HTTP scenarios.
// Construction, the implicit API, time, crypto, JSON, the rate limiter and HTTP.

import crypto from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { urlToHttpOptions } from 'node:url';
import { types } from 'node:util';
import zlib from 'node:zlib';
import * as errors from './errors.js';
import { AuthenticationError, BadResponse, ExchangeError, ExchangeNotAvailable, InvalidSigningKey, NetworkError, RequestTimeout, StreamsNotSupported } from './errors.js';
import { KEY_FORMATS, asymmetricSignature } from './asymmetric.js';
import { installPrimitives } from './Primitives.js';
import { bufferView, ownBytes, ownConcat } from './ownBytes.js';
import { TunnelAgent, absoluteRequest, proxyOf } from './proxy.js';
import { MALFORMED_BODY, MALFORMED_HEAD, MAX_HEAD, MAX_HEAD_LINE, MAX_HEAD_LINES, MAX_HEADS, ResponseFraming } from './responseBody.js';
import StreamClient, { handlingClient } from './stream/StreamClient.js';
import crc32 from './stream/crc32.js';
import { NATIVE_STATE_NAMES, checkDescribe, configCopy, methodSpellings, requestSettingsRefusal, spelling } from './construction.js';

const MONTHS = [ 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec' ];
// iso8601's texts of recent seconds ('2023-11-14T22:13:20'), in slots by the second modulo SECOND_SLOTS: lists come in
// time order, or interleave a few seconds; and the texts of the milliseconds ('.005Z').
const SECOND_SLOTS = 256;
const slotSeconds = new Array (SECOND_SLOTS).fill (undefined);
const slotTexts = new Array (SECOND_SLOTS).fill ('');
const MILLISECOND_TEXTS = Array.from ({ 'length': 1000 }, (_, ms) => '.' + String (ms).padStart (3, '0') + 'Z');
// A second's text is its day's ('2023-11-14T', the last day's remembered) and the time of day from these.
const TWO_DIGITS = Array.from ({ 'length': 60 }, (_, n) => String (n).padStart (2, '0'));
let lastDay = undefined;
let lastDayText = '';
const ISO8601 = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const RFC2616 = /^[A-Za-z]{3},\s+(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s+(?:GMT|UTC)$/;

function utcTime (year, month, day, hour, minute, second, milliseconds) {
    // The milliseconds of a UTC date and time (month 1 to 12), for any year: Date.UTC reads a year of 0 to 99 as 1900 to
    // 1999, so that '0050-01-01' was no date in Node alone (red-team round 22); setUTCFullYear takes the year as it is.
    // (Date.UTC for the other years: a third of the time, for every date a response holds.)
    if (year >= 100) {
        return Date.UTC (year, month - 1, day, hour, minute, second, milliseconds);
    }
    const date = new Date (0);
    date.setUTCFullYear (year, month - 1, day);
    date.setUTCHours (hour, minute, second, milliseconds);
    return date.getTime ();
}

const BYTES_ONLY = 'hash, hmac and the helpers that read bytes take a string or bytes';
const TEXT_ONLY = 'encode, stringToBase64 and crc32 take a string';
const URI_TEXT_ONLY = 'encodeURIComponent takes a string, a number or a boolean';
// Decoded texts are checked, the same in every runtime (Node skipped any other character, Python refused a missing
// padding, PHP read text after it): the text is not shown, as it may be a key.
const NOT_BASE64 = 'not base64 text: A-Z, a-z, 0-9, + and / (or - and _), padded with = or not (the text is not shown: it may be a key)';
const NOT_HTTP_HEADERS = 'failed: a response header holds a control character or has a name that is not a token, or the head is larger than every runtime reads (99 header lines of 8,000 characters, 65,536 in all, lines of 8,190 bytes, 131,072 bytes of heads in all)';
// A response's head as every runtime's HTTP client reads it, which each bounded its own way (node:http 16 KiB of head,
// http.client 100 lines of 65,536 bytes, aiohttp lines of 8,190, curl lines of 100 KiB and 300 KiB in all: red-team
// rounds 42 and 48): its header lines (a name and its value) and the reason phrase of at most 8,000 characters each,
// at most 99 header lines (http.client's 100 count the blank one that ends them), whose names and values hold 65,536
// characters in all (MAX_HEAD_LINES, MAX_HEAD_LINE and MAX_HEAD, which responseBody.js holds interim heads to as
// well). Node reads heads of up to MAX_HEADS, the bound of responseBody.js on the bytes of a response's heads, so
// that these bounds, not its parser's, decide.
const NOT_BASE16 = 'not hexadecimal text: pairs of 0-9, a-f or A-F (the text is not shown: it may be a key)';
const BASE64_DIGITS = /^[A-Za-z0-9+/_-]*$/;
const BASE16_DIGITS = /^[0-9A-Fa-f]*$/;
// Node's RangeErrors that no catch clause of exchange code sees (rethrowUncaught): the end of its stack, and a list
// longer than V8 holds.
const UNCAUGHT_RANGE_ERRORS = [ 'Maximum call stack size exceeded', 'Invalid array length' ];
const HASHES = { 'md5': 'md5', 'sha1': 'sha1', 'sha256': 'sha256', 'sha384': 'sha384', 'sha512': 'sha512', 'sha3-256': 'sha3-256', 'keccak-256': 'keccak-256' };
const JWT_ALGORITHMS = { 'sha256': 'HS256', 'sha384': 'HS384', 'sha512': 'HS512' };
// The unified classes, which exchange code may throw (InvalidSigningKey and StreamsNotSupported are the runtimes' alone)
const ERROR_CLASSES = new Set (Object.values (errors).filter ((errorClass) => (errorClass !== InvalidSigningKey) && (errorClass !== StreamsNotSupported)));
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const CREDENTIALS = [ 'apiKey', 'secret', 'uid', 'login', 'password', 'twofa', 'privateKey', 'walletAddress', 'token' ];
// A URL's user info (`http://user:password@host`: the proxy's login), which an exchange's dump does not show.
const USER_INFO = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/?#]*@/;
const SIGNING_KEYS = [ 'secret', 'privateKey', 'twofa' ];
const MAX_JSON_DEPTH = 512; // nested arrays and objects in a JSON response, as in the PHP runtime
// Nested arrays and objects that json () writes out: deeper, Node's JSON.stringify ran out of stack (a RangeError, near
// 5,000 levels) where Python wrote them and PHP's process ended with a segmentation fault (100,000 levels).
const MAX_WRITTEN_DEPTH = 1000;
const UTF8 = new TextDecoder ('utf-8', { 'fatal': true, 'ignoreBOM': true });
const PROTO_TEXT = /__proto__/i; // see hasProtoName
const ESCAPED_SURROGATE = /\\u[dD][89a-fA-F]/; // \ud800 to \udfff in a JSON text
const MIN_CLAIMED_LENGTHS = 65536; // the lengths a response's objects may claim together (see claimsLongerLists)
// Whether the last walk of a parsed response (nestsDeeper) met an own key length: set there, read by parseJson.
let walkedLengthKey = false;

// obj[key] = value writes a key in every runtime, '__proto__' too. The __proto__ setter that every dictionary inherits
// from Object.prototype set the prototype instead, in Node alone (a key that exchange code puts together, '__pro' +
// 'to__': responses that hold the name are refused): Object.keys, JSON, `in` and every read then differed from Python's
// and PHP's, and the dictionary inherited what the file chose. Writing __proto__ defines an own key now, as it does
// under Node's --disable-proto=delete; reading it still gives the prototype, and Object.setPrototypeOf is unchanged.
// This holds for the whole process, the setter being Object.prototype's.
const PROTO_ACCESSOR = Object.getOwnPropertyDescriptor (Object.prototype, '__proto__');
if (PROTO_ACCESSOR !== undefined) {
    Object.defineProperty (Object.prototype, '__proto__', {
        'get': PROTO_ACCESSOR.get,
        set (value) {
            Object.defineProperty (this, '__proto__', { value, 'writable': true, 'enumerable': true, 'configurable': true });
        },
        'enumerable': false,
        'configurable': true,
    });
}

// The scheme and authority of an http(s) URL: 'https://api.kraken.com' of 'https://api.kraken.com/0/public'. The
// authority is a host name or address and a port, nothing else: no user info ('https://api.kraken.com@evil.test'
// goes to evil.test) and no backslash (a slash to some URL parsers): a URL with another authority has no origin. The
// host is written as every HTTP client reads it: a name in lower case of at most 253 characters, of labels of 1 to 63
// that start and end with no hyphen and none with xn--, whose last label starts with no digit, that ends with no dot
// and that is not localhost nor under it, or an IPv4 address of four decimal numbers; the port a decimal number of 1
// to 65535 (red-team round 47: '2130706433', '127.000.000.001', '0x7F.1', a trailing dot, capitals and IPv6 forms
// were connected to, refused or named in the Host header otherwise by each client; round 48: a label past 63
// characters, a name past 253, an xn-- label that is no punycode, and *.localhost, which curl resolves itself). python/.../native_exchange.py, php/base/
// NativeExchange.php and transpiler/registry.py write the same pattern.
const AUTHORITY = String.raw`(?:(?=[a-z0-9_.-]{1,253}(?![a-z0-9_.-]))(?!(?:[a-z0-9_-]+\.)*localhost(?![a-z0-9_.-]))(?:(?!xn--)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)*(?!xn--)[a-z_](?:[a-z0-9_-]{0,61}[a-z0-9_])?|(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]))(?::(?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?(?=[/?#]|$)`;
const ORIGIN = new RegExp ('^[hH][tT][tT][pP][sS]?://' + AUTHORITY);
// The same of a ws(s) URL, for the stream origins of urls['ws'].
const STREAM_ORIGIN = new RegExp ('^[wW][sS][sS]?://' + AUTHORITY);

function urlOrigins (value, pattern = ORIGIN) {
    // Every origin of the URLs in a urls['api'] entry: a string, or a dictionary of them, nested.
    if (typeof value === 'string') {
        const origin = pattern.exec (value);
        return (origin === null) ? [] : [ origin[0] ];
    }
    return ((value !== null) && (typeof value === 'object')) ? Object.values (value).flatMap ((item) => urlOrigins (item, pattern)) : [];
}

// What exchange code may put into a request line and its headers: the HTTP methods of the api trees, URLs and header
// values without control characters (a CR LF would start a header or a request of the code's own), header names that
// are tokens, and none of the headers that say where a request goes or where it ends (a Host header would reach
// another site on the exchange's front end, Content-Length and Transfer-Encoding another request), which the HTTP
// client sets itself.
const HTTP_METHODS = new Set ([ 'GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS' ]);
// The longest wait of sleep: setTimeout's (a 32-bit signed count of milliseconds).
const MAX_SLEEP = 2147483647;
const CONTROL = /[\x00-\x1f\x7f]/;
// Beyond ASCII, each HTTP client writes a URL or a header value its own way: Node and Python's requests percent-encode
// a URL and write a header in latin-1 (or refuse it), aiohttp and curl send UTF-8 (or refuse the URL): the bytes an
// exchange signed would not be the bytes sent, and not the same ones in every runtime. Such text is refused.
const NOT_ASCII = /[^\x00-\x7f]/;
// What an HTTP client writes its own way in a request target: urllib3 percent-encodes these characters and a % that
// starts no escape in capitals (urllib3 raises %2f to %2F), Node's URL parser some of them, curl none.
const REWRITTEN = /["<>[\]\\^`{|}]|%(?![0-9A-F]{2})/;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// A name of digits only: a JavaScript object lists such keys first, so that Node wrote that header before the others
// and Python and PHP in its place (red-team round 47).
const DIGITS = /^[0-9]+$/;
// The characters of a request's URL and headers: curl builds the head in a buffer of at most 1 MiB and refused a longer
// one before sending it, where Node, requests and aiohttp sent it (red-team round 48); all are ASCII (one byte each).
const MAX_REQUEST_HEAD = 524288;
const REQUEST_HEAD_TOO_LONG = 'has a URL and headers of more than 524288 characters, which one HTTP client (curl) refuses past 1 MiB where the others send them: send less';
const CLIENT_HEADERS = new Set ([ 'host', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'upgrade', 'te', 'trailer', 'expect' ]);
// A body is a text: node:http refused any other value, where requests form-encoded a dictionary (aiohttp too), curl wrote
// one as multipart/form-data and a number or a boolean as its text, so that a request went out, signed, in some runtimes
// only (red-team round 24).
// The methods whose request without a body carries Content-Length: 0 in every runtime (see #send).
const EMPTY_BODY_FRAMED = new Set ([ 'POST', 'PUT', 'PATCH', 'DELETE' ]);
const NOT_TEXT_BODY = 'has a body that is not a string (each HTTP client writes a dictionary, a list, a number or a boolean its own way, or refuses it): write it as a text, with json () or urlencode ()';
// The connections of #send, kept alive for its next requests as node:http(s)'s global agents keep theirs, and used by no
// other code of the process: each response on them is read by a ResponseFraming, and a byte that comes on one between
// two requests closes it (see #send).
const AGENT_OPTIONS = { 'keepAlive': true, 'scheduling': 'lifo', 'timeout': 5000 };
const PLAIN_AGENT = new http.Agent (AGENT_OPTIONS);
const SECURE_AGENT = new https.Agent (AGENT_OPTIONS);

function dropConnection () {
    // A connection kept alive for the next request, on which bytes came that no request asked for (the rest of a
    // response sent after its end, or one sent before its request): closed, never reused.
    const socket = this; // (a listener of the socket's data)
    socket.destroy ();
}

function gzipHeaderLength (raw) {
    // The length of the header of a gzip member that gunzip has read (RFC 1952: 10 bytes, then the extra field, the
    // name, the comment and the header's CRC, each where the flags say).
    const flags = raw[3];
    let length = 10;
    if ((flags & 4) !== 0) {
        length += 2 + raw.readUInt16LE (length);
    }
    for (const flag of [ 8, 16 ]) { // (a name, a comment: text ended by a zero byte)
        if ((flags & flag) !== 0) {
            length = raw.indexOf (0, length) + 1;
        }
    }
    return ((flags & 2) !== 0) ? length + 2 : length;
}

function oneGzipMember (raw, output) {
    // Whether a gzip body that gunzip read whole, to output, is one member: gunzip reads several in turn, where Python's
    // and PHP's decoders read the first and refuse what follows (red-team round 51: a body of two members was an order
    // in Node and a BadResponse elsewhere). The last member's size modulo 2^32 ends the body: output's, for an output
    // under 2^32 bytes (maxDecompressedSize), only where each member before it is empty or it is the only one. The
    // first member's end tells which, read where it gives at most one byte (a longer one stops at its second byte).
    if (raw.readUInt32LE (raw.length - 4) !== output.length % 4294967296) {
        return false;
    }
    const start = gzipHeaderLength (raw);
    try {
        return start + zlib.inflateRawSync (raw.subarray (start), { 'maxOutputLength': 1, 'info': true }).engine.bytesWritten + 8 === raw.length;
    } catch (error) {
        return error.code === 'ERR_BUFFER_TOO_LARGE';
    }
}

function requestTarget (url) {
    // The path and query of an http(s) URL as written (the fragment is never sent): what follows the authority.
    const written = url.split ('#')[0];
    const rest = written.slice (written.indexOf ('//') + 2);
    const start = rest.search (/[/?]/);
    const target = (start < 0) ? '' : rest.slice (start);
    return target.startsWith ('/') ? target : '/' + target;
}

// A response's headers read alike in every runtime: each byte of a line one character (latin-1, as node:http reads
// them; aiohttp read UTF-8 and PHP kept the bytes), a value without the spaces and tabs around it, a name given twice
// (in any case) one entry of the values joined by ', ' in the order sent (node:http kept the first Retry-After or
// Content-Type and dropped the rest, requests joined them, PHP kept the last), and no header named __proto__ (which
// node:http drops). A value with a control character other than a tab, or a name that is not a token, fails the
// request as a NetworkError, as node:http's parser fails it (requests and PHP read it on, with the character).
const RESPONSE_HEADER_CONTROL = /[\x00-\x08\x0a-\x1f\x7f]/;

function responseHeaders (raw, reason) {
    // The headers of a response's raw name and value pairs, or undefined where one is no HTTP header or the head is
    // larger than every runtime reads (see MAX_HEAD_LINES).
    if ((raw.length > 2 * MAX_HEAD_LINES) || (reason.length > MAX_HEAD_LINE)) {
        return undefined;
    }
    const result = {};
    let size = 0;
    for (let i = 0; i + 1 < raw.length; i += 2) {
        const name = raw[i].toLowerCase ();
        const value = raw[i + 1].replace (/^[ \t]+|[ \t]+$/g, '');
        size += name.length + value.length;
        if (!HEADER_NAME.test (name) || RESPONSE_HEADER_CONTROL.test (value) || (name.length + value.length > MAX_HEAD_LINE) || (size > MAX_HEAD)) {
            return undefined;
        }
        if (name !== '__proto__') {
            result[name] = Object.hasOwn (result, name) ? (result[name] + ', ' + value) : value;
        }
    }
    return result;
}

// A '?' with no query after it, which Python's HTTP clients leave out of the request they send (the signature of a
// path with it then failed in Python alone), and a body of a HEAD request, which PHP's curl leaves out (red-team
// round 44): refused in every runtime.
const EMPTY_QUERY = 'has a ? with no query after it, which some HTTP clients leave out: leave it out, or write the query';
const HEAD_BODY = 'has a body, which some HTTP clients leave out of a HEAD request';

function refusedRequest (method, url, headers, body) {
    // Why the request cannot be sent as the code built it, or undefined.
    // (ASCII letters only: 'po\u017Ft' upper-cased is POST, which node:http refused and Python sent; red-team round 44)
    if ((typeof method !== 'string') || !/^[A-Za-z]+$/.test (method) || !HTTP_METHODS.has (method.toUpperCase ())) {
        return 'has a method that is not one of ' + [ ...HTTP_METHODS ].join (', ');
    }
    if ((body !== undefined) && (body !== null) && (typeof body !== 'string')) {
        return NOT_TEXT_BODY;
    }
    if ((typeof body === 'string') && (method.toUpperCase () === 'HEAD')) {
        return HEAD_BODY;
    }
    if (CONTROL.test (url)) {
        return 'has a control character in its URL';
    }
    if (NOT_ASCII.test (url) || url.includes (' ')) {
        return 'has a space or a character other than ASCII in its URL: percent-encode it (this.urlencode, this.encodeURIComponent)';
    }
    const target = requestTarget (url);
    if (target.endsWith ('?')) {
        return EMPTY_QUERY;
    }
    if (REWRITTEN.test (target)) {
        return 'has a character in its path or query that an HTTP client would percent-encode (" < > [ ] \\ ^ ` { | }), or a % that starts no escape in capitals (%2F, not %2f): each client sends it its own way; percent-encode it (this.urlencode, this.encodeURIComponent)';
    }
    for (const name of Object.keys (headers)) {
        const lower = name.toLowerCase ();
        if (!HEADER_NAME.test (name)) {
            return 'has a header name that is not an HTTP token: ' + JSON.stringify (name);
        }
        if (DIGITS.test (name)) {
            return 'has a header name of digits only, which Node writes before the other headers and Python and PHP among them: ' + JSON.stringify (name) + ' (name it with a letter)';
        }
        if (CLIENT_HEADERS.has (lower) || lower.startsWith ('proxy-')) {
            return 'sets the ' + name + ' header, which only the HTTP client sets';
        }
        if (typeof headers[name] !== 'string') {
            return 'has a value of the ' + name + ' header that is not a string (each HTTP client writes or drops others its own way): write this.numberToString (value), or leave the header out';
        }
        if (CONTROL.test (headers[name].replace (/\t/g, ' '))) {
            return 'has a control character in the value of the ' + name + ' header';
        }
        if (/^[ \t]|[ \t]$/.test (headers[name])) {
            return 'has a value of the ' + name + ' header that starts or ends with a space or a tab (one HTTP client refuses it, the others send it, and a server reads it without): trim it';
        }
        if (NOT_ASCII.test (headers[name])) {
            return 'has a character other than ASCII in the value of the ' + name + ' header: percent-encode or base64 it';
        }
    }
    const headersLength = Object.keys (headers).reduce ((sum, name) => sum + name.length + headers[name].length, 0);
    if (url.length + headersLength > MAX_REQUEST_HEAD) {
        return REQUEST_HEAD_TOO_LONG;
    }
    return undefined;
}

// A stream's URL and message hashes are strings (a hash may be left out): Node keys the connections and the channels by
// value in a Map, Python asyncio in a dict, where a list is unhashable (a native TypeError, which a catch clause saw in
// asyncio alone) and true is the key 1 (red-team round 24).
const STREAM_KEYS = 'a stream\'s URL and message hashes are strings';

function checkStreamKeys (url, ...hashes) {
    if ((typeof url !== 'string') || hashes.some ((hash) => (hash !== undefined) && (typeof hash !== 'string'))) {
        throw new ExchangeError (STREAM_KEYS);
    }
}

function atOrigin (url, origins) {
    return origins.some ((origin) => (url === origin) || '/?#'.includes (url.charAt (origin.length)) && url.startsWith (origin));
}

// publicGetTickerPair -> public_get_ticker_pair, exactly as the transpiler names methods (transpiler/names.py). The
// spellings are remembered (every construction checks each implicit method's: binance's 300 took a fifth of its
// construction), up to a bound: a name is the api tree's, which a user's config may make as many of as it likes.
const SNAKE_CASES = new Map ();
const SNAKE_CASES_KEPT = 20000;

function snakeCase (name) {
    let spelling = SNAKE_CASES.get (name);
    if (spelling === undefined) {
        spelling = name.replace (/(?<=[a-z0-9])(?=[A-Z])/g, '_').replace (/(?<=[A-Z])(?=[A-Z][a-z]{2,})/g, '_').toLowerCase ();
        if (SNAKE_CASES.size < SNAKE_CASES_KEPT) {
            SNAKE_CASES.set (name, spelling);
        }
    }
    return spelling;
}

// An implicit method is named publicGetTicker here and public_get_ticker in Python and PHP, where the generated code
// calls it by that spelling and both are defined. Neither may name a data property of the exchange (the api tree
// { '': { 'OPTIONS': [ '' ] } } made a method OPTIONS, whose spelling options replaced this.options in Python alone),
// nor may two implicit methods share a spelling ('ohlcv' and 'OHLCV': Node called the one, Python and PHP the other).
// The same in every runtime: such a tree fails the construction (red-team round 20).
function checkImplicitName (name, properties, spellings) {
    const spelling = snakeCase (name);
    const other = spellings.has (spelling) ? spellings.get (spelling) : name;
    if (properties.has (name) || properties.has (spelling) || (other !== name)) {
        const clash = (other !== name) ? ('the implicit method ' + JSON.stringify (other)) : 'a property of the exchange';
        throw new ExchangeError ('the api tree\'s method ' + JSON.stringify (name) + ' is spelled ' + JSON.stringify (spelling) + ' in Python and PHP, which names ' + clash + ': the api tree may not define it');
    }
    spellings.set (spelling, name);
}

// The implicit API entries of a class and api tree, built by the first such construction and kept, as Python and PHP
// keep theirs: collectImplicitApi and the checks of its names ran at every construction, and V8 compiled them in the
// midst of a program's first calls (bench/results/node_markets.txt). Keyed by the exchange's prototype (whose methods
// the names may not be, and whose collectImplicitApi names them) and the tree's exact text (treeText); bounded, the
// oldest table out first, as a user's config may hold any tree, and as many as it likes.
const IMPLICIT_API_TABLES = new Map (); // prototype number + ' ' + tree text -> { entries, names }
const IMPLICIT_API_TABLES_KEPT = 256;
// The characters of all the keys kept (the 61 exchanges' trees: 41,000; a table takes about 16 bytes a character).
const IMPLICIT_API_TEXT_KEPT = 2 ** 19;
let implicitApiTextKept = 0;
const PROTOTYPE_NUMBERS = new WeakMap ();
let prototypesNumbered = 0;
const TREE_DEPTH = 32; // an exchange's tree has 3 or 4 levels, a cycle any number

function treeText (value, depth) {
    // The api tree written so that two trees have one text only if collectImplicitApi reads them alike: strings
    // quoted, numbers (-0 told from 0), booleans, null, undefined, lists, and dictionaries of Object.prototype, their
    // own keys in order, each value that of a data property. JSON.stringify writes NaN, Infinity and null alike, -0 as
    // 0, and leaves undefined out: two trees of one such text would share their methods and costs. Anything else is
    // undefined, and its tree built at each construction, as it is read: a function, a symbol, a bigint, a class
    // instance, a list with a hole or a named key, a level deeper than TREE_DEPTH (a cycle), a Proxy or a getter
    // (code that runs at a read could give this text one value and collectImplicitApi another), a text longer than
    // the tables may keep. Nothing here runs the tree's code.
    switch (typeof value) {
        case 'string':
            return JSON.stringify (value);
        case 'number':
            return Object.is (value, -0) ? '-0' : String (value);
        case 'boolean':
            return value ? 'true' : 'false';
        case 'undefined':
            return 'undefined';
        case 'object':
            break;
        default:
            return undefined;
    }
    if (value === null) {
        return 'null';
    }
    if ((depth >= TREE_DEPTH) || types.isProxy (value)) {
        return undefined;
    }
    const prototype = Object.getPrototypeOf (value);
    const list = (prototype === Array.prototype);
    if (!list && (prototype !== Object.prototype)) {
        return undefined;
    }
    const keys = Object.keys (value);
    if (list && (keys.length !== value.length)) {
        return undefined; // a list with a named key, which collectImplicitApi reads and its indices leave out
    }
    const count = keys.length;
    let text = list ? '[' : '{';
    for (let i = 0; i < count; i++) {
        const property = Object.getOwnPropertyDescriptor (value, list ? i : keys[i]);
        const item = ((property === undefined) || !('value' in property)) ? undefined : treeText (property.value, depth + 1);
        if (item === undefined) {
            return undefined;
        }
        text += ((i > 0) ? ',' : '') + (list ? '' : JSON.stringify (keys[i]) + ':') + item;
        if (text.length > IMPLICIT_API_TEXT_KEPT) {
            return undefined; // (and a tree whose branches share a dictionary is not written out, in time 2 ** depth)
        }
    }
    return text + (list ? ']' : '}');
}

function implicitApiKey (prototype, tree) {
    // The key of a class's table for tree, or undefined when the tree is not kept.
    const text = treeText (tree, 0);
    if (text === undefined) {
        return undefined;
    }
    let number = PROTOTYPE_NUMBERS.get (prototype);
    if (number === undefined) {
        number = prototypesNumbered++;
        PROTOTYPE_NUMBERS.set (prototype, number);
    }
    return number + ' ' + text;
}

function keepImplicitApi (key, table) {
    IMPLICIT_API_TABLES.set (key, table);
    implicitApiTextKept += key.length;
    for (const oldest of IMPLICIT_API_TABLES.keys ()) {
        if ((IMPLICIT_API_TABLES.size <= IMPLICIT_API_TABLES_KEPT) && (implicitApiTextKept <= IMPLICIT_API_TEXT_KEPT)) {
            break;
        }
        IMPLICIT_API_TABLES.delete (oldest);
        implicitApiTextKept -= oldest.length;
    }
}

function heldByValue (entry) {
    // An entry whose path and cost are no dictionary or list: a kept table gives every exchange the same ones.
    return ((typeof entry['path'] !== 'object') || (entry['path'] === null)) && ((typeof entry['cost'] !== 'object') || (entry['cost'] === null));
}

function implicitApiEntries (exchange, properties) {
    // The implicit API of the exchange's class and api tree, its names checked against the exchange's data properties.
    const key = implicitApiKey (Object.getPrototypeOf (exchange), exchange.api);
    const kept = (key === undefined) ? undefined : IMPLICIT_API_TABLES.get (key);
    if (kept !== undefined) {
        // The names were checked against the class and each other when the table was built: only a property of this
        // exchange's config can name one now, refused as that first construction refuses it (and Python and PHP), by
        // the first such method in the tree's order.
        if ([ ...properties ].some ((name) => kept.names.has (name))) {
            const spellings = new Map ();
            for (const entry of kept.entries) {
                checkImplicitName (entry['name'], properties, spellings);
            }
        }
        return kept.entries;
    }
    const entries = exchange.implicitApiMethods ();
    const spellings = new Map (); // snake_case spelling -> the implicit method that has it
    for (const entry of entries) {
        exchange.checkMemberName (entry['name']);
        checkImplicitName (entry['name'], properties, spellings);
    }
    // (a tree whose entries hold a dictionary or a list is not kept: each exchange has its own, as it had)
    if ((key !== undefined) && entries.every (heldByValue)) {
        keepImplicitApi (key, { entries, 'names': new Set ([ ...spellings.keys (), ...spellings.values () ]) });
    }
    return entries;
}

function assignOwn (exchange, source) {
    // Object.assign (exchange, source), each new property defined: V8 kept an exchange built by Object.assign's keyed
    // stores (its 100 to 130 properties) in dictionary mode, where every read of it and every method call on it is a
    // lookup by name (a loop of loadMarkets took 4 to 7% longer, of trades and tickers 7 to 9%); defined ones give all
    // the instances of a class one map of fast properties.
    for (const name of Object.keys (source)) {
        assignProperty (exchange, name, source[name]);
    }
}

function assignProperty (exchange, name, value) {
    if (name in exchange) {
        exchange[name] = value; // (an own or inherited one, as Object.assign sets it: a subclass's setter runs)
    } else {
        Object.defineProperty (exchange, name, { 'value': value, 'writable': true, 'enumerable': true, 'configurable': true });
    }
}

function installImplicitApi (exchange, entries) {
    // The implicit methods of the exchange. The api of an entry of a nested tree is its path, a list (['v1',
    // 'public']), which sign () receives and may change: each exchange has its own copies, one a path as when it built
    // them, never the table's.
    const paths = new Map ();
    for (const { name, path, api, method, cost } of entries) {
        let own = api;
        if (Array.isArray (api)) {
            own = paths.get (api);
            if (own === undefined) {
                own = api.slice ();
                paths.set (api, own);
            }
        }
        assignProperty (exchange, name, implicitMethod (exchange, path, own, method, cost));
    }
}

function implicitMethod (exchange, path, api, method, cost) {
    // An implicit method of exchange: its endpoint's request. Made here, not as an arrow in the constructor: an
    // exchange whose methods closed over the constructor's context survived V8's young-generation collections after
    // its last use, and so did all it held (a loop of kraken's loadMarkets promoted 4.5 MB at every scavenge, its
    // markets and last responses, to the old generation until a full collection; none with the methods made here).
    return (params = {}) => exchange.request (path, api, method, params, undefined, undefined, { 'cost': cost });
}

export default class NativeExchange {
    // Where requests may go: the origins of urls['api'] (and urls['test']) as constructed, out of reach of the
    // exchange's code, so that no code path can send a request, and the keys it signs with, anywhere else.
    #apiOrigins = [];
    // Where streams may connect: the origins of urls['ws'] as constructed, likewise out of the code's reach.
    #streamOrigins = [];
    #streamClients = new Map (); // url -> StreamClient: one connection per URL
    #tunnels = new Map (); // proxy -> TunnelAgent: its tunnels kept alive for the next requests, as node:https's own
    // A signing key of the config that its decoder refused, and the message of that refusal: see #refusal.
    #refusedKey = undefined;

    constructor (config = {}) {
        const describe = this.describe ();
        let base = Object.getPrototypeOf (this); // the portable base class's prototype, right above this layer
        while (Object.getPrototypeOf (base) !== NativeExchange.prototype) {
            base = Object.getPrototypeOf (base);
        }
        installPrimitives (base); // (the first construction puts the native primitives in place of the specification's)
        const defaults = base.describe.call (this);
        checkDescribe (describe, defaults, config);
        // Checked before deepExtend merges them, where a __proto__ key would set a prototype.
        // (the instance's defaults too, as Python and PHP check them: a method apikey () is apiKey's name in PHP)
        const instanceDefaults = this.instanceDefaults ();
        for (const name of Object.keys (instanceDefaults).concat (Object.keys (describe), Object.keys (config))) {
            this.checkMemberName (name);
        }
        assignOwn (this, instanceDefaults);
        assignOwn (this, this.deepExtend (describe, configCopy (config)));
        const properties = new Set (Object.keys (this)); // the data properties, before any implicit method
        installImplicitApi (this, implicitApiEntries (this, properties));
        // The streams' bounds as checked above, read-only: a const holding this.streaming is the same object, and a
        // write through it (settings['maxFrameSize'] = ...) would raise them past that check, in Node and Python
        // alone (a PHP array is a copy). Such a write is a TypeError here.
        if ((typeof this.streaming === 'object') && (this.streaming !== null)) {
            this.streaming = Object.freeze (Object.assign ({}, this.streaming));
        }
        const urls = (this.urls !== undefined && this.urls !== null) ? this.urls : {};
        this.#apiOrigins = urlOrigins ([ urls['api'], urls['test'] ]);
        this.#streamOrigins = urlOrigins (urls['ws'], STREAM_ORIGIN);
    }

    checkMemberName (name) {
        // Names from describe (), the user's config and the api tree become properties and methods. Under the
        // checker's rules, and in case a name gets past them: only plain ASCII identifiers, no dunder names
        // (__proto__ would replace the prototype), never a method of the class in any spelling (a key 'sign' would take
        // over signing; see spelling), nor the PHP runtime's own state. Such a name fails the construction rather than
        // being skipped.
        if (!IDENTIFIER.test (name) || name.startsWith ('__') || methodSpellings (Object.getPrototypeOf (this)).has (spelling (name))
            || NATIVE_STATE_NAMES.includes (name)) {
            throw new ExchangeError ('describe (), config and api names must be plain identifiers that start with no __ and name no method: ' + JSON.stringify (name) + ' is not allowed');
        }
    }

    throwError (errorClass, message) {
        // Exchange code chooses the class: only the unified error classes may be raised.
        if (!ERROR_CLASSES.has (errorClass)) {
            throw new ExchangeError (message + ' (unknown error class ' + ((typeof errorClass === 'function') ? errorClass.name : String (errorClass)) + ')');
        }
        throw new errorClass (message);
    }

    toJSON () {
        // JSON.stringify and util.inspect show the exchange without its credentials, nor what a response echoed of
        // them (last_http_response, last_json_response, last_response_headers), nor the config's other secrets: the
        // proxy's login and the values of the headers of every request (a token of the user's; red-team round 58).
        const shown = Object.assign ({}, this);
        for (const name of Object.keys (shown)) {
            if (CREDENTIALS.includes (name)) {
                shown[name] = (shown[name] === undefined) ? undefined : '***';
            } else if ((name === 'proxy') && (typeof shown[name] === 'string')) {
                shown[name] = shown[name].replace (USER_INFO, '$1***@');
            } else if ((name === 'headers') && (shown[name] !== null) && (typeof shown[name] === 'object')) {
                shown[name] = Object.fromEntries (Object.keys (shown[name]).map ((header) => [ header, '***' ]));
            } else {
                shown[name] = this.#redactedValue (shown[name]);
            }
        }
        return shown;
    }

    #redactedValue (value) {
        // A string or a JSON-like value without the credentials; one that holds them and cannot be rebuilt: '***'.
        if (typeof value === 'string') {
            return this.redactSecrets (value);
        }
        if ((value === null) || (typeof value !== 'object')) {
            return value;
        }
        try {
            const text = JSON.stringify (value);
            const redacted = this.redactSecrets (text);
            return (redacted === text) ? value : JSON.parse (redacted);
        } catch (error) {
            return '***';
        }
    }

    [Symbol.for ('nodejs.util.inspect.custom')] (depth, options, inspect) {
        return this.constructor.name + ' ' + inspect (this.toJSON (), options);
    }

    // --- time ----------------------------------------------------------------------------------------

    milliseconds () {
        return Date.now ();
    }

    seconds () {
        return Math.floor (Date.now () / 1000);
    }

    microseconds () {
        return Math.floor ((performance.timeOrigin + performance.now ()) * 1000);
    }

    #validTimestamp (timestamp) {
        // Years 1 to 9999, the range every runtime's date library covers.
        return (typeof timestamp === 'number') && timestamp >= -62135596800000 && timestamp <= 253402300799999;
    }

    iso8601 (timestamp) {
        // 1700000000000 -> '2023-11-14T22:13:20.000Z'; anything that is not a timestamp -> undefined.
        if (!this.#validTimestamp (timestamp)) {
            return undefined;
        }
        const milliseconds = Math.trunc (timestamp);
        const second = Math.floor (milliseconds / 1000);
        const slot = second & (SECOND_SLOTS - 1); // any integer, negative or past 2^32, gets a slot; its second is checked
        if (slotSeconds[slot] !== second) {
            const day = Math.floor (second / 86400);
            if (day !== lastDay) {
                lastDay = day;
                lastDayText = new Date (day * 86400000).toISOString ().slice (0, 11);
            }
            const time = second - day * 86400;
            const hours = Math.floor (time / 3600);
            const minutes = Math.floor ((time - hours * 3600) / 60);
            slotSeconds[slot] = second;
            slotTexts[slot] = lastDayText + TWO_DIGITS[hours] + ':' + TWO_DIGITS[minutes] + ':' + TWO_DIGITS[time - hours * 3600 - minutes * 60];
        }
        return slotTexts[slot] + MILLISECOND_TEXTS[milliseconds - second * 1000];
    }

    parse8601 (text) {
        // '2023-11-14T22:13:20.5Z', '2023-11-14 22:13:20+01:00', '2023-11-14' -> milliseconds (UTC when no
        // zone is given); anything else -> undefined.
        if (typeof text !== 'string') {
            return undefined;
        }
        const match = ISO8601.exec (text.trim ());
        if (match === null) {
            return undefined;
        }
        const [ , year, month, day, hour = '0', minute = '0', second = '0', fraction = '', zone = 'Z' ] = match;
        const milliseconds = Number ((fraction + '000').slice (0, 3));
        let time = utcTime (Number (year), Number (month), Number (day), Number (hour), Number (minute), Number (second), milliseconds);
        if (!this.#validDate (Number (year), Number (month), Number (day), Number (hour), Number (minute), Number (second), time)) {
            return undefined;
        }
        if (zone !== 'Z') {
            const sign = (zone[0] === '-') ? -1 : 1;
            const digits = zone.slice (1).replace (':', '');
            time -= sign * (Number (digits.slice (0, 2)) * 60 + Number (digits.slice (2))) * 60000;
        }
        return time;
    }

    #validDate (year, month, day, hour, minute, second, time) {
        const date = new Date (time);
        return year >= 1 && date.getUTCFullYear () === year && date.getUTCMonth () === month - 1 && date.getUTCDate () === day
            && hour < 24 && minute < 60 && second < 60;
    }

    parseDate (text) {
        // ISO 8601 or RFC 2616 ('Tue, 14 Nov 2023 22:13:20 GMT') -> milliseconds, else undefined.
        if (typeof text !== 'string') {
            return undefined;
        }
        const match = RFC2616.exec (text.trim ());
        if (match === null) {
            return this.parse8601 (text);
        }
        const [ , day, monthName, year, hour, minute, second ] = match;
        const month = MONTHS.indexOf (monthName[0].toUpperCase () + monthName.slice (1).toLowerCase ());
        if (month < 0) {
            return undefined;
        }
        const time = utcTime (Number (year), month + 1, Number (day), Number (hour), Number (minute), Number (second), 0);
        return this.#validDate (Number (year), month + 1, Number (day), Number (hour), Number (minute), Number (second), time) ? time : undefined;
    }

    rfc2616 (timestamp) {
        // 1700000000000 -> 'Tue, 14 Nov 2023 22:13:20 GMT'
        if (!this.#validTimestamp (timestamp)) {
            return undefined;
        }
        return new Date (Math.trunc (timestamp)).toUTCString ();
    }

    async sleep (milliseconds) {
        // A number of 0 to 2^31 - 1 only: setTimeout waits 1 ms for any other value (a text, a negative or a longer
        // time), where Python and PHP raised or slept for days.
        if ((typeof milliseconds !== 'number') || !(milliseconds >= 0 && milliseconds <= MAX_SLEEP)) {
            throw new ExchangeError (this.id + ' sleep takes a number of milliseconds from 0 to 2147483647 (each runtime reads another value its own way)');
        }
        await new Promise ((resolve) => setTimeout (resolve, milliseconds));
    }

    uuid () {
        return crypto.randomUUID ();
    }

    rethrowUncaught (error) {
        // The end of Node's stack is a RangeError at a depth that depends on what the stack holds (lists nested some
        // 3,000 deep written out as text, a long chain of calls), where Python's RecursionError and PHP's Unportable
        // reach no catch clause of exchange code (and PHP 8.3's own stack error is rethrown by its guard too): a catch
        // clause that handles more than the unified errors calls this first (SUB-T007), so that it takes no path in
        // Node that the others cannot. Nor does a catch clause see a signing key that its decoder refused (see
        // #refusal): SUB-T007 makes a clause that tests a class of it open with this too. Nor does it see V8's bound on
        // a list's length (some 2^27 elements), which Python's and PHP's lists do not have: a list doubled past it took
        // the catch in Node alone (red-team round 30).
        if (((error instanceof RangeError) && UNCAUGHT_RANGE_ERRORS.includes (error.message)) || (error instanceof InvalidSigningKey)) {
            throw error;
        }
    }

    #refusal (value, error) {
        // What a decoder that refuses value throws: error, or, where value is a signing key of the config,
        // InvalidSigningKey (an AuthenticationError to the user), which no catch clause of exchange code sees; and the
        // instance sends nothing while it holds that key (checkSigningKeys), so that the calls still running learn
        // nothing either. Else a file could learn the key's format (base64, hexadecimal, base32, PEM; its length
        // modulo 4) by decoding it in a try.
        const name = SIGNING_KEYS.find ((key) => (typeof this[key] === 'string') && (this[key] === value));
        if (name === undefined) {
            return error;
        }
        this.#refusedKey = { 'key': value, 'message': this.id + ': the ' + name + ' of the config is refused: ' + error.message };
        return new InvalidSigningKey (this.#refusedKey.message);
    }

    checkSigningKeys () {
        // Before anything is sent (a request, a stream's connection or frame): nothing while the instance holds a
        // signing key that its decoder refused (see #refusal).
        const refused = this.#refusedKey;
        if ((refused !== undefined) && SIGNING_KEYS.some ((key) => this[key] === refused.key)) {
            throw new InvalidSigningKey (refused.message);
        }
    }

    // --- own keys ------------------------------------------------------------------------------------

    ownValue (container, key) {
        // container[key] only where the key is container's own: never a method or a prototype that a string,
        // array or object inherits (the subset reads computed keys through this, SUB-B004).
        if (typeof container === 'function') {
            return undefined; // a class stored as a value (describe ()'s exceptions): its members are not data
        }
        return Object.hasOwn (container, key) ? container[key] : undefined;
    }

    // --- encoding ------------------------------------------------------------------------------------

    json (value) {
        // null is undefined, as in Python and PHP (which hold one value for both): a null-valued key is left out (a
        // caller's params { 'clientOrderId': null } sent "clientOrderId":null from Node alone), a null in a list is
        // written null, and json (null) is undefined.
        if (nestsDeeper (value, MAX_WRITTEN_DEPTH)) {
            throw new ExchangeError ('json: the value nests deeper than ' + MAX_WRITTEN_DEPTH + ' lists and dictionaries');
        }
        return (value === null) ? undefined : JSON.stringify (value, (key, item) => ((item === null) ? undefined : item));
    }

    parseJson (text) {
        // The decoded value, or undefined when text is not JSON or nests deeper than MAX_JSON_DEPTH, which
        // JSON.parse accepts but recursive code (JSON.stringify, deepExtend) then cannot handle, or holds
        // __proto__ as a key or a string (see hasProtoName), or toString or valueOf as a key (see
        // isNotedKey), or claims longer lists than it holds (see claimsLongerLists). JSON.parse reads String
        // (text): a number, a boolean or a list of a response is read as its text is, and checked as a text is.
        if (typeof text !== 'string') {
            text = String (text);
        }
        let value = undefined;
        try {
            value = JSON.parse (text);
        } catch (error) {
            return undefined;
        }
        // JSON's null is undefined, as Python's and PHP's decoders have one value for both (None, null): a null kept
        // here was not undefined (`price === undefined`, a default parameter, `'' + x`, `x + 1`, JSON.stringify) in
        // Node alone. The walk that measures the depth makes them undefined (on a value that is then refused, to no
        // effect): it reads every value anyway, where a search of the text for 'null' first cost as much again.
        // The same walk refuses an own key toString or valueOf (see refusedResponse): a search of the text for either
        // name first cost a third of JSON.parse on a big response, whose 't' and 'v' are many.
        walkedLengthKey = false;
        if ((value === null) || nestsDeeper (value, MAX_JSON_DEPTH, true)) {
            return undefined; // (null: Python's and PHP's decoders give their undefined, None and null, for it)
        }
        // Only a text that holds __proto__ (in any case), or escapes an ASCII character (\u005f), can have the name.
        // (A search for its two underscores first: a third of the case-blind search's time on a big response.)
        if (((text.includes ('__') && PROTO_TEXT.test (text)) || text.includes ('\\u00')) && hasProtoName (value)) {
            return undefined;
        }
        // Only a text that escapes a surrogate (\ud800) can hold a lone one (see hasLoneSurrogate).
        if (text.includes ('\\u') && ESCAPED_SURROGATE.test (text) && hasLoneSurrogate (value)) {
            return undefined;
        }
        // Only a value whose walk above met the key can claim a length.
        if (walkedLengthKey && claimsLongerLists (text, value)) {
            return undefined;
        }
        return value;
    }

    encodeURIComponent (text) {
        // A string, or a number or boolean as String () writes it; anything else is refused in every runtime (PHP
        // wrote true as '1', Python refused a number).
        if ((typeof text === 'number') || (typeof text === 'boolean')) {
            text = String (text);
        }
        if (typeof text !== 'string') {
            throw new ExchangeError (URI_TEXT_ONLY);
        }
        return encodeURIComponent (text);
    }

    encode (text) {
        // A string as UTF-8 bytes (the binary type of this runtime: Uint8Array here, bytes in Python,
        // a byte string in PHP).
        return new Uint8Array (ownBytes (textOnly (text)));
    }

    // The helpers that read bytes take a string's UTF-8 or bytes, as hash and hmac do (this.bytes): Buffer.from read a
    // list as its bytes and failed a number, where PHP wrote a number's text and Python failed a string.
    decode (binary) {
        return this.#bytes (binary).toString ('utf8');
    }

    binaryConcat (...binaries) {
        return new Uint8Array (ownConcat (binaries.map ((binary) => this.#bytes (binary))));
    }

    binaryToBase64 (binary) {
        return this.#bytes (binary).toString ('base64');
    }

    base64ToBinary (text) {
        const value = codecText (text);
        if ((value === undefined) || !isBase64 (value)) {
            throw this.#refusal (text, new ExchangeError (NOT_BASE64));
        }
        return new Uint8Array (ownBytes (value, 'base64'));
    }

    stringToBase64 (text) {
        return ownBytes (textOnly (text)).toString ('base64');
    }

    base64ToString (text) {
        return this.decode (this.base64ToBinary (text));
    }

    binaryToBase16 (binary) {
        return this.#bytes (binary).toString ('hex');
    }

    base16ToBinary (text) {
        const value = codecText (text);
        if ((value === undefined) || ((value.length % 2) !== 0) || !BASE16_DIGITS.test (value)) {
            throw this.#refusal (text, new ExchangeError (NOT_BASE16));
        }
        return new Uint8Array (ownBytes (value, 'hex'));
    }

    base64urlencode (binary) {
        return this.#bytes (binary).toString ('base64url');
    }

    // --- crypto --------------------------------------------------------------------------------------

    #bytes (value) {
        // What hash and hmac read: a string's UTF-8 or bytes; nothing else, in every runtime (a number was 5 zero
        // bytes in Python, its text in PHP and an error here; a list was bytes here and 'Array' in PHP). A signing key's
        // bytes are never copied into Node's pool of small buffers (ownBytes.js).
        if (typeof value === 'string') {
            return ownBytes (value);
        }
        if (!(value instanceof Uint8Array)) {
            throw new ExchangeError (BYTES_ONLY);
        }
        return bufferView (value);
    }

    #digestAs (binary, digest) {
        if (digest === 'binary') {
            return new Uint8Array (binary);
        }
        if (digest === 'hex' || digest === 'base64') {
            return Buffer.from (binary).toString (digest);
        }
        throw new ExchangeError ('unknown digest: use hex, base64 or binary'); // (not echoed, as the algorithm)
    }

    #algorithmName (algorithm) {
        // (a name, a string: Object.hasOwn takes [ 'md5' ] for 'md5', which Python's and PHP's lookups refuse)
        if ((typeof algorithm !== 'string') || !Object.hasOwn (HASHES, algorithm)) {
            // (not echoed: exchange code chooses it, and could pass a credential such as the apiKey)
            throw new ExchangeError ('unknown hash algorithm: use one of ' + Object.keys (HASHES).join (', '));
        }
        return HASHES[algorithm];
    }

    hash (request, algorithm = 'md5', digest = 'hex') {
        // (undefined, passed or not, is the default in every runtime: Python's and PHP's defaults apply only to an
        // argument left out)
        if (algorithm === 'keccak-256') {
            return this.#digestAs (keccak256 (this.#bytes (request)), digest);
        }
        return this.#digestAs (crypto.createHash (this.#algorithmName (algorithm)).update (this.#bytes (request)).digest (), digest);
    }

    hmac (request, secret, algorithm = 'sha256', digest = 'hex') {
        const name = this.#algorithmName (algorithm);
        if (algorithm === 'keccak-256') {
            throw new ExchangeError ('hmac does not support keccak-256');
        }
        return this.#digestAs (crypto.createHmac (name, this.#bytes (secret)).update (this.#bytes (request)).digest (), digest);
    }

    jwt (payload, secret, algorithm = 'sha256') {
        // HS256 (and HS384/HS512 with sha384/sha512): header.payload.signature in base64url.
        if ((typeof algorithm !== 'string') || !Object.hasOwn (JWT_ALGORITHMS, algorithm)) {
            throw new ExchangeError ('jwt supports sha256, sha384 and sha512'); // (the algorithm not echoed, as hmac's)
        }
        const header = this.base64urlencode (this.encode (this.json ({ 'alg': JWT_ALGORITHMS[algorithm], 'typ': 'JWT' })));
        const body = this.base64urlencode (this.encode (this.json (payload)));
        const token = header + '.' + body;
        const signature = this.base64urlencode (this.hmac (token, secret, algorithm, 'binary'));
        return token + '.' + signature;
    }

    asymmetricJwt (payload, key, algorithm = 'ES256', header = {}) {
        // A JSON Web Token signed with a private key (RFC 7515): ES256 (ECDSA P-256 with SHA-256, the signature r || s),
        // EdDSA (Ed25519) or RS256 (RSASSA-PKCS1-v1_5 with SHA-256). The key is the text the exchange issued (see
        // asymmetric.js); header holds the fields besides alg and typ (kid, nonce), written after them.
        if ((typeof algorithm !== 'string') || !Object.hasOwn (KEY_FORMATS, algorithm)) {
            throw new ExchangeError ('asymmetricJwt supports ES256, EdDSA and RS256'); // (the algorithm not echoed, as jwt's)
        }
        if ((header === null) || (typeof header !== 'object') || Array.isArray (header) || Object.hasOwn (header, 'alg')) {
            throw new ExchangeError ('asymmetricJwt takes a dictionary of the header fields besides alg, which the algorithm sets');
        }
        const head = this.base64urlencode (this.encode (this.json (Object.assign ({ 'alg': algorithm, 'typ': 'JWT' }, header))));
        const token = head + '.' + this.base64urlencode (this.encode (this.json (payload)));
        let signature = undefined;
        try {
            signature = asymmetricSignature (this.id, algorithm, key, Buffer.from (token, 'utf8'));
        } catch (error) {
            throw (error instanceof AuthenticationError) ? this.#refusal (key, error) : error; // (a key of another kind)
        }
        return token + '.' + this.base64urlencode (new Uint8Array (signature));
    }

    totp (secret, timestamp = undefined) {
        // RFC 6238 with the defaults every authenticator app uses: base32 secret, SHA-1, 30 s, 6 digits.
        const key = base32Decode (secret);
        if (key === undefined) {
            throw this.#refusal (secret, new ExchangeError ('totp: the secret is not base32'));
        }
        const counter = Math.floor ((timestamp === undefined ? this.milliseconds () : timestamp) / 30000);
        const message = Buffer.alloc (8);
        message.writeBigUInt64BE (BigInt (counter));
        const mac = crypto.createHmac ('sha1', key).update (message).digest ();
        const offset = mac[mac.length - 1] & 0x0f;
        const code = (mac.readUInt32BE (offset) & 0x7fffffff) % 1000000;
        return String (code).padStart (6, '0');
    }

    // --- the clock of the rate limiter (Exchange.throttle) ---------------------------------------------

    monotonicMilliseconds () {
        return performance.now ();
    }

    // --- HTTP ----------------------------------------------------------------------------------------

    async fetch (url, method = 'GET', headers = undefined, body = undefined) {
        this.checkSigningKeys ();
        if (!/^https?:\/\//i.test (url)) {
            throw this.httpError (ExchangeError, method, url, 'has an unsupported URL scheme: only http:// and https:// are fetched');
        }
        if (!atOrigin (url, this.#apiOrigins)) {
            throw this.httpError (ExchangeError, method, url, 'is not at an origin of urls[\'api\'] (' + this.#apiOrigins.join (', ') + '): to use another, pass urls in the constructor\'s config');
        }
        const requestHeaders = this.extend ({ 'User-Agent': this.userAgent, 'Accept-Encoding': 'gzip, deflate' }, this.extend (this.headers, headers === undefined ? {} : headers));
        const refused = refusedRequest (method, url, requestHeaders, body) ?? requestSettingsRefusal (this);
        if (refused !== undefined) {
            throw this.httpError (ExchangeError, method, url, refused);
        }
        if (this.verbose) {
            this.log ('request', method, url, JSON.stringify (requestHeaders), body === undefined ? '' : body);
        }
        let response = undefined;
        try {
            response = await this.#send (url, method, requestHeaders, body);
        } catch (error) {
            throw (error instanceof errors.BaseError) ? error : this.transportError (error, method, url);
        }
        const received = responseHeaders (response.rawHeaders, response.statusMessage);
        if (received === undefined) {
            throw this.httpError (NetworkError, method, url, NOT_HTTP_HEADERS);
        }
        const text = this.decodeBody (method, url, received['content-encoding'], response.body);
        if (this.verbose) {
            this.log ('response', method, url, String (response.statusCode), JSON.stringify (received), text);
        }
        try {
            return this.handleRestResponse (response.statusCode, response.statusMessage, url, method, received, text, requestHeaders, body);
        } catch (error) {
            throw this.#redacted (error);
        }
    }

    #redacted (error) {
        // An error of the exchange's own making (handleErrors ends with throw new ExchangeError (feedback)) holds what
        // its code put in, often the body, which may echo the request and its credentials: redacted as fetch's own.
        // So is any other error its code raised, which may quote a value too (Precise's precision, red-team round 32).
        if ((error instanceof Error) && (typeof error.message === 'string')) {
            const message = this.redactSecrets (error.message);
            if (message !== error.message) {
                error.stack = this.redactSecrets (String (error.stack));
                error.message = message;
            }
        }
        return error;
    }

    #send (url, method, headers, body) {
        // One request through node:http(s), which follows no redirect. Private: it checks no origin (fetch does),
        // so no code outside this class may reach it, exchange code least of all. The timeout bounds all of it, and the
        // body is refused as soon as it is longer than maxResponseSize. Resolves to the response, with its raw
        // body (a Buffer) as response.body.
        const proxy = proxyOf (this.proxy);
        const secure = /^https:/i.test (url);
        return new Promise ((resolve, reject) => {
            // through the user's proxy: a plain request in absolute form, a secure one through a tunnel
            // The request target is the URL's path and query as built (and signed): Node's URL parser would
            // percent-encode ' " < > ` { }, turn \ into / and resolve dot segments, where Python and PHP send them as
            // they are.
            // A body's length is always written: Node frames no body of a GET, DELETE or OPTIONS otherwise (the server
            // reads it as the next request on the connection), where Python and PHP send its Content-Length.
            // Without a body, POST, PUT, PATCH and DELETE say so (Content-Length: 0, as requests and aiohttp write it; a
            // server may answer 411 otherwise), GET, HEAD and OPTIONS say nothing (red-team round 24).
            const length = (typeof body === 'string') ? Buffer.byteLength (body) : (EMPTY_BODY_FRAMED.has (method.toUpperCase ()) ? 0 : undefined);
            const framed = (length === undefined) ? headers : { ...headers, 'Content-Length': length };
            // (the server's certificate is checked whatever NODE_TLS_REJECT_UNAUTHORIZED says: =0 sent the signed
            // request to any server in Node alone; red-team round 58)
            const target = { ...urlToHttpOptions (new URL (url)), 'path': requestTarget (url), 'method': method, 'headers': framed, 'maxHeaderSize': MAX_HEADS, 'rejectUnauthorized': true };
            const abandoned = new AbortController (); // (aborted when the request fails: its tunnel's CONNECT goes too)
            const request = (proxy === undefined) ? (secure ? https : http).request ({ ...target, 'agent': secure ? SECURE_AGENT : PLAIN_AGENT })
                : secure ? https.request ({ ...target, 'agent': this.#tunnelAgent (proxy), 'abandoned': abandoned.signal })
                    : absoluteRequest (proxy, url, method, framed, MAX_HEADS);
            const fail = (error) => {
                clearTimeout (timer);
                request.destroy ();
                abandoned.abort ();
                reject (error);
            };
            const timer = setTimeout (() => fail (this.httpError (RequestTimeout, method, url, 'timed out after ' + this.timeout + ' ms')), this.timeout);
            const tooLarge = (size) => (size > this.maxResponseSize);
            const refuse = () => fail (this.httpError (BadResponse, method, url, 'sent a response body larger than maxResponseSize (' + this.maxResponseSize + ' bytes)'));
            // HTTP/1.0 or 1.1 in each head, the versions Python and PHP speak (node:http's parser reads 2.0 as well)
            const otherVersion = (head) => ((head.httpVersion !== '1.1') && (head.httpVersion !== '1.0'));
            const refuseVersion = () => fail (this.httpError (NetworkError, method, url, NOT_HTTP_HEADERS));
            // The response's framing as every runtime reads it (responseBody.js), from the bytes of the connection
            // (decrypted, for https): node:http's parser shows no chunk-size line nor trailer. This listener of the
            // socket's data runs before the parser's on each read, so that a response framed otherwise fails before
            // any of it is used, with the error Python and PHP raise (the parser fails some framings itself). What
            // follows the response's end is dropped, and the connection with it.
            const framing = new ResponseFraming (method);
            let connection = undefined;
            const read = (data) => {
                framing.feed (data);
                if (framing.malformed !== undefined) {
                    fail (this.httpError (NetworkError, method, url, (framing.malformed === MALFORMED_HEAD) ? NOT_HTTP_HEADERS : ('failed: ' + framing.malformed)));
                } else if (framing.after) {
                    connection.destroy ();
                }
            };
            request.on ('socket', (socket) => {
                connection = socket;
                socket.removeListener ('data', dropConnection);
                socket.prependListener ('data', read);
            });
            request.on ('close', () => {
                // (before a connection kept alive goes back to its agent)
                if (connection !== undefined) {
                    connection.removeListener ('data', read);
                    if (!connection.destroyed) {
                        connection.on ('data', dropConnection);
                    }
                }
            });
            const finish = (response, raw) => {
                if (!framing.ended) { // (where node:http's parser read an end that the framing did not)
                    return fail (this.httpError (NetworkError, method, url, 'failed: ' + MALFORMED_BODY));
                }
                clearTimeout (timer);
                resolve (Object.assign (response, { 'body': raw }));
            };
            let received = undefined; // the final response, once its head is read
            request.on ('error', (error) => {
                // node:http's parser fails a whole response followed by more bytes (another response, or any byte
                // where the connection was to close), which Python and PHP read: it is read whole here too, its 'end'
                // resolves it, and the rest is dropped.
                if ((received !== undefined) && received.complete) {
                    return undefined;
                }
                // (the parser fails some chunk framings before the line's end, where the framing reads them: the same
                // error)
                const framingError = framing.chunking && (typeof error.code === 'string') && error.code.startsWith ('HPE_');
                return fail (framingError ? this.httpError (NetworkError, method, url, 'failed: ' + MALFORMED_BODY) : error);
            });
            request.on ('information', (head) => (otherVersion (head) ? refuseVersion () : undefined));
            request.on ('upgrade', (response, socket) => {
                // A 101 that no request asked for, which node:http hands over as an upgrade (without this listener, it
                // closed the connection and the request waited for its timeout): read as a response without a body,
                // and the connection closed.
                socket.destroy ();
                return otherVersion (response) ? refuseVersion () : finish (response, Buffer.alloc (0));
            });
            request.on ('response', (response) => {
                received = response;
                if (otherVersion (response)) {
                    return refuseVersion ();
                }
                if (tooLarge (Number (response.headers['content-length']))) {
                    return refuse ();
                }
                const chunks = [];
                let size = 0;
                response.on ('data', (chunk) => {
                    size += chunk.length;
                    if (tooLarge (size)) {
                        return refuse ();
                    }
                    chunks.push (chunk);
                });
                response.on ('end', () => finish (response, Buffer.concat (chunks)));
                response.on ('error', fail);
            });
            request.end (body);
        });
    }

    #tunnelAgent (proxy) {
        const key = JSON.stringify (proxy);
        if (!this.#tunnels.has (key)) {
            this.#tunnels.set (key, new TunnelAgent (proxy, true, true));
        }
        return this.#tunnels.get (key);
    }

    decodeBody (method, url, encoding, raw) {
        // The body as text. A gzip or deflate body is decompressed here, strictly (a corrupt or truncated
        // stream is an error, not a shorter body) and never beyond maxDecompressedSize; the text must be UTF-8.
        let body = raw;
        const coding = (encoding === undefined) ? '' : encoding.toLowerCase (); // (as received, but for the spaces and tabs around it)
        if ((coding === 'gzip') || (coding === 'x-gzip') || (coding === 'deflate')) {
            body = (raw.length === 0) ? raw : this.decompress (method, url, coding, raw);
        } else if ((coding !== '') && (coding !== 'identity')) {
            throw this.httpError (BadResponse, method, url, 'returned a body in an unsupported Content-Encoding ' + coding);
        }
        try {
            return UTF8.decode (body);
        } catch (error) {
            throw this.httpError (BadResponse, method, url, 'returned a body that is not valid UTF-8');
        }
    }

    decompress (method, url, coding, raw) {
        // 'deflate' is meant to be a zlib stream, but some servers send raw deflate: the zlib header tells.
        const zlibHeader = (raw.length > 1) && ((raw[0] & 0x0f) === 8) && (((raw[0] << 8) | raw[1]) % 31 === 0);
        const inflate = (coding !== 'deflate') ? zlib.gunzipSync : (zlibHeader ? zlib.inflateSync : zlib.inflateRawSync);
        let result = undefined;
        try {
            result = inflate (raw, { 'maxOutputLength': this.maxDecompressedSize, 'info': true });
        } catch (error) {
            if (error.code === 'ERR_BUFFER_TOO_LARGE') {
                throw this.httpError (BadResponse, method, url, 'returned a ' + coding + ' body that decompresses to more than maxDecompressedSize (' + this.maxDecompressedSize + ' bytes)');
            }
        }
        // corrupt, or data after the end (another gzip member too, which gunzip reads on and Python and PHP refuse)
        if ((result === undefined) || (result.engine.bytesWritten !== raw.length) || ((coding !== 'deflate') && !oneGzipMember (raw, result.buffer))) {
            throw this.httpError (BadResponse, method, url, 'returned a ' + coding + ' body that does not decompress');
        }
        return result.buffer;
    }

    httpError (errorClass, method, url, detail) {
        return new errorClass (this.redactSecrets (this.id + ' ' + method + ' ' + url + ' ' + detail));
    }

    transportError (error, method, url) {
        const cause = (error.code !== undefined) ? error.code : error.message;
        if (cause === 'ECONNREFUSED' || cause === 'ENOTFOUND' || cause === 'EAI_AGAIN') {
            return this.httpError (ExchangeNotAvailable, method, url, 'could not connect: ' + cause);
        }
        if (cause === 'EPROXY') {
            return this.httpError (ExchangeNotAvailable, method, url, 'could not connect: ' + error.message);
        }
        return this.httpError (NetworkError, method, url, 'failed: ' + cause);
    }

    log (...parts) {
        // Verbose logging, with every credential redacted.
        console.log (this.redactSecrets (parts.join (' ')));
    }

    // --- streaming: the socket (js/base/stream/StreamClient.js); the message handling is the exchange's ----

    async watch (url, messageHash, subscribeHash = undefined, message = undefined) {
        // The next update of messageHash on the connection to url, after sending message once per subscribeHash
        // (and again after every reconnect).
        checkStreamKeys (url, messageHash, subscribeHash);
        const client = this.streamClient (url);
        const update = client.next (messageHash); // waiting before subscribing: the answer may be immediate
        update.catch (() => {}); // when subscribing fails, that error is the one thrown
        await client.subscribe (subscribeHash, message);
        return await update;
    }

    async subscribe (url, subscribeHash, message) {
        // Sends message once per subscribeHash on the stream at url (and again after every reconnect), without
        // waiting for an update: a setting of the connection that later subscriptions rely on.
        checkStreamKeys (url, subscribeHash);
        await this.streamClient (url).subscribe (subscribeHash, message);
    }

    resolveUpdate (url, value, messageHash) {
        checkStreamKeys (url, messageHash);
        const client = this.#streamClients.get (url);
        if (client !== undefined) {
            client.deliver (messageHash, { 'value': value });
        }
    }

    checkKeyNames (names, method) {
        // Nothing here: V8 keys a dictionary by a seeded hash. PHP's arrays hash a string by an unseeded function
        // (DJBX33A), so names a server chose to collide made each write into a dictionary of them walk all the others
        // (red-team round 41: unique of 65,536 such ids 15.6 s, loadMarkets' currencies of as many markets 39.9 s,
        // parseTickers 8.3 s, where Node and Python took 50 ms to 0.8 s): PHP refuses such names (BadResponse) before
        // the base class files anything under them, as indexBy and groupBy do. Undefined names are no key.
    }

    checkStreaming () {
        // Nothing here: Node streams. Python's synchronous classes and PHP, which do not, throw StreamsNotSupported,
        // so that a stream's state (streamState, setStreamState) is kept only where frames are handled. Held in a
        // variable, a state is one object in Node and Python and a copy in PHP: code that kept one outside a stream
        // and changed it chose another path in PHP alone (red-team round 38).
    }

    isWatched (url, messageHash) {
        // Whether a caller has watched messageHash on the connection to url: what a server sends for anything else
        // (a symbol never subscribed) is kept nowhere, so that it grows no state (see resolveCached).
        checkStreamKeys (url, messageHash);
        const client = this.#streamClients.get (url);
        return (client !== undefined) && client.channels.has (messageHash);
    }

    rejectUpdate (url, messageHash, errorClass, message) {
        // errorClass is a unified error class, as for throwError; messageHash undefined: every channel of url. The
        // message is the exchange's (often the frame, which may echo a login): redacted as throwError's are.
        checkStreamKeys (url, messageHash);
        const error = ERROR_CLASSES.has (errorClass) ? new errorClass (this.redactSecrets (String (message))) : new ExchangeError (this.redactSecrets (String (message)));
        const client = this.#streamClients.get (url);
        if (client === undefined) {
            return;
        }
        if (messageHash === undefined) {
            client.deliverAll ({ 'error': error });
        } else {
            client.deliver (messageHash, { 'error': error });
        }
    }

    async sendFrame (url, message) {
        checkStreamKeys (url);
        await this.streamClient (url).send (message);
    }

    async unwatch (url, subscribeHash, message = undefined) {
        // No longer re-sent after a reconnect; message (the unsubscribe request) is sent when given.
        checkStreamKeys (url, subscribeHash);
        const client = this.#streamClients.get (url);
        if (client === undefined) {
            return;
        }
        client.forget (subscribeHash);
        if (message !== undefined) {
            await client.send (message);
        }
    }

    streamClient (url) {
        // A handler of a frame of a connection that close () closed, resumed after an await, reaches no stream: its
        // sendFrame made a new connection that nothing closed (its keep-alive timer held the process for good).
        const handling = handlingClient ();
        if ((handling !== undefined) && handling.closed) {
            throw handling.closedError ();
        }
        let client = this.#streamClients.get (url);
        if (client === undefined) {
            if (!/^wss?:\/\//i.test (url) || !atOrigin (url, this.#streamOrigins)) {
                throw this.httpError (ExchangeError, 'WebSocket', url, 'is not at an origin of urls[\'ws\'] (' + this.#streamOrigins.join (', ') + '): to use another, pass urls in the constructor\'s config');
            }
            client = new StreamClient (this, url, this.streaming, (error) => this.#redacted (error));
            this.#streamClients.set (url, client);
        }
        return client;
    }

    forgetStreamClient (url, client) {
        if (this.#streamClients.get (url) === client) {
            this.#streamClients.delete (url);
        }
    }

    streamBacklog () {
        // Updates and frames waiting, over every connection: what a slow reader holds in memory.
        let count = 0;
        for (const client of this.#streamClients.values ()) {
            count += client.queuedUpdates ();
        }
        return count;
    }

    streamRandom () {
        // The jitter of the reconnection backoff (tests replace it).
        return Math.random ();
    }

    crc32 (text) {
        // CRC-32 (IEEE, as zlib) of the UTF-8 bytes of text, an unsigned integer: the order book checksums.
        return crc32 (Buffer.from (textOnly (text), 'utf8'));
    }

    async close () {
        // Closes every stream, and the tunnels through the proxy (the agents of #send, shared by every exchange, pool
        // the other connections).
        for (const client of this.#streamClients.values ()) {
            client.close ();
        }
        this.#streamClients.clear ();
        for (const agent of this.#tunnels.values ()) {
            agent.destroy ();
        }
        this.#tunnels.clear ();
    }
}

function textOnly (value) {
    // What encode, stringToBase64 and crc32 read: a string, nothing else, in every runtime (Buffer.from read a list as
    // its bytes and failed a number, which PHP wrote as its text).
    if (typeof value !== 'string') {
        throw new ExchangeError (TEXT_ONLY);
    }
    return value;
}

function codecText (value) {
    // A text to decode: a string, or bytes read a character each, as PHP holds both in one string type.
    if (typeof value === 'string') {
        return value;
    }
    return (value instanceof Uint8Array) ? bufferView (value).toString ('latin1') : undefined;
}

function isBase64 (text) {
    // Digits of either alphabet, then the padding to a whole number of four characters, or none; never a lone
    // digit after the last four (it holds no whole byte).
    const digits = text.replace (/=+$/, '');
    const padding = text.length - digits.length;
    return BASE64_DIGITS.test (digits) && ((digits.length % 4) !== 1) && ((padding === 0) || ((padding <= 2) && ((text.length % 4) === 0)));
}

function nestsDeeper (value, levels, parsed = false) {
    // Whether value holds arrays or objects nested more than levels deep (recursing at most levels + 1 deep). With
    // parsed (a response JSON.parse gave), also whether an object in it has an own key toString or valueOf, which a
    // response may not have (see isNotedKey); and every null within it (as an own key's value or a list's
    // element) is made undefined on the way, in place: the key stays, as Python and PHP keep it with None and null.
    // (Only containers are recursed into: a response's numbers and strings cost a typeof each; an object's values are
    // read by for...in, which lists no key array per object as Object.values does. It lists an object's own keys, then
    // those it inherits: a walk stops at the first inherited one, a test of each key that JSON.parse's objects need
    // only where a host gave Object.prototype an enumerable key, else the walk went into that key's value, for every
    // object of a response, and made its nulls undefined.)
    if ((value === null) || (typeof value !== 'object')) {
        return false;
    }
    const ownOnly = !parsed || (Object.keys (Object.prototype).length > 0);
    return outerNestsDeeper (value, levels, parsed, ownOnly, 2);
}

function outerNestsDeeper (value, levels, parsed, ownOnly, outer) {
    // nestsDeeper of the value and of the outer - 1 levels below it, at for...in and element reads of their own: a
    // response's big dictionaries are there (2,000 markets or tickers by id, a level in), whose keys V8 reads otherwise
    // than a small object's; one site that reads both kinds reads every object the slow way (kraken's markets: twice the
    // walk).
    if (outer === 0) {
        return innerNestsDeeper (value, levels, parsed, ownOnly);
    }
    if (levels === 0) {
        return true;
    }
    if (Array.isArray (value)) {
        for (let i = 0; i < value.length; i++) {
            const item = value[i];
            if (typeof item === 'object') {
                if (item === null) {
                    if (parsed) {
                        value[i] = undefined;
                    }
                } else if (outerNestsDeeper (item, levels - 1, parsed, ownOnly, outer - 1)) {
                    return true;
                }
            }
        }
        return false;
    }
    for (const key in value) {
        if (ownOnly && !Object.hasOwn (value, key)) {
            break;
        }
        if (parsed && isNotedKey (key)) {
            if (key !== 'length') {
                return true; // (a conversion key)
            }
            walkedLengthKey = true;
        }
        const item = value[key];
        if (typeof item === 'object') {
            if (item === null) {
                if (parsed) {
                    value[key] = undefined;
                }
            } else if (outerNestsDeeper (item, levels - 1, parsed, ownOnly, outer - 1)) {
                return true;
            }
        }
    }
    return false;
}

function innerNestsDeeper (value, levels, parsed, ownOnly) {
    // nestsDeeper of a value below the outer levels (see outerNestsDeeper), which is a list or an object.
    if (levels === 0) {
        return true;
    }
    if (Array.isArray (value)) {
        for (let i = 0; i < value.length; i++) {
            const item = value[i];
            if (typeof item === 'object') {
                if (item === null) {
                    if (parsed) {
                        value[i] = undefined;
                    }
                } else if (innerNestsDeeper (item, levels - 1, parsed, ownOnly)) {
                    return true;
                }
            }
        }
        return false;
    }
    for (const key in value) {
        if (ownOnly && !Object.hasOwn (value, key)) {
            break;
        }
        if (parsed && isNotedKey (key)) {
            if (key !== 'length') {
                return true; // (a conversion key)
            }
            walkedLengthKey = true;
        }
        const item = value[key];
        if (typeof item === 'object') {
            if (item === null) {
                if (parsed) {
                    value[key] = undefined;
                }
            } else if (Array.isArray (item)) {
                // (a dictionary's list is read here, at element reads of its own, rather than by a call: the walk of
                // kraken's markets, which hold four small lists each, took twice as long by innerNestsDeeper's, and as
                // long by a function of its own that V8 inlined)
                if (levels === 1) {
                    return true;
                }
                for (let i = 0; i < item.length; i++) {
                    const element = item[i];
                    if (typeof element === 'object') {
                        if (element === null) {
                            if (parsed) {
                                item[i] = undefined;
                            }
                        } else if (innerNestsDeeper (element, levels - 2, parsed, ownOnly)) {
                            return true;
                        }
                    }
                }
            } else if (innerNestsDeeper (item, levels - 1, parsed, ownOnly)) {
                return true;
            }
        }
    }
    return false;
}

function hasProtoName (value) {
    // Whether value holds __proto__ as an object's key or as a string. JSON.parse keeps such a key, and code that
    // copies it or writes a value as a key (result[key] = value, as deepExtend, indexBy and groupBy do, and
    // exchanges index by ids and symbols) sets the copy's prototype instead of a key, in JavaScript alone: every
    // runtime refuses such a response, so that all three read the same.
    // So does text that the commonest derivations make __proto__ of (a case change, a trim, a slice: '__PROTO__',
    // ' __proto__'), as exchanges lowercase ids and trim names: a string or a key that holds __proto__ in any case.
    return holdsText (value, (text) => PROTO_TEXT.test (text));
}

function isNotedKey (key) {
    // Whether a parsed response's key is one the walk of nestsDeeper notes: length (see claimsLongerLists), or toString
    // or valueOf, which JavaScript calls to write an object as a text or a number ('' + value, a template, join, a
    // comparison), and a value that is no function there is a TypeError, not a unified error, in every runtime alike
    // (Python and PHP follow Node). Exchange code that expects a text and is given such an object would fail with it:
    // every runtime refuses a response with such a key, a BadResponse. (for...in lists an own enumerable key, which
    // every key of JSON.parse's objects is, over the prototype's method of the same name. Keys of JSON.parse are
    // internalized: three comparisons of pointers, where a search of the text for 'length' took 6 to 9% of
    // JSON.parse's time on the bench's markets responses.)
    return (key === 'toString') || (key === 'valueOf') || (key === 'length');
}

function claimsLongerLists (text, value) {
    // Whether the objects of a parsed JSON value claim by their own key length more elements than a list of text
    // could hold. Exchange code that expects a list and is given an object reads that key as the list's length (for
    // (let i = 0; i < response.length; i++)): {"length":100000000}, 19 bytes, ran binance's loop 10^8 times, in every
    // runtime alike. A list of the text has at most as many elements as the text has code units, so the claims, read
    // as a comparison reads them (Number: "1e8", [1e8] and "Infinity" too), may sum to that many, or to
    // MIN_CLAIMED_LENGTHS (a small text's real fields of that name): every runtime refuses a response beyond.
    let total = 0;
    const pending = [ value ];
    while (pending.length > 0) {
        const item = pending.pop ();
        if (Array.isArray (item)) {
            for (let i = 0; i < item.length; i++) {
                pending.push (item[i]);
            }
        } else if ((item !== undefined) && (item !== null) && (typeof item === 'object')) {
            for (const key of Object.keys (item)) {
                if (key === 'length') {
                    const claimed = Number (item[key]);
                    if (claimed > 0) { // (NaN is no claim)
                        total += claimed;
                    }
                }
                pending.push (item[key]);
            }
        }
    }
    return (total > MIN_CLAIMED_LENGTHS) && (total > text.length);
}

function hasLoneSurrogate (value) {
    // Whether value holds a string or a key with a UTF-16 surrogate that is not half of a pair ("\ud800" in JSON):
    // no text, which PHP's json_decode refuses and Python cannot encode (a request, a log line would fail there
    // alone), so that every runtime refuses such a response.
    return holdsText (value, (text) => !text.isWellFormed ());
}

function holdsText (value, matches) {
    // Whether a string or an object's key anywhere in value satisfies matches (an own __proto__ key included: JSON.parse
    // makes it an own key, which Object.keys lists).
    const pending = [ value ];
    while (pending.length > 0) {
        const item = pending.pop ();
        if (typeof item === 'string') {
            if (matches (item)) {
                return true;
            }
        } else if (Array.isArray (item)) {
            for (let i = 0; i < item.length; i++) {
                pending.push (item[i]);
            }
        } else if ((item !== null) && (typeof item === 'object')) {
            for (const key of Object.keys (item)) {
                if (matches (key)) {
                    return true;
                }
                pending.push (item[key]);
            }
        }
    }
    return false;
}

function base32Decode (text) {
    // The bytes of a base32 text, or undefined for another text
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    let bits = '';
    for (const character of text.replace (/[\s=]/g, '').toUpperCase ()) {
        const index = alphabet.indexOf (character);
        if (index < 0) {
            return undefined;
        }
        bits += index.toString (2).padStart (5, '0');
    }
    const bytes = [];
    for (let i = 0; i + 8 <= bits.length; i += 8) {
        bytes.push (parseInt (bits.slice (i, i + 8), 2));
    }
    return Buffer.from (Uint8Array.from (bytes).buffer);
}

// Keccak-256 as Ethereum uses it (the original padding 0x01, not SHA-3's 0x06). Node's crypto has
// SHA-3 but not Keccak, so it is written out here with BigInt lanes.
const KECCAK_ROUNDS = [
    0x0000000000000001n, 0x0000000000008082n, 0x800000000000808an, 0x8000000080008000n, 0x000000000000808bn, 0x0000000080000001n,
    0x8000000080008081n, 0x8000000000008009n, 0x000000000000008an, 0x0000000000000088n, 0x0000000080008009n, 0x000000008000000an,
    0x000000008000808bn, 0x800000000000008bn, 0x8000000000008089n, 0x8000000000008003n, 0x8000000000008002n, 0x8000000000000080n,
    0x000000000000800an, 0x800000008000000an, 0x8000000080008081n, 0x8000000000008080n, 0x0000000080000001n, 0x8000000080008008n,
];
const KECCAK_ROTATIONS = [ 0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14 ];
const MASK64 = (1n << 64n) - 1n;

function rotate (value, shift) {
    const amount = BigInt (shift);
    return amount === 0n ? value : (((value << amount) | (value >> (64n - amount))) & MASK64);
}

function keccakPermute (state) {
    for (const roundConstant of KECCAK_ROUNDS) {
        const c = [ 0, 1, 2, 3, 4 ].map ((x) => state[x] ^ state[x + 5] ^ state[x + 10] ^ state[x + 15] ^ state[x + 20]);
        for (let x = 0; x < 5; x++) {
            const d = c[(x + 4) % 5] ^ rotate (c[(x + 1) % 5], 1);
            for (let y = 0; y < 25; y += 5) {
                state[x + y] ^= d;
            }
        }
        const b = new Array (25);
        for (let x = 0; x < 5; x++) {
            for (let y = 0; y < 5; y++) {
                b[y + 5 * ((2 * x + 3 * y) % 5)] = rotate (state[x + 5 * y], KECCAK_ROTATIONS[x + 5 * y]);
            }
        }
        for (let i = 0; i < 25; i++) {
            const x = i % 5;
            const row = i - x;
            state[i] = b[i] ^ ((~b[row + (x + 1) % 5] & MASK64) & b[row + (x + 2) % 5]);
        }
        state[0] ^= roundConstant;
    }
}

function keccak256 (message) {
    const rate = 136;
    const padded = Buffer.alloc ((Math.floor (message.length / rate) + 1) * rate);
    message.copy (padded);
    padded[message.length] ^= 0x01;
    padded[padded.length - 1] ^= 0x80;
    const state = new Array (25).fill (0n);
    for (let offset = 0; offset < padded.length; offset += rate) {
        for (let i = 0; i < rate / 8; i++) {
            state[i] ^= padded.readBigUInt64LE (offset + i * 8);
        }
        keccakPermute (state);
    }
    const output = Buffer.alloc (32);
    for (let i = 0; i < 4; i++) {
        output.writeBigUInt64LE (state[i], i * 8);
    }
    return output;
}
