<?php

// Smoke test of an installed exchangekit: load it through Composer's autoloader (EXCHANGEKIT_PHP_AUTOLOAD), list
// the exchanges, instantiate each one. Prints one JSON line: {version, exchanges, instantiated, location}.

require getenv('EXCHANGEKIT_PHP_AUTOLOAD');

$instantiated = [];
foreach (\exchangekit\Exchanges::IDS as $id) {
    $class = "\\exchangekit\\$id";
    $exchange = new $class();
    if ($exchange->id !== $id) {
        throw new \RuntimeException("$class has id {$exchange->id}");
    }
    $instantiated[] = $id;
}
$location = (new \ReflectionClass(\exchangekit\Exchange::class))->getFileName();
echo json_encode(['version' => \exchangekit\Exchanges::VERSION, 'exchanges' => \exchangekit\Exchanges::IDS,
                  'instantiated' => $instantiated, 'location' => $location]), "\n";
