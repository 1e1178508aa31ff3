"""Export everything to one JSON document, and import such a document back without duplicating anything.

The format is described in docs/export-format.md. An import is validated in full before anything is
written and then written in one unit of work, so a bad file leaves the database as it was. Records that
carry a ``uid`` (opportunities, people, interviews) are matched by it: importing the same file twice
changes nothing the second time, and importing into an empty database reproduces the same ids.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict, deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
)
from pydantic import ValidationError as PydanticValidationError
from pydantic_core import ErrorDetails, PydanticCustomError
from sqlalchemy.orm import Mapped
from sqlmodel import Session, SQLModel, col, select

from secondround_desktop import __version__
from secondround_desktop.core.db import Database
from secondround_desktop.core.errors import UserFacingError, ValidationError
from secondround_desktop.core.models import (
    ChecklistState,
    FitCriterion,
    FollowUp,
    FollowUpKind,
    Interview,
    InterviewKind,
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
    Question,
    Relation,
    TalkingPoint,
)
from secondround_desktop.core.texts import QT_TRANSLATE_NOOP, joined
from secondround_desktop.core.validation import MAX_DURATION_MINUTES, MAX_ROUND, zone

EXPORT_FORMAT = "secondround-export"
EXPORT_VERSION = 1

MAX_IMPORT_BYTES = 200 * 1024 * 1024
MAX_REPORTED_PROBLEMS = 5
QUESTION_AUDIENCES: tuple[str, ...] = (*(relation.value for relation in Relation), "anyone")

_INT64_MAX = 2**63 - 1
# SQLite refuses statements with more bound values than this (32766 in current builds); stay well below.
_CHUNK = 500


class ImportFileError(UserFacingError):
    """The import file cannot be used as it is; nothing was written.

    The message says what is wrong; ``problems`` lists every problem found as "location: message".
    """

    def __init__(self, message: str, problems: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.problems = tuple(problems)


@dataclass(frozen=True)
class ImportSummary:
    """How many records an import added, or changed because the file held other values for them.

    An interview counts as changed when its own fields or any of its panel, points, questions,
    checklist, fit criteria, notes or follow-ups differ from what was stored.
    """

    opportunities: int
    interviews: int
    people: int


# ---- export ------------------------------------------------------------------------------------


def export_data(db: Database) -> dict[str, Any]:
    """Everything in the database as JSON-ready values.

    Interviews whose deletion can still be undone are left out: to the user they are already gone.
    """
    with db.session() as session:
        opportunities = session.exec(select(Opportunity).order_by(col(Opportunity.id))).all()
        people = session.exec(select(Person).order_by(col(Person.id))).all()
        interviews = session.exec(
            select(Interview).where(col(Interview.deleted_at).is_(None)).order_by(col(Interview.id))
        ).all()
        children = _load_children(session, None)
        questions = session.exec(select(Question).order_by(col(Question.id))).all()

    people_of: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for person in people:
        people_of[person.opportunity_id].append(_person_dict(person))
    interviews_of: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for interview in interviews:
        assert interview.id is not None
        interviews_of[interview.opportunity_id].append(
            _interview_dict(interview, children.get(interview.id, _Children()))
        )
    exported: list[dict[str, Any]] = []
    for opportunity in opportunities:
        assert opportunity.id is not None
        record = _opportunity_dict(opportunity)
        record["people"] = people_of.get(opportunity.id, [])
        record["interviews"] = interviews_of.get(opportunity.id, [])
        exported.append(record)
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": _iso(datetime.now(UTC).replace(microsecond=0)),
        "app_version": __version__,
        "opportunities": exported,
        "question_bank": [_question_dict(question) for question in questions],
    }


def export_json(db: Database) -> str:
    """The export as UTF-8-ready JSON text (non-ASCII kept as it is, so the file stays readable)."""
    return json.dumps(export_data(db), ensure_ascii=False, indent=2) + "\n"


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


def _iso_or_none(value: datetime | None) -> str | None:
    return None if value is None else _iso(value)


def _opportunity_dict(row: Opportunity) -> dict[str, Any]:
    return {
        "id": row.id,
        "uid": row.uid,
        "company": row.company,
        "role": row.role,
        "posting_url": row.posting_url,
        "status": row.status,
        "notes": row.notes,
        "created_at": _iso(row.created_at),
        "updated_at": _iso(row.updated_at),
    }


def _person_dict(row: Person) -> dict[str, Any]:
    return {
        "id": row.id,
        "uid": row.uid,
        "name": row.name,
        "title": row.title,
        "email": row.email,
        "relation": row.relation,
        "notes": row.notes,
        "created_at": _iso(row.created_at),
    }


def _interview_dict(row: Interview, children: _Children) -> dict[str, Any]:
    return {
        "id": row.id,
        "uid": row.uid,
        "round_number": row.round_number,
        "kind": row.kind,
        "starts_at": _iso(row.starts_at),
        "timezone": row.timezone,
        "duration_minutes": row.duration_minutes,
        "location": row.location,
        "meeting_link": row.meeting_link,
        "state": row.state,
        "outcome": row.outcome,
        "created_at": _iso(row.created_at),
        "updated_at": _iso(row.updated_at),
        "panel": [{"person_id": seat.person_id, "position": seat.position} for seat in children.panel],
        "talking_points": [
            {
                "id": point.id,
                "person_id": point.person_id,
                "text": point.text,
                "status": point.status,
                "landed": point.landed,
                "kept_despite_repeat": point.kept_despite_repeat,
                "position": point.position,
                "created_at": _iso(point.created_at),
            }
            for point in children.talking_points
        ],
        "questions": [
            {
                "id": question.id,
                "person_id": question.person_id,
                "question_id": question.question_id,
                "text": question.text,
                "position": question.position,
                "asked": question.asked,
                "answer": question.answer,
            }
            for question in children.questions
        ],
        "checklist": [
            {"id": item.id, "item_key": item.item_key, "done": item.done, "note": item.note}
            for item in children.checklist
        ],
        "fit_criteria": [
            {
                "id": criterion.id,
                "text": criterion.text,
                "answer": criterion.answer,
                "position": criterion.position,
            }
            for criterion in children.fit_criteria
        ],
        "notes": [
            {
                "id": note.id,
                "person_id": note.person_id,
                "kind": note.kind,
                "topic": note.topic,
                "body": note.body,
                "updated_at": _iso(note.updated_at),
            }
            for note in children.notes
        ],
        "follow_ups": [
            {
                "id": follow_up.id,
                "person_id": follow_up.person_id,
                "kind": follow_up.kind,
                "due_date": None if follow_up.due_date is None else follow_up.due_date.isoformat(),
                "done_at": _iso_or_none(follow_up.done_at),
                "draft": follow_up.draft,
            }
            for follow_up in children.follow_ups
        ],
    }


def _question_dict(row: Question) -> dict[str, Any]:
    return {
        "id": row.id,
        "audience": row.audience,
        "text": row.text,
        "is_seed": row.is_seed,
        "position": row.position,
    }


@dataclass
class _Children:
    """An interview's dependent rows, in export order."""

    panel: list[Panelist] = field(default_factory=list)
    talking_points: list[TalkingPoint] = field(default_factory=list)
    questions: list[InterviewQuestion] = field(default_factory=list)
    checklist: list[ChecklistState] = field(default_factory=list)
    fit_criteria: list[FitCriterion] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)

    def all_rows(self) -> list[SQLModel]:
        return [
            *self.panel,
            *self.talking_points,
            *self.questions,
            *self.checklist,
            *self.fit_criteria,
            *self.notes,
            *self.follow_ups,
        ]


_Row = TypeVar("_Row", bound=SQLModel)


def _load_children(session: Session, interview_ids: Sequence[int] | None) -> dict[int, _Children]:
    """The children of the given interviews (of all interviews for None), grouped by interview id."""
    found: dict[int, _Children] = defaultdict(_Children)

    def fetch(model: type[_Row], interview_column: Mapped[int], *order: Mapped[Any]) -> Iterator[_Row]:
        if interview_ids is None:
            yield from session.exec(select(model).order_by(*order)).all()
            return
        for chunk in _chunks(interview_ids):
            yield from session.exec(select(model).where(interview_column.in_(chunk)).order_by(*order)).all()

    # Panel seats have no id in the file, so their order is position first; every other list is by id.
    for seat in fetch(Panelist, col(Panelist.interview_id), col(Panelist.position), col(Panelist.id)):
        found[seat.interview_id].panel.append(seat)
    for point in fetch(TalkingPoint, col(TalkingPoint.interview_id), col(TalkingPoint.id)):
        found[point.interview_id].talking_points.append(point)
    for asked in fetch(InterviewQuestion, col(InterviewQuestion.interview_id), col(InterviewQuestion.id)):
        found[asked.interview_id].questions.append(asked)
    for item in fetch(ChecklistState, col(ChecklistState.interview_id), col(ChecklistState.id)):
        found[item.interview_id].checklist.append(item)
    for criterion in fetch(FitCriterion, col(FitCriterion.interview_id), col(FitCriterion.id)):
        found[criterion.interview_id].fit_criteria.append(criterion)
    for note in fetch(Note, col(Note.interview_id), col(Note.id)):
        found[note.interview_id].notes.append(note)
    for follow_up in fetch(FollowUp, col(FollowUp.interview_id), col(FollowUp.id)):
        found[follow_up.interview_id].follow_ups.append(follow_up)
    return dict(found)


_Item = TypeVar("_Item")


def _chunks(items: Sequence[_Item], size: int = _CHUNK) -> Iterator[Sequence[_Item]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# ---- the file's schema -------------------------------------------------------------------------


def _preview(value: str, limit: int = 40) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _utf8_text(value: str) -> str:
    # JSON can spell lone surrogates (\ud800), which are not text and which SQLite cannot store.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise PydanticCustomError(
            "text_encoding", "contains an unpaired surrogate, which is not text"
        ) from None
    return value


def _aware_datetime(value: object) -> datetime:
    # Parsed here rather than by pydantic, which would also take numbers (and digit strings) as Unix times.
    if not isinstance(value, str):
        raise PydanticCustomError(
            "datetime_type", "not a date-time (expected text like 2026-12-03T13:00:00+00:00)"
        )
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise PydanticCustomError(
            "datetime_parsing", "not a valid date-time: “{value}”", {"value": _preview(value)}
        ) from None
    if parsed.utcoffset() is None:
        raise PydanticCustomError("datetime_naive", "not a date-time with a timezone")
    return parsed


_DATE_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _iso_date(value: object) -> date:
    if not isinstance(value, str) or not _DATE_TEXT.fullmatch(value):
        raise PydanticCustomError("date_type", "not a date in the form YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise PydanticCustomError("date_value", "there is no such date: {value}", {"value": value}) from None


def _audience(value: str) -> str:
    if value not in QUESTION_AUDIENCES:
        raise PydanticCustomError(
            "enum",
            "“{value}” is not an audience; expected one of {expected}",
            {"value": _preview(value), "expected": ", ".join(QUESTION_AUDIENCES)},
        )
    return value


def _zone_name(value: str) -> str:
    try:
        zone(value)
    except ValidationError:
        raise PydanticCustomError(
            "timezone", "“{value}” is not a known time zone (e.g. Europe/Berlin)", {"value": _preview(value)}
        ) from None
    return value


RowId = Annotated[StrictInt, Field(ge=1, le=_INT64_MAX)]
Int64 = Annotated[StrictInt, Field(ge=-_INT64_MAX - 1, le=_INT64_MAX)]
Uid = Annotated[StrictStr, Field(pattern=r"^[0-9A-Za-z_-]{1,64}$")]
Text = Annotated[StrictStr, AfterValidator(_utf8_text)]
AwareDateTime = Annotated[datetime, BeforeValidator(_aware_datetime)]
IsoDate = Annotated[date, BeforeValidator(_iso_date)]
Audience = Annotated[StrictStr, AfterValidator(_audience)]
ZoneName = Annotated[StrictStr, AfterValidator(_zone_name)]


class _Record(BaseModel):
    # Unknown keys are refused so that a misspelt field is reported instead of silently dropped.
    model_config = ConfigDict(extra="forbid", frozen=True)


class _RowRecord(_Record):
    id: RowId


class PanelSeatRecord(_Record):
    person_id: RowId
    position: Int64


class TalkingPointRecord(_RowRecord):
    person_id: RowId | None
    text: Text
    status: PointStatus
    landed: StrictBool | None
    kept_despite_repeat: StrictBool
    position: Int64
    created_at: AwareDateTime


class InterviewQuestionRecord(_RowRecord):
    person_id: RowId | None
    question_id: RowId | None
    text: Text
    position: Int64
    asked: StrictBool
    answer: Text


class ChecklistRecord(_RowRecord):
    item_key: Text
    done: StrictBool
    note: Text


class FitCriterionRecord(_RowRecord):
    text: Text
    answer: Text
    position: Int64


class NoteRecord(_RowRecord):
    person_id: RowId | None
    kind: NoteKind
    topic: Text
    body: Text
    updated_at: AwareDateTime


class FollowUpRecord(_RowRecord):
    person_id: RowId | None
    kind: FollowUpKind
    due_date: IsoDate | None
    done_at: AwareDateTime | None
    draft: Text


class InterviewRecord(_Record):
    id: RowId
    uid: Uid
    round_number: Annotated[StrictInt, Field(ge=1, le=MAX_ROUND)]
    kind: InterviewKind
    starts_at: AwareDateTime
    timezone: ZoneName
    duration_minutes: Annotated[StrictInt, Field(ge=1, le=MAX_DURATION_MINUTES)]
    location: Text
    meeting_link: Text
    state: InterviewState
    outcome: Outcome
    created_at: AwareDateTime
    updated_at: AwareDateTime
    panel: list[PanelSeatRecord]
    talking_points: list[TalkingPointRecord]
    questions: list[InterviewQuestionRecord]
    checklist: list[ChecklistRecord]
    fit_criteria: list[FitCriterionRecord]
    notes: list[NoteRecord]
    follow_ups: list[FollowUpRecord]


class PersonRecord(_Record):
    id: RowId
    uid: Uid
    name: Text
    title: Text
    email: Text
    relation: Relation
    notes: Text
    created_at: AwareDateTime


class OpportunityRecord(_Record):
    id: RowId
    uid: Uid
    company: Text
    role: Text
    posting_url: Text
    status: OpportunityStatus
    notes: Text
    created_at: AwareDateTime
    updated_at: AwareDateTime
    people: list[PersonRecord]
    interviews: list[InterviewRecord]


class QuestionRecord(_Record):
    id: RowId
    audience: Audience
    text: Text
    is_seed: StrictBool
    position: Int64


class ExportDocument(_Record):
    format: Literal["secondround-export"]
    version: Literal[1]
    exported_at: AwareDateTime
    app_version: StrictStr
    opportunities: list[OpportunityRecord]
    question_bank: list[QuestionRecord]


# ---- validation ----------------------------------------------------------------------------------


def validate_document(data: object) -> ExportDocument:
    """Check a parsed file completely; raises ImportFileError naming every problem (up to a few)."""
    _check_header(data)
    try:
        document = ExportDocument.model_validate(data)
    except PydanticValidationError as exc:
        raise _problems_error([_describe(error) for error in exc.errors(include_url=False)]) from None
    problems = _reference_problems(document)
    if problems:
        raise _problems_error(problems)
    return document


_JSON_TYPE_NAMES: dict[type, str] = {
    list: QT_TRANSLATE_NOOP("Import", "a list"),
    str: QT_TRANSLATE_NOOP("Import", "a string"),
    int: QT_TRANSLATE_NOOP("Import", "a number"),
    float: QT_TRANSLATE_NOOP("Import", "a number"),
    bool: QT_TRANSLATE_NOOP("Import", "true or false"),
    type(None): "null",
}


def _check_header(data: object) -> None:
    """Answer "is this a SecondRound export we can read?" before listing field problems."""
    if not isinstance(data, dict):
        held = _JSON_TYPE_NAMES.get(type(data), type(data).__name__)
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import",
                "This is not a SecondRound export: the file holds {0} where a JSON object was expected.",
            ).format(held)
        )
    found = data.get("format")
    if found is None:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "This is not a SecondRound export: it has no “format” where “{0}” was expected."
            ).format(EXPORT_FORMAT)
        )
    if found != EXPORT_FORMAT:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "This is not a SecondRound export: it has “format” {0} where “{1}” was expected."
            ).format(json.dumps(found, ensure_ascii=False)[:60], EXPORT_FORMAT)
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import",
                "This SecondRound export has no valid “version” (a whole number such as 1); "
                "it cannot be read.",
            )
        )
    if version > EXPORT_VERSION:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import",
                "This file was written by a newer version of SecondRound (export format version {0}; "
                "this version reads up to {1}). Update SecondRound to import it.",
            ).format(version, EXPORT_VERSION)
        )


def _where(location: Sequence[int | str]) -> str:
    written = ""
    for part in location:
        if isinstance(part, int):
            written += f"[{part}]"
        else:
            written += f".{part}" if written else str(part)
    return written or QT_TRANSLATE_NOOP("Import", "the file")


_FRIENDLIER = {
    "missing": QT_TRANSLATE_NOOP("Import", "required field is missing"),
    "extra_forbidden": QT_TRANSLATE_NOOP("Import", "unknown field (not part of the export format)"),
}


def _describe(error: ErrorDetails) -> str:
    """ "location: message"; the message is pydantic's own (English) unless it is one of ours."""
    friendlier = _FRIENDLIER.get(error["type"])
    if friendlier is not None:
        return _located(_where(error["loc"]), friendlier)
    message = error["msg"]
    return f"{_where(error['loc'])}: {message[:1].lower()}{message[1:]}"


def _located(where: str, problem: str) -> str:
    return QT_TRANSLATE_NOOP("Import", "{0}: {1}").format(where, problem)


def _problems_error(problems: list[str]) -> ImportFileError:
    shown = problems[:MAX_REPORTED_PROBLEMS]
    if len(problems) == 1:
        head = QT_TRANSLATE_NOOP(
            "Import", "The file cannot be imported; nothing was changed. 1 problem found:"
        )
    else:
        head = QT_TRANSLATE_NOOP(
            "Import", "The file cannot be imported; nothing was changed. {0} problems found:"
        ).format(len(problems))
    lines: list[str] = [head]
    lines += [QT_TRANSLATE_NOOP("Import", "- {0}").format(problem) for problem in shown]
    hidden = len(problems) - len(shown)
    if hidden == 1:
        lines.append(QT_TRANSLATE_NOOP("Import", "- …and 1 more problem"))
    elif hidden:
        lines.append(QT_TRANSLATE_NOOP("Import", "- …and {0} more problems").format(hidden))
    return ImportFileError(joined("\n", lines), problems)


def _reference_problems(document: ExportDocument) -> list[str]:
    """What the schema alone cannot see: repeated ids and uids, and references that lead nowhere."""
    problems: list[str] = []
    first_seen: dict[tuple[str, object], str] = {}

    def unique(kind: str, value: object, where: str) -> None:
        earlier = first_seen.setdefault((kind, value), where)
        if earlier != where:
            problems.append(
                QT_TRANSLATE_NOOP("Import", "{0}: {1} is used twice (also at {2})").format(
                    where, json.dumps(value), earlier
                )
            )

    def person(person_id: int | None, where: str, people: set[int]) -> None:
        if person_id is not None and person_id not in people:
            problems.append(
                QT_TRANSLATE_NOOP("Import", "{0}: person {1} is not one of this opportunity's people").format(
                    where, person_id
                )
            )

    question_ids: set[int] = set()
    for q, question in enumerate(document.question_bank):
        unique("question.id", question.id, f"question_bank[{q}].id")
        question_ids.add(question.id)

    for o, opportunity in enumerate(document.opportunities):
        at = f"opportunities[{o}]"
        unique("opportunity.id", opportunity.id, f"{at}.id")
        unique("opportunity.uid", opportunity.uid, f"{at}.uid")
        people: set[int] = set()
        for p, member in enumerate(opportunity.people):
            unique("person.id", member.id, f"{at}.people[{p}].id")
            unique("person.uid", member.uid, f"{at}.people[{p}].uid")
            people.add(member.id)
        for i, interview in enumerate(opportunity.interviews):
            here = f"{at}.interviews[{i}]"
            unique("interview.id", interview.id, f"{here}.id")
            unique("interview.uid", interview.uid, f"{here}.uid")
            seated: set[int] = set()
            for s, seat in enumerate(interview.panel):
                person(seat.person_id, f"{here}.panel[{s}].person_id", people)
                if seat.person_id in seated:
                    problems.append(
                        QT_TRANSLATE_NOOP("Import", "{0}: person {1} is on the panel twice").format(
                            f"{here}.panel[{s}].person_id", seat.person_id
                        )
                    )
                seated.add(seat.person_id)
            for t, point in enumerate(interview.talking_points):
                unique("talking_point.id", point.id, f"{here}.talking_points[{t}].id")
                person(point.person_id, f"{here}.talking_points[{t}].person_id", people)
            for q, asked in enumerate(interview.questions):
                unique("interview_question.id", asked.id, f"{here}.questions[{q}].id")
                person(asked.person_id, f"{here}.questions[{q}].person_id", people)
                if asked.question_id is not None and asked.question_id not in question_ids:
                    problems.append(
                        QT_TRANSLATE_NOOP("Import", "{0}: question {1} is not in the question_bank").format(
                            f"{here}.questions[{q}].question_id", asked.question_id
                        )
                    )
            keys: set[str] = set()
            for c, item in enumerate(interview.checklist):
                unique("checklist.id", item.id, f"{here}.checklist[{c}].id")
                if item.item_key in keys:
                    problems.append(
                        QT_TRANSLATE_NOOP("Import", "{0}: “{1}” appears twice").format(
                            f"{here}.checklist[{c}].item_key", _preview(item.item_key)
                        )
                    )
                keys.add(item.item_key)
            for f, criterion in enumerate(interview.fit_criteria):
                unique("fit_criterion.id", criterion.id, f"{here}.fit_criteria[{f}].id")
            for n, note in enumerate(interview.notes):
                unique("note.id", note.id, f"{here}.notes[{n}].id")
                person(note.person_id, f"{here}.notes[{n}].person_id", people)
            for u, follow_up in enumerate(interview.follow_ups):
                unique("follow_up.id", follow_up.id, f"{here}.follow_ups[{u}].id")
                person(follow_up.person_id, f"{here}.follow_ups[{u}].person_id", people)
    return problems


# ---- import --------------------------------------------------------------------------------------


def import_file(db: Database, path: Path) -> ImportSummary:
    """Import an export file (UTF-8 JSON). ImportFileError, with nothing written, when it cannot be used."""
    return import_data(db, read_export_file(path))


def read_export_file(path: Path) -> object:
    """The parsed JSON of a file, refusing huge, unreadable, non-UTF-8, empty and non-JSON files."""
    too_large = ImportFileError(
        QT_TRANSLATE_NOOP(
            "Import",
            "{0} is too large to import (more than {1} MB). "
            "An export from SecondRound is far smaller; check that this is the right file.",
        ).format(path, MAX_IMPORT_BYTES // (1024 * 1024))
    )
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise too_large
        with path.open("rb") as handle:
            # Bounded, in case the file grew after the size check.
            raw = handle.read(MAX_IMPORT_BYTES + 1)
    except OSError as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "Cannot read {0}: {1}.").format(path, exc.strerror or exc)
        ) from exc
    if len(raw) > MAX_IMPORT_BYTES:
        raise too_large
    try:
        # utf-8-sig: some editors put a byte-order mark at the start of UTF-8 files.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "{0} is not a SecondRound export: it is not UTF-8 text (byte {1} cannot be read)."
            ).format(path, exc.start + 1)
        ) from None
    if not text.strip():
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{0} is empty; there is nothing to import.").format(path)
        )
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{0} is not valid JSON: {1} at line {2}, column {3}.").format(
                path, exc.msg, exc.lineno, exc.colno
            )
        ) from None
    except RecursionError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "{0} is not a SecondRound export: its JSON is nested too deeply."
            ).format(path)
        ) from None
    except ValueError as exc:  # e.g. a number with more digits than Python converts
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{0} is not valid JSON: {1}.").format(path, exc)
        ) from None


def import_data(db: Database, data: object) -> ImportSummary:
    """Import parsed export data: validated in full first, then written in one unit of work.

    Opportunities, people and interviews are matched by uid and updated, or added when new; an updated
    interview's panel, points, questions, checklist, criteria, notes and follow-ups are replaced by the
    file's. Question-bank entries are matched by audience and text. On any error nothing is written.
    """
    document = validate_document(data)
    with db.session() as session:
        return _Importer(session).run(document)


class _Ids:
    """Primary keys for one table's new rows: the file's id where it is free, else a new one.

    A new one is the next above the highest in use, as SQLite itself would choose.
    """

    def __init__(self, session: Session, id_column: Mapped[int | None]) -> None:
        self._taken: set[int] = {
            value for value in session.exec(select(id_column)).all() if value is not None
        }

    def assign(self, wanted: Sequence[int], reusable: Sequence[Sequence[int]] | None = None) -> list[int]:
        """One id per row. ``reusable[i]`` lists ids freed from the rows that row ``i`` replaces."""
        chosen: list[int | None] = []
        for value in wanted:
            if value in self._taken:
                chosen.append(None)
            else:
                self._taken.add(value)
                chosen.append(value)
        if reusable is not None:
            # Reusing the replaced rows' ids keeps a repeated import from renumbering anything.
            for index, pool in enumerate(reusable):
                if chosen[index] is None:
                    reused = next((value for value in pool if value not in self._taken), None)
                    if reused is not None:
                        self._taken.add(reused)
                        chosen[index] = reused
        result: list[int] = []
        for maybe in chosen:
            row_id = self._next() if maybe is None else maybe
            self._taken.add(row_id)
            result.append(row_id)
        return result

    def _next(self) -> int:
        highest = max(self._taken, default=0)
        if highest < _INT64_MAX:
            return highest + 1
        # The file claimed the largest possible id; fall back to the lowest free one.
        candidate = 1
        while candidate in self._taken:
            candidate += 1
        return candidate


class _Importer:
    """Writes a validated document in one session; ids from the file are remapped through dicts."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def run(self, document: ExportDocument) -> ImportSummary:
        opportunity_ids, opportunities_changed = self._opportunities(document.opportunities)
        person_ids, people_changed = self._people(document.opportunities, opportunity_ids)
        question_ids = self._question_bank(document.question_bank)
        interviews_changed = self._interviews(
            document.opportunities, opportunity_ids, person_ids, question_ids
        )
        return ImportSummary(
            opportunities=opportunities_changed, interviews=interviews_changed, people=people_changed
        )

    # Each upsert returns {file id: database id} and how many rows were added or changed.

    def _opportunities(self, records: Sequence[OpportunityRecord]) -> tuple[dict[int, int], int]:
        rows = [
            (
                record.id,
                record.uid,
                {
                    "company": record.company,
                    "role": record.role,
                    "posting_url": record.posting_url,
                    "status": record.status.value,
                    "notes": record.notes,
                    "created_at": record.created_at,
                    "updated_at": record.updated_at,
                },
            )
            for record in records
        ]
        return self._upsert(Opportunity, rows)

    def _people(
        self, opportunities: Sequence[OpportunityRecord], opportunity_ids: dict[int, int]
    ) -> tuple[dict[int, int], int]:
        rows = [
            (
                record.id,
                record.uid,
                {
                    "opportunity_id": opportunity_ids[opportunity.id],
                    "name": record.name,
                    "title": record.title,
                    "email": record.email,
                    "relation": record.relation.value,
                    "notes": record.notes,
                    "created_at": record.created_at,
                },
            )
            for opportunity in opportunities
            for record in opportunity.people
        ]
        return self._upsert(Person, rows)

    def _upsert(
        self, model: type[_Keyed], rows: Sequence[tuple[int, str, dict[str, Any]]]
    ) -> tuple[dict[int, int], int]:
        existing = self._by_uid(model, [uid for _, uid, _ in rows])
        mapping: dict[int, int] = {}
        changed = 0
        new_rows: list[tuple[int, dict[str, Any]]] = []
        for file_id, uid, values in rows:
            row = existing.get(uid)
            if row is None:
                new_rows.append((file_id, {"uid": uid, **values}))
                continue
            if any(getattr(row, name) != value for name, value in values.items()):
                for name, value in values.items():
                    setattr(row, name, value)
                self.session.add(row)
                changed += 1
            assert row.id is not None
            mapping[file_id] = row.id
        new_ids = _Ids(self.session, col(model.id)).assign([file_id for file_id, _ in new_rows])
        for (file_id, values), new_id in zip(new_rows, new_ids, strict=True):
            self.session.add(model(id=new_id, **values))
            mapping[file_id] = new_id
        self.session.flush()
        return mapping, changed + len(new_rows)

    def _by_uid(self, model: type[_Keyed], uids: Sequence[str]) -> dict[str, _Keyed]:
        found: dict[str, _Keyed] = {}
        for chunk in _chunks(uids):
            for row in self.session.exec(select(model).where(col(model.uid).in_(chunk))).all():
                found[row.uid] = row
        return found

    def _question_bank(self, records: Sequence[QuestionRecord]) -> dict[int, int]:
        """Reuse stored questions with the same audience and text (each stored row for one file row)."""
        stored: dict[tuple[str, str], deque[int]] = defaultdict(deque)
        for question in self.session.exec(select(Question).order_by(col(Question.id))).all():
            assert question.id is not None
            stored[(question.audience, question.text)].append(question.id)
        mapping: dict[int, int] = {}
        new_records: list[QuestionRecord] = []
        for record in records:
            same = stored.get((record.audience, record.text))
            if same:
                mapping[record.id] = same.popleft()
            else:
                new_records.append(record)
        new_ids = _Ids(self.session, col(Question.id)).assign([record.id for record in new_records])
        for record, new_id in zip(new_records, new_ids, strict=True):
            self.session.add(
                Question(
                    id=new_id,
                    audience=record.audience,
                    text=record.text,
                    is_seed=record.is_seed,
                    position=record.position,
                )
            )
            mapping[record.id] = new_id
        self.session.flush()
        return mapping

    def _interviews(
        self,
        opportunities: Sequence[OpportunityRecord],
        opportunity_ids: dict[int, int],
        person_ids: dict[int, int],
        question_ids: dict[int, int],
    ) -> int:
        records = [
            (opportunity.id, record) for opportunity in opportunities for record in opportunity.interviews
        ]
        existing = self._by_uid(Interview, [record.uid for _, record in records])
        matched_ids = [row.id for row in existing.values() if row.id is not None]
        old_children = _load_children(self.session, matched_ids)
        before = {row.id: _interview_state(row, old_children) for row in existing.values()}

        interview_ids: dict[int, int] = {}
        new_records: list[tuple[int, InterviewRecord]] = []
        for opportunity_file_id, record in records:
            row = existing.get(record.uid)
            if row is None:
                new_records.append((opportunity_file_id, record))
                continue
            for name, value in _interview_values(record, opportunity_ids[opportunity_file_id]).items():
                setattr(row, name, value)
            # The file says the interview exists, so a pending (undoable) deletion of it is cancelled.
            row.deleted_at = None
            self.session.add(row)
            assert row.id is not None
            interview_ids[record.id] = row.id
        new_ids = _Ids(self.session, col(Interview.id)).assign([record.id for _, record in new_records])
        for (opportunity_file_id, record), new_id in zip(new_records, new_ids, strict=True):
            values = _interview_values(record, opportunity_ids[opportunity_file_id])
            self.session.add(Interview(id=new_id, uid=record.uid, **values))
            interview_ids[record.id] = new_id
        self.session.flush()

        freed = self._drop_children(old_children)
        self._add_children([record for _, record in records], interview_ids, person_ids, question_ids, freed)

        after_children = _load_children(self.session, matched_ids)
        changed = sum(before[row.id] != _interview_state(row, after_children) for row in existing.values())
        return changed + len(new_records)

    def _drop_children(
        self, old_children: dict[int, _Children]
    ) -> dict[tuple[type[SQLModel], int], list[int]]:
        """Delete the children of updated interviews; returns the freed ids by (table, interview)."""
        freed: dict[tuple[type[SQLModel], int], list[int]] = defaultdict(list)
        for interview_id, children in old_children.items():
            for row in children.all_rows():
                row_id = getattr(row, "id", None)
                if isinstance(row_id, int):
                    freed[(type(row), interview_id)].append(row_id)
                self.session.delete(row)
        self.session.flush()
        for ids in freed.values():
            ids.sort()
        return freed

    def _add_children(
        self,
        records: Sequence[InterviewRecord],
        interview_ids: dict[int, int],
        person_ids: dict[int, int],
        question_ids: dict[int, int],
        freed: dict[tuple[type[SQLModel], int], list[int]],
    ) -> None:
        def person(file_id: int | None) -> int | None:
            return None if file_id is None else person_ids[file_id]

        def place(
            model: type[_Child],
            id_column: Mapped[int | None],
            items: Sequence[tuple[int, int, dict[str, Any]]],
        ) -> None:
            """Insert (interview id, file id, values) rows, choosing the ids for the whole table at once."""
            chosen = _Ids(self.session, id_column).assign(
                [file_id for _, file_id, _ in items],
                [freed.get((model, interview_id), []) for interview_id, _, _ in items],
            )
            for (interview_id, _, values), row_id in zip(items, chosen, strict=True):
                self.session.add(model(id=row_id, interview_id=interview_id, **values))
            self.session.flush()

        # Panel seats carry no id in the file; SQLite numbers them.
        for record in records:
            for seat in record.panel:
                self.session.add(
                    Panelist(
                        interview_id=interview_ids[record.id],
                        person_id=person_ids[seat.person_id],
                        position=seat.position,
                    )
                )
        self.session.flush()

        def rows(
            pick: Callable[[InterviewRecord], Sequence[_ChildRecord]],
            values: Callable[[_ChildRecord], dict[str, Any]],
        ) -> list[tuple[int, int, dict[str, Any]]]:
            return [
                (interview_ids[record.id], item.id, values(item))
                for record in records
                for item in pick(record)
            ]

        place(
            TalkingPoint,
            col(TalkingPoint.id),
            rows(
                lambda record: record.talking_points,
                lambda point: {
                    "person_id": person(point.person_id),
                    "text": point.text,
                    "status": point.status.value,
                    "landed": point.landed,
                    "kept_despite_repeat": point.kept_despite_repeat,
                    "position": point.position,
                    "created_at": point.created_at,
                },
            ),
        )
        place(
            InterviewQuestion,
            col(InterviewQuestion.id),
            rows(
                lambda record: record.questions,
                lambda asked: {
                    "person_id": person(asked.person_id),
                    "question_id": None if asked.question_id is None else question_ids[asked.question_id],
                    "text": asked.text,
                    "position": asked.position,
                    "asked": asked.asked,
                    "answer": asked.answer,
                },
            ),
        )
        place(
            ChecklistState,
            col(ChecklistState.id),
            rows(
                lambda record: record.checklist,
                lambda item: {"item_key": item.item_key, "done": item.done, "note": item.note},
            ),
        )
        place(
            FitCriterion,
            col(FitCriterion.id),
            rows(
                lambda record: record.fit_criteria,
                lambda criterion: {
                    "text": criterion.text,
                    "answer": criterion.answer,
                    "position": criterion.position,
                },
            ),
        )
        place(
            Note,
            col(Note.id),
            rows(
                lambda record: record.notes,
                lambda note: {
                    "person_id": person(note.person_id),
                    "kind": note.kind.value,
                    "topic": note.topic,
                    "body": note.body,
                    "updated_at": note.updated_at,
                },
            ),
        )
        place(
            FollowUp,
            col(FollowUp.id),
            rows(
                lambda record: record.follow_ups,
                lambda follow_up: {
                    "person_id": person(follow_up.person_id),
                    "kind": follow_up.kind.value,
                    "due_date": follow_up.due_date,
                    "done_at": follow_up.done_at,
                    "draft": follow_up.draft,
                },
            ),
        )


_Keyed = TypeVar("_Keyed", Opportunity, Person, Interview)
_Child = TypeVar("_Child", TalkingPoint, InterviewQuestion, ChecklistState, FitCriterion, Note, FollowUp)
_ChildRecord = TypeVar("_ChildRecord", bound=_RowRecord)


def _interview_state(row: Interview, children: dict[int, _Children]) -> tuple[object, ...]:
    """What an import can change about a stored interview, to tell whether it did."""
    assert row.id is not None
    return row.opportunity_id, row.deleted_at, _interview_dict(row, children.get(row.id, _Children()))


def _interview_values(record: InterviewRecord, opportunity_id: int) -> dict[str, Any]:
    return {
        "opportunity_id": opportunity_id,
        "round_number": record.round_number,
        "kind": record.kind.value,
        "starts_at": record.starts_at,
        "timezone": record.timezone,
        "duration_minutes": record.duration_minutes,
        "location": record.location,
        "meeting_link": record.meeting_link,
        "state": record.state.value,
        "outcome": record.outcome.value,
        "created_at": record.created_at,
        "updated_at": record.updated_at,
    }
