"""Source lines with their list marker told apart: "I.", "1.", "1.1.", "a)", "-", "+"."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from desktop_app.domain.text import fold

_ROMAN = re.compile(r"^(?P<m>[IVXL]{1,6})\s*[.)/:-]\s*(?P<t>\S.*)$")
_PART = re.compile(
    r"^(?P<m>(?:PHẦN|Phần|CHƯƠNG|Chương|MỤC|Mục)\s+(?:[IVXL]{1,6}|\d{1,2}|thứ \S+))\s*[.:\-–]?\s*(?P<t>.*)$"
)
_DECIMAL = re.compile(r"^(?P<m>\d{1,3}(?:\.\d{1,3}){1,3})\.?\)?\s+(?P<t>\S.*)$")
_NUMBER = re.compile(r"^(?P<m>\d{1,3})\s*[.)]\s*(?P<t>\S.*)$")
_CAPITAL = re.compile(r"^(?P<m>[A-ZĐ])\s*[.)]\s+(?P<t>\S.*)$")
_LETTER = re.compile(r"^\(?(?P<m>[a-zđ])\s*\)\s*(?P<t>\S.*)$|^(?P<m2>[a-zđ])\.\s+(?P<t2>\S.*)$")
_BULLET = re.compile(r"^(?P<m>[-–—•·●○▪◦*])\s*(?P<t>\S.*)$")
_PLUS = re.compile(r"^(?P<m>\+)\s*(?P<t>\S.*)$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


@dataclass
class Line:
    style: str  # "roman", "part", "capital", "decimal1".."decimal4", "letter", "bullet", "plus", "para"
    marker: str
    text: str
    raw: str

    @property
    def folded(self) -> str:
        return fold(self.text).rstrip(" .:;")

    @property
    def is_caps(self) -> bool:
        letters = [ch for ch in self.text if ch.isalpha()]
        return len(letters) > 3 and all(ch.isupper() for ch in letters)


def roman_value(text: str) -> int | None:
    """The value of a Roman numeral up to 89 written the usual way, else None."""
    total, previous = 0, 0
    for ch in reversed(text):
        value = _ROMAN_VALUES.get(ch)
        if value is None:
            return None
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total if _to_roman(total) == text else None


def _to_roman(number: int) -> str:
    out = ""
    for value, letters in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            out += letters
            number -= value
    return out


def classify(line: str) -> Line:
    found = _PART.match(line)
    if found:
        return Line("part", found.group("m"), found.group("t") or found.group("m"), line)
    found = _ROMAN.match(line)
    if found and roman_value(found.group("m")):
        return Line("roman", found.group("m"), found.group("t"), line)
    found = _DECIMAL.match(line)
    if found and not re.match(r"^\d{1,3}(?:\.\d{3})+\s", line):  # "1.000 người" is a figure
        depth = found.group("m").count(".") + 1
        return Line(f"decimal{min(depth, 4)}", found.group("m"), found.group("t"), line)
    found = _NUMBER.match(line)
    if found and not re.match(r"^\d{1,3}\s*[.)]\s*\d", line):
        return Line("decimal1", found.group("m"), found.group("t"), line)
    found = _CAPITAL.match(line)
    if found and found.group("m") not in "IVXL":
        return Line("capital", found.group("m"), found.group("t"), line)
    found = _LETTER.match(line)
    if found:
        marker = found.group("m") or found.group("m2")
        return Line("letter", marker, found.group("t") or found.group("t2"), line)
    for style, pattern in (("plus", _PLUS), ("bullet", _BULLET)):
        found = pattern.match(line)
        if found:
            return Line(style, found.group("m"), found.group("t"), line)
    return Line("para", "", line, line)


def marker_text(line: Line) -> str:
    """The marker as the document writes it: "a)", "1.1.", "-"."""
    if line.style == "letter":
        return f"{line.marker})"
    if line.style in ("para", "title"):
        return ""
    if line.style in ("bullet", "plus", "part"):
        return line.marker
    return f"{line.marker}."


def clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    if text.endswith("./."):  # the closing mark of a Vietnamese document
        text = text[:-2]
    return text.strip()


def split_lines(text: str) -> list[Line]:
    """Classified non-empty lines; a line broken in the middle of a sentence (PDF, e-mail) is
    joined back to the line before."""
    result: list[Line] = []
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    for raw in text.split("\n"):
        line = raw.replace("\u00a0", " ").replace("\u200b", "").strip()
        line = re.sub(r"\s*\|\s*$", "", line).strip()  # a table cell's edge in text taken from a web page
        line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line).strip()  # a picture left by a page's text copy
        if not line:
            continue
        if not line:
            continue
        item = classify(line)
        previous = result[-1] if result else None
        if (
            item.style == "para"
            and previous is not None
            and line[0].islower()
            and not previous.text.rstrip().endswith((".", ":", ";", "!", "?"))
            and "\t" not in line
            and "\t" not in previous.raw
        ):
            previous.text += " " + line
            previous.raw += " " + line
            continue
        result.append(item)
    return result
