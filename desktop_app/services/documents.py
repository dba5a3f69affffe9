"""Documents (văn bản) a plan implements, and the chain NQ → CTr → KH between them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Document
from desktop_app.domain.kinds import DOC_TYPE_LABELS, DocType
from desktop_app.domain.symbols import format_number_symbol, parse_number_symbol
from desktop_app.domain.text import normalize_text
from desktop_app.services.database import Database
from desktop_app.services.errors import NotFound, Problem, ValidationError


@dataclass(frozen=True)
class DocumentInfo:
    id: str
    doc_type: str
    number: str
    symbol: str
    issued_on: date | None
    issuer: str
    title: str
    implements: tuple[str, ...]

    @property
    def reference(self) -> str:
        return format_number_symbol(self.number, self.symbol)

    @property
    def citation(self) -> str:
        """"Nghị quyết số 45-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương" (dates as the screens
        write them; reports cite with their own date style through :meth:`cite`)."""
        return self.cite(lambda day: f"{day.day:02d}/{day.month:02d}/{day.year}")

    def cite(self, date_text: Callable[[date], str]) -> str:
        known = {d.value for d in DocType}
        kind = DOC_TYPE_LABELS[DocType(self.doc_type)] if self.doc_type in known else self.doc_type
        text = f"{kind} số {self.reference}"
        if self.issued_on:
            text += f" ngày {date_text(self.issued_on)}"
        if self.issuer:
            text += f" của {self.issuer}"
        return text


def info(doc: Document) -> DocumentInfo:
    return DocumentInfo(doc.id, doc.doc_type, doc.number, doc.symbol, doc.issued_on, doc.issuer,
                        doc.title, tuple(d.id for d in doc.implements))


def validate_document_fields(doc_type: str, number: str, symbol: str) -> list[Problem]:
    problems = []
    if doc_type not in {d.value for d in DocType}:
        problems.append(Problem("doc_type", f"Loại văn bản không hợp lệ: '{doc_type}'"))
    if not normalize_text(number) and not normalize_text(symbol):
        problems.append(Problem("number", "Văn bản cần số hoặc ký hiệu"))
    return problems


def create_document(db: Database, doc_type: str, number: str, symbol: str,
                    issued_on: date | None = None, issuer: str = "", title: str = "",
                    implements: list[str] | None = None, document_id: str | None = None) -> DocumentInfo:
    problems = validate_document_fields(doc_type, number, symbol)
    if problems:
        raise ValidationError(problems)
    with db.write() as session:
        doc = Document(doc_type=doc_type, number=number, symbol=symbol, issued_on=issued_on,
                       issuer=issuer, title=title)
        if document_id:
            doc.id = document_id
        doc.implements = [_get(session, ref) for ref in implements or []]
        session.add(doc)
        session.flush()
        return info(doc)


def _get(session: Session, doc_id: str) -> Document:
    doc = session.get(Document, doc_id)
    if doc is None:
        raise NotFound(f"Không có văn bản '{doc_id}'")
    return doc


def resolve_document(session: Session, ref: str) -> Document:
    """A document by id or by its number/symbol as written ("45-NQ/TW", "137/KH-UBND")."""
    doc = session.get(Document, ref)
    if doc is not None:
        return doc
    parsed = parse_number_symbol(ref)
    if parsed is not None:
        for candidate in session.scalars(select(Document).where(Document.symbol == parsed.symbol)):
            if candidate.number.lstrip("0") == parsed.number:
                return candidate
    raise NotFound(f"Không có văn bản '{ref}'")


def list_documents(db: Database) -> list[DocumentInfo]:
    with db.read() as session:
        docs = session.scalars(select(Document).order_by(Document.issued_on, Document.number))
        return [info(d) for d in docs]


def chain(db: Database, document_id: str) -> list[DocumentInfo]:
    """The documents a document implements, up to the first one: [KH, CTr, NQ]."""
    result: list[DocumentInfo] = []
    seen: set[str] = set()
    with db.read() as session:
        current: Document | None = _get(session, document_id)
        while current is not None and current.id not in seen:
            seen.add(current.id)
            result.append(info(current))
            current = current.implements[0] if current.implements else None
    return result
