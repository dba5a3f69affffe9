"""Structure checks of an electronic copy (what PDF/A-2b needs of our files), with pikepdf.

Not a full PDF/A validator (veraPDF is the reference; it is not installable from the package
registries these machines reach): it checks the points our files could get wrong — PDF/A
identification in the XMP, the OutputIntent and its ICC profile, every font embedded with its
widths, no encryption, no JavaScript / actions, no forbidden transparency, printable widgets with
an appearance, the XMP left unfiltered and the document information matching it.
"""

from __future__ import annotations

import io
from xml.etree import ElementTree

import pikepdf
from pikepdf import Name

from desktop_app.reports.electronic.pdfa import ND30_NS, ND30_PREFIX

NS = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
      "dc": "http://purl.org/dc/elements/1.1/", "xmp": "http://ns.adobe.com/xap/1.0/",
      "pdf": "http://ns.adobe.com/pdf/1.3/", ND30_PREFIX: ND30_NS}
FORBIDDEN_KEYS = ("/JavaScript", "/JS", "/AA", "/Launch", "/EmbeddedFiles", "/OpenAction")
ALLOWED_BLEND = {"/Normal", "/Compatible"}


def xmp_values(pdf: pikepdf.Pdf) -> dict[str, str]:
    """The XMP's simple properties (as elements or attributes) and the x-default of Alt / first item of
    Seq, by prefix:name."""
    root = ElementTree.fromstring(pdf.Root.Metadata.read_bytes())
    found: dict[str, str] = {}
    prefixes = {uri: prefix for prefix, uri in NS.items()}
    for description in root.iter(f"{{{NS['rdf']}}}Description"):
        for attribute, value in description.attrib.items():  # the short form some tools write
            uri, _, local = attribute[1:].partition("}")
            if uri != NS["rdf"]:
                found[f"{prefixes.get(uri, uri)}:{local}"] = value
        for element in description:
            uri, _, local = element.tag[1:].partition("}")
            items = [li.text or "" for li in element.iter(f"{{{NS['rdf']}}}li")]
            key = f"{prefixes.get(uri, uri)}:{local}"
            found[key] = items[0] if items else (element.text or "")
    return found


def _walk(obj: pikepdf.Object, seen: set[tuple[int, int]]):  # type: ignore[no-untyped-def]
    if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
        if obj.is_indirect:
            if obj.objgen in seen:
                return
            seen.add(obj.objgen)
        yield obj
        for _, value in obj.items():
            yield from _walk(value, seen)
    elif isinstance(obj, pikepdf.Array):
        for value in obj:
            yield from _walk(value, seen)


def _font_problems(font: pikepdf.Object) -> list[str]:
    name = str(font.get("/BaseFont", "?"))
    if font.get("/Subtype") == Name.Type0:
        descendant = font.DescendantFonts[0]
        descriptor, widths = descendant.get("/FontDescriptor"), "/W" in descendant
    else:
        descriptor, widths = font.get("/FontDescriptor"), "/Widths" in font
        if widths and len(font.Widths) != int(font.LastChar) - int(font.FirstChar) + 1:
            return [f"phông {name}: số độ rộng không khớp FirstChar..LastChar"]
    problems = []
    if descriptor is None or not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
        problems.append(f"phông {name} không được nhúng")
    if not widths:
        problems.append(f"phông {name} thiếu độ rộng ký tự")
    return problems


def pdfa_problems(content: bytes) -> list[str]:
    """What keeps the file from being our PDF/A-2b; empty when nothing does."""
    problems: list[str] = []
    with pikepdf.open(io.BytesIO(content)) as pdf:
        if pdf.is_encrypted or "/Encrypt" in pdf.trailer:
            problems.append("tệp được mã hóa")
        if "/ID" not in pdf.trailer:
            problems.append("thiếu /ID trong trailer")
        if "/Metadata" not in pdf.Root:
            return [*problems, "thiếu XMP metadata"]
        if "/Filter" in pdf.Root.Metadata:
            problems.append("XMP metadata bị nén (/Filter)")
        xmp = xmp_values(pdf)
        if (xmp.get("pdfaid:part"), xmp.get("pdfaid:conformance")) != ("2", "B"):
            problems.append(f"XMP không ghi PDF/A-2B: {xmp.get('pdfaid:part')}{xmp.get('pdfaid:conformance')}")
        info = pdf.trailer.get("/Info", pikepdf.Dictionary())
        for key, prop in (("/Title", "dc:title"), ("/Subject", "dc:description"), ("/Author", "dc:creator"),
                          ("/Creator", "xmp:CreatorTool"), ("/Producer", "pdf:Producer")):
            if key in info and str(info[key]) != xmp.get(prop):
                problems.append(f"{key} khác {prop} trong XMP")
        intents = [i for i in pdf.Root.get("/OutputIntents", []) if i.get("/S") == Name.GTS_PDFA1]
        if len(intents) != 1:
            problems.append("cần đúng một OutputIntent GTS_PDFA1")
        else:
            profile = intents[0].get("/DestOutputProfile")
            data = profile.read_bytes() if profile is not None else b""
            if data[36:40] != b"acsp" or data[16:20] != b"RGB " or profile is None or int(profile.get("/N", 0)) != 3:
                problems.append("OutputIntent không có hồ sơ màu ICC RGB nhúng")
        acro = pdf.Root.get("/AcroForm")
        if acro is not None and bool(acro.get("/NeedAppearances", False)):
            problems.append("AcroForm /NeedAppearances true")
        seen: set[tuple[int, int]] = set()
        fonts: dict[tuple[int, int], pikepdf.Object] = {}
        for obj in _walk(pdf.Root, seen):
            for key in FORBIDDEN_KEYS:
                if key in obj:
                    problems.append(f"khóa bị cấm {key}")
            if obj.get("/Type") == Name.Font and obj.get("/Subtype") != Name.CIDFontType2:
                fonts[obj.objgen] = obj
            if obj.get("/Type") == Name.ExtGState:
                if "/SMask" in obj and obj.SMask != Name("/None"):
                    problems.append("ExtGState có SMask")
                if "/BM" in obj and str(obj.BM) not in ALLOWED_BLEND:
                    problems.append(f"chế độ hòa trộn {obj.BM}")
            if obj.get("/Subtype") == Name.Widget or obj.get("/Type") == Name.Annot:
                if int(obj.get("/F", 0)) & 4 == 0 or int(obj.get("/F", 0)) & (1 | 2 | 32):
                    problems.append(f"chú thích {obj.get('/T', '')} không in được (cờ /F)")
                if "/AP" not in obj or "/N" not in obj.AP:
                    problems.append(f"chú thích {obj.get('/T', '')} thiếu hình thể hiện (/AP /N)")
        for page in pdf.pages:
            for _, font in page.obj.get("/Resources", pikepdf.Dictionary()).get("/Font", {}).items():
                fonts[font.objgen] = font
        for font in fonts.values():
            problems += _font_problems(font)
    return problems
