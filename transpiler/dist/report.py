"""How `exkit dist` tells what it built and what the smoke tests found: text for people, JSON for CI."""

from __future__ import annotations

import dataclasses

from transpiler.dist.pipeline import DistReport


def dist_summary(report: DistReport) -> dict:
    artifacts = report.artifacts
    return {
        "version": report.version,
        "exchanges": report.exchanges,
        "sizes": artifacts.sizes(),
        "wheel_files": artifacts.wheel_files,
        "npm_files": artifacts.npm_files,
        "smoke": [dataclasses.asdict(result) | {"ok": result.ok} for result in report.smoke],
        "problems": report.problems(),
    }


def format_dist_report(report: DistReport) -> str:
    artifacts = report.artifacts
    lines = [f"exchangekit {report.version}: {len(report.exchanges)} exchanges ({', '.join(report.exchanges)})", ""]
    lines += [f"  {name:<40} {size / 1024:8.1f} KiB" for name, size in artifacts.sizes().items()]
    lines += ["", f"wheel ({len(artifacts.wheel_files)} files):"] + [f"  {name}" for name in artifacts.wheel_files]
    lines += ["", "smoke tests (installed outside the tree):"]
    for result in report.smoke:
        runtimes = ", ".join(f"{runtime} {'ok' if not problems else 'FAILED'}"
                             for runtime, problems in result.runtimes.items())
        lines.append(f"  {result.language:<6} version {result.version}, {len(result.exchanges)} exchanges "
                     f"instantiated, {result.case}: {runtimes}")
        lines.append(f"         loaded from {result.location}")
    problems = report.problems()
    lines += [""] + ([f"problem: {problem}" for problem in problems] if problems else
                     [f"dist: every package built, validated and smoke-tested; artefacts in {artifacts.folder}"])
    return "\n".join(lines)
