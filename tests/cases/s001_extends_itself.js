import s001_extends_itself from './s001_extends_itself.js';

// A class whose parents cannot be read (here it extends itself, which Node refuses to load): the rules that judge
// calls against the parents (SUB-E019, the arities, super calls, SUB-D007's overrides) had skipped it, and the file
// passed (red-team round 27).
export default class s001_extends_itself extends s001_extends_itself {
    //                                           ^ SUB-S001
    describe () {
        return this.deepExtend (super.describe (), { 'id': 's001_extends_itself' });
    }
}
