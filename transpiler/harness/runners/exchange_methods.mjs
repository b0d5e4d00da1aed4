// Prints, for each exchange id given, its has map and the unified methods its class defines itself:
// { id: { has: { ... }, own: [ 'fetchTicker', ... ] } }. The classes come from js/<id>.js beside the index
// named by EXCHANGEKIT_JS_INDEX, so that an exchange missing from the index can be inspected too.
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const folder = path.dirname (process.env.EXCHANGEKIT_JS_INDEX);
const result = {};
for (const id of process.argv.slice (2)) {
    const exchangeClass = (await import (pathToFileURL (path.join (folder, `${id}.js`)))).default;
    const exchange = new exchangeClass ();
    result[id] = {
        'has': exchange.has,
        'own': Object.keys (exchange.has).filter ((name) => Object.prototype.hasOwnProperty.call (exchangeClass.prototype, name)),
    };
}
console.log (JSON.stringify (result));
