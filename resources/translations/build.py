"""Refresh the translation sources and build the .qm files.

    python resources/translations/build.py

1. ``pyside6-lupdate`` collects every ``tr()`` / ``translate()`` text of desktop_app/ui into
   plantrack_en.ts (sources are Vietnamese, the default language needs no translation);
2. the English texts below are written into the .ts (texts without one stay "unfinished");
3. ``pyside6-lrelease`` builds plantrack_en.qm next to it (skipped when it is not installed).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS = HERE / "plantrack_en.ts"

EN = {
    "Văn bản được thực hiện": "Implemented document",
    "— Văn bản mới (nhập bên dưới) —": "— New document (enter below) —",
    "Ví dụ: 30-CTr/TU hoặc 137/KH-UBND": "E.g. 30-CTr/TU or 137/KH-UBND",
    "dd/mm/yyyy": "dd/mm/yyyy",
    "Ví dụ: Ban Thường vụ Thành ủy Hà Nội": "E.g. Standing Committee of the Hanoi Party Committee",
    "(không)": "(none)",
    "Văn bản đã có:": "Existing document:",
    "Loại:": "Type:",
    "Số, ký hiệu:": "Number and symbol:",
    "Ngày ban hành:": "Issued on:",
    "Cơ quan ban hành:": "Issued by:",
    "Trích yếu:": "Summary:",
    "Thực hiện văn bản:": "Implements:",
    "Số, ký hiệu không hợp lệ": "Invalid number and symbol",
    "Số, ký hiệu không hợp lệ: {0} (ví dụ 30-CTr/TU)": "Invalid number and symbol: {0} (e.g. 30-CTr/TU)",
    "Bắt đầu": "Getting started",
    "Tạo dữ liệu mẫu để làm quen (có thể xóa sau)": "Create sample data to try things out (can be deleted later)",
    "Bắt đầu với đơn vị của tôi": "Start with my own unit",
    "Để trống, tôi tự nhập": "Leave it empty, I will enter everything",
    "Ví dụ: UBND phường Ba Đình": "E.g. Ba Dinh Ward People's Committee",
    "Ủy ban nhân dân (phường, xã, quận)": "People's Committee (ward, commune, district)",
    "Cấp ủy Đảng": "Party committee",
    "Phòng, ban chuyên môn": "Specialised office",
    "Tên đơn vị:": "Unit name:",
    "Cơ sở dữ liệu còn trống. Bạn muốn bắt đầu thế nào?": "The database is empty. How would you like to start?",
    "Đang tạo dữ liệu mẫu…": "Creating sample data…",
    "31/12/2024, hằng quý, thường xuyên…": "31/12/2024, quarterly, continuous…",
    "Hủy": "Cancel",
    "Tìm kiếm": "Search",
    "Tìm: ": "Find: ",
    "CSDL: {0}": "Database: {0}",
    "Chưa có thay đổi": "No changes yet",
    "Sao lưu: {0}": "Backup: {0}",
    "chưa có": "none yet",
    "Đã lưu lúc {0}": "Saved at {0}",
    "&Tệp": "&File",
    "&Mở cơ sở dữ liệu…": "&Open database…",
    "&Tạo cơ sở dữ liệu mới…": "&New database…",
    "&Lưu bản sao…": "&Save a copy…",
    "&Gần đây": "&Recent",
    "&Thoát": "E&xit",
    "&Sửa": "&Edit",
    "&Hoàn tác": "&Undo",
    "&Làm lại": "&Redo",
    "&Xem": "&View",
    "&Ngôn ngữ": "&Language",
    "Mở cơ sở dữ liệu": "Open database",
    "Tạo cơ sở dữ liệu mới": "New database",
    "Tạo mới": "New",
    "Tệp đã có; hãy chọn tên khác.": "The file exists; choose another name.",
    "Lưu bản sao": "Save a copy",
    "Chỉ lưu bản sao được cho cơ sở dữ liệu dạng tệp.": "Only a database file can be copied.",
    "Đã lưu bản sao: {0}": "Copy saved: {0}",
    "(trống)": "(empty)",
    "Ngôn ngữ": "Language",
    "Ngôn ngữ mới được dùng khi mở lại chương trình.": "The new language is used when the program is restarted.",
    "Kế hoạch": "Plans",
    "Số dòng": "Rows",
    "Hoàn thành\nđúng hạn": "Done\non time",
    "Hoàn thành\nquá hạn": "Done\nlate",
    "Đang\nthực hiện": "In\nprogress",
    "Quá hạn": "Overdue",
    "Chưa\nthực hiện": "Not\nstarted",
    "Sắp\nđến hạn": "Due\nsoon",
    "Chưa giao\nchủ trì": "No lead\nunit",
    "<b>Tình hình thực hiện {0}</b> (chốt số liệu {1:%d/%m/%Y} – {2:%d/%m/%Y}). Nhấp đúp để mở tiến độ.":
        "<b>Implementation in {0}</b> (data cut-off {1:%d/%m/%Y} – {2:%d/%m/%Y}). Double-click to open progress.",
    "Dán nhiệm vụ từ văn bản": "Paste tasks from a document",
    "Dán (Ctrl+V) mục “Nhiệm vụ, giải pháp” của kế hoạch vào đây…":
        "Paste (Ctrl+V) the plan's “Tasks and solutions” section here…",
    "Nhóm / nhiệm vụ phát hiện được (sửa được, bỏ chọn để bỏ qua)":
        "Groups / tasks detected (editable; untick to skip)",
    "Chọn một dòng để xem và sửa toàn văn": "Select a row to see and edit its full text",
    "Thành nhóm (Alt+←)": "Make a group (Alt+←)",
    "Thành nhiệm vụ (Alt+→)": "Make a task (Alt+→)",
    "Thêm vào kế hoạch": "Add to the plan",
    "Nhiệm vụ, giải pháp": "Tasks and solutions",
    "Phát hiện {0} nhóm, {1} nhiệm vụ.": "Detected {0} groups, {1} tasks.",
    "Bỏ qua {0} dòng không phải nhiệm vụ: {1}": "Skipped {0} lines that are not tasks: {1}",
    "Ký hiệu:": "Symbol:",
    "Số:": "Number:",
    "Đơn vị ban hành:": "Issuing unit:",
    "đến năm": "to",
    "tầm nhìn": "vision",
    "Hạn báo cáo sau ngày chốt (ngày):": "Report due after cut-off (days):",
    "Giai đoạn:": "Period:",
    "Mục đích:": "Purpose:",
    "Yêu cầu:": "Requirements:",
    "Năm không hợp lệ: {0}": "Invalid year: {0}",
    "Trích yếu kế hoạch không được để trống": "The plan's summary cannot be empty",
    "Sửa kế hoạch {0}": "Edit plan {0}",
    "Số, ký hiệu": "Number",
    "Ngày": "Date",
    "Nhiệm vụ": "Tasks",
    "Trích yếu": "Summary",
    "Thêm kế hoạch": "Add plan",
    "Sửa giá trị chỉ tiêu": "Edit target value",
    "Giá trị đầu tiên của chỉ tiêu không hoàn tác được; hãy sửa số.":
        "A target's first value cannot be undone; edit the number instead.",
    "Thêm văn bản căn cứ…": "Add implemented document…",
    "Chỉ tiêu mới: tên; đơn vị tính; cơ sở; mục tiêu (8 hoặc 8-10); năm — Enter để thêm":
        "New target: name; unit; baseline; target (8 or 8-10); year — Enter to add",
    "Xóa kế hoạch": "Delete plan",
    "Thông tin kế hoạch": "Plan details",
    "Văn bản được thực hiện (chuỗi Nghị quyết → Chương trình → Kế hoạch)":
        "Implemented documents (Resolution → Programme → Plan)",
    "Chỉ tiêu": "Targets",
    "Giá trị thực hiện của kỳ:": "Actual value for period:",
    "Kế hoạch này ({0})": "this plan ({0})",
    "<i>Chưa ghi văn bản căn cứ.</i>": "<i>No implemented document recorded.</i>",
    "Kế hoạch mới": "New plan",
    "Xóa {0} cùng {1} nhiệm vụ và toàn bộ tiến độ của nó? Việc này không hoàn tác được (hãy Lưu bản sao "
    "trước nếu cần).": "Delete {0} with its {1} tasks and all their progress? This cannot be undone (save a "
                      "copy first if needed).",
    "STT": "No.",
    "Đơn vị": "Units",
    "Tình trạng": "Status",
    "Tỷ lệ %": "Percent",
    "Ngày hoàn thành": "Completed on",
    "Kết quả": "Result",
    "Khó khăn": "Difficulties",
    "Kiến nghị": "Proposals",
    "Hạn": "Due",
    "Đánh giá": "Assessment",
    "Tất cả": "All",
    "Quá hạn và sắp đến hạn": "Overdue and due soon",
    "Sắp đến hạn": "Due soon",
    "Cả đơn vị phối hợp": "Include coordinating units",
    "Sao chép từ kỳ trước": "Copy from previous period",
    "Kế hoạch:": "Plan:",
    "Kỳ:": "Period:",
    "Đơn vị:": "Unit:",
    "Nhóm:": "Group:",
    "Hạn:": "Deadline:",
    "Chốt số liệu từ {0} đến {1} · Hạn gửi báo cáo: {2}": "Data cut-off from {0} to {1} · Report due: {2}",
    "{0} dòng · hoàn thành {1} · quá hạn {2}": "{0} rows · done {1} · overdue {2}",
    "Sửa tiến độ {0}": "Edit progress {0}",
    "Đã sao chép {0} dòng từ kỳ trước.": "Copied {0} rows from the previous period.",
    "Chọn kế hoạch và kỳ báo cáo ở màn hình Tiến độ, rồi xuất báo cáo.":
        "Pick a plan and period on the Progress screen, then export the report.",
    "Phần xuất báo cáo (PDF, DOCX theo Nghị định 30) chưa được cài trong bản này.":
        "Report export (PDF, DOCX per Decree 30) is not installed in this build.",
    "Tìm kế hoạch, nhiệm vụ, đơn vị, tiến độ… (Ctrl+F)": "Find plans, tasks, units, progress… (Ctrl+F)",
    "Đơn vị tính": "Unit",
    "Cơ sở": "Baseline",
    "Mục tiêu": "Target",
    "Năm đạt": "By year",
    "Thực hiện": "Actual",
    "Cần nhập một số": "A number is needed",
    "Sửa nhiệm vụ {0}": "Edit task {0}",
    "Sửa tên nhóm": "Rename group",
    "Thêm nhiệm vụ": "Add task",
    "Thêm nhóm nhiệm vụ": "Add task group",
    "Xóa nhiệm vụ {0}": "Delete task {0}",
    "Xóa nhóm {0}": "Delete group {0}",
    "Chuyển nhiệm vụ": "Move task",
    "Chuyển nhóm": "Move group",
    "Chuyển nhiệm vụ sang nhóm khác": "Move task to another group",
    "Thụt vào: nhóm thành nhiệm vụ": "Indent: group becomes a task",
    "Thụt ra: nhiệm vụ thành nhóm": "Outdent: task becomes a group",
    "Dán {0} nhiệm vụ": "Paste {0} tasks",
    "Nội dung nhiệm vụ": "Task",
    "Đơn vị chủ trì": "Lead unit",
    "Đơn vị phối hợp": "Coordinating units",
    "Thời hạn": "Deadline",
    "Sản phẩm": "Output",
    "Ngày bắt đầu": "Start date",
    "+ Gõ để thêm nhiệm vụ mới…": "+ Type to add a new task…",
    "+ Gõ để thêm nhóm nhiệm vụ đầu tiên…": "+ Type to add the first task group…",
    "Nội dung nhiệm vụ không được để trống": "A task cannot be empty",
    "Tên nhóm nhiệm vụ không được để trống": "A group's title cannot be empty",
    "Thêm nhóm": "Add group",
    "Xóa dòng": "Delete row",
    "Thụt vào": "Indent",
    "Nhóm thành nhiệm vụ của nhóm trên": "Group becomes a task of the group above",
    "Thụt ra": "Outdent",
    "Nhiệm vụ thành nhóm mới": "Task becomes a new group",
    "Lên": "Up",
    "Xuống": "Down",
    "Dán từ Word…": "Paste from Word…",
    "Dán mục Nhiệm vụ, giải pháp và xem trước các nhóm, nhiệm vụ":
        "Paste the Tasks and solutions section and preview its groups and tasks",
    "Dán": "Paste",
    "Xóa ô": "Clear cell",
    "Nhóm nhiệm vụ mới": "New task group",
    "Đã xóa. Nhấn Ctrl+Z để hoàn tác.": "Deleted. Press Ctrl+Z to undo.",
    "Hãy chọn hoặc tạo một kế hoạch trước.": "Choose or create a plan first.",
    "Đã thêm {0} nhóm, {1} nhiệm vụ. Nhấn Ctrl+Z để hoàn tác.": "Added {0} groups, {1} tasks. Press Ctrl+Z to undo.",
    "Tên đơn vị": "Unit name",
    "Mã": "Code",
    "Loại": "Kind",
    "Trạng thái": "State",
    "Đang hoạt động": "Active",
    "Ngừng hoạt động": "Inactive",
    "Tên đơn vị không được để trống": "A unit's name cannot be empty",
    "Ngừng hoạt động đơn vị này": "Deactivate this unit",
    "Cây đơn vị: thành phố → quận/huyện → phường/xã → phòng, ban. Đơn vị đã dùng không xóa được, chỉ ngừng "
    "hoạt động.": "Unit tree: city → district → ward/commune → offices. A unit in use cannot be deleted, only "
                 "deactivated.",
    "Thêm đơn vị": "Add unit",
    "Thêm đơn vị cấp dưới": "Add sub-unit",
    "Đổi tên": "Rename",
    "Lên một cấp": "Up one level",
    "Vào trong đơn vị trên": "Into the unit above",
    "Ngừng / mở lại hoạt động": "Deactivate / reactivate",
    "Xóa": "Delete",
    "Sửa đơn vị {0}": "Edit unit {0}",
    "Đơn vị mới": "New unit",
    "Ngừng hoạt động {0}": "Deactivate {0}",
    "Mở lại {0}": "Reactivate {0}",
    "Chuyển đơn vị {0}": "Move unit {0}",
    "Xóa đơn vị {0}": "Delete unit {0}",
    "{0}\n\nChọn tệp khác?": "{0}\n\nChoose another file?",
    "Ngày không hợp lệ: {0} (nhập dạng 31/12/2024)": "Invalid date: {0} (type it as 31/12/2024)",
    "Ngày không hợp lệ: {0}": "Invalid date: {0}",
    "Không phải là số: {0}": "Not a number: {0}",
    "Tỷ lệ phải là số nguyên từ 0 đến 100: {0}": "The percentage must be a whole number from 0 to 100: {0}",
    "Hằng năm {0:02d}/{1:02d}": "Yearly {0:02d}/{1:02d}",
    "Lịch thực hiện không hiểu được: {0} (ví dụ: 31/12/2024, hằng năm 15/12, hằng quý, hằng tháng, thường "
    "xuyên)": "Schedule not understood: {0} (e.g. 31/12/2024, hằng năm 15/12, hằng quý, hằng tháng, thường xuyên)",
    "Lịch thực hiện cần ngày: {0}": "The schedule needs a date: {0}",
    "Chưa thực hiện": "Not started",
    "Đang thực hiện": "In progress",
    "Hoàn thành": "Done",
    "Tạm dừng": "Suspended",
    "Hoàn thành đúng hạn": "Done on time",
    "Hoàn thành quá hạn": "Done late",
    "Ủy ban nhân dân": "People's Committee",
    "Phường, xã": "Ward, commune",
    "Trường học": "School",
    "Trạm y tế": "Health station",
    "Khác": "Other",
    "Nghị quyết": "Resolution",
    "Chỉ thị": "Directive",
    "Chương trình": "Programme",
    "Báo cáo": "Reports",
    "Quyết định": "Decision",
    "Thông báo": "Notice",
    "Tờ trình": "Submission",
    "Hướng dẫn": "Guidance",
    "Đề án": "Scheme",
    "Phương án": "Option",
    "Biên bản": "Minutes",
    "Giấy mời": "Invitation",
    "Công văn": "Official letter",
    "Đạt": "Met",
    "Chưa đạt": "Not met",
    "Vượt": "Exceeded",
    "Một lần": "Once",
    "Hằng năm": "Yearly",
    "Hằng quý": "Quarterly",
    "Hằng tháng": "Monthly",
    "Thường xuyên": "Continuous",
    "Tiến độ": "Progress",
    "Văn bản": "Document",
    "Đã hủy.": "Cancelled.",
    "Lỗi không mong đợi: {0}": "Unexpected error: {0}",
    "Không có đơn vị: {0}": "No such unit: {0}",
    "'{0}' khớp nhiều đơn vị: {1}…": "'{0}' matches several units: {1}…",
    "Kỳ báo cáo / Tiến độ": "Periods / Progress",
    "Tổng quan": "Overview",
    "{0} (đột xuất)": "{0} (ad hoc)",
    "Chưa giao đơn vị chủ trì (nhiệm vụ chưa đủ “5 rõ”)": "No lead unit assigned (the task is not fully assigned)",
    "Chuyển đến…": "Move to…",
    "(cấp cao nhất)": "(top level)",
    "Chuyển đơn vị": "Move unit",
    "Đơn vị cấp trên mới:": "New parent unit:",
    "phối hợp": "coordinating",
    "Kế hoạch do cấp trên gửi xuống: chỉ xem nhiệm vụ; tiến độ cập nhật ở màn hình Kỳ báo cáo / Tiến độ.":
        "Plan received from the level above: tasks are read-only; progress is updated on Periods / Progress.",
    "&Trợ giúp": "&Help",
    "&Phím tắt": "&Keyboard shortcuts",
    "Phím tắt": "Keyboard shortcuts",
    "Chuyển màn hình (Kế hoạch … Tổng quan)": "Switch screens (Plans … Overview)",
    "Tìm kiếm; Enter mở kết quả": "Search; Enter opens the result",
    "Gõ chữ / F2": "Type / F2",
    "Sửa ô; Enter lưu và xuống; Tab lưu và sang phải; Esc bỏ":
        "Edit a cell; Enter saves and moves down; Tab saves and moves right; Esc cancels",
    "Thêm nhiệm vụ dưới dòng đang chọn": "Add a task under the current row",
    "Thêm nhóm nhiệm vụ": "Add task group",
    "Xóa dòng (Ctrl+Z để hoàn tác)": "Delete the row (Ctrl+Z undoes)",
    "Xóa nội dung ô": "Clear the cell",
    "Thụt ra (nhiệm vụ thành nhóm) / thụt vào (nhóm thành nhiệm vụ)":
        "Outdent (task becomes a group) / indent (group becomes a task)",
    "Chuyển dòng lên / xuống; số thứ tự tự đánh lại": "Move the row up / down; numbers follow",
    "Dán mục Nhiệm vụ, giải pháp từ Word và xem trước": "Paste the Tasks and solutions section from Word, with a preview",
    "Hoàn tác / làm lại mọi thay đổi trong phiên": "Undo / redo any change of the session",
}


def main() -> int:
    venv_bin = Path(sys.executable).parent
    lupdate = shutil.which("pyside6-lupdate", path=str(venv_bin)) or shutil.which("pyside6-lupdate")
    if lupdate:
        sources = sorted(str(p) for p in (ROOT / "desktop_app" / "ui").rglob("*.py"))
        subprocess.run([lupdate, *sources, "-ts", str(TS), "-source-language", "vi_VN",
                        "-target-language", "en_US", "-no-obsolete"], check=True)
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if source in EN:
            translation.text = EN[source]
            translation.attrib.pop("type", None)
        else:
            translation.set("type", "unfinished")
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    if missing:
        print(f"{len(missing)} texts without English: {missing[:10]}")
    lrelease = shutil.which("pyside6-lrelease", path=str(venv_bin)) or shutil.which("pyside6-lrelease")
    if lrelease:
        subprocess.run([lrelease, str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
