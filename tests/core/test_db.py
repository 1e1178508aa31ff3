"""The database protects itself: pragmas on every connection, private files, clear storage errors."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import platformdirs
import pytest
import sqlalchemy

from secondround_desktop.core import db as db_module
from secondround_desktop.core.db import DATABASE_FILENAME, Database, integrity_problems, open_database
from secondround_desktop.core.errors import StorageError
from secondround_desktop.core.interviews import InterviewDraft, InterviewService, Scope
from secondround_desktop.paths import DATA_DIR_ENV, resolve_paths

DraftFactory = Callable[..., InterviewDraft]


def permissions_are_enforced() -> bool:
    """False for root (or a process with CAP_DAC_OVERRIDE), which may write to read-only files."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        probe = Path(tempfile.mkdtemp()) / "probe"
        probe.write_text("")
        probe.chmod(0o400)
        try:
            with probe.open("a"):
                return False
        except PermissionError:
            return True
        finally:
            probe.chmod(0o600)
            shutil.rmtree(probe.parent)
    return True


def pragma(connection: sqlalchemy.Connection, name: str) -> Any:
    return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_every_pooled_connection_carries_the_pragmas(db: Database) -> None:
    connections = [db.engine.connect() for _ in range(4)]
    try:
        # Distinct DBAPI connections, all open at once, so none is a reused one.
        assert len({id(connection.connection.dbapi_connection) for connection in connections}) == 4
        for connection in connections:
            assert pragma(connection, "journal_mode") == "wal"
            assert pragma(connection, "synchronous") == 2  # FULL
            assert pragma(connection, "foreign_keys") == 1
            assert pragma(connection, "busy_timeout") > 0
    finally:
        for connection in connections:
            connection.close()


def test_sessions_enforce_foreign_keys(db: Database) -> None:
    from secondround_desktop.core.models import Panelist

    with pytest.raises(sqlalchemy.exc.IntegrityError), db.session() as session:
        session.add(Panelist(interview_id=12345, person_id=678))


def test_new_folder_and_file_are_private(tmp_path: Path) -> None:
    path = tmp_path / "new" / "deeper" / DATABASE_FILENAME
    open_database(path).close()
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_an_existing_file_loses_group_and_other_access(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_FILENAME
    open_database(path).close()
    path.chmod(0o644)
    open_database(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_resolve_paths_prefers_the_argument_then_the_environment_then_the_platform(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert resolve_paths(tmp_path / "from-arg").data_dir == tmp_path / "from-arg"
    assert resolve_paths(str(tmp_path / "from-arg")).database == tmp_path / "from-arg" / DATABASE_FILENAME
    assert resolve_paths().data_dir == tmp_path / "from-env"

    monkeypatch.delenv(DATA_DIR_ENV)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    expected = platformdirs.user_data_path("SecondRound", appauthor=False)
    assert resolve_paths().data_dir == expected
    if sys.platform.startswith("linux"):
        assert expected == tmp_path / "xdg" / "SecondRound"


def test_a_locked_database_gives_a_storage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_draft: DraftFactory
) -> None:
    # A short wait keeps the test fast; the behaviour is the same with the real timeout.
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(
        db_module,
        "PRAGMAS",
        (*(p for p in db_module.PRAGMAS if "busy_timeout" not in p), "PRAGMA busy_timeout=100"),
    )
    db = open_database(tmp_path / DATABASE_FILENAME)
    service = InterviewService(db)
    holder = sqlite3.connect(db.path, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(StorageError, match="locked"):
            service.create(make_draft())
        holder.execute("ROLLBACK")
        # Once the other program lets go, the same write goes through.
        service.create(make_draft())
        assert len(service.list_interviews(Scope.UPCOMING, now=_before_everything())) == 1
    finally:
        holder.close()
        db.close()


def _before_everything() -> Any:
    from datetime import UTC, datetime

    return datetime(2000, 1, 1, tzinfo=UTC)


@pytest.mark.skipif(
    not permissions_are_enforced(), reason="root ignores file permissions; see the read-only open test below"
)
def test_a_read_only_data_folder_gives_a_storage_error(tmp_path: Path, make_draft: DraftFactory) -> None:
    folder = tmp_path / "data"
    path = folder / DATABASE_FILENAME
    open_database(path).close()
    path.chmod(0o400)
    folder.chmod(0o500)
    try:
        with pytest.raises(StorageError, match="read-only"):
            db = open_database(path)
            try:
                InterviewService(db).create(make_draft())
            finally:
                db.close()
        assert stat.S_IMODE(path.stat().st_mode) == 0o400  # opening did not make it writable again
    finally:
        folder.chmod(0o700)
        path.chmod(0o600)


def test_a_database_sqlite_can_only_read_gives_a_storage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_draft: DraftFactory
) -> None:
    """What a read-only file system or file looks like to the app, and works even for root."""
    path = tmp_path / DATABASE_FILENAME
    open_database(path).close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    real_create_engine = sqlalchemy.create_engine

    def read_only_engine(url: str, **kwargs: Any) -> sqlalchemy.Engine:
        assert url.startswith("sqlite:///")
        return real_create_engine(
            f"sqlite:///file:{url.removeprefix('sqlite:///')}?mode=ro&uri=true", **kwargs
        )

    monkeypatch.setattr(db_module, "create_engine", read_only_engine)
    db = open_database(path)
    try:
        service = InterviewService(db)
        assert service.list_interviews(Scope.UPCOMING) == []  # reading still works
        with pytest.raises(StorageError, match="read-only"):
            service.create(make_draft())
    finally:
        db.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_data_folder_that_is_a_file_gives_a_storage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError, match="Cannot create the data folder"):
        open_database(blocker / DATABASE_FILENAME)


def test_integrity_problems_of_a_sound_file(
    db: Database, service: InterviewService, make_draft: DraftFactory
) -> None:
    service.create(make_draft())
    assert integrity_problems(db.path) == []
    assert db.integrity_check() == []


def test_integrity_problems_of_a_garbage_file(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_FILENAME
    path.write_bytes(b"\x00garbage, not SQLite\n" * 300)
    before = path.read_bytes()
    problems = integrity_problems(path)
    assert len(problems) == 1
    assert "not a SQLite database" in problems[0]
    assert str(path) in problems[0]
    assert path.read_bytes() == before


def test_integrity_problems_of_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / DATABASE_FILENAME
    problems = integrity_problems(path)
    assert problems == [f"There is no database at {path}."]
    assert not path.parent.exists()  # checking created nothing


def test_integrity_problems_reports_broken_foreign_keys(db: Database) -> None:
    raw = sqlite3.connect(db.path)
    with raw:
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute("INSERT INTO panelist (interview_id, person_id, position) VALUES (41, 42, 0)")
    raw.close()
    problems = integrity_problems(db.path)
    assert problems
    assert all("foreign key broken: table panelist" in problem for problem in problems)
