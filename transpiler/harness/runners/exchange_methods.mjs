// Prints, for each exchange id given, its has map and the unified methods its class defines itself or inherits
// from a parent exchange (not from the base class): { id: { has: { ... }, own: [ 'fetchTicker', ... ] } }. The
// classes come from js/<id>.js beside the index named by EXCHANGEKIT_JS_INDEX, so that an exchange missing from the
// index can be inspected too.
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const folder = path.dirname (process.env.EXCHANGEKIT_JS_INDEX);
const base = (await import (pathToFileURL (path.join (folder, 'base', 'Exchange.js')))).default;

// The unified methods that exchangeClass and its parent exchanges define, up to the base class.
function defined (exchangeClass, names) {
    const found = [];
    let prototype = exchangeClass.prototype;
    while (prototype && (prototype !== base.prototype)) {
        for (const name of names) {
            if (Object.prototype.hasOwnProperty.call (prototype, name) && !found.includes (name)) {
                found.push (name);
            }
        }
        prototype = Object.getPrototypeOf (prototype);
    }
    return found;
}
const result = {};
for (const id of process.argv.slice (2)) {
    const exchangeClass = (await import (pathToFileURL (path.join (folder, `${id}.js`)))).default;
    const exchange = new exchangeClass ();
    result[id] = {
        'has': exchange.has,
        'own': defined (exchangeClass, Object.keys (exchange.has)),
    };
}
console.log (JSON.stringify (result));
