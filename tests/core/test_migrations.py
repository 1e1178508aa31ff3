"""Alembic owns the schema: the models agree with it, and upgrading protects the user's file."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Column, Integer, MetaData
from sqlmodel import SQLModel

import secondround_desktop.core.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from secondround_desktop.core import migrate
from secondround_desktop.core.db import Database, open_database
from secondround_desktop.core.errors import DatabaseTooNewError, StorageError
from secondround_desktop.core.interviews import InterviewDraft, InterviewService, PersonInput
from secondround_desktop.core.search import include_name


def schema_differences(db: Database, metadata: MetaData) -> list[Any]:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": include_name}
        )
        return list(compare_metadata(context, metadata))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def revision_of(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


def test_models_and_migrations_agree(db: Database) -> None:
    assert schema_differences(db, SQLModel.metadata) == []


def test_the_comparison_notices_a_model_change(db: Database) -> None:
    changed = MetaData()
    for table in SQLModel.metadata.tables.values():
        table.to_metadata(changed)
    changed.tables["interview"].append_column(Column("venue_floor", Integer, nullable=True))
    differences = schema_differences(db, changed)
    assert [difference[0] for difference in differences] == ["add_column"]


def test_known_revisions_match_alembic(tmp_path: Path) -> None:
    config = migrate.alembic_config(tmp_path / "unused.sqlite3")
    assert isinstance(config, Config)
    scripts = ScriptDirectory.from_config(config)
    oldest_first = tuple(reversed([script.revision for script in scripts.walk_revisions()]))
    assert oldest_first == migrate.SCHEMA_REVISIONS
    assert scripts.get_heads() == [migrate.SCHEMA_HEAD]
    assert migrate.SCHEMA_REVISIONS[-1] == migrate.SCHEMA_HEAD


def test_a_new_database_is_at_head(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_database(path).close()
    assert revision_of(path) == migrate.SCHEMA_HEAD
    assert migrate.current_revision(path) == migrate.SCHEMA_HEAD
    assert not (tmp_path / migrate.BACKUP_DIRNAME).exists()  # nothing to back up in a new file


def test_a_database_from_a_newer_app_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_database(path).close()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = digest(path)

    with pytest.raises(DatabaseTooNewError, match="newer version"):
        open_database(path)

    assert digest(path) == before
    assert revision_of(path) == "9999"
    assert not (tmp_path / migrate.BACKUP_DIRNAME).exists()


def test_an_older_database_is_backed_up_before_migrating(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    db = open_database(path)
    service = InterviewService(db)
    interview = service.create(
        InterviewDraft(company="Acme", role="Engineer", date_text="2026-12-03", time_text="10:00")
    )
    service.add_person(interview, PersonInput("Ada Lovelace"))
    db.close()
    # Take the file back to the first revision, as an older app would have left it.
    command.downgrade(migrate.alembic_config(path), "0001")
    assert revision_of(path) == "0001"

    open_database(path).close()

    backups = sorted((tmp_path / migrate.BACKUP_DIRNAME).iterdir())
    assert len(backups) == 1
    backup = backups[0]
    assert "before-migration-from-0001" in backup.name
    assert backup.stat().st_mode & 0o777 == 0o600
    copy = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
    original = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert revision_of(path) == migrate.SCHEMA_HEAD
        for table in ("opportunity", "interview", "person", "panelist"):
            query = f"SELECT * FROM {table} ORDER BY 1"
            rows = copy.execute(query).fetchall()
            assert rows == original.execute(query).fetchall()
            assert rows, table
    finally:
        copy.close()
        original.close()


def test_a_foreign_sqlite_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO recipes (name) VALUES ('bread')")
    connection.close()
    before = digest(path)

    with pytest.raises(StorageError, match="not one of SecondRound's"):
        open_database(path)

    assert digest(path) == before


def test_a_garbage_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"these are my notes, not a database\n" * 200)
    before = digest(path)

    with pytest.raises(StorageError, match="not a readable SecondRound database"):
        open_database(path)

    assert digest(path) == before


@pytest.mark.parametrize(
    ("table", "lookup"),
    [
        ("note", "interview_id IN (1, 2, 3, 4, 5) AND kind = 'debrief' AND topic = 'missed'"),
        ("talkingpoint", "interview_id IN (1, 2, 3, 4, 5) AND status = 'told'"),
        ("interviewquestion", "interview_id IN (1, 2, 3, 4, 5)"),
        ("followup", "interview_id IN (1, 2, 3, 4, 5)"),
    ],
)
def test_rows_without_a_person_are_not_read_through_the_person_index(
    db: Database, table: str, lookup: str
) -> None:
    # Most rows have no person: read through an index on person_id, "person_id IS NULL" meant reading
    # nearly the whole table (a recap over three earlier rounds took 30 ms on a long history).
    with db.engine.connect() as connection:
        plan = connection.exec_driver_sql(
            f"EXPLAIN QUERY PLAN SELECT * FROM {table} WHERE {lookup} AND person_id IS NULL"
        ).fetchall()
        by_person = connection.exec_driver_sql(
            f"EXPLAIN QUERY PLAN SELECT * FROM {table} WHERE person_id = 7"
        ).fetchall()
    assert f"ix_{table}_person_id" not in str(plan)
    assert f"ix_{table}_person_id" in str(by_person)  # still there for lookups by person
