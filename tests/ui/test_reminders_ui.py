"""Reminders in the window: under the offscreen platform there is no tray, so they show in the banner."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from secondround_desktop.core.followups import FollowUpService
from secondround_desktop.core.interviews import InterviewDraft, InterviewService, PersonInput
from secondround_desktop.paths import AppPaths
from secondround_desktop.ui import preferences
from secondround_desktop.ui.main_window import MainWindow
from secondround_desktop.ui.reminders import SHOWN_KEY

# Far enough ahead that the check the window makes at start (at the real time) finds nothing.
START = (datetime.now(UTC) + timedelta(days=5)).replace(hour=10, minute=0, second=0, microsecond=0)


def add_at(
    service: InterviewService, start: datetime, company: str = "Acme", people: tuple[str, ...] = ()
) -> int:
    local = start.astimezone(UTC)
    interview_id = service.create(
        InterviewDraft(
            company=company,
            role="Staff Engineer",
            round_number=2,
            date_text=f"{local:%Y-%m-%d}",
            time_text=f"{local:%H:%M}",
            timezone="UTC",
        )
    )
    for name in people:
        service.add_person(interview_id, PersonInput(name=name, relation="team_member"))
    return interview_id


def test_offscreen_has_no_tray(qtbot: QtBot) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()


def test_day_before_shows_in_the_banner_once(
    make_window: Callable[[], MainWindow], service: InterviewService, paths: AppPaths
) -> None:
    window = make_window()
    banner = window.reminders.banner
    assert banner.isHidden()
    interview_id = add_at(service, START)
    shown = window.reminders.check(START - timedelta(hours=23))
    assert [r.interview_id for r in shown] == [interview_id]
    assert banner.isVisible()
    text = banner.label.text()
    assert "Acme — Staff Engineer" in text and "ready 0%" in text
    assert text.startswith(("Today", "Tomorrow"))
    # Nothing fires twice: not in this window, nor after a restart (the keys are in ui-state.ini).
    banner.close_button.click()
    assert banner.isHidden()
    assert window.reminders.check(START - timedelta(hours=22)) == []
    assert banner.isHidden()
    stored = preferences.open_settings(paths.ui_state).value(SHOWN_KEY)
    assert shown[0].key in (stored if isinstance(stored, list) else [stored])


def test_hour_before_and_open(make_window: Callable[[], MainWindow], service: InterviewService) -> None:
    window = make_window()
    other = add_at(service, START + timedelta(days=3), "Globex")
    interview_id = add_at(service, START)
    window.refresh(select=other)
    (reminder,) = window.reminders.check(START - timedelta(minutes=30))
    assert reminder.kind.value == "hour"
    window.reminders.banner.open_button.click()
    assert window.selected_interview() == interview_id
    assert window.reminders.banner.isHidden()


def test_off_means_off(make_window: Callable[[], MainWindow], service: InterviewService) -> None:
    window = make_window()
    add_at(service, START)
    for field in ("day_before", "hour_before"):
        preferences.set_reminder(window.settings, field, False)
    assert window.reminders.check(START - timedelta(hours=23)) == []
    assert window.reminders.check(START - timedelta(minutes=30)) == []
    assert window.reminders.banner.isHidden()
    preferences.set_reminder(window.settings, "hour_before", True)
    assert len(window.reminders.check(START - timedelta(minutes=30))) == 1


def test_thank_you_due(make_window: Callable[[], MainWindow], service: InterviewService) -> None:
    window = make_window()
    past = datetime.now(UTC) - timedelta(days=3)
    interview_id = add_at(service, past, "Initech", people=("Ana Ruiz",))
    FollowUpService(service.db).ensure_thank_yous(interview_id)
    preferences.set_reminder(window.settings, "thank_you", False)
    assert window.reminders.check(datetime.now(UTC)) == []
    preferences.set_reminder(window.settings, "thank_you", True)
    (reminder,) = window.reminders.check(datetime.now(UTC))
    assert reminder.kind.value == "thank_you"
    assert "Ana Ruiz" in window.reminders.banner.label.text()
    window.reminders.banner.open_button.click()
    assert window.workspace.tabs.currentWidget() is window.workspace.followups


def test_settings_switch_reminders_and_language(
    qtbot: QtBot, make_window: Callable[[], MainWindow], service: InterviewService
) -> None:
    from secondround_desktop.ui.settings_dialog import SettingsDialog

    window = make_window()
    add_at(service, START)
    dialog = SettingsDialog(window.paths, window.service.db, window.saver, window)
    qtbot.addWidget(dialog)
    assert dialog.remind_day.isChecked() and dialog.remind_hour.isChecked()
    assert dialog.remind_thanks.isChecked()
    dialog.remind_day.setChecked(False)
    assert window.reminders.check(START - timedelta(hours=23)) == []
    assert "restart" in dialog.language_note.text()
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert preferences.language_setting(preferences.open_settings(window.paths.ui_state)) == "de"


def test_many_due_reminders_keep_the_banner_short(
    make_window: Callable[[], MainWindow], service: InterviewService
) -> None:
    window = make_window()
    for number in range(12):
        add_at(service, START + timedelta(minutes=number), f"Company {number}")
    shown = window.reminders.check(START - timedelta(hours=23))
    assert len(shown) == 12
    lines = window.reminders.banner.label.text().splitlines()
    assert len(lines) == 4
    assert lines[-1] == "…and 9 more"
    # It used to hold all twelve lines and made the window taller than most screens.
    assert window.minimumSizeHint().height() < 600
