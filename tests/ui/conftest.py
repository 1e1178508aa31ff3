"""GUI tests run on Qt's offscreen platform, each with a fresh data folder and database."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from secondround_desktop.core.db import Database
from secondround_desktop.core.interviews import InterviewDraft, InterviewService, PersonInput
from secondround_desktop.paths import AppPaths
from secondround_desktop.ui.debrief import DebriefTab
from secondround_desktop.ui.i18n import install_translations, remove_translations
from secondround_desktop.ui.main_window import MainWindow


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "data")


@pytest.fixture
def db(paths: AppPaths, open_fresh: Callable[[Path], Database]) -> Iterator[Database]:
    database = open_fresh(paths.database)
    yield database
    database.close()


@pytest.fixture
def service(db: Database) -> InterviewService:
    return InterviewService(db)


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """As the app starts: its translations installed, English here (its singular and plural forms)."""
    install_translations(qapp, "en")
    yield
    remove_translations(qapp)


@pytest.fixture(autouse=True)
def no_waiting_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A message box in a test must never wait for a click: record it and answer Cancel."""
    shown: list[str] = []

    def answer(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        shown.append(str(args[2]) if len(args) > 2 else "")
        return QMessageBox.StandardButton.Cancel

    def answer_box(box: QMessageBox) -> int:
        # A message box built by hand (one with buttons of its own) is answered the same way.
        shown.append(box.text())
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.click()
        return int(QMessageBox.StandardButton.Cancel.value)

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, answer)
    monkeypatch.setattr(QMessageBox, "exec", answer_box)
    return shown


@pytest.fixture
def make_window(qtbot: QtBot, service: InterviewService, paths: AppPaths) -> Callable[[], MainWindow]:
    def make() -> MainWindow:
        window = MainWindow(service, paths)
        qtbot.addWidget(window)
        window.show()
        # Shortcuts only reach an active window; the offscreen platform activates on request.
        window.windowHandle().requestActivate()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        return window

    return make


AddInterview = Callable[..., int]


@pytest.fixture
def open_debrief(qtbot: QtBot) -> Callable[[MainWindow, int], DebriefTab]:
    """Select the interview in the window and show its Debrief tab."""

    def open_tab(window: MainWindow, interview_id: int) -> DebriefTab:
        window.refresh(select=interview_id)
        window.workspace.show_tab(window.workspace.debrief)
        tab = window.workspace.debrief
        assert tab is not None
        qtbot.waitUntil(tab.isVisible, timeout=2000)
        return tab

    return open_tab


@pytest.fixture
def add_interview(service: InterviewService) -> AddInterview:
    """Create an interview through the service: company, role, days from now, round, panel names."""
    return lambda *args, **kwargs: create_interview(service, *args, **kwargs)


def create_interview(
    service: InterviewService,
    company: str,
    role: str = "Engineer",
    days: int = 2,
    round_number: int = 2,
    people: tuple[str, ...] = (),
) -> int:
    start = datetime.now() + timedelta(days=days)
    interview_id = service.create(
        InterviewDraft(
            company=company,
            role=role,
            round_number=round_number,
            date_text=f"{start:%Y-%m-%d}",
            time_text="10:00",
            timezone="UTC",
        )
    )
    for name in people:
        service.add_person(interview_id, PersonInput(name=name, relation="team_member"))
    return interview_id
