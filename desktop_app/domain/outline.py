"""Reading groups and tasks out of plan text pasted from Word or a web page.

Clerks copy the "Nhiệm vụ, giải pháp" section of a plan: groups numbered with Roman numerals or
"1.", tasks with "1.1.", "a)", "-" or "+", or simply one paragraph per task. The markers present
are ranked (I. > 1. > 1.1. > a) > - > +): the highest is the group level, the next the task level,
deeper items stay inside their task's text. Lines that are not tasks (a section heading, a photo
file name or caption, a signature) come back as notes so the preview can show what was skipped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

_ROMAN = re.compile(r"^(?P<m>[IVXL]{1,6})\s*[.)/]\s*(?P<t>\S.*)$")
_DECIMAL = re.compile(r"^(?P<m>\d{1,3}(?:\.\d{1,3}){0,3})\s*[.)]?\s+(?P<t>\S.*)$")
_DECIMAL_DOT = re.compile(r"^(?P<m>\d{1,3})[.)]\s*(?P<t>\D.*)$")
_LETTER = re.compile(r"^(?P<m>[a-zđ])\s*[).]\s+(?P<t>\S.*)$")
_BULLET = re.compile(r"^(?P<m>[-–—•·●○▪◦*])\s*(?P<t>\S.*)$")
_PLUS = re.compile(r"^(?P<m>\+)\s*(?P<t>\S.*)$")
_PICTURE = re.compile(r"\.(jpe?g|png|gif|webp|bmp)$", re.IGNORECASE)
_CAPTION = re.compile(r"\((Ảnh|Nguồn|Video)[^)]*\)\.?$", re.IGNORECASE)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
_HEADINGS = ("nhiem vu", "giai phap", "nhiem vu, giai phap", "nhiem vu va giai phap",
             "nhiem vu, giai phap chu yeu", "cac nhiem vu, giai phap")
RANK = {"roman": 0, "decimal1": 1, "decimal2": 2, "decimal3": 3, "decimal4": 4, "letter": 5,
        "bullet": 6, "plus": 7}


@dataclass
class OutlineTask:
    content: str
    marker: str = ""


@dataclass
class OutlineGroup:
    title: str  # "" when the text had no group heading
    marker: str = ""
    tasks: list[OutlineTask] = field(default_factory=list)


@dataclass
class Outline:
    groups: list[OutlineGroup] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def task_count(self) -> int:
        return sum(len(g.tasks) for g in self.groups)


@dataclass
class _Line:
    style: str  # a RANK key, or "para"
    marker: str
    text: str


def roman_value(text: str) -> int | None:
    """The value of a Roman numeral up to 89 written the usual way, else None."""
    total, previous = 0, 0
    for ch in reversed(text):
        value = _ROMAN_VALUES.get(ch)
        if value is None:
            return None
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    canonical = _to_roman(total)
    return total if canonical == text else None


def _to_roman(number: int) -> str:
    out = ""
    for value, letters in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            out += letters
            number -= value
    return out


def _classify(line: str) -> _Line:
    found = _ROMAN.match(line)
    if found and roman_value(found.group("m")):
        return _Line("roman", found.group("m"), found.group("t"))
    found = _DECIMAL.match(line) or _DECIMAL_DOT.match(line)
    if found and not re.match(r"^\d{1,3}(?:\.\d{3})+\s", line):  # "1.000 người" is not a number marker
        depth = found.group("m").count(".") + 1
        return _Line(f"decimal{min(depth, 4)}", found.group("m"), found.group("t"))
    for style, pattern in (("letter", _LETTER), ("plus", _PLUS), ("bullet", _BULLET)):
        found = pattern.match(line)
        if found:
            return _Line(style, found.group("m"), found.group("t"))
    return _Line("para", "", line)


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    if text.endswith("./."):  # the closing mark of a Vietnamese document
        text = text[:-2]
    return text.rstrip(";").strip()


def _title(text: str) -> str:
    """Group titles typed in capitals ("NÂNG CAO NHẬN THỨC") read better in sentence case."""
    text = _clean(text).rstrip(":").strip()
    letters = [ch for ch in text if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and len(letters) > 3:
        text = text[0] + text[1:].lower()
    return text


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn").casefold()


def _is_noise(text: str) -> bool:
    words = text.split()
    return bool(_PICTURE.search(text) or _CAPTION.search(text) or len(words) < 3)


def _lines(text: str) -> list[_Line]:
    """Classified non-empty lines, with broken lines (from PDFs) joined back."""
    result: list[_Line] = []
    for raw in unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.replace("\t", " ").replace("\u00a0", " ").strip()
        if not line:
            continue
        item = _classify(line)
        previous = result[-1] if result else None
        if (item.style == "para" and previous is not None and line[0].islower()
                and not previous.text.rstrip().endswith((".", ":", ";", "!", "?"))):
            previous.text += " " + line
            continue
        result.append(item)
    return result


def parse_outline(text: str) -> Outline:
    """Groups and tasks found in pasted plan text (see the module docstring for the rules)."""
    outline = Outline()
    lines = _lines(text)
    romans = [ln for ln in lines if ln.style == "roman"]
    for line in lines:
        folded = _fold(_clean(line.text)).rstrip(":. ")
        if folded in _HEADINGS and (line.style in ("roman", "para") or len(romans) == 1):
            line.style = "note"
    styles = sorted({ln.style for ln in lines if ln.style in RANK}, key=RANK.__getitem__)
    if len(styles) >= 2:
        _nested(outline, lines, styles[0])
    elif len(styles) == 1:
        _single(outline, lines, styles[0])
    else:
        _paragraphs(outline, lines)
    outline.groups = [g for g in outline.groups if g.tasks or g.title]
    return outline


def _nested(outline: Outline, lines: list[_Line], group_style: str) -> None:
    """Lines under each group line form that group; its task level is the highest marker in it."""
    chunks: list[tuple[_Line | None, list[_Line]]] = [(None, [])]
    for line in lines:
        if line.style == group_style:
            chunks.append((line, []))
        else:
            chunks[-1][1].append(line)
    for head, body in chunks:
        group = OutlineGroup(_title(head.text), head.marker) if head else OutlineGroup("")
        if head is not None or any(ln.style != "note" for ln in body):
            outline.groups.append(group)
        inner = sorted({ln.style for ln in body if ln.style in RANK}, key=RANK.__getitem__)
        _group_body(outline, group, body, inner[0] if inner else None)


def _group_body(outline: Outline, group: OutlineGroup, body: list[_Line], task_style: str | None) -> None:
    task: OutlineTask | None = None
    for line in body:
        if line.style == "note":
            outline.notes.append(line.text)
        elif line.style == task_style:
            task = OutlineTask(_clean(line.text), line.marker)
            group.tasks.append(task)
        elif line.style == "para":
            if _is_noise(line.text):
                outline.notes.append(line.text)
            elif task_style is None:
                group.tasks.append(OutlineTask(_clean(line.text)))
            elif task is not None:
                task.content += "\n" + _clean(line.text)
            else:
                outline.notes.append(line.text)
        elif task is not None:  # a deeper item: part of its task
            task.content += f"\n{line.marker} {_clean(line.text)}"
        else:
            outline.notes.append(line.text)


def _single(outline: Outline, lines: list[_Line], style: str) -> None:
    marked = [i for i, ln in enumerate(lines) if ln.style == style]
    paras_between = any(ln.style == "para" and not _is_noise(ln.text)
                        for ln in lines[marked[0]:marked[-1] + 1])
    if paras_between and style in ("roman", "decimal1"):
        _nested(outline, lines, style)  # numbered groups, one paragraph per task
        return
    group: OutlineGroup | None = None
    for line in lines:
        if line.style == style:
            if group is None:
                group = OutlineGroup("")
                outline.groups.append(group)
            group.tasks.append(OutlineTask(_clean(line.text), line.marker))
        elif line.style == "para" and not _is_noise(line.text) and line.text.rstrip().endswith(":"):
            group = OutlineGroup(_title(line.text))
            outline.groups.append(group)
        elif line.style == "para" and group is not None and group.tasks and not _is_noise(line.text):
            group.tasks[-1].content += "\n" + _clean(line.text)
        else:
            outline.notes.append(line.text)


def _paragraphs(outline: Outline, lines: list[_Line]) -> None:
    group = OutlineGroup("")
    outline.groups.append(group)
    for line in lines:
        if line.style == "note" or _is_noise(line.text):
            outline.notes.append(line.text)
        elif line.text.rstrip().endswith(":") and len(line.text) < 200:
            group = OutlineGroup(_title(line.text))
            outline.groups.append(group)
        else:
            group.tasks.append(OutlineTask(_clean(line.text)))
