"""Text typed in the legacy TCVN3 (ABC, .VnTime) or VNI-Windows fonts, pasted as mojibake, back
to Unicode NFC.

The tables follow the published code charts: TCVN 5712:1993 (VN3, one byte per letter, the
upper-case fonts .VnTimeH reuse the lower-case bytes, so such text comes back in lower case) and
VNI-Windows (a base letter followed by a mark byte: "aù" = á, "ñ" = đ).
"""

from __future__ import annotations

import re
import unicodedata

_TCVN3 = {
    "¡": "Ă",
    "¢": "Â",
    "£": "Ê",
    "¤": "Ô",
    "¥": "Ơ",
    "¦": "Ư",
    "§": "Đ",
    "¨": "ă",
    "©": "â",
    "ª": "ê",
    "«": "ô",
    "¬": "ơ",
    "\xad": "ư",
    "®": "đ",
    "µ": "à",
    "¸": "á",
    "¶": "ả",
    "·": "ã",
    "¹": "ạ",
    "»": "ằ",
    "¾": "ắ",
    "¼": "ẳ",
    "½": "ẵ",
    "Æ": "ặ",
    "Ç": "ầ",
    "Ê": "ấ",
    "È": "ẩ",
    "É": "ẫ",
    "Ë": "ậ",
    "Ì": "è",
    "Ð": "é",
    "Î": "ẻ",
    "Ï": "ẽ",
    "Ñ": "ẹ",
    "Ò": "ề",
    "Õ": "ế",
    "Ó": "ể",
    "Ô": "ễ",
    "Ö": "ệ",
    "×": "ì",
    "Ý": "í",
    "Ø": "ỉ",
    "Ü": "ĩ",
    "Þ": "ị",
    "ß": "ò",
    "ã": "ó",
    "á": "ỏ",
    "â": "õ",
    "ä": "ọ",
    "å": "ồ",
    "è": "ố",
    "æ": "ổ",
    "ç": "ỗ",
    "é": "ộ",
    "ê": "ờ",
    "í": "ớ",
    "ë": "ở",
    "ì": "ỡ",
    "î": "ợ",
    "ï": "ù",
    "ó": "ú",
    "ñ": "ủ",
    "ò": "ũ",
    "ô": "ụ",
    "õ": "ừ",
    "ø": "ứ",
    "ö": "ử",
    "÷": "ữ",
    "ù": "ự",
    "ú": "ỳ",
    "ý": "ý",
    "û": "ỷ",
    "ü": "ỹ",
    "þ": "ỵ",
}
_TCVN3_TABLE = str.maketrans(_TCVN3)

# VNI-Windows: mark bytes after a base vowel (lower case; the upper-case font uses the same
# positions in upper case)
_VNI_TONES = {"ø": "\u0300", "ù": "\u0301", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_HAT = {
    "â": ("\u0302", None),
    "á": ("\u0302", "\u0301"),
    "à": ("\u0302", "\u0300"),
    "å": ("\u0302", "\u0309"),
    "ã": ("\u0302", "\u0303"),
    "ä": ("\u0302", "\u0323"),
}
_VNI_BREVE = {
    "ê": ("\u0306", None),
    "é": ("\u0306", "\u0301"),
    "è": ("\u0306", "\u0300"),
    "ú": ("\u0306", "\u0309"),
    "ü": ("\u0306", "\u0303"),
    "ë": ("\u0306", "\u0323"),
}
_VNI_SINGLE = {
    "ñ": "đ",
    "Ñ": "Đ",
    "ô": "ơ",
    "Ô": "Ơ",
    "ö": "ư",
    "Ö": "Ư",
    "í": "í",
    "ì": "ì",
    "æ": "ỉ",
    "ó": "ĩ",
    "ò": "ị",
    "Í": "Í",
    "Ì": "Ì",
    "Æ": "Ỉ",
    "Ó": "Ĩ",
    "Ò": "Ị",
    "î": "ỵ",
    "Î": "Ỵ",
}


def _vni_mark_map() -> dict[str, str]:
    pairs: dict[str, str] = {}
    for base in "aeouyAEOUY":
        for mark, tone in _VNI_TONES.items():
            pairs[base + mark] = base + tone
            pairs[base + mark.upper()] = base + tone
    for base in "aeoAEO":
        for mark, (shape, hat_tone) in _VNI_HAT.items():
            pairs[base + mark] = base + shape + (hat_tone or "")
            pairs[base + mark.upper()] = base + shape + (hat_tone or "")
    for base in "aA":
        for mark, (shape, hat_tone) in _VNI_BREVE.items():
            pairs[base + mark] = base + shape + (hat_tone or "")
            pairs[base + mark.upper()] = base + shape + (hat_tone or "")
    for base in "ôöÔÖ":  # ơ, ư with a tone
        for mark, tone in _VNI_TONES.items():
            for m in (mark, mark.upper()):
                pairs[base + m] = _VNI_SINGLE[base] + tone
    return pairs


_VNI_PAIRS = _vni_mark_map()
_VNI_PATTERN = re.compile("|".join(sorted(map(re.escape, _VNI_PAIRS), key=len, reverse=True)))
_VNI_SINGLES = str.maketrans(_VNI_SINGLE)

# characters no Vietnamese Unicode text uses, but legacy text shown as Latin-1 does
_TCVN3_ONLY = set("¡¢£¤¥¦§¨©ª«¬\xad®µ¸¶·¹»¾¼½ÆÇËÐÑ×ÞßÖ")
_VNI_HINTS = re.compile(r"[aeouyAEOUY][øùûõïØÙÛÕÏ]|[aeoAEO][âáàåãäÂÁÀÅÃÄ]|[ñÑ]|[ôö][øùûõï]")
_VIETNAMESE = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE)


def from_tcvn3(text: str) -> str:
    return unicodedata.normalize("NFC", text.translate(_TCVN3_TABLE))


def from_vni(text: str) -> str:
    converted = _VNI_PATTERN.sub(lambda m: _VNI_PAIRS[m.group(0)], text)
    return unicodedata.normalize("NFC", converted.translate(_VNI_SINGLES))


def detect_legacy(text: str) -> str | None:
    """ "tcvn3" or "vni" when the text looks typed in that legacy encoding, else None.

    Unicode Vietnamese text is left alone: legacy text has many Latin-1 letters and few or none of
    the Vietnamese letters Unicode adds (ơ, ư, ạ, ế …).
    """
    sample = text[:20000]
    latin1 = sum(1 for ch in sample if "\xa0" < ch <= "\xff")
    vietnamese = len(_VIETNAMESE.findall(sample)) - sum(1 for ch in sample if ch in "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
    if latin1 < 5 or vietnamese > latin1 // 4:
        return None
    tcvn = sum(1 for ch in sample if ch in _TCVN3_ONLY)
    vni = len(_VNI_HINTS.findall(sample))
    if tcvn >= vni and tcvn >= 3:
        return "tcvn3"
    if vni >= 3:
        return "vni"
    return None


def to_unicode(text: str) -> tuple[str, str | None]:
    """The text in Unicode NFC, and the legacy encoding it was converted from (or None)."""
    found = detect_legacy(text)
    if found == "tcvn3":
        return from_tcvn3(text), found
    if found == "vni":
        return from_vni(text), found
    return unicodedata.normalize("NFC", text), None


def to_tcvn3(text: str) -> str:
    """Unicode text as TCVN3 bytes shown as Latin-1 (to make test data from published text).

    Upper-case letters with a tone have no byte in the .VnTime font: they are written in lower
    case, as the .VnTimeH font would show them."""
    reverse = {v: k for k, v in _TCVN3.items()}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in reverse:
            out.append(reverse[ch])
        elif ch.lower() in reverse and ch.lower() != ch:
            out.append(reverse[ch.lower()])
        else:
            out.append(ch)
    return "".join(out)


def to_vni(text: str) -> str:
    """Unicode text as VNI-Windows bytes shown as Latin-1 (the inverse of :func:`from_vni`)."""
    reverse: dict[str, str] = {}
    for key, value in _VNI_PAIRS.items():
        composed = unicodedata.normalize("NFC", value)
        if key[1:].islower() or not key[1:].isalpha():
            reverse.setdefault(composed, key)
        elif composed.isupper():
            reverse[composed] = key
    for key, value in _VNI_SINGLE.items():
        reverse.setdefault(value, key)
    return "".join(reverse.get(ch, ch) for ch in unicodedata.normalize("NFC", text))
