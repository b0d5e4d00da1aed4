"""Runs calls.json in each runtime named (js, spec: Node running the specification of its native primitives, python,
async, php; the first is the reference) and prints the calls whose outcomes differ, by helper: `compare.py calls.json
js,python,php` (SHOW=helper,... MAX=n to print examples). An outcome is a value (tagged alike everywhere, keys in the
order Object.keys gives them), a unified error's class, or a native error (any class); what differs is sorted as
diverge, failclosed (Unportable in Python or PHP: the call fails, no path is taken), phpmodel (an input holding a
dictionary PHP takes for a list: README, "Known differences") or holes (an input list with holes, which only Node
holds)."""

import collections
import json
import os
import subprocess
import sys
import time

ROOT = os.environ.get("EXKIT_ROOT", os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
HERE = os.path.dirname(os.path.abspath(__file__))
calls_path = sys.argv[1]
runtimes = sys.argv[2].split(",") if len(sys.argv) > 2 else ["js", "python", "php"]
env = {**os.environ, "EXKIT_ROOT": ROOT}
commands = {
    "js": ["node", f"{HERE}/run_node.mjs"],
    "spec": ["node", f"{HERE}/run_node.mjs", "--specification"],
    "python": [f"{ROOT}/.venv/bin/python", f"{HERE}/run_python.py"],
    "async": [f"{ROOT}/.venv/bin/python", f"{HERE}/run_python.py", "--async"],
    "php": ["php", f"{HERE}/run_php.php"],
}
results = {}
procs = {}
for rt in runtimes:
    out = f"{calls_path}.{rt}.out"
    cmd = commands[rt][:2] + [calls_path, out] + commands[rt][2:]
    procs[rt] = (subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True), out, time.time())
for rt, (p, out, t0) in procs.items():
    _, err = p.communicate()
    if p.returncode != 0:
        print(rt, "FAILED", err[-2000:])
        sys.exit(1)
    results[rt] = json.load(open(out))
    print(f"{rt}: {time.time() - t0:.1f}s", file=sys.stderr)
calls = json.load(open(calls_path))


def norm(v):
    if isinstance(v, list):
        return [norm(x) for x in v] if v else "EMPTY"
    if isinstance(v, dict):
        if "o" in v:
            pairs = v["o"]
            if not pairs:
                return "EMPTY"
            if [k for k, _ in pairs] == [str(i) for i in range(len(pairs))]:
                return [norm(x) for _, x in pairs]
            return {"o": [[k, norm(x)] for k, x in pairs]}
        return v
    return v


def jnorm(v):
    if isinstance(v, list):
        return [jnorm(x) for x in v] if v else "EMPTY"
    if isinstance(v, dict):
        if not v:
            return "EMPTY"
        if list(v) == [str(i) for i in range(len(v))]:
            return [jnorm(x) for x in v.values()]
        return {"o": [[k, jnorm(x)] for k, x in v.items()]}
    return {"n": v} if isinstance(v, (int, float)) and not isinstance(v, bool) else v


def outcome(r, method=""):
    if "ok" in r:
        if method.endswith("json") and isinstance(r["ok"], str):
            try:
                return ("ok", jnorm(json.loads(r["ok"])))
            except ValueError:
                pass
        return ("ok", norm(r["ok"]))
    t = r["t"]
    if t.startswith("native:"):
        return ("native",)
    return ("throws", t)


def ambiguous(v):
    """holds a dictionary PHP cannot tell from a list (empty, or keyed 0..n-1)"""
    if isinstance(v, list):
        return any(ambiguous(x) for x in v)
    if isinstance(v, dict):
        if "$o" in v:
            keys = [k for k, _ in v["$o"]]
            if not keys or sorted(set(keys), key=lambda k: (len(k), k)) == [str(i) for i in range(len(set(keys)))]:
                return True
            return any(ambiguous(x) for _, x in v["$o"])
        if "$h" in v:
            return v["$h"] == 0
    return False


by_helper = collections.defaultdict(list)
counts = collections.Counter()
for i, call in enumerate(calls):
    counts[call[0]] += 1
    ref = outcome(results[runtimes[0]][i], call[0])
    for rt in runtimes[1:]:
        o = outcome(results[rt][i], call[0])
        if o != ref:
            if o[0] == "throws" and o[1].startswith("Unportable"):
                kind = "failclosed"
            elif '"$h"' in json.dumps(call[1]):
                kind = (
                    "holes"  # (a list with holes: no runtime but Node can hold one, and no checked file makes one now)
                )
            elif rt == "php" and ambiguous(call[1]):
                kind = "phpmodel"
            else:
                kind = "diverge"
            by_helper[(call[0], kind)].append((i, rt))
summary = {}
SHOW = os.environ.get("SHOW", "").split(",")
for (name, kind), items in sorted(by_helper.items()):
    if SHOW != [""] and name not in SHOW:
        print(f"== {name} [{kind}]: {len(items)}")
        continue
    print(f"== {name} [{kind}]: {len(items)} ({collections.Counter(rt for _, rt in items)})")
    shown = set()
    for i, rt in items[: int(os.environ.get("MAX", "4"))]:
        if i in shown:
            continue
        shown.add(i)
        print("  args:", json.dumps(calls[i][1], ensure_ascii=True)[:400])
        for r in runtimes:
            print(f"    {r}:", json.dumps(results[r][i], ensure_ascii=True)[:300])
print(
    "helpers",
    len(counts),
    "calls",
    sum(counts.values()),
    "divergent helpers",
    len({n for n, k in by_helper if k == "diverge"}),
)
