"""The JSON exchange format ("plantrack-exchange"): one UTF-8 document carrying a whole database
or one plan, losslessly. See docs/exchange.md and schema.json (JSON Schema, draft 2020-12).

- :func:`desktop_app.exchange.export.export_data` / :func:`~desktop_app.exchange.export.write_file`
- :func:`desktop_app.exchange.importer.import_data` / :func:`~desktop_app.exchange.importer.import_file`
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

FORMAT = "plantrack-exchange"
VERSION = 1
SCHEMA_FILE = "schema.json"


def schema_text() -> str:
    """The packaged JSON Schema, as text (identical to docs/exchange-schema.json)."""
    return resources.files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


@cache
def _schema() -> str:
    return schema_text()


def load_schema() -> dict[str, Any]:
    """The JSON Schema of the format (a fresh copy each call)."""
    result: dict[str, Any] = json.loads(_schema())
    return result
