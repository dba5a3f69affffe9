"""Where plan text comes from: plain text (Word's clipboard text, tab-separated tables), HTML
(a web page or Word's clipboard HTML) and .docx files (paragraphs, list numbering and tables,
in document order). Each gives blocks: a paragraph's text, or a table as rows of cell texts."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

Table = list[list[str]]
Block = str | Table


def text_blocks(text: str) -> list[Block]:
    """Lines of text; runs of lines holding tabs (a table copied from Word) become a table."""
    blocks: list[Block] = []
    table: Table = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if "\t" in line.strip("\t ") or (table and line.count("\t") >= 1):
            table.append([c.strip() for c in line.split("\t")])
            continue
        if table:
            blocks.append(table if len(table) > 1 else "  ".join(table[0]))
            table = []
        blocks.append(line)
    if table:
        blocks.append(table if len(table) > 1 else "  ".join(table[0]))
    return blocks


_BLOCK_TAGS = {
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "br",
    "section",
    "article",
    "tr",
    "ul",
    "ol",
    "blockquote",
    "header",
    "footer",
    "title",
}
_SKIP_TAGS = {"script", "style", "head", "noscript", "svg"}


class _Html(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.text: list[str] = []
        self.tables: list[tuple[Table, list[str] | None, list[str] | None]] = []
        self.skip = 0

    def _flush(self) -> None:
        line = re.sub(r"[ \t\u00a0]+", " ", "".join(self.text)).strip()
        self.text = []
        if not line:
            return
        if self.tables:
            cell = self.tables[-1][2]
            if cell is not None:
                cell.append(line)
                return
        self.blocks.append(line)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag == "table":
            self._flush()
            self.tables.append(([], None, None))
        elif tag == "tr" and self.tables:
            self._flush()
            table = self.tables[-1][0]
            table.append([])
            self.tables[-1] = (table, table[-1], None)
        elif tag in ("td", "th") and self.tables:
            self._flush()
            table, row, _ = self.tables[-1]
            if row is None:
                table.append([])
                row = table[-1]
            self.tables[-1] = (table, row, [])
            span = dict(attrs).get("colspan")
            self._span = int(span) if span and span.isdigit() else 1
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in ("td", "th") and self.tables:
            self._flush()
            table, row, cell = self.tables[-1]
            if row is not None and cell is not None:
                row.extend(["\n".join(cell)] * getattr(self, "_span", 1))
            self.tables[-1] = (table, row, None)
        elif tag == "table" and self.tables:
            self._flush()
            table = [r for r in self.tables.pop()[0] if r]
            if self.tables and self.tables[-1][2] is not None:
                self.tables[-1][2].extend("  ".join(r) for r in table)
            elif table:
                self.blocks.append(table)
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.text.append(data)


def html_blocks(html: str) -> list[Block]:
    parser = _Html()
    parser.feed(html)
    parser.close()
    parser._flush()
    return parser.blocks


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<body" in head or "<p" in head or "<table" in head or "<div" in head


# ---- .docx ---------------------------------------------------------------------------------

_FORMATS = {"upperRoman": "roman", "lowerLetter": "letter", "upperLetter": "Letter", "decimal": "decimal"}


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += letters
            n -= value
    return out


class _Numbering:
    """Word's automatic list numbers ("1.", "a)", "-"), which python-docx does not put in the text."""

    def __init__(self, document: Any) -> None:
        from docx.oxml.ns import qn

        self.qn = qn
        self.levels: dict[tuple[str, int], tuple[str, str]] = {}
        self.counters: dict[str, list[int]] = {}
        self.styles: dict[str, tuple[Any, str | None]] = {}  # style id → (its numPr, the style it is based on)
        for style in document.styles.element.findall(qn("w:style")):
            ppr = style.find(qn("w:pPr"))
            based = style.find(qn("w:basedOn"))
            self.styles[style.get(qn("w:styleId"))] = (ppr.find(qn("w:numPr")) if ppr is not None else None,
                                                       based.get(qn("w:val")) if based is not None else None)
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str]]] = {}
        for item in root.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in item.findall(qn("w:lvl")):
                fmt = lvl.find(qn("w:numFmt"))
                text = lvl.find(qn("w:lvlText"))
                levels[int(lvl.get(qn("w:ilvl")))] = (
                    fmt.get(qn("w:val")) if fmt is not None else "decimal",
                    text.get(qn("w:val")) if text is not None else "",
                )
            abstract[item.get(qn("w:abstractNumId"))] = levels
        for num in root.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is not None:
                for ilvl, value in abstract.get(ref.get(qn("w:val")), {}).items():
                    self.levels[(num.get(qn("w:numId")), ilvl)] = value

    def _style_numbering(self, style_id: str | None) -> Any:
        seen = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            numpr, style_id = self.styles.get(style_id, (None, None))
            if numpr is not None:
                return numpr
        return None

    def label(self, paragraph: Any) -> str:
        qn = self.qn
        ppr = paragraph._p.pPr
        numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
        if numpr is None and ppr is not None and ppr.pStyle is not None:
            numpr = self._style_numbering(ppr.pStyle.val)  # "List Bullet", "List Number": numbered by style
        if numpr is None:
            return ""
        num_id_el, ilvl_el = numpr.find(qn("w:numId")), numpr.find(qn("w:ilvl"))
        if num_id_el is None:
            return ""
        num_id = num_id_el.get(qn("w:val"))
        ilvl = int(ilvl_el.get(qn("w:val"))) if ilvl_el is not None else 0
        fmt, text = self.levels.get((num_id, ilvl), ("decimal", f"%{ilvl + 1}."))
        counters = self.counters.setdefault(num_id, [0] * 9)
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        if fmt == "bullet":
            return "-"

        def render(level: int) -> str:
            n = counters[level] or 1
            level_fmt = self.levels.get((num_id, level), ("decimal", ""))[0]
            if level_fmt == "upperRoman":
                return _roman(n)
            if level_fmt == "lowerLetter":
                return "abcdefghiklmnopqrstuvxy"[(n - 1) % 23]
            if level_fmt == "upperLetter":
                return "ABCDEFGHIKLMNOPQRSTUVXY"[(n - 1) % 23]
            return str(n)

        return re.sub(r"%(\d)", lambda m: render(int(m.group(1)) - 1), text)


def docx_blocks(path: Path) -> list[Block]:
    import docx
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    numbering = _Numbering(document)
    blocks: list[Block] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            label = numbering.label(paragraph)
            text = paragraph.text
            blocks.extend(
                f"{label} {line}".strip() if i == 0 and label else line for i, line in enumerate(text.split("\n"))
            )
        elif tag == "tbl":
            table = DocxTable(child, document)
            blocks.append([[cell.text for cell in row.cells] for row in table.rows])
    return blocks


def file_blocks(path: Path) -> list[Block]:
    """Blocks of a .docx, .html/.htm or text file (UTF-8, UTF-16 or Windows-1258/Latin-1)."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return docx_blocks(path)
    raw = path.read_bytes()
    text = decode(raw)
    if suffix in (".html", ".htm") or looks_like_html(text):
        return html_blocks(text)
    return text_blocks(text)


def decode(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")
