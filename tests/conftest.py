"""Shared by every test folder: a migrated database made once per run and copied for each test.

Running the migrations takes a fifth of a second; hundreds of tests each need a fresh database, so
they get a copy of one made by the real migrations (the migration tests themselves start from empty
files and do not use this).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from secondround_desktop.core.db import Database, open_database

OpenFresh = Callable[[Path], Database]


@pytest.fixture(scope="session", autouse=True)
def database_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Made before any test runs, so that no test's monkeypatching of the migrations can shape it.
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(path).close()  # closing the last connection folds the write-ahead log into the file
    return path


@pytest.fixture
def open_fresh(database_template: Path) -> OpenFresh:
    """Open a new database at a path, starting from a copy of the migrated template."""

    def open_copy(path: Path) -> Database:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        shutil.copyfile(database_template, path)
        path.chmod(0o600)
        return open_database(path)

    return open_copy
