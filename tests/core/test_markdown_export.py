"""Markdown export: one interview or everything, with the whole record, readable as plain text."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from secondround_desktop import cli
from secondround_desktop.core.db import Database
from secondround_desktop.core.errors import ValidationError
from secondround_desktop.core.interviews import InterviewDraft, InterviewService, PersonInput
from secondround_desktop.core.markdown_export import all_markdown, interview_markdown
from secondround_desktop.core.models import (
    FollowUp,
    Interview,
    InterviewState,
    Note,
    NoteKind,
    Opportunity,
    Outcome,
    PointStatus,
)
from secondround_desktop.core.playbook import Playbook, load_playbook
from secondround_desktop.core.prep import PrepService
from secondround_desktop.core.sample import add_sample_data

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


@pytest.fixture
def playbook() -> Playbook:
    return load_playbook("en")


def full_interview(db: Database, service: InterviewService, playbook: Playbook) -> int:
    """A finished round with something in every part of the record."""
    prep = PrepService(db, playbook)
    interview_id = service.create(
        InterviewDraft(
            company="Acme",
            role="Staff Engineer",
            round_number=2,
            date_text="2026-11-20",
            time_text="14:00",
            timezone="Europe/Berlin",
            duration_minutes=90,
            location="Acme HQ, Room 4",
            meeting_link="https://meet.example.com/acme-2",
        )
    )
    ada = service.add_person(
        interview_id, PersonInput("Ada Lovelace", "Head of Platform", "ada@acme.example", "hiring_manager")
    )
    bob = service.add_person(interview_id, PersonInput("Bob Builder", relation="team_member"))
    service.set_notes(interview_id, "Camera on.\n\nBring the **cost numbers**.")
    prep.set_note(interview_id, NoteKind.ADVOCATE.value, "words", "Ada, would you share the migration story?")
    told = prep.add_point(interview_id, "Cut warehouse costs by 35%", ada, PointStatus.TOLD.value)
    prep.update_point(told, landed=True)
    prep.add_point(interview_id, "Mentored two juniors into on-call", bob)
    question = prep.assign_question(interview_id, "How do you handle on-call?", bob)
    prep.update_question(question, asked=True, answer="A week in six.\nFollow-the-sun with Boston.")
    prep.assign_question(interview_id, "What keeps you up at night?", None)
    criterion = prep.add_criterion(interview_id, "A clear path to lead")
    prep.update_criterion(criterion, answer="Yes, within a year.")
    first_check = playbook.check_keys()[0]
    prep.set_check(interview_id, first_check, done=True, note="Done on Sunday")
    with db.session() as session:
        interview = session.get(Interview, interview_id)
        assert interview is not None
        interview.state, interview.outcome = InterviewState.DONE.value, Outcome.ADVANCED.value
        session.add(interview)
        session.add(
            Note(interview_id=interview_id, kind="debrief", topic="went_well", body="The story landed.")
        )
        session.add(
            Note(interview_id=interview_id, person_id=bob, kind="debrief", topic="they_asked", body="Kafka")
        )
        session.add(
            FollowUp(
                interview_id=interview_id,
                person_id=ada,
                due_date=date(2026, 11, 21),
                draft="Dear Ada,\nthanks!",
            )
        )
    return interview_id


def test_one_interview_holds_the_whole_record(
    db: Database, service: InterviewService, playbook: Playbook
) -> None:
    interview_id = full_interview(db, service, playbook)
    first_check_text = playbook.steps[0].checks[0].text

    markdown = interview_markdown(db, interview_id, playbook)

    assert markdown.startswith(
        "# Acme — Staff Engineer, round 2\n\n**When:** Fri 20 Nov 2026, 14:00 (Europe/Berlin), 1 h 30 min  \n"
    )
    for expected in (
        "**Where:** Acme HQ, Room 4  ",
        "**Link:** <https://meet.example.com/acme-2>  ",
        "**State:** Done · **Outcome:** Advanced",
        "## Panel\n\n- **Ada Lovelace**, Head of Platform — Hiring manager · <ada@acme.example>\n"
        "- **Bob Builder** — Team member",
        "## Notes\n\nCamera on.\n\nBring the **cost numbers**.",
        "**The ask, in words**\n\nAda, would you share the migration story?",
        "- Told (to Ada Lovelace): Cut warehouse costs by 35% — landed",
        "- Planned (to Bob Builder): Mentored two juniors into on-call",
        "- [x] How do you handle on-call? (to Bob Builder)\n"
        "  > A week in six.\n  > Follow-the-sun with Boston.",
        "- [ ] What keeps you up at night?\n",
        "- A clear path to lead\n  > Yes, within a year.",
        f"1 of {len(playbook.check_keys())} done.\n\n- [x] {first_check_text} — Done on Sunday",
        "## Debrief\n\n**What went well**\n\nThe story landed.\n\n**Bob Builder: they asked**\n\nKafka",
        "## Follow-ups\n\n- [ ] Thank-you to Ada Lovelace, due 2026-11-21\n  > Dear Ada,\n  > thanks!",
    ):
        assert expected in markdown, expected
    assert markdown.rstrip().splitlines()[-1].startswith("*Exported from SecondRound ")
    assert "\n\n\n" not in markdown


def test_an_empty_interview_says_so_and_has_no_empty_sections(
    db: Database, service: InterviewService
) -> None:
    interview_id = service.create(
        InterviewDraft(
            company="Quiet", role="Lead", date_text="2026-12-03", time_text="10:00", timezone="UTC"
        )
    )
    markdown = interview_markdown(db, interview_id)
    assert "Nobody on the panel yet." in markdown
    for heading in (
        "## Notes",
        "## Talking points",
        "## Questions",
        "## Checklist",
        "## Debrief",
        "## Follow-ups",
    ):
        assert heading not in markdown


def test_a_missing_or_deleted_interview_is_refused(db: Database, service: InterviewService) -> None:
    interview_id = service.create(
        InterviewDraft(company="Gone", role="Lead", date_text="2026-12-03", time_text="10:00", timezone="UTC")
    )
    service.delete(interview_id)
    with pytest.raises(ValidationError):
        interview_markdown(db, interview_id)
    with pytest.raises(ValidationError):
        interview_markdown(db, 999)


def test_everything_lists_each_opportunity_and_round(
    db: Database, service: InterviewService, playbook: Playbook
) -> None:
    add_sample_data(db, now=NOW)
    full_interview(db, service, playbook)
    gone = service.create(
        InterviewDraft(
            company="Deleted Co", role="Lead", date_text="2026-12-03", time_text="10:00", timezone="UTC"
        )
    )
    service.delete(gone)
    with db.session() as session:
        session.add(Opportunity(company="Zeta", role="Designer", notes="Applied, no answer yet."))

    markdown = all_markdown(db, playbook)

    assert markdown.startswith("# SecondRound: all interviews\n\n5 opportunities, 6 interviews.\n")
    for heading in (
        "## Acme — Staff Engineer",
        "## Fjord Robotics — Platform Engineer",
        "## Lumen Health — Product Manager",
        "## Northwind Analytics — Senior Data Engineer",
        "## Zeta — Designer\n\n**Status:** Active\n\nApplied, no answer yet.\n\nNo interviews.",
    ):
        assert heading in markdown, heading
    assert "Deleted Co" not in markdown
    northwind = markdown[markdown.index("## Northwind") :]
    assert northwind.index("### Round 1: Hiring manager") < northwind.index("### Round 2: Panel")
    assert "#### Panel" in northwind and "#### Follow-ups" in northwind
    assert "- Told (to Maria Keller):" in northwind


def test_an_empty_database(db: Database) -> None:
    assert "0 opportunities, 0 interviews.\n\nNothing here yet." in all_markdown(db)


def test_export_command_writes_markdown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(tmp_path / "cli")
    assert cli.main(["sample-data", "--data-dir", folder]) == 0
    out = tmp_path / "all.md"
    assert cli.main(["export", "--format", "md", "--out", str(out), "--data-dir", folder]) == 0
    assert out.read_text(encoding="utf-8").startswith("# SecondRound: all interviews\n")
    capsys.readouterr()
    assert cli.main(["export", "--format", "md", "--interview", "1", "--data-dir", folder]) == 0
    assert capsys.readouterr().out.startswith("# Northwind Analytics — Senior Data Engineer, round 1\n")
