"""Parsing and checking what the user types, with messages written for them. Pure functions."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from secondround_desktop.core.errors import ValidationError
from secondround_desktop.core.texts import QT_TRANSLATE_NOOP

MONTHS = (
    QT_TRANSLATE_NOOP("Validation", "January"),
    QT_TRANSLATE_NOOP("Validation", "February"),
    QT_TRANSLATE_NOOP("Validation", "March"),
    QT_TRANSLATE_NOOP("Validation", "April"),
    QT_TRANSLATE_NOOP("Validation", "May"),
    QT_TRANSLATE_NOOP("Validation", "June"),
    QT_TRANSLATE_NOOP("Validation", "July"),
    QT_TRANSLATE_NOOP("Validation", "August"),
    QT_TRANSLATE_NOOP("Validation", "September"),
    QT_TRANSLATE_NOOP("Validation", "October"),
    QT_TRANSLATE_NOOP("Validation", "November"),
    QT_TRANSLATE_NOOP("Validation", "December"),
)

_DATE_PATTERNS = (
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$"),
    re.compile(r"^(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})$"),
    re.compile(r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})$"),
)
_TIME_PATTERN = re.compile(r"^(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?$", re.IGNORECASE)
_EMAIL_PATTERN = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>.]+$")

MAX_ROUND = 20
MAX_DURATION_MINUTES = 12 * 60


def parse_date(text: str) -> date:
    """A date typed as 2026-12-03, 2026/12/03 or 03.12.2026; an impossible date gets a clear message."""
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Enter the date, e.g. 2026-12-03."), "date")
    for pattern in _DATE_PATTERNS:
        match = pattern.match(cleaned)
        if match:
            year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
            break
    else:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "“{0}” is not a date. Use the form 2026-12-03.").format(cleaned),
            "date",
        )
    if not 1 <= month <= 12:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "There is no month {0}; months go from 1 to 12.").format(month),
            "date",
        )
    if year < 1900 or year > 2200:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "The year {0} is out of range.").format(year), "date"
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "There is no {0} {1} {2}.").format(day, MONTHS[month - 1], year),
            "date",
        ) from None


def parse_time(text: str) -> time:
    """A time typed as 14:00, 9:30, 9 or 2:30 pm."""
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Enter the time, e.g. 14:00."), "time")
    match = _TIME_PATTERN.match(cleaned)
    if not match:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "“{0}” is not a time. Use the form 14:00.").format(cleaned),
            "time",
        )
    hour, minute = int(match["h"]), int(match["m"] or 0)
    if match["ampm"]:
        if not 1 <= hour <= 12:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Validation", "“{0}” is not a time: with am/pm the hour goes from 1 to 12."
                ).format(cleaned),
                "time",
            )
        hour = hour % 12 + (12 if match["ampm"].lower().startswith("p") else 0)
    if hour > 23 or minute > 59:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "“{0}” is not a time of day.").format(cleaned), "time"
        )
    return time(hour, minute)


@lru_cache(maxsize=1)
def timezone_names() -> tuple[str, ...]:
    return tuple(sorted(name for name in available_timezones() if "/" in name or name == "UTC"))


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "“{0}” is not a known time zone (e.g. Europe/Berlin).").format(
                name
            ),
            "timezone",
        ) from None


def local_to_utc(day: date, at: time, zone_name: str) -> datetime:
    """Combine a local wall-clock time in a zone into an aware UTC datetime.

    A time that does not exist there (skipped by a daylight-saving change) is refused, not shifted.
    """
    tz = zone(zone_name)
    local = datetime.combine(day, at, tzinfo=tz)
    round_trip = local.astimezone(UTC).astimezone(tz)
    if round_trip.replace(tzinfo=None) != local.replace(tzinfo=None):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "{0} does not exist on {1} in {2}: the clocks skip it for daylight saving time.",
            ).format(f"{at:%H:%M}", f"{day:%Y-%m-%d}", zone_name),
            "time",
        )
    return local.astimezone(UTC)


def check_link(text: str) -> str:
    """A meeting link must be a full web address (https://…) or empty."""
    cleaned = text.strip()
    if not cleaned:
        return ""
    parts = urlsplit(cleaned)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or " " in cleaned:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation", "“{0}” is not a web link. Paste the full address, starting with https://."
            ).format(cleaned),
            "meeting_link",
        )
    host = parts.hostname or ""
    if "." not in host and host != "localhost":
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "“{0}” has no valid host name.").format(cleaned), "meeting_link"
        )
    return cleaned


def check_email(text: str) -> str:
    cleaned = text.strip()
    if cleaned and not _EMAIL_PATTERN.match(cleaned):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "“{0}” is not an email address.").format(cleaned), "email"
        )
    return cleaned


def check_required(text: str, field: str, label: str) -> str:
    """``label`` names the field in the message; a Text, so that it is translated with it."""
    cleaned = " ".join(text.split())
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{0} is required.").format(label), field)
    if len(cleaned) > 200:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{0} is too long (at most 200 characters).").format(label), field
        )
    return cleaned


def check_round(value: int) -> int:
    if not 1 <= value <= MAX_ROUND:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "The round must be between 1 and {0}.").format(MAX_ROUND),
            "round_number",
        )
    return value


def check_duration(value: int) -> int:
    if not 5 <= value <= MAX_DURATION_MINUTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "The duration must be between 5 minutes and 12 hours."),
            "duration_minutes",
        )
    return value


def ends_at(starts_at: datetime, duration_minutes: int) -> datetime:
    return starts_at + timedelta(minutes=duration_minutes)
