"""Looking back: timelines, conversion, questions and answers, the story ledger, reusing past prep."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import select

from secondround_desktop.core import review
from secondround_desktop.core.db import Database
from secondround_desktop.core.errors import ValidationError
from secondround_desktop.core.interviews import InterviewDraft, InterviewService, PersonInput
from secondround_desktop.core.models import (
    FitCriterion,
    FollowUp,
    Interview,
    InterviewQuestion,
    Note,
    NoteKind,
    Opportunity,
    PointStatus,
    TalkingPoint,
)
from secondround_desktop.core.playbook import load_playbook
from secondround_desktop.core.prep import PrepService

Round = Callable[..., int]
TODAY = date(2026, 6, 15)


@pytest.fixture
def prep(db: Database) -> PrepService:
    return PrepService(db, load_playbook("en"))


@pytest.fixture
def add_round(service: InterviewService, db: Database) -> Round:
    def make(
        company: str = "Acme",
        number: int = 1,
        days: int = -10,
        outcome: str = "pending",
        state: str = "done",
        role: str = "Engineer",
    ) -> int:
        day = datetime(2026, 6, 15, tzinfo=UTC) + timedelta(days=days)
        interview_id = service.create(
            InterviewDraft(
                company=company,
                role=role,
                round_number=number,
                date_text=f"{day:%Y-%m-%d}",
                time_text="10:00",
                timezone="UTC",
            )
        )
        with db.session() as session:
            row = session.get(Interview, interview_id)
            assert row is not None
            row.outcome, row.state = outcome, state
            session.add(row)
        return interview_id

    return make


def set_status(db: Database, interview_id: int, status: str) -> None:
    with db.session() as session:
        interview = session.get(Interview, interview_id)
        assert interview is not None
        opportunity = session.get(Opportunity, interview.opportunity_id)
        assert opportunity is not None
        opportunity.status = status
        session.add(opportunity)


# ---- timeline ----------------------------------------------------------------------------------


def test_the_timeline_lists_rounds_in_order_with_who_was_new_and_the_follow_ups(
    db: Database, service: InterviewService, add_round: Round
) -> None:
    second = add_round(number=2, days=-3, outcome="offer")
    first = add_round(number=1, days=-20, outcome="advanced")
    add_round(company="Globex")  # another opportunity stays out
    maria = service.add_person(first, PersonInput("Maria Keller", relation="hiring_manager"))
    tom = service.add_person(first, PersonInput("Tom Becker", relation="hr"))
    service.add_panelists(second, [maria])
    henrik = service.add_person(second, PersonInput("Henrik Larsen"))
    with db.session() as session:
        session.add(
            FollowUp(
                interview_id=first,
                person_id=maria,
                due_date=date(2026, 5, 27),
                done_at=datetime(2026, 5, 27, tzinfo=UTC),
            )
        )
        session.add(FollowUp(interview_id=second, person_id=henrik, due_date=date(2026, 6, 13)))
        session.add(FollowUp(interview_id=second, person_id=maria, due_date=date(2026, 6, 16)))
    opportunity = review.find_opportunity(db, " acme ", "ENGINEER")
    assert opportunity is not None

    line = review.timeline(db, opportunity, today=TODAY)

    assert (line.company, line.role, line.status, line.final_status) == (
        "Acme",
        "Engineer",
        "active",
        "offer",
    )
    assert [r.interview_id for r in line.rounds] == [first, second]
    assert [r.outcome for r in line.rounds] == ["advanced", "offer"]
    assert [[(p.name, p.is_new) for p in r.people] for r in line.rounds] == [
        [("Maria Keller", True), ("Tom Becker", True)],
        [("Maria Keller", False), ("Henrik Larsen", True)],
    ]
    assert [p.id for p in line.rounds[1].new_people] == [henrik]
    assert tom not in {p.id for p in line.rounds[1].people}
    assert [[(f.person_name, f.state) for f in r.follow_ups] for r in line.rounds] == [
        [("Maria Keller", "done")],
        [("Henrik Larsen", "overdue"), ("Maria Keller", "open")],
    ]


def test_deleted_rounds_leave_the_timeline_and_the_opportunity_list(
    db: Database, service: InterviewService, add_round: Round
) -> None:
    first = add_round(number=1, days=-20)
    second = add_round(number=2, days=-3)
    lone = add_round(company="Globex", days=-1)
    service.delete(second)
    service.delete(lone)

    summaries = review.opportunities(db)
    assert [(s.company, s.rounds) for s in summaries] == [("Acme", 1)]
    assert [r.interview_id for r in review.timeline(db, summaries[0].id).rounds] == [first]
    with pytest.raises(ValidationError):
        review.timeline(db, 999)


@pytest.mark.parametrize(
    ("status", "outcomes", "expected"),
    [
        ("active", ["advanced", "pending"], "active"),
        ("active", ["advanced", "rejected"], "rejected"),
        ("active", ["advanced", "offer"], "offer"),
        ("active", ["rejected", "pending"], "rejected"),
        ("withdrawn", ["advanced", "offer"], "withdrawn"),
        ("accepted", ["offer"], "accepted"),
        ("active", [], "active"),
    ],
)
def test_the_final_status(status: str, outcomes: list[str], expected: str) -> None:
    assert review.final_status(status, outcomes) == expected


def test_opportunities_are_the_most_recently_active_first(db: Database, add_round: Round) -> None:
    add_round(company="Old", days=-40)
    add_round(company="New", days=-2)
    add_round(company="Old", number=2, days=-1)
    assert [(s.company, s.rounds) for s in review.opportunities(db)] == [("Old", 2), ("New", 1)]


# ---- what worked -------------------------------------------------------------------------------


def test_conversion_per_round_and_offers(db: Database, service: InterviewService, add_round: Round) -> None:
    add_round(company="A", number=1, outcome="advanced")
    add_round(company="A", number=2, outcome="offer")
    add_round(company="B", number=1, outcome="advanced")
    add_round(company="B", number=2, outcome="rejected")
    add_round(company="C", number=1, outcome="rejected")
    add_round(company="D", number=1, outcome="pending")
    cancelled = add_round(company="E", number=1, outcome="rejected", state="cancelled")
    deleted = add_round(company="F", number=1, outcome="advanced")
    accepted = add_round(company="G", number=1, outcome="advanced")
    set_status(db, accepted, "accepted")
    service.delete(deleted)
    assert cancelled

    result = review.conversion(db)

    assert [(r.round_number, r.interviews, r.decided, r.advanced, r.pending) for r in result.rounds] == [
        (1, 5, 4, 3, 1),
        (2, 2, 2, 1, 0),
    ]
    assert result.rounds[0].rate == pytest.approx(0.75)
    assert (result.opportunities, result.offers) == (5, 2)  # A by its round, G by its status
    assert result.offer_rate == pytest.approx(0.4)


def test_conversion_of_nothing_has_no_rates(db: Database) -> None:
    result = review.conversion(db)
    assert (result.rounds, result.opportunities, result.offers, result.offer_rate) == ((), 0, 0, None)
    assert review.RoundConversion(1, 2, 0, 0).rate is None


def test_top_questions_group_the_same_question_and_count_only_asked_ones(
    db: Database, prep: PrepService, add_round: Round
) -> None:
    acme = add_round(company="Acme", days=-20)
    globex = add_round(company="Globex", days=-10)
    initech = add_round(company="Initech", days=-5)
    for interview, text, asked, answer in (
        (acme, "What does success look like in a year?", True, "Shipping the new platform"),
        (globex, "what does SUCCESS look like, in a year", True, ""),
        (initech, "What does success look like in a year?!", True, "Growth"),
        (initech, "Who would I work with?", True, ""),
        (acme, "Who would I work with?", False, ""),  # planned, never asked
        (globex, "How is on-call organised?", False, ""),
    ):
        question = prep.assign_question(interview, text, None)
        prep.update_question(question, asked=asked, answer=answer)

    top = review.top_questions(db)

    assert [(q.times, q.answered) for q in top] == [(3, 2), (1, 0)]
    assert top[0].text == "What does success look like in a year?!"  # as last written
    assert top[0].companies == ("Acme", "Globex", "Initech")
    assert top[1].text == "Who would I work with?"
    assert len(review.top_questions(db, limit=1)) == 1


def test_notable_answers_are_the_long_ones(
    db: Database, service: InterviewService, prep: PrepService, add_round: Round
) -> None:
    interview = add_round()
    grace = service.add_person(interview, PersonInput("Grace Kim"))
    long = " ".join(["word"] * 30)
    medium = " ".join(["word"] * 15)
    for text, answer in (("Q long", long), ("Q medium", medium), ("Q short", "Yes, often."), ("Q none", "")):
        question = prep.assign_question(interview, text, grace)
        prep.update_question(question, asked=True, answer=answer)

    answers = review.notable_answers(db)

    assert [(a.question, a.words, a.person_name, a.company) for a in answers] == [
        ("Q long", 30, "Grace Kim", "Acme"),
        ("Q medium", 15, "Grace Kim", "Acme"),
    ]
    assert [a.question for a in review.notable_answers(db, min_words=1)][-1] == "Q short"
    assert len(review.notable_answers(db, limit=1)) == 1


def test_the_story_ledger_shows_which_point_was_told_to_whom(
    db: Database, service: InterviewService, prep: PrepService, add_round: Round
) -> None:
    acme1 = add_round(company="Acme", number=1, days=-20)
    acme2 = add_round(company="Acme", number=2, days=-5)
    globex = add_round(company="Globex", number=1, days=-10)
    maria = service.add_person(acme1, PersonInput("Maria Keller"))
    service.add_panelists(acme2, [maria])
    ingrid = service.add_person(globex, PersonInput("Ingrid Solberg"))
    told = PointStatus.TOLD.value
    prep.add_point(acme1, "Cut cloud costs by a third.", maria, told)
    prep.add_point(acme2, "cut cloud costs by a THIRD", maria, told)
    prep.add_point(globex, "Cut cloud costs, by a third", ingrid, told)
    prep.add_point(globex, "Mentored two juniors", None, told)
    prep.add_point(globex, "Planned but never told", ingrid)
    deleted = add_round(company="Gone", days=-2)
    prep.add_point(deleted, "Told somewhere deleted", None, told)
    service.delete(deleted)

    ledger = review.story_ledger(db)

    assert [(c.company, c.person_name) for c in ledger.columns] == [
        ("Acme", "Maria Keller"),
        ("Globex", "Ingrid Solberg"),
        ("Globex", ""),  # the room
    ]
    assert [(r.key, r.listeners) for r in ledger.rows] == [
        ("cut cloud costs by a third", 2),
        ("mentored two juniors", 1),
    ]
    assert ledger.rows[0].text == "cut cloud costs by a THIRD"  # as last told
    assert ledger.rounds(0, 0) == (1, 2)
    assert ledger.rounds(0, 1) == (1,)
    assert ledger.rounds(0, 2) == ()
    assert ledger.rounds(1, 2) == (1,)


def test_normalise() -> None:
    assert review.normalise("  Cut cloud-costs by 35%! ") == "cut cloud costs by 35"
    assert review.normalise("Résumé") == "resume"


# ---- reuse -------------------------------------------------------------------------------------


@pytest.fixture
def past_and_new(
    db: Database, service: InterviewService, prep: PrepService, add_round: Round
) -> tuple[int, int, int]:
    """A past interview full of prep, and a new one of another opportunity that shares nothing yet."""
    past = add_round(company="Acme", days=-30)
    maria = service.add_person(past, PersonInput("Maria Keller"))
    prep.add_point(past, "The Kubernetes migration story", maria, PointStatus.TOLD.value)
    prep.add_point(past, "Cost cutting", None)
    prep.add_point(past, "A recap line", None, "recap")
    question = prep.assign_question(past, "What does success look like?", maria)
    prep.update_question(question, asked=True, answer="Growth")
    prep.assign_question(past, "Who would I work with?", None)
    criterion = prep.add_criterion(past, "Remote two days a week")
    prep.update_criterion(criterion, answer="Yes")
    prep.set_note(past, NoteKind.ADVOCATE.value, "words", "Maria, would you share what stood out?")
    prep.set_note(past, NoteKind.ADVOCATE.value, "could_add", "The cost story")
    new = add_round(company="Globex", days=5)
    prep.set_note(new, NoteKind.ADVOCATE.value, "could_add", "Already written here")
    return past, new, maria


def test_copying_a_whole_prep_starts_it_afresh(
    db: Database, prep: PrepService, past_and_new: tuple[int, int, int]
) -> None:
    past, new, _maria = past_and_new

    result = review.copy_from_past(db, past, new, review.WHOLE_PREP)

    assert result.count == 6  # two points, two questions, one criterion, one advocate note
    points = prep.planned_points(new)
    assert [(p.text, p.person_id, p.status) for p in points] == [
        ("The Kubernetes migration story", None, "planned"),  # Maria is not on this panel
        ("Cost cutting", None, "planned"),
    ]
    assert [(q.text, q.asked, q.answer) for q in prep.questions(new)] == [
        ("What does success look like?", False, ""),
        ("Who would I work with?", False, ""),
    ]
    assert [(c.text, c.answer) for c in prep.criteria(new)] == [("Remote two days a week", "")]
    assert prep.note(new, NoteKind.ADVOCATE.value, "words") == "Maria, would you share what stood out?"
    assert prep.note(new, NoteKind.ADVOCATE.value, "could_add") == "Already written here"  # kept

    again = review.copy_from_past(db, past, new, review.WHOLE_PREP)
    assert again.count == 0  # nothing is duplicated


def test_copy_keeps_a_person_who_sits_on_the_new_panel_too(
    db: Database, service: InterviewService, prep: PrepService, add_round: Round
) -> None:
    first = add_round(number=1, days=-30)
    maria = service.add_person(first, PersonInput("Maria Keller"))
    prep.assign_question(first, "What is the team like?", maria)
    second = add_round(number=2, days=5)
    service.add_panelists(second, [maria])

    review.copy_from_past(db, first, second, [review.CopyPart.QUESTIONS])

    assert [(q.text, q.person_id) for q in prep.questions(second)] == [("What is the team like?", maria)]
    assert prep.planned_points(second) == ()


def test_only_the_chosen_parts_are_copied_and_undo_removes_exactly_them(
    db: Database, prep: PrepService, past_and_new: tuple[int, int, int]
) -> None:
    past, new, _maria = past_and_new
    mine = prep.add_point(new, "My own point", None)
    prep.set_note(new, NoteKind.ADVOCATE.value, "knows_liked", "")  # blank: the copy may fill it
    with db.session() as session:
        session.add(Note(interview_id=past, kind=NoteKind.ADVOCATE.value, topic="knows_liked", body="Liked"))

    result = review.copy_from_past(db, past, new, [review.CopyPart.POINTS, review.CopyPart.ADVOCATE])
    assert len(result.points) == 2 and not result.questions and not result.criteria
    assert prep.note(new, NoteKind.ADVOCATE.value, "knows_liked") == "Liked"

    review.undo_copy(db, result)

    assert [p.id for p in prep.planned_points(new)] == [mine]
    assert prep.note(new, NoteKind.ADVOCATE.value, "knows_liked") == ""
    assert prep.note(new, NoteKind.ADVOCATE.value, "words") == ""
    assert prep.note(new, NoteKind.ADVOCATE.value, "could_add") == "Already written here"
    with db.session() as session:
        assert session.exec(select(TalkingPoint).where(TalkingPoint.interview_id == new)).all()
        assert not session.exec(select(InterviewQuestion).where(InterviewQuestion.interview_id == new)).all()
        assert not session.exec(select(FitCriterion).where(FitCriterion.interview_id == new)).all()


def test_copy_refuses_the_same_or_a_deleted_interview(
    db: Database, service: InterviewService, past_and_new: tuple[int, int, int]
) -> None:
    past, new, _maria = past_and_new
    with pytest.raises(ValidationError):
        review.copy_from_past(db, new, new, review.WHOLE_PREP)
    service.delete(past)
    with pytest.raises(ValidationError):
        review.copy_from_past(db, past, new, review.WHOLE_PREP)


def test_reuse_sources_are_other_interviews_with_something_to_copy(
    db: Database, add_round: Round, past_and_new: tuple[int, int, int]
) -> None:
    past, new, _maria = past_and_new
    add_round(company="Empty", days=-3)

    sources = review.reuse_sources(db, new)

    assert [(s.interview_id, s.points, s.questions, s.criteria) for s in sources] == [(past, 3, 2, 1)]
    assert review.reuse_sources(db, past) == []
