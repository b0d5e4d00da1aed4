<?php

// Generated from js/promise_all_failures.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class promise_all_failures extends Exchange {
    public function cancel($id) {
        Js::set(
            $this->options,
            'sent',
            Js::boundedText(Js::toStr(Js::add(Js::get($this->options, 'sent'), $id)) . ','),
        );
        if ($id === 'a') {
            throw new OrderNotFound('gone');
        }
        return $id;
    }

    public function run() {
        // A call collected for Promise.all that throws is a rejected promise in Node: the calls collected after it are
        // still made, and the try around Promise.all catches it. Synchronous Python and PHP, which make the calls one
        // after the other, threw at the push, outside the try, and never sent the later requests.
        Js::set($this->options, 'sent', '');
        $pending = [];
        $ids = ['a', 'b', 'c'];
        for ($i = 0; $i < count($ids); $i++) {
            $pending[] = Js::settle($this->cancel(...), $ids[$i]);
        }
        $outcome = 'none';
        try {
            Js::promiseAll($pending);
        } catch (Uncatchable $uncatchable) {
            throw $uncatchable;
        } catch (\Throwable $e) {
            $this->rethrow_uncaught($e);
            $outcome = 'failed';
        }
        $first = Js::get($this->options, 'sent');
        Js::set($this->options, 'sent', '');
        try {
            Js::promiseAll([Js::settle($this->cancel(...), 'a'), Js::settle($this->cancel(...), 'd')]);
        } catch (Uncatchable $uncatchable) {
            throw $uncatchable;
        } catch (\Throwable $e) {
            $this->rethrow_uncaught($e);
            $outcome .= ',failed'; Js::boundedText($outcome);
        }
        return [$first, Js::get($this->options, 'sent'), $outcome];
    }
}
