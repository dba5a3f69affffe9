"""Cut-off windows and deadlines of Nghị định 09/2019/NĐ-CP (numbers from shared/domain.md)."""

import itertools
from datetime import date

import pytest

from desktop_app.domain.periods import (
    PeriodError,
    PeriodKind,
    adhoc_period,
    deadline_after,
    parse_period,
    period_containing,
    periods_of_year,
)


@pytest.mark.parametrize(
    ("code", "start", "end"),
    [
        ("2024-M03", date(2024, 2, 15), date(2024, 3, 14)),
        ("2024-M01", date(2023, 12, 15), date(2024, 1, 14)),
        ("2024-Q1", date(2023, 12, 15), date(2024, 3, 14)),
        ("2024-Q2", date(2024, 3, 15), date(2024, 6, 14)),
        ("2024-Q4", date(2024, 9, 15), date(2024, 12, 14)),
        ("2024-H1", date(2023, 12, 15), date(2024, 6, 14)),
        ("2024-H2", date(2024, 6, 15), date(2024, 12, 14)),
        ("2024-9M", date(2023, 12, 15), date(2024, 9, 14)),
        ("2024-Y", date(2023, 12, 15), date(2024, 12, 14)),
    ],
)
def test_cutoff_windows(code: str, start: date, end: date) -> None:
    period = parse_period(code)
    assert (period.start, period.end, period.code) == (start, end, code)


def test_labels_as_reports_write_them() -> None:
    assert parse_period("2024-Q2").label == "quý II/2024"
    assert parse_period("2024-H1").label == "6 tháng đầu năm 2024"
    assert parse_period("2024-H2").label == "6 tháng cuối năm 2024"
    assert parse_period("2024-Y").label == "năm 2024"
    assert parse_period("2024-M03").label == "tháng 3/2024"


@pytest.mark.parametrize("bad", ["2024-Q5", "2024-M13", "2024", "24-Q1", "2024-H3", "", "2024-q1x"])
def test_bad_codes_are_refused_with_the_code_named(bad: str) -> None:
    with pytest.raises(PeriodError, match="Mã kỳ báo cáo không hợp lệ"):
        parse_period(bad)


def test_windows_of_a_year_tile_without_gaps() -> None:
    months = [p for p in periods_of_year(2025) if p.kind == PeriodKind.MONTH]
    for before, after in itertools.pairwise(months):
        assert (after.start - before.end).days == 1
    assert months[0].start == date(2024, 12, 15) and months[-1].end == date(2025, 12, 14)
    assert len(periods_of_year(2025)) == 19 and len(periods_of_year(2025, True)) == 20


def test_period_containing_a_day_uses_cutoff_not_calendar() -> None:
    assert period_containing(date(2024, 12, 20), PeriodKind.QUARTER).code == "2025-Q1"
    assert period_containing(date(2024, 12, 14), PeriodKind.QUARTER).code == "2024-Q4"
    assert period_containing(date(2024, 3, 15), PeriodKind.MONTH).code == "2024-M04"
    assert period_containing(date(2024, 6, 14), PeriodKind.HALF_YEAR).code == "2024-H1"
    assert period_containing(date(2024, 12, 31), PeriodKind.YEAR).code == "2025-Y"


def test_previous_period() -> None:
    assert parse_period("2024-Q1").previous().code == "2023-Q4"
    assert parse_period("2024-H2").previous().code == "2024-H1"
    assert parse_period("2024-M01").previous().code == "2023-M12"
    assert parse_period("2024-Y").previous().code == "2023-Y"


def test_deadline_leaves_a_working_day_and_avoids_weekends() -> None:
    # commune → district 17/12 for the 14/12/2024 cut-off (domain.md's yearly cascade example)
    assert parse_period("2024-Y").deadline_on() == date(2024, 12, 17)
    # a Friday cut-off + 1 day lands on Saturday: next working day, with a working day between
    friday = date(2024, 6, 14)
    deadline = deadline_after(friday, 1)
    assert deadline.weekday() < 5
    assert deadline > date(2024, 6, 17)  # Monday 17/6 is the working day in between
    assert parse_period("2024-Y").deadline_on(5) == date(2024, 12, 19)


def test_adhoc_period_keeps_its_dates() -> None:
    period = adhoc_period("DX-2024-01", date(2024, 5, 1), date(2024, 5, 20), date(2024, 5, 22), "Báo cáo đột xuất")
    assert period.deadline_on() == date(2024, 5, 22)
    assert period.label == "Báo cáo đột xuất"
    with pytest.raises(PeriodError):
        adhoc_period("X", date(2024, 5, 2), date(2024, 5, 1))


@pytest.mark.parametrize(
    ("codes", "kind"),
    [
        ([], PeriodKind.QUARTER),
        (["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2024-Y"], PeriodKind.QUARTER),
        (["2024-H1", "2024-Y", "2025-H1"], PeriodKind.HALF_YEAR),
        (["2024-H1", "2024-Y"], PeriodKind.HALF_YEAR),  # a tie goes to the more frequent cadence
        (["2024-M01", "2024-M02", "2024-Q1"], PeriodKind.MONTH),
        (["2024-Y", "2025-Y", "dot-xuat-1", "dot-xuat-2", "dot-xuat-3"], PeriodKind.YEAR),
        (["dot-xuat-1"], PeriodKind.QUARTER),  # ad hoc only: no cadence to learn from
    ],
)
def test_usual_kind_is_learnt_from_the_periods_reported(codes: list[str], kind: PeriodKind) -> None:
    from desktop_app.domain.periods import usual_kind

    assert usual_kind(codes * 3) == kind
