"""PDF/A-2b from reportlab's PDF: sRGB OutputIntent, XMP metadata, no unembedded fonts.

reportlab embeds TrueType subsets with their widths, but lists a standard Helvetica (never
embedded) in every page's resources even when no text uses it: PDF/A forbids an unembedded font,
so fonts that a page's content never selects are dropped from its resources.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from xml.sax.saxutils import escape

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from desktop_app.reports.electronic.icc import DESCRIPTION, srgb_profile

ND30_NS = "urn:plantrack:nd30:1.0/"  # our XMP namespace for the Phụ lục VI fields
ND30_PREFIX = "vbdt"
PDFA_PART, PDFA_CONFORMANCE = 2, "B"


@dataclass(frozen=True)
class XmpInfo:
    title: str
    subject: str
    creator: str  # the issuing body (dc:creator, /Author)
    tool: str  # xmp:CreatorTool, /Creator, /Producer
    when: datetime
    fields: tuple[tuple[str, str], ...] = ()  # Phụ lục VI fields (name, text)
    keywords: tuple[str, ...] = ()  # dc:subject


SHOW_TEXT = {"Tj", "TJ", "'", '"'}


Instruction = pikepdf.ContentStreamInstruction | pikepdf.ContentStreamInlineImage


def showing_fonts(instructions: list[Instruction]) -> set[str]:
    """The fonts in effect whenever text is shown (the text font is saved and restored by q / Q)."""
    used: set[str] = set()
    font, stack = "", []
    for instruction in instructions:
        operands, op = instruction.operands, str(instruction.operator)
        if op == "q":
            stack.append(font)
        elif op == "Q" and stack:
            font = stack.pop()
        elif op == "Tf":
            font = str(operands[0])
        elif op in SHOW_TEXT:
            used.add(font)
    return used


def _embedded(font: pikepdf.Object) -> bool:
    descriptor = font.get("/FontDescriptor")
    if descriptor is None and "/DescendantFonts" in font:
        descriptor = font.DescendantFonts[0].get("/FontDescriptor")
    return descriptor is not None and any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def drop_unused_fonts(pdf: pikepdf.Pdf) -> None:
    """Remove the fonts no text is shown with (reportlab selects Helvetica at each page's start,
    ``BT /F1 12 Tf 14.4 TL ET``, and never draws with it): their Tf and their resource entry."""
    for page in pdf.pages:
        resources = page.obj.get("/Resources")
        if resources is None or "/Font" not in resources:
            continue
        instructions = list(pikepdf.parse_content_stream(page))
        showing = showing_fonts(instructions)
        idle = {str(k) for k, font in resources.Font.items() if str(k) not in showing and not _embedded(font)}
        if not idle:
            continue
        kept = [i for i in instructions if not (str(i.operator) == "Tf" and str(i.operands[0]) in idle)]
        page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(kept))
        copy = Dictionary({key: value for key, value in resources.items() if key != "/Font"})
        copy.Font = Dictionary({key: value for key, value in resources.Font.items() if str(key) not in idle})
        page.obj.Resources = copy


def add_output_intent(pdf: pikepdf.Pdf) -> None:
    profile = pdf.make_stream(srgb_profile(), N=3)
    intent = Dictionary(Type=Name.OutputIntent, S=Name.GTS_PDFA1, OutputConditionIdentifier=String(DESCRIPTION),
                        Info=String(DESCRIPTION), RegistryName=String("http://www.color.org"),
                        DestOutputProfile=profile)
    pdf.Root.OutputIntents = Array([pdf.make_indirect(intent)])


def _pdf_date(when: datetime) -> str:
    return when.astimezone(UTC).strftime("D:%Y%m%d%H%M%S+00'00'")


def _xmp_date(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _extension_schema(names: list[str]) -> str:
    """PDF/A wants every property outside the predefined schemas described in the XMP itself."""
    props = "".join(
        f"<rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>{name}</pdfaProperty:name>"
        f"<pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>external"
        f"</pdfaProperty:category><pdfaProperty:description>Nghị định 30/2020, Phụ lục VI: {name}"
        f"</pdfaProperty:description></rdf:li>" for name in names)
    return (
        "<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" "
        "xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" "
        "xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"><pdfaExtension:schemas><rdf:Bag>"
        "<rdf:li rdf:parseType=\"Resource\"><pdfaSchema:schema>Thông tin văn bản điện tử (ND 30/2020 Phụ lục VI)"
        f"</pdfaSchema:schema><pdfaSchema:namespaceURI>{ND30_NS}</pdfaSchema:namespaceURI>"
        f"<pdfaSchema:prefix>{ND30_PREFIX}</pdfaSchema:prefix><pdfaSchema:property><rdf:Seq>{props}"
        "</rdf:Seq></pdfaSchema:property></rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>")


def xmp_packet(info: XmpInfo) -> bytes:
    when = _xmp_date(info.when)
    own = "".join(f"<{ND30_PREFIX}:{name}>{escape(value)}</{ND30_PREFIX}:{name}>" for name, value in info.fields)
    text = (
        "<?xpacket begin=\"\ufeff\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
        "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">"
        f"<pdfaid:part>{PDFA_PART}</pdfaid:part><pdfaid:conformance>{PDFA_CONFORMANCE}</pdfaid:conformance>"
        "</rdf:Description>"
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        "<dc:format>application/pdf</dc:format>"
        f"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{escape(info.title)}</rdf:li></rdf:Alt></dc:title>"
        f"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{escape(info.subject)}</rdf:li></rdf:Alt>"
        f"</dc:description><dc:creator><rdf:Seq><rdf:li>{escape(info.creator)}</rdf:li></rdf:Seq></dc:creator>"
        f"<dc:subject><rdf:Bag>{''.join(f'<rdf:li>{escape(k)}</rdf:li>' for k in info.keywords)}</rdf:Bag>"
        "</dc:subject>"
        f"<dc:date><rdf:Seq><rdf:li>{when}</rdf:li></rdf:Seq></dc:date>"
        "<dc:language><rdf:Bag><rdf:li>vi-VN</rdf:li></rdf:Bag></dc:language>"
        "</rdf:Description>"
        "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">"
        f"<xmp:CreateDate>{when}</xmp:CreateDate><xmp:ModifyDate>{when}</xmp:ModifyDate>"
        f"<xmp:MetadataDate>{when}</xmp:MetadataDate><xmp:CreatorTool>{escape(info.tool)}</xmp:CreatorTool>"
        "</rdf:Description>"
        "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">"
        f"<pdf:Producer>{escape(info.tool)}</pdf:Producer></rdf:Description>"
        f"<rdf:Description rdf:about=\"\" xmlns:{ND30_PREFIX}=\"{ND30_NS}\">{own}</rdf:Description>"
        f"{_extension_schema([name for name, _ in info.fields]) if info.fields else ''}"
        "</rdf:RDF></x:xmpmeta>" + "\n" * 20 + "<?xpacket end=\"w\"?>")
    return text.encode("utf-8")


def set_metadata(pdf: pikepdf.Pdf, info: XmpInfo) -> None:
    """The XMP packet (uncompressed, as PDF/A asks) and a document information dictionary that says
    the same."""
    pdf.Root.Metadata = pdf.make_stream(xmp_packet(info), Type=Name.Metadata, Subtype=Name.XML)
    date = _pdf_date(info.when)
    # no /Producer: a signing tool that appends itself to it (pyHanko does) while rewriting the XMP's
    # pdf:Producer would leave the two disagreeing, which PDF/A forbids; the XMP says it alone
    pdf.trailer.Info = pdf.make_indirect(Dictionary(
        Title=String(info.title), Subject=String(info.subject), Author=String(info.creator),
        Creator=String(info.tool), CreationDate=String(date), ModDate=String(date)))


def to_pdfa(pdf: pikepdf.Pdf, info: XmpInfo) -> None:
    """Make an open reportlab PDF a PDF/A-2b document in place."""
    drop_unused_fonts(pdf)
    add_output_intent(pdf)
    set_metadata(pdf, info)


def save(pdf: pikepdf.Pdf) -> bytes:
    """Bytes of a PDF/A file: the XMP left uncompressed, a trailer /ID derived from the content."""
    import io

    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, compress_streams=True,
             stream_decode_level=pikepdf.StreamDecodeLevel.none)
    return out.getvalue()
