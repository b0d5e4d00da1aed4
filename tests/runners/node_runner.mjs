// Runs compiled test cases in Node: argv[2] is a folder of js/<case>.js files, argv[3..] the case names.
// Prints one JSON line per case: {"case": name, "result": value} or {"case": name, "error": class}.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as errors from '../../js/base/errors.js';

const folder = process.argv[2];

// JSON cannot carry NaN, Infinity or undefined: tag them so that every runtime reports them alike.
function tagged (value) {
    if (value === undefined || value === null) {
        return null;
    }
    if (typeof value === 'number') {
        return Number.isFinite (value) ? value : { '$number': String (value) };
    }
    if (Array.isArray (value)) {
        return value.map (tagged);
    }
    if (typeof value === 'object') {
        const result = {};
        for (const key of Object.keys (value)) {
            result[key] = tagged (value[key]);
        }
        return result;
    }
    return value;
}

for (const name of process.argv.slice (3)) {
    let line;
    try {
        const module = await import (pathToFileURL (path.join (folder, name + '.js')).href);
        const result = await new module.default ().run ();
        line = { 'case': name, 'result': tagged (result) };
    } catch (error) {
        const known = Object.values (errors).includes (error.constructor);
        line = { 'case': name, 'error': known ? error.constructor.name : 'native' };
    }
    console.log (JSON.stringify (line));
}
