"""Parsing and checking what the user types, with messages written for them. Pure functions."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from secondround_desktop.core.errors import ValidationError

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

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
        raise ValidationError("Enter the date, e.g. 2026-12-03.", "date")
    for pattern in _DATE_PATTERNS:
        match = pattern.match(cleaned)
        if match:
            year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
            break
    else:
        raise ValidationError(f"“{cleaned}” is not a date. Use the form 2026-12-03.", "date")
    if not 1 <= month <= 12:
        raise ValidationError(f"There is no month {month}; months go from 1 to 12.", "date")
    if year < 1900 or year > 2200:
        raise ValidationError(f"The year {year} is out of range.", "date")
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(f"There is no {day} {MONTHS[month - 1]} {year}.", "date") from None


def parse_time(text: str) -> time:
    """A time typed as 14:00, 9:30, 9 or 2:30 pm."""
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError("Enter the time, e.g. 14:00.", "time")
    match = _TIME_PATTERN.match(cleaned)
    if not match:
        raise ValidationError(f"“{cleaned}” is not a time. Use the form 14:00.", "time")
    hour, minute = int(match["h"]), int(match["m"] or 0)
    if match["ampm"]:
        if not 1 <= hour <= 12:
            raise ValidationError(
                f"“{cleaned}” is not a time: with am/pm the hour goes from 1 to 12.", "time"
            )
        hour = hour % 12 + (12 if match["ampm"].lower().startswith("p") else 0)
    if hour > 23 or minute > 59:
        raise ValidationError(f"“{cleaned}” is not a time of day.", "time")
    return time(hour, minute)


@lru_cache(maxsize=1)
def timezone_names() -> tuple[str, ...]:
    return tuple(sorted(name for name in available_timezones() if "/" in name or name == "UTC"))


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            f"“{name}” is not a known time zone (e.g. Europe/Berlin).", "timezone"
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
            f"{at:%H:%M} does not exist on {day:%Y-%m-%d} in {zone_name}: the clocks skip it "
            "for daylight saving time.",
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
            f"“{cleaned}” is not a web link. Paste the full address, starting with https://.", "meeting_link"
        )
    host = parts.hostname or ""
    if "." not in host and host != "localhost":
        raise ValidationError(f"“{cleaned}” has no valid host name.", "meeting_link")
    return cleaned


def check_email(text: str) -> str:
    cleaned = text.strip()
    if cleaned and not _EMAIL_PATTERN.match(cleaned):
        raise ValidationError(f"“{cleaned}” is not an email address.", "email")
    return cleaned


def check_required(text: str, field: str, label: str) -> str:
    cleaned = " ".join(text.split())
    if not cleaned:
        raise ValidationError(f"{label} is required.", field)
    if len(cleaned) > 200:
        raise ValidationError(f"{label} is too long (at most 200 characters).", field)
    return cleaned


def check_round(value: int) -> int:
    if not 1 <= value <= MAX_ROUND:
        raise ValidationError(f"The round must be between 1 and {MAX_ROUND}.", "round_number")
    return value


def check_duration(value: int) -> int:
    if not 5 <= value <= MAX_DURATION_MINUTES:
        raise ValidationError("The duration must be between 5 minutes and 12 hours.", "duration_minutes")
    return value


def ends_at(starts_at: datetime, duration_minutes: int) -> datetime:
    return starts_at + timedelta(minutes=duration_minutes)
