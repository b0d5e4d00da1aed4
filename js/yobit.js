// YoBit (spot): https://www.yobit.net/en/api/
//
// YoBit runs the API of Tidex (tidex.js), the BTC-e/WEX family's: public API v3 GETs under https://yobit.net/api/3
// (info, ticker/{pairs}, depth/{pairs}, trades/{pairs}; pairs named 'ltc_btc' and joined by hyphens, answers keyed
// by pair, ignore_invalid=1 to skip a disabled pair, answers cached for 2 seconds) and the Trade API, POSTs to
// https://yobit.net/tapi/ with a form body method=<name>&nonce=<n>&<parameters> signed in the Sign header with the
// hex HMAC-SHA512 of the body (the nonce is an integer from 1 to 2147483646 that grows with every request of a key),
// answering { success: 1, return: { ... } } or { success: 0, error: '<text>' }. Limit orders only, no candles, no
// currency list and no deposit or withdrawal history, as on Tidex. This class states only what YoBit does
// otherwise, so that a fix to tidex.js reaches YoBit too:
// - its hosts, a limit of 2000 on depth and trades, its reading of the ticker's buy and sell;
// - info's min_total, getInfo's funds_incl_orders;
// - ActiveOrders and TradeHistory take one pair (symbol required);
// - the deposit address and withdrawal methods (GetDepositAddress, WithdrawCoinsToAddress).
import tidex from './tidex.js';
import { ArgumentsRequired, BadResponse, InvalidOrder, NotSupported } from './base/errors.js';

export default class yobit extends tidex {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'yobit',
            'name': 'YoBit',
            'countries': [ 'RU' ],
            // "Server responses are cashed every 2 seconds that is why there is no sense in making requests faster":
            // Tidex's rateLimit of 2000 ms.
            'has': {
                'fetchDepositAddress': true,
                'createDepositAddress': true,
                'withdraw': true,
            },
            'urls': {
                'api': {
                    'public': 'https://yobit.net/api/3',
                    'private': 'https://yobit.net/tapi/',
                },
                'www': 'https://yobit.net',
                'doc': 'https://www.yobit.net/en/api/',
                'fees': 'https://yobit.net/en/fees/',
            },
            'api': {
                // The Trade API methods (Tidex's and two for deposits and withdrawals): each is the body's method
                // parameter of a POST to /tapi/. The public API is Tidex's.
                'private': {
                    'post': [
                        'getInfo',
                        'Trade',
                        'ActiveOrders',
                        'OrderInfo',
                        'CancelOrder',
                        'TradeHistory',
                        'GetDepositAddress',
                        'WithdrawCoinsToAddress',
                    ],
                },
            },
            'options': {
                // depth and trades: "limit: ... (150 by default) ... (max 2000)".
                'maxLimit': 2000,
                // The docs' ticker example has buy 104.2 below sell 105.11, which is its last price: buy is the best
                // bid, sell the best ask.
                'tickerSides': {
                    'bid': 'buy',
                    'ask': 'sell',
                },
            },
            'exceptions': {
                // Added to Tidex's texts, matched in lowercase.
                'broad': {
                    'less than minimal total': InvalidOrder,
                },
            },
        });
    }

    // --- markets -------------------------------------------------------------------------------------

    async fetchMarkets (params = {}) {
        // YoBit's info has what Tidex's has and min_total (the least an order may cost, in the quote currency),
        // fee_buyer and fee_seller.
        const markets = await super.fetchMarkets (params);
        const result = [];
        for (let i = 0; i < markets.length; i++) {
            // (Tidex's markets are full unified structures: the minimum cost replaces the one of the cost bounds,
            // whose maximum stays, so that the market stays whole.)
            const market = markets[i];
            const cost = this.extend (market['limits']['cost'], { 'min': this.safeNumber (market['info'], 'min_total') });
            const limits = this.extend (market['limits'], { 'cost': cost });
            result.push (this.extend (market, { 'limits': limits }));
        }
        return result;
    }

    // --- account -------------------------------------------------------------------------------------

    balanceAccounts (info) {
        // getInfo also has funds_incl_orders: { ltc: 32, ... }, what is available and what open orders hold.
        const accounts = super.balanceAccounts (info);
        const total = this.safeDict (info, 'funds_incl_orders', {});
        const ids = this.unique (this.arrayConcat (Object.keys (accounts), Object.keys (total)));
        for (let i = 0; i < ids.length; i++) {
            const id = ids[i];
            const account = this.extend (this.safeDict (accounts, id, this.account ()));
            if (account['free'] === undefined) {
                account['free'] = '0';
            }
            account['total'] = this.safeString (total, id, account['free']);
            accounts[id] = account;
        }
        return accounts;
    }

    // --- orders --------------------------------------------------------------------------------------

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // YoBit's ActiveOrders takes the pair, and answers without return when there is no order.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchOpenOrders () requires a symbol: ActiveOrders lists the orders of one pair');
        }
        return await super.fetchOpenOrders (symbol, since, limit, params);
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // YoBit's TradeHistory takes the pair, and answers without return when there is no trade.
        if (symbol === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchMyTrades () requires a symbol: TradeHistory lists the trades of one pair');
        }
        return await super.fetchMyTrades (symbol, since, limit, params);
    }

    // --- funding -------------------------------------------------------------------------------------

    coinName (currency) {
        // The Trade API names a coin as the docs' examples do: coinName BTC.
        return currency['id'].toUpperCase ();
    }

    rejectNetwork (method, params) {
        // A coin's network is part of its name on YoBit (each network is a coin of its own): the unified param
        // network has no field to go to.
        if (this.safeString (params, 'network') !== undefined) {
            throw new NotSupported (this.id + ' ' + method + ' () does not support the unified param network: on YoBit a network is a coin of its own, pass that coin\'s code');
        }
    }

    async depositAddress (method, code, needNew, params) {
        // GetDepositAddress: coinName, need_new (0 or 1); answers { return: { address, processed_amount,
        // server_time } }.
        this.rejectNetwork (method, params);
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'coinName': this.coinName (currency),
            'need_new': needNew,
        };
        const response = await this.privatePostGetDepositAddress (this.extend (request, params));
        const result = this.returnOf (response, method);
        const address = this.safeString (result, 'address');
        if (address === undefined) {
            throw new BadResponse (this.id + ' ' + method + ' () got an answer without address: ' + this.excerpt (this.json (response)));
        }
        return {
            'currency': currency['code'],
            'address': address,
            'info': response,
        };
    }

    async fetchDepositAddress (code, params = {}) {
        return await this.depositAddress ('fetchDepositAddress', code, 0, params);
    }

    async createDepositAddress (code, params = {}) {
        return await this.depositAddress ('createDepositAddress', code, 1, params);
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // WithdrawCoinsToAddress: coinName, amount, address; answers { return: { server_time } }. The docs name
        // no tag or memo.
        this.rejectNetwork ('withdraw', params);
        if (tag !== undefined) {
            throw new NotSupported (this.id + ' withdraw () does not support a tag: WithdrawCoinsToAddress takes an address only');
        }
        await this.loadMarkets ();
        const currency = this.currency (code);
        const request = {
            'coinName': this.coinName (currency),
            'amount': this.numberToString (amount),
            'address': address,
        };
        const response = await this.privatePostWithdrawCoinsToAddress (this.extend (request, params));
        const result = this.returnOf (response, 'withdraw');
        return this.safeTransaction ({
            'timestamp': this.safeTimestamp (result, 'server_time'),
            'type': 'withdrawal',
            'currency': currency['code'],
            'amount': request['amount'],
            'address': address,
            'info': response,
        }, currency);
    }
}
