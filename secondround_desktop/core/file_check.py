"""Checking a SQLite file for damage with the standard library alone.

The start-up check runs on its own thread while another imports the database layer; it must not import
that layer too (two threads importing the same packages at once can each meet the other's half-made
modules). Recovery, needed only on damage, lives in ``core.backup``.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 2000  # how long a connection waits for another's lock (the database layer uses it too)


def read_only_uri(path: Path) -> str:
    return f"{path.resolve().as_uri()}?mode=ro"


def find_damage(database: Path, *, thorough: bool = False) -> list[str]:
    """What shows that the file is damaged: an empty list when it is sound.

    ``PRAGMA quick_check`` by default (fast enough for every start), ``integrity_check`` when thorough.
    A missing or empty file is not damaged (it becomes a new database). Neither is one that cannot be
    read for an environmental reason — locked, no permission — since moving a sound file aside would
    be wrong; those are reported when the database opens.
    """
    try:
        if not database.exists() or database.stat().st_size == 0:
            return []
    except OSError:
        return []
    return check_file(database, "integrity_check" if thorough else "quick_check")


def check_file(path: Path, pragma: str) -> list[str]:
    """The rows of ``PRAGMA quick_check`` or ``integrity_check`` that report a problem."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error:
        return []
    try:
        rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:
        if _is_damage(exc):
            return [f"{path.name} is not a readable database: {exc}"]
        log.warning("could not check %s: %s", path, exc)
        return []
    finally:
        connection.close()
    return [str(row[0]) for row in rows if row[0] != "ok"]


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return any(sign in text for sign in ("not a database", "malformed", "corrupt", "disk image"))
