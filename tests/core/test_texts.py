"""Texts the core writes for people: English wherever the core speaks (command line, logs, exports), with
their template and arguments kept for the desktop app to translate, and every template findable by lupdate.
"""

from __future__ import annotations

import ast
import pickle
from datetime import UTC, datetime
from pathlib import Path

import pytest

import secondround_desktop.core
from secondround_desktop import cli
from secondround_desktop.core.errors import StorageError, ValidationError, storage_error_from
from secondround_desktop.core.exchange import ImportFileError, read_export_file, validate_document
from secondround_desktop.core.followups import FollowUpService
from secondround_desktop.core.interviews import InterviewDraft, InterviewService, PersonInput
from secondround_desktop.core.playbook import load_playbook
from secondround_desktop.core.prep import PrepService
from secondround_desktop.core.texts import QT_TRANSLATE_NOOP, Text, joined
from secondround_desktop.core.validation import parse_date

CORE_DIR = Path(secondround_desktop.core.__file__).parent
CONTEXTS = {"Validation", "Storage", "Import", "Readiness", "CheatSheet"}


def test_a_text_is_its_english_wording_and_keeps_its_template() -> None:
    text = QT_TRANSLATE_NOOP("Validation", "“{0}” is not a date. Use the form {1}.").format(
        "soon", "2026-12-03"
    )

    assert text == "“soon” is not a date. Use the form 2026-12-03."
    assert isinstance(text, str)
    assert (text.context, text.template, text.arguments) == (
        "Validation",
        "“{0}” is not a date. Use the form {1}.",
        ("soon", "2026-12-03"),
    )
    assert pickle.loads(pickle.dumps(text)) == text
    assert pickle.loads(pickle.dumps(text)).arguments == text.arguments
    with pytest.raises(TypeError):
        text.format(value="soon")


def test_joined_texts_read_as_one_english_message() -> None:
    parts = [QT_TRANSLATE_NOOP("Import", "the file"), "plain"]
    together = joined("\n", parts)
    assert together == "the file\nplain"
    assert together.arguments == tuple(parts)


def test_errors_say_english_and_carry_the_text(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date("31.02.2026")
    assert str(caught.value) == "There is no 31 February 2026."
    message = caught.value.message
    assert isinstance(message, Text)
    assert message.template == "There is no {0} {1} {2}."
    assert message.arguments[1] == "February" and isinstance(message.arguments[1], Text)

    empty = tmp_path / "empty.json"
    empty.write_text("  ", encoding="utf-8")
    with pytest.raises(ImportFileError) as import_error:
        read_export_file(empty)
    assert str(import_error.value) == f"{empty} is empty; there is nothing to import."

    full = storage_error_from(OSError(28, "No space left on device"))
    assert isinstance(full, StorageError) and str(full) == "The disk is full. Free some space."


def test_a_list_of_problems_is_english_line_by_line() -> None:
    document = {"format": "secondround-export", "version": 1}
    with pytest.raises(ImportFileError) as caught:
        validate_document(document)
    lines = str(caught.value).splitlines()
    assert lines[0].startswith("The file cannot be imported; nothing was changed.")
    assert lines[0].endswith("problems found:")
    assert all(line.startswith("- ") for line in lines[1:])
    assert "required field is missing" in str(caught.value)


def test_the_form_reports_english_texts(service: InterviewService) -> None:
    clean, errors = InterviewDraft(company=" ", role="Lead", date_text="soon", time_text="10:00").validate()
    assert clean is None
    assert errors["company"] == "Company is required."
    assert isinstance(errors["company"], Text)
    assert errors["date"] == "“soon” is not a date. Use the form 2026-12-03."


def test_readiness_warnings_and_the_thank_you_are_english(service: InterviewService) -> None:
    start = datetime(2026, 11, 26, 13, 0, tzinfo=UTC)
    interview = service.create(
        InterviewDraft(
            company="Acme",
            role="Engineer",
            date_text=f"{start:%Y-%m-%d}",
            time_text=f"{start:%H:%M}",
            timezone="UTC",
        )
    )
    service.add_person(interview, PersonInput("Ana Ruiz"))
    prep = PrepService(service.db, load_playbook("en"))
    warnings = prep.readiness(interview).warnings
    assert warnings == ("No question for Ana Ruiz", "No advocate ask prepared")
    assert all(isinstance(warning, Text) for warning in warnings)

    followups = FollowUpService(service.db)
    followups.ensure_thank_yous(interview)
    (item,) = followups.list(interview)
    facts = followups.thank_you_facts(item.id)
    assert (facts.first_name, facts.day, facts.company, facts.role) == (
        "Ana",
        start.date(),
        "Acme",
        "Engineer",
    )
    draft = followups.compose_draft(item.id)
    assert draft.splitlines()[:3] == [
        "Dear Ana,",
        "",
        "Thank you for taking the time to meet me on Thursday about the Engineer role at Acme.",
    ]
    assert draft.endswith("Best regards,")


def test_the_command_line_speaks_english(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    code = cli.main(["import", str(bad), "--data-dir", str(tmp_path / "data")])
    assert code == 2
    assert capsys.readouterr().err == (
        "secondround: This is not a SecondRound export: the file holds a list where a JSON object was "
        "expected.\n"
    )


def _marker_calls() -> list[tuple[Path, ast.Call]]:
    calls = []
    for path in sorted(CORE_DIR.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                calls.append((path, node))
    return calls


def test_every_core_text_is_a_literal_that_lupdate_can_collect() -> None:
    calls = _marker_calls()
    assert len(calls) > 100
    problems = []
    for path, call in calls:
        where = f"{path.name}:{call.lineno}"
        literal = [isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in call.args]
        if path.name == "texts.py":
            continue  # the marker's own definition and docstring example
        if len(call.args) != 2 or not all(literal) or call.keywords:
            problems.append(f"{where}: not two string literals")
        elif call.args[0].value not in CONTEXTS:  # type: ignore[attr-defined]
            problems.append(f"{where}: unknown context {call.args[0].value}")  # type: ignore[attr-defined]
    assert problems == []


def test_no_core_text_hides_in_an_f_string() -> None:
    # lupdate reads no f-strings: a marker inside one would never reach the translations.
    hidden = []
    for path in sorted(CORE_DIR.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                hidden += [
                    f"{path.name}:{inner.lineno}"
                    for inner in ast.walk(node)
                    if isinstance(inner, ast.Call) and getattr(inner.func, "id", "") == "QT_TRANSLATE_NOOP"
                ]
    assert hidden == []
