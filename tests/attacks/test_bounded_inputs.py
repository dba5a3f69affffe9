"""Bounded inputs, fast cases: repeated JSON keys and zip entries, 200,000-level nesting, a 200 MB
JSON refused before it is read, error lists capped, the workbook cell limit. (The memory of the
big bombs is measured in test_bomb_memory.py.)"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

from desktop_app.exchange import bounded, importer, package
from desktop_app.exchange.excel import limits
from desktop_app.exchange.excel.importer import import_tasks
from desktop_app.exchange.excel.templates import task_template
from desktop_app.exchange.export import write_file
from desktop_app.services.database import Database
from desktop_app.services.errors import MAX_COUNTED, MAX_LISTED, ValidationError
from tests.attacks.bombs import bad_rows, nested, nested_manifest_package
from tests.attacks.forge import read, write
from tests.sample_data import make_sample


def _package(db: Database, tmp_path: Path) -> Path:
    make_sample(db)
    from desktop_app.services import units

    unit = units.list_units(db)[0]
    return package.export_unit_progress(db, unit.id, "2024-Q2", tmp_path / "goi.zip").path


def test_duplicate_json_keys_are_refused_not_last_wins(db: Database, tmp_path: Path) -> None:
    doc = tmp_path / "trung-khoa.json"
    doc.write_text('{"format": "plantrack-exchange", "version": 1, "units": [{"id": "a", "name": "Phòng A", '
                   '"name": "Phòng B"}]}', encoding="utf-8")
    with pytest.raises(ValidationError, match="khóa JSON 'name' lặp lại"):
        importer.import_file(db, doc)


def test_duplicate_zip_entries_are_refused(db: Database, tmp_path: Path) -> None:
    real = _package(db, tmp_path)
    manifest, data = read(real)
    twice = write(tmp_path / "hai-data.zip", manifest, data)
    with zipfile.ZipFile(twice, "a") as archive, pytest.warns(UserWarning, match="Duplicate name"):
        archive.writestr("data.json", b'{"format": "plantrack-exchange", "version": 1, "progress": []}')
    result = package.receive_progress(db, twice)
    assert "hai mục cùng tên 'data.json'" in result.rejected


def test_a_200000_level_nested_manifest_gives_a_sentence_not_recursion_error(db: Database, tmp_path: Path) -> None:
    result = package.receive_progress(db, nested_manifest_package(tmp_path / "long-nhau.zip"))
    assert "lồng nhau quá 32 mức" in result.rejected


def test_a_200000_level_nested_document_gives_a_sentence(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="lồng nhau quá 32 mức"):
        importer.import_file(db, nested(tmp_path / "long-nhau.json"))
    shallow = tmp_path / "33-muc.json"
    shallow.write_text('{"format": "plantrack-exchange", "version": 1, "units": ' + "[" * 32 + "]" * 32 + "}")
    with pytest.raises(ValidationError, match="lồng nhau quá 32 mức"):
        importer.import_file(db, shallow)


def test_a_200_mb_json_is_refused_before_it_is_read(db: Database, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    huge = tmp_path / "200mb.json"
    with huge.open("wb") as out:  # sparse: 200 MB on paper, nothing on the disk
        out.truncate(200 * 1024 * 1024)
    reads: list[int] = []
    real_open = Path.open

    def watched(self: Path, *args: object, **kwargs: object) -> object:
        handle = real_open(self, *args, **kwargs)  # type: ignore[call-overload]
        if self == huge:
            original = handle.read

            def read(size: int = -1) -> bytes:
                reads.append(size)
                return bytes(original(size))

            handle.read = read  # type: ignore[method-assign]
        return handle

    monkeypatch.setattr(Path, "open", watched)
    with pytest.raises(ValidationError, match="200 MB, vượt giới hạn 100 MB"):
        importer.import_file(db, huge)
    assert reads == []  # refused from the size alone
    assert "vượt giới hạn 100 MB" in package.receive_progress(db, huge).rejected


def test_an_exported_document_stays_inside_the_limits(db: Database, tmp_path: Path) -> None:
    make_sample(db)
    out = tmp_path / "all.json"
    write_file(db, out)
    assert bounded.depth(json.loads(out.read_text(encoding="utf-8"))) <= 8 < bounded.MAX_DEPTH
    importer.import_file(db, out)  # and reads back


def test_200000_bad_rows_list_the_first_100_and_count(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        importer.import_file(db, bad_rows(tmp_path / "hong.json"))
    error = caught.value
    assert len(error.problems) == MAX_LISTED
    assert error.problems[0].where == "$.progress[0].id"
    assert error.stopped and error.total >= MAX_COUNTED
    assert "hơn" in error.more() and "chỉ liệt kê 100 lỗi đầu" in error.more()


def test_a_few_bad_rows_are_all_listed_with_their_exact_count(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        importer.import_file(db, bad_rows(tmp_path / "hong.json", rows=30))
    assert (len(caught.value.problems), caught.value.total, caught.value.stopped) == (MAX_LISTED, 150, False)
    assert caught.value.more() == "… và 50 lỗi khác (chỉ liệt kê 100 lỗi đầu)."


def test_a_workbook_with_more_cells_than_the_limit_is_refused(db: Database, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    sample = make_sample(db)
    template = task_template(db, sample.plan_id, tmp_path / "mau.xlsx")
    monkeypatch.setattr(limits, "MAX_CELLS", 40)
    with pytest.raises(ValidationError, match="hơn 40 ô"):
        import_tasks(db, template, sample.plan_id)


def test_a_highly_compressed_workbook_part_is_refused_unread(db: Database, tmp_path: Path) -> None:
    sample = make_sample(db)
    template = task_template(db, sample.plan_id, tmp_path / "mau.xlsx")
    bomb = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            out.writestr(info, source.read(info.filename))
        out.writestr("xl/media/pad.bin", b"\0" * (8 * 1024 * 1024))
    with pytest.raises(ValidationError, match="nở ra hơn 100 lần"):
        import_tasks(db, bomb, sample.plan_id)
    assert os.path.getsize(bomb) < 1024 * 1024


def test_a_package_whose_header_understates_data_json_is_refused_unexpanded(db: Database, tmp_path: Path) -> None:
    """The header says 1 KB, the member inflates to 60 MB: it is never expanded past what it declares."""
    real = _package(db, tmp_path)
    manifest, data = read(real)
    data["pad"] = " " * (60 * 1024 * 1024)
    liar = write(tmp_path / "noi-doi.zip", manifest, data)
    raw = bytearray(liar.read_bytes())
    entry = raw.rfind(b"PK\x01\x02")  # the central directory entry of data.json (written last)
    assert raw[entry + 46:entry + 46 + 9] == b"data.json"
    raw[entry + 24:entry + 28] = (1024).to_bytes(4, "little")
    liar.write_bytes(bytes(raw))
    result = package.receive_progress(db, liar)
    assert "hỏng" in result.rejected or "SHA-256" in result.rejected
