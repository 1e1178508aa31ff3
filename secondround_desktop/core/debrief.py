"""Right after the interview: per-panelist notes, questions asked and answers heard, what was told to whom,
and the overall debrief (what went well, what to say differently, what was missed, outcome, next steps).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlmodel import col, select

from secondround_desktop.core.db import Database
from secondround_desktop.core.errors import ValidationError
from secondround_desktop.core.models import (
    Interview,
    InterviewQuestion,
    InterviewState,
    Note,
    NoteKind,
    Outcome,
    Panelist,
    Person,
    PointStatus,
    TalkingPoint,
    utc_now,
)
from secondround_desktop.core.texts import QT_TRANSLATE_NOOP

PERSON_TOPICS = ("notes", "they_asked", "impression")
OVERALL_TOPICS = ("went_well", "say_differently", "missed", "next_steps")
IMPRESSIONS = ("", "warm", "neutral", "cool")


@dataclass(frozen=True)
class SharedQuestion:
    """A question that two or more panelists answered, with each answer, for a side-by-side view."""

    text: str
    answers: tuple[tuple[str, str], ...]  # (person name, answer)


@dataclass(frozen=True)
class TellablePoint:
    id: int
    text: str
    person_id: int | None
    told: bool


class DebriefService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def most_recently_started(self, now: datetime | None = None) -> int | None:
        """The interview whose start is the latest one not in the future: the one to debrief now."""
        now = now or datetime.now(UTC)
        with self.db.session() as session:
            return session.exec(
                select(Interview.id)
                .where(col(Interview.deleted_at).is_(None), col(Interview.starts_at) <= now)
                .order_by(col(Interview.starts_at).desc(), col(Interview.id).desc())
            ).first()

    # ---- notes ---------------------------------------------------------------------------------

    def notes(self, interview_id: int) -> dict[tuple[int | None, str], str]:
        """Every debrief note of the interview, keyed by (person id or None, topic)."""
        with self.db.session() as session:
            rows = session.exec(
                select(Note).where(Note.interview_id == interview_id, Note.kind == NoteKind.DEBRIEF.value)
            ).all()
            return {(row.person_id, row.topic): row.body for row in rows}

    def set_note(self, interview_id: int, person_id: int | None, topic: str, body: str) -> None:
        if topic not in (PERSON_TOPICS if person_id is not None else OVERALL_TOPICS):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Validation", "Unknown part of the debrief: {0}.").format(topic)
            )
        if topic == "impression" and body not in IMPRESSIONS:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Unknown impression: {0}.").format(body))
        with self.db.session() as session:
            interview = session.get(Interview, interview_id)
            if interview is None or interview.deleted_at is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "That interview no longer exists."))
            person_clause = (
                col(Note.person_id).is_(None) if person_id is None else Note.person_id == person_id
            )
            note = session.exec(
                select(Note).where(
                    Note.interview_id == interview_id,
                    Note.kind == NoteKind.DEBRIEF.value,
                    Note.topic == topic,
                    person_clause,
                )
            ).first()
            if note is None:
                note = Note(
                    interview_id=interview_id, person_id=person_id, kind=NoteKind.DEBRIEF.value, topic=topic
                )
            note.body = body
            note.updated_at = utc_now()
            session.add(note)

    # ---- outcome -------------------------------------------------------------------------------

    def outcome(self, interview_id: int) -> str:
        with self.db.session() as session:
            interview = session.get(Interview, interview_id)
            return interview.outcome if interview is not None else Outcome.PENDING.value

    def set_outcome(self, interview_id: int, outcome: str) -> None:
        if outcome not in set(Outcome):
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Unknown outcome: {0}.").format(outcome))
        with self.db.session() as session:
            interview = session.get(Interview, interview_id)
            if interview is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "That interview no longer exists."))
            interview.outcome = outcome
            if interview.state == InterviewState.PLANNED.value:
                interview.state = InterviewState.DONE.value  # an outcome means it took place
            interview.updated_at = utc_now()
            session.add(interview)

    # ---- what was told -------------------------------------------------------------------------

    def tellable_points(self, interview_id: int) -> tuple[TellablePoint, ...]:
        """The round's planned and told points, to tick what was actually said (and so heard next time)."""
        with self.db.session() as session:
            rows = session.exec(
                select(TalkingPoint)
                .where(
                    TalkingPoint.interview_id == interview_id,
                    col(TalkingPoint.status).in_([PointStatus.PLANNED.value, PointStatus.TOLD.value]),
                )
                .order_by(col(TalkingPoint.position), col(TalkingPoint.id))
            ).all()
            return tuple(
                TellablePoint(r.id or 0, r.text, r.person_id, r.status == PointStatus.TOLD.value)
                for r in rows
            )

    def mark_told(self, point_id: int, told: bool) -> None:
        with self.db.session() as session:
            point = session.get(TalkingPoint, point_id)
            if point is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "That point no longer exists."))
            point.status = PointStatus.TOLD.value if told else PointStatus.PLANNED.value
            session.add(point)

    # ---- questions and answers -----------------------------------------------------------------

    def shared_questions(self, interview_id: int) -> tuple[SharedQuestion, ...]:
        """Questions put to two or more people that got answers: to compare what each one said."""
        with self.db.session() as session:
            rows = session.exec(
                select(InterviewQuestion, Person.name)
                .join(Person, col(Person.id) == InterviewQuestion.person_id)
                .where(InterviewQuestion.interview_id == interview_id)
                .order_by(col(InterviewQuestion.position), col(InterviewQuestion.id))
            ).all()
        grouped: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for question, name in rows:
            if question.answer.strip():
                grouped[_question_key(question.text)].append((question.text, name, question.answer.strip()))
        return tuple(
            SharedQuestion(entries[0][0], tuple((name, answer) for _, name, answer in entries))
            for entries in grouped.values()
            if len({name for _, name, _ in entries}) >= 2
        )

    def panel_ids(self, interview_id: int) -> tuple[int, ...]:
        with self.db.session() as session:
            return tuple(
                session.exec(
                    select(Panelist.person_id)
                    .where(Panelist.interview_id == interview_id)
                    .order_by(col(Panelist.position), col(Panelist.id))
                ).all()
            )


def _question_key(text: str) -> str:
    """Questions match when they differ only in case, spacing or punctuation."""
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()
