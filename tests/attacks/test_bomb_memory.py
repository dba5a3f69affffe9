"""Small files, huge memory: each bomb is read by a fresh process whose own peak memory is measured
(ru_maxrss of that process); each stays under 300 MB and ends with a Vietnamese sentence.

Figures on the 2-core test machine (README, "An toàn"): see the assertions' messages when run with -s.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.exchange.excel.templates import task_template
from desktop_app.services.database import Database
from tests.attacks.bombs import LIMIT_MB, bad_rows, manifest_bomb, peak_mb, xlsx_bomb, zip_bomb
from tests.sample_data import make_sample

pytestmark = [pytest.mark.slow,
              pytest.mark.sqlite_only("the measured process opens its own database file")]

RECEIVE = """
import sys
from desktop_app.exchange import importer, package
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError
db = Database.open(sys.argv[1])
print(package.receive_progress(db, sys.argv[2]).line())
if sys.argv[2].endswith(".json"):
    try:
        importer.import_file(db, sys.argv[2])
    except ValidationError as exc:
        print(exc.total, exc.more())
"""

IMPORT_XLSX = """
import sys
from desktop_app.exchange.excel.importer import import_tasks
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError
db = Database.open(sys.argv[1])
try:
    import_tasks(db, sys.argv[2], sys.argv[3])
except ValidationError as exc:
    print(exc.summary())
"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bombs")


def _measure(code: str, *args: str) -> tuple[float, str]:
    peak, said = peak_mb(code, *args)
    print(f"\npeak {peak:.0f} MB: {said[:200]}")
    assert peak < LIMIT_MB, f"{peak:.0f} MB"
    return peak, said


def test_a_3_mb_zip_whose_data_json_expands_to_3_gib(folder: Path) -> None:
    bomb = zip_bomb(folder / "bom-3gib.zip")
    assert bomb.stat().st_size < 4 * 1024 * 1024
    _peak, said = _measure(RECEIVE, str(folder / "db.sqlite"), str(bomb))
    assert "TỪ CHỐI — 'data.json' trong tệp nén lớn hơn giới hạn 100 MB" in said


def test_a_2_mb_manifest_bomb(folder: Path) -> None:
    bomb = manifest_bomb(folder / "bom-manifest.zip")
    assert bomb.stat().st_size < 3 * 1024 * 1024
    _peak, said = _measure(RECEIVE, str(folder / "db.sqlite"), str(bomb))
    assert "'manifest.json' trong tệp nén lớn hơn giới hạn 1 MB" in said


def test_a_3_mb_json_with_200000_bad_rows(folder: Path) -> None:
    bomb = bad_rows(folder / "200000-dong-hong.json")
    assert bomb.stat().st_size < 4 * 1024 * 1024
    _peak, said = _measure(RECEIVE, str(folder / "db.sqlite"), str(bomb))
    assert "TỪ CHỐI — Dữ liệu trong tệp không hợp lệ: $.progress[0].id: thiếu trường bắt buộc" in said
    assert "chỉ liệt kê 100 lỗi đầu; dừng kiểm tra khi đã thấy 10.000 lỗi" in said


def test_a_2_mb_xlsx_bomb(folder: Path) -> None:
    db = Database.open(folder / "excel.sqlite")
    sample = make_sample(db)
    template = task_template(db, sample.plan_id, folder / "mau.xlsx")
    db.close()
    bomb = xlsx_bomb(folder / "bom.xlsx", template)
    assert bomb.stat().st_size < 3 * 1024 * 1024
    _peak, said = _measure(IMPORT_XLSX, str(folder / "excel.sqlite"), str(bomb), sample.plan_id)
    assert "'xl/worksheets/sheet1.xml' trong tệp nén lớn hơn giới hạn 100 MB" in said
    # one that compresses only about 20:1 passes that check: the cell count (read-only mode) stops it
    dense = xlsx_bomb(folder / "bom-2.xlsx", template, rows=75_000, numbered=True)
    assert dense.stat().st_size < 3 * 1024 * 1024
    _peak, said = _measure(IMPORT_XLSX, str(folder / "excel.sqlite"), str(dense), sample.plan_id)
    assert "Tệp có hơn 500.000 ô" in said
