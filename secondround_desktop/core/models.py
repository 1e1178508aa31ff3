"""The domain model, as SQLModel tables.

The schema itself is owned by the Alembic migrations in ``core/migrations``; a test checks that these
models and the migrations agree. Enumerations are stored as short strings so that adding a value never
needs a table rewrite.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from enum import StrEnum

from sqlalchemy import Column, ForeignKey, Index, Integer, Text, UniqueConstraint, text
from sqlmodel import Field, SQLModel


def utc_now() -> datetime:
    """Now, timezone-aware in UTC (SQLModel stores aware datetimes as UTC)."""
    return datetime.now(UTC)


def new_uid() -> str:
    return uuid.uuid4().hex


class OpportunityStatus(StrEnum):
    ACTIVE = "active"
    OFFER = "offer"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class InterviewKind(StrEnum):
    SCREEN = "screen"
    HIRING_MANAGER = "hiring_manager"
    PANEL = "panel"
    FINAL = "final"


class InterviewState(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class Outcome(StrEnum):
    PENDING = "pending"
    ADVANCED = "advanced"
    OFFER = "offer"
    REJECTED = "rejected"


class Relation(StrEnum):
    """A panelist's relation to the role: the playbook's audiences."""

    HIRING_MANAGER = "hiring_manager"
    POTENTIAL_BOSS = "potential_boss"
    BOSS_OF_BOSS = "boss_of_boss"
    TEAM_MEMBER = "team_member"
    PEER = "peer"
    HR = "hr"
    OTHER = "other"


class PointStatus(StrEnum):
    PLANNED = "planned"
    TOLD = "told"


class NoteKind(StrEnum):
    GENERAL = "general"
    PREP = "prep"
    RECAP = "recap"
    ADVOCATE = "advocate"
    DEBRIEF = "debrief"


class FollowUpKind(StrEnum):
    THANK_YOU = "thank_you"
    OTHER = "other"


def _fk(
    target: str, *, nullable: bool = False, on_delete: str = "CASCADE", index: bool = True
) -> Column[int]:
    """A foreign-key column; children go with their parent, optional links are cleared."""
    return Column(Integer, ForeignKey(target, ondelete=on_delete), nullable=nullable, index=index)


def _optional_person(on_delete: str) -> Column[int]:
    """A link to a person that most rows leave empty; indexed by ``_person_index`` (set rows only)."""
    return _fk("person.id", nullable=True, on_delete=on_delete, index=False)


def _person_index(table: str) -> Index:
    # A plain index on a mostly-NULL column made SQLite read "person_id IS NULL" lookups through it
    # (nearly every row) instead of through the interview's index; see migration 0004.
    return Index(f"ix_{table}_person_id", "person_id", sqlite_where=text("person_id IS NOT NULL"))


class Opportunity(SQLModel, table=True):
    """One company and role being pursued."""

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, unique=True, index=True)
    company: str = Field(index=True)
    role: str
    posting_url: str = ""
    status: str = OpportunityStatus.ACTIVE.value
    notes: str = Field(default="", sa_type=Text)
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class Interview(SQLModel, table=True):
    """One round of an opportunity.

    ``starts_at`` is aware (stored as UTC); ``timezone`` is where the interview happens (IANA name).
    """

    # The lists read live interviews in start order, and split upcoming from past with the duration,
    # from this index alone; the longest duration bounds which starts need their end computed. Deleted
    # rows are few: indexing only them keeps SQLite from reading "deleted_at IS NULL" (nearly every row)
    # through that index.
    __table_args__ = (
        Index(
            "ix_interview_live_starts_at",
            "starts_at",
            "duration_minutes",
            sqlite_where=text("deleted_at IS NULL"),
        ),
        Index("ix_interview_duration_minutes", "duration_minutes"),
        Index("ix_interview_deleted_at", "deleted_at", sqlite_where=text("deleted_at IS NOT NULL")),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, unique=True, index=True)
    opportunity_id: int = Field(sa_column=_fk("opportunity.id"))
    round_number: int = 1
    kind: str = InterviewKind.PANEL.value
    starts_at: datetime = Field(index=True)
    timezone: str = "UTC"
    duration_minutes: int = 60
    location: str = ""
    meeting_link: str = ""
    state: str = InterviewState.PLANNED.value
    outcome: str = Outcome.PENDING.value
    # Set while a deletion can still be undone; such rows are purged at the next start.
    deleted_at: datetime | None = None
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class Person(SQLModel, table=True):
    """Someone met during an opportunity; the same person can sit on several rounds."""

    # The find field matches names anywhere in them: reading this index is reading far less than the rows.
    __table_args__ = (Index("ix_person_name", "name"),)

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, unique=True, index=True)
    opportunity_id: int = Field(sa_column=_fk("opportunity.id"))
    name: str
    title: str = ""
    email: str = ""
    relation: str = Relation.OTHER.value
    notes: str = Field(default="", sa_type=Text)
    created_at: datetime = Field(default_factory=utc_now)


class Panelist(SQLModel, table=True):
    """A person sitting on one interview's panel."""

    __table_args__ = (UniqueConstraint("interview_id", "person_id"),)

    id: int | None = Field(default=None, primary_key=True)
    interview_id: int = Field(sa_column=_fk("interview.id"))
    person_id: int = Field(sa_column=_fk("person.id"))
    position: int = 0


class TalkingPoint(SQLModel, table=True):
    """A story or point, planned for or told in an interview, optionally to one person."""

    __table_args__ = (_person_index("talkingpoint"),)

    id: int | None = Field(default=None, primary_key=True)
    interview_id: int = Field(sa_column=_fk("interview.id"))
    person_id: int | None = Field(
        default=None, sa_column=_optional_person("SET NULL")
    )
    text: str = Field(sa_type=Text)
    status: str = PointStatus.PLANNED.value
    landed: bool | None = None
    # The user saw the repetition warning and chose to keep the point as it is.
    kept_despite_repeat: bool = False
    position: int = 0
    created_at: datetime = Field(default_factory=utc_now)


class Question(SQLModel, table=True):
    """The question bank, grouped by audience (a Relation value, or "anyone")."""

    id: int | None = Field(default=None, primary_key=True)
    audience: str = Field(index=True)
    text: str = Field(sa_type=Text)
    is_seed: bool = False
    position: int = 0


class InterviewQuestion(SQLModel, table=True):
    """A question planned for an interview, optionally for one person, and the answer heard."""

    __table_args__ = (_person_index("interviewquestion"),)

    id: int | None = Field(default=None, primary_key=True)
    interview_id: int = Field(sa_column=_fk("interview.id"))
    person_id: int | None = Field(
        default=None, sa_column=_optional_person("SET NULL")
    )
    question_id: int | None = Field(
        default=None, sa_column=_fk("question.id", nullable=True, on_delete="SET NULL")
    )
    text: str = Field(sa_type=Text)
    position: int = 0
    asked: bool = False
    answer: str = Field(default="", sa_type=Text)


class ChecklistState(SQLModel, table=True):
    """Per interview, per playbook checklist item: done, and a note."""

    __table_args__ = (UniqueConstraint("interview_id", "item_key"),)

    id: int | None = Field(default=None, primary_key=True)
    interview_id: int = Field(sa_column=_fk("interview.id"))
    item_key: str
    done: bool = False
    note: str = Field(default="", sa_type=Text)


class FitCriterion(SQLModel, table=True):
    """One of the candidate's own criteria for saying yes, answered after the interview."""

    id: int | None = Field(default=None, primary_key=True)
    interview_id: int = Field(sa_column=_fk("interview.id"))
    text: str = Field(sa_type=Text)
    answer: str = Field(default="", sa_type=Text)
    position: int = 0


class Note(SQLModel, table=True):
    """Free text per interview, optionally per person, of a kind (general, prep, debrief, ...)."""

    # Notes are looked up by interview, kind and topic.
    __table_args__ = (
        Index("ix_note_interview_kind_topic", "interview_id", "kind", "topic"),
        _person_index("note"),
    )

    id: int | None = Field(default=None, primary_key=True)
    interview_id: int = Field(sa_column=_fk("interview.id"))
    person_id: int | None = Field(
        default=None, sa_column=_optional_person("CASCADE")
    )
    kind: str = NoteKind.GENERAL.value
    # A finer label inside a kind, e.g. "went_well" within the debrief.
    topic: str = ""
    body: str = Field(default="", sa_type=Text)
    updated_at: datetime = Field(default_factory=utc_now)


class FollowUp(SQLModel, table=True):
    """A follow-up per interview and person: a thank-you or other, with a due date and a draft."""

    # The overdue banner asks on every list refresh for open follow-ups past their date.
    __table_args__ = (
        Index("ix_followup_open_due_date", "due_date", sqlite_where=text("done_at IS NULL")),
        _person_index("followup"),
    )

    id: int | None = Field(default=None, primary_key=True)
    interview_id: int = Field(sa_column=_fk("interview.id"))
    person_id: int | None = Field(
        default=None, sa_column=_optional_person("CASCADE")
    )
    kind: str = FollowUpKind.THANK_YOU.value
    due_date: date | None = None
    done_at: datetime | None = None
    draft: str = Field(default="", sa_type=Text)


TABLES: tuple[type[SQLModel], ...] = (
    Opportunity,
    Interview,
    Person,
    Panelist,
    TalkingPoint,
    Question,
    InterviewQuestion,
    ChecklistState,
    FitCriterion,
    Note,
    FollowUp,
)
