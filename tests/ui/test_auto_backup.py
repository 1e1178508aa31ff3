"""The automatic backups: at start once a day, on a timer and on quit — the last two only after a change."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from secondround_desktop.core.backup import MANUAL_LABEL, list_backups, make_backup
from secondround_desktop.core.db import Database
from secondround_desktop.core.interviews import InterviewDraft, InterviewService
from secondround_desktop.ui.auto_backup import AutoBackup

AddInterview = Callable[..., int]


def routine_backups(db: Database) -> list[Path]:
    return [info.path for info in list_backups(db.path) if info.routine]


def test_the_start_of_day_backup_is_made_once_a_day(qtbot: QtBot, db: Database) -> None:
    yesterday = make_backup(db.path, when=datetime.now() - timedelta(days=1))
    first = AutoBackup(db, start_delay_ms=0)
    with qtbot.waitSignal(first.backedUp, timeout=5000) as made:
        pass
    assert made.args is not None and made.args[0] in routine_backups(db)

    second = AutoBackup(db, start_delay_ms=0)  # a second start on the same day
    qtbot.wait(200)
    assert len(routine_backups(db)) == 2  # yesterday's and today's
    assert yesterday in routine_backups(db)
    del first, second


def test_a_new_database_is_not_backed_up_at_start(qtbot: QtBot, db: Database) -> None:
    AutoBackup(db, back_up_at_start=False, start_delay_ms=0)
    qtbot.wait(200)
    assert routine_backups(db) == []


def test_the_timer_backs_up_only_after_a_change(
    qtbot: QtBot, db: Database, service: InterviewService
) -> None:
    make_backup(db.path, label=MANUAL_LABEL)  # today's is taken: the start adds nothing
    keeper = AutoBackup(db, interval_ms=50, start_delay_ms=0)
    service.counts()  # reading is not a change
    qtbot.wait(300)
    assert len(routine_backups(db)) == 1
    assert not keeper.changed_since_backup()

    service.create(InterviewDraft(company="Acme", role="Engineer", date_text="2026-12-03", time_text="10:00"))
    assert keeper.changed_since_backup()
    with qtbot.waitSignal(keeper.backedUp, timeout=5000):
        pass
    assert not keeper.changed_since_backup()
    (newest, *_) = list_backups(db.path)
    assert newest.label == "auto"


def test_quitting_backs_up_only_after_a_change(
    qtbot: QtBot, db: Database, add_interview: AddInterview
) -> None:
    keeper = AutoBackup(db, back_up_at_start=False)
    keeper.on_quit()
    assert routine_backups(db) == []

    keeper = AutoBackup(db, back_up_at_start=False)
    add_interview("Acme")
    keeper.on_quit()
    assert len(routine_backups(db)) == 1


def test_a_failing_backup_is_reported_not_raised(
    qtbot: QtBot, db: Database, add_interview: AddInterview
) -> None:
    (db.path.parent / "backups").write_text("a file where the backups folder should be")
    keeper = AutoBackup(db, back_up_at_start=False)
    add_interview("Acme")
    with qtbot.waitSignal(keeper.failed, timeout=1000) as failure:
        keeper.on_quit()
    assert failure.args is not None and "Could not back up" in failure.args[0]
    assert keeper.changed_since_backup()  # still owed: the next chance tries again
