"""The main window driven like a user would: real widgets, real key presses, a real database file."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from secondround_desktop.core.db import Database
from secondround_desktop.core.interviews import InterviewService, Scope
from secondround_desktop.paths import AppPaths
from secondround_desktop.ui.main_window import MainWindow
from secondround_desktop.ui.save_manager import SaveState

MakeWindow = Callable[[], MainWindow]
AddInterview = Callable[..., int]


def stored_notes(db: Database, interview_id: int) -> str | None:
    connection = sqlite3.connect(db.path)
    try:
        row = connection.execute(
            "SELECT body FROM note WHERE interview_id = ? AND kind = 'general'", (interview_id,)
        ).fetchone()
    finally:
        connection.close()
    return None if row is None else str(row[0])


@contextmanager
def database_locked(db: Database) -> Iterator[None]:
    """Another program holds an exclusive lock on the database file."""
    other = sqlite3.connect(db.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_empty_database_shows_the_welcome_page_and_sample_data_fills_the_lists(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window()
    assert window.right.currentWidget() is window.welcome
    assert window.list_stack.currentWidget() is window.list_empty
    assert "Ctrl+N" in window.list_empty.text()

    qtbot.mouseClick(window.welcome_sample, Qt.MouseButton.LeftButton)

    assert window.list_model.rowCount() > 0
    assert window.scope_tabs.tabText(0) == f"Upcoming ({window.list_model.rowCount()})"
    assert window.right.currentWidget() is window.workspace
    assert window.workspace.title.text()


def test_typing_notes_saves_after_a_pause_and_the_indicator_tells_the_truth(
    make_window: MakeWindow, add_interview: AddInterview, db: Database, qtbot: QtBot
) -> None:
    interview_id = add_interview("Acme")
    window = make_window()
    window.focus_list()
    notes = window.workspace.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "Ask about on-call")

    assert window.saver.state is SaveState.SAVING
    assert window.indicator.text() == "Saving…"
    assert stored_notes(db, interview_id) is None

    qtbot.waitUntil(lambda: window.saver.state is SaveState.SAVED, timeout=2000)
    assert stored_notes(db, interview_id) == "Ask about on-call"
    assert window.indicator.text() == "✓ Saved"


def test_switching_interviews_saves_at_once(
    make_window: MakeWindow, add_interview: AddInterview, db: Database, qtbot: QtBot
) -> None:
    first = add_interview("Acme", days=1)
    second = add_interview("Globex", days=2)
    window = make_window()
    window.focus_list()
    assert window.selected_interview() == first
    qtbot.keyClicks(window.workspace.notes, "first thoughts")

    qtbot.keyClick(window.list_view, Qt.Key.Key_Down)

    assert window.selected_interview() == second
    assert stored_notes(db, first) == "first thoughts"
    assert window.workspace.notes.toPlainText() == ""


def test_a_locked_database_keeps_the_text_says_so_and_saves_when_it_can(
    make_window: MakeWindow, add_interview: AddInterview, db: Database, qtbot: QtBot
) -> None:
    interview_id = add_interview("Acme")
    window = make_window()
    window.focus_list()
    with database_locked(db):
        qtbot.keyClicks(window.workspace.notes, "do not lose me")
        window.saver.flush()
        assert window.saver.state is SaveState.FAILED
        assert window.indicator.text().startswith("Not saved")
        assert "locked" in window.indicator.text()
        assert window.workspace.notes.toPlainText() == "do not lose me"
        assert stored_notes(db, interview_id) is None
    qtbot.waitUntil(lambda: window.saver.state is SaveState.SAVED, timeout=8000)
    assert stored_notes(db, interview_id) == "do not lose me"


def test_reopening_an_interview_whose_save_is_retrying_shows_the_latest_text(
    make_window: MakeWindow, add_interview: AddInterview, db: Database, qtbot: QtBot
) -> None:
    first = add_interview("Acme", days=1)
    add_interview("Globex", days=2)
    window = make_window()
    window.focus_list()
    with database_locked(db):
        qtbot.keyClicks(window.workspace.notes, "typed while locked")
        qtbot.keyClick(window.list_view, Qt.Key.Key_Down)
        qtbot.keyClick(window.list_view, Qt.Key.Key_Up)
        assert window.selected_interview() == first
        assert window.workspace.notes.toPlainText() == "typed while locked"
    qtbot.waitUntil(lambda: stored_notes(db, first) == "typed while locked", timeout=8000)


def test_invalid_details_show_inline_and_nothing_is_half_saved(
    make_window: MakeWindow, add_interview: AddInterview, service: InterviewService, qtbot: QtBot
) -> None:
    interview_id = add_interview("Acme", "Engineer")
    window = make_window()
    window.focus_list()
    form = window.workspace.form
    form.role.clear()
    qtbot.keyClicks(form.role, "Staff Engineer")
    form.date.clear()
    qtbot.keyClicks(form.date, "2026-02-30")

    error = form.findChild(type(form._errors["date"]), "error_date")
    assert error is not None and error.isVisibleTo(form)
    assert "There is no 30 February 2026" in error.text()
    assert window.saver.state is SaveState.INVALID
    window.saver.flush()
    assert service.get(interview_id).role == "Engineer"  # the valid role waits for the whole form

    form.date.clear()
    qtbot.keyClicks(form.date, "2026-12-30")
    qtbot.waitUntil(lambda: window.saver.state is SaveState.SAVED, timeout=2000)
    assert not error.isVisibleTo(form)
    detail = service.get(interview_id)
    assert detail.role == "Staff Engineer"
    assert f"{detail.local_start:%Y-%m-%d}" == "2026-12-30"


def test_leaving_invalid_details_asks_and_cancel_stays(
    make_window: MakeWindow, add_interview: AddInterview, qtbot: QtBot, no_waiting_dialogs: list[str]
) -> None:
    first = add_interview("Acme", days=1)
    add_interview("Globex", days=2)
    window = make_window()
    window.focus_list()
    window.workspace.form.meeting_link.setText("")
    qtbot.keyClicks(window.workspace.form.meeting_link, "zoom dot us")

    qtbot.keyClick(window.list_view, Qt.Key.Key_Down)

    assert any("not a web link" in text for text in no_waiting_dialogs)
    assert window.selected_interview() == first
    assert window.workspace.form.meeting_link.text() == "zoom dot us"


def test_delete_then_undo_and_redo(
    make_window: MakeWindow, add_interview: AddInterview, service: InterviewService, qtbot: QtBot
) -> None:
    first = add_interview("Acme", days=1)
    second = add_interview("Globex", days=2)
    window = make_window()
    window.focus_list()

    qtbot.keyClick(window.list_view, Qt.Key.Key_Delete)
    assert [window.list_model.summary(r).id for r in range(window.list_model.rowCount())] == [second]
    assert not service.exists(first)
    assert "Ctrl+Z" in window.statusBar().currentMessage()

    qtbot.keyClick(window.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert service.exists(first)
    assert window.list_model.rowCount() == 2
    assert window.selected_interview() == first

    window.redo_action.trigger()
    assert not service.exists(first)


def test_new_interview_dialog_validates_then_creates_and_offers_earlier_people(
    make_window: MakeWindow,
    add_interview: AddInterview,
    service: InterviewService,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from secondround_desktop.ui.new_interview import NewInterviewDialog

    add_interview("Acme", "Engineer", days=-10, round_number=1, people=("Ana Ruiz", "Ben Ode"))
    window = make_window()
    seen: dict[str, object] = {}

    def fill_and_create(dialog: NewInterviewDialog) -> int:
        form = dialog.form
        dialog.create_button.click()  # company is empty: refused, inline message
        seen["empty_error"] = form._errors["company"].text()
        seen["accepted_empty"] = dialog.result()
        qtbot.keyClicks(form.company, "acme")
        qtbot.keyClicks(form.role, "engineer")
        form.role.editingFinished.emit()
        seen["round"] = form.round_number.value()
        seen["offered"] = dialog.earlier.count()
        form.date.setText("2026-13-01")
        dialog.create_button.click()
        seen["date_error"] = form._errors["date"].text()
        form.date.setText("2030-01-15")
        dialog.create_button.click()
        return int(dialog.result())

    monkeypatch.setattr(NewInterviewDialog, "exec", fill_and_create)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert seen["empty_error"] == "Company is required."
    assert seen["accepted_empty"] == 0
    assert seen["round"] == 2
    assert seen["offered"] == 2
    assert seen["date_error"] == "There is no month 13; months go from 1 to 12."
    new_id = window.selected_interview()
    assert new_id is not None
    detail = service.get(new_id)
    assert (detail.company, detail.round_number) == ("Acme", 2)
    assert sorted(p.name for p in detail.panel) == ["Ana Ruiz", "Ben Ode"]
    assert QApplication.focusWidget() is window.workspace.notes

    window.undo_action.trigger()
    assert not service.exists(new_id)


def test_panel_add_edit_remove_with_undo(
    make_window: MakeWindow, add_interview: AddInterview, service: InterviewService, qtbot: QtBot
) -> None:
    interview_id = add_interview("Acme")
    window = make_window()
    window.focus_list()
    panel = window.workspace.panel
    qtbot.keyClick(
        window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert QApplication.focusWidget() is panel.name

    qtbot.keyClicks(panel.email, "not-an-email")
    qtbot.keyClicks(panel.name, "Maria Keller")
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    assert "not an email address" in panel.error.text()
    assert service.get(interview_id).panel == ()

    panel.email.setText("maria@example.com")
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    people = service.get(interview_id).panel
    assert [(p.name, p.email) for p in people] == [("Maria Keller", "maria@example.com")]
    assert panel.model.rowCount() == 1
    assert window.list_model.index(0, window.list_model.PANEL).data() == "1"

    # Editing a cell saves the person at once.
    title_index = panel.model.index(0, panel.model.TITLE)
    assert panel.model.setData(title_index, "Head of Data")
    assert service.get(interview_id).panel[0].title == "Head of Data"
    assert not panel.model.setData(panel.model.index(0, panel.model.EMAIL), "broken@")
    assert "not an email address" in panel.error.text()

    panel.table.selectRow(0)
    panel.remove_action.trigger()
    assert service.get(interview_id).panel == ()
    window.undo_action.trigger()
    assert [p.name for p in service.get(interview_id).panel] == ["Maria Keller"]


def test_earlier_rounds_people_join_the_panel_in_one_step(
    make_window: MakeWindow, add_interview: AddInterview, service: InterviewService
) -> None:
    add_interview("Acme", days=-20, round_number=1, people=("Ana Ruiz", "Ben Ode", "Cy Tan"))
    later = add_interview("Acme", days=3, round_number=2)
    window = make_window()
    window.refresh(select=later)
    panel = window.workspace.panel
    assert panel.earlier_button.isEnabled()
    add_all = panel.earlier_menu.actions()[0]
    assert "3" in add_all.text()

    add_all.trigger()

    assert sorted(p.name for p in service.get(later).panel) == ["Ana Ruiz", "Ben Ode", "Cy Tan"]
    assert not panel.earlier_button.isEnabled()
    window.undo_action.trigger()
    assert service.get(later).panel == ()


def add_acme_with_zoe_and_globex(add_interview: AddInterview) -> None:
    """The two interviews the find tests filter: "zoe" finds the first by its panel, "x" the second."""
    add_interview("Acme", "Engineer", people=("Zoe Park",))
    add_interview("Globex", "Analyst")


def test_find_filters_the_list_from_the_keyboard(
    make_window: MakeWindow, add_interview: AddInterview, qtbot: QtBot
) -> None:
    add_acme_with_zoe_and_globex(add_interview)
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.find_field
    qtbot.keyClicks(window.find_field, "zoe")
    # At once on a short list; on a slow machine, after a pause in typing (see the next test).
    qtbot.waitUntil(lambda: window.list_model.rowCount() == 1, timeout=3000)
    assert window.list_model.summary(0).company == "Acme"
    window.find_field.setText("nobody")
    qtbot.waitUntil(lambda: window.list_stack.currentWidget() is window.list_empty, timeout=3000)
    assert "nobody" in window.list_empty.text()


def test_past_interviews_are_listed_apart(
    make_window: MakeWindow, add_interview: AddInterview, qtbot: QtBot
) -> None:
    add_interview("Acme", days=-3)
    add_interview("Globex", days=3)
    window = make_window()
    assert window.scope_tabs.tabText(0) == "Upcoming (1)"
    assert window.scope_tabs.tabText(1) == "Past (1)"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.list_model.summary(0).company == "Acme"
    window.set_scope(Scope.UPCOMING)
    assert window.list_model.summary(0).company == "Globex"


def test_window_size_splitter_and_selection_are_remembered(
    make_window: MakeWindow, add_interview: AddInterview, paths: AppPaths
) -> None:
    add_interview("Acme", days=1)
    second = add_interview("Globex", days=2)
    window = make_window()
    window.resize(790, 580)  # the offscreen screen is 800x600
    window.splitter.setSizes([340, 440])
    window.refresh(select=second)
    window.set_scope(Scope.UPCOMING)
    sizes = window.splitter.sizes()
    window.close()

    again = make_window()
    assert again.selected_interview() == second
    assert (again.width(), again.height()) == (790, 580)
    assert again.splitter.sizes() == sizes
    assert paths.ui_state.exists()


def test_quitting_with_a_failing_save_asks_and_cancel_keeps_the_window(
    make_window: MakeWindow,
    add_interview: AddInterview,
    db: Database,
    qtbot: QtBot,
    no_waiting_dialogs: list[str],
) -> None:
    interview_id = add_interview("Acme")
    window = make_window()
    window.focus_list()
    with database_locked(db):
        qtbot.keyClicks(window.workspace.notes, "unsaved words")
        assert not window.close()  # the dialog was answered Cancel
        assert window.isVisible()
        assert any("not saved" in text.lower() for text in no_waiting_dialogs)
    assert window.close()
    assert stored_notes(db, interview_id) == "unsaved words"


def test_quitting_after_typing_saves_without_waiting(
    make_window: MakeWindow, add_interview: AddInterview, db: Database, qtbot: QtBot
) -> None:
    interview_id = add_interview("Acme")
    window = make_window()
    window.focus_list()
    qtbot.keyClicks(window.workspace.notes, "last words")
    assert window.close()
    assert stored_notes(db, interview_id) == "last words"


def test_discard_on_quit_is_an_explicit_choice(
    make_window: MakeWindow,
    add_interview: AddInterview,
    db: Database,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_interview("Acme")
    window = make_window()
    window.focus_list()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: box.button(QMessageBox.StandardButton.Discard).click()
    )
    window.workspace.form.date.setText("")
    qtbot.keyClicks(window.workspace.form.date, "yesterday-ish")
    assert window.saver.state is SaveState.INVALID
    assert window.close()


def test_the_shortcut_list_names_every_menu_shortcut(
    make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a: shown.append(text))
    window.shortcuts_action.trigger()
    (text,) = shown
    actions = (window.new_action, window.debrief_latest_action, window.cheatsheet_action, window.find_action)
    for action in actions:
        keys = action.shortcut().toString()
        assert keys and keys in text, action.text()


def test_a_slow_find_waits_for_a_pause_in_typing_and_enter_does_not_wait(
    make_window: MakeWindow, add_interview: AddInterview, qtbot: QtBot
) -> None:
    add_acme_with_zoe_and_globex(add_interview)
    window = make_window()
    window._find_seconds = 1.0  # as on a very long history, where one find takes longer than a frame
    qtbot.keyClicks(window.find_field, "zoe")
    assert window.list_model.rowCount() == 2  # not yet: the user is still typing
    qtbot.waitUntil(lambda: window.list_model.rowCount() == 1, timeout=3000)
    assert window.list_model.summary(0).company == "Acme"

    window._find_seconds = 1.0
    qtbot.keyClicks(window.find_field, "x")
    qtbot.keyClick(window.find_field, Qt.Key.Key_Return)
    assert window.list_stack.currentWidget() is window.list_empty  # at once, "zoex" matches nothing
    window.find_field.clear()
    assert window.list_model.rowCount() == 2  # clearing shows the whole list at once


def test_on_a_long_history_every_find_waits_for_a_pause_the_first_and_after_quick_ones(
    make_window: MakeWindow, add_interview: AddInterview, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import secondround_desktop.ui.main_window as main_window

    add_acme_with_zoe_and_globex(add_interview)
    short = make_window()
    qtbot.keyClicks(short.find_field, "zoe")
    assert short.list_model.rowCount() == 1  # a short history follows each keystroke from the first

    monkeypatch.setattr(main_window, "FIND_PAUSE_FROM_INTERVIEWS", 2)  # two interviews count as long
    long = make_window()
    qtbot.keyClicks(long.find_field, "zoe")
    assert long.list_model.rowCount() == 2  # no find timed yet, and the history is long: not yet
    qtbot.waitUntil(lambda: long.list_model.rowCount() == 1, timeout=3000)

    long._find_seconds = 0.001  # the finds so far were quick: the next one may not be
    qtbot.keyClicks(long.find_field, "x")
    assert long.list_model.rowCount() == 1  # waits all the same
    qtbot.waitUntil(lambda: long.list_stack.currentWidget() is long.list_empty, timeout=3000)


def test_after_a_slow_find_a_quick_one_does_not_bring_back_finding_on_each_keystroke(
    make_window: MakeWindow, add_interview: AddInterview, qtbot: QtBot
) -> None:
    add_acme_with_zoe_and_globex(add_interview)
    window = make_window()
    window._find_seconds = 0.04  # the last find took two and a half frames
    qtbot.keyClicks(window.find_field, "z")
    qtbot.waitUntil(lambda: window.list_model.rowCount() == 1, timeout=3000)  # this one is quick
    qtbot.keyClicks(window.find_field, "x")
    assert window.list_model.rowCount() == 1  # still waits for the pause
    qtbot.waitUntil(lambda: window.list_stack.currentWidget() is window.list_empty, timeout=3000)


def test_the_narrow_list_columns_fit_their_text_and_keep_their_width_until_the_list_is_read(
    make_window: MakeWindow, add_interview: AddInterview, qtbot: QtBot
) -> None:
    add_interview("Acme", days=1)
    add_interview("Globex", days=400)  # a later year: its date shows the year
    window = make_window()
    header = window.list_view.horizontalHeader()
    metrics = window.list_view.fontMetrics()
    model = window.list_model
    for column in (model.ROUND, model.PANEL, model.READY):
        texts = model.widest_texts(column)
        assert texts
        assert header.sectionSize(column) > max(metrics.horizontalAdvance(text) for text in texts)
    shown = [str(model.index(row, model.WHEN).data()) for row in range(model.rowCount())]
    later_year = (datetime.now() + timedelta(days=400)).year
    assert any(str(later_year) in text for text in shown)
    assert header.sectionSize(model.WHEN) > max(metrics.horizontalAdvance(text) for text in shown)
    widths = [header.sectionSize(column) for column in range(model.columnCount())]
    window.list_view.scrollToBottom()
    assert [header.sectionSize(column) for column in range(model.columnCount())] == widths


def test_enter_in_the_new_interview_dialog_creates_it(
    make_window: MakeWindow, service: InterviewService, qtbot: QtBot
) -> None:
    from secondround_desktop.core.interviews import InterviewDraft
    from secondround_desktop.ui.new_interview import NewInterviewDialog

    make_window()
    dialog = NewInterviewDialog(service, InterviewDraft(date_text="2030-01-15", time_text="10:00"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.create_button.isDefault()  # still, once shown (not Cancel)
    qtbot.keyClicks(dialog.form.company, "Acme")
    qtbot.keyClick(dialog.form.company, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.form.role, "Engineer")
    qtbot.keyClick(dialog.form.role, Qt.Key.Key_Return)
    assert dialog.result() == NewInterviewDialog.DialogCode.Accepted


def test_the_overview_fills_when_shown_and_never_saves_into_another_interview(
    make_window: MakeWindow, add_interview: AddInterview, db: Database, qtbot: QtBot
) -> None:
    first = add_interview("Acme")
    second = add_interview("Globex")
    window = make_window()
    window.refresh(select=first)
    workspace = window.workspace
    assert workspace.form.company.text() == "Acme"
    workspace.tabs.setCurrentWidget(workspace.prep)  # another tab is current: the overview waits

    window.refresh(select=second)
    assert workspace.title.text().startswith("Globex")  # the header follows at once
    assert workspace.form.company.text() == "Acme"  # the hidden overview still holds the first
    # Whatever the hidden form or notes report now must not land in the second interview.
    workspace.form.edited.emit()
    workspace.notes.setPlainText("typed into the first")
    assert window.saver.pending_values() == {}

    workspace.tabs.setCurrentIndex(0)
    assert workspace.form.company.text() == "Globex"
    qtbot.keyClicks(workspace.notes, "Globex notes")
    window.saver.flush()
    assert stored_notes(db, second) == "Globex notes"
    assert stored_notes(db, first) is None


def test_enter_on_a_row_and_the_field_shortcuts_reach_a_field_from_any_tab(
    make_window: MakeWindow, add_interview: AddInterview, service: InterviewService, qtbot: QtBot
) -> None:
    from secondround_desktop.core.interviews import PersonInput

    interview = add_interview("Acme", days=1)
    ana = service.add_person(interview, PersonInput("Ana Ruiz"))
    window = make_window()
    workspace = window.workspace
    assert workspace.debrief is not None and workspace.prep is not None and workspace.followups is not None
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

    workspace.show_tab(workspace.debrief)
    window.focus_list()
    qtbot.keyClick(window.list_view, Qt.Key.Key_Return)  # the cursor goes to the tab shown
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName() == f"debriefNotes_{ana}"

    workspace.show_tab(workspace.prep)
    window.focus_list()
    qtbot.keyClick(window.list_view, Qt.Key.Key_Return)
    focused = QApplication.focusWidget()
    assert focused is not None and workspace.prep.isAncestorOf(focused) and focused.isVisible()

    qtbot.keyClick(window, Qt.Key.Key_N, shift_ctrl)  # Go to Notes, from the Prep tab
    assert workspace.tabs.currentIndex() == 0
    assert QApplication.focusWidget() is workspace.notes

    workspace.show_tab(workspace.followups)
    qtbot.keyClick(window, Qt.Key.Key_P, shift_ctrl)  # Add Person to Panel, from the Follow-ups tab
    assert workspace.tabs.currentIndex() == 0
    assert QApplication.focusWidget() is workspace.panel.name


def test_each_minute_the_dates_follow_and_the_lists_are_read_again_only_when_one_moved(
    make_window: MakeWindow,
    add_interview: AddInterview,
    service: InterviewService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from secondround_desktop.ui.list_model import InterviewListModel

    soon = add_interview("Acme", days=1)
    add_interview("Globex", days=3)
    window = make_window()
    reads: list[object] = []
    read = window.service.list_interviews
    monkeypatch.setattr(window.service, "list_interviews", lambda *a, **k: reads.append(a) or read(*a, **k))
    changed: list[tuple[int, int]] = []
    window.list_model.dataChanged.connect(
        lambda first, last, _roles: changed.append((first.column(), last.column()))
    )

    window._minute.timeout.emit()
    assert reads == []  # nothing moved: the rows stay as read
    assert changed == [(InterviewListModel.WHEN, InterviewListModel.WHEN)]  # their dates are worded anew

    # Acme's interview is over now (changed behind the window's back, as time passing does it).
    detail = service.get(soon)
    yesterday = datetime.now() - timedelta(days=1)
    service.update(soon, replace(detail.as_draft(), date_text=f"{yesterday:%Y-%m-%d}"))
    window._minute.timeout.emit()
    assert reads  # read again
    assert [window.list_model.summary(row).company for row in range(window.list_model.rowCount())] == [
        "Globex"
    ]
    assert window.scope_tabs.tabText(1) == "Past (1)"
