"""The command line speaks Vietnamese throughout (argparse's own words too), never shows an internal
name, and finds a plan the way a clerk writes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.cli import build_parser
from desktop_app.services.errors import NotFound
from desktop_app.services.plans import choose_plan
from tests.cli.helpers import assert_refused, run_cli

ENGLISH = ("usage:", "options:", "positional arguments", "show this help", "show program's",
           "error:", "invalid choice", "the following arguments")


def test_help_is_vietnamese_to_the_last_word(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    texts = [parser.format_help()]
    # every command's own help too
    subparsers = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    texts += [sub.format_help() for sub in subparsers.choices.values()]  # type: ignore[union-attr]
    for text in texts:
        assert "cách dùng: plantrack" in text
        assert "hiện trợ giúp này rồi thoát" in text
        for word in ENGLISH:
            assert word not in text, (word, text[:300])
    assert "tùy chọn:" in texts[0] and "hiện số phiên bản rồi thoát" in texts[0]


def test_usage_errors_are_vietnamese(cli_home: Path, cli_demo_db: Path) -> None:
    result = run_cli("--db", str(cli_demo_db), "report", "--period", "2025-Q1", "--type", "foo",
                     "--plan", "215/KH-UBND", "--out", "x.pdf", home=cli_home)
    assert_refused(result, "cách dùng: plantrack report", "--type: không có lựa chọn 'foo'")
    for word in ENGLISH:
        assert word not in result.stderr


def test_an_error_never_shows_an_internal_name(cli_home: Path, cli_demo_db: Path, tmp_path: Path) -> None:
    result = run_cli("--db", str(cli_demo_db), "report", "--plan", "215/KH-UBND", "--period", "2025-Q1",
                     "--out", str(tmp_path / "bao-cao.xyz"), home=cli_home)
    assert_refused(result, "Định dạng không hỗ trợ")
    assert "fmt" not in result.stderr
    assert result.stderr.startswith("Lỗi: --out: ")


def test_a_plan_is_found_in_any_case_and_by_its_number_alone(cli_home: Path, cli_demo_db: Path) -> None:
    for ref in ("215/kh-ubnd", "215/KH-UBND", " 215 ", "202-kh/qu", "202"):
        result = run_cli("--db", str(cli_demo_db), "tasks", "--plan", ref, home=cli_home)
        assert result.returncode == 0, (ref, result.stderr)
        assert result.stdout.startswith(("Kế hoạch số 215/KH-UBND", "Kế hoạch số 202-KH/QU")), result.stdout[:80]
        assert ("215" in ref) == result.stdout.startswith("Kế hoạch số 215/KH-UBND")


def test_not_found_names_the_nearest_plans(cli_home: Path, cli_demo_db: Path) -> None:
    result = run_cli("--db", str(cli_demo_db), "tasks", "--plan", "21/KH-UBND", home=cli_home)
    assert_refused(result, "Không có kế hoạch '21/KH-UBND'", "gần giống: 215/KH-UBND")
    assert "137/KH-UBND" not in result.stderr  # no example that is not one of the plans


PLANS = [("a", "215", "KH-UBND"), ("b", "215", "KH/QU"), ("c", "07", "KH-UBND"), ("d", "45", "BC-UBND")]


@pytest.mark.parametrize(("ref", "chosen"), [
    ("215/kh-ubnd", "a"), ("215-kh/qu", "b"), ("Số: 07/KH-UBND", "c"), ("7/kh-ubnd", "c"), ("7", "c"),
    ("007", "c"), ("45", "d"), ("Số 45", "d"),
])
def test_choose_plan(ref: str, chosen: str) -> None:
    assert choose_plan(ref, PLANS) == chosen


def test_a_number_that_two_plans_share_asks_for_the_symbol() -> None:
    with pytest.raises(NotFound, match=r"Có 2 kế hoạch số 215: 215-KH/QU, 215/KH-UBND\. Ghi đủ số và ký hiệu"):
        choose_plan("215", PLANS)


def test_nothing_alike_lists_the_plans_there_are() -> None:
    with pytest.raises(NotFound, match="Các kế hoạch đang có: "):
        choose_plan("zzzzzz", PLANS)
    with pytest.raises(NotFound, match="chưa có kế hoạch nào"):
        choose_plan("215", [])
