"""Search Everything, Review and Reuse, driven through the real main window."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from secondround_desktop.core import search as core_search
from secondround_desktop.core.db import Database
from secondround_desktop.core.interviews import InterviewService, PersonInput
from secondround_desktop.core.models import NoteKind, PointStatus
from secondround_desktop.core.playbook import load_playbook
from secondround_desktop.core.prep import PrepService
from secondround_desktop.core.search import Place
from secondround_desktop.ui import search_view
from secondround_desktop.ui.main_window import MainWindow
from secondround_desktop.ui.reuse import ReuseDialog
from secondround_desktop.ui.review_view import ReviewWindow, StoryLedgerModel
from secondround_desktop.ui.search_view import (
    INTERVIEW_ID_ROLE,
    IS_GROUP_ROLE,
    PLACE_ROLE,
    SEGMENTS_ROLE,
    SearchPanel,
    SearchResultsModel,
)

MakeWindow = Callable[[], MainWindow]
AddInterview = Callable[..., int]


@pytest.fixture
def prep(db: Database) -> PrepService:
    return PrepService(db, load_playbook("en"))


@pytest.fixture
def filled(service: InterviewService, prep: PrepService, add_interview: AddInterview) -> dict[str, int]:
    """Two past rounds of Acme and one upcoming Globex round, each with something to find."""
    first = add_interview("Acme", days=-20, round_number=1, people=("Maria Keller",))
    second = add_interview("Acme", days=-3, round_number=2)
    globex = add_interview("Globex", days=3, round_number=2)
    service.set_notes(first, "Relaxed talk. Kafka streaming came up twice; I only half answered it.")
    service.set_notes(globex, "They asked how I negotiate data contracts")
    point = prep.add_point(second, "The Kubernetes migration story, with numbers", None)
    prep.assign_question(globex, "How do you negotiate priorities with product?", None)
    prep.set_note(first, NoteKind.DEBRIEF.value, "missed", "Never mentioned the zeppelin side project")
    return {"first": first, "second": second, "globex": globex, "point": point}


def open_search(window: MainWindow, qtbot: QtBot) -> SearchPanel:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    panel = window.review_features.panel
    assert window.review_features.dock.isVisible()
    assert QApplication.focusWidget() is panel.query
    return panel


def type_query(panel: SearchPanel, qtbot: QtBot, text: str) -> None:
    panel.query.clear()
    qtbot.keyClicks(panel.query, text)
    qtbot.waitUntil(lambda: not panel._debounce.isActive(), timeout=2000)


def hits_of(model: SearchResultsModel) -> list[tuple[int, str, str]]:
    """(interview id, place, text) of every hit shown."""
    rows = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if not index.data(IS_GROUP_ROLE):
            rows.append((index.data(INTERVIEW_ID_ROLE), index.data(PLACE_ROLE), index.data()))
    return rows


def test_results_appear_as_the_user_types_grouped_with_the_words_marked(
    make_window: MakeWindow, filled: dict[str, int], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    panel = open_search(window, qtbot)
    calls: list[str] = []
    real_search = search_view.search

    def counting(db: Database, query: str, *args: object, **kwargs: object) -> object:
        calls.append(query)
        return real_search(db, query, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(search_view, "search", counting)

    qtbot.keyClicks(panel.query, "negotiat")
    assert calls == []  # nothing runs while the user is still typing
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=2000)

    assert calls == ["negotiat"]  # one query for the whole word, not one per key
    model = panel.model
    assert model.group_rows() == [0]  # both hits are in the Globex round: one interview, heading them
    group = model.index(0, 0)
    assert group.data(IS_GROUP_ROLE) is True
    assert group.data().startswith("Globex — Engineer · Round 2")
    assert model.rowCount() == 3
    for row in (1, 2):
        assert model.index(row, 0).data(IS_GROUP_ROLE) is False
        assert model.index(row, 0).data(INTERVIEW_ID_ROLE) == filled["globex"]
        assert ("negotiate", True) in model.index(row, 0).data(SEGMENTS_ROLE)
    assert "2 matches in 1 interview" in panel.status.text()
    assert panel.view.currentIndex().row() == 1  # the first hit, ready for Enter


def test_more_words_and_filters_narrow_the_results(
    make_window: MakeWindow, filled: dict[str, int], qtbot: QtBot
) -> None:
    window = make_window()
    panel = open_search(window, qtbot)

    type_query(panel, qtbot, "acme")
    assert {hit[0] for hit in hits_of(panel.model)} == {filled["first"], filled["second"]}
    type_query(panel, qtbot, "acme kafka")
    assert [hit[0] for hit in hits_of(panel.model)] == [filled["first"]]

    type_query(panel, qtbot, "negotiate")
    assert len(hits_of(panel.model)) == 2
    panel.round.setCurrentIndex(panel.round.findData(1))
    qtbot.waitUntil(lambda: not panel._debounce.isActive(), timeout=2000)
    assert hits_of(panel.model) == []
    assert panel.status.text().startswith("Nothing matches")
    panel.round.setCurrentIndex(0)
    panel.company.setCurrentIndex(panel.company.findData("Acme"))
    qtbot.waitUntil(lambda: not panel._debounce.isActive(), timeout=2000)
    assert hits_of(panel.model) == []
    panel.company.setCurrentIndex(panel.company.findData("Globex"))
    qtbot.waitUntil(lambda: not panel._debounce.isActive(), timeout=2000)
    assert len(hits_of(panel.model)) == 2


def test_odd_input_never_fails(make_window: MakeWindow, filled: dict[str, int], qtbot: QtBot) -> None:
    window = make_window()
    panel = open_search(window, qtbot)
    for text in ('"', "NOT (", "*", "kafka AND OR", "a:b {c} ^d", "— ü\u0301 \x00 \U0001f600"):
        panel.query.setText(text)  # QTest types Latin-1 only; setText edits the field the same way
        qtbot.waitUntil(lambda: not panel._debounce.isActive(), timeout=2000)
        assert panel.status.text()
    assert window.review_features.dock.isVisible()


@pytest.mark.parametrize(
    ("query", "interview", "place"),
    [
        ("kafka", "first", Place.NOTES),
        ("kubernetes", "second", Place.PREP_POINTS),
        ("priorities", "globex", Place.PREP_QUESTIONS),
        ("zeppelin", "first", Place.DEBRIEF),
    ],
)
def test_choosing_a_result_opens_the_interview_where_the_text_is(
    make_window: MakeWindow,
    filled: dict[str, int],
    qtbot: QtBot,
    query: str,
    interview: str,
    place: Place,
) -> None:
    window = make_window()
    panel = open_search(window, qtbot)
    type_query(panel, qtbot, query)
    [(found_id, found_place, _text)] = hits_of(panel.model)
    assert (found_id, found_place) == (filled[interview], place.value)

    qtbot.keyClick(panel.query, Qt.Key.Key_Return)

    workspace = window.workspace
    assert window.selected_interview() == filled[interview]
    row = window.list_model.row_of(filled[interview])
    assert row is not None and window.list_view.currentIndex().row() == row
    focused = QApplication.focusWidget()
    if place is Place.NOTES:
        assert workspace.tabs.currentIndex() == 0
        assert focused is workspace.notes
        assert workspace.notes.textCursor().selectedText().lower() == "kafka"
    elif place is Place.DEBRIEF:
        assert workspace.tabs.currentWidget() is workspace.debrief
        assert "zeppelin" in _text_of(focused)
    else:
        assert workspace.tabs.currentWidget() is workspace.prep
        assert workspace.prep is not None
        step = place.value.split(":", 1)[1]
        assert workspace.prep.pages[workspace.prep.stack.currentIndex()].step.key == step
        assert query in _text_of(focused).lower()


def _text_of(widget: object) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    to_plain = getattr(widget, "toPlainText", None)
    return str(to_plain()) if callable(to_plain) else ""


def test_keyboard_down_then_enter_opens_a_result_and_escape_closes(
    make_window: MakeWindow, filled: dict[str, int], qtbot: QtBot
) -> None:
    window = make_window()
    panel = open_search(window, qtbot)
    type_query(panel, qtbot, "acme")
    qtbot.keyClick(panel.query, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is panel.view
    second = panel.model.index(panel.model.group_rows()[1], 0)  # the second interview's own row
    panel.view.setCurrentIndex(second)
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert window.selected_interview() == second.data(INTERVIEW_ID_ROLE)
    assert window.workspace.tabs.currentIndex() == 0

    panel.query.setFocus()
    qtbot.keyClick(panel.query, Qt.Key.Key_Escape)
    assert panel.query.text() == ""
    assert window.review_features.dock.isVisible()
    qtbot.keyClick(panel.query, Qt.Key.Key_Escape)
    assert not window.review_features.dock.isVisible()


def test_results_follow_edits_and_deletions(
    make_window: MakeWindow, filled: dict[str, int], qtbot: QtBot
) -> None:
    window = make_window()
    panel = open_search(window, qtbot)
    type_query(panel, qtbot, "kafka")
    assert len(hits_of(panel.model)) == 1

    window.review_features.open_at(filled["globex"], Place.NOTES)
    qtbot.keyClicks(window.workspace.notes, " and Kafka too")
    window.saver.flush()
    qtbot.waitUntil(lambda: len(hits_of(panel.model)) == 2, timeout=3000)

    window.delete_selected()
    qtbot.waitUntil(lambda: len(hits_of(panel.model)) == 1, timeout=3000)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: len(hits_of(panel.model)) == 2, timeout=3000)


def test_the_results_model_is_consistent(
    qtmodeltester: ModelTester, db: Database, filled: dict[str, int]
) -> None:
    model = SearchResultsModel()
    model.set_results(core_search.search(db, "acme"))
    qtmodeltester.check(model)
    assert model.rowCount() == 4  # two interviews, each heading its one hit
    assert model.group_rows() == [0, 2]
    assert model.hit_count() == 2
    assert model.rowCount(model.index(0, 0)) == 0  # a list: no row has children
    assert model.index(0, 0).parent() == QModelIndex()
    model.set_results(core_search.search(db, "negotiate"))
    qtmodeltester.check(model)
    model.set_results([])
    qtmodeltester.check(model)
    assert model.rowCount() == 0


# ---- review and reuse --------------------------------------------------------------------------


def test_review_shows_the_timeline_and_what_worked(
    make_window: MakeWindow,
    filled: dict[str, int],
    service: InterviewService,
    prep: PrepService,
    qtbot: QtBot,
    qtmodeltester: ModelTester,
) -> None:
    maria = service.get(filled["first"]).panel[0].id
    service.add_panelists(filled["second"], [maria])
    service.add_person(filled["second"], PersonInput("Henrik Larsen"))
    prep.add_point(filled["first"], "Cut cloud costs by a third", maria, PointStatus.TOLD.value)
    window = make_window()

    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)

    review = window.review_features.review
    assert isinstance(review, ReviewWindow)
    assert review.isVisible()
    assert review.opportunity_model.rowCount() == 2
    review.show_opportunity(service.get(filled["first"]).opportunity_id)
    page = review.timeline_view.toPlainText()
    assert "Acme — Engineer" in page
    assert page.index("Round 1") < page.index("Round 2")
    assert "Maria Keller" in page and "Henrik Larsen (Other) new" in page
    assert "Maria Keller (Team member) new" in page  # new in round one only
    assert page.count(" new") == 2
    assert [label for label, _, _ in review.chart.rows()] == ["Round 1", "Round 2", "Offers"]
    assert isinstance(review.ledger_model, StoryLedgerModel)
    qtmodeltester.check(review.ledger_model)
    assert review.ledger_model.index(0, 0).data() == "Cut cloud costs by a third"
    assert review.ledger_model.index(0, 1).data() == "R1"
    assert review.ledger_model.headerData(1, Qt.Orientation.Horizontal) == "Maria Keller\nAcme"

    review._on_link_text(f"interview:{filled['second']}")
    assert window.selected_interview() == filled["second"]


def test_reusing_a_past_prep_is_one_undoable_step(
    make_window: MakeWindow,
    filled: dict[str, int],
    prep: PrepService,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    window.review_features.open_at(filled["globex"], Place.DETAILS)
    chosen: list[ReuseDialog] = []

    def accept(dialog: ReuseDialog) -> QDialog.DialogCode:
        chosen.append(dialog)
        dialog.sources.setCurrentIndex(dialog.model.index(dialog.model.row_of(filled["second"]) or 0, 0))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReuseDialog, "exec", accept)
    qtbot.keyClick(
        window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )

    assert chosen and chosen[0].chosen() is not None
    assert [p.text for p in prep.planned_points(filled["globex"])] == [
        "The Kubernetes migration story, with numbers"
    ]
    assert "Copied 1 item." in window.statusBar().currentMessage()

    window.undo_stack.undo()
    assert prep.planned_points(filled["globex"]) == ()
    window.undo_stack.redo()
    assert len(prep.planned_points(filled["globex"])) == 1

    steps = window.undo_stack.count()
    window.review_features.reuse_into_selected(filled["second"])  # again: everything is already there
    assert window.statusBar().currentMessage() == "Nothing new to copy."
    assert window.undo_stack.count() == steps


def test_on_a_narrow_window_the_list_makes_way_for_the_search_until_it_closes(
    make_window: MakeWindow, filled: dict[str, int], qtbot: QtBot
) -> None:
    from secondround_desktop.ui.review_actions import WORKSPACE_COMFORTABLE_WIDTH

    window = make_window()
    window.resize(1200, 760)  # the size of a first start
    qtbot.waitUntil(lambda: sum(window.splitter.sizes()) > 1100, timeout=2000)  # laid out at that size
    before = window.splitter.saveState()
    panel = open_search(window, qtbot)
    qtbot.waitUntil(window.list_pane.isHidden, timeout=2000)
    qtbot.waitUntil(lambda: window.right.width() >= WORKSPACE_COMFORTABLE_WIDTH, timeout=2000)
    window._save_window_state()  # as on quitting now: the list's width is kept, not the hidden list's 0
    assert window.settings.value("window/splitter") == before

    qtbot.keyClick(panel.query, Qt.Key.Key_Escape)  # closes the search: the list is back
    assert not window.review_features.dock.isVisible()
    assert window.list_pane.isVisible()

    open_search(window, qtbot)
    qtbot.waitUntil(window.list_pane.isHidden, timeout=2000)
    window.focus_find()  # Ctrl+F: the list comes back, the search stays open
    assert window.list_pane.isVisible() and window.review_features.dock.isVisible()
    qtbot.keyClick(panel.query, Qt.Key.Key_Escape)

    window.resize(2200, 900)  # room for all three: the list stays
    open_search(window, qtbot)
    qtbot.wait(50)
    assert window.list_pane.isVisible()
