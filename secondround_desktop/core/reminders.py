"""Reminders: a day and an hour before an interview, and when a thank-you is due. Pure rules, no Qt.

``due_reminders`` decides what to show at a given moment from plain data, so the rules are tested with
explicit times; the window feeds it from the services once a minute and remembers the keys it showed.
A key names the interview's start (or the follow-up's due date), so a moved interview reminds again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

DAY_BEFORE = timedelta(hours=24)
HOUR_BEFORE = timedelta(hours=1)
THANK_YOU_HOUR = time(9, 0)  # a thank-you due on a day is due from this time of that day (local time)


class ReminderKind(StrEnum):
    DAY_BEFORE = "day"
    HOUR_BEFORE = "hour"
    THANK_YOU = "thank_you"


@dataclass(frozen=True)
class ReminderSettings:
    """Which reminders the user wants; each kind can be switched off, and off means off."""

    day_before: bool = True
    hour_before: bool = True
    thank_you: bool = True


@dataclass(frozen=True)
class UpcomingInterview:
    id: int
    company: str
    role: str
    starts_at: datetime  # aware
    ready_percent: int | None = None


@dataclass(frozen=True)
class DueThankYou:
    id: int
    interview_id: int
    person_name: str
    company: str
    due_date: date


@dataclass(frozen=True)
class Reminder:
    key: str
    kind: ReminderKind
    interview_id: int
    company: str
    starts_at: datetime | None = None  # interviews
    role: str = ""
    ready_percent: int | None = None
    people: tuple[str, ...] = ()  # thank-yous: whom they are for
    due_date: date | None = None


def interview_key(kind: ReminderKind, interview: UpcomingInterview) -> str:
    return f"{kind.value}:{interview.id}:{interview.starts_at.isoformat()}"


def due_reminders(
    now: datetime,
    interviews: Iterable[UpcomingInterview],
    follow_ups: Iterable[DueThankYou],
    already_shown: Sequence[str] | set[str] | frozenset[str],
    settings: ReminderSettings,
) -> list[Reminder]:
    """What to remind of at ``now`` (aware), soonest interview first, then thank-yous by due date.

    - A day before: from 24 hours until 1 hour before the start (not when the hour reminder is due).
    - An hour before: from 1 hour before until the start; nothing once the interview has started.
    - A thank-you: from 09:00 local time on its due date, for every one not sent, grouped per interview.
    Keys in ``already_shown`` are never returned again.
    """
    shown = set(already_shown)
    result: list[Reminder] = []
    for interview in sorted(interviews, key=lambda i: (i.starts_at, i.id)):
        left = interview.starts_at - now
        if left <= timedelta(0):
            continue
        if left <= HOUR_BEFORE:
            if not settings.hour_before:
                continue
            kind = ReminderKind.HOUR_BEFORE
        elif left <= DAY_BEFORE:
            if not settings.day_before:
                continue
            kind = ReminderKind.DAY_BEFORE
        else:
            continue
        key = interview_key(kind, interview)
        if key in shown:
            continue
        result.append(
            Reminder(
                key=key,
                kind=kind,
                interview_id=interview.id,
                company=interview.company,
                starts_at=interview.starts_at,
                role=interview.role,
                ready_percent=interview.ready_percent,
            )
        )
    if settings.thank_you:
        local_now = now.astimezone()
        today, clock = local_now.date(), local_now.time().replace(tzinfo=None)
        groups: dict[tuple[int, date], list[DueThankYou]] = {}
        for follow_up in follow_ups:
            due = follow_up.due_date < today or (follow_up.due_date == today and clock >= THANK_YOU_HOUR)
            if due:
                groups.setdefault((follow_up.interview_id, follow_up.due_date), []).append(follow_up)
        for (interview_id, due_date), items in sorted(groups.items(), key=lambda g: (g[0][1], g[0][0])):
            key = f"{ReminderKind.THANK_YOU.value}:{interview_id}:{due_date.isoformat()}"
            if key in shown:
                continue
            result.append(
                Reminder(
                    key=key,
                    kind=ReminderKind.THANK_YOU,
                    interview_id=interview_id,
                    company=items[0].company,
                    people=tuple(item.person_name for item in items if item.person_name),
                    due_date=due_date,
                )
            )
    return result
