"""Looking back: an opportunity's timeline, what worked across all interviews, and reusing past prep.

Every function reads in a fixed number of statements (never one per round or per person) and returns
plain frozen dataclasses. Interviews whose deletion can still be undone are left out everywhere, and so
are cancelled rounds in the conversion figures.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from functools import lru_cache
from typing import Any, TypeVar

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from secondround_desktop.core.db import Database
from secondround_desktop.core.errors import ValidationError
from secondround_desktop.core.models import (
    FitCriterion,
    FollowUp,
    Interview,
    InterviewQuestion,
    InterviewState,
    Note,
    NoteKind,
    Opportunity,
    OpportunityStatus,
    Outcome,
    Panelist,
    Person,
    PointStatus,
    TalkingPoint,
    utc_now,
)
from secondround_desktop.core.search import fold
from secondround_desktop.core.texts import QT_TRANSLATE_NOOP

ADVANCED_OUTCOMES = (Outcome.ADVANCED.value, Outcome.OFFER.value)
DECIDED_OUTCOMES = (*ADVANCED_OUTCOMES, Outcome.REJECTED.value)
OFFER_STATUSES = (OpportunityStatus.OFFER.value, OpportunityStatus.ACCEPTED.value)

# "Answers that stood out" is a heuristic: the answers the user took the trouble to write down at length.
# A long answer is usually a frank one worth re-reading before the next round; a one-liner rarely is.
NOTABLE_ANSWER_MIN_WORDS = 12

_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """The grouping key of a point or question: lower case, no accents, no punctuation, single spaces."""
    return " ".join(_WORD.findall(fold(text)))


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


# ---- opportunities and their timeline ----------------------------------------------------------


@dataclass(frozen=True)
class OpportunitySummary:
    id: int
    company: str
    role: str
    status: str
    rounds: int
    last_at: datetime  # the latest round's start, aware UTC


@dataclass(frozen=True)
class TimelinePerson:
    id: int
    name: str
    title: str
    relation: str
    is_new: bool  # first met in this round


@dataclass(frozen=True)
class TimelineFollowUp:
    id: int
    person_name: str
    kind: str
    due_date: date | None
    done_at: datetime | None
    state: str  # "done", "overdue" or "open"


@dataclass(frozen=True)
class TimelineRound:
    interview_id: int
    round_number: int
    kind: str
    starts_at: datetime
    timezone: str
    state: str
    outcome: str
    people: tuple[TimelinePerson, ...]
    follow_ups: tuple[TimelineFollowUp, ...]

    @property
    def new_people(self) -> tuple[TimelinePerson, ...]:
        return tuple(p for p in self.people if p.is_new)


@dataclass(frozen=True)
class Timeline:
    opportunity_id: int
    company: str
    role: str
    status: str  # as the user set it
    final_status: str  # the status, or what the rounds say while it is still "active"
    rounds: tuple[TimelineRound, ...]


def opportunities(db: Database) -> list[OpportunitySummary]:
    """Every opportunity with at least one live round, the most recently active first."""
    query = (
        sa_select(
            col(Opportunity.id),
            col(Opportunity.company),
            col(Opportunity.role),
            col(Opportunity.status),
            func.count(col(Interview.id)),
            func.max(Interview.starts_at),
        )
        .join(Interview, col(Interview.opportunity_id) == Opportunity.id)
        .where(col(Interview.deleted_at).is_(None))
        .group_by(col(Opportunity.id))
        .order_by(func.max(Interview.starts_at).desc(), col(Opportunity.id))
    )
    with db.session() as session:
        rows = session.execute(query).all()
    return [
        OpportunitySummary(int(oid or 0), company, role, status, int(count), _as_datetime(last))
        for oid, company, role, status, count, last in rows
    ]


def find_opportunity(db: Database, company: str, role: str) -> int | None:
    """The opportunity for this company and role (case does not matter), if there is one."""
    with db.session() as session:
        return session.exec(
            select(Opportunity.id)
            .where(func.lower(Opportunity.company) == company.strip().lower())
            .where(func.lower(Opportunity.role) == role.strip().lower())
            .order_by(col(Opportunity.id))
        ).first()


def timeline(db: Database, opportunity_id: int, today: date | None = None) -> Timeline:
    """Every live round of an opportunity in order, with its people and follow-ups."""
    today = today or date.today()
    with db.session() as session:
        opportunity = session.get(Opportunity, opportunity_id)
        if opportunity is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "That opportunity no longer exists."))
        rounds = session.exec(
            select(Interview)
            .where(Interview.opportunity_id == opportunity_id, col(Interview.deleted_at).is_(None))
            .order_by(col(Interview.round_number), col(Interview.starts_at), col(Interview.id))
        ).all()
        ids = [r.id for r in rounds if r.id is not None]
        seats = session.exec(
            select(Panelist.interview_id, Person)
            .join(Person, col(Person.id) == Panelist.person_id)
            .where(col(Panelist.interview_id).in_(ids))
            .order_by(col(Panelist.position), col(Panelist.id))
        ).all()
        follow_ups = session.exec(
            select(FollowUp, Person.name)
            .join(Person, col(Person.id) == FollowUp.person_id, isouter=True)
            .where(col(FollowUp.interview_id).in_(ids))
            .order_by(col(FollowUp.due_date), col(FollowUp.id))
        ).all()
    people_of: dict[int, list[Person]] = defaultdict(list)
    for interview_id, person in seats:
        people_of[interview_id].append(person)
    follow_ups_of: dict[int, list[TimelineFollowUp]] = defaultdict(list)
    for follow_up, name in follow_ups:
        follow_ups_of[follow_up.interview_id].append(_follow_up_view(follow_up, name or "", today))
    met: set[int] = set()
    built: list[TimelineRound] = []
    for interview in rounds:
        assert interview.id is not None
        people = []
        for person in people_of.get(interview.id, []):
            assert person.id is not None
            people.append(
                TimelinePerson(person.id, person.name, person.title, person.relation, person.id not in met)
            )
        met.update(p.id for p in people)
        built.append(
            TimelineRound(
                interview_id=interview.id,
                round_number=interview.round_number,
                kind=interview.kind,
                starts_at=_aware(interview.starts_at),
                timezone=interview.timezone,
                state=interview.state,
                outcome=interview.outcome,
                people=tuple(people),
                follow_ups=tuple(follow_ups_of.get(interview.id, [])),
            )
        )
    assert opportunity.id is not None
    return Timeline(
        opportunity_id=opportunity.id,
        company=opportunity.company,
        role=opportunity.role,
        status=opportunity.status,
        final_status=final_status(opportunity.status, [r.outcome for r in built]),
        rounds=tuple(built),
    )


def final_status(status: str, outcomes: Iterable[str]) -> str:
    """The opportunity's status; while the user left it "active", an offer or a last rejection says more."""
    if status != OpportunityStatus.ACTIVE.value:
        return status
    outcomes = list(outcomes)
    if Outcome.OFFER.value in outcomes:
        return OpportunityStatus.OFFER.value
    decided = [o for o in outcomes if o != Outcome.PENDING.value]
    if decided and decided[-1] == Outcome.REJECTED.value:
        return OpportunityStatus.REJECTED.value
    return status


def _follow_up_view(follow_up: FollowUp, name: str, today: date) -> TimelineFollowUp:
    assert follow_up.id is not None
    if follow_up.done_at is not None:
        state = "done"
    elif follow_up.due_date is not None and follow_up.due_date < today:
        state = "overdue"
    else:
        state = "open"
    done_at = _aware(follow_up.done_at) if follow_up.done_at is not None else None
    return TimelineFollowUp(follow_up.id, name, follow_up.kind, follow_up.due_date, done_at, state)


def _as_datetime(value: object) -> datetime:
    if isinstance(value, datetime):
        return _aware(value)
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)


# ---- what worked -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoundConversion:
    """Of the user's interviews in one round, how many were decided and how many of those advanced."""

    round_number: int
    interviews: int
    decided: int
    advanced: int

    @property
    def pending(self) -> int:
        return self.interviews - self.decided

    @property
    def rate(self) -> float | None:
        return self.advanced / self.decided if self.decided else None


@dataclass(frozen=True)
class Conversion:
    rounds: tuple[RoundConversion, ...]
    opportunities: int
    offers: int  # opportunities that reached an offer

    @property
    def offer_rate(self) -> float | None:
        return self.offers / self.opportunities if self.opportunities else None


def conversion(db: Database) -> Conversion:
    """Per round number: interviews, decided ones, advanced ones (an offer counts as advancing).

    Cancelled rounds are left out. An opportunity reached an offer when its status says so (offer or
    accepted) or one of its rounds ended with an offer.
    """
    decided = func.count().filter(col(Interview.outcome).in_(DECIDED_OUTCOMES))
    advanced = func.count().filter(col(Interview.outcome).in_(ADVANCED_OUTCOMES))
    live = (col(Interview.deleted_at).is_(None), Interview.state != InterviewState.CANCELLED.value)
    per_round = (
        select(Interview.round_number, func.count(col(Interview.id)), decided, advanced)
        .where(*live)
        .group_by(col(Interview.round_number))
        .order_by(col(Interview.round_number))
    )
    offered = func.max(
        (col(Opportunity.status).in_(OFFER_STATUSES)) | (Interview.outcome == Outcome.OFFER.value)
    )
    per_opportunity = (
        select(Opportunity.id, offered)
        .join(Interview, col(Interview.opportunity_id) == Opportunity.id)
        .where(*live)
        .group_by(col(Opportunity.id))
    )
    with db.session() as session:
        rounds = session.exec(per_round).all()
        opportunity_rows = session.exec(per_opportunity).all()
    return Conversion(
        rounds=tuple(
            RoundConversion(int(number), int(count), int(d or 0), int(a or 0))
            for number, count, d, a in rounds
        ),
        opportunities=len(opportunity_rows),
        offers=sum(1 for _, reached in opportunity_rows if reached),
    )


@dataclass(frozen=True)
class AskedQuestion:
    """A question the user asked, grouped with the same question asked elsewhere."""

    text: str  # as the user last wrote it
    times: int
    companies: tuple[str, ...]
    answered: int  # how many times an answer was written down
    last_asked: datetime


def top_questions(db: Database, limit: int = 10) -> list[AskedQuestion]:
    """The questions the user asked most (InterviewQuestion.asked), grouped by normalised text.

    The database counts each distinct wording, so only those are normalised here; a second statement
    names the companies of the few groups kept.
    """
    asked_live = (col(InterviewQuestion.asked), col(Interview.deleted_at).is_(None))
    answered = func.count().filter(func.trim(InterviewQuestion.answer, " \t\r\n") != "")
    per_wording = (
        sa_select(col(InterviewQuestion.text), func.count(), answered, func.max(Interview.starts_at))
        .join(Interview, col(Interview.id) == InterviewQuestion.interview_id)
        .where(*asked_live)
        .group_by(col(InterviewQuestion.text))
    )
    with db.session() as session:
        groups: dict[str, list[tuple[str, int, int, datetime]]] = defaultdict(list)
        for text, times, with_answer, last in session.execute(per_wording).all():
            key = normalise(text)
            if key:
                groups[key].append((text, int(times), int(with_answer), _as_datetime(last)))
        ranked = sorted(
            groups.values(),
            key=lambda items: (
                -sum(item[1] for item in items),
                -max(item[3] for item in items).timestamp(),
                max(items, key=lambda item: item[3])[0].lower(),
            ),
        )[:limit]
        wordings = [item[0] for items in ranked for item in items]
        companies: dict[str, list[tuple[datetime, str]]] = defaultdict(list)
        for start in range(0, len(wordings), 500):
            for text, company, first in session.execute(
                sa_select(
                    col(InterviewQuestion.text), col(Opportunity.company), func.min(Interview.starts_at)
                )
                .join(Interview, col(Interview.id) == InterviewQuestion.interview_id)
                .join(Opportunity, col(Opportunity.id) == Interview.opportunity_id)
                .where(*asked_live, col(InterviewQuestion.text).in_(wordings[start : start + 500]))
                .group_by(col(InterviewQuestion.text), col(Opportunity.company))
            ).all():
                companies[normalise(text)].append((_as_datetime(first), company))
    result = []
    for items in ranked:
        latest = max(items, key=lambda item: item[3])
        key = normalise(latest[0])
        result.append(
            AskedQuestion(
                text=latest[0],
                times=sum(item[1] for item in items),
                companies=tuple(dict.fromkeys(company for _, company in sorted(companies[key]))),
                answered=sum(item[2] for item in items),
                last_asked=latest[3],
            )
        )
    return result


@dataclass(frozen=True)
class NotableAnswer:
    question_id: int
    interview_id: int
    question: str
    answer: str
    person_name: str
    company: str
    round_number: int
    starts_at: datetime
    words: int


def notable_answers(
    db: Database, limit: int = 10, min_words: int = NOTABLE_ANSWER_MIN_WORDS
) -> list[NotableAnswer]:
    """The answers that stood out, by a simple heuristic: the longest ones, of at least ``min_words``.

    The database orders by length and hands over a few times ``limit`` candidates, which are then
    ranked by their number of words.
    """
    query = (
        sa_select(
            col(InterviewQuestion.id),
            col(InterviewQuestion.interview_id),
            col(InterviewQuestion.text),
            col(InterviewQuestion.answer),
            col(Person.name),
            col(Opportunity.company),
            col(Interview.round_number),
            col(Interview.starts_at),
        )
        .join(Interview, col(Interview.id) == InterviewQuestion.interview_id)
        .join(Opportunity, col(Opportunity.id) == Interview.opportunity_id)
        .join(Person, col(Person.id) == InterviewQuestion.person_id, isouter=True)
        .where(col(Interview.deleted_at).is_(None), func.length(func.trim(InterviewQuestion.answer)) > 0)
        .order_by(func.length(InterviewQuestion.answer).desc(), col(InterviewQuestion.id))
        .limit(max(limit, 1) * 4)
    )
    with db.session() as session:
        rows = session.execute(query).all()
    answers = [
        NotableAnswer(
            question_id=int(qid or 0),
            interview_id=int(iid),
            question=text,
            answer=answer.strip(),
            person_name=name or "",
            company=company,
            round_number=int(round_number),
            starts_at=_aware(starts_at),
            words=word_count(answer),
        )
        for qid, iid, text, answer, name, company, round_number, starts_at in rows
    ]
    answers = [a for a in answers if a.words >= min_words]
    answers.sort(key=lambda a: (-a.words, -a.starts_at.timestamp(), a.question_id))
    return answers[:limit]


@dataclass(frozen=True)
class LedgerColumn:
    """One listener: a person met in an opportunity, or (person_id None) the room as a whole."""

    opportunity_id: int
    person_id: int | None
    company: str
    role: str
    person_name: str


@dataclass(frozen=True)
class LedgerRow:
    """One story or point (points grouped by normalised text) and where it was told."""

    key: str
    text: str  # as the user last wrote it
    cells: tuple[tuple[int, tuple[int, ...]], ...]  # (column index, round numbers told there)

    @property
    def listeners(self) -> int:
        return len(self.cells)


@dataclass(frozen=True)
class StoryLedger:
    columns: tuple[LedgerColumn, ...]
    rows: tuple[LedgerRow, ...]
    _cells: dict[tuple[int, int], tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)

    def rounds(self, row: int, column: int) -> tuple[int, ...]:
        """The round numbers in which row's point was told to column's listener (empty: never)."""
        return self._cells.get((row, column), ())


def story_ledger(db: Database) -> StoryLedger:
    """Which story or point (TalkingPoint status "told") was told to whom, across all opportunities.

    Rows are points grouped by normalised text, most widely told first; columns are the listeners,
    by company, role and name.
    """
    query = (
        sa_select(
            col(TalkingPoint.text),
            col(TalkingPoint.person_id),
            col(Person.name),
            col(Interview.opportunity_id),
            col(Interview.round_number),
            col(Opportunity.company),
            col(Opportunity.role),
        )
        .join(Interview, col(Interview.id) == TalkingPoint.interview_id)
        .join(Opportunity, col(Opportunity.id) == Interview.opportunity_id)
        .join(Person, col(Person.id) == TalkingPoint.person_id, isouter=True)
        .where(col(TalkingPoint.status) == PointStatus.TOLD.value, col(Interview.deleted_at).is_(None))
        .order_by(col(Interview.starts_at), col(TalkingPoint.position), col(TalkingPoint.id))
    )
    with db.session() as session:
        rows = session.execute(query).all()
    columns: dict[tuple[int, int | None], LedgerColumn] = {}
    texts: dict[str, str] = {}
    told: dict[str, dict[tuple[int, int | None], set[int]]] = defaultdict(lambda: defaultdict(set))
    for text, person_id, name, opportunity_id, round_number, company, role in rows:
        key = normalise(text)
        if not key:
            continue
        listener = (int(opportunity_id), person_id)
        columns.setdefault(listener, LedgerColumn(int(opportunity_id), person_id, company, role, name or ""))
        texts[key] = text
        told[key][listener].add(int(round_number))
    ordered_columns = sorted(
        columns.values(),
        key=lambda c: (
            c.company.lower(),
            c.role.lower(),
            c.opportunity_id,
            c.person_id is None,
            c.person_name.lower(),
        ),
    )
    index = {(c.opportunity_id, c.person_id): number for number, c in enumerate(ordered_columns)}
    ledger_rows = [
        LedgerRow(
            key=key,
            text=texts[key],
            cells=tuple(
                sorted((index[listener], tuple(sorted(rounds))) for listener, rounds in told[key].items())
            ),
        )
        for key in told
    ]
    ledger_rows.sort(key=lambda r: (-r.listeners, r.text.lower()))
    cells = {
        (row_number, column): rounds
        for row_number, row in enumerate(ledger_rows)
        for column, rounds in row.cells
    }
    return StoryLedger(tuple(ordered_columns), tuple(ledger_rows), cells)


# ---- reusing a past interview's prep -----------------------------------------------------------


class CopyPart(StrEnum):
    QUESTIONS = "questions"
    POINTS = "points"
    CRITERIA = "criteria"
    ADVOCATE = "advocate"


WHOLE_PREP: frozenset[CopyPart] = frozenset(CopyPart)


@dataclass(frozen=True)
class ReuseSource:
    """A past interview with something to reuse."""

    interview_id: int
    company: str
    role: str
    round_number: int
    starts_at: datetime
    points: int
    questions: int
    criteria: int


@dataclass(frozen=True)
class CopyResult:
    """What a copy added, so that it can be undone exactly."""

    target_id: int
    points: tuple[int, ...] = ()
    questions: tuple[int, ...] = ()
    criteria: tuple[int, ...] = ()
    # (note id, the body it had before; None when the copy created the note)
    notes: tuple[tuple[int, str | None], ...] = ()

    @property
    def count(self) -> int:
        return len(self.points) + len(self.questions) + len(self.criteria) + len(self.notes)


def reuse_sources(db: Database, target_id: int) -> list[ReuseSource]:
    """Other live interviews that hold points, questions or fit criteria, the latest first."""

    def counts(model: type[TalkingPoint | InterviewQuestion | FitCriterion]) -> dict[int, int]:
        rows = session.exec(
            select(model.interview_id, func.count(col(model.id))).group_by(col(model.interview_id))
        ).all()
        return {int(i): int(n) for i, n in rows}

    with db.session() as session:
        points, questions, criteria = counts(TalkingPoint), counts(InterviewQuestion), counts(FitCriterion)
        rows = session.execute(
            sa_select(
                col(Interview.id),
                col(Opportunity.company),
                col(Opportunity.role),
                col(Interview.round_number),
                col(Interview.starts_at),
            )
            .join(Opportunity, col(Opportunity.id) == Interview.opportunity_id)
            .where(col(Interview.deleted_at).is_(None), col(Interview.id) != target_id)
            .order_by(col(Interview.starts_at).desc(), col(Interview.id).desc())
        ).all()
    sources = []
    for interview_id, company, role, round_number, starts_at in rows:
        assert interview_id is not None
        found = (points.get(interview_id, 0), questions.get(interview_id, 0), criteria.get(interview_id, 0))
        if any(found):
            sources.append(ReuseSource(interview_id, company, role, round_number, _aware(starts_at), *found))
    return sources


def copy_from_past(db: Database, source_id: int, target_id: int, parts: Iterable[CopyPart]) -> CopyResult:
    """Copy questions, talking points, fit criteria and/or the advocate brief into another interview.

    Copies start afresh: points as planned, questions not yet asked, criteria unanswered. A person is
    kept only when they sit on the target's panel too. Texts the target already has are skipped, and an
    advocate note is copied only where the target's is still blank. One unit of work.
    """
    wanted = set(parts)
    if source_id == target_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Choose another interview to copy from."))
    with db.session() as session:
        source = _live(session, source_id)
        target = _live(session, target_id)
        assert source.id is not None and target.id is not None
        panel = set(session.exec(select(Panelist.person_id).where(Panelist.interview_id == target_id)).all())

        def person(person_id: int | None) -> int | None:
            return person_id if person_id in panel else None

        points: list[TalkingPoint] = []
        questions: list[InterviewQuestion] = []
        criteria: list[FitCriterion] = []
        notes: list[tuple[Note, str | None]] = []
        if CopyPart.POINTS in wanted:
            points = _copy_new_texts(
                session,
                TalkingPoint,
                source=(
                    TalkingPoint.interview_id == source_id,
                    col(TalkingPoint.status).in_((PointStatus.PLANNED.value, PointStatus.TOLD.value)),
                ),
                target=(
                    TalkingPoint.interview_id == target_id,
                    TalkingPoint.status == PointStatus.PLANNED.value,
                ),
                target_id=target_id,
                make=lambda point, position: TalkingPoint(
                    interview_id=target_id,
                    person_id=person(point.person_id),
                    text=point.text,
                    position=position,
                ),
            )
        if CopyPart.QUESTIONS in wanted:
            questions = _copy_new_texts(
                session,
                InterviewQuestion,
                source=(InterviewQuestion.interview_id == source_id,),
                target=(InterviewQuestion.interview_id == target_id,),
                target_id=target_id,
                make=lambda question, position: InterviewQuestion(
                    interview_id=target_id,
                    person_id=person(question.person_id),
                    question_id=question.question_id,
                    text=question.text,
                    position=position,
                ),
            )
        if CopyPart.CRITERIA in wanted:
            criteria = _copy_new_texts(
                session,
                FitCriterion,
                source=(FitCriterion.interview_id == source_id,),
                target=(FitCriterion.interview_id == target_id,),
                target_id=target_id,
                make=lambda criterion, position: FitCriterion(
                    interview_id=target_id, text=criterion.text, position=position
                ),
            )
        if CopyPart.ADVOCATE in wanted:
            mine = {
                note.topic: note
                for note in session.exec(
                    select(Note).where(
                        Note.interview_id == target_id,
                        Note.kind == NoteKind.ADVOCATE.value,
                        col(Note.person_id).is_(None),
                    )
                ).all()
            }
            for note in session.exec(
                select(Note)
                .where(
                    Note.interview_id == source_id,
                    Note.kind == NoteKind.ADVOCATE.value,
                    col(Note.person_id).is_(None),
                )
                .order_by(col(Note.id))
            ).all():
                if not note.body.strip():
                    continue
                existing = mine.get(note.topic)
                if existing is None:
                    created = Note(interview_id=target_id, kind=note.kind, topic=note.topic, body=note.body)
                    notes.append((created, None))
                elif not existing.body.strip():
                    notes.append((existing, existing.body))
                    existing.body = note.body
                    existing.updated_at = utc_now()
        for row in (*points, *questions, *criteria, *(n for n, _ in notes)):
            session.add(row)
        session.flush()
        return CopyResult(
            target_id=target_id,
            points=tuple(p.id for p in points if p.id is not None),
            questions=tuple(q.id for q in questions if q.id is not None),
            criteria=tuple(c.id for c in criteria if c.id is not None),
            notes=tuple((n.id, before) for n, before in notes if n.id is not None),
        )


def undo_copy(db: Database, result: CopyResult) -> None:
    """Remove what ``copy_from_past`` added and put back the notes it filled in."""
    with db.session() as session:
        for model, ids in (
            (TalkingPoint, result.points),
            (InterviewQuestion, result.questions),
            (FitCriterion, result.criteria),
        ):
            for row in session.exec(select(model).where(col(model.id).in_(ids))).all():
                session.delete(row)
        for note_id, before in result.notes:
            note = session.get(Note, note_id)
            if note is None:
                continue
            if before is None:
                session.delete(note)
            else:
                note.body = before
                session.add(note)


def _live(session: Session, interview_id: int) -> Interview:
    interview = session.get(Interview, interview_id)
    if interview is None or interview.deleted_at is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "That interview no longer exists."))
    return interview


_Listed = TypeVar("_Listed", TalkingPoint, InterviewQuestion, FitCriterion)


def _copy_new_texts(
    session: Session,
    model: type[_Listed],
    *,
    source: tuple[Any, ...],
    target: tuple[Any, ...],
    target_id: int,
    make: Callable[[_Listed, int], _Listed],
) -> list[_Listed]:
    """New rows for the source's rows (``source`` clauses, in their order) whose text the target's rows
    (``target`` clauses) lack, case and punctuation aside; placed after the target's last row."""
    have = {normalise(text) for text in session.exec(select(model.text).where(*target)).all()}
    position = _next_position(session, model, target_id)
    made: list[_Listed] = []
    for row in session.exec(select(model).where(*source).order_by(col(model.position), col(model.id))).all():
        key = normalise(row.text)
        if key in have:
            continue
        have.add(key)
        made.append(make(row, position))
        position += 1
    return made


def _next_position(
    session: Session, model: type[TalkingPoint | InterviewQuestion | FitCriterion], interview_id: int
) -> int:
    last = session.exec(select(func.max(model.position)).where(model.interview_id == interview_id)).one()
    return 0 if last is None else int(last) + 1
