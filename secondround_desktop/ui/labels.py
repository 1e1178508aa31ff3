"""Translated labels for values that come from core (relations, interview kinds, outcomes, step titles).

Each label is spelled out in a ``QCoreApplication.translate("Labels", ...)`` call, so that lupdate finds
it; the core dictionaries stay the English source and the fallback for unknown values.
"""

from __future__ import annotations

from datetime import datetime

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


def when_text(start: datetime, now: datetime) -> str:
    """A start time as the user thinks of it, in their local time and language: "Tomorrow 10:00"."""
    local = start.astimezone()
    days = (local.date() - now.astimezone().date()).days
    clock = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    if days == 0:
        return QCoreApplication.translate("Labels", "Today {0}").format(clock)
    if days == 1:
        return QCoreApplication.translate("Labels", "Tomorrow {0}").format(clock)
    if days == -1:
        return QCoreApplication.translate("Labels", "Yesterday {0}").format(clock)
    day = QLocale().toString(QDate(local.year, local.month, local.day), "ddd d MMM")
    return f"{day} {clock}"
