"""Translated labels for values that come from core (relations, interview kinds, outcomes, step titles).

Each label is spelled out in a ``QCoreApplication.translate("Labels", ...)`` call, so that lupdate finds
it; the core dictionaries stay the English source and the fallback for unknown values.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from secondround_desktop.core.formatting import KIND_LABELS, OUTCOME_LABELS, RELATION_LABELS


def relation_labels() -> dict[str, str]:
    labels = {
        "hiring_manager": QCoreApplication.translate("Labels", "Hiring manager"),
        "potential_boss": QCoreApplication.translate("Labels", "Potential boss"),
        "boss_of_boss": QCoreApplication.translate("Labels", "Boss's boss"),
        "team_member": QCoreApplication.translate("Labels", "Team member"),
        "peer": QCoreApplication.translate("Labels", "Peer from another team"),
        "hr": QCoreApplication.translate("Labels", "HR or recruiter"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }
    return {str(key): labels.get(str(key), english) for key, english in RELATION_LABELS.items()}


def kind_labels() -> dict[str, str]:
    labels = {
        "screen": QCoreApplication.translate("Labels", "Screen"),
        "hiring_manager": QCoreApplication.translate("Labels", "Hiring manager"),
        "panel": QCoreApplication.translate("Labels", "Panel"),
        "final": QCoreApplication.translate("Labels", "Final"),
    }
    return {str(key): labels.get(str(key), english) for key, english in KIND_LABELS.items()}


def outcome_labels() -> dict[str, str]:
    labels = {
        "pending": QCoreApplication.translate("Labels", "Pending"),
        "advanced": QCoreApplication.translate("Labels", "Advanced"),
        "offer": QCoreApplication.translate("Labels", "Offer"),
        "rejected": QCoreApplication.translate("Labels", "Rejected"),
    }
    return {str(key): labels.get(str(key), english) for key, english in OUTCOME_LABELS.items()}


def step_short_titles() -> dict[str, str]:
    return {
        "fresh_points": QCoreApplication.translate("Labels", "Fresh points"),
        "advocate": QCoreApplication.translate("Labels", "Your advocate"),
        "frank_questions": QCoreApplication.translate("Labels", "Frank questions"),
        "fit": QCoreApplication.translate("Labels", "Is it a fit?"),
    }


def search_kind_labels() -> dict[str, str]:
    """What a search hit is: the kinds of core.search."""
    from secondround_desktop.core.search import KIND_LABELS as SEARCH_KIND_LABELS

    labels = {
        "opportunity": QCoreApplication.translate("Labels", "Company and role"),
        "interview": QCoreApplication.translate("Labels", "Location"),
        "person": QCoreApplication.translate("Labels", "Person"),
        "note": QCoreApplication.translate("Labels", "Note"),
        "talking_point": QCoreApplication.translate("Labels", "Talking point"),
        "question": QCoreApplication.translate("Labels", "Question"),
        "follow_up": QCoreApplication.translate("Labels", "Follow-up"),
        "fit": QCoreApplication.translate("Labels", "Fit criterion"),
        "check": QCoreApplication.translate("Labels", "Checklist note"),
    }
    return {str(key): labels.get(str(key), english) for key, english in SEARCH_KIND_LABELS.items()}


def search_kind_label(value: str) -> str:
    return search_kind_labels().get(str(value), str(value))


def relation_label(value: str) -> str:
    return relation_labels().get(str(value), str(value))


def kind_label(value: str) -> str:
    return kind_labels().get(str(value), str(value))


def outcome_label(value: str) -> str:
    return outcome_labels().get(str(value), str(value))


def step_short_title(key: str, fallback: str = "") -> str:
    return step_short_titles().get(key, fallback or key)


def _clock(moment: datetime) -> str:
    return QTime(moment.hour, moment.minute).toString("HH:mm")


def _date(day: date, pattern: str) -> str:
    """A day in a Qt date pattern, with the day and month names of the app's language (QLocale)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def weekday_date_format() -> str:
    """The Qt date pattern of a day with its weekday, in the app's language: "Thu 3 Dec 2026"."""
    return QCoreApplication.translate("Labels", "ddd d MMM yyyy", "Qt date format: weekday, day, month, year")


def date_label(day: date) -> str:
    """A calendar day in the app's language: "3 Dec 2026" (German "3. Dez. 2026")."""
    return _date(day, QCoreApplication.translate("Labels", "d MMM yyyy", "Qt date format: day, month, year"))


def when_text(start: datetime, now: datetime) -> str:
    """A start time as the user thinks of it, in their local time and language: "Tomorrow 10:00",
    "Thu 3 Dec 14:00", "3 Dec 2027 14:00" (in German "Morgen 10:00", "Do., 3. Dez. 14:00")."""
    local = start.astimezone()
    today = now.astimezone().date()
    days = (local.date() - today).days
    clock = _clock(local)
    if days == 0:
        return QCoreApplication.translate("Labels", "Today {0}").format(clock)
    if days == 1:
        return QCoreApplication.translate("Labels", "Tomorrow {0}").format(clock)
    if days == -1:
        return QCoreApplication.translate("Labels", "Yesterday {0}").format(clock)
    if local.year == today.year:
        pattern = QCoreApplication.translate("Labels", "ddd d MMM", "Qt date format: weekday, day, month")
    else:
        pattern = QCoreApplication.translate("Labels", "d MMM yyyy", "Qt date format: day, month, year")
    return f"{_date(local, pattern)} {clock}"


def absolute_when_text(start: datetime, zone_name: str) -> str:
    """The full date and time in the interview's own zone: "Thu 3 Dec 2026, 14:00 (Europe/Berlin)"."""
    from secondround_desktop.core.validation import zone

    local = start.astimezone(zone(zone_name))
    return QCoreApplication.translate("Labels", "{0}, {1} ({2})", "date, time of day (time zone)").format(
        _date(local, weekday_date_format()), _clock(local), zone_name
    )


def duration_label(minutes: int) -> str:
    """A length of time as the interview form shows it: "1 h 30 min", "45 min"."""
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return QCoreApplication.translate("Labels", "{0} h {1} min").format(hours, rest)
    if hours:
        return QCoreApplication.translate("Labels", "{0} h").format(hours)
    return QCoreApplication.translate("Labels", "{0} min").format(rest)
