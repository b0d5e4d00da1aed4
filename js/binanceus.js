// Binance.US REST API (api.binance.us, the Binance spot API family) and its market data streams: https://docs.binance.us/
// Binance.US runs Binance's spot API (the same paths under /api/v3, signing, answers and error codes) with fewer
// wallet endpoints, some at other paths: this class states only what differs, so a fix to binance.js reaches it.
import binance from './binance.js';
import { ArgumentsRequired, BadRequest, NotSupported, OrderNotFound } from './base/errors.js';

export default class binanceus extends binance {
    describe () {
        // Binance.US serves a subset of Binance's endpoints and candle intervals: its lists replace the
        // parent's rather than being merged into them, so nothing names an endpoint or interval it lacks.
        const inherited = this.omit (super.describe (), [ 'api', 'timeframes' ]);
        return this.deepExtend (inherited, {
            'id': 'binanceus',
            'name': 'Binance US',
            'countries': [ 'US' ],
            // 1200 request weight per minute and IP (the REQUEST_WEIGHT limit in the docs): 50 ms per unit of
            // weight; each cost is the endpoint's documented weight.
            'rateLimit': 50,
            'certified': false,
            'has': {
                // No list of every deposit address of a coin (Binance's capital/deposit/address/list).
                'fetchDepositAddresses': false,
                // No wallets of one user to move funds between: transfers are to and from sub-accounts, by email.
                'transfer': false,
                // The user data stream is a listenKey stream; the WebSocket API's userDataStream.subscribe.signature,
                // which Binance's watchBalance, watchOrders and watchMyTrades use, does not exist on Binance.US.
                'watchBalance': false,
                'watchOrders': false,
                'watchMyTrades': false,
            },
            'urls': {
                'api': {
                    'public': 'https://api.binance.us/api/v3',
                    'private': 'https://api.binance.us/api/v3',
                    'sapi': 'https://api.binance.us/sapi/v1',
                    'sapiV3': 'https://api.binance.us/sapi/v3',
                },
                'www': 'https://www.binance.us',
                'doc': 'https://docs.binance.us/',
                'fees': 'https://www.binance.us/fees',
                'ws': {
                    // Market data streams: https://docs.binance.us/#websocket-streams
                    'public': 'wss://stream.binance.us:9443/ws',
                    'private': 'wss://ws-api.binance.us:443/ws-api/v3',
                },
            },
            'api': {
                'public': {
                    'get': {
                        'ping': 1,
                        'time': 1,
                        'exchangeInfo': 10,
                        'depth': 1,
                        'trades': 1,
                        'historicalTrades': 5,
                        'aggTrades': 1,
                        'klines': 1,
                        'avgPrice': 1,
                        'ticker/24hr': 1,
                        'ticker/price': 1,
                        'ticker/bookTicker': 1,
                        'ticker': 2,
                    },
                },
                'private': {
                    'get': {
                        'order': 2,
                        'openOrders': 3,
                        'allOrders': 10,
                        'orderList': 2,
                        'allOrderList': 10,
                        'openOrderList': 3,
                        'account': 10,
                        'myTrades': 10,
                        'rateLimit/order': 20,
                        'myPreventedMatches': 10,
                    },
                    'post': {
                        'order': 1,
                        'order/test': 1,
                        'order/cancelReplace': 1,
                        'order/oco': 1,
                    },
                    'delete': {
                        'order': 1,
                        'openOrders': 1,
                        'orderList': 1,
                    },
                },
                'sapi': {
                    'get': {
                        'system/status': 1,
                        'asset/assetDistributionHistory': 1,
                        'asset/query/trading-fee': 1,
                        'asset/query/trading-volume': 1,
                        'asset/query/dust-logs': 1,
                        'asset/query/dust-assets': 1,
                        'capital/config/getall': 1,
                        'capital/withdraw/history': 1,
                        'capital/deposit/address': 1,
                        'capital/deposit/hisrec': 1,
                        'capital/sub-account/deposit/address': 1,
                        'capital/sub-account/deposit/history': 1,
                        'fiatpayment/query/withdraw/history': 1,
                        'fiatpayment/query/deposit/history': 1,
                        'sub-account/status': 1,
                        'sub-account/spotSummary': 1,
                    },
                    'post': {
                        'capital/withdraw/apply': 1,
                        'fiatpayment/withdraw/apply': 1,
                        'asset/dust': 10,
                    },
                },
                'sapiV3': {
                    'get': {
                        'accountStatus': 1,
                        'apiTradingStatus': 1,
                        'sub-account/list': 1,
                        'sub-account/transfer/history': 1,
                        'sub-account/assets': 1,
                    },
                    'post': {
                        'sub-account/transfer': 1,
                    },
                },
            },
            // Binance's intervals without 1s (removed from Binance.US on 2023-09-06).
            'timeframes': {
                '1m': '1m',
                '3m': '3m',
                '5m': '5m',
                '15m': '15m',
                '30m': '30m',
                '1h': '1h',
                '2h': '2h',
                '4h': '4h',
                '6h': '6h',
                '8h': '8h',
                '12h': '12h',
                '1d': '1d',
                '3d': '3d',
                '1w': '1w',
                '1M': '1M',
            },
            // The rates of the docs' Get Trade Fee example (0.4 % maker, 0.6 % taker); fetchTradingFees reads the
            // account's own.
            'fees': {
                'trading': {
                    'tierBased': true,
                    'percentage': true,
                    'taker': 0.006,
                    'maker': 0.004,
                },
            },
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
            },
            'options': {
                // system/status is signed on Binance.US (USER_DATA).
                'publicSapi': {
                    'system/status': false,
                },
                // account takes recvWindow and timestamp only.
                'omitZeroBalances': false,
            },
            'exceptions': {
                'exact': {
                    '-1145': BadRequest,
                    '-2026': OrderNotFound,
                },
            },
        });
    }

    async tradeFeeList (params) {
        // Binance.US serves the account's fee rates at asset/query/trading-fee, in Binance's shape.
        return await this.sapiGetAssetQueryTradingFee (params);
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        // capital/deposit/hisrec takes one coin, which Binance.US requires.
        if (code === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchDeposits () requires a currency code: capital/deposit/hisrec takes one coin');
        }
        return await super.fetchDeposits (code, since, limit, params);
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        // capital/withdraw/history takes one coin, which Binance.US requires.
        if (code === undefined) {
            throw new ArgumentsRequired (this.id + ' fetchWithdrawals () requires a currency code: capital/withdraw/history takes one coin');
        }
        return await super.fetchWithdrawals (code, since, limit, params);
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        // capital/withdraw/apply requires the network on Binance.US: the unified param network.
        if (this.safeString (params, 'network') === undefined) {
            throw new ArgumentsRequired (this.id + ' withdraw () requires the unified param network: Binance.US takes no default network');
        }
        return await super.withdraw (code, amount, address, tag, params);
    }

    async fetchDepositAddresses (codes = undefined, params = {}) {
        throw new NotSupported (this.id + ' fetchDepositAddresses () is not supported: Binance.US has no address list, use fetchDepositAddress per currency');
    }

    async transfer (code, amount, fromAccount, toAccount, params = {}) {
        throw new NotSupported (this.id + ' transfer () is not supported: a Binance.US account has one wallet (sub-account transfers go by email, sapiV3PostSubAccountTransfer)');
    }

    async watchUserData (messageHash) {
        // Binance's user data subscription (userDataStream.subscribe.signature) is not on Binance.US.
        throw new NotSupported (this.id + ' does not support ' + messageHash + ' streams: Binance.US has no signed user data subscription on its WebSocket API');
    }
}
