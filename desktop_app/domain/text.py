"""Vietnamese text: NFC normalisation, search folding, alphabetical sort keys."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")

# Vietnamese alphabet order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y
_BASE_ORDER = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_BASE_RANK = {ch: i for i, ch in enumerate(_BASE_ORDER)}
# tone marks, in the order dictionaries use: none, huyền, hỏi, ngã, sắc, nặng
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# letter-forming marks that make ă â ê ô ơ ư (kept with the base letter when sorting)
_FORMING = {"\u0306", "\u0302", "\u031b"}

# Latin-1 characters that no Vietnamese word uses but that text typed in the legacy TCVN3 (ABC) or
# VNI encodings shows when read as Latin-1 ("KÕ ho¹ch", "Keá hoaïch", "ñöôøng")
_LEGACY_MARKERS = re.compile("[¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñöøûüþÿ]")


def normalize_text(value: str | None) -> str | None:
    """NFC-normalise and trim; inner runs of spaces on one line become one space."""
    if value is None:
        return None
    text = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def fold(value: str | None) -> str:
    """Fold case and diacritics for searching: "Đẩy mạnh NÂNG CAO" -> "day manh nang cao"."""
    if not value:
        return ""
    text = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return _SPACES.sub(" ", text.casefold()).strip()


def search_terms(query: str) -> list[str]:
    """The folded words of a search query, each of which must be found."""
    return [word for word in fold(query).split(" ") if word]


def sort_key(value: str | None) -> tuple[tuple[int, ...], tuple[int, ...], str]:
    """Sort key for Vietnamese alphabetical order (a ă â b c d đ …), tones breaking ties."""
    if not value:
        return ((), (), "")
    letters: list[int] = []
    tones: list[int] = []
    for ch in unicodedata.normalize("NFC", value).casefold():
        decomposed = unicodedata.normalize("NFD", ch)
        base = decomposed[0]
        marks = decomposed[1:]
        letter = unicodedata.normalize("NFC", base + "".join(m for m in marks if m in _FORMING))
        tone = max((_TONES.get(m, 0) for m in marks), default=0)
        rank = _BASE_RANK.get(letter)
        # spaces, digits and punctuation first, then the alphabet, then anything else
        if rank is not None:
            letters.append(1000 + rank)
        else:
            letters.append(ord(letter) if ord(letter) < 128 else 2000 + ord(letter))
        tones.append(tone)
    return (tuple(letters), tuple(tones), value)


def looks_like_legacy_encoding(value: str | None) -> bool:
    """True when text looks like TCVN3/VNI bytes shown as Latin-1 (e.g. "Kõ ho¹ch")."""
    if not value:
        return False
    return bool(_LEGACY_MARKERS.search(value))


# Characters no name or note needs and that a terminal or a viewer obeys: C0 controls other than
# tab and line breaks (ESC starts terminal commands, BEL rings), DEL, C1 controls, and the Unicode
# direction controls (RLO shows "gpj.exe" as "exe.jpg"; LRE, PDF, isolates, marks).
UNSAFE_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_CONTROL_NAMES = {"\x00": "NUL", "\x07": "BEL", "\x08": "BS", "\x1b": "ESC", "\x7f": "DEL", "\u202a": "LRE",
                  "\u202b": "RLE", "\u202c": "PDF", "\u202d": "LRO", "\u202e": "RLO", "\u2066": "LRI",
                  "\u2067": "RLI", "\u2068": "FSI", "\u2069": "PDI", "\u200e": "LRM", "\u200f": "RLM",
                  "\u061c": "ALM"}


# the controls normalize_text turns into a plain space (VT and FF from Word, separators, NEL) are
# not refused: what is stored has none of them
_REFUSED = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def unsafe_character(value: str | None) -> str | None:
    """The first control or direction-override character in the text, named ("ESC (U+001B)")."""
    found = _REFUSED.search(value) if value else None
    if found is None:
        return None
    ch = found.group()
    return f"{_CONTROL_NAMES.get(ch, 'ký tự điều khiển')} (U+{ord(ch):04X})"


def printable(text: str) -> str:
    """The text without control and direction-override characters (what a terminal may be shown)."""
    return UNSAFE_CHARACTERS.sub("", text)
