// Prints, for each exchange id given, the id its describe () gives, its has map, the unified methods it implements,
// the origins its requests and streams may reach (those of urls['api'] and urls['test'], and of urls['ws'], as the
// runtime allows them) and its first private implicit methods that write a body:
// { id: { id: 'kraken', has: { ... }, own: [ 'fetchTicker', ... ], origins: [ 'https://api.example.com', ... ],
//         writing: [ ... ] } }.
// The classes come from js/<id>.js beside the index named by EXCHANGEKIT_JS_INDEX, so that an exchange missing from
// the index can be inspected too.
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
const ORIGIN = /^(?:https?|wss?):\/\/[^/?#]*/i;  // (NativeExchange reads http(s) ones in api and test, ws(s) in ws)
const origins = (value) => (typeof value === 'string')
    ? [ ...(ORIGIN.exec (value) ?? []) ]
    : (((value !== null) && (typeof value === 'object')) ? Object.values (value).flatMap (origins) : []);
// The first implicit POST, PUT and DELETE method of the private APIs (those not named public...): what certify calls
// with no parameters (transpiler/certify/bodies.py).
const writing = (entries) => [ 'POST', 'PUT', 'DELETE' ]
    .map ((verb) => entries.find ((entry) => (entry.method === verb) && !entry.name.startsWith ('public'))?.name)
    .filter ((name) => name !== undefined);
const result = {};
for (const id of process.argv.slice (2)) {
    const exchangeClass = (await import (pathToFileURL (path.join (folder, `${id}.js`)))).default;
    const exchange = new exchangeClass ();
    const parents = [];  // the prototypes of the parent exchanges, nearest first, above the base class
    for (let prototype = Object.getPrototypeOf (exchangeClass.prototype); prototype && prototype !== Exchange.prototype; prototype = Object.getPrototypeOf (prototype)) {
        parents.push (prototype);
    }
    result[id] = {
        'id': exchange.id,
        'has': exchange.has,
        'own': Object.keys (exchange.has).filter ((name) => parents.some ((prototype) => defines (prototype, name))
            ? exchange.has[name] === true
            : defines (exchangeClass.prototype, name)),
        'origins': [ ...new Set (origins ([ exchange.urls?.['api'], exchange.urls?.['test'], exchange.urls?.['ws'] ])) ].sort (),
        'writing': writing (exchange.implicitApiMethods ()),
    };
}
console.log (JSON.stringify (result));
