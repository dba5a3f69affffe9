"""The two seed articles (kept in tests/fixtures/seeds so the tests need nothing outside the repo)."""

from __future__ import annotations

from pathlib import Path

SEEDS = Path(__file__).resolve().parent / "fixtures" / "seeds"
BA_DINH = "000_0cfa7453af4c667e.txt"
THANH_XUAN = "001_0782642b2e1e1f10.txt"


def seed_text(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def _seed(name: str, start: str, end: str) -> str:
    text = seed_text(name)
    return text[text.index(start): text.index(end)]
