"""Reminders on the desktop: checked once a minute, shown through the system tray or, where the desktop
has none, in a dismissable bar in the main window. What was shown is remembered in ``ui-state.ini``, so
nothing is shown twice, not even after a restart."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QToolButton,
    QWidget,
)

from secondround_desktop import APP_NAME
from secondround_desktop.core.errors import UserFacingError
from secondround_desktop.core.interviews import Scope
from secondround_desktop.core.reminders import (
    DAY_BEFORE,
    DueThankYou,
    Reminder,
    ReminderKind,
    UpcomingInterview,
    due_reminders,
)
from secondround_desktop.ui import preferences
from secondround_desktop.ui.labels import when_text

if TYPE_CHECKING:
    from secondround_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

SHOWN_KEY = "reminders/shown"
KEEP_SHOWN = 300  # the newest keys are kept; older ones are for interviews long past
CHECK_INTERVAL_MS = 60_000
LOOK_AHEAD = 20  # upcoming interviews read per check; reminders only concern the next 24 hours


def reminder_title(reminder: Reminder) -> str:
    if reminder.kind is ReminderKind.THANK_YOU:
        return QCoreApplication.translate("Reminders", "Thank-you due")
    if reminder.kind is ReminderKind.HOUR_BEFORE:
        return QCoreApplication.translate("Reminders", "Interview in less than an hour")
    return QCoreApplication.translate("Reminders", "Interview tomorrow")


def reminder_text(reminder: Reminder, now: datetime) -> str:
    """E.g. "Tomorrow 10:00: Acme — Staff Engineer, ready 60%"."""
    if reminder.kind is ReminderKind.THANK_YOU:
        people = ", ".join(reminder.people) or reminder.company
        return QCoreApplication.translate("Reminders", "Send your thank-you to {0} ({1}).").format(
            people, reminder.company
        )
    assert reminder.starts_at is not None
    when = when_text(reminder.starts_at, now)
    if reminder.ready_percent is None:
        return QCoreApplication.translate("Reminders", "{0}: {1} — {2}").format(
            when, reminder.company, reminder.role
        )
    return QCoreApplication.translate("Reminders", "{0}: {1} — {2}, ready {3}%").format(
        when, reminder.company, reminder.role, reminder.ready_percent
    )


BANNER_LINES = 3


class ReminderBanner(QFrame):
    """The in-app reminder: a bar above the list with the text, Open and a close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#reminderBanner { background: rgba(47, 111, 222, 0.14); border: 1px solid #2f6fde;"
            " border-radius: 4px; }"
        )
        self.setAccessibleName(QCoreApplication.translate("Reminders", "Reminder"))
        self.label = QLabel()
        self.label.setObjectName("reminderText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes company and role as typed
        self.label.setWordWrap(True)
        self.open_button = QPushButton(QCoreApplication.translate("Reminders", "Open"))
        self.open_button.setObjectName("reminderOpen")
        self.close_button = QToolButton()
        self.close_button.setObjectName("reminderDismiss")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(QCoreApplication.translate("Reminders", "Dismiss the reminder"))
        self.close_button.setAccessibleName(QCoreApplication.translate("Reminders", "Dismiss the reminder"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.close_button)
        self.reminder: Reminder | None = None
        self.hide()

    def show_reminders(self, lines: list[str], reminder: Reminder) -> None:
        # A few lines at most: a long list of due reminders made the banner, and the window, taller than
        # the screen.
        shown = lines[:BANNER_LINES]
        if len(lines) > BANNER_LINES:
            more = len(lines) - BANNER_LINES
            shown.append(self.tr("…and %n more", "", more))
        self.label.setText("\n".join(shown))
        self.reminder = reminder
        self.show()

    def dismiss(self) -> None:
        self.hide()
        self.label.clear()
        self.reminder = None


class Reminders(QObject):
    """Checks the reminders of one main window once a minute."""

    def __init__(self, window: MainWindow, settings: QSettings | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings if settings is not None else window.settings
        self.banner = ReminderBanner()
        layout = window.list_pane.layout()
        if layout is not None:
            layout.insertWidget(0, self.banner)  # type: ignore[attr-defined]
        self.banner.open_button.clicked.connect(self._open_from_banner)
        self.tray: QSystemTrayIcon | None = None
        self._tray_reminder: Reminder | None = None
        self.timer = QTimer(self, interval=CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self._on_timeout)
        self.timer.start()
        QTimer.singleShot(0, self._on_timeout)

    # ---- what is due ---------------------------------------------------------------------------

    def shown(self) -> list[str]:
        value = self.settings.value(SHOWN_KEY, [])
        if isinstance(value, str):
            return [value] if value else []
        return [str(item) for item in value] if isinstance(value, list) else []

    def _remember(self, keys: list[str]) -> None:
        kept = [key for key in self.shown() if key not in keys] + keys
        self.settings.setValue(SHOWN_KEY, kept[-KEEP_SHOWN:])
        self.settings.sync()

    def due(self, now: datetime) -> list[Reminder]:
        """The reminders due at ``now``, read from the services in a few queries."""
        chosen = preferences.reminder_settings(self.settings)
        if not (chosen.day_before or chosen.hour_before or chosen.thank_you):
            return []
        upcoming: list[UpcomingInterview] = []
        if chosen.day_before or chosen.hour_before:
            rows = [
                row
                for row in self.window.service.list_interviews(Scope.UPCOMING, now=now, limit=LOOK_AHEAD)
                if now < row.starts_at <= now + DAY_BEFORE
            ]
            readiness = self.window.prep.readiness_many([row.id for row in rows])
            upcoming = [
                UpcomingInterview(
                    row.id,
                    row.company,
                    row.role,
                    row.starts_at,
                    readiness[row.id].percent if row.id in readiness else None,
                )
                for row in rows
            ]
        thanks: list[DueThankYou] = []
        if chosen.thank_you:
            # Everything due up to today (overdue() is strict), not sent yet.
            today = now.astimezone().date()
            thanks = [
                DueThankYou(o.id, o.interview_id, o.person_name, o.company, o.due_date)
                for o in self.window.followups.overdue(today + timedelta(days=1))
            ]
        return due_reminders(now, upcoming, thanks, set(self.shown()), chosen)

    def check(self, now: datetime | None = None) -> list[Reminder]:
        """Show what is due and remember it; returns what was shown."""
        now = now or datetime.now().astimezone()
        try:
            found = self.due(now)
        except UserFacingError as exc:
            log.warning("cannot check reminders: %s", exc)
            return []
        if found:
            self.show(found, now)
            self._remember([reminder.key for reminder in found])
        return found

    def _on_timeout(self) -> None:
        self.check()

    # ---- showing -------------------------------------------------------------------------------

    @staticmethod
    def tray_available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self, found: list[Reminder], now: datetime) -> None:
        lines = [reminder_text(reminder, now) for reminder in found]
        first = found[0]
        if self.tray_available():
            tray = self._tray_icon()
            title = (
                reminder_title(first)
                if len(found) == 1
                else QCoreApplication.translate("Reminders", "SecondRound reminders")
            )
            self._tray_reminder = first
            tray.showMessage(title, "\n".join(lines), QSystemTrayIcon.MessageIcon.Information, 15_000)
        else:
            self.banner.show_reminders(lines, first)

    def _tray_icon(self) -> QSystemTrayIcon:
        if self.tray is None:
            icon = QGuiApplication.windowIcon()
            self.tray = QSystemTrayIcon(icon if not icon.isNull() else QIcon(), self)
            self.tray.setToolTip(APP_NAME)
            self.tray.messageClicked.connect(self._open_from_tray)
            self.tray.activated.connect(self._on_tray_activated)
            self.tray.show()
        return self.tray

    def _open(self, reminder: Reminder | None) -> None:
        """The interview a reminder is about; for a thank-you, its follow-ups."""
        if reminder is None:
            return
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        workspace = self.window.workspace
        tab = workspace.followups if reminder.kind is ReminderKind.THANK_YOU else None
        self.window.open_tab(reminder.interview_id, tab)

    def _open_from_banner(self) -> None:
        reminder = self.banner.reminder
        self.banner.dismiss()
        self._open(reminder)

    def _open_from_tray(self) -> None:
        self._open(self._tray_reminder)

    def _on_tray_activated(self, _reason: QSystemTrayIcon.ActivationReason) -> None:
        self._open(self._tray_reminder)
