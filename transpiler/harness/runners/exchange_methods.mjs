// Prints, for each exchange id given, its has map and the unified methods it implements:
// { id: { has: { ... }, own: [ 'fetchTicker', ... ] } }. The classes come from js/<id>.js beside the index
// named by EXCHANGEKIT_JS_INDEX, so that an exchange missing from the index can be inspected too.
//
// A derived exchange (class bequant extends hitbtc) implements what its class defines and what it inherits from
// its parent exchanges, down to the base class (whose unified methods only throw NotSupported). A method a parent
// defines is the derived exchange's only while its has entry is true: has false turns it off (the exchange lacks
// that endpoint), whether the class leaves the parent's method in place or overrides it to throw NotSupported.
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const folder = path.dirname (process.env.EXCHANGEKIT_JS_INDEX);
const Exchange = (await import (pathToFileURL (path.join (folder, 'base', 'Exchange.js')))).default;
const defines = (prototype, name) => Object.prototype.hasOwnProperty.call (prototype, name);
const result = {};
for (const id of process.argv.slice (2)) {
    const exchangeClass = (await import (pathToFileURL (path.join (folder, `${id}.js`)))).default;
    const exchange = new exchangeClass ();
    const parents = [];  // the prototypes of the parent exchanges, nearest first, above the base class
    for (let prototype = Object.getPrototypeOf (exchangeClass.prototype); prototype && prototype !== Exchange.prototype; prototype = Object.getPrototypeOf (prototype)) {
        parents.push (prototype);
    }
    result[id] = {
        'has': exchange.has,
        'own': Object.keys (exchange.has).filter ((name) => parents.some ((prototype) => defines (prototype, name))
            ? exchange.has[name] === true
            : defines (exchangeClass.prototype, name)),
    };
}
console.log (JSON.stringify (result));
