import Exchange from './base/Exchange.js';

// The base class awaits fetchMarkets (): a synchronous override handed Python's asyncio a list to await.
export default class a002_override_kind extends Exchange {
    fetchMarkets (params = {}) {
    // ^5 SUB-A002
        return [];
    }

    async parseTicker (ticker, market = undefined) {
    // ^11 SUB-A002
    // ^11 SUB-D007
        return ticker;
    }

    async fetchTime (params = {}) {
        return 1;
    }
}
