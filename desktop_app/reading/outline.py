"""Groups and tasks inside the tasks section, by meaning rather than by rank.

The marker styles nest in the order the text opens them (as a reader follows a numbered
document): a new style opens a level under the current line, a style already open closes the
deeper ones. The level whose items are actions is the task level, the one above it the group:
the top items are groups when they hold marked items, otherwise they are the tasks themselves.
Deeper items (a), b), -, +) stay inside their task as details, markers kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from desktop_app.reading.lines import Line, clean, marker_text
from desktop_app.reading.model import DETAIL, GROUP, SKIPPED, TARGET, TASK, ReadLine

_PICTURE = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp")


# "- Đơn vị chủ trì: …", "- Thời gian hoàn thành: …": a task's attributes, not tasks
_ATTRIBUTE = re.compile(r"^(?:(?:cơ quan|đơn vị|bộ phận)\s+(?:chủ trì|phối hợp|thực hiện)|chủ trì|phối hợp"
                        r"|thời gian|thời hạn|tiến độ|sản phẩm|kết quả|kinh phí|nguồn kinh phí)[^:]{0,30}:",
                        re.IGNORECASE)


@dataclass
class _Node:
    line: Line
    children: list[_Node] = field(default_factory=list)

    @property
    def marked(self) -> list[_Node]:
        """Marked items under this one, leaving out its attributes ("- Đơn vị chủ trì: …")."""
        return [c for c in self.children if c.line.style != "para" and not _ATTRIBUTE.match(c.line.text)]


def is_noise(text: str) -> bool:
    lowered = text.strip().lower()
    return (
        lowered.endswith(_PICTURE)
        or lowered.endswith(("(ảnh minh họa).", "(ảnh minh hoạ).", "(ảnh tư liệu)."))
        or (lowered.startswith("(ảnh") and lowered.endswith(")"))
        or len(text.split()) < 3
    )


def _mark_titles(lines: list[Line]) -> None:
    """An unnumbered short heading followed by numbered or bulleted items (a bold line in Word) opens
    a level like a marker would."""
    for line, after in pairwise(lines):
        if (
            line.style == "para"
            and after.style != "para"
            and looks_like_title(line.text)
            and not line.text.rstrip().endswith(":")
            and not is_noise(line.text)
        ):
            line.style = "title"


def _tree(lines: list[Line]) -> list[_Node]:
    _mark_titles(lines)
    roots: list[_Node] = []
    path: list[_Node] = []
    for line in lines:
        node = _Node(line)
        if line.style == "para":
            (path[-1].children if path else roots).append(node)
            continue
        styles = [n.line.style for n in path]
        if line.style in styles:
            del path[styles.index(line.style) :]
        (path[-1].children if path else roots).append(node)
        path.append(node)
    return roots


def looks_like_title(text: str) -> bool:
    """A group's title is a short heading, not a sentence ending in "." or ";"."""
    text = text.strip()
    return not text.endswith((".", ";")) and len(text.split()) <= 20


def title_text(text: str) -> str:
    """Group titles typed in capitals ("NÂNG CAO NHẬN THỨC") read better in sentence case."""
    text = clean(text).rstrip(":").strip()
    letters = [ch for ch in text if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and len(letters) > 3:
        text = text[0] + text[1:].lower()
    return text


def task_text(text: str) -> str:
    return clean(text).rstrip(";").strip()


def _row(line: Line, kind: str, reason: str) -> ReadLine:
    text = title_text(line.text) if kind == GROUP else task_text(line.text) if kind == TASK else clean(line.text)
    return ReadLine(text, kind, reason, marker_text(line))


def _descendants(node: _Node) -> list[_Node]:
    found: list[_Node] = []
    for child in node.children:
        found.append(child)
        found.extend(_descendants(child))
    return found


def _details(node: _Node, out: list[ReadLine]) -> None:
    for child in node.children:
        out.append(_row(child.line, DETAIL, "mục con của nhiệm vụ, giữ trong nhiệm vụ"))
        _details(child, out)


def _as_task(node: _Node, out: list[ReadLine], reason: str) -> None:
    if node.line.style == "para" and is_noise(node.line.text):
        out.append(_row(node.line, SKIPPED, "ảnh, chú thích hoặc dòng quá ngắn"))
        return
    out.append(_row(node.line, TASK, reason))
    _details(node, out)


def _sub_heading(node: _Node) -> str | None:
    """ "1.1. Mục tiêu", "1.2. Nhiệm vụ": a group split into the plan's own sections."""
    from desktop_app.reading.sections import heading_kind

    return heading_kind(node.line) if node.children and len(node.line.text.split()) <= 8 else None


def _group_body(node: _Node, out: list[ReadLine]) -> None:
    kinds = [_sub_heading(c) for c in node.marked]
    if "tasks" in kinds:
        for child in node.children:
            kind = _sub_heading(child) if child.line.style != "para" else None
            if kind == "tasks":
                out.append(_row(child.line, SKIPPED, "tiêu đề “nhiệm vụ” trong nhóm: các mục con là nhiệm vụ"))
                if any(c.marked for c in child.marked) and node.line.style == "para":
                    out.extend(read_outline([d.line for d in _descendants(child)]))
                else:
                    _group_body(child, out)
            elif kind == "targets":
                out.append(_row(child.line, SKIPPED, "tiêu đề “mục tiêu”: các mục con là chỉ tiêu"))
                out.extend(target_lines([d.line for d in _descendants(child)]))
            else:
                out.append(_row(child.line, SKIPPED, "phần không phải nhiệm vụ trong nhóm (mục đích, yêu cầu …)"))
                for deeper in _descendants(child):
                    out.append(_row(deeper.line, SKIPPED, "thuộc phần không phải nhiệm vụ"))
        return
    marked = node.marked
    if not marked:
        paras = [c for c in node.children if not is_noise(c.line.text)]
        if paras:
            for child in node.children:
                _as_task(child, out, "đoạn văn trong nhóm: mỗi đoạn là một nhiệm vụ")
        return
    seen_marked = False
    for child in node.children:
        if child.line.style != "para":
            seen_marked = True
            _as_task(child, out, f"mục “{marker_text(child.line) or child.line.text[:20]}” dưới nhóm: nhiệm vụ")
        elif not seen_marked:
            out.append(_row(child.line, SKIPPED, "đoạn mở đầu của nhóm, không phải nhiệm vụ"))
        else:
            out.append(_row(child.line, DETAIL, "đoạn tiếp theo của nhiệm vụ trên"))


def read_outline(lines: list[Line], heading: str = "") -> list[ReadLine]:
    """What each line of the tasks section became: group, task, detail or skipped (with why)."""
    out: list[ReadLine] = []
    roots = _tree(lines)
    if any(_sub_heading(r) == "tasks" for r in roots if r.line.style != "para"):
        _group_body(_Node(Line("para", "", heading, heading), roots), out)  # "1. Mục tiêu", "2. Nhiệm vụ"
        return out
    marked_roots = [r for r in roots if r.line.style != "para"]
    if not marked_roots:
        _paragraphs(roots, out)
        return out
    with_items = [r for r in marked_roots if r.marked or (looks_like_title(r.line.text) and any(
        c.line.style == "para" and not is_noise(c.line.text) for c in r.children))]
    titles = [r for r in marked_roots if looks_like_title(r.line.text)]
    groups_on_top = bool(with_items) and (
        2 * len(with_items) >= len(marked_roots) or 2 * len(titles) > len(marked_roots)
    )
    if not groups_on_top:
        # paragraphs before the first item: the last one ending in ":" leads the list in ("Theo đó, …
        # các nhiệm vụ cụ thể:"), the others are the text around it — the items are the tasks
        lead_in = next((r for r in reversed(roots) if r.line.style == "para"
                        and r.line.text.rstrip().endswith(":") and len(r.line.text) < 200), None)
        if heading:
            out.append(ReadLine(title_text(heading), GROUP, "tên mục nhiệm vụ: các mục đánh số bên dưới là nhiệm vụ"))
        for root in roots:
            if root.line.style != "para":
                _as_task(root, out, "mục đánh số không có mục con: nhiệm vụ")
            elif root is lead_in and not heading:
                out.append(_row(root.line, GROUP, "câu dẫn trước danh sách nhiệm vụ: tên nhóm"))
            elif root is lead_in:
                out.append(_row(root.line, SKIPPED, "câu dẫn trước các nhiệm vụ"))
            else:
                out.append(_row(root.line, SKIPPED, "đoạn văn ngoài danh sách nhiệm vụ"))
        return out
    for root in roots:
        if root.line.style == "para":
            if is_noise(root.line.text):
                out.append(_row(root.line, SKIPPED, "ảnh, chú thích hoặc dòng quá ngắn"))
            elif out and out[-1].kind in (TASK, DETAIL):
                out.append(_row(root.line, DETAIL, "đoạn tiếp theo của nhiệm vụ trên"))
            else:
                out.append(_row(root.line, SKIPPED, "đoạn ngoài các nhóm nhiệm vụ"))
            continue
        if not root.children:
            title, _, rest = root.line.text.partition(":")
            if rest.strip() and len(title.split()) <= 15:
                out.append(
                    ReadLine(
                        title_text(title),
                        GROUP,
                        "mục không có mục con: tên trước dấu hai chấm là nhóm",
                        marker_text(root.line),
                    )
                )
                out.append(ReadLine(task_text(rest), TASK, "nội dung sau dấu hai chấm là nhiệm vụ"))
            else:
                out.append(_row(root.line, GROUP, "mục cùng cấp với các nhóm"))
                out.append(ReadLine(task_text(root.line.text), TASK, "nhóm không có mục con: chính nó là nhiệm vụ"))
            continue
        out.append(_row(root.line, GROUP, f"mục “{marker_text(root.line)}” có các mục con: nhóm"))
        _group_body(root, out)
    return out


def target_lines(lines: list[Line]) -> list[ReadLine]:
    """Lines of a targets part: a line stating a figure is a target, the rest general aims."""
    from desktop_app.reading.targets import read_target

    out = []
    year: int | None = None  # "1. Mục tiêu cơ bản đến năm 2025": the year of the targets under it
    for line in lines:
        general = re.match(r"^(?:mục tiêu chung|mục tiêu cụ thể|mục tiêu tổng quát)", line.text, re.IGNORECASE)
        target = read_target(line.text) if not general and len(line.text.split()) > 3 else None
        if target is not None:
            fields: dict[str, object] = {} if target.year or year is None else {"year": year}
            out.append(ReadLine(task_text(line.text), TARGET, "mục tiêu có số liệu", marker_text(line), fields))
        else:
            found = re.search(r"(?:đến|tới)\s+(?:hết\s+)?năm\s+(20\d\d)", line.text, re.IGNORECASE)
            if found and len(line.text.split()) <= 15:
                year = int(found.group(1))
            out.append(_row(line, SKIPPED, "mục tiêu chung, không có số liệu"))
    return out


def _paragraphs(roots: list[_Node], out: list[ReadLine]) -> None:
    for root in roots:
        text = root.line.text.rstrip()
        if re.search(r"\bphụ lục\b", text, re.IGNORECASE) and len(text.split()) <= 25:
            out.append(_row(root.line, SKIPPED, "câu dẫn tới phụ lục: các nhiệm vụ đọc từ bảng"))
        elif is_noise(text):
            out.append(_row(root.line, SKIPPED, "ảnh, chú thích hoặc dòng quá ngắn"))
        elif text.endswith(":") and len(text) < 200:
            out.append(_row(root.line, GROUP, "câu kết thúc bằng dấu hai chấm: tên nhóm"))
        else:
            out.append(_row(root.line, TASK, "đoạn văn: mỗi đoạn là một nhiệm vụ"))
