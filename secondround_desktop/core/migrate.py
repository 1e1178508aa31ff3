"""Schema migrations: Alembic owns the schema; this module decides when to run it.

The common case (the file is already at the head revision) is answered with one plain SQLite query, so
Alembic is imported only when a migration really has to run.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from secondround_desktop.core.errors import DatabaseTooNewError, StorageError, storage_error_from
from secondround_desktop.core.texts import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# Every revision ever released, oldest first. tests/core/test_migrations.py checks this against Alembic.
SCHEMA_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006")
SCHEMA_HEAD = SCHEMA_REVISIONS[-1]

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BACKUP_DIRNAME = "backups"


def current_revision(path: Path) -> str | None:
    """The schema revision stored in the file, or None for a new, empty database."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("Storage", "Cannot open the database {0}: {1}.").format(path, exc)
        ) from exc
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            if tables:
                raise StorageError(
                    QT_TRANSLATE_NOOP(
                        "Storage", "{0} is a database, but not one of SecondRound's. It was left untouched."
                    ).format(path)
                )
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    except sqlite3.DatabaseError as exc:
        text = str(exc).lower()
        environmental = storage_error_from(exc)
        if environmental is not None and "not a database" not in text and "malformed" not in text:
            raise environmental from exc  # locked or read-only: the file itself may well be sound
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Storage",
                "{0} is not a readable SecondRound database ({1}). It was left untouched; "
                "run `secondround check` for details.",
            ).format(path, exc)
        ) from exc
    finally:
        connection.close()


def backup_file(path: Path, label: str) -> Path:
    """Copy the database with SQLite's backup API (safe while in use) into the backups folder, checked."""
    from secondround_desktop.core.backup import make_backup  # backup imports this module

    return make_backup(path, label=label)


def alembic_config(path: Path) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    return config


def migrate_to_head(path: Path) -> Path | None:
    """Bring the file to the head revision. Returns the backup taken first, if any."""
    revision = current_revision(path)
    if revision == SCHEMA_HEAD:
        return None
    if revision is not None and revision not in SCHEMA_REVISIONS:
        raise DatabaseTooNewError(
            QT_TRANSLATE_NOOP(
                "Storage",
                "This database ({0}) was written by a newer version of SecondRound (schema {1}). "
                "Please update the app; the file was left untouched.",
            ).format(path, revision)
        )
    backup = None
    if revision is not None:
        try:
            backup = backup_file(path, f"before-migration-from-{revision}")
        except (OSError, sqlite3.Error) as exc:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Storage", "Could not back up the database before upgrading it: {0}."
                ).format(exc)
            ) from exc
        log.info("backed up %s to %s before migrating", path, backup)
    from alembic import command

    try:
        command.upgrade(alembic_config(path), "head")  # type: ignore[arg-type]
    except (sqlite3.Error, DBAPIError, OSError) as exc:
        known = storage_error_from(exc)
        reason = known.message if known is not None else exc
        if backup:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Storage", "Could not upgrade the database: {0}. A backup of it is at {1}."
                ).format(reason, backup)
            ) from exc
        raise StorageError(
            QT_TRANSLATE_NOOP("Storage", "Could not upgrade the database: {0}.").format(reason)
        ) from exc
    return backup
