import Exchange from './base/Exchange.js';

export default class sleep_arguments extends Exchange {
    async nap (value) {
        try {
            await this.sleep (value);
            return 'slept';
        } catch (err) {
            this.rethrowUncaught (err);
            return 'threw';
        }
    }

    async run () {
        // this.sleep takes a number of 0 to 2^31 - 1 milliseconds: Node's setTimeout waited 1 ms for any other value,
        // where Python sync raised for a negative, a text or undefined, asyncio for a text, and PHP read a text's number.
        const parsed = this.parseJson ('{"wait": -5, "text": "3", "frac": 0.4}');
        const results = [];
        results.push (await this.nap (parsed['wait']));
        results.push (await this.nap (parsed['text']));
        results.push (await this.nap (parsed['frac']));
        results.push (await this.nap (parsed['missing']));
        results.push (await this.nap (NaN));
        results.push (await this.nap (-Infinity));
        results.push (await this.nap ([]));
        return results;
    }
}
