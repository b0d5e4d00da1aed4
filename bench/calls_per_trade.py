"""Function calls per parsed trade in Python (cProfile's count), through the full unified fetchTrades call of
bench/hotpaths.py: `.venv/bin/python bench/calls_per_trade.py [kraken] [--top 25]`."""

from __future__ import annotations

import cProfile
import os
import pstats
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[:0] = [ROOT, os.path.join(ROOT, "python"), os.path.join(ROOT, "bench")]

import hotpaths  # noqa: E402

os.environ.setdefault("EXCHANGEKIT_PYTHON_PATH", os.path.join(ROOT, "python"))
sys.path.insert(0, os.path.join(ROOT, "bench", "runners"))
import hotpaths_python  # noqa: E402


def main() -> None:
    arguments = [argument for argument in sys.argv[1:] if not argument.startswith("--")]
    exchange_id = arguments[0] if arguments else "kraken"
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 0
    job = hotpaths.jobs_of(exchange_id, ["trades"], 0.1, 1)[0]
    harness = hotpaths_python.harness_class(exchange_id, False)
    exchange = harness(dict(job["config"], enableRateLimit=False))
    exchange.bench_responses = job["responses"]
    exchange.set_markets(job["markets"], job.get("currencies"))
    profile = cProfile.Profile()
    profile.enable()
    trades = exchange.fetch_trades(*job["args"])
    profile.disable()
    statistics = pstats.Stats(profile)
    print(f"{exchange_id}: {statistics.total_calls / len(trades):.1f} function calls per parsed trade "
          f"({len(trades)} trades)")
    if top:
        statistics.sort_stats("ncalls" if "--by-calls" in sys.argv else "tottime").print_stats(top)


if __name__ == "__main__":
    main()
