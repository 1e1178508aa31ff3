"""The second-round prep walk: recap of earlier rounds, fresh points, the advocate brief, frank questions,
fit criteria, the checklist and readiness.

What was *heard* before is what the repetition guard compares plans against: points told in earlier rounds
of the same opportunity (to a person, or to the room) and the recap the user typed on this round.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from secondround_desktop.core.db import Database
from secondround_desktop.core.errors import ValidationError
from secondround_desktop.core.models import (
    ChecklistState,
    FitCriterion,
    Interview,
    InterviewQuestion,
    Note,
    NoteKind,
    Panelist,
    Person,
    PointStatus,
    Question,
    Relation,
    TalkingPoint,
    utc_now,
)
from secondround_desktop.core.playbook import AUDIENCES, Playbook
from secondround_desktop.core.repetition import find_repeats
from secondround_desktop.core.texts import QT_TRANSLATE_NOOP

# A point the user recorded on this round as told in an earlier round that is not in the app.
RECAP = "recap"
HEARD_STATUSES = (PointStatus.TOLD.value, RECAP)


class _Unchanged:
    """The type of UNCHANGED: "leave this field as it is" (None is a value some fields take)."""


UNCHANGED = _Unchanged()

ADVOCATE_TOPICS = ("knows_liked", "could_add", "words")
RECAP_MISSED_TOPIC = "missed"
DEBRIEF_MISSED_TOPIC = "missed"  # in the debrief: one missed item per line, the next round's agenda
ADVOCATE_ASK_CHECK = "advocate_ask_made"


@dataclass(frozen=True)
class PointView:
    id: int
    interview_id: int
    round_number: int
    text: str
    person_id: int | None
    person_name: str
    status: str
    landed: bool | None
    kept_despite_repeat: bool
    position: int


@dataclass(frozen=True)
class RecapRound:
    interview_id: int
    round_number: int
    starts_at: datetime
    told: tuple[PointView, ...]
    missed: str


@dataclass(frozen=True)
class Recap:
    """What earlier rounds covered: from their debriefs in the app, plus what the user typed here."""

    rounds: tuple[RecapRound, ...]
    typed: tuple[PointView, ...]
    typed_missed: str

    @property
    def heard(self) -> tuple[PointView, ...]:
        return tuple(p for r in self.rounds for p in r.told) + self.typed

    @property
    def is_first_round(self) -> bool:
        return not self.rounds

    @property
    def agenda(self) -> tuple[str, ...]:
        """What earlier rounds missed, one item per line of their debriefs: this round's agenda."""
        return tuple(
            line.strip(" -•*\t")
            for r in self.rounds
            for line in r.missed.splitlines()
            if line.strip(" -•*\t")
        )


@dataclass(frozen=True)
class RepeatWarning:
    """A planned point that restates something already heard by that person or by the hiring manager."""

    point_id: int
    heard: PointView
    score: float


@dataclass(frozen=True)
class PanelistView:
    id: int
    name: str
    title: str
    relation: str


@dataclass(frozen=True)
class QuestionView:
    id: int
    text: str
    person_id: int | None
    question_id: int | None
    position: int
    asked: bool
    answer: str


@dataclass(frozen=True)
class BankQuestion:
    id: int
    audience: str
    text: str
    is_seed: bool


@dataclass(frozen=True)
class CriterionView:
    id: int
    text: str
    answer: str
    position: int


@dataclass(frozen=True)
class Readiness:
    done: int
    total: int
    # What is still open, in English; each a Text (core.texts), so that the desktop app shows it translated.
    warnings: tuple[str, ...] = field(default=())

    @property
    def share(self) -> float:
        return self.done / self.total if self.total else 0.0

    @property
    def percent(self) -> int:
        return round(self.share * 100)


def _point_view(point: TalkingPoint, round_number: int, names: dict[int, str]) -> PointView:
    assert point.id is not None
    return PointView(
        id=point.id,
        interview_id=point.interview_id,
        round_number=round_number,
        text=point.text,
        person_id=point.person_id,
        person_name=names.get(point.person_id, "") if point.person_id is not None else "",
        status=point.status,
        landed=point.landed,
        kept_despite_repeat=point.kept_despite_repeat,
        position=point.position,
    )


class PrepService:
    def __init__(self, db: Database, playbook: Playbook) -> None:
        self.db = db
        self.playbook = playbook

    # ---- panel ---------------------------------------------------------------------------------

    def panel(self, interview_id: int) -> tuple[PanelistView, ...]:
        with self.db.session() as session:
            rows = session.exec(
                select(Person)
                .join(Panelist, col(Panelist.person_id) == Person.id)
                .where(Panelist.interview_id == interview_id)
                .order_by(col(Panelist.position), col(Panelist.id))
            ).all()
            return tuple(PanelistView(p.id or 0, p.name, p.title, p.relation) for p in rows)

    # ---- recap ---------------------------------------------------------------------------------

    def recap(self, interview_id: int) -> Recap:
        with self.db.session() as session:
            interview = _interview(session, interview_id)
            earlier = _earlier_rounds(session, interview)
            ids = [i.id for i in earlier if i.id is not None] + [interview_id]
            names = _person_names(session, interview.opportunity_id)
            points = session.exec(
                select(TalkingPoint)
                .where(col(TalkingPoint.interview_id).in_(ids))
                .where(col(TalkingPoint.status).in_(HEARD_STATUSES))
                .order_by(col(TalkingPoint.position), col(TalkingPoint.id))
            ).all()
            # An earlier round's misses come from its debrief; this round's typed recap has its own note.
            missed = _notes_by_interview(session, ids, NoteKind.DEBRIEF.value, DEBRIEF_MISSED_TOPIC)
            typed_missed = _notes_by_interview(
                session, [interview_id], NoteKind.RECAP.value, RECAP_MISSED_TOPIC
            )
            by_interview: dict[int, list[PointView]] = defaultdict(list)
            typed: list[PointView] = []
            round_of = {i.id: i.round_number for i in earlier}
            for point in points:
                if point.interview_id == interview_id:
                    if point.status == RECAP:
                        typed.append(_point_view(point, interview.round_number, names))
                elif point.status == PointStatus.TOLD.value:
                    by_interview[point.interview_id].append(
                        _point_view(point, round_of[point.interview_id], names)
                    )
            rounds = tuple(
                RecapRound(
                    interview_id=i.id or 0,
                    round_number=i.round_number,
                    starts_at=i.starts_at,
                    told=tuple(by_interview.get(i.id or 0, ())),
                    missed=missed.get(i.id or 0, ""),
                )
                for i in earlier
            )
            return Recap(rounds, tuple(typed), typed_missed.get(interview_id, ""))

    # ---- talking points ------------------------------------------------------------------------

    def planned_points(self, interview_id: int) -> tuple[PointView, ...]:
        with self.db.session() as session:
            interview = _interview(session, interview_id)
            names = _person_names(session, interview.opportunity_id)
            points = session.exec(
                select(TalkingPoint)
                .where(
                    TalkingPoint.interview_id == interview_id,
                    TalkingPoint.status == PointStatus.PLANNED.value,
                )
                .order_by(col(TalkingPoint.position), col(TalkingPoint.id))
            ).all()
            return tuple(_point_view(p, interview.round_number, names) for p in points)

    def add_point(
        self, interview_id: int, text: str, person_id: int | None, status: str = PointStatus.PLANNED.value
    ) -> int:
        cleaned = text.strip()
        if not cleaned:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Write the point first."), "text")
        if status not in (PointStatus.PLANNED.value, PointStatus.TOLD.value, RECAP):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Validation", "Unknown kind of point: {0}.").format(status), "status"
            )
        with self.db.session() as session:
            _interview(session, interview_id)
            position = _next_position(session, TalkingPoint, interview_id)
            point = TalkingPoint(
                interview_id=interview_id, person_id=person_id, text=cleaned, status=status, position=position
            )
            session.add(point)
            session.flush()
            assert point.id is not None
            return point.id

    def update_point(
        self,
        point_id: int,
        *,
        text: str | None = None,
        person_id: int | _Unchanged | None = UNCHANGED,
        landed: bool | _Unchanged | None = UNCHANGED,
        kept_despite_repeat: bool | None = None,
    ) -> None:
        """Change one or more fields of a point; UNCHANGED (the default) leaves a field as it is."""
        with self.db.session() as session:
            point = session.get(TalkingPoint, point_id)
            if point is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "That point no longer exists."))
            if text is not None:
                if text.strip() != point.text:
                    point.kept_despite_repeat = False  # a reworded point is judged afresh
                point.text = text.strip()
            if not isinstance(person_id, _Unchanged):
                point.person_id = person_id
            if not isinstance(landed, _Unchanged):
                point.landed = landed
            if kept_despite_repeat is not None:
                point.kept_despite_repeat = kept_despite_repeat
            session.add(point)

    def delete_point(self, point_id: int) -> dict[str, object]:
        """Delete a point; returns its fields so that undo can restore it exactly."""
        with self.db.session() as session:
            point = session.get(TalkingPoint, point_id)
            if point is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "That point no longer exists."))
            snapshot = point.model_dump()
            session.delete(point)
            return snapshot

    def restore_point(self, snapshot: dict[str, object]) -> None:
        with self.db.session() as session:
            session.add(TalkingPoint.model_validate(snapshot))

    def move_point(self, point_id: int, offset: int) -> None:
        """Move a point up (negative) or down among the points of the same interview, person and status."""
        with self.db.session() as session:
            point = session.get(TalkingPoint, point_id)
            if point is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "That point no longer exists."))
            siblings = list(
                session.exec(
                    select(TalkingPoint)
                    .where(
                        TalkingPoint.interview_id == point.interview_id,
                        TalkingPoint.status == point.status,
                        col(TalkingPoint.person_id).is_(None)
                        if point.person_id is None
                        else TalkingPoint.person_id == point.person_id,
                    )
                    .order_by(col(TalkingPoint.position), col(TalkingPoint.id))
                ).all()
            )
            _reorder(session, siblings, point, offset)

    # ---- the repetition guard ------------------------------------------------------------------

    def repeats(self, interview_id: int) -> dict[int, RepeatWarning]:
        """Planned points that restate what the same person, the hiring manager or the room already heard.

        Points the user chose to keep are left out: a kept point stays kept.
        """
        return self.repeats_many([interview_id]).get(interview_id, {})

    def repeats_many(self, interview_ids: Sequence[int]) -> dict[int, dict[int, RepeatWarning]]:
        """The repetition guard for many interviews, from a fixed number of queries."""
        ids = list(interview_ids)
        if not ids:
            return {}
        with self.db.session() as session:
            targets = session.exec(select(Interview).where(col(Interview.id).in_(ids))).all()
            opportunity_ids = {t.opportunity_id for t in targets}
            siblings = session.exec(
                select(Interview).where(
                    col(Interview.opportunity_id).in_(opportunity_ids), col(Interview.deleted_at).is_(None)
                )
            ).all()
            points = session.exec(
                select(TalkingPoint)
                .where(col(TalkingPoint.interview_id).in_([i.id for i in siblings]))
                .order_by(col(TalkingPoint.position), col(TalkingPoint.id))
            ).all()
            people = session.exec(select(Person).where(col(Person.opportunity_id).in_(opportunity_ids))).all()
        names = {p.id: p.name for p in people if p.id is not None}
        managers = {p.id for p in people if p.relation == Relation.HIRING_MANAGER.value}
        points_of: dict[int, list[TalkingPoint]] = defaultdict(list)
        for point in points:
            points_of[point.interview_id].append(point)
        # Only the rounds of the target's own opportunity were heard before it.
        rounds_of: dict[int, list[Interview]] = defaultdict(list)
        for sibling in _sorted_rounds(siblings):
            rounds_of[sibling.opportunity_id].append(sibling)
        result: dict[int, dict[int, RepeatWarning]] = {}
        for target in targets:
            assert target.id is not None
            earlier = [i for i in rounds_of[target.opportunity_id] if _is_before(i, target)]
            heard = [
                _point_view(p, i.round_number, names)
                for i in earlier
                for p in points_of.get(i.id or 0, [])
                if p.status == PointStatus.TOLD.value
            ]
            heard += [
                _point_view(p, target.round_number, names)
                for p in points_of.get(target.id, [])
                if p.status == RECAP
            ]
            planned = [
                _point_view(p, target.round_number, names)
                for p in points_of.get(target.id, [])
                if p.status == PointStatus.PLANNED.value and not p.kept_despite_repeat
            ]
            result[target.id] = _find_repeat_warnings(planned, heard, managers)
        return result

    # ---- notes (advocate brief, recap of what was missed) --------------------------------------

    def note(self, interview_id: int, kind: str, topic: str) -> str:
        with self.db.session() as session:
            return _notes_by_interview(session, [interview_id], kind, topic).get(interview_id, "")

    def set_note(self, interview_id: int, kind: str, topic: str, body: str) -> None:
        with self.db.session() as session:
            _interview(session, interview_id)
            note = session.exec(
                select(Note).where(
                    Note.interview_id == interview_id,
                    Note.kind == kind,
                    Note.topic == topic,
                    col(Note.person_id).is_(None),
                )
            ).first()
            if note is None:
                note = Note(interview_id=interview_id, kind=kind, topic=topic)
            note.body = body
            note.updated_at = utc_now()
            session.add(note)

    # ---- checklist -----------------------------------------------------------------------------

    def checklist(self, interview_id: int) -> dict[str, tuple[bool, str]]:
        with self.db.session() as session:
            rows = session.exec(
                select(ChecklistState).where(ChecklistState.interview_id == interview_id)
            ).all()
            return {row.item_key: (row.done, row.note) for row in rows}

    def set_check(
        self, interview_id: int, key: str, *, done: bool | None = None, note: str | None = None
    ) -> None:
        if key not in self.playbook.check_keys():
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Unknown checklist item: {0}.").format(key))
        with self.db.session() as session:
            _interview(session, interview_id)
            row = session.exec(
                select(ChecklistState).where(
                    ChecklistState.interview_id == interview_id, ChecklistState.item_key == key
                )
            ).first()
            if row is None:
                row = ChecklistState(interview_id=interview_id, item_key=key)
            if done is not None:
                row.done = done
            if note is not None:
                row.note = note
            session.add(row)

    # ---- the question bank ---------------------------------------------------------------------

    def ensure_seeded(self) -> int:
        """Put the playbook's seed questions into the bank once; the user may edit them afterwards."""
        with self.db.session() as session:
            if session.exec(select(func.count(col(Question.id))).where(col(Question.is_seed))).one():
                return 0
            for position, seed in enumerate(self.playbook.questions):
                session.add(Question(audience=seed.audience, text=seed.text, is_seed=True, position=position))
            return len(self.playbook.questions)

    def bank(self) -> dict[str, tuple[BankQuestion, ...]]:
        self.ensure_seeded()
        with self.db.session() as session:
            rows = session.exec(select(Question).order_by(col(Question.position), col(Question.id))).all()
        grouped: dict[str, list[BankQuestion]] = {audience: [] for audience in AUDIENCES}
        for row in rows:
            grouped.setdefault(row.audience, []).append(
                BankQuestion(row.id or 0, row.audience, row.text, row.is_seed)
            )
        return {audience: tuple(items) for audience, items in grouped.items()}

    def add_bank_question(self, audience: str, text: str) -> int:
        if audience not in AUDIENCES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Validation", "Unknown audience: {0}.").format(audience), "audience"
            )
        cleaned = text.strip()
        if not cleaned:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Write the question first."), "text")
        with self.db.session() as session:
            last = session.exec(select(func.max(Question.position))).one()
            question = Question(audience=audience, text=cleaned, position=(last or 0) + 1)
            session.add(question)
            session.flush()
            assert question.id is not None
            return question.id

    def update_bank_question(self, question_id: int, text: str) -> None:
        cleaned = text.strip()
        if not cleaned:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "A question cannot be empty."), "text")
        with self.db.session() as session:
            question = session.get(Question, question_id)
            if question is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "That question no longer exists."))
            question.text = cleaned
            session.add(question)

    def delete_bank_question(self, question_id: int) -> None:
        with self.db.session() as session:
            question = session.get(Question, question_id)
            if question is not None:
                session.delete(question)

    # ---- questions planned for the interview ---------------------------------------------------

    def questions(self, interview_id: int) -> tuple[QuestionView, ...]:
        with self.db.session() as session:
            rows = session.exec(
                select(InterviewQuestion)
                .where(InterviewQuestion.interview_id == interview_id)
                .order_by(col(InterviewQuestion.position), col(InterviewQuestion.id))
            ).all()
            return tuple(
                QuestionView(r.id or 0, r.text, r.person_id, r.question_id, r.position, r.asked, r.answer)
                for r in rows
            )

    def assign_question(
        self, interview_id: int, text: str, person_id: int | None, question_id: int | None = None
    ) -> int:
        cleaned = text.strip()
        if not cleaned:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Write the question first."), "text")
        with self.db.session() as session:
            _interview(session, interview_id)
            position = _next_position(session, InterviewQuestion, interview_id)
            row = InterviewQuestion(
                interview_id=interview_id,
                person_id=person_id,
                question_id=question_id,
                text=cleaned,
                position=position,
            )
            session.add(row)
            session.flush()
            assert row.id is not None
            return row.id

    def update_question(
        self,
        planned_id: int,
        *,
        text: str | None = None,
        person_id: int | _Unchanged | None = UNCHANGED,
        asked: bool | None = None,
        answer: str | None = None,
    ) -> None:
        with self.db.session() as session:
            row = session.get(InterviewQuestion, planned_id)
            if row is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "That question no longer exists."))
            if text is not None:
                if not text.strip():
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("Validation", "A question cannot be empty."), "text"
                    )
                row.text = text.strip()
            if not isinstance(person_id, _Unchanged):
                row.person_id = person_id
            if asked is not None:
                row.asked = asked
            if answer is not None:
                row.answer = answer
            session.add(row)

    def remove_question(self, planned_id: int) -> dict[str, object]:
        with self.db.session() as session:
            row = session.get(InterviewQuestion, planned_id)
            if row is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "That question no longer exists."))
            snapshot = row.model_dump()
            session.delete(row)
            return snapshot

    def restore_question(self, snapshot: dict[str, object]) -> None:
        with self.db.session() as session:
            session.add(InterviewQuestion.model_validate(snapshot))

    def move_question(self, planned_id: int, offset: int) -> None:
        """Move a question up or down among the questions for the same person."""
        with self.db.session() as session:
            row = session.get(InterviewQuestion, planned_id)
            if row is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "That question no longer exists."))
            siblings = list(
                session.exec(
                    select(InterviewQuestion)
                    .where(
                        InterviewQuestion.interview_id == row.interview_id,
                        col(InterviewQuestion.person_id).is_(None)
                        if row.person_id is None
                        else InterviewQuestion.person_id == row.person_id,
                    )
                    .order_by(col(InterviewQuestion.position), col(InterviewQuestion.id))
                ).all()
            )
            _reorder(session, siblings, row, offset)

    # ---- fit criteria --------------------------------------------------------------------------

    def criteria(self, interview_id: int) -> tuple[CriterionView, ...]:
        with self.db.session() as session:
            rows = session.exec(
                select(FitCriterion)
                .where(FitCriterion.interview_id == interview_id)
                .order_by(col(FitCriterion.position), col(FitCriterion.id))
            ).all()
            return tuple(CriterionView(r.id or 0, r.text, r.answer, r.position) for r in rows)

    def add_criterion(self, interview_id: int, text: str) -> int:
        cleaned = text.strip()
        if not cleaned:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Write the criterion first."), "text")
        with self.db.session() as session:
            _interview(session, interview_id)
            row = FitCriterion(
                interview_id=interview_id,
                text=cleaned,
                position=_next_position(session, FitCriterion, interview_id),
            )
            session.add(row)
            session.flush()
            assert row.id is not None
            return row.id

    def update_criterion(
        self, criterion_id: int, *, text: str | None = None, answer: str | None = None
    ) -> None:
        with self.db.session() as session:
            row = session.get(FitCriterion, criterion_id)
            if row is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "That criterion no longer exists."))
            if text is not None:
                if not text.strip():
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("Validation", "A criterion cannot be empty."), "text"
                    )
                row.text = text.strip()
            if answer is not None:
                row.answer = answer
            session.add(row)

    def remove_criterion(self, criterion_id: int) -> dict[str, object]:
        with self.db.session() as session:
            row = session.get(FitCriterion, criterion_id)
            if row is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "That criterion no longer exists."))
            snapshot = row.model_dump()
            session.delete(row)
            return snapshot

    def restore_criterion(self, snapshot: dict[str, object]) -> None:
        with self.db.session() as session:
            session.add(FitCriterion.model_validate(snapshot))

    # ---- readiness -----------------------------------------------------------------------------

    def readiness(
        self, interview_id: int, repeats: Mapping[int, RepeatWarning] | None = None
    ) -> Readiness:
        """``repeats``: the interview's repeats, when the caller has just found them."""
        known = None if repeats is None else {interview_id: dict(repeats)}
        return self.readiness_many([interview_id], with_repeats=True, known_repeats=known)[interview_id]

    def readiness_many(
        self,
        interview_ids: Sequence[int],
        *,
        with_repeats: bool = False,
        known_repeats: Mapping[int, dict[int, RepeatWarning]] | None = None,
    ) -> dict[int, Readiness]:
        """Readiness of many interviews in a few grouped queries (never one query per row).

        The repetition check is the costly part; lists ask for it only for the interviews ahead.
        """
        ids = list(interview_ids)
        if not ids:
            return {}
        total = len(self.playbook.check_keys())
        keys = self.playbook.check_keys()
        with self.db.session() as session:
            done = dict(
                session.exec(
                    select(ChecklistState.interview_id, func.count(col(ChecklistState.id)))
                    .where(col(ChecklistState.interview_id).in_(ids), col(ChecklistState.done))
                    .where(col(ChecklistState.item_key).in_(keys))
                    .group_by(col(ChecklistState.interview_id))
                ).all()
            )
            asked_ids = set(
                session.exec(
                    select(ChecklistState.interview_id).where(
                        col(ChecklistState.interview_id).in_(ids),
                        ChecklistState.item_key == ADVOCATE_ASK_CHECK,
                        col(ChecklistState.done),
                    )
                ).all()
            )
            words = set(
                session.exec(
                    select(Note.interview_id).where(
                        col(Note.interview_id).in_(ids),
                        Note.kind == NoteKind.ADVOCATE.value,
                        Note.topic == "words",
                        func.trim(Note.body) != "",
                    )
                ).all()
            )
            panel = session.exec(
                select(Panelist.interview_id, Person.id, Person.name)
                .join(Person, col(Person.id) == Panelist.person_id)
                .where(col(Panelist.interview_id).in_(ids))
            ).all()
            with_question = set(
                session.exec(
                    select(InterviewQuestion.interview_id, InterviewQuestion.person_id).where(
                        col(InterviewQuestion.interview_id).in_(ids)
                    )
                ).all()
            )
        unquestioned: dict[int, list[str]] = defaultdict(list)
        for interview_id, person_id, name in panel:
            if (interview_id, person_id) not in with_question:
                unquestioned[interview_id].append(name)
        if not with_repeats:
            repeats: Mapping[int, dict[int, RepeatWarning]] = {}
        elif known_repeats is not None and set(ids) <= set(known_repeats):
            repeats = known_repeats
        else:
            repeats = self.repeats_many(ids)
        result: dict[int, Readiness] = {}
        for interview_id in ids:
            warnings: list[str] = []
            if with_repeats:
                count = len(repeats.get(interview_id, {}))
                if count == 1:
                    warnings.append(QT_TRANSLATE_NOOP("Readiness", "1 planned point repeats round one"))
                elif count:
                    warnings.append(
                        QT_TRANSLATE_NOOP("Readiness", "{0} planned points repeat round one").format(count)
                    )
            missing = unquestioned.get(interview_id, [])
            if missing:
                warnings.append(
                    QT_TRANSLATE_NOOP("Readiness", "No question for {0}").format(", ".join(missing))
                )
            if interview_id not in words and interview_id not in asked_ids:
                warnings.append(QT_TRANSLATE_NOOP("Readiness", "No advocate ask prepared"))
            result[interview_id] = Readiness(min(done.get(interview_id, 0), total), total, tuple(warnings))
        return result


# ---- helpers -----------------------------------------------------------------------------------


def _interview(session: Session, interview_id: int) -> Interview:
    interview = session.get(Interview, interview_id)
    if interview is None or interview.deleted_at is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "That interview no longer exists."))
    return interview


def _is_before(candidate: Interview, interview: Interview) -> bool:
    """An earlier round: a lower round number, or the same number at an earlier time."""
    if candidate.id == interview.id:
        return False
    return candidate.round_number < interview.round_number or (
        candidate.round_number == interview.round_number and candidate.starts_at < interview.starts_at
    )


def _sorted_rounds(rounds: Iterable[Interview]) -> list[Interview]:
    return sorted(rounds, key=lambda i: (i.round_number, i.starts_at))


def _earlier_rounds(session: Session, interview: Interview) -> list[Interview]:
    """Rounds of the same opportunity before this one (by round number, then by time)."""
    rows = session.exec(
        select(Interview).where(
            Interview.opportunity_id == interview.opportunity_id, col(Interview.deleted_at).is_(None)
        )
    ).all()
    return [r for r in _sorted_rounds(rows) if _is_before(r, interview)]


def _find_repeat_warnings(
    planned: list[PointView], heard: list[PointView], managers: set[int | None]
) -> dict[int, RepeatWarning]:
    """Compare each listener's planned points with what that listener could have heard.

    The hiring manager briefed the panel, and what was said to the room reached everyone.
    """
    warnings: dict[int, RepeatWarning] = {}
    if not planned or not heard:
        return warnings
    by_listener: dict[int | None, list[PointView]] = defaultdict(list)
    for point in planned:
        by_listener[point.person_id].append(point)
    for listener, points in by_listener.items():
        relevant = [
            h for h in heard if listener is None or h.person_id in (None, listener) or h.person_id in managers
        ]
        if not relevant:
            continue
        for repeat in find_repeats([p.text for p in points], [h.text for h in relevant]):
            point = points[repeat.planned_index]
            warnings[point.id] = RepeatWarning(point.id, relevant[repeat.heard_index], repeat.score)
    return warnings


def _person_names(session: Session, opportunity_id: int) -> dict[int, str]:
    rows = session.exec(select(Person.id, Person.name).where(Person.opportunity_id == opportunity_id)).all()
    return {person_id: name for person_id, name in rows if person_id is not None}


def _notes_by_interview(session: Session, ids: Iterable[int], kind: str, topic: str) -> dict[int, str]:
    rows = session.exec(
        select(Note.interview_id, Note.body).where(
            col(Note.interview_id).in_(list(ids)),
            Note.kind == kind,
            Note.topic == topic,
            col(Note.person_id).is_(None),
        )
    ).all()
    return dict(rows)


def _next_position(
    session: Session, model: type[TalkingPoint | InterviewQuestion | FitCriterion], interview_id: int
) -> int:
    last = session.exec(select(func.max(model.position)).where(model.interview_id == interview_id)).one()
    return 0 if last is None else int(last) + 1


def _reorder(
    session: Session, siblings: list[TalkingPoint] | list[InterviewQuestion], row: object, offset: int
) -> None:
    index = next(i for i, sibling in enumerate(siblings) if sibling is row)
    target = max(0, min(len(siblings) - 1, index + offset))
    if target == index:
        return
    moved = siblings.pop(index)
    siblings.insert(target, moved)  # type: ignore[arg-type]
    for position, sibling in enumerate(siblings):
        sibling.position = position
        session.add(sibling)
