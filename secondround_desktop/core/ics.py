"""Calendar files (.ics): interviews out to any calendar app, invitations in from Google, Outlook or Apple.

Export writes one VEVENT per interview with a stable UID (``<interview uid>@secondround``), the start in
the interview's own time zone (TZID plus a VTIMEZONE block), an alarm an hour before, the panel as
attendees, the location or meeting link, and a short prep summary in the description.

Import reads each VEVENT as an interview. How an invitation finds its interview again, without a table
of its own: the event's UID is turned into the interview's ``uid`` — our own exports carry that uid in
their UID already; any other UID is hashed into a uuid5 (32 hex digits, the same shape as every other
uid), so importing the same invitation again, or an update of it, changes that one interview. The uid
stays valid for the JSON export format. Every organizer and attendee except rooms and resources joins
the panel with the relation "other" — that includes the candidate's own address when the invitation
lists it: which address is the user's cannot be told reliably from the file, so the user removes it.

``icalendar`` costs about 0.1 s to import, so it is imported inside the functions that use it.
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from sqlalchemy import func
from sqlmodel import Session, col, select

from secondround_desktop import APP_NAME, __version__
from secondround_desktop.core.db import Database
from secondround_desktop.core.errors import ValidationError
from secondround_desktop.core.exchange import ImportFileError
from secondround_desktop.core.interviews import InterviewService, Scope
from secondround_desktop.core.models import (
    Interview,
    InterviewKind,
    InterviewState,
    NoteKind,
    Opportunity,
    Panelist,
    Person,
    Relation,
    utc_now,
)
from secondround_desktop.core.prep import PrepService
from secondround_desktop.core.texts import QT_TRANSLATE_NOOP, joined
from secondround_desktop.core.validation import (
    MAX_DURATION_MINUTES,
    MAX_ROUND,
    check_email,
    check_link,
    zone,
)

if TYPE_CHECKING:
    from icalendar import Calendar, Event


UID_DOMAIN = "secondround"
ALARM_BEFORE = timedelta(hours=1)
FIRST_QUESTIONS = 3
MAX_CALENDAR_BYTES = 10 * 1024 * 1024
# Fixed for ever: the same invitation UID must map to the same interview uid in every version.
IMPORT_NAMESPACE = uuid.UUID("5c0f3a61-8d2e-4b7a-9f14-2e6b7d0c9a35")
# Rounds of an opportunity seen for the first time start here, as in the New Interview dialog.
NEW_OPPORTUNITY_ROUND = 2
UNKNOWN_COMPANY = "Unknown company"
UNKNOWN_ROLE = "Unknown role"
_X_COMPANY = "X-SECONDROUND-COMPANY"
_X_ROLE = "X-SECONDROUND-ROLE"
_X_ROUND = "X-SECONDROUND-ROUND"
_X_KIND = "X-SECONDROUND-KIND"
_X_RELATION = "X-SECONDROUND-RELATION"
_OWN_UID = re.compile(rf"^(?P<uid>[0-9A-Za-z_-]{{1,64}})@{UID_DOMAIN}$")


def event_uid(interview_uid: str) -> str:
    """The calendar UID of an interview: stable, so that a calendar updates its copy on re-import."""
    return f"{interview_uid}@{UID_DOMAIN}"


def interview_uid_for(event_uid_text: str, recurrence_id: str = "") -> str:
    """The interview uid an invitation maps to: our own uid back, or a uuid5 of the foreign UID."""
    own = _OWN_UID.match(event_uid_text.strip())
    if own and not recurrence_id:
        return own["uid"]
    key = event_uid_text.strip() + (f"|{recurrence_id}" if recurrence_id else "")
    return uuid.uuid5(IMPORT_NAMESPACE, key).hex


def is_calendar_file(path: Path) -> bool:
    """By the suffix, else by the first line: BEGIN:VCALENDAR. Unreadable files are not calendars."""
    if path.suffix.lower() in (".ics", ".ical", ".icalendar", ".vcs"):
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(64)
    except OSError:
        return False
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").upper().startswith(b"BEGIN:VCALENDAR")


def local_zone_name() -> str:
    """This computer's IANA time zone (TZ, then /etc/localtime, then /etc/timezone), else "UTC".

    Used for the wall clock of imported times given in UTC or as floating local times. The GUI asks Qt
    instead, which also knows the answer on Windows and macOS.
    """
    candidates: list[str] = []
    if os.environ.get("TZ"):
        candidates.append(os.environ["TZ"].lstrip(":"))
    with contextlib.suppress(OSError):
        target = str(Path("/etc/localtime").resolve())
        if "/zoneinfo/" in target:
            candidates.append(target.split("/zoneinfo/", 1)[1])
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for name in candidates:
        if _known_zone(name):
            return name
    return "UTC"


# ---- export ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Attendee:
    uid: str
    name: str
    email: str
    relation: str


@dataclass(frozen=True)
class _EventFacts:
    id: int
    uid: str
    company: str
    role: str
    round_number: int
    kind: str
    starts_at: datetime
    timezone: str
    duration_minutes: int
    location: str
    meeting_link: str
    state: str
    created_at: datetime
    updated_at: datetime
    panel: tuple[_Attendee, ...]


def upcoming_interview_ids(interviews: InterviewService, now: datetime | None = None) -> list[int]:
    """The interviews that have not ended yet, soonest first (what "all upcoming" exports)."""
    return [row.id for row in interviews.list_interviews(Scope.UPCOMING, now=now)]


def prep_summary(prep: PrepService, interview_id: int, meeting_link: str = "") -> str:
    """A few lines to read in the calendar: readiness, the advocate ask, the first questions."""
    readiness = prep.readiness(interview_id)
    lines = [f"Prep: {readiness.percent}% ready ({readiness.done} of {readiness.total} checks done)"]
    lines += [f"Still open: {warning}" for warning in readiness.warnings]
    words = " ".join(prep.note(interview_id, NoteKind.ADVOCATE.value, "words").split())
    if words:
        lines.append(f"Advocate ask: “{words}”")
    questions = prep.questions(interview_id)[:FIRST_QUESTIONS]
    if questions:
        lines += ["", "First questions:"]
        lines += [f"• {' '.join(question.text.split())}" for question in questions]
    if meeting_link:
        lines += ["", f"Join: {meeting_link}"]
    lines += ["", f"Prepared with {APP_NAME}."]
    return "\n".join(lines)


def export_calendar(
    interviews: InterviewService,
    prep: PrepService,
    interview_ids: Sequence[int],
    now: datetime | None = None,
) -> str:
    """The interviews as one iCalendar text (CRLF lines, folded), ready to write to a .ics file."""
    from icalendar import Alarm, Calendar, Event, Timezone, vCalAddress, vText, vUri

    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    facts = _event_facts(interviews.db, interview_ids)
    calendar = Calendar()
    calendar.add("PRODID", f"-//{APP_NAME}//{APP_NAME} {__version__}//EN")
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    zones = sorted({fact.timezone for fact in facts if fact.timezone != "UTC"})
    if zones:
        # The VTIMEZONE blocks only need to cover the dates in the file (and stay small that way).
        first = min(fact.starts_at for fact in facts).date().replace(month=1, day=1)
        last = date(max(fact.starts_at for fact in facts).year + 2, 1, 1)
        for name in zones:
            calendar.add_component(Timezone.from_tzinfo(zone(name), name, first, last))
    for fact in facts:
        local_start = fact.starts_at.astimezone(zone(fact.timezone))
        if fact.timezone == "UTC":
            local_start = fact.starts_at.astimezone(UTC)
        event = Event()
        event.add("UID", event_uid(fact.uid))
        event.add("DTSTAMP", stamp)
        event.add("CREATED", fact.created_at.astimezone(UTC).replace(microsecond=0))
        event.add("LAST-MODIFIED", fact.updated_at.astimezone(UTC).replace(microsecond=0))
        event.add("DTSTART", local_start)
        event.add("DTEND", local_start + timedelta(minutes=fact.duration_minutes))
        event.add("SUMMARY", f"{fact.company} — {fact.role}, round {fact.round_number}")
        where = fact.location or fact.meeting_link
        if where:
            event.add("LOCATION", where)
        if fact.meeting_link:
            event.add("URL", vUri(fact.meeting_link))
            conference = vUri(fact.meeting_link)
            conference.params.update({"VALUE": "URI", "FEATURE": "VIDEO", "LABEL": "Join"})
            event.add("CONFERENCE", conference, encode=False)
        event.add("DESCRIPTION", prep_summary(prep, fact.id, fact.meeting_link))
        event.add("STATUS", "CANCELLED" if fact.state == InterviewState.CANCELLED.value else "CONFIRMED")
        event.add("TRANSP", "OPAQUE")
        event.add("CATEGORIES", ["Interview"])
        event.add(_X_COMPANY, vText(fact.company))
        event.add(_X_ROLE, vText(fact.role))
        event.add(_X_ROUND, vText(str(fact.round_number)))
        event.add(_X_KIND, vText(fact.kind))
        for person in fact.panel:
            address = vCalAddress(f"mailto:{person.email}" if person.email else f"urn:uuid:{person.uid}")
            address.params["CN"] = person.name
            address.params["CUTYPE"] = "INDIVIDUAL"
            address.params["ROLE"] = "REQ-PARTICIPANT"
            address.params[_X_RELATION] = person.relation
            event.add("ATTENDEE", address, encode=False)
        alarm = Alarm()
        alarm.add("ACTION", "DISPLAY")
        alarm.add("TRIGGER", -ALARM_BEFORE)
        alarm.add("DESCRIPTION", f"In one hour: {fact.company} — {fact.role}, round {fact.round_number}")
        event.add_component(alarm)
        calendar.add_component(event)
    return str(calendar.to_ical().decode("utf-8"))


def _event_facts(db: Database, interview_ids: Sequence[int]) -> list[_EventFacts]:
    wanted = list(dict.fromkeys(interview_ids))
    with db.session() as session:
        rows = session.exec(
            select(Interview, Opportunity)
            .join(Opportunity, col(Opportunity.id) == Interview.opportunity_id)
            .where(col(Interview.id).in_(wanted), col(Interview.deleted_at).is_(None))
        ).all()
        seats = session.exec(
            select(Panelist.interview_id, Person)
            .join(Person, col(Person.id) == Panelist.person_id)
            .where(col(Panelist.interview_id).in_(wanted))
            .order_by(col(Panelist.position), col(Panelist.id))
        ).all()
    panels: dict[int, list[_Attendee]] = {}
    for interview_id, person in seats:
        panels.setdefault(interview_id, []).append(
            _Attendee(person.uid, person.name, person.email, person.relation)
        )
    found = {
        interview.id: _EventFacts(
            id=interview.id,
            uid=interview.uid,
            company=opportunity.company,
            role=opportunity.role,
            round_number=interview.round_number,
            kind=interview.kind,
            starts_at=interview.starts_at,
            timezone=interview.timezone if _known_zone(interview.timezone) else "UTC",
            duration_minutes=interview.duration_minutes,
            location=interview.location,
            meeting_link=interview.meeting_link,
            state=interview.state,
            created_at=interview.created_at,
            updated_at=interview.updated_at,
            panel=tuple(panels.get(interview.id, ())),
        )
        for interview, opportunity in rows
        if interview.id is not None
    }
    missing = [str(interview_id) for interview_id in wanted if interview_id not in found]
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "There is no interview with id {0}.").format(", ".join(missing))
        )
    return [found[interview_id] for interview_id in wanted]


# ---- import: reading the file ------------------------------------------------------------------


@dataclass(frozen=True)
class Invitee:
    name: str
    email: str
    relation: str = Relation.OTHER.value


@dataclass(frozen=True)
class Invite:
    """One VEVENT, read and checked: what an interview is made of."""

    key: str  # the interview uid it maps to
    summary: str
    cancelled: bool
    starts_at: datetime  # aware, UTC
    timezone: str
    duration_minutes: int
    location: str
    meeting_link: str
    company: str
    role: str
    round_number: int | None
    kind: str | None
    people: tuple[Invitee, ...]


@dataclass(frozen=True)
class CalendarImportSummary:
    """What an import did: interview ids added, updated, already up to date, and marked cancelled."""

    added: tuple[int, ...] = ()
    updated: tuple[int, ...] = ()
    unchanged: tuple[int, ...] = ()
    cancelled: tuple[int, ...] = ()
    notes: tuple[str, ...] = field(default=())

    @property
    def interview_ids(self) -> tuple[int, ...]:
        return self.added + self.updated + self.unchanged + self.cancelled

    def describe(self, source: str) -> str:
        """One line for the status bar or the terminal."""
        parts = []
        for number, what in (
            (len(self.added), "added"),
            (len(self.updated), "updated"),
            (len(self.unchanged), "already up to date"),
            (len(self.cancelled), "marked cancelled"),
        ):
            if number:
                parts.append(f"{number} {'interview' if number == 1 else 'interviews'} {what}")
        text = f"{source}: {', '.join(parts) if parts else 'no interview imported'}."
        if self.notes:
            text += " " + " ".join(self.notes)
        return text


def read_invites(data: bytes, source: str, local_zone: str = "UTC") -> tuple[list[Invite], list[str]]:
    """Parse calendar bytes into invites and notes on what was skipped; ImportFileError if unusable.

    ``local_zone`` is the wall clock for times given in UTC or as floating local times.
    """
    calendar = _parse_calendar(data, source)
    events: list[Any] = list(calendar.walk("VEVENT"))
    if not events:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{0} holds no calendar event, so there is nothing to import.").format(
                source
            )
        )
    default_zone = local_zone if _known_zone(local_zone) else "UTC"
    published_zone = str(calendar.get("X-WR-TIMEZONE", "")).strip()
    if _known_zone(published_zone):
        default_zone = published_zone
    method = str(calendar.get("METHOD", "")).strip().upper()
    timezones = {str(component.get("TZID", "")): component for component in calendar.walk("VTIMEZONE")}
    invites: list[Invite] = []
    notes: list[str] = []
    problems: list[str] = []
    for number, event in enumerate(events, start=1):
        try:
            invite = _read_event(event, method, timezones, default_zone)
        except _SkippedEventError as skip:
            notes.append(_message_of(skip))
            continue
        except (ValueError, TypeError, ValidationError) as exc:
            if len(events) > 1:
                problem = QT_TRANSLATE_NOOP("Import", "event {0}: {1}").format(number, _message_of(exc))
            else:
                problem = QT_TRANSLATE_NOOP("Import", "the event: {0}").format(_message_of(exc))
            problems.append(problem)
            continue
        invites.append(invite)
        if event.get("RRULE") is not None and not invite.cancelled:
            notes.append(
                QT_TRANSLATE_NOOP("Import", "“{0}” repeats; only its first date was imported.").format(
                    invite.summary
                )
            )
    if problems:
        lines: list[str] = [
            QT_TRANSLATE_NOOP("Import", "{0} cannot be imported; nothing was changed.").format(source)
        ]
        lines += [QT_TRANSLATE_NOOP("Import", "- {0}").format(problem) for problem in problems[:5]]
        raise ImportFileError(joined("\n", lines), problems)
    return invites, notes


class _SkippedEventError(Exception):
    """An event that is fine but is not imported (the message says why)."""


def _message_of(exc: BaseException) -> str:
    """The message an exception was raised with: a Text when it came from here, for the UI to translate."""
    if isinstance(exc, ValidationError):
        return exc.message
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, str) else str(exc)


def _title_label(summary: str, *, capital: bool = False) -> str:
    """An event as a message names it: its title in quotes, or "an event without a title"."""
    if summary:
        return QT_TRANSLATE_NOOP("Import", "“{0}”").format(summary)
    if capital:
        return QT_TRANSLATE_NOOP("Import", "An event without a title")
    return QT_TRANSLATE_NOOP("Import", "an event without a title")


def _skipped_cancelled(summary: str) -> str:
    return QT_TRANSLATE_NOOP("Import", "Skipped {0}: it was cancelled.").format(_title_label(summary))


def _parse_calendar(data: bytes, source: str) -> Calendar:
    from icalendar import Calendar

    if len(data) > MAX_CALENDAR_BYTES:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "{0} is too large for a calendar invitation (more than {1} MB)."
            ).format(source, MAX_CALENDAR_BYTES // (1024 * 1024))
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{0} is not a calendar file: it is not text.").format(source)
        ) from None
    if not text.lstrip().upper().startswith("BEGIN:VCALENDAR"):
        first = text.lstrip().splitlines()[0][:40] if text.strip() else ""
        if first:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "{0} is not a calendar file (it starts with “{1}”); expected an .ics invitation.",
                ).format(source, first)
            )
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "{0} is not a calendar file (it is empty); expected an .ics invitation."
            ).format(source)
        )
    try:
        parsed = Calendar.from_ical(text, multiple=True)
    # AttributeError and TypeError too: the parser trips over some malformed time zone blocks.
    except (ValueError, KeyError, IndexError, AttributeError, TypeError) as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "{0} is a damaged calendar file and cannot be read; nothing was changed. ({1})"
            ).format(source, str(exc)[:300])
        ) from None
    calendars = [part for part in parsed if isinstance(part, Calendar)]
    if not calendars:  # the parser drops a calendar that never ends
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import",
                "{0} is a damaged calendar file: it ends before its calendar does (was it cut off?). "
                "Nothing was changed.",
            ).format(source)
        )
    if len(calendars) == 1:
        return calendars[0]
    merged = Calendar()  # several VCALENDAR blocks in one file (some tools concatenate): take them all
    for part in calendars:
        for key, value in part.items():
            merged.setdefault(key, value)
        for component in part.subcomponents:
            merged.add_component(component)
    return merged


def _read_event(event: Event, method: str, timezones: dict[str, Any], default_zone: str) -> Invite:
    summary = " ".join(str(event.get("SUMMARY", "")).split())
    label = _title_label(summary, capital=True)
    uid_text = str(event.get("UID", "")).strip()
    if not uid_text:
        raise ValueError(
            QT_TRANSLATE_NOOP("Import", "it has no UID, so a later update could not find it again")
        )
    broken = {name for name, _ in getattr(event, "errors", [])}
    if "DTSTART" in broken or event.get("DTSTART") is None:
        raise ValueError(
            QT_TRANSLATE_NOOP("Import", "{0} has no readable start time (DTSTART)").format(label)
        )
    start: Any = event["DTSTART"]
    if isinstance(start, list):  # given twice: which one is meant cannot be told
        raise ValueError(
            QT_TRANSLATE_NOOP("Import", "{0} has more than one start time (DTSTART)").format(label)
        )
    recurrence: Any = event.get("RECURRENCE-ID")
    recurrence_key = _to_utc(recurrence, timezones, default_zone)[0].isoformat() if recurrence else ""
    key = interview_uid_for(uid_text, recurrence_key)
    cancelled = str(event.get("STATUS", "")).strip().upper() == "CANCELLED" or method == "CANCEL"
    if not isinstance(start.dt, datetime):
        if cancelled:
            raise _SkippedEventError(_skipped_cancelled(summary))
        raise _SkippedEventError(
            QT_TRANSLATE_NOOP("Import", "Skipped {0}: it lasts all day and has no start time.").format(
                _title_label(summary)
            )
        )
    starts_at, zone_name = _to_utc(start, timezones, default_zone)
    duration = _duration(event, starts_at, timezones, default_zone, broken)

    company, role, round_number, kind = _title_parts(event, summary)
    meeting_link = _meeting_link(event)
    location = _location_text(str(event.get("LOCATION", "")), meeting_link)
    people = _people(event)
    return Invite(
        key=key,
        summary=summary,
        cancelled=cancelled,
        starts_at=starts_at,
        timezone=zone_name,
        duration_minutes=duration,
        location=location,
        meeting_link=meeting_link,
        company=company,
        role=role,
        round_number=round_number,
        kind=kind,
        people=people,
    )


def _to_utc(prop: Any, timezones: dict[str, Any], default_zone: str) -> tuple[datetime, str]:
    """An aware UTC time and the IANA zone it is meant in, read from the value and its TZID.

    The TZID is resolved here rather than by the library: an IANA name directly, a Windows name
    ("W. Europe Standard Time") through the CLDR table, and anything else through the file's own
    VTIMEZONE block. The library's process-wide cache of custom zones is not consulted, so one file's
    "Customized Time Zone" can never leak into another's.
    """
    value = prop.dt
    if not isinstance(value, datetime):
        value = datetime.combine(value, datetime.min.time())
    tzid = str(prop.params.get("TZID", "")).strip() if hasattr(prop, "params") else ""
    wall = value.replace(tzinfo=None)
    if tzid:
        zone_name = _iana_name(tzid)
        resolved: tzinfo | None = ZoneInfo(zone_name) if zone_name else None
        if resolved is None and tzid in timezones:
            resolved = timezones[tzid].to_tz(lookup_tzid=False)
        if resolved is None:
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Import", "its time zone “{0}” is unknown and not described in the file"
                ).format(tzid[:60])
            )
        return _aware(wall, resolved).astimezone(UTC), zone_name or default_zone
    if value.tzinfo is not None:  # given in UTC ("Z")
        return value.astimezone(UTC), default_zone
    return _aware(wall, ZoneInfo(default_zone)).astimezone(UTC), default_zone  # floating: local time


def _aware(wall: datetime, where: tzinfo) -> datetime:
    aware = wall.replace(tzinfo=where)
    if aware.utcoffset() is None:
        raise ValueError(QT_TRANSLATE_NOOP("Import", "its time zone gives no offset for the start time"))
    return aware


def _iana_name(tzid: str) -> str:
    """The IANA name for a TZID: itself, its Windows mapping, or the tail of a "/vendor/Area/City" id."""
    cleaned = tzid.strip().strip('"').strip("/")
    if _known_zone(cleaned):
        return cleaned
    try:
        from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON
    except ImportError:  # pragma: no cover - every supported icalendar has it
        WINDOWS_TO_OLSON = {}  # noqa: N806
    mapped = WINDOWS_TO_OLSON.get(cleaned, "")
    if mapped and _known_zone(mapped):
        return mapped
    parts = cleaned.split("/")
    for start in range(1, len(parts) - 1):
        candidate = "/".join(parts[start:])
        if _known_zone(candidate):
            return candidate
    return ""


def _known_zone(name: str) -> bool:
    if not name or name.startswith(("/", ".")) or ".." in name:
        return False
    try:
        zone(name)
    except ValidationError:
        return False
    return True


def _duration(
    event: Event, starts_at: datetime, timezones: dict[str, Any], default_zone: str, broken: set[str]
) -> int:
    minutes = 60
    if event.get("DTEND") is not None and "DTEND" not in broken:
        end: Any = event["DTEND"]
        if isinstance(end, list):  # given twice: which one is meant cannot be told
            raise ValueError(QT_TRANSLATE_NOOP("Import", "it has more than one end time (DTEND)"))
        if isinstance(end.dt, datetime):
            minutes = round((_to_utc(end, timezones, default_zone)[0] - starts_at).total_seconds() / 60)
    elif event.get("DURATION") is not None and "DURATION" not in broken:
        duration_prop: Any = event["DURATION"]
        if isinstance(duration_prop, list):
            raise ValueError(QT_TRANSLATE_NOOP("Import", "it has more than one DURATION"))
        length = duration_prop.dt
        if isinstance(length, timedelta):
            minutes = round(length.total_seconds() / 60)
    return max(5, min(MAX_DURATION_MINUTES, minutes))


# ---- import: company, role, round and kind from the title --------------------------------------

_PREFIX = re.compile(
    r"^\s*(?:(?:updated\s+)?invitation(?:\s+updated)?|invite|einladung|aktualisiert|"
    r"cancel(?:l)?ed(?:\s+event)?|abgesagt|fwd?|re|aw|wg)\s*:\s*",
    re.IGNORECASE,
)
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "erste": 1, "zweite": 2, "dritte": 3,
}  # fmt: skip
_ROUND_PATTERNS = (
    re.compile(r"\b(?:round|runde)\s*#?\s*(?P<n>\d{1,2})\b", re.IGNORECASE),
    re.compile(r"\b(?P<n>\d{1,2})(?:st|nd|rd|th|\.)?\s*(?:round|runde)\b", re.IGNORECASE),
    re.compile(r"\b(?P<w>first|second|third|fourth|fifth|erste|zweite|dritte)\s+(?:round|runde)\b", re.I),
)
_KIND_PATTERNS = (
    (InterviewKind.FINAL, re.compile(r"\b(?:final(?:\s+round)?|finale\s+runde)\b", re.IGNORECASE)),
    (InterviewKind.SCREEN, re.compile(r"\b(?:phone\s+)?screen(?:ing)?(?:\s+call)?\b", re.IGNORECASE)),
    (InterviewKind.PANEL, re.compile(r"\bpanel(?:\s+interview)?\b", re.IGNORECASE)),
    (
        InterviewKind.HIRING_MANAGER,
        re.compile(r"\bhiring[\s-]+manager\s+(?:interview|call|chat|conversation)\b", re.IGNORECASE),
    ),
)
_SEPARATORS = re.compile(r"\s+[-–—]+\s+|\s*[|•·]\s*|\s*[–—]\s*|:\s+|\s+/\s+|\s*[()\[\]]\s*|,\s+|\s+<>\s+")
_NOISE_PART = re.compile(
    r"^(?:(?:video|phone|onsite|on-site|virtual|online|teams|zoom)\s+)?"
    r"(?:interviews?|meeting|call|chat|conversation|gespräch|vorstellungsgespräch|interview\s+loop)$",
    re.IGNORECASE,
)
_NOISE_EDGE = re.compile(
    r"^(?:(?:video\s+|phone\s+|onsite\s+|on-site\s+)?interviews?|meeting|call|gespräch)\s+(?:with|for|at|mit|bei)\s+"
    r"|^(?:with|for|at|mit|bei)\s+|\s+(?:interviews?|meeting|call|gespräch)$",
    re.IGNORECASE,
)
_AT = re.compile(r"^(?P<role>.+?)\s+(?:at|@|bei)\s+(?P<company>[^@]+)$", re.IGNORECASE)
_ROLE_WORDS = frozenset(
    (
        "engineer", "engineering", "developer", "programmer", "designer", "design", "manager", "director",
        "head", "lead", "principal", "staff", "senior", "junior", "architect", "analyst", "scientist",
        "consultant", "specialist", "intern", "internship", "officer", "administrator", "product",
        "marketing", "sales", "accountant", "coordinator", "associate", "assistant", "executive", "vp",
        "cto", "ceo", "cfo", "coo", "researcher", "research", "writer", "editor", "recruiter",
        "representative", "technician", "teacher", "sre", "devops", "qa", "tester", "owner", "strategist",
        "counsel", "attorney", "lawyer", "advisor", "operations", "support", "account", "data", "software",
        "backend", "frontend", "fullstack", "full-stack", "mobile", "ios", "android", "platform",
        "security", "infrastructure", "cloud", "entwickler", "ingenieur", "leiter", "leiterin", "berater",
        "beraterin", "referent", "referentin",
    )
)  # fmt: skip
_GENERIC_DOMAINS = frozenset(
    (
        "gmail.com", "googlemail.com", "google.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
        "yahoo.com", "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com", "gmx.de",
        "gmx.net", "gmx.com", "web.de", "mail.com", "yandex.com", "zoho.com", "fastmail.com", "hey.com",
        "greenhouse.io", "lever.co", "workday.com", "myworkday.com", "smartrecruiters.com", "ashbyhq.com",
        "calendly.com", "goodtime.io", "gem.com", "teamtailor.com", "personio.de", "recruitee.com",
        "calendar.google.com", "resource.calendar.google.com", "group.calendar.google.com",
    )
)  # fmt: skip
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "gv"})


def _title_parts(event: Event, summary: str) -> tuple[str, str, int | None, str | None]:
    """(company, role, round number or None, kind or None) from our own X- fields or from the title."""
    company, role, round_number, kind = _parse_title(summary, _domain_company(event))
    own_company = " ".join(str(event.get(_X_COMPANY, "")).split())
    own_role = " ".join(str(event.get(_X_ROLE, "")).split())
    own_round = str(event.get(_X_ROUND, "")).strip()
    own_kind = str(event.get(_X_KIND, "")).strip()
    if own_company and own_role:
        company, role = own_company, own_role
    if own_round.isdigit() and 1 <= int(own_round) <= MAX_ROUND:
        round_number = int(own_round)
    if own_kind in {item.value for item in InterviewKind}:
        kind = own_kind
    return company[:200], role[:200], round_number, kind


def _parse_title(summary: str, domain_company: str) -> tuple[str, str, int | None, str | None]:
    text = summary
    while True:
        stripped = _PREFIX.sub("", text, count=1)
        if stripped == text:
            break
        text = stripped
    round_number: int | None = None
    for pattern in _ROUND_PATTERNS:
        match = pattern.search(text)
        if match:
            number = int(match["n"]) if match.groupdict().get("n") else _ORDINALS[match["w"].lower()]
            if 1 <= number <= MAX_ROUND:
                round_number = number
            text = text[: match.start()] + " | " + text[match.end() :]
            break
    kind: str | None = None
    for candidate, pattern in _KIND_PATTERNS:
        match = pattern.search(text)
        if match:
            kind = candidate.value
            text = text[: match.start()] + " | " + text[match.end() :]
            break
    parts = [_clean_part(part) for part in _SEPARATORS.split(text)]
    parts = [part for part in parts if part and not _NOISE_PART.match(part)]
    if len(parts) == 1:
        at = _AT.match(parts[0])
        if at:
            parts = [_clean_part(at["role"]), _clean_part(at["company"])]
            if not domain_company or _same_company(parts[1], domain_company):
                return parts[1], parts[0], round_number, kind

    company_index = next(
        (index for index, part in enumerate(parts) if domain_company and _same_company(part, domain_company)),
        None,
    )
    scores = [_role_score(part) for part in parts]
    role_index: int | None = None
    candidates = [index for index in range(len(parts)) if index != company_index and scores[index] > 0]
    if candidates:
        role_index = max(candidates, key=lambda index: (scores[index], -index))
    if company_index is None and len(parts) >= 2:
        company_index = next(index for index in range(len(parts)) if index != role_index)
    if role_index is None:
        others = [index for index in range(len(parts)) if index != company_index]
        role_index = others[-1] if others else None
    company = parts[company_index] if company_index is not None else domain_company
    role = parts[role_index] if role_index is not None else ""
    return company or UNKNOWN_COMPANY, role or UNKNOWN_ROLE, round_number, kind


def _clean_part(part: str) -> str:
    cleaned = " ".join(part.split()).strip(" -–—:|,.;#")
    previous = None
    while previous != cleaned:
        previous = cleaned
        cleaned = _NOISE_EDGE.sub("", cleaned).strip(" -–—:|,.;#")
    return cleaned


def _role_score(part: str) -> int:
    words = re.findall(r"[\w+-]+", part.lower())
    return sum(word in _ROLE_WORDS for word in words)


def _normalised(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def _same_company(part: str, company: str) -> bool:
    a, b = _normalised(part), _normalised(company)
    return bool(a and b) and (a == b or a.startswith(b) or b.startswith(a))


def _domain_company(event: Event) -> str:
    """A company name from the organizer's address (acme-corp.co.uk → "Acme Corp"), unless it is generic."""
    organizer = event.get("ORGANIZER")
    email = _email_of(organizer) if organizer is not None else ""
    host = email.rpartition("@")[2].lower()
    if not host or host in _GENERIC_DOMAINS or any(host.endswith("." + d) for d in _GENERIC_DOMAINS):
        return ""
    labels = host.split(".")[:-1]
    if len(labels) >= 2 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    if not labels:
        return ""
    name = re.sub(r"[-_]+", " ", labels[-1]).strip()
    return name.title() if name.islower() else name


# ---- import: link, place and people ------------------------------------------------------------

_URL = re.compile(r"https?://[^\s<>\"'\\]+", re.IGNORECASE)
_MEETING_HOSTS = (
    "zoom.us",
    "zoom.com",
    "teams.microsoft.com",
    "teams.live.com",
    "meet.google.com",
    "webex.com",
    "whereby.com",
    "meet.jit.si",
    "chime.aws",
    "gotomeeting.com",
    "bluejeans.com",
)
_PLATFORM_LABELS = frozenset(
    (
        "microsoft teams meeting",
        "microsoft teams-besprechung",
        "microsoft teams",
        "teams meeting",
        "teams",
        "zoom",
        "zoom meeting",
        "google meet",
        "meet",
        "webex",
        "webex meeting",
        "online",
        "video call",
        "virtual",
    )
)


def _meeting_link(event: Event) -> str:
    """The join link: a conference field's as it is, else the first meeting service's link in LOCATION,
    URL or DESCRIPTION, else a LOCATION that is nothing but a link."""
    conference = [
        event.get("X-GOOGLE-CONFERENCE"),
        *(_as_list(event.get("CONFERENCE"))),
        event.get("X-MICROSOFT-SKYPETEAMSMEETINGURL"),
    ]
    for source in conference:
        if source is not None:
            with contextlib.suppress(ValidationError):
                return check_link(str(source))
    sources = [
        event.get("LOCATION"),
        event.get("URL"),
        event.get("DESCRIPTION"),
        event.get("X-ALT-DESC"),
    ]
    texts = [str(source) for source in sources if source is not None]
    for strict in (True, False):
        for text in texts:
            for raw in _URL.findall(text):
                url = raw.rstrip(").,;:!?]}>*'\"")
                if _is_meeting_url(url, strict=strict):
                    try:
                        return check_link(url)
                    except ValidationError:
                        continue
    location = str(event.get("LOCATION", "")).strip()
    if _URL.fullmatch(location):
        try:
            return check_link(location)
        except ValidationError:
            return ""
    return ""


def _is_meeting_url(url: str, *, strict: bool) -> bool:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    path = parts.path.lower()
    if not any(host == known or host.endswith("." + known) for known in _MEETING_HOSTS):
        return False
    if not strict:
        return path not in ("", "/") and "meetingoptions" not in path and "/download" not in path
    if host.endswith(("zoom.us", "zoom.com")):
        return path.startswith(("/j/", "/my/", "/w/", "/s/"))
    if host.startswith("teams."):
        return path.startswith(("/l/meetup-join/", "/meet/"))
    if host == "meet.google.com":
        return bool(re.match(r"^/(?:[a-z]{3}-[a-z]{4}-[a-z]{3}|lookup/)", path))
    if host.endswith("webex.com"):
        return path.startswith(("/meet/", "/join/")) or "j.php" in path or "/wbxmjs/" in path
    return path not in ("", "/")


def _location_text(location: str, meeting_link: str) -> str:
    """LOCATION without the links in it, on one line; a bare platform name ("Microsoft Teams Meeting")
    is no place and is dropped."""
    text = _URL.sub("", location)
    lines = [" ".join(line.split()).strip(" ,;·") for line in text.replace("\\n", "\n").splitlines()]
    joined = ", ".join(line for line in lines if line)
    if joined.lower() in _PLATFORM_LABELS or (meeting_link and joined.lower().startswith("join")):
        return ""
    return joined[:500]


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _email_of(address: Any) -> str:
    text = str(address).strip()
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:") :]
    else:
        params = getattr(address, "params", {})
        text = str(params.get("EMAIL", "")) if params else ""
    try:
        return check_email(text.strip())
    except ValidationError:
        return ""


def _people(event: Event) -> tuple[Invitee, ...]:
    """The organizer and the attendees, once each; rooms and other resources are no panelists."""
    found: list[Invitee] = []
    seen: set[str] = set()
    for address in [*_as_list(event.get("ORGANIZER")), *_as_list(event.get("ATTENDEE"))]:
        params = getattr(address, "params", {}) or {}
        if str(params.get("CUTYPE", "INDIVIDUAL")).upper() in ("RESOURCE", "ROOM"):
            continue
        email = _email_of(address)
        name = _display_name(str(params.get("CN", "")), email)
        if not name:
            continue
        identity = email.lower() or name.lower()
        if identity in seen:
            continue
        seen.add(identity)
        relation = str(params.get(_X_RELATION, "")).strip()
        if relation not in {item.value for item in Relation}:
            relation = Relation.OTHER.value
        found.append(Invitee(name=name[:200], email=email, relation=relation))
    return tuple(found)


def _display_name(common_name: str, email: str) -> str:
    """A person's name: the CN ("Müller, Thomas" → "Thomas Müller"), else made from the address."""
    name = " ".join(common_name.strip().strip('"').split())
    if name and "@" not in name:
        last, comma, first = name.partition(",")
        if comma and first.strip() and "," not in first and " " not in last.strip():
            return f"{first.strip()} {last.strip()}"
        return name
    local = (email or name).partition("@")[0]
    words = [word for word in re.split(r"[._+-]+", local) if word and not word.isdigit()]
    return " ".join(word.capitalize() for word in words)


# ---- import: writing -----------------------------------------------------------------------------


def import_calendar(db: Database, path: Path, local_zone: str = "UTC") -> CalendarImportSummary:
    """Import an .ics file in one transaction; ImportFileError, with nothing written, if it is unusable."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_CALENDAR_BYTES + 1)
    except OSError as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "Cannot read {0}: {1}.").format(path, exc.strerror or exc)
        ) from exc
    return import_calendar_data(db, data, path.name, local_zone)


def import_calendar_data(
    db: Database, data: bytes, source: str, local_zone: str = "UTC"
) -> CalendarImportSummary:
    invites, notes = read_invites(data, source, local_zone)
    added: list[int] = []
    updated: list[int] = []
    unchanged: list[int] = []
    cancelled: list[int] = []
    with db.session() as session:
        for invite in invites:
            row = session.exec(select(Interview).where(Interview.uid == invite.key)).first()
            if invite.cancelled:
                if row is None or row.deleted_at is not None:
                    notes.append(_skipped_cancelled(invite.summary))
                    continue
                if row.state != InterviewState.CANCELLED.value:
                    row.state = InterviewState.CANCELLED.value
                    row.updated_at = utc_now()
                    session.add(row)
                assert row.id is not None
                cancelled.append(row.id)
                continue
            if row is None:
                row = _create(session, invite)
                assert row.id is not None
                _seat(session, row, invite.people)
                added.append(row.id)
                continue
            before = _snapshot(session, row)
            _update(row, invite)
            _seat(session, row, invite.people)
            assert row.id is not None
            if _snapshot(session, row) == before:
                unchanged.append(row.id)
            else:
                row.updated_at = utc_now()
                session.add(row)
                updated.append(row.id)
    return CalendarImportSummary(
        tuple(added), tuple(updated), tuple(unchanged), tuple(cancelled), tuple(dict.fromkeys(notes))
    )


def _create(session: Session, invite: Invite) -> Interview:
    opportunity = session.exec(
        select(Opportunity)
        .where(func.lower(Opportunity.company) == invite.company.lower())
        .where(func.lower(Opportunity.role) == invite.role.lower())
        .order_by(col(Opportunity.id))
    ).first()
    if opportunity is None:
        opportunity = Opportunity(company=invite.company, role=invite.role)
        session.add(opportunity)
        session.flush()
    assert opportunity.id is not None
    round_number = invite.round_number
    if round_number is None:
        last = session.exec(
            select(func.max(Interview.round_number)).where(
                Interview.opportunity_id == opportunity.id, col(Interview.deleted_at).is_(None)
            )
        ).one()
        round_number = min(MAX_ROUND, last + 1) if last else NEW_OPPORTUNITY_ROUND
    interview = Interview(
        uid=invite.key,
        opportunity_id=opportunity.id,
        round_number=round_number,
        kind=invite.kind or InterviewKind.PANEL.value,
        starts_at=invite.starts_at,
        timezone=invite.timezone,
        duration_minutes=invite.duration_minutes,
        location=invite.location,
        meeting_link=invite.meeting_link,
    )
    session.add(interview)
    session.flush()
    return interview


def _update(row: Interview, invite: Invite) -> None:
    """A newer copy of the invitation: the time and place follow it; company, role, round and kind
    stay as the user may have corrected them."""
    row.starts_at = invite.starts_at
    row.timezone = invite.timezone
    row.duration_minutes = invite.duration_minutes
    if invite.location:
        row.location = invite.location
    if invite.meeting_link:
        row.meeting_link = invite.meeting_link
    if row.state == InterviewState.CANCELLED.value:
        row.state = InterviewState.PLANNED.value
    row.deleted_at = None  # the invitation says the interview exists: an undoable deletion is cancelled


def _snapshot(session: Session, row: Interview) -> tuple[object, ...]:
    people = session.exec(select(Panelist.person_id).where(Panelist.interview_id == row.id)).all()
    return (
        row.starts_at.astimezone(UTC).replace(tzinfo=None),
        row.timezone,
        row.duration_minutes,
        row.location,
        row.meeting_link,
        row.state,
        row.deleted_at,
        tuple(sorted(people)),
    )


def _seat(session: Session, interview: Interview, people: Iterable[Invitee]) -> None:
    """Put the invitees on the panel; someone the opportunity already knows (same address, else same
    name) is reused, keeping the relation the user gave them."""
    known = session.exec(select(Person).where(Person.opportunity_id == interview.opportunity_id)).all()
    by_email = {person.email.lower(): person for person in known if person.email}
    by_name = {person.name.lower(): person for person in known}
    seated = set(session.exec(select(Panelist.person_id).where(Panelist.interview_id == interview.id)).all())
    position = len(seated)
    for invitee in people:
        person = by_email.get(invitee.email.lower()) if invitee.email else None
        if person is None:
            person = by_name.get(invitee.name.lower())
            other_address = person is not None and person.email.lower() not in ("", invitee.email.lower())
            if invitee.email and other_address:
                person = None  # a namesake with another address is someone else
        if person is None:
            person = Person(
                opportunity_id=interview.opportunity_id,
                name=invitee.name,
                email=invitee.email,
                relation=invitee.relation,
            )
            session.add(person)
            session.flush()
            by_name[person.name.lower()] = person
            if person.email:
                by_email[person.email.lower()] = person
        elif invitee.email and not person.email:
            person.email = invitee.email
            session.add(person)
        assert person.id is not None and interview.id is not None
        if person.id in seated:
            continue
        session.add(Panelist(interview_id=interview.id, person_id=person.id, position=position))
        seated.add(person.id)
        position += 1
    session.flush()
