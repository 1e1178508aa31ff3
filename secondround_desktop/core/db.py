"""The database: one SQLite file, pragmas on every connection, and a unit-of-work session scope."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from secondround_desktop.core.errors import StorageError, storage_error_from
from secondround_desktop.core.file_check import BUSY_TIMEOUT_MS
from secondround_desktop.core.texts import QT_TRANSLATE_NOOP
from secondround_desktop.paths import DATABASE_FILENAME as DATABASE_FILENAME  # importable from here too

log = logging.getLogger(__name__)


# Applied to every connection: the write-ahead log survives crashes, FULL sync makes a commit durable,
# foreign keys keep children with their parents, and the busy timeout waits out short locks by others.
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)


def apply_pragmas(connection: sqlite3.Connection, *, foreign_keys: bool = True) -> None:
    cursor = connection.cursor()
    try:
        for pragma in PRAGMAS:
            cursor.execute(pragma)
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
    finally:
        cursor.close()


def ensure_private_file(path: Path) -> None:
    """Create the folder (user-only) and the database file (user-only) if they are missing."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    else:
        try:
            # Only take permissions away: a file the user made read-only must stay read-only.
            path.chmod(stat.S_IMODE(path.stat().st_mode) & 0o600)
        except OSError:  # not ours to change (e.g. a read-only mount); reading still works
            log.debug("could not tighten permissions of %s", path)


def make_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    """An engine whose connections carry the pragmas and real transactions.

    The sqlite3 module's own transaction handling leaves DDL outside transactions; SQLAlchemy's
    documented recipe hands control to us, so that migrations and units of work are atomic.
    ``foreign_keys=False`` is only for migrations, which rebuild tables.
    """
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        apply_pragmas(dbapi_connection, foreign_keys=foreign_keys)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


class Database:
    """An open, migrated database file. Services take one of these and open a session per unit of work."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls back on any error.

        Environmental failures (locked, read-only, disk full) surface as StorageError.
        """
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
            session.commit()
        except (DBAPIError, OSError) as exc:
            session.rollback()
            translated = storage_error_from(exc)
            if translated is None:
                raise
            raise translated from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def integrity_check(self) -> list[str]:
        """SQLite's integrity check: an empty list when the file is sound, else what is wrong."""
        try:
            with self.engine.connect() as connection:
                rows = connection.exec_driver_sql("PRAGMA integrity_check").fetchall()
                fk_rows = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        except DBAPIError as exc:
            return [str(exc.orig)]
        problems = [str(row[0]) for row in rows if row[0] != "ok"]
        problems += [f"foreign key broken: table {row[0]} row {row[1]} -> {row[2]}" for row in fk_rows]
        return problems

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path) -> Database:
    """Open the database at ``path``, creating and migrating it as needed.

    Raises DatabaseTooNewError for a file written by a newer app, StorageError when the file cannot be
    used; in both cases the file is left as it was.
    """
    from secondround_desktop.core.migrate import migrate_to_head

    try:
        ensure_private_file(path)
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("Storage", "Cannot create the data folder {0}: {1}.").format(
                path.parent, exc.strerror or exc
            )
        ) from exc
    migrate_to_head(path)
    return Database(path, make_engine(path))


def integrity_problems(path: Path) -> list[str]:
    """What is wrong with the database file at ``path``: an empty list when it is sound.

    The file is opened read-only, so checking never changes it, even a damaged one. A missing file or
    one that is not a database is reported as a problem, never raised.
    """
    if not path.exists():
        return [f"There is no database at {path}."]
    if not path.is_file():
        return [f"{path} is not a file."]
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [f"{path} cannot be opened: {exc}."]
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        fk_rows = connection.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc).lower():
            return [f"{path} is not a SQLite database (or its header is damaged)."]
        return [f"{path} cannot be checked: {exc}."]
    finally:
        connection.close()
    problems = [f"integrity: {row[0]}" for row in rows if row[0] != "ok"]
    problems += [
        f"foreign key broken: table {table} row {rowid} points to a missing row in {parent}"
        for table, rowid, parent, *_ in fk_rows
    ]
    return problems
