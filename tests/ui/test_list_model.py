from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from pytestqt.modeltest import ModelTester

from secondround_desktop.core.interviews import InterviewService, Scope
from secondround_desktop.ui.list_model import INTERVIEW_ID_ROLE, InterviewListModel


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
