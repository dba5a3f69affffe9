"""The plans corpus (tests/fixtures/plans): every plan read and compared with its expected reading,
written by hand in the .json beside it. A task is exact when its text, group, lead and coordinating
units and deadline all match. Reports per plan and in total; the goal is ≥ 97 % exact."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop_app.reading import Reading, read_file

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "plans"
GOAL = 0.97


def _plans() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".html", ".docx"))


def _actual(reading: Reading) -> list[dict[str, Any]]:
    return [
        {
            "group": g.title,
            "content": t.content,
            "lead_unit": t.lead_unit,
            "coordinating_units": t.coordinating_units,
            "deadline": t.deadline.isoformat() if t.deadline else None,
        }
        for g in reading.groups
        for t in g.tasks
    ]


def score(path: Path) -> tuple[int, int, list[str]]:
    """(exact tasks, expected tasks, what differed) for one plan of the corpus."""
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    reading = read_file(path)
    actual = {t["content"]: t for t in _actual(reading)}
    exact, misses = 0, []
    for task in expected["tasks"]:
        found = actual.get(task["content"])
        if found == task:
            exact += 1
        else:
            misses.append(f"{task['content'][:50]}…: {found and {k: v for k, v in found.items() if task[k] != v}}")
    extra = len(actual) - len(expected["tasks"])
    if extra > 0:
        misses.append(f"{extra} task(s) read that the plan does not have")
        exact = max(0, exact - extra)
    return exact, len(expected["tasks"]), misses


def test_corpus_share_of_tasks_read_exactly(capsys: pytest.CaptureFixture[str]) -> None:
    total_exact = total = 0
    lines = []
    for path in _plans():
        exact, count, misses = score(path)
        total_exact += exact
        total += count
        lines.append(
            f"{path.name:45} {exact:3}/{count:<3} {100 * exact / count:5.1f} %" + "".join(f"\n    {m}" for m in misses)
        )
    lines.append(f"{'TOTAL':45} {total_exact:3}/{total:<3} {100 * total_exact / total:5.1f} %")
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert total >= 105 and len(_plans()) >= 30
    assert total_exact / total >= GOAL, "\n".join(lines)


@pytest.mark.parametrize("path", _plans(), ids=lambda p: p.stem)
def test_corpus_header_chain_targets_and_encoding(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    reading = read_file(path)
    for name, value in expected.get("plan", {}).items():
        got = getattr(reading.plan, name)
        assert (got.isoformat() if isinstance(got, date) else got) == value, name
    if "documents" in expected:
        assert [d.number_symbol for d in reading.documents] == expected["documents"]
    if "targets" in expected:
        assert len(reading.targets) == expected["targets"]
    assert reading.encoding == expected.get("encoding")
    assert expected["source"]
