<?php

// Generated from js/list_mutators_of_dictionaries.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class list_mutators_of_dictionaries extends Exchange {
    public function run($text = null) {
        if ($text === null) {
            $text = '{"orders":1}';
        }
        // A dictionary where a list was expected (a response's): it has none of a list's mutators, which PHP's array
        // functions took (push appended under its next integer key) where Node and Python threw (red-team round 27).
        $results = [];
        $names = ['push', 'pushMany', 'unshift', 'pop', 'shift', 'reverse', 'sort'];
        for ($i = 0; $i < count($names); $i++) {
            $name = $names[$i];
            $value = $this->parse_json($text);
            $outcome = 'went on';
            try {
                if ($name === 'push') {
                    Js::push($value, 'x');
                } elseif ($name === 'pushMany') {
                    Js::push($value, 'x', 'y');
                } elseif ($name === 'unshift') {
                    Js::unshift($value, 'x');
                } elseif ($name === 'pop') {
                    Js::pop($value);
                } elseif ($name === 'shift') {
                    Js::shift($value);
                } elseif ($name === 'reverse') {
                    Js::reverse($value);
                } else {
                    Js::sort($value);
                }
            } catch (Uncatchable $uncatchable) {
                throw $uncatchable;
            } catch (\Throwable $e) {
                $this->rethrow_uncaught($e);
                $outcome = 'threw';
            }
            $results[] = [$name, $outcome, $value];
        }
        $list = $this->parse_json('[3, 1, 2]');
        Js::push($list, 4);
        Js::unshift($list, 0, 5);
        $popped = Js::pop($list);
        $shifted = Js::shift($list);
        Js::reverse($list);
        $reversed = $this->json($list);
        Js::sort($list);
        return [$results, $reversed, $this->json($list), $popped, $shifted];
    }
}
