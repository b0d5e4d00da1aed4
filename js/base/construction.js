// What the constructors of every runtime hold describe () and the user's config to, before either becomes the
// exchange's (python/exchangekit/base/construction.py and php/base/NativeExchange.php hold them to the same): the user's
// settings, the keys and dictionaries of the base class's describe (), the names, and the config's copy.

import { ExchangeError } from './errors.js';

// The user's settings: where requests go through (proxy), what is printed (verbose) and how each request is bounded.
// They are the base class's defaults or the user's config, never an exchange's describe (), whatever code built it.
const USER_SETTINGS = [ 'proxy', 'verbose', 'timeout', 'maxResponseSize', 'maxDecompressedSize', 'maxRetryAfter', 'enableRateLimit' ];

// The streams' memory bounds, which an exchange may lower but not raise.
const STREAM_BOUNDS = [ 'maxFrameSize', 'maxQueue', 'maxFrames', 'cacheLimit', 'maxBookLevels', 'maxBalanceCurrencies', 'maxInboundSize' ];
// Every setting of the streams is an integer (ws read maxPayload | 0 and took 0, anything in (-1, 1) and a negative,
// as no bound, and a handshakeTimeout of 0 as none; aiohttp took a max_msg_size of 0 as no bound and refused every
// frame for -1; red-team round 45): the bounds from 1 to their default in describe (), the others from 1 (0 for
// maxReconnects) to 2^31 - 1 milliseconds or attempts, as the config's bounds too (the user may raise those).
const STREAM_SETTINGS = STREAM_BOUNDS.concat ([ 'timeout', 'keepAlive', 'maxReconnects', 'backoffBase', 'backoffMax' ]);
export const MAX_STREAM_SETTING = 2147483647;
// The requests' bounds, integers from 1 to what every runtime honours exactly (red-team round 51): timeout to 2^31 - 1
// milliseconds (setTimeout's limit: past it Node timed out at once, and PHP read (int) 0.5 as curl's 0, no timeout at
// all), and the sizes to 2^29 - 24 bytes, V8's longest string, which every body becomes in Node (longer, TextDecoder
// throws; Node 20's zlib refused any maxOutputLength past 2^32, so that every gzip response was a BadResponse in Node
// alone, where Python and PHP read it).
const MAX_BODY_SIZE = 536870888;
const REQUEST_SETTINGS = { 'timeout': MAX_STREAM_SETTING, 'maxResponseSize': MAX_BODY_SIZE, 'maxDecompressedSize': MAX_BODY_SIZE };

const DESCRIBE_KEYS_ONLY = 'describe () may set only the keys of the base class\'s describe () (an exchange\'s own settings go under options): not ';
const DESCRIBE_KEYS_KEPT = 'describe () may not leave out a key of the base class\'s describe () (merge into super.describe () rather than omit): ';
const DESCRIBE_DICTIONARIES = 'describe () holds a dictionary, not a list nor one keyed \'0\' to \'n-1\' (PHP\'s list), wherever the base class\'s describe () holds one, so that the config merges into it alike in every runtime: not ';
const INDEX_KEYED_TREES = 'describe ()\'s api tree and urls hold no dictionary keyed \'0\' to \'n-1\', which PHP holds as a list (write a list, or name the keys with words): not ';
// A name as every runtime compares it with the methods' names: Python's are in snake_case and camelCase, PHP's in
// snake_case and compared in any case, Node's in camelCase, so that each took other names than the others ('httpsProxy'
// beside a method https_proxy, 'sIGN', 'fetch_ticker'; red-team rounds 45 and 46). Names of methods that one runtime
// alone gives every object are methods in all three (Object.prototype's here, the class's mro () in Python).
export function spelling (name) {
    return name.toLowerCase ().replaceAll ('_', '');
}

const FOREIGN_METHOD_SPELLINGS = [ 'constructor', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'toString', 'valueOf', 'mro' ].map (spelling);
const METHOD_SPELLINGS = new WeakMap (); // prototype -> the spellings of its methods

export function methodSpellings (prototype) {
    let spellings = METHOD_SPELLINGS.get (prototype);
    if (spellings === undefined) {
        spellings = new Set (FOREIGN_METHOD_SPELLINGS);
        for (let level = prototype; (level !== null) && (level !== Object.prototype); level = Object.getPrototypeOf (level)) {
            for (const name of Object.getOwnPropertyNames (level)) {
                if (typeof Object.getOwnPropertyDescriptor (level, name).value === 'function') {
                    spellings.add (spelling (name));
                }
            }
        }
        METHOD_SPELLINGS.set (prototype, spellings);
    }
    return spellings;
}

// The PHP runtime's own state (NativeExchange's properties), which a name of describe () or the config would set there:
// refused in every runtime, as PHP refuses it.
export const NATIVE_STATE_NAMES = [ 'implicit_api', 'implicit_api_tables', 'implicit_api_text', 'last_second', 'last_second_text', 'fractions', 'curl', 'api_origins', 'refused_key', 'method_spellings' ];
// Lists and dictionaries nested in the user's config: copied up to this depth; deeper, the config is refused.
const MAX_CONFIG_DEPTH = 64;

function isDictionary (value) {
    return (typeof value === 'object') && (value !== null) && !Array.isArray (value);
}

function isIndexKeyed (dictionary) {
    // Whether a dictionary's keys are '0' to 'n-1' (n > 0), in any order: PHP holds it as a list.
    const keys = Object.keys (dictionary);
    return (keys.length > 0) && keys.every ((key) => (key === String (Number (key))) && (Number (key) < keys.length) && (Number (key) >= 0));
}

function unlikeDictionaries (describe, defaults, path = '') {
    // The keys (as paths) where the base class's describe () holds a dictionary and describe () does not, or holds one
    // keyed '0' to 'n-1': the user's config merges into describe ()'s dictionaries, where PHP replaced a list (or a
    // dictionary it holds as one) that Node and Python merged, and a value that is no dictionary was the config's own
    // object in Node and Python, which exchange code then wrote into (red-team round 45).
    const unlike = [];
    for (const name of Object.keys (defaults)) {
        if (isDictionary (defaults[name])) {
            const value = describe[name];
            if (!isDictionary (value) || isIndexKeyed (value)) {
                unlike.push (path + name);
            } else {
                unlike.push (...unlikeDictionaries (value, defaults[name], path + name + '.'));
            }
        }
    }
    return unlike;
}

function indexKeyedPaths (value, path) {
    // The dictionaries keyed '0' to 'n-1' in value, as paths: PHP holds each as a list, which its construction reads as
    // an api tree's endpoints (not a branch) and its url_origins as a list of origins, where Node and Python read a
    // dictionary. describe () could build one by this.omit ({ '0': ..., 'x': ... }, 'x'), past the checker's reading of
    // its literals: round 23's api trees again (red-team round 46).
    if (Array.isArray (value)) {
        return value.flatMap ((item, index) => indexKeyedPaths (item, path + '[' + index + ']'));
    }
    if (!isDictionary (value)) {
        return [];
    }
    if (isIndexKeyed (value)) {
        return [ path ];
    }
    return Object.keys (value).flatMap ((name) => indexKeyedPaths (value[name], path + '.' + name));
}

export function configCopy (value, depth = 0) {
    // The user's config with its lists and plain dictionaries copied: deepExtend keeps a dictionary of the config
    // itself where describe () has none to merge it into, so that exchange code's writes (this.options['k'] = v)
    // reached the caller's config, and every exchange later built from it, in Node and Python alone (PHP's arrays are
    // values). Other objects (an agent, a class) are kept as they are.
    const list = Array.isArray (value);
    const dictionary = !list && isDictionary (value) && [ Object.prototype, null ].includes (Object.getPrototypeOf (value));
    if ((list || dictionary) && (depth === MAX_CONFIG_DEPTH)) {
        throw new ExchangeError ('the config nests deeper than ' + MAX_CONFIG_DEPTH + ' lists and dictionaries');
    }
    if (!list && !dictionary) {
        return value;
    }
    const copy = list ? new Array (value.length) : {}; // (a list's own named keys too, as the construction reads them)
    for (const name of Object.keys (value)) {
        copy[name] = configCopy (value[name], depth + 1);
    }
    return copy;
}

function streamSettingText (value) {
    return (typeof value === 'string') ? ('\'' + value + '\'') : (((value === undefined) || (value === null)) ? 'null' : String (value));
}

export function lowestStreamSetting (name) {
    return (name === 'maxReconnects') ? 0 : 1;
}

function settingHolds (value, lowest, highest) {
    return Number.isInteger (value) && (value >= lowest) && (value <= highest);
}

export function streamSettingHolds (name, value, highest = MAX_STREAM_SETTING) {
    // Whether a stream setting's value is an integer from its lowest to highest (see STREAM_SETTINGS): the
    // constructors' check, and the stream clients' of what they give ws and the timers.
    return settingHolds (value, lowestStreamSetting (name), highest);
}

// The refusal of a setting's value that is not an integer from lowest to highest.
function checkSetting (whose, name, value, lowest, highest) {
    if (!settingHolds (value, lowest, highest)) {
        throw new ExchangeError (whose + ' ' + name + ' must be an integer from ' + lowest + ' to ' + highest + ', not ' + streamSettingText (value));
    }
}

// The refusal of a stream setting's value that is not an integer from lowest to highest (see STREAM_SETTINGS).
function checkStreamSetting (whose, name, value, highest) {
    checkSetting (whose, 'streaming.' + name, value, lowestStreamSetting (name), highest);
}

function checkRequestSettings (config) {
    // The config's request bounds (see REQUEST_SETTINGS); describe () keeps the defaults (USER_SETTINGS).
    if ((typeof config === 'object') && (config !== null)) {
        for (const [ name, highest ] of Object.entries (REQUEST_SETTINGS)) {
            if (Object.hasOwn (config, name)) {
                checkSetting ('the config\'s', name, config[name], 1, highest);
            }
        }
    }
}

export function requestSettingsRefusal (exchange) {
    // Why fetch may not send a request under the exchange's bounds as they are now (the user may set them after the
    // constructor checked them, as this.timeout = 0.5), or undefined: see REQUEST_SETTINGS.
    const name = Object.keys (REQUEST_SETTINGS).find ((key) => !settingHolds (exchange[key], 1, REQUEST_SETTINGS[key]));
    return (name === undefined) ? undefined : ('has no ' + name + ' that is an integer from 1 to ' + REQUEST_SETTINGS[name]);
}

function changedSettings (describe, defaults, config) {
    // A setting left out (omit, extend over streaming, no super.describe ()) is changed too: the runtime would read
    // undefined, which bounds nothing.
    const changed = USER_SETTINGS.filter ((name) => !Object.hasOwn (describe, name) || (describe[name] !== defaults[name]));
    const streaming = describe['streaming'];
    const settings = ((typeof streaming === 'object') && (streaming !== null)) ? streaming : {};
    for (const name of STREAM_SETTINGS) {
        const value = Object.hasOwn (settings, name) ? settings[name] : undefined;
        if ((value === undefined) || (value === null)) {
            changed.push ('streaming.' + name);
        } else {
            checkStreamSetting ('describe ()\'s', name, value, STREAM_BOUNDS.includes (name) ? defaults['streaming'][name] : MAX_STREAM_SETTING);
        }
    }
    // The config's are the user's (a bound may be raised), but integers as well.
    if ((typeof config === 'object') && (config !== null) && Object.hasOwn (config, 'streaming')) {
        const given = config['streaming'];
        if ((typeof given !== 'object') || (given === null) || (Array.isArray (given) && (given.length > 0))) {
            throw new ExchangeError ('the config\'s streaming must be a dictionary of settings, not ' + streamSettingText (given));
        }
        for (const name of STREAM_SETTINGS) {
            if (Object.hasOwn (given, name)) {
                checkStreamSetting ('the config\'s', name, given[name], MAX_STREAM_SETTING);
            }
        }
    }
    return changed;
}

export function checkDescribe (describe, defaults, config) {
    // Throws the first refusal of describe () (an exchange's), measured against the base class's (defaults).
    const changed = changedSettings (describe, defaults, config);
    checkRequestSettings (config);
    if (changed.length > 0) {
        throw new ExchangeError ('describe () may not set or leave out the user\'s settings: ' + changed.join (', ') + ' (pass them in the constructor\'s config)');
    }
    // Its other keys become data properties too: a key the base class's describe () lacks would preset the
    // runtime's state (throttleLast, markets, sessionTokens), however the dictionary was built (red-team round 43).
    const added = Object.keys (describe).filter ((name) => !Object.hasOwn (defaults, name));
    if (added.length > 0) {
        throw new ExchangeError (DESCRIBE_KEYS_ONLY + added.join (', '));
    }
    // A key left out is undefined in Node and PHP and no attribute at all in Python, whose AttributeError a catch
    // clause saw (red-team round 45: describe () omitted options).
    const missing = Object.keys (defaults).filter ((name) => !Object.hasOwn (describe, name));
    if (missing.length > 0) {
        throw new ExchangeError (DESCRIBE_KEYS_KEPT + missing.join (', '));
    }
    const unlike = unlikeDictionaries (describe, defaults);
    if (unlike.length > 0) {
        throw new ExchangeError (DESCRIBE_DICTIONARIES + unlike.join (', '));
    }
    const keyed = indexKeyedPaths (describe['api'], 'api').concat (indexKeyedPaths (describe['urls'], 'urls'));
    if (keyed.length > 0) {
        throw new ExchangeError (INDEX_KEYED_TREES + keyed.join (', '));
    }
    if ((typeof describe['rateLimit'] !== 'number') || !(describe['rateLimit'] > 0) || (describe['rateLimit'] === Infinity)) {
        throw new ExchangeError ('describe ()\'s rateLimit must be a positive number of milliseconds, not ' + String (describe['rateLimit']));
    }
}
