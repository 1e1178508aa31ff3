"""The Settings dialog: the data and backup folders, Back Up Now, and Restore with a backup taken first."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QUndoCommand
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QMessageBox, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from secondround_desktop.core.backup import BEFORE_RESTORE_LABEL, backup_folder, list_backups, make_backup
from secondround_desktop.core.db import Database
from secondround_desktop.core.interviews import InterviewService
from secondround_desktop.paths import AppPaths
from secondround_desktop.ui.main_window import MainWindow
from secondround_desktop.ui.save_manager import SaveManager, SaveState
from secondround_desktop.ui.settings_dialog import BackupListModel, RestoreDialog, SettingsDialog

MakeWindow = Callable[[], MainWindow]
AddInterview = Callable[..., int]


def companies(db: Database) -> list[str]:
    with closing(sqlite3.connect(db.path)) as connection:
        return [row[0] for row in connection.execute("SELECT company FROM opportunity ORDER BY id")]


def set_note(db: Database, interview_id: int, text: str) -> None:
    InterviewService(db).set_notes(interview_id, text)


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """Record what would be opened in the file manager instead of opening it."""
    opened: list[QUrl] = []

    def record(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", record)
    return opened


@pytest.fixture
def dialog(qtbot: QtBot, paths: AppPaths, db: Database) -> SettingsDialog:
    shown = SettingsDialog(paths, db, SaveManager())
    qtbot.addWidget(shown)
    return shown


def test_settings_opens_from_the_edit_menu_with_ctrl_comma(
    make_window: MakeWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    edit_menu = next(menu for menu in window.menuBar().findChildren(QMenu) if menu.title() == "&Edit")
    assert window.settings_action in edit_menu.actions()
    opened: list[SettingsDialog] = []

    def record(self: SettingsDialog) -> int:
        opened.append(self)
        return 0

    monkeypatch.setattr(SettingsDialog, "exec", record)

    qtbot.keyClick(window, ",", modifier=Qt.KeyboardModifier.ControlModifier)

    assert len(opened) == 1
    assert opened[0].windowTitle() == "Settings"


def test_the_folders_are_shown_and_open_in_the_file_manager(
    dialog: SettingsDialog, paths: AppPaths, db: Database, qtbot: QtBot, opened_urls: list[QUrl]
) -> None:
    data_label = dialog.findChild(QLabel, "dataFolderPath")
    backup_label = dialog.findChild(QLabel, "backupFolderPath")
    assert data_label is not None and data_label.text() == str(paths.data_dir)
    assert backup_label is not None and backup_label.text() == str(backup_folder(db.path))
    # Sections are group boxes with a form each, so that later settings can join as their own section.
    assert dialog.findChild(QLabel, "latestBackup") is not None
    assert dialog.add_section("Reminders").rowCount() == 0

    for name, folder in (("dataFolderOpen", paths.data_dir), ("backupFolderOpen", backup_folder(db.path))):
        button = dialog.findChild(QPushButton, name)
        assert button is not None
        button.click()
        url = opened_urls[-1]
        assert url.isLocalFile()
        assert Path(url.toLocalFile()) == folder
    assert backup_folder(db.path).is_dir()  # made (user-only) so that there is something to show


def test_back_up_now_saves_what_is_typed_first(
    qtbot: QtBot, paths: AppPaths, db: Database, add_interview: AddInterview
) -> None:
    saver = SaveManager(pause_ms=60_000)  # the pause never runs out in this test: only a flush saves
    interview_id = add_interview("Acme")
    saver.schedule(("notes", interview_id), lambda: set_note(db, interview_id, "typed just now"), value="x")
    dialog = SettingsDialog(paths, db, saver)
    qtbot.addWidget(dialog)
    assert dialog.latest.text() == "No backup yet"
    assert not dialog.restore.isEnabled()

    made = dialog.back_up_now()

    assert made is not None and made.exists()
    assert saver.state is SaveState.SAVED
    with closing(sqlite3.connect(made)) as connection:
        assert connection.execute("SELECT body FROM note").fetchall() == [("typed just now",)]
    (info,) = list_backups(db.path)
    assert dialog.latest.text() == f"{info.taken_at:%Y-%m-%d %H:%M}  (backups kept: 1)"
    assert dialog.restore.isEnabled()


def test_the_restore_list_shows_every_backup_newest_first(
    qtbot: QtBot, qtmodeltester: ModelTester, db: Database, add_interview: AddInterview
) -> None:
    add_interview("Acme")
    older = make_backup(db.path, label="manual")
    newer = make_backup(db.path)
    chooser = RestoreDialog(list_backups(db.path))
    qtbot.addWidget(chooser)
    qtmodeltester.check(chooser.model)

    model = chooser.model
    assert model.rowCount() == 2
    assert model.backup(0).path == newer and model.backup(1).path == older
    assert model.index(0, BackupListModel.KIND).data() == "Automatic"
    assert model.index(1, BackupListModel.KIND).data() == "Made by you"
    taken = model.index(0, BackupListModel.WHEN).data()
    assert taken == model.backup(0).taken_at.strftime("%Y-%m-%d %H:%M:%S")
    assert chooser.chosen() == model.backup(0)  # the newest is preselected
    assert chooser.restore_button.isEnabled()
    chooser.view.clearSelection()
    assert not chooser.restore_button.isEnabled()


def test_restoring_from_the_window_backs_up_first_and_shows_the_restored_data(
    make_window: MakeWindow,
    add_interview: AddInterview,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_interview("Acme")
    acme_only = make_backup(db.path)
    add_interview("Globex")
    window = make_window()
    assert window.list_model.rowCount() == 2
    window.undo_stack.push(QUndoCommand("an edit made before the restore"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    results: list[bool] = []

    def choose_oldest(self: SettingsDialog) -> int:
        backups = list_backups(db.path)
        results.append(self.restore_from(next(info for info in backups if info.path == acme_only)))
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(SettingsDialog, "exec", choose_oldest)

    window.open_settings()

    assert results == [True]
    assert companies(db) == ["Acme"]
    assert window.list_model.rowCount() == 1
    assert window.undo_stack.count() == 0  # the history belonged to the data before
    (safety,) = [info for info in list_backups(db.path) if info.label == BEFORE_RESTORE_LABEL]
    with closing(sqlite3.connect(safety.path)) as connection:
        names = [row[0] for row in connection.execute("SELECT company FROM opportunity ORDER BY id")]
    assert names == ["Acme", "Globex"]


def test_restore_is_refused_while_text_is_not_saved(
    qtbot: QtBot, paths: AppPaths, db: Database, add_interview: AddInterview, no_waiting_dialogs: list[str]
) -> None:
    interview_id = add_interview("Acme")
    backup = make_backup(db.path)
    saver = SaveManager(pause_ms=60_000)
    other = sqlite3.connect(db.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program locks the file: the typed text cannot be saved
    try:
        saver.schedule(
            ("notes", interview_id), lambda: set_note(db, interview_id, "unsaved"), value="unsaved"
        )
        dialog = SettingsDialog(paths, db, saver)
        qtbot.addWidget(dialog)
        (info,) = [item for item in list_backups(db.path) if item.path == backup]
        assert not dialog.restore_from(info)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert any("nothing was restored" in text for text in no_waiting_dialogs)
    assert [item.path for item in list_backups(db.path)] == [backup]  # nothing was touched
