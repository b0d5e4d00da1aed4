import Exchange from './base/Exchange.js';

export default class negation extends Exchange {
    run () {
        const yes = true;
        const no = false;
        const empty = '';
        const word = 'x';
        return [
            !(yes && no), !(no || yes), !(yes ? no : yes), !(empty ? 'a' : 'b'), !(word ? empty : word),
            !(empty || word), !!(yes && yes), !(yes === no), !(word === 'x' && yes),
        ];
    }
}
