"""argparse in Vietnamese: its own words ("usage:", "options", "show this help message and exit",
its error sentences) said the way the rest of the command line speaks.

argparse looks every text up through ``gettext`` at the moment it prints it (``argparse._`` and
``argparse.ngettext``); :func:`install` puts this catalogue in front of them. Texts that are not in
the catalogue (a newer Python's) pass through unchanged.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

CATALOGUE: dict[str, str] = {
    "usage: ": "cách dùng: ",
    "options": "tùy chọn",
    "positional arguments": "tham số",
    "show this help message and exit": "hiện trợ giúp này rồi thoát",
    "show program's version number and exit": "hiện số phiên bản rồi thoát",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "one of the arguments %s is required": "cần một trong các tham số: %s",
    "unrecognized arguments: %s": "không hiểu tham số: %s",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "expected one argument": "thiếu giá trị",
    "expected at most one argument": "chỉ nhận nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "invalid %(type)s value: %(value)r": "giá trị %(type)s không hợp lệ: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "không có lựa chọn %(value)r (chọn một trong: %(choices)s)",
    "ambiguous option: %(option)s could match %(matches)s":
        "tùy chọn %(option)s chưa rõ, có thể là: %(matches)s",
    "not allowed with argument %s": "không dùng cùng với %s",
    "ignored explicit argument %r": "tùy chọn này không nhận giá trị %r",
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
}

PLURALS: dict[tuple[str, str], str] = {
    ("expected %s argument", "expected %s arguments"): "cần %s giá trị",
}


def translate(message: str) -> str:
    return CATALOGUE.get(message, message)


def translate_plural(singular: str, plural: str, count: int) -> str:
    found = PLURALS.get((singular, plural))
    if found is not None:
        return found
    return singular if count == 1 else plural


def install(module: object = argparse) -> None:
    """Make ``argparse`` speak Vietnamese (idempotent)."""
    gettext: Callable[[str], str] = translate
    module._ = gettext  # type: ignore[attr-defined]
    module.ngettext = translate_plural  # type: ignore[attr-defined]
