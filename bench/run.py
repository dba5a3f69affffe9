"""Run every benchmark against its floor and write the results table into the README.

    .venv/bin/python -m bench.run            # all benchmarks, README updated
    .venv/bin/python -m bench.run search     # only some

Each figure is a ratio against a floor measured in the same run on the same machine (plain
FTS5, plain reportlab, a bare PySide6 window), plus the absolute time. Data sets are generated
deterministically (bench/datasets.py) into bench/out/ and reused between runs.
"""

from __future__ import annotations

import os
import platform
import re
import sys
import time

from bench.common import OUT, REGISTRY, ROOT, Figure  # noqa: F401


def table(figures: list[Figure]) -> str:
    lines = ["| benchmark | ours | floor | ratio | target | met |", "| --- | --- | --- | --- | --- | --- |"]
    for f in figures:
        met = {True: "yes", False: "**no**", None: "—"}[f.ok]
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else "—"
        note = f" — {f.note}" if f.note else ""
        lines.append(f"| {f.name} | {f.ours} | {f.floor} | {ratio} | {f.target} | {met}{note} |")
    return "\n".join(lines)


def write_readme(figures: list[Figure]) -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    machine = (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
               f"{time.strftime('%Y-%m-%d')}")
    block = (f"<!-- bench:start -->\nMeasured with `.venv/bin/python -m bench.run` ({machine}):\n\n"
             f"{table(figures)}\n<!-- bench:end -->")
    if "<!-- bench:start -->" in text:
        text = re.sub(r"<!-- bench:start -->.*?<!-- bench:end -->", lambda _: block, text, flags=re.S)
    else:
        text += f"\n## Speed\n\n{block}\n"
    readme.write_text(text, encoding="utf-8")


def main(argv: list[str]) -> int:
    from bench import (
        benchmarks,  # noqa: F401  (registers the benchmarks)
        directory_bench,  # noqa: F401  (issue 16: directory, 120 communes)
    )

    chosen = argv or list(REGISTRY)
    figures: list[Figure] = []
    for name in chosen:
        print(f"== {name}", flush=True)
        found = REGISTRY[name]()
        for f in found:
            ratio = f"{f.ratio:.2f}×" if f.ratio is not None else "—"
            print(f"  {f.name}: {f.ours} vs {f.floor} → {ratio} (target {f.target})", flush=True)
        figures += found
    print(table(figures))
    if not argv:
        write_readme(figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
