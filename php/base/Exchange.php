<?php

// The Exchange base class. It holds the user's configuration; the unified API, describe()
// defaults and the request pipeline are added by the base-runtime work.

namespace exchangekit;

#[\AllowDynamicProperties]
class Exchange {
    public function __construct(array $config = []) {
        foreach ($config as $key => $value) {
            $this->$key = $value;
        }
    }
}
