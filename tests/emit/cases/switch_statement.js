import Exchange from './base/Exchange.js';

export default class switch_statement extends Exchange {
    classify (value) {
        switch (true) {
            case value < 10:
                return 'small';
            default:
                return 'large';
        }
    }

    run () {
        const out = [];
        const inputs = [ 'a', 'b', 'c', 'd', 1, '1' ];
        for (const input of inputs) {
            switch (input) {
                case 'a':
                    out.push ('first');
                    break;
                case 'b':
                case 'c':
                    out.push ('second or third');
                    break;
                default:
                    out.push ('other');
                    break;
                case 1:
                    out.push ('number one');
            }
        }
        return out.concat ([ this.classify (5), this.classify (50) ]);
    }
}
