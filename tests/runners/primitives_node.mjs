// Node's native primitives (js/base/Primitives.js) against their specification (js/base/Exchange.js), on generated
// and hostile values: reads { "seed": n, "calls": n, "numbers": n } as JSON on stdin, makes that many calls of each native method
// with the same arguments on an exchange running the native methods and on one running the specification, and prints
// { "calls": n, "mismatches": [...] } on its last line. Two results are the same when they print the same here: every
// key in its order, undefined, null, NaN and -0 told apart, an object the method was given marked as such (a copy of it
// is not it), an error by its class and message; the arguments, made twice from the same seed, must also be left as
// they were, or changed alike. Then as many decimal texts ("numbers") read by parseNumber both ways.
import Exchange from '../../js/base/Exchange.js';
import { NATIVE_PRIMITIVES, specification } from '../../js/base/Primitives.js';

let input = '';
for await (const chunk of process.stdin) {
    input += chunk;
}
const request = JSON.parse (input);

const MARKETS = [
    { 'id': 'BTCUSDT', 'symbol': 'BTC/USDT', 'base': 'BTC', 'quote': 'USDT', 'baseId': 'BTC', 'quoteId': 'USDT', 'type': 'spot' },
    { 'id': 'BTCUSD_PERP', 'symbol': 'BTC/USD:BTC', 'base': 'BTC', 'quote': 'USD', 'settle': 'BTC', 'baseId': 'BTC', 'quoteId': 'USD', 'settleId': 'BTC', 'type': 'swap', 'contract': true, 'inverse': true, 'linear': false, 'contractSize': '100' },
    { 'id': 'ETHUSDT_PERP', 'symbol': 'ETH/USDT:USDT', 'base': 'ETH', 'quote': 'USDT', 'settle': 'USDT', 'type': 'swap', 'contract': true, 'linear': true, 'inverse': false, 'contractSize': '0.01' },
    { 'id': 'ETHBTC', 'symbol': 'ETH/BTC', 'base': 'ETH', 'quote': 'BTC', 'type': 'spot' },
];

// (currencies whose ids are not their codes)
const CURRENCIES = [ { 'id': 'XXBT', 'code': 'BTC' }, { 'id': 'ZUSD', 'code': 'USD' }, { 'id': 'USDT', 'code': 'USDT' } ];

function exchangeOf (Base, loaded = true) {
    class primitives extends Base {
        describe () {
            return this.deepExtend (super.describe (), { 'id': 'primitives', 'commonCurrencies': { 'XBT': 'BTC', 'TOSTRING': 'T' } });
        }
    }
    const exchange = new primitives ();
    if (loaded) {
        exchange.setMarkets (MARKETS, CURRENCIES);
    }
    return exchange;
}

const native = exchangeOf (Exchange);
const specified = exchangeOf (specification (Exchange));
// Every other round's calls are made on exchanges with no markets or currencies loaded (a load of markets reads
// currency codes before there are any).
const unloaded = [ exchangeOf (Exchange, false), exchangeOf (specification (Exchange), false) ];

// A seeded generator (mulberry32), so that a call's arguments can be made twice alike.
function generator (seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6D2B79F5) >>> 0;
        let t = state;
        t = Math.imul (t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul (t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

function maker (random) {
    const pick = (items) => items[Math.floor (random () * items.length)];
    const integer = (low, high) => low + Math.floor (random () * (high - low + 1));
    const digits = (count) => {
        let text = '';
        for (let i = 0; i < count; i++) {
            text += String (integer (0, 9));
        }
        return text;
    };
    const HOSTILE_TEXTS = [ '', '-', '+', '.', '-.', '+.', '.5', '5.', '-.5', '+5.', '0', '-0', '+0', '-0.0', '00012.5000', ' 1', '1 ', '\t1', '1\n', '0x1f', '0X1F', '0b1', '0o7', 'Infinity', '-Infinity', 'NaN', '1_000', '１', '٣', '1e999', '-1e999', '1e-999', '1e', '1e+', '1e-', 'e5', '.e5', '1.2.3', '--1', '+-1', '1e5.5', '1E5', '1e+05', 'abc', '1,5', '1\u0000', '9007199254740993', '9007199254740992.5', '-9007199254740993', '0.1', '0.30000000000000004', '123456789012345678901234567890', '0.' + '0'.repeat (30) + '1', '9'.repeat (400), '0'.repeat (2001) + '5', '-' + '0'.repeat (2001) + '5', '5' + '0'.repeat (2001), '1.' + '0'.repeat (2001) + '1', '0'.repeat (90) + '7.25', '1' + '0'.repeat (22), '1' + '0'.repeat (23), '0.' + '1'.repeat (23), '__proto__', 'constructor', 'true', 'false', 'null', 'undefined' ];
    const decimalText = () => {
        const kind = integer (0, 9);
        if (kind === 0) {
            return pick (HOSTILE_TEXTS);
        }
        const whole = digits (integer (0, (kind < 4) ? 6 : 18));
        const fraction = digits (integer (0, (kind < 6) ? 8 : 24));
        let text = pick ([ '', '', '', '-', '+' ]) + whole + ((fraction.length > 0) || (random () < 0.1) ? '.' + fraction : '');
        if (random () < 0.15) {
            text += pick ([ 'e', 'E' ]) + pick ([ '', '+', '-' ]) + String (integer (0, 30));
        }
        return text;
    };
    const NUMBERS = [ 0, -0, NaN, Infinity, -Infinity, 1e21, 1e-7, 1e-10, 123.456, 2 ** 53, 2 ** 53 + 2, -1.5, 1e300, 5e-324, 0.1, 1700000000000, 1700000000.123, -1700000000000.9, 1e16, 4.35, 1.0000000000000002 ];
    const number = () => ((random () < 0.5) ? pick (NUMBERS) : (random () - 0.5) * (10 ** integer (-10, 20)));
    const scalar = () => {
        const kind = integer (0, 9);
        if (kind < 5) {
            return decimalText ();
        }
        if (kind < 8) {
            return number ();
        }
        return pick ([ undefined, null, true, false, '', 'buy', 'sell', 'limit' ]);
    };
    const list = (depth) => {
        const count = integer (0, 4);
        const result = [];
        for (let i = 0; i < count; i++) {
            result.push (value (depth + 1));
        }
        if (random () < 0.05) {
            result[integer (5, 7)] = scalar (); // (holes between)
        }
        return result;
    };
    const KEYS = [ 'price', 'amount', 'cost', 'id', 'min', 'max', 'symbol', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'length', '0', '1', 'x' ];
    const dictionary = (depth, keys = KEYS) => {
        // A dictionary as JSON gives it (an own __proto__ key included), or as code writes it.
        const result = {};
        const count = integer (0, 5);
        for (let i = 0; i < count; i++) {
            Object.defineProperty (result, pick (keys), { 'value': value (depth + 1), 'writable': true, 'enumerable': true, 'configurable': true });
        }
        return result;
    };
    const value = (depth = 0) => {
        const kind = integer (0, 9);
        if ((depth > 2) || (kind < 6)) {
            return scalar ();
        }
        return (kind < 8) ? dictionary (depth) : list (depth);
    };
    const KEY_ARGUMENTS = [ ...KEYS, 0, 1, 2, -1, 1.5, NaN, undefined, null, true, '', 'missing' ];
    const key = () => pick (KEY_ARGUMENTS);
    const container = () => {
        const kind = integer (0, 9);
        if (kind < 5) {
            return dictionary (0);
        }
        if (kind < 8) {
            return list (0);
        }
        return scalar ();
    };
    const market = () => pick ([ undefined, undefined, native.markets['BTC/USDT'], native.markets['BTC/USD:BTC'], native.markets['ETH/USDT:USDT'], { 'contract': true }, { 'contract': 'true' }, null, dictionary (1) ]);
    const TRADE_KEYS = [ 'id', 'order', 'symbol', 'timestamp', 'type', 'side', 'takerOrMaker', 'price', 'amount', 'cost', 'fee', 'fees', 'info', 'extra' ];
    const trade = () => {
        const result = {};
        for (const name of TRADE_KEYS) {
            if (random () < 0.75) {
                let item = scalar ();
                if ((name === 'price') || (name === 'amount') || (name === 'cost')) {
                    item = (random () < 0.8) ? ((random () < 0.1) ? pick (HOSTILE_TEXTS) : decimalText ()) : scalar ();
                } else if (name === 'symbol') {
                    item = pick ([ 'BTC/USDT', 'BTCUSDT', 'BTC/USD:BTC', 'nope', undefined, '', 5 ]);
                } else if (name === 'timestamp') {
                    item = pick ([ 1700000000123, '1700000000123', 0, -1, 1e20, NaN, undefined, '1.7e12', 1700000000123.7 ]);
                } else if (name === 'fee') {
                    item = pick ([ undefined, { 'cost': '0.1', 'currency': 'BTC', 'rate': '0.001' }, { 'cost': decimalText () }, [], 'fee', dictionary (1) ]);
                } else if (name === 'fees') {
                    item = pick ([ undefined, [], [ { 'cost': '0.1', 'currency': 'BTC' } ], [ { 'cost': '1', 'currency': 'BTC' }, { 'cost': '2', 'currency': 'USDT' } ], {}, 'x' ]);
                } else if (name === 'info') {
                    item = pick ([ {}, '', null, [ 1 ], 'raw' ]);
                }
                result[name] = item;
            }
        }
        return result;
    };
    const TICKER_KEYS = [ 'symbol', 'timestamp', 'high', 'low', 'bid', 'bidVolume', 'ask', 'askVolume', 'vwap', 'open', 'close', 'last', 'previousClose', 'change', 'percentage', 'average', 'baseVolume', 'quoteVolume', 'info' ];
    const ticker = () => {
        const result = {};
        for (const name of TICKER_KEYS) {
            if (random () < 0.6) {
                result[name] = (name === 'symbol') ? pick ([ 'BTC/USDT', 'BTCUSDT', 'nope', '', undefined ]) : ((random () < 0.85) ? ((random () < 0.1) ? pick (HOSTILE_TEXTS) : decimalText ()) : scalar ());
            }
        }
        return result;
    };
    const MARKET_KEYS = [ 'id', 'symbol', 'base', 'quote', 'baseId', 'quoteId', 'active', 'type', 'spot', 'swap', 'future', 'option', 'contract', 'linear', 'inverse', 'contractSize', 'settle', 'settleId', 'expiry', 'expiryDatetime', 'strike', 'optionType', 'taker', 'maker', 'precision', 'limits', 'info', 'extra', '0', '__proto__', 'toString' ];
    const bounds = () => pick ([ { 'min': 1, 'max': 2 }, { 'max': 2, 'min': 1 }, { 'min': undefined }, {}, [], [ 1 ], null, 5, undefined, dictionary (2, [ 'min', 'max', 'x', '__proto__' ]) ]);
    const structure = () => {
        const result = {};
        for (const name of MARKET_KEYS) {
            if (random () < 0.45) {
                let item = scalar ();
                if (name === 'type') {
                    item = pick ([ 'spot', 'swap', 'future', 'option', 'margin', '', 5, undefined ]);
                } else if (name === 'settle' || name === 'base' || name === 'quote') {
                    item = pick ([ 'BTC', 'USDT', '', undefined, 5 ]);
                } else if (name === 'expiry') {
                    item = pick ([ 1700000000000, '1700000000000', 0, undefined, 'x', 1e300 ]);
                } else if (name === 'precision') {
                    item = pick ([ { 'amount': 0.001, 'price': 0.01 }, { 'price': 0.01 }, {}, [], [ 1 ], undefined, 5, dictionary (2, [ 'amount', 'price', 'x', '__proto__' ]) ]);
                } else if (name === 'limits') {
                    const limits = {};
                    for (const bound of [ 'cost', 'amount', 'price', 'leverage', '__proto__' ]) {
                        if (random () < 0.5) {
                            Object.defineProperty (limits, bound, { 'value': bounds (), 'writable': true, 'enumerable': true, 'configurable': true });
                        }
                    }
                    item = pick ([ limits, limits, limits, [], undefined, 'none' ]);
                }
                Object.defineProperty (result, name, { 'value': item, 'writable': true, 'enumerable': true, 'configurable': true });
            }
        }
        return result;
    };
    const side = () => {
        const kind = integer (0, 9);
        if (kind === 0) {
            return pick ([ undefined, 'x', 5, {}, { '0': [ '1', '2' ] }, [ [ '1' ] ] ]);
        }
        const count = integer (0, 6);
        const result = [];
        for (let i = 0; i < count; i++) {
            result.push ((random () < 0.85) ? [ decimalText (), decimalText (), decimalText () ] : pick ([ { 'price': '1', 'amount': '2' }, { '0': '1', '1': '2' }, '12', 5, null, [] ]));
        }
        return result;
    };
    const sortable = () => {
        // Lists as sortBy meets them: levels by price, entries by timestamp, in order or not, with odd keys among them.
        const count = integer (0, 8);
        const kind = integer (0, 3);
        let start = integer (-3, 3) * 1.5;
        const result = [];
        for (let i = 0; i < count; i++) {
            start += (random () < 0.8) ? pick ([ 0, 0.5, 1, 2 ]) : -1;
            const key = (random () < 0.9) ? ((kind === 3) ? String.fromCharCode (97 + Math.floor (start + 10)) : start) : scalar ();
            if (kind === 0) {
                result.push ([ key, '1' ]);
            } else if (kind === 1) {
                result.push ({ 'timestamp': key, 'id': String (i) });
            } else {
                result.push ((random () < 0.9) ? { 'price': key, 'x': key } : scalar ());
            }
        }
        return result;
    };
    const keyed = () => {
        // Lists (or dictionaries) of entries to index or group: ids that repeat, that are numbers, __proto__, missing.
        const count = integer (0, 6);
        const result = [];
        for (let i = 0; i < count; i++) {
            result.push ((random () < 0.85) ? { 'id': pick ([ 'a', 'b', 1, 1.5, 1e21, '__proto__', 'constructor', '', null, undefined, true ]), 'symbol': pick ([ 'X/Y', 'toString', 2 ]) } : scalar ());
        }
        return (random () < 0.2) ? Object.assign ({}, result) : result;
    };
    return {
        'bookPart': () => [ (random () < 0.9) ? Object.assign ({}, keyed ()) : value () ],
        'indexBy': () => [ keyed (), pick ([ 'id', 'symbol', 'missing', 0, '__proto__' ]) ],
        'groupBy': () => [ keyed (), pick ([ 'id', 'symbol', 'missing', 0, '__proto__' ]) ],
        'sortBy': () => [ (random () < 0.95) ? sortable () : scalar (), pick ([ 0, 'timestamp', 'price', 'x', 1, 'missing' ]), pick ([ false, true, undefined, 1 ]), pick ([ 0, undefined, 'z', 5 ]) ],
        'isDecimalString': () => [ scalar () ],
        'parseNumber': () => [ scalar (), pick ([ undefined, 0, 'default' ]) ],
        'numberToString': () => [ (random () < 0.7) ? number () : scalar () ],
        'stringOf': () => [ value (), pick ([ undefined, 'default' ]) ],
        'integerOf': () => [ scalar (), pick ([ undefined, 7 ]) ],
        'safeValue': () => [ container (), key (), pick ([ undefined, 'default' ]) ],
        'safeValue2': () => [ container (), key (), key (), pick ([ undefined, 'default' ]) ],
        'safeString': () => [ container (), key (), pick ([ undefined, 'default' ]) ],
        'safeString2': () => [ container (), key (), key (), pick ([ undefined, 'default' ]) ],
        'safeNumber': () => [ container (), key (), pick ([ undefined, 0 ]) ],
        'safeNumber2': () => [ container (), key (), key (), pick ([ undefined, 0 ]) ],
        'safeInteger': () => [ container (), key (), pick ([ undefined, 0 ]) ],
        'safeInteger2': () => [ container (), key (), key (), pick ([ undefined, 0 ]) ],
        'safeBool': () => [ container (), key (), pick ([ undefined, false ]) ],
        'safeBool2': () => [ container (), key (), key (), pick ([ undefined, false ]) ],
        'safeDict': () => [ container (), key (), pick ([ undefined, {} ]) ],
        'safeList': () => [ container (), key (), pick ([ undefined, [] ]) ],
        'safeTrade': () => [ (random () < 0.95) ? trade () : scalar (), market () ],
        'tradeStructure': () => [ scalar (), scalar (), pick ([ 'BTC/USDT', 'BTCUSDT', undefined, '' ]), scalar (), scalar (), scalar (), scalar (), decimalText (), decimalText (), (random () < 0.5) ? undefined : decimalText (), undefined, undefined, {}, market () ],
        'safeTicker': () => [ (random () < 0.95) ? ticker () : scalar (), pick ([ undefined, native.markets['BTC/USDT'] ]) ],
        'tickerStructure': () => {
            const args = [ pick ([ 'BTC/USDT', undefined ]) ];
            for (let i = 0; i < 18; i++) {
                args.push ((random () < 0.4) ? undefined : ((random () < 0.85) ? decimalText () : scalar ()));
            }
            args.push ({}, undefined);
            return args;
        },
        'parseBidsAsks': () => [ side (), pick ([ 0, 0, 0, 1, 2, 'price', '0', -1, 1.5 ]), pick ([ 1, 1, 1, 0, 2, 'amount', '1' ]) ],
        'safeMarketStructure': () => [ (random () < 0.9) ? structure () : pick ([ undefined, null, 5, 'x', [], [ { 'id': 'a' } ] ]) ],
        // (decimal places as responses give them, and what parseInt reads otherwise: signs, spaces, fractions, digits
        // of other scripts, more places than are read)
        'parsePrecision': () => [ (random () < 0.5) ? pick ([ '0', '8', '08', '80', '18', '81', '99', '100', '007', '-2', '+3', ' 8', '8 ', '1.5', '8e1', '', 'abc', '\u0668', '\uff18', '1001', '536870880', 0, -0, 8, 99, 100, 1.5, -3, 1e21, NaN, Infinity ]) : scalar () ],
        // (ids in upper case or not, of other scripts whose upper case differs, named in commonCurrencies or by a
        // loaded currency, inherited names; the currency argument)
        'safeCurrencyCode': () => [ (random () < 0.8) ? pick ([ 'BTC', 'XBT', 'XXBT', 'ZUSD', 'USDT', 'xbt', 'Xbt', 'btc', 'a', 'z', 'USDa', 'USDz', '`', '{', 'BCHABC', 'USD-P', '1INCH', '', 'ß', '\u01c6', '\u0131', 'İ', 'ÉUR', '__proto__', 'constructor', 'TOSTRING', 'toString', 'VALUEOF', 'HASOWNPROPERTY' ]) : scalar (), pick ([ undefined, undefined, { 'id': 'x', 'code': 'X' } ]) ],
    };
}

// A printable form of a result, for comparison (see the top of this file).
function printed (value, given, seen = new Set ()) {
    if (value === undefined) {
        return 'undefined';
    }
    if (typeof value === 'number') {
        return Object.is (value, -0) ? '-0' : String (value);
    }
    if ((value === null) || (typeof value !== 'object')) {
        return typeof value + ':' + JSON.stringify (value);
    }
    if (given.has (value)) {
        return '$given' + given.get (value);
    }
    if (seen.has (value)) {
        return '$cycle';
    }
    seen.add (value);
    const prototype = (Object.getPrototypeOf (value) === Object.prototype) ? '' : (Array.isArray (value) ? 'list' : 'proto?');
    const parts = [];
    for (const name of Reflect.ownKeys (value)) {
        const descriptor = Object.getOwnPropertyDescriptor (value, name);
        parts.push (String (name) + (descriptor.enumerable ? '' : '(hidden)') + '=' + printed (descriptor.value, given, seen));
    }
    seen.delete (value);
    return prototype + '{' + parts.join (',') + '}';
}

function objectsOf (value, found = new Map ()) {
    // Every object within value (the arguments of a call), numbered in the order they are met.
    if ((value !== null) && (typeof value === 'object') && !found.has (value)) {
        found.set (value, found.size);
        for (const name of Reflect.ownKeys (value)) {
            objectsOf (Object.getOwnPropertyDescriptor (value, name).value, found);
        }
    }
    return found;
}

function outcome (exchange, name, args) {
    const given = objectsOf (args);
    const before = printed (args, new Map ());
    let result = undefined;
    try {
        result = 'ok ' + printed (exchange[name] (...args), given);
    } catch (error) {
        result = 'throws ' + error.constructor.name + ': ' + error.message;
    }
    return { 'result': result, 'arguments': (printed (args, new Map ()) === before) ? 'unchanged' : printed (args, new Map ()) };
}

const mismatches = [];
let calls = 0;
const natives = new Set (NATIVE_PRIMITIVES);
const pollution = [ [ Object.prototype, 'price', '77' ], [ Object.prototype, 'min', 3 ], [ Object.prototype, 'amount', '5' ], [ Object.prototype, 'type', 'swap' ], [ Object.prototype, 'contract', true ], [ Object.prototype, 'cost', '9' ] ];
for (const polluted of [ false, true ]) {
    if (polluted) {
        // An application's library may have set enumerable keys on Object.prototype: the specification reads own keys
        // only, and so must the native methods.
        for (const [ target, name, value ] of pollution) {
            target[name] = value;
        }
    }
    try {
        for (let round = 0; round < (polluted ? Math.ceil (request.calls / 10) : request.calls); round++) {
            const seed = request.seed * 1000003 + round * 7919 + (polluted ? 1 : 0);
            const names = Object.keys (maker (generator (seed)));
            for (let index = 0; index < names.length; index++) {
                const name = names[index];
                if (!natives.has (name)) {
                    throw new Error ('the runner calls ' + name + ', which is no native primitive');
                }
                const args = maker (generator (seed + index)) [name] ();
                const again = maker (generator (seed + index)) [name] ();
                const [ nativeExchange, specifiedExchange ] = ((round % 2) === 0) ? [ native, specified ] : unloaded;
                const ours = outcome (nativeExchange, name, args);
                const theirs = outcome (specifiedExchange, name, again);
                calls++;
                if ((ours.result !== theirs.result) || (ours.arguments !== theirs.arguments)) {
                    if (mismatches.length < 20) {
                        mismatches.push ({ 'method': name, 'polluted': polluted, 'arguments': printed (maker (generator (seed + index)) [name] (), new Map ()), 'native': ours, 'specification': theirs });
                    }
                }
            }
        }
    } finally {
        for (const [ target, name ] of pollution) {
            delete target[name];
        }
    }
}
// Decimal texts around the bounds of the native reading (2^53 for the digits, 22 decimals: past either, it hands the
// text to parseFloat), read by parseNumber as the specification reads them (isDecimalString, then parseFloat).
const random = generator (request.seed);
for (let i = 0; i < (request.numbers || 0); i++) {
    const count = 1 + Math.floor (random () * 19);
    let digits = '';
    for (let j = 0; j < count; j++) {
        digits += String (Math.floor (random () * 10));
    }
    if (random () < 0.2) {
        digits = String (2 ** 53 + Math.floor (random () * 9) - 4);
    }
    const point = Math.floor (random () * (digits.length + 1));
    const scale = Math.floor (random () * 25);
    const text = (random () < 0.5 ? '-' : '') + ((random () < 0.5) ? digits.slice (0, point) + '.' + digits.slice (point) : digits + '.' + '0'.repeat (scale));
    const ours = native.parseNumber (text);
    const theirs = specified.parseNumber (text);
    calls++;
    if (!Object.is (ours, theirs) && (mismatches.length < 20)) {
        mismatches.push ({ 'method': 'parseNumber', 'polluted': false, 'arguments': text, 'native': String (ours), 'specification': String (theirs) });
    }
}
// A ticker's derivations from plain last and open texts (change, average, percentage: the native ones divide in
// Numbers where every step is exact) against Precise's, on random digits, scales and signs.
const digitsOf = (count) => {
    let text = '';
    for (let j = 0; j < count; j++) {
        text += String (Math.floor (random () * 10));
    }
    return text.replace (/^0+(?=.)/, '');
};
const plainText = () => {
    const whole = digitsOf (1 + Math.floor (random () * 12));
    const fraction = digitsOf (Math.floor (random () * 12));
    return ((random () < 0.2) ? '-' : '') + whole + ((fraction.length > 0) ? '.' + fraction : '');
};
for (let i = 0; i < Math.floor ((request.numbers || 0) / 10); i++) {
    const ticker = { 'last': plainText (), 'open': plainText () };
    const ours = printed (native.safeTicker (ticker), new Map ());
    const theirs = printed (specified.safeTicker (ticker), new Map ());
    calls++;
    if ((ours !== theirs) && (mismatches.length < 20)) {
        mismatches.push ({ 'method': 'safeTicker', 'polluted': false, 'arguments': JSON.stringify (ticker), 'native': ours, 'specification': theirs });
    }
}
// Zeros of either sign as a ticker's last and open: Node's native change and average were -0 where Precise, which
// writes no '-0', gives 0 (red-team round 31: a '-0' last and a '0' open sold by the sign of the change in Node alone).
const ZEROS = [ '0', '-0', '+0', '-0.0', '0.00', '-.0', '-0.', '-00', '-0.000', 0, -0 ];
for (const last of ZEROS) {
    for (const open of ZEROS) {
        const ticker = { 'last': last, 'open': open };
        const ours = printed (native.safeTicker (ticker), new Map ());
        const theirs = printed (specified.safeTicker (ticker), new Map ());
        calls++;
        if ((ours !== theirs) && (mismatches.length < 20)) {
            mismatches.push ({ 'method': 'safeTicker', 'polluted': false, 'arguments': JSON.stringify ([ last, open ]), 'native': ours, 'specification': theirs });
        }
    }
}
const untested = NATIVE_PRIMITIVES.filter ((name) => !Object.keys (maker (generator (1))).includes (name));
console.log ('\n' + JSON.stringify ({ 'calls': calls, 'untested': untested, 'mismatches': mismatches }));
