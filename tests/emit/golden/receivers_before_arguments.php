<?php

// Generated from js/receivers_before_arguments.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class receivers_before_arguments extends Exchange {
    public function bump() {
        Js::set($this->options, 'bumped', Js::add($this->safe_integer($this->options, 'bumped', 0), 1));
        throw new BadRequest('the argument ran');
    }

    public function change() {
        Js::set($this->options, 'changed', Js::add($this->safe_integer($this->options, 'changed', 0), 1));
        return 'x';
    }

    // undefined has no members: JavaScript throws as it reads one, before the arguments run, where Python and PHP ran
    // them, then failed in the helper (red-team round 52, F2)
    public function missing() {
        $s = $this->safe_string([], 'missing');
        $l = null;
        if ($s !== null) {
            $l = [];
        }
        $results = [];
        try {
            $results[] = Js::includes(Js::receiver($s, 'includes'), $this->bump());
        } catch (Uncatchable $uncatchable) {
            throw $uncatchable;
        } catch (\Throwable $e) {
            $this->rethrow_uncaught($e);
            $results[] = $e instanceof BadRequest ? 'the argument ran first' : 'the member failed first';
        }
        try {
            $results[] = Js::split(Js::receiver($s, 'split'), $this->change());
        } catch (Uncatchable $uncatchable) {
            throw $uncatchable;
        } catch (\Throwable $e) {
            $this->rethrow_uncaught($e);
            $results[] = $e instanceof BadRequest ? 'the argument ran first' : 'the member failed first';
        }
        try {
            Js::push(Js::receiverPlace($l, 'push'), $this->bump());
        } catch (Uncatchable $uncatchable) {
            throw $uncatchable;
        } catch (\Throwable $e) {
            $this->rethrow_uncaught($e);
            $results[] = $e instanceof BadRequest ? 'the argument ran first' : 'the member failed first';
        }
        try {
            $results[] = Js::join(Js::receiver($l, 'join'), $this->change());
        } catch (Uncatchable $uncatchable) {
            throw $uncatchable;
        } catch (\Throwable $e) {
            $this->rethrow_uncaught($e);
            $results[] = $e instanceof BadRequest ? 'the argument ran first' : 'the member failed first';
        }
        return $results;
    }

    // any other value's member is read as undefined: the arguments run, then the call of undefined throws; PHP's
    // startsWith and endsWith checked the receiver before them (red-team round 52, F3)
    public function mistyped() {
        $v = $this->safe_value(['x' => 5], 'x');
        $d = $this->extend([], ['x' => 1]);
        $results = [];
        try {
            $results[] = Js::startsWith(Js::receiver($v, 'startsWith'), $this->bump());
        } catch (Uncatchable $uncatchable) {
            throw $uncatchable;
        } catch (\Throwable $e) {
            $this->rethrow_uncaught($e);
            $results[] = $e instanceof BadRequest ? 'the argument ran first' : 'the member failed first';
        }
        try {
            $results[] = Js::endsWith(Js::receiver($v, 'endsWith'), $this->change());
        } catch (Uncatchable $uncatchable) {
            throw $uncatchable;
        } catch (\Throwable $e) {
            $this->rethrow_uncaught($e);
            $results[] = $e instanceof BadRequest ? 'the argument ran first' : 'the member failed first';
        }
        try {
            Js::push(Js::receiverPlace($d, 'push'), $this->bump());
        } catch (Uncatchable $uncatchable) {
            throw $uncatchable;
        } catch (\Throwable $e) {
            $this->rethrow_uncaught($e);
            $results[] = $e instanceof BadRequest ? 'the argument ran first' : 'the member failed first';
        }
        return $results;
    }

    // a concatenation can throw (past V8's longest string): computed before the value or argument that changes state
    // (red-team round 52, F4); a string for certain keeps its native member
    public function concatenated() {
        $a = 'k';
        $b = $this->safe_string(['b' => 'c'], 'b', '');
        $written = [];
        $written[Js::boundedText($a . $b)] = $this->change();
        $found = str_contains(Js::boundedText($a . $b), Js::toStr($this->change()));
        $known = 'abc';
        $searched = 'no';
        try {
            $searched = str_starts_with($known, Js::toStr($this->bump())) ? 'yes' : 'no';
        } catch (Uncatchable $uncatchable) {
            throw $uncatchable;
        } catch (\Throwable $e) {
            $this->rethrow_uncaught($e);
            $searched = $e instanceof BadRequest ? 'the argument ran first' : 'the member failed first';
        }
        return [$written, $found, $searched];
    }

    public function run() {
        $results = [$this->missing(), $this->mistyped(), $this->concatenated()];
        $searched = $this->safe_string([], 'missing');
        try {
            $results[] = Js::indexOf(Js::receiver($searched, 'indexOf'), $this->change());
        } catch (Uncatchable $uncatchable) {
            throw $uncatchable;
        } catch (\Throwable $e) {
            $this->rethrow_uncaught($e);
            $results[] = 'failed';
        }
        $results[] = [
            $this->safe_integer($this->options, 'bumped'),
            $this->safe_integer($this->options, 'changed'),
        ];
        return $results;
    }
}
