"""How dates, times and enum values read in the app. Pure functions, shared by the GUI and the CLI."""

from __future__ import annotations

from datetime import datetime

from secondround_desktop.core.models import InterviewKind, Outcome, Relation

RELATION_LABELS: dict[str, str] = {
    Relation.HIRING_MANAGER: "Hiring manager",
    Relation.POTENTIAL_BOSS: "Potential boss",
    Relation.BOSS_OF_BOSS: "Boss's boss",
    Relation.TEAM_MEMBER: "Team member",
    Relation.PEER: "Peer from another team",
    Relation.HR: "HR or recruiter",
    Relation.OTHER: "Other",
}

KIND_LABELS: dict[str, str] = {
    InterviewKind.SCREEN: "Screen",
    InterviewKind.HIRING_MANAGER: "Hiring manager",
    InterviewKind.PANEL: "Panel",
    InterviewKind.FINAL: "Final",
}

OUTCOME_LABELS: dict[str, str] = {
    Outcome.PENDING: "Pending",
    Outcome.ADVANCED: "Advanced",
    Outcome.OFFER: "Offer",
    Outcome.REJECTED: "Rejected",
}


def relative_when(start: datetime, now: datetime) -> str:
    """A start time as the user thinks of it, in their local time: "Tomorrow 10:00", "Thu 3 Dec 14:00"."""
    local = start.astimezone()
    today = now.astimezone().date()
    days = (local.date() - today).days
    clock = f"{local:%H:%M}"
    if days == 0:
        return f"Today {clock}"
    if days == 1:
        return f"Tomorrow {clock}"
    if days == -1:
        return f"Yesterday {clock}"
    if -6 <= days <= 6:
        return f"{local:%a} {local.day} {local:%b} {clock}"
    if local.year == today.year:
        return f"{local:%a} {local.day} {local:%b} {clock}"
    return f"{local.day} {local:%b} {local.year} {clock}"


def absolute_when(start: datetime, zone_name: str) -> str:
    """The full date and time in the interview's own zone, e.g. "Thu 3 Dec 2026, 14:00 (Europe/Berlin)"."""
    from secondround_desktop.core.validation import zone

    local = start.astimezone(zone(zone_name))
    return f"{local:%a} {local.day} {local:%b} {local.year}, {local:%H:%M} ({zone_name})"


def duration_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours} h {rest} min"
    return f"{hours} h" if hours else f"{rest} min"
