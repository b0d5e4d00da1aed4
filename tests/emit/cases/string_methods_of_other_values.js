import Exchange from './base/Exchange.js';

export default class string_methods_of_other_values extends Exchange {
    attempt (value, method) {
        // A string method of what a response holds, whatever its type: only strings have one (a number or a boolean
        // was its text to PHP, null was '', and a dictionary's join its keys in Python, its values in PHP).
        try {
            if (method === 'trim') {
                return value.trim ();
            } else if (method === 'toUpperCase') {
                return value.toUpperCase ();
            } else if (method === 'toLowerCase') {
                return value.toLowerCase ();
            } else if (method === 'startsWith') {
                return value.startsWith ('1');
            } else if (method === 'endsWith') {
                return value.endsWith ('2');
            } else if (method === 'split') {
                return value.split (',');
            } else if (method === 'replace') {
                return value.replace ('1', 'x');
            } else if (method === 'padStart') {
                return value.padStart (4, '0');
            } else if (method === 'padEnd') {
                return value.padEnd (4, '0');
            } else if (method === 'charAt') {
                return value.charAt (0);
            } else if (method === 'join') {
                return value.join ('-');
            }
        } catch (e) {
            this.rethrowUncaught (e);
            return 'threw';
        }
        return 'unknown';
    }

    run () {
        const response = this.parseJson ('{"values":[12,true,1.5,null,{"a":"b"},"12",["1","2"]]}');
        const values = this.safeList (response, 'values');
        const methods = [ 'trim', 'toUpperCase', 'toLowerCase', 'startsWith', 'endsWith', 'split', 'replace', 'padStart',
            'padEnd', 'charAt', 'join' ];
        const results = [];
        for (let i = 0; i < values.length; i++) {
            for (let j = 0; j < methods.length; j++) {
                results.push (this.attempt (values[i], methods[j]));
            }
        }
        return results;
    }
}
