"""Use cases for interviews, their opportunity and their panel.

Callers pass plain values and get plain read models back; every method is one unit of work.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, String, and_, exists, func, or_, type_coerce
from sqlalchemy import select as sa_select
from sqlalchemy import update as sa_update
from sqlmodel import Session, col, select

from secondround_desktop.core import name_index
from secondround_desktop.core.db import Database
from secondround_desktop.core.errors import ValidationError
from secondround_desktop.core.models import (
    FollowUp,
    Interview,
    InterviewKind,
    InterviewQuestion,
    Note,
    NoteKind,
    Opportunity,
    Panelist,
    Person,
    Relation,
    TalkingPoint,
    utc_now,
)
from secondround_desktop.core.texts import QT_TRANSLATE_NOOP
from secondround_desktop.core.validation import (
    check_duration,
    check_email,
    check_link,
    check_required,
    check_round,
    local_to_utc,
    parse_date,
    parse_time,
    zone,
)

_T = TypeVar("_T")


class Scope(StrEnum):
    UPCOMING = "upcoming"
    PAST = "past"


@dataclass(frozen=True)
class PersonView:
    id: int
    name: str
    title: str
    email: str
    relation: str


@dataclass(frozen=True)
class InterviewSummary:
    """One row of the interview lists."""

    id: int
    company: str
    role: str
    round_number: int
    kind: str
    starts_at: datetime  # aware, UTC
    timezone: str
    duration_minutes: int
    state: str
    outcome: str
    panel_size: int


@dataclass(frozen=True)
class InterviewHeading:
    """What names an interview at the top of its workspace."""

    company: str
    role: str
    round_number: int
    kind: str
    starts_at: datetime
    timezone: str
    duration_minutes: int
    location: str
    meeting_link: str


@dataclass(frozen=True)
class InterviewDetail(InterviewHeading):
    id: int
    opportunity_id: int
    state: str
    outcome: str
    notes: str
    panel: tuple[PersonView, ...]

    @property
    def local_start(self) -> datetime:
        """The start as a wall-clock time in the interview's own zone."""
        return self.starts_at.astimezone(zone(self.timezone))

    def as_draft(self) -> InterviewDraft:
        local = self.local_start
        return InterviewDraft(
            company=self.company,
            role=self.role,
            round_number=self.round_number,
            date_text=f"{local:%Y-%m-%d}",
            time_text=f"{local:%H:%M}",
            timezone=self.timezone,
            duration_minutes=self.duration_minutes,
            kind=self.kind,
            location=self.location,
            meeting_link=self.meeting_link,
        )


@dataclass
class InterviewDraft:
    """What the interview form holds, as typed. ``validate`` turns it into clean values or field errors."""

    company: str = ""
    role: str = ""
    round_number: int = 2
    date_text: str = ""
    time_text: str = ""
    timezone: str = "UTC"
    duration_minutes: int = 60
    kind: str = InterviewKind.PANEL.value
    location: str = ""
    meeting_link: str = ""

    def validate(self) -> tuple[ValidInterview | None, dict[str, str]]:
        errors: dict[str, str] = {}

        def attempt(fn: Callable[..., _T], *args: object) -> _T | None:
            try:
                return fn(*args)
            except ValidationError as exc:
                errors.setdefault(exc.field or "form", exc.message)
                return None

        company = attempt(check_required, self.company, "company", QT_TRANSLATE_NOOP("Validation", "Company"))
        role = attempt(check_required, self.role, "role", QT_TRANSLATE_NOOP("Validation", "Role"))
        round_number = attempt(check_round, self.round_number)
        duration = attempt(check_duration, self.duration_minutes)
        link = attempt(check_link, self.meeting_link)
        day: date | None = attempt(parse_date, self.date_text)
        at: time | None = attempt(parse_time, self.time_text)
        starts_at = None
        if day is not None and at is not None:
            starts_at = attempt(local_to_utc, day, at, self.timezone)
        if self.kind not in set(InterviewKind):
            errors["kind"] = QT_TRANSLATE_NOOP("Validation", "Unknown kind of interview: {0}.").format(
                self.kind
            )
        if errors:
            return None, errors
        assert company and role and round_number and duration and starts_at and link is not None
        return (
            ValidInterview(
                company=company,
                role=role,
                round_number=round_number,
                starts_at=starts_at,
                timezone=self.timezone,
                duration_minutes=duration,
                kind=self.kind,
                location=self.location.strip(),
                meeting_link=link,
            ),
            {},
        )


@dataclass(frozen=True)
class ValidInterview:
    company: str
    role: str
    round_number: int
    starts_at: datetime
    timezone: str
    duration_minutes: int
    kind: str
    location: str
    meeting_link: str


@dataclass
class PersonInput:
    name: str
    title: str = ""
    email: str = ""
    relation: str = Relation.OTHER.value

    def validate(self) -> PersonInput:
        name = check_required(self.name, "name", QT_TRANSLATE_NOOP("Validation", "Name"))
        email = check_email(self.email)
        if self.relation not in set(Relation):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Validation", "Unknown relation: {0}.").format(self.relation), "relation"
            )
        return PersonInput(name=name, title=" ".join(self.title.split()), email=email, relation=self.relation)


@dataclass(frozen=True)
class Counts:
    upcoming: int
    past: int

    @property
    def total(self) -> int:
        return self.upcoming + self.past


@dataclass(frozen=True)
class OpportunityMatch:
    id: int
    next_round: int
    people: tuple[PersonView, ...] = field(default=())


@dataclass(frozen=True)
class _Split:
    """Where now falls among stored start times (see InterviewService._split)."""

    now: str
    low: str
    high: str


def _utc_text(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S")


def _start() -> ColumnElement[str]:
    """The start time as its stored text: compared with text bounds, not converted per row."""
    return type_coerce(Interview.starts_at, String)


def _naming_columns() -> tuple[Any, ...]:
    """What names an interview in a list row and at the top of its workspace, in that order."""
    return (
        col(Opportunity.company),
        col(Opportunity.role),
        col(Interview.round_number),
        col(Interview.kind),
        col(Interview.starts_at),
        col(Interview.timezone),
        col(Interview.duration_minutes),
    )


def _live() -> ColumnElement[bool]:
    # likely(): nearly every row is live. Without it SQLite, lacking statistics, reads the lists through
    # the index on deleted_at (which matches every live row) instead of the one on live start times.
    return func.likely(col(Interview.deleted_at).is_(None))


_GATHER_FROM = 2  # letters in a find word from which its matches are gathered first (see _list_query)


def _matches_here(pattern: str) -> ColumnElement[bool]:
    """The row's company, role or a panelist's name is LIKE ``pattern``, tested row by row."""
    seated = (
        sa_select(col(Panelist.id))
        .join(Person, col(Person.id) == Panelist.person_id)
        .where(col(Panelist.interview_id) == Interview.id)
        .where(col(Person.name).like(pattern, escape="\\"))
        .correlate(Interview)
    )
    named = (
        sa_select(col(Opportunity.id))
        .where(
            col(Opportunity.id) == Interview.opportunity_id,
            or_(
                col(Opportunity.company).like(pattern, escape="\\"),
                col(Opportunity.role).like(pattern, escape="\\"),
            ),
        )
        .correlate(Interview)
    )
    return or_(named.exists(), seated.exists())


def _person_view(person: Person) -> PersonView:
    assert person.id is not None
    return PersonView(person.id, person.name, person.title, person.email, person.relation)


def _now() -> datetime:
    return datetime.now(UTC)


class InterviewService:
    def __init__(self, db: Database) -> None:
        self.db = db
        with db.engine.connect() as connection:
            self._names_indexed = name_index.present(connection)  # see core/name_index.py

    # ---- reading -------------------------------------------------------------------------------

    def list_interviews(
        self,
        scope: Scope,
        text: str = "",
        now: datetime | None = None,
        *,
        limit: int | None = None,
        after: int | None = None,
    ) -> list[InterviewSummary]:
        """Upcoming interviews (not yet ended) soonest first, or past ones latest first, in one query.

        ``limit`` and ``after`` (the id of the last row already read) read the list a page at a time. The
        page starts where that row is in the index, so a page deep in a long history costs what the
        first one does; a row that is no longer in the list (deleted meanwhile) ends the list.
        """
        now = now or _now()
        with self.db.session() as session:
            if not self._every_word_matches(session, text):
                return []  # (a typo, often): else the whole list would be read to find no row
            split = self._split(session, now)
            if after is None:
                query = self._list_query(scope, text, split)
            else:
                anchor = self._start_text(session, after)
                if anchor is None:
                    return []
                # The anchor's start, not now, bounds the range the index reads.
                query = self._list_query(scope, text, split, ranged=False)
                query = query.where(*self._after_clauses(scope, anchor, after))
            if limit is not None:
                query = query.limit(limit)
            rows = session.execute(query).all()
        return [InterviewSummary(*row) for row in rows]

    def _every_word_matches(self, session: Session, text: str) -> bool:
        """Whether each find word of two letters or more is in some company, role or person's name.

        Each answer stops at the first match; only a word that matches nothing reads every name (or,
        from three letters, looks it up in the names index).
        """
        for word in text.split():
            if len(word) < _GATHER_FROM:
                continue
            named = exists(self._named(word))
            person = exists(self._people_named(word))
            # One after the other: SQLite would evaluate both sides of an OR of two EXISTS.
            if session.execute(sa_select(named)).scalar():
                continue
            if not session.execute(sa_select(person)).scalar():
                return False
        return True

    def position(
        self, scope: Scope, interview_id: int, text: str = "", now: datetime | None = None
    ) -> int | None:
        """The row of ``interview_id`` in that list (0 is the first), or None when it is not in it."""
        now = now or _now()
        with self.db.session() as session:
            split = self._split(session, now)
            listed = self._list_query(scope, text, split, columns=(col(Interview.id),))
            if session.execute(listed.where(col(Interview.id) == interview_id)).first() is None:
                return None
            anchor = self._start_text(session, interview_id)
            assert anchor is not None
            before = self._list_query(scope, text, split, columns=(func.count(),), ranged=False)
            before = before.where(*self._before_clauses(scope, anchor, interview_id)).order_by(None)
            return int(session.execute(before).scalar_one())

    def scope_of(self, interview_id: int, now: datetime | None = None) -> Scope | None:
        """Which list shows the interview, or None when it is deleted or does not exist."""
        now = now or _now()
        with self.db.session() as session:
            split = self._split(session, now)
            for scope in Scope:
                query = (
                    sa_select(col(Interview.id))
                    .where(_live(), col(Interview.id) == interview_id)
                    .where(*self._scope_clauses(scope, split))
                )
                if session.execute(query).first() is not None:
                    return scope
        return None

    def counts(self, now: datetime | None = None) -> Counts:
        """How many interviews each list holds, from index ranges (no row is read)."""
        now = now or _now()
        with self.db.session() as session:
            split = self._split(session, now)
            # count(*) of a whole table reads no rows; the deleted ones are few and indexed.
            count = sa_select(func.count())
            every, deleted, upcoming = session.execute(
                sa_select(
                    count.select_from(Interview).scalar_subquery(),
                    count.where(col(Interview.deleted_at).is_not(None)).scalar_subquery(),
                    count.where(_live(), *self._scope_clauses(Scope.UPCOMING, split)).scalar_subquery(),
                )
            ).one()
        # Every live interview is in exactly one list: its end is either after now or not.
        return Counts(int(upcoming), int(every) - int(deleted) - int(upcoming))

    # Start times are stored as text, "YYYY-MM-DD HH:MM:SS[.ffffff]" in UTC, so comparing them as text
    # orders them in time. An interview has ended when its start plus its duration is at or before now;
    # SQLite's datetime() computes that end, but at a few microseconds a row it is too slow to run over a
    # long history. Every start before ``split.low`` has ended whatever its duration, every start from
    # ``split.high`` on has not: only the starts in between (the last few hours) need their end computed.

    @staticmethod
    def _split(session: Session, now: datetime) -> _Split:
        longest = session.execute(sa_select(func.max(col(Interview.duration_minutes)))).scalar_one()
        at = now.astimezone(UTC).replace(microsecond=0)
        low = at - timedelta(minutes=max(int(longest or 0), 0), seconds=1)
        return _Split(_utc_text(at), _utc_text(low), _utc_text(at + timedelta(seconds=1)))

    @staticmethod
    def _scope_clauses(scope: Scope, split: _Split, ranged: bool = True) -> tuple[ColumnElement[bool], ...]:
        """The exact test of the scope, and (``ranged``) the range of start times that holds it.

        The range only tells the index where to read: a query that bounds the start times more tightly
        leaves it out, as SQLite reads an index by one bound per side.
        """
        starts = _start()
        ends = func.datetime(Interview.starts_at, func.printf("+%d minutes", Interview.duration_minutes))
        if scope is Scope.PAST:
            exact = or_(starts < split.low, and_(starts < split.high, ends <= split.now))
            return (starts < split.high, exact) if ranged else (exact,)
        exact = or_(starts >= split.high, and_(starts >= split.low, ends > split.now))
        return (starts >= split.low, exact) if ranged else (exact,)

    @staticmethod
    def _after_clauses(scope: Scope, anchor: str, anchor_id: int) -> tuple[ColumnElement[bool], ...]:
        """The rows that follow the anchor row in the list's order (start time, then id)."""
        starts = _start()
        if scope is Scope.PAST:
            return starts <= anchor, or_(starts < anchor, col(Interview.id) > anchor_id)
        return starts >= anchor, or_(starts > anchor, col(Interview.id) > anchor_id)

    @staticmethod
    def _before_clauses(scope: Scope, anchor: str, anchor_id: int) -> tuple[ColumnElement[bool], ...]:
        """The rows that come before the anchor row in the list's order."""
        starts = _start()
        if scope is Scope.PAST:
            return starts >= anchor, or_(starts > anchor, col(Interview.id) < anchor_id)
        return starts <= anchor, or_(starts < anchor, col(Interview.id) < anchor_id)

    @staticmethod
    def _start_text(session: Session, interview_id: int) -> str | None:
        """The start time of a row as stored, so that paging compares it exactly as the list sorts it."""
        value = session.execute(sa_select(_start()).where(col(Interview.id) == interview_id)).scalar()
        return None if value is None else str(value)

    def _list_query(
        self,
        scope: Scope,
        text: str,
        split: _Split,
        columns: tuple[Any, ...] | None = None,
        ranged: bool = True,
    ) -> Select[Any]:
        if columns is None:
            panel_size = (
                sa_select(func.count(col(Panelist.id)))
                .where(col(Panelist.interview_id) == Interview.id)
                .correlate(Interview)
                .scalar_subquery()
            )
            columns = (
                col(Interview.id),
                *_naming_columns(),
                col(Interview.state),
                col(Interview.outcome),
                panel_size,
            )
        query = sa_select(*columns).select_from(Interview)
        if len(columns) > 1:  # the summary's company and role
            query = query.join(Opportunity, col(Opportunity.id) == Interview.opportunity_id)
        query = query.where(_live(), *self._scope_clauses(scope, split, ranged)).order_by(
            col(Interview.starts_at).desc() if scope is Scope.PAST else col(Interview.starts_at).asc(),
            col(Interview.id),
        )
        # Each word must match the company, the role or a panelist's name. The longest word (of two
        # letters or more) narrows the list most: its matches are gathered once (uncorrelated subqueries,
        # which SQLite reads once) rather than looked up for every row, and "+ 0" keeps SQLite reading the
        # interviews in list order (stopping at the page's end) rather than collecting every match and
        # sorting them all. The other words are tested on those rows only: gathering each of them too cost
        # a pass over every name per word, and a short word ("data en") gathered most of the names
        # (220 ms at 100,000 interviews, 40 ms so). A word of three letters or more is gathered from the
        # names index (core/name_index.py) rather than by reading every name. SQLite's LIKE ignores case
        # already (ASCII, as its lower() does): ilike's lower() would only cost time.
        words = text.split()
        gathered = max((word for word in words if len(word) >= _GATHER_FROM), key=len, default=None)
        for word in words:
            if word is not gathered:
                query = query.where(_matches_here(f"%{_escape_like(word)}%"))
                continue
            opportunities = self._named(word)
            seats = sa_select(col(Panelist.interview_id)).where(
                col(Panelist.person_id).in_(self._people_named(word))
            )
            query = query.where(
                or_(
                    (col(Interview.opportunity_id) + 0).in_(opportunities),
                    (col(Interview.id) + 0).in_(seats),
                )
            )
        return query

    def _named(self, word: str) -> Select[Any]:
        """The ids of the opportunities whose company or role holds ``word``."""
        if self._names_indexed and len(word) >= name_index.MIN_LETTERS:
            return name_index.opportunity_ids(word)
        pattern = f"%{_escape_like(word)}%"
        return sa_select(col(Opportunity.id)).where(
            or_(
                col(Opportunity.company).like(pattern, escape="\\"),
                col(Opportunity.role).like(pattern, escape="\\"),
            )
        )

    def _people_named(self, word: str) -> Select[Any]:
        """The ids of the people whose name holds ``word``."""
        if self._names_indexed and len(word) >= name_index.MIN_LETTERS:
            return name_index.person_ids(word)
        return sa_select(col(Person.id)).where(col(Person.name).like(f"%{_escape_like(word)}%", escape="\\"))

    def get(self, interview_id: int) -> InterviewDetail:
        with self.db.session() as session:
            interview = self._live(session, interview_id)
            opportunity = session.get(Opportunity, interview.opportunity_id)
            assert opportunity is not None
            people = session.exec(
                select(Person)
                .join(Panelist, col(Panelist.person_id) == Person.id)
                .where(Panelist.interview_id == interview_id)
                .order_by(col(Panelist.position), col(Panelist.id))
            ).all()
            note = session.exec(
                select(Note.body).where(
                    Note.interview_id == interview_id,
                    Note.kind == NoteKind.GENERAL.value,
                    col(Note.person_id).is_(None),
                    Note.topic == "",
                )
            ).first()
            assert interview.id is not None
            return InterviewDetail(
                id=interview.id,
                opportunity_id=interview.opportunity_id,
                company=opportunity.company,
                role=opportunity.role,
                round_number=interview.round_number,
                kind=interview.kind,
                starts_at=interview.starts_at,
                timezone=interview.timezone,
                duration_minutes=interview.duration_minutes,
                location=interview.location,
                meeting_link=interview.meeting_link,
                state=interview.state,
                outcome=interview.outcome,
                notes=note or "",
                panel=tuple(_person_view(person) for person in people),
            )

    def heading(self, interview_id: int) -> InterviewHeading:
        """The interview's heading alone, in one query (``get`` reads its panel and notes too)."""
        with self.db.session() as session:
            row = session.execute(
                sa_select(*_naming_columns(), col(Interview.location), col(Interview.meeting_link))
                .join(Opportunity, col(Opportunity.id) == Interview.opportunity_id)
                .where(col(Interview.id) == interview_id, col(Interview.deleted_at).is_(None))
            ).first()
        if row is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "That interview no longer exists."))
        return InterviewHeading(*row)

    def exists(self, interview_id: int) -> bool:
        with self.db.session() as session:
            interview = session.get(Interview, interview_id)
            return interview is not None and interview.deleted_at is None

    def companies(self) -> list[str]:
        """Known company names, for completion."""
        with self.db.session() as session:
            return list(
                session.exec(select(Opportunity.company).distinct().order_by(Opportunity.company)).all()
            )

    def match_opportunity(self, company: str, role: str) -> OpportunityMatch | None:
        """The opportunity a new interview with this company and role would join, and who was met there."""
        with self.db.session() as session:
            opportunity = self._find_opportunity(session, company, role)
            if opportunity is None or opportunity.id is None:
                return None
            last_round = session.exec(
                select(func.max(Interview.round_number)).where(
                    Interview.opportunity_id == opportunity.id, col(Interview.deleted_at).is_(None)
                )
            ).one()
            people = self._people_met(session, opportunity.id, exclude_interview=None)
            return OpportunityMatch(opportunity.id, (last_round or 0) + 1, people)

    def earlier_people(self, interview_id: int) -> tuple[PersonView, ...]:
        """People met in this opportunity's earlier rounds who are not yet on this interview's panel."""
        with self.db.session() as session:
            interview = self._live(session, interview_id)
            return self._people_met(
                session, interview.opportunity_id, exclude_interview=interview_id, before=interview
            )

    # ---- writing -------------------------------------------------------------------------------

    def create(self, draft: InterviewDraft, people_from_earlier: Iterable[int] = ()) -> int:
        clean = _validated(draft)
        with self.db.session() as session:
            opportunity = self._opportunity_for(session, clean.company, clean.role)
            assert opportunity.id is not None
            interview = Interview(
                opportunity_id=opportunity.id,
                round_number=clean.round_number,
                kind=clean.kind,
                starts_at=clean.starts_at,
                timezone=clean.timezone,
                duration_minutes=clean.duration_minutes,
                location=clean.location,
                meeting_link=clean.meeting_link,
            )
            session.add(interview)
            session.flush()
            assert interview.id is not None
            self._add_panelists(session, interview, people_from_earlier)
            return interview.id

    def update(self, interview_id: int, draft: InterviewDraft) -> None:
        """Save the whole form at once: all of it when it is valid, none of it otherwise."""
        clean = _validated(draft)
        with self.db.session() as session:
            interview = self._live(session, interview_id)
            current = session.get(Opportunity, interview.opportunity_id)
            assert current is not None
            if (current.company, current.role) != (clean.company, clean.role):
                self._relink(session, interview, current, clean.company, clean.role)
            interview.round_number = clean.round_number
            interview.kind = clean.kind
            interview.starts_at = clean.starts_at
            interview.timezone = clean.timezone
            interview.duration_minutes = clean.duration_minutes
            interview.location = clean.location
            interview.meeting_link = clean.meeting_link
            interview.updated_at = utc_now()
            session.add(interview)

    def set_notes(self, interview_id: int, body: str) -> None:
        """The interview's general notes (one text per interview)."""
        with self.db.session() as session:
            self._live(session, interview_id)
            note = session.exec(
                select(Note).where(
                    Note.interview_id == interview_id,
                    Note.kind == NoteKind.GENERAL.value,
                    col(Note.person_id).is_(None),
                    Note.topic == "",
                )
            ).first()
            if note is None:
                note = Note(interview_id=interview_id, kind=NoteKind.GENERAL.value, body=body)
            note.body = body
            note.updated_at = utc_now()
            session.add(note)

    def delete(self, interview_id: int) -> None:
        """Delete, undoably: the row is marked and purged at the next start."""
        with self.db.session() as session:
            interview = self._live(session, interview_id)
            interview.deleted_at = utc_now()
            session.add(interview)

    def restore(self, interview_id: int) -> None:
        with self.db.session() as session:
            interview = session.get(Interview, interview_id)
            if interview is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "That interview no longer exists."))
            interview.deleted_at = None
            session.add(interview)

    def purge_deleted(self) -> int:
        """Remove interviews deleted in an earlier run, and the opportunities that deleting them emptied.

        An opportunity that never had an interview (e.g. imported on its own) stays.
        """
        with self.db.session() as session:
            doomed = session.exec(select(Interview).where(col(Interview.deleted_at).is_not(None))).all()
            emptied = {interview.opportunity_id for interview in doomed}
            for interview in doomed:
                session.delete(interview)
            session.flush()
            orphans = session.exec(
                select(Opportunity)
                .where(col(Opportunity.id).in_(emptied))
                .where(~exists().where(col(Interview.opportunity_id) == Opportunity.id))
            ).all()
            for opportunity in orphans:
                session.delete(opportunity)
            return len(doomed)

    # ---- the panel -----------------------------------------------------------------------------

    def add_person(self, interview_id: int, person: PersonInput) -> int:
        clean = person.validate()
        with self.db.session() as session:
            interview = self._live(session, interview_id)
            row = Person(
                opportunity_id=interview.opportunity_id,
                name=clean.name,
                title=clean.title,
                email=clean.email,
                relation=clean.relation,
            )
            session.add(row)
            session.flush()
            assert row.id is not None
            self._add_panelists(session, interview, [row.id])
            return row.id

    def update_person(self, person_id: int, person: PersonInput) -> None:
        clean = person.validate()
        with self.db.session() as session:
            row = session.get(Person, person_id)
            if row is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "That person no longer exists."))
            row.name, row.title, row.email, row.relation = (
                clean.name,
                clean.title,
                clean.email,
                clean.relation,
            )
            session.add(row)

    def add_panelists(self, interview_id: int, person_ids: Iterable[int]) -> None:
        with self.db.session() as session:
            self._add_panelists(session, self._live(session, interview_id), person_ids)

    def remove_panelist(self, interview_id: int, person_id: int) -> int:
        """Take a person off the panel; returns their position so that undo can put them back there."""
        with self.db.session() as session:
            link = session.exec(
                select(Panelist).where(Panelist.interview_id == interview_id, Panelist.person_id == person_id)
            ).first()
            if link is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "That person is not on this panel."))
            position = link.position
            session.delete(link)
            return position

    def insert_panelist(self, interview_id: int, person_id: int, position: int) -> None:
        with self.db.session() as session:
            self._live(session, interview_id)
            links = session.exec(
                select(Panelist).where(Panelist.interview_id == interview_id).order_by(col(Panelist.position))
            ).all()
            for link in links:
                if link.position >= position:
                    link.position += 1
                    session.add(link)
            session.add(Panelist(interview_id=interview_id, person_id=person_id, position=position))

    # ---- helpers -------------------------------------------------------------------------------

    @staticmethod
    def _live(session: Session, interview_id: int) -> Interview:
        interview = session.get(Interview, interview_id)
        if interview is None or interview.deleted_at is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "That interview no longer exists."))
        return interview

    @staticmethod
    def _find_opportunity(session: Session, company: str, role: str) -> Opportunity | None:
        return session.exec(
            select(Opportunity)
            .where(func.lower(Opportunity.company) == company.strip().lower())
            .where(func.lower(Opportunity.role) == role.strip().lower())
            .order_by(col(Opportunity.id))
        ).first()

    def _opportunity_for(self, session: Session, company: str, role: str) -> Opportunity:
        opportunity = self._find_opportunity(session, company, role)
        if opportunity is None:
            opportunity = Opportunity(company=company, role=role)
            session.add(opportunity)
            session.flush()
        return opportunity

    def _relink(
        self, session: Session, interview: Interview, current: Opportunity, company: str, role: str
    ) -> None:
        """A changed company or role: rename a lone round's opportunity, else move the round to another."""
        target = self._find_opportunity(session, company, role)
        siblings = session.exec(
            select(func.count(col(Interview.id))).where(Interview.opportunity_id == current.id)
        ).one()
        if target is None and siblings == 1:
            current.company, current.role, current.updated_at = company, role, utc_now()
            session.add(current)
            return
        target = target or self._opportunity_for(session, company, role)
        assert target.id is not None
        interview.opportunity_id = target.id
        self._move_panel(session, interview, target.id)

    @staticmethod
    def _move_panel(session: Session, interview: Interview, target_id: int) -> None:
        """People belong to an opportunity, so a moved round takes its panel along: otherwise purging the
        old opportunity later would delete them. Someone who also sat on another round is copied."""
        links = session.exec(select(Panelist).where(Panelist.interview_id == interview.id)).all()
        for link in links:
            person = session.get(Person, link.person_id)
            assert person is not None
            elsewhere = session.exec(
                select(func.count(col(Panelist.id))).where(
                    Panelist.person_id == person.id, Panelist.interview_id != interview.id
                )
            ).one()
            if not elsewhere:
                person.opportunity_id = target_id
                session.add(person)
                continue
            copy = Person(
                opportunity_id=target_id,
                name=person.name,
                title=person.title,
                email=person.email,
                relation=person.relation,
                notes=person.notes,
            )
            session.add(copy)
            session.flush()
            assert copy.id is not None
            link.person_id = copy.id
            session.add(link)
            for model in (TalkingPoint, InterviewQuestion, Note, FollowUp):
                session.execute(
                    sa_update(model)
                    .where(col(model.interview_id) == interview.id, col(model.person_id) == person.id)
                    .values(person_id=copy.id)
                )

    @staticmethod
    def _add_panelists(session: Session, interview: Interview, person_ids: Iterable[int]) -> None:
        existing = set(
            session.exec(select(Panelist.person_id).where(Panelist.interview_id == interview.id)).all()
        )
        position = len(existing)
        for person_id in person_ids:
            if person_id in existing:
                continue
            person = session.get(Person, person_id)
            if person is None or person.opportunity_id != interview.opportunity_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Validation", "That person does not belong to this opportunity.")
                )
            assert interview.id is not None
            session.add(Panelist(interview_id=interview.id, person_id=person_id, position=position))
            existing.add(person_id)
            position += 1

    @staticmethod
    def _people_met(
        session: Session, opportunity_id: int, exclude_interview: int | None, before: Interview | None = None
    ) -> tuple[PersonView, ...]:
        query = (
            select(Person)
            .join(Panelist, col(Panelist.person_id) == Person.id)
            .join(Interview, col(Interview.id) == Panelist.interview_id)
            .where(Person.opportunity_id == opportunity_id, col(Interview.deleted_at).is_(None))
            .order_by(col(Interview.round_number), col(Panelist.position))
        )
        if exclude_interview is not None:
            on_this_panel = select(Panelist.person_id).where(Panelist.interview_id == exclude_interview)
            query = query.where(col(Interview.id) != exclude_interview, col(Person.id).not_in(on_this_panel))
        if before is not None:
            query = query.where(
                or_(
                    col(Interview.round_number) < before.round_number,
                    and_(
                        col(Interview.round_number) == before.round_number,
                        col(Interview.starts_at) < before.starts_at,
                    ),
                )
            )
        seen: dict[int, PersonView] = {}
        for person in session.exec(query).all():
            if person.id is not None and person.id not in seen:
                seen[person.id] = _person_view(person)
        return tuple(seen.values())


def _validated(draft: InterviewDraft) -> ValidInterview:
    clean, errors = draft.validate()
    if clean is None:
        field_name, message = next(iter(errors.items()))
        raise ValidationError(message, field_name)
    return clean


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def default_start(now: datetime | None = None) -> datetime:
    """A sensible start for a new interview: tomorrow at 10:00 local time."""
    now = now or datetime.now().astimezone()
    return (now + timedelta(days=1)).replace(hour=10, minute=0, second=0, microsecond=0)
