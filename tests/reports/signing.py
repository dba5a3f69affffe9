"""A throw-away signing certificate and pyHanko signing for the electronic report tests."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from desktop_app.reports.fonts import bundled_paths

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.sign import signers
    from pyhanko.stamp import TextStampStyle


@dataclass(frozen=True)
class TestSigner:
    signer: signers.SimpleSigner
    cert_pem: bytes
    common_name: str


def make_signer(folder: Path, common_name: str, organisation: str = "UBND quận Ba Đình") -> TestSigner:
    """A self-signed RSA certificate good for a day, made now (never leaves the test's folder)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(hours=1))
            .not_valid_after(now + timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    folder.mkdir(parents=True, exist_ok=True)
    key_file, cert_file = folder / "key.pem", folder / "cert.pem"
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    cert_pem = cert.public_bytes(serialization.Encoding.PEM)
    cert_file.write_bytes(cert_pem)
    signer = signers.SimpleSigner.load(str(key_file), str(cert_file))
    assert signer is not None
    return TestSigner(signer, cert_pem, common_name)


def sign(pdf: bytes, field_name: str, who: TestSigner, text: str = "Ký bởi: %(signer)s\nThời gian: %(ts)s") -> bytes:
    """Sign into an existing field, with a visible stamp in an embedded font (Liberation Serif)."""
    style = TextStampStyle(stamp_text=text, border_width=0,
                           text_box_style=TextBoxStyle(font=GlyphAccumulatorFactory(bundled_paths()[0]),
                                                       font_size=8))
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    out = signers.PdfSigner(signers.PdfSignatureMetadata(field_name=field_name), signer=who.signer,
                            stamp_style=style).sign_pdf(writer, existing_fields_only=True)
    return out.getvalue()


def draw_after_signing(signed: bytes) -> bytes:
    """Append an incremental update that adds a content stream to the signature page."""
    writer = IncrementalPdfFileWriter(io.BytesIO(signed), strict=False)
    page_ref = writer.find_page_for_modification(-1)[0]
    page = page_ref.get_object()
    extra = writer.add_object(generic.StreamObject(stream_data=b"0 0 1 rg 100 100 200 50 re f"))
    contents = page["/Contents"]
    items = list(contents) if isinstance(contents, generic.ArrayObject) else [page.raw_get("/Contents")]
    page["/Contents"] = generic.ArrayObject([*items, extra])
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
