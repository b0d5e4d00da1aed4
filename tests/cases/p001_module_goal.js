import Exchange from './base/Exchange.js';

// esprima parses these, Node refuses them in a module: the file would run in Python and PHP only.
export default class p001_module_goal extends Exchange {
    async fetchCase (symbol, params = {}) {
        const nine = 09;
        //           ^ SUB-P001
        const half = 08.5;
        //           ^ SUB-P001
        const text = 'a\08\\08\x008';
        //             ^ SUB-P001
        const template = `side\8 ${nine} \\9 \9`;
        // ^31 SUB-P001
        // ^46 SUB-P001
        const octalLooking = 0.8 + 0.9 + 0 + 1e8 + 0x8 + 0o7;
        --> a comment to esprima
        // ^9 SUB-P001
        return [ nine, half, text, template, octalLooking ];
    }
}
