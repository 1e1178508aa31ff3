"""Hostile input: importers are fuzzed, and awkward text survives save, export and import unchanged.

An importer may only ever refuse a file with ImportFileError (a UserFacingError): never another
exception, never a hang, and never half an import — after a refusal the database is byte-for-byte the
same, table by table. Each example runs under an alarm, so a hang fails the test instead of stalling it.
"""

from __future__ import annotations

import copy
import json
import signal
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secondround_desktop.core.db import Database, open_database
from secondround_desktop.core.errors import UserFacingError
from secondround_desktop.core.exchange import (
    EXPORT_FORMAT,
    ImportFileError,
    export_data,
    export_json,
    import_data,
    import_file,
)
from secondround_desktop.core.interviews import InterviewDraft, InterviewService
from secondround_desktop.core.models import NoteKind
from secondround_desktop.core.playbook import load_playbook
from secondround_desktop.core.prep import PrepService
from secondround_desktop.core.sample import add_sample_data

HANG_SECONDS = 60  # far beyond any real import of these inputs: only a hang reaches it
FUZZ = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)

Snapshot = dict[str, list[tuple[Any, ...]]]


@contextmanager
def no_hang(seconds: int = HANG_SECONDS) -> Iterator[None]:
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def hung(_signum: int, _frame: object) -> None:
        raise TimeoutError(f"an import did not finish within {seconds} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def snapshot(db: Database) -> Snapshot:
    """Every row of every table (the search index's included), to tell whether anything changed."""
    with closing(sqlite3.connect(f"{db.path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
        names = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        # Sorted in Python: some of the index's own tables have no rowid to order by.
        return {
            name: sorted(connection.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in names
        }


def refused_or_imported(db: Database, attempt: Callable[[], object]) -> bool:
    """Run an import; True if it went in. A refusal must be a UserFacingError and change nothing."""
    before = snapshot(db)
    try:
        with no_hang():
            attempt()
    except UserFacingError:
        after = snapshot(db)
        assert after == before, "a refused import changed the database"
        return False
    assert db.integrity_check() == [], "an accepted import left the database inconsistent"
    return True


@pytest.fixture
def sample_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "fuzz.sqlite3")
    add_sample_data(database)
    yield database
    database.close()


@pytest.fixture
def valid_export(sample_db: Database) -> dict[str, Any]:
    return export_data(sample_db)


# ---- strategies ------------------------------------------------------------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=40)
    | st.sampled_from(
        [
            "",
            "\ud800",  # a lone surrogate: JSON can spell it, SQLite cannot store it
            "2026-02-30T10:00:00+00:00",
            "2026-12-03T10:00:00",
            "9999-99-99",
            "Mars/Olympus_Mons",
            "a" * 5000,
            EXPORT_FORMAT,
            "<img src=x onerror=alert(1)>",
            "\x00",
        ]
    )
    | st.sampled_from([0, -1, 1, 2**63 - 1, 2**63, 2**64, -(2**63) - 1, 10**30])
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=25,
)


def paths_in(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from paths_in(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from paths_in(child, (*prefix, index))


def mutate(document: Any, data: st.DataObject) -> Any:
    """One to four edits at random places of a valid export: replace, delete, duplicate or add."""
    document = copy.deepcopy(document)
    for _ in range(data.draw(st.integers(1, 4), label="edits")):
        paths = [path for path in paths_in(document) if path]
        if not paths:
            break
        path = data.draw(st.sampled_from(paths), label="path")
        parent = document
        for part in path[:-1]:
            parent = parent[part]
        last = path[-1]
        operation = data.draw(st.sampled_from(["replace", "delete", "duplicate", "add"]), label="operation")
        if operation == "replace":
            parent[last] = data.draw(json_values, label="value")
        elif operation == "delete":
            del parent[last]
        elif operation == "duplicate":
            if isinstance(parent, list):
                parent.insert(last, copy.deepcopy(parent[last]))
            else:
                parent[f"{last}_copy"] = copy.deepcopy(parent[last])
        elif isinstance(parent[last], dict):
            parent[last][data.draw(st.text(max_size=8), label="key")] = data.draw(json_values, label="value")
        elif isinstance(parent[last], list):
            parent[last].append(data.draw(json_values, label="value"))
        else:
            parent[last] = [parent[last]]
    return document


# ---- the JSON importer -----------------------------------------------------------------------------


@FUZZ
@given(value=json_values)
def test_random_json_is_refused_cleanly(sample_db: Database, value: Any) -> None:
    refused_or_imported(sample_db, lambda: import_data(sample_db, value))


@FUZZ
@given(body=st.dictionaries(st.text(max_size=15), json_values, max_size=6))
def test_random_json_behind_a_valid_header_is_refused_cleanly(
    sample_db: Database, body: dict[str, Any]
) -> None:
    document = {**body, "format": EXPORT_FORMAT, "version": 1}
    refused_or_imported(sample_db, lambda: import_data(sample_db, document))


@FUZZ
@given(data=st.data())
def test_mutated_exports_are_imported_or_refused_whole(
    sample_db: Database, valid_export: dict[str, Any], data: st.DataObject
) -> None:
    document = mutate(valid_export, data)
    if refused_or_imported(sample_db, lambda: import_data(sample_db, document)):
        # Whatever went in can be exported and read back again.
        assert import_data(sample_db, export_data(sample_db)) is not None


def value_at(document: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        document = document[part]
    return document


FREE_TEXT_FIELDS = frozenset(
    {
        "company",
        "role",
        "notes",
        "name",
        "title",
        "email",
        "text",
        "answer",
        "note",
        "body",
        "draft",
        "location",
    }
)


@FUZZ
@given(data=st.data())
def test_any_text_in_an_export_is_imported_and_exported_unchanged(
    sample_db: Database, valid_export: dict[str, Any], data: st.DataObject
) -> None:
    """The accepting side of the importer: free text of any kind goes in and comes out as it was."""
    document = copy.deepcopy(valid_export)
    text_paths = [
        path
        for path in paths_in(document)
        if path and path[-1] in FREE_TEXT_FIELDS and isinstance(value_at(document, path), str)
    ]
    chosen = data.draw(
        st.lists(st.sampled_from(text_paths), min_size=1, max_size=6, unique=True), label="fields"
    )
    for path in chosen:
        parent = value_at(document, path[:-1])
        parent[path[-1]] = data.draw(
            st.text(max_size=300) | st.sampled_from(list(AWKWARD.values())), label="text"
        )

    with no_hang():
        import_data(sample_db, document)

    exported = export_data(sample_db)
    for path in chosen:
        assert value_at(exported, path) == value_at(document, path), path


@FUZZ
@given(data=st.data())
def test_mutated_export_files_are_imported_or_refused_whole(
    sample_db: Database, valid_export: dict[str, Any], data: st.DataObject
) -> None:
    raw = bytearray(json.dumps(valid_export, ensure_ascii=data.draw(st.booleans())).encode("utf-8"))
    for _ in range(data.draw(st.integers(1, 5), label="edits")):
        at = data.draw(st.integers(0, len(raw)), label="offset")
        operation = data.draw(st.sampled_from(["flip", "cut", "insert", "truncate"]), label="operation")
        if operation == "flip" and at < len(raw):
            raw[at] ^= data.draw(st.integers(1, 255), label="bits")
        elif operation == "cut":
            del raw[at : at + data.draw(st.integers(1, 50))]
        elif operation == "insert":
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=20), label="bytes")
        elif operation == "truncate":
            del raw[at:]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export.json"
        path.write_bytes(bytes(raw))
        refused_or_imported(sample_db, lambda: import_file(sample_db, path))


@FUZZ
@given(raw=st.binary(max_size=2000))
def test_random_bytes_are_refused_cleanly(sample_db: Database, raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export.json"
        path.write_bytes(raw)
        assert not refused_or_imported(sample_db, lambda: import_file(sample_db, path))


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,  # deeper than the parser's recursion
        '{"format": "secondround-export", "version": 1, "opportunities": ' + "[" * 5000 + "]" * 5000 + "}",
        '{"format": "secondround-export", "version": 1e999}',
        "1" * 10_000,  # more digits than Python converts to an int by default
        '"\\ud800"',
        "\ufeff",
    ],
    ids=["deep", "deep-inside", "huge-float", "long-number", "surrogate", "bom-only"],
)
def test_pathological_json_is_refused_cleanly(sample_db: Database, tmp_path: Path, text: str) -> None:
    path = tmp_path / "export.json"
    path.write_text(text, encoding="utf-8")
    assert not refused_or_imported(sample_db, lambda: import_file(sample_db, path))


def test_a_refused_import_after_a_valid_start_leaves_no_partial_data(
    sample_db: Database, valid_export: dict[str, Any]
) -> None:
    """A file whose first records are new and fine and whose last one is broken adds nothing at all."""
    document = copy.deepcopy(valid_export)
    for number, opportunity in enumerate(document["opportunities"]):
        opportunity["uid"] = f"new{number}"
        for person in opportunity["people"]:
            person["uid"] = f"{person['uid']}x"
        for interview in opportunity["interviews"]:
            interview["uid"] = f"{interview['uid']}x"
    document["opportunities"][-1]["interviews"][-1]["timezone"] = "Nowhere/Special"
    with pytest.raises(ImportFileError, match="time zone"):
        import_data(sample_db, document)
    before = snapshot(sample_db)
    assert not refused_or_imported(sample_db, lambda: import_data(sample_db, document))
    assert snapshot(sample_db) == before


# ---- the calendar importer -------------------------------------------------------------------------

ICS_DIR = Path(__file__).parent / "data" / "ics"
ICS_SAMPLES = sorted(ICS_DIR.glob("*.ics")) if ICS_DIR.is_dir() else []


def _calendar_importer() -> Callable[[Database, bytes], object] | None:
    try:
        from secondround_desktop.core.ics import import_calendar_data
    except ImportError:  # the calendar importer is optional for this test module
        return None
    return lambda db, data: import_calendar_data(db, data, "invite.ics", "Europe/Berlin")


@pytest.mark.skipif(_calendar_importer() is None or not ICS_SAMPLES, reason="no calendar importer or samples")
@FUZZ
@given(data=st.data())
def test_mutated_calendar_files_are_imported_or_refused_whole(
    sample_db: Database, data: st.DataObject
) -> None:
    importer = _calendar_importer()
    assert importer is not None
    raw = bytearray(data.draw(st.sampled_from(ICS_SAMPLES), label="sample").read_bytes())
    for _ in range(data.draw(st.integers(1, 5), label="edits")):
        at = data.draw(st.integers(0, len(raw)), label="offset")
        operation = data.draw(st.sampled_from(["flip", "cut", "insert", "line"]), label="operation")
        if operation == "flip" and at < len(raw):
            raw[at] ^= data.draw(st.integers(1, 255), label="bits")
        elif operation == "cut":
            del raw[at : at + data.draw(st.integers(1, 80))]
        elif operation == "insert":
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=20), label="bytes")
        else:
            line = data.draw(
                st.sampled_from(
                    [
                        b"DTSTART;TZID=Nowhere/Special:20261203T100000\r\n",
                        b"DTSTART:99991399T256161Z\r\n",
                        b"DURATION:P99999999W\r\n",
                        b"RRULE:FREQ=SECONDLY;INTERVAL=1\r\n",
                        b'ATTENDEE;CN="<img src=x>":mailto:\r\n',
                        b"BEGIN:VEVENT\r\n",
                        b"END:VCALENDAR\r\n",
                        b"DTEND;TZID=Europe/Berlin:20261203T110000\r\n",
                        b"DURATION:PT1H\r\n",
                        b"RECURRENCE-ID:20261203T100000Z\r\n",
                        b"METHOD:CANCEL\r\n",
                        b"X-WR-TIMEZONE:Mars/Base\r\n",
                        b"BEGIN:VTIMEZONE\r\nTZID:Custom\r\nEND:VTIMEZONE\r\n",
                        b"DTSTART;TZID=Custom:20261203T100000\r\n",
                        b"DTSTART;VALUE=DATE:20261203\r\n",
                        b"SUMMARY:" + "\u202e\U0001f468\u200d\U0001f469".encode() * 200 + b"\r\n",
                    ]
                ),
                label="line",
            )
            raw[at:at] = line
    refused_or_imported(sample_db, lambda: importer(sample_db, bytes(raw)))


@pytest.mark.skipif(_calendar_importer() is None, reason="no calendar importer")
@FUZZ
@given(
    raw=st.binary(max_size=2000)
    | st.text(max_size=400).map(lambda text: f"BEGIN:VCALENDAR\r\n{text}".encode())
)
def test_random_calendar_bytes_are_refused_cleanly(sample_db: Database, raw: bytes) -> None:
    importer = _calendar_importer()
    assert importer is not None
    refused_or_imported(sample_db, lambda: importer(sample_db, raw))


# ---- awkward text round-trips ---------------------------------------------------------------------

AWKWARD = {
    "html": '<b>bold</b> <img src="https://example.com/pixel.png"> <script>alert(1)</script> &amp; &lt;p&gt;',
    "rtl": "مرحبا بالعالم — שלום עולם \u200f\u202eevil\u202c \u2067isolate\u2069",
    "emoji": "👩🏽‍💻 🇩🇪 🏳️‍🌈 ❤️‍🔥 𝕏 e\u0301 \u200d\ufe0f",
    "control": "".join(chr(code) for code in range(0x20)) + "\x7f\x85\u2028\u2029\ufeff\ufffe\uffff",
    "newlines": "one\r\ntwo\rthree\nfour\n\n  indented\t\ttabs  ",
}
ONE_MB = 1024 * 1024


def one_megabyte_note() -> str:
    unit = "".join(AWKWARD.values()) + "\n"
    text = unit * (ONE_MB // len(unit.encode("utf-8")) + 1)
    assert len(text.encode("utf-8")) >= ONE_MB
    return text


def fill_awkward(db: Database, texts: dict[str, str]) -> dict[str, int]:
    """One interview per text, the text in its notes, a prep note, a talking point and a fit criterion."""
    interviews = InterviewService(db)
    prep = PrepService(db, load_playbook("en"))
    made: dict[str, int] = {}
    for name, text in texts.items():
        interview = interviews.create(
            InterviewDraft(company=f"Company {name}", role="Role", date_text="2026-12-03", time_text="10:00")
        )
        interviews.set_notes(interview, text)
        prep.set_note(interview, NoteKind.PREP.value, "why-company", text)
        prep.add_point(interview, f"[{text}]", None)  # points are trimmed: brackets keep the edges
        prep.add_criterion(interview, f"[{text}]")
        made[name] = interview
    return made


def stored_texts(db: Database, interview: int) -> tuple[str, str, str, str]:
    prep = PrepService(db, load_playbook("en"))
    notes = InterviewService(db).get(interview).notes
    prep_note = prep.note(interview, NoteKind.PREP.value, "why-company")
    (point,) = prep.planned_points(interview)
    (criterion,) = prep.criteria(interview)
    return notes, prep_note, point.text, criterion.text


def without_time(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "exported_at"}


def test_awkward_text_and_a_megabyte_note_survive_save_export_and_import(tmp_path: Path) -> None:
    source = open_database(tmp_path / "source.sqlite3")
    target = open_database(tmp_path / "target.sqlite3")
    try:
        texts = {**AWKWARD, "megabyte": one_megabyte_note()}
        made = fill_awkward(source, texts)
        for name, interview in made.items():
            text = texts[name]
            assert stored_texts(source, interview) == (text, text, f"[{text}]", f"[{text}]"), name

        export_file = tmp_path / "export.json"
        export_file.write_text(export_json(source), encoding="utf-8")
        import_file(target, export_file)

        for name, interview in made.items():  # the ids are kept on import into an empty database
            text = texts[name]
            assert stored_texts(target, interview) == (text, text, f"[{text}]", f"[{text}]"), name
        assert without_time(export_data(target)) == without_time(export_data(source))
    finally:
        source.close()
        target.close()
