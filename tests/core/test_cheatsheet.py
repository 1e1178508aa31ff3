"""The cheat sheet: what it holds, as Markdown and HTML, and the headless command that writes it."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from secondround_desktop import cli
from secondround_desktop.core.cheatsheet import build_cheat_sheet, to_html, to_markdown
from secondround_desktop.core.db import Database, open_database
from secondround_desktop.core.interviews import InterviewService, Scope
from secondround_desktop.core.playbook import load_playbook
from secondround_desktop.core.prep import PrepService
from secondround_desktop.core.sample import add_sample_data
from secondround_desktop.paths import resolve_paths

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def northwind_round_two(db: Database, service: InterviewService) -> int:
    add_sample_data(db, now=NOW)
    (row,) = service.list_interviews(Scope.UPCOMING, "northwind", now=NOW)
    return row.id


def test_the_sheet_has_when_where_who_the_ask_points_and_questions(
    db: Database, service: InterviewService
) -> None:
    interview_id = northwind_round_two(db, service)
    prep = PrepService(db, load_playbook("en"))
    prep.set_note(interview_id, "advocate", "words", "Maria, would you <share> what we covered?")
    prep.add_criterion(interview_id, "A clear path to lead")

    sheet = build_cheat_sheet(service, prep, interview_id)
    markdown = to_markdown(sheet)
    html = to_html(sheet)

    assert sheet.title == "Northwind Analytics — Senior Data Engineer, round 2"
    assert "Europe/Berlin" in sheet.when and sheet.where.startswith("https://")
    assert sheet.advocate == "Maria Keller"
    names = [p.name for p in sheet.people]
    assert names == [p.name for p in service.get(interview_id).panel]
    maria = sheet.people[0]
    assert maria.relation == "Hiring manager" and maria.points and maria.questions
    for person in sheet.people:
        assert f"### {person.name}" in markdown
        for question in person.questions:
            assert f"- Ask: {question}" in markdown
    assert "> Maria, would you <share> what we covered?" in markdown
    assert "&lt;share&gt;" in html and "<share>" not in html  # user text is escaped in HTML
    assert "- A clear path to lead" in markdown


def test_cheatsheet_command_writes_pdf_and_markdown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = resolve_paths(tmp_path / "data")
    db = open_database(paths.database)
    interview_id = northwind_round_two(db, InterviewService(db))
    db.close()
    data_dir = str(paths.data_dir)
    pdf = tmp_path / "sheet.pdf"
    md = tmp_path / "sheet.md"

    # The PDF needs Qt's writer: a process of its own keeps this core test run free of a Qt application.
    command = [sys.executable, "-m", "secondround_desktop", "cheatsheet", str(interview_id)]
    done = subprocess.run(
        [*command, "--out", str(pdf), "--data-dir", data_dir],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert cli.main(["cheatsheet", str(interview_id), "--out", str(md), "--data-dir", data_dir]) == 0

    content = pdf.read_bytes()
    assert content.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", content))
    assert 1 <= pages <= 2
    assert md.read_text(encoding="utf-8").startswith("# Northwind Analytics")
    assert pdf.stat().st_mode & 0o077 == 0

    assert cli.main(["cheatsheet", "999", "--out", str(md), "--data-dir", data_dir]) == 2
    assert "no interview with id 999" in capsys.readouterr().err
    assert (
        cli.main(["cheatsheet", str(interview_id), "--out", str(tmp_path / "x.txt"), "--data-dir", data_dir])
        == 2
    )
