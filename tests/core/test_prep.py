"""The prep walk's engine: recap, fresh points and the repetition guard, the bank, readiness."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from secondround_desktop.core.db import Database
from secondround_desktop.core.errors import ValidationError
from secondround_desktop.core.interviews import InterviewDraft, InterviewService, PersonInput
from secondround_desktop.core.models import NoteKind, PointStatus
from secondround_desktop.core.playbook import AUDIENCES, load_playbook
from secondround_desktop.core.prep import ADVOCATE_ASK_CHECK, RECAP, PrepService


@pytest.fixture
def prep(db: Database) -> PrepService:
    return PrepService(db, load_playbook("en"))


def _round(service: InterviewService, number: int, days: int, company: str = "Acme") -> int:
    day = datetime.now() + timedelta(days=days)
    return service.create(
        InterviewDraft(
            company=company,
            role="Engineer",
            round_number=number,
            date_text=f"{day:%Y-%m-%d}",
            time_text="10:00",
            timezone="UTC",
        )
    )


@pytest.fixture
def two_rounds(service: InterviewService) -> tuple[int, int, int, int, int]:
    """Round one with the hiring manager and a team member; round two adds a new person."""
    first = _round(service, 1, -14)
    manager = service.add_person(first, PersonInput("Maria Keller", relation="hiring_manager"))
    teammate = service.add_person(first, PersonInput("Jonas Weber", relation="team_member"))
    second = _round(service, 2, 2)
    service.add_panelists(second, [manager, teammate])
    newcomer = service.add_person(second, PersonInput("Henrik Larsen", relation="boss_of_boss"))
    return first, second, manager, teammate, newcomer


def test_recap_lists_what_earlier_rounds_told_and_what_the_user_typed(
    prep: PrepService, two_rounds: tuple[int, int, int, int, int]
) -> None:
    first, second, manager, _teammate, _newcomer = two_rounds
    told = prep.add_point(first, "I led the migration to Kubernetes", manager, PointStatus.TOLD.value)
    prep.update_point(told, landed=True)
    prep.add_point(first, "A plan for this round", manager)  # planned, never told: not part of the recap
    prep.set_note(
        first, NoteKind.DEBRIEF.value, "missed", "Never got to talk about mentoring\n- the on-call rota"
    )
    prep.set_note(second, NoteKind.RECAP.value, "missed", "typed on this round")
    typed = prep.add_point(second, "I cut cloud costs by a third", None, RECAP)

    recap = prep.recap(second)

    assert not recap.is_first_round
    (earlier,) = recap.rounds
    assert earlier.interview_id == first
    assert [(p.text, p.person_name, p.landed) for p in earlier.told] == [
        ("I led the migration to Kubernetes", "Maria Keller", True)
    ]
    assert earlier.missed.startswith("Never got to talk about mentoring")
    assert recap.agenda == ("Never got to talk about mentoring", "the on-call rota")
    assert recap.typed_missed == "typed on this round"
    assert [p.id for p in recap.typed] == [typed]
    assert prep.recap(first).is_first_round


def test_the_guard_flags_a_rephrased_point_for_the_person_who_heard_it(
    prep: PrepService, two_rounds: tuple[int, int, int, int, int]
) -> None:
    first, second, manager, teammate, _newcomer = two_rounds
    heard = prep.add_point(first, "I led the migration to Kubernetes", teammate, PointStatus.TOLD.value)
    repeat = prep.add_point(second, "the Kubernetes migration I was leading", teammate)
    fresh = prep.add_point(second, "What does the team's Kubernetes roadmap look like?", teammate)

    warnings = prep.repeats(second)

    assert set(warnings) == {repeat}
    assert warnings[repeat].heard.id == heard
    assert warnings[repeat].heard.person_name == "Jonas Weber"
    assert fresh not in warnings
    assert manager  # the manager heard nothing here


def test_what_the_hiring_manager_heard_counts_for_every_panelist(
    prep: PrepService, two_rounds: tuple[int, int, int, int, int]
) -> None:
    first, second, manager, _teammate, newcomer = two_rounds
    prep.add_point(first, "I mentored two junior engineers into on-call", manager, PointStatus.TOLD.value)
    planned = prep.add_point(second, "mentored two junior engineers so they could take on-call", newcomer)
    assert set(prep.repeats(second)) == {planned}


def test_a_point_told_only_to_someone_else_is_no_repeat(
    prep: PrepService, two_rounds: tuple[int, int, int, int, int]
) -> None:
    first, second, _manager, teammate, newcomer = two_rounds
    prep.add_point(first, "I mentored two junior engineers into on-call", teammate, PointStatus.TOLD.value)
    prep.add_point(second, "mentored two junior engineers so they could take on-call", newcomer)
    assert prep.repeats(second) == {}


def test_a_kept_point_stays_kept_until_it_is_reworded(
    prep: PrepService, two_rounds: tuple[int, int, int, int, int]
) -> None:
    _first, second, manager, _teammate, _newcomer = two_rounds
    prep.add_point(second, "I cut cloud costs by a third", None, RECAP)
    planned = prep.add_point(second, "cut our cloud costs by a third", manager)
    assert set(prep.repeats(second)) == {planned}

    prep.update_point(planned, kept_despite_repeat=True)
    assert prep.repeats(second) == {}
    assert prep.readiness(second).warnings.count("1 planned point repeats round one") == 0

    prep.update_point(planned, text="cut our cloud costs by a third, and how I would do it here")
    assert set(prep.repeats(second)) == {planned}


def test_repeats_many_agrees_with_one_at_a_time(
    prep: PrepService, service: InterviewService, two_rounds: tuple[int, int, int, int, int]
) -> None:
    first, second, manager, _teammate, _newcomer = two_rounds
    prep.add_point(first, "I led the migration to Kubernetes", manager, PointStatus.TOLD.value)
    prep.add_point(second, "the Kubernetes migration I was leading", manager)
    other_first = _round(service, 1, -5, company="Globex")
    other_second = _round(service, 2, 5, company="Globex")
    prep.add_point(other_first, "I built the billing pipeline", None, PointStatus.TOLD.value)
    prep.add_point(other_second, "the billing pipeline I built", None)

    together = prep.repeats_many([second, other_second])

    assert together == {second: prep.repeats(second), other_second: prep.repeats(other_second)}
    assert len(together[second]) == 1 and len(together[other_second]) == 1


def test_repeats_many_compares_only_with_rounds_of_the_same_opportunity(
    prep: PrepService, service: InterviewService, two_rounds: tuple[int, int, int, int, int]
) -> None:
    _first, second, _manager, _teammate, _newcomer = two_rounds
    prep.add_point(second, "I led the migration to Kubernetes", None)
    # Told to another company, in a round that is earlier by number and by time.
    other_first = _round(service, 1, -20, company="Globex")
    other_second = _round(service, 2, 3, company="Globex")
    prep.add_point(other_first, "I led the migration to Kubernetes", None, PointStatus.TOLD.value)

    together = prep.repeats_many([second, other_second])

    assert together == {second: {}, other_second: {}}
    assert together[second] == prep.repeats(second)


def test_points_move_and_come_back_after_delete(
    prep: PrepService, two_rounds: tuple[int, int, int, int, int]
) -> None:
    _first, second, manager, _teammate, _newcomer = two_rounds
    a = prep.add_point(second, "alpha", manager)
    b = prep.add_point(second, "beta", manager)
    c = prep.add_point(second, "gamma", manager)
    prep.move_point(c, -2)
    assert [p.id for p in prep.planned_points(second)] == [c, a, b]
    snapshot = prep.delete_point(a)
    assert [p.id for p in prep.planned_points(second)] == [c, b]
    prep.restore_point(snapshot)
    assert [p.text for p in prep.planned_points(second)] == ["gamma", "alpha", "beta"]
    with pytest.raises(ValidationError):
        prep.add_point(second, "   ", manager)


def test_the_bank_is_seeded_once_from_the_playbook_and_is_editable(prep: PrepService) -> None:
    bank = prep.bank()
    assert set(bank) == set(AUDIENCES)
    assert all(len(bank[audience]) >= 8 for audience in AUDIENCES)
    assert prep.ensure_seeded() == 0  # already there
    first = bank["team_member"][0]
    prep.update_bank_question(first.id, "What would a great first month look like?")
    own = prep.add_bank_question("anyone", "How are decisions made here?")
    bank = prep.bank()
    assert bank["team_member"][0].text == "What would a great first month look like?"
    assert bank["anyone"][-1].id == own and not bank["anyone"][-1].is_seed
    with pytest.raises(ValidationError):
        prep.add_bank_question("nobody", "Who?")


def test_questions_are_assigned_reordered_answered_and_restored(
    prep: PrepService, two_rounds: tuple[int, int, int, int, int]
) -> None:
    _first, second, manager, teammate, _newcomer = two_rounds
    seed = prep.bank()["hiring_manager"][0]
    q1 = prep.assign_question(second, seed.text, manager, seed.id)
    q2 = prep.assign_question(second, "What keeps you here?", manager)
    q3 = prep.assign_question(second, "What does a typical day look like?", teammate)
    prep.move_question(q2, -1)
    mine = [q.id for q in prep.questions(second) if q.person_id == manager]
    assert mine == [q2, q1]
    prep.update_question(q3, asked=True, answer="Mostly pairing")
    (answered,) = [q for q in prep.questions(second) if q.id == q3]
    assert (answered.asked, answered.answer) == (True, "Mostly pairing")
    snapshot = prep.remove_question(q1)
    assert q1 not in [q.id for q in prep.questions(second)]
    prep.restore_question(snapshot)
    assert q1 in [q.id for q in prep.questions(second)]


def test_readiness_counts_the_checklist_and_warns(
    prep: PrepService, two_rounds: tuple[int, int, int, int, int]
) -> None:
    _first, second, manager, teammate, newcomer = two_rounds
    readiness = prep.readiness(second)
    assert readiness.done == 0 and readiness.total == len(prep.playbook.check_keys())
    assert "No advocate ask prepared" in readiness.warnings
    assert any(w.startswith("No question for") and "Henrik Larsen" in w for w in readiness.warnings)

    for key in prep.playbook.check_keys()[:4]:
        prep.set_check(second, key, done=True)
    prep.set_note(second, NoteKind.ADVOCATE.value, "words", "Maria, would you share what we covered?")
    for person in (manager, teammate, newcomer):
        prep.assign_question(second, "What does success look like?", person)

    readiness = prep.readiness(second)
    assert readiness.done == 4
    assert readiness.percent == round(4 / readiness.total * 100)
    assert readiness.warnings == ()
    with pytest.raises(ValidationError):
        prep.set_check(second, "not_a_playbook_item", done=True)


def test_the_ask_in_the_room_counts_as_an_advocate_ask(
    prep: PrepService, two_rounds: tuple[int, int, int, int, int]
) -> None:
    _first, second, *_ = two_rounds
    prep.set_check(second, ADVOCATE_ASK_CHECK, done=True)
    assert "No advocate ask prepared" not in prep.readiness(second).warnings


def test_readiness_many_answers_for_every_interview_in_one_call(
    prep: PrepService, service: InterviewService, two_rounds: tuple[int, int, int, int, int]
) -> None:
    first, second, *_ = two_rounds
    prep.set_check(first, prep.playbook.check_keys()[0], done=True)
    many = prep.readiness_many([first, second])
    assert many[first].done == 1 and many[second].done == 0
    assert prep.readiness_many([]) == {}


def test_fit_criteria_are_written_answered_and_removed(
    prep: PrepService, two_rounds: tuple[int, int, int, int, int]
) -> None:
    _first, second, *_ = two_rounds
    a = prep.add_criterion(second, "A clear path to lead")
    b = prep.add_criterion(second, "Remote two days a week")
    prep.update_criterion(a, answer="Yes, within a year")
    assert [(c.text, c.answer) for c in prep.criteria(second)] == [
        ("A clear path to lead", "Yes, within a year"),
        ("Remote two days a week", ""),
    ]
    snapshot = prep.remove_criterion(b)
    assert len(prep.criteria(second)) == 1
    prep.restore_criterion(snapshot)
    assert [c.id for c in prep.criteria(second)] == [a, b]


def test_readiness_takes_the_repeats_the_caller_just_found(
    prep: PrepService, two_rounds: tuple[int, int, int, int, int]
) -> None:
    first, second, _manager, teammate, _newcomer = two_rounds
    prep.add_point(first, "I led the migration to Kubernetes", teammate, PointStatus.TOLD.value)
    prep.add_point(second, "the Kubernetes migration I was leading", teammate)
    found = prep.repeats(second)

    assert prep.readiness(second, found) == prep.readiness(second)
    assert "1 planned point repeats round one" in prep.readiness(second, found).warnings
    # The readiness counts what it is given (nothing found: no warning), not what it would find again.
    assert "1 planned point repeats round one" not in prep.readiness(second, {}).warnings
