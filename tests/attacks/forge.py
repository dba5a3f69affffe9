"""Helpers for forged packages: rewrite a real package's data.json and manifest, checksum kept valid
(an attacker can always recompute a plain SHA-256)."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def read(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("manifest.json")), json.loads(archive.read("data.json"))


def write(path: Path, manifest: dict[str, Any], data: dict[str, Any]) -> Path:
    body = json.dumps(data, ensure_ascii=False).encode("utf-8")
    manifest["files"] = {"data.json": {"sha256": hashlib.sha256(body).hexdigest(), "size": len(body)}}
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))
        archive.writestr("data.json", body)
    return path


def forge(source: Path, target: Path, change: Callable[[dict[str, Any], dict[str, Any]], None]) -> Path:
    """A copy of ``source`` after ``change(manifest, data)``, with a matching checksum."""
    manifest, data = read(source)
    change(manifest, data)
    return write(target, manifest, data)
