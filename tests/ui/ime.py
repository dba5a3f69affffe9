"""What a Vietnamese input method (Unikey, EVKey in "backspace" mode) sends to a program, computed
with the ``bogo`` engine: each key typed gives the word so far; the method erases the part of the
screen text that changed with backspaces and types the new tail. "dd" arrives as "d", Backspace, "đ".

``keys_for`` turns a word into the keys a clerk presses (Telex or VNI), checked by bogo itself;
``events_for`` gives the resulting stream of ("char", c) and ("backspace", None) events.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from bogo import get_telex_definition, get_vni_definition, process_sequence

HATS = {"\u0302": ("a", "6"), "\u0306": ("w", "8"), "\u031b": ("w", "7")}  # â ê ô / ă / ơ ư
TONES = {"\u0301": ("s", "1"), "\u0300": ("f", "2"), "\u0309": ("r", "3"), "\u0303": ("x", "4"), "\u0323": ("j", "5")}
RULES = {"telex": get_telex_definition(), "vni": get_vni_definition()}


def _letter_keys(base: str, hat: str, method: str) -> str:
    telex = method == "telex"
    if base.lower() == "đ":
        return ((base == "Đ" and "D") or "d") + ("d" if telex else "9")
    if not hat:
        return base
    mark_telex, mark_vni = HATS[hat]
    if hat == "\u0302":
        return base + (base.lower() if telex else "6")
    return base + (mark_telex if telex else mark_vni)


def keys_for_syllable(syllable: str, method: str) -> str:
    """The keys typed for one syllable: letters with their hats as typed, the tone key last."""
    out, tone = [], ""
    for ch in syllable:
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]
        if ch.lower() == "đ":
            base, marks = ch, ""
        hat = next((m for m in marks if m in HATS), "")
        tone = next((m for m in marks if m in TONES), tone)
        out.append(_letter_keys(base, hat, method))
    if tone:
        out.append(TONES[tone][0 if method == "telex" else 1])
    return "".join(out)


def keys_for(word: str, method: str) -> list[str] | None:
    """Keys per syllable, or None when bogo would not give back exactly this word."""
    keys = [keys_for_syllable(s, method) for s in word.split(" ")]
    if " ".join(process_sequence(k, rules=RULES[method]) for k in keys) != unicodedata.normalize("NFC", word):
        return None
    return keys


def events_for(word: str, method: str, nfd: bool = False) -> Iterator[tuple[str, str | None]]:
    """The events the method sends while the clerk types ``word`` (``nfd``: letters and their marks
    sent apart, as some methods do; backspaces then count code points)."""
    keys = keys_for(word, method)
    assert keys is not None, word
    for i, syllable in enumerate(keys):
        if i:
            yield ("char", " ")
        shown = ""
        for n in range(1, len(syllable) + 1):
            new = process_sequence(syllable[:n], rules=RULES[method])
            if nfd:
                new = unicodedata.normalize("NFD", new)
            same = 0
            while same < min(len(shown), len(new)) and shown[same] == new[same]:
                same += 1
            for _ in range(len(shown) - same):
                yield ("backspace", None)
            for ch in new[same:]:
                yield ("char", ch)
            shown = new


SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "ime_words.txt"


@cache
def words(count: int = 1000) -> list[str]:
    """``count`` distinct Vietnamese words (syllables and two-syllable words) that both methods type
    exactly, among them words starting with đ, ư, ơ, capitals, and every tone."""
    found: list[str] = []
    for word in SEEDS.read_text(encoding="utf-8").split("\n"):
        word = unicodedata.normalize("NFC", word.strip())
        if word and word not in found and all(keys_for(word, m) for m in RULES):
            found.append(word)
    return found[:count]


def syllables_in(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text)
