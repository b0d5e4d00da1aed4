<?php

// Generated from js/promise_all_order.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class promise_all_order extends Exchange {
    public function helper($value) {
        return $value;
    }

    public function tick() {
        Js::set($this->options, 'ticks', Js::add($this->safe_integer($this->options, 'ticks', 0), 1));
        return Js::get($this->options, 'ticks');
    }

    public function step($name) {
        $first = $this->tick();
        $this->helper(0);
        return [$name, $first, $this->tick()];
    }

    public function slow_fail() {
        $this->helper(1);
        throw new BadRequest('slow');
    }

    public function fast_fail() {
        throw new NetworkError('fast');
    }

    public function run() {
        // Node starts each call at once and runs it to its first await; asyncio starts them in gather, and the
        // synchronous targets one after the other: the order of their effects, and which failure Promise.all
        // reports, differ (a known difference). (Nothing else may run between the pushes: SUB-A005.)
        Js::set($this->options, 'ticks', 0);
        $pending = [];
        $pending[] = Js::settle($this->step(...), 'a');
        $pending[] = Js::settle($this->step(...), 'b');
        $steps = Js::promiseAll($pending);
        $failed = 'none';
        try {
            Js::promiseAll([Js::settle($this->slow_fail(...)), Js::settle($this->fast_fail(...))]);
        } catch (Uncatchable $uncatchable) {
            throw $uncatchable;
        } catch (\Throwable $e) {
            $this->rethrow_uncaught($e);
            $failed = $e instanceof NetworkError ? 'network' : 'badrequest';
        }
        return [$steps, $failed];
    }
}
