"""Issued electronic reports: the frozen copy, signed copies attached by SHA-256 and checked again,
and the same from the command line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pikepdf
import pytest
from fixture_plan import PERIOD, Fixture
from signing import draw_after_signing, make_signer, sign

from desktop_app.reports.electronic.api import ElectronicChoice
from desktop_app.reports.electronic.check import pdfa_problems
from desktop_app.reports.electronic.fields import signature_fields
from desktop_app.reports.electronic.issued import attach_signed, file_content, kept_files, signed_copies
from desktop_app.reports.issue import issue_report, reopen
from desktop_app.services.errors import ValidationError
from desktop_app.services.tasks import update_task
from tests.cli.helpers import assert_refused, run_cli


def _issue(fx: Fixture, annex: str = "separate") -> str:
    return issue_report(fx.db, fx.plan_id, PERIOD, "45", date(2024, 6, 20), invariant=True,
                        electronic=ElectronicChoice(annex=annex)).id


def test_issuing_freezes_the_electronic_copy(plan_fx: Fixture) -> None:
    report_id = _issue(plan_fx)
    roles = {f.role for f in kept_files(plan_fx.db, report_id)}
    assert roles == {"electronic", "electronic_metadata", "annex", "annex_metadata"}
    frozen = file_content(plan_fx.db, report_id, "electronic")
    assert pdfa_problems(frozen) == []
    assert json.loads(file_content(plan_fx.db, report_id, "electronic_metadata"))["CodeNotation"] == "BC-UBND"
    update_task(plan_fx.db, plan_fx.task_ids[0], content="Nội dung đã sửa sau khi ban hành")
    assert file_content(plan_fx.db, report_id, "electronic") == frozen  # later edits change drafts only
    assert reopen(plan_fx.db, report_id).startswith(b"%PDF")  # the printed copy is kept as before
    plain = issue_report(plan_fx.db, plan_fx.plan_id, PERIOD, "46", date(2024, 6, 20), invariant=True)
    assert kept_files(plan_fx.db, plain.id) == []  # plain PDF stays the default


@pytest.mark.slow
def test_signed_copy_attached_checked_and_forgeries_refused(plan_fx: Fixture, tmp_path: Path) -> None:
    report_id = _issue(plan_fx)
    person = make_signer(tmp_path / "p", "Nguyễn Thị Mỹ Hạnh")
    frozen = file_content(plan_fx.db, report_id, "electronic")
    signed = sign(frozen, "NguoiKy Nguyen Thi My Hanh", person)
    copy = attach_signed(plan_fx.db, report_id, signed, "bc-da-ky.pdf")
    assert copy.verifies and copy.signed_role == "electronic"
    assert "Nguyễn Thị Mỹ Hạnh" in copy.signatures[0].signer and copy.signatures[0].signed_at is not None
    annex = sign(file_content(plan_fx.db, report_id, "annex"), "CoQuan Uy ban nhan dan quan Ba Dinh Phu luc",
                 make_signer(tmp_path / "o", "UBND quận Ba Đình"))
    assert attach_signed(plan_fx.db, report_id, annex).signed_role == "annex"
    shown = signed_copies(plan_fx.db, report_id)
    assert [c.signed_role for c in shown] == ["electronic", "annex"] and all(c.verifies for c in shown)
    with pytest.raises(ValidationError, match="đã được đính kèm"):
        attach_signed(plan_fx.db, report_id, signed)
    with pytest.raises(ValidationError, match="không có chữ ký số nào"):
        attach_signed(plan_fx.db, report_id, frozen + b"\n% nothing signed\n")
    # a copy of another report (signed properly) is not this report's
    second = issue_report(plan_fx.db, plan_fx.plan_id, PERIOD, "47", date(2024, 6, 21), invariant=True,
                          electronic=ElectronicChoice(number_by_eoffice=False))
    foreign = sign(file_content(plan_fx.db, second.id, "electronic"), "NguoiKy Nguyen Thi My Hanh", person)
    with pytest.raises(ValidationError, match="không phải bản điện tử của báo cáo này"):
        attach_signed(plan_fx.db, report_id, foreign)
    # a signed copy changed after signing (a byte in the signed range) is refused
    tampered = bytearray(signed)
    tampered[len(frozen) // 2] ^= 0x01
    with pytest.raises(ValidationError):
        attach_signed(plan_fx.db, report_id, bytes(tampered))
    with pytest.raises(ValidationError, match="ĐÃ BỊ SỬA SAU KHI KÝ"):
        attach_signed(plan_fx.db, report_id, draw_after_signing(signed))  # drawn on after signing
    assert len(signed_copies(plan_fx.db, report_id)) == 2  # nothing half-saved


@pytest.mark.slow
def test_cli_electronic_report_issue_attach_and_signatures(cli_demo_db: Path, cli_home: Path,
                                                           tmp_path: Path) -> None:
    db = str(cli_demo_db)
    out = tmp_path / "bc.pdf"
    result = run_cli("--db", db, "report", "--plan", "215/KH-UBND", "--period", "2025-H1", "--electronic",
                     "--annex", "separate", "--out", str(out), home=cli_home)
    assert result.returncode == 0, result.stderr
    assert {p.name for p in tmp_path.iterdir()} == {"bc.pdf", "bc.json", "bc-phu-luc.pdf", "bc-phu-luc.json"}
    assert pdfa_problems(out.read_bytes()) == [] and pdfa_problems((tmp_path / "bc-phu-luc.pdf").read_bytes()) == []
    issued = tmp_path / "issued" / "bc.pdf"
    issued.parent.mkdir()
    result = run_cli("--db", db, "issue-report", "--plan", "215/KH-UBND", "--period", "2025-H1", "--number", "77",
                     "--date", "05/07/2025", "--electronic", "--out", str(issued), home=cli_home)
    assert result.returncode == 0, result.stderr
    report_id = result.stdout.split("(mã ")[1].split(")")[0]
    meta = json.loads(issued.with_suffix(".json").read_text(encoding="utf-8"))
    with pikepdf.open(issued) as pdf:
        signer_field = next(name for name, _, _ in signature_fields(pdf) if name.startswith("NguoiKy"))
    signed = tmp_path / "da-ky.pdf"
    signed.write_bytes(sign(issued.read_bytes(), signer_field,
                            make_signer(tmp_path / "k", meta["SignerInfo"]["FullName"] or "Người ký")))
    result = run_cli("--db", db, "attach-signed", "--report", report_id, "--file", str(signed), home=cli_home)
    assert result.returncode == 0, result.stderr
    assert "chữ ký hợp lệ, nội dung toàn vẹn" in result.stdout
    result = run_cli("--db", db, "signatures", "--report", report_id, home=cli_home)
    assert result.returncode == 0 and "còn nguyên vẹn" in result.stdout, result.stdout + result.stderr
    assert_refused(run_cli("--db", db, "attach-signed", "--report", report_id, "--file", str(out), home=cli_home),
                   "không phải bản điện tử")
