"""The receiving office takes many communes' packages at once: a progress bar while they come in,
then one table of who has sent, who sent late, who was returned and who has not sent."""

from __future__ import annotations

from pathlib import Path

from desktop_app.exchange.demo_city import build_city_plan, commune_packages
from desktop_app.services.database import Database


def test_receive_many_packages_shows_progress_and_the_sending_table(make_window, db: Database, qtbot,  # type: ignore[no-untyped-def]
                                                                   tmp_path: Path) -> None:
    from desktop_app.ui.dialogs.receive_packages import ReceivedDialog, receive_packages

    city = build_city_plan(db)
    sent = commune_packages(db, city, "2026-Q1", tmp_path / "inbox", sending=8, late=2)
    broken = tmp_path / "hong.zip"
    broken.write_bytes(b"PK not a zip")
    window = make_window("tasks")
    steps: list[tuple[int, int]] = []
    window.runner.progress.connect(lambda done, total: steps.append((done, total)))
    receive_packages(window, [*map(str, sent.paths), str(broken)])
    assert steps[0] == (0, 9) and steps[-1] == (9, 9)
    dialog = window.findChild(ReceivedDialog)
    assert dialog is not None and dialog.isVisible()
    assert "Đã nhận 8/9 tệp: 24 bản cập nhật" in dialog.summary.text()
    assert "hong.zip" in dialog.findChild(type(dialog.summary), "problems").text()
    table = dialog.tables[0]
    assert table.rowCount() == 126
    states = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert states["00004"] == "Đã gửi"
    late = {code for code, state in states.items() if state == "Gửi muộn"}
    assert late == set(sent.late)
    assert sum(1 for s in states.values() if s in ("Chưa gửi", "Quá hạn, chưa gửi")) == 126 - 8
