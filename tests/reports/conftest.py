"""Fixtures of the report tests: the 137/KH-UBND-like plan (see fixture_plan.py)."""

from __future__ import annotations

import pytest
from fixture_plan import Fixture, build_fixture

from desktop_app.services.database import Database


@pytest.fixture
def plan_fx(db: Database) -> Fixture:
    return build_fixture(db)
