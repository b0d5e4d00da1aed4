<?php

// The native layer under the portable Exchange class (generated from js/base/Exchange.js): what the
// subset cannot express, hand-written once per language and checked against the same vectors and HTTP
// scenarios as js/base/NativeExchange.js: construction, the implicit API, time, crypto, JSON, the rate
// limiter and HTTP (curl); and, from the Primitives trait, the hot primitives of the base class.

namespace exchangekit;

#[\AllowDynamicProperties]
class NativeExchange implements \JsonSerializable {
    use Primitives;

    private const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    private const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    // As JavaScript reads them: digits 0-9, JavaScript's spaces (\s without /u is ASCII's), and $ at the very end (D).
    // (Each run of spaces possessive: what follows one is no space, and a run given back a character at a time cost a
    // step of pcre.backtrack_limit each, so that a million spaces failed the match in PHP alone: red-team round 52.)
    private const ISO8601 = '/^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{1,9}))?)?)?['
        . Js::WHITESPACE . ']*+(Z|[+-][0-9]{2}(?::?[0-9]{2})?)?$/uD';
    private const RFC2616 = '/^[A-Za-z]{3},[' . Js::WHITESPACE . ']++([0-9]{1,2})[' . Js::WHITESPACE . ']++([A-Za-z]{3})['
        . Js::WHITESPACE . ']++([0-9]{4})[' . Js::WHITESPACE . ']++([0-9]{2}):([0-9]{2}):([0-9]{2})[' . Js::WHITESPACE
        . ']++(?:GMT|UTC)$/uD';
    private const BYTES_ONLY = 'hash, hmac and the helpers that read bytes take a string or bytes';
    private const TEXT_ONLY = 'encode, stringToBase64 and crc32 take a string';
    private const URI_TEXT_ONLY = 'encodeURIComponent takes a string, a number or a boolean';
    // Decoded texts are checked, the same in every runtime (see js/base/NativeExchange.js): the text is not shown, as
    // it may be a key.
    private const NOT_BASE64 = 'not base64 text: A-Z, a-z, 0-9, + and / (or - and _), padded with = or not (the text '
        . 'is not shown: it may be a key)';
    private const NOT_BASE16 = 'not hexadecimal text: pairs of 0-9, a-f or A-F (the text is not shown: it may be a key)';
    private const BASE64_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_';
    private const BASE16_DIGITS = '0123456789ABCDEFabcdef';
    private const HASHES = ['md5' => 'md5', 'sha1' => 'sha1', 'sha256' => 'sha256', 'sha384' => 'sha384',
        'sha512' => 'sha512', 'sha3-256' => 'sha3-256', 'keccak-256' => 'keccak-256'];
    private const JWT_ALGORITHMS = ['sha256' => 'HS256', 'sha384' => 'HS384', 'sha512' => 'HS512'];
    private const MIN_TIMESTAMP = -62135596800000;  // years 1 to 9999
    private const MAX_TIMESTAMP = 253402300799999;
    // What exchange code may put into a request line and its headers: the HTTP methods of the api trees, URLs and
    // header values without control characters (a CR LF would start a header or a request of the code's own), header
    // names that are tokens, and none of the headers that say where a request goes or where it ends (a Host header
    // would reach another site on the exchange's front end, Content-Length and Transfer-Encoding another request),
    // which the HTTP client sets itself.
    private const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'];
    private const CONTROL = '/[\x00-\x1f\x7f]/';
    // Beyond ASCII, each HTTP client writes a URL or a header value its own way: Node and Python's requests
    // percent-encode a URL and write a header in latin-1 (or refuse it), aiohttp and curl send UTF-8 (or refuse the
    // URL): the bytes an exchange signed would not be the bytes sent, and not the same ones in every runtime.
    private const NOT_ASCII = '/[^\x00-\x7f]/';
    // What an HTTP client writes its own way in a request target: urllib3 percent-encodes these characters and a % that
    // starts no escape in capitals (urllib3 raises %2f to %2F), Node's URL parser some of them, curl none.
    private const REWRITTEN = '/["<>\[\]\\\\^`{|}]|%(?![0-9A-F]{2})/';
    private const HEADER_NAME = '/^[!#$%&\'*+.^_`|~0-9A-Za-z-]+\z/';
    // A response's headers read alike in every runtime (see js/base/NativeExchange.js): each byte one character
    // (latin-1: curl kept the bytes), a value without the spaces and tabs around it, a name given twice (in any case)
    // one entry of the values joined by ', ' in the order sent under its first spelling (curl's last one stood), and
    // no header named __proto__. A line that does not end in CR LF, a folded line, a value with a control character
    // other than a tab or a name that is not a token fails the request as a NetworkError, as Node's parser fails it.
    private const RESPONSE_HEADER_CONTROL = '/[\x00-\x08\x0a-\x1f\x7f]/';
    private const NOT_HTTP_HEADERS = 'failed: a response header holds a control character or has a name that is not a '
        . 'token, or the head is larger than every runtime reads (99 header lines of 8,000 characters, 65,536 in all, '
        . 'lines of 8,190 bytes, 131,072 bytes of heads in all)';
    // A response's head as every runtime's HTTP client reads it (see Node's MAX_HEAD_LINES; red-team rounds 42, 48), an
    // interim one's too (round 50: ResponseHead, which reads an interim head's reason phrase against MAX_HEAD_LINE)
    private const MAX_HEAD_LINES = 99;
    public const MAX_HEAD_LINE = 8000;
    private const MAX_HEAD = 65536;
    private const NOT_FRAMED = "failed: a response's Content-Length is not one number below 2^64, or comes with "
        . 'Transfer-Encoding, or its Transfer-Encoding is not one line of chunked';
    private const CLIENT_HEADERS = ['host', 'content-length', 'transfer-encoding', 'connection', 'keep-alive',
        'upgrade', 'te', 'trailer', 'expect'];
    // A body is a text (see js/base/NativeExchange.js): curl wrote a dictionary or a list as multipart/form-data and a
    // number or a boolean as its text, where Node refused them and requests form-encoded a dictionary (red-team round 24).
    private const NOT_TEXT_BODY = 'has a body that is not a string (each HTTP client writes a dictionary, a list, a '
        . 'number or a boolean its own way, or refuses it): write it as a text, with json () or urlencode ()';
    // A '?' with no query after it, which Python's HTTP clients leave out, and a body of a HEAD request, which curl
    // leaves out (red-team round 44): refused in every runtime (see js/base/NativeExchange.js).
    private const EMPTY_QUERY = 'has a ? with no query after it, which some HTTP clients leave out: leave it out, or '
        . 'write the query';
    private const NOT_SERIALIZED = 'an exchange is not serialized, since it holds the keys: make another from its config';
    private const HEAD_BODY = 'has a body, which some HTTP clients leave out of a HEAD request';
    // The user's settings: where requests go through (proxy), what is printed (verbose) and how each request is
    // bounded. They are the base class's defaults or the user's config, never an exchange's describe (), whatever
    // code built it.
    private const USER_SETTINGS = ['proxy', 'verbose', 'timeout', 'maxResponseSize', 'maxDecompressedSize',
        'maxRetryAfter', 'enableRateLimit'];
    // the streams' memory: lowered, never raised
    private const STREAM_BOUNDS = ['maxFrameSize', 'maxQueue', 'maxFrames', 'cacheLimit', 'maxBookLevels',
        'maxBalanceCurrencies', 'maxInboundSize'];
    // Every setting of the streams is an integer (see changed_stream_settings; red-team round 45).
    private const STREAM_SETTINGS = [...self::STREAM_BOUNDS, 'timeout', 'keepAlive', 'maxReconnects', 'backoffBase',
        'backoffMax'];
    private const MAX_STREAM_SETTING = 2147483647;
    // The requests' bounds, integers from 1 to what every runtime honours exactly (red-team round 51): timeout to
    // 2^31 - 1 milliseconds (setTimeout's limit in Node; here (int) 0.5 was curl's 0, no timeout at all), and the sizes
    // to 2^29 - 24 bytes, V8's longest string, which every body becomes in Node (see js/base/construction.js).
    private const MAX_BODY_SIZE = 536870888;
    private const REQUEST_SETTINGS = ['timeout' => self::MAX_STREAM_SETTING, 'maxResponseSize' => self::MAX_BODY_SIZE,
        'maxDecompressedSize' => self::MAX_BODY_SIZE];
    private const IDENTIFIER = '/^[A-Za-z_][A-Za-z0-9_]*$/';
    // A URL's user info (`http://user:password@host`: the proxy's login), which an exchange's dump does not show.
    private const USER_INFO = '~^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@~';
    private const CREDENTIALS = ['apiKey', 'secret', 'uid', 'login', 'password', 'twofa', 'privateKey', 'walletAddress',
        'token'];
    private const SIGNING_KEYS = ['secret', 'privateKey', 'twofa'];
    private const MAX_JSON_DEPTH = 512;  // nested arrays and objects in a JSON response, as in the Node runtime
    // The members of a JSON response's objects, as written: the sum over its objects of their count squared. PHP's
    // arrays hash integer keys by their value and strings by an unseeded function, so an object of colliding keys ("0",
    // "131072", ...) took json_decode time quadratic in its size (65,536 keys: seconds, which no timeout bounds). 2^28
    // is one object of 16,384 members, a fraction of a second of collisions; counted before json_decode runs.
    private const MAX_JSON_MEMBERS = 1 << 28;
    private const MEMBERS_UNCOUNTED = 1 << 14;  // a text of this many colons or fewer is under MAX_JSON_MEMBERS
    private const MIN_CLAIMED_LENGTHS = 65536;  // the lengths a response's objects may claim together (see below)
    // What json_members takes out of a JSON text (see there): strings, numbers that can be no integral float, and all
    // but brackets, colons, quotes, digits and points, up to 64 of them in one match (STRUCTURE_ONLY). With
    // FLAT_OBJECT first (STRUCTURE_OF_NESTED), also the members of a flat object: at most FLAT_MEMBERS, whose values
    // are strings, such numbers, true, false or null; its braces are left. One match takes such an object, where the
    // colons, which stay, end a match at each member (a list of 2,000 tickers: 1.1 -> 0.55 ms).
    private const FLAT_MEMBERS = 32;
    private const NO_STRUCTURE = '(?:"[^"]*+"|[^{}\[\]:"0-9.]++|' . self::NO_INTEGRAL_FLOAT
        . '|(?<=[0-9.])[0-9.eE+-]++){1,64}+';
    private const NO_INTEGRAL_FLOAT = '(?=[0-9.]{1,15}+(?![0-9.eE]))[0-9]++(?:\.0*+[1-9][0-9]*+)?(?![0-9.eE])';
    private const FLAT_MEMBER = '"[^"]*+"[ \t\n\r]*+:[ \t\n\r]*+(?:"[^"]*+"|-?+' . self::NO_INTEGRAL_FLOAT
        . '|true|false|null)[ \t\n\r]*+';
    private const FLAT_OBJECT = '\{\K[ \t\n\r]*+(?:' . self::FLAT_MEMBER . '(?:,[ \t\n\r]*+' . self::FLAT_MEMBER
        . '){0,' . (self::FLAT_MEMBERS - 1) . '}+)?+(?=\})';
    private const STRUCTURE_ONLY = '/' . self::NO_STRUCTURE . '/';
    private const STRUCTURE_OF_NESTED = '/' . self::FLAT_OBJECT . '|' . self::NO_STRUCTURE . '/';
    // Nested lists and dictionaries that json () writes out: deeper, Node's JSON.stringify ran out of stack (near 5,000
    // levels) where Python wrote them and PHP's process ended with a segmentation fault (100,000 levels).
    private const MAX_WRITTEN_DEPTH = 1000;
    private const MAX_CONFIG_DEPTH = 64;
    private const MAX_REQUEST_HEAD = 524288;  // the characters of a request's URL and headers (see Node's)
    // The scheme and authority of an http(s) URL, its host and port as every HTTP client reads them (see Node's
    // AUTHORITY): a name in lower case of labels of 1 to 63 characters, none xn--, the last starting with no digit, no
    // trailing dot, at most 253 characters, not localhost nor under it, or a decimal IPv4 address; a port of 1 to 65535
    // (red-team rounds 47 and 48).
    private const ORIGIN = '~^[hH][tT][tT][pP][sS]?://(?:(?=[a-z0-9_.-]{1,253}(?![a-z0-9_.-]))'
        . '(?!(?:[a-z0-9_-]+\.)*localhost(?![a-z0-9_.-]))'
        . '(?:(?!xn--)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)*(?!xn--)[a-z_](?:[a-z0-9_-]{0,61}[a-z0-9_])?'
        . '|(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]))'
        . '(?::(?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?(?=[/?#]|$)~D';
    // Methods that Node gives every object (Object.prototype's) and Python every class (mro): methods here too.
    private const FOREIGN_METHOD_NAMES = ['constructor', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable',
        'toLocaleString', 'toString', 'valueOf', 'mro'];  // lists and dictionaries nested in the user's config (see Node's configCopy)

    /** @var array<string, array> implicit method name (camelCase and snake_case) -> endpoint */
    private array $implicit_api = [];
    /** @var array<string, array> the implicit API table of each class and api tree, built by the first such instance;
     * the oldest out first, as a user's config may give each construction a tree of its own (bounded as Node's tables
     * are: 256 trees and 2^19 characters of their texts, where the 61 exchanges' take 59,000) */
    private static array $implicit_api_tables = [];
    private static array $method_spellings = [];  // class -> the spellings of its methods (see method_spellings)
    private static int $implicit_api_text = 0;  // the characters of the tables' keys
    private const IMPLICIT_API_TABLES_KEPT = 256;
    private const IMPLICIT_API_TEXT_KEPT = 1 << 19;
    private static ?int $last_second = null;
    private static string $last_second_text = '';
    /** @var string[] '.000Z' to '.999Z', as they are needed */
    private static array $fractions = [];
    private $curl = null;
    /** @var string[] where requests may go: the origins of urls['api'] (and urls['test']) as constructed, out of
     * reach of the exchange's code, so that no code path sends a request (and the keys it signs with) elsewhere */
    private array $api_origins = [];
    /** @var array|null a signing key of the config that its decoder refused, and the message of that refusal: see
     * refusal () */
    private ?array $refused_key = null;

    public function __construct(array $config = []) {
        $describe = $this->describe();
        $defaults = Exchange::describe();  // the portable base class's, with $this
        // A setting left out (omit, extend over streaming, no super.describe ()) is changed too: the runtime would
        // read null there, which bounds nothing.
        $changed = array_values(array_filter(self::USER_SETTINGS, fn ($name) => !array_key_exists($name, $describe)
            || $describe[$name] !== ($defaults[$name] ?? null)));
        $changed = array_merge($changed, self::changed_stream_settings($describe, $defaults, $config));
        self::check_request_settings($config);
        if ($changed) {
            throw new ExchangeError("describe () may not set or leave out the user's settings: " . implode(', ', $changed)
                . " (pass them in the constructor's config)");
        }
        // Its other keys become data properties too: a key the base class's describe () lacks would preset the
        // runtime's state (throttleLast, markets, sessionTokens), however the dictionary was built (red-team round 43).
        $added = array_diff_key($describe, $defaults);
        if ($added) {
            throw new ExchangeError("describe () may set only the keys of the base class's describe () (an exchange's "
                . 'own settings go under options): not ' . implode(', ', array_map('strval', array_keys($added))));
        }
        // Node and Python copy the config's lists and dictionaries (PHP's arrays are values), as deep as this.
        if (self::nests_deeper($config, self::MAX_CONFIG_DEPTH)) {
            throw new ExchangeError('the config nests deeper than ' . self::MAX_CONFIG_DEPTH . ' lists and dictionaries');
        }
        // A key left out is null here and in Node, and no attribute at all in Python, whose AttributeError a catch
        // clause saw (red-team round 45: describe () omitted options).
        $missing = array_diff_key($defaults, $describe);
        if ($missing) {
            throw new ExchangeError("describe () may not leave out a key of the base class's describe () (merge into "
                . 'super.describe () rather than omit): ' . implode(', ', array_map('strval', array_keys($missing))));
        }
        $unlike = self::unlike_dictionaries($describe, $defaults);
        if ($unlike) {
            throw new ExchangeError("describe () holds a dictionary, not a list nor one keyed '0' to 'n-1' (PHP's list), "
                . "wherever the base class's describe () holds one, so that the config merges into it alike in every "
                . 'runtime: not ' . implode(', ', $unlike));
        }
        $rate_limit = $describe['rateLimit'] ?? null;
        if (!(is_int($rate_limit) || is_float($rate_limit)) || !($rate_limit > 0) || is_infinite($rate_limit)) {
            throw new ExchangeError("describe ()'s rateLimit must be a positive number of milliseconds, not "
                . Js::toStr($rate_limit));
        }
        foreach ($this->extend($this->instance_defaults(), $this->deep_extend($describe, $config)) as $name => $value) {
            $this->check_member_name($name);
            $this->$name = $value;
        }
        // The implicit API table depends on the class and its api tree only: built once per class and tree, its
        // names checked once. A config's own tree of anything but plain data (an object, a closure, which serialize
        // refuses) is built at each construction, as Node's and Python's are (see plain_tree).
        $tree = (array_key_exists('api', $config) && !self::plain_tree($this->api)) ? null
            : static::class . "\n" . serialize($this->api);
        $properties = get_object_vars($this);  // the data properties (and the native layer's own)
        if ($tree !== null && isset(self::$implicit_api_tables[$tree])) {
            $this->implicit_api = self::$implicit_api_tables[$tree];
            if (array_intersect_key($properties, $this->implicit_api)) {
                // Only a key of this config can name an implicit method after the first construction: refused as
                // the first one (and Node) refuses it, by the first such method in the tree's order.
                $spellings = [];
                foreach ($this->implicit_api as $entry) {
                    self::check_implicit_name($entry['name'], $properties, $spellings);
                }
            }
        } else {
            $spellings = [];  // snake_case spelling -> the implicit method that has it
            foreach ($this->implicit_api_methods() as $entry) {
                foreach ([$entry['name'], self::snake_case($entry['name'])] as $name) {
                    $this->check_member_name($name);
                    $this->implicit_api[$name] = $entry;
                }
                self::check_implicit_name($entry['name'], $properties, $spellings);
            }
            if ($tree !== null) {
                self::$implicit_api_tables[$tree] = $this->implicit_api;
                self::$implicit_api_text += strlen($tree);
            }
            while (count(self::$implicit_api_tables) > self::IMPLICIT_API_TABLES_KEPT
                    || self::$implicit_api_text > self::IMPLICIT_API_TEXT_KEPT) {
                $oldest = array_key_first(self::$implicit_api_tables);
                self::$implicit_api_text -= strlen($oldest);
                unset(self::$implicit_api_tables[$oldest]);
            }
        }
        $urls = is_array($this->urls) ? $this->urls : [];
        $this->api_origins = self::url_origins([$urls['api'] ?? null, $urls['test'] ?? null]);
    }

    /** Whether serialize ($value) of a config's api tree tells it apart from every tree that collect_implicit_api
     * reads otherwise: arrays of texts, numbers, booleans and null, at most 32 levels deep (an object may write what
     * another writes; a closure, serialize refuses; an array may hold itself by reference), as Node keys only such
     * trees (treeText). */
    private static function plain_tree($value, int $depth = 0): bool {
        if (is_array($value)) {
            if ($depth >= 32) {
                return false;
            }
            foreach ($value as $item) {
                if (!self::plain_tree($item, $depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        return $value === null || is_string($value) || is_int($value) || is_float($value) || is_bool($value);
    }

    /** The streams' settings that describe () leaves out ("streaming.$name"), after refusing one it gives that is not
     * an integer, or one of the config's: as Node's and Python's, though PHP does not stream, so that every runtime
     * refuses the same exchange. ws read a maxPayload of 0 (anything in (-1, 1), a negative) as no bound and a
     * handshakeTimeout of 0 as none, aiohttp a max_msg_size of 0 as no bound (red-team round 45): the bounds are
     * integers from 1 to their default in describe (), the others from 1 (0 for maxReconnects) to 2^31 - 1
     * milliseconds or attempts, as the config's bounds too (the user may raise those). */
    private static function changed_stream_settings(array $describe, array $defaults, array $config): array {
        $changed = [];
        $settings = is_array($describe['streaming'] ?? null) ? $describe['streaming'] : [];
        foreach (self::STREAM_SETTINGS as $name) {
            $value = $settings[$name] ?? null;
            if ($value === null) {
                $changed[] = "streaming.$name";
            } else {
                self::check_stream_setting("describe ()'s", $name, $value, in_array($name, self::STREAM_BOUNDS, true)
                    ? $defaults['streaming'][$name] : self::MAX_STREAM_SETTING);
            }
        }
        // The config's are the user's (a bound may be raised), but integers as well.
        if (array_key_exists('streaming', $config)) {
            $given = $config['streaming'];
            if (!is_array($given) || (array_is_list($given) && count($given) > 0)) {
                throw new ExchangeError("the config's streaming must be a dictionary of settings, not "
                    . self::stream_setting_text($given));
            }
            foreach (self::STREAM_SETTINGS as $name) {
                if (array_key_exists($name, $given)) {
                    self::check_stream_setting("the config's", $name, $given[$name], self::MAX_STREAM_SETTING);
                }
            }
        }
        return $changed;
    }

    private static function check_stream_setting(string $whose, string $name, $value, int $highest): void {
        self::check_setting($whose, "streaming.$name", $value, $name === 'maxReconnects' ? 0 : 1, $highest);
    }

    /** The config's request bounds (see REQUEST_SETTINGS); describe () keeps the defaults (USER_SETTINGS). */
    private static function check_request_settings(array $config): void {
        foreach (self::REQUEST_SETTINGS as $name => $highest) {
            if (array_key_exists($name, $config)) {
                self::check_setting("the config's", $name, $config[$name], 1, $highest);
            }
        }
    }

    /** Why fetch may not send a request under the exchange's bounds as they are now (the user may set them after the
     * constructor checked them, as $exchange->timeout = 0.5), or null: see REQUEST_SETTINGS. */
    private function request_settings_refusal(): ?string {
        foreach (self::REQUEST_SETTINGS as $name => $highest) {
            if (!self::setting_holds($this->$name ?? null, 1, $highest)) {
                return "has no $name that is an integer from 1 to $highest";
            }
        }
        return null;
    }

    private static function check_setting(string $whose, string $name, $value, int $lowest, int $highest): void {
        if (!self::setting_holds($value, $lowest, $highest)) {
            throw new ExchangeError("$whose $name must be an integer from $lowest to $highest, not "
                . self::stream_setting_text($value));
        }
    }

    private static function setting_holds($value, int $lowest, int $highest): bool {
        $integral = is_int($value) || (is_float($value) && is_finite($value) && floor($value) === $value);
        return $integral && $value >= $lowest && $value <= $highest;
    }

    private static function stream_setting_text($value): string {
        return is_string($value) ? "'$value'" : ($value === null ? 'null' : Js::toStr($value));
    }

    // An implicit method is public_get_ticker here and in Python, where the generated code calls it by that spelling,
    // and publicGetTicker too. Neither may name a data property of the exchange (the api tree ['' => ['OPTIONS' =>
    // ['']]] made a method OPTIONS whose spelling options replaced self.options in Python alone), nor may two implicit
    // methods share a spelling ('ohlcv' and 'OHLCV': Node called the one, Python and PHP the other). The same in every
    // runtime: such a tree fails the construction (red-team round 20).
    private static function check_implicit_name(string $name, array $properties, array &$spellings): void {
        $spelling = self::snake_case($name);
        $other = $spellings[$spelling] ?? $name;
        if (array_key_exists($name, $properties) || array_key_exists($spelling, $properties) || $other !== $name) {
            $clash = $other !== $name ? 'the implicit method ' . Js::jsonStringify($other) : 'a property of the exchange';
            throw new ExchangeError("the api tree's method " . Js::jsonStringify($name) . ' is spelled '
                . Js::jsonStringify($spelling) . " in Python and PHP, which names $clash: the api tree may not define it");
        }
        $spellings[$spelling] = $name;
    }

    // Every origin (scheme and authority) of the URLs in a urls['api'] entry: a string, or an array of them, nested.
    // The authority is a host name or address and a port, nothing else: no user info ('https://api.kraken.com@evil.test'
    // goes to evil.test) and no backslash (a slash to some URL parsers): a URL with another authority has no origin.
    private static function url_origins($value): array {
        if (is_string($value)) {
            return preg_match(self::ORIGIN, $value, $origin) ? [$origin[0]] : [];
        }
        return is_array($value) ? array_merge([], ...array_map([self::class, 'url_origins'], array_values($value))) : [];
    }

    /**
     * Names from describe(), the user's config and the api tree become properties and methods. Under the checker's
     * rules, and in case a name gets past them: only plain ASCII identifiers, no magic __names, and never a method
     * of the class in either spelling nor the native layer's own state (a key 'sign' would take over signing, 'curl'
     * the HTTP handle). Such a name fails the construction rather than being skipped.
     */
    /**
     * The keys (as paths) where the base class's describe () holds a dictionary and describe () does not, or holds
     * one keyed 0 to n-1, which PHP holds as a list (see Node's unlikeDictionaries). The base's dictionaries are never
     * such lists: an array of its is a dictionary unless it is empty.
     */
    private static function unlike_dictionaries(array $describe, array $defaults, string $path = ''): array {
        $unlike = [];
        foreach ($defaults as $name => $default) {
            if (is_array($default) && ($default === [] || !self::index_keyed($default))) {
                $value = $describe[$name] ?? null;
                if (!is_array($value) || self::index_keyed($value)) {
                    $unlike[] = $path . $name;
                } else {
                    array_push($unlike, ...self::unlike_dictionaries($value, $default, $path . $name . '.'));
                }
            }
        }
        return $unlike;
    }

    /** Whether an array's keys are 0 to n-1 (n > 0), in any order: a list, or a dictionary Node keys '0' to 'n-1'. */
    private static function index_keyed(array $value): bool {
        $count = count($value);
        if ($count === 0) {
            return false;
        }
        foreach ($value as $key => $item) {
            if (!is_int($key) || $key < 0 || $key >= $count) {
                return false;
            }
        }
        return true;
    }

    private function check_member_name($name): void {
        if (!is_string($name) || !preg_match(self::IDENTIFIER, $name) || str_starts_with($name, '__')
                || isset(self::method_spellings(static::class)[self::spelling($name)])
                || property_exists(self::class, $name)) {
            throw new ExchangeError('describe (), config and api names must be plain identifiers that start with no __ '
                . 'and name no method: ' . Js::jsonStringify($name) . ' is not allowed');
        }
    }

    /** A name as every runtime compares it with the methods' names (see Node's spelling). */
    private static function spelling(string $name): string {
        return str_replace('_', '', strtolower($name));
    }

    /** The spellings of the methods of an exchange class, and of the methods one runtime alone gives every object. */
    private static function method_spellings(string $class): array {
        if (!isset(self::$method_spellings[$class])) {
            $spellings = [];
            $methods = array_map(fn ($method) => $method->getName(), (new \ReflectionClass($class))->getMethods());
            foreach (array_merge(self::FOREIGN_METHOD_NAMES, $methods) as $method) {
                if (!str_starts_with($method, '__')) {
                    $spellings[self::spelling($method)] = true;
                }
            }
            self::$method_spellings[$class] = $spellings;
        }
        return self::$method_spellings[$class];
    }

    /** publicGetTickerPair -> public_get_ticker_pair, exactly as the transpiler names methods. */
    public static function snake_case(string $name): string {
        $name = preg_replace('/(?<=[a-z0-9])(?=[A-Z])/', '_', $name);
        $name = preg_replace('/(?<=[A-Z])(?=[A-Z][a-z]{2,})/', '_', $name);
        return strtolower($name);
    }

    public function __call(string $name, array $arguments) {
        if (isset($this->implicit_api[$name])) {
            $entry = $this->implicit_api[$name];
            return $this->request($entry['path'], $entry['api'], $entry['method'], $arguments[0] ?? [], null, null,
                ['cost' => $entry['cost']]);
        }
        // The camelCase twin of a public method only: never a way around visibility or into a magic __method.
        $snake = self::snake_case($name);
        if ($snake !== $name && preg_match(self::IDENTIFIER, $name) && !str_starts_with($name, '__')
                && method_exists($this, $snake) && (new \ReflectionMethod($this, $snake))->isPublic()) {
            return $this->$snake(...$arguments);
        }
        throw new \BadMethodCallException(static::class . " has no method $name");
    }

    public function throw_error($error_class, string $message): void {
        // Exchange code chooses the class: only the unified error classes may be raised.
        if (!in_array($error_class, ERROR_CLASSES, true)) {
            $name = is_string($error_class) ? $error_class : get_debug_type($error_class);
            throw new ExchangeError("$message (unknown error class $name)");
        }
        throw new $error_class($message);
    }

    /** print_r and var_dump show the exchange without its credentials. */
    public function __debugInfo(): array {
        return $this->without_credentials(get_object_vars($this));
    }

    /** json_encode likewise. */
    public function jsonSerialize(): mixed {
        return $this->without_credentials(get_object_vars($this));
    }

    /** serialize () refuses an exchange: its text would hold the keys (in a cache, a session, a file). */
    public function __serialize(): array {
        throw new NotSupported(self::NOT_SERIALIZED);
    }

    public function __unserialize(array $data): void {
        throw new NotSupported(self::NOT_SERIALIZED);
    }

    private function without_credentials(array $properties): array {
        foreach ($properties as $name => $value) {
            if (in_array($name, self::CREDENTIALS, true)) {
                $properties[$name] = isset($value) ? '***' : $value;
            } elseif ($name === 'proxy' && is_string($value)) {  // (nor the config's other secrets, as in Node)
                $properties[$name] = preg_replace(self::USER_INFO, '$1***@', $value);
            } elseif ($name === 'headers' && is_array($value)) {
                $properties[$name] = array_fill_keys(array_keys($value), '***');
            } elseif (is_string($value)) {
                $properties[$name] = $this->redact_secrets($value);
            } elseif (is_array($value)) {
                // Nor what a response echoed of them (last_http_response, last_json_response, ...): a value that
                // holds them and cannot be rebuilt is '***'.
                try {
                    $text = Js::jsonStringify($value);
                    $redacted = $this->redact_secrets($text);
                    $properties[$name] = $redacted === $text ? $value : Js::jsonParse($redacted);
                } catch (\Throwable $error) {
                    $properties[$name] = '***';
                }
            }
        }
        return $properties;
    }

    // --- time ----------------------------------------------------------------------------------------

    public function milliseconds(): int {
        return intdiv($this->microseconds(), 1000);
    }

    public function seconds(): int {
        return time();
    }

    public function microseconds(): int {
        [$fraction, $seconds] = explode(' ', microtime());
        return (int) $seconds * 1000000 + (int) round((float) $fraction * 1000000);
    }

    private static function date_of($timestamp): ?\DateTimeImmutable {
        if (!(is_int($timestamp) || is_float($timestamp)) || is_nan((float) $timestamp)
                || $timestamp < self::MIN_TIMESTAMP || $timestamp > self::MAX_TIMESTAMP) {
            return null;
        }
        $milliseconds = (int) $timestamp;
        $seconds = intdiv($milliseconds, 1000);
        $remainder = $milliseconds % 1000;
        if ($remainder < 0) {
            $seconds -= 1;
            $remainder += 1000;
        }
        $date = (new \DateTimeImmutable('@' . $seconds))->setTimezone(new \DateTimeZone('UTC'));
        return $date->modify("+$remainder milliseconds");
    }

    public function iso8601($timestamp): ?string {
        if (!is_int($timestamp) && (!is_float($timestamp) || is_nan($timestamp))
                || $timestamp < self::MIN_TIMESTAMP || $timestamp > self::MAX_TIMESTAMP) {
            return null;
        }
        $milliseconds = (int) $timestamp;
        $remainder = $milliseconds % 1000;
        if ($remainder < 0) {
            $remainder += 1000;
        }
        $seconds = ($milliseconds - $remainder) / 1000;
        // gmdate writes years 1 to 9999 with four digits; the last second's text is remembered (lists come in time order)
        if ($seconds !== self::$last_second) {
            self::$last_second = $seconds;
            self::$last_second_text = gmdate('Y-m-d\TH:i:s', $seconds);
        }
        return self::$last_second_text . (self::$fractions[$remainder]
            ??= '.' . str_pad((string) $remainder, 3, '0', STR_PAD_LEFT) . 'Z');
    }

    public function rfc2616($timestamp): ?string {
        $date = self::date_of($timestamp);
        return $date === null ? null
            : $date->format('D, d M ') . sprintf('%04d', (int) $date->format('Y')) . $date->format(' H:i:s \G\M\T');
    }

    public function parse8601($text): ?int {
        if (!is_string($text) || !preg_match(self::ISO8601, Js::trim($text), $match)) {
            return null;
        }
        $milliseconds = (int) substr(($match[7] ?? '') . '000', 0, 3);
        $result = self::utc_milliseconds((int) $match[1], (int) $match[2], (int) $match[3], (int) ($match[4] ?? 0),
            (int) ($match[5] ?? 0), (int) ($match[6] ?? 0), $milliseconds);
        $zone = $match[8] ?? '';
        if ($result !== null && $zone !== '' && $zone !== 'Z') {
            $sign = $zone[0] === '-' ? -1 : 1;
            $digits = str_replace(':', '', substr($zone, 1));
            $result -= $sign * ((int) substr($digits, 0, 2) * 60 + (int) substr($digits, 2)) * 60000;
        }
        return $result;
    }

    public function parse_date($text): ?int {
        if (!is_string($text)) {
            return null;
        }
        if (!preg_match(self::RFC2616, Js::trim($text), $match)) {
            return $this->parse8601($text);
        }
        $month = array_search(ucfirst(strtolower($match[2])), self::MONTHS, true);
        if ($month === false) {
            return null;
        }
        return self::utc_milliseconds((int) $match[3], $month + 1, (int) $match[1], (int) $match[4], (int) $match[5],
            (int) $match[6], 0);
    }

    private static function utc_milliseconds(int $year, int $month, int $day, int $hour, int $minute, int $second,
                                             int $milliseconds): ?int {
        if ($year < 1 || $hour > 23 || $minute > 59 || $second > 59 || !checkdate($month, $day, $year)) {
            return null;
        }
        $date = new \DateTimeImmutable(sprintf('%04d-%02d-%02dT%02d:%02d:%02d', $year, $month, $day, $hour, $minute,
            $second), new \DateTimeZone('UTC'));
        return $date->getTimestamp() * 1000 + $milliseconds;
    }

    public function sleep($milliseconds): void {
        // A number of 0 to 2^31 - 1 only: Node's setTimeout waits 1 ms for any other value (a text, a negative or a
        // longer time), where usleep raised or took a text's number.
        if (!(is_int($milliseconds) || is_float($milliseconds)) || !($milliseconds >= 0 && $milliseconds <= 2147483647)) {
            throw new ExchangeError($this->id . ' sleep takes a number of milliseconds from 0 to 2147483647 '
                . '(each runtime reads another value its own way)');
        }
        usleep((int) round($milliseconds * 1000));
    }

    // container[key]: PHP arrays and strings inherit nothing, unlike JavaScript values (SUB-B004).
    public function own_value($container, $key) {
        return Js::get($container, $key);
    }

    /**
     * What a decoder that refuses value throws: error, or, where value is a signing key of the config,
     * InvalidSigningKey (an AuthenticationError to the user), which no catch clause of exchange code sees
     * (Uncatchable); and the instance sends nothing while it holds that key (check_signing_keys), so that the calls
     * still running learn nothing either. Else a file could learn the key's format (base64, hexadecimal, base32, PEM;
     * its length modulo 4) by decoding it in a try.
     */
    private function refusal(#[\SensitiveParameter] $value, \Exception $error): \Exception {
        foreach (self::SIGNING_KEYS as $name) {
            if (is_string($this->$name ?? null) && $this->$name === $value) {
                $this->refused_key = [$value, "{$this->id}: the $name of the config is refused: {$error->getMessage()}"];
                return new InvalidSigningKey($this->refused_key[1]);
            }
        }
        return $error;
    }

    /** Before anything is sent: nothing while the instance holds a signing key that its decoder refused (see
     * refusal ()). */
    public function check_signing_keys(): void {
        if ($this->refused_key === null) {
            return;
        }
        foreach (self::SIGNING_KEYS as $name) {
            if (($this->$name ?? null) === $this->refused_key[0]) {
                throw new InvalidSigningKey($this->refused_key[1]);
            }
        }
    }

    // What no catch clause of exchange code handles (SUB-T007: Node's stack overflow there): the emitter rethrows
    // Uncatchable before a catch clause runs; PHP 8.3 and later throw an \Error where the stack ends (8.2 ends the
    // process), which Node's guard matches.
    public function rethrow_uncaught($error): void {
        if ($error instanceof Uncatchable
                || ($error instanceof \Error && str_starts_with($error->getMessage(), 'Maximum call stack size'))) {
            throw $error;
        }
    }

    public function uuid(): string {
        $bytes = random_bytes(16);
        $bytes[6] = chr((ord($bytes[6]) & 0x0f) | 0x40);
        $bytes[8] = chr((ord($bytes[8]) & 0x3f) | 0x80);
        return vsprintf('%s%s-%s-%s-%s-%s%s%s', str_split(bin2hex($bytes), 4));
    }

    // --- encoding ------------------------------------------------------------------------------------

    public function json($value): ?string {
        if (self::nests_deeper($value, self::MAX_WRITTEN_DEPTH)) {
            throw new ExchangeError('json: the value nests deeper than ' . self::MAX_WRITTEN_DEPTH . ' lists and dictionaries');
        }
        // the texts that the encoders write are at most as long as V8 makes a string (Node's JSON.stringify,
        // encodeURIComponent and Buffer's encoders throw beyond, which a catch clause sees)
        $text = Js::jsonStringify($value);
        return $text === null ? null : Js::boundedText($text);
    }

    /** Whether $value holds arrays nested more than $levels deep ($value itself is level 1), read level by level. */
    private static function nests_deeper($value, int $levels): bool {
        $level = is_array($value) ? [$value] : [];
        for ($i = 0; $i < $levels && $level !== []; $i++) {
            $next = [];
            foreach ($level as $container) {
                foreach ($container as $item) {
                    if (is_array($item)) {
                        $next[] = $item;
                    }
                }
            }
            $level = $next;
        }
        return $level !== [];
    }

    /** The decoded value, or null when $text is not JSON, nests deeper than MAX_JSON_DEPTH, holds objects of more
     * members than MAX_JSON_MEMBERS allows, holds __proto__ as a key or a string (see has_proto_name) or toString or
     * valueOf as a key (see has_conversion_key), or claims longer lists than it holds (see claims_longer_lists). */
    public function parse_json($text) {
        if (!is_string($text)) {  // JSON.parse reads String (text): PHP's cast wrote true '1', -0.0 '-0', 1e21 '1.0E+21'
            $text = Js::toStr($text);
        }
        $integral_floats = null;  // (unknown: Js::jsonParse looks for them)
        if (substr_count($text, ':') > self::MEMBERS_UNCOUNTED) {
            [$members, $integral_floats] = self::json_members($text);
            if ($members > self::MAX_JSON_MEMBERS) {
                return null;
            }
        }
        try {
            // (json_decode's depth counts the values too)
            $value = Js::jsonParse($text, self::MAX_JSON_DEPTH + 1, $integral_floats);
        } catch (\Throwable $error) {
            return null;
        }
        // Only a text that holds __proto__ (in any case), or escapes an ASCII character (\u005f), can have the name.
        if ((stripos($text, '__proto__') !== false || str_contains($text, '\u00')) && self::has_proto_name($value)) {
            return null;
        }
        // Only a text that holds either name, or escapes an ASCII character (\u0053), can have such a key. (A search
        // for 'String' finds every toString at a tenth of the time: str_contains looks for a needle's first character,
        // and a response's t's are many, its capital S's few.)
        $namesConversion = str_contains($text, 'String') || str_contains($text, 'valueOf') || str_contains($text, '\u00');
        if ($namesConversion && self::has_conversion_key($value)) {
            return null;
        }
        // Only a text that holds the name, or escapes an ASCII character (\u006c), can have the key.
        $namesLength = str_contains($text, 'length') || str_contains($text, '\u00');
        if ($namesLength && self::claims_longer_lists($text, $value)) {
            return null;
        }
        return $value;
    }

    /** [the sum over the objects of a JSON text of their members' count squared, whether a number outside its strings
     * may be an integral float (see Js::jsonParse)]. A key written twice is counted twice (as json_decode hashes it
     * twice); counting stops past MAX_JSON_MEMBERS, which a text that is not JSON may also get. */
    private static function json_members(string $text, bool $flat = true): array {
        // Escaped backslashes, then escaped quotes out, so that each string is a quote, no quote, a quote (a regex of
        // the escapes met PCRE's backtrack limit in a long string); then, in one pass, the strings (their colons and
        // brackets are not the structure's), all but brackets, colons, quotes, digits and points, and the numbers:
        // one that can be no integral float (see Js::jsonParse: up to 15 digits and points, no exponent, a fraction
        // not all zeros) whole, any other but its first character, which nothing takes (a digit left for PCRE to step
        // over costs a failed match: one a number, where one a character made 10 MB of digits cost 0.2 s against
        // 0.01 s; a capture of that character, written in the match's place, made every scan 75% dearer). Up to 64
        // of them in one match: PCRE's cost is per match (one per string and one per run cost 1.2 to 2.5 times as
        // much; unbounded, a long list of strings met the backtrack limit), and first, a flat object's members (see
        // NO_STRUCTURE). A digit or a point left tells that Js::jsonParse must look for such a float (its scan costs
        // as much as this one). Then a quote left unpaired, and the empty lists and objects. A text PCRE fails on is
        // counted past the bound (refused), not as one of no members.
        $structure = preg_replace($flat ? self::STRUCTURE_OF_NESTED : self::STRUCTURE_ONLY, '',
            str_replace(['\\\\', '\\"'], '', $text));
        if ($structure === null) {
            return [PHP_INT_MAX, true];
        }
        // A flat object is left '{}', as an empty one is: each counted at the flat ones' bound, and the text counted
        // again, each object's members as written, where the bounds sum past MAX_JSON_MEMBERS.
        $total = $flat ? substr_count($structure, '{}') * self::FLAT_MEMBERS ** 2 : 0;
        if ($total > self::MAX_JSON_MEMBERS) {
            return self::json_members($text, false);
        }
        $integral_floats = strpbrk($structure, '0123456789.') !== false;
        if ($integral_floats) {
            $structure = preg_replace('/[0-9.]++/', '', $structure);
        }
        $structure = str_replace(['"', '[]', '{}'], '', $structure);
        $open = [];  // per open object its members so far, per open array -1
        $depth = -1;
        $length = strlen($structure);
        for ($i = 0; $i < $length; $i++) {
            $character = $structure[$i];
            if ($character === ':') {
                if ($depth < 0 || $open[$depth] < 0) {
                    return [PHP_INT_MAX, true];  // (not JSON)
                }
                $colons = strspn($structure, ':', $i);
                $open[$depth] += $colons;
                $i += $colons - 1;
            } elseif ($character === '{') {
                $open[++$depth] = 0;
            } elseif ($character === '[') {
                $open[++$depth] = -1;
            } elseif ($depth < 0) {
                return [PHP_INT_MAX, true];
            } elseif (($members = $open[$depth--]) > 0 && ($total += $members * $members) > self::MAX_JSON_MEMBERS) {
                return $flat ? self::json_members($text, false) : [$total, true];
            }
        }
        return [$total, $integral_floats];
    }

    /** Whether a decoded JSON value holds __proto__ as an object's key or as a string. Harmless here, but Node's
     * JSON.parse keeps such a key, and code that copies it or writes a value as a key ($result[$key] = $value, as
     * deep_extend, index_by and group_by do, and exchanges index by ids and symbols) sets the copy's prototype
     * instead, in JavaScript alone: every runtime refuses such a response, so that all three read the same. */
    private static function has_proto_name($value): bool {
        // So does text that the commonest derivations make __proto__ of (a case change, a trim, a slice: '__PROTO__',
        // ' __proto__'), as exchanges lowercase ids and trim names: a string or a key that holds __proto__ in any case.
        $pending = [$value];
        while ($pending) {
            $item = array_pop($pending);
            if (is_string($item)) {
                if (stripos($item, '__proto__') !== false) {
                    return true;
                }
                continue;
            }
            if (!is_array($item)) {
                continue;
            }
            foreach ($item as $key => $child) {
                if (is_string($key) && stripos($key, '__proto__') !== false) {
                    return true;
                }
                $pending[] = $child;
            }
        }
        return false;
    }

    /** Whether the objects of a decoded JSON value claim by their key 'length' more elements than a list of $text could
     * hold. Exchange code that expects a list and is given an object reads that key as the list's length (for (let i =
     * 0; i < response.length; i++)), as JavaScript does: {"length":100000000}, 19 bytes, ran binance's loop 10^8
     * times, in every runtime alike. A list of the text has at most as many elements as the text has UTF-16 code
     * units, so the claims, read as a comparison reads them (ToNumber: "1e8", [1e8] and "Infinity" too), may sum to
     * that many, or to MIN_CLAIMED_LENGTHS (a small text's real fields of that name): every runtime refuses a
     * response beyond. */
    private static function claims_longer_lists(string $text, $value): bool {
        $total = 0;
        $pending = [$value];
        while ($pending) {
            $item = array_pop($pending);
            if (!is_array($item)) {
                continue;
            }
            if (array_key_exists('length', $item) && ($claimed = Js::toNumber($item['length'])) > 0) {
                $total += $claimed;  // (NaN is no claim)
            }
            foreach ($item as $child) {
                if (is_array($child)) {
                    $pending[] = $child;
                }
            }
        }
        return $total > self::MIN_CLAIMED_LENGTHS && $total > Js::textLength($text);
    }

    /** Whether an object anywhere in a decoded JSON value has a key toString or valueOf: JavaScript calls them to write
     * an object as a text or a number, and one that is no function there is a TypeError, not a unified error, in
     * every runtime alike (Js::toStr follows Node). Exchange code that expects a text and is given such an object
     * would fail with it: every runtime refuses such a response, a BadResponse. */
    private static function has_conversion_key($value): bool {
        $pending = [$value];
        while ($pending) {
            $item = array_pop($pending);
            if (!is_array($item)) {
                continue;
            }
            foreach ($item as $key => $child) {
                if ($key === 'toString' || $key === 'valueOf') {
                    return true;
                }
                $pending[] = $child;
            }
        }
        return false;
    }

    public function encode_uri_component($text): string {
        if (is_bool($text) || is_int($text) || is_float($text)) {
            $text = Js::toStr($text);  // a number or boolean as String () writes it (true was '1')
        }
        if (!is_string($text)) {
            throw new ExchangeError(self::URI_TEXT_ONLY);
        }
        return Js::boundedText(strtr(rawurlencode($text), ['%21' => '!', '%2A' => '*', '%27' => "'", '%28' => '(',
            '%29' => ')']));
    }

    // encode, string_to_base64 and crc32 take a string, and the helpers that read bytes a string or bytes (bytes ()),
    // nothing else, as in Node and Python: a parameter typed string took a number as its text (PHP's coercion).
    public function encode(#[\SensitiveParameter] mixed $text): string {
        if (!is_string($text)) {
            throw new ExchangeError(self::TEXT_ONLY);
        }
        return $text;  // PHP strings are byte strings already, UTF-8 by convention
    }

    // UTF-8 bytes as a string: an invalid sequence is U+FFFD, each maximal part of one, as Node's and Python's decoders
    // write it (the substitute character is the process's setting: restored after).
    public function decode(mixed $binary): string {
        $binary = self::bytes($binary);
        if (mb_check_encoding($binary, 'UTF-8')) {
            return Js::boundedText($binary);
        }
        $previous = mb_substitute_character();
        mb_substitute_character(0xFFFD);
        try {
            return Js::boundedText(mb_convert_encoding($binary, 'UTF-8', 'UTF-8'));
        } finally {
            mb_substitute_character($previous);
        }
    }

    public function binary_concat(#[\SensitiveParameter] mixed ...$binaries): string {
        return implode('', array_map(self::bytes(...), $binaries));
    }

    public function binary_to_base64(mixed $binary): string {
        return Js::boundedText(base64_encode(self::bytes($binary)));
    }

    public function base64_to_binary(#[\SensitiveParameter] mixed $text): string {
        // Digits of either alphabet, then the padding to a whole number of four characters, or none; never a lone
        // digit after the last four (it holds no whole byte).
        $digits = is_string($text) ? rtrim($text, '=') : '';
        $padding = is_string($text) ? strlen($text) - strlen($digits) : 0;
        if (!is_string($text) || strspn($digits, self::BASE64_DIGITS) !== strlen($digits) || strlen($digits) % 4 === 1
            || ($padding > 0 && ($padding > 2 || strlen($text) % 4 !== 0))) {
            throw $this->refusal($text, new ExchangeError(self::NOT_BASE64));
        }
        return base64_decode(strtr($text, '-_', '+/'));
    }

    public function string_to_base64(#[\SensitiveParameter] mixed $text): string {
        return Js::boundedText(base64_encode($this->encode($text)));
    }

    public function base64_to_string(mixed $text): string {
        return $this->decode($this->base64_to_binary($text));
    }

    public function binary_to_base16(mixed $binary): string {
        return Js::boundedText(bin2hex(self::bytes($binary)));
    }

    public function base16_to_binary(#[\SensitiveParameter] mixed $text): string {
        if (!is_string($text) || strlen($text) % 2 !== 0 || strspn($text, self::BASE16_DIGITS) !== strlen($text)) {
            throw $this->refusal($text, new ExchangeError(self::NOT_BASE16));
        }
        return hex2bin($text);
    }

    public function base64urlencode(#[\SensitiveParameter] mixed $binary): string {
        return Js::boundedText(rtrim(strtr(base64_encode(self::bytes($binary)), '+/', '-_'), '='));
    }

    // --- crypto --------------------------------------------------------------------------------------
    // The keys (the secret, and encode, base64_to_binary and base16_to_binary, which hold it as bytes) are
    // #[\SensitiveParameter]: PHP's stack traces show the arguments of every call (zend.exception_ignore_args is Off
    // by default, strings up to 15 characters), so an exception below hmac ('unknown digest') printed the secret.

    private static function digest_as(string $binary, $digest) {
        if ($digest === 'binary') {
            return $binary;
        }
        if ($digest === 'hex') {
            return bin2hex($binary);
        }
        if ($digest === 'base64') {
            return base64_encode($binary);
        }
        throw new ExchangeError('unknown digest: use hex, base64 or binary');  // (not echoed, as the algorithm)
    }

    private static function algorithm_name($algorithm): string {
        if (!is_string($algorithm) || !isset(self::HASHES[$algorithm])) {
            // (not echoed: exchange code chooses it, and could pass a credential such as the apiKey)
            throw new ExchangeError('unknown hash algorithm: use one of ' . implode(', ', array_keys(self::HASHES)));
        }
        return self::HASHES[$algorithm];
    }

    // What hash and hmac read: a (byte) string; nothing else, in every runtime (a number was its text here, five zero
    // bytes in Python and an error in Node; a list was 'Array').
    private static function bytes(#[\SensitiveParameter] $value): string {
        if (!is_string($value)) {
            throw new ExchangeError(self::BYTES_ONLY);
        }
        return $value;
    }

    // The data is #[\SensitiveParameter] too: a digest of a signing key is a key (SUB-B009 lets BtcBox key its HMAC with
    // the MD5 of the secret), and hash ('SECRET-xyz789', 'md6', 'hex') showed it in the trace of the unknown algorithm
    // (red-team round 24).
    public function hash(#[\SensitiveParameter] $request, $algorithm = 'md5', $digest = 'hex') {
        // (undefined is the default, passed or not, as in JavaScript; a name that is no string is unknown, not a
        // TypeError of a typed parameter)
        $algorithm ??= 'md5';
        $digest ??= 'hex';
        if ($algorithm === 'keccak-256') {
            return self::digest_as(Keccak::keccak256(self::bytes($request)), $digest);
        }
        return self::digest_as(hash(self::algorithm_name($algorithm), self::bytes($request), true), $digest);
    }

    public function hmac($request, #[\SensitiveParameter] $secret, $algorithm = 'sha256', $digest = 'hex') {
        $algorithm ??= 'sha256';
        $digest ??= 'hex';
        $name = self::algorithm_name($algorithm);
        if ($algorithm === 'keccak-256') {
            throw new ExchangeError('hmac does not support keccak-256');
        }
        return self::digest_as(hash_hmac($name, self::bytes($request), self::bytes($secret), true), $digest);
    }

    public function jwt($payload, #[\SensitiveParameter] $secret, $algorithm = 'sha256'): string {
        $algorithm ??= 'sha256';
        if (!is_string($algorithm) || !isset(self::JWT_ALGORITHMS[$algorithm])) {
            throw new ExchangeError('jwt supports sha256, sha384 and sha512');  // (the algorithm not echoed, as hmac's)
        }
        $header = $this->base64urlencode($this->json(['alg' => self::JWT_ALGORITHMS[$algorithm], 'typ' => 'JWT']));
        // (held to V8's string length, as Node's concatenation is)
        $token = Js::boundedText($header . '.' . $this->base64urlencode($this->json($payload)));
        return Js::boundedText($token . '.' . $this->base64urlencode($this->hmac($token, $secret, $algorithm, 'binary')));
    }

    /**
     * A JSON Web Token signed with a private key (RFC 7515): ES256 (ECDSA P-256 with SHA-256, the signature r || s),
     * EdDSA (Ed25519) or RS256 (RSASSA-PKCS1-v1_5 with SHA-256). The key is the text the exchange issued (see
     * Asymmetric.php); header holds the fields besides alg and typ (kid, nonce), written after them.
     */
    public function asymmetric_jwt($payload, #[\SensitiveParameter] $key, $algorithm = 'ES256', $header = []): string {
        $algorithm ??= 'ES256';
        if (!is_string($algorithm) || !isset(Asymmetric::KEY_FORMATS[$algorithm])) {
            throw new ExchangeError('asymmetricJwt supports ES256, EdDSA and RS256');  // (the algorithm not echoed, as jwt's)
        }
        $header = $header ?? [];
        if (!is_array($header) || (array_is_list($header) && count($header) > 0) || array_key_exists('alg', $header)) {
            throw new ExchangeError('asymmetricJwt takes a dictionary of the header fields besides alg, which the algorithm sets');
        }
        $head = $this->base64urlencode($this->json(array_replace(['alg' => $algorithm, 'typ' => 'JWT'], $header)));
        // (held to V8's string length, as Node's concatenation is)
        $token = Js::boundedText($head . '.' . $this->base64urlencode($this->json($payload)));
        try {
            $signature = Asymmetric::signature((string) $this->id, $algorithm, $key, $token);
        } catch (AuthenticationError $error) {  // (a key of another kind)
            throw $this->refusal($key, $error);
        }
        return Js::boundedText($token . '.' . $this->base64urlencode($signature));
    }

    /** RFC 6238 with the defaults every authenticator app uses: base32 secret, SHA-1, 30 s, 6 digits. */
    public function totp(#[\SensitiveParameter] string $secret, $timestamp = null): string {
        $cleaned = strtoupper(preg_replace('/[=' . Js::WHITESPACE . ']/u', '', $secret));  // (JavaScript's \s)
        if (preg_match('/[^A-Z2-7]/', $cleaned)) {
            throw $this->refusal($secret, new ExchangeError('totp: the secret is not base32'));
        }
        $bits = '';
        foreach (str_split($cleaned) as $character) {
            $bits .= str_pad(decbin(strpos('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', $character)), 5, '0', STR_PAD_LEFT);
        }
        $key = '';
        for ($i = 0; $i + 8 <= strlen($bits); $i += 8) {
            $key .= chr(bindec(substr($bits, $i, 8)));
        }
        $counter = intdiv((int) ($timestamp ?? $this->milliseconds()), 30000);
        $mac = hash_hmac('sha1', pack('J', $counter), $key, true);
        $offset = ord($mac[19]) & 0x0f;
        $code = (unpack('N', substr($mac, $offset, 4))[1] & 0x7fffffff) % 1000000;
        return str_pad((string) $code, 6, '0', STR_PAD_LEFT);
    }

    // --- the clock of the rate limiter (Exchange::throttle) ------------------------------------------

    public function monotonic_milliseconds() {
        return hrtime(true) / 1e6;
    }

    // --- HTTP ----------------------------------------------------------------------------------------

    /** The path and query of an http(s) URL as written (the fragment is never sent): what follows the authority. */
    private static function request_target(#[\SensitiveParameter] string $url): string {
        $written = explode('#', $url, 2)[0];
        $rest = substr($written, strpos($written, '//') === false ? 0 : strpos($written, '//') + 2);
        $start = strcspn($rest, '/?');
        $target = substr($rest, $start);
        return str_starts_with($target, '/') ? $target : '/' . $target;
    }

    /** Whether curl tunnels the request through the proxy: an https:// URL through an http:// or https:// proxy (one
     *  without a scheme is an http:// one to curl). */
    private static function tunnels(string $proxy, #[\SensitiveParameter] string $url): bool {
        if ($proxy === '' || stripos($url, 'https://') !== 0) {
            return false;
        }
        return preg_match('~^[A-Za-z][A-Za-z0-9+.-]*://~', $proxy) !== 1 || preg_match('~^https?://~i', $proxy) === 1;
    }

    /** Why the request cannot be sent as the code built it, or null. */
    private static function refused_request($method, #[\SensitiveParameter] string $url,
                                            #[\SensitiveParameter] array $headers,
                                            #[\SensitiveParameter] $body): ?string {
        // (ASCII letters only: 'po\u{17f}t' upper-cased is POST in Node and Python; red-team round 44)
        if (!is_string($method) || !preg_match('/^[A-Za-z]+$/D', $method)
                || !in_array(strtoupper($method), self::HTTP_METHODS, true)) {
            return 'has a method that is not one of ' . implode(', ', self::HTTP_METHODS);
        }
        if ($body !== null && !is_string($body)) {
            return self::NOT_TEXT_BODY;
        }
        if ($body !== null && strtoupper($method) === 'HEAD') {
            return self::HEAD_BODY;
        }
        if (preg_match(self::CONTROL, $url)) {
            return 'has a control character in its URL';
        }
        if (preg_match(self::NOT_ASCII, $url) || str_contains($url, ' ')) {
            return 'has a space or a character other than ASCII in its URL: percent-encode it (this.urlencode, '
                . 'this.encodeURIComponent)';
        }
        $target = self::request_target($url);
        if (str_ends_with($target, '?')) {
            return self::EMPTY_QUERY;
        }
        if (preg_match(self::REWRITTEN, $target)) {
            return 'has a character in its path or query that an HTTP client would percent-encode '
                . '(" < > [ ] \\ ^ ` { | }), or a % that starts no escape in capitals (%2F, not %2f): each client '
                . 'sends it its own way; percent-encode it (this.urlencode, this.encodeURIComponent)';
        }
        foreach ($headers as $name => $value) {
            $name = (string) $name;
            $lower = strtolower($name);
            if (!preg_match(self::HEADER_NAME, $name)) {
                return 'has a header name that is not an HTTP token: ' . Js::jsonStringify($name);
            }
            if (ctype_digit($name)) {  // (Node writes such a header before the others: see Node's DIGITS)
                return 'has a header name of digits only, which Node writes before the other headers and Python and '
                    . 'PHP among them: ' . Js::jsonStringify($name) . ' (name it with a letter)';
            }
            if (in_array($lower, self::CLIENT_HEADERS, true) || str_starts_with($lower, 'proxy-')) {
                return "sets the $name header, which only the HTTP client sets";
            }
            if (!is_string($value)) {
                return "has a value of the $name header that is not a string (each HTTP client writes or drops others "
                    . 'its own way): write this.numberToString (value), or leave the header out';
            }
            if (preg_match(self::CONTROL, str_replace("\t", ' ', $value))) {
                return "has a control character in the value of the $name header";
            }
            if ($value !== trim($value, " \t")) {
                return "has a value of the $name header that starts or ends with a space or a tab (one HTTP client "
                    . 'refuses it, the others send it, and a server reads it without): trim it';
            }
            if (preg_match(self::NOT_ASCII, $value)) {
                return "has a character other than ASCII in the value of the $name header: percent-encode or base64 it";
            }
        }
        $length = strlen($url);
        foreach ($headers as $name => $value) {
            $length += strlen((string) $name) + strlen($value);
        }
        if ($length > self::MAX_REQUEST_HEAD) {  // (curl refused a head past 1 MiB: see Node's MAX_REQUEST_HEAD)
            return 'has a URL and headers of more than 524288 characters, which one HTTP client (curl) refuses past '
                . '1 MiB where the others send them: send less';
        }
        return null;
    }

    // The signed request's URL, headers and body are no argument that a stack trace shows (PHP writes the first 15
    // characters of a text argument in each frame's line unless zend.exception_ignore_args is on; red-team round 58).
    public function fetch(#[\SensitiveParameter] $url, $method = 'GET', #[\SensitiveParameter] $headers = null,
                          #[\SensitiveParameter] $body = null) {
        $method ??= 'GET';  // (undefined is the default, passed or not, as in Node)
        $this->check_signing_keys();
        if (!preg_match('~^https?://~i', $url)) {
            throw $this->http_error(ExchangeError::class, $method, $url,
                'has an unsupported URL scheme: only http:// and https:// are fetched');
        }
        $allowed = false;
        foreach ($this->api_origins as $origin) {
            $allowed = $allowed || $url === $origin
                || (str_starts_with($url, $origin) && str_contains('/?#', $url[strlen($origin)]));
        }
        if (!$allowed) {
            throw $this->http_error(ExchangeError::class, $method, $url, "is not at an origin of urls['api'] ("
                . implode(', ', $this->api_origins) . "): to use another, pass urls in the constructor's config");
        }
        $request_headers = $this->extend(['User-Agent' => $this->userAgent, 'Accept-Encoding' => 'gzip, deflate'],
            $this->extend($this->headers, $headers ?? []));
        $refused = self::refused_request($method, $url, $request_headers, $body) ?? $this->request_settings_refusal();
        if ($refused !== null) {
            throw $this->http_error(ExchangeError::class, $method, $url, $refused);
        }
        if ($this->verbose) {
            $this->log('request', $method, $url, $this->json($request_headers), $body ?? '');
        }
        if ($this->curl === null) {
            $this->curl = curl_init();
        } else {
            curl_reset($this->curl);
        }
        $head = new ResponseHead(fn (array $lines): ?array => self::read_response_headers($lines));
        // As Node's http and Python's clients write them: one line for a name in any case (the last one given), an
        // empty value sent (curl drops a header written "Name:", and sends "Name;" empty), and no Content-Type of
        // curl's own (application/x-www-form-urlencoded) for a body whose type the code did not set.
        $lines = [];
        foreach ($request_headers as $name => $value) {
            $lines[strtolower((string) $name)] = $value === '' ? "$name;" : "$name: $value";
        }
        if ($body !== null && !array_key_exists('content-type', $lines)) {
            $lines['content-type'] = 'Content-Type:';
        }
        // Without a body, POST, PUT, PATCH and DELETE say so, as Node and Python write it (curl wrote no Content-Length,
        // and a server may answer 411 to PHP alone; red-team round 24).
        if ($body === null && in_array(strtoupper($method), ['POST', 'PUT', 'PATCH', 'DELETE'], true)) {
            $lines['content-length'] = 'Content-Length: 0';
        }
        // Nor an Expect: 100-continue of curl's own, which it adds to a body of more than 1 MiB and waits a second for
        // (a server that refuses it answers 417 to PHP alone; red-team round 24). Exchange code sets no Expect header.
        $lines['expect'] = 'Expect:';
        $header_lines = array_values($lines);
        $raw = '';
        $chunks = null;  // the reader of a chunked body (ResponseBody), made at the final head's end
        $has_body = true;  // whether the final head's status, to this method, has a body (known at its end)
        $switched = false;  // the transfer was stopped at the end of a 101's head, the end of its response
        $resent = false;  // the transfer was stopped as curl was to send the request again
        $refusal = null;  // why a callback stopped the transfer
        $malformed_body = fn () => $this->http_error(NetworkError::class, $method, $url,
            'failed: ' . ResponseBody::MALFORMED);
        $too_large = fn (int $size) => $size > $this->maxResponseSize ? $this->http_error(BadResponse::class, $method,
            $url, "sent a response body larger than maxResponseSize ({$this->maxResponseSize} bytes)") : null;
        // The config's proxy (CURLOPT_PROXY below), none for null and '' alone: a setting "0" was none here, and the
        // request went directly (red-team round 62); curl gets it, as requests does. One that is no text is refused,
        // as in Node.
        $proxy = $this->proxy ?? '';
        if (!is_string($proxy) || str_contains($proxy, "\0")) {  // (curl refused a NUL with a ValueError; round 63)
            throw new NotSupported('proxy: not a URL (an http:// proxy is expected, such as http://127.0.0.1:8080)');
        }
        // A proxy's answer to CONNECT comes before the server's heads when curl opens a tunnel: curl took any 2xx for
        // an open tunnel, where Node, Python and asyncio take a 200 alone (red-team round 60). Its lines reach the
        // header function, which stops the transfer at any other status, before curl sends the request. Only a
        // transfer that connected anew opens one: a kept-alive tunnel's first head is the server's (round 62).
        $tunnels = self::tunnels($proxy, $url);
        $tunnel_pending = null;  // (whether the first lines are the proxy's: known at the first line)
        $tunnel = $tunnels  // (the reader of the proxy's answer, when there may be one)
            ? new ResponseHead(fn (array $lines): ?array => self::read_response_headers($lines)) : null;
        curl_setopt_array($this->curl, [
            CURLOPT_URL => $url,
            CURLOPT_PATH_AS_IS => true,  // the path as built (and signed): curl would resolve its dot segments
            CURLOPT_PROTOCOLS => CURLPROTO_HTTP | CURLPROTO_HTTPS,  // the URL check again, in curl itself
            CURLOPT_CUSTOMREQUEST => strtoupper($method),  // as Node and Python send it ('get' is no method of HTTP)
            // A HEAD response has no body, whatever its Content-Length says: curl waited for one until the timeout, a
            // NetworkError in PHP alone on every server's answer (red-team round 24).
            CURLOPT_NOBODY => strtoupper($method) === 'HEAD',
            CURLOPT_HTTPHEADER => $header_lines,
            CURLOPT_FOLLOWLOCATION => false,  // a redirect is handle_rest_response's error
            CURLOPT_TIMEOUT_MS => (int) $this->timeout,  // the whole transfer, connecting included
            CURLOPT_CONNECTTIMEOUT_MS => (int) $this->timeout,
            // HTTP/1.1, as Node and Python speak it: the heads curl hands on are then the server's lines, which
            // ResponseHead reads (curl writes an HTTP/2 head of its own), after a proxy's answer to CONNECT.
            CURLOPT_HTTP_VERSION => CURL_HTTP_VERSION_1_1,
            CURLOPT_SUPPRESS_CONNECT_HEADERS => false,
            // A chunked body's raw bytes, which ResponseBody reads as every runtime does (curl framed chunks and
            // trailers leniently, and handed the trailers to the header function): curl still finds the body's end
            // with its own parser, and hands on every byte it read (what follows the end too) before it parses them.
            CURLOPT_HTTP_TRANSFER_DECODING => false,
            CURLOPT_HEADERFUNCTION => function ($curl, string $line) use ($head, &$chunks, &$has_body, &$switched,
                    &$refusal, &$tunnel_pending, $tunnel, $tunnels, $too_large, $method, $url): int {
                $tunnel_pending ??= $tunnels && curl_getinfo($curl, CURLINFO_NUM_CONNECTS) > 0;
                if ($tunnel_pending) {  // (a line of the proxy's answer to CONNECT, read as a response's head)
                    // (curl read "HTTP/1.1 +201" as a 201, and opened the tunnel, and lines that end in a bare LF or
                    // hold control characters, which Node's parser fails: red-team rounds 63 and 64)
                    if (!str_ends_with($line, "\r\n") || !$tunnel->read($line)
                            || ($tunnel->final && $tunnel->headers() === null)) {
                        $refusal = $this->http_error(NetworkError::class, $method, $url, self::NOT_HTTP_HEADERS);
                        return 0;
                    }
                    if ($tunnel->status !== 200) {  // (an interim head is no answer either)
                        $refusal = $this->http_error(ExchangeNotAvailable::class, $method, $url,
                            "could not connect: the proxy refused a tunnel (HTTP {$tunnel->status})");
                        return 0;
                    }
                    if (!$tunnel->final && !$tunnel->framed($line)) {  // (curl read two lengths: round 66)
                        $refusal = $this->http_error(NetworkError::class, $method, $url, self::NOT_FRAMED);
                        return 0;
                    }
                    $tunnel_pending = !$tunnel->final;  // (at its end, the server's heads follow)
                    return strlen($line);
                }
                $final = $head->final;
                if (!$head->read($line)) {
                    $refusal = $this->http_error(NetworkError::class, $method, $url,
                        $head->misframed ? 'failed: ' . ResponseHead::NOT_INTERIM : self::NOT_HTTP_HEADERS);
                } elseif ($head->final && !$final) {  // the final head's end (a 204's or 304's body is none)
                    $has_body = ResponseBody::has_body($head->status, $method);
                    $chunks = $head->chunked && $has_body ? new ResponseBody() : null;
                    // A 101 (the one 1xx taken as final) ends the response, and HTTP on the connection, with its head,
                    // as Node, Python and asyncio read it: curl, which did not ask for it, took it for a response
                    // without a length and read to the connection's end (a RequestTimeout while it stayed open, what
                    // followed as the body, a NetworkError for a HEAD; red-team round 50). The transfer stops here (a
                    // short count: curl then closes the connection), and fetch reads that as the response's end. curl
                    // reads no body of a 204, a 304 or a HEAD's response, and keeps the connection.
                    $switched = $head->status < 200;
                    return $switched ? 0 : strlen($line);
                } elseif (!$head->interim && !$head->final) {  // (a line of the final head)
                    if (!$head->framed($line)) {
                        $refusal = $this->http_error(NetworkError::class, $method, $url, self::NOT_FRAMED);
                    } elseif (strncasecmp($line, 'Content-Length:', 15) === 0) {
                        $refusal = $too_large((int) ltrim(trim(substr($line, 15)), '0'));  // (below 2^64: framed)
                    }
                }
                return $refusal === null ? strlen($line) : 0;  // a short count stops the transfer
            },
            // The raw body, as it arrives: curl decompresses nothing (no CURLOPT_ENCODING), decode_body does; a chunked
            // body's data is taken from its framing here, and maxResponseSize bounds that data.
            CURLOPT_WRITEFUNCTION => function ($curl, string $data) use (&$raw, &$chunks, &$has_body, &$refusal,
                    $too_large, $malformed_body): int {
                if (!$has_body) {  // (no byte of a response that has no body is one of it)
                    return strlen($data);
                }
                if ($chunks !== null) {
                    $raw .= $chunks->feed($data);
                    $refusal = $chunks->malformed ? $malformed_body() : null;
                } else {
                    $raw .= $data;
                }
                $refusal ??= $too_large(strlen($raw));
                return $refusal === null ? strlen($data) : 0;
            },
            // A request is sent once, as Node and Python send it: libcurl sends it again on a new connection, whatever
            // the method and with its body, when a reused connection ends (closed or reset) before a byte of the
            // response, and has no option against it; a server that read a signed order and closed the connection got
            // it twice from PHP alone (red-team round 50). curl starts that second attempt as a redirect (its redirect
            // time is set, never otherwise: no redirect is followed) and calls this function before it connects: the
            // transfer stops there, and fails as the others fail. (A fresh connection per request would cost a
            // connection's round trips, and its TLS handshake, on every order; giving the body through a read function,
            // so that curl cannot rewind it, leaves a request without a body sent twice.)
            CURLOPT_NOPROGRESS => false,
            CURLOPT_XFERINFOFUNCTION => function ($curl) use (&$resent): int {
                $resent = curl_getinfo($curl, CURLINFO_REDIRECT_TIME_T) > 0;
                return $resent ? 1 : 0;  // (a value other than 0 stops the transfer)
            },
        ]);
        if ($body !== null) {
            curl_setopt($this->curl, CURLOPT_POSTFIELDS, $body);
        }
        // The config's proxy, or none: an empty one keeps curl from the environment's (http_proxy, HTTPS_PROXY, ...),
        // which Node and aiohttp do not read (red-team round 48); and an empty list of hosts it bypasses, for every
        // host, whatever NO_PROXY says (NO_PROXY=* sent PHP's requests past the config's proxy; round 58).
        curl_setopt($this->curl, CURLOPT_PROXY, $proxy);
        curl_setopt($this->curl, CURLOPT_NOPROXY, '');
        $done = curl_exec($this->curl) !== false
            || ($switched && $refusal === null && curl_errno($this->curl) === CURLE_WRITE_ERROR);  // (the 101's end)
        if ($resent) {
            throw $this->http_error(NetworkError::class, $method, $url, 'failed: the connection was closed or reset '
                . 'without a response (the request is not sent again)');
        }
        if (!$done) {
            $tunnel = curl_getinfo($this->curl, CURLINFO_HTTP_CONNECTCODE);
            if ($refusal === null && $tunnel !== 0 && $tunnel !== 200) {
                throw $this->http_error(ExchangeNotAvailable::class, $method, $url,
                    "could not connect: the proxy refused a tunnel (HTTP $tunnel)");
            }
            // (a chunked body that the connection's close cut short, as Python reads it)
            if ($refusal === null && $chunks !== null && !$chunks->done()
                    && curl_errno($this->curl) === CURLE_PARTIAL_FILE) {
                throw $malformed_body();
            }
            throw $refusal ?? $this->transport_error(curl_errno($this->curl), curl_error($this->curl), $method, $url);
        }
        if ($chunks !== null && !$chunks->done()) {  // (curl found an end of the body that ResponseBody did not)
            throw $malformed_body();
        }
        $status = $switched ? $head->status : curl_getinfo($this->curl, CURLINFO_RESPONSE_CODE);
        $response_headers = $head->headers();
        if ($response_headers === null || strlen($head->reason) > self::MAX_HEAD_LINE) {
            throw $this->http_error(NetworkError::class, $method, $url, self::NOT_HTTP_HEADERS);
        }
        $encoding = $this->safe_string($this->header_values($response_headers), 'content-encoding');
        $text = $this->decode_body($method, $url, $encoding, $raw);
        if ($this->verbose) {
            $this->log('response', $method, $url, (string) $status, $this->json($response_headers), $text);
        }
        // the server's reason phrase, each byte one character (as Node's parser and Python's requests read it)
        $reason = mb_convert_encoding($head->reason, 'UTF-8', 'ISO-8859-1');
        try {
            return $this->handle_rest_response($status, $reason, $url, $method, $response_headers, $text,
                $request_headers, $body);
        } catch (\Throwable $error) {
            // An error of the exchange's own making (handle_errors ends with throw new ExchangeError($feedback)) holds
            // what its code put in, often the body, which may echo the request and its credentials: redacted as
            // fetch's own are. So is any other error its code raised, which may quote a value too (Precise's
            // precision, red-team round 32).
            $message = $this->redact_secrets($error->getMessage());
            if ($message !== $error->getMessage()) {
                // (through reflection: a closure cannot be bound to the scope of PHP's own classes)
                $owner = $error instanceof \Exception ? \Exception::class : \Error::class;
                (new \ReflectionProperty($owner, 'message'))->setValue($error, $message);
            }
            throw $error;
        }
    }

    /**
     * The body as text. A gzip or deflate body is decompressed here, strictly (a corrupt or truncated stream is an
     * error, not a shorter body) and never beyond maxDecompressedSize; the text must be UTF-8.
     */
    private function decode_body(string $method, string $url, ?string $encoding, string $raw): string {
        $coding = strtolower($encoding ?? '');  // (as received, but for the spaces and tabs around it: see Node)
        if (in_array($coding, ['gzip', 'x-gzip', 'deflate'], true)) {
            $raw = $raw === '' ? $raw : $this->decompress($method, $url, $coding, $raw);
        } elseif ($coding !== '' && $coding !== 'identity') {
            throw $this->http_error(BadResponse::class, $method, $url,
                "returned a body in an unsupported Content-Encoding $coding");
        }
        if (!mb_check_encoding($raw, 'UTF-8')) {
            throw $this->http_error(BadResponse::class, $method, $url, 'returned a body that is not valid UTF-8');
        }
        return $raw;
    }

    private function decompress(string $method, string $url, string $coding, string $raw): string {
        // 'deflate' is meant to be a zlib stream, but some servers send raw deflate: the zlib header tells.
        $zlib_header = strlen($raw) > 1 && (ord($raw[0]) & 0x0f) === 8 && ((ord($raw[0]) << 8) | ord($raw[1])) % 31 === 0;
        $inflate = inflate_init($coding !== 'deflate' ? ZLIB_ENCODING_GZIP : ($zlib_header ? ZLIB_ENCODING_DEFLATE : ZLIB_ENCODING_RAW));
        $body = '';
        // 4 KB of input at a time, so that one step cannot expand to more than about 4 MB.
        for ($offset = 0; $offset < strlen($raw); $offset += 4096) {
            $piece = @inflate_add($inflate, substr($raw, $offset, 4096), ZLIB_SYNC_FLUSH);
            if ($piece === false) {
                break;
            }
            $body .= $piece;
            if (strlen($body) > $this->maxDecompressedSize) {
                throw $this->http_error(BadResponse::class, $method, $url, "returned a $coding body that decompresses "
                    . "to more than maxDecompressedSize ({$this->maxDecompressedSize} bytes)");
            }
        }
        // Corrupt, cut short, or followed by more data: not the body.
        if ($piece === false || inflate_get_status($inflate) !== ZLIB_STREAM_END || inflate_get_read_len($inflate) !== strlen($raw)) {
            throw $this->http_error(BadResponse::class, $method, $url, "returned a $coding body that does not decompress");
        }
        return $body;
    }

    private function http_error(string $error_class, string $method, #[\SensitiveParameter] string $url,
                                string $detail): \Exception {
        return new $error_class($this->redact_secrets("{$this->id} $method $url $detail"));
    }

    /** The headers of the lines curl received, or null when one is no HTTP header line. */
    private static function read_response_headers(array $lines): ?array {
        if (count($lines) > self::MAX_HEAD_LINES) {
            return null;
        }
        $result = [];
        $spellings = [];
        $size = 0;
        foreach ($lines as $line) {
            $parts = explode(':', $line, 2);
            if (count($parts) !== 2 || !str_ends_with($line, "\r\n")) {
                return null;
            }
            $name = $parts[0];
            $value = trim(substr($parts[1], 0, -2), " \t");
            $size += strlen($name) + strlen($value);
            if (!preg_match(self::HEADER_NAME, $name) || preg_match(self::RESPONSE_HEADER_CONTROL, $value)
                    || strlen($name) + strlen($value) > self::MAX_HEAD_LINE || $size > self::MAX_HEAD) {
                return null;
            }
            $lower = strtolower($name);
            if ($lower === '__proto__') {
                continue;
            }
            $value = mb_convert_encoding($value, 'UTF-8', 'ISO-8859-1');
            $first = $spellings[$lower] ??= $name;
            $result[$first] = array_key_exists($first, $result) ? $result[$first] . ', ' . $value : $value;
        }
        return $result;
    }

    private function transport_error(int $code, string $detail, string $method,
                                     #[\SensitiveParameter] string $url): \Exception {
        if ($code === CURLE_OPERATION_TIMEDOUT) {
            return $this->http_error(RequestTimeout::class, $method, $url, "timed out after {$this->timeout} ms");
        }
        if (in_array($code, [CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY], true)) {
            return $this->http_error(ExchangeNotAvailable::class, $method, $url, "could not connect: $detail");
        }
        return $this->http_error(NetworkError::class, $method, $url, "failed: $detail");
    }

    /** Verbose logging, with every credential redacted. */
    public function log(string ...$parts): void {
        echo $this->redact_secrets(implode(' ', $parts)), "\n";
    }

    // --- streaming: PHP has no maintained WebSocket client that the project can depend on -------------------

    // (a NotSupported that no catch clause of exchange code sees: Node and Python asyncio stream, so a catch clause that
    // saw it here took a path of its own in PHP and Python sync)
    public function watch($url, $message_hash, $subscribe_hash = null, $message = null) {
        throw new StreamsNotSupported($this->id . ': the PHP classes do not stream (no WebSocket client is part of the library); use the Node or Python asyncio classes');
    }

    public function send_frame($url, $message) {
        $this->watch($url, null);
    }

    public function subscribe($url, $subscribe_hash, $message) {
        $this->watch($url, null);
    }

    public function unwatch($url, $subscribe_hash, $message = null) {
        $this->watch($url, null);
    }

    public function is_watched($url, $message_hash): bool {
        return $this->watch($url, null);
    }

    /** A stream's state is kept only where frames are handled (see js/base/NativeExchange.js). */
    public function check_streaming(): void {
        $this->watch(null, null);
    }

    public function resolve_update($url, $value, $message_hash) {
        $this->watch($url, null);
    }

    public function reject_update($url, $message_hash, $error_class, $message) {
        $this->watch($url, null);
    }

    /** CRC-32 (IEEE, as zlib) of the UTF-8 bytes of $text, an unsigned integer: the order book checksums. */
    public function crc32($text): int {
        return crc32($this->encode($text));
    }

    public function close(): void {
        if ($this->curl !== null) {
            curl_close($this->curl);
            $this->curl = null;
        }
    }
}
