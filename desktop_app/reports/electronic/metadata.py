"""The metadata of an electronic document (Nghị định 30/2020, Phụ lục VI) for a report.

Field names are spelled as the decree's table spells them (the names the e-office systems exchange):
TypeName, CodeNumber, CodeNotation, IssuedDate, OrganName, Subject, PageAmount, SignerInfo (Position,
FullName), To, Priority, DueDate, Language. The same fields go beside the PDF as JSON
(``metadata.schema.json`` checks it) and into the PDF's XMP; :func:`clipboard_text` lists them in
the order the e-office "văn bản đi" forms ask for them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from desktop_app.reports.body import recipients_lines
from desktop_app.reports.data import ReportData
from desktop_app.reports.texts import nfc
from desktop_app.services.errors import ValidationError

SUBJECT_MAX = 500
PRIORITIES = ("Thường", "Khẩn", "Thượng khẩn", "Hỏa tốc")


@dataclass(frozen=True)
class DocumentMetadata:
    type_name: str
    code_number: str  # "" while the e-office system has not numbered it
    code_notation: str
    issued_date: date | None  # None while the e-office system has not dated it
    organ_name: str
    subject: str
    page_amount: int
    signer_position: str
    signer_full_name: str
    to: tuple[str, ...]
    priority: str = "Thường"
    due_date: date | None = None
    language: str = "vi"

    def to_json(self) -> dict[str, Any]:
        """The JSON object, keys as Phụ lục VI spells them."""
        return {
            "TypeName": self.type_name,
            "CodeNumber": self.code_number,
            "CodeNotation": self.code_notation,
            "IssuedDate": self.issued_date.isoformat() if self.issued_date else "",
            "OrganName": self.organ_name,
            "Subject": self.subject,
            "PageAmount": self.page_amount,
            "SignerInfo": {"Position": self.signer_position, "FullName": self.signer_full_name},
            "To": list(self.to),
            "Priority": self.priority,
            "DueDate": self.due_date.isoformat() if self.due_date else "",
            "Language": self.language,
        }

    def json_bytes(self) -> bytes:
        return (json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def metadata_from_json(document: dict[str, Any]) -> DocumentMetadata:
    """Back from :meth:`DocumentMetadata.to_json` (the frozen file of an issued report)."""
    def day(text: str) -> date | None:
        return date.fromisoformat(text) if text else None

    return DocumentMetadata(
        type_name=document["TypeName"], code_number=document["CodeNumber"], code_notation=document["CodeNotation"],
        issued_date=day(document["IssuedDate"]), organ_name=document["OrganName"], subject=document["Subject"],
        page_amount=int(document["PageAmount"]), signer_position=document["SignerInfo"]["Position"],
        signer_full_name=document["SignerInfo"]["FullName"], to=tuple(document["To"]),
        priority=document["Priority"], due_date=day(document["DueDate"]), language=document["Language"])


# (label on the e-office form, value) in the order the "văn bản đi" forms ask for them
def clipboard_rows(meta: DocumentMetadata) -> list[tuple[str, str]]:
    return [
        ("Loại văn bản", meta.type_name),
        ("Số", meta.code_number),
        ("Ký hiệu", meta.code_notation),
        ("Ngày ban hành", meta.issued_date.strftime("%d/%m/%Y") if meta.issued_date else ""),
        ("Cơ quan ban hành", meta.organ_name),
        ("Trích yếu", meta.subject),
        ("Người ký", meta.signer_full_name),
        ("Chức vụ", meta.signer_position),
        ("Số trang", str(meta.page_amount)),
        ("Nơi nhận", "; ".join(meta.to)),
        ("Độ khẩn", meta.priority),
        ("Hạn xử lý", meta.due_date.strftime("%d/%m/%Y") if meta.due_date else ""),
    ]


def clipboard_text(meta: DocumentMetadata) -> str:
    """One "Nhãn<TAB>giá trị" line per field (pastes into a form or a spreadsheet)."""
    return "\n".join(f"{label}\t{value}" for label, value in clipboard_rows(meta))


def _subject(data: ReportData) -> str:
    text = " ".join(nfc(data.summary).split())
    if len(text) <= SUBJECT_MAX:
        return text
    cut = text[:SUBJECT_MAX - 1].rsplit(" ", 1)[0]
    return cut + "…"


def _position(data: ReportData) -> str:
    s = data.settings
    return nfc(s.signer_title).strip()


def _recipients(data: ReportData) -> tuple[str, ...]:
    lines = [line.removeprefix("- ").rstrip(";.") for line in recipients_lines(data)]
    return tuple(line for line in lines if line and not line.startswith("Lưu:"))


def metadata_for(data: ReportData, page_amount: int, priority: str = "Thường",
                 due_date: date | None = None) -> DocumentMetadata:
    """The report's metadata; ``page_amount`` is the electronic file's real page count."""
    if priority not in PRIORITIES:
        raise ValidationError.one("priority", f"Độ khẩn không hợp lệ: '{priority}' ({', '.join(PRIORITIES)})")
    s = data.settings
    blank = data.number_by_eoffice
    return DocumentMetadata(
        type_name=nfc(data.doc_type).capitalize(),
        code_number="" if blank else data.number,
        code_notation=data.symbol,
        issued_date=None if blank else data.report_date,
        organ_name=nfc(s.issuer_name or s.issuing_body),
        subject=_subject(data),
        page_amount=page_amount,
        signer_position=_position(data),
        signer_full_name=nfc(s.signer_name),
        to=_recipients(data),
        priority=priority,
        due_date=due_date,
    )


@cache
def schema() -> dict[str, Any]:
    """The JSON schema of the metadata file (``metadata.schema.json`` beside this module)."""
    text = resources.files(__package__).joinpath("metadata.schema.json").read_text(encoding="utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


def validate(document: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when a metadata object does not match the schema."""
    import jsonschema

    jsonschema.validate(document, schema())
