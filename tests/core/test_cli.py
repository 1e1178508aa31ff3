"""The command line, run in-process (and once for real): output, exit codes and what it leaves on disk."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from secondround_desktop import __version__, cli
from secondround_desktop.core import sample
from secondround_desktop.core.db import DATABASE_FILENAME, open_database
from secondround_desktop.core.interviews import InterviewService
from secondround_desktop.paths import DATA_DIR_ENV, AppPaths

Output = pytest.CaptureFixture[str]


def run(capsys: Output, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def exported(capsys: Output, folder: Path) -> dict[str, Any]:
    code, out, err = run(capsys, "export", "--format", "json", "--data-dir", str(folder))
    assert (code, err) == (0, "")
    document: dict[str, Any] = json.loads(out)
    document.pop("exported_at", None)
    return document


@pytest.fixture
def filled(capsys: Output, tmp_path: Path) -> Path:
    """A data folder holding the sample data."""
    folder = tmp_path / "filled"
    assert run(capsys, "sample-data", "--data-dir", str(folder))[0] == 0
    return folder


def test_sample_data_says_how_many_interviews_it_added(capsys: Output, tmp_path: Path) -> None:
    code, out, err = run(capsys, "sample-data", "--data-dir", str(tmp_path / "d"))
    assert code == 0
    assert err == ""
    assert out.startswith("Added 5 sample interviews")
    db = open_database(tmp_path / "d" / DATABASE_FILENAME)
    try:
        assert InterviewService(db).counts().total == 5
    finally:
        db.close()


def test_export_to_stdout_is_json_with_everything(capsys: Output, filled: Path) -> None:
    code, out, err = run(capsys, "export", "--format", "json", "--data-dir", str(filled))
    assert (code, err) == (0, "")
    document = json.loads(out)
    companies = {opportunity["company"] for opportunity in document["opportunities"]}
    assert companies == {"Northwind Analytics", "Lumen Health", "Fjord Robotics"}


def test_export_to_a_file_is_private_and_complete(capsys: Output, filled: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    target = out_dir / "all.json"
    target.write_text("an older export")
    target.chmod(0o644)

    code, out, err = run(
        capsys, "export", "--format", "json", "--out", str(target), "--data-dir", str(filled)
    )

    assert (code, err) == (0, "")
    assert str(target) in out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert len(json.loads(target.read_text(encoding="utf-8"))["opportunities"]) == 3
    assert [path.name for path in out_dir.iterdir()] == ["all.json"]  # no temporary file left behind


def test_export_into_a_missing_folder_is_a_clear_error(capsys: Output, filled: Path, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "folder" / "all.json"
    code, out, err = run(
        capsys, "export", "--format", "json", "--out", str(target), "--data-dir", str(filled)
    )
    assert code == 1
    assert out == ""
    assert err.startswith(f"secondround: Could not export to {target}.")
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert not target.exists()


def test_export_without_a_database_creates_nothing(capsys: Output, tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    code, out, err = run(capsys, "export", "--format", "json", "--data-dir", str(folder))
    assert (code, out) == (1, "")
    assert "nothing to export" in err
    assert not folder.exists()


def test_check_a_sound_database(capsys: Output, filled: Path) -> None:
    assert run(capsys, "check", "--data-dir", str(filled)) == (0, "ok\n", "")


def test_check_a_garbage_file_reports_and_leaves_it(capsys: Output, tmp_path: Path) -> None:
    folder = tmp_path / "broken"
    folder.mkdir()
    database = folder / DATABASE_FILENAME
    database.write_bytes(b"PK\x03\x04 this is a zip file, not a database" * 50)
    before = digest(database)

    code, out, err = run(capsys, "check", "--data-dir", str(folder))

    assert (code, err) == (1, "")
    assert "not a SQLite database" in out
    assert str(database) in out
    assert "ok" not in out.split()
    assert digest(database) == before


def test_check_a_missing_database(capsys: Output, tmp_path: Path) -> None:
    folder = tmp_path / "nothing-here"
    code, out, _ = run(capsys, "check", "--data-dir", str(folder))
    assert code == 1
    assert "There is no database" in out
    assert not folder.exists()


def test_check_a_database_from_a_newer_app(capsys: Output, filled: Path) -> None:
    connection = sqlite3.connect(filled / DATABASE_FILENAME)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    code, out, _ = run(capsys, "check", "--data-dir", str(filled))
    assert code == 1
    assert "newer version" in out


@pytest.mark.parametrize(
    ("content", "named_problem"),
    [
        ('{"format": "secondround-export", "version": 1, "opportunities": [', "not valid JSON"),
        ("", "empty"),
        ('{"format": "something-else", "records": []}', "not a SecondRound export"),
        (
            json.dumps(
                {
                    "format": "secondround-export",
                    "version": 1,
                    "opportunities": [{"company": 42, "role": "Engineer"}],
                }
            ),
            "company",
        ),
    ],
    ids=["truncated", "empty", "foreign", "wrong-field"],
)
def test_a_malformed_import_file_changes_nothing(
    capsys: Output, filled: Path, tmp_path: Path, content: str, named_problem: str
) -> None:
    before = exported(capsys, filled)
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")

    code, out, err = run(capsys, "import", str(bad), "--data-dir", str(filled))

    assert code == 2
    assert out == ""
    assert err.startswith("secondround: ")
    assert named_problem in err
    assert "Traceback" not in err
    assert exported(capsys, filled) == before


def test_an_import_of_a_missing_file_is_a_bad_file(capsys: Output, filled: Path, tmp_path: Path) -> None:
    code, _, err = run(capsys, "import", str(tmp_path / "nope.json"), "--data-dir", str(filled))
    assert code == 2
    assert "nope.json" in err


def test_an_export_imports_into_an_empty_folder(capsys: Output, filled: Path, tmp_path: Path) -> None:
    dump = tmp_path / "dump.json"
    assert run(capsys, "export", "--format", "json", "--out", str(dump), "--data-dir", str(filled))[0] == 0
    fresh = tmp_path / "fresh"

    code, out, err = run(capsys, "import", str(dump), "--data-dir", str(fresh))

    assert (code, err) == (0, "")
    assert out.startswith("Imported 3 opportunities, 5 interviews and 10 people from ")
    assert exported(capsys, fresh)["opportunities"] == exported(capsys, filled)["opportunities"]


def test_data_dir_before_or_after_the_command_and_from_the_environment(
    capsys: Output, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before, after, from_env = tmp_path / "before", tmp_path / "after", tmp_path / "env"
    assert run(capsys, "--data-dir", str(before), "sample-data")[0] == 0
    assert run(capsys, "sample-data", "--data-dir", str(after))[0] == 0
    monkeypatch.setenv(DATA_DIR_ENV, str(from_env))
    assert run(capsys, "sample-data")[0] == 0
    for folder in (before, after, from_env):
        assert (folder / DATABASE_FILENAME).is_file(), folder

    # Both given: the one after the command name is the more specific, and wins.
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "unused"), "check", "--data-dir", str(before))
    assert (code, out) == (0, "ok\n")
    assert run(capsys, "--data-dir", str(before), "check") == (0, "ok\n", "")
    assert not (tmp_path / "unused").exists()


def test_without_a_command_the_gui_starts_with_the_chosen_folder(
    capsys: Output, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[AppPaths, bool]] = []

    def run_gui(paths: AppPaths, *, exit_when_ready: bool = False) -> int:
        calls.append((paths, exit_when_ready))
        return 7

    # A stand-in for the Qt application, so that this test needs no Qt.
    monkeypatch.setitem(sys.modules, "secondround_desktop.app", types.SimpleNamespace(run_gui=run_gui))
    assert cli.main(["--data-dir", str(tmp_path / "gui"), "--exit-when-ready"]) == 7
    assert cli.main(["--data-dir", str(tmp_path / "gui")]) == 7
    assert calls == [(AppPaths(tmp_path / "gui"), True), (AppPaths(tmp_path / "gui"), False)]


def test_a_database_from_a_newer_app_is_one_line_and_exit_1(capsys: Output, filled: Path) -> None:
    database = filled / DATABASE_FILENAME
    connection = sqlite3.connect(database)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = digest(database)

    code, out, err = run(capsys, "sample-data", "--data-dir", str(filled))

    assert code == 1
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "newer version of SecondRound" in err
    assert digest(database) == before


def test_an_unexpected_error_goes_to_the_log_file(
    capsys: Output, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> int:
        raise RuntimeError("a bug deep inside")

    monkeypatch.setattr(sample, "add_sample_data", broken)
    folder = tmp_path / "d"

    code, out, err = run(capsys, "sample-data", "--data-dir", str(folder))

    log_file = folder / "secondround.log"
    assert (code, out) == (70, "")
    assert err.strip() == f"secondround: unexpected error, details in {log_file}"
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged
    assert "RuntimeError: a bug deep inside" in logged
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600


def test_version_and_usage_errors(capsys: Output) -> None:
    code, out, _ = run(capsys, "--version")
    assert (code, out.strip()) == (0, f"SecondRound {__version__}")
    code, _, err = run(capsys, "frobnicate")
    assert code == 2
    assert "invalid choice" in err
    code, _, err = run(capsys, "export", "--format", "xml")
    assert code == 2


def test_a_real_process_checks_the_database(capsys: Output, filled: Path) -> None:
    environment = {key: value for key, value in os.environ.items() if key != DATA_DIR_ENV}
    result = subprocess.run(
        [sys.executable, "-m", "secondround_desktop", "check", "--data-dir", str(filled)],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        check=False,
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, "ok\n", "")
