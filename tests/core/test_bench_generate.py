"""The benchmark's database generator, at a small scale: the README's command writes a folder the app
opens, with the counts asked for, a consistent search index and the same rows on every run."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from secondround_desktop.core.db import DATABASE_FILENAME, open_database
from secondround_desktop.core.file_check import find_damage
from secondround_desktop.core.interviews import InterviewService, Scope
from secondround_desktop.core.search import check_index, search

ROOT = Path(__file__).resolve().parents[2]
SCALE = "0.01"  # 30 opportunities, 100 interviews, 300 people, 1,000 notes


def generate(out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(ROOT / "bench" / "generate.py"), "--out", str(out), "--scale", SCALE]
    return subprocess.run([*command, *extra], capture_output=True, text=True, timeout=120)


def table_rows(folder: Path, query: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(folder / DATABASE_FILENAME)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def test_the_generated_folder_opens_in_the_app_with_the_counts_asked_for(tmp_path: Path) -> None:
    out = tmp_path / "bench"
    finished = generate(out)
    assert finished.returncode == 0, finished.stderr
    assert "30 opportunity, 300 person, 100 interview" in finished.stdout
    assert "1,000 note" in finished.stdout

    database = out / DATABASE_FILENAME
    assert find_damage(database) == []
    db = open_database(database)  # no migration is due: the schema is the app's own
    try:
        service = InterviewService(db)
        counts = service.counts()
        assert counts.upcoming > 0 and counts.past > 0  # dates lie on both sides of today
        assert counts.upcoming + counts.past == 100
        listed = service.list_interviews(Scope.PAST, limit=20)
        assert len(listed) == 20
        assert check_index(db) == []  # the triggers filled the search index as the rows went in
        assert search(db, "customer")  # a word of the generator's vocabulary
    finally:
        db.close()


def test_two_runs_write_the_same_rows_and_a_folder_is_replaced_only_when_asked(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    assert generate(first).returncode == 0
    assert generate(second).returncode == 0
    texts = "SELECT company, role FROM opportunity ORDER BY id"
    notes = "SELECT body FROM note ORDER BY id"
    assert table_rows(first, texts) == table_rows(second, texts)
    assert table_rows(first, notes) == table_rows(second, notes)
    assert len(table_rows(first, notes)) == 1000

    before = (first / DATABASE_FILENAME).stat().st_mtime_ns
    refused = generate(first)
    assert refused.returncode != 0
    assert "--force" in refused.stderr
    assert (first / DATABASE_FILENAME).stat().st_mtime_ns == before  # left as it was
    assert generate(first, "--force").returncode == 0
