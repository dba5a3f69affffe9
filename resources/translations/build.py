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
    "Đang mở…": "Opening…",
    "Không mở được '{0}': {1}": "Could not open '{0}': {1}",
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
    "Xóa dòng (Ctrl+Z để hoàn tác)": "Delete the row (Ctrl+Z undoes)",
    "Xóa nội dung ô": "Clear the cell",
    "Thụt ra (nhiệm vụ thành nhóm) / thụt vào (nhóm thành nhiệm vụ)":
        "Outdent (task becomes a group) / indent (group becomes a task)",
    "Chuyển dòng lên / xuống; số thứ tự tự đánh lại": "Move the row up / down; numbers follow",
    "Dán mục Nhiệm vụ, giải pháp từ Word và xem trước":
        "Paste the Tasks and solutions section from Word, with a preview",
    "Hoàn tác / làm lại mọi thay đổi trong phiên": "Undo / redo any change of the session",
    # reports and Excel screens
    'Tải mẫu Excel': 'Download Excel template',
    'Đã lưu mẫu Excel: {0}': 'Excel template saved: {0}',
    'Xuất Excel': 'Export to Excel',
    'Đã xuất Excel: {0}': 'Exported to Excel: {0}',
    'Nhập từ Excel': 'Import from Excel',
    'Nhập nhiệm vụ từ Excel': 'Import tasks from Excel',
    'Nhập tiến độ từ Excel': 'Import progress from Excel',
    ('Kiểm tra xong, chưa ghi gì. Nhấn «Nhập» để ghi vào cơ sở dữ liệu.'):
        ('Checked, nothing written yet. Press “Import” to write it to the database.'),
    'Tệp không có gì thay đổi so với dữ liệu hiện có.': 'The file changes nothing in the current data.',
    ("Tệp '{0}' có {1} lỗi; không nhập gì. Sửa tệp rồi nhập lại."):
        ("File '{0}' has {1} problem(s); nothing imported. Fix the file and import again."),
    'Nhập': 'Import',
    'Tải mẫu Excel…': 'Download Excel template…',
    'Nhập từ Excel…': 'Import from Excel…',
    'Xuất Excel…': 'Export to Excel…',
    'Thiết lập báo cáo — {0}': 'Report settings — {0}',
    'Thiết lập báo cáo': 'Report settings',
    'Nhà nước (Nghị định 30/2020)': 'State (Decree 30/2020)',
    'Đảng (Hướng dẫn 36-HD/VPTW)': 'Party (Guide 36-HD/VPTW)',
    'Kiểu trình bày:': 'Layout:',
    'Cơ quan chủ quản:': 'Governing body:',
    'Tên trong văn bản:': 'Name in running text:',
    'Địa danh:': 'Place:',
    'Ký hiệu báo cáo:': 'Report symbol:',
    'Thẩm quyền ký (mỗi dòng một):': 'Signing authority (one per line):',
    'Chức vụ người ký:': "Signer's title:",
    'Họ và tên người ký:': "Signer's full name:",
    'Nơi nhận (mỗi dòng một):': 'Recipients (one per line):',
    'Lưu:': 'Archive:',
    'Báo cáo kết quả': 'Progress report',
    'Phụ lục': 'Appendix',
    'Danh mục nhiệm vụ': 'Task list',
    'Nhiệm vụ quá hạn / sắp đến hạn': 'Overdue / due soon tasks',
    'Báo cáo của đơn vị': "Unit's report",
    'số': 'no.',
    'Mở đầu': 'Opening',
    'I. Công tác chỉ đạo, triển khai': 'I. Direction and roll-out',
    'II. Kết quả thực hiện': 'II. Results',
    'III. Tồn tại, hạn chế và nguyên nhân': 'III. Shortcomings and causes',
    'IV. Phương hướng, nhiệm vụ kỳ tới': 'IV. Next period',
    'V. Đề xuất, kiến nghị': 'V. Proposals',
    ('Để trống: kết quả lấy từ số liệu tiến độ (bảng, phụ lục); nội dung viết ở đây được in '
     'thêm.'):
        ('Leave empty: results come from the progress data (tables, appendix); text written here is '
         'printed in addition.'),
    'Soạn lại': 'Redraft',
    'Soạn lại nội dung từ số liệu (bỏ các sửa đổi)': 'Draft the text again from the data (drops your edits)',
    'Xem trước': 'Preview',
    'Lưu PDF…': 'Save PDF…',
    'Lưu Word (.docx)…': 'Save Word (.docx)…',
    'In…': 'Print…',
    'Ban hành': 'Issue',
    ('Cấp số, ngày và lưu cố định báo cáo; không sửa được nữa'):
        ('Give the report its number and date and freeze it; it cannot be edited afterwards'),
    'Thiết lập báo cáo…': 'Report settings…',
    'Mở lại': 'Reopen',
    'Lưu bản đã ban hành…': 'Save issued copy…',
    'Chưa xem trước. Nhấn «Xem trước» để dựng các trang.': 'No preview yet. Press “Preview” to build the pages.',
    'Ngày:': 'Date:',
    'Soạn nội dung': 'Compose',
    'Báo cáo đã ban hành của kế hoạch': 'Issued reports of the plan',
    '(tất cả đơn vị)': '(all units)',
    'Bản Word chỉ có cho báo cáo kết quả và báo cáo của đơn vị': 'Word files exist only for progress and unit reports',
    'Báo cáo của đơn vị: hãy chọn đơn vị.': "Unit's report: choose a unit.",
    'Đã soạn nội dung. Sửa nếu cần rồi nhấn «Xem trước».': 'Text drafted. Edit it if needed, then press “Preview”.',
    'Đang dựng báo cáo…': 'Building the report…',
    'Dựng báo cáo': 'Build report',
    'Bản nháp: {0} trang': 'Draft: {0} page(s)',
    'Tài liệu Word (*.docx)': 'Word document (*.docx)',
    'Tệp PDF (*.pdf)': 'PDF file (*.pdf)',
    'Lưu báo cáo': 'Save report',
    'Đã lưu: {0}': 'Saved: {0}',
    'Hãy nhấn «Xem trước» trước khi in.': 'Press “Preview” before printing.',
    'Nhập số báo cáo trước khi ban hành.': 'Enter the report number before issuing.',
    'Ban hành báo cáo': 'Issue report',
    ('Ban hành báo cáo số {0} ngày {1}? Báo cáo được lưu cố định, không sửa được nữa; các sửa '
     'đổi sau này chỉ có trong bản nháp mới.'):
        ('Issue report no. {0} dated {1}? The report is frozen and cannot be edited; later changes '
         'only appear in new drafts.'),
    'Đang ban hành…': 'Issuing…',
    'Đã ban hành báo cáo số {0} ngày {1}': 'Issued report no. {0} dated {1}',
    'Đã ban hành báo cáo số {0}': 'Issued report no. {0}',
    '{0} ngày {1} — {2}, kỳ {3}': '{0} dated {1} — {2}, period {3}',
    'Bản đã ban hành: số {0} ngày {1}': 'Issued copy: no. {0} dated {1}',
    'Bản đã ban hành': 'Issued copy',
    'Đang mở báo cáo đã ban hành…': 'Opening the issued report…',
    'Lưu bản đã ban hành': 'Save issued copy',
    'Đã lưu thiết lập báo cáo.': 'Report settings saved.',
    'Tệp Excel các nhóm, nhiệm vụ của kế hoạch để điền': "An Excel file of the plan's groups and tasks to fill in",
    'Kiểm tra tệp Excel đã điền, xem trước rồi mới nhập': 'Check a filled Excel file and preview before importing',
    # review, plan revisions, evidence documents (issue 8)
    'Tài liệu kèm theo': 'Attached documents',
    'Tài liệu kèm theo…': 'Attached documents…',
    'Cơ quan ban hành': 'Issued by',
    'Tên tệp': 'File name',
    'Dung lượng': 'Size',
    'Ví dụ: 25/BC-PNV': 'E.g. 25/BC-PNV',
    'Thêm tệp…': 'Add file…',
    ('Chọn tệp PDF, Word, Excel hoặc ảnh; số, ký hiệu, ngày, cơ quan nhập ở trên được ghi kèm '
     '(Insert)'):
        ('Choose a PDF, Word, Excel or picture file; the number, symbol, date and issuer typed above are '
         'recorded with it (Insert)'),
    'Chỉ ghi số hiệu văn bản': 'Reference only',
    'Ghi văn bản không kèm tệp (số, ký hiệu, ngày, cơ quan)':
        'Record the document without a file (number, symbol, date, issuer)',
    'Mở tệp': 'Open file',
    'Mở bằng chương trình mặc định của máy (Enter)': "Open with the computer's default program (Enter)",
    'Xóa văn bản đang chọn (Delete)': 'Delete the selected document (Delete)',
    '{0} (chưa có tệp trên máy này)': '{0} (file not on this computer)',
    '{0} văn bản': '{0} document(s)',
    'Chưa có văn bản nào. Nhập số hiệu rồi nhấn «Thêm tệp…».':
        'No documents yet. Type the reference, then press “Add file…”.',
    'Văn bản, ảnh ({0});;Mọi tệp (*)': 'Documents, pictures ({0});;All files (*)',
    'Chọn tệp đính kèm': 'Choose a file to attach',
    'Đã đính kèm {0}.': 'Attached {0}.',
    'Văn bản này chỉ có số hiệu, không kèm tệp trên máy này.':
        'This document has only its reference; no file on this computer.',
    'Máy chưa có chương trình mở được tệp này: {0}': 'No program on this computer opens this file: {0}',
    'Xóa tài liệu': 'Delete document',
    'Xóa «{0}» khỏi danh sách tài liệu kèm theo?': 'Remove “{0}” from the attached documents?',
    'So sánh phiên bản kế hoạch': 'Compare plan versions',
    '— Chọn mốc —': '— Pick a date —',
    'Ngày ban hành kế hoạch ({0})': 'Plan issued ({0})',
    'Trước văn bản {0} ({1})': 'Before document {0} ({1})',
    'Theo văn bản {0} ({1})': 'As amended by {0} ({1})',
    'So sánh': 'Compare',
    'Thay đổi': 'Change',
    'Nội dung thay đổi (trước → sau)': 'What changed (before → after)',
    'Phiên bản ngày:': 'Version of:',
    'so với ngày:': 'compared with:',
    'Nội dung': 'Content',
    'Cần cả hai ngày để so sánh (dd/mm/yyyy).': 'Both dates are needed to compare (dd/mm/yyyy).',
    'Bổ sung': 'Added',
    'Bãi bỏ': 'Dropped',
    'Sửa đổi': 'Changed',
    'Từ {0} đến {1}: bổ sung {2}, bãi bỏ {3}, sửa đổi {4} nhiệm vụ.':
        'From {0} to {1}: {2} task(s) added, {3} dropped, {4} changed.',
    'Kế hoạch ngày {0} và ngày {1} giống nhau.': 'The plan was the same on {0} and on {1}.',
    'So sánh với phiên bản ngày…': 'Compare with the version of…',
    'Những nhiệm vụ được bổ sung, sửa đổi, bãi bỏ giữa hai ngày': 'Tasks added, changed or dropped between two dates',
    'Văn bản, minh chứng của kế hoạch (Ctrl+Shift+D)': "The plan's documents and evidence (Ctrl+Shift+D)",
    'Văn bản sửa đổi, bổ sung kế hoạch': 'Documents amending the plan',
    'Chưa có văn bản sửa đổi, bổ sung; kế hoạch đang theo bản ban hành.':
        'No amending documents; the plan stands as issued.',
    'Duyệt': 'Accept',
    'Trạng thái duyệt': 'Review state',
    'Bị trả lại: {0}': 'Returned: {0}',
    'Gửi lúc {0}': 'Submitted at {0}',
    'Duyệt bởi {0} lúc {1}': 'Reviewed by {0} at {1}',
    'Duyệt các dòng đang chọn (chọn nhiều dòng: Shift+mũi tên, Ctrl+A)':
        'Accept the selected rows (select many: Shift+arrows, Ctrl+A)',
    'Trả lại…': 'Return…',
    ('Trả lại các dòng đang chọn cho đơn vị, kèm lý do; dòng bị trả lại tính là chưa hoàn thành cho '
     'đến khi được sửa và duyệt'):
        ('Return the selected rows to their units with a reason; a returned row counts as not done '
         'until it is corrected and accepted'),
    'Gửi duyệt': 'Submit',
    'Đơn vị gửi các dòng đang chọn lên cơ quan tổng hợp': 'The unit sends the selected rows to the compiling office',
    'Văn bản, minh chứng của bản cập nhật đang chọn': 'Documents and evidence of the selected update',
    'Duyệt:': 'Review:',
    '{0} dòng · hoàn thành {1} · quá hạn {2} · bị trả lại {3}': '{0} rows · {1} done · {2} overdue · {3} returned',
    'Các dòng đang chọn chưa có bản cập nhật tiến độ nào để {0}.': 'The selected rows have no update to {0}.',
    'Hãy chọn các dòng cần {0} (Shift+mũi tên, Ctrl+A).': 'Select the rows to {0} (Shift+arrows, Ctrl+A).',
    '{0} bản đã ở trạng thái này từ trước.': '{0} were already in that state.',
    'Bỏ qua {0} dòng chưa báo cáo.': 'Skipped {0} row(s) not reported.',
    'duyệt': 'accept',
    'Đã duyệt {0} bản cập nhật.': 'Accepted {0} update(s).',
    'trả lại': 'return',
    'Đã trả lại {0} bản cập nhật.': 'Returned {0} update(s).',
    'gửi': 'submit',
    'Đã gửi {0} bản cập nhật.': 'Submitted {0} update(s).',
    '{0} chưa có bản cập nhật tiến độ trong kỳ này; hãy nhập tiến độ trước khi đính kèm văn bản.':
        '{0} has no progress update in this period; enter the progress before attaching documents.',
    'Nhiệm vụ {0} — {1}, kỳ {2}': 'Task {0} — {1}, period {2}',
    'Trả lại bản cập nhật': 'Return updates',
    ' và {0} đơn vị khác': ' and {0} other unit(s)',
    'Trả lại {0} bản cập nhật của {1}. Lý do trả lại (đơn vị sẽ thấy để sửa):':
        'Return {0} update(s) of {1}. Reason (the unit sees it to correct the update):',
    'Ví dụ: Thiếu số liệu kết quả; đề nghị bổ sung văn bản minh chứng':
        'E.g. Results lack figures; please attach the supporting document',
    'Trả lại': 'Return',
    'Phải báo cáo': 'Expected',
    'Đã nhận': 'Received',
    'Đúng hạn': 'On time',
    'Đã duyệt': 'Accepted',
    'Chưa báo cáo': 'Not reported',
    'Chưa gửi': 'Draft',
    'Chờ duyệt': 'Waiting',
    'Bị trả lại': 'Returned',
    'Đã gửi, chờ duyệt': 'Submitted, waiting',
    ('Phải báo cáo: nhiệm vụ đơn vị chủ trì trong kỳ; đã nhận, đúng hạn (trước hạn gửi báo cáo), đã '
     'duyệt: số và tỷ lệ. Enter hoặc nhấn đúp: chỉ xem các dòng của đơn vị.'):
        ("Expected: tasks the unit leads in the period; received, on time (by the report deadline), "
         "accepted: count and share. Enter or double-click: show only that unit's rows."),
    'Tổng cộng': 'Total',
    'Văn bản, minh chứng của nhiệm vụ đang chọn': 'Documents and evidence of the selected task',
    'Hãy chọn một nhiệm vụ để xem tài liệu kèm theo.': 'Select a task to see its attached documents.',
    'Nhiệm vụ {0}. {1}': 'Task {0}. {1}',
    'Chọn nhiều dòng tiến độ để duyệt': 'Select many progress rows to review',
    'Duyệt / trả lại (kèm lý do) các dòng tiến độ đang chọn':
        'Accept / return (with a reason) the selected progress rows',
    'Tài liệu kèm theo của nhiệm vụ, dòng tiến độ, kế hoạch': 'Attached documents of a task, progress row, plan',
    'Chưa có nhiệm vụ': 'No tasks yet',
    '{0}: {1} nhiệm vụ': '{0}: {1} tasks',
    '{0}: hoàn thành {1}/{2} nhiệm vụ': '{0}: {1}/{2} tasks done',
    '{0} — {1}: {2} nhiệm vụ ({3:.0f}%)': '{0} — {1}: {2} tasks ({3:.0f}%)',
    'Kế hoạch chưa có chỉ tiêu': 'The plan has no targets',
    '{0} → {1} → mục tiêu {2}': '{0} → {1} → target {2}',
    '{0}\nNăm gốc: {1} · Kết quả {2}: {3} · Mục tiêu: {4}': '{0}\nBaseline: {1} · Value {2}: {3} · Target: {4}',
    '\nĐã đi được {0:.0f}% chặng đường từ năm gốc đến mục tiêu': '\n{0:.0f}% of the way from baseline to target',
    'Kỳ {0}: hoàn thành {1}/{2} nhiệm vụ': 'Period {0}: {1}/{2} tasks done',
    'nhiệm vụ quá hạn': 'overdue tasks',
    'đến hạn trong 7 ngày': 'due within 7 days',
    'đến hạn trong 30 ngày': 'due within 30 days',
    'đơn vị chưa báo cáo': 'units not reported',
    'hạn gửi báo cáo': 'report deadline',
    'Còn': 'Left',
    'Hạn gửi báo cáo': 'Report deadline',
    'Kỳ báo cáo': 'Period',
    'Chốt số liệu': 'Data cut-off',
    'Hạn gửi': 'Deadline',
    'Kết quả theo nhóm nhiệm vụ': 'Results by group of tasks',
    'Kết quả theo đơn vị chủ trì': 'Results by lead unit',
    'Chỉ tiêu: năm gốc → hiện tại → mục tiêu': 'Targets: baseline → current → goal',
    'Nhiệm vụ hoàn thành theo kỳ': 'Tasks done per period',
    'Chưa có kế hoạch nào.': 'No plans yet.',
    ('<b>Tình hình thực hiện {0}</b> · chốt số liệu {1} – {2} · hạn gửi báo cáo {3} (Nghị định 09/2019/NĐ-CP) '
     '· tính đến ngày {4}'):
        '<b>Progress in {0}</b> · data cut-off {1} – {2} · report due {3} (Decree 09/2019/ND-CP) · as of {4}',
    'Quá hạn ({0})': 'Overdue ({0})',
    '7 ngày ({0})': '7 days ({0})',
    '30 ngày ({0})': '30 days ({0})',
    'Chưa báo cáo ({0})': 'Not reported ({0})',
    'Báo cáo ({0})': 'Reports ({0})',
    '{0} ngày': '{0} days',
    'Đã ban hành': 'Issued',
    'Chưa ban hành': 'Not issued',
    'Bỏ lọc': 'Show all',
    'Đang xem {0} nhiệm vụ: {1}': 'Showing {0} tasks: {1}',
    'Đang xem {0} nhiệm vụ': 'Showing {0} tasks',
    '(đang tải…)': '(loading…)',
    'Ẩn thông báo': 'Hide notice',
    '<b>{0} nhiệm vụ đang quá hạn</b>': '<b>{0} tasks overdue</b>',
    '<b>{0} nhiệm vụ mới quá hạn</b> từ lần mở trước ({1}); tổng cộng {2} nhiệm vụ quá hạn':
        '<b>{0} tasks became overdue</b> since you last opened this database ({1}); {2} overdue in all',
    ', sớm nhất: {0} {1} (hạn {2})': ', earliest: {0} {1} (due {2})',
    'Xem danh sách': 'Show the list',
    'hôm nay': 'today',
    'còn {0} ngày': '{0} days left',
    'Hạn gửi báo cáo {0} kế hoạch {1}: <b>{2}</b> ({3})': 'Report for {0}, plan {1}, due <b>{2}</b> ({3})',
    'Nhắc việc: ': 'Reminder: ',
    'Tắt &nhắc việc khi mở chương trình': 'Turn off start-up &reminders',
    '&Giới thiệu…': '&About…',
    ('<b>{0}</b><br>Phiên bản {1}<br>Theo dõi kế hoạch, nhiệm vụ và tiến độ báo cáo (Nghị định 09/2019/NĐ-CP, '
     'Nghị định 30/2020/NĐ-CP).'):
        ('<b>{0}</b><br>Version {1}<br>Tracking of plans, tasks and progress reports (Decree 09/2019/ND-CP, '
         'Decree 30/2020/ND-CP).'),
    'Giới thiệu {0}': 'About {0}',
    # shared server: connect dialog, password prompt, merge of a conflicting save
    "Kết nối máy chủ": "Connect to server",
    "&Kết nối máy chủ…": "&Connect to server…",
    "Ví dụ: 192.168.1.10 hoặc may-chu-quan": "E.g. 192.168.1.10 or district-server",
    "Để trống nếu dùng tệp .pgpass": "Leave empty when using a .pgpass file",
    "Ghi nhớ mật khẩu": "Remember password",
    ("Mật khẩu được cất trong kho mật khẩu của hệ điều hành (trên Windows: Credential Manager), không ghi vào "
     "tệp thiết lập."):
        "The password is kept in the system's password store (on Windows: Credential Manager), never in the "
        "settings file.",
    ("Máy này không có kho mật khẩu an toàn nên mật khẩu không được ghi nhớ: chương trình sẽ hỏi mật khẩu mỗi "
     "lần mở."):
        "This computer has no secure password store, so the password is not remembered: it is asked for each "
        "time the program opens.",
    "&Kiểm tra kết nối": "&Test connection",
    "Máy chủ:": "Server:",
    "Cổng:": "Port:",
    "Cơ sở dữ liệu:": "Database:",
    "Người dùng:": "User:",
    "Mật khẩu:": "Password:",
    "&Kết nối": "&Connect",
    "Hãy nhập địa chỉ máy chủ.": "Enter the server's address.",
    "Hãy nhập tên cơ sở dữ liệu.": "Enter the database name.",
    "Đang kiểm tra kết nối…": "Testing the connection…",
    "Kết nối thành công.": "Connected.",
    "Kết nối được. Cơ sở dữ liệu còn trống: chương trình sẽ tạo các bảng khi kết nối.":
        "Connected. The database is empty: the program creates its tables when you connect.",
    ("Kết nối được. Cơ sở dữ liệu cần nâng cấp lên phiên bản này của chương trình; việc nâng cấp tự chạy khi kết "
     "nối (nên sao lưu máy chủ trước)."):
        "Connected. The database needs upgrading to this version of the program; the upgrade runs by itself "
        "when you connect (back up the server first).",
    ("Cơ sở dữ liệu «{0}» đang chứa dữ liệu của chương trình khác; hãy chọn cơ sở dữ liệu trống hoặc cơ sở dữ "
     "liệu của Theo dõi Kế hoạch."):
        "Database “{0}” holds another program's data; choose an empty database or one of Plan Tracking.",
    ("Cơ sở dữ liệu «{0}» do phiên bản mới hơn của chương trình tạo; hãy cập nhật chương trình trên máy "
     "này."):
        "Database “{0}” was made by a newer version of the program; update the program on this computer.",
    "Sai mật khẩu (hoặc sai tên đăng nhập «{0}»).": "Wrong password (or wrong user name “{0}”).",
    "Máy chủ yêu cầu mật khẩu: hãy nhập mật khẩu.": "The server requires a password: enter it.",
    "Máy chủ không có người dùng «{0}».": "The server has no user “{0}”.",
    ("Máy chủ không có cơ sở dữ liệu «{0}». Hãy kiểm tra lại tên, hoặc nhờ quản trị viên tạo cơ sở dữ liệu "
     "(xem hướng dẫn)."):
        "The server has no database “{0}”. Check the name, or ask the administrator to create the database "
        "(see the guide).",
    "Người dùng «{0}» không có quyền dùng cơ sở dữ liệu «{1}».": "User “{0}” may not use database “{1}”.",
    ("Không kết nối được tới máy chủ {0}: máy chủ chưa bật, sai địa chỉ hoặc cổng, hoặc tường lửa "
     "chặn."):
        "Cannot reach the server {0}: it is not running, the address or port is wrong, or a firewall blocks it.",
    "Không kết nối được: {0}": "Cannot connect: {0}",
    "Bản cài đặt này thiếu thư viện kết nối PostgreSQL (psycopg).":
        "This installation lacks the PostgreSQL driver (psycopg).",
    "Mật khẩu máy chủ": "Server password",
    "Mật khẩu của «{0}» trên máy chủ {1}, cơ sở dữ liệu «{2}»:": "Password of “{0}” on server {1}, database “{2}”:",
    "Sửa kết nối máy chủ…": "Correct the server connection…",
    "Kết nối tới máy chủ dùng chung của quận, huyện…": "Connect to the district's shared server…",
    "Gộp thay đổi": "Merge changes",
    "người khác": "someone else",
    ("{0} vừa được {1} lưu{2} sau khi bạn mở. Với từng trường, hãy chọn giữ giá trị nào (hoặc sửa ô Kết quả) "
     "rồi nhấn «Lưu bản gộp»."):
        "{0} was saved by {1}{2} after you opened it. For each field choose which value to keep (or edit the "
        "Result box), then press “Save merged”.",
    " lúc {0}": " at {0}",
    "Của bạn:": "Yours:",
    "Người khác đã lưu:": "Saved by the other:",
    "Kết quả:": "Result:",
    "&Lưu bản gộp": "&Save merged",
    "&Giữ bản của người khác": "&Keep the other's version",
    "Nhiệm vụ {0}": "Task {0}",
    "Gộp thay đổi nhiệm vụ {0}": "Merge changes of task {0}",
    ("Đã giữ bản của người khác; giá trị bạn đã gõ được chép vào bộ nhớ tạm (Ctrl+V để dán lại): "
     "{0}"):
        "Kept the other's version; what you typed was copied to the clipboard (Ctrl+V to paste it back): {0}",
    # plan revisions: recording an amendment from the plan screen
    "Ghi văn bản sửa đổi, bổ sung kế hoạch": "Record an amending document",
    "Kế hoạch sửa đổi, bổ sung": "Amending plan",
    "Ví dụ: 150/KH-UBND": "E.g. 150/KH-UBND",
    "mặc định: ngày ban hành": "default: date of issue",
    "Ví dụ: UBND quận Ba Đình": "E.g. Ba Dinh District People's Committee",
    "Ví dụ: Sửa đổi, bổ sung Kế hoạch số 137/KH-UBND": "E.g. Amending and supplementing Plan No. 137/KH-UBND",
    "Có hiệu lực từ ngày:": "In force from:",
    "Loại văn bản:": "Document type:",
    "Bổ sung nhiệm vụ vào nhóm": "Add a task to the group",
    "Bãi bỏ / khôi phục nhiệm vụ": "Drop / keep the task",
    "F2 hoặc gõ chữ: sửa ô · Insert: bổ sung nhiệm vụ vào nhóm · Ctrl+Delete: bãi bỏ / khôi phục · Ctrl+Enter: ghi":
        "F2 or type: edit the cell · Insert: add a task to the group · Ctrl+Delete: drop / keep · Ctrl+Enter: record",
    "Ghi văn bản sửa đổi": "Record amendment",
    "<b>Nhiệm vụ của kế hoạch và thay đổi theo văn bản này</b>":
        "<b>The plan's tasks and what this document changes</b>",
    "Thay đổi theo văn bản này: bổ sung {0}, bãi bỏ {1}, sửa đổi {2} nhiệm vụ.":
        "Changes by this document: {0} added, {1} dropped, {2} changed tasks.",
    "Nhiệm vụ bổ sung {0}": "Added task {0}",
    "Số, ký hiệu: không hợp lệ: {0} (ví dụ 150/KH-UBND)": "Number and symbol: invalid: {0} (e.g. 150/KH-UBND)",
    "Ngày ban hành": "Issued on",
    "Có hiệu lực từ ngày": "In force from",
    "Có hiệu lực từ ngày: cần ngày có hiệu lực (hoặc ngày ban hành)":
        "In force from: a date is needed (or the date of issue)",
    "Loại văn bản": "Document type",
    "Ghi văn bản sửa đổi, bổ sung kế hoạch (màn hình Kế hoạch); trong hộp thoại: Insert bổ sung, Ctrl+Delete bãi bỏ "
    "nhiệm vụ": "Record an amending document (Plans screen); in the dialog: Insert adds, Ctrl+Delete drops a task",
    "Ghi văn bản sửa đổi, bổ sung…": "Record amending document…",
    "Bổ sung, sửa đổi, bãi bỏ nhiệm vụ theo một văn bản (Ctrl+Shift+A)":
        "Add, change or drop tasks by a document (Ctrl+Shift+A)",
    "Đã ghi văn bản sửa đổi {0}.": "Recorded amending document {0}.",
    # change history, backups, recovery at start-up, large-plan summary
    "Lịch sử thay đổi": "Change history",
    "Lịch sử thay đổi…": "Change history…",
    "Mọi thay đổi của dòng đang chọn: ai, lúc nào, giá trị cũ → mới":
        "Every change to the selected row: who, when, old → new value",
    "Hãy chọn một nhiệm vụ hoặc một nhóm để xem lịch sử.": "Select a task or a group to see its history.",
    "Thời gian": "Time",
    "Người sửa": "Changed by",
    "Nguồn": "Source",
    "Thao tác": "Action",
    "Trường": "Field",
    "Giá trị cũ": "Old value",
    "Giá trị mới": "New value",
    "Đang tải…": "Loading…",
    "Tạo": "Create",
    "Sửa": "Edit",
    "Giao diện": "App",
    "Dòng lệnh": "Command line",
    "Nhập tệp": "File import",
    "Thứ tự": "Order",
    "Nhóm": "Group",
    "Ghi chú": "Note",
    "Tên": "Title",
    "{0} thay đổi": "{0} change(s)",
    "Chưa có thay đổi nào được ghi lại.": "No changes have been recorded yet.",
    "Không đọc được lịch sử: {0}": "Cannot read the history: {0}",
    "Đã sao lưu: {0}": "Backed up: {0}",
    "Không sao lưu được: {0}": "Backup failed: {0}",
    "Sao lưu &ngay": "&Back up now",
    "Thư mục &sao lưu…": "Backup &folder…",
    "Sao lưu": "Backup",
    "Chỉ tự sao lưu được cơ sở dữ liệu dạng tệp; máy chủ PostgreSQL do quản trị viên sao lưu.":
        "Only a database file can be backed up here; a PostgreSQL server is backed up by its administrator.",
    "Thư mục sao lưu": "Backup folder",
    "Bản sao lưu tự động được lưu vào: {0}": "Automatic backups are saved to: {0}",
    "{0} dòng đầu (cuộn xuống để đọc tiếp)": "{0} so far (scroll down to read more)",
    "Đang tính…": "Calculating…",
    "Kế hoạch có {0} nhiệm vụ: nhấn Enter (hoặc nhấn đúp) vào đây để tính tổng hợp theo đơn vị":
        "The plan has {0} tasks: press Enter (or double-click) here to summarise it by unit",
    "Mở bản sao lưu gần nhất": "Open the latest backup",
    "Thử lại": "Try again",
    "Chọn tệp khác…": "Choose another file…",
    "Thoát": "Exit",
    "Không khôi phục được: {0}": "Restore failed: {0}",
    "Đã mở bản khôi phục từ bản sao lưu lúc {0}; tệp lỗi '{1}' được giữ nguyên.":
        "Opened a copy restored from the backup of {0}; the damaged file '{1}' was left untouched.",
    "Cơ sở dữ liệu Theo dõi Kế hoạch (*.sqlite *.db);;Mọi tệp (*)":
        "Plan Tracking database (*.sqlite *.db);;All files (*)",
    "Cần tên chỉ tiêu (tên; đơn vị tính; cơ sở; mục tiêu; năm)":
        "A target needs a name (name; unit; baseline; target; year)",
    "Kế hoạch chưa có đơn vị ban hành: chọn ở màn hình Kế hoạch":
        "The plan has no issuing unit: choose it on the Plans screen",
    "Không hoàn tác được: {0}": "Could not undo: {0}",
    "Tình trạng không hợp lệ: '{0}'": "Invalid status: '{0}'",
    "Tiến độ nhiệm vụ {0} của {1}": "Progress of task {0} by {1}",
    "Gộp thay đổi tiến độ {0}": "Merge progress changes of task {0}",
    "Số": "Number",
    "Ký hiệu": "Symbol",
    "Đơn vị ban hành": "Issued by",
    "Từ năm": "From year",
    "Đến năm": "To year",
    "Tầm nhìn": "Vision to",
    "Hạn báo cáo sau ngày chốt (ngày)": "Report due after the cut-off (days)",
    "Mục đích": "Purpose",
    "Yêu cầu": "Requirements",
    "Kế hoạch {0}": "Plan {0}",
    "Gộp thay đổi kế hoạch {0}": "Merge changes of plan {0}",
    "Số ngày không hợp lệ: {0}": "Invalid number of days: {0}",
    # period names on the screens (ui/labels.period_label); reports keep the Vietnamese names
    "tháng {0}/{1}": "month {0}/{1}",
    "quý {0}/{2}": "Q{1} {2}",
    "6 tháng đầu năm {0}": "first half of {0}",
    "6 tháng cuối năm {0}": "second half of {0}",
    "9 tháng năm {0}": "nine months of {0}",
    "năm {0}": "year {0}",
    "Ghi «chưa duyệt»": "Mark “not yet accepted”",
    ("Ghi «(chưa duyệt)» sau các bản cập nhật văn phòng chưa duyệt; bản bị trả lại luôn được ghi chú và tính là "
     "chưa hoàn thành"):
        ("Write “(not yet accepted)” after updates the office has not accepted; returned ones are always marked "
         "and counted as not done"),
    # --- truth ---
    "Tính cả bản chưa gửi": "Count unsent drafts",
    "Tính cả các bản cập nhật đơn vị chưa gửi (mặc định chỉ tính bản đã gửi); báo cáo ghi rõ điều này":
        "Also count updates units have not sent (by default only sent ones count); the report says so",
    # --- print ---
    "Đã gửi {0} trang đến máy in.": "Sent {0} pages to the printer.",
    "Đơn vị «{0}» chưa có thiết lập báo cáo: kiểm tra và lưu một lần.":
        "“{0}” has no report settings yet: check and save them once.",
    # --- audit ---
    "Cơ sở dữ liệu vừa được khôi phục từ bản sao lưu; đang mở lại.":
        "The database has just been restored from a backup; reopening it.",
    # --- twotier ---
    "Phường": "Ward",
    "Xã": "Commune",
    "Đặc khu": "Special zone",
    "Tỉnh, thành phố": "Province, city",
    "Sở": "Department",
    "Ban": "Board",
    "Trung tâm Phục vụ hành chính công": "Public administration service centre",
    "Xã, phường (hoặc tỉnh, thành phố) của tôi, chọn từ danh mục":
        "My commune or ward (or province, city), from the national directory",
    "Gõ tên hoặc mã, ví dụ: ba dinh ha noi, 00004": "Type a name or code, e.g. ba dinh ha noi, 00004",
    "Bắt đầu với đơn vị của tôi (tự nhập tên)": "Start with my own unit (type its name)",
    "Kết nối tới máy chủ dùng chung của cơ quan…": "Connect to the office's shared server…",
    "T&rao đổi": "E&xchange",
    "&Nhận báo cáo của các xã, phường, đơn vị…": "&Receive reports of communes, wards, units…",
    "Nhận báo cáo của các xã, phường, đơn vị": "Receive reports of communes, wards, units",
    "Gói tiến độ (*.zip *.json)": "Progress packages (*.zip *.json)",
    "Đang nhận {0} gói báo cáo…": "Receiving {0} report packages…",
    "Đã gửi": "Sent",
    "Gửi muộn": "Sent late",
    "Quá hạn, chưa gửi": "Late, not sent",
    "Tiếp nhận báo cáo": "Reports received",
    "Đã nhận {0}/{1} tệp: {2} bản cập nhật mới hoặc sửa đổi.": "Received {0}/{1} files: {2} new or changed updates.",
    "Kỳ {0}, hạn gửi {1:%d/%m/%Y}: {2} đơn vị — {3}.": "Period {0}, due {1:%d/%m/%Y}: {2} units — {3}.",
    "Ngày nhận": "Received on",
    "Bản cập nhật": "Updates",
    ("Cây đơn vị: tỉnh, thành phố → xã, phường → UBND, Đảng ủy → phòng, ban (trước 01/7/2025 còn cấp quận, "
     "huyện). Đơn vị đã dùng không xóa được, chỉ ngừng hoạt động hoặc giải thể."):
        ("Unit tree: province, city → commune, ward → People's Committee, Party committee → offices (before "
         "01/07/2025 also districts). A unit in use cannot be deleted, only deactivated or dissolved."),
    "Ví dụ: UBND phường Ba Đình": "E.g. Ba Dinh Ward People's Committee",
    "Tiếp tục sau sắp xếp đơn vị…": "Carry on after the reorganisation…",
    "Giao lại các nhiệm vụ chưa xong của đơn vị đã giải thể cho đơn vị kế thừa, bằng một văn bản":
        "Reassign the unfinished tasks of dissolved units to their successors, by one document",
    "Tiếp tục kế hoạch sau sắp xếp đơn vị": "Carry the plan on after the reorganisation",
    "Ví dụ: 2150/UBND-NC": "E.g. 2150/UBND-NC",
    "Ví dụ: UBND thành phố Hà Nội": "E.g. Hanoi People's Committee",
    "Có hiệu lực từ ngày:": "In force from:",
    "Loại văn bản:": "Document type:",
    "Số, ký hiệu:": "Number, symbol:",
    "Ngày ban hành:": "Issued on:",
    "Cơ quan ban hành:": "Issued by:",
    "Gợi ý đơn vị kế thừa": "Suggest successors",
    "Đơn vị đã giải thể": "Dissolved unit",
    "Đơn vị kế thừa (cách nhau dấu ;)": "Successor units (separated by ;)",
    "Chủ trì (mới)": "Lead (new)",
    "Phối hợp (mới)": "Coordinating (new)",
    "Các nhiệm vụ chưa hoàn thành được giao lại:": "Unfinished tasks reassigned:",
    "Ngày có hiệu lực không hợp lệ: {0}": "Invalid date in force: {0}",
    "Kế hoạch không còn nhiệm vụ nào của đơn vị đã giải thể cần giao lại.":
        "The plan has no task of a dissolved unit left to reassign.",
    "Cần số, ký hiệu của văn bản, ví dụ 2150/UBND-NC": "The document needs its number and symbol, e.g. 2150/UBND-NC",
    "Giải thể…": "Dissolve…",
    "Giải thể {0}": "Dissolve {0}",
    "Ví dụ: UBND phường Ba Đình; UBND phường Ngọc Hà": "E.g. UBND phường Ba Đình; UBND phường Ngọc Hà",
    "Giải thể từ ngày:": "Dissolved on:",
    "Đơn vị kế thừa:": "Successor units:",
    ("Bỏ trống đơn vị kế thừa: công việc chuyển theo đơn vị cấp trên đã giải thể. Lịch sử (tên, nhiệm vụ, tiến "
     "độ) giữ nguyên."):
        ("No successor: the work goes where the dissolved parent unit's went. History (name, tasks, progress) "
         "is kept."),
    "Ngày giải thể không hợp lệ: {0}": "Invalid dissolution date: {0}",
    "Thêm từ danh mục đơn vị hành chính": "Add from the national directory of units",
    "Nạp tỉnh, thành phố này và các xã, phường": "Load this province and its communes",
    "Đơn vị của tôi: tạo UBND, Đảng ủy, các phòng": "My unit: create its People's Committee, Party committee, offices",
    "Nạp cả nước (34 tỉnh, thành phố; 3.321 xã, phường, đặc khu)":
        "Load the whole country (34 provinces; 3,321 communes, wards, special zones)",
    ("Danh mục theo Quyết định 19/2025/QĐ-TTg (gói vietnam-provinces {0}); mã là khóa: Phường Ba Đình 00004 "
     "(Hà Nội) khác Xã Ba Đình 16171 (Thanh Hóa)."):
        ("Directory of Decision 19/2025/QĐ-TTg (package vietnam-provinces {0}); the code is the key: Phường Ba "
         "Đình 00004 (Hà Nội) is not Xã Ba Đình 16171 (Thanh Hóa)."),
    "Hãy gõ và chọn một đơn vị trong danh mục.": "Type and pick a unit of the directory.",
    "{0} đơn vị: thêm mới {1}, cập nhật {2}, không đổi {3}.": "{0} units: {1} added, {2} updated, {3} unchanged.",
    "Đã tạo {0} đơn vị: {1}.": "Created {0} units: {1}.",
    "Thêm từ danh mục…": "Add from the directory…",
    # --- esign ---
    "Bản điện tử để ký số": "Electronic copy for digital signing",
    "Ban hành kèm bản điện tử (PDF/A) để ký số": "Issue with an electronic copy (PDF/A) for digital signing",
    ("Bản in giấy vẫn là PDF thường; bản điện tử có ô chữ ký số của người ký và của cơ quan theo Nghị định "
     "30/2020"):
        ("The paper copy stays a plain PDF; the electronic copy has the signer's and the organisation's "
         "signature fields as Decree 30/2020 places them"),
    "Để trống số, ngày cho hệ thống quản lý văn bản": "Leave number and date to the e-office system",
    "Lưu bản điện tử…": "Save electronic copy…",
    "Sao chép thông tin văn bản": "Copy document details",
    ("Đưa các trường thông tin (Phụ lục VI) vào bộ nhớ tạm theo thứ tự của màn hình văn bản đi trong hệ thống "
     "quản lý văn bản"):
        "Put the document details (Annex VI) on the clipboard in the order of the e-office outgoing-document form",
    "Lưu bản điện tử đã ban hành…": "Save issued electronic copy…",
    "Đính kèm bản đã ký…": "Attach signed copy…",
    "Kiểm tra chữ ký số": "Check digital signatures",
    "Lưu bản điện tử": "Save electronic copy",
    "Tệp PDF/A (*.pdf)": "PDF/A files (*.pdf)",
    "Lưu bản điện tử đã ban hành": "Save issued electronic copy",
    "Chọn bản đã ký số": "Choose the signed copy",
    "Không kèm phụ lục": "No annex",
    "Phụ lục cùng tệp": "Annex in the same file",
    "Phụ lục tệp riêng": "Annex in its own file",
    "Thường": "Normal",
    "Khẩn": "Urgent",
    "Thượng khẩn": "Very urgent",
    "Hỏa tốc": "Express",
    "Phụ lục:": "Annex:",
    "Độ khẩn:": "Priority:",
    "Chưa có bản đã ký số nào được đính kèm.": "No signed copy attached yet.",
    "còn nguyên vẹn": "still intact",
    "KHÔNG CÒN HỢP LỆ": "NO LONGER VALID",
    "phụ lục": "annex",
    "báo cáo": "report",
    "Đã sao chép thông tin văn bản ({0} trường).": "Document details copied ({0} fields).",
    "hợp lệ": "valid",
    "không hợp lệ": "not valid",
    "chứng thư tin cậy": "trusted certificate",
    "chưa kiểm tra chuỗi chứng thư": "certificate chain not checked",
    "Đã đính kèm bản đã ký.": "Signed copy attached.",
    "{0} (bản {1}): {2}": "{0} ({1} copy): {2}",
    "  {0} ký lúc {1}: {2}; {3}": "  {0} signed at {1}: {2}; {3}",
    "Báo cáo này được ban hành không kèm bản điện tử.": "This report was issued without an electronic copy.",
    # --- reader ---
    "Mở &kế hoạch từ tệp…": "Open a &plan from a file…",
    "Mở kế hoạch từ tệp": "Open a plan from a file",
    "Kế hoạch (*.docx *.txt *.html *.htm);;Mọi tệp (*)": "Plans (*.docx *.txt *.html *.htm);;All files (*)",
    "Không đọc được tệp {0}: {1}": "Cannot read the file {0}: {1}",
    "Tạo kế hoạch từ tệp": "Create a plan from a file",
    "Đã tạo kế hoạch “{0}” với {1} nhiệm vụ. Nhấn Ctrl+Z để hoàn tác.":
        "Created the plan “{0}” with {1} tasks. Press Ctrl+Z to undo.",
    "Dán (Ctrl+V) kế hoạch hoặc mục “Nhiệm vụ, giải pháp” vào đây…":
        "Paste (Ctrl+V) the plan or its “Tasks and solutions” section here…",
    "Chọn một dòng để xem và sửa toàn văn; Ctrl+K tách dòng tại con trỏ":
        "Select a line to see and edit its full text; Ctrl+K splits the line at the cursor",
    "Nhóm (Ctrl+1)": "Group (Ctrl+1)",
    "Nhiệm vụ (Ctrl+2)": "Task (Ctrl+2)",
    "Chi tiết (Ctrl+3)": "Detail (Ctrl+3)",
    "Bỏ qua (Ctrl+0)": "Skip (Ctrl+0)",
    "Gộp lên trên (Ctrl+M)": "Merge with the line above (Ctrl+M)",
    "Tách (Ctrl+K)": "Split (Ctrl+K)",
    "Thụt ra (Alt+←)": "Outdent (Alt+←)",
    "Thụt vào (Alt+→)": "Indent (Alt+→)",
    "Thêm vào kế hoạch (Enter)": "Add to the plan (Enter)",
    "Tạo kế hoạch (Enter)": "Create the plan (Enter)",
    ("Văn bản gõ bằng bảng mã {0} (phông chữ cũ) đã được chuyển sang Unicode trước khi đọc; các dòng bên "
     "dưới là văn bản đã chuyển."):
        "The text was typed in the legacy {0} encoding (old fonts) and was converted to Unicode before reading; "
        "the lines below are the converted text.",
    "Đọc được {0} nhóm, {1} nhiệm vụ.": "Read {0} groups, {1} tasks.",
    "Bỏ qua {0} dòng không phải nhiệm vụ (xem cột “Vì sao”).": "Skipped {0} lines that are not tasks (see “Why”).",
    "Kế hoạch: {0}.": "Plan: {0}.",
    "{0} nhiệm vụ chưa có đơn vị chủ trì (F2 ở cột “Chủ trì” để nhập).":
        "{0} tasks have no lead unit (F2 in the “Lead” column to enter one).",
    "sửa tay": "mended by hand",
    "sửa tay (thụt dòng)": "mended by hand (indent)",
    "sửa tay (gộp với dòng dưới)": "mended by hand (merged with the line below)",
    "sửa tay (tách dòng)": "mended by hand (split)",
    "Chi tiết": "Detail",
    "Bỏ qua": "Skipped",
    "Phần đầu": "Header",
    "Căn cứ": "Basis",
    "Tiêu đề mục": "Section heading",
    "6 tháng": "Half-yearly",
    "Dòng (đã đọc)": "Line (as read)",
    "Thành": "Became",
    "Vì sao": "Why",
    "Chủ trì": "Lead",
    "Phối hợp": "Coordinating",
    "Lặp lại": "Recurrence",
    "Bỏ qua (bỏ chọn)": "Skipped (unticked)",
    "Dùng đơn vị gợi ý (Ctrl+G)": "Use the suggested units (Ctrl+G)",
    "(đơn vị mới)": "(new unit)",
    "Thay văn bản bên trái bằng văn bản đã chuyển": "Replace the text on the left by the converted text",
    "Hạn “{0}” không phải một ngày (dạng đúng: 31/12/2025); giữ nguyên hạn cũ.":
        "Deadline “{0}” is not a date (the right form: 31/12/2025); the deadline is kept.",
    "Lặp lại “{0}” không có trong danh sách; giữ nguyên.": "Recurrence “{0}” is not in the list; kept as it was.",
    ("Mở kế hoạch từ tệp (.docx, .txt, .html); trong bản xem trước: Ctrl+1/2/3 nhóm/nhiệm vụ/chi tiết, "
     "Ctrl+0 bỏ qua, Alt+←/→, Ctrl+M gộp, Ctrl+K tách, Ctrl+G đơn vị gợi ý, Enter chấp nhận"):
        ("Open a plan from a file (.docx, .txt, .html); in the preview: Ctrl+1/2/3 group/task/detail, "
         "Ctrl+0 skip, Alt+←/→, Ctrl+M merge, Ctrl+K split, Ctrl+G suggested unit, Enter accepts"),
    ("{0} nhiệm vụ có đơn vị viết gần giống một đơn vị trong danh mục (≈; Ctrl+G để dùng "
     "tên trong danh mục)."):
        "{0} tasks name a unit written almost like one in the directory (≈; Ctrl+G uses the directory's name).",
    # --- keys ---
    "+ Thêm đơn vị mới “{0}”": "+ Add new unit “{0}”",
    "Trích yếu, ví dụ: Thực hiện Chương trình hành động số 30-CTr/TU…":
        "Summary, e.g. Implementing Action Programme No. 30-CTr/TU…",
    "Không có đơn vị: {0} — nhấn ↓ rồi chọn “+ Thêm đơn vị mới” để thêm":
        "No such unit: {0} — press ↓ and choose “+ Add new unit” to add it",
    "Đã thêm đơn vị “{0}”.": "Unit “{0}” added.",
    "Bỏ văn bản căn cứ…": "Remove a basis document…",
    "Bỏ văn bản căn cứ": "Remove a basis document",
    "Kế hoạch này chưa ghi văn bản căn cứ nào.": "This plan has no basis document recorded.",
    "Bỏ liên kết của {0} với văn bản:": "Unlink {0} from the document:",
    "Thêm văn bản căn cứ của kế hoạch (màn hình Kế hoạch)": "Add a basis document of the plan (Plans screen)",
    "Đã hoàn tác: {0}": "Undone: {0}",
    "Đã làm lại: {0}": "Redone: {0}",
    # counted texts (tr(text, "", n)): one form, many form; these replace the plain entries above
    "{0} dòng · hoàn thành {1} · quá hạn {2} · bị trả lại {3}": (
        "{0} row · {1} done · {2} overdue · {3} returned", "{0} rows · {1} done · {2} overdue · {3} returned"),
    "nhiệm vụ quá hạn": ("overdue task", "overdue tasks"),
    "đến hạn trong 7 ngày": ("due within 7 days", "due within 7 days"),
    "đến hạn trong 30 ngày": ("due within 30 days", "due within 30 days"),
    "đơn vị chưa báo cáo": ("unit not reported", "units not reported"),
    # --- tw2 ---
    "Gợi ý theo bảng sắp xếp đơn vị năm 2025: {0}": "Suggested by the 2025 arrangement of units: {0}",
    "Đơn vị ban hành kế hoạch còn hoạt động": "The plan's issuer still exists",
    "Đơn vị ban hành kế hoạch đã giải thể: đơn vị kế thừa đứng tên báo cáo các kỳ từ ngày có hiệu lực":
        "The plan's issuer was dissolved: the successor that reports on the plan for the periods from the "
        "effective date",
    "Đơn vị báo cáo kế hoạch từ ngày này:": "Reporting unit of the plan from this date:",
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
            value = EN[source]  # a (one, many) pair for a text counted with tr(text, "", n)
            forms = value if isinstance(value, tuple) else (value, value)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[-1]
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
