import Exchange from './base/Exchange.js';

export default class length_of_any_value extends Exchange {
    run () {
        // .length of what a response holds, whatever its type: a dictionary's own key 'length' (a hostile server's
        // dictionary where a list was expected), undefined for numbers and booleans (a caught error is
        // not read: SUB-T009).
        const response = this.parseJson ('{"rows":{"length":2,"0":{"id":"a"},"1":{"id":"b"}},"id":12345,"ok":true,"text":{"length":"7"},"plain":{"a":1}}');
        const rows = this.safeValue (response, 'rows');
        const ids = [];
        for (let i = 0; i < rows.length; i++) {
            ids.push (this.safeString (rows[i], 'id'));
        }
        const id = this.safeValue (response, 'id');
        const ok = this.safeValue (response, 'ok');
        const text = this.safeValue (response, 'text');
        const plain = this.safeValue (response, 'plain');
        return [ ids, rows.length, id.length, ok.length, text.length, plain.length ];
    }
}
