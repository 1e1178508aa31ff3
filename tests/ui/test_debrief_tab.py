"""The debrief and follow-ups tabs, driven from the keyboard like right after an interview."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from secondround_desktop.core.interviews import InterviewService, PersonInput
from secondround_desktop.ui.debrief import DebriefTab
from secondround_desktop.ui.main_window import MainWindow
from secondround_desktop.ui.save_manager import SaveState

MakeWindow = Callable[[], MainWindow]
OpenDebrief = Callable[[MainWindow, int], DebriefTab]
AddInterview = Callable[..., int]


def next_tab_stop(widget: QWidget, page: QWidget) -> QWidget:
    """Where Tab goes from ``widget`` on ``page``: the next widget in the focus chain that takes Tab and
    shows."""
    widget = widget.nextInFocusChain()
    while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(page)):
        widget = widget.nextInFocusChain()
    return widget


def test_ctrl_shift_d_opens_the_latest_interview_with_the_cursor_in_place(
    make_window: MakeWindow, add_interview: AddInterview, service: InterviewService, qtbot: QtBot
) -> None:
    add_interview("Acme", days=-9, round_number=1)
    latest = add_interview("Globex", days=-1, round_number=2)
    ana = service.add_person(latest, PersonInput("Ana Ruiz", relation="hiring_manager"))
    add_interview("Initech", days=4)
    window = make_window()
    assert window.selected_interview() != latest

    qtbot.keyClick(
        window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )

    assert window.selected_interview() == latest
    assert window.workspace.tabs.currentWidget() is window.workspace.debrief
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName() == f"debriefNotes_{ana}"
    qtbot.keyClicks(focused, "She wants someone to own the data contracts")
    qtbot.waitUntil(lambda: window.saver.state is SaveState.SAVED, timeout=3000)
    assert window.debrief.notes(latest)[(ana, "notes")] == "She wants someone to own the data contracts"


def test_debriefing_feeds_the_next_round(
    make_window: MakeWindow, add_interview: AddInterview, service: InterviewService, qtbot: QtBot
) -> None:
    first = add_interview("Acme", days=-3, round_number=1)
    ana = service.add_person(first, PersonInput("Ana Ruiz", relation="team_member"))
    window = make_window()
    window.refresh(select=first)
    window.workspace.show_tab(window.workspace.debrief)
    tab = window.workspace.debrief
    assert tab is not None

    told = tab.findChild(QLineEdit, f"toldNew_{ana}")
    assert told is not None
    qtbot.keyClicks(told, "I led the migration to Kubernetes")
    qtbot.keyClick(told, Qt.Key.Key_Return)
    missed = tab.findChild(QPlainTextEdit, "debrief_missed")
    assert missed is not None
    qtbot.keyClicks(missed, "the on-call rota")
    window.saver.flush()

    second = add_interview("Acme", days=3, round_number=2)
    service.add_panelists(second, [ana])
    window.prep.add_point(second, "the Kubernetes migration I was leading", ana)
    assert len(window.prep.repeats(second)) == 1
    assert window.prep.recap(second).agenda == ("the on-call rota",)

    window.undo_action.trigger()  # the told story is gone again: nothing repeats
    assert window.prep.repeats(second) == {}


def test_ticking_questions_answers_and_the_side_by_side_view(
    make_window: MakeWindow, add_interview: AddInterview, service: InterviewService, qtbot: QtBot
) -> None:
    interview = add_interview("Acme", days=-1)
    ana = service.add_person(interview, PersonInput("Ana Ruiz"))
    ben = service.add_person(interview, PersonInput("Ben Ode"))
    window = make_window()
    for person in (ana, ben):
        window.prep.assign_question(interview, "What does a typical day look like?", person)
    window.refresh(select=interview)
    window.workspace.show_tab(window.workspace.debrief)
    tab = window.workspace.debrief
    assert tab is not None
    for number, text in ((0, "Pairing"), (1, "Meetings")):
        rows = tab.findChildren(QLineEdit, "answerField")
        qtbot.keyClicks(rows[number], text)
    window.saver.flush()
    boxes = tab.findChildren(QCheckBox, "askedBox")
    boxes[0].click()
    assert [q.asked for q in window.prep.questions(interview)] == [True, False]
    tab.reload()
    side = tab.findChild(type(tab.body), "sideBySide")
    assert side is not None
    from PySide6.QtWidgets import QLabel

    shown = [label.text() for label in side.findChildren(QLabel)]
    assert shown == ["What does a typical day look like?", "Ana Ruiz", "Pairing", "Ben Ode", "Meetings"]
    assert {q.answers for q in window.debrief.shared_questions(interview)} == {
        (("Ana Ruiz", "Pairing"), ("Ben Ode", "Meetings"))
    }


def test_follow_ups_draft_sent_and_the_overdue_banner(
    make_window: MakeWindow, add_interview: AddInterview, service: InterviewService, qtbot: QtBot
) -> None:
    interview = add_interview("Acme", days=-4)
    ana = service.add_person(interview, PersonInput("Ana Ruiz", email="ana@example.com"))
    window = make_window()
    window.refresh(select=interview)
    window.workspace.show_tab(window.workspace.followups)
    (item,) = window.followups.list(interview)
    assert item.person_id == ana and item.due_date is not None and item.due_date < date.today()
    window.refresh()
    assert window.overdue_banner.isVisibleTo(window)
    assert "Ana Ruiz (Acme)" in window.overdue_banner.text()

    tab = window.workspace.followups
    assert tab is not None
    compose = next(b for b in tab.findChildren(type(window.welcome_new)) if b.objectName() == "composeButton")
    compose.click()
    draft = tab.findChild(QPlainTextEdit, "draft")
    assert draft is not None and draft.toPlainText().startswith("Dear Ana,")
    window.saver.flush()
    assert window.followups.list(interview)[0].draft.startswith("Dear Ana,")
    qtbot.keyClick(draft, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the editor's own undo
    assert draft.toPlainText() == ""

    sent = tab.findChild(QCheckBox, "doneBox")
    assert sent is not None
    sent.click()
    assert window.followups.list(interview)[0].done
    assert not window.overdue_banner.isVisibleTo(window)
    window.undo_action.trigger()
    assert window.overdue_banner.isVisibleTo(window)
    assert window.followups.overdue(date.today() + timedelta(days=0))


def test_the_overall_fields_follow_the_interview_shown(
    make_window: MakeWindow, add_interview: AddInterview, qtbot: QtBot
) -> None:
    first = add_interview("Acme", days=-2)
    second = add_interview("Globex", days=-1)
    window = make_window()
    window.refresh(select=first)
    window.workspace.show_tab(window.workspace.debrief)
    tab = window.workspace.debrief
    assert tab is not None
    went_well = tab.overall_fields["went_well"]
    qtbot.keyClicks(went_well, "the system design round")

    window.refresh(select=second)  # the same fields, now the second interview's
    assert went_well.toPlainText() == ""
    went_well.undo()  # nothing of the first interview comes back
    assert went_well.toPlainText() == ""
    qtbot.keyClicks(went_well, "pairing")
    window.saver.flush()
    assert window.debrief.notes(first)[(None, "went_well")] == "the system design round"
    assert window.debrief.notes(second)[(None, "went_well")] == "pairing"

    window.refresh(select=first)
    assert went_well.toPlainText() == "the system design round"


def test_tab_goes_through_the_panel_then_the_overall_fields(
    make_window: MakeWindow, add_interview: AddInterview, service: InterviewService, open_debrief: OpenDebrief
) -> None:
    interview = add_interview("Acme", days=-1)
    service.add_person(interview, PersonInput("Ana Ruiz"))
    tab = open_debrief(make_window(), interview)
    last_for_ana = tab.findChild(QLineEdit, f"toldNew_{service.get(interview).panel[0].id}")
    assert last_for_ana is not None

    chain = [next_tab_stop(last_for_ana, tab)]
    for _ in range(len(tab.overall_fields)):
        chain.append(next_tab_stop(chain[-1], tab))
    # As they show: the overall fields are made once, before the rows of this interview's panel.
    assert chain == [*tab.overall_fields.values(), tab.outcome]


def test_long_questions_wrap_instead_of_widening_the_page(
    make_window: MakeWindow,
    add_interview: AddInterview,
    service: InterviewService,
    open_debrief: OpenDebrief,
    qtbot: QtBot,
) -> None:
    from PySide6.QtWidgets import QScrollArea

    interview = add_interview("Acme", days=-1)
    ana = service.add_person(interview, PersonInput("Ana Ruiz"))
    window = make_window()
    window.prep.assign_question(
        interview, "What is your management style, and what do you expect from this role in a year? " * 2, ana
    )
    window.resize(1000, 700)
    tab = open_debrief(window, interview)
    scroll = tab.findChild(QScrollArea)
    assert scroll is not None
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0, timeout=2000)  # laid out
    assert scroll.horizontalScrollBar().maximum() == 0


def test_a_panelist_form_shown_again_for_another_interview_keeps_nothing_of_the_last(
    make_window: MakeWindow,
    add_interview: AddInterview,
    service: InterviewService,
    open_debrief: OpenDebrief,
    qtbot: QtBot,
) -> None:
    first = add_interview("Acme", days=-2)
    ana = service.add_person(first, PersonInput("Ana Ruiz"))
    cleo = service.add_person(first, PersonInput("Cleo Park"))
    second = add_interview("Globex", days=-1)
    ben = service.add_person(second, PersonInput("Ben Ode"))
    window = make_window()
    asked = window.prep.assign_question(first, "How do you measure success here?", ana)
    window.prep.assign_question(second, "Who would I work with most?", ben)
    tab = open_debrief(window, first)
    notes = tab.findChild(QPlainTextEdit, f"debriefNotes_{ana}")
    answer = tab.findChild(QLineEdit, "answerField")
    assert notes is not None and answer is not None
    qtbot.keyClicks(notes, "cares about on-call")
    qtbot.keyClicks(answer, "fewer incidents")
    tab.findChild(QCheckBox, "askedBox").click()  # type: ignore[union-attr]
    commands = window.undo_stack.count()

    window.refresh(select=second)

    # The same widgets, now Ben's: empty, and an undo in them brings back nothing of Ana's.
    assert tab.findChild(QPlainTextEdit, f"debriefNotes_{ben}") is notes
    assert notes.toPlainText() == ""
    notes.undo()
    assert notes.toPlainText() == ""
    rows = [row for row in tab.findChildren(QLineEdit, "answerField") if row.isVisibleTo(tab)]
    assert rows == [answer] and answer.text() == ""
    answer.undo()
    assert answer.text() == ""
    box = tab.findChild(QCheckBox, "askedBox")
    assert box is not None and not box.isChecked()
    assert window.undo_stack.count() == commands  # filling the form ticked nothing
    # Cleo's form is out of use: hidden, and found by no name.
    assert tab.findChild(QWidget, f"debriefPerson_{cleo}") is None
    shown = [f.objectName() for f in tab.findChildren(QPlainTextEdit) if f.isVisibleTo(tab)]
    assert [name for name in shown if name.startswith("debriefNotes_")] == [f"debriefNotes_{ben}"]

    qtbot.keyClicks(notes, "runs the platform team")
    qtbot.keyClicks(answer, "the SRE lead")
    window.saver.flush()
    assert window.debrief.notes(second)[(ben, "notes")] == "runs the platform team"
    assert window.debrief.notes(first)[(ana, "notes")] == "cares about on-call"
    answers = {q.id: (q.answer, q.asked) for q in window.prep.questions(first)}
    assert answers[asked] == ("fewer incidents", True)
    assert [(q.answer, q.asked) for q in window.prep.questions(second)] == [("the SRE lead", False)]

    window.refresh(select=first)
    assert notes.toPlainText() == "cares about on-call" and answer.text() == "fewer incidents"
    cleo_notes = tab.findChild(QPlainTextEdit, f"debriefNotes_{cleo}")
    assert cleo_notes is not None and cleo_notes.isVisibleTo(tab)


def test_tab_order_follows_the_page_when_a_row_is_added_later(
    make_window: MakeWindow,
    add_interview: AddInterview,
    service: InterviewService,
    open_debrief: OpenDebrief,
    qtbot: QtBot,
) -> None:
    interview = add_interview("Acme", days=-1)
    ana = service.add_person(interview, PersonInput("Ana Ruiz"))
    ben = service.add_person(interview, PersonInput("Ben Ode"))
    tab = open_debrief(make_window(), interview)
    add = tab.findChild(QLineEdit, f"askedNew_{ana}")
    assert add is not None
    qtbot.keyClicks(add, "What would my first project be?")
    qtbot.keyClick(add, Qt.Key.Key_Return)  # a question row made now, after Ben's form

    impression = tab.findChild(QWidget, f"impression_{ana}")
    assert impression is not None
    chain = [next_tab_stop(impression, tab)]
    for _ in range(4):
        chain.append(next_tab_stop(chain[-1], tab))
    assert [widget.objectName() for widget in chain] == [
        "askedBox",
        "answerField",
        f"askedNew_{ana}",
        f"toldNew_{ana}",
        f"debriefNotes_{ben}",
    ]
