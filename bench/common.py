"""What the benchmarks share: the result row, the registry, the generated data sets."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"


@dataclass
class Figure:
    name: str
    ours: str
    floor: str
    ratio: float | None
    target: str
    ok: bool | None
    note: str = ""


def dataset(tasks: int, years: int, plans: int = 10, units: int = 200) -> Path:
    from bench.datasets import build

    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"tasks{tasks}-years{years}-plans{plans}-units{units}.sqlite"
    if not path.exists():
        began = time.perf_counter()
        build(path.with_suffix(".tmp"), plans=plans, tasks=tasks, units=units, years=years)
        for suffix in ("-wal", "-shm"):
            Path(str(path.with_suffix(".tmp")) + suffix).unlink(missing_ok=True)
        path.with_suffix(".tmp").rename(path)
        print(f"  built {path.name} in {time.perf_counter() - began:.1f} s", flush=True)
    return path


REGISTRY: dict[str, Callable[[], list[Figure]]] = {}


def bench(name: str) -> Callable[[Callable[[], list[Figure]]], Callable[[], list[Figure]]]:
    def register(fn: Callable[[], list[Figure]]) -> Callable[[], list[Figure]]:
        REGISTRY[name] = fn
        return fn
    return register
