<?php

// Generated from js/defaults_and_params.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class defaults_and_params extends Exchange {
    public function collect($value, $bucket = null) {
        if ($bucket === null) {
            $bucket = [];
        }
        Js::push($bucket, $value);
        return $bucket;
    }

    public function describe_value($value = null) {
        if ($value === null) {
            $value = 'default';
        }
        return $value;
    }

    public function with_object($options = null) {
        if ($options === null) {
            $options = ['x' => 1];
        }
        return Js::get($options, 'x');
    }

    public function run() {
        $first = $this->collect('a');
        $second = $this->collect('b');
        return [
            $first,
            $second,
            $this->describe_value(),
            $this->describe_value(null),
            $this->describe_value(0),
            $this->with_object(),
            $this->with_object(['x' => 2]),
        ];
    }
}
