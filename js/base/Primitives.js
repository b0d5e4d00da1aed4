// The hot primitives of the base class, natively for Node: the methods every parse calls thousands of times.
//
// js/base/Exchange.js keeps their subset definition, the specification, which Python and PHP implement natively too
// (python/exchangekit/base/primitives.py, php/base/Primitives.php; the names are transpiler.names.NATIVE_PRIMITIVES).
// installPrimitives puts the methods below in place of the specification's on the portable class's prototype when
// the first exchange is constructed (NativeExchange's constructor), and keeps the specification's: each native method
// takes a fast path for the values JSON gives (strings, numbers, plain dictionaries and lists) and hands anything else
// to the specification, so that what it does differently is only faster, never another result. The tests hold both to
// the same vectors (tests/vectors/base/*.json: the native methods by the ordinary Node runner, the specification by
// the same runner with --specification) and compare them on generated and hostile values (tests/test_node_primitives.py).
//
// What is faster here than the subset can say: the text of a number is checked and read in one pass, code unit by code
// unit, as the integer of its digits and its number of decimals; below 2^53 and 10^22, one IEEE division of the two is
// the correctly rounded number, which is what parseFloat gives for the same text (it rounds the exact decimal
// correctly), at about two thirds of parseFloat's cost alone. The same integers give a trade's cost and a ticker's
// change, average and percentage without the decimal texts that the specification makes with Precise and reads back.
// A market's keys are read once per shape; a list already in order is copied, not sorted. Keys are read as own keys
// only, as ownValue reads them.
//
// The methods are sealed (transpiler.names.SEALED_METHODS): no exchange defines them, so the native ones call each
// other's module functions directly, and call through `this` only the methods an exchange may not redefine either
// (iso8601, safeSymbol, safeFees, tradeStructure, tickerStructure), where the specification calls them.

import Precise from './Precise.js';

// Exact powers of ten as Numbers (1e22 is the last one a double holds exactly).
const POWERS_OF_TEN = [ 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 ];
const EXACT_LIMIT = 9007199254740992; // 2^53: every integer Number below it is exact, and so is a sum or product that stays below it
const AVERAGE_DECIMALS = 18; // the decimals of Precise.stringDiv, the specification's average of last and open
// The longest text that the native arithmetic reads (the specification's Precise reads 2,000 digits on each side of the
// point and refuses more, which a longer text of leading or trailing zeros may have): a longer one is Precise's.
const ARITHMETIC_TEXT = 100;

// The specification's methods, by name, as installPrimitives found them.
const specified = Object.create (null);

// The parts of maintained order books that each exchange's book helpers made (bookPart), each for its book: the only
// values they change in place. Kept as Python must keep them (a dict has no weak reference there), and dropped at the
// same calls in both (python/exchangekit/base/book_parts.py): once the parts made reach a weight (a part and its
// entries), only those that a stream state holds as its own part are kept.
const bookParts = new WeakMap (); // exchange -> { 'parts': Map part -> book, 'weight': number, 'bound': number }
const BOOK_PARTS_KEPT = 64; // the weight kept before the first count of the parts the stream states hold, and beyond

function partsWeight (parts) {
    let weight = 0;
    for (const part of parts.keys ()) {
        weight += 1 + Object.keys (part).length;
    }
    return weight;
}

function ownEntry (value, key) {
    // value[key] where value is a dictionary (no list) that has key as its own, else undefined
    return ((typeof value === 'object') && (value !== null) && !Array.isArray (value) && Object.hasOwn (value, key)) ? value[key] : undefined;
}

function bookPartsHeld (streams, parts) {
    // The parts of parts that a stream state holds where a maintained book holds its parts, each for that state: its
    // bids, asks, texts and order, and its texts' bids and asks.
    const held = new Map ();
    const keep = (state, value) => {
        if (parts.has (value) && (parts.get (value) === state)) {
            held.set (value, state);
        }
    };
    for (const key of Object.keys (streams)) {
        const state = streams[key];
        if ((typeof state === 'object') && (state !== null) && !Array.isArray (state)) {
            for (const name of [ 'bids', 'asks', 'texts', 'order' ]) {
                keep (state, ownEntry (state, name));
            }
            keep (state, ownEntry (ownEntry (state, 'texts'), 'bids'));
            keep (state, ownEntry (ownEntry (state, 'texts'), 'asks'));
        }
    }
    return held;
}

// --- reading decimal texts ----------------------------------------------------------------------------

// What scanMantissa read of a text's [+-]digits[.digits]: the digits as an integer Number (exact when below
// EXACT_LIMIT), then the number of digits after the point (in a typed array: stored unboxed, no Number allocated), and
// the sign. Module state rather than an object: the hot paths read millions of numbers.
const scanned = new Float64Array (2);
let scannedNegative = false;

function scanMantissa (text) {
    // The index where the mantissa of text (a string) ends, as isDecimalString reads it ([+-], then digits with at most
    // one point, at least one digit), or -1 when it has no digit; its digits and decimals in scanned.
    const length = text.length;
    const first = text.charCodeAt (0);
    const start = ((first === 45) || (first === 43)) ? 1 : 0; // '-', '+'
    let value = 0;
    let point = -1;
    let i = start;
    for (; i < length; i++) {
        const digit = text.charCodeAt (i) - 48;
        if ((digit >>> 0) <= 9) {
            value = value * 10 + digit;
        } else if ((digit === -2) && (point < 0)) { // '.'
            point = i;
        } else {
            break;
        }
    }
    if (i - start - ((point < 0) ? 0 : 1) === 0) {
        return -1;
    }
    scanned[0] = value;
    scanned[1] = (point < 0) ? 0 : i - point - 1;
    scannedNegative = first === 45;
    return i;
}

function exponentFollows (text, start) {
    // Whether text[start:] is an exponent as isDecimalString reads it: e or E, [+-], at least one digit, nothing else.
    const length = text.length;
    const code = text.charCodeAt (start);
    if ((code !== 101) && (code !== 69)) { // 'e', 'E'
        return false;
    }
    let i = start + 1;
    const sign = text.charCodeAt (i);
    if ((sign === 45) || (sign === 43)) {
        i++;
    }
    if (i === length) {
        return false;
    }
    for (; i < length; i++) {
        if (((text.charCodeAt (i) - 48) >>> 0) > 9) {
            return false;
        }
    }
    return true;
}

function decimalValue (text) {
    // parseFloat (text) where isDecimalString (text) holds, else NaN (text: a string). The mantissa is read here
    // rather than by scanMantissa, which keeps what it read: this is the read of every number of a response.
    const length = text.length;
    const first = text.charCodeAt (0);
    const start = ((first === 45) || (first === 43)) ? 1 : 0;
    let value = 0;
    let point = -1;
    let i = start;
    for (; i < length; i++) {
        const digit = text.charCodeAt (i) - 48;
        if ((digit >>> 0) <= 9) {
            value = value * 10 + digit;
        } else if ((digit === -2) && (point < 0)) {
            point = i;
        } else {
            break;
        }
    }
    if (i - start - ((point < 0) ? 0 : 1) === 0) {
        return NaN;
    }
    if (i === length) {
        const scale = (point < 0) ? 0 : length - point - 1;
        if ((value < EXACT_LIMIT) && (scale <= 22)) {
            return (first === 45) ? -(value / POWERS_OF_TEN[scale]) : value / POWERS_OF_TEN[scale];
        }
        return parseFloat (text);
    }
    return exponentFollows (text, i) ? parseFloat (text) : NaN;
}

function plainValue (text) {
    // parseFloat (text) where text is a decimal without an exponent (isDecimalString, and no e or E), else NaN; what
    // it read in scanned.
    if ((typeof text !== 'string') || (scanMantissa (text) !== text.length)) {
        return NaN;
    }
    const value = scanned[0];
    const scale = scanned[1];
    if ((value < EXACT_LIMIT) && (scale <= 22)) {
        return scannedNegative ? -(value / POWERS_OF_TEN[scale]) : value / POWERS_OF_TEN[scale];
    }
    return parseFloat (text);
}

function isDecimalString (text) {
    if (typeof text !== 'string') {
        return false;
    }
    const end = scanMantissa (text);
    return (end === text.length) || ((end > 0) && exponentFollows (text, end));
}

function parseNumber (value, defaultValue) {
    if (typeof value === 'number') {
        return (value === value) ? value : defaultValue;
    }
    if (typeof value !== 'string') {
        return defaultValue;
    }
    const number = decimalValue (value);
    return (number === number) ? number : defaultValue; // (parseFloat of a decimal text is never NaN)
}

function numberToString (value) {
    if (typeof value !== 'number') {
        return value;
    }
    const text = `${value}`;
    return (text.indexOf ('e') >= 0) ? Precise.stringAdd (text, '0') : text;
}

function stringOf (value, defaultValue) {
    if (typeof value === 'string') {
        return value;
    }
    if (typeof value === 'number') {
        return numberToString (value);
    }
    if (typeof value === 'boolean') {
        return value ? 'true' : 'false';
    }
    return defaultValue;
}

function integerOf (value, defaultValue) {
    const number = parseNumber (value, undefined);
    if ((number === undefined) || (number === Infinity) || (number === -Infinity)) {
        return defaultValue;
    }
    return Math.trunc (number);
}

// The tick texts of 0 to 99 decimal places ('1', '0.1', '0.01', ...), each as the specification's parsePrecision wrote
// it at the first call: a load of markets asks for two a market, of a handful of place counts.
const TICK_TEXTS = [];

function decimalPlaces (precision) {
    // The number that parseInt reads of a string of one or two ASCII digits, or of an integer Number from 0 to 99
    // (whose text is such a string); else -1.
    if (typeof precision === 'number') {
        return (Number.isInteger (precision) && (precision >= 0) && (precision < 100)) ? precision : -1;
    }
    if ((typeof precision !== 'string') || (precision.length === 0) || (precision.length > 2)) {
        return -1;
    }
    const first = precision.charCodeAt (0) - 48;
    const last = precision.charCodeAt (precision.length - 1) - 48;
    return (((first >>> 0) <= 9) && ((last >>> 0) <= 9)) ? ((precision.length === 1) ? first : first * 10 + last) : -1;
}

// --- own keys -----------------------------------------------------------------------------------------

function safeValue (dictionary, key, defaultValue) {
    // safeValue of the specification, ownValue's read written out (a dictionary is an object here, never a function).
    if ((typeof dictionary !== 'object') || (dictionary === null) || (key === undefined) || (key === null)) {
        return defaultValue;
    }
    const value = Object.hasOwn (dictionary, key) ? dictionary[key] : undefined;
    return ((value === undefined) || (value === null) || (value === '')) ? defaultValue : value;
}

function safeValue2 (dictionary, key1, key2, defaultValue) {
    const value = safeValue (dictionary, key1, undefined);
    return (value === undefined) ? safeValue (dictionary, key2, defaultValue) : value;
}

function listed (dictionary, key) {
    // The specification's read of a list's element by its number (safeString, safeNumber, safeInteger of a list).
    return (typeof key === 'number') && Array.isArray (dictionary);
}

function nameOf (entry, key) {
    // The name indexBy and groupBy file an entry under: its value at key, a number as numberToString writes it;
    // undefined for none.
    const value = safeValue (entry, key, undefined);
    return (typeof value === 'number') ? numberToString (value) : value;
}

function isMarket (market) {
    // safeBool (market, 'contract') !== true: a market whose amounts are the base currency's, not contracts.
    return (market === undefined) || (safeValue (market, 'contract', undefined) !== true);
}

function isUpperCase (text) {
    // Whether text.toUpperCase () is text: it has no character but ASCII ones, and no small letter among them.
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt (i);
        if ((code > 127) || ((code >= 97) && (code <= 122))) {
            return false;
        }
    }
    return true;
}

class Primitives {
    // --- safe accessors ---------------------------------------------------------------------------------

    safeValue (dictionary, key, defaultValue = undefined) {
        return safeValue (dictionary, key, defaultValue);
    }

    safeValue2 (dictionary, key1, key2, defaultValue = undefined) {
        return safeValue2 (dictionary, key1, key2, defaultValue);
    }

    safeString (dictionary, key, defaultValue = undefined) {
        if (listed (dictionary, key)) {
            const value = dictionary[key];
            return ((value === '') || (value === null)) ? defaultValue : stringOf (value, defaultValue);
        }
        return stringOf (safeValue (dictionary, key, undefined), defaultValue);
    }

    safeString2 (dictionary, key1, key2, defaultValue = undefined) {
        return stringOf (safeValue2 (dictionary, key1, key2, undefined), defaultValue);
    }

    stringOf (value, defaultValue = undefined) {
        return stringOf (value, defaultValue);
    }

    safeNumber (dictionary, key, defaultValue = undefined) {
        if (listed (dictionary, key)) {
            return parseNumber (dictionary[key], defaultValue);
        }
        return parseNumber (safeValue (dictionary, key, undefined), defaultValue);
    }

    safeNumber2 (dictionary, key1, key2, defaultValue = undefined) {
        return parseNumber (safeValue2 (dictionary, key1, key2, undefined), defaultValue);
    }

    safeInteger (dictionary, key, defaultValue = undefined) {
        if (listed (dictionary, key)) {
            return integerOf (dictionary[key], defaultValue);
        }
        return integerOf (safeValue (dictionary, key, undefined), defaultValue);
    }

    safeInteger2 (dictionary, key1, key2, defaultValue = undefined) {
        return integerOf (safeValue2 (dictionary, key1, key2, undefined), defaultValue);
    }

    integerOf (value, defaultValue = undefined) {
        return integerOf (value, defaultValue);
    }

    safeBool (dictionary, key, defaultValue = undefined) {
        const value = safeValue (dictionary, key, undefined);
        return (typeof value === 'boolean') ? value : defaultValue;
    }

    safeBool2 (dictionary, key1, key2, defaultValue = undefined) {
        const value = safeValue2 (dictionary, key1, key2, undefined);
        return (typeof value === 'boolean') ? value : defaultValue;
    }

    safeDict (dictionary, key, defaultValue = undefined) {
        const value = safeValue (dictionary, key, undefined);
        return ((typeof value === 'object') && !Array.isArray (value)) ? value : defaultValue;
    }

    safeList (dictionary, key, defaultValue = undefined) {
        const value = safeValue (dictionary, key, undefined);
        return Array.isArray (value) ? value : defaultValue;
    }

    // --- numbers ------------------------------------------------------------------------------------------

    numberToString (value) {
        return numberToString (value);
    }

    parseNumber (value, defaultValue = undefined) {
        return parseNumber (value, defaultValue);
    }

    isDecimalString (text) {
        return isDecimalString (text);
    }

    parsePrecision (precision) {
        // The specification's, its texts of 0 to 99 places kept (TICK_TEXTS).
        const places = decimalPlaces (precision);
        if (places < 0) {
            return specified.parsePrecision.call (this, precision);
        }
        let text = TICK_TEXTS[places];
        if (text === undefined) {
            text = specified.parsePrecision.call (this, places);
            TICK_TEXTS[places] = text;
        }
        return text;
    }

    // --- currencies ---------------------------------------------------------------------------------------

    safeCurrencyCode (currencyId = undefined, currency = undefined) {
        // The specification's; an id in upper case before any currency is loaded (a load of markets names two a
        // market) is its own upper case, read in commonCurrencies as commonCurrencyCode reads it, without the copy
        // that toUpperCase makes.
        if ((typeof currencyId !== 'string') || (this.currenciesById !== undefined) || !isUpperCase (currencyId)) {
            return specified.safeCurrencyCode.call (this, currencyId, currency);
        }
        return stringOf (safeValue (this.commonCurrencies, currencyId, undefined), currencyId);
    }

    // --- unified structures -------------------------------------------------------------------------------

    safeTrade (trade, market = undefined) {
        const fields = ((typeof trade === 'object') && (trade !== null)) ? trade : {};
        return this.tradeStructure (fields['id'], fields['order'], fields['symbol'], fields['timestamp'], fields['type'], fields['side'], fields['takerOrMaker'], fields['price'], fields['amount'], fields['cost'], fields['fee'], fields['fees'], fields['info'], market);
    }

    tradeStructure (id, order, symbol, timestamp, type, side, takerOrMaker, rawPrice, rawAmount, rawCost, rawFee, rawFees, info, market) {
        // The specification's trade where its amount is a plain decimal text and its cost one too or, for a market
        // that is no contract, the product of the amount and a plain decimal price: else the specification's.
        const amount = (rawAmount === '') ? undefined : stringOf (rawAmount, undefined);
        const amountNumber = Math.abs (plainValue (amount));
        if (amountNumber !== amountNumber) {
            return specified.tradeStructure.call (this, id, order, symbol, timestamp, type, side, takerOrMaker, rawPrice, rawAmount, rawCost, rawFee, rawFees, info, market);
        }
        const amountDigits = scanned[0];
        const amountScale = scanned[1];
        const price = (rawPrice === '') ? undefined : stringOf (rawPrice, undefined);
        const cost = (rawCost === '') ? undefined : stringOf (rawCost, undefined);
        let costNumber = Math.abs (plainValue (cost));
        if (cost === undefined) {
            // The product of the amount and the price, as Precise.stringMul writes it and parseFloat reads it, where
            // its digits are exact in Numbers (a contract's value is contractValue's).
            costNumber = undefined;
            if (price !== undefined) {
                const priceNumber = plainValue (price);
                const product = amountDigits * scanned[0];
                const scale = amountScale + scanned[1];
                if ((priceNumber !== priceNumber) || (amountDigits >= EXACT_LIMIT) || (product >= EXACT_LIMIT) || (scale > 22) || (amount.length > ARITHMETIC_TEXT) || (price.length > ARITHMETIC_TEXT) || !isMarket (market)) {
                    return specified.tradeStructure.call (this, id, order, symbol, timestamp, type, side, takerOrMaker, rawPrice, rawAmount, rawCost, rawFee, rawFees, info, market);
                }
                const unsigned = product / POWERS_OF_TEN[scale];
                costNumber = (scannedNegative && (product !== 0)) ? -unsigned : unsigned; // (Precise writes no '-0')
            }
        } else if (costNumber !== costNumber) {
            return specified.tradeStructure.call (this, id, order, symbol, timestamp, type, side, takerOrMaker, rawPrice, rawAmount, rawCost, rawFee, rawFees, info, market);
        }
        let milliseconds = integerOf (timestamp, undefined);
        if (milliseconds === 0) {
            milliseconds = undefined;
        }
        const feeDict = ((typeof rawFee !== 'object') || (rawFee === null) || Array.isArray (rawFee)) ? undefined : rawFee;
        const feeList = Array.isArray (rawFees) ? rawFees : undefined;
        let fee = undefined;
        let fees = [];
        if ((feeDict !== undefined) || (feeList !== undefined)) {
            const both = this.safeFees (feeDict, (feeList === undefined) ? [] : feeList);
            fee = both[0];
            fees = both[1];
        }
        return {
            'id': (id === '') ? undefined : stringOf (id, undefined),
            'order': (order === '') ? undefined : stringOf (order, undefined),
            'symbol': this.safeSymbol ((symbol === '') ? undefined : stringOf (symbol, undefined), market),
            'timestamp': milliseconds,
            'datetime': this.iso8601 (milliseconds),
            'type': (type === '') ? undefined : stringOf (type, undefined),
            'side': (side === '') ? undefined : stringOf (side, undefined),
            'takerOrMaker': (takerOrMaker === '') ? undefined : stringOf (takerOrMaker, undefined),
            'price': parseNumber (price, undefined),
            'amount': amountNumber,
            'cost': costNumber,
            'fee': fee,
            'fees': fees,
            'info': ((info === '') || (info === null)) ? undefined : info,
        };
    }

    safeTicker (ticker, market = undefined) {
        const fields = ((typeof ticker === 'object') && (ticker !== null)) ? ticker : {};
        return this.tickerStructure (fields['symbol'], fields['timestamp'], fields['high'], fields['low'], fields['bid'], fields['bidVolume'], fields['ask'], fields['askVolume'], fields['vwap'], fields['open'], fields['close'], fields['last'], fields['previousClose'], fields['change'], fields['percentage'], fields['average'], fields['baseVolume'], fields['quoteVolume'], fields['info'], market);
    }

    tickerStructure (symbol, rawTimestamp, high, low, bid, bidVolume, ask, askVolume, rawVwap, rawOpen, rawClose, rawLast, previousClose, rawChange, rawPercentage, rawAverage, rawBaseVolume, rawQuoteVolume, info, market) {
        // The specification's ticker where its change and average are derived, if at all, from plain decimal texts
        // of last and open whose digits are exact in Numbers, and its percentage, if derived, from plain texts (through
        // Precise, as there): else the specification's (which also derives a vwap from the volumes, an open from the
        // change).
        const open = (rawOpen === '') ? undefined : stringOf (rawOpen, undefined);
        const close = (rawClose === '') ? undefined : stringOf (rawClose, undefined);
        const last = (rawLast === '') ? undefined : stringOf (rawLast, undefined);
        const change = (rawChange === '') ? undefined : stringOf (rawChange, undefined);
        const percentage = (rawPercentage === '') ? undefined : stringOf (rawPercentage, undefined);
        const average = (rawAverage === '') ? undefined : stringOf (rawAverage, undefined);
        const vwap = (rawVwap === '') ? undefined : stringOf (rawVwap, undefined);
        const baseVolume = (rawBaseVolume === '') ? undefined : stringOf (rawBaseVolume, undefined);
        const quoteVolume = (rawQuoteVolume === '') ? undefined : stringOf (rawQuoteVolume, undefined);
        const lastText = (last === undefined) ? close : last; // (each stands for the other)
        const closeText = (close === undefined) ? last : close;
        const deriveChange = (lastText !== undefined) && (open !== undefined) && (change === undefined);
        const deriveAverage = (lastText !== undefined) && (open !== undefined) && (average === undefined);
        const derivePercentage = (percentage === undefined) && (open !== undefined) && ((change !== undefined) || deriveChange);
        const deriveVwap = (vwap === undefined) && (baseVolume !== undefined) && (quoteVolume !== undefined);
        const deriveOpen = (change !== undefined) && (open === undefined) && (lastText !== undefined);
        let openPositive = false;
        if (deriveVwap || deriveOpen) {
            return specified.tickerStructure.call (this, symbol, rawTimestamp, high, low, bid, bidVolume, ask, askVolume, rawVwap, rawOpen, rawClose, rawLast, previousClose, rawChange, rawPercentage, rawAverage, rawBaseVolume, rawQuoteVolume, info, market);
        }
        if (deriveChange || deriveAverage) {
            if (!alignDecimals (lastText, open)) {
                return specified.tickerStructure.call (this, symbol, rawTimestamp, high, low, bid, bidVolume, ask, askVolume, rawVwap, rawOpen, rawClose, rawLast, previousClose, rawChange, rawPercentage, rawAverage, rawBaseVolume, rawQuoteVolume, info, market);
            }
            openPositive = aligned[1] > 0;
        } else if (derivePercentage) {
            if ((change.length > ARITHMETIC_TEXT) || (open.length > ARITHMETIC_TEXT) || (scanMantissa (change) !== change.length) || (scanMantissa (open) !== open.length)) {
                return specified.tickerStructure.call (this, symbol, rawTimestamp, high, low, bid, bidVolume, ask, askVolume, rawVwap, rawOpen, rawClose, rawLast, previousClose, rawChange, rawPercentage, rawAverage, rawBaseVolume, rawQuoteVolume, info, market);
            }
            openPositive = (scanned[0] > 0) && !scannedNegative;
        }
        const lastDigits = aligned[0];
        const openDigits = aligned[1];
        const scale = aligned[2];
        let changeText = change;
        let changeNumber = undefined;
        if (deriveChange) {
            const difference = lastDigits - openDigits; // (exact: each is below 2^53 in magnitude)
            if ((difference >= EXACT_LIMIT) || (difference <= -EXACT_LIMIT)) {
                changeText = Precise.stringSub (lastText, open);
                changeNumber = parseFloat (changeText);
            } else {
                // Precise.stringSub's exact text, as parseFloat reads it ('-0' less '0' is 0 there: Precise writes no '-0')
                changeNumber = (difference === 0) ? 0 : difference / POWERS_OF_TEN[scale];
            }
        } else {
            changeNumber = parseNumber (change, undefined);
        }
        let averageNumber = undefined;
        if (deriveAverage) {
            const sum = lastDigits + openDigits;
            if ((sum >= EXACT_LIMIT) || (sum <= -EXACT_LIMIT) || (scale + 1 > AVERAGE_DECIMALS)) {
                averageNumber = parseFloat (Precise.stringDiv (Precise.stringAdd (lastText, open), '2'));
            } else {
                // exact at scale + 1 decimals, so not truncated (and no -0 of two '-0' texts, which Precise does not write)
                averageNumber = (sum === 0) ? 0 : sum / (2 * POWERS_OF_TEN[scale]);
            }
        } else {
            averageNumber = parseNumber (average, undefined);
        }
        let percentageNumber = undefined;
        if (derivePercentage && openPositive) {
            // (a change of last and open, as derived here, is divided here: else through Precise, as there)
            percentageNumber = (changeText === undefined) ? percentOf (lastDigits - openDigits, openDigits) : NaN;
            if (percentageNumber !== percentageNumber) {
                if (changeText === undefined) {
                    changeText = Precise.stringSub (lastText, open);
                }
                percentageNumber = parseFloat (Precise.stringDiv (Precise.stringMul (changeText, '100'), open, 16));
            }
        } else {
            percentageNumber = parseNumber (percentage, undefined);
        }
        const timestamp = integerOf (rawTimestamp, undefined);
        const lastNumber = parseNumber (lastText, undefined);
        return {
            'symbol': this.safeSymbol ((symbol === '') ? undefined : stringOf (symbol, undefined), market),
            'timestamp': timestamp,
            'datetime': this.iso8601 (timestamp),
            'high': parseNumber (high, undefined),
            'low': parseNumber (low, undefined),
            'bid': parseNumber (bid, undefined),
            'bidVolume': parseNumber (bidVolume, undefined),
            'ask': parseNumber (ask, undefined),
            'askVolume': parseNumber (askVolume, undefined),
            'vwap': parseNumber (vwap, undefined),
            'open': parseNumber (open, undefined),
            'close': (closeText === lastText) ? lastNumber : parseNumber (closeText, undefined),
            'last': lastNumber,
            'previousClose': parseNumber (previousClose, undefined),
            'change': changeNumber,
            'percentage': percentageNumber,
            'average': averageNumber,
            'baseVolume': parseNumber (baseVolume, undefined),
            'quoteVolume': parseNumber (quoteVolume, undefined),
            'info': ((info === '') || (info === null)) ? undefined : info,
        };
    }

    // --- markets ----------------------------------------------------------------------------------------

    safeMarketStructure (market = undefined) {
        // The specification's market for a dictionary (anything else is the specification's): the defaults, with the
        // flags that the type, settle and expiry give, each replaced by the market's own value where it has the key;
        // then the market's other keys, in their order; its precision, limits and bounds copied into the defaults'.
        // Which keys a market has is read once per shape: the markets of a list share their keys (see marketPlan).
        if ((typeof market !== 'object') || (market === null) || Array.isArray (market)) {
            return specified.safeMarketStructure.call (this, market);
        }
        if (!samePlan (market)) {
            makePlan (Object.keys (market));
        }
        const mask = planMask;
        // (a default key's value, where the market has the key: its own, as Object.keys lists it)
        const type = stringOf (ownUnlessEmpty (market, mask, TYPE, 'type'), 'spot');
        const contract = (type === 'swap') || (type === 'future') || (type === 'option');
        let linear = undefined;
        let inverse = undefined;
        const settle = stringOf (ownUnlessEmpty (market, mask, SETTLE, 'settle'), undefined);
        if (contract && (settle !== undefined)) {
            linear = settle === stringOf (ownUnlessEmpty (market, mask, QUOTE, 'quote'), undefined);
            inverse = settle === stringOf (ownUnlessEmpty (market, mask, BASE, 'base'), undefined);
        }
        const expiry = integerOf (ownUnlessEmpty (market, mask, EXPIRY, 'expiry'), undefined);
        const expiryDatetime = (expiry === undefined) ? undefined : this.iso8601 (expiry);
        let precision = { 'amount': undefined, 'price': undefined };
        if ((mask & PRECISION) !== 0) {
            precision = market['precision'];
            if (isMergeable (precision)) {
                precision = precisionCopy (precision);
            }
        }
        let limits = undefined;
        if ((mask & LIMITS) === 0) {
            limits = { 'amount': { 'min': undefined, 'max': undefined }, 'price': { 'min': undefined, 'max': undefined }, 'cost': { 'min': undefined, 'max': undefined } };
        } else {
            limits = market['limits'];
            if (isMergeable (limits)) {
                limits = limitsCopy (limits);
            }
        }
        const result = {
            'id': ((mask & ID) !== 0) ? market['id'] : undefined,
            'symbol': ((mask & SYMBOL) !== 0) ? market['symbol'] : undefined,
            'base': ((mask & BASE) !== 0) ? market['base'] : undefined,
            'quote': ((mask & QUOTE) !== 0) ? market['quote'] : undefined,
            'baseId': ((mask & BASE_ID) !== 0) ? market['baseId'] : undefined,
            'quoteId': ((mask & QUOTE_ID) !== 0) ? market['quoteId'] : undefined,
            'active': ((mask & ACTIVE) !== 0) ? market['active'] : undefined,
            'type': ((mask & TYPE) !== 0) ? market['type'] : 'spot',
            'spot': ((mask & SPOT) !== 0) ? market['spot'] : (type === 'spot'),
            'swap': ((mask & SWAP) !== 0) ? market['swap'] : (type === 'swap'),
            'future': ((mask & FUTURE) !== 0) ? market['future'] : (type === 'future'),
            'option': ((mask & OPTION) !== 0) ? market['option'] : (type === 'option'),
            'contract': ((mask & CONTRACT) !== 0) ? market['contract'] : contract,
            'linear': ((mask & LINEAR) !== 0) ? market['linear'] : linear,
            'inverse': ((mask & INVERSE) !== 0) ? market['inverse'] : inverse,
            'contractSize': ((mask & CONTRACT_SIZE) !== 0) ? market['contractSize'] : undefined,
            'settle': ((mask & SETTLE) !== 0) ? market['settle'] : undefined,
            'settleId': ((mask & SETTLE_ID) !== 0) ? market['settleId'] : undefined,
            'expiry': ((mask & EXPIRY) !== 0) ? market['expiry'] : undefined,
            'expiryDatetime': ((mask & EXPIRY_DATETIME) !== 0) ? market['expiryDatetime'] : expiryDatetime,
            'strike': ((mask & STRIKE) !== 0) ? market['strike'] : undefined,
            'optionType': ((mask & OPTION_TYPE) !== 0) ? market['optionType'] : undefined,
            'taker': ((mask & TAKER) !== 0) ? market['taker'] : undefined,
            'maker': ((mask & MAKER) !== 0) ? market['maker'] : undefined,
            'precision': precision,
            'limits': limits,
            'info': ((mask & INFO) !== 0) ? market['info'] : undefined,
        };
        const extras = planExtras;
        for (let i = 0; i < extras.length; i++) {
            result[extras[i]] = market[extras[i]]; // (in Object.keys' order, after the defaults)
        }
        return result;
    }

    // --- lists ------------------------------------------------------------------------------------------

    indexBy (array, key) {
        // The specification's, its reads and writes written out here (a list's entries read at a site of their own).
        const entries = this.toArray (array);
        const result = {};
        for (let i = 0; i < entries.length; i++) {
            const name = nameOf (entries[i], key);
            if (name !== undefined) {
                result[name] = entries[i];
            }
        }
        return result;
    }

    groupBy (array, key) {
        const entries = this.toArray (array);
        const result = {};
        for (let i = 0; i < entries.length; i++) {
            const name = nameOf (entries[i], key);
            if (name !== undefined) {
                const group = Object.hasOwn (result, name) ? result[name] : undefined;
                if (group === undefined) {
                    result[name] = [ entries[i] ];
                } else {
                    group.push (entries[i]);
                    result[name] = group;
                }
            }
        }
        return result;
    }

    sortBy (array, key, descending = false, defaultValue = 0) {
        // The specification's merge sort keeps a list that is already in order (its keys all numbers, none NaN, or all
        // strings: a total order), which books and trades usually are: such a list is copied here after one pass over
        // its keys, read as the specification reads them; any other list is the specification's to sort.
        if (!Array.isArray (array)) {
            return specified.sortBy.call (this, array, key, descending, defaultValue);
        }
        const count = array.length;
        const numbered = typeof key === 'number';
        const byTimestamp = key === 'timestamp';
        let numbers = true;
        let strings = true;
        let previous = undefined;
        for (let k = 0; k < count; k++) {
            const entry = array[k];
            let value = undefined;
            if ((numbered && Array.isArray (entry)) || (byTimestamp && (typeof entry === 'object') && (entry !== null))) {
                value = numbered ? entry[key] : entry['timestamp'];
                if ((value === undefined) || (value === null) || (value === '')) {
                    value = defaultValue;
                }
            } else {
                value = safeValue (entry, key, defaultValue);
            }
            if (typeof value === 'number') {
                strings = false;
                if ((value !== value) || !numbers) {
                    return specified.sortBy.call (this, array, key, descending, defaultValue);
                }
            } else if ((typeof value === 'string') && strings) {
                numbers = false;
            } else {
                return specified.sortBy.call (this, array, key, descending, defaultValue);
            }
            if ((k > 0) && (descending ? (value > previous) : (value < previous))) {
                return specified.sortBy.call (this, array, key, descending, defaultValue);
            }
            previous = value;
        }
        return array.slice ();
    }

    // --- order books --------------------------------------------------------------------------------------

    bookPart (book, value) {
        let owned = bookParts.get (this);
        if (owned === undefined) {
            owned = { 'parts': new Map (), 'weight': 0, 'bound': BOOK_PARTS_KEPT };
            bookParts.set (this, owned);
        }
        if (owned.parts.has (value) && (owned.parts.get (value) === book)) {
            return value;
        }
        const part = specified.bookPart.call (this, book, value); // (a copy, made where streams run)
        if (owned.weight >= owned.bound) {
            owned.parts = bookPartsHeld (this.streams, owned.parts);
            owned.weight = partsWeight (owned.parts);
            // (beyond the states' number too: each count reads every state)
            owned.bound = 2 * owned.weight + Object.keys (this.streams).length + BOOK_PARTS_KEPT;
        }
        owned.parts.set (part, book);
        owned.weight += 1 + Object.keys (part).length;
        return part;
    }

    parseBidsAsks (bidasks, priceKey = 0, amountKey = 1) {
        if ((bidasks !== undefined) && (typeof bidasks !== 'object')) {
            return specified.parseBidsAsks.call (this, bidasks, priceKey, amountKey); // (its BadResponse)
        }
        if ((bidasks === undefined) || !Array.isArray (bidasks) || (typeof priceKey !== 'number') || (typeof amountKey !== 'number')) {
            return specified.parseBidsAsks.call (this, bidasks, priceKey, amountKey);
        }
        const result = [];
        for (let i = 0; i < bidasks.length; i++) {
            const entry = bidasks[i];
            if (Array.isArray (entry)) {
                result.push ([ parseNumber (entry[priceKey], undefined), parseNumber (entry[amountKey], undefined) ]);
            } else {
                result.push ([ parseNumber (safeValue (entry, priceKey, undefined), undefined), parseNumber (safeValue (entry, amountKey, undefined), undefined) ]);
            }
        }
        return result;
    }
}

// The keys of the unified market, as bits of a plan: which of them a market has.
const MARKET_KEYS = [ 'id', 'symbol', 'base', 'quote', 'baseId', 'quoteId', 'active', 'type', 'spot', 'swap', 'future', 'option', 'contract', 'linear', 'inverse', 'contractSize', 'settle', 'settleId', 'expiry', 'expiryDatetime', 'strike', 'optionType', 'taker', 'maker', 'precision', 'limits', 'info' ];
const [ ID, SYMBOL, BASE, QUOTE, BASE_ID, QUOTE_ID, ACTIVE, TYPE, SPOT, SWAP, FUTURE, OPTION, CONTRACT, LINEAR, INVERSE, CONTRACT_SIZE, SETTLE, SETTLE_ID, EXPIRY, EXPIRY_DATETIME, STRIKE, OPTION_TYPE, TAKER, MAKER, PRECISION, LIMITS, INFO ] = MARKET_KEYS.map ((key, index) => 2 ** index);
const MARKET_BITS = new Map (MARKET_KEYS.map ((key, index) => [ key, 2 ** index ]));
// The plan of the last market's keys (Object.keys (market)): the bits of the unified keys it has, and its other keys.
let planKeys = [];
let planMask = 0;
let planExtras = [];

function samePlan (market) {
    // Whether the own enumerable keys of market are the last plan's, in the same order (the markets of a list: a
    // comparison of the same strings, no lookup). for...in lists them as Object.keys does, from its shape's cache where
    // Object.keys copies them (2,000 arrays of garbage a load), then any inherited enumerable key: the keys are all
    // own when the last one is.
    const count = planKeys.length;
    let i = 0;
    for (const key in market) {
        if ((i === count) || (key !== planKeys[i])) {
            return false;
        }
        i++;
    }
    return (i === count) && ((count === 0) || Object.hasOwn (market, planKeys[count - 1]));
}

function makePlan (keys) {
    let mask = 0;
    const extras = [];
    for (let i = 0; i < keys.length; i++) {
        const bit = MARKET_BITS.get (keys[i]);
        if (bit === undefined) {
            extras.push (keys[i]);
        } else {
            mask = mask | bit;
        }
    }
    planKeys = keys;
    planMask = mask;
    planExtras = extras;
}

function ownUnlessEmpty (market, mask, bit, key) {
    // safeValue (market, key) of a market whose own keys the mask holds.
    if ((mask & bit) === 0) {
        return undefined;
    }
    const value = market[key];
    return ((value === null) || (value === '')) ? undefined : value;
}

function isMergeable (value) {
    return (typeof value === 'object') && (value !== null) && (!Array.isArray (value) || (value.length === 0));
}

// Which of a dictionary's keys keysOf found: bits of the names asked for, or -1 for a key of another name.
function keysOf (dictionary, first, second, third) {
    // The bits (1, 2, 4) of first, second and third among the own enumerable keys of dictionary, or -1 when it has
    // another one. for...in reads the keys without the array Object.keys makes (a market has five such dictionaries);
    // it lists the own ones first, so that they are all own when the last one is.
    let bits = 0;
    let last = undefined;
    for (const key in dictionary) {
        if (key === first) {
            bits = bits | 1;
        } else if (key === second) {
            bits = bits | 2;
        } else if (key === third) {
            bits = bits | 4;
        } else {
            return -1;
        }
        last = key;
    }
    return ((last === undefined) || Object.hasOwn (dictionary, last)) ? bits : -1;
}

function precisionCopy (precision) {
    // { 'amount': undefined, 'price': undefined, ...precision } of a mergeable precision.
    const bits = keysOf (precision, 'amount', 'price', 'amount');
    if (bits < 0) {
        return { 'amount': undefined, 'price': undefined, ...precision };
    }
    return { 'amount': ((bits & 1) !== 0) ? precision['amount'] : undefined, 'price': ((bits & 2) !== 0) ? precision['price'] : undefined };
}

function boundsCopy (bounds) {
    // { 'min': undefined, 'max': undefined, ...bounds } of mergeable bounds.
    const bits = keysOf (bounds, 'min', 'max', 'min');
    if (bits < 0) {
        return { 'min': undefined, 'max': undefined, ...bounds };
    }
    return { 'min': ((bits & 1) !== 0) ? bounds['min'] : undefined, 'max': ((bits & 2) !== 0) ? bounds['max'] : undefined };
}

function limitBounds (bounds, present) {
    // The specification's merged bound: mergeable bounds merged into the default ones, a missing bound the default, any
    // other value (undefined written out too) as it is.
    if (!present) {
        return { 'min': undefined, 'max': undefined };
    }
    return isMergeable (bounds) ? boundsCopy (bounds) : bounds;
}

function limitsCopy (limits) {
    // The specification's limits of a market whose limits are mergeable: the default amount, price and cost bounds
    // deep-extended by limits.
    const bits = keysOf (limits, 'amount', 'price', 'cost');
    if (bits >= 0) {
        return {
            'amount': limitBounds (((bits & 1) !== 0) ? limits['amount'] : undefined, (bits & 1) !== 0),
            'price': limitBounds (((bits & 2) !== 0) ? limits['price'] : undefined, (bits & 2) !== 0),
            'cost': limitBounds (((bits & 4) !== 0) ? limits['cost'] : undefined, (bits & 4) !== 0),
        };
    }
    const merged = { 'amount': undefined, 'price': undefined, 'cost': undefined, ...limits };
    merged['amount'] = limitBounds (Object.hasOwn (limits, 'amount') ? limits['amount'] : undefined, Object.hasOwn (limits, 'amount'));
    merged['price'] = limitBounds (Object.hasOwn (limits, 'price') ? limits['price'] : undefined, Object.hasOwn (limits, 'price'));
    merged['cost'] = limitBounds (Object.hasOwn (limits, 'cost') ? limits['cost'] : undefined, Object.hasOwn (limits, 'cost'));
    return merged;
}

const PERCENT_DIVIDEND_LIMIT = 4503599627370496; // 2^52: a dividend below it, and a divisor below 9e14, divide exactly
const PERCENT_DIVISOR_LIMIT = 9e14;

function percentOf (difference, open) {
    // parseFloat (Precise.stringDiv (Precise.stringMul (change, '100'), open, 16)) where change is difference / 10^k and
    // open is open / 10^k (integers at the same decimals k, open positive): 100 x difference / open truncated toward
    // zero at 16 decimals, by a long division in Numbers whose every step is exact, read as parseFloat reads its
    // decimal text; NaN where a step would not be exact.
    const dividend = Math.abs (difference) * 100;
    if ((dividend >= PERCENT_DIVIDEND_LIMIT) || (open >= PERCENT_DIVISOR_LIMIT)) {
        return NaN;
    }
    // (a quotient of Numbers is the exact one, or an integer off by one: the remainder says which)
    let whole = Math.floor (dividend / open);
    let rest = dividend - whole * open;
    if (rest < 0) {
        whole--;
        rest += open;
    } else if (rest >= open) {
        whole++;
        rest -= open;
    }
    let high = 0; // the first 8 of the 16 decimals, then the last 8
    let low = 0;
    for (let i = 0; i < 16; i++) {
        rest = rest * 10;
        let digit = Math.floor (rest / open);
        let next = rest - digit * open;
        if (next < 0) {
            digit--;
            next += open;
        } else if (next >= open) {
            digit++;
            next -= open;
        }
        rest = next;
        if (i < 8) {
            high = high * 10 + digit;
        } else {
            low = low * 10 + digit;
        }
    }
    if ((whole === 0) && (high === 0) && (low === 0)) {
        return 0; // (Precise writes no '-0')
    }
    const value = parseFloat (String (whole) + '.' + String (high).padStart (8, '0') + String (low).padStart (8, '0'));
    return (difference < 0) ? -value : value;
}

// alignDecimals' result: two plain decimals at their common number of decimals, as integer Numbers below 2^53, and that
// number of decimals.
const aligned = new Float64Array (3);

function alignDecimals (a, b) {
    // Whether a and b are decimal texts without an exponent, of ARITHMETIC_TEXT characters at most, whose digits, at
    // their common number of decimals (at most 22), are integer Numbers below 2^53 in magnitude (then in aligned).
    if ((typeof a !== 'string') || (typeof b !== 'string') || (a.length > ARITHMETIC_TEXT) || (b.length > ARITHMETIC_TEXT) || (scanMantissa (a) !== a.length) || (scanned[0] >= EXACT_LIMIT)) {
        return false;
    }
    let left = scannedNegative ? -scanned[0] : scanned[0];
    const leftScale = scanned[1];
    if ((scanMantissa (b) !== b.length) || (scanned[0] >= EXACT_LIMIT)) {
        return false;
    }
    let right = scannedNegative ? -scanned[0] : scanned[0];
    let scale = scanned[1];
    if (leftScale > scale) {
        if (leftScale > 22) {
            return false;
        }
        right = right * POWERS_OF_TEN[leftScale - scale];
        scale = leftScale;
    } else if (scale > 22) {
        return false;
    } else {
        left = left * POWERS_OF_TEN[scale - leftScale];
    }
    if ((left >= EXACT_LIMIT) || (left <= -EXACT_LIMIT) || (right >= EXACT_LIMIT) || (right <= -EXACT_LIMIT)) {
        return false;
    }
    aligned[0] = left;
    aligned[1] = right;
    aligned[2] = scale;
    return true;
}

const NATIVE = Object.getOwnPropertyNames (Primitives.prototype).filter ((name) => name !== 'constructor');

export function installPrimitives (prototype) {
    // Puts the native methods in place of the specification's on prototype, the portable Exchange class's, once: the
    // first class to stand right above NativeExchange that defines every one of them as its own method (js/base/
    // Exchange.js does; any other class is left as it is).
    if (Object.hasOwn (specified, NATIVE[0]) || !NATIVE.every ((name) => Object.hasOwn (prototype, name) && (typeof prototype[name] === 'function'))) {
        return;
    }
    for (const name of NATIVE) {
        specified[name] = prototype[name];
        Object.defineProperty (prototype, name, { 'value': Primitives.prototype[name], 'writable': true, 'enumerable': false, 'configurable': true });
    }
}

export function specification (ExchangeClass) {
    // A subclass of ExchangeClass that runs the specification of every native primitive (for the tests).
    new ExchangeClass (); // (installs the native ones, and keeps the specification's)
    class Specified extends ExchangeClass {}
    for (const name of NATIVE) {
        Object.defineProperty (Specified.prototype, name, { 'value': specified[name], 'writable': true, 'enumerable': false, 'configurable': true });
    }
    return Specified;
}

export const NATIVE_PRIMITIVES = NATIVE;
