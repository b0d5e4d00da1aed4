import Exchange from './base/Exchange.js';

export default class replace_first extends Exchange {
    run () {
        return [ 'a-a-a'.replace ('a', 'b'), 'x.y.z'.replace ('.', ''), 'abc'.replace ('b', '[$&]'),
            'abc'.replace ('b', '$$'), 'abc'.replace ('b', '$`|$\''), 'none'.replace ('q', 'r'), 'a$b'.replace ('$', '%') ];
    }
}
