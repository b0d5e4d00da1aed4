import Exchange from './base/Exchange.js';

export default class operands_in_order extends Exchange {
    logged (name) {
        this.options['log'] = this.safeString (this.options, 'log', '') + name + ' ';
    }

    key (value) {
        this.logged ('key');
        this.options['phase'] = 'late';
        return value;
    }

    container () {
        this.logged ('container');
        if (this.options['phase'] === 'late') {
            return [ 'x', 'y' ];
        }
        return [];
    }

    search () {
        this.logged ('search');
        this.options['status'] = 'cancelled';
        return 'cancel';
    }

    // JavaScript computes the key of `key in container` before the container, and a text before what its includes
    // looks for: Python and PHP computed the container first, Python the searched text first (red-team round 51)
    run () {
        this.options['log'] = '';
        this.options['phase'] = 'early';
        const found = Math.floor (this.key (0)) in this.container ();
        this.options['phase'] = 'early';
        let tested = 'no';
        if (Math.floor (this.key (1)) in this.container ()) {
            tested = 'yes';
        }
        const index = 1;
        const listed = index in this.container ();
        this.options['status'] = 'open';
        const cancelled = this.safeString (this.options, 'status', '').includes (this.search ());
        const status = 'open';
        const plain = status.includes (this.search ());
        const written = {};
        written['k' + this.key ('x')] = status;
        return [ found, tested, listed, cancelled, plain, written, this.options['log'] ];
    }
}
