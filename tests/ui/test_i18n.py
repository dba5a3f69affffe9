"""English through the .qm translation; the long-string mode that pads every label."""

from __future__ import annotations

import ast
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.ui import i18n

QM = i18n.TRANSLATIONS / "plantrack_en.qm"


@pytest.fixture
def language(qapp):  # type: ignore[no-untyped-def]
    app = qapp  # pytest-qt's application: a worker whose first Qt test this is has no other
    yield lambda code: i18n.install(app, code)
    i18n.install(app, "vi")


@pytest.mark.skipif(not QM.exists(), reason="plantrack_en.qm not built (resources/translations/build.py)")
def test_english_is_selectable(make_window, sample, language) -> None:  # type: ignore[no-untyped-def]
    language("en")
    window = make_window("tasks")
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Plans", "Tasks", "Units", "Periods / Progress", "Reports", "Overview"]
    assert window.view("tasks").model.headerData(1, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) \
        == "Task"
    assert window.view("tasks").model.index(1, 4).data() == "Yearly 15/12"


def test_vietnamese_default_and_standard_buttons(make_window, sample) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    window = make_window("tasks")
    assert window.nav.item(0).text() == "Kế hoạch"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"


def test_long_strings_mode_pads_labels(make_window, sample, language) -> None:  # type: ignore[no-untyped-def]
    os.environ["PLANTRACK_LONG_STRINGS"] = "1"
    try:
        language("vi")
        window = make_window("tasks")
        assert window.nav.item(0).text().startswith("Kế hoạch ~~~")
        window.resize(1360, 820)
        if os.environ.get("PLANTRACK_SCREENSHOTS") == "1":
            QApplication.processEvents()
            window.grab().save(str(Path(__file__).resolve().parents[2] / "docs" / "screenshots" /
                                   "tasks_long_strings.png"))
    finally:
        del os.environ["PLANTRACK_LONG_STRINGS"]


# ---- every text of desktop_app/ui has English, and the .qm is the .ts compiled ----

UI = Path(i18n.__file__).resolve().parent
TS = i18n.TRANSLATIONS / "plantrack_en.ts"
VIETNAMESE = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE)
# Vietnamese on purpose, never shown through the translator: Qt's own button texts, the language
# names, the font-coverage sample and the keyring service name
NOT_TRANSLATED = {"i18n.py": None, "fonts.py": None, "server_login.py": {"Theo dõi Kế hoạch"}}


def ts_messages() -> dict[tuple[str, str], ET.Element]:
    return {(context.findtext("name") or "", message.findtext("source") or ""): message
            for context in ET.parse(TS).iter("context") for message in context.iter("message")}


def source_texts() -> list[tuple[str, str, str]]:
    """(context, source, where) of every tr() / translate() / QT_TRANSLATE_NOOP() with literal text."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [tree, *(n for n in ast.walk(tree) if isinstance(n, ast.ClassDef))]:
            context = cls.name if isinstance(cls, ast.ClassDef) else ""
            for call in ast.walk(cls):
                if not isinstance(call, ast.Call) or not call.args:
                    continue
                name = getattr(call.func, "attr", getattr(call.func, "id", ""))
                args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
                        for a in call.args[:2]]
                where = f"{path.relative_to(UI)}:{call.lineno}"
                if name == "tr" and context and args[0] is not None:
                    found.append((context, args[0], where))
                elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) == 2 and None not in args \
                        and not isinstance(cls, ast.ClassDef):  # module level walk sees them all once
                    found.append((args[0], args[1], where))  # type: ignore[arg-type]
    return found


def _english(message) -> list[str]:  # type: ignore[no-untyped-def]
    """The translation, or the forms of a counted text (one, many: tr(text, "", n))."""
    translation = message.find("translation")
    if translation is None:
        return []
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def test_every_text_has_english_in_the_ts() -> None:
    missing = [source for (_, source), message in ts_messages().items()
               if (message.find("translation") is None or message.find("translation").get("type")  # type: ignore[union-attr]
                   in ("unfinished", "vanished", "obsolete") or not all(_english(message)))]
    assert not missing, f"{len(missing)} texts without English (add them to EN in resources/translations/" \
                        f"build.py and run it): {missing[:20]}"


def test_ts_is_up_to_date_with_the_sources() -> None:
    messages = ts_messages()
    found = source_texts()
    assert len(found) > 500  # the walk does see the texts
    stale = [f"{where} {context}: {source!r}" for context, source, where in found if (context, source) not in messages]
    assert not stale, f"texts missing from the .ts (run resources/translations/build.py): {stale[:20]}"


def test_no_vietnamese_text_bypasses_the_translator() -> None:
    """A Vietnamese literal in desktop_app/ui that lupdate did not collect stays Vietnamese in English."""
    sources = {source for _, source in ts_messages()}
    bypass = []
    for path in sorted(UI.rglob("*.py")):
        allowed = NOT_TRANSLATED.get(path.name, set())
        if allowed is None:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                      if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                      and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
        bypass += [f"{path.relative_to(UI)}:{node.lineno} {node.value!r}" for node in ast.walk(tree)
                   if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
                   and VIETNAMESE.search(node.value) and node.value not in sources and node.value not in allowed]
    assert not bypass, f"Vietnamese texts not passed through tr()/translate() with a literal: {bypass}"


def test_qm_is_the_ts_compiled() -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM)), "plantrack_en.qm missing or unreadable (run resources/translations/build.py)"
    differ = [(context, source) for (context, source), message in ts_messages().items()
              if [translator.translate(context, source, None, n) for n in range(1, len(_english(message)) + 1)]
              != _english(message)]
    assert not differ, f"plantrack_en.qm does not match the .ts (run resources/translations/build.py): {differ[:10]}"


@pytest.mark.skipif(not QM.exists(), reason="plantrack_en.qm not built (resources/translations/build.py)")
def test_period_names_follow_the_language(language) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.domain.periods import adhoc_period, half_year, month, quarter, year_period
    from desktop_app.ui.labels import period_label

    periods = [quarter(2026, 4), half_year(2026, 1), half_year(2026, 2), year_period(2026), month(2026, 3)]
    language("vi")
    assert [period_label(p) for p in periods] == [p.label for p in periods]  # as the reports write them
    language("en")
    assert [period_label(p) for p in periods] == [
        "Q4 2026", "first half of 2026", "second half of 2026", "year 2026", "month 3/2026"]
    special = adhoc_period("dot-1", quarter(2026, 1).start, quarter(2026, 1).end, None, "Đợt kiểm tra giữa kỳ")
    assert period_label(special) == "Đợt kiểm tra giữa kỳ"  # a title the clerk typed stays as typed
