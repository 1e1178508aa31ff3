"""Backups and recovery: consistent copies through the backup API, thinning, restore, damaged files kept."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
import threading
from collections.abc import Iterator
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from secondround_desktop.core.backup import (
    AUTO_LABEL,
    BEFORE_RESTORE_LABEL,
    MANUAL_LABEL,
    ChangeWatcher,
    RetentionPolicy,
    backup_due_today,
    backup_folder,
    backup_name,
    backups_to_keep,
    find_damage,
    list_backups,
    make_backup,
    recover_if_damaged,
    restore_backup,
    take_backup,
    thin_backups,
)
from secondround_desktop.core.db import Database, open_database
from secondround_desktop.core.errors import StorageError
from secondround_desktop.core.interviews import InterviewDraft, InterviewService, Scope
from secondround_desktop.core.sample import add_sample_data


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def companies(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
        return [row[0] for row in connection.execute("SELECT company FROM opportunity ORDER BY id")]


def add_interview(db: Database, company: str) -> int:
    return InterviewService(db).create(
        InterviewDraft(company=company, role="Engineer", date_text="2026-12-03", time_text="10:00")
    )


def damage_header(path: Path) -> None:
    """Overwrite the first 100 bytes (SQLite's header): the file is no longer a database."""
    with path.open("r+b") as handle:
        handle.write(b"\xde\xad\xbe\xef" * 25)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Path]:
    """A closed database file with one interview at Acme, in a data folder of its own."""
    path = tmp_path / "data" / "secondround.sqlite3"
    db = open_database(path)
    add_interview(db, "Acme")
    db.close()
    yield path


# ---- making backups ------------------------------------------------------------------------------


def test_a_backup_is_a_checked_self_contained_private_copy(database: Path) -> None:
    made = make_backup(database)

    assert made.parent == backup_folder(database)
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700
    assert companies(made) == ["Acme"]
    with closing(sqlite3.connect(made)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # Nothing else is left in the folder: no temporary file, no -wal or -shm.
    assert [path.name for path in made.parent.iterdir()] == [made.name]
    (info,) = list_backups(database)
    assert (info.path, info.label, info.routine) == (made, AUTO_LABEL, True)


def test_a_backup_holds_what_is_committed_but_still_only_in_the_write_ahead_log(tmp_path: Path) -> None:
    """A copy of the database file alone would miss these rows; SQLite's backup API reads the log too."""
    path = tmp_path / "db.sqlite3"
    db = open_database(path)
    try:
        with db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_autocheckpoint=0")
        for company in ("Acme", "Globex", "Initech"):
            add_interview(db, company)
        assert Path(f"{path}-wal").stat().st_size > 0

        made = make_backup(path)
    finally:
        db.close()
    assert companies(made) == ["Acme", "Globex", "Initech"]


def test_backups_taken_while_another_connection_writes_are_consistent(tmp_path: Path) -> None:
    """Every transaction adds one row to each of two tables: a consistent copy has equal counts."""
    path = tmp_path / "busy.sqlite3"
    with closing(sqlite3.connect(path)) as setup:
        setup.execute("PRAGMA journal_mode=WAL")
        setup.execute("CREATE TABLE left_side (id INTEGER PRIMARY KEY, payload TEXT)")
        setup.execute("CREATE TABLE right_side (id INTEGER PRIMARY KEY, payload TEXT)")
        setup.commit()
    stop = threading.Event()
    committed: list[int] = [0]
    errors: list[BaseException] = []

    def write() -> None:
        try:
            with closing(sqlite3.connect(path, timeout=10, isolation_level=None)) as writer:
                writer.execute("PRAGMA wal_autocheckpoint=0")  # keep the newest rows in the log only
                while not stop.is_set():
                    writer.execute("BEGIN IMMEDIATE")
                    writer.execute("INSERT INTO left_side (payload) VALUES (?)", ("x" * 500,))
                    writer.execute("INSERT INTO right_side (payload) VALUES (?)", ("y" * 500,))
                    writer.execute("COMMIT")
                    committed[0] += 1
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=write)
    thread.start()
    copies: list[tuple[int, Path]] = []
    try:
        for number in range(8):
            while committed[0] < (number + 1) * 20:  # let the writer get ahead between copies
                if errors:
                    break
                threading.Event().wait(0.005)
            before = committed[0]
            copies.append((before, make_backup(path, tmp_path / f"copy-{number}.sqlite3")))
    finally:
        stop.set()
        thread.join(30)
    assert not errors
    for before, copy in copies:
        with closing(sqlite3.connect(copy)) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            left = connection.execute("SELECT count(*) FROM left_side").fetchone()[0]
            right = connection.execute("SELECT count(*) FROM right_side").fetchone()[0]
        assert left == right, f"{copy.name} holds half a transaction"
        assert left >= before, f"{copy.name} misses transactions committed before it was taken"


def test_a_backup_that_fails_its_check_is_not_kept(tmp_path: Path) -> None:
    """The backup API copies pages as they are: damage inside the source shows in the copy's check."""
    path = tmp_path / "data" / "secondround.sqlite3"
    path.parent.mkdir()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE t (x TEXT)")
        connection.execute("CREATE INDEX t_x ON t (x)")
        connection.executemany("INSERT INTO t VALUES (?)", [(f"row {n:05}",) for n in range(3000)])
        connection.commit()
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        index_root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 't_x'").fetchone()[0]
    with path.open("r+b") as handle:  # scribble over the cells at the end of the index's root page
        handle.seek(index_root * page_size - 1000)
        handle.write(b"\x00\xff" * 500)
    assert find_damage(path, thorough=True)

    with pytest.raises(StorageError, match="check"):
        make_backup(path)

    assert list(backup_folder(path).iterdir()) == []  # neither the bad copy nor a temporary file


def test_backing_up_a_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="no database"):
        make_backup(tmp_path / "missing.sqlite3")
    assert not backup_folder(tmp_path / "missing.sqlite3").exists()


def test_two_backups_in_the_same_instant_do_not_overwrite_each_other(database: Path) -> None:
    moment = datetime(2026, 5, 1, 12, 0, 0)
    first = make_backup(database, when=moment)
    second = make_backup(database, when=moment)
    assert first != second
    assert len(list_backups(database)) == 2


# ---- thinning -------------------------------------------------------------------------------------


def two_years_of_daily_backups(folder: Path, last_day: date) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for offset in range(730):
        day = last_day - timedelta(days=offset)
        path = folder / backup_name("secondround", AUTO_LABEL, datetime(day.year, day.month, day.day, 12, 0))
        path.write_bytes(b"")  # thinning goes by the names only
        made.append(path)
    return made


# Worked out by hand for daily backups ending on Thursday 2026-11-26.
KEPT_DAYS = [
    # daily: the newest 7 days
    "2026-11-26", "2026-11-25", "2026-11-24", "2026-11-23", "2026-11-22", "2026-11-21", "2026-11-20",
    # weekly: the newest of each of the 4 newest ISO weeks (this week's and last week's are kept already)
    "2026-11-15", "2026-11-08",
    # monthly: the newest of each of the 12 newest months (November's is kept already)
    "2026-10-31", "2026-09-30", "2026-08-31", "2026-07-31", "2026-06-30", "2026-05-31", "2026-04-30",
    "2026-03-31", "2026-02-28", "2026-01-31", "2025-12-31",
]  # fmt: skip


def test_thinning_two_years_of_daily_backups_keeps_7_daily_4_weekly_12_monthly(tmp_path: Path) -> None:
    database = tmp_path / "secondround.sqlite3"
    folder = backup_folder(database)
    two_years_of_daily_backups(folder, date(2026, 11, 26))
    safety = folder / backup_name("secondround", "before-migration-from-0001", datetime(2025, 1, 2, 9, 0))
    restore_copy = folder / backup_name("secondround", BEFORE_RESTORE_LABEL, datetime(2025, 3, 4, 9, 0))
    stranger = folder / "notes.txt"
    for path in (safety, restore_copy, stranger):
        path.write_bytes(b"")

    removed = thin_backups(database)

    kept = sorted(path.name for path in folder.iterdir())
    expected = sorted(
        [backup_name("secondround", AUTO_LABEL, datetime.fromisoformat(f"{day} 12:00")) for day in KEPT_DAYS]
        + [safety.name, restore_copy.name, stranger.name]
    )
    assert kept == expected
    assert len(removed) == 730 - len(KEPT_DAYS)
    # Thinning again changes nothing.
    assert thin_backups(database) == []


def test_the_policy_keeps_the_newest_backup_of_each_period() -> None:
    morning, evening = datetime(2026, 3, 2, 8, 0), datetime(2026, 3, 2, 20, 0)
    older = datetime(2026, 3, 1, 23, 0)
    assert backups_to_keep([morning, evening, older]) == {evening, older}
    assert backups_to_keep([morning, evening, older], RetentionPolicy(daily=1, weekly=0, monthly=0)) == {
        evening
    }
    assert backups_to_keep([]) == set()


def test_take_backup_thins_routine_backups_but_never_safety_copies(database: Path) -> None:
    first = make_backup(database, label=MANUAL_LABEL, when=datetime.now() - timedelta(minutes=5))
    safety = make_backup(database, label=BEFORE_RESTORE_LABEL, when=datetime.now() - timedelta(minutes=4))

    newest = take_backup(database)

    names = {info.path for info in list_backups(database)}
    assert names == {newest, safety}  # the earlier backup of the same day made way for the newest
    assert not first.exists()


def test_a_start_of_day_backup_is_due_once_a_day(database: Path) -> None:
    assert backup_due_today(database)
    make_backup(database, label=BEFORE_RESTORE_LABEL)
    assert backup_due_today(database)  # a safety copy is not the day's backup
    make_backup(database, when=datetime.now() - timedelta(days=1))
    assert backup_due_today(database)
    make_backup(database)
    assert not backup_due_today(database)
    assert backup_due_today(database, now=datetime.now() + timedelta(days=1))


# ---- restoring ------------------------------------------------------------------------------------


def test_restore_backs_up_the_current_file_first(database: Path) -> None:
    acme_only = make_backup(database)
    db = open_database(database)
    add_interview(db, "Globex")
    db.close()

    result = restore_backup(database, acme_only)

    assert companies(database) == ["Acme"]
    assert result.previous is not None
    assert BEFORE_RESTORE_LABEL in result.previous.name
    assert companies(result.previous) == ["Acme", "Globex"]
    assert stat.S_IMODE(result.previous.stat().st_mode) == 0o600


def test_restoring_into_an_open_database_is_seen_by_its_connections(database: Path) -> None:
    acme_only = make_backup(database)
    db = open_database(database)
    try:
        service = InterviewService(db)
        add_interview(db, "Globex")
        assert service.counts().total == 2

        restore_backup(database, acme_only)

        assert service.counts().total == 1
        add_interview(db, "Initech")  # and the file takes writes as before
        assert db.integrity_check() == []
    finally:
        db.close()
    assert companies(database) == ["Acme", "Initech"]


def test_a_damaged_backup_is_refused_and_nothing_changes(database: Path) -> None:
    bad = make_backup(database)
    damage_header(bad)
    before = digest(database)

    with pytest.raises(StorageError, match="cannot be restored"):
        restore_backup(database, bad)

    assert digest(database) == before
    assert [info.path for info in list_backups(database)] == [bad]  # no safety copy was needed


def test_a_backup_from_a_newer_app_is_refused(database: Path) -> None:
    newer = make_backup(database)
    with closing(sqlite3.connect(newer)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    with pytest.raises(StorageError, match="newer version"):
        restore_backup(database, newer)


# ---- recovery -------------------------------------------------------------------------------------


def test_recovery_keeps_the_damaged_file_and_restores_the_newest_good_backup(database: Path) -> None:
    good = make_backup(database, when=datetime(2026, 1, 1, 9, 0))
    db = open_database(database)
    add_interview(db, "Globex")
    db.close()
    newer_but_damaged = make_backup(database, when=datetime(2026, 1, 2, 9, 0))
    damage_header(newer_but_damaged)
    damage_header(database)
    damaged_bytes = digest(database)

    report = recover_if_damaged(database)

    assert report is not None
    assert report.damaged_copy.name.startswith("secondround.sqlite3.damaged-")
    assert report.damaged_copy.parent == database.parent
    assert digest(report.damaged_copy) == damaged_bytes  # kept exactly as it was
    assert report.restored_from is not None and report.restored_from.path == good
    assert report.skipped == (newer_but_damaged,)
    assert newer_but_damaged.exists()  # a damaged backup is skipped, not deleted
    assert companies(database) == ["Acme"]
    assert find_damage(database, thorough=True) == []
    message = report.message
    assert str(report.damaged_copy) in message
    assert "restored" in message and "2026-01-01 09:00" in message
    assert "1 newer backup failed" in message
    open_database(database).close()  # and the app opens it


def test_with_no_good_backup_the_app_starts_empty_and_says_so(database: Path) -> None:
    damage_header(database)
    damaged_bytes = digest(database)

    report = recover_if_damaged(database)

    assert report is not None
    assert report.restored_from is None
    assert "empty database" in report.message
    assert str(report.damaged_copy) in report.message
    assert digest(report.damaged_copy) == damaged_bytes
    assert not database.exists()
    db = open_database(database)
    try:
        assert InterviewService(db).counts().total == 0
    finally:
        db.close()


def test_the_write_ahead_log_of_a_damaged_file_is_kept_beside_it(database: Path) -> None:
    wal = Path(f"{database}-wal")
    wal.write_bytes(b"the log of the damaged file")
    damage_header(database)

    report = recover_if_damaged(database)

    assert report is not None
    assert Path(f"{report.damaged_copy}-wal").read_bytes() == b"the log of the damaged file"
    assert not wal.exists()


def test_a_sound_missing_or_locked_database_is_left_alone(database: Path, tmp_path: Path) -> None:
    assert recover_if_damaged(database) is None
    assert recover_if_damaged(tmp_path / "missing.sqlite3") is None

    # Another program holds a write lock on a file in rollback-journal mode: readers get "locked".
    locked = tmp_path / "locked.sqlite3"
    with closing(sqlite3.connect(locked, isolation_level=None)) as other:
        other.execute("CREATE TABLE t (x)")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("INSERT INTO t VALUES (1)")
        before = digest(locked)
        assert recover_if_damaged(locked) is None
        assert digest(locked) == before
        other.execute("ROLLBACK")
    assert not list(tmp_path.glob("*.damaged-*"))


def test_a_damaged_file_that_cannot_be_moved_aside_is_left_as_it_is(
    database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damage_header(database)
    before = digest(database)

    def refuse(self: Path, target: Path) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "replace", refuse)
    with pytest.raises(StorageError, match="could not be moved aside"):
        recover_if_damaged(database)
    assert digest(database) == before


# ---- noticing changes -----------------------------------------------------------------------------


def test_the_change_watcher_counts_writes_and_ignores_reads(tmp_path: Path) -> None:
    db = open_database(tmp_path / "db.sqlite3")
    try:
        watcher = ChangeWatcher(db.engine)
        service = InterviewService(db)
        service.counts()
        service.list_interviews(Scope.UPCOMING)
        assert watcher.generation == 0
        add_sample_data(db)
        assert watcher.generation > 0
        seen = watcher.generation
        service.counts()
        assert watcher.generation == seen
    finally:
        db.close()


def test_backup_module_never_copies_files(monkeypatch: pytest.MonkeyPatch, database: Path) -> None:
    """A copy of a live SQLite file can be torn; the module must go through SQLite for every copy."""
    import shutil

    def forbidden(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a database file was copied as a file")

    for name in ("copy", "copy2", "copyfile"):
        monkeypatch.setattr(shutil, name, forbidden)
    made = make_backup(database)
    restore_backup(database, made)
    assert companies(made) == companies(database) == ["Acme"]
