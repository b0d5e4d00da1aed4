export default class s002_extends_unimported extends Exchange {
//                                                   ^ SUB-S002
}
