import Exchange from './base/Exchange.js';

export default class b010_plain_source extends Exchange {
    async fetchCase (symbol, params = {}) {
        // Comments may hold text in the exchange's language: 주문 (order), ошибка (error); strings escape it.
        const message = 'Ордер не найден';
        //              ^ SUB-B010
        const written = '\u041e\u0440\u0434\u0435\u0440';
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
        const accented = `café ${symbol}`;
        //               ^ SUB-B010
        return [ message, written, escaped, isAdmin, hidden, spaced, url, plain, accented ];
    }
}
