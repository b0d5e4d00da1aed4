// Runs base-class calls in Node: reads { describe, config, markets, currencies, clock, calls: [[method, args], ...] }
// as JSON on stdin and prints [{ ok: result } | { throws: ErrorClass }, ...]. A method 'a|b' passes a's
// result to b (for binary values, which JSON cannot carry). When the constructor throws, that error is the
// only result. The runner's class adds three methods for the tests: construct (describe, config) builds another
// instance, dumps () shows the exchange as util.inspect and JSON.stringify do, and with "clock": { milliseconds }
// in the spec, time stands still except in sleep, which sleeps () lists (and forgets). With --specification, the
// class runs the specification of the hot primitives (js/base/Exchange.js) in place of Node's native ones
// (js/base/Primitives.js), so that the vectors hold both.
import util from 'node:util';
import Exchange from '../../js/base/Exchange.js';
import { specification } from '../../js/base/Primitives.js';
import * as errors from '../../js/base/errors.js';
import Precise from '../../js/base/Precise.js';

const Base = process.argv.includes ('--specification') ? specification (Exchange) : Exchange;

let input = '';
for await (const chunk of process.stdin) {
    input += chunk;
}
const spec = JSON.parse (input);
const undefinedForNull = (value) => (value === null ? undefined : value);
// { "$bytes": hex } stands for the text that bytes which may not be UTF-8 are where a runtime reads them from the
// environment or a file: Python's os.environ decodes them so (surrogateescape: each byte that is not UTF-8 is half of
// a surrogate pair alone, U+DC80 to U+DCFF), and so does this runner, JSON.parse's way to such a text; PHP keeps the
// bytes. JSON cannot carry PHP's.
const surrogateEscaped = (hex) => {
    const bytes = Buffer.from (hex, 'hex');
    let text = '';
    let i = 0;
    while (i < bytes.length) {
        const lead = bytes[i];
        const length = (lead < 0x80) ? 1 : (lead < 0xC2) ? 0 : (lead < 0xE0) ? 2 : (lead < 0xF0) ? 3 : (lead < 0xF5) ? 4 : 0;
        let decoded = undefined;
        if (length > 0) {
            try {
                decoded = new TextDecoder ('utf-8', { 'fatal': true }).decode (bytes.subarray (i, i + length));
            } catch (error) {
                decoded = undefined;
            }
        }
        if ((decoded !== undefined) && (i + length <= bytes.length)) {
            text += decoded;
            i += length;
        } else {
            text += String.fromCharCode (0xDC00 + lead);
            i += 1;
        }
    }
    return text;
};
// { "$number": "NaN" } stands for NaN (or Infinity, -Infinity), which JSON cannot carry either.
const configValue = (value) => {
    if ((value !== null) && (typeof value === 'object') && ('$bytes' in value)) {
        return surrogateEscaped (value['$bytes']);
    }
    return ((value !== null) && (typeof value === 'object') && ('$number' in value)) ? Number (value['$number']) : value;
};
const carried = Object.values (spec.config || {}).some ((value) => !Object.is (configValue (value), value));
const config = carried ? Object.fromEntries (Object.entries (spec.config).map (([ key, value ]) => [ key, configValue (value) ])) : (spec.config || {});
// { "$class": "InsufficientFunds" } stands for the error class itself, which JSON cannot carry.
const argument = (value) => {
    if (value === null) {
        return undefined;
    }
    if (typeof value === 'object' && !Array.isArray (value)) {
        if ('$class' in value) {
            return errors[value['$class']];
        }
        if (('$bytes' in value) || ('$number' in value)) {
            return configValue (value);
        }
        return Object.fromEntries (Object.entries (value).map (([ key, item ]) => [ key, argument (item) ]));
    }
    return value;
};

let extraDescribe = spec.describe || {};

class vectors extends Base {
    describe () {
        // '$omit' names keys that the describe () leaves out, as an exchange's could (this.omit (...)).
        const merged = this.deepExtend (super.describe (), this.omit (extraDescribe, [ '$omit' ]));
        return this.omit (merged, extraDescribe['$omit'] || []);
    }

    construct (describe, config) {
        extraDescribe = this.deepExtend (spec.describe || {}, describe);
        try {
            return new this.constructor (config) instanceof vectors;
        } finally {
            extraDescribe = spec.describe || {};
        }
    }

    dumps () {
        return [ util.inspect (this, { 'depth': 4 }), JSON.stringify (this) ];
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // As exchanges end theirs: the body, which may echo the request, in an error of the exchange's own making.
        if (this.safeString (this.safeDict (response, 'query'), 'feedback') !== undefined) {
            throw new errors.ExchangeError (this.id + ' ' + responseBody);
        }
        // a native error that quotes a value of the body: Precise's RangeError for a precision that is no integer
        const precision = this.safeString (this.safeDict (response, 'query'), 'precision');
        if (precision !== undefined) {
            Precise.stringDiv ('1', '3', precision);
        }
        return undefined;
    }
}

class clocked extends vectors {
    constructor (config) {
        super (config);
        this.elapsed = 0;
        this.slept = [];
    }

    milliseconds () {
        return spec.clock.milliseconds + this.elapsed;
    }

    monotonicMilliseconds () {
        return this.elapsed;
    }

    async sleep (milliseconds) {
        this.elapsed += milliseconds;
        this.slept.push (milliseconds);
    }

    sleeps () {
        const slept = this.slept;
        this.slept = [];
        return slept;
    }
}

const results = [];
let exchange = undefined;
try {
    exchange = new (spec.clock ? clocked : vectors) (config);
} catch (error) {
    results.push ({ 'throws': error.constructor.name, 'message': error.message });
}
if (exchange !== undefined && spec.markets) {
    exchange.setMarkets (spec.markets, undefinedForNull (spec.currencies));
}
for (const [ method, args ] of (exchange === undefined) ? [] : spec.calls) {
    try {
        let result = undefined;
        for (const [ index, name ] of method.split ('|').entries ()) {
            result = exchange[name] (...(index === 0 ? args.map (argument) : [ result ]));
            if (result instanceof Promise) {
                result = await result;
            }
        }
        results.push ({ 'ok': (result === undefined) ? null : result });
    } catch (error) {
        results.push ({ 'throws': error.constructor.name, 'message': error.message });
    }
}
console.log ('\n' + JSON.stringify (results)); // the last line: verbose logs may come before
