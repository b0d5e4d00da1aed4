<?php

// Compiles PHP files without running them, like `php -l` but many files in one process (transpiler/php_lint.py):
//     php -d opcache.enable_cli=1 -d display_errors=0 -d log_errors=1 php_lint.php FILE...
// Prints one JSON line per file: {"file": ..., "error": null, or php -l's line for a syntax error, or "compile"
// for a compile error (e.g. "Cannot redeclare"), whose line PHP itself writes on stderr, as php -l does}.

if (!function_exists('opcache_compile_file')) {
    fwrite(STDERR, "php_lint.php needs the OPcache extension (php -d opcache.enable_cli=1)\n");
    exit(2);
}
foreach (array_slice($argv, 1) as $file) {
    try {
        $error = @opcache_compile_file($file) ? null : 'compile';
    } catch (\ParseError $exception) {
        $error = 'PHP Parse error:  ' . $exception->getMessage() . ' in ' . $file . ' on line ' . $exception->getLine();
    }
    echo json_encode(['file' => $file, 'error' => $error], JSON_UNESCAPED_SLASHES), "\n";
}
