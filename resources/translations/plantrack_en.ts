<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name>AmendmentDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="93" />
        <source>Ghi văn bản sửa đổi, bổ sung kế hoạch</source>
        <translation>Record an amending document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="103" />
        <source>Kế hoạch sửa đổi, bổ sung</source>
        <translation>Amending plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="106" />
        <source>Ví dụ: 150/KH-UBND</source>
        <translation>E.g. 150/KH-UBND</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="107" />
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="108" />
        <source>mặc định: ngày ban hành</source>
        <translation>default: date of issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="111" />
        <source>Ví dụ: UBND phường Ba Đình</source>
        <translation>E.g. Ba Dinh Ward People's Committee</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="112" />
        <source>Ví dụ: Sửa đổi, bổ sung Kế hoạch số 137/KH-UBND</source>
        <translation>E.g. Amending and supplementing Plan No. 137/KH-UBND</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="115" />
        <source>Có hiệu lực từ ngày:</source>
        <translation>In force from:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="119" />
        <source>Loại văn bản:</source>
        <translation>Document type:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="120" />
        <source>Số, ký hiệu:</source>
        <translation>Number, symbol:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="121" />
        <source>Ngày ban hành:</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="122" />
        <source>Cơ quan ban hành:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="123" />
        <source>Trích yếu:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="125" />
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="125" />
        <source>Nội dung nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="125" />
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="126" />
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="126" />
        <source>Thay đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="139" />
        <source>Bổ sung nhiệm vụ vào nhóm</source>
        <translation>Add a task to the group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="140" />
        <source>Bãi bỏ / khôi phục nhiệm vụ</source>
        <translation>Drop / keep the task</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="143" />
        <source>F2 hoặc gõ chữ: sửa ô · Insert: bổ sung nhiệm vụ vào nhóm · Ctrl+Delete: bãi bỏ / khôi phục · Ctrl+Enter: ghi</source>
        <translation>F2 or type: edit the cell · Insert: add a task to the group · Ctrl+Delete: drop / keep · Ctrl+Enter: record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="150" />
        <source>Ghi văn bản sửa đổi</source>
        <translation>Record amendment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="164" />
        <source>&lt;b&gt;Nhiệm vụ của kế hoạch và thay đổi theo văn bản này&lt;/b&gt;</source>
        <translation>&lt;b&gt;The plan's tasks and what this document changes&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="262" />
        <source>Bổ sung</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="262" />
        <source>Bãi bỏ</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="262" />
        <source>Sửa đổi</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="303" />
        <source>Thay đổi theo văn bản này: bổ sung {0}, bãi bỏ {1}, sửa đổi {2} nhiệm vụ.</source>
        <translation>Changes by this document: {0} added, {1} dropped, {2} changed tasks.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="351" />
        <source>Nhiệm vụ bổ sung {0}</source>
        <translation>Added task {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="352" />
        <source>Nhiệm vụ {0}</source>
        <translation>Task {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="360" />
        <source>Nội dung nhiệm vụ không được để trống</source>
        <translation>A task cannot be empty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="407" />
        <source>Số, ký hiệu: không hợp lệ: {0} (ví dụ 150/KH-UBND)</source>
        <translation>Number and symbol: invalid: {0} (e.g. 150/KH-UBND)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="410" />
        <source>Ngày ban hành</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="411" />
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="449" />
        <source>Có hiệu lực từ ngày</source>
        <translation>In force from</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="420" />
        <source>Có hiệu lực từ ngày: cần ngày có hiệu lực (hoặc ngày ban hành)</source>
        <translation>In force from: a date is needed (or the date of issue)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="449" />
        <source>Loại văn bản</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/amendment.py" line="450" />
        <source>Số, ký hiệu</source>
        <translation>Number</translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="53" />
        <source>Tài liệu kèm theo</source>
        <translation>Attached documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="60" />
        <source>Số, ký hiệu</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="60" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="60" />
        <source>Cơ quan ban hành</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="60" />
        <source>Trích yếu</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="61" />
        <source>Tên tệp</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="61" />
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="61" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="64" />
        <source>Ví dụ: 25/BC-PNV</source>
        <translation>E.g. 25/BC-PNV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="66" />
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="73" />
        <source>Số, ký hiệu:</source>
        <translation>Number, symbol:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="75" />
        <source>Ngày ban hành:</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="77" />
        <source>Cơ quan ban hành:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="79" />
        <source>Trích yếu:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="83" />
        <source>Thêm tệp…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="84" />
        <source>Chọn tệp PDF, Word, Excel hoặc ảnh; số, ký hiệu, ngày, cơ quan nhập ở trên được ghi kèm (Insert)</source>
        <translation>Choose a PDF, Word, Excel or picture file; the number, symbol, date and issuer typed above are recorded with it (Insert)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="86" />
        <source>Chỉ ghi số hiệu văn bản</source>
        <translation>Reference only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="87" />
        <source>Ghi văn bản không kèm tệp (số, ký hiệu, ngày, cơ quan)</source>
        <translation>Record the document without a file (number, symbol, date, issuer)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="88" />
        <source>Mở tệp</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="89" />
        <source>Mở bằng chương trình mặc định của máy (Enter)</source>
        <translation>Open with the computer's default program (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="90" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="91" />
        <source>Xóa văn bản đang chọn (Delete)</source>
        <translation>Delete the selected document (Delete)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="138" />
        <source>{0} (chưa có tệp trên máy này)</source>
        <translation>{0} (file not on this computer)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="146" />
        <source>{0} văn bản</source>
        <translation>{0} document(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="147" />
        <source>Chưa có văn bản nào. Nhập số hiệu rồi nhấn «Thêm tệp…».</source>
        <translation>No documents yet. Type the reference, then press “Add file…”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="159" />
        <source>Văn bản, ảnh ({0});;Mọi tệp (*)</source>
        <translation>Documents, pictures ({0});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="161" />
        <source>Chọn tệp đính kèm</source>
        <translation>Choose a file to attach</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="189" />
        <source>Đã đính kèm {0}.</source>
        <translation>Attached {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="199" />
        <source>Văn bản này chỉ có số hiệu, không kèm tệp trên máy này.</source>
        <translation>This document has only its reference; no file on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="207" />
        <source>Máy chưa có chương trình mở được tệp này: {0}</source>
        <translation>No program on this computer opens this file: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="211" />
        <source>Xóa tài liệu</source>
        <translation>Delete document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/attachments.py" line="211" />
        <source>Xóa «{0}» khỏi danh sách tài liệu kèm theo?</source>
        <translation>Remove “{0}” from the attached documents?</translation>
    </message>
</context>
<context>
    <name>CarryOnDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carry_on.py" line="63" />
        <source>Tiếp tục kế hoạch sau sắp xếp đơn vị</source>
        <translation>Carry the plan on after the reorganisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carry_on.py" line="76" />
        <source>Ví dụ: 2150/UBND-NC</source>
        <translation>E.g. 2150/UBND-NC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carry_on.py" line="79" />
        <source>Ví dụ: UBND thành phố Hà Nội</source>
        <translation>E.g. Hanoi People's Committee</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carry_on.py" line="81" />
        <source>Có hiệu lực từ ngày:</source>
        <translation>In force from:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carry_on.py" line="82" />
        <source>Loại văn bản:</source>
        <translation>Document type:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carry_on.py" line="83" />
        <source>Số, ký hiệu:</source>
        <translation>Number, symbol:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carry_on.py" line="84" />
        <source>Ngày ban hành:</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carry_on.py" line="85" />
        <source>Cơ quan ban hành:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carry_on.py" line="88" />
        <source>Đơn vị ban hành kế hoạch còn hoạt động</source>
        <translation>The plan's issuer still exists</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carry_on.py" line="89" />
        <source>Đơn vị ban hành kế hoạch đã giải thể: đơn vị kế thừa đứng tên báo cáo các kỳ từ ngày có hiệu lực</source>
        <translation>The plan's issuer was dissolved: the successor that reports on the plan for the periods from the effective date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carry_on.py" line="91" />
        <source>Đơn vị báo cáo kế hoạch từ ngày này:</source>
        <translation>Reporting unit of the plan from this date:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carry_on.py" line="92" />
        <source>Gợi ý đơn vị kế thừa</source>
        <translation>Suggest successors</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carry_on.py" line="96" />
        <source>Đơn vị đã giải thể</source>
        <translation>Dissolved unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carry_on.py" line="97" />
        <source>Đơn vị kế thừa (cách nhau dấu ;)</source>
        <translation>Successor units (separated by ;)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carry_on.py" line="101" />
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carry_on.py" line="101" />
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carry_on.py" line="101" />
        <source>Chủ trì (mới)</source>
        <translation>Lead (new)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carry_on.py" line="102" />
        <source>Phối hợp (mới)</source>
        <translation>Coordinating (new)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carry_on.py" line="119" />
        <source>Các nhiệm vụ chưa hoàn thành được giao lại:</source>
        <translation>Unfinished tasks reassigned:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carry_on.py" line="127" />
        <source>Ngày có hiệu lực không hợp lệ: {0}</source>
        <translation>Invalid date in force: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carry_on.py" line="143" />
        <source>Gợi ý theo bảng sắp xếp đơn vị năm 2025: {0}</source>
        <translation>Suggested by the 2025 arrangement of units: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carry_on.py" line="158" />
        <source>Kế hoạch không còn nhiệm vụ nào của đơn vị đã giải thể cần giao lại.</source>
        <translation>The plan has no task of a dissolved unit left to reassign.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carry_on.py" line="178" />
        <source>Cần số, ký hiệu của văn bản, ví dụ 2150/UBND-NC</source>
        <translation>The document needs its number and symbol, e.g. 2150/UBND-NC</translation>
    </message>
</context>
<context>
    <name>CompareVersionsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/compare_versions.py" line="56" />
        <source>So sánh phiên bản kế hoạch</source>
        <translation>Compare plan versions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/compare_versions.py" line="70" />
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/compare_versions.py" line="74" />
        <source>— Chọn mốc —</source>
        <translation>— Pick a date —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/compare_versions.py" line="76" />
        <source>Ngày ban hành kế hoạch ({0})</source>
        <translation>Plan issued ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/compare_versions.py" line="79" />
        <source>Trước văn bản {0} ({1})</source>
        <translation>Before document {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/compare_versions.py" line="81" />
        <source>Theo văn bản {0} ({1})</source>
        <translation>As amended by {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/compare_versions.py" line="84" />
        <source>So sánh</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/compare_versions.py" line="87" />
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/compare_versions.py" line="87" />
        <source>Thay đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/compare_versions.py" line="87" />
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/compare_versions.py" line="87" />
        <source>Nội dung thay đổi (trước → sau)</source>
        <translation>What changed (before → after)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/compare_versions.py" line="88" />
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/compare_versions.py" line="95" />
        <source>Phiên bản ngày:</source>
        <translation>Version of:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/compare_versions.py" line="98" />
        <source>so với ngày:</source>
        <translation>compared with:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/compare_versions.py" line="118" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/compare_versions.py" line="118" />
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/compare_versions.py" line="119" />
        <source>Đơn vị phối hợp</source>
        <translation>Coordinating units</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/compare_versions.py" line="119" />
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/compare_versions.py" line="120" />
        <source>Sản phẩm</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/compare_versions.py" line="129" />
        <source>Cần cả hai ngày để so sánh (dd/mm/yyyy).</source>
        <translation>Both dates are needed to compare (dd/mm/yyyy).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/compare_versions.py" line="138" />
        <source>Bổ sung</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/compare_versions.py" line="138" />
        <source>Bãi bỏ</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/compare_versions.py" line="138" />
        <source>Sửa đổi</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/compare_versions.py" line="155" />
        <source>Từ {0} đến {1}: bổ sung {2}, bãi bỏ {3}, sửa đổi {4} nhiệm vụ.</source>
        <translation>From {0} to {1}: {2} task(s) added, {3} dropped, {4} changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/compare_versions.py" line="157" />
        <source>Kế hoạch ngày {0} và ngày {1} giống nhau.</source>
        <translation>The plan was the same on {0} and on {1}.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="44" />
        <source>Cơ sở dữ liệu «{0}» đang chứa dữ liệu của chương trình khác; hãy chọn cơ sở dữ liệu trống hoặc cơ sở dữ liệu của Theo dõi Kế hoạch.</source>
        <translation>Database “{0}” holds another program's data; choose an empty database or one of Plan Tracking.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="47" />
        <source>Cơ sở dữ liệu «{0}» do phiên bản mới hơn của chương trình tạo; hãy cập nhật chương trình trên máy này.</source>
        <translation>Database “{0}” was made by a newer version of the program; update the program on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="50" />
        <source>Sai mật khẩu (hoặc sai tên đăng nhập «{0}»).</source>
        <translation>Wrong password (or wrong user name “{0}”).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="52" />
        <source>Máy chủ yêu cầu mật khẩu: hãy nhập mật khẩu.</source>
        <translation>The server requires a password: enter it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="54" />
        <source>Máy chủ không có người dùng «{0}».</source>
        <translation>The server has no user “{0}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="56" />
        <source>Máy chủ không có cơ sở dữ liệu «{0}». Hãy kiểm tra lại tên, hoặc nhờ quản trị viên tạo cơ sở dữ liệu (xem hướng dẫn).</source>
        <translation>The server has no database “{0}”. Check the name, or ask the administrator to create the database (see the guide).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="59" />
        <source>Người dùng «{0}» không có quyền dùng cơ sở dữ liệu «{1}».</source>
        <translation>User “{0}” may not use database “{1}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="62" />
        <source>Không kết nối được tới máy chủ {0}: máy chủ chưa bật, sai địa chỉ hoặc cổng, hoặc tường lửa chặn.</source>
        <translation>Cannot reach the server {0}: it is not running, the address or port is wrong, or a firewall blocks it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="65" />
        <source>Không kết nối được: {0}</source>
        <translation>Cannot connect: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="80" />
        <source>Bản cài đặt này thiếu thư viện kết nối PostgreSQL (psycopg).</source>
        <translation>This installation lacks the PostgreSQL driver (psycopg).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="85" />
        <source>Kết nối được. Cơ sở dữ liệu còn trống: chương trình sẽ tạo các bảng khi kết nối.</source>
        <translation>Connected. The database is empty: the program creates its tables when you connect.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="88" />
        <source>Kết nối được. Cơ sở dữ liệu cần nâng cấp lên phiên bản này của chương trình; việc nâng cấp tự chạy khi kết nối (nên sao lưu máy chủ trước).</source>
        <translation>Connected. The database needs upgrading to this version of the program; the upgrade runs by itself when you connect (back up the server first).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="91" />
        <source>Kết nối thành công.</source>
        <translation>Connected.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="106" />
        <source>Kết nối máy chủ</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="109" />
        <source>Ví dụ: 192.168.1.10 hoặc may-chu-quan</source>
        <translation>E.g. 192.168.1.10 or district-server</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="121" />
        <source>Để trống nếu dùng tệp .pgpass</source>
        <translation>Leave empty when using a .pgpass file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="122" />
        <source>Ghi nhớ mật khẩu</source>
        <translation>Remember password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="130" />
        <source>Mật khẩu được cất trong kho mật khẩu của hệ điều hành (trên Windows: Credential Manager), không ghi vào tệp thiết lập.</source>
        <translation>The password is kept in the system's password store (on Windows: Credential Manager), never in the settings file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="132" />
        <source>Máy này không có kho mật khẩu an toàn nên mật khẩu không được ghi nhớ: chương trình sẽ hỏi mật khẩu mỗi lần mở.</source>
        <translation>This computer has no secure password store, so the password is not remembered: it is asked for each time the program opens.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="134" />
        <source>&amp;Kiểm tra kết nối</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="144" />
        <source>Máy chủ:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="145" />
        <source>Cổng:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="146" />
        <source>Cơ sở dữ liệu:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="147" />
        <source>Người dùng:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="148" />
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="152" />
        <source>&amp;Kết nối</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="184" />
        <source>Hãy nhập địa chỉ máy chủ.</source>
        <translation>Enter the server's address.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="186" />
        <source>Hãy nhập tên cơ sở dữ liệu.</source>
        <translation>Enter the database name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="196" />
        <source>Đang kiểm tra kết nối…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="241" />
        <source>Mật khẩu máy chủ</source>
        <translation>Server password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/connect.py" line="242" />
        <source>Mật khẩu của «{0}» trên máy chủ {1}, cơ sở dữ liệu «{2}»:</source>
        <translation>Password of “{0}” on server {1}, database “{2}”:</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/directory_load.py" line="27" />
        <source>Thêm từ danh mục đơn vị hành chính</source>
        <translation>Add from the national directory of units</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/directory_load.py" line="33" />
        <source>Nạp tỉnh, thành phố này và các xã, phường</source>
        <translation>Load this province and its communes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/directory_load.py" line="35" />
        <source>Đơn vị của tôi: tạo UBND, Đảng ủy, các phòng</source>
        <translation>My unit: create its People's Committee, Party committee, offices</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/directory_load.py" line="37" />
        <source>Nạp cả nước (34 tỉnh, thành phố; 3.321 xã, phường, đặc khu)</source>
        <translation>Load the whole country (34 provinces; 3,321 communes, wards, special zones)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/directory_load.py" line="42" />
        <source>Danh mục theo Quyết định 19/2025/QĐ-TTg (gói vietnam-provinces {0}); mã là khóa: Phường Ba Đình 00004 (Hà Nội) khác Xã Ba Đình 16171 (Thanh Hóa).</source>
        <translation>Directory of Decision 19/2025/QĐ-TTg (package vietnam-provinces {0}); the code is the key: Phường Ba Đình 00004 (Hà Nội) is not Xã Ba Đình 16171 (Thanh Hóa).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/directory_load.py" line="54" />
        <location filename="../../desktop_app/ui/dialogs/directory_load.py" line="69" />
        <source>Hãy gõ và chọn một đơn vị trong danh mục.</source>
        <translation>Type and pick a unit of the directory.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/directory_load.py" line="63" />
        <source>{0} đơn vị: thêm mới {1}, cập nhật {2}, không đổi {3}.</source>
        <translation>{0} units: {1} added, {2} updated, {3} unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/directory_load.py" line="72" />
        <source>Đã tạo {0} đơn vị: {1}.</source>
        <translation>Created {0} units: {1}.</translation>
    </message>
</context>
<context>
    <name>DirectoryPicker</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/directory_picker.py" line="18" />
        <source>Gõ tên hoặc mã, ví dụ: ba dinh ha noi, 00004</source>
        <translation>Type a name or code, e.g. ba dinh ha noi, 00004</translation>
    </message>
</context>
<context>
    <name>DissolveDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/dissolve.py" line="33" />
        <source>Giải thể {0}</source>
        <translation>Dissolve {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/dissolve.py" line="38" />
        <source>Ví dụ: UBND phường Ba Đình; UBND phường Ngọc Hà</source>
        <translation>E.g. UBND phường Ba Đình; UBND phường Ngọc Hà</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/dissolve.py" line="43" />
        <source>Giải thể từ ngày:</source>
        <translation>Dissolved on:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/dissolve.py" line="44" />
        <source>Đơn vị kế thừa:</source>
        <translation>Successor units:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/dissolve.py" line="50" />
        <source>Bỏ trống đơn vị kế thừa: công việc chuyển theo đơn vị cấp trên đã giải thể. Lịch sử (tên, nhiệm vụ, tiến độ) giữ nguyên.</source>
        <translation>No successor: the work goes where the dissolved parent unit's went. History (name, tasks, progress) is kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/dissolve.py" line="65" />
        <source>Gợi ý theo bảng sắp xếp đơn vị năm 2025: {0}</source>
        <translation>Suggested by the 2025 arrangement of units: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/dissolve.py" line="72" />
        <source>Ngày giải thể không hợp lệ: {0}</source>
        <translation>Invalid dissolution date: {0}</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/document.py" line="29" />
        <source>Văn bản được thực hiện</source>
        <translation>Implemented document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/document.py" line="31" />
        <source>— Văn bản mới (nhập bên dưới) —</source>
        <translation>— New document (enter below) —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/document.py" line="38" />
        <source>Ví dụ: 30-CTr/TU hoặc 137/KH-UBND</source>
        <translation>E.g. 30-CTr/TU or 137/KH-UBND</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/document.py" line="40" />
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/document.py" line="42" />
        <source>Ví dụ: Ban Thường vụ Thành ủy Hà Nội</source>
        <translation>E.g. Standing Committee of the Hanoi Party Committee</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/document.py" line="45" />
        <source>(không)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/document.py" line="50" />
        <source>Văn bản đã có:</source>
        <translation>Existing document:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/document.py" line="51" />
        <source>Loại:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/document.py" line="52" />
        <source>Số, ký hiệu:</source>
        <translation>Number, symbol:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/document.py" line="53" />
        <source>Ngày ban hành:</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/document.py" line="54" />
        <source>Cơ quan ban hành:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/document.py" line="55" />
        <source>Trích yếu:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/document.py" line="56" />
        <source>Thực hiện văn bản:</source>
        <translation>Implements:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/document.py" line="70" />
        <source>Số, ký hiệu không hợp lệ</source>
        <translation>Invalid number and symbol</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/document.py" line="71" />
        <source>Số, ký hiệu không hợp lệ: {0} (ví dụ 30-CTr/TU)</source>
        <translation>Invalid number and symbol: {0} (e.g. 30-CTr/TU)</translation>
    </message>
</context>
<context>
    <name>ElectronicPanel</name>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="97" />
        <source>Bản điện tử để ký số</source>
        <translation>Electronic copy for digital signing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="102" />
        <source>Ban hành kèm bản điện tử (PDF/A) để ký số</source>
        <translation>Issue with an electronic copy (PDF/A) for digital signing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="104" />
        <source>Bản in giấy vẫn là PDF thường; bản điện tử có ô chữ ký số của người ký và của cơ quan theo Nghị định 30/2020</source>
        <translation>The paper copy stays a plain PDF; the electronic copy has the signer's and the organisation's signature fields as Decree 30/2020 places them</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="108" />
        <source>Không kèm phụ lục</source>
        <translation>No annex</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="108" />
        <source>Phụ lục cùng tệp</source>
        <translation>Annex in the same file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="109" />
        <source>Phụ lục tệp riêng</source>
        <translation>Annex in its own file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="111" />
        <source>Để trống số, ngày cho hệ thống quản lý văn bản</source>
        <translation>Leave number and date to the e-office system</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="116" />
        <source>Thường</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="116" />
        <source>Khẩn</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="117" />
        <source>Thượng khẩn</source>
        <translation>Very urgent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="117" />
        <source>Hỏa tốc</source>
        <translation>Express</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="119" />
        <source>Lưu bản điện tử…</source>
        <translation>Save electronic copy…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="121" />
        <source>Sao chép thông tin văn bản</source>
        <translation>Copy document details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="123" />
        <source>Đưa các trường thông tin (Phụ lục VI) vào bộ nhớ tạm theo thứ tự của màn hình văn bản đi trong hệ thống quản lý văn bản</source>
        <translation>Put the document details (Annex VI) on the clipboard in the order of the e-office outgoing-document form</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="125" />
        <source>Lưu bản điện tử đã ban hành…</source>
        <translation>Save issued electronic copy…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="126" />
        <source>Đính kèm bản đã ký…</source>
        <translation>Attach signed copy…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="128" />
        <source>Kiểm tra chữ ký số</source>
        <translation>Check digital signatures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="138" />
        <source>Phụ lục:</source>
        <translation>Annex:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="140" />
        <source>Độ khẩn:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="190" />
        <source>Lưu bản điện tử</source>
        <translation>Save electronic copy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="192" />
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="230" />
        <source>Tệp PDF/A (*.pdf)</source>
        <translation>PDF/A files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="201" />
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="234" />
        <source>Đã lưu: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="221" />
        <source>Đã sao chép thông tin văn bản ({0} trường).</source>
        <translation>Document details copied ({0} fields).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="229" />
        <source>Lưu bản điện tử đã ban hành</source>
        <translation>Save issued electronic copy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="235" />
        <source>Báo cáo này được ban hành không kèm bản điện tử.</source>
        <translation>This report was issued without an electronic copy.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="241" />
        <source>Chọn bản đã ký số</source>
        <translation>Choose the signed copy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="241" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="247" />
        <source>Đã đính kèm bản đã ký.</source>
        <translation>Signed copy attached.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="256" />
        <source>Chưa có bản đã ký số nào được đính kèm.</source>
        <translation>No signed copy attached yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="260" />
        <source>còn nguyên vẹn</source>
        <translation>still intact</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="260" />
        <source>KHÔNG CÒN HỢP LỆ</source>
        <translation>NO LONGER VALID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="261" />
        <source>phụ lục</source>
        <translation>annex</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="261" />
        <source>báo cáo</source>
        <translation>report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="262" />
        <source>{0} (bản {1}): {2}</source>
        <translation>{0} ({1} copy): {2}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="265" />
        <source>hợp lệ</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="265" />
        <source>không hợp lệ</source>
        <translation>not valid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="266" />
        <source>chứng thư tin cậy</source>
        <translation>trusted certificate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="266" />
        <source>chưa kiểm tra chuỗi chứng thư</source>
        <translation>certificate chain not checked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/electronic_panel.py" line="267" />
        <source>  {0} ký lúc {1}: {2}; {3}</source>
        <translation>  {0} signed at {1}: {2}; {3}</translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <location filename="../../desktop_app/ui/excel_actions.py" line="112" />
        <source>Tải mẫu Excel</source>
        <translation>Download Excel template</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel_actions.py" line="120" />
        <source>Đã lưu mẫu Excel: {0}</source>
        <translation>Excel template saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel_actions.py" line="130" />
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel_actions.py" line="140" />
        <source>Đã xuất Excel: {0}</source>
        <translation>Exported to Excel: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel_actions.py" line="153" />
        <source>Nhập từ Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel_actions.py" line="168" />
        <source>Nhập nhiệm vụ từ Excel</source>
        <translation>Import tasks from Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel_actions.py" line="168" />
        <source>Nhập tiến độ từ Excel</source>
        <translation>Import progress from Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel_actions.py" line="172" />
        <source>Kiểm tra xong, chưa ghi gì. Nhấn «Nhập» để ghi vào cơ sở dữ liệu.</source>
        <translation>Checked, nothing written yet. Press “Import” to write it to the database.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel_actions.py" line="173" />
        <source>Tệp không có gì thay đổi so với dữ liệu hiện có.</source>
        <translation>The file changes nothing in the current data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel_actions.py" line="183" />
        <source>Tệp '{0}' có {1} lỗi; không nhập gì. Sửa tệp rồi nhập lại.</source>
        <translation>File '{0}' has {1} problem(s); nothing imported. Fix the file and import again.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/first_run.py" line="50" />
        <source>Bắt đầu</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/first_run.py" line="51" />
        <source>Tạo dữ liệu mẫu để làm quen (có thể xóa sau)</source>
        <translation>Create sample data to try things out (can be deleted later)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/first_run.py" line="56" />
        <source>Để trống, tôi tự nhập</source>
        <translation>Leave it empty, I will enter everything</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/first_run.py" line="65" />
        <source>Ví dụ: UBND phường Ba Đình</source>
        <translation>E.g. Ba Dinh Ward People's Committee</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/first_run.py" line="52" />
        <source>Xã, phường (hoặc tỉnh, thành phố) của tôi, chọn từ danh mục</source>
        <translation>My commune or ward (or province, city), from the national directory</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/first_run.py" line="55" />
        <source>Bắt đầu với đơn vị của tôi (tự nhập tên)</source>
        <translation>Start with my own unit (type its name)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/first_run.py" line="57" />
        <source>Kết nối tới máy chủ dùng chung của cơ quan…</source>
        <translation>Connect to the office's shared server…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/first_run.py" line="67" />
        <source>Ủy ban nhân dân</source>
        <translation>People's Committee</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/first_run.py" line="68" />
        <source>Cấp ủy Đảng</source>
        <translation>Party committee</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/first_run.py" line="69" />
        <source>Phòng, ban chuyên môn</source>
        <translation>Specialised office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/first_run.py" line="71" />
        <source>Tên đơn vị:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/first_run.py" line="72" />
        <source>Loại:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/first_run.py" line="76" />
        <source>Cơ sở dữ liệu còn trống. Bạn muốn bắt đầu thế nào?</source>
        <translation>The database is empty. How would you like to start?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/first_run.py" line="114" />
        <source>Đang tạo dữ liệu mẫu…</source>
        <translation>Creating sample data…</translation>
    </message>
</context>
<context>
    <name>GridDelegate</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/delegate.py" line="62" />
        <source>31/12/2024, hằng quý, thường xuyên…</source>
        <translation>31/12/2024, quarterly, continuous…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/delegate.py" line="73" />
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/history.py" line="26" />
        <source>Lịch sử thay đổi</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/history.py" line="33" />
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/history.py" line="33" />
        <source>Người sửa</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/history.py" line="33" />
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/history.py" line="33" />
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/history.py" line="34" />
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/history.py" line="34" />
        <source>Giá trị cũ</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/history.py" line="34" />
        <source>Giá trị mới</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/history.py" line="44" />
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/history.py" line="55" />
        <source>Tạo</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/history.py" line="55" />
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/history.py" line="55" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/history.py" line="56" />
        <source>Giao diện</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/history.py" line="56" />
        <source>Dòng lệnh</source>
        <translation>Command line</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/history.py" line="56" />
        <source>Nhập tệp</source>
        <translation>File import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/history.py" line="57" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/history.py" line="57" />
        <source>Sản phẩm</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/history.py" line="57" />
        <source>Thứ tự</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/history.py" line="58" />
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/history.py" line="58" />
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/history.py" line="59" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/history.py" line="59" />
        <source>Tên</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/history.py" line="74" />
        <source>{0} thay đổi</source>
        <translation>{0} change(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/history.py" line="75" />
        <source>Chưa có thay đổi nào được ghi lại.</source>
        <translation>No changes have been recorded yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/history.py" line="78" />
        <source>Không đọc được lịch sử: {0}</source>
        <translation>Cannot read the history: {0}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/excel_actions.py" line="48" />
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>JobIndicator</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/job_indicator.py" line="18" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="248" />
        <location filename="../../desktop_app/ui/main_window.py" line="256" />
        <source>Tìm kiếm</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="253" />
        <source>Tìm: </source>
        <translation>Find: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="121" />
        <location filename="../../desktop_app/ui/main_window.py" line="267" />
        <source>CSDL: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="269" />
        <source>Chưa có thay đổi</source>
        <translation>No changes yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="122" />
        <location filename="../../desktop_app/ui/main_window.py" line="272" />
        <location filename="../../desktop_app/ui/main_window.py" line="371" />
        <source>Sao lưu: {0}</source>
        <translation>Backup: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="123" />
        <location filename="../../desktop_app/ui/main_window.py" line="272" />
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="169" />
        <source>Đang mở…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="346" />
        <source>Đã lưu lúc {0}</source>
        <translation>Saved at {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="358" />
        <source>Đã hoàn tác: {0}</source>
        <translation>Undone: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="360" />
        <source>Đã làm lại: {0}</source>
        <translation>Redone: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="392" />
        <source>Đã sao lưu: {0}</source>
        <translation>Backed up: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="395" />
        <location filename="../../desktop_app/ui/main_window.py" line="410" />
        <source>Không sao lưu được: {0}</source>
        <translation>Backup failed: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="19" />
        <source>Cơ sở dữ liệu Theo dõi Kế hoạch (*.sqlite *.db);;Mọi tệp (*)</source>
        <translation>Plan Tracking database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="23" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="24" />
        <source>&amp;Mở cơ sở dữ liệu…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="26" />
        <source>&amp;Tạo cơ sở dữ liệu mới…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="28" />
        <source>&amp;Kết nối máy chủ…</source>
        <translation>&amp;Connect to server…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="29" />
        <source>&amp;Lưu bản sao…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="30" />
        <source>Mở &amp;kế hoạch từ tệp…</source>
        <translation>Open a &amp;plan from a file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="33" />
        <source>Sao lưu &amp;ngay</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="34" />
        <source>Thư mục &amp;sao lưu…</source>
        <translation>Backup &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="36" />
        <source>&amp;Gần đây</source>
        <translation>&amp;Recent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="39" />
        <source>&amp;Thoát</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="41" />
        <source>T&amp;rao đổi</source>
        <translation>E&amp;xchange</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="42" />
        <source>&amp;Nhận báo cáo của các xã, phường, đơn vị…</source>
        <translation>&amp;Receive reports of communes, wards, units…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="45" />
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="46" />
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="48" />
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="54" />
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="55" />
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="65" />
        <source>&amp;Trợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="66" />
        <source>&amp;Phím tắt</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="67" />
        <source>&amp;Giới thiệu…</source>
        <translation>&amp;About…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="85" />
        <source>Mở cơ sở dữ liệu</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="92" />
        <source>Tạo cơ sở dữ liệu mới</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="99" />
        <source>Tạo mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="100" />
        <source>Tệp đã có; hãy chọn tên khác.</source>
        <translation>The file exists; choose another name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="121" />
        <location filename="../../desktop_app/ui/menus.py" line="126" />
        <source>Lưu bản sao</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="122" />
        <source>Chỉ lưu bản sao được cho cơ sở dữ liệu dạng tệp.</source>
        <translation>Only a database file can be copied.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="137" />
        <source>Đã lưu bản sao: {0}</source>
        <translation>Copy saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="146" />
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="147" />
        <source>Chỉ tự sao lưu được cơ sở dữ liệu dạng tệp; máy chủ PostgreSQL do quản trị viên sao lưu.</source>
        <translation>Only a database file can be backed up here; a PostgreSQL server is backed up by its administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="152" />
        <source>Thư mục sao lưu</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="156" />
        <source>Bản sao lưu tự động được lưu vào: {0}</source>
        <translation>Automatic backups are saved to: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="165" />
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="178" />
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="179" />
        <source>Ngôn ngữ mới được dùng khi mở lại chương trình.</source>
        <translation>The new language is used when the program is restarted.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="184" />
        <source>Chuyển màn hình (Kế hoạch … Tổng quan)</source>
        <translation>Switch screens (Plans … Overview)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="185" />
        <source>Tìm kiếm; Enter mở kết quả</source>
        <translation>Search; Enter opens the result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="186" />
        <source>Gõ chữ / F2</source>
        <translation>Type / F2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="187" />
        <source>Sửa ô; Enter lưu và xuống; Tab lưu và sang phải; Esc bỏ</source>
        <translation>Edit a cell; Enter saves and moves down; Tab saves and moves right; Esc cancels</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="188" />
        <source>Thêm nhiệm vụ dưới dòng đang chọn</source>
        <translation>Add a task under the current row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="189" />
        <source>Thêm nhóm nhiệm vụ</source>
        <translation>Add task group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="190" />
        <source>Xóa dòng (Ctrl+Z để hoàn tác)</source>
        <translation>Delete the row (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="191" />
        <source>Xóa nội dung ô</source>
        <translation>Clear the cell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="192" />
        <source>Thụt ra (nhiệm vụ thành nhóm) / thụt vào (nhóm thành nhiệm vụ)</source>
        <translation>Outdent (task becomes a group) / indent (group becomes a task)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="193" />
        <source>Chuyển dòng lên / xuống; số thứ tự tự đánh lại</source>
        <translation>Move the row up / down; numbers follow</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="194" />
        <source>Dán mục Nhiệm vụ, giải pháp từ Word và xem trước</source>
        <translation>Paste the Tasks and solutions section from Word, with a preview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="195" />
        <source>Mở kế hoạch từ tệp (.docx, .txt, .html); trong bản xem trước: Ctrl+1/2/3 nhóm/nhiệm vụ/chi tiết, Ctrl+0 bỏ qua, Alt+←/→, Ctrl+M gộp, Ctrl+K tách, Ctrl+G đơn vị gợi ý, Enter chấp nhận</source>
        <translation>Open a plan from a file (.docx, .txt, .html); in the preview: Ctrl+1/2/3 group/task/detail, Ctrl+0 skip, Alt+←/→, Ctrl+M merge, Ctrl+K split, Ctrl+G suggested unit, Enter accepts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="198" />
        <source>Hoàn tác / làm lại mọi thay đổi trong phiên</source>
        <translation>Undo / redo any change of the session</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="199" />
        <source>Chọn nhiều dòng tiến độ để duyệt</source>
        <translation>Select many progress rows to review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="201" />
        <source>Duyệt / trả lại (kèm lý do) các dòng tiến độ đang chọn</source>
        <translation>Accept / return (with a reason) the selected progress rows</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="202" />
        <source>Tài liệu kèm theo của nhiệm vụ, dòng tiến độ, kế hoạch</source>
        <translation>Attached documents of a task, progress row, plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="203" />
        <source>Thêm văn bản căn cứ của kế hoạch (màn hình Kế hoạch)</source>
        <translation>Add a basis document of the plan (Plans screen)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="204" />
        <source>Ghi văn bản sửa đổi, bổ sung kế hoạch (màn hình Kế hoạch); trong hộp thoại: Insert bổ sung, Ctrl+Delete bãi bỏ nhiệm vụ</source>
        <translation>Record an amending document (Plans screen); in the dialog: Insert adds, Ctrl+Delete drops a task</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="212" />
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="218" />
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Phiên bản {1}&lt;br&gt;Theo dõi kế hoạch, nhiệm vụ và tiến độ báo cáo (Nghị định 09/2019/NĐ-CP, Nghị định 30/2020/NĐ-CP).</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Version {1}&lt;br&gt;Tracking of plans, tasks and progress reports (Decree 09/2019/ND-CP, Decree 30/2020/ND-CP).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="225" />
        <source>Giới thiệu {0}</source>
        <translation>About {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/receive_packages.py" line="124" />
        <source>Nhận báo cáo của các xã, phường, đơn vị</source>
        <translation>Receive reports of communes, wards, units</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/receive_packages.py" line="125" />
        <source>Gói tiến độ (*.zip *.json)</source>
        <translation>Progress packages (*.zip *.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/receive_packages.py" line="136" />
        <source>Đang nhận {0} gói báo cáo…</source>
        <translation>Receiving {0} report packages…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/merge.py" line="60" />
        <source>Gộp thay đổi</source>
        <translation>Merge changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/merge.py" line="62" />
        <source>người khác</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/merge.py" line="64" />
        <source>{0} vừa được {1} lưu{2} sau khi bạn mở. Với từng trường, hãy chọn giữ giá trị nào (hoặc sửa ô Kết quả) rồi nhấn «Lưu bản gộp».</source>
        <translation>{0} was saved by {1}{2} after you opened it. For each field choose which value to keep (or edit the Result box), then press “Save merged”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/merge.py" line="66" />
        <source> lúc {0}</source>
        <translation> at {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/merge.py" line="74" />
        <source>Của bạn:</source>
        <translation>Yours:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/merge.py" line="76" />
        <source>Người khác đã lưu:</source>
        <translation>Saved by the other:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/merge.py" line="92" />
        <source>Kết quả:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/merge.py" line="102" />
        <source>&amp;Lưu bản gộp</source>
        <translation>&amp;Save merged</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/merge.py" line="103" />
        <source>&amp;Giữ bản của người khác</source>
        <translation>&amp;Keep the other's version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/merge.py" line="116" />
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/merge.py" line="160" />
        <source>Đã giữ bản của người khác; giá trị bạn đã gõ được chép vào bộ nhớ tạm (Ctrl+V để dán lại): {0}</source>
        <translation>Kept the other's version; what you typed was copied to the clipboard (Ctrl+V to paste it back): {0}</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/views/overview.py" line="135" />
        <source>nhiệm vụ quá hạn</source>
        <translation><numerusform>overdue task</numerusform><numerusform>overdue tasks</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/views/overview.py" line="136" />
        <source>đến hạn trong 7 ngày</source>
        <translation><numerusform>due within 7 days</numerusform><numerusform>due within 7 days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/views/overview.py" line="137" />
        <source>đến hạn trong 30 ngày</source>
        <translation><numerusform>due within 30 days</numerusform><numerusform>due within 30 days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/views/overview.py" line="138" />
        <source>đơn vị chưa báo cáo</source>
        <translation><numerusform>unit not reported</numerusform><numerusform>units not reported</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="139" />
        <source>hạn gửi báo cáo</source>
        <translation>report deadline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="147" />
        <location filename="../../desktop_app/ui/views/overview.py" line="149" />
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="147" />
        <location filename="../../desktop_app/ui/views/overview.py" line="149" />
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="147" />
        <location filename="../../desktop_app/ui/views/overview.py" line="149" />
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="147" />
        <location filename="../../desktop_app/ui/views/overview.py" line="149" />
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="148" />
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="150" />
        <source>Còn</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="151" />
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="151" />
        <source>Hạn gửi báo cáo</source>
        <translation>Report deadline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="152" />
        <source>Kỳ báo cáo</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="152" />
        <source>Chốt số liệu</source>
        <translation>Data cut-off</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="152" />
        <source>Hạn gửi</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="152" />
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="189" />
        <source>Kế hoạch:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="197" />
        <source>Kết quả theo nhóm nhiệm vụ</source>
        <translation>Results by group of tasks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="198" />
        <source>Kết quả theo đơn vị chủ trì</source>
        <translation>Results by lead unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="199" />
        <source>Chỉ tiêu: năm gốc → hiện tại → mục tiêu</source>
        <translation>Targets: baseline → current → goal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="200" />
        <source>Nhiệm vụ hoàn thành theo kỳ</source>
        <translation>Tasks done per period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="227" />
        <source>Chưa có kế hoạch nào.</source>
        <translation>No plans yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="241" />
        <source>&lt;b&gt;Tình hình thực hiện {0}&lt;/b&gt; · chốt số liệu {1} – {2} · hạn gửi báo cáo {3} (Nghị định 09/2019/NĐ-CP) · tính đến ngày {4}</source>
        <translation>&lt;b&gt;Progress in {0}&lt;/b&gt; · data cut-off {1} – {2} · report due {3} (Decree 09/2019/ND-CP) · as of {4}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="254" />
        <source>Quá hạn ({0})</source>
        <translation>Overdue ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="254" />
        <source>7 ngày ({0})</source>
        <translation>7 days ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="255" />
        <source>30 ngày ({0})</source>
        <translation>30 days ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="255" />
        <source>Chưa báo cáo ({0})</source>
        <translation>Not reported ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="256" />
        <source>Báo cáo ({0})</source>
        <translation>Reports ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="262" />
        <source>{0} ngày</source>
        <translation>{0} days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="280" />
        <source>Đã ban hành</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/overview.py" line="280" />
        <source>Chưa ban hành</source>
        <translation>Not issued</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/paste.py" line="44" />
        <source>Dán nhiệm vụ từ văn bản</source>
        <translation>Paste tasks from a document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/paste.py" line="44" />
        <location filename="../../desktop_app/ui/plan_reading.py" line="66" />
        <location filename="../../desktop_app/ui/plan_reading.py" line="87" />
        <location filename="../../desktop_app/ui/plan_reading.py" line="94" />
        <source>Mở kế hoạch từ tệp</source>
        <translation>Open a plan from a file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/paste.py" line="48" />
        <source>Dán (Ctrl+V) kế hoạch hoặc mục “Nhiệm vụ, giải pháp” vào đây…</source>
        <translation>Paste (Ctrl+V) the plan or its “Tasks and solutions” section here…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/paste.py" line="68" />
        <source>Chọn một dòng để xem và sửa toàn văn; Ctrl+K tách dòng tại con trỏ</source>
        <translation>Select a line to see and edit its full text; Ctrl+K splits the line at the cursor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/paste.py" line="78" />
        <source>Thay văn bản bên trái bằng văn bản đã chuyển</source>
        <translation>Replace the text on the left by the converted text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/paste.py" line="85" />
        <source>Nhóm (Ctrl+1)</source>
        <translation>Group (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/paste.py" line="86" />
        <source>Nhiệm vụ (Ctrl+2)</source>
        <translation>Task (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/paste.py" line="87" />
        <source>Chi tiết (Ctrl+3)</source>
        <translation>Detail (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/paste.py" line="88" />
        <source>Bỏ qua (Ctrl+0)</source>
        <translation>Skip (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/paste.py" line="89" />
        <source>Gộp lên trên (Ctrl+M)</source>
        <translation>Merge with the line above (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/paste.py" line="90" />
        <source>Tách (Ctrl+K)</source>
        <translation>Split (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/paste.py" line="91" />
        <source>Thụt ra (Alt+←)</source>
        <translation>Outdent (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/paste.py" line="92" />
        <source>Thụt vào (Alt+→)</source>
        <translation>Indent (Alt+→)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/paste.py" line="93" />
        <source>Dùng đơn vị gợi ý (Ctrl+G)</source>
        <translation>Use the suggested units (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/paste.py" line="109" />
        <source>Thêm vào kế hoạch (Enter)</source>
        <translation>Add to the plan (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/paste.py" line="109" />
        <source>Tạo kế hoạch (Enter)</source>
        <translation>Create the plan (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/paste.py" line="158" />
        <source>Văn bản gõ bằng bảng mã {0} (phông chữ cũ) đã được chuyển sang Unicode trước khi đọc; các dòng bên dưới là văn bản đã chuyển.</source>
        <translation>The text was typed in the legacy {0} encoding (old fonts) and was converted to Unicode before reading; the lines below are the converted text.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/paste.py" line="187" />
        <source>Đọc được {0} nhóm, {1} nhiệm vụ.</source>
        <translation>Read {0} groups, {1} tasks.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/paste.py" line="189" />
        <source>Bỏ qua {0} dòng không phải nhiệm vụ (xem cột “Vì sao”).</source>
        <translation>Skipped {0} lines that are not tasks (see “Why”).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/paste.py" line="192" />
        <source>Kế hoạch: {0}.</source>
        <translation>Plan: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/paste.py" line="196" />
        <source>{0} nhiệm vụ có đơn vị viết gần giống một đơn vị trong danh mục (≈; Ctrl+G để dùng tên trong danh mục).</source>
        <translation>{0} tasks name a unit written almost like one in the directory (≈; Ctrl+G uses the directory's name).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/paste.py" line="200" />
        <source>{0} nhiệm vụ chưa có đơn vị chủ trì (F2 ở cột “Chủ trì” để nhập).</source>
        <translation>{0} tasks have no lead unit (F2 in the “Lead” column to enter one).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/paste.py" line="218" />
        <source>sửa tay</source>
        <translation>mended by hand</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/paste.py" line="224" />
        <source>sửa tay (thụt dòng)</source>
        <translation>mended by hand (indent)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/paste.py" line="229" />
        <source>sửa tay (gộp với dòng dưới)</source>
        <translation>mended by hand (merged with the line below)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/paste.py" line="237" />
        <source>sửa tay (tách dòng)</source>
        <translation>mended by hand (split)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_reading.py" line="31" />
        <source>Dán {0} nhiệm vụ</source>
        <translation>Paste {0} tasks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_reading.py" line="53" />
        <source>Tạo kế hoạch từ tệp</source>
        <translation>Create a plan from a file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_reading.py" line="61" />
        <source>Đã tạo kế hoạch “{0}” với {1} nhiệm vụ. Nhấn Ctrl+Z để hoàn tác.</source>
        <translation>Created the plan “{0}” with {1} tasks. Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_reading.py" line="79" />
        <source>Kế hoạch (*.docx *.txt *.html *.htm);;Mọi tệp (*)</source>
        <translation>Plans (*.docx *.txt *.html *.htm);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_reading.py" line="95" />
        <source>Không đọc được tệp {0}: {1}</source>
        <translation>Cannot read the file {0}: {1}</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="78" />
        <source>Ký hiệu:</source>
        <translation>Symbol:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="80" />
        <source>Ngày ban hành:</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="83" />
        <source>Số:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="85" />
        <source>+ Thêm đơn vị mới “{0}”</source>
        <translation>+ Add new unit “{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="87" />
        <source>Đơn vị ban hành:</source>
        <translation>Issuing unit:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="89" />
        <source>Trích yếu, ví dụ: Thực hiện Chương trình hành động số 30-CTr/TU…</source>
        <translation>Summary, e.g. Implementing Action Programme No. 30-CTr/TU…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="90" />
        <source>Trích yếu:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="95" />
        <source>đến năm</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="97" />
        <source>tầm nhìn</source>
        <translation>vision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="99" />
        <source>Hạn báo cáo sau ngày chốt (ngày):</source>
        <translation>Report due after cut-off (days):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="106" />
        <source>Giai đoạn:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="107" />
        <source>Mục đích:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="108" />
        <source>Yêu cầu:</source>
        <translation>Requirements:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="154" />
        <source>Số ngày không hợp lệ: {0}</source>
        <translation>Invalid number of days: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="160" />
        <source>Không có đơn vị: {0} — nhấn ↓ rồi chọn “+ Thêm đơn vị mới” để thêm</source>
        <translation>No such unit: {0} — press ↓ and choose “+ Add new unit” to add it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="168" />
        <source>Năm không hợp lệ: {0}</source>
        <translation>Invalid year: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="171" />
        <source>Trích yếu kế hoạch không được để trống</source>
        <translation>The plan's summary cannot be empty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="194" />
        <location filename="../../desktop_app/ui/views/plan_form.py" line="216" />
        <source>Sửa kế hoạch {0}</source>
        <translation>Edit plan {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="214" />
        <source>Đã thêm đơn vị “{0}”.</source>
        <translation>Unit “{0}” added.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="289" />
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="289" />
        <source>Ký hiệu</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="289" />
        <source>Ngày ban hành</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="290" />
        <source>Đơn vị ban hành</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="290" />
        <source>Trích yếu</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="291" />
        <source>Từ năm</source>
        <translation>From year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="291" />
        <source>Đến năm</source>
        <translation>To year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="291" />
        <source>Tầm nhìn</source>
        <translation>Vision to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="292" />
        <source>Hạn báo cáo sau ngày chốt (ngày)</source>
        <translation>Report due after the cut-off (days)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="293" />
        <source>Mục đích</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="293" />
        <source>Yêu cầu</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="300" />
        <source>Kế hoạch {0}</source>
        <translation>Plan {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_form.py" line="310" />
        <source>Gộp thay đổi kế hoạch {0}</source>
        <translation>Merge changes of plan {0}</translation>
    </message>
</context>
<context>
    <name>PlanListModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/plans.py" line="25" />
        <source>Số, ký hiệu</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/plans.py" line="25" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/plans.py" line="25" />
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/plans.py" line="25" />
        <source>Trích yếu</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="52" />
        <location filename="../../desktop_app/ui/views/plans.py" line="179" />
        <source>Thêm kế hoạch</source>
        <translation>Add plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="66" />
        <source>Sửa giá trị chỉ tiêu</source>
        <translation>Edit target value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="71" />
        <source>Giá trị đầu tiên của chỉ tiêu không hoàn tác được; hãy sửa số.</source>
        <translation>A target's first value cannot be undone; edit the number instead.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="112" />
        <source>Thêm văn bản căn cứ…</source>
        <translation>Add implemented document…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="115" />
        <source>Bỏ văn bản căn cứ…</source>
        <translation>Remove a basis document…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="121" />
        <source>Ghi văn bản sửa đổi, bổ sung…</source>
        <translation>Record amending document…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="122" />
        <source>Bổ sung, sửa đổi, bãi bỏ nhiệm vụ theo một văn bản (Ctrl+Shift+A)</source>
        <translation>Add, change or drop tasks by a document (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="125" />
        <source>Tiếp tục sau sắp xếp đơn vị…</source>
        <translation>Carry on after the reorganisation…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="126" />
        <source>Giao lại các nhiệm vụ chưa xong của đơn vị đã giải thể cho đơn vị kế thừa, bằng một văn bản</source>
        <translation>Reassign the unfinished tasks of dissolved units to their successors, by one document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="130" />
        <source>So sánh với phiên bản ngày…</source>
        <translation>Compare with the version of…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="131" />
        <source>Những nhiệm vụ được bổ sung, sửa đổi, bãi bỏ giữa hai ngày</source>
        <translation>Tasks added, changed or dropped between two dates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="133" />
        <source>Tài liệu kèm theo…</source>
        <translation>Attached documents…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="134" />
        <source>Văn bản, minh chứng của kế hoạch (Ctrl+Shift+D)</source>
        <translation>The plan's documents and evidence (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="153" />
        <source>Chỉ tiêu mới: tên; đơn vị tính; cơ sở; mục tiêu (8 hoặc 8-10); năm — Enter để thêm</source>
        <translation>New target: name; unit; baseline; target (8 or 8-10); year — Enter to add</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="180" />
        <location filename="../../desktop_app/ui/views/plans.py" line="319" />
        <source>Xóa kế hoạch</source>
        <translation>Delete plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="194" />
        <source>Thông tin kế hoạch</source>
        <translation>Plan details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="196" />
        <source>Văn bản được thực hiện (chuỗi Nghị quyết → Chương trình → Kế hoạch)</source>
        <translation>Implemented documents (Resolution → Programme → Plan)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="205" />
        <source>Văn bản sửa đổi, bổ sung kế hoạch</source>
        <translation>Documents amending the plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="215" />
        <source>Chỉ tiêu</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="217" />
        <source>Giá trị thực hiện của kỳ:</source>
        <translation>Actual value for period:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="289" />
        <source>Kế hoạch này ({0})</source>
        <translation>this plan ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="291" />
        <source>&lt;i&gt;Chưa ghi văn bản căn cứ.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No implemented document recorded.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="295" />
        <source>Chưa có văn bản sửa đổi, bổ sung; kế hoạch đang theo bản ban hành.</source>
        <translation>No amending documents; the plan stands as issued.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="314" />
        <source>Kế hoạch mới</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="326" />
        <source>Xóa {0} cùng {1} nhiệm vụ và toàn bộ tiến độ của nó? Việc này không hoàn tác được (hãy Lưu bản sao trước nếu cần).</source>
        <translation>Delete {0} with its {1} tasks and all their progress? This cannot be undone (save a copy first if needed).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="364" />
        <source>Kế hoạch này chưa ghi văn bản căn cứ nào.</source>
        <translation>This plan has no basis document recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="413" />
        <source>Đã ghi văn bản sửa đổi {0}.</source>
        <translation>Recorded amending document {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="460" />
        <source>Cần tên chỉ tiêu (tên; đơn vị tính; cơ sở; mục tiêu; năm)</source>
        <translation>A target needs a name (name; unit; baseline; target; year)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plans.py" line="473" />
        <source>Năm không hợp lệ: {0}</source>
        <translation>Invalid year: {0}</translation>
    </message>
</context>
<context>
    <name>ProgressEditor</name>
    <message>
        <location filename="../../desktop_app/ui/progress_merge.py" line="62" />
        <source>Sửa tiến độ {0}</source>
        <translation>Edit progress {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/progress_merge.py" line="110" />
        <source>Không hoàn tác được: {0}</source>
        <translation>Could not undo: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/progress_merge.py" line="146" />
        <source>Tình trạng không hợp lệ: '{0}'</source>
        <translation>Invalid status: '{0}'</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/progress_merge.py" line="161" />
        <source>Tiến độ nhiệm vụ {0} của {1}</source>
        <translation>Progress of task {0} by {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/progress_merge.py" line="171" />
        <source>Gộp thay đổi tiến độ {0}</source>
        <translation>Merge progress changes of task {0}</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/progress.py" line="81" />
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/progress.py" line="81" />
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/progress.py" line="81" />
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/progress.py" line="81" />
        <source>Trạng thái duyệt</source>
        <translation>Review state</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/progress.py" line="82" />
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/progress.py" line="83" />
        <source>Tỷ lệ %</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/progress.py" line="83" />
        <source>Ngày hoàn thành</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/progress.py" line="83" />
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/progress.py" line="83" />
        <source>Khó khăn</source>
        <translation>Difficulties</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/progress.py" line="84" />
        <source>Kiến nghị</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/progress.py" line="84" />
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/progress.py" line="84" />
        <source>Đánh giá</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/progress.py" line="144" />
        <source>phối hợp</source>
        <translation>coordinating</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/progress.py" line="197" />
        <source>Bị trả lại: {0}</source>
        <translation>Returned: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/progress.py" line="199" />
        <source>Gửi lúc {0}</source>
        <translation>Submitted at {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/progress.py" line="201" />
        <source>Duyệt bởi {0} lúc {1}</source>
        <translation>Reviewed by {0} at {1}</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="107" />
        <location filename="../../desktop_app/ui/views/progress.py" line="112" />
        <location filename="../../desktop_app/ui/views/progress.py" line="353" />
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="107" />
        <source>Quá hạn và sắp đến hạn</source>
        <translation>Overdue and due soon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="108" />
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="108" />
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="115" />
        <source>Cả đơn vị phối hợp</source>
        <translation>Include coordinating units</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="116" />
        <source>Sao chép từ kỳ trước</source>
        <translation>Copy from previous period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="122" />
        <source>Tải mẫu Excel…</source>
        <translation>Download Excel template…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="123" />
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="124" />
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="166" />
        <source>{0} (đột xuất)</source>
        <translation>{0} (ad hoc)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="183" />
        <source>Duyệt</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="184" />
        <source>Duyệt các dòng đang chọn (chọn nhiều dòng: Shift+mũi tên, Ctrl+A)</source>
        <translation>Accept the selected rows (select many: Shift+arrows, Ctrl+A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="185" />
        <source>Trả lại…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="186" />
        <source>Trả lại các dòng đang chọn cho đơn vị, kèm lý do; dòng bị trả lại tính là chưa hoàn thành cho đến khi được sửa và duyệt</source>
        <translation>Return the selected rows to their units with a reason; a returned row counts as not done until it is corrected and accepted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="188" />
        <source>Gửi duyệt</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="189" />
        <source>Đơn vị gửi các dòng đang chọn lên cơ quan tổng hợp</source>
        <translation>The unit sends the selected rows to the compiling office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="191" />
        <source>Tài liệu kèm theo…</source>
        <translation>Attached documents…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="192" />
        <source>Văn bản, minh chứng của bản cập nhật đang chọn</source>
        <translation>Documents and evidence of the selected update</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="211" />
        <source>Kế hoạch:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="213" />
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="216" />
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="216" />
        <source>Nhóm:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="217" />
        <source>Hạn:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="217" />
        <source>Duyệt:</source>
        <translation>Review:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="320" />
        <source>Chốt số liệu từ {0} đến {1} · Hạn gửi báo cáo: {2}</source>
        <translation>Data cut-off from {0} to {1} · Report due: {2}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/views/progress.py" line="365" />
        <source>{0} dòng · hoàn thành {1} · quá hạn {2} · bị trả lại {3}</source>
        <translation><numerusform>{0} row · {1} done · {2} overdue · {3} returned</numerusform><numerusform>{0} rows · {1} done · {2} overdue · {3} returned</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="368" />
        <source>{0} dòng đầu (cuộn xuống để đọc tiếp)</source>
        <translation>{0} so far (scroll down to read more)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="405" />
        <source>Đã sao chép {0} dòng từ kỳ trước.</source>
        <translation>Copied {0} rows from the previous period.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="424" />
        <source>Các dòng đang chọn chưa có bản cập nhật tiến độ nào để {0}.</source>
        <translation>The selected rows have no update to {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="425" />
        <source>Hãy chọn các dòng cần {0} (Shift+mũi tên, Ctrl+A).</source>
        <translation>Select the rows to {0} (Shift+arrows, Ctrl+A).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="436" />
        <source>{0} bản đã ở trạng thái này từ trước.</source>
        <translation>{0} were already in that state.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="438" />
        <source>Bỏ qua {0} dòng chưa báo cáo.</source>
        <translation>Skipped {0} row(s) not reported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="452" />
        <source>duyệt</source>
        <translation>accept</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="454" />
        <source>Đã duyệt {0} bản cập nhật.</source>
        <translation>Accepted {0} update(s).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="460" />
        <source>trả lại</source>
        <translation>return</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="466" />
        <source>Đã trả lại {0} bản cập nhật.</source>
        <translation>Returned {0} update(s).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="471" />
        <source>gửi</source>
        <translation>submit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="473" />
        <source>Đã gửi {0} bản cập nhật.</source>
        <translation>Submitted {0} update(s).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="483" />
        <source>{0} chưa có bản cập nhật tiến độ trong kỳ này; hãy nhập tiến độ trước khi đính kèm văn bản.</source>
        <translation>{0} has no progress update in this period; enter the progress before attaching documents.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="486" />
        <source>Nhiệm vụ {0} — {1}, kỳ {2}</source>
        <translation>Task {0} — {1}, period {2}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress.py" line="505" />
        <source>(đang tải…)</source>
        <translation>(loading…)</translation>
    </message>
</context>
<context>
    <name>ReadingLinesModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/reading_lines.py" line="30" />
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/reading_lines.py" line="31" />
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/reading_lines.py" line="32" />
        <source>Chi tiết</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/reading_lines.py" line="33" />
        <source>Bỏ qua</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/reading_lines.py" line="34" />
        <source>Phần đầu</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/reading_lines.py" line="35" />
        <source>Chỉ tiêu</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/reading_lines.py" line="36" />
        <source>Căn cứ</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/reading_lines.py" line="37" />
        <source>Tiêu đề mục</source>
        <translation>Section heading</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/reading_lines.py" line="44" />
        <source>Một lần</source>
        <translation>Once</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/reading_lines.py" line="45" />
        <source>Hằng năm</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/reading_lines.py" line="46" />
        <source>6 tháng</source>
        <translation>Half-yearly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/reading_lines.py" line="47" />
        <source>Hằng quý</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/reading_lines.py" line="48" />
        <source>Hằng tháng</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/reading_lines.py" line="49" />
        <source>Thường xuyên</source>
        <translation>Continuous</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/reading_lines.py" line="75" />
        <source>Dòng (đã đọc)</source>
        <translation>Line (as read)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/reading_lines.py" line="76" />
        <source>Thành</source>
        <translation>Became</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/reading_lines.py" line="77" />
        <source>Vì sao</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/reading_lines.py" line="78" />
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/reading_lines.py" line="79" />
        <source>Phối hợp</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/reading_lines.py" line="80" />
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/reading_lines.py" line="81" />
        <source>Lặp lại</source>
        <translation>Recurrence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/reading_lines.py" line="109" />
        <source>(đơn vị mới)</source>
        <translation>(new unit)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/reading_lines.py" line="142" />
        <source>Nhiệm vụ, giải pháp</source>
        <translation>Tasks and solutions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/reading_lines.py" line="190" />
        <source>Bỏ qua (bỏ chọn)</source>
        <translation>Skipped (unticked)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/reading_lines.py" line="253" />
        <source>Hạn “{0}” không phải một ngày (dạng đúng: 31/12/2025); giữ nguyên hạn cũ.</source>
        <translation>Deadline “{0}” is not a date (the right form: 31/12/2025); the deadline is kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/reading_lines.py" line="259" />
        <source>Lặp lại “{0}” không có trong danh sách; giữ nguyên.</source>
        <translation>Recurrence “{0}” is not in the list; kept as it was.</translation>
    </message>
</context>
<context>
    <name>ReceivedDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/receive_packages.py" line="38" />
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/receive_packages.py" line="39" />
        <source>Gửi muộn</source>
        <translation>Sent late</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/receive_packages.py" line="40" />
        <source>Bị trả lại</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/receive_packages.py" line="41" />
        <source>Chưa gửi</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/receive_packages.py" line="42" />
        <source>Quá hạn, chưa gửi</source>
        <translation>Late, not sent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/receive_packages.py" line="76" />
        <source>Tiếp nhận báo cáo</source>
        <translation>Reports received</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/receive_packages.py" line="81" />
        <source>Đã nhận {0}/{1} tệp: {2} bản cập nhật mới hoặc sửa đổi.</source>
        <translation>Received {0}/{1} files: {2} new or changed updates.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/receive_packages.py" line="94" />
        <source>Kỳ {0}, hạn gửi {1:%d/%m/%Y}: {2} đơn vị — {3}.</source>
        <translation>Period {0}, due {1:%d/%m/%Y}: {2} units — {3}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/receive_packages.py" line="98" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/receive_packages.py" line="98" />
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/receive_packages.py" line="98" />
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/receive_packages.py" line="99" />
        <source>Ngày nhận</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/receive_packages.py" line="99" />
        <source>Bản cập nhật</source>
        <translation>Updates</translation>
    </message>
</context>
<context>
    <name>ReminderBar</name>
    <message>
        <location filename="../../desktop_app/ui/reminders.py" line="68" />
        <source>Ẩn thông báo</source>
        <translation>Hide notice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders.py" line="92" />
        <source>&lt;b&gt;{0} nhiệm vụ đang quá hạn&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0} tasks overdue&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders.py" line="94" />
        <source>&lt;b&gt;{0} nhiệm vụ mới quá hạn&lt;/b&gt; từ lần mở trước ({1}); tổng cộng {2} nhiệm vụ quá hạn</source>
        <translation>&lt;b&gt;{0} tasks became overdue&lt;/b&gt; since you last opened this database ({1}); {2} overdue in all</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders.py" line="97" />
        <source>, sớm nhất: {0} {1} (hạn {2})</source>
        <translation>, earliest: {0} {1} (due {2})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders.py" line="99" />
        <source>Xem danh sách</source>
        <translation>Show the list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders.py" line="103" />
        <source>hôm nay</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders.py" line="103" />
        <source>còn {0} ngày</source>
        <translation>{0} days left</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders.py" line="104" />
        <source>Hạn gửi báo cáo {0} kế hoạch {1}: &lt;b&gt;{2}&lt;/b&gt; ({3})</source>
        <translation>Report for {0}, plan {1}, due &lt;b&gt;{2}&lt;/b&gt; ({3})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders.py" line="109" />
        <source>Nhắc việc: </source>
        <translation>Reminder: </translation>
    </message>
</context>
<context>
    <name>ReportSettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_settings.py" line="27" />
        <source>Thiết lập báo cáo — {0}</source>
        <translation>Report settings — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_settings.py" line="28" />
        <source>Thiết lập báo cáo</source>
        <translation>Report settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_settings.py" line="31" />
        <source>Nhà nước (Nghị định 30/2020)</source>
        <translation>State (Decree 30/2020)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_settings.py" line="32" />
        <source>Đảng (Hướng dẫn 36-HD/VPTW)</source>
        <translation>Party (Guide 36-HD/VPTW)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_settings.py" line="47" />
        <source>Kiểu trình bày:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_settings.py" line="48" />
        <source>Cơ quan chủ quản:</source>
        <translation>Governing body:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_settings.py" line="49" />
        <source>Cơ quan ban hành:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_settings.py" line="50" />
        <source>Tên trong văn bản:</source>
        <translation>Name in running text:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_settings.py" line="51" />
        <source>Địa danh:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_settings.py" line="52" />
        <source>Ký hiệu báo cáo:</source>
        <translation>Report symbol:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_settings.py" line="53" />
        <source>Thẩm quyền ký (mỗi dòng một):</source>
        <translation>Signing authority (one per line):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_settings.py" line="54" />
        <source>Chức vụ người ký:</source>
        <translation>Signer's title:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_settings.py" line="55" />
        <source>Họ và tên người ký:</source>
        <translation>Signer's full name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_settings.py" line="56" />
        <source>Nơi nhận (mỗi dòng một):</source>
        <translation>Recipients (one per line):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_settings.py" line="57" />
        <source>Lưu:</source>
        <translation>Archive:</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="167" />
        <source>Báo cáo kết quả</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="167" />
        <source>Phụ lục</source>
        <translation>Appendix</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="168" />
        <source>Danh mục nhiệm vụ</source>
        <translation>Task list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="169" />
        <source>Nhiệm vụ quá hạn / sắp đến hạn</source>
        <translation>Overdue / due soon tasks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="170" />
        <source>Báo cáo của đơn vị</source>
        <translation>Unit's report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="177" />
        <source>số</source>
        <translation>no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="184" />
        <source>Ghi «chưa duyệt»</source>
        <translation>Mark “not yet accepted”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="186" />
        <source>Ghi «(chưa duyệt)» sau các bản cập nhật văn phòng chưa duyệt; bản bị trả lại luôn được ghi chú và tính là chưa hoàn thành</source>
        <translation>Write “(not yet accepted)” after updates the office has not accepted; returned ones are always marked and counted as not done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="188" />
        <source>Tính cả bản chưa gửi</source>
        <translation>Count unsent drafts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="190" />
        <source>Tính cả các bản cập nhật đơn vị chưa gửi (mặc định chỉ tính bản đã gửi); báo cáo ghi rõ điều này</source>
        <translation>Also count updates units have not sent (by default only sent ones count); the report says so</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="194" />
        <source>Trích yếu</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="194" />
        <source>Mở đầu</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="195" />
        <source>I. Công tác chỉ đạo, triển khai</source>
        <translation>I. Direction and roll-out</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="196" />
        <source>II. Kết quả thực hiện</source>
        <translation>II. Results</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="197" />
        <source>III. Tồn tại, hạn chế và nguyên nhân</source>
        <translation>III. Shortcomings and causes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="198" />
        <source>IV. Phương hướng, nhiệm vụ kỳ tới</source>
        <translation>IV. Next period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="199" />
        <source>V. Đề xuất, kiến nghị</source>
        <translation>V. Proposals</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="206" />
        <source>Để trống: kết quả lấy từ số liệu tiến độ (bảng, phụ lục); nội dung viết ở đây được in thêm.</source>
        <translation>Leave empty: results come from the progress data (tables, appendix); text written here is printed in addition.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="209" />
        <source>Soạn lại</source>
        <translation>Redraft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="210" />
        <source>Soạn lại nội dung từ số liệu (bỏ các sửa đổi)</source>
        <translation>Draft the text again from the data (drops your edits)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="211" />
        <location filename="../../desktop_app/ui/views/reports.py" line="331" />
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="213" />
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="214" />
        <source>Lưu Word (.docx)…</source>
        <translation>Save Word (.docx)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="215" />
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="216" />
        <source>Ban hành</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="217" />
        <source>Cấp số, ngày và lưu cố định báo cáo; không sửa được nữa</source>
        <translation>Give the report its number and date and freeze it; it cannot be edited afterwards</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="218" />
        <source>Thiết lập báo cáo…</source>
        <translation>Report settings…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="222" />
        <source>Mở lại</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="223" />
        <source>Lưu bản đã ban hành…</source>
        <translation>Save issued copy…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="232" />
        <source>Chưa xem trước. Nhấn «Xem trước» để dựng các trang.</source>
        <translation>No preview yet. Press “Preview” to build the pages.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="282" />
        <source>Kế hoạch:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="284" />
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="287" />
        <source>Loại:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="289" />
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="291" />
        <source>Số:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="293" />
        <source>Ngày:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="312" />
        <source>Soạn nội dung</source>
        <translation>Compose</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="316" />
        <source>Báo cáo đã ban hành của kế hoạch</source>
        <translation>Issued reports of the plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="374" />
        <source>{0} (đột xuất)</source>
        <translation>{0} (ad hoc)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="393" />
        <source>(tất cả đơn vị)</source>
        <translation>(all units)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="471" />
        <source>Báo cáo của đơn vị: hãy chọn đơn vị.</source>
        <translation>Unit's report: choose a unit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="483" />
        <source>Đã soạn nội dung. Sửa nếu cần rồi nhấn «Xem trước».</source>
        <translation>Text drafted. Edit it if needed, then press “Preview”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="515" />
        <source>Đơn vị «{0}» chưa có thiết lập báo cáo: kiểm tra và lưu một lần.</source>
        <translation>“{0}” has no report settings yet: check and save them once.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="529" />
        <source>Đang dựng báo cáo…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="530" />
        <source>Dựng báo cáo</source>
        <translation>Build report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="537" />
        <source>Bản nháp: {0} trang</source>
        <translation>Draft: {0} page(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="595" />
        <location filename="../../desktop_app/ui/views/reports.py" line="734" />
        <source>Tài liệu Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="595" />
        <location filename="../../desktop_app/ui/views/reports.py" line="734" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="596" />
        <source>Lưu báo cáo</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="611" />
        <location filename="../../desktop_app/ui/views/reports.py" line="740" />
        <source>Đã lưu: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="617" />
        <source>Hãy nhấn «Xem trước» trước khi in.</source>
        <translation>Press “Preview” before printing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="639" />
        <source>Đã gửi {0} trang đến máy in.</source>
        <translation>Sent {0} pages to the printer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="647" />
        <source>Nhập số báo cáo trước khi ban hành.</source>
        <translation>Enter the report number before issuing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="657" />
        <source>Ban hành báo cáo</source>
        <translation>Issue report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="658" />
        <source>Ban hành báo cáo số {0} ngày {1}? Báo cáo được lưu cố định, không sửa được nữa; các sửa đổi sau này chỉ có trong bản nháp mới.</source>
        <translation>Issue report no. {0} dated {1}? The report is frozen and cannot be edited; later changes only appear in new drafts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="672" />
        <source>Đang ban hành…</source>
        <translation>Issuing…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="679" />
        <source>Đã ban hành báo cáo số {0} ngày {1}</source>
        <translation>Issued report no. {0} dated {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="681" />
        <source>Đã ban hành báo cáo số {0}</source>
        <translation>Issued report no. {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="699" />
        <source>{0} ngày {1} — {2}, kỳ {3}</source>
        <translation>{0} dated {1} — {2}, period {3}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="718" />
        <source>Bản đã ban hành: số {0} ngày {1}</source>
        <translation>Issued copy: no. {0} dated {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="719" />
        <source>Bản đã ban hành</source>
        <translation>Issued copy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="726" />
        <source>Đang mở báo cáo đã ban hành…</source>
        <translation>Opening the issued report…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="735" />
        <source>Lưu bản đã ban hành</source>
        <translation>Save issued copy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/reports.py" line="764" />
        <source>Đã lưu thiết lập báo cáo.</source>
        <translation>Report settings saved.</translation>
    </message>
</context>
<context>
    <name>RestoreWatch</name>
    <message>
        <location filename="../../desktop_app/ui/restore_watch.py" line="44" />
        <source>Cơ sở dữ liệu vừa được khôi phục từ bản sao lưu; đang mở lại.</source>
        <translation>The database has just been restored from a backup; reopening it.</translation>
    </message>
</context>
<context>
    <name>ReturnReasonDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/return_reason.py" line="18" />
        <source>Trả lại bản cập nhật</source>
        <translation>Return updates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/return_reason.py" line="20" />
        <source> và {0} đơn vị khác</source>
        <translation> and {0} other unit(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/return_reason.py" line="21" />
        <source>Trả lại {0} bản cập nhật của {1}. Lý do trả lại (đơn vị sẽ thấy để sửa):</source>
        <translation>Return {0} update(s) of {1}. Reason (the unit sees it to correct the update):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/return_reason.py" line="26" />
        <source>Ví dụ: Thiếu số liệu kết quả; đề nghị bổ sung văn bản minh chứng</source>
        <translation>E.g. Results lack figures; please attach the supporting document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/return_reason.py" line="31" />
        <source>Trả lại</source>
        <translation>Return</translation>
    </message>
</context>
<context>
    <name>ReviewSummary</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/review_summary.py" line="29" />
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/review_summary.py" line="29" />
        <source>Phải báo cáo</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/review_summary.py" line="29" />
        <source>Đã nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/review_summary.py" line="29" />
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/review_summary.py" line="29" />
        <source>Đã duyệt</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/review_summary.py" line="30" />
        <source>Chưa báo cáo</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/review_summary.py" line="30" />
        <source>Chưa gửi</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/review_summary.py" line="30" />
        <source>Chờ duyệt</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/review_summary.py" line="30" />
        <source>Bị trả lại</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/review_summary.py" line="31" />
        <source>Phải báo cáo: nhiệm vụ đơn vị chủ trì trong kỳ; đã nhận, đúng hạn (trước hạn gửi báo cáo), đã duyệt: số và tỷ lệ. Enter hoặc nhấn đúp: chỉ xem các dòng của đơn vị.</source>
        <translation>Expected: tasks the unit leads in the period; received, on time (by the report deadline), accepted: count and share. Enter or double-click: show only that unit's rows.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/review_summary.py" line="49" />
        <source>Đang tính…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/review_summary.py" line="59" />
        <source>Kế hoạch có {0} nhiệm vụ: nhấn Enter (hoặc nhấn đúp) vào đây để tính tổng hợp theo đơn vị</source>
        <translation>The plan has {0} tasks: press Enter (or double-click) here to summarise it by unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/review_summary.py" line="81" />
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/search_box.py" line="58" />
        <source>Tìm kế hoạch, nhiệm vụ, đơn vị, tiến độ… (Ctrl+F)</source>
        <translation>Find plans, tasks, units, progress… (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>StackedBarsChart</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/charts/stacked_bars.py" line="32" />
        <source>Chưa có nhiệm vụ</source>
        <translation>No tasks yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/charts/stacked_bars.py" line="71" />
        <source>{0}: {1} nhiệm vụ</source>
        <translation>{0}: {1} tasks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/charts/stacked_bars.py" line="96" />
        <source>{0}: hoàn thành {1}/{2} nhiệm vụ</source>
        <translation>{0}: {1}/{2} tasks done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/charts/stacked_bars.py" line="108" />
        <source>{0} — {1}: {2} nhiệm vụ ({3:.0f}%)</source>
        <translation>{0} — {1}: {2} tasks ({3:.0f}%)</translation>
    </message>
</context>
<context>
    <name>TargetBarsChart</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/charts/target_bar.py" line="66" />
        <source>Kế hoạch chưa có chỉ tiêu</source>
        <translation>The plan has no targets</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/charts/target_bar.py" line="70" />
        <source>{0} → {1} → mục tiêu {2}</source>
        <translation>{0} → {1} → target {2}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/charts/target_bar.py" line="82" />
        <source>{0}
Năm gốc: {1} · Kết quả {2}: {3} · Mục tiêu: {4}</source>
        <translation>{0}
Baseline: {1} · Value {2}: {3} · Target: {4}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/charts/target_bar.py" line="85" />
        <source>
Đã đi được {0:.0f}% chặng đường từ năm gốc đến mục tiêu</source>
        <translation>
{0:.0f}% of the way from baseline to target</translation>
    </message>
</context>
<context>
    <name>TargetModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/plans.py" line="62" />
        <source>Chỉ tiêu</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/plans.py" line="62" />
        <source>Đơn vị tính</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/plans.py" line="62" />
        <source>Cơ sở</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/plans.py" line="62" />
        <source>Mục tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/plans.py" line="63" />
        <source>Năm đạt</source>
        <translation>By year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/plans.py" line="63" />
        <source>Thực hiện</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/plans.py" line="63" />
        <source>Đánh giá</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/plans.py" line="111" />
        <source>Cần nhập một số</source>
        <translation>A number is needed</translation>
    </message>
</context>
<context>
    <name>TaskController</name>
    <message>
        <location filename="../../desktop_app/ui/task_controller.py" line="185" />
        <source>Nhiệm vụ {0}</source>
        <translation>Task {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_controller.py" line="196" />
        <source>Gộp thay đổi nhiệm vụ {0}</source>
        <translation>Merge changes of task {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_controller.py" line="202" />
        <source>Đã giữ bản của người khác; giá trị bạn đã gõ được chép vào bộ nhớ tạm (Ctrl+V để dán lại): {0}</source>
        <translation>Kept the other's version; what you typed was copied to the clipboard (Ctrl+V to paste it back): {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_controller.py" line="235" />
        <source>Sửa nhiệm vụ {0}</source>
        <translation>Edit task {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_controller.py" line="239" />
        <source>Sửa tên nhóm</source>
        <translation>Rename group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_controller.py" line="247" />
        <source>Thêm nhiệm vụ</source>
        <translation>Add task</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_controller.py" line="257" />
        <source>Thêm nhóm nhiệm vụ</source>
        <translation>Add task group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_controller.py" line="269" />
        <source>Xóa nhiệm vụ {0}</source>
        <translation>Delete task {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_controller.py" line="274" />
        <source>Xóa nhóm {0}</source>
        <translation>Delete group {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_controller.py" line="291" />
        <source>Chuyển nhiệm vụ</source>
        <translation>Move task</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_controller.py" line="299" />
        <source>Chuyển nhóm</source>
        <translation>Move group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_controller.py" line="310" />
        <source>Chuyển nhiệm vụ sang nhóm khác</source>
        <translation>Move task to another group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_controller.py" line="321" />
        <source>Thụt vào: nhóm thành nhiệm vụ</source>
        <translation>Indent: group becomes a task</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_controller.py" line="340" />
        <source>Thụt ra: nhiệm vụ thành nhóm</source>
        <translation>Outdent: task becomes a group</translation>
    </message>
</context>
<context>
    <name>TaskFilter</name>
    <message>
        <location filename="../../desktop_app/ui/task_filter.py" line="22" />
        <source>Bỏ lọc</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_filter.py" line="43" />
        <source>Đang xem {0} nhiệm vụ: {1}</source>
        <translation>Showing {0} tasks: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_filter.py" line="44" />
        <source>Đang xem {0} nhiệm vụ</source>
        <translation>Showing {0} tasks</translation>
    </message>
</context>
<context>
    <name>TaskGridModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/tasks.py" line="97" />
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/tasks.py" line="97" />
        <source>Nội dung nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/tasks.py" line="97" />
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/tasks.py" line="98" />
        <source>Đơn vị phối hợp</source>
        <translation>Coordinating units</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/tasks.py" line="98" />
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/tasks.py" line="98" />
        <source>Sản phẩm</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/tasks.py" line="99" />
        <source>Ngày bắt đầu</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/tasks.py" line="268" />
        <source>+ Gõ để thêm nhiệm vụ mới…</source>
        <translation>+ Type to add a new task…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/tasks.py" line="269" />
        <source>+ Gõ để thêm nhóm nhiệm vụ đầu tiên…</source>
        <translation>+ Type to add the first task group…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/tasks.py" line="278" />
        <source>Chưa giao đơn vị chủ trì (nhiệm vụ chưa đủ “5 rõ”)</source>
        <translation>No lead unit assigned (the task is not fully assigned)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/tasks.py" line="322" />
        <source>Nội dung nhiệm vụ không được để trống</source>
        <translation>A task cannot be empty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/tasks.py" line="379" />
        <source>Tên nhóm nhiệm vụ không được để trống</source>
        <translation>A group's title cannot be empty</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="36" />
        <source>Kế hoạch do cấp trên gửi xuống: chỉ xem nhiệm vụ; tiến độ cập nhật ở màn hình Kỳ báo cáo / Tiến độ.</source>
        <translation>Plan received from the level above: tasks are read-only; progress is updated on Periods / Progress.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="44" />
        <source>Kế hoạch:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="77" />
        <source>Thêm nhiệm vụ</source>
        <translation>Add task</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="78" />
        <source>Thêm nhóm</source>
        <translation>Add group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="79" />
        <source>Xóa dòng</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="81" />
        <source>Thụt vào</source>
        <translation>Indent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="82" />
        <source>Nhóm thành nhiệm vụ của nhóm trên</source>
        <translation>Group becomes a task of the group above</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="83" />
        <source>Thụt ra</source>
        <translation>Outdent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="84" />
        <source>Nhiệm vụ thành nhóm mới</source>
        <translation>Task becomes a new group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="85" />
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="86" />
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="88" />
        <source>Dán từ Word…</source>
        <translation>Paste from Word…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="89" />
        <source>Dán mục Nhiệm vụ, giải pháp và xem trước các nhóm, nhiệm vụ</source>
        <translation>Paste the Tasks and solutions section and preview its groups and tasks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="90" />
        <source>Lịch sử thay đổi…</source>
        <translation>Change history…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="91" />
        <source>Mọi thay đổi của dòng đang chọn: ai, lúc nào, giá trị cũ → mới</source>
        <translation>Every change to the selected row: who, when, old → new value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="92" />
        <source>Tài liệu kèm theo…</source>
        <translation>Attached documents…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="93" />
        <source>Văn bản, minh chứng của nhiệm vụ đang chọn</source>
        <translation>Documents and evidence of the selected task</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="102" />
        <source>Tải mẫu Excel…</source>
        <translation>Download Excel template…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="103" />
        <source>Tệp Excel các nhóm, nhiệm vụ của kế hoạch để điền</source>
        <translation>An Excel file of the plan's groups and tasks to fill in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="104" />
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="105" />
        <source>Kiểm tra tệp Excel đã điền, xem trước rồi mới nhập</source>
        <translation>Check a filled Excel file and preview before importing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="106" />
        <source>Dán</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="257" />
        <source>Nhóm nhiệm vụ mới</source>
        <translation>New task group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="265" />
        <source>Đã xóa. Nhấn Ctrl+Z để hoàn tác.</source>
        <translation>Deleted. Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="297" />
        <source>Hãy chọn một nhiệm vụ hoặc một nhóm để xem lịch sử.</source>
        <translation>Select a task or a group to see its history.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="311" />
        <source>Hãy chọn một nhiệm vụ để xem tài liệu kèm theo.</source>
        <translation>Select a task to see its attached documents.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="313" />
        <source>Nhiệm vụ {0}. {1}</source>
        <translation>Task {0}. {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="321" />
        <source>Hãy chọn hoặc tạo một kế hoạch trước.</source>
        <translation>Choose or create a plan first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tasks.py" line="335" />
        <source>Đã thêm {0} nhóm, {1} nhiệm vụ. Nhấn Ctrl+Z để hoàn tác.</source>
        <translation>Added {0} groups, {1} tasks. Press Ctrl+Z to undo.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/charts/trend.py" line="66" />
        <source>Kỳ {0}: hoàn thành {1}/{2} nhiệm vụ</source>
        <translation>Period {0}: {1}/{2} tasks done</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/units.py" line="33" />
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/units.py" line="33" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/units.py" line="33" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/units.py" line="33" />
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/units.py" line="110" />
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/units.py" line="110" />
        <source>Ngừng hoạt động</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/units.py" line="140" />
        <source>Tên đơn vị không được để trống</source>
        <translation>A unit's name cannot be empty</translation>
    </message>
</context>
<context>
    <name>UnitsView</name>
    <message>
        <location filename="../../desktop_app/ui/views/units.py" line="95" />
        <source>Ngừng hoạt động đơn vị này</source>
        <translation>Deactivate this unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/units.py" line="103" />
        <source>Cây đơn vị: tỉnh, thành phố → xã, phường → UBND, Đảng ủy → phòng, ban (trước 01/7/2025 còn cấp quận, huyện). Đơn vị đã dùng không xóa được, chỉ ngừng hoạt động hoặc giải thể.</source>
        <translation>Unit tree: province, city → commune, ward → People's Committee, Party committee → offices (before 01/07/2025 also districts). A unit in use cannot be deleted, only deactivated or dissolved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/units.py" line="124" />
        <location filename="../../desktop_app/ui/views/units.py" line="210" />
        <source>Thêm đơn vị</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/units.py" line="125" />
        <source>Thêm đơn vị cấp dưới</source>
        <translation>Add sub-unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/units.py" line="126" />
        <source>Đổi tên</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/units.py" line="127" />
        <source>Lên một cấp</source>
        <translation>Up one level</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/units.py" line="128" />
        <source>Vào trong đơn vị trên</source>
        <translation>Into the unit above</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/units.py" line="129" />
        <source>Chuyển đến…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/units.py" line="130" />
        <source>Ngừng / mở lại hoạt động</source>
        <translation>Deactivate / reactivate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/units.py" line="131" />
        <source>Giải thể…</source>
        <translation>Dissolve…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/units.py" line="132" />
        <source>Thêm từ danh mục…</source>
        <translation>Add from the directory…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/units.py" line="133" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/units.py" line="200" />
        <source>Sửa đơn vị {0}</source>
        <translation>Edit unit {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/units.py" line="207" />
        <source>Đơn vị mới</source>
        <translation>New unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/units.py" line="221" />
        <source>Ngừng hoạt động {0}</source>
        <translation>Deactivate {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/units.py" line="221" />
        <source>Mở lại {0}</source>
        <translation>Reactivate {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/units.py" line="243" />
        <source>Chuyển đơn vị {0}</source>
        <translation>Move unit {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/units.py" line="264" />
        <source>(cấp cao nhất)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/units.py" line="265" />
        <source>Chuyển đơn vị</source>
        <translation>Move unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/units.py" line="265" />
        <source>Đơn vị cấp trên mới:</source>
        <translation>New parent unit:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/units.py" line="291" />
        <source>Xóa đơn vị {0}</source>
        <translation>Delete unit {0}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="63" />
        <source>Mở bản sao lưu gần nhất</source>
        <translation>Open the latest backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="63" />
        <source>Thử lại</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="64" />
        <source>Chọn tệp khác…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="64" />
        <source>Thoát</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="65" />
        <source>Sửa kết nối máy chủ…</source>
        <translation>Correct the server connection…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="129" />
        <source>Không khôi phục được: {0}</source>
        <translation>Restore failed: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="132" />
        <source>Đã mở bản khôi phục từ bản sao lưu lúc {0}; tệp lỗi '{1}' được giữ nguyên.</source>
        <translation>Opened a copy restored from the backup of {0}; the damaged file '{1}' was left untouched.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="136" />
        <source>Mở cơ sở dữ liệu</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="168" />
        <source>Không mở được '{0}': {1}</source>
        <translation>Could not open '{0}': {1}</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/charts/__init__.py" line="16" />
        <source>Hoàn thành đúng hạn</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/charts/__init__.py" line="17" />
        <source>Hoàn thành quá hạn</source>
        <translation>Done late</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/charts/__init__.py" line="18" />
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/charts/__init__.py" line="19" />
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/charts/__init__.py" line="20" />
        <source>Chưa thực hiện</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/charts/__init__.py" line="21" />
        <source>Tạm dừng</source>
        <translation>Suspended</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/unlink_document.py" line="16" />
        <source>Bỏ văn bản căn cứ</source>
        <translation>Remove a basis document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/unlink_document.py" line="17" />
        <source>Bỏ liên kết của {0} với văn bản:</source>
        <translation>Unlink {0} from the document:</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <location filename="../../desktop_app/ui/formats.py" line="42" />
        <source>Ngày không hợp lệ: {0} (nhập dạng 31/12/2024)</source>
        <translation>Invalid date: {0} (type it as 31/12/2024)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/formats.py" line="47" />
        <source>Ngày không hợp lệ: {0}</source>
        <translation>Invalid date: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/formats.py" line="72" />
        <source>Không phải là số: {0}</source>
        <translation>Not a number: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/formats.py" line="80" />
        <source>Tỷ lệ phải là số nguyên từ 0 đến 100: {0}</source>
        <translation>The percentage must be a whole number from 0 to 100: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/formats.py" line="92" />
        <source>Hằng năm {0:02d}/{1:02d}</source>
        <translation>Yearly {0:02d}/{1:02d}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/formats.py" line="114" />
        <source>Lịch thực hiện không hiểu được: {0} (ví dụ: 31/12/2024, hằng năm 15/12, hằng quý, hằng tháng, thường xuyên)</source>
        <translation>Schedule not understood: {0} (e.g. 31/12/2024, hằng năm 15/12, hằng quý, hằng tháng, thường xuyên)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/formats.py" line="118" />
        <source>Lịch thực hiện cần ngày: {0}</source>
        <translation>The schedule needs a date: {0}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="16" />
        <source>Chưa thực hiện</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="17" />
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="18" />
        <source>Hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="19" />
        <source>Tạm dừng</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="20" />
        <source>Hoàn thành đúng hạn</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="21" />
        <source>Hoàn thành quá hạn</source>
        <translation>Done late</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="22" />
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="23" />
        <source>Cấp ủy Đảng</source>
        <translation>Party committee</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="24" />
        <source>Ủy ban nhân dân</source>
        <translation>People's Committee</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="25" />
        <source>Phòng, ban chuyên môn</source>
        <translation>Specialised office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="26" />
        <source>Phường, xã</source>
        <translation>Ward, commune</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="27" />
        <source>Trường học</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="28" />
        <source>Trạm y tế</source>
        <translation>Health station</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="29" />
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="30" />
        <source>Nghị quyết</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="31" />
        <source>Chỉ thị</source>
        <translation>Directive</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="32" />
        <source>Chương trình</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="33" />
        <source>Kế hoạch</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="34" />
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="35" />
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="36" />
        <source>Thông báo</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="37" />
        <source>Tờ trình</source>
        <translation>Submission</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="38" />
        <source>Hướng dẫn</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="39" />
        <source>Đề án</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="40" />
        <source>Phương án</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="41" />
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="42" />
        <source>Giấy mời</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="43" />
        <source>Công văn</source>
        <translation>Official letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="44" />
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="45" />
        <source>Chưa đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="46" />
        <source>Vượt</source>
        <translation>Exceeded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="47" />
        <source>Một lần</source>
        <translation>Once</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="48" />
        <source>Hằng năm</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="49" />
        <source>Hằng quý</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="50" />
        <source>Hằng tháng</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="51" />
        <source>Thường xuyên</source>
        <translation>Continuous</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="52" />
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="53" />
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="54" />
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="55" />
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="56" />
        <source>Chưa báo cáo</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="57" />
        <source>Chưa gửi</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="58" />
        <source>Đã gửi, chờ duyệt</source>
        <translation>Submitted, waiting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="59" />
        <source>Đã duyệt</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="60" />
        <source>Bị trả lại</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="76" />
        <source>tháng {0}/{1}</source>
        <translation>month {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="78" />
        <source>quý {0}/{2}</source>
        <translation>Q{1} {2}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="80" />
        <source>6 tháng đầu năm {0}</source>
        <translation>first half of {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="82" />
        <source>6 tháng cuối năm {0}</source>
        <translation>second half of {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="84" />
        <source>9 tháng năm {0}</source>
        <translation>nine months of {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="86" />
        <source>năm {0}</source>
        <translation>year {0}</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../desktop_app/ui/ops.py" line="241" />
        <source>Đã hủy.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ops.py" line="242" />
        <source>Lỗi không mong đợi: {0}</source>
        <translation>Unexpected error: {0}</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../../desktop_app/ui/models/unit_lookup.py" line="54" />
        <source>Không có đơn vị: {0}</source>
        <translation>No such unit: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/unit_lookup.py" line="56" />
        <source>'{0}' khớp nhiều đơn vị: {1}…</source>
        <translation>'{0}' matches several units: {1}…</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <location filename="../../desktop_app/ui/views/registry.py" line="21" />
        <source>Kế hoạch</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/registry.py" line="21" />
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/registry.py" line="22" />
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/registry.py" line="22" />
        <source>Kỳ báo cáo / Tiến độ</source>
        <translation>Periods / Progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/registry.py" line="23" />
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/registry.py" line="23" />
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop_app/ui/reminders.py" line="180" />
        <source>Tắt &amp;nhắc việc khi mở chương trình</source>
        <translation>Turn off start-up &amp;reminders</translation>
    </message>
</context>
</TS>