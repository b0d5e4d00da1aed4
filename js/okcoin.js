// OKCoin REST API v5, spot markets and the funding account: https://www.okcoin.com/docs-v5/en/
// OKCoin runs OKX's v5 API (the same paths, signing, answers and error codes) on its own host, with fewer
// endpoints and fiat currencies: this class states only what differs, so a fix to okx.js reaches OKCoin too.
import okx from './okx.js';
import { NotSupported } from './base/errors.js';

export default class okcoin extends okx {
    describe () {
        // OKCoin serves a subset of OKX's endpoints (and fiat ones of its own): its endpoint list replaces the
        // parent's rather than being merged into it, so no implicit method names an endpoint OKCoin lacks.
        const inherited = this.omit (super.describe (), 'api');
        return this.deepExtend (inherited, {
            'id': 'okcoin',
            'name': 'OKCoin',
            'countries': [ 'US' ],
            // Limits per endpoint, as N requests per 2 seconds, the same scheme and costs as OKX's.
            'rateLimit': 100,
            'has': {
                // OKX's every unified method has its endpoint on OKCoin; only the algo order details of
                // fetchOrder's params['trigger'] do not (fetchOrder below).
                'fetchMarkets': true,
            },
            'urls': {
                'api': 'https://www.okcoin.com',
                'www': 'https://www.okcoin.com',
                'doc': 'https://www.okcoin.com/docs-v5/en/',
                'fees': 'https://www.okcoin.com/fees.html',
            },
            'api': {
                'public': {
                    'get': {
                        'public/time': 2,
                        'public/instruments': 1,
                        'system/status': 50,
                        'market/tickers': 1,
                        'market/ticker': 1,
                        'market/books': 0.5,
                        'market/candles': 0.5,
                        'market/history-candles': 1,
                        'market/trades': 0.2,
                        'market/history-trades': 1,
                        'market/platform-24-volume': 2,
                    },
                },
                'private': {
                    'get': {
                        'account/balance': 2,
                        'account/bills': 4,
                        'account/bills-archive': 4,
                        'account/config': 4,
                        'account/max-size': 1,
                        'account/max-avail-size': 1,
                        'account/trade-fee': 4,
                        'trade/order': 0.333,
                        'trade/orders-pending': 0.333,
                        'trade/orders-history': 0.5,
                        'trade/orders-history-archive': 1,
                        'trade/fills': 0.333,
                        'trade/fills-history': 2,
                        'trade/orders-algo-pending': 1,
                        'trade/orders-algo-history': 1,
                        'asset/currencies': 3.333,
                        'asset/balances': 3.333,
                        'asset/asset-valuation': 20,
                        'asset/transfer-state': 2,
                        'asset/bills': 3.333,
                        'asset/deposit-lightning': 3.333,
                        'asset/deposit-address': 3.333,
                        'asset/deposit-history': 3.333,
                        'asset/withdrawal-history': 3.333,
                        // Fiat deposits and withdrawals through OKCoin's banking channels.
                        'fiat/channel': 3.333,
                        'fiat/deposit-history': 3.333,
                        'fiat/withdrawal-history': 3.333,
                    },
                    'post': {
                        'trade/order': 0.333,
                        'trade/batch-orders': 0.067,
                        'trade/cancel-order': 0.333,
                        'trade/cancel-batch-orders': 0.067,
                        'trade/amend-order': 0.333,
                        'trade/amend-batch-orders': 0.067,
                        'trade/order-algo': 1,
                        'trade/cancel-algos': 1,
                        'trade/cancel-advance-algos': 1,
                        'asset/transfer': 20,
                        'asset/withdrawal': 3.333,
                        'asset/withdrawal-lightning': 3.333,
                        'asset/cancel-withdrawal': 3.333,
                        'fiat/deposit': 3.333,
                        'fiat/cancel-deposit': 3.333,
                        'fiat/withdrawal': 3.333,
                        'fiat/cancel-withdrawal': 3.333,
                    },
                },
            },
            // Level 1 of OKCoin's spot schedule (30-day volume under 100,000 USD): 0.10 % maker, 0.20 % taker;
            // fetchTradingFees reads the account's own level.
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'taker': 0.002,
                    'maker': 0.001,
                },
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
                'password': true,
            },
            'options': {
                // The fiat currencies OKCoin quotes markets in and banks: asset/currencies lists the crypto
                // currencies and their chains only, so fetchCurrencies adds these (a fiat balance is moved between
                // funding and trading like any other).
                'fiatCurrencies': [ 'USD', 'EUR', 'SGD' ],
            },
        });
    }

    async fetchCurrencies (params = {}) {
        // OKX's currencies from asset/currencies, and OKCoin's fiat currencies, which that list leaves out.
        const currencies = await super.fetchCurrencies (params);
        if (Object.keys (currencies).length === 0) {
            // without credentials: loadMarkets derives every currency, fiat ones too, from the markets
            return currencies;
        }
        const fiats = this.safeList (this.options, 'fiatCurrencies', []);
        const result = this.extend ({}, currencies);
        for (let i = 0; i < fiats.length; i++) {
            const code = fiats[i];
            if (this.safeDict (result, code) === undefined) {
                result[code] = {
                    'id': code,
                    'code': code,
                    'name': undefined,
                    'active': undefined,
                    'deposit': undefined,
                    'withdraw': undefined,
                    'fee': undefined,
                    'precision': 0.01,
                    'limits': {},
                    'networks': {},
                    'info': undefined,
                };
            }
        }
        return result;
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        // OKCoin lists algo orders (trade/orders-algo-pending and -history) but has no endpoint for one algo
        // order by id, OKX's trade/order-algo: params['trigger'] is refused rather than sent to a missing path.
        if (this.safeBool (params, 'trigger', false)) {
            throw new NotSupported (this.id + ' fetchOrder () cannot read an algo order by id (params trigger): use fetchOpenOrders with params trigger');
        }
        return await super.fetchOrder (id, symbol, params);
    }
}
