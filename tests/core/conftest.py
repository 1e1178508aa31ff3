"""Fixtures for the core tests: each test gets its own data folder and database, and no Qt."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from secondround_desktop.core.db import Database
from secondround_desktop.core.interviews import InterviewDraft, InterviewService
from secondround_desktop.paths import DATA_DIR_ENV


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder, also set as the default, so no test can reach the user's real data."""
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def db(tmp_path: Path, open_fresh: Callable[[Path], Database]) -> Iterator[Database]:
    database = open_fresh(tmp_path / "db.sqlite3")
    yield database
    database.close()


@pytest.fixture
def service(db: Database) -> InterviewService:
    return InterviewService(db)


DraftFactory = Callable[..., InterviewDraft]


@pytest.fixture
def make_draft() -> DraftFactory:
    """A valid interview form; keyword arguments change single fields."""

    def make(**changes: Any) -> InterviewDraft:
        fields: dict[str, Any] = {
            "company": "Acme",
            "role": "Engineer",
            "round_number": 2,
            "date_text": "2026-12-03",
            "time_text": "10:00",
            "timezone": "Europe/Berlin",
            "duration_minutes": 60,
        }
        fields.update(changes)
        return InterviewDraft(**fields)

    return make
