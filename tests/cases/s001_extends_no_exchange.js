import { ExchangeError } from './base/errors.js';

// An error class (or Precise) as the parent: the rules read the class as an exchange, and the runtimes each made
// another thing of it (PHP cannot extend its final Precise at all).
export default class s001_extends_no_exchange extends ExchangeError {
//                                                    ^ SUB-S001
}
