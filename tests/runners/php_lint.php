<?php

// Compiles PHP files without running them, like `php -l` but many files in one process:
//     php -d opcache.enable_cli=1 php_lint.php FILE...
// Prints one JSON line per file: {"file": ..., "error": null or the reason}. Syntax errors are caught; a
// compile error (e.g. "Cannot use [] for reading") makes opcache_compile_file return false, and PHP prints
// the message on stderr.

if (!function_exists('opcache_compile_file')) {
    fwrite(STDERR, "php_lint.php needs the OPcache extension (php -d opcache.enable_cli=1)\n");
    exit(2);
}
foreach (array_slice($argv, 1) as $file) {
    try {
        $error = opcache_compile_file($file) ? null : 'does not compile (see stderr)';
    } catch (\ParseError $exception) {
        $error = $exception->getMessage() . ' on line ' . $exception->getLine();
    }
    echo json_encode(['file' => $file, 'error' => $error], JSON_UNESCAPED_SLASHES), "\n";
}
