<?php

namespace exchangekit;

// What no catch clause of exchange code sees (the emitter writes `catch (Uncatchable $uncatchable) { throw
// $uncatchable; }` first): Unportable, and the runtime's own errors whatever unified class they also are
// (InvalidSigningKey: a signing key of the config that its decoder refuses). In a file of its own for the autoloaders:
// errors.php names it.
interface Uncatchable {
}
