"""What php/composer.json may say: the library's autoloading and the PHP platform it needs, nothing that Composer
runs, loads or installs beyond them. `exkit dist` checks it before building the archive, and the suite checks the
tree's (tests/security/test_nested_sources.py).

Composer acts on a dependency's manifest in every user's project: it writes each file of autoload.files (as a path
relative to the package, `..` included) into vendor/composer/autoload_files.php, which every `require
'vendor/autoload.php'` includes, so that a pull request's `../../../../proc/self/environ` printed each user's
environment, API keys included (red-team round 72); it links bin's files as commands, installs the packages of
require, lets replace, provide and conflict decide which other packages a user's project may hold, loads the code of
a composer-plugin, and reads extra, archive and the rest as it does. `composer validate --strict` refuses none of
that."""

from __future__ import annotations

import json
import os
import re

from transpiler.dist.manifest_keys import manifest_key_problem

# The keys the manifest may hold: Composer acts on most others (bin, include-path, scripts, extra, replace, provide,
# conflict, suggest, repositories, config, archive, autoload-dev, require-dev, ...).
ALLOWED_KEYS = frozenset({"name", "description", "type", "license", "keywords", "authors", "homepage", "support",
                          "require", "autoload"})
FIXED = {"name": "exchangekit/exchangekit", "type": "library",
         "autoload": {"psr-4": {"exchangekit\\": ["base/", ""]}, "files": ["base/errors.php", "base/number.php"]}}
# What require may name: the PHP version and its extensions, which Composer checks and never installs.
PLATFORM = re.compile(r"php|ext-[a-z0-9_]+")
CONSTRAINT = re.compile(r"\*|>=[0-9]+\.[0-9]+")
# What Composer reads in the repository's top folder: a composer.json there is the package that Packagist and a `vcs`
# repository install from the tag, with its own autoload (red-team round 73: a clean php/composer.json beside a top
# one whose autoload.files printed every user's environment), and Composer reads a lock and auth.json beside it.
TOP_FILES = ("composer.json", "composer.lock", "auth.json")


class ComposerManifestError(ValueError):
    """php/composer.json says what the package may not: the message says what."""


def check_composer_manifest(root: str) -> None:
    """Fails unless php/composer.json autoloads the library's own files alone and requires the PHP platform alone,
    and no Composer file sits in the repository's top folder."""
    above = [name for name in TOP_FILES if os.path.lexists(os.path.join(root, name))]
    if above:
        raise ComposerManifestError(f"the repository's top folder holds {', '.join(above)}: Composer installs the "
                                    "repository from there, in place of php/composer.json (the package is php/'s)")
    with open(os.path.join(root, "php", "composer.json"), encoding="utf-8") as handle:
        manifest = json.load(handle)
    if not isinstance(manifest, dict):
        raise ComposerManifestError("php/composer.json is not an object")
    problem = manifest_key_problem(manifest, "php/composer.json", ALLOWED_KEYS, FIXED,
                                   "Composer acts on such keys itself (links, runs, installs or loads) in every user's "
                                   "project", "autoload decides which files every user's vendor/autoload.php includes")
    if problem is not None:
        raise ComposerManifestError(problem)
    require = manifest.get("require", {})
    if not isinstance(require, dict) or not all(
            isinstance(name, str) and PLATFORM.fullmatch(name) and isinstance(value, str)
            and CONSTRAINT.fullmatch(value) for name, value in require.items()):
        raise ComposerManifestError("php/composer.json's require must name php and its extensions (ext-...) alone, "
                                    "each as * or >=major.minor: Composer installs any other package in every user's "
                                    "project")
