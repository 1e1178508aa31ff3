"""Errors the user can act on, with a message written for them.

Known environmental failures (disk full, read-only folder, locked database, a bad import file) become a
``UserFacingError`` with a clear message; anything else is a bug and is logged with its traceback.

Messages are English ``Text`` (core.texts): ``str(error)`` reads as English on the command line and in the
logs, and ``error.message`` keeps the template, so that the desktop app can show it translated.
"""

from __future__ import annotations

import errno

from secondround_desktop.core.texts import QT_TRANSLATE_NOOP


class UserFacingError(Exception):
    """An error whose message is meant for the user as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message  # a Text when the core wrote it (str() of the error is plain English)


class StorageError(UserFacingError):
    """A write or read of the database failed for a reason outside the app (disk, locks, permissions)."""


class DatabaseTooNewError(UserFacingError):
    """The database was written by a newer version of the app; it is left untouched."""


class ValidationError(UserFacingError):
    """Input that cannot be saved as it is; ``field`` names the offending field when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


def storage_error_from(exc: BaseException) -> StorageError | None:
    """Translate a low-level failure into a StorageError, or None when it is not an environmental one."""
    # Imported here, so that importing this module (as the command line does first, before the window
    # shows) loads neither SQLAlchemy nor sqlite3.
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    original: BaseException = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    text = str(original).lower()
    if isinstance(original, sqlite3.OperationalError | sqlite3.DatabaseError):
        if "locked" in text or "busy" in text:
            return StorageError(QT_TRANSLATE_NOOP("Storage", "The database is locked by another program."))
        if "readonly" in text or "read-only" in text:
            return StorageError(
                QT_TRANSLATE_NOOP(
                    "Storage", "The data folder is read-only, so changes cannot be written there."
                )
            )
        if "disk is full" in text or "database or disk is full" in text:
            return StorageError(QT_TRANSLATE_NOOP("Storage", "The disk is full. Free some space."))
        if "unable to open" in text:
            return StorageError(
                QT_TRANSLATE_NOOP(
                    "Storage", "The database file cannot be opened. Check the data folder's permissions."
                )
            )
        if "disk i/o" in text:
            return StorageError(
                QT_TRANSLATE_NOOP("Storage", "The disk reported an input/output error while saving.")
            )
        if "not a database" in text or "malformed" in text:
            return StorageError(
                QT_TRANSLATE_NOOP(
                    "Storage", "The database file is damaged. Run `secondround check` for details."
                )
            )
    if isinstance(original, OSError):
        if original.errno == errno.ENOSPC:
            return StorageError(QT_TRANSLATE_NOOP("Storage", "The disk is full. Free some space."))
        if original.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            if original.filename:
                return StorageError(
                    QT_TRANSLATE_NOOP("Storage", "Permission denied: {0}.").format(original.filename)
                )
            return StorageError(QT_TRANSLATE_NOOP("Storage", "Permission denied: the data folder."))
        return StorageError(
            QT_TRANSLATE_NOOP("Storage", "The system refused the write: {0}.").format(
                original.strerror or original
            )
        )
    return None
