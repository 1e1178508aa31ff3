"""The German translation: compiled, complete, and used by the window when German is chosen."""

from __future__ import annotations

import os
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from secondround_desktop.core.errors import ValidationError, storage_error_from
from secondround_desktop.core.exchange import ImportFileError, validate_document
from secondround_desktop.core.interviews import InterviewDraft, InterviewService, PersonInput
from secondround_desktop.core.validation import parse_date
from secondround_desktop.paths import AppPaths, resource_path
from secondround_desktop.ui import preferences
from secondround_desktop.ui.i18n import install_translations, remove_translations, translation_file
from secondround_desktop.ui.interview_form import FieldError
from secondround_desktop.ui.labels import relation_label, step_short_title
from secondround_desktop.ui.list_model import InterviewListModel
from secondround_desktop.ui.main_window import MainWindow
from secondround_desktop.ui.new_interview import NewInterviewDialog
from secondround_desktop.ui.save_manager import SaveState
from secondround_desktop.ui.texts import error_text
from tests.ui.conftest import AddInterview

MakeWindow = Callable[[], MainWindow]

TS = Path(resource_path("translations", "secondround_de.ts"))


def test_the_qm_exists_and_loads() -> None:
    assert Path(translation_file("de")).is_file()
    translator = QTranslator()
    assert translator.load(translation_file("de"))
    assert translator.translate("MainWindow", "&File") == "&Datei"


def _forms(message: ET.Element) -> list[str]:
    """The translated text, or each of its plural forms."""
    element = message.find("translation")
    assert element is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in element.findall("numerusform")]
    return [element.text or ""]


def _problems(ts: Path) -> list[str]:
    problems = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        element = message.find("translation")
        assert element is not None
        forms = _forms(message)
        if element.get("type") in ("unfinished", "obsolete", "vanished") or not all(f.strip() for f in forms):
            problems.append(source)
            continue
        for text in forms:
            if sorted(re.findall(r"\{\d\}", source)) != sorted(re.findall(r"\{\d\}", text)):
                problems.append(f"placeholders differ: {source}")
            if re.findall(r"</?\w+>", source) != re.findall(r"</?\w+>", text):
                problems.append(f"tags differ: {source}")
            if source.count("&") - 2 * source.count("&&") and "&" not in text:
                problems.append(f"no accelerator: {source}")
    return problems


def test_every_text_is_translated_with_its_placeholders() -> None:
    assert len(list(ET.parse(TS).getroot().iter("message"))) > 400
    assert _problems(TS) == []


def test_english_has_the_singular_and_plural_of_every_count() -> None:
    english = TS.with_name("secondround_en.ts")
    messages = list(ET.parse(english).getroot().iter("message"))
    assert messages and all(message.get("numerus") == "yes" for message in messages)
    assert _problems(english) == []


def test_the_check_finds_an_unfinished_text(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<TS version="2.1"><context><name>C</name>'
        "<message><source>Saved {0}</source><translation>Gespeichert</translation></message>"
        '<message numerus="yes"><source>%n rounds</source><translation>'
        "<numerusform>%n Runde</numerusform><numerusform></numerusform></translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert _problems(ts) == ["placeholders differ: Saved {0}", "%n rounds"]


@pytest.fixture
def german(paths: AppPaths) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    preferences.set_language(preferences.open_settings(paths.ui_state), "de")
    install_translations(app, preferences.ui_language(preferences.open_settings(paths.ui_state)))
    yield
    remove_translations(app)


def test_the_window_speaks_german(
    german: None, qtbot: QtBot, service: InterviewService, paths: AppPaths, add_interview: AddInterview
) -> None:
    interview_id = add_interview("Acme", people=("Ana Ruiz",))
    window = MainWindow(service, paths)
    qtbot.addWidget(window)
    window.show()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:3] == ["&Datei", "&Bearbeiten", "&Ansicht"] and menus[-1] == "&Hilfe"
    assert window.scope_tabs.tabText(0).startswith("Anstehend")
    assert window.find_field.placeholderText().startswith("Unternehmen, Stelle oder Person")
    window.refresh(select=interview_id)
    tabs = window.workspace.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())][:2] == ["Ü&bersicht", "&Vorbereitung"]
    assert relation_label("hiring_manager") == "Einstellende Führungskraft"
    assert step_short_title("fit") == "Passt es?"
    # The prep guidance comes from the German playbook.
    assert window.prep.playbook.step("fresh_points").title == "Wiederholen Sie nicht die erste Runde"
    labels = " ".join(label.text() for label in window.findChildren(QLabel))
    assert "Gremium" in labels or "Vorbereitungsstand" in labels


def test_english_by_default(qtbot: QtBot, service: InterviewService, paths: AppPaths) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translations(app, "en")
    window = MainWindow(service, paths)
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "&File"
    assert relation_label("hiring_manager") == "Hiring manager"


@pytest.fixture
def utc_clock() -> Iterator[None]:
    """The computer's clock in UTC, so that "tomorrow 10:00 UTC" is tomorrow at 10:00 on screen."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


GERMAN_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
GERMAN_SHORT_DAYS = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")


def test_the_list_says_when_and_what_is_open_in_german(
    german: None, utc_clock: None, make_window: MakeWindow, add_interview: AddInterview, qtbot: QtBot
) -> None:
    tomorrow = add_interview("Acme", days=1, people=("Ana Ruiz",))
    later = add_interview("Globex", days=3)
    window = make_window()
    model = window.list_model

    when = model.index(model.row_of(tomorrow) or 0, InterviewListModel.WHEN)
    assert when.data() == "Morgen 10:00"
    day = date.today() + timedelta(days=1)
    assert when.data(Qt.ItemDataRole.ToolTipRole).startswith(
        f"{GERMAN_SHORT_DAYS[day.weekday()]}, {day.day}. "
    )
    assert when.data(Qt.ItemDataRole.ToolTipRole).endswith(f"{day.year}, 10:00 Uhr (UTC)")
    later_day = date.today() + timedelta(days=3)
    later_text = model.index(model.row_of(later) or 0, InterviewListModel.WHEN).data()
    assert re.fullmatch(
        rf"{GERMAN_SHORT_DAYS[later_day.weekday()]}, {later_day.day}\. \w+\.? 10:00", later_text
    ) or (later_day.year != date.today().year and later_text.startswith(f"{later_day.day}. "))

    # A title longer than its column ("Unternehmen" at the default width) is cut with "…", and the
    # header's tip gives it whole.
    header = window.list_view.horizontalHeader()
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
    company = model.headerData(
        InterviewListModel.COMPANY, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert company == "Unternehmen"

    row = model.row_of(tomorrow) or 0
    qtbot.waitUntil(lambda: not model.readiness_pending(), timeout=3000)
    ready = model.index(row, InterviewListModel.READY)
    assert ready.data() == "0 % ⚠"
    tip = ready.data(Qt.ItemDataRole.ToolTipRole)
    assert "Punkten der Checkliste erledigt" in tip
    assert "⚠ Keine Frage für Ana Ruiz" in tip
    assert "⚠ Keine Bitte um Fürsprache vorbereitet" in tip
    assert "No question" not in tip
    assert (
        model.index(row, InterviewListModel.PANEL).data(Qt.ItemDataRole.ToolTipRole) == "1 Person im Gremium"
    )
    window.refresh(select=tomorrow)
    prep = window.workspace.prep
    assert prep is not None
    window.workspace.show_tab(prep)
    qtbot.waitUntil(
        lambda: prep.meter.warnings.text()
        == "⚠ Keine Frage für Ana Ruiz  ·  ⚠ Keine Bitte um Fürsprache vorbereitet",
        timeout=3000,
    )


def test_validation_messages_are_german(
    german: None,
    qtbot: QtBot,
    service: InterviewService,
    make_window: MakeWindow,
    add_interview: AddInterview,
) -> None:
    dialog = NewInterviewDialog(service, InterviewDraft(date_text="bald", time_text="10:00", timezone="UTC"))
    qtbot.addWidget(dialog)
    dialog.create_button.click()
    assert dialog.result() != NewInterviewDialog.DialogCode.Accepted
    errors = {name: dialog.form.findChild(FieldError, f"error_{name}") for name in ("company", "date")}
    assert errors["company"] is not None and errors["company"].text() == "Bitte füllen Sie „Unternehmen“ aus."
    assert errors["date"] is not None
    assert errors["date"].text() == "„bald“ ist kein Datum. Verwenden Sie die Form 2026-12-03."

    add_interview("Acme")
    window = make_window()
    form = window.workspace.form
    form.date.clear()
    qtbot.keyClicks(form.date, "2026-02-30")
    error = form.findChild(FieldError, "error_date")
    assert error is not None and error.text() == "Den 30. Februar 2026 gibt es nicht."
    assert window.saver.state is SaveState.INVALID
    assert window.indicator.text() == "Nicht gespeichert — Den 30. Februar 2026 gibt es nicht."


def test_the_thank_you_draft_is_german(
    german: None,
    utc_clock: None,
    make_window: MakeWindow,
    add_interview: AddInterview,
    service: InterviewService,
) -> None:
    interview = add_interview("Acme", "Datenanalystin", days=-2)
    ana = service.add_person(interview, PersonInput("Ana Ruiz", email="ana@example.com"))
    window = make_window()
    window.debrief.set_note(interview, ana, "they_asked", "wie ich das Team einarbeiten würde")
    window.refresh(select=interview)
    tab = window.workspace.followups
    assert tab is not None
    window.workspace.show_tab(tab)
    compose = tab.findChild(QPushButton, "composeButton")
    assert compose is not None
    compose.click()
    draft = tab.findChild(QPlainTextEdit, "draft")
    assert draft is not None
    weekday = GERMAN_WEEKDAYS[(date.today() - timedelta(days=2)).weekday()]
    assert draft.toPlainText().splitlines() == [
        "Hallo Ana,",
        "",
        f"vielen Dank, dass Sie sich am {weekday} Zeit für das Gespräch über die Stelle als Datenanalystin "
        "bei Acme genommen haben.",
        "Sie haben mich nach Folgendem gefragt: wie ich das Team einarbeiten würde. "
        "Dazu erzähle ich Ihnen gern mehr.",
        "",
        "Das Gespräch hat mich darin bestärkt, wie gern ich zum Team beitragen möchte.",
        "",
        "Viele Grüße",
    ]


def test_core_messages_and_undo_steps_are_german(
    german: None, make_window: MakeWindow, add_interview: AddInterview, service: InterviewService
) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date("31.02.2026")
    assert str(caught.value) == "There is no 31 February 2026."  # the command line's English
    assert error_text(caught.value) == "Den 31. Februar 2026 gibt es nicht."
    full = storage_error_from(OSError(28, "No space left on device"))
    assert full is not None and error_text(full) == "Der Datenträger ist voll. Schaffen Sie etwas Platz."
    with pytest.raises(ImportFileError) as import_error:
        validate_document({"format": "secondround-export", "version": 1})
    lines = error_text(import_error.value).splitlines()
    assert lines[0].startswith("Die Datei kann nicht importiert werden; es wurde nichts geändert.")
    assert any("Pflichtfeld fehlt" in line for line in lines[1:])

    interview = add_interview("Acme")
    window = make_window()
    window.refresh(select=interview)
    window._on_add_person(interview, PersonInput("Ana Ruiz"))
    assert window.undo_stack.undoText() == "Ana Ruiz zum Gremium hinzufügen"
    assert window.undo_action.text().startswith("&Rückgängig")


def test_german_menus_have_one_accelerator_per_letter(german: None, make_window: MakeWindow) -> None:
    window = make_window()

    def letters(texts: list[str]) -> list[str]:
        found = []
        for text in texts:
            match = re.search(r"&([^&])", text.replace("&&", ""))
            if match:
                found.append(match.group(1).lower())
        return found

    bar = [action.text() for action in window.menuBar().actions()]
    assert len(set(letters(bar))) == len(letters(bar)) == len(bar)
    for action in window.menuBar().actions():
        menu = action.menu()
        assert menu is not None
        used = letters([item.text() for item in menu.actions() if not item.isSeparator()])
        assert len(used) == len(set(used)), (action.text(), used)


def test_english_counts_have_their_singular(
    qtbot: QtBot, service: InterviewService, paths: AppPaths, add_interview: AddInterview
) -> None:
    add_interview("Acme", people=("Ana Ruiz",))
    window = MainWindow(service, paths)
    qtbot.addWidget(window)
    model = window.list_model
    assert (
        model.index(0, InterviewListModel.PANEL).data(Qt.ItemDataRole.ToolTipRole) == "1 person on the panel"
    )
    assert model.index(0, InterviewListModel.WHEN).data().endswith("10:00")


def test_the_cheat_sheet_is_german(
    german: None,
    make_window: MakeWindow,
    add_interview: AddInterview,
    service: InterviewService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    interview = add_interview("Acme", "Datenanalystin")
    service.add_person(interview, PersonInput("Maria Keller", relation="hiring_manager"))
    window = make_window()
    window.refresh(select=interview)
    offered: list[str] = []

    def save_as(*args: object, **_kwargs: object) -> tuple[str, str]:
        offered.append(str(args[2]))
        return str(tmp_path / "zettel"), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.cheatsheet_action.trigger()
    assert Path(offered[0]).name == "Spickzettel - Acme - Datenanalystin, Runde 2.pdf"
    markdown = (tmp_path / "zettel.md").read_text(encoding="utf-8").splitlines()
    assert markdown[0] == "# Acme — Datenanalystin, Runde 2"
    assert markdown[2].startswith("**Wann:** ") and markdown[2].endswith(" Uhr (UTC), 1 Std.  ")
    assert "**Maria Keller** (einstellende Führungskraft)" in markdown
    assert "### Maria Keller — Einstellende Führungskraft" in markdown
    assert "- Noch nichts geplant." in markdown
    assert (tmp_path / "zettel.pdf").read_bytes().startswith(b"%PDF")
