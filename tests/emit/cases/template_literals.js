import Exchange from './base/Exchange.js';

export default class template_literals extends Exchange {
    run () {
        const n = 3;
        const name = 'x';
        return [ `plain`, `${n}`, `a${n}b${name}c`, `${n + 1.5}`, `${[ 1, 2 ]}`, `line
        break`, `${undefined}` ];
    }
}
