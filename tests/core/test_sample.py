"""The sample data gives a newcomer something real to look at, placed around today."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlmodel import col, func, select

from secondround_desktop.core.db import Database
from secondround_desktop.core.interviews import InterviewService, Scope
from secondround_desktop.core.models import (
    FollowUp,
    Interview,
    InterviewQuestion,
    Note,
    Opportunity,
    Outcome,
    Panelist,
    PointStatus,
    Relation,
    TalkingPoint,
)
from secondround_desktop.core.sample import add_sample_data

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


def test_sample_data_has_past_and_upcoming_rounds(db: Database, service: InterviewService) -> None:
    added = add_sample_data(db, now=NOW)

    upcoming = service.list_interviews(Scope.UPCOMING, now=NOW)
    past = service.list_interviews(Scope.PAST, now=NOW)
    assert added == len(upcoming) + len(past) == 5
    assert {(row.company, row.round_number) for row in upcoming} == {
        ("Northwind Analytics", 2),
        ("Fjord Robotics", 2),
    }
    assert {(row.company, row.round_number) for row in past} == {
        ("Northwind Analytics", 1),
        ("Lumen Health", 1),
        ("Lumen Health", 2),
    }
    assert {row.timezone for row in upcoming + past} >= {"Europe/Berlin", "America/New_York"}


def test_the_next_northwind_round_is_in_two_days_at_ten_local(
    db: Database, service: InterviewService
) -> None:
    add_sample_data(db, now=NOW)
    (summary,) = service.list_interviews(Scope.UPCOMING, "northwind", now=NOW)
    detail = service.get(summary.id)
    assert detail.local_start.date() == date(2026, 6, 17)
    assert detail.local_start.strftime("%H:%M") == "10:00"
    assert detail.meeting_link.startswith("https://")
    assert detail.notes


def test_round_two_shares_the_hiring_manager_with_round_one(db: Database, service: InterviewService) -> None:
    add_sample_data(db, now=NOW)
    (first,) = service.list_interviews(Scope.PAST, "northwind", now=NOW)
    (second,) = service.list_interviews(Scope.UPCOMING, "northwind", now=NOW)
    first_panel = service.get(first.id).panel
    second_panel = service.get(second.id).panel

    shared = {person.id for person in first_panel} & {person.id for person in second_panel}
    assert len(shared) == 1
    (manager,) = [person for person in second_panel if person.id in shared]
    assert manager.relation == Relation.HIRING_MANAGER
    assert {person.relation for person in second_panel} >= {Relation.TEAM_MEMBER, Relation.BOSS_OF_BOSS}
    assert len(second_panel) == 4
    # Everyone met in round one who is not yet on round two is offered for it: here, the recruiter.
    assert [person.relation for person in service.earlier_people(second.id)] == [Relation.HR]
    assert first.outcome == Outcome.ADVANCED

    with db.session() as session:
        told = session.exec(select(TalkingPoint).where(TalkingPoint.interview_id == first.id)).all()
        planned = session.exec(select(TalkingPoint).where(TalkingPoint.interview_id == second.id)).all()
        questions = session.exec(
            select(InterviewQuestion).where(InterviewQuestion.interview_id == second.id)
        ).all()
    assert told and all(point.status == PointStatus.TOLD and point.person_id is not None for point in told)
    assert planned and all(point.status == PointStatus.PLANNED for point in planned)
    assert {point.person_id for point in planned} == {person.id for person in second_panel}
    assert {question.person_id for question in questions} == {person.id for person in second_panel}


def test_sample_data_has_notes_and_a_thank_you_due_today(db: Database, service: InterviewService) -> None:
    add_sample_data(db, now=NOW)
    past = service.list_interviews(Scope.PAST, "lumen", now=NOW)
    (lumen_two,) = [row for row in past if row.round_number == 2]
    assert NOW - timedelta(days=2) < lumen_two.starts_at < NOW
    assert service.get(lumen_two.id).notes

    with db.session() as session:
        due = session.exec(select(FollowUp).where(FollowUp.interview_id == lumen_two.id)).all()
        notes = session.exec(select(func.count()).select_from(Note)).one()
    assert due
    assert all(follow_up.done_at is None for follow_up in due)
    assert {follow_up.due_date for follow_up in due} == {NOW.astimezone().date()}
    assert all(follow_up.draft for follow_up in due)
    assert notes >= 4


def test_the_fjord_round_is_in_person_next_week(db: Database, service: InterviewService) -> None:
    add_sample_data(db, now=NOW)
    (fjord,) = service.list_interviews(Scope.UPCOMING, "fjord", now=NOW)
    detail = service.get(fjord.id)
    assert detail.location
    assert not detail.meeting_link
    assert detail.local_start.date() == date(2026, 6, 22)


def test_sample_data_can_be_added_twice(db: Database, service: InterviewService) -> None:
    assert add_sample_data(db, now=NOW) == 5
    assert add_sample_data(db, now=NOW) == 5
    assert service.counts(now=NOW).total == 10
    with db.session() as session:
        opportunities = session.exec(select(func.count()).select_from(Opportunity)).one()
        links = session.exec(select(func.count()).select_from(Panelist)).one()
        live = session.exec(select(func.count()).where(col(Interview.deleted_at).is_(None))).one()
    assert opportunities == 3  # the second copy joins the same opportunities
    assert live == 10
    assert links == 2 * 12
    assert db.integrity_check() == []


def test_sample_data_defaults_to_the_current_time(db: Database, service: InterviewService) -> None:
    add_sample_data(db)
    counts = service.counts()
    assert (counts.upcoming, counts.past) == (2, 3)
