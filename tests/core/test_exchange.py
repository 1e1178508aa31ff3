"""Export and import: round trips, repeat imports, merging, and refusing bad files without writing."""

from __future__ import annotations

import copy
import json
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func
from sqlmodel import SQLModel, col, select

from secondround_desktop import __version__
from secondround_desktop.core import exchange
from secondround_desktop.core.db import Database, open_database
from secondround_desktop.core.exchange import (
    EXPORT_FORMAT,
    EXPORT_VERSION,
    MAX_IMPORT_BYTES,
    QUESTION_AUDIENCES,
    ImportFileError,
    ImportSummary,
    export_data,
    export_json,
    import_data,
    import_file,
)
from secondround_desktop.core.models import (
    TABLES,
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

AT = datetime(2026, 12, 3, 13, 0, tzinfo=UTC)
ACME_UID = "a" * 32
QUIET_UID = "b" * 32
ADA_UID = "c" * 32
BOB_UID = "d" * 32
CLEO_UID = "e" * 32
ROUND_TWO_UID = "f" * 32
DELETED_UID = "0" * 32
SUCCESS_QUESTION = "What does success look like in six months?"
FORMAT_DOC = Path(__file__).resolve().parents[2] / "docs" / "export-format.md"


# ---- helpers -------------------------------------------------------------------------------------


# ``db`` (a fresh database in tmp_path) comes from tests/core/conftest.py.


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Database]:
    """A second database holding the sample, to export from."""
    database = open_database(tmp_path / "source.sqlite3")
    add_sample(database)
    yield database
    database.close()


def add_sample(db: Database) -> None:
    """Two opportunities (one without interviews), three people, a full interview and a deleted one."""
    with db.session() as session:
        session.add(Question(id=1, audience="anyone", text=SUCCESS_QUESTION, is_seed=True, position=0))
        session.add(Question(id=2, audience="hiring_manager", text="What keeps you up at night?", position=1))
        session.add(
            Opportunity(
                id=1,
                uid=ACME_UID,
                company="Acme GmbH",
                role="Staff Engineer",
                posting_url="https://acme.example/jobs/42",
                status="active",
                notes="Référence: Zoë",
                created_at=AT - timedelta(days=30),
                updated_at=AT - timedelta(days=1),
            )
        )
        session.add(Opportunity(id=2, uid=QUIET_UID, company="Quiet Ltd", role="Lead", status="withdrawn"))
        session.flush()
        session.add(
            Person(id=1, uid=ADA_UID, opportunity_id=1, name="Ada Lovelace", relation="hiring_manager")
        )
        session.add(Person(id=2, uid=BOB_UID, opportunity_id=1, name="Bob", title="Peer", relation="peer"))
        session.add(Person(id=3, uid=CLEO_UID, opportunity_id=2, name="Cleo", relation="hr"))
        session.flush()
        session.add(
            Interview(
                id=1,
                uid=ROUND_TWO_UID,
                opportunity_id=1,
                round_number=2,
                kind="panel",
                starts_at=AT,
                timezone="Europe/Berlin",
                duration_minutes=90,
                location="Room 3",
                meeting_link="https://meet.example/xyz",
                created_at=AT - timedelta(days=5),
                updated_at=AT - timedelta(days=2),
            )
        )
        session.add(
            Interview(
                id=2,
                uid=DELETED_UID,
                opportunity_id=1,
                round_number=3,
                starts_at=AT + timedelta(days=7),
                deleted_at=AT,
            )
        )
        session.flush()
        # Seated out of id order, so the export's order follows the positions.
        session.add(Panelist(interview_id=1, person_id=2, position=1))
        session.add(Panelist(interview_id=1, person_id=1, position=0))
        session.add(Panelist(interview_id=2, person_id=2, position=0))
        session.add(TalkingPoint(id=1, interview_id=1, person_id=1, text="The migration story", position=0))
        session.add(
            TalkingPoint(
                id=2,
                interview_id=1,
                text="On-call redesign",
                status="told",
                landed=True,
                position=1,
                created_at=AT,
            )
        )
        session.add(
            InterviewQuestion(id=1, interview_id=1, person_id=1, question_id=1, text=SUCCESS_QUESTION)
        )
        session.add(ChecklistState(id=1, interview_id=1, item_key="research_company", done=True, note="done"))
        session.add(FitCriterion(id=1, interview_id=1, text="Remote friendly?", answer="Yes", position=0))
        session.add(
            Note(id=1, interview_id=1, kind="debrief", topic="went_well", body="Good rapport", updated_at=AT)
        )
        session.add(
            FollowUp(
                id=1,
                interview_id=1,
                person_id=1,
                kind="thank_you",
                due_date=date(2026, 12, 4),
                done_at=AT + timedelta(days=1),
                draft="Thank you, Ada!",
            )
        )
        session.add(TalkingPoint(id=3, interview_id=2, person_id=2, text="only in the deleted round"))


def without_stamp(export: dict[str, Any]) -> dict[str, Any]:
    """An export minus the one value that differs between two exports of the same data."""
    copied = dict(export)
    del copied["exported_at"]
    return copied


def row_counts(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {
            model.__name__: session.exec(select(func.count()).select_from(model)).one() for model in TABLES
        }


def snapshot(db: Database) -> tuple[dict[str, Any], dict[str, int]]:
    return without_stamp(export_data(db)), row_counts(db)


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# ---- export --------------------------------------------------------------------------------------


def test_export_holds_every_record_in_the_documented_shape(source: Database) -> None:
    data = export_data(source)

    assert data["format"] == EXPORT_FORMAT == "secondround-export"
    assert data["version"] == EXPORT_VERSION == 1
    assert data["app_version"] == __version__
    assert datetime.fromisoformat(data["exported_at"]).utcoffset() == timedelta(0)
    assert [o["uid"] for o in data["opportunities"]] == [ACME_UID, QUIET_UID]
    acme, quiet = data["opportunities"]
    assert acme["created_at"] == "2026-11-03T13:00:00+00:00"
    assert acme["notes"] == "Référence: Zoë"
    assert [p["name"] for p in acme["people"]] == ["Ada Lovelace", "Bob"]
    assert [p["name"] for p in quiet["people"]] == ["Cleo"]
    assert quiet["interviews"] == []  # exported although it has no interview
    (interview,) = acme["interviews"]
    assert "deleted_at" not in interview and "opportunity_id" not in interview
    assert interview["starts_at"] == "2026-12-03T13:00:00+00:00"
    assert interview["timezone"] == "Europe/Berlin"
    assert interview["panel"] == [{"person_id": 1, "position": 0}, {"person_id": 2, "position": 1}]
    assert [p["landed"] for p in interview["talking_points"]] == [None, True]
    assert interview["questions"][0]["question_id"] == 1
    assert interview["checklist"] == [{"id": 1, "item_key": "research_company", "done": True, "note": "done"}]
    assert interview["follow_ups"] == [
        {
            "id": 1,
            "person_id": 1,
            "kind": "thank_you",
            "due_date": "2026-12-04",
            "done_at": "2026-12-04T13:00:00+00:00",
            "draft": "Thank you, Ada!",
        }
    ]
    assert [q["text"] for q in data["question_bank"]] == [SUCCESS_QUESTION, "What keeps you up at night?"]


def test_export_leaves_out_interviews_pending_deletion(source: Database) -> None:
    with source.session() as session:
        interview = session.exec(select(Interview).where(Interview.uid == ROUND_TWO_UID)).one()
        interview.deleted_at = AT
        session.add(interview)

    text = export_json(source)
    data = json.loads(text)

    assert data["opportunities"][0]["uid"] == ACME_UID
    assert data["opportunities"][0]["interviews"] == []
    assert ROUND_TWO_UID not in text and DELETED_UID not in text
    assert "only in the deleted round" not in text


def test_export_json_is_readable_utf8_of_the_same_data(source: Database) -> None:
    text = export_json(source)

    assert text.endswith("}\n")
    assert "Référence: Zoë" in text  # not escaped as \u00e9
    assert "\n  " in text  # indented
    assert without_stamp(json.loads(text)) == without_stamp(export_data(source))


def test_the_documented_example_imports_and_exports_back_unchanged(db: Database) -> None:
    text = FORMAT_DOC.read_text(encoding="utf-8")
    example = json.loads(text.split("```json\n", 1)[1].split("```", 1)[0])

    assert import_data(db, example) == ImportSummary(opportunities=1, interviews=1, people=2)
    assert without_stamp(export_data(db)) == without_stamp(example)


def test_the_documented_error_message_is_the_real_one(source: Database, db: Database) -> None:
    text = FORMAT_DOC.read_text(encoding="utf-8")
    documented = text.split("```text\n", 1)[1].split("```", 1)[0].strip()
    data = export_data(source)
    data["opportunities"][0]["people"][1]["relation"] = "friend"
    first_interview(data)["starts_at"] = "2026-12-03T13:00:00"

    with pytest.raises(ImportFileError) as caught:
        import_data(db, data)

    assert str(caught.value) == documented


# ---- round trips ---------------------------------------------------------------------------------

TEXT_SAMPLES = (
    "",
    "😀🎉👩🏽‍💻",
    "مرحبا بالعالم — שלום עולם",
    "<b>bold</b> & <script>alert('x')</script> &amp;",
    "tab\there\nnew line\r\nend",
    "\x00\x07\x1b nul bell escape",
    "  padded  ",
    "Long note. Ünïcödé ✓ " * 2000,
)
texts = st.one_of(
    st.sampled_from(TEXT_SAMPLES),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=40),
)
moments = st.datetimes(
    min_value=datetime(2000, 1, 1),
    max_value=datetime(2100, 1, 1),
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8))]),
)
positions = st.one_of(st.integers(-3, 20), st.integers(-(2**63), 2**63 - 1))
Rows = list[tuple[type[SQLModel], dict[str, Any]]]


@st.composite
def databases(draw: st.DrawFn) -> tuple[Rows, int, int, set[str]]:
    """Rows to insert (parents first), how many opportunities and people, and the live interviews' uids."""

    def fresh_ids(count: int = 40) -> Iterator[int]:
        values = st.one_of(st.integers(1, 10_000), st.integers(1, 2**63 - 1))
        return iter(draw(st.lists(values, unique=True, min_size=count, max_size=count)))

    uid_prefix = draw(st.uuids()).hex[:20]
    uid_counter = iter(range(1_000_000))

    def uid() -> str:
        return f"{uid_prefix}{next(uid_counter):012x}"

    def person_or_none(people: list[int]) -> int | None:
        return draw(st.one_of(st.none(), st.sampled_from(people))) if people else None

    rows: Rows = []
    question_ids = fresh_ids(6)
    questions: list[int] = []
    for _ in range(draw(st.integers(0, 4))):
        question_id = next(question_ids)
        questions.append(question_id)
        text = draw(st.one_of(st.sampled_from([SUCCESS_QUESTION, "Why?"]), texts))
        audience = draw(st.sampled_from(QUESTION_AUDIENCES))
        rows.append(
            (
                Question,
                {
                    "id": question_id,
                    "audience": audience,
                    "text": text,
                    "is_seed": draw(st.booleans()),
                    "position": draw(positions),
                },
            )
        )

    opportunity_ids, person_ids, interview_ids = fresh_ids(3), fresh_ids(9), fresh_ids(9)
    # Each child table numbers its rows independently, so they may as well share one list of ids.
    shared = list(fresh_ids(27))
    child_models = (TalkingPoint, InterviewQuestion, ChecklistState, FitCriterion, Note, FollowUp)
    child_ids = {model: iter(shared) for model in child_models}
    # The first opportunity always has people and an interview, so that most examples have references.
    opportunity_count = draw(st.integers(1, 3))
    people_count = 0
    live: set[str] = set()
    for index in range(opportunity_count):
        opportunity_id = next(opportunity_ids)
        rows.append(
            (
                Opportunity,
                {
                    "id": opportunity_id,
                    "uid": uid(),
                    "company": draw(texts),
                    "role": draw(texts),
                    "posting_url": draw(texts),
                    "status": draw(st.sampled_from(OpportunityStatus)).value,
                    "notes": draw(texts),
                    "created_at": draw(moments),
                    "updated_at": draw(moments),
                },
            )
        )
        people: list[int] = []
        for _ in range(draw(st.integers(0 if index else 1, 3))):
            people.append(next(person_ids))
            rows.append(
                (
                    Person,
                    {
                        "id": people[-1],
                        "uid": uid(),
                        "opportunity_id": opportunity_id,
                        "name": draw(texts),
                        "title": draw(texts),
                        "email": draw(texts),
                        "relation": draw(st.sampled_from(Relation)).value,
                        "notes": draw(texts),
                        "created_at": draw(moments),
                    },
                )
            )
        people_count += len(people)
        for _ in range(draw(st.integers(0 if index else 1, 3))):
            interview_id = next(interview_ids)
            interview_uid = uid()
            deleted = draw(st.booleans()) and draw(st.booleans())
            if not deleted:
                live.add(interview_uid)
            rows.append(
                (
                    Interview,
                    {
                        "id": interview_id,
                        "uid": interview_uid,
                        "opportunity_id": opportunity_id,
                        "round_number": draw(st.integers(1, 20)),
                        "kind": draw(st.sampled_from(InterviewKind)).value,
                        "starts_at": draw(moments),
                        "timezone": draw(
                            st.sampled_from(["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata"])
                        ),
                        "duration_minutes": draw(st.integers(5, 720)),
                        "location": draw(texts),
                        "meeting_link": draw(texts),
                        "state": draw(st.sampled_from(InterviewState)).value,
                        "outcome": draw(st.sampled_from(Outcome)).value,
                        "deleted_at": draw(moments) if deleted else None,
                        "created_at": draw(moments),
                        "updated_at": draw(moments),
                    },
                )
            )
            panel = draw(st.lists(st.sampled_from(people), unique=True)) if people else []
            for person_id in panel:
                rows.append(
                    (
                        Panelist,
                        {"interview_id": interview_id, "person_id": person_id, "position": draw(positions)},
                    )
                )
            for _ in range(draw(st.integers(0, 3))):
                rows.append(
                    (
                        TalkingPoint,
                        {
                            "id": next(child_ids[TalkingPoint]),
                            "interview_id": interview_id,
                            "person_id": person_or_none(people),
                            "text": draw(texts),
                            "status": draw(st.sampled_from(PointStatus)).value,
                            "landed": draw(st.one_of(st.none(), st.booleans())),
                            "kept_despite_repeat": draw(st.booleans()),
                            "position": draw(positions),
                            "created_at": draw(moments),
                        },
                    )
                )
            for _ in range(draw(st.integers(0, 3))):
                rows.append(
                    (
                        InterviewQuestion,
                        {
                            "id": next(child_ids[InterviewQuestion]),
                            "interview_id": interview_id,
                            "person_id": person_or_none(people),
                            "question_id": person_or_none(questions),
                            "text": draw(texts),
                            "position": draw(positions),
                            "asked": draw(st.booleans()),
                            "answer": draw(texts),
                        },
                    )
                )
            for key in draw(st.lists(texts, unique=True, max_size=3)):
                rows.append(
                    (
                        ChecklistState,
                        {
                            "id": next(child_ids[ChecklistState]),
                            "interview_id": interview_id,
                            "item_key": key,
                            "done": draw(st.booleans()),
                            "note": draw(texts),
                        },
                    )
                )
            for _ in range(draw(st.integers(0, 3))):
                rows.append(
                    (
                        FitCriterion,
                        {
                            "id": next(child_ids[FitCriterion]),
                            "interview_id": interview_id,
                            "text": draw(texts),
                            "answer": draw(texts),
                            "position": draw(positions),
                        },
                    )
                )
            for _ in range(draw(st.integers(0, 3))):
                rows.append(
                    (
                        Note,
                        {
                            "id": next(child_ids[Note]),
                            "interview_id": interview_id,
                            "person_id": person_or_none(people),
                            "kind": draw(st.sampled_from(NoteKind)).value,
                            "topic": draw(texts),
                            "body": draw(texts),
                            "updated_at": draw(moments),
                        },
                    )
                )
            for _ in range(draw(st.integers(0, 3))):
                rows.append(
                    (
                        FollowUp,
                        {
                            "id": next(child_ids[FollowUp]),
                            "interview_id": interview_id,
                            "person_id": person_or_none(people),
                            "kind": draw(st.sampled_from(FollowUpKind)).value,
                            "due_date": draw(
                                st.one_of(st.none(), st.dates(date(2000, 1, 1), date(2100, 1, 1)))
                            ),
                            "done_at": draw(st.one_of(st.none(), moments)),
                            "draft": draw(texts),
                        },
                    )
                )
    return rows, opportunity_count, people_count, live


def insert_rows(db: Database, rows: Rows) -> None:
    # Table by table, parents first (the order of TABLES): SQLite checks each foreign key at insert.
    with db.session() as session:
        for model in TABLES:
            session.add_all([row(**values) for row, values in rows if row is model])
            session.flush()


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
@given(generated=databases())
def test_export_import_export_round_trip(generated: tuple[Rows, int, int, set[str]]) -> None:
    rows, opportunity_count, people_count, live = generated
    with tempfile.TemporaryDirectory() as folder:
        first = open_database(Path(folder) / "a.sqlite3")
        second = open_database(Path(folder) / "b.sqlite3")
        try:
            insert_rows(first, rows)
            exported = export_data(first)
            assert len(exported["opportunities"]) == opportunity_count
            assert {i["uid"] for o in exported["opportunities"] for i in o["interviews"]} == live

            summary = import_data(second, json.loads(export_json(first)))

            assert summary == ImportSummary(
                opportunities=opportunity_count, interviews=len(live), people=people_count
            )
            # Equal exports mean equal ids too: importing into an empty database keeps the file's ids.
            assert without_stamp(export_data(second)) == without_stamp(exported)

            before = row_counts(second)
            again = import_data(second, exported)
            assert again == ImportSummary(opportunities=0, interviews=0, people=0)
            assert row_counts(second) == before
            assert without_stamp(export_data(second)) == without_stamp(exported)
        finally:
            first.close()
            second.close()


def test_an_empty_database_round_trips(db: Database, tmp_path: Path) -> None:
    exported = export_data(db)
    assert exported["opportunities"] == [] and exported["question_bank"] == []
    other = open_database(tmp_path / "other.sqlite3")
    try:
        assert import_data(other, exported) == ImportSummary(opportunities=0, interviews=0, people=0)
        assert without_stamp(export_data(other)) == without_stamp(exported)
    finally:
        other.close()


def test_importing_the_same_file_twice_changes_nothing_the_second_time(
    source: Database, db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "export.json"
    path.write_text(export_json(source), encoding="utf-8")

    first = import_file(db, path)
    after_first = snapshot(db)
    second = import_file(db, path)

    assert first == ImportSummary(opportunities=2, interviews=1, people=3)
    assert second == ImportSummary(opportunities=0, interviews=0, people=0)
    assert snapshot(db) == after_first
    assert after_first[0] == without_stamp(export_data(source))
    assert after_first[1]["Interview"] == 1  # the deleted interview did not travel
    assert after_first[1]["Panelist"] == 2


def test_import_merges_into_existing_data_and_remaps_taken_ids(source: Database, db: Database) -> None:
    # The target already has its own records on ids 1..n, so every id from the file is taken.
    with db.session() as session:
        session.add(Question(id=1, audience="peer", text="How do you review code?"))
        session.add(Opportunity(id=1, company="Local Co", role="Engineer"))
        session.add(Opportunity(id=2, company="Other Co", role="Engineer"))
        session.flush()
        session.add(Person(id=1, opportunity_id=1, name="Local Person"))
        session.add(Person(id=2, opportunity_id=1, name="Local Person 2"))
        session.add(Person(id=3, opportunity_id=2, name="Local Person 3"))
        session.add(Interview(id=1, opportunity_id=1, starts_at=AT))
        session.flush()
        session.add(TalkingPoint(id=1, interview_id=1, text="local point"))
        session.add(TalkingPoint(id=2, interview_id=1, text="another local point"))
        session.add(FollowUp(id=1, interview_id=1, draft="local draft"))
    file = export_data(source)

    summary = import_data(db, file)

    assert summary == ImportSummary(opportunities=2, interviews=1, people=3)
    with db.session() as session:
        acme = session.exec(select(Opportunity).where(Opportunity.uid == ACME_UID)).one()
        interview = session.exec(select(Interview).where(Interview.uid == ROUND_TWO_UID)).one()
        assert acme.id not in (1, 2) and interview.id != 1
        assert interview.opportunity_id == acme.id
        panel = session.exec(
            select(Person.name, Person.opportunity_id)
            .join(Panelist, col(Panelist.person_id) == col(Person.id))
            .where(Panelist.interview_id == interview.id)
            .order_by(col(Panelist.position))
        ).all()
        assert [tuple(row) for row in panel] == [("Ada Lovelace", acme.id), ("Bob", acme.id)]
        points = session.exec(
            select(TalkingPoint)
            .where(TalkingPoint.interview_id == interview.id)
            .order_by(col(TalkingPoint.position))
        ).all()
        assert [p.text for p in points] == ["The migration story", "On-call redesign"]
        assert all(p.id not in (1, 2) for p in points)
        ada = session.get(Person, points[0].person_id)
        assert ada is not None and ada.name == "Ada Lovelace"
        asked = session.exec(
            select(InterviewQuestion).where(InterviewQuestion.interview_id == interview.id)
        ).one()
        bank_entry = session.get(Question, asked.question_id)
        assert bank_entry is not None and bank_entry.text == SUCCESS_QUESTION
        local_points = session.exec(select(TalkingPoint.text).where(TalkingPoint.interview_id == 1)).all()
        assert sorted(local_points) == ["another local point", "local point"]
    assert row_counts(db)["Opportunity"] == 4

    # Newer local rows now hold the highest ids; a repeat import must still not renumber anything.
    with db.session() as session:
        session.add(TalkingPoint(interview_id=1, text="added after the import"))
    merged = snapshot(db)
    assert import_data(db, file) == ImportSummary(opportunities=0, interviews=0, people=0)
    assert snapshot(db) == merged


def test_import_updates_records_with_the_same_uid_and_replaces_interview_children(
    source: Database, db: Database
) -> None:
    import_data(db, export_data(source))
    file = export_data(source)
    acme = file["opportunities"][0]
    acme["company"] = "Acme AG"
    interview = acme["interviews"][0]
    interview["talking_points"] = interview["talking_points"][:1]
    interview["notes"][0]["body"] = "Rapport was good; ask about on-call next time"
    interview["panel"] = [{"person_id": 2, "position": 0}]
    acme["people"].append(
        {
            "id": 50,
            "uid": "9" * 32,
            "name": "Dana",
            "title": "",
            "email": "dana@acme.example",
            "relation": "team_member",
            "notes": "",
            "created_at": "2026-12-01T09:00:00+00:00",
        }
    )

    summary = import_data(db, file)

    assert summary == ImportSummary(opportunities=1, interviews=1, people=1)
    after = export_data(db)
    assert without_stamp(after) == without_stamp(file)
    updated = after["opportunities"][0]
    assert updated["company"] == "Acme AG"
    assert [p["text"] for p in updated["interviews"][0]["talking_points"]] == ["The migration story"]
    assert updated["interviews"][0]["panel"] == [{"person_id": 2, "position": 0}]
    assert [p["id"] for p in updated["people"]] == [1, 2, 50]
    assert row_counts(db)["TalkingPoint"] == 1
    assert row_counts(db)["Opportunity"] == 2


def test_question_bank_entries_are_matched_by_audience_and_text(source: Database, db: Database) -> None:
    with db.session() as session:
        session.add(Question(id=10, audience="anyone", text=SUCCESS_QUESTION, is_seed=True))
        session.add(Question(id=11, audience="hr", text="What keeps you up at night?"))  # other audience

    import_data(db, export_data(source))

    with db.session() as session:
        bank = session.exec(
            select(Question.id, Question.audience, Question.text).order_by(col(Question.id))
        ).all()
        asked = session.exec(select(InterviewQuestion)).one()
    assert [tuple(row) for row in bank] == [
        (2, "hiring_manager", "What keeps you up at night?"),
        (10, "anyone", SUCCESS_QUESTION),
        (11, "hr", "What keeps you up at night?"),
    ]
    assert asked.question_id == 10


def test_import_brings_back_an_interview_pending_deletion(source: Database, db: Database) -> None:
    file = export_data(source)
    import_data(db, file)
    with db.session() as session:
        interview = session.exec(select(Interview).where(Interview.uid == ROUND_TWO_UID)).one()
        interview.deleted_at = AT
        session.add(interview)

    summary = import_data(db, file)

    assert summary == ImportSummary(opportunities=0, interviews=1, people=0)
    with db.session() as session:
        interview = session.exec(select(Interview).where(Interview.uid == ROUND_TWO_UID)).one()
    assert interview.deleted_at is None


def test_a_byte_order_mark_is_accepted(source: Database, db: Database, tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_bytes(b"\xef\xbb\xbf" + export_json(source).encode("utf-8"))

    assert import_file(db, path) == ImportSummary(opportunities=2, interviews=1, people=3)


# ---- refusing bad input --------------------------------------------------------------------------

Mutation = Callable[[dict[str, Any]], object]


def first_interview(data: dict[str, Any]) -> dict[str, Any]:
    interview: dict[str, Any] = data["opportunities"][0]["interviews"][0]
    return interview


def set_in(target: Callable[[dict[str, Any]], dict[str, Any]], key: str, value: object) -> Mutation:
    return lambda data: target(data).__setitem__(key, value)


BAD_DOCUMENTS: dict[str, tuple[Mutation, list[str]]] = {
    "wrong format": (
        lambda data: data.__setitem__("format", "someone-elses-export"),
        ["not a SecondRound export", "someone-elses-export"],
    ),
    "newer version": (
        lambda data: data.__setitem__("version", 99),
        ["written by a newer version of SecondRound", "99"],
    ),
    "missing field": (
        lambda data: data["opportunities"][0].pop("role"),
        ["opportunities[0].role: required field is missing"],
    ),
    "unknown field": (
        set_in(lambda data: data["opportunities"][0], "compnay", "Acme"),
        ["opportunities[0].compnay: unknown field"],
    ),
    "bad enum value": (
        set_in(first_interview, "state", "postponed"),
        ["opportunities[0].interviews[0].state: input should be 'planned', 'done' or 'cancelled'"],
    ),
    "bad audience": (
        lambda data: data["question_bank"][0].__setitem__("audience", "everyone"),
        ["question_bank[0].audience:", "everyone"],
    ),
    "naive datetime": (
        set_in(first_interview, "starts_at", "2026-12-03T13:00:00"),
        ["opportunities[0].interviews[0].starts_at: not a date-time with a timezone"],
    ),
    "number as datetime": (
        set_in(first_interview, "starts_at", 1_800_000_000),
        ["opportunities[0].interviews[0].starts_at: not a date-time"],
    ),
    "impossible date": (
        lambda data: first_interview(data)["follow_ups"][0].__setitem__("due_date", "2026-02-30"),
        ["opportunities[0].interviews[0].follow_ups[0].due_date: there is no such date: 2026-02-30"],
    ),
    "wrong type": (
        set_in(first_interview, "round_number", "2"),
        ["opportunities[0].interviews[0].round_number: input should be a valid integer"],
    ),
    "unknown time zone": (
        set_in(first_interview, "timezone", "Mars/Olympus_Mons"),
        ["opportunities[0].interviews[0].timezone:", "Mars/Olympus_Mons", "not a known time zone"],
    ),
    "dangling person": (
        lambda data: first_interview(data)["panel"][0].__setitem__("person_id", 999),
        ["opportunities[0].interviews[0].panel[0].person_id: person 999 is not one of this opportunity's"],
    ),
    "person of another opportunity": (
        lambda data: first_interview(data)["talking_points"][0].__setitem__("person_id", 3),
        ["opportunities[0].interviews[0].talking_points[0].person_id: person 3 is not one of this"],
    ),
    "dangling question": (
        lambda data: first_interview(data)["questions"][0].__setitem__("question_id", 77),
        ["opportunities[0].interviews[0].questions[0].question_id: question 77 is not in the question_bank"],
    ),
    "duplicate uid": (
        lambda data: data["opportunities"][0]["people"][1].__setitem__("uid", ADA_UID),
        ["opportunities[0].people[1].uid:", "used twice", "opportunities[0].people[0].uid"],
    ),
    "duplicate id": (
        lambda data: data["opportunities"][1]["people"][0].__setitem__("id", 1),
        ["opportunities[1].people[0].id: 1 is used twice"],
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_DOCUMENTS))
def test_a_bad_document_is_refused_and_nothing_is_written(
    case: str, source: Database, db: Database, tmp_path: Path
) -> None:
    mutate, expected = BAD_DOCUMENTS[case]
    data = copy.deepcopy(export_data(source))
    mutate(data)
    path = write_json(tmp_path / "bad.json", data)
    with db.session() as session:
        session.add(Opportunity(company="Already here", role="Engineer"))
    before = snapshot(db)

    with pytest.raises(ImportFileError) as caught:
        import_file(db, path)

    for fragment in expected:
        assert fragment in str(caught.value)
    assert snapshot(db) == before


BAD_FILES: dict[str, tuple[bytes, list[str]]] = {
    "not JSON": (
        b'{\n  "format": "secondround-export",\n  oops\n}',
        ["not valid JSON", "line 3, column 3"],
    ),
    "a JSON list": (b"[]", ["not a SecondRound export", "a list", "JSON object"]),
    "a number too long to convert": (b'{"version": ' + b"9" * 5000 + b"}", ["not valid JSON"]),
    "nested too deeply": (b"[" * 200_000 + b"]" * 200_000, ["nested too deeply"]),
    "empty": (b"", ["is empty"]),
    "only whitespace": (b"  \n\t\n", ["is empty"]),
    "not UTF-8": ('{"format": "secondround-export", "notes": "café"}'.encode("latin-1"), ["not UTF-8"]),
    "lone surrogate": (
        b'{"format": "secondround-export", "version": 1, "exported_at": "2026-12-03T13:00:00+00:00", '
        b'"app_version": "0.1.0", "question_bank": [], "opportunities": [{"id": 1, "uid": "x", '
        b'"company": "\\ud800", "role": "", "posting_url": "", "status": "active", "notes": "", '
        b'"created_at": "2026-12-03T13:00:00+00:00", "updated_at": "2026-12-03T13:00:00+00:00", '
        b'"people": [], "interviews": []}]}',
        ["opportunities[0].company: contains an unpaired surrogate"],
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_is_refused_and_nothing_is_written(
    case: str, source: Database, db: Database, tmp_path: Path
) -> None:
    content, expected = BAD_FILES[case]
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    import_data(db, export_data(source))
    before = snapshot(db)

    with pytest.raises(ImportFileError) as caught:
        import_file(db, path)

    for fragment in expected:
        assert fragment in str(caught.value)
    assert snapshot(db) == before


def test_the_good_version_of_the_lone_surrogate_case_imports(db: Database, tmp_path: Path) -> None:
    # Guards the case above: with the surrogate replaced the same document is accepted.
    content = BAD_FILES["lone surrogate"][0].replace(b"\\ud800", b"\\u00e9")
    path = tmp_path / "good.json"
    path.write_bytes(content)

    assert import_file(db, path) == ImportSummary(opportunities=1, interviews=0, people=0)
    assert export_data(db)["opportunities"][0]["company"] == "é"


def test_a_missing_file_is_reported(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"Cannot read .*nowhere\.json"):
        import_file(db, tmp_path / "nowhere.json")


def test_a_huge_file_is_refused_before_it_is_read(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)  # sparse: costs no disk space

    def no_reading(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    with pytest.raises(ImportFileError, match="too large to import"):
        import_file(db, path)


def test_import_data_refuses_non_objects(db: Database) -> None:
    with pytest.raises(ImportFileError, match="holds null where a JSON object was expected"):
        import_data(db, None)


def test_the_message_lists_at_most_five_problems(source: Database, db: Database) -> None:
    data = export_data(source)
    for person in data["opportunities"][0]["people"] + data["opportunities"][1]["people"]:
        person["relation"] = "friend"
    for opportunity in data["opportunities"]:
        opportunity["status"] = "hired"
    first_interview(data)["kind"] = "coffee"
    first_interview(data)["outcome"] = "maybe"

    with pytest.raises(ImportFileError) as caught:
        import_data(db, data)

    message = str(caught.value)
    assert len(caught.value.problems) == 7
    assert "7 problems found" in message
    assert len([line for line in message.splitlines() if line.startswith("- opportunities")]) == 5
    assert message.splitlines()[-1] == "- …and 2 more problems"
    assert row_counts(db)["Opportunity"] == 0


def test_a_failure_while_writing_leaves_nothing_behind(
    source: Database, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*_args: object) -> None:
        raise RuntimeError("disk unplugged")

    # Opportunities, people and the interview are already flushed when the children are written.
    monkeypatch.setattr(exchange._Importer, "_add_children", fail)

    with pytest.raises(RuntimeError, match="disk unplugged"):
        import_data(db, export_data(source))

    assert all(count == 0 for count in row_counts(db).values())
