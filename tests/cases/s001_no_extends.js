export default class s001_no_extends {
//                   ^ SUB-S001
}
