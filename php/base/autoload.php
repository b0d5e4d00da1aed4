<?php

// Loads exchangekit without Composer: base classes from php/base/, exchanges from php/<id>.php.

namespace exchangekit;

spl_autoload_register(function (string $class): void {
    $prefix = 'exchangekit\\';
    if (strncmp($class, $prefix, strlen($prefix)) !== 0) {
        return;
    }
    $name = substr($class, strlen($prefix));
    foreach ([__DIR__ . "/$name.php", dirname(__DIR__) . "/$name.php"] as $file) {
        if (is_file($file)) {
            require_once $file;
            return;
        }
    }
});

// (after the autoloader: errors.php names Uncatchable)
require_once __DIR__ . '/errors.php';
require_once __DIR__ . '/number.php';
