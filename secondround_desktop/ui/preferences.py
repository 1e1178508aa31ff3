"""The user's choices kept in the data folder's ``ui-state.ini``: reminders, theme and language."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings

if TYPE_CHECKING:  # imported when first needed: this module is read before the first window shows
    from secondround_desktop.core.reminders import ReminderSettings

THEMES = ("system", "light", "dark")
LANGUAGES = ("system", "en", "de")
SHIPPED_LANGUAGES = ("en", "de")
# Overrides the language setting for one run, e.g. SECONDROUND_LANGUAGE=de (for screenshots and tests).
LANGUAGE_ENV = "SECONDROUND_LANGUAGE"

THEME_KEY = "appearance/theme"
# Whether the desktop was dark when last asked: the first frame uses it, as asking the desktop costs
# tens of milliseconds of enum building before the window could show (asked right after instead).
SYSTEM_DARK_KEY = "appearance/systemWasDark"
LANGUAGE_KEY = "appearance/language"
REMINDER_KEYS = {
    "day_before": "reminders/day_before",
    "hour_before": "reminders/hour_before",
    "thank_you": "reminders/thank_you",
}


def open_settings(ui_state: Path) -> QSettings:
    return QSettings(str(ui_state), QSettings.Format.IniFormat)


def _flag(settings: QSettings, key: str) -> bool:
    value = settings.value(key, True)
    if isinstance(value, str):
        return value.strip().lower() not in ("false", "0", "no", "off")
    return bool(value)


def reminder_settings(settings: QSettings) -> ReminderSettings:
    from secondround_desktop.core.reminders import ReminderSettings

    return ReminderSettings(**{field: _flag(settings, key) for field, key in REMINDER_KEYS.items()})


def set_reminder(settings: QSettings, field: str, on: bool) -> None:
    settings.setValue(REMINDER_KEYS[field], on)
    settings.sync()


def theme(settings: QSettings) -> str:
    value = str(settings.value(THEME_KEY, "system"))
    return value if value in THEMES else "system"


def system_was_dark(settings: QSettings) -> bool | None:
    return None if settings.value(SYSTEM_DARK_KEY) is None else _flag(settings, SYSTEM_DARK_KEY)


def remember_system_dark(settings: QSettings, dark: bool) -> None:
    if system_was_dark(settings) != dark:
        settings.setValue(SYSTEM_DARK_KEY, dark)
        settings.sync()


def set_theme(settings: QSettings, value: str) -> None:
    settings.setValue(THEME_KEY, value if value in THEMES else "system")
    settings.sync()


def language_setting(settings: QSettings) -> str:
    value = str(settings.value(LANGUAGE_KEY, "system"))
    return value if value in LANGUAGES else "system"


def set_language(settings: QSettings, value: str) -> None:
    settings.setValue(LANGUAGE_KEY, value if value in LANGUAGES else "system")
    settings.sync()


def ui_language(settings: QSettings) -> str:
    """The language the app shows: the environment override, the setting, or the system's if shipped."""
    chosen = os.environ.get(LANGUAGE_ENV, "").strip().lower() or language_setting(settings)
    if chosen == "system":
        chosen = QLocale.system().name().split("_")[0].lower()
    return chosen if chosen in SHIPPED_LANGUAGES else "en"
