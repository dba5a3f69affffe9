"""Vietnamese text: NFC storage, folding for search, alphabetical order, document symbols."""

import unicodedata

from desktop_app.domain.symbols import format_number_symbol, parse_number_symbol
from desktop_app.domain.text import fold, looks_like_legacy_encoding, normalize_text, search_terms, sort_key


def test_nfd_input_is_stored_nfc_and_trimmed() -> None:
    nfd = unicodedata.normalize("NFD", "  Nâng cao   nhận thức  ")
    assert nfd != unicodedata.normalize("NFC", nfd)
    assert normalize_text(nfd) == "Nâng cao nhận thức"
    assert normalize_text("Dòng 1\r\n  dòng  2 ") == "Dòng 1\ndòng 2"


def test_folding_removes_case_diacritics_and_stroke_d() -> None:
    assert fold("NÂNG CAO") == fold("nâng cao") == fold("nang cao") == "nang cao"
    assert fold("Đẩy mạnh") == "day manh"
    assert fold(unicodedata.normalize("NFD", "Ấp Đồng")) == "ap dong"
    assert search_terms("  Nâng   CAO ") == ["nang", "cao"]


def test_vietnamese_alphabetical_order() -> None:
    names = ["Đống Đa", "Ba Đình", "Âu Cơ", "Ăn", "An", "Cầu Giấy", "Dương", "Ô Chợ Dừa", "Ơn", "Ông"]
    assert sorted(names, key=sort_key) == ["An", "Ăn", "Âu Cơ", "Ba Đình", "Cầu Giấy", "Dương", "Đống Đa",
                                           "Ô Chợ Dừa", "Ông", "Ơn"]
    assert sorted(["à", "a", "á", "ạ", "ả", "ã"], key=sort_key) == ["a", "à", "ả", "ã", "á", "ạ"]


def test_legacy_encoding_is_noticed() -> None:
    assert looks_like_legacy_encoding("KÕ ho¹ch thùc hiÖn")  # TCVN3 bytes shown as Latin-1
    assert looks_like_legacy_encoding("Keá hoaïch thöïc hieän")  # VNI
    for fine in ("Kế hoạch thực hiện", "Phường Phúc Xá", "Chú ý: Ý kiến của Ủy ban", "ĐÀO TẠO, BỒI DƯỠNG"):
        assert not looks_like_legacy_encoding(fine), fine


def test_number_symbol_conventions() -> None:
    assert format_number_symbol("45", "NQ/TW") == "45-NQ/TW"
    assert format_number_symbol("137", "KH-UBND") == "137/KH-UBND"
    assert format_number_symbol("5", "BC-UBND") == "05/BC-UBND"
    assert format_number_symbol("123", "UBND-VP") == "123/UBND-VP"
    parsed = parse_number_symbol("Số: 202-KH/QU")
    assert parsed is not None and (parsed.number, parsed.symbol, parsed.is_party) == ("202", "KH/QU", True)
    parsed = parse_number_symbol("137/KH-UBND")
    assert parsed is not None and (parsed.number, parsed.symbol, parsed.is_party) == ("137", "KH-UBND", False)
