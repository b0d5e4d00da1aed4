import Exchange from './base/Exchange.js';

export default class b010_plain_source extends Exchange {
    async fetchCase (symbol, params = {}) {
        // Text in the exchange's language stays allowed: 주문 (order), ошибка (error).
        const message = 'Ордер не найден';
        const escaped = 'a\u200bb';
        const isAdmin = false;
        /* ‮ } ⁦if (isAdmin)⁩ ⁦ admins only */
        // ^12 SUB-B010
        // ^16 SUB-B010
        // ^29 SUB-B010
        // ^31 SUB-B010
        const hidden = 'a​b';
        //               ^ SUB-B010
        const spaced = 'a b';
        //               ^ SUB-B010
        const url = 'https://api.krаken.com/0/public';
        //          ^ SUB-B010
        const plain = `wss://ws.kraken.com/${symbol}`;
        return [ message, escaped, isAdmin, hidden, spaced, url, plain ];
    }
}
