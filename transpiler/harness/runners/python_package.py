"""The exchangekit package that a Python runner tests: the one of the folder EXCHANGEKIT_PYTHON_PATH names (python/ of
the source tree), else the installed one.

The folder is not put on the module path: any other module in it was imported in place of the runner's own modules
and the standard library's (red-team round 60: a python/tagged_json.py answered every case with Node's outcome). Only
the package is loaded from it, and its modules through the package."""

import importlib.util
import os
import sys


def load_package() -> None:
    folder = os.environ.get("EXCHANGEKIT_PYTHON_PATH")
    if not folder or "exchangekit" in sys.modules:  # (the installed one, or loaded by a runner that imports another)
        return
    package = os.path.join(folder, "exchangekit")
    spec = importlib.util.spec_from_file_location("exchangekit", os.path.join(package, "__init__.py"),
                                                  submodule_search_locations=[package])
    module = importlib.util.module_from_spec(spec)
    sys.modules["exchangekit"] = module
    spec.loader.exec_module(module)
