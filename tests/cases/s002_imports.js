import Ex from './base/Exchange.js';
//     ^ SUB-S002
import fs from 'fs';
//             ^ SUB-S002
import * as errors from './base/errors.js';
//     ^ SUB-S002
import { Nope, BadRequest as Bad } from './base/errors.js';
//       ^ SUB-S002
//             ^ SUB-S002
import Precise from './base/Precise';
//                  ^ SUB-S002
import { TRUNCATE } from './base/functions/number.js';
import parent from './kraken.js';
//     ^ SUB-S002

export default class s002_imports extends Ex {
    async fetchCase () {
        return await import ('./base/Exchange.js');
        //           ^ SUB-S002
    }
}
