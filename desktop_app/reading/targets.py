"""Targets with their figures: "Đến năm 2030, tỷ lệ hồ sơ trực tuyến đạt 80%", "từ 8% lên 10%"."""

from __future__ import annotations

import re

from desktop_app.reading.model import TargetDraft

_NUMBER = r"(\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
_FROM_TO = re.compile(
    r"từ\s+" + _NUMBER + r"\s*(%|[^\s\d,;.]+)?\s+(?:lên|đến|tăng lên)\s+" + _NUMBER + r"\s*(%)?", re.IGNORECASE
)
_GOAL = re.compile(
    r"(?:đạt|trên|tối thiểu|ít nhất|không dưới|phấn đấu|lên|tăng|giảm(?: còn)?|còn|dưới|bằng|là)\s*"
    r"(?:từ\s+)?(?:mức\s+)?" + _NUMBER + r"\s*(%|[^\s\d,;.()]+(?:\s+[^\s\d,;.()]+)?)?",
    re.IGNORECASE,
)
_PERCENT = re.compile(_NUMBER + r"\s*%")
_YEAR = re.compile(r"(?:đến|tới|trong|năm|cuối)\s+(?:năm\s+)?(20\d\d)", re.IGNORECASE)


def _number(text: str) -> float | None:
    text = text.strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):  # 1.000 = one thousand
        text = text.replace(".", "")
    text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def read_target(text: str) -> TargetDraft | None:
    """A target when the sentence states a figure to reach; None for a general aim."""
    text = text.strip()
    baseline = goal = None
    unit = None
    found = _FROM_TO.search(text)
    if found:
        baseline, goal = _number(found.group(1)), _number(found.group(3))
        unit = "%" if (found.group(2) == "%" or found.group(4)) else (found.group(2) or None)
    else:
        percent = list(_PERCENT.finditer(text))
        if percent:
            goal, unit = _number(percent[-1].group(1)), "%"
        else:
            found = _GOAL.search(text)
            if found and not re.fullmatch(r"20\d\d", found.group(1)):
                goal = _number(found.group(1))
                unit = (found.group(2) or "").strip() or None
    if goal is None:
        return None
    year = None
    years = _YEAR.findall(text)
    if years:
        year = int(years[-1])
    return TargetDraft(text, baseline, goal, year, unit)
