"""The reminder rules, with explicit times."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from secondround_desktop.core.reminders import (
    DueThankYou,
    ReminderKind,
    ReminderSettings,
    UpcomingInterview,
    due_reminders,
)

START = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)
ALL = ReminderSettings()


def acme(start: datetime = START, ready: int | None = 60) -> UpcomingInterview:
    return UpcomingInterview(1, "Acme", "Staff Engineer", start, ready)


def kinds(
    now: datetime, shown: set[str] | None = None, settings: ReminderSettings = ALL
) -> list[ReminderKind]:
    return [r.kind for r in due_reminders(now, [acme()], [], shown or set(), settings)]


def test_nothing_more_than_a_day_ahead() -> None:
    assert kinds(START - timedelta(hours=24, minutes=1)) == []


def test_a_day_before_with_readiness() -> None:
    (reminder,) = due_reminders(START - timedelta(hours=23), [acme()], [], set(), ALL)
    assert reminder.kind is ReminderKind.DAY_BEFORE
    assert (reminder.company, reminder.role, reminder.ready_percent) == ("Acme", "Staff Engineer", 60)
    assert reminder.starts_at == START
    assert kinds(START - timedelta(hours=24)) == [ReminderKind.DAY_BEFORE]


def test_an_hour_before_replaces_the_day_reminder() -> None:
    assert kinds(START - timedelta(minutes=60)) == [ReminderKind.HOUR_BEFORE]
    assert kinds(START - timedelta(minutes=1)) == [ReminderKind.HOUR_BEFORE]


def test_nothing_once_started() -> None:
    assert kinds(START) == []
    assert kinds(START + timedelta(minutes=5)) == []


def test_nothing_fires_twice() -> None:
    now = START - timedelta(hours=20)
    first = due_reminders(now, [acme()], [], set(), ALL)
    shown = {r.key for r in first}
    assert kinds(now + timedelta(hours=1), shown) == []
    # The hour reminder is a different one and still comes.
    assert kinds(START - timedelta(minutes=30), shown) == [ReminderKind.HOUR_BEFORE]


def test_a_moved_interview_reminds_again() -> None:
    now = START - timedelta(hours=20)
    shown = {r.key for r in due_reminders(now, [acme()], [], set(), ALL)}
    moved = acme(START + timedelta(hours=2))
    assert [r.kind for r in due_reminders(now, [moved], [], shown, ALL)] == [ReminderKind.DAY_BEFORE]


def test_off_means_off() -> None:
    assert kinds(START - timedelta(hours=5), settings=ReminderSettings(day_before=False)) == []
    assert kinds(START - timedelta(minutes=5), settings=ReminderSettings(hour_before=False)) == []
    # Switching the hour reminder off does not bring the day one back inside the last hour.
    assert kinds(START - timedelta(minutes=5), settings=ReminderSettings(hour_before=False)) == []


def test_interviews_come_soonest_first() -> None:
    later = UpcomingInterview(2, "Globex", "Lead", START + timedelta(hours=3))
    found = due_reminders(START - timedelta(hours=2), [later, acme()], [], set(), ALL)
    assert [r.interview_id for r in found] == [1, 2]


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute).astimezone()


DUE = date(2026, 3, 11)


def thanks(*names: str, interview_id: int = 1, due: date = DUE) -> list[DueThankYou]:
    return [DueThankYou(n, interview_id, name, "Acme", due) for n, name in enumerate(names, 1)]


def test_thank_you_from_nine_on_its_due_day() -> None:
    follow_ups = thanks("Ana Ruiz", "Ben Okafor")
    assert due_reminders(local(DUE, 8, 59), [], follow_ups, set(), ALL) == []
    (reminder,) = due_reminders(local(DUE, 9), [], follow_ups, set(), ALL)
    assert reminder.kind is ReminderKind.THANK_YOU
    assert reminder.people == ("Ana Ruiz", "Ben Okafor")
    assert reminder.company == "Acme" and reminder.due_date == DUE


def test_overdue_thank_you_is_due_and_shown_once() -> None:
    later = local(DUE + timedelta(days=2), 7)
    (reminder,) = due_reminders(later, [], thanks("Ana Ruiz"), set(), ALL)
    assert due_reminders(later, [], thanks("Ana Ruiz"), {reminder.key}, ALL) == []


def test_thank_yous_are_grouped_per_interview() -> None:
    follow_ups = thanks("Ana Ruiz") + thanks("Chen Wei", interview_id=2)
    found = due_reminders(local(DUE, 12), [], follow_ups, set(), ALL)
    assert sorted(r.interview_id for r in found) == [1, 2]


def test_thank_you_reminders_can_be_switched_off() -> None:
    off = ReminderSettings(thank_you=False)
    assert due_reminders(local(DUE, 12), [], thanks("Ana Ruiz"), set(), off) == []
