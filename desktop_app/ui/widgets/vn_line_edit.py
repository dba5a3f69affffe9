"""Text fields safe for Vietnamese input methods (Unikey, EVKey: Telex or VNI).

These methods type a letter, then send backspaces and the replacement for each tone mark or hat
("dd" arrives as "d", Backspace, "đ"); some send a letter and its combining mark apart (NFD). The
field keeps what arrives exactly as it arrives, so the method's count of characters to erase stays
right, and what the program reads is always NFC: ``text()`` normalises, never the live content.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtWidgets import QLineEdit


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


class VnLineEdit(QLineEdit):
    def text(self) -> str:  # type: ignore[override]
        return nfc(super().text())
