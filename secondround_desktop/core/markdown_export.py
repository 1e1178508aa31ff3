"""One interview, or everything, as Markdown that reads well in any notes app.

Unlike the cheat sheet (what to take into the room), this is the whole record: details and outcome,
the panel, notes, the advocate brief, talking points, questions with the answers heard, fit criteria,
the checklist, the debrief and the follow-ups. Read straight from the tables in one unit of work.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlmodel import Session, col, select

from secondround_desktop import APP_NAME, __version__
from secondround_desktop.core.db import Database
from secondround_desktop.core.errors import ValidationError
from secondround_desktop.core.formatting import (
    KIND_LABELS,
    OUTCOME_LABELS,
    RELATION_LABELS,
    absolute_when,
    duration_text,
)
from secondround_desktop.core.models import (
    ChecklistState,
    FitCriterion,
    FollowUp,
    FollowUpKind,
    Interview,
    InterviewQuestion,
    InterviewState,
    Note,
    NoteKind,
    Opportunity,
    Panelist,
    Person,
    PointStatus,
    TalkingPoint,
)
from secondround_desktop.core.playbook import Playbook
from secondround_desktop.core.texts import QT_TRANSLATE_NOOP

_Child = TypeVar(
    "_Child", Panelist, TalkingPoint, InterviewQuestion, ChecklistState, FitCriterion, Note, FollowUp
)

STATE_LABELS: dict[str, str] = {
    InterviewState.PLANNED: "Planned",
    InterviewState.DONE: "Done",
    InterviewState.CANCELLED: "Cancelled",
}

# (note kind, topic) → heading; anything not listed is labelled from its topic.
NOTE_LABELS: dict[tuple[str, str], str] = {
    (NoteKind.GENERAL, ""): "Notes",
    (NoteKind.PREP, ""): "Prep notes",
    (NoteKind.RECAP, "missed"): "Missed in earlier rounds",
    (NoteKind.ADVOCATE, "knows_liked"): "What the advocate knows and liked",
    (NoteKind.ADVOCATE, "could_add"): "What they could add",
    (NoteKind.ADVOCATE, "words"): "The ask, in words",
    (NoteKind.DEBRIEF, "went_well"): "What went well",
    (NoteKind.DEBRIEF, "say_differently"): "What to say differently",
    (NoteKind.DEBRIEF, "missed"): "What was missed",
    (NoteKind.DEBRIEF, "next_steps"): "Next steps",
    (NoteKind.DEBRIEF, "notes"): "Notes",
    (NoteKind.DEBRIEF, "they_asked"): "They asked",
    (NoteKind.DEBRIEF, "impression"): "Impression",
}
_SECTION_OF_KIND = {
    NoteKind.GENERAL.value: "notes",
    NoteKind.PREP.value: "notes",
    NoteKind.RECAP.value: "prep",
    NoteKind.ADVOCATE.value: "prep",
    NoteKind.DEBRIEF.value: "debrief",
}
_POINT_LABELS = {PointStatus.PLANNED.value: "Planned", PointStatus.TOLD.value: "Told", "recap": "Told before"}


@dataclass
class _Round:
    interview: Interview
    panel: list[Person] = field(default_factory=list)
    points: list[TalkingPoint] = field(default_factory=list)
    questions: list[InterviewQuestion] = field(default_factory=list)
    checklist: list[ChecklistState] = field(default_factory=list)
    criteria: list[FitCriterion] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)


@dataclass
class _Record:
    opportunities: list[Opportunity]
    rounds: dict[int, list[_Round]]  # by opportunity id
    people: dict[int, Person]


def interview_markdown(db: Database, interview_id: int, playbook: Playbook | None = None) -> str:
    """One interview as a Markdown document (headings start at level 1)."""
    record = _load(db, [interview_id])
    rounds = [item for items in record.rounds.values() for item in items]
    if not rounds:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "That interview no longer exists."))
    (one,) = rounds
    opportunity = next(o for o in record.opportunities if o.id == one.interview.opportunity_id)
    writer = _Writer(record.people, playbook)
    writer.line(f"# {_title(opportunity, one.interview)}")
    writer.blank()
    writer.interview_body(one, level=2, opportunity=opportunity)
    writer.blank()
    writer.line(_footer())
    return writer.text()


def all_markdown(db: Database, playbook: Playbook | None = None) -> str:
    """Every opportunity with all its interviews, in one Markdown document."""
    record = _load(db, None)
    writer = _Writer(record.people, playbook)
    total = sum(len(items) for items in record.rounds.values())
    writer.line(f"# {APP_NAME}: all interviews")
    writer.blank()
    writer.line(
        f"{_count(len(record.opportunities), 'opportunity', 'opportunities')}, "
        f"{_count(total, 'interview', 'interviews')}."
    )
    if not record.opportunities:
        writer.blank()
        writer.line("Nothing here yet.")
    for opportunity in record.opportunities:
        assert opportunity.id is not None
        writer.blank()
        writer.line(f"## {opportunity.company} — {opportunity.role}")
        writer.blank()
        facts = [f"**Status:** {opportunity.status.capitalize()}"]
        if opportunity.posting_url:
            facts.append(f"**Posting:** <{opportunity.posting_url}>")
        writer.line(" · ".join(facts))
        if opportunity.notes.strip():
            writer.blank()
            writer.paragraph(opportunity.notes)
        rounds = record.rounds.get(opportunity.id, [])
        if not rounds:
            writer.blank()
            writer.line("No interviews.")
        for item in rounds:
            writer.blank()
            interview = item.interview
            kind = KIND_LABELS.get(interview.kind, interview.kind)
            writer.line(f"### Round {interview.round_number}: {kind}")
            writer.blank()
            writer.interview_body(item, level=4, opportunity=None)
    writer.blank()
    writer.line(_footer())
    return writer.text()


def _title(opportunity: Opportunity, interview: Interview) -> str:
    return f"{opportunity.company} — {opportunity.role}, round {interview.round_number}"


def _footer() -> str:
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"*Exported from {APP_NAME} {__version__} on {stamp}.*"


def _count(number: int, singular: str, plural: str) -> str:
    return f"{number} {singular if number == 1 else plural}"


# ---- reading -----------------------------------------------------------------------------------


def _load(db: Database, interview_ids: Sequence[int] | None) -> _Record:
    """Everything needed, in a fixed number of queries (never one per interview)."""
    with db.session() as session:
        query = select(Interview).where(col(Interview.deleted_at).is_(None))
        if interview_ids is not None:
            query = query.where(col(Interview.id).in_(list(interview_ids)))
        interviews = session.exec(
            query.order_by(col(Interview.round_number), col(Interview.starts_at), col(Interview.id))
        ).all()
        ids = [interview.id for interview in interviews if interview.id is not None]
        wanted_opportunities = {interview.opportunity_id for interview in interviews}
        opportunity_query = select(Opportunity).order_by(
            col(Opportunity.company), col(Opportunity.role), col(Opportunity.id)
        )
        if interview_ids is not None:
            opportunity_query = opportunity_query.where(col(Opportunity.id).in_(wanted_opportunities))
        opportunities = list(session.exec(opportunity_query).all())
        # An opportunity whose rounds are all pending deletion is gone to the user (purged at next start).
        with_deleted = set(
            session.exec(select(Interview.opportunity_id).where(col(Interview.deleted_at).is_not(None))).all()
        )
        opportunities = [o for o in opportunities if o.id not in with_deleted or o.id in wanted_opportunities]
        people = {
            person.id: person
            for person in session.exec(
                select(Person).where(col(Person.opportunity_id).in_([o.id for o in opportunities]))
            ).all()
            if person.id is not None
        }
        rounds = {interview.id: _Round(interview) for interview in interviews if interview.id is not None}
        for seat in _children(session, Panelist, ids, col(Panelist.position), col(Panelist.id)):
            if seat.person_id in people:
                rounds[seat.interview_id].panel.append(people[seat.person_id])
        for point in _children(session, TalkingPoint, ids, col(TalkingPoint.position), col(TalkingPoint.id)):
            rounds[point.interview_id].points.append(point)
        for asked in _children(
            session, InterviewQuestion, ids, col(InterviewQuestion.position), col(InterviewQuestion.id)
        ):
            rounds[asked.interview_id].questions.append(asked)
        for check in _children(session, ChecklistState, ids, col(ChecklistState.id)):
            rounds[check.interview_id].checklist.append(check)
        for criterion in _children(
            session, FitCriterion, ids, col(FitCriterion.position), col(FitCriterion.id)
        ):
            rounds[criterion.interview_id].criteria.append(criterion)
        for note in _children(session, Note, ids, col(Note.id)):
            rounds[note.interview_id].notes.append(note)
        for follow_up in _children(session, FollowUp, ids, col(FollowUp.due_date), col(FollowUp.id)):
            rounds[follow_up.interview_id].follow_ups.append(follow_up)
    by_opportunity: dict[int, list[_Round]] = defaultdict(list)
    for one in rounds.values():
        by_opportunity[one.interview.opportunity_id].append(one)
    return _Record(opportunities, dict(by_opportunity), people)


def _children(session: Session, model: type[_Child], interview_ids: list[int], *order: Any) -> list[_Child]:
    rows: list[_Child] = []
    for start in range(0, len(interview_ids), 500):  # stay below SQLite's limit on bound values
        chunk = interview_ids[start : start + 500]
        rows += session.exec(select(model).where(col(model.interview_id).in_(chunk)).order_by(*order)).all()
    return rows


# ---- writing -----------------------------------------------------------------------------------


class _Writer:
    def __init__(self, people: dict[int, Person], playbook: Playbook | None) -> None:
        self.lines: list[str] = []
        self.people = people
        self.checks = (
            {item.key: item.text for step in playbook.steps for item in step.checks} if playbook else {}
        )

    def line(self, text: str) -> None:
        self.lines.append(text)

    def blank(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def paragraph(self, text: str) -> None:
        """User text as it was typed (it may be Markdown already), without trailing blank lines."""
        self.lines += [line.rstrip() for line in text.strip("\n").splitlines()]

    def quote(self, text: str, indent: str = "") -> None:
        self.lines += [f"{indent}> {line}".rstrip() for line in text.strip().splitlines()]

    def text(self) -> str:
        while self.lines and self.lines[-1] == "":
            self.lines.pop()
        return "\n".join(self.lines) + "\n"

    def name(self, person_id: int | None) -> str:
        person = self.people.get(person_id) if person_id is not None else None
        return person.name if person is not None else ""

    def heading(self, level: int, text: str) -> None:
        self.blank()
        self.line(f"{'#' * min(level, 6)} {text}")
        self.blank()

    # -- one interview --

    def interview_body(self, item: _Round, level: int, opportunity: Opportunity | None) -> None:
        interview = item.interview
        when = absolute_when(interview.starts_at, interview.timezone)
        facts = [
            f"**When:** {when}, {duration_text(interview.duration_minutes)}",
            f"**Kind:** {KIND_LABELS.get(interview.kind, interview.kind)}",
        ]
        if interview.location:
            facts.append(f"**Where:** {' '.join(interview.location.split())}")
        if interview.meeting_link:
            facts.append(f"**Link:** <{interview.meeting_link}>")
        facts.append(
            f"**State:** {STATE_LABELS.get(interview.state, interview.state)} · "
            f"**Outcome:** {OUTCOME_LABELS.get(interview.outcome, interview.outcome)}"
        )
        if opportunity is not None and opportunity.posting_url:
            facts.append(f"**Posting:** <{opportunity.posting_url}>")
        self.lines += [f"{fact}  " for fact in facts[:-1]] + [facts[-1]]

        sections: dict[str, list[Note]] = defaultdict(list)
        for note in item.notes:
            if note.body.strip():
                sections[_SECTION_OF_KIND.get(note.kind, "notes")].append(note)

        self.heading(level, "Panel")
        if not item.panel:
            self.line("Nobody on the panel yet.")
        for person in item.panel:
            relation = RELATION_LABELS.get(person.relation, person.relation)
            title = f", {person.title}" if person.title else ""
            email = f" · <{person.email}>" if person.email else ""
            self.line(f"- **{person.name}**{title} — {relation}{email}")
            if person.notes.strip():
                self.quote(person.notes, indent="  ")

        general = [note for note in sections["notes"] if note.person_id is None]
        if general or any(note.person_id is not None for note in sections["notes"]):
            self.heading(level, "Notes")
            self._notes(sections["notes"], show_label=len(sections["notes"]) > 1)

        if sections["prep"]:
            self.heading(level, "Advocate and recap")
            self._notes(sections["prep"], show_label=True)

        if item.points:
            self.heading(level, "Talking points")
            for point in item.points:
                status = _POINT_LABELS.get(point.status, point.status)
                to = f" (to {self.name(point.person_id)})" if point.person_id is not None else ""
                landed = {True: " — landed", False: " — did not land"}.get(point.landed, "")  # type: ignore[arg-type]
                self.line(f"- {status}{to}: {_one_line(point.text)}{landed}")

        if item.questions:
            self.heading(level, "Questions")
            for asked in item.questions:
                box = "x" if asked.asked else " "
                to = f" (to {self.name(asked.person_id)})" if asked.person_id is not None else ""
                self.line(f"- [{box}] {_one_line(asked.text)}{to}")
                if asked.answer.strip():
                    self.quote(asked.answer, indent="  ")

        if item.criteria:
            self.heading(level, "What I need to learn to say yes")
            for criterion in item.criteria:
                self.line(f"- {_one_line(criterion.text)}")
                if criterion.answer.strip():
                    self.quote(criterion.answer, indent="  ")

        done = [state for state in item.checklist if state.done or state.note.strip()]
        if done:
            self.heading(level, "Checklist")
            total = len(self.checks) or len(item.checklist)
            ticked = sum(
                state.done for state in item.checklist if not self.checks or state.item_key in self.checks
            )
            self.line(f"{ticked} of {total} done.")
            self.blank()
            for state in done:
                label = self.checks.get(state.item_key, state.item_key.replace("_", " ").capitalize())
                remark = f" — {_one_line(state.note)}" if state.note.strip() else ""
                self.line(f"- [{'x' if state.done else ' '}] {_one_line(label)}{remark}")

        if sections["debrief"]:
            self.heading(level, "Debrief")
            self._notes(sections["debrief"], show_label=True)

        if item.follow_ups:
            self.heading(level, "Follow-ups")
            for follow_up in item.follow_ups:
                box = "x" if follow_up.done_at is not None else " "
                what = "Thank-you" if follow_up.kind == FollowUpKind.THANK_YOU.value else "Follow-up"
                to = f" to {self.name(follow_up.person_id)}" if follow_up.person_id is not None else ""
                due = f", due {follow_up.due_date:%Y-%m-%d}" if follow_up.due_date else ""
                sent = f", done {follow_up.done_at:%Y-%m-%d}" if follow_up.done_at else ""
                self.line(f"- [{box}] {what}{to}{due}{sent}")
                if follow_up.draft.strip():
                    self.quote(follow_up.draft, indent="  ")

    def _notes(self, notes: list[Note], *, show_label: bool) -> None:
        ordered = sorted(notes, key=lambda note: (note.person_id is not None, self.name(note.person_id)))
        for note in ordered:
            label = NOTE_LABELS.get((note.kind, note.topic)) or (
                note.topic.replace("_", " ").capitalize() if note.topic else note.kind.capitalize()
            )
            if note.person_id is not None:
                label = f"{self.name(note.person_id)}: {label.lower()}"
            if show_label or note.person_id is not None:
                self.line(f"**{label}**")
                self.blank()
            self.paragraph(note.body)
            self.blank()


def _one_line(text: str) -> str:
    return " ".join(text.split())
