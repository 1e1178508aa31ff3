"""The Prep tab driven like a user would, against a real database file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from secondround_desktop.core.interviews import InterviewService, PersonInput
from secondround_desktop.core.models import PointStatus
from secondround_desktop.ui.main_window import MainWindow
from secondround_desktop.ui.prep import PointRow
from secondround_desktop.ui.save_manager import SaveState

MakeWindow = Callable[[], MainWindow]
AddInterview = Callable[..., int]


def open_prep(window: MainWindow, interview_id: int) -> None:
    window.refresh(select=interview_id)
    window.workspace.tabs.setCurrentWidget(window.workspace.prep)


def setup_rounds(service: InterviewService, add_interview: AddInterview) -> tuple[int, int, int]:
    first = add_interview("Acme", days=-10, round_number=1)
    manager = service.add_person(first, PersonInput("Maria Keller", relation="hiring_manager"))
    second = add_interview("Acme", days=3, round_number=2)
    service.add_panelists(second, [manager])
    return first, second, manager


def test_the_walk_moves_by_buttons_tabs_and_keys(
    make_window: MakeWindow, add_interview: AddInterview, service: InterviewService, qtbot: QtBot
) -> None:
    _first, second, _manager = setup_rounds(service, add_interview)
    window = make_window()
    open_prep(window, second)
    prep = window.workspace.prep
    assert prep is not None
    assert prep.stack.currentIndex() == 0 and not prep.previous.isEnabled()
    qtbot.mouseClick(prep.next, Qt.MouseButton.LeftButton)
    assert prep.stack.currentWidget() is prep.advocate
    prep.step_tabs.setCurrentIndex(3)
    assert prep.stack.currentWidget() is prep.fit and not prep.next.isEnabled()
    prep.fresh.recap_add.setFocus()
    qtbot.keyClick(prep.fresh.recap_add, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert prep.stack.currentWidget() is prep.questions


def test_a_repeated_point_is_flagged_beside_the_earlier_one_and_can_be_kept(
    make_window: MakeWindow, add_interview: AddInterview, service: InterviewService, qtbot: QtBot
) -> None:
    first, second, manager = setup_rounds(service, add_interview)
    window = make_window()
    window.prep.add_point(first, "I led the migration to Kubernetes", manager, PointStatus.TOLD.value)
    open_prep(window, second)
    step = window.workspace.prep.fresh
    add = step.findChild(QLineEdit, f"addPoint_{manager}")
    assert add is not None
    qtbot.keyClicks(add, "the Kubernetes migration I was leading")
    qtbot.keyClick(add, Qt.Key.Key_Return)

    (planned,) = window.prep.planned_points(second)
    assert planned.person_id == manager
    row = step.findChild(PointRow, f"point_{planned.id}")
    assert row is not None and row.has_warning()
    assert "I led the migration to Kubernetes" in row.warning.text()
    assert "Maria Keller" in row.warning.text()
    meter = window.workspace.prep.meter
    qtbot.waitUntil(lambda: "repeats round one" in meter.warnings.text(), timeout=3000)

    qtbot.mouseClick(row.keep, Qt.MouseButton.LeftButton)
    assert window.prep.repeats(second) == {}
    row = step.findChild(PointRow, f"point_{planned.id}")
    assert row is not None and not row.has_warning()

    window.undo_action.trigger()  # the keep is undone: the warning is back
    assert set(window.prep.repeats(second)) == {planned.id}


def test_typing_a_point_saves_it_and_rechecks_it(
    make_window: MakeWindow, add_interview: AddInterview, service: InterviewService, qtbot: QtBot
) -> None:
    first, second, manager = setup_rounds(service, add_interview)
    window = make_window()
    window.prep.add_point(
        first, "I mentored two junior engineers into on-call", manager, PointStatus.TOLD.value
    )
    planned = window.prep.add_point(second, "How I would grow the data team", manager)
    open_prep(window, second)
    row = window.workspace.prep.fresh.findChild(PointRow, f"point_{planned}")
    assert row is not None and not row.has_warning()
    row.text.clear()
    qtbot.keyClicks(row.text, "mentored two junior engineers so they could take on-call")
    qtbot.waitUntil(lambda: window.saver.state is SaveState.SAVED, timeout=3000)
    assert window.prep.planned_points(second)[0].text.startswith("mentored two junior")
    qtbot.waitUntil(lambda: row.has_warning(), timeout=3000)


def test_checklist_and_advocate_words_raise_readiness_in_the_tab_and_the_list(
    make_window: MakeWindow, add_interview: AddInterview, service: InterviewService, qtbot: QtBot
) -> None:
    _first, second, _manager = setup_rounds(service, add_interview)
    window = make_window()
    open_prep(window, second)
    prep = window.workspace.prep
    # The meter follows the step on screen, in the next turn of the event loop.
    qtbot.waitUntil(lambda: "No advocate ask prepared" in prep.meter.warnings.text(), timeout=3000)
    assert prep.meter.bar.value() == 0

    key = window.prep.playbook.steps[1].checks[0].key
    prep.go_to(1)  # each step loads when shown
    box = prep.advocate.findChild(QCheckBox, f"check_{key}")
    assert box is not None
    box.click()
    assert window.prep.checklist(second)[key] == (True, "")
    qtbot.keyClicks(prep.advocate.fields["words"], "Maria, would you tell them what we covered?")
    qtbot.waitUntil(lambda: "No advocate ask" not in prep.meter.warnings.text(), timeout=3000)
    assert prep.meter.bar.value() == round(100 / len(window.prep.playbook.check_keys()))
    row = window.list_model.row_of(second)
    assert row is not None
    ready = window.list_model.index(row, window.list_model.READY).data()
    assert ready.startswith(f"{prep.meter.bar.value()}%")


def test_assigning_bank_and_own_questions_to_a_panelist(
    make_window: MakeWindow, add_interview: AddInterview, service: InterviewService, qtbot: QtBot
) -> None:
    _first, second, manager = setup_rounds(service, add_interview)
    window = make_window()
    open_prep(window, second)
    window.workspace.prep.go_to(2)  # each step loads when shown
    step = window.workspace.prep.questions
    window.workspace.prep.go_to(2)
    step.target.setCurrentIndex(step.target.findData(manager))
    group = next(
        step.bank_model.item(r)
        for r in range(step.bank_model.rowCount())
        if step.bank_model.item(r).data(Qt.ItemDataRole.UserRole + 2) == "hiring_manager"
    )
    assert step.bank.isExpanded(group.index())  # the bank opens at the manager's questions
    question = group.child(0)
    question_text = question.text()
    step.bank.setCurrentIndex(question.index())
    qtbot.mouseClick(step.assign_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(step.custom, "What would you want me to fix first?")
    qtbot.keyClick(step.custom, Qt.Key.Key_Return)

    assigned = window.prep.questions(second)
    assert [(q.text, q.person_id) for q in assigned] == [
        (question_text, manager),
        ("What would you want me to fix first?", manager),
    ]
    meter = window.workspace.prep.meter
    qtbot.waitUntil(lambda: "No question for" not in meter.warnings.text(), timeout=3000)
    assert step.bank.currentIndex().data() == question_text  # the bank kept its place
    window.undo_action.trigger()
    assert len(window.prep.questions(second)) == 1


def test_fit_criteria_are_added_and_answered(
    make_window: MakeWindow, add_interview: AddInterview, service: InterviewService, qtbot: QtBot
) -> None:
    _first, second, _manager = setup_rounds(service, add_interview)
    window = make_window()
    open_prep(window, second)
    window.workspace.prep.go_to(3)  # each step loads when shown
    step = window.workspace.prep.fit
    qtbot.keyClicks(step.add, "A clear path to lead")
    qtbot.keyClick(step.add, Qt.Key.Key_Return)
    (criterion,) = window.prep.criteria(second)
    answer = step.findChild(QLineEdit, "criterionAnswer")
    assert answer is not None
    qtbot.keyClicks(answer, "Yes, in a year")
    window.saver.flush()
    assert window.prep.criteria(second)[0].answer == "Yes, in a year"
    assert criterion.text == "A clear path to lead"


def test_one_action_saves_the_cheat_sheet_as_pdf_and_markdown(
    make_window: MakeWindow,
    add_interview: AddInterview,
    service: InterviewService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _first, second, _manager = setup_rounds(service, add_interview)
    window = make_window()
    window.refresh(select=second)
    target = tmp_path / "round two"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    window.cheatsheet_action.trigger()
    pdf, md = target.with_suffix(".pdf"), target.with_suffix(".md")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "### Maria Keller" in md.read_text(encoding="utf-8")
    assert "round two.pdf" in window.statusBar().currentMessage()


def test_each_step_loads_when_shown_and_opening_leaves_the_list_readiness_alone(
    make_window: MakeWindow, add_interview: AddInterview, service: InterviewService, qtbot: QtBot
) -> None:
    first, second, _manager = setup_rounds(service, add_interview)
    window = make_window()
    window.prep.set_note(second, "advocate", "words", "Would you tell them about the migration?")
    open_prep(window, first)
    prep = window.workspace.prep
    prep.go_to(1)
    assert prep.advocate.interview_id == first
    prep.go_to(0)
    changed: list[int] = []
    prep.readinessChanged.connect(changed.append)

    open_prep(window, second)
    assert prep.fresh.interview_id == second  # the step on screen
    assert prep.advocate.interview_id == first  # not shown yet: not read again
    assert changed == []  # only opened: nothing changed that the list shows
    prep.go_to(1)
    assert prep.advocate.interview_id == second
    assert prep.advocate.fields["words"].toPlainText() == "Would you tell them about the migration?"


def test_the_recap_shows_earlier_rounds_as_the_user_wrote_them(
    make_window: MakeWindow, add_interview: AddInterview, service: InterviewService
) -> None:
    from PySide6.QtWidgets import QLabel

    first, second, manager = setup_rounds(service, add_interview)
    window = make_window()
    text = "Cut <b>cloud</b> costs & on-call load"
    told = window.prep.add_point(first, text, manager, PointStatus.TOLD.value)
    window.prep.update_point(told, landed=True)
    window.debrief.set_note(first, None, "missed", "- the on-call rota\n\n* team size")
    open_prep(window, second)

    labels = window.workspace.prep.fresh.recap.holder.findChildren(QLabel)
    texts = [label.text() for label in labels]
    assert texts == [
        "Round 1",
        "• Cut <b>cloud</b> costs & on-call load — to Maria Keller ✓",
        "Agenda — round 1 missed:",
        "☐ the on-call rota\n☐ team size",
    ]
    # The user's words are shown as typed, never read as HTML; headings take the semi-bold look.
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    assert [label.objectName() for label in labels[::2]] == ["subheading", "subheading"]
