"""The start-up check reads the file with the standard library alone: it runs beside the thread that
imports the database layer, and two threads importing the same packages at once can break each other."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from secondround_desktop.core.file_check import find_damage


def test_the_file_check_imports_no_database_layer() -> None:
    # What the start-up check does: find the database's path, then check the file.
    code = (
        "import sys, pathlib; from secondround_desktop.paths import AppPaths; "
        "from secondround_desktop.core.file_check import find_damage; "
        "find_damage(AppPaths(pathlib.Path('.')).database); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'sqlmodel', 'pydantic')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_file_check_tells_a_damaged_file_from_a_sound_or_missing_one(tmp_path: Path) -> None:
    import sqlite3

    sound = tmp_path / "sound.sqlite3"
    with sqlite3.connect(sound) as connection:
        connection.execute("CREATE TABLE t (x)")
    assert find_damage(sound) == []
    assert find_damage(tmp_path / "missing.sqlite3") == []
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"this is not a database" * 300)
    assert find_damage(damaged)
