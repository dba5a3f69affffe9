"""Bounded reading of files from elsewhere: a small hostile file must not take the computer's memory.

The limits (stated in docs/exchange.md):
- an exchange document (a ``.json`` file, or ``data.json`` inside a package) is at most
  ``MAX_DOCUMENT_BYTES`` (100 MB) — refused from the file's size before it is read;
- a package file (``.zip``) at most ``MAX_DOCUMENT_BYTES`` too; ``manifest.json`` at most
  ``MAX_MANIFEST_BYTES`` (1 MB); each member is checked by its declared size, then streamed in
  1 MB pieces and stopped as soon as its actual size passes the limit or it has expanded more than
  ``MAX_RATIO`` (100) times its compressed size; two entries with the same name refuse the package;
- JSON is nested at most ``MAX_DEPTH`` (32) levels (the format needs 8) and no object may repeat
  a key (``{"name": "A", "name": "B"}`` is refused, never "the last wins");
- lists of problems keep the first ``MAX_LISTED`` (100), with the total count.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from desktop_app.services.errors import ValidationError

MB = 1024 * 1024
MAX_DOCUMENT_BYTES = 100 * MB
MAX_MANIFEST_BYTES = 1 * MB
MAX_RATIO = 100
RATIO_FROM = 1 * MB  # smaller members may compress as well as they like
MAX_DEPTH = 32
MAX_LISTED = 100
CHUNK = 1 * MB


def megabytes(size: float) -> str:
    return f"{size / MB:,.0f}".replace(",", ".") + " MB"


def _refuse(where: str, message: str) -> ValidationError:
    return ValidationError.one(where, message)


def read_limited(path: Path, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """A file's bytes, refused by its size before it is read (and never more than ``limit`` read)."""
    with path.open("rb") as handle:
        size = _size(handle)
        if size > limit:
            raise _refuse("$", f"Tệp '{path.name}' dung lượng {megabytes(size)}, vượt giới hạn {megabytes(limit)} "
                               "của một tệp trao đổi; hãy xuất theo từng kế hoạch.")
        data = handle.read(limit + 1)
    if len(data) > limit:  # grew while being read
        raise _refuse("$", f"Tệp '{path.name}' vượt giới hạn {megabytes(limit)} của một tệp trao đổi.")
    return data


def _size(handle: IO[bytes]) -> int:
    handle.seek(0, 2)
    size = handle.tell()
    handle.seek(0)
    return size


def check_entries(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse an archive naming the same member twice (which one would count?)."""
    seen: set[str] = set()
    for info in archive.infolist():
        if info.filename in seen:
            raise _refuse(name, f"Tệp nén có hai mục cùng tên '{_printable(info.filename)}'; tệp bị sửa đổi "
                                "hoặc hỏng, không dùng được.")
        seen.add(info.filename)


def check_sizes(archive: zipfile.ZipFile, name: str, limit: int = MAX_DOCUMENT_BYTES) -> None:
    """Every member's declared size and compression ratio within bounds (nothing is expanded);
    zipfile never yields more than a member declares (it stops there and checks the CRC)."""
    check_entries(archive, name)
    for info in archive.infolist():
        if info.file_size > limit:
            raise _too_big(name, info.filename, limit)
        if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _bomb(name, info.filename)


def read_member(archive: zipfile.ZipFile, member: str, name: str, limit: int) -> bytes:
    """One member's bytes, stopped at ``limit`` bytes or a compression ratio above ``MAX_RATIO``."""
    info = archive.getinfo(member)
    if info.file_size > limit:
        raise _too_big(name, member, limit)
    packed = max(info.compress_size, 1)
    if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * packed:
        raise _bomb(name, member)
    parts: list[bytes] = []
    total = 0
    with archive.open(info) as stream:
        while chunk := stream.read(CHUNK):
            total += len(chunk)
            if total > limit:
                raise _too_big(name, member, limit)
            if total > RATIO_FROM and total > MAX_RATIO * packed:
                raise _bomb(name, member)
            parts.append(chunk)
    return b"".join(parts)


def _too_big(name: str, member: str, limit: int) -> ValidationError:
    return _refuse(name, f"'{_printable(member)}' trong tệp nén lớn hơn giới hạn {megabytes(limit)} khi giải nén; "
                         "tệp không được đọc tiếp.")


def _bomb(name: str, member: str) -> ValidationError:
    return _refuse(name, f"'{_printable(member)}' trong tệp nén nở ra hơn {MAX_RATIO} lần khi giải nén (tệp nén "
                         "bất thường, có thể là bom nén); tệp không được đọc tiếp.")


def _printable(text: str) -> str:
    return "".join(ch if ch.isprintable() else "?" for ch in text)[:80]


# ---- JSON ---------------------------------------------------------------------------------------


class DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise DuplicateKey(key)
            seen.add(key)
    return result


def loads(text: str, **options: Any) -> Any:
    """``json.loads`` refusing repeated keys (DuplicateKey) and nesting deeper than MAX_DEPTH
    (RecursionError) — both to be said in a sentence by the caller."""
    value = json.loads(text, object_pairs_hook=_object, **options)
    if depth(value) > MAX_DEPTH:
        raise RecursionError
    return value


def depth(value: Any) -> int:
    """How many levels of lists and objects a JSON value nests (without recursion)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children: Iterable[Any] = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, level)
        if level > MAX_DEPTH:
            return level
        stack.extend((child, level + 1) for child in children if isinstance(child, (dict, list)))
    return deepest


def duplicate_sentence(exc: DuplicateKey) -> str:
    return (f"Tệp có khóa JSON '{_printable(exc.key)}' lặp lại trong cùng một đối tượng; không rõ giá trị nào "
            "đúng nên tệp bị từ chối.")


def depth_sentence() -> str:
    return f"Tệp có dữ liệu lồng nhau quá {MAX_DEPTH} mức (định dạng trao đổi chỉ cần 8 mức); tệp bị từ chối."
