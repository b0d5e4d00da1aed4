// Runs compiled test cases in Node: argv[2] is a folder of js/<case>.js files, argv[3..] the case names.
// A case name `<case>:<method>` calls that method of the case's class instead of run ().
// Prints one JSON line per case: {"case": name, "result": value} or {"case": name, "error": class}.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as errors from '../../js/base/errors.js';

const folder = process.argv[2];
// CASE_CONFIG (JSON), when set, is the constructor's argument: credentials for a case that signs.
const config = (process.env.CASE_CONFIG === undefined) ? [] : [ JSON.parse (process.env.CASE_CONFIG) ];

// JSON cannot carry NaN, Infinity, -0 or undefined: tag them so that every runtime reports them alike.
function tagged (value) {
    if (value === undefined || value === null) {
        return null;
    }
    if (typeof value === 'number') {
        if (Object.is (value, -0)) {
            return { '$number': '-0' };
        }
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
    const [ file, method = 'run' ] = name.split (':');
    try {
        const module = await import (pathToFileURL (path.join (folder, file + '.js')).href);
        const result = await new module.default (...config)[method] ();
        line = { 'case': name, 'result': tagged (result) };
    } catch (error) {
        const known = Object.values (errors).includes (error.constructor);
        line = { 'case': name, 'error': known ? error.constructor.name : 'native' };
    }
    console.log (JSON.stringify (line));
}
