"""The real app in a real X window: typed keys and mouse clicks in, SQLite rows and screenshots out.

Mouse positions were read off screenshots of the window at its first-start size (1200x760, DejaVu
fonts). They are taken from the window edge each target is laid out against (the list from the left,
the Notes field from the right, since the splitter between them moves with the content) and aim at the
middle of each target, so a few pixels of font difference do not matter. Where a click leaves a trace
(the text typed after it, the selection the app saves on quit), the test checks it, so a click that
misses fails the test instead of passing unnoticed.
"""

from __future__ import annotations

import configparser
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from .harness import REPO_ROOT, Desktop, LaunchApp, RunningApp, wait_until

pytestmark = pytest.mark.e2e

WINDOW_SIZE = (1200, 760)  # the first-start size; the positions below depend on it
NOTES_FIELD_FROM_RIGHT = 100  # the Notes text field, in from the window's right edge
NOTES_FIELD_Y = 270  # about the middle of the Notes text field, down from the window's top
LIST_ROW_X = 100  # the Company column of the interview list
LIST_FIRST_ROW_Y = 127  # the middle of the list's first row, under the column headers
LIST_ROW_PITCH = 30

DIALOG_TITLE = "New Interview"
SETTLE = 0.4  # lets the app repaint between batches of key presses


def query(database: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    """Read the app's database from outside (WAL mode lets a reader in while the app runs)."""
    with closing(sqlite3.connect(database, timeout=10)) as connection:
        return connection.execute(sql, params).fetchall()


def general_notes(database: Path) -> list[str]:
    return [body for (body,) in query(database, "SELECT body FROM note WHERE kind = 'general'")]


def utc(stored: str) -> datetime:
    """A timestamp as the app stores it: naive UTC, 'YYYY-MM-DD HH:MM:SS[.ffffff]'."""
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)


def check_window_size(desktop: Desktop, app: RunningApp) -> None:
    """The mouse positions below were taken at the first-start size; make sure the window has it."""
    _x, _y, width, height = desktop.geometry(app.window)
    assert (width, height) == WINDOW_SIZE, f"the main window is {width}x{height}, expected {WINDOW_SIZE}"


def click_list_row(desktop: Desktop, app: RunningApp, row: int) -> None:
    x, y, _width, _height = desktop.geometry(app.window)
    desktop.click(x + LIST_ROW_X, y + LIST_FIRST_ROW_Y + row * LIST_ROW_PITCH)


def click_notes_field(desktop: Desktop, app: RunningApp) -> None:
    x, y, width, _height = desktop.geometry(app.window)
    desktop.click(x + width - NOTES_FIELD_FROM_RIGHT, y + NOTES_FIELD_Y)


def quit_app(desktop: Desktop, app: RunningApp) -> None:
    desktop.focus(app.window)
    desktop.key("ctrl+q")
    status = app.wait_exit(20)
    output = app.output_text()
    assert status == 0, f"the app exited with {status}:\n{output}"
    assert "unexpected error" not in output, output
    assert "Traceback" not in output, output


def ui_state(app: RunningApp) -> configparser.RawConfigParser:
    state = configparser.RawConfigParser()
    state.read(app.data_dir / "ui-state.ini", encoding="utf-8")
    return state


def test_create_an_interview_with_keyboard_and_mouse(
    desktop: Desktop, launch_app: LaunchApp, tmp_path: Path
) -> None:
    app = launch_app(tmp_path / "data")
    check_window_size(desktop, app)
    time.sleep(SETTLE)
    desktop.screenshot("e2e-01-welcome.png")

    # Ctrl+N opens the dialog with the focus in Company; Tab goes to Role; Enter presses Create.
    desktop.key("ctrl+n")
    desktop.wait_for_window(DIALOG_TITLE)
    time.sleep(SETTLE)
    desktop.type("Acme Robotics")
    desktop.key("Tab")
    desktop.type("Staff Controls Engineer")
    time.sleep(SETTLE)
    desktop.screenshot("e2e-02-new-interview.png")
    desktop.key("Return")
    desktop.wait_window_gone(DIALOG_TITLE)
    assert app.database.exists()
    wait_until(lambda: query(app.database, "SELECT id FROM interview"), 10, "the interview in the database")

    # The new interview is selected with the focus in Notes; typing there saves on its own.
    desktop.focus(app.window)  # no window manager hands the focus back after the dialog closed
    first_line = "Ask about the test rig and the on-call rotation."
    desktop.type(first_line)
    wait_until(lambda: general_notes(app.database) == [first_line], 10, "the notes to be saved")
    time.sleep(SETTLE)
    desktop.screenshot("e2e-03-notes-saved.png")

    # Ctrl+Shift+P goes to the add-person row: Name, Tab, Title, Tab, Email, Enter adds the person.
    desktop.key("ctrl+shift+p")
    time.sleep(SETTLE)
    desktop.type("Dana Whitfield")
    desktop.key("Tab")
    desktop.type("Head of Controls")
    desktop.key("Tab")
    desktop.type("dana@acme.example")
    desktop.key("Return")
    wait_until(
        lambda: query(app.database, "SELECT id FROM person WHERE name = 'Dana Whitfield'"),
        10,
        "the panelist in the database",
    )
    time.sleep(SETTLE)
    desktop.screenshot("e2e-04-panelist-added.png")

    # A real click into the Notes field. The keyboard focus was in the add-person row, so the text
    # below only ends up in the notes if the click landed there.
    click_notes_field(desktop, app)
    time.sleep(SETTLE)
    desktop.key("ctrl+End", "Return")
    second_line = "Bring the robot arm demo video."
    desktop.type(second_line)
    notes = f"{first_line}\n{second_line}"
    wait_until(lambda: general_notes(app.database) == [notes], 10, "the clicked-in notes to be saved")
    time.sleep(SETTLE)
    desktop.screenshot("e2e-05-notes-after-click.png")

    quit_app(desktop, app)

    # What the GUI wrote, read straight from the file.
    assert query(app.database, "SELECT company, role FROM opportunity") == [
        ("Acme Robotics", "Staff Controls Engineer")
    ]
    ((interview_id, round_number, starts_at, opportunity_id, deleted_at),) = query(
        app.database, "SELECT id, round_number, starts_at, opportunity_id, deleted_at FROM interview"
    )
    assert round_number == 2
    assert deleted_at is None
    assert query(app.database, "SELECT company FROM opportunity WHERE id = ?", opportunity_id) == [
        ("Acme Robotics",)
    ]
    now = datetime.now(UTC)
    assert now < utc(starts_at) < now + timedelta(days=2), starts_at  # tomorrow 10:00, local time
    assert query(app.database, "SELECT interview_id, kind, body FROM note") == [
        (interview_id, "general", notes)
    ]
    ((person_id, title, email, relation),) = query(
        app.database, "SELECT id, title, email, relation FROM person WHERE name = 'Dana Whitfield'"
    )
    assert (title, email, relation) == ("Head of Controls", "dana@acme.example", "team_member")
    assert query(app.database, "SELECT interview_id, person_id FROM panelist") == [(interview_id, person_id)]


def test_main_screens_with_sample_data(desktop: Desktop, launch_app: LaunchApp, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    loaded = subprocess.run(
        [sys.executable, "-m", "secondround_desktop", "sample-data", "--data-dir", str(data_dir)],
        cwd=REPO_ROOT,
        env=desktop.env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert loaded.returncode == 0, f"sample-data failed:\n{loaded.stdout}{loaded.stderr}"
    database = data_dir / "secondround.sqlite3"
    now = datetime.now(UTC)
    rows = query(database, "SELECT id, starts_at, duration_minutes FROM interview WHERE deleted_at IS NULL")
    upcoming = [
        interview_id
        for interview_id, starts_at, minutes in sorted(rows, key=lambda row: (row[1], row[0]))
        if utc(starts_at) + timedelta(minutes=minutes) > now
    ]
    assert len(upcoming) >= 2, "the sample data should hold at least two upcoming interviews"
    assert len(rows) > len(upcoming), "the sample data should hold past interviews"

    # Reminders off: their banner would push the list down, and the clicks below aim at fixed rows.
    # (The sample data has thank-yous due today; tests/ui/test_reminders_ui.py covers the banner.)
    (data_dir / "ui-state.ini").write_text(
        "[reminders]\nday_before=false\nhour_before=false\nthank_you=false\n", encoding="utf-8"
    )
    app = launch_app(data_dir)
    check_window_size(desktop, app)

    # The Past list (Ctrl+2), with its latest interview clicked open.
    desktop.key("ctrl+2")
    time.sleep(SETTLE)
    click_list_row(desktop, app, 0)
    time.sleep(SETTLE)
    desktop.screenshot("e2e-06-past.png")

    # Back to Upcoming (Ctrl+1); a click on the second row shows that interview's workspace.
    desktop.key("ctrl+1")
    time.sleep(SETTLE)
    click_list_row(desktop, app, 1)
    time.sleep(SETTLE)
    desktop.screenshot("e2e-07-upcoming.png")

    # The New Interview dialog over the filled window; Escape closes it without creating anything.
    desktop.focus(app.window)
    desktop.key("ctrl+n")
    desktop.wait_for_window(DIALOG_TITLE)
    time.sleep(SETTLE)
    desktop.screenshot("e2e-08-new-interview-dialog.png")
    desktop.key("Escape")
    desktop.wait_window_gone(DIALOG_TITLE)

    quit_app(desktop, app)
    # The window state saved on quit tells which list and which interview the clicks left selected.
    state = ui_state(app)
    assert state.get("list", "scope") == "upcoming"
    assert state.get("list", "selected") == str(upcoming[1])
    assert len(query(database, "SELECT id FROM interview WHERE deleted_at IS NULL")) == len(rows)
