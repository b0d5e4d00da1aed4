import Exchange from './base/Exchange.js';

// Object.keys and Object.values of what a response may hold where a dictionary was expected: a number or a boolean
// has no keys (Python and PHP raised), a string its indices; toArray reads them alike.
export default class keys_of_scalars extends Exchange {
    run () {
        const response = this.parseJson ('{"values":[5,-1,1.5,true,false,0,"ab"]}');
        const values = this.safeList (response, 'values');
        const result = [];
        for (let i = 0; i < values.length; i++) {
            result.push ([ Object.keys (values[i]), Object.values (values[i]), this.toArray (values[i]) ]);
        }
        return result;
    }
}
