from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from secondround_desktop.core.interviews import InterviewDraft, InterviewService, Scope
from secondround_desktop.core.prep import Readiness
from secondround_desktop.ui.list_model import INTERVIEW_ID_ROLE, InterviewListModel, ListQuery

from .conftest import create_interview


def test_model_is_consistent_and_shows_each_column(
    qtmodeltester: ModelTester, service: InterviewService, add_interview: Callable[..., int]
) -> None:
    first = add_interview("Acme", "Data Engineer", days=1, people=("Ana", "Ben"))
    add_interview("Globex", "Analyst", days=3)
    model = InterviewListModel()
    model.set_rows(service.list_interviews(Scope.UPCOMING), datetime.now(UTC))
    qtmodeltester.check(model)

    assert model.rowCount() == 2
    assert model.index(0, InterviewListModel.COMPANY).data() == "Acme"
    assert model.index(0, InterviewListModel.ROLE).data() == "Data Engineer"
    assert model.index(0, InterviewListModel.ROUND).data() == "2"
    assert model.index(0, InterviewListModel.WHEN).data().startswith("Tomorrow")
    assert model.index(0, InterviewListModel.PANEL).data() == "2"
    assert model.index(0, 0).data(INTERVIEW_ID_ROLE) == first
    assert model.row_of(first) == 0


def test_same_rows_with_new_values_keep_the_model_unreset(
    service: InterviewService, add_interview: Callable[..., int]
) -> None:
    add_interview("Acme")
    model = InterviewListModel()
    model.set_rows(service.list_interviews(Scope.UPCOMING))
    resets: list[bool] = []
    changes: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda *_: changes.append(True))
    model.set_rows(service.list_interviews(Scope.UPCOMING))
    assert resets == [] and changes == [True]
    add_interview("Globex")
    model.set_rows(service.list_interviews(Scope.UPCOMING))
    assert resets == [True]


# ---- long lists: pages as the view scrolls, readiness for the rows shown -------------------------


def _many(service: InterviewService, count: int) -> list[int]:
    """``count`` upcoming interviews, soonest first."""
    return [create_interview(service, f"Company {n:03d}", days=n + 1) for n in range(count)]


def test_fetch_more_pages_through_a_long_list(qtmodeltester: ModelTester, service: InterviewService) -> None:
    made = _many(service, 23)
    model = InterviewListModel()
    model.PAGE_SIZE = 5
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))

    model.set_source(ListQuery(service, Scope.UPCOMING))
    assert model.rowCount() == 5 and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    qtmodeltester.check(model)

    assert [model.index(row, 0).data(INTERVIEW_ID_ROLE) for row in range(model.rowCount())] == made
    assert inserted == [(5, 9), (10, 14), (15, 19), (20, 22)]  # a page at a time, appended
    assert model.row_of(made[-1]) == 22


def test_a_row_not_read_yet_is_found_by_reading_up_to_it(service: InterviewService) -> None:
    made = _many(service, 30)
    model = InterviewListModel()
    model.PAGE_SIZE = 4
    model.set_source(ListQuery(service, Scope.UPCOMING))
    assert model.rowCount() == 4
    assert model.row_of(made[17]) == 17
    assert model.rowCount() == 17 + 4  # up to it, and a page beyond, in one read
    assert model.row_of(10_000) is None
    assert model.rowCount() == 21


def test_a_refresh_keeps_the_rows_read_so_far_and_the_view_unreset(service: InterviewService) -> None:
    _many(service, 12)
    model = InterviewListModel()
    model.PAGE_SIZE = 5
    query = ListQuery(service, Scope.UPCOMING)
    model.set_source(query)
    model.fetchMore()
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_source(query)
    assert model.rowCount() == 10 and resets == []
    replaced: list[bool] = []
    model.listReplaced.connect(lambda: replaced.append(True))
    model.set_source(query)
    assert replaced == []  # the same list: the view stays where it is
    tomorrow = datetime.now() + timedelta(days=1)
    draft = InterviewDraft(company="Sooner", role="Lead", date_text=f"{tomorrow:%Y-%m-%d}", time_text="08:00")
    service.create(draft)  # before every other one (they are at 10:00)
    model.set_source(query)
    assert model.rowCount() == 10 and resets == [True]
    assert model.summary(0).company == "Sooner"
    model.set_source(ListQuery(service, Scope.UPCOMING, "sooner"))
    assert model.rowCount() == 1 and replaced == [True]  # another list: read from its first page


def test_readiness_is_read_for_the_rows_shown_and_completed_when_idle(
    qtbot: QtBot, service: InterviewService
) -> None:
    made = _many(service, 40)
    quick_calls: list[list[int]] = []
    complete_calls: list[list[int]] = []

    def quick(interview_ids: list[int]) -> dict[int, Readiness]:
        quick_calls.append(interview_ids)
        return {i: Readiness(1, 4) for i in interview_ids}

    def complete(interview_ids: list[int]) -> dict[int, Readiness]:
        complete_calls.append(interview_ids)
        return {i: Readiness(1, 4, ("1 planned point repeats round one",)) for i in interview_ids}

    def ready(row: int) -> str:
        return str(model.index(row, InterviewListModel.READY).data())

    model = InterviewListModel()
    model.PAGE_SIZE = 40
    model.READINESS_BLOCK = 8
    query = ListQuery(service, Scope.UPCOMING)
    model.set_source(query, quick, complete)
    assert quick_calls == []  # nothing is computed before a view asks

    assert ready(9) == ""  # not known yet: painting never waits for it
    assert ready(10) == ""
    qtbot.waitUntil(lambda: ready(9) == "25%", timeout=3000)
    assert quick_calls == [made[8:16]]  # the block around the rows asked for, in one call
    assert ready(10) == "25%"  # (a view asks again for the cells that changed)

    qtbot.waitUntil(lambda: not model.readiness_pending(), timeout=3000)
    assert sorted(i for call in complete_calls for i in call) == sorted([made[9], made[10]])
    assert all(len(call) == 1 for call in complete_calls)  # one row per idle moment
    assert ready(9) == "25% ⚠"
    assert "repeats round one" in model.index(9, InterviewListModel.READY).data(Qt.ItemDataRole.ToolTipRole)

    model.refresh_readiness(made[9])  # e.g. a checklist item ticked: that row is read again at once
    assert quick_calls[-1] == [made[9]]
    assert ready(9) == "25%"
    qtbot.waitUntil(lambda: ready(9) == "25% ⚠", timeout=3000)

    model.set_source(query, quick, complete)  # the same list again: the values stay until recomputed
    assert ready(9) == "25% ⚠"
    qtbot.waitUntil(lambda: len(quick_calls) == 3, timeout=3000)
    assert quick_calls[-1] == made[8:16]
