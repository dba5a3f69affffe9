"""Attacks on the program's trust (issue 13): each test module is named by the attack it tries.

Shared here: a small plan in a fresh database (SQLite file, or a schema on the test server), and
helpers that change a database behind the program's back, as someone with a database tool would.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from desktop_app.services.database import Database
from tests.sample_data import Sample, make_sample


@pytest.fixture
def sample(db: Database) -> Sample:
    return make_sample(db)


@pytest.fixture
def tamper(db: Database) -> Iterator[Any]:
    """``tamper(sql, **params)``: run SQL on the database with a plain engine (no program hooks)."""
    engine = create_engine(db.engine.url)

    def run(sql: str, **params: Any) -> int:
        with engine.begin() as conn:
            return conn.execute(text(sql), params).rowcount

    yield run
    engine.dispose()
