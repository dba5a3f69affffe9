"""The electronic copy of a report to be signed digitally ("Bản điện tử để ký số").

The report is laid out by the same reportlab code as the printed copy (with the number and date
left for the e-office system when the clerk chooses so), then made PDF/A-2b here, with unsigned
signature fields where Nghị định 30/2020 puts the digital signatures. A progress report's annex
(Phụ lục) goes either into the same file (then only the main document has signature fields) or into
its own file with the organisation's signature field at the top right of its first page. An annex
kind printed alone (appendix, task list) is such an own file.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

import pikepdf

from desktop_app import APP_NAME, __version__
from desktop_app.reports.data import ReportData
from desktop_app.reports.electronic.fields import add_signature_field, ascii_name
from desktop_app.reports.electronic.metadata import DocumentMetadata, metadata_for
from desktop_app.reports.electronic.pdfa import XmpInfo, save, to_pdfa
from desktop_app.reports.electronic.places import (
    SignaturePlace,
    SignatureRoom,
    annex_rect,
    seal_rect,
    signer_rect,
)
from desktop_app.reports.layout import layout_for
from desktop_app.reports.pdf import render_pdf
from desktop_app.reports.pdf.flowables import MarkPosition
from desktop_app.reports.texts import nfc
from desktop_app.services.errors import ValidationError

ANNEX_MODES = ("none", "same", "separate")
ANNEX_KINDS = ("appendix", "task_list")
INVARIANT_TIME = datetime(2000, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class ElectronicFile:
    pdf: bytes
    metadata: DocumentMetadata
    places: tuple[SignaturePlace, ...]

    @property
    def metadata_json(self) -> bytes:
        return self.metadata.json_bytes()


@dataclass(frozen=True)
class ElectronicReport:
    main: ElectronicFile
    annex: ElectronicFile | None = None  # the annex in its own file


def _xmp_fields(meta: DocumentMetadata) -> tuple[tuple[str, str], ...]:
    doc = meta.to_json()
    signer = doc.pop("SignerInfo")
    doc["To"] = "; ".join(doc["To"])
    doc["PageAmount"] = str(doc["PageAmount"])
    doc["SignerInfoPosition"], doc["SignerInfoFullName"] = signer["Position"], signer["FullName"]
    return tuple((key, str(value)) for key, value in doc.items())


def _finish(pdf: pikepdf.Pdf, data: ReportData, title: str, when: datetime, priority: str,
            due_date: date | None) -> tuple[bytes, DocumentMetadata]:
    meta = metadata_for(data, len(pdf.pages), priority, due_date)
    tool = f"{APP_NAME} {__version__}"
    keywords = tuple(k for k in (meta.type_name, meta.code_notation, "Nghị định 30/2020/NĐ-CP") if k)
    to_pdfa(pdf, XmpInfo(nfc(title), meta.subject, meta.organ_name, tool, when, _xmp_fields(meta), keywords))
    return save(pdf), meta


def _organisation_tooltip(data: ReportData) -> str:
    return f"Chữ ký số của cơ quan, tổ chức: {nfc(data.settings.issuer_name or data.settings.issuing_body)}"


def _annex_file(data: ReportData, invariant: bool, when: datetime, priority: str,
                due_date: date | None) -> ElectronicFile:
    layout = layout_for(data.party)
    pdf = pikepdf.open(io.BytesIO(render_pdf(data, invariant=invariant)))
    width, height = (float(v) for v in pdf.pages[0].mediabox[2:4])
    place = SignaturePlace("organisation", f"CoQuan {ascii_name(data.settings.issuer_name or data.symbol)} Phu luc",
                           _organisation_tooltip(data) + " (văn bản kèm theo)", 1,
                           annex_rect(width, height, layout.right))
    add_signature_field(pdf, 0, place.rect, place.field_name, place.tooltip)
    content, meta = _finish(pdf, data, f"Phụ lục - {data.doc_type} {data.summary}", when, priority, due_date)
    return ElectronicFile(content, meta, (place,))


def electronic_report(data: ReportData, *, annex_data: ReportData | None = None, annex: str = "none",
                      invariant: bool = False, number_by_eoffice: bool = True, priority: str = "Thường",
                      due_date: date | None = None, when: datetime | None = None) -> ElectronicReport:
    """The PDF/A file(s), their metadata and where each signature goes.

    ``annex``: "none", "same" (the annex's pages follow the report in one file) or "separate".
    ``number_by_eoffice`` leaves "Số: …" and the date blank for the e-office system.
    """
    if annex not in ANNEX_MODES:
        raise ValidationError.one("annex", f"Cách đính kèm phụ lục không hợp lệ: '{annex}' "
                                           f"({', '.join(ANNEX_MODES)})")
    when = INVARIANT_TIME if invariant else (when or datetime.now(UTC))
    data = replace(data, number_by_eoffice=number_by_eoffice)
    if data.kind in ANNEX_KINDS:
        return ElectronicReport(_annex_file(data, invariant, when, priority, due_date))
    appendix = replace(annex_data, number_by_eoffice=number_by_eoffice) if annex_data is not None else None
    if annex != "none" and appendix is None:
        raise ValidationError.one("annex", "Thiếu dữ liệu phụ lục để kèm theo bản điện tử")
    marks: list[MarkPosition] = []
    pdf = pikepdf.open(io.BytesIO(render_pdf(data, invariant=invariant, marks=marks)))
    room = SignatureRoom.from_marks(marks)
    s = data.settings
    signer = signer_rect(room)
    who = nfc(s.signer_name) or nfc(s.signer_title)
    places = (
        SignaturePlace("signer", f"NguoiKy {ascii_name(who)}".strip(),
                       f"Chữ ký số của người có thẩm quyền: {who} ({nfc(s.signer_title)})", room.page, signer),
        SignaturePlace("organisation", f"CoQuan {ascii_name(s.issuer_name or s.issuing_body)}".strip(),
                       _organisation_tooltip(data), room.page, seal_rect(signer)),
    )
    # the seal first, so a click on the overlap lands on the signer's field drawn above it
    for place in reversed(places):
        add_signature_field(pdf, place.page - 1, place.rect, place.field_name, place.tooltip)
    separate = None
    if appendix is not None and annex == "same":
        annex_pdf = pikepdf.open(io.BytesIO(render_pdf(appendix, invariant=invariant)))
        pdf.pages.extend(annex_pdf.pages)
    elif appendix is not None and annex == "separate":
        separate = _annex_file(appendix, invariant, when, priority, due_date)
    content, meta = _finish(pdf, data, f"{data.doc_type} {data.summary}", when, priority, due_date)
    return ElectronicReport(ElectronicFile(content, meta, places), separate)
