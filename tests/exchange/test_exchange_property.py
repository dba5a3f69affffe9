"""Property: a randomly damaged valid document either imports correctly or raises ValidationError
— never another exception, and never a partial write."""

from __future__ import annotations

import copy
import shutil
import tempfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from exchange_support import load_example, snapshot, uid
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from desktop_app.db.types import utcnow
from desktop_app.exchange.export import export_data, iso_datetime
from desktop_app.exchange.importer import import_data
from desktop_app.exchange.validate import schema_problems
from desktop_app.services import maintenance
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError

EXAMPLE = load_example()
IDS = sorted({uid(k) for k in ("hanoi", "badinh", "noivu", "gddt", "t1.1", "t2.1", "g1", "g2", "nq45",
                               "kh137", "target-thacsy", "p1", "plan-badinh")})
INTERESTING = st.sampled_from([
    None, True, False, 0, -1, 1, 100, 101, 140, 1945, 2200, 10**20, 8.5, float("nan"), "", "   ", "x",
    "2024-02-31", "2024-12-31", "31/12/2024", "2024-Q2", "2024-Q5", "2024-Y", "2024-CD-TRITHUC", "once",
    "yearly", "monthly", "continuous", "done", "in_progress", "office", "ward", "KH", "NQ", "increase",
    "2030-01-01T00:00:00.000Z", "2020-01-01T00:00:00+07:00", "2024-01-01T00:00:00", "\x00", "Phòng Tư pháp",
    "00000000-0000-4000-8000-000000000000", "6E08B011-6455-594A-970E-88B21C5971B1", *IDS,
])
SCALARS = st.one_of(INTERESTING, st.integers(-(10**6), 10**6), st.floats(), st.text(max_size=8))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(st.sampled_from(["kind", "due", "id", "x", "name"]), inner, max_size=3),
                      max_leaves=4)


def _paths(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*path, index))


def _get(node: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        node = node[part]
    return node


@st.composite
def damaged(draw: st.DrawFn) -> dict[str, Any]:
    doc = copy.deepcopy(EXAMPLE)
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(doc) if p]
        path = draw(st.sampled_from(paths))
        parent, last = _get(doc, path[:-1]), path[-1]
        action = draw(st.sampled_from(["replace", "replace", "replace", "delete", "duplicate", "newer"]))
        if action == "replace":
            parent[last] = draw(VALUES)
        elif action == "delete":
            del parent[last]
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[last]))
        elif action == "newer" and isinstance(parent, dict) and "updated_at" in parent:
            parent["updated_at"] = iso_datetime(utcnow() + timedelta(hours=1))  # newer, not future
            if isinstance(parent.get(last), str) and last not in ("id", "updated_at"):
                parent[last] = draw(st.text(max_size=8) | INTERESTING)
    return doc


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("templates")
    result = {}
    for name, seed in (("empty", None), ("loaded", EXAMPLE)):
        db = Database.open(folder / f"{name}.sqlite")
        if seed is not None:
            import_data(db, seed)
        db.close()
        result[name] = folder / f"{name}.sqlite"
    return result


def _copy(template: Path, folder: Path) -> Path:
    target = folder / "db.sqlite"
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(template) + suffix)
        if source.exists():
            shutil.copyfile(source, str(target) + suffix)
    return target


@pytest.mark.sqlite_only("copies template database files")
@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large])
@given(doc=damaged(), start=st.sampled_from(["empty", "loaded"]))
def test_damaged_documents_import_correctly_or_change_nothing(templates: dict[str, Path], doc: dict[str, Any],
                                                              start: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(_copy(templates[start], Path(folder)), source="test")
        try:
            before = snapshot(db)
            try:
                summary = import_data(db, doc)
            except ValidationError as refused:
                assert refused.problems, "a refusal must say why"
                assert all(p.where.startswith("$") and p.message for p in refused.problems)
                assert snapshot(db) == before, "a refused import wrote something"
                event("refused")
                return
            event("accepted, changed" if summary.changed else "accepted, nothing to change")
            # accepted: the database is sound, exports a valid document, and a second import is a no-op
            assert maintenance.check(db).ok
            assert schema_problems(export_data(db)) == []
            again = import_data(db, doc)
            assert not again.changed
            assert again.total_unchanged + again.total_older_skipped == \
                summary.total_added + summary.total_updated + summary.total_unchanged + summary.total_older_skipped
        finally:
            db.close()
