"""Bad command lines: any arguments end with a clear message or a result, never a traceback."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.cli import main

WORDS = ["demo", "plans", "tasks", "units", "progress", "search", "periods", "check", "report", "export",
         "import", "template", "--plan", "--period", "--unit", "--type", "--out", "--json", "--db", "--number",
         "--date", "137/KH-UBND", "2024-H1", "2024-Q5", "31/02/2024", "Phòng Nọi vụ", "nâng cao", "", "-", "--",
         "x.pdf", "x.docx", "x.json", "x.zip", "💥", "9" * 30, "appendix", "unit", "a" * 500]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS) | st.text(max_size=12), max_size=6))
def test_random_arguments_never_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]) -> None:
    monkeypatch.chdir(tmp_path)  # a random relative path ("export export") lands here, not in the checkout
    db = tmp_path / "fuzz.sqlite"
    argv = ["--db", str(db), *[a.replace("x.", str(tmp_path / "x.")) for a in args]]
    if argv[2:3] == ["demo"]:
        argv = [*argv[:2], "plans"]  # the demo is tested elsewhere; keep each example quick
    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        code = main(argv)
    assert code in (0, 1, 2), (argv, code, err.getvalue())
    assert "Traceback" not in err.getvalue() + out.getvalue()
    if code == 2:
        assert err.getvalue().strip(), argv  # a refusal always says why
