// The differential fuzzing's Node runner: `node run_node.mjs calls.json out.json [--specification]` runs each
// [method, args] of calls.json (args tagged as gen.py writes them) on one base Exchange (or Precise, 'Precise.x'; 'a|b'
// passes a's result to b) and writes one outcome a call, values tagged alike in every runtime (compare.py).
import fs from 'node:fs';
const ROOT = process.env.EXKIT_ROOT;
const { default: Exchange } = await import (ROOT + '/js/base/Exchange.js');
const { default: Precise } = await import (ROOT + '/js/base/Precise.js');
const errors = await import (ROOT + '/js/base/errors.js');
let Base = Exchange;
if (process.argv.includes ('--specification')) {
    const { specification } = await import (ROOT + '/js/base/Primitives.js');
    Base = specification (Exchange);
}
const exchange = new Base ({});
const calls = JSON.parse (fs.readFileSync (process.argv[2], 'utf8'));
function decode (value) {
    if (value === null) { return undefined; }
    if (Array.isArray (value)) { return value.map (decode); }
    if (typeof value === 'object') {
        if ('$u' in value) { return undefined; }
        if ('$n' in value) { return JSON.parse (value['$n']); }
        if ('$o' in value) { const result = {}; for (const [ key, item ] of value['$o']) { result[key] = decode (item); } return result; }
        if ('$h' in value) { const result = []; result.length = value['$h']; return result; }
    }
    return value;
}
function encode (value, depth = 0) {
    if (depth > 60) { return '$deep'; }
    if ((value === undefined) || (value === null)) { return null; }
    if (typeof value === 'number') { return { 'n': Object.is (value, -0) ? '-0' : String (value) }; }
    if (typeof value === 'string' || typeof value === 'boolean') { return value; }
    if (value instanceof Uint8Array) { return { 'b': Buffer.from (value).toString ('hex') }; }
    if (Array.isArray (value)) { const r = []; for (let i = 0; i < value.length; i++) { r.push (encode (value[i], depth + 1)); } return r; }
    if (typeof value === 'object') { return { 'o': Object.keys (value).map ((key) => [ key, encode (value[key], depth + 1) ]) }; }
    return { 'other': typeof value };
}
function errorName (error) {
    const name = (error && error.constructor) ? error.constructor.name : String (error);
    return (errors[name] !== undefined) ? name : 'native:' + name;
}
const out = [];
for (const [ method, args ] of calls) {
    const started = Date.now ();
    try {
        let result;
        if (method.startsWith ('Precise.')) {
            result = Precise[method.slice (8)] (...args.map (decode));
        } else {
            const names = method.split ('|');
            result = exchange[names[0]] (...args.map (decode));
            if (result instanceof Promise) { result = await result; }
            for (const name of names.slice (1)) { result = exchange[name] (result); }
        }
        if (result instanceof Promise) { result = await result; }
        out.push ({ 'ok': encode (result) });
    } catch (error) {
        out.push ({ 't': errorName (error), 'm': String (error && error.message).slice (0, 160) });
    }
    if (Date.now () - started > 300) { process.stderr.write ('SLOW ' + (Date.now () - started) + 'ms ' + JSON.stringify ([ method, args ]).slice (0, 300) + '\n'); }
}
fs.writeFileSync (process.argv[3], JSON.stringify (out));
