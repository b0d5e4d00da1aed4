import Exchange from './base/Exchange.js';

export default class defaults_and_params extends Exchange {
    collect (value, bucket = []) {
        bucket.push (value);
        return bucket;
    }

    describeValue (value = 'default') {
        return value;
    }

    withObject (options = { 'x': 1 }) {
        return options['x'];
    }

    run () {
        const first = this.collect ('a');
        const second = this.collect ('b');
        return [ first, second, this.describeValue (), this.describeValue (undefined), this.describeValue (0),
            this.withObject (), this.withObject ({ 'x': 2 }) ];
    }
}
