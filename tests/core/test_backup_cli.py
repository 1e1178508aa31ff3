"""`secondround backup` and `secondround check --repair`, run in-process."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest

from secondround_desktop import cli
from secondround_desktop.core.backup import list_backups
from secondround_desktop.core.db import DATABASE_FILENAME, open_database
from secondround_desktop.core.instance import InstanceLock
from secondround_desktop.core.interviews import InterviewService

Output = pytest.CaptureFixture[str]


def run(capsys: Output, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def interview_count(database: Path) -> int:
    with closing(sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)) as connection:
        return int(connection.execute("SELECT count(*) FROM interview").fetchone()[0])


def damaged_copies(folder: Path) -> list[Path]:
    """The kept damaged databases, without the -wal and -shm files that moved along with them."""
    return [
        path
        for path in folder.glob(f"{DATABASE_FILENAME}.damaged-*")
        if not path.name.endswith(("-wal", "-shm"))
    ]


@pytest.fixture
def filled(capsys: Output, tmp_path: Path) -> Path:
    folder = tmp_path / "filled"
    assert run(capsys, "sample-data", "--data-dir", str(folder))[0] == 0
    return folder


def test_backup_goes_to_the_backups_folder(capsys: Output, filled: Path) -> None:
    code, out, err = run(capsys, "backup", "--data-dir", str(filled))

    assert (code, err) == (0, "")
    (info,) = list_backups(filled / DATABASE_FILENAME)
    assert out == f"Backed up to {info.path}.\n"
    assert info.label == "manual"
    assert interview_count(info.path) == 5
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600


def test_backup_to_a_chosen_file_or_folder(capsys: Output, filled: Path, tmp_path: Path) -> None:
    target = tmp_path / "usb" / "copy.sqlite3"
    target.parent.mkdir()
    code, out, _ = run(capsys, "backup", "--out", str(target), "--data-dir", str(filled))
    assert code == 0
    assert str(target) in out
    assert interview_count(target) == 5
    assert [path.name for path in target.parent.iterdir()] == ["copy.sqlite3"]

    code, out, _ = run(capsys, "backup", "--out", str(target.parent), "--data-dir", str(filled))
    assert code == 0
    assert len(list(target.parent.glob("secondround.manual-*.sqlite3"))) == 1
    assert list_backups(filled / DATABASE_FILENAME) == []  # --out leaves the backups folder alone


def test_backup_without_a_database_creates_nothing(capsys: Output, tmp_path: Path) -> None:
    folder = tmp_path / "none"
    code, out, err = run(capsys, "backup", "--data-dir", str(folder))
    assert (code, out) == (1, "")
    assert "nothing to back up" in err
    assert not folder.exists()


def test_backup_of_a_damaged_file_fails_and_keeps_nothing(capsys: Output, tmp_path: Path) -> None:
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / DATABASE_FILENAME).write_bytes(b"not a database at all " * 100)
    code, _, err = run(capsys, "backup", "--data-dir", str(folder))
    assert code == 1
    assert "secondround check" in err
    assert list((folder / "backups").glob("*")) == []


def test_repair_of_a_sound_database_changes_nothing(capsys: Output, filled: Path) -> None:
    database = filled / DATABASE_FILENAME
    before = digest(database)
    assert run(capsys, "check", "--repair", "--data-dir", str(filled)) == (0, "ok\n", "")
    assert digest(database) == before


def test_repair_keeps_the_damaged_file_and_restores_the_newest_good_backup(
    capsys: Output, filled: Path
) -> None:
    database = filled / DATABASE_FILENAME
    assert run(capsys, "backup", "--data-dir", str(filled))[0] == 0
    with database.open("r+b") as handle:
        handle.write(b"\x00" * 100)
    damaged = digest(database)

    code, out, err = run(capsys, "check", "--repair", "--data-dir", str(filled))

    assert (code, err) == (0, "")
    (kept,) = damaged_copies(filled)
    assert digest(kept) == damaged
    assert str(kept) in out
    assert "restored from the newest good backup" in out
    assert interview_count(database) == 5
    assert run(capsys, "check", "--data-dir", str(filled)) == (0, "ok\n", "")


def test_repair_without_a_good_backup_starts_empty_and_says_so(capsys: Output, filled: Path) -> None:
    database = filled / DATABASE_FILENAME
    database.write_bytes(b"scrambled " * 1000)

    code, out, _ = run(capsys, "check", "--repair", "--data-dir", str(filled))

    assert code == 1
    assert "empty database" in out
    assert len(damaged_copies(filled)) == 1
    db = open_database(database)
    try:
        assert InterviewService(db).counts().total == 0
    finally:
        db.close()


def test_repair_is_refused_while_the_app_holds_the_data_folder(capsys: Output, filled: Path) -> None:
    database = filled / DATABASE_FILENAME
    database.write_bytes(b"scrambled " * 1000)
    before = digest(database)
    app = InstanceLock(filled)
    assert app.acquire()
    try:
        code, out, err = run(capsys, "check", "--repair", "--data-dir", str(filled))
        assert (code, out) == (1, "")
        assert "is running" in err and "Quit" in err
        assert digest(database) == before
        assert not list(filled.glob("*.damaged-*"))
        # A plain check still works meanwhile, and says what is wrong.
        code, out, _ = run(capsys, "check", "--data-dir", str(filled))
        assert code == 1 and "not a SQLite database" in out
    finally:
        app.release()
    assert run(capsys, "check", "--repair", "--data-dir", str(filled))[0] == 1  # now it runs (no backup)


def test_foreign_key_problems_are_not_damage_and_repair_leaves_them(capsys: Output, filled: Path) -> None:
    database = filled / DATABASE_FILENAME
    with closing(sqlite3.connect(database)) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("UPDATE panelist SET person_id = 99999 WHERE id = (SELECT min(id) FROM panelist)")
        connection.commit()
    code, out, _ = run(capsys, "check", "--repair", "--data-dir", str(filled))
    assert code == 1
    assert "foreign key" in out
    assert "not damaged" in out
    assert not list(filled.glob("*.damaged-*"))
