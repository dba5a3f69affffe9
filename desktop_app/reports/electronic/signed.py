"""Checking a signed copy that came back from a signing tool (pyHanko's validation).

Each signature is checked offline: ``intact`` (the signed bytes are unchanged), ``valid`` (the
signature value matches the signer's certificate) and ``trusted`` (the certificate chains to a root
the program was given; it ships none, so a Vietnamese CA's chain shows as not checked).
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class SignatureCheck:
    field_name: str
    signer: str  # the certificate's subject, as people read it
    issuer: str
    signed_at: datetime | None  # the time the signer's tool reported
    intact: bool
    valid: bool
    trusted: bool
    whole_file: bool  # the signature covers the file up to its end (nothing added after it)
    changed_after: bool = False  # what was added after it changes more than form fields (more signatures)

    @property
    def verifies(self) -> bool:
        """The signature still verifies: the signed bytes are unchanged, the signature matches, and
        nothing added after it changes the document's content (only further signatures may follow)."""
        return self.intact and self.valid and not self.changed_after

    @property
    def summary(self) -> str:
        when = f" lúc {self.signed_at.astimezone():%d/%m/%Y %H:%M:%S %z}" if self.signed_at else ""
        state = ("chữ ký hợp lệ, nội dung toàn vẹn" if self.verifies else
                 "NỘI DUNG ĐÃ BỊ SỬA SAU KHI KÝ" if self.changed_after else "CHỮ KÝ KHÔNG HỢP LỆ")
        trust = "chứng thư tin cậy" if self.trusted else "chưa kiểm tra chuỗi chứng thư (chưa cài chứng thư gốc)"
        return f"{self.signer}{when}: {state}; {trust}"


def _quiet_imports() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pyhanko.sign.validation  # noqa: F401  (cryptography warns about DSA on import)


def check_signatures(content: bytes, trust_roots: Sequence[bytes] = ()) -> list[SignatureCheck]:
    """Every signature in a PDF, checked; ``trust_roots`` are DER or PEM certificates."""
    _quiet_imports()
    from asn1crypto import pem, x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    roots = []
    for raw in trust_roots:
        der = pem.unarmor(raw)[2] if pem.detect(raw) else raw
        roots.append(x509.Certificate.load(der))
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    reader = PdfFileReader(io.BytesIO(content), strict=False)
    found = []
    for sig in reader.embedded_regular_signatures:
        status = validate_pdf_signature(sig, context)
        cert = status.signing_cert
        level = status.modification_level
        found.append(SignatureCheck(
            field_name=sig.field_name, signer=cert.subject.human_friendly if cert else "",
            issuer=cert.issuer.human_friendly if cert else "", signed_at=status.signer_reported_dt,
            intact=bool(status.intact), valid=bool(status.valid), trusted=bool(status.trusted),
            whole_file=status.coverage is not None and status.coverage.name == "ENTIRE_FILE",
            changed_after=level is None or level > ModificationLevel.FORM_FILLING))
    return found
