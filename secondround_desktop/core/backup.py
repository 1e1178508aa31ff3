"""Backups of the database, and recovery from a damaged one.

Every copy goes through SQLite's backup API, never a file copy: the API reads one consistent snapshot
(the write-ahead log included) even while the app writes. A copy is written under a temporary name,
checked with ``PRAGMA integrity_check`` once it is on disk, and only then renamed into place, so a
backup that exists is a good one.

Backups live in ``<data folder>/backups`` as ``<stem>.<label>-<YYYYmmdd-HHMMSS-ffffff>.sqlite3`` (local
time). Routine ones (``auto``, ``manual``) are thinned to 7 daily, 4 weekly and 12 monthly; safety copies
(taken before a migration or a restore) are rare and never deleted automatically.

A damaged database is never deleted or overwritten: it is renamed to ``<name>.damaged-<timestamp>``
(its ``-wal`` and ``-shm`` files follow it under matching names, so SQLite can still open the pair), the
newest backup that passes the check is restored, and the caller gets a report to show the user.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event

from secondround_desktop.core.errors import StorageError, storage_error_from
from secondround_desktop.core.file_check import BUSY_TIMEOUT_MS, check_file, find_damage, read_only_uri
from secondround_desktop.core.migrate import BACKUP_DIRNAME, SCHEMA_REVISIONS, current_revision
from secondround_desktop.core.texts import QT_TRANSLATE_NOOP, joined

log = logging.getLogger(__name__)

AUTO_LABEL = "auto"
MANUAL_LABEL = "manual"
BEFORE_RESTORE_LABEL = "before-restore"
ROUTINE_LABELS = frozenset({AUTO_LABEL, MANUAL_LABEL})
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
DAMAGED_STAMP_FORMAT = "%Y%m%d-%H%M%S"
# SQLite keeps these beside a database; they belong to it and move with it.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")

_LABEL = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class RetentionPolicy:
    """How many of the newest days, ISO weeks and months keep their newest backup."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


DEFAULT_POLICY = RetentionPolicy()


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # local time, naive, as written in the file name
    label: str
    size: int

    @property
    def routine(self) -> bool:
        return self.label in ROUTINE_LABELS


@dataclass(frozen=True)
class RecoveryReport:
    """What recovery did, with a message for the user."""

    damaged_copy: Path  # where the damaged file now is
    problems: tuple[str, ...]  # what the check found
    restored_from: BackupInfo | None  # None: no good backup, the app starts empty
    skipped: tuple[Path, ...] = field(default=())  # newer backups that failed the check

    @property
    def message(self) -> str:
        if self.problems:
            damaged = QT_TRANSLATE_NOOP(
                "Storage", "The database was damaged ({0}). It was kept, untouched, as:\n{1}"
            ).format(self.problems[0], self.damaged_copy)
        else:
            damaged = QT_TRANSLATE_NOOP(
                "Storage",
                "The database was damaged (it failed the integrity check). It was kept, untouched, as:\n{0}",
            ).format(self.damaged_copy)
        lines: list[str] = [damaged]
        if self.restored_from is not None:
            lines.append(
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "Your data was restored from the newest good backup, taken {0}. "
                    "Changes made after that are not in it.",
                ).format(f"{self.restored_from.taken_at:%Y-%m-%d %H:%M}")
            )
        else:
            lines.append(
                QT_TRANSLATE_NOOP(
                    "Storage", "No good backup was found, so SecondRound starts with an empty database."
                )
            )
        if len(self.skipped) == 1:
            lines.append(QT_TRANSLATE_NOOP("Storage", "1 newer backup failed the check and was skipped."))
        elif self.skipped:
            lines.append(
                QT_TRANSLATE_NOOP("Storage", "{0} newer backups failed the check and were skipped.").format(
                    len(self.skipped)
                )
            )
        return joined("\n\n", lines)


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    previous: Path | None  # the current data, backed up (or kept aside if damaged) before restoring


# ---- making backups ------------------------------------------------------------------------------


def backup_folder(database: Path) -> Path:
    return database.parent / BACKUP_DIRNAME


def backup_name(stem: str, label: str, when: datetime) -> str:
    return f"{stem}.{label}-{when.strftime(STAMP_FORMAT)}.sqlite3"


def make_backup(
    database: Path, target: Path | None = None, *, label: str = AUTO_LABEL, when: datetime | None = None
) -> Path:
    """Back up ``database`` to ``target`` (default: a new file in the backups folder); returns the path.

    The copy is verified after writing; a copy that fails the check is removed and StorageError raised.
    """
    if not _LABEL.fullmatch(label):
        raise ValueError(f"not a backup label: {label!r}")
    if not database.is_file():
        raise StorageError(
            QT_TRANSLATE_NOOP("Storage", "There is no database at {0} to back up.").format(database)
        )
    if target is None:
        folder = backup_folder(database)
        try:
            _private_folder(folder)
        except OSError as exc:
            raise _as_storage_error(
                exc,
                QT_TRANSLATE_NOOP("Storage", "Could not back up {0} into {1}").format(database.name, folder),
            ) from exc
        moment = when or datetime.now()
        target = folder / backup_name(database.stem, label, moment)
        while target.exists():  # two backups in one microsecond: the later one gets the next stamp
            moment += timedelta(microseconds=1)
            target = folder / backup_name(database.stem, label, moment)
    try:
        _write_checked_copy(database, target, standalone=True)
    except StorageError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Storage",
                "The backup of {0} was not kept: {1} "
                "The database itself may be damaged: run `secondround check`.",
            ).format(database.name, exc.message)
        ) from exc
    except (OSError, sqlite3.Error) as exc:
        raise _as_storage_error(
            exc, QT_TRANSLATE_NOOP("Storage", "Could not back up {0}").format(database.name)
        ) from exc
    log.info("backed up %s to %s", database, target)
    return target


def take_backup(database: Path, *, label: str = AUTO_LABEL, policy: RetentionPolicy = DEFAULT_POLICY) -> Path:
    """A backup into the backups folder, then the routine backups thinned to the policy."""
    made = make_backup(database, label=label)
    try:
        thin_backups(database, policy)
    except OSError as exc:  # the backup itself is made; an old one left over is no reason to fail
        log.warning("could not thin the backups of %s: %s", database, exc)
    return made


def backup_due_today(database: Path, now: datetime | None = None) -> bool:
    """True when no routine backup was taken today: the start-of-day backup is at most once a day."""
    today = (now or datetime.now()).date()
    return not any(info.routine and info.taken_at.date() == today for info in list_backups(database))


def _copy_with_backup_api(source: Path, target: Path, *, standalone: bool) -> None:
    """Copy one consistent snapshot of ``source`` into ``target`` (an empty or an existing database).

    ``standalone`` leaves the copy in rollback-journal mode: one self-contained file, no -wal beside it.
    """
    reader = sqlite3.connect(read_only_uri(source), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        writer = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            reader.backup(writer)  # all pages in one step: one read transaction, one snapshot
            if standalone:
                writer.execute("PRAGMA journal_mode=DELETE")
        finally:
            writer.close()
    finally:
        reader.close()


def _write_checked_copy(source: Path, target: Path, *, standalone: bool) -> None:
    """Copy under a temporary name, check the copy on disk, then rename it into place.

    Raises StorageError when the copy fails its check; nothing is left behind but ``target`` itself.
    """
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        _create_private(temporary)
        _copy_with_backup_api(source, temporary, standalone=standalone)
        problems = check_file(temporary, "integrity_check")
        if problems:
            raise StorageError(
                QT_TRANSLATE_NOOP("Storage", "the copy failed its integrity check ({0}).").format(problems[0])
            )
        _fsync_file(temporary)
        temporary.replace(target)
        _fsync_folder(target.parent)
    finally:
        for leftover in (temporary, *(Path(f"{temporary}{suffix}") for suffix in COMPANION_SUFFIXES)):
            leftover.unlink(missing_ok=True)


# ---- listing and thinning ------------------------------------------------------------------------


def list_backups(database: Path) -> list[BackupInfo]:
    """The backups of ``database`` in its backups folder, newest first."""
    folder = backup_folder(database)
    pattern = re.compile(
        rf"{re.escape(database.stem)}\.(?P<label>{_LABEL.pattern})-(?P<stamp>\d{{8}}-\d{{6}}-\d{{6}})\.sqlite3"
    )
    found: list[BackupInfo] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None:
            continue
        try:
            taken_at = datetime.strptime(match["stamp"], STAMP_FORMAT)
            size = entry.stat().st_size
        except (ValueError, OSError):
            continue
        if entry.is_file():
            found.append(BackupInfo(entry, taken_at, match["label"], size))
    found.sort(key=lambda info: (info.taken_at, info.path.name), reverse=True)
    return found


def backups_to_keep(times: Iterable[datetime], policy: RetentionPolicy = DEFAULT_POLICY) -> set[datetime]:
    """The backup times a policy keeps: for each of the newest N days, ISO weeks and months that have
    backups, the newest backup in it. The rules are applied independently and their results joined, so
    one backup may count for its day, its week and its month at once (as restic's ``forget`` does).
    """
    newest_first = sorted(set(times), reverse=True)
    periods: list[tuple[int, Callable[[datetime], Hashable]]] = [
        (policy.daily, lambda moment: moment.date()),
        (policy.weekly, lambda moment: moment.isocalendar()[:2]),
        (policy.monthly, lambda moment: (moment.year, moment.month)),
    ]
    kept: set[datetime] = set()
    for count, period_of in periods:
        seen: set[Hashable] = set()
        for moment in newest_first:
            period = period_of(moment)
            if period in seen:
                continue
            if len(seen) == count:
                break
            seen.add(period)
            kept.add(moment)
    return kept


def thin_backups(database: Path, policy: RetentionPolicy = DEFAULT_POLICY) -> list[Path]:
    """Delete the routine backups the policy does not keep; returns what was deleted."""
    routine = [info for info in list_backups(database) if info.routine]
    keep = backups_to_keep((info.taken_at for info in routine), policy)
    removed: list[Path] = []
    for info in routine:
        if info.taken_at not in keep:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    if removed:
        log.info("thinned %d old backups of %s", len(removed), database.name)
    return removed


# ---- checking ------------------------------------------------------------------------------------


def _backup_problems(path: Path) -> list[str]:
    """Why a backup cannot be restored: damaged, or written by a newer version of the app."""
    problems = find_damage(path, thorough=True)
    if problems:
        return problems
    try:
        revision = current_revision(path)
    except StorageError as exc:
        return [str(exc)]
    if revision is not None and revision not in SCHEMA_REVISIONS:
        return [f"{path.name} was written by a newer version of SecondRound (schema {revision})"]
    return []


# ---- restoring and recovering ---------------------------------------------------------------------


def restore_backup(database: Path, backup: Path) -> RestoreResult:
    """Replace the data in ``database`` with that of ``backup``; the current data is backed up first.

    Checked before anything changes: a backup that is damaged or from a newer app is refused. The copy
    goes through the backup API into the database file, so other connections to it stay valid (the
    caller still runs migrations afterwards, since the backup may hold an older schema).
    """
    problems = _backup_problems(backup)
    if problems:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Storage", "The backup {0} cannot be restored: {1}. Nothing was changed."
            ).format(backup.name, problems[0])
        )
    previous: Path | None = None
    try:
        if database.exists() and database.stat().st_size > 0:
            if find_damage(database):
                previous = keep_damaged(database)
            else:
                previous = make_backup(database, label=BEFORE_RESTORE_LABEL)
        _restore_into(backup, database)
    except (OSError, sqlite3.Error) as exc:
        raise _as_storage_error(
            exc, QT_TRANSLATE_NOOP("Storage", "Could not restore {0}").format(backup.name)
        ) from exc
    problems = check_file(database, "integrity_check")
    if problems:
        if previous:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Storage", "The restored database failed its check ({0}). The data from before is in {1}."
                ).format(problems[0], previous)
            )
        raise StorageError(
            QT_TRANSLATE_NOOP("Storage", "The restored database failed its check ({0}).").format(problems[0])
        )
    log.info("restored %s from %s (the data before is in %s)", database, backup, previous)
    return RestoreResult(database, previous)


def keep_damaged(database: Path, when: datetime | None = None) -> Path:
    """Rename a damaged database (and its -wal/-shm) to ``<name>.damaged-<timestamp>``; never delete."""
    stamp = (when or datetime.now()).strftime(DAMAGED_STAMP_FORMAT)
    kept = database.with_name(f"{database.name}.damaged-{stamp}")
    number = 1
    while kept.exists():
        number += 1
        kept = database.with_name(f"{database.name}.damaged-{stamp}-{number}")
    try:
        if database.exists():
            database.replace(kept)
            _tighten(kept)
        for suffix in COMPANION_SUFFIXES:
            companion = Path(f"{database}{suffix}")
            if companion.exists():
                companion.replace(Path(f"{kept}{suffix}"))
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Storage",
                "The database {0} is damaged, and it could not be moved aside to keep it safe ({1}). "
                "Nothing was changed.",
            ).format(database, exc.strerror or exc)
        ) from exc
    log.info("kept the damaged database %s as %s", database, kept)
    return kept


def recover_if_damaged(database: Path) -> RecoveryReport | None:
    """The start-up check: a quick check, and recovery when it finds damage. None when all is well."""
    problems = find_damage(database)
    return recover(database, problems) if problems else None


def recover(database: Path, problems: Sequence[str]) -> RecoveryReport:
    """Keep the damaged file aside, then restore the newest backup that passes the check (if any)."""
    damaged_copy = keep_damaged(database)
    skipped: list[Path] = []
    for info in list_backups(database):
        if _backup_problems(info.path):
            skipped.append(info.path)
            continue
        try:
            _restore_into(info.path, database)
        except (OSError, sqlite3.Error) as exc:
            raise _as_storage_error(exc, f"Could not restore {info.path.name}") from exc
        log.info("restored %s from %s after damage: %s", database, info.path, problems[:3])
        return RecoveryReport(damaged_copy, tuple(problems), info, tuple(skipped))
    log.info("no good backup of %s; starting with an empty database", database)
    return RecoveryReport(damaged_copy, tuple(problems), None, tuple(skipped))


def _restore_into(backup: Path, database: Path) -> None:
    if database.exists():
        # In place, in one SQLite transaction: connections the app holds to the file stay valid.
        _tighten(database)
        _copy_with_backup_api(backup, database, standalone=False)
    else:
        _write_checked_copy(backup, database, standalone=False)


# ---- noticing changes -----------------------------------------------------------------------------


class ChangeWatcher:
    """Counts the transactions on an engine that changed rows, so a backup can be skipped when none did.

    SQLite's per-connection ``total_changes`` is read when a transaction begins and when it commits:
    a read-only unit of work commits too, and must not count as a change.
    """

    _KEY = "secondround_changes_at_begin"

    def __init__(self, engine: Engine) -> None:
        self.generation = 0
        event.listen(engine, "begin", self._on_begin)
        event.listen(engine, "commit", self._on_commit)

    def _on_begin(self, connection: Connection) -> None:
        connection.info[self._KEY] = self._total_changes(connection)

    def _on_commit(self, connection: Connection) -> None:
        before = connection.info.pop(self._KEY, None)
        if before is None or self._total_changes(connection) != before:
            self.generation += 1

    @staticmethod
    def _total_changes(connection: Connection) -> int:
        raw: Any = connection.connection.dbapi_connection
        return int(raw.total_changes)


# ---- helpers --------------------------------------------------------------------------------------


def _private_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    _tighten(folder, 0o700)


def _tighten(path: Path, allowed: int = 0o600) -> None:
    with contextlib.suppress(OSError):  # not ours to change (a read-only mount): the data is still safe
        path.chmod(path.stat().st_mode & allowed)


def _create_private(path: Path) -> None:
    # Created user-only from the start, whatever the umask: a backup holds every note.
    os.close(os.open(path, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600))


def _fsync_file(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _fsync_folder(folder: Path) -> None:
    # Makes the rename durable; folders cannot be opened for this on Windows, where it is not needed.
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _as_storage_error(exc: BaseException, what: str) -> StorageError:
    if isinstance(exc, StorageError):
        return exc
    translated = storage_error_from(exc)
    reason = translated.message if translated is not None else str(exc)
    return StorageError(QT_TRANSLATE_NOOP("Storage", "{0}: {1}").format(what, reason))
