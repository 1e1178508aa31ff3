"""The search index is merged in idle moments after writes, a step at a time, and never inside them."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from secondround_desktop.core import search
from secondround_desktop.core.db import Database
from secondround_desktop.core.interviews import InterviewService
from secondround_desktop.ui.index_upkeep import IndexUpkeep
from secondround_desktop.ui.main_window import MainWindow

from .conftest import AddInterview

MakeWindow = Callable[[], MainWindow]


def test_after_a_pause_in_writing_the_index_is_merged_until_nothing_is_left(
    qtbot: QtBot, db: Database, service: InterviewService, add_interview: AddInterview
) -> None:
    interview = add_interview("Acme")
    upkeep = IndexUpkeep(db, quiet_ms=50)
    for count in range(12):  # autosaves: a small b-tree each, none merged by the writes
        service.set_notes(interview, f"zeppelin draft {count} " + "words " * count)
        upkeep.wrote()
    assert upkeep.is_pending()
    assert upkeep.steps_done == 0  # it waits for the pause

    qtbot.waitUntil(lambda: not upkeep.is_pending(), timeout=5000)
    assert upkeep.steps_done >= 1
    assert not search.merge_step(db)  # nothing left to merge
    assert search.check_index(db) == []


def test_the_window_merges_after_its_saves(
    qtbot: QtBot, make_window: MakeWindow, add_interview: AddInterview
) -> None:
    interview = add_interview("Acme")
    window = make_window()
    window.refresh(select=interview)
    qtbot.waitUntil(lambda: not window.index_upkeep.is_pending(), timeout=10000)  # the one after the start

    window.workspace.notes.setPlainText("zeppelin")
    assert window.saver.flush()
    assert window.index_upkeep.is_pending()  # waiting for the pause, then merging
