"""A writer process of the concurrent-writers attack: imports and progress edits in lock-step rounds.

Each round waits at a barrier shared with the other writer, imports a document with one new unit,
then appends its token to one shared progress record, reading the version it saw and retrying on
a conflict (optimistic locking): a save that reports success must keep every earlier token.
"""

from __future__ import annotations

import uuid
from typing import Any

from desktop_app.exchange.importer import import_data
from desktop_app.services import progress
from desktop_app.services.database import Database
from desktop_app.services.errors import Conflict

PERIOD = "2025-Q4"


def unit_document(code: str) -> dict[str, Any]:
    return {"format": "plantrack-exchange", "version": 1,
            "units": [{"id": str(uuid.uuid4()), "code": code, "name": f"Đơn vị {code}",
                       "kind": "office", "parent_id": None, "active": True}]}


def append_token(db: Database, task_id: str, unit_id: str, token: str) -> int:
    """Append ``token`` to the record's result; returns how many conflicts it took."""
    conflicts = 0
    while True:
        seen = progress.stored_progress(db, task_id, unit_id, PERIOD)
        text = (seen.values["result"] or "") if seen else ""
        try:
            progress.record_progress(db, task_id, unit_id, PERIOD, expected_version=seen.version if seen else 0,
                                     status="in_progress", result=f"{text} {token}".strip())
            return conflicts
        except Conflict:
            conflicts += 1


def run(target: str, who: str, rounds: int, task_id: str, unit_id: str, barrier: Any) -> tuple[list[str], int]:
    db = Database.open(target, source=f"writer-{who}")
    tokens, conflicts = [], 0
    try:
        for n in range(rounds):
            barrier.wait(timeout=60)
            import_data(db, unit_document(f"{who}{n}"), source=f"import:{who}-{n}.json")
            token = f"{who}{n}"
            conflicts += append_token(db, task_id, unit_id, token)
            tokens.append(token)
    finally:
        db.close()
    return tokens, conflicts
