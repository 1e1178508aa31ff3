"""The debrief and the follow-ups: notes per person, what was told, shared questions, thank-yous."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest

from secondround_desktop.core.db import Database
from secondround_desktop.core.debrief import DebriefService
from secondround_desktop.core.errors import ValidationError
from secondround_desktop.core.followups import FollowUpService
from secondround_desktop.core.interviews import InterviewDraft, InterviewService, PersonInput
from secondround_desktop.core.models import PointStatus
from secondround_desktop.core.playbook import load_playbook
from secondround_desktop.core.prep import PrepService


def _round(service: InterviewService, number: int, when: datetime, zone: str = "UTC") -> int:
    local = when.astimezone(__import__("zoneinfo").ZoneInfo(zone))
    return service.create(
        InterviewDraft(
            company="Acme",
            role="Engineer",
            round_number=number,
            date_text=f"{local:%Y-%m-%d}",
            time_text=f"{local:%H:%M}",
            timezone=zone,
        )
    )


NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def test_the_latest_started_interview_is_the_one_to_debrief(db: Database, service: InterviewService) -> None:
    debrief = DebriefService(db)
    assert debrief.most_recently_started(NOW) is None
    old = _round(service, 1, NOW - timedelta(days=10))
    latest = _round(service, 2, NOW - timedelta(hours=2))
    _round(service, 3, NOW + timedelta(days=3))  # not started yet
    assert debrief.most_recently_started(NOW) == latest
    service.delete(latest)
    assert debrief.most_recently_started(NOW) == old


def test_notes_per_person_and_overall_are_kept_apart(db: Database, service: InterviewService) -> None:
    debrief = DebriefService(db)
    interview = _round(service, 2, NOW - timedelta(hours=1))
    ana = service.add_person(interview, PersonInput("Ana Ruiz"))
    debrief.set_note(interview, ana, "notes", "Cares about on-call")
    debrief.set_note(interview, ana, "impression", "warm")
    debrief.set_note(interview, None, "went_well", "The system design part")
    debrief.set_note(interview, ana, "notes", "Cares about on-call load")  # an update, not a second note
    assert debrief.notes(interview) == {
        (ana, "notes"): "Cares about on-call load",
        (ana, "impression"): "warm",
        (None, "went_well"): "The system design part",
    }
    with pytest.raises(ValidationError):
        debrief.set_note(interview, ana, "went_well", "overall topics are not per person")
    with pytest.raises(ValidationError):
        debrief.set_note(interview, ana, "impression", "ecstatic")


def test_points_marked_told_are_heard_by_the_next_round(db: Database, service: InterviewService) -> None:
    debrief = DebriefService(db)
    prep = PrepService(db, load_playbook("en"))
    first = _round(service, 1, NOW - timedelta(days=7))
    ana = service.add_person(first, PersonInput("Ana Ruiz", relation="team_member"))
    planned = prep.add_point(first, "I led the migration to Kubernetes", ana)
    second = _round(service, 2, NOW + timedelta(days=2))
    service.add_panelists(second, [ana])
    again = prep.add_point(second, "the Kubernetes migration I was leading", ana)
    assert prep.repeats(second) == {}  # planned but never told: nobody heard it

    debrief.mark_told(planned, True)

    assert [p.told for p in debrief.tellable_points(first)] == [True]
    assert set(prep.repeats(second)) == {again}
    debrief.mark_told(planned, False)
    assert prep.repeats(second) == {}


def test_the_same_question_answered_by_two_people_is_shown_side_by_side(
    db: Database, service: InterviewService
) -> None:
    debrief = DebriefService(db)
    prep = PrepService(db, load_playbook("en"))
    interview = _round(service, 2, NOW - timedelta(hours=1))
    ana = service.add_person(interview, PersonInput("Ana Ruiz"))
    ben = service.add_person(interview, PersonInput("Ben Ode"))
    for person, text, answer in (
        (ana, "What does a typical day look like?", "Pairing in the morning"),
        (ben, "what does a typical day look like", "Mostly meetings"),
        (ana, "How is on-call shared?", "Weekly rota"),
        (ben, "Who decides the roadmap?", ""),
    ):
        question = prep.assign_question(interview, text, person)
        prep.update_question(question, asked=True, answer=answer)

    (shared,) = debrief.shared_questions(interview)

    assert shared.text == "What does a typical day look like?"
    assert shared.answers == (("Ana Ruiz", "Pairing in the morning"), ("Ben Ode", "Mostly meetings"))


def test_outcome_marks_the_round_done(db: Database, service: InterviewService) -> None:
    debrief = DebriefService(db)
    interview = _round(service, 2, NOW - timedelta(hours=1))
    debrief.set_outcome(interview, "advanced")
    assert debrief.outcome(interview) == "advanced"
    assert service.get(interview).state == "done"
    with pytest.raises(ValidationError):
        debrief.set_outcome(interview, "hired-on-the-spot")


def test_a_thank_you_per_panelist_due_the_next_morning_in_the_interview_zone(
    db: Database, service: InterviewService
) -> None:
    followups = FollowUpService(db)
    # 23:30 in New York on 25 November is already the 26th in UTC: the due day follows the local date.
    interview = _round(service, 2, datetime(2026, 11, 26, 4, 30, tzinfo=UTC), zone="America/New_York")
    ana = service.add_person(interview, PersonInput("Ana Ruiz", email="ana@example.com"))
    assert followups.ensure_thank_yous(interview) == 1
    assert followups.ensure_thank_yous(interview) == 0  # once per person
    ben = service.add_person(interview, PersonInput("Ben Ode"))
    assert followups.ensure_thank_yous(interview) == 1
    items = followups.list(interview)
    assert [(i.person_id, i.due_date) for i in items] == [
        (ana, date(2026, 11, 26)),
        (ben, date(2026, 11, 26)),
    ]
    assert not items[0].done


def test_the_draft_cites_what_the_person_said_and_asked(db: Database, service: InterviewService) -> None:
    followups = FollowUpService(db)
    debrief = DebriefService(db)
    prep = PrepService(db, load_playbook("en"))
    interview = _round(service, 2, NOW - timedelta(hours=3))
    ana = service.add_person(interview, PersonInput("Ana Ruiz"))
    question = prep.assign_question(interview, "How is on-call shared?", ana)
    prep.update_question(question, asked=True, answer="A weekly rota with a follow-the-sun handover")
    debrief.set_note(interview, ana, "they_asked", "how I would onboard the analysts")
    followups.ensure_thank_yous(interview)
    (item,) = followups.list(interview)

    draft = followups.compose_draft(item.id)

    assert draft.startswith("Dear Ana,")
    assert "How is on-call shared?" in draft
    assert "A weekly rota with a follow-the-sun handover" in draft
    assert "how I would onboard the analysts" in draft
    assert "Engineer role at Acme" in draft


def test_overdue_until_done_and_a_mailto_that_carries_the_draft(
    db: Database, service: InterviewService
) -> None:
    followups = FollowUpService(db)
    interview = _round(service, 2, NOW - timedelta(days=3))
    service.add_person(interview, PersonInput("Ana Ruiz", email="ana@example.com"))
    followups.ensure_thank_yous(interview)
    (item,) = followups.list(interview)
    today = item.due_date + timedelta(days=1) if item.due_date else date.today()

    (late,) = followups.overdue(today)
    assert (late.id, late.person_name, late.company) == (item.id, "Ana Ruiz", "Acme")
    assert followups.overdue(today - timedelta(days=1)) == ()  # not yet overdue on its due day

    followups.set_draft(item.id, "Thank you & see you soon?")
    url = urlsplit(followups.mailto(item.id))
    assert (url.scheme, url.path) == ("mailto", "ana@example.com")
    assert parse_qs(url.query)["body"] == ["Thank you & see you soon?"]

    followups.set_done(item.id, True)
    assert followups.overdue(today) == ()
    service.delete(interview)
    followups.set_done(item.id, False)
    assert followups.overdue(today) == ()  # a deleted interview's follow-ups are not nagged about


def test_told_points_keep_their_place_among_planned_ones(db: Database, service: InterviewService) -> None:
    prep = PrepService(db, load_playbook("en"))
    debrief = DebriefService(db)
    interview = _round(service, 2, NOW - timedelta(hours=1))
    a = prep.add_point(interview, "alpha", None)
    b = prep.add_point(interview, "beta", None, PointStatus.TOLD.value)
    assert [(p.id, p.told) for p in debrief.tellable_points(interview)] == [(a, False), (b, True)]
