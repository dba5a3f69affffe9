"""A whole clerk session driven only by the keyboard, with the database and the screen checked
after each step. One script, two keyboards: ``QtKeys`` (key events inside this process, offscreen)
and ``XdoKeys`` (a real X server; keys sent by ``xdotool``, a screenshot of the screen per step).

The session: a new plan with its issuer added on the way and its chain of documents; its "Nhiệm vụ,
giải pháp" pasted from the clipboard (Ctrl+V), mended in the preview (a line made a detail, a unit
written another way replaced by the directory's name), accepted with Enter and taken back whole by
one Ctrl+Z; two groups and six tasks with units, deadlines and recurrences; a period's progress for
six tasks with one mistake corrected (Delete, retype); one unit's updates accepted and another's
returned with a reason; a search typed without diacritics whose hit opens the task."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.domain.kinds import UnitKind
from desktop_app.services import documents as document_service
from desktop_app.services import plans as plan_service
from desktop_app.services import progress as progress_service
from desktop_app.services import tasks as task_service
from desktop_app.services import units as unit_service
from desktop_app.services.database import Database

SUMMARY = "Triển khai chuyển đổi số trong cơ quan hành chính năm 2025"
ISSUER = "UBND phường Trúc Bạch"
OFFICES = ("Phòng Nội vụ", "Phòng Tư pháp", "Phòng Y tế", "Phòng Văn hóa và Thông tin")
GROUPS = ("Hoàn thiện thể chế, chính sách", "Đẩy mạnh ứng dụng công nghệ")
# (content, lead unit typed without diacritics, deadline typed) per group
TASKS = (
    (("Rà soát quy chế làm việc", "noi vu", "31/03/2025"),
     ("Ban hành quy định số hóa hồ sơ", "tu phap", "hằng quý"),
     ("Đánh giá mức độ hài lòng", "y te", "hằng năm 15/12")),
    (("Ứng dụng chữ ký số", "noi vu", "thường xuyên"),
     ("Đào tạo kỹ năng số cho công chức", "van hoa", "30/06/2025"),
     ("Ươm tạo mô hình điểm", "tu phap", "hằng quý")),
)
# a plan's "Nhiệm vụ, giải pháp" as a clerk copies it from Word: "1.2." is really a detail of 1.1
# (mended with Ctrl+3); "Phòng Văn hóa - Thông tin" is the directory's "Phòng Văn hóa và Thông tin"
# written another way (mended with Ctrl+G); "Phòng Y te", typed without tones, is "Phòng Y tế" as it is;
# the deadline of 2.1 is moved in place (F2 in the "Hạn" column)
PASTED = "\n".join((
    "II. NHIỆM VỤ, GIẢI PHÁP",
    "1. Nâng cao chất lượng dịch vụ công trực tuyến",
    "1.1. Rà soát, chuẩn hóa quy trình tiếp nhận hồ sơ trực tuyến. Giao Phòng Nội vụ chủ trì, phối hợp với "
    "Phòng Tư pháp thực hiện; hoàn thành trước ngày 30/9/2025.",
    "1.2. Ưu tiên các thủ tục có số lượng hồ sơ lớn.",
    "1.3. Công khai thủ tục hành chính trên Cổng thông tin điện tử phường. Giao Phòng Văn hóa - Thông tin chủ trì, "
    "thực hiện hằng quý.",
    "2. Bảo đảm an toàn thông tin",
    "2.1. Tổ chức diễn tập ứng cứu sự cố an toàn thông tin. Giao Phòng Y te chủ trì, hoàn thành trước ngày "
    "15/11/2025.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các phòng căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết, báo cáo kết quả trước ngày 10/12/2025.",
    ""))
QT_KEYS = {"Tab": Qt.Key.Key_Tab, "Return": Qt.Key.Key_Return, "Escape": Qt.Key.Key_Escape,
           "Down": Qt.Key.Key_Down, "Up": Qt.Key.Key_Up, "Left": Qt.Key.Key_Left, "Right": Qt.Key.Key_Right,
           "Home": Qt.Key.Key_Home, "End": Qt.Key.Key_End, "Insert": Qt.Key.Key_Insert,
           "Delete": Qt.Key.Key_Delete, "F2": Qt.Key.Key_F2, "space": Qt.Key.Key_Space,
           "BackSpace": Qt.Key.Key_Backspace, "F5": Qt.Key.Key_F5}
MODIFIERS = {"ctrl": Qt.KeyboardModifier.ControlModifier, "shift": Qt.KeyboardModifier.ShiftModifier,
             "alt": Qt.KeyboardModifier.AltModifier}


def settle(ms: int = 0) -> None:
    end = time.monotonic() + ms / 1000
    while True:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        QCoreApplication.sendPostedEvents()
        if time.monotonic() >= end:
            break
        time.sleep(0.01)


def target(window: QWidget | None = None) -> QWidget:
    """Where a key goes: an open popup, else the focus. The offscreen platform does not give the
    main window back its activation when a dialog closes (a window manager does): ``window`` is
    activated again then."""
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    if widget is None and window is not None:
        window.activateWindow()
        settle()
        widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


class QtKeys:
    """Key events delivered in this process, to the popup or the focused widget, as a keyboard does."""

    def __init__(self, shots: Path | None = None, window: QWidget | None = None) -> None:
        self.shots, self.window = shots, window

    def key(self, spec: str) -> None:
        *mods, name = spec.split("+")
        modifiers = Qt.KeyboardModifier.NoModifier
        for mod in mods:
            modifiers |= MODIFIERS[mod]
        key = QT_KEYS.get(name) or Qt.Key(ord(name.upper()))
        QTest.keyClick(target(self.window), key, modifiers)
        settle()

    def type(self, text: str) -> None:
        for ch in text:
            QTest.sendKeyEvent(QTest.KeyAction.Click, target(self.window), Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)
            settle()

    def shot(self, name: str) -> None:
        if self.shots is not None and self.window is not None:
            self.window.grab().save(str(self.shots / f"{name}.png"))


class XdoKeys:
    """Keys sent by xdotool to the X server; Qt reads them from the server like any keyboard."""

    def __init__(self, shots: Path, window: QWidget, delay_ms: int = 50) -> None:
        self.shots, self.window, self.delay = shots, window, str(delay_ms)
        self.keysyms: dict[str, str] = {}  # a Vietnamese letter → the keysym a spare key now carries
        self.spare: list[int] | None = None

    def _run(self, *args: str) -> None:
        if QApplication.focusWidget() is None:  # a dialog closed: with no window manager, X gives the
            self.window.activateWindow()  # focus back to nobody; a window manager would give it here
            subprocess.run(["xdotool", "windowfocus", "--sync", str(int(self.window.winId()))], check=False)
            settle(100)
        process = subprocess.Popen(["xdotool", *args])
        while process.poll() is None:
            settle(20)
        assert process.returncode == 0, args
        settle(150)

    def key(self, spec: str) -> None:
        self._run("key", "--clearmodifiers", "--delay", self.delay, spec)

    def type(self, text: str) -> None:
        """ASCII runs at typing speed; each other character from a key of its own, as on a keyboard
        with a Vietnamese layout: the first time a letter is needed it is put on a spare key of the
        server's map (``xmodmap``) and stays there, so the map never changes under a keystroke (xdotool's
        own way, a key remapped for each keystroke and undone at once, loses letters on a busy machine)."""
        import re

        for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]", text):
            if run.isascii():
                self._run("type", "--delay", self.delay, "--", run)
            else:
                self._run("key", "--delay", self.delay, self._keysym(run))

    def _keysym(self, char: str) -> str:
        if char not in self.keysyms:
            if self.spare is None:
                table = subprocess.run(["xmodmap", "-pke"], capture_output=True, text=True, check=True).stdout
                rows = [line.split() for line in table.splitlines()]
                # keys with nothing on them, then the multimedia keys (XF86…) no session presses
                self.spare = [int(r[1]) for r in rows if len(r) > 3 and r[3].startswith("XF86")]
                self.spare += [int(r[1]) for r in rows if len(r) == 3]
            assert self.spare, "no spare key left in the X server's keyboard map"
            name = f"U{ord(char):04X}"
            subprocess.run(["xmodmap", "-e", f"keycode {self.spare.pop()} = {name} {name}"], check=True)
            settle(300)  # Qt reads the new map before the first keystroke on it
            self.keysyms[char] = name
        return self.keysyms[char]

    def shot(self, name: str) -> None:
        process = subprocess.Popen(["import", "-window", "root", str(self.shots / f"{name}.png")])
        while process.poll() is None:
            settle(20)


def seed(db: Database) -> dict[str, str]:
    """The units a district office already has; no plan yet."""
    quan = unit_service.create_unit(db, "UBND quận Ba Đình", code="BD", kind=UnitKind.PEOPLES_COMMITTEE)
    ids = {"quan": quan.id}
    for name in OFFICES:
        ids[name] = unit_service.create_unit(db, name, kind=UnitKind.OFFICE, parent_id=quan.id).id
    return ids


class Session:
    def __init__(self, window: Any, db: Database, keys: QtKeys | XdoKeys, log: Callable[[str], None] = print) -> None:
        self.window, self.db, self.keys, self.log = window, db, keys, log
        self.steps: list[str] = []

    def step(self, name: str) -> None:
        settle(50)
        self.keys.shot(f"{len(self.steps) + 1:02d}-{name}")
        self.steps.append(name)
        self.log(f"step {len(self.steps)}: {name}")

    def focus(self) -> QWidget:
        return target()

    # ---- the steps ----------------------------------------------------------------------------

    def run(self) -> None:
        self.new_plan()
        self.document_chain()
        self.paste_tasks()
        self.groups_and_tasks()
        self.progress()
        self.review()
        self.report()
        self.search()

    def new_plan(self) -> None:
        k = self.keys
        k.key("ctrl+1")
        k.key("Insert")
        [plan] = plan_service.list_plans(self.db)
        form = self.window.view("plans").form
        assert form.fields["title"].toPlainText() == "" and self.focus() is form.fields["number"]
        k.type("45")
        k.key("Tab")
        k.type("KH-UBND")
        k.key("Tab")
        k.type("15/01/2025")
        k.key("Tab")
        k.type(ISSUER)
        k.key("Down")
        k.key("Return")
        k.key("Tab")
        assert self.focus() is form.fields["title"]
        k.type(SUMMARY)
        k.key("Tab")
        k.type("2025")
        k.key("Tab")
        k.type("2025")
        k.key("Tab")
        plan = plan_service.get_plan(self.db, plan.id)
        assert (plan.reference, plan.issued_on, plan.issuer_name, plan.title, plan.start_year, plan.end_year) == (
            "45/KH-UBND", date(2025, 1, 15), ISSUER, SUMMARY, 2025, 2025), plan
        assert form.fields["issuer_unit_id"].text() == ISSUER and not form.fields["issuer_unit_id"].property("error")
        self.plan_id = plan.id
        self.step("plan")

    def _document(self, kind_steps: int, reference: str, issued: str, issuer: str, title: str,
                  parent_steps: int) -> None:
        k = self.keys
        k.key("ctrl+shift+b")
        dialog = self.window.view("plans").document_dialog
        assert dialog.isVisible()
        dialog.doc_type.setFocus() if self.focus() is not dialog.doc_type else None
        k.key("Tab") if self.focus() is dialog.existing else None
        assert self.focus() is dialog.doc_type, self.focus()
        for _ in range(kind_steps):
            k.key("Down")
        for text in (reference, issued, issuer, title):
            k.key("Tab")
            k.type(text)
        k.key("Tab")
        for _ in range(parent_steps):
            k.key("Down")
        k.key("Return")
        assert not dialog.isVisible()

    def document_chain(self) -> None:
        self._document(0, "45-NQ/TW", "24/11/2023", "Ban Chấp hành Trung ương",
                       "Về tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức", 0)
        self._document(2, "30-CTr/TU", "08/03/2024", "Thành ủy Hà Nội", "Chương trình hành động", 1)
        plan = plan_service.get_plan(self.db, self.plan_id)
        nq, ctr = plan.implements
        assert "45-NQ/TW" in nq.citation and ctr.citation.startswith("Chương trình") and "30-CTr/TU" in ctr.citation
        assert [d.id for d in document_service.chain(self.db, ctr.id)][-1] == nq.id  # CTr implements the NQ
        chain = self.window.view("plans").chain.text().split("<br>")[-1]
        assert chain.index("45-NQ/TW") < chain.index("30-CTr/TU") < chain.index("45/KH-UBND")
        self.step("document-chain")

    def paste_tasks(self) -> None:
        """Ctrl+V in the empty task grid opens the preview; two lines mended by keys; Enter adds the
        groups and tasks; Ctrl+Z takes all of them back in one step."""
        from PySide6.QtGui import QGuiApplication

        from desktop_app.reading.model import DETAIL
        from desktop_app.ui.models.reading_lines import DEADLINE, KIND, LEAD

        k = self.keys
        units_before = {u.name for u in unit_service.list_units(self.db)}
        k.key("ctrl+2")
        view = self.window.view("tasks")
        assert view.picker.plan_id() == self.plan_id and self.focus() is view.grid, self.focus()
        QGuiApplication.clipboard().setText(PASTED)
        settle(100)
        k.key("ctrl+v")
        dialog = view.paste_dialog
        assert dialog.isVisible() and self.focus() is dialog.preview, self.focus()
        assert "Đọc được 2 nhóm, 4 nhiệm vụ." in dialog.summary.text(), dialog.summary.text()
        lines = [line.shown for line in dialog.model.lines]
        row_of = {text[:4]: i for i, text in enumerate(lines)}
        self.move_to(dialog.preview, row_of["1.2."], dialog.preview.currentIndex().column())
        k.key("ctrl+3")  # "1.2." is a detail of 1.1
        assert dialog.model.lines[row_of["1.2."]].kind == DETAIL
        assert dialog.model.index(row_of["1.2."], KIND).data() == "Chi tiết"
        assert "2 nhóm, 3 nhiệm vụ." in dialog.summary.text(), dialog.summary.text()
        self.move_to(dialog.preview, row_of["1.3."], dialog.preview.currentIndex().column())
        lead = dialog.model.index(row_of["1.3."], LEAD)
        assert lead.data() == "Phòng Văn hóa - Thông tin ≈ Phòng Văn hóa và Thông tin?", lead.data()
        k.key("ctrl+g")  # the directory's name for the unit written another way
        assert lead.data() == "Phòng Văn hóa và Thông tin", lead.data()
        assert dialog.model.index(row_of["2.1."], LEAD).data() == "Phòng Y te"  # the same unit, as folded
        self.move_to(dialog.preview, row_of["2.1."], DEADLINE)
        k.key("F2")  # the deadline moved in place: typed over, Enter closes the cell only
        k.key("ctrl+a")
        k.type("30/11/2025")
        k.key("Return")
        assert dialog.isVisible() and dialog.model.index(row_of["2.1."], DEADLINE).data() == "30/11/2025"
        k.key("Tab")  # out of the preview to the line's full text, and back
        assert self.focus() is dialog.detail and "Giao Phòng Y te" in dialog.detail.toPlainText(), self.focus()
        k.key("shift+Tab")
        assert self.focus() is dialog.preview, self.focus()
        self.keys.shot(f"{len(self.steps) + 1:02d}-paste-preview-mended")  # the dialog as the clerk accepts it
        k.key("Return")
        assert not dialog.isVisible()
        groups = task_service.list_groups(self.db, self.plan_id)
        assert [g.title for g in groups] == ["Nâng cao chất lượng dịch vụ công trực tuyến",
                                             "Bảo đảm an toàn thông tin"], [g.title for g in groups]
        saved = {t.number: t for t in task_service.list_tasks(self.db, self.plan_id)}
        assert sorted(saved) == ["1.1", "1.2", "2.1"], sorted(saved)
        assert saved["1.1"].content.startswith("Rà soát, chuẩn hóa quy trình")
        assert saved["1.1"].content.endswith("\n1.2. Ưu tiên các thủ tục có số lượng hồ sơ lớn."), saved["1.1"].content
        assigned = [(n, t.lead_unit_name, t.coordinating_unit_names, t.schedule.label)
                    for n, t in sorted(saved.items())]
        assert assigned == [("1.1", "Phòng Nội vụ", ("Phòng Tư pháp",), "30/09/2025"),
                            ("1.2", "Phòng Văn hóa và Thông tin", (), "Hằng quý"),
                            ("2.1", "Phòng Y tế", (), "30/11/2025")], assigned
        assert {u.name for u in unit_service.list_units(self.db)} == units_before  # no "Phòng Y te" made
        shown = [view.model.index(r, 1).data() for r in range(view.model.rowCount())]
        assert any(str(text).startswith("Tổ chức diễn tập") for text in shown), shown
        assert "Đã thêm 2 nhóm, 3 nhiệm vụ" in self.window.statusBar().currentMessage()
        self.step("paste")
        assert target(self.window) is view.grid, target(self.window)  # the grid has the keyboard back
        k.key("ctrl+z")  # one step takes the whole paste back
        assert not task_service.list_groups(self.db, self.plan_id)
        assert not task_service.list_tasks(self.db, self.plan_id)
        assert not any(view.model.task_at(r) for r in range(view.model.rowCount()))
        message = self.window.statusBar().currentMessage()
        assert "Đã hoàn tác" in message and "Đã thêm" not in message, message
        k.key("ctrl+y")  # redone whole, then undone again: the plan is typed from empty below
        assert [len(task_service.list_tasks(self.db, self.plan_id)), self.focus()] == [3, view.grid], self.focus()
        assert {u.name for u in unit_service.list_units(self.db)} == units_before
        assert "Đã làm lại: Dán 3 nhiệm vụ" in self.window.statusBar().currentMessage()
        k.key("ctrl+z")
        assert not task_service.list_groups(self.db, self.plan_id)
        self.step("paste-undone")

    def groups_and_tasks(self) -> None:
        k = self.keys
        k.key("ctrl+2")
        view = self.window.view("tasks")
        assert view.picker.plan_id() == self.plan_id  # the plan made on the plans screen is current here
        grid = view.grid
        assert self.focus() is grid
        for g, (title, tasks) in enumerate(zip(GROUPS, TASKS, strict=True)):
            if g:
                k.key("ctrl+shift+Insert")
            k.type(title)
            k.key("Return")  # into the new group: the first task is typed next
            for t, (content, unit, deadline) in enumerate(tasks):
                if t:
                    k.key("Insert")
                k.type(content)
                k.key("Tab")
                k.type(unit)
                k.key("Tab")  # the highlighted suggestion is not taken: the typed words find the unit
                k.key("Tab")  # no coordinating unit
                k.type(deadline)
                k.key("Return")
        groups = task_service.list_groups(self.db, self.plan_id)
        assert [g.title for g in groups] == list(GROUPS), [g.title for g in groups]
        saved = task_service.list_tasks(self.db, self.plan_id)
        assert [(t.number, t.content) for t in saved] == [
            (f"{g + 1}.{t + 1}", content) for g, tasks in enumerate(TASKS) for t, (content, _u, _d) in enumerate(tasks)]
        assert [t.lead_unit_name for t in saved] == ["Phòng Nội vụ", "Phòng Tư pháp", "Phòng Y tế", "Phòng Nội vụ",
                                                    "Phòng Văn hóa và Thông tin", "Phòng Tư pháp"]
        assert [t.schedule.label for t in saved] == [
            "31/03/2025", "Hằng quý", "Hằng năm, ngày 15/12", "Thường xuyên", "30/06/2025", "Hằng quý"]
        assert view.model.index(view.model.row_of(saved[4].id), 2).data() == "Phòng Văn hóa và Thông tin"
        self.tasks = saved
        self.step("groups-and-tasks")

    def move_to(self, grid: Any, row: int, column: int) -> None:
        """Arrow keys until the grid's current cell is (row, column)."""
        for _ in range(60):
            current = grid.currentIndex()
            if (current.row(), current.column()) == (row, column):
                return
            if current.row() != row:
                self.keys.key("Down" if current.row() < row else "Up")
            else:
                self.keys.key("Right" if current.column() < column else "Left")
        raise AssertionError(f"the arrow keys did not reach ({row}, {column}): {grid.currentIndex().row()}, "
                             f"{grid.currentIndex().column()}; focus: {QApplication.focusWidget()}")

    def progress(self) -> None:
        from desktop_app.ui.models.progress import FIELD_COLUMN
        from desktop_app.ui.models.roles import ERROR_ROLE

        k = self.keys
        k.key("ctrl+4")
        view = self.window.view("progress")
        assert view.picker.plan_id() == self.plan_id
        assert view.period_code() == "2025-Q4", view.period_code()  # the plan of 2025: its last period
        grid = view.grid
        assert self.focus() is grid and view.proxy.rowCount() == 6, (self.focus(), view.proxy.rowCount())
        percent, result = FIELD_COLUMN["percent"], FIELD_COLUMN["result"]
        values = ("100", "150", "60", "80", "100", "30")  # "150" is the mistake
        for row, value in enumerate(values):
            self.move_to(grid, row, percent)
            k.type(value)
            k.key("Return")
            self.move_to(grid, row, result)
            k.type(f"Đã thực hiện đợt {row + 1}")
            k.key("Return")
        red = view.proxy.index(1, percent)
        assert red.data() == "150" and red.data(ERROR_ROLE), (red.data(), red.data(ERROR_ROLE))
        self.move_to(grid, 1, percent)
        k.key("Delete")  # the red cell is emptied, never left red
        assert not red.data(ERROR_ROLE)
        k.type("50")
        k.key("Return")
        rows = progress_service.period_rows(self.db, self.plan_id, "2025-Q4", as_of=date(2025, 12, 10))
        assert [r.percent for r in rows] == [100, 50, 60, 80, 100, 30], [r.percent for r in rows]
        assert [r.result for r in rows] == [f"Đã thực hiện đợt {i}" for i in range(1, 7)]
        self.step("progress")

    def review(self) -> None:
        from desktop_app.domain.review import ReviewState

        k = self.keys
        view = self.window.view("progress")
        grid = view.grid
        # Phòng Nội vụ leads 1.1 and 2.1: both accepted; Phòng Tư pháp (1.2, 2.3): returned with a reason
        order = [view.proxy.index(i, 2).data() for i in range(view.proxy.rowCount())]
        for unit, accept in (("Phòng Nội vụ", True), ("Phòng Tư pháp", False)):
            for row in [i for i, name in enumerate(order) if name == unit]:
                self.move_to(grid, row, 1)
                if accept:
                    k.key("ctrl+Return")
                else:
                    k.key("ctrl+shift+Return")
                    k.type("Đề nghị bổ sung số liệu")
                    k.key("Return")
        rows = {r.task_number: r for r in progress_service.period_rows(self.db, self.plan_id, "2025-Q4",
                                                                        as_of=date(2025, 12, 10))}
        states = {n: r.review_state for n, r in rows.items()}
        assert states["1.1"] == states["2.1"] == ReviewState.ACCEPTED, states
        assert states["1.2"] == states["2.3"] == ReviewState.RETURNED, states
        assert rows["1.2"].review_reason == "Đề nghị bổ sung số liệu"
        self.step("review")

    def report(self) -> None:
        """The period's report: previewed (F5), then saved as PDF (Ctrl+S, a file name, Enter)."""
        from pypdf import PdfReader

        k = self.keys
        k.key("ctrl+5")
        view = self.window.view("reports")
        assert view.picker.plan_id() == self.plan_id
        assert view.period.currentData() == "2025-Q4", view.period.currentData()
        k.key("F5")
        view.runner.wait_idle()
        settle(200)
        assert view.page_count() > 0 and view.pdf.startswith(b"%PDF")
        self.step("report-preview")
        out = self.keys.shots / "bao-cao-45-KH-UBND.pdf"
        k.key("ctrl+s")
        dialog = view.save_dialog
        assert dialog.isVisible()
        k.key("ctrl+a")
        k.type(str(out))
        k.key("Return")
        view.runner.wait_idle()
        settle(300)
        assert out.exists(), out
        text = " ".join(" ".join(page.extract_text() or "" for page in PdfReader(str(out)).pages).split())
        assert "45/KH-UBND" in text and "Ươm tạo mô hình điểm" in text, text[:400]
        self.step("report-saved")

    def search(self) -> None:
        k = self.keys
        k.key("ctrl+f")
        assert self.focus() is self.window.search
        k.type("uom tao")
        settle(600)  # the search runs when typing pauses
        k.key("Return")
        view = self.window.view("tasks")
        assert self.window.pages.currentWidget() is view
        current = view.grid.currentIndex()
        assert view.model.task_at(current.row()).content == "Ươm tạo mô hình điểm"
        self.step("search")


def check_seeded(db: Database) -> None:
    assert not plan_service.list_plans(db) and not document_service.list_documents(db)
