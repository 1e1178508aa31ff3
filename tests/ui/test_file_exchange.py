"""Calendar invites and exports through the main window: the File menu, drag and drop, and exports."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu
from pytestqt.qtbot import QtBot
from sqlmodel import select

from secondround_desktop.core.db import Database
from secondround_desktop.core.exchange import export_json
from secondround_desktop.core.interviews import InterviewService
from secondround_desktop.core.models import Interview
from secondround_desktop.ui.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]
AddInterview = Callable[..., int]
DATA = Path(__file__).resolve().parents[1] / "core" / "data" / "ics"


def interview_count(db: Database) -> int:
    with db.session() as session:
        return len(session.exec(select(Interview.id)).all())


def mime_with(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def drag_enter(window: MainWindow, mime: QMimeData) -> bool:
    event = QDragEnterEvent(
        QPoint(40, 40),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)
    return event.isAccepted()


def drop(window: MainWindow, mime: QMimeData) -> bool:
    """Qt delivers a drop only to the widget that accepted the drag's enter event, as on screen."""
    event = QDropEvent(
        QPointF(40, 40),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)
    return event.isAccepted()


def menu_texts(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def test_the_file_menu_offers_calendar_and_markdown(make_window: MakeWindow) -> None:
    window = make_window()
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    texts = menu_texts(file_menu)
    assert "Import Calendar In&vite…" in texts
    assert "Export to Ca&lendar (.ics)" in texts and "Export as &Markdown" in texts
    assert menu_texts(window.file_exchange.calendar_menu) == [
        "Selected Interview…",
        "All Upcoming Interviews…",
    ]
    assert menu_texts(window.file_exchange.markdown_menu) == ["Selected Interview…", "Everything…"]
    assert window.acceptDrops()


def test_importing_an_invite_from_the_menu_shows_and_selects_it(
    make_window: MakeWindow, db: Database, service: InterviewService, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(DATA / "outlook_invite.ics")], "")
    )

    window.file_exchange.import_calendar_action.trigger()

    assert interview_count(db) == 1
    selected = window.selected_interview()
    assert selected is not None
    detail = service.get(selected)
    assert (detail.company, detail.role) == ("Contoso", "Senior Data Engineer")
    assert window.right.currentWidget() is window.workspace
    assert window.list_model.row_of(selected) is not None  # shown in whichever list it belongs to
    assert "Interviews from outlook_invite.ics: 1 added." in window.statusBar().currentMessage()


def test_dropping_an_invite_on_the_window_imports_it(
    make_window: MakeWindow, db: Database, qtbot: QtBot
) -> None:
    window = make_window()
    mime = mime_with(DATA / "apple_invite.ics")

    assert drag_enter(window, mime)
    assert drop(window, mime)

    assert interview_count(db) == 1
    assert window.selected_interview() is not None
    assert "Interviews from apple_invite.ics: 1 added." in window.statusBar().currentMessage()
    drag_enter(window, mime)
    drop(window, mime)  # the same invite again: updated in place, not duplicated
    assert interview_count(db) == 1
    assert "Interviews from apple_invite.ics: 1 already up to date." in window.statusBar().currentMessage()


def test_dropping_a_json_export_imports_it(
    make_window: MakeWindow, db: Database, add_interview: AddInterview, tmp_path: Path
) -> None:
    add_interview("Acme", people=("Ada",))
    exported = tmp_path / "export.json"
    exported.write_text(export_json(db), encoding="utf-8")
    with db.session() as session:
        for row in session.exec(select(Interview)).all():
            session.delete(row)
    window = make_window()

    assert drag_enter(window, mime_with(exported))
    assert drop(window, mime_with(exported))

    assert interview_count(db) == 1
    assert window.list_model.rowCount() == 1


def test_other_files_are_not_accepted(make_window: MakeWindow, db: Database, tmp_path: Path) -> None:
    window = make_window()
    text = tmp_path / "notes.txt"
    text.write_text("BEGIN:VCALENDAR", encoding="utf-8")
    mixed = mime_with(DATA / "google_invite.ics", text)
    web = QMimeData()
    web.setUrls([QUrl("https://example.com/invite.ics")])

    for mime in (mime_with(text), mixed, web):
        assert not drag_enter(window, mime)
        assert not drop(window, mime)
    assert interview_count(db) == 0


def test_a_broken_file_is_reported_and_changes_nothing(
    make_window: MakeWindow, db: Database, no_waiting_dialogs: list[str], tmp_path: Path
) -> None:
    window = make_window()
    broken = tmp_path / "broken.ics"
    shutil.copy(DATA / "broken.ics", broken)

    mime = mime_with(broken, DATA / "not_a_calendar.ics")
    assert drag_enter(window, mime)
    assert drop(window, mime)

    assert interview_count(db) == 0
    (message,) = no_waiting_dialogs
    assert "broken.ics is a damaged calendar file" in message
    assert "not_a_calendar.ics is not a calendar file" in message


def test_exporting_to_a_calendar_and_as_markdown(
    make_window: MakeWindow,
    add_interview: AddInterview,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = add_interview("Acme", people=("Ada", "Bob"))
    add_interview("Globex", days=5)
    window = make_window()
    window.refresh(select=first)
    target: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target[-1]), ""))

    target.append(tmp_path / "one")  # the suffix is added
    window.file_exchange.export_calendar_action.trigger()
    (event,) = Calendar.from_ical((tmp_path / "one.ics").read_text(encoding="utf-8")).walk("VEVENT")
    assert [address.params["CN"] for address in event["ATTENDEE"]] == ["Ada", "Bob"]
    assert str(event["UID"]).endswith("@secondround")

    target.append(tmp_path / "upcoming.ics")
    window.file_exchange.export_upcoming_action.trigger()
    assert len(Calendar.from_ical((tmp_path / "upcoming.ics").read_bytes()).walk("VEVENT")) == 2

    target.append(tmp_path / "acme.md")
    window.file_exchange.export_markdown_action.trigger()
    assert (tmp_path / "acme.md").read_text(encoding="utf-8").startswith("# Acme — Engineer, round 2\n")

    target.append(tmp_path / "all.md")
    window.file_exchange.export_all_markdown_action.trigger()
    everything = (tmp_path / "all.md").read_text(encoding="utf-8")
    assert "## Acme — Engineer" in everything and "## Globex — Engineer" in everything
    assert "Exported everything to all.md." in window.statusBar().currentMessage()
