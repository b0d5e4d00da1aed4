import Exchange from './base/Exchange.js';

// A response's null is undefined in every runtime, as Python's None and PHP's null are: Node kept JSON.parse's null,
// so an order's side read 'sell' there and 'buy' elsewhere, a default parameter was taken in Python and PHP alone,
// and '' + x, x + 1 and JSON.stringify wrote other things.
export default class json_null extends Exchange {
    sideOf (side = 'buy') {
        return side;
    }

    run () {
        const response = this.parseJson ('{"order": {"side": null, "price": null, "amount": "1"}, "fills": [null, {"id": null}]}');
        const order = response['order'];
        const fills = response['fills'];
        const side = (order['side'] === undefined) ? 'buy' : 'sell';
        const request = this.extend ({ 'symbol': 'BTC/USDT' }, order);
        return [ side, this.sideOf (order['price']), typeof order['price'] === 'undefined', typeof order['price'] === 'object',
            fills[0] === undefined, fills[1]['id'] === undefined, 'side' in order, Object.keys (order), fills.length,
            this.json (request), this.json (fills), this.urlencode (request), '' + order['price'], order['price'] + 1,
            this.safeString (order, 'side', 'none'), this.parseJson ('null') === undefined ];
    }
}
