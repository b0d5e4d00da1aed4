import Exchange from './base/Exchange.js';

export default class compound_assignment extends Exchange {
    run () {
        let text = 'a';
        text += 'b';
        text += 1;
        let n = 10;
        n -= 3;
        n *= 2;
        n /= 4;
        n %= 2;
        const o = { 'k': 1, 's': 'x' };
        o['k'] += 5;
        o['s'] += 'y';
        const list = [ 1, 2 ];
        list[0] *= 10;
        let counter = 0;
        counter++;
        counter--;
        counter++;
        o['k'] += 1;
        list[1]--;
        list[2] = 'grown'; // (at the end: past it, a hole, which Python and PHP refuse)
        return [ text, n, o, list, counter ];
    }
}
