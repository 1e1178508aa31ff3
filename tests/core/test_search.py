"""Search: the FTS5 index kept by triggers, the query built from words, filters, rebuild and check, CLI."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import SQLModel

from secondround_desktop import cli
from secondround_desktop.core import migrate, search
from secondround_desktop.core.db import DATABASE_FILENAME, Database, open_database
from secondround_desktop.core.interviews import InterviewDraft, InterviewService, PersonInput
from secondround_desktop.core.models import (
    ChecklistState,
    FitCriterion,
    FollowUp,
    Interview,
    InterviewQuestion,
    Note,
    NoteKind,
    Opportunity,
    Person,
    PointStatus,
    TalkingPoint,
)
from secondround_desktop.core.playbook import load_playbook
from secondround_desktop.core.prep import PrepService
from secondround_desktop.core.search import Kind, Place, SearchFilters

Round = Callable[..., int]


@pytest.fixture
def add_round(service: InterviewService) -> Round:
    """An interview: company, role, round number, days from now, and (optionally) its notes."""

    def make(
        company: str = "Acme", role: str = "Engineer", number: int = 1, days: int = -10, notes: str = ""
    ) -> int:
        day = datetime(2026, 6, 15, tzinfo=UTC) + timedelta(days=days)
        interview_id = service.create(
            InterviewDraft(
                company=company,
                role=role,
                round_number=number,
                date_text=f"{day:%Y-%m-%d}",
                time_text="10:00",
                timezone="UTC",
            )
        )
        if notes:
            service.set_notes(interview_id, notes)
        return interview_id

    return make


def found(db: Database, query: str, filters: SearchFilters | None = None) -> dict[int, list[str]]:
    """Interview id → the plain text of each hit there."""
    return {
        group.interview_id: [hit.plain for hit in group.hits]
        for group in search.search(db, query, filters, zone=UTC)
    }


def add_row(db: Database, row: SQLModel) -> int:
    with db.session() as session:
        session.add(row)
        session.flush()
        row_id = getattr(row, "id", None)
        assert isinstance(row_id, int)
        return row_id


# ---- words: stems, prefixes, accents, several words ---------------------------------------------


def test_a_word_finds_its_other_forms(db: Database, add_round: Round) -> None:
    interview = add_round(notes="We spent half an hour on the salary negotiation.")
    other = add_round(company="Globex", notes="Nothing about money here.")

    for query in ("negotiate", "negotiating", "negotiation", "negotiated"):
        assert list(found(db, query)) == [interview], query
    assert other not in found(db, "negotiate")


def test_every_prefix_typed_so_far_keeps_finding_the_word(db: Database, add_round: Round) -> None:
    interview = add_round(notes="They run everything on Kubernetes and negotiation is hard")

    for word in ("kubernetes", "negotiation"):
        for end in range(2, len(word) + 1):
            assert list(found(db, word[:end])) == [interview], word[:end]


def test_accents_are_folded_both_ways(db: Database, add_round: Round) -> None:
    with_accents = add_round(notes="Bring a printed résumé and the naïve café story")
    without = add_round(company="Globex", notes="Send the updated resume tonight")

    assert set(found(db, "resume")) == {with_accents, without}
    assert set(found(db, "résumé")) == {with_accents, without}
    assert set(found(db, "CAFE")) == {with_accents}


def test_more_words_narrow_the_result(db: Database, add_round: Round) -> None:
    streaming = add_round(notes="Kafka streaming came up twice")
    batch = add_round(company="Globex", notes="Kafka for batch loads only")

    assert set(found(db, "kafka")) == {streaming, batch}
    assert set(found(db, "kafka stream")) == {streaming}
    assert set(found(db, "kafka stream batch")) == set()


def test_the_company_narrows_like_any_word_without_listing_every_note(db: Database, add_round: Round) -> None:
    acme = add_round(notes="Kafka streaming came up twice")
    add_round(company="Globex", notes="Kafka as well")

    assert found(db, "acme kafka") == {acme: ["Kafka streaming came up twice"]}
    # The company alone: the round is listed once, through the company, not through each of its notes.
    assert found(db, "acme") == {acme: ["Acme Engineer"]}


def test_matching_words_are_marked_in_the_snippet(db: Database, add_round: Round) -> None:
    add_round(notes="We talked about on-call, then about how I negotiate contracts with product teams.")

    [group] = search.search(db, "negotiat product")
    [hit] = group.hits
    assert hit.kind is Kind.NOTE
    assert hit.place is Place.NOTES
    assert [piece for piece, marked in hit.segments() if marked] == ["negotiate", "product"]
    assert hit.matched_words == ("negotiate", "product")
    assert search.MARK_START not in hit.plain


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", None),
        ("  ()  ", None),
        ('"', None),
        ("a", 'text : ("a")'),
        ("kube", 'text : ("kube"*)'),
        ("negotiate", 'text : ("negoti"*)'),
        ('NOT "x" OR (y*', '"not"* AND "x" AND "or"* AND "y" AND text : ("not"* OR "x" OR "or"* OR "y")'),
        ("happy", 'text : (("happy"* OR "happi"*))'),
        ("snake_case", '"snake"* AND "case"* AND text : ("snake"* OR "case"*)'),
    ],
)
def test_the_match_expression_holds_only_quoted_words(typed: str, expected: str | None) -> None:
    # One-letter words ("x", "y") are whole words, not prefixes; "NOT" and "OR" are words, not operators.
    assert search.build_match(typed) == expected


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=60) | st.text(alphabet="\"*()^:-+{}[]NOTAND OR NEAR\\'\x00\u0301", max_size=30))
def test_any_text_is_a_valid_query(db_with_text: Database, query: str) -> None:
    result = search.search(db_with_text, query)
    assert isinstance(result, list)
    assert all(isinstance(group, search.InterviewHits) for group in result)


@pytest.fixture
def db_with_text(db: Database, add_round: Round) -> Database:
    add_round(notes='Quotes "like this", a * star, (brackets) and NOT OR AND NEAR')
    return db


# ---- triggers: every source table, insert, update, delete ---------------------------------------


RowFactory = Callable[[int, int, str], SQLModel]

SOURCES: dict[str, tuple[RowFactory, str, Place]] = {
    "note": (
        lambda i, p, t: Note(interview_id=i, kind=NoteKind.DEBRIEF.value, topic="missed", body=t),
        "body",
        Place.DEBRIEF,
    ),
    "talking point": (
        lambda i, p, t: TalkingPoint(interview_id=i, person_id=p, text=t),
        "text",
        Place.PREP_POINTS,
    ),
    "question": (
        lambda i, p, t: InterviewQuestion(interview_id=i, person_id=p, text=t),
        "text",
        Place.PREP_QUESTIONS,
    ),
    "follow-up": (
        lambda i, p, t: FollowUp(interview_id=i, person_id=p, draft=t),
        "draft",
        Place.FOLLOW_UPS,
    ),
    "fit criterion": (lambda i, p, t: FitCriterion(interview_id=i, text=t), "text", Place.PREP_FIT),
    "checklist note": (
        lambda i, p, t: ChecklistState(interview_id=i, item_key="not_in_the_playbook", note=t),
        "note",
        Place.PREP_POINTS,
    ),
}


@pytest.mark.parametrize("source", list(SOURCES))
def test_triggers_keep_each_table_in_the_index(
    db: Database, service: InterviewService, add_round: Round, source: str
) -> None:
    make, column, place = SOURCES[source]
    interview = add_round()
    person = service.add_person(interview, PersonInput("Ada Lovelace"))
    model = type(make(interview, person, ""))

    row_id = add_row(db, make(interview, person, "Mentioned the zeppelin project"))
    [group] = search.search(db, "zeppelin")
    assert group.interview_id == interview
    assert [(hit.ref_id, hit.place) for hit in group.hits] == [(row_id, place)]

    with db.session() as session:
        row = session.get(model, row_id)
        setattr(row, column, "Mentioned the dirigible instead")
        session.add(row)
    assert found(db, "zeppelin") == {}
    assert found(db, "dirigible") == {interview: ["Mentioned the dirigible instead"]}

    with db.session() as session:
        session.delete(session.get(model, row_id))
    assert found(db, "dirigible") == {}
    assert search.check_index(db) == []


def test_details_people_and_the_opportunity_are_indexed_and_follow_changes(
    db: Database, service: InterviewService, add_round: Round
) -> None:
    first = add_round(number=1)
    second = add_round(number=2, days=-2)
    ada = service.add_person(first, PersonInput("Ada Lovelace", title="Analytical Engines"))
    draft = service.get(second).as_draft()
    draft.location = "Building Zephyr, floor 3"
    service.update(second, draft)

    assert set(found(db, "acme")) == {first, second}  # the opportunity belongs to each of its rounds
    assert set(found(db, "lovelace")) == {first}  # a person to the rounds they sat on
    assert set(found(db, "zephyr")) == {second}

    service.update_person(ada, PersonInput("Ada King", title="Analytical Engines"))
    assert found(db, "lovelace") == {}
    assert set(found(db, "king")) == {first}
    service.add_panelists(second, [ada])
    assert set(found(db, "king")) == {first, second}

    # A renamed company: the round's text is found under the new name, with its other words.
    service.set_notes(second, "Talked about the zeppelin")
    draft = service.get(second).as_draft()
    draft.company = "Initech"
    service.update(second, draft)
    assert set(found(db, "initech zeppelin")) == {second}
    assert found(db, "acme zeppelin") == {}
    assert search.check_index(db) == []


def test_someone_on_no_panel_belongs_to_every_round_of_their_opportunity(
    db: Database, service: InterviewService, add_round: Round
) -> None:
    first = add_round(number=1)
    second = add_round(number=2, days=-2)
    ada = service.add_person(first, PersonInput("Ada Lovelace"))
    service.remove_panelist(first, ada)

    assert set(found(db, "lovelace")) == {first, second}


def test_deleted_interviews_are_not_found_until_restored(
    db: Database, service: InterviewService, add_round: Round
) -> None:
    kept = add_round(notes="zeppelin one")
    deleted = add_round(company="Globex", notes="zeppelin two")

    service.delete(deleted)
    assert set(found(db, "zeppelin")) == {kept}
    assert set(found(db, "globex")) == set()
    service.restore(deleted)
    assert set(found(db, "zeppelin")) == {kept, deleted}

    service.delete(deleted)
    service.purge_deleted()  # the rows go, and cascades take their entries along
    assert set(found(db, "zeppelin")) == {kept}
    assert search.check_index(db) == []
    with sqlite3.connect(db.path) as connection:
        texts = [row[0] for row in connection.execute("SELECT text FROM search_index")]
    assert not any("Globex" in text or "zeppelin two" in text for text in texts)


def test_blank_text_gets_no_entry(db: Database, add_round: Round) -> None:
    interview = add_round()
    add_row(db, Note(interview_id=interview, body=" \n\t "))
    with sqlite3.connect(db.path) as connection:
        kinds = [row[0] for row in connection.execute("SELECT kind FROM search_index")]
    assert kinds == ["opportunity"]


def test_hits_open_where_they_are_shown(db: Database, service: InterviewService, add_round: Round) -> None:
    interview = add_round()
    prep = PrepService(db, load_playbook("en"))
    prep.add_point(interview, "zeppelin planned", None)
    prep.add_point(interview, "zeppelin told", None, PointStatus.TOLD.value)
    question = prep.assign_question(interview, "zeppelin question?", None)
    answered = prep.assign_question(interview, "Another question?", None)
    prep.update_question(answered, answer="zeppelin answer")
    prep.set_note(interview, NoteKind.ADVOCATE.value, "words", "zeppelin advocate")
    service.set_notes(interview, "zeppelin general")
    checks = load_playbook("en").steps[2].checks
    prep.set_check(interview, checks[0].key, note="zeppelin check")

    [group] = search.search(db, "zeppelin")
    places = {hit.plain.replace("\n", " "): hit.place for hit in group.hits}
    assert places == {
        "zeppelin planned": Place.PREP_POINTS,
        "zeppelin told": Place.DEBRIEF,
        "zeppelin question?": Place.PREP_QUESTIONS,
        "Another question? zeppelin answer": Place.DEBRIEF,
        "zeppelin advocate": Place.PREP_ADVOCATE,
        "zeppelin general": Place.NOTES,
        "zeppelin check": Place.PREP_QUESTIONS,
    }
    assert question in {hit.ref_id for hit in group.hits if hit.kind is Kind.QUESTION}


# ---- filters -----------------------------------------------------------------------------------


def test_filters_combine_with_the_words(db: Database, add_round: Round) -> None:
    early = add_round(number=1, days=-30, notes="zeppelin early")
    late = add_round(number=2, days=-5, notes="zeppelin late")
    other = add_round(company="Globex", number=2, days=-5, notes="zeppelin elsewhere")
    with db.session() as session:
        row = session.get(Interview, late)
        assert row is not None
        row.outcome = "advanced"
        session.add(row)

    assert set(found(db, "zeppelin")) == {early, late, other}
    assert set(found(db, "zeppelin", SearchFilters(company="acme"))) == {early, late}
    assert set(found(db, "zeppelin", SearchFilters(round_number=2))) == {late, other}
    assert set(found(db, "zeppelin", SearchFilters(outcome="advanced"))) == {late}
    assert set(found(db, "zeppelin", SearchFilters(company="Acme", round_number=2))) == {late}
    june_10 = date(2026, 6, 10)
    assert set(found(db, "zeppelin", SearchFilters(date_from=june_10))) == {late, other}
    assert set(found(db, "zeppelin", SearchFilters(date_to=june_10))) == {early, late, other}
    assert set(found(db, "zeppelin", SearchFilters(date_to=date(2026, 6, 9)))) == {early}
    assert set(found(db, "zeppelin", SearchFilters(date_from=june_10, date_to=june_10))) == {late, other}
    assert set(found(db, "zeppelin", SearchFilters(date_from=date(2026, 6, 11)))) == set()
    assert set(found(db, "acme", SearchFilters(round_number=1))) == {early}
    assert set(found(db, "nothing", SearchFilters(company="Acme"))) == set()


def test_results_are_grouped_latest_interview_first_and_limited(db: Database, add_round: Round) -> None:
    older = add_round(days=-20, notes="zeppelin one")
    newer = add_round(company="Globex", days=-2, notes="zeppelin two")
    for number in range(5):
        add_row(db, TalkingPoint(interview_id=older, text=f"zeppelin point {number}"))

    groups = search.search(db, "zeppelin")
    assert [group.interview_id for group in groups] == [newer, older]
    assert [hit.kind for hit in groups[1].hits] == [Kind.NOTE] + [Kind.TALKING_POINT] * 5
    assert sum(len(group.hits) for group in search.search(db, "zeppelin", limit=3)) == 3
    assert search.search(db, "zeppelin", limit=0) == []


# ---- rebuild and check -------------------------------------------------------------------------


def test_the_check_finds_a_stale_index_and_a_rebuild_mends_it(db: Database, add_round: Round) -> None:
    first = add_round(notes="zeppelin one")
    add_round(company="Globex", notes="zeppelin two")
    assert search.check_index(db) == []

    with sqlite3.connect(db.path) as connection:
        connection.execute("DELETE FROM search_index WHERE kind = 'note' AND interview_id = ?", (first,))
        connection.execute(
            "INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) "
            "VALUES (999 * 16 + 4, 'ghost', '', 'note', 999, ?, 'general/')",
            (first,),
        )
        connection.execute("DROP TRIGGER search_index_note_au")
    problems = search.check_index(db)
    assert "The search index lacks 1 entries that the data holds." in problems
    assert "The search index holds 1 entries that the data no longer has." in problems
    assert "The search index trigger search_index_note_au is missing." in problems
    assert "--rebuild-index" in problems[-1]

    assert search.rebuild_index(db) == 4  # two opportunities, two notes
    assert search.check_index(db) == []
    assert len(found(db, "zeppelin")) == 2


def merge_options(db: Database) -> dict[str, int]:
    with sqlite3.connect(db.path) as connection:
        rows = connection.execute("SELECT k, v FROM search_index_config WHERE k LIKE '%merge'").fetchall()
    return {str(key): int(value) for key, value in rows}


def test_writes_leave_the_index_merging_to_idle_steps_that_end_when_it_is_tidy(
    db: Database, service: InterviewService, add_round: Round
) -> None:
    expected = {"automerge": search.AUTOMERGE, "crisismerge": search.CRISIS_MERGE}
    assert merge_options(db) == expected  # set by the migration
    interview = add_round()
    for count in range(12):  # one write each, as autosaves come: a small b-tree each
        service.set_notes(interview, f"zeppelin draft {count} " + "words " * count)

    steps = 0
    while search.merge_step(db):
        steps += 1
        assert steps < 100, "the merge never reports that it is done"
    assert steps >= 1  # there were b-trees to merge
    assert not search.merge_step(db)  # and nothing is left
    assert search.check_index(db) == []
    assert list(found(db, "zeppelin draft 11")) == [interview]

    search.rebuild_index(db)  # new tables: the options are set again
    assert merge_options(db) == expected
    assert found(db, "ghost") == {}


def test_the_check_notices_a_damaged_or_missing_index(db: Database, add_round: Round) -> None:
    add_round(notes="zeppelin")
    with sqlite3.connect(db.path) as connection:
        connection.execute("DELETE FROM search_index_docsize")
    assert any("damaged" in problem for problem in search.check_index(db))

    with sqlite3.connect(db.path) as connection:
        connection.execute("DROP TABLE search_index")
        connection.execute(
            "CREATE VIRTUAL TABLE search_index USING fts5(text, context, kind, ref_id, interview_id, field)"
        )
    assert "The search table search_index is out of date." in search.check_index(db)
    search.rebuild_index(db)
    assert search.check_index(db) == []

    with sqlite3.connect(db.path) as connection:
        connection.execute("DROP TABLE search_index")
    assert search.check_index(db)[0].startswith("The search index is missing.")
    search.rebuild_index(db)
    assert search.check_index(db) == []
    assert len(found(db, "zeppelin")) == 1


def test_upgrading_an_older_file_indexes_what_it_already_holds(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = open_database(path)
    service = InterviewService(db)
    interview = service.create(
        InterviewDraft(company="Acme", role="Engineer", date_text="2026-06-01", time_text="10:00")
    )
    service.add_person(interview, PersonInput("Ada Lovelace"))
    service.set_notes(interview, "Talked about the zeppelin")
    db.close()
    command.downgrade(migrate.alembic_config(path), "0001")
    with sqlite3.connect(path) as connection:
        assert not connection.execute(
            "SELECT 1 FROM sqlite_master WHERE name LIKE 'search_index%'"
        ).fetchall()

    db = open_database(path)
    try:
        assert set(found(db, "zeppelin")) == {interview}
        assert set(found(db, "lovelace")) == {interview}
        assert search.check_index(db) == []
    finally:
        db.close()


def test_index_tables_are_left_out_of_schema_comparisons() -> None:
    assert not search.include_name("search_index", "table")
    assert not search.include_name("search_index_data", "table")
    assert search.include_name("note", "table")
    assert search.include_name("search_index_note_ai", "index")


# ---- the command line --------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A data folder with two interviews."""
    folder = tmp_path / "cli"
    folder.mkdir()
    db = open_database(folder / DATABASE_FILENAME)
    service = InterviewService(db)
    for company, notes in (("Acme", "How I negotiate contracts"), ("Globex", "Negotiation went badly")):
        interview = service.create(
            InterviewDraft(company=company, role="Engineer", date_text="2026-06-01", time_text="10:00")
        )
        service.set_notes(interview, notes)
    db.close()
    return folder


def test_cli_search_json_prints_the_same_results(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, out, err = run(capsys, "search", "negotiate", "--json", "--data-dir", str(folder))
    assert (code, err) == (0, "")
    document: dict[str, Any] = json.loads(out)
    assert document["query"] == "negotiate"
    db = open_database(folder / DATABASE_FILENAME)
    try:
        expected = search.search(db, "negotiate")
    finally:
        db.close()
    assert [r["interview_id"] for r in document["results"]] == [g.interview_id for g in expected]
    assert {r["company"] for r in document["results"]} == {"Acme", "Globex"}
    hits = [hit for result in document["results"] for hit in result["hits"]]
    assert {hit["place"] for hit in hits} == {"notes"}
    marked = sorted(hit["text"][start:end] for hit in hits for start, end in hit["highlights"])
    assert marked == ["Negotiation", "negotiate"]


def test_cli_search_text_filters_and_odd_input(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, out, _ = run(capsys, "search", "negotiate", "--company", "acme", "--data-dir", str(folder))
    assert code == 0
    assert out.splitlines()[0].startswith("Acme — Engineer · round 2")
    assert out.splitlines()[1] == "  Note: How I **negotiate** contracts"
    assert "Globex" not in out

    code, out, _ = run(capsys, "search", '"(*', "NOT", "--data-dir", str(folder))
    assert code == 0
    assert out.startswith("Nothing matches")


def test_cli_search_checks_and_rebuilds_the_index(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    assert run(capsys, "search", "--check-index", "--data-dir", str(folder))[:2] == (0, "ok\n")
    with sqlite3.connect(folder / DATABASE_FILENAME) as connection:
        connection.execute("DELETE FROM search_index WHERE kind = 'note'")
    code, out, _ = run(capsys, "search", "--check-index", "--data-dir", str(folder))
    assert code == 1
    assert "lacks 2 entries" in out

    code, out, _ = run(capsys, "search", "--rebuild-index", "--data-dir", str(folder))
    assert (code, out) == (0, "Rebuilt the search index: 4 entries.\n")
    assert run(capsys, "search", "--check-index", "--data-dir", str(folder))[:2] == (0, "ok\n")


def test_cli_search_without_a_database_says_so(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "search", "anything", "--data-dir", str(tmp_path / "empty"))
    assert code == 1
    assert "no SecondRound database" in err
    assert not (tmp_path / "empty" / DATABASE_FILENAME).exists()


def test_models_have_no_search_index_table() -> None:
    # The index is the migration's and the triggers', never a model that autogenerate could drop.
    assert "search_index" not in SQLModel.metadata.tables
    assert {Opportunity.__tablename__, Person.__tablename__} <= set(SQLModel.metadata.tables)


def test_rows_with_any_64_bit_id_are_indexed(db: Database, add_round: Round) -> None:
    # An import keeps the ids of its file, and those can be as large as SQLite allows.
    interview = add_round()
    huge = 2**63 - 1
    add_row(db, Note(id=huge, interview_id=interview, body="zeppelin at the edge"))
    add_row(db, Note(id=huge - 1, interview_id=interview, body="zeppelin next to it"))

    [group] = search.search(db, "zeppelin")
    assert sorted(hit.ref_id for hit in group.hits) == [huge - 1, huge]
    with db.session() as session:
        session.delete(session.get(Note, huge))
    assert [hit.ref_id for hit in search.search(db, "zeppelin")[0].hits] == [huge - 1]
    assert search.check_index(db) == []


def test_the_released_first_schema_upgrades_to_a_sound_index(tmp_path: Path) -> None:
    fixture = Path(__file__).parent / "data" / "migrations" / "0001.sqlite3"
    if not fixture.exists():
        pytest.skip("no fixture database of revision 0001")
    path = tmp_path / "secondround.sqlite3"
    path.write_bytes(fixture.read_bytes())
    with sqlite3.connect(path) as connection:
        company, role = connection.execute("SELECT company, role FROM opportunity ORDER BY id").fetchone()
        live = {
            row[0]
            for row in connection.execute(
                "SELECT i.id FROM interview i JOIN opportunity o ON o.id = i.opportunity_id "
                "WHERE o.company = ? AND o.role = ? AND i.deleted_at IS NULL",
                (company, role),
            )
        }

    assert live
    db = open_database(path)
    try:
        assert search.check_index(db) == []
        assert set(found(db, f"{company} {role}")) == live
    finally:
        db.close()
