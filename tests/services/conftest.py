from __future__ import annotations

import pytest

from desktop_app.services.database import Database
from tests.sample_data import Sample, make_sample


@pytest.fixture
def sample(db: Database) -> Sample:
    return make_sample(db)
