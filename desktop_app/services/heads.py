"""The audit chain's heads this computer has seen written out, kept apart from the database.

Each backup, export and package carries the chain's head (count and hash) at the time it was
made; the newest one is also remembered here, in the user's data folder, one small file per
database. ``check`` then knows a head that someone with only the database file cannot change: a
log whose last entries were deleted, or which was rewritten whole, no longer reaches it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from platformdirs import user_data_dir

from desktop_app import APP_ID
from desktop_app.services.audit import ChainHead, chain_head
from desktop_app.services.database import Database

MANIFEST_LIMIT = 1_000_000  # a package's manifest is a few hundred bytes
EXPORT_LIMIT = 200_000_000  # the exchange format's file limit (docs/exchange.md)


def _store(db: Database) -> Path:
    location = str(db.path.resolve()) if db.path is not None else db.url
    name = hashlib.sha256(location.encode("utf-8")).hexdigest()[:24]
    return Path(user_data_dir(APP_ID, appauthor=False)) / "chain-heads" / f"{name}.json"


def remembered(db: Database) -> tuple[ChainHead, str] | None:
    """The newest head remembered for this database, with where it was written."""
    try:
        data = json.loads(_store(db).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    head = ChainHead.parse(data)
    return (head, str(data.get("where", ""))) if head is not None else None


def remember(db: Database, head: ChainHead, where: str, replace: bool = False) -> None:
    """Keep ``head`` if it is newer than the one kept (or always, after a restore: ``replace``)."""
    known = remembered(db)
    if known is not None and known[0].count >= head.count and not replace:
        return
    path = _store(db)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump({**head.as_json(), "where": where, "at": datetime.now().isoformat(timespec="seconds"),
                       "database": str(db.path or db.url)}, out, ensure_ascii=False)
        os.replace(temp, path)
    except OSError:  # a read-only profile: the heads written into the files still count
        return


def stamp(db: Database, where: str) -> dict[str, object]:
    """The head to write into an export or a package (remembered here too), as JSON."""
    head = chain_head(db)
    remember(db, head, where)
    return head.as_json()


def file_head(path: Path) -> ChainHead | None:
    """The head a file carries: a backup (its own log), an export ("x-chain-head") or a package."""
    with path.open("rb") as handle:
        start = handle.read(16)
    if start == b"SQLite format 3\x00":
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            count = con.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
            last = con.execute("SELECT entry_hash FROM audit_entry ORDER BY seq DESC LIMIT 1").fetchone()
        except sqlite3.DatabaseError:
            return None
        finally:
            con.close()
        return ChainHead(count, last[0] if last else "")
    if start[:2] == b"PK":
        import zipfile

        with zipfile.ZipFile(path) as archive:
            if archive.getinfo("manifest.json").file_size > MANIFEST_LIMIT:
                return None
            manifest = json.loads(archive.read("manifest.json"))
        return ChainHead.parse(manifest.get("chain_head")) if isinstance(manifest, dict) else None
    if path.stat().st_size > EXPORT_LIMIT:
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return ChainHead.parse(data.get("x-chain-head")) if isinstance(data, dict) else None
