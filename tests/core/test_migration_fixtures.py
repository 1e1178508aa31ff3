"""Every released schema has a fixture database, and each one upgrades to today's schema intact.

The fixtures in data/migrations were made by make_fixture.py when their revision was released. A copy
of each is opened the way the app opens a file; afterwards every row and column the fixture held must
still be there, unchanged, the schema must match today's models, and the app's services must read it.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import secondround_desktop.core.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from secondround_desktop.core import migrate
from secondround_desktop.core.db import Database, open_database
from secondround_desktop.core.exchange import export_data
from secondround_desktop.core.interviews import InterviewService

FIXTURES = Path(__file__).parent / "data" / "migrations"
FIXTURE_FILES = sorted(FIXTURES.glob("*.sqlite3"))

Tables = dict[str, tuple[list[str], list[tuple[Any, ...]]]]


@contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
        yield connection


def user_tables(path: Path) -> Tables:
    """Every table of the user's data: columns and rows (by rowid).

    SQLite's and Alembic's own tables are left out, and so are full-text indexes with their shadow
    tables: an index is derived from the data and may be rebuilt by any upgrade.
    """
    found: Tables = {}
    with read_only(path) as connection:
        tables = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
        virtual = [name for name, sql in tables if str(sql).upper().startswith("CREATE VIRTUAL")]
        names = sorted(
            name
            for name, _sql in tables
            if name not in virtual
            and not name.startswith("sqlite_")
            and name != "alembic_version"
            and not any(name.startswith(f"{index}_") for index in virtual)
        )
        for name in names:
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')]
            listed = ", ".join(f'"{column}"' for column in columns)
            rows = connection.execute(f'SELECT {listed} FROM "{name}" ORDER BY rowid').fetchall()
            found[name] = (columns, rows)
    return found


def rows_of(path: Path, table: str, columns: list[str]) -> list[tuple[Any, ...]]:
    listed = ", ".join(f'"{column}"' for column in columns)
    with read_only(path) as connection:
        return connection.execute(f'SELECT {listed} FROM "{table}" ORDER BY rowid').fetchall()


def revision_of(path: Path) -> str:
    with read_only(path) as connection:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def schema_differences(db: Database) -> list[Any]:
    options: dict[str, Any] = {"compare_type": True}
    try:  # the search index's FTS tables are not models; the search module says which names are its own
        from secondround_desktop.core.search import include_name
    except ImportError:
        pass
    else:
        options["include_name"] = include_name
    with db.engine.connect() as connection:
        return list(compare_metadata(MigrationContext.configure(connection, opts=options), SQLModel.metadata))


def test_every_released_revision_has_a_fixture() -> None:
    """The newest revision may still be in the making; every one before it has shipped."""
    assert FIXTURE_FILES, f"no fixture databases in {FIXTURES}"
    released = migrate.SCHEMA_REVISIONS[:-1] or migrate.SCHEMA_REVISIONS[:1]
    missing = [revision for revision in released if not (FIXTURES / f"{revision}.sqlite3").exists()]
    assert not missing, f"make them with: python {FIXTURES / 'make_fixture.py'} REVISION ({missing})"
    for fixture in FIXTURE_FILES:
        assert fixture.stem in migrate.SCHEMA_REVISIONS, f"{fixture.name} is not a known revision"
        assert revision_of(fixture) == fixture.stem, f"{fixture.name} holds another revision"


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=[path.stem for path in FIXTURE_FILES])
def test_a_released_database_upgrades_with_its_data_intact(fixture: Path, tmp_path: Path) -> None:
    before = user_tables(fixture)
    assert sum(len(rows) for _, rows in before.values()) > 20, "a fixture should hold realistic data"
    path = tmp_path / "secondround.sqlite3"
    shutil.copyfile(fixture, path)

    db = open_database(path)
    try:
        assert revision_of(path) == migrate.SCHEMA_HEAD
        assert db.integrity_check() == []
        assert schema_differences(db) == []
        for table, (columns, rows) in before.items():
            assert rows_of(path, table, columns) == rows, f"table {table} changed in the upgrade"
        # The services read the upgraded file: every interview not awaiting deletion is exported.
        with read_only(fixture) as connection:
            live = connection.execute("SELECT count(*) FROM interview WHERE deleted_at IS NULL").fetchone()[0]
        exported = export_data(db)
        assert sum(len(item["interviews"]) for item in exported["opportunities"]) == live
        assert InterviewService(db).counts().total == live
    finally:
        db.close()

    if fixture.stem != migrate.SCHEMA_HEAD:
        # The upgrade kept a backup of the file exactly as it was.
        (backup,) = (tmp_path / migrate.BACKUP_DIRNAME).glob(f"*before-migration-from-{fixture.stem}*")
        assert revision_of(backup) == fixture.stem
        assert user_tables(backup) == before
