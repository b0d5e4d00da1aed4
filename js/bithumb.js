// Bithumb Open API "2.0" (spot; KRW, BTC and USDT markets): https://apidocs.bithumb.com/reference. This is
// the current, JWT-authenticated API at https://api.bithumb.com/v1/... (docs versions v2.1.x); the older
// REST API (docs v1.2.0: /public/ticker/{order_currency}_{payment_currency}, /info/..., /trade/... signed
// with HMAC-SHA512 Api-Sign headers) is the legacy one and is not used here. Market ids are quote first:
// KRW-BTC is BTC/KRW.
//
// The API follows Upbit's v1 field for field (the same paths, parameters, answers and error shape), so this
// class states only what differs and a fix to upbit.js reaches Bithumb too. The answers carry some fields of
// their own, which the inherited parsers leave in info:
// - market/all: market_warning (NONE or CAUTION) instead of Upbit's market_event;
// - ticker: also trade_date, trade_time, change, change_price, change_rate, trade_volume, acc_trade_price,
//   acc_trade_volume, highest_52_week_price, ...;
// - orderbook: also total_ask_size and total_bid_size; at most 30 levels;
// - candles: also candle_date_time_kst, timestamp (the last tick), candle_acc_trade_price and unit;
// - trades/ticks: also trade_date_utc, trade_time_utc, prev_closing_price and change_price;
// - accounts: also avg_buy_price_modified; orders/chance: also bid_account and ask_account;
// - orders: also reserved_fee, remaining_fee and locked; the caller's id is client_order_id (Upbit's identifier);
// - withdraws: also krw_amount; deposits and withdraws take currency, state, uuids, txids, page, limit (at most
//   100) and order_by, and page by number, not by time;
// - POST withdraws/coin: the travel-rule fields exchange_name, receiver_type, receiver_ko_name,
//   receiver_en_name, receiver_corp_ko_name and receiver_corp_en_name go in params: which ones a withdrawal
//   needs depends on where it goes (the docs' table); the address must be registered.
import upbit from './upbit.js';
import { AccountSuspended, AuthenticationError, BadRequest, BadSymbol, InsufficientFunds, InvalidOrder, NotSupported, OrderNotFound, PermissionDenied } from './base/errors.js';

export default class bithumb extends upbit {
    describe () {
        // Bithumb serves a subset of Upbit's endpoints (and some of its own), with its own error names,
        // networks and deposit and withdrawal states: those lists replace the parent's rather than being
        // merged into them, so no implicit method names an endpoint Bithumb lacks and no Upbit name is read
        // as Bithumb's.
        const parent = super.describe ();
        const inherited = this.extend (this.omit (parent, [ 'api', 'exceptions' ]), {
            'options': this.omit (parent['options'], [ 'networks', 'depositStatuses', 'withdrawalStatuses' ]),
        });
        return this.deepExtend (inherited, {
            'id': 'bithumb',
            'name': 'Bithumb',
            // The documented limits: public API 150 requests/s, private API 140 requests/s (per IP and key);
            // exceeding them blocks the IP for 1 minute (public) or 5-10 minutes (private). One bucket of
            // 10 ms a request stays below both.
            'rateLimit': 10,
            'has': {
                'editOrder': false, // no amend or cancel-and-replace endpoint (Upbit's orders/cancel_and_new)
                'cancelAllOrders': false, // not implemented: the batch cancel is a v2 endpoint the author could not check
            },
            'urls': {
                'logo': 'https://www.bithumb.com/favicon.ico',
                'api': 'https://api.bithumb.com',
                'www': 'https://www.bithumb.com',
                'doc': [ 'https://apidocs.bithumb.com/reference', 'https://apidocs.bithumb.com/docs' ],
                'fees': 'https://www.bithumb.com/customer_support/info_fee',
            },
            'api': {
                // Public API: no authentication. No seconds or years candles, no ticker/all.
                'public': {
                    'get': {
                        'market/all': 1,
                        'market/virtual_asset_warning': 1,
                        'candles/minutes/{unit}': 1,
                        'candles/days': 1,
                        'candles/weeks': 1,
                        'candles/months': 1,
                        'trades/ticks': 1,
                        'ticker': 1,
                        'orderbook': 1,
                        'notices': 1,
                    },
                },
                // Private API: a JWT in Authorization. One list of orders (GET orders, by state) instead of
                // Upbit's orders/open and orders/closed; no cancel-and-new, no batch cancels.
                'private': {
                    'get': {
                        'accounts': 1,
                        'orders/chance': 1,
                        'order': 1,
                        'orders': 1,
                        'withdraws': 1,
                        'withdraws/krw': 1,
                        'withdraw': 1,
                        'withdraws/chance': 1,
                        'withdraws/coin_addresses': 1,
                        'deposits': 1,
                        'deposits/krw': 1,
                        'deposit': 1,
                        'deposits/coin_addresses': 1,
                        'deposits/coin_address': 1,
                        'status/wallet': 1,
                        'api_keys': 1,
                    },
                    'post': {
                        'orders': 1,
                        'withdraws/coin': 1,
                        'withdraws/krw': 1,
                        'deposits/generate_coin_address': 1,
                        'deposits/krw': 1,
                    },
                    'delete': {
                        'order': 1,
                    },
                },
            },
            // Bithumb's standard rate of 0.25 % as the author knows the fee page (promotions and coupons
            // lower it); orders/chance reports the account's own per market (fetchTradingFee).
            'fees': {
                'trading': {
                    'taker': 0.0025,
                    'maker': 0.0025,
                },
            },
            'options': {
                // The JWT is HS256 (the documented header { alg: HS256, typ: JWT }) with a timestamp claim
                // (ms), and its query_hash is of the url-encoded query string.
                'jwtAlgorithm': 'sha256',
                'jwtTimestamp': true,
                'queryHashUrlencoded': true,
                // GET order takes client_order_id and the answers report it (POST orders cannot set it, and
                // DELETE order takes the uuid only: createOrder and cancelOrder below).
                'clientOrderIdField': 'client_order_id',
                // Candles' to is a time in KST (UTC+9) as yyyy-MM-dd HH:mm:ss.
                'kstOffset': 32400000,
                // Unified network codes and Bithumb's net_type (the docs' examples are BTC and DASH; the
                // token networks are named after their chain's coin, as the author knows the address lists).
                'networks': {
                    'BTC': 'BTC',
                    'ERC20': 'ETH',
                    'TRC20': 'TRX',
                    'SOL': 'SOL',
                    'XRP': 'XRP',
                },
                // Deposit states of the documented list (requested, deposited, refunds).
                'depositStatuses': {
                    'REQUESTED_PENDING': 'pending',
                    'REQUESTED_SYSTEM_REJECTED': 'failed',
                    'REQUESTED_PROCESSING': 'pending',
                    'REQUESTED_ADMIN_REJECTED': 'failed',
                    'DEPOSIT_PROCESSING': 'pending',
                    'DEPOSIT_ACCEPTED': 'ok',
                    'DEPOSIT_CANCELLED': 'canceled',
                    'REFUNDING_PENDING': 'pending',
                    'REFUNDING_SYSTEM_REJECTED': 'pending',
                    'REFUNDING_PROCESSING': 'pending',
                    'REFUNDING_ADMIN_REJECTED': 'pending',
                    'REFUNDING_ACCEPTED': 'failed',
                    'REFUNDED_PROCESSING': 'failed',
                    'REFUNDED_ACCEPTED': 'failed',
                    'REFUNDED_CANCELLED': 'pending',
                    'PROCESSING': 'pending',
                    'ACCEPTED': 'ok',
                    'CANCELED': 'canceled',
                    'CANCELLED': 'canceled',
                },
                // Withdrawal states: PROCESSING, DONE and CANCELED (CANCELLED in the response table).
                'withdrawalStatuses': {
                    'PROCESSING': 'pending',
                    'DONE': 'ok',
                    'CANCELED': 'canceled',
                    'CANCELLED': 'canceled',
                },
            },
            // Errors are { "error": { "name": ..., "message": ... } } (Upbit's shape, read by its handleErrors)
            // with HTTP 400, 401, 403, 404 or 422; the names are those of the documented error list (API 주요
            // 에러 코드).
            'exceptions': {
                'exact': {
                    'invalid_parameter': BadRequest,
                    'invalid_price': InvalidOrder, // the price is not on the price unit
                    'invalid_price_ask': InvalidOrder,
                    'invalid_price_bid': InvalidOrder,
                    'under_price_limit_ask': InvalidOrder, // below the minimum price
                    'under_price_limit_bid': InvalidOrder,
                    'cross_trading': InvalidOrder, // the order would trade with the account's own order
                    'bank_account_required': PermissionDenied, // a verified bank account is required
                    'two_factor_auth_required': PermissionDenied,
                    'currency does not have a valid value': BadSymbol, // a coin Bithumb does not list
                    'withdraw_insufficient_balance': InsufficientFunds, // over the withdrawable maximum
                    'invalid_query_payload': AuthenticationError, // the JWT's query_hash does not verify
                    'jwt_verification': AuthenticationError, // the JWT's signature does not verify
                    'expired_jwt': AuthenticationError, // the JWT is too old (its timestamp)
                    'NotAllowIP': PermissionDenied, // the caller's IP is not allowed for the key
                    'out_of_scope': PermissionDenied, // the key lacks the permission
                    'blocked_member_id': AccountSuspended, // restricted by the operational policy
                    'order_not_found': OrderNotFound,
                    'order_not_ready': OrderNotFound, // (422) the order is still being accepted: retry
                    'deposit_not_found': BadRequest,
                    'withdraw_not_found': BadRequest,
                    'travel_rule_consent_required': PermissionDenied, // (422) consent on bithumb.com first
                },
                'broad': {},
            },
        });
    }

    // --- market data ---------------------------------------------------------------------------------

    async fetchTickers (symbols = undefined, params = {}) {
        // ticker?markets=A,B: the symbols given, else every loaded market (the API has no ticker/all).
        await this.loadMarkets ();
        const ids = (symbols === undefined) ? this.ids : this.marketIds (symbols);
        const response = await this.publicGetTicker (this.extend ({ 'markets': ids.join (',') }, params));
        return this.parseTickers (response, symbols);
    }

    candleTime (timestamp) {
        // candles' to: 'yyyy-MM-dd HH:mm:ss', read by Bithumb as KST (the docs: "기본적으로 KST 기준 시간").
        return this.ymdhms (timestamp + this.options['kstOffset'], ' ');
    }

    // --- orders --------------------------------------------------------------------------------------

    orderRequest (market, type, side, amount, price, unified, method) {
        // Upbit's order fields but for the client id: the v1 POST orders takes none. time_in_force (KRW
        // markets, since 2026-06-30): post_only for postOnly, ioc and fok for IOC and FOK; a market order with
        // IOC or FOK is the best order (at the best opposite price).
        this.rejectUnifiedParams (method, unified, [ 'clientOrderId' ]);
        return super.orderRequest (market, type, side, amount, price, unified, method);
    }

    async editOrder (id, symbol, type, side, amount = undefined, price = undefined, params = {}) {
        throw new NotSupported (this.id + ' editOrder () is not supported: Bithumb has no cancel-and-new or amend endpoint');
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        // DELETE order?uuid=: the uuid only, no client_order_id.
        if (this.safeValue (params, 'clientOrderId') !== undefined) {
            throw new NotSupported (this.id + ' cancelOrder () does not support the param clientOrderId: DELETE order takes the uuid only');
        }
        return await super.cancelOrder (id, symbol, params);
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        throw new NotSupported (this.id + ' cancelAllOrders () is not supported: the v1 API has no batch cancel (Upbit\'s DELETE orders/open)');
    }

    async fetchOrdersByState (state, symbol, limit, params) {
        // GET orders: market, uuids, state (wait, watch, done or cancel), page, limit (at most 100),
        // order_by; newest first.
        await this.loadMarkets ();
        const request = { 'state': state };
        let market = undefined;
        if (symbol !== undefined) {
            market = this.market (symbol);
            request['market'] = market['id'];
        }
        if (limit !== undefined) {
            request['limit'] = Math.min (limit, 100);
        }
        const response = await this.privateGetOrders (this.extend (request, params));
        return this.parseOrders (response, market);
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // state wait: the orders on the book (state watch, passed in params, lists the reserved ones).
        const orders = await this.fetchOrdersByState ('wait', symbol, limit, params);
        return this.filterBySinceLimit (orders, since, limit);
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        // state done and state cancel are two queries (the list filters by one state); their orders are
        // merged oldest first. The v1 list has no time range: the unified until cannot be honoured.
        if (this.safeValue (params, 'until') !== undefined) {
            throw new NotSupported (this.id + ' fetchClosedOrders () does not support the unified param until: GET orders has no time range');
        }
        const done = await this.fetchOrdersByState ('done', symbol, limit, params);
        const canceled = await this.fetchOrdersByState ('cancel', symbol, limit, params);
        const orders = this.sortBy (this.arrayConcat (done, canceled), 'timestamp');
        return this.filterBySinceLimit (orders, since, limit);
    }
}
