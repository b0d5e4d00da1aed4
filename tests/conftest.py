import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)


def pytest_addoption(parser):
    parser.addoption("--update-goldens", action="store_true", default=False,
                     help="rewrite tests/emit/golden from the current emitters instead of comparing")


def pytest_terminal_summary(terminalreporter):
    from tests.emit.test_properties import STATISTICS

    if STATISTICS["programs"]:
        rate = STATISTICS["programs"] / STATISTICS["seconds"]
        terminalreporter.write_line(f"property-based differential tests: {STATISTICS['programs']} random programs "
                                    f"in 4 runtimes, {rate:.0f} programs/s")
