import Exchange from './base/Exchange.js';

export default class object_identity extends Exchange {
    run () {
        const list = [ 1 ];
        // (two dictionaries or lists are not compared: SUB-E022; a container with itself or with a plain value is)
        return [ list === list, list === 1, {} === undefined, [] !== 'a', typeof list === 'object' ];
    }
}
