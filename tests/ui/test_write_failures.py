"""When the database cannot be written: "Not saved" shows, the text is kept and retried, and quitting
offers to export it. The failures are real SQLite errors, made by pragmas on the app's own connections.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from secondround_desktop.core.db import Database
from secondround_desktop.ui.main_window import MainWindow
from secondround_desktop.ui.save_manager import SaveState

MakeWindow = Callable[[], MainWindow]
AddInterview = Callable[..., int]


def stored_notes(db: Database, interview_id: int) -> str | None:
    with closing(sqlite3.connect(db.path)) as connection:
        row = connection.execute(
            "SELECT body FROM note WHERE interview_id = ? AND kind = 'general'", (interview_id,)
        ).fetchone()
    return None if row is None else str(row[0])


@contextmanager
def every_connection(db: Database, pragma: str) -> Iterator[None]:
    """Run ``pragma`` on each connection the app opens (and on none after the block)."""

    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.execute(pragma)

    db.engine.dispose()
    event.listen(db.engine, "connect", on_connect)
    try:
        yield
    finally:
        event.remove(db.engine, "connect", on_connect)
        db.engine.dispose()


@contextmanager
def disk_full(db: Database) -> Iterator[None]:
    """The file may not grow by a single page: SQLite reports "database or disk is full"."""
    with closing(sqlite3.connect(db.path)) as connection:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    with every_connection(db, f"PRAGMA max_page_count={pages}"):
        yield


@contextmanager
def read_only(db: Database) -> Iterator[None]:
    """SQLite refuses every write: "attempt to write a readonly database"."""
    with every_connection(db, "PRAGMA query_only=ON"):
        yield


@pytest.mark.parametrize(
    ("failure", "reason"),
    [(disk_full, "disk is full"), (read_only, "read-only")],
    ids=["disk-full", "read-only"],
)
def test_a_failing_write_keeps_the_text_says_not_saved_and_saves_once_possible(
    make_window: MakeWindow,
    add_interview: AddInterview,
    db: Database,
    qtbot: QtBot,
    failure: Callable[[Database], Any],
    reason: str,
) -> None:
    interview_id = add_interview("Acme")
    window = make_window()
    window.focus_list()
    text = "A long thought that must not be lost. " * 400  # more than a page: the file has to grow
    with failure(db):
        window.workspace.notes.setPlainText(text)
        window.saver.flush()
        assert window.saver.state is SaveState.FAILED
        assert window.indicator.text().startswith("Not saved")
        assert reason in window.indicator.text()
        assert window.workspace.notes.toPlainText() == text
        assert window.saver.pending_values() == {("notes", interview_id): text}
        assert stored_notes(db, interview_id) is None
    # The retry timer saves it once the disk has room again / the folder is writable again.
    qtbot.waitUntil(lambda: window.saver.state is SaveState.SAVED, timeout=15_000)
    assert stored_notes(db, interview_id) == text


@contextmanager
def locked(db: Database) -> Iterator[None]:
    other = sqlite3.connect(db.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def click_in_box(label: str) -> Callable[[QMessageBox], None]:
    """Answer a hand-built message box by clicking the button whose text contains ``label``."""

    def answer(box: QMessageBox) -> None:
        (button,) = [button for button in box.buttons() if label in button.text()]
        button.click()

    return answer


def test_quitting_with_unsaved_text_offers_to_export_it(
    make_window: MakeWindow,
    add_interview: AddInterview,
    db: Database,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    interview_id = add_interview("Acme")
    window = make_window()
    window.focus_list()
    target = tmp_path / "rescued.txt"
    asked: list[str] = []

    def choose_file(*_args: object, **_kwargs: object) -> tuple[str, str]:
        asked.append("file")
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose_file)
    monkeypatch.setattr(QMessageBox, "exec", click_in_box("Export Unsaved Text"))
    with locked(db):
        qtbot.keyClicks(window.workspace.notes, "what the panel said about <on-call>")
        window.workspace.notes.insertPlainText(" ✓ مرحبا")  # typed through an input method

        assert window.close()

    assert asked == ["file"]
    written = target.read_text(encoding="utf-8")
    assert "what the panel said about <on-call> ✓ مرحبا" in written
    assert f"notes {interview_id}" in written
    assert stored_notes(db, interview_id) is None  # not saved, but not lost: it is in the file


def test_cancelling_the_export_asks_again_and_cancel_keeps_the_window(
    make_window: MakeWindow,
    add_interview: AddInterview,
    db: Database,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_interview("Acme")
    window = make_window()
    window.focus_list()
    answers = iter([click_in_box("Export Unsaved Text"), click_in_box("Cancel")])
    shown: list[str] = []

    def answer(box: QMessageBox) -> None:
        shown.append(box.text())
        next(answers)(box)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    with locked(db):
        qtbot.keyClicks(window.workspace.notes, "keep me")
        assert not window.close()
    assert len(shown) == 2
    assert all("export the unsaved text" in text for text in shown)
    assert window.isVisible()
    assert window.workspace.notes.toPlainText() == "keep me"
    assert window.close()  # the lock is gone: saved, and closing needs no question


def test_no_export_is_offered_when_there_is_no_text_to_export(
    make_window: MakeWindow, add_interview: AddInterview, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_interview("Acme")
    window = make_window()
    window.focus_list()
    labels: list[list[str]] = []

    def answer(box: QMessageBox) -> None:
        labels.append([button.text() for button in box.buttons()])
        box.button(QMessageBox.StandardButton.Discard).click()

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.workspace.form.date.setText("")
    qtbot.keyClicks(window.workspace.form.date, "not a date")
    assert window.saver.state is SaveState.INVALID
    assert window.close()
    assert labels and not any("Export" in text for text in labels[0])
