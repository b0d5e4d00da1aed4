// The certify harness's Node runner (transpiler/harness/runners/exchange_node.mjs) with the specification of the hot
// primitives (js/base/Exchange.js) in place of Node's native ones (js/base/Primitives.js): responses.py's `spec`.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const base = path.join (path.dirname (process.env.EXCHANGEKIT_JS_INDEX), 'base');
const { default: Exchange } = await import (pathToFileURL (path.join (base, 'Exchange.js')));
const { specification, NATIVE_PRIMITIVES } = await import (pathToFileURL (path.join (base, 'Primitives.js')));
const Specified = specification (Exchange);
for (const name of NATIVE_PRIMITIVES) {
    Object.defineProperty (Exchange.prototype, name, { 'value': Specified.prototype[name], 'writable': true, 'enumerable': false, 'configurable': true });
}
await import ('../../transpiler/harness/runners/exchange_node.mjs');
