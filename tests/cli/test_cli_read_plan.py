"""``plantrack read-plan``: the reading printed, as JSON with the documented keys; nothing written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import docx

from tests.cli.helpers import ROOT, assert_refused, run_cli

WARD = ROOT / "tests" / "fixtures" / "reading" / "ward_digital_transformation.txt"


def test_read_plan_json_from_a_text_file(tmp_path: Path) -> None:
    result = run_cli("read-plan", str(WARD), "--json", home=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [len(g["tasks"]) for g in data["groups"]] == [2, 2, 3, 3]
    assert data["groups"][1]["tasks"][0]["deadline"] == "2025-09-30"
    assert data["groups"][3]["tasks"][0]["recurrence"] == "quarterly"
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").rglob("*.sqlite*"))


def test_read_plan_from_standard_input_and_as_text(tmp_path: Path) -> None:
    environ = {"PYTHONPATH": str(ROOT), "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "read-plan", "-"],
        input=WARD.read_text("utf-8"),
        capture_output=True,
        encoding="utf-8",
        cwd=ROOT,
        env=environ,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "(4 nhóm, 10 nhiệm vụ" in result.stdout
    assert "hạn 30/09/2025" in result.stdout


def test_read_plan_docx_with_word_numbering_and_a_task_table(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("ỦY BAN NHÂN DÂN")
    document.add_paragraph("PHƯỜNG HÒA BÌNH")
    document.add_paragraph("Số: 15/KH-UBND")
    document.add_paragraph("Hòa Bình, ngày 02 tháng 4 năm 2025")
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Cải cách hành chính năm 2025")
    document.add_paragraph("II. NHIỆM VỤ")
    table = document.add_table(rows=3, cols=4)
    for row, cells in zip(
        table.rows,
        [
            ["STT", "Nội dung", "Chủ trì", "Thời gian"],
            ["1", "Rà soát thủ tục hành chính", "Văn phòng UBND phường", "Quý III/2025"],
            ["2", "Niêm yết công khai thủ tục", "Bộ phận một cửa", "Thường xuyên"],
        ],
        strict=True,
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    path = tmp_path / "ke-hoach.docx"
    document.save(str(path))
    result = run_cli("read-plan", str(path), "--json", home=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["plan"]["number_symbol"] == "15/KH-UBND" and data["plan"]["date"] == "2025-04-02"
    assert data["plan"]["title"] == "Cải cách hành chính năm 2025"
    tasks = [t for g in data["groups"] for t in g["tasks"]]
    assert [(t["content"], t["lead_unit"], t["deadline"], t["recurrence"]) for t in tasks] == [
        ("Rà soát thủ tục hành chính", "Văn phòng UBND phường", "2025-09-30", "once"),
        ("Niêm yết công khai thủ tục", "Bộ phận một cửa", None, "continuous"),
    ]


def test_read_plan_refuses_a_missing_file(tmp_path: Path) -> None:
    assert_refused(run_cli("read-plan", str(tmp_path / "khong-co.docx"), home=tmp_path), "khong-co.docx")
