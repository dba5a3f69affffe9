"""ESC, BEL and RLO in names: refused with a sentence naming the field, wherever they come from
(a form, a JSON file, a workbook); and stripped from whatever the CLI prints, even when such a
name got into the file behind the program's back."""

from __future__ import annotations

import base64
import hashlib
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desktop_app.cli import main
from desktop_app.db.models import Attachment, Unit
from desktop_app.domain.text import printable, unsafe_character
from desktop_app.exchange.excel.importer import import_tasks
from desktop_app.exchange.excel.templates import task_template
from desktop_app.exchange.export import export_data
from desktop_app.exchange.importer import import_data
from desktop_app.services import attachments, plans, units
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError
from tests.excel.excel_support import edit, find_row
from tests.sample_data import make_sample

HOSTILE = {"ESC": "Phòng Nội vụ\x1b[2J", "BEL": "Phòng\x07 Tư pháp", "RLO": "Phòng \u202efdp.exe"}
PDF = b"%PDF-1.7\n" + bytes(range(256)) * 4 + b"\n%%EOF\n"


def _units(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Unit)) or 0


@pytest.mark.parametrize("name", HOSTILE)
def test_a_control_character_in_a_unit_name_is_refused_naming_the_field(db: Database, name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        units.create_unit(db, HOSTILE[name], "X", "ward")
    assert caught.value.problems[0].where == "name"
    assert f"Tên (unit.name) chứa ký tự điều khiển {name}" in str(caught.value)
    assert _units(db) == 0


def test_every_name_field_is_guarded_not_only_units(db: Database) -> None:
    sample = make_sample(db)
    with pytest.raises(ValidationError, match=r"title\) chứa ký tự điều khiển RLO"):
        plans.update_plan(db, sample.plan_id, title="Kế hoạch \u202eabc")
    with pytest.raises(ValidationError, match="ký tự điều khiển ESC"):
        units.update_unit(db, sample.pnv, name="Phòng\x1b]0;pwned\x07")


def test_a_json_file_with_control_characters_is_refused_at_their_path(db: Database) -> None:
    make_sample(db)
    data = export_data(db)
    data["units"][0]["name"] = HOSTILE["ESC"]
    data["plans"][0]["title"] = "Kế hoạch \u202egnp.exe"
    with pytest.raises(ValidationError) as caught:
        import_data(db, data)
    found = {(p.where, p.message) for p in caught.value.problems}
    assert ("$.units[0].name", "văn bản chứa ký tự điều khiển ESC (U+001B), không được phép") in found
    assert ("$.plans[0].title", "văn bản chứa ký tự điều khiển RLO (U+202E), không được phép") in found


def test_a_workbook_cell_with_rlo_is_refused_naming_row_and_column(db: Database, tmp_path: Path) -> None:
    sample = make_sample(db)
    path = task_template(db, sample.plan_id, tmp_path / "mau.xlsx")
    row = find_row(path, "1.1")
    edit(path, {("1.1", "Nội dung nhiệm vụ"): "Nhiệm vụ \u202egnp.exe"})
    with pytest.raises(ValidationError) as caught:
        import_tasks(db, path, sample.plan_id)
    assert any(f"dòng {row}" in p.where and "RLO" in p.message for p in caught.value.problems)


def test_attachment_file_name_and_mime_from_json_are_sanitised_and_checked(db: Database) -> None:
    sample = make_sample(db)
    attachments.attach(db, "plan", sample.plan_id, PDF, file_name="quyet-dinh.pdf", title="QĐ")
    data = export_data(db, include_files=True)
    entry = data["attachments"][0]
    other = dict(entry, id="6f1c1a52-3a0e-4d7a-9a52-1b1f2a9e0c11", file_name="..\\..\\Windows\\System32\\duyet.pdf")
    other["data_base64"] = base64.b64encode(PDF).decode()
    other["sha256"] = hashlib.sha256(PDF).hexdigest()
    data["attachments"] = [other]
    import_data(db, data)
    with db.read() as session:
        stored = session.get(Attachment, other["id"])
        assert stored is not None
        assert (stored.file_name, stored.mime) == ("duyet.pdf", "application/pdf")
    lying = dict(other, id="7a2d2b63-4b1f-4e8b-8b63-2c2a3b8f1d22", mime="text/html")
    runnable = dict(other, id="8b3e3c74-5c2a-4f9c-9c74-3d3b4c9a2e33", file_name="bao-cao.exe", mime="")
    data["attachments"] = [lying, runnable]
    with pytest.raises(ValidationError) as caught:
        import_data(db, data)
    text_of = str(caught.value)
    assert "$.attachments[0].mime: kiểu tệp \"text/html\" không khớp tên tệp" in text_of
    assert "$.attachments[1].file_name: tên tệp \"bao-cao.exe\" không nhận được" in text_of


@pytest.mark.sqlite_only("writes a hostile name straight into the database file, behind the program's back")
def test_the_cli_strips_control_characters_from_what_it_prints(db: Database, db_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    sample = make_sample(db)
    with db.engine.begin() as connection:  # another program wrote it; the CLI still must not obey it
        connection.execute(text("UPDATE unit SET name = :n WHERE id = :i"),
                           {"n": "Phòng\x1b[2J\x07 Nội vụ \u202eexe", "i": sample.pnv})
    assert main(["--db", str(db_path), "units"]) == 0
    assert main(["--db", str(db_path), "plans", "show", "\x1b[2J\u202e"]) != 0
    out, err = capsys.readouterr()
    assert "Phòng[2J Nội vụ exe" in out  # ESC, BEL and RLO gone: "[2J" alone is plain text
    assert unsafe_character(out) is None and unsafe_character(err) is None
    assert "[2J" in err  # the rest of what was typed is still shown, harmlessly


def test_printable_keeps_vietnamese_tabs_and_lines() -> None:
    sample = "Đẩy mạnh\tcải cách\nhành chính — 2025"
    assert printable(sample) == sample and unsafe_character(sample) is None
    assert unsafe_character(f"{date(2025, 1, 1)}\u2066") == "LRI (U+2066)"
