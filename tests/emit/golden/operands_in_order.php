<?php

// Generated from js/operands_in_order.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class operands_in_order extends Exchange {
    public function logged($name) {
        Js::set(
            $this->options,
            'log',
            Js::boundedText($this->safe_string($this->options, 'log', '') . Js::toStr($name) . ' '),
        );
    }

    public function key($value) {
        $this->logged('key');
        Js::set($this->options, 'phase', 'late');
        return $value;
    }

    public function container() {
        $this->logged('container');
        if (Js::get($this->options, 'phase') === 'late') {
            return ['x', 'y'];
        }
        return [];
    }

    public function search() {
        $this->logged('search');
        Js::set($this->options, 'status', 'cancelled');
        return 'cancel';
    }

    // JavaScript computes the key of `key in container` before the container, and a text before what its includes
    // looks for: Python and PHP computed the container first, Python the searched text first (red-team round 51)
    public function run() {
        Js::set($this->options, 'log', '');
        Js::set($this->options, 'phase', 'early');
        $found = Js::keyIn(Js::floor($this->key(0)), $this->container());
        Js::set($this->options, 'phase', 'early');
        $tested = 'no';
        if (Js::keyIn(Js::floor($this->key(1)), $this->container())) {
            $tested = 'yes';
        }
        $index = 1;
        $listed = Js::has($this->container(), $index);
        Js::set($this->options, 'status', 'open');
        $cancelled = str_contains(
            $this->safe_string($this->options, 'status', ''),
            Js::toStr($this->search()),
        );
        $status = 'open';
        $plain = str_contains($status, Js::toStr($this->search()));
        $written = [];
        $written[Js::boundedText('k' . Js::toStr($this->key('x')))] = $status;
        return [$found, $tested, $listed, $cancelled, $plain, $written, Js::get($this->options, 'log')];
    }
}
