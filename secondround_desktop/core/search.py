"""Search over everything the user wrote or recorded, through one SQLite FTS5 index kept by triggers.

The index
    ``search_index`` is an FTS5 table whose main indexed column is ``text``, with four unindexed ones:
    ``kind`` (which table the text comes from), ``ref_id`` (that row's id), ``interview_id`` and ``field``
    (a detail that says where the text is shown, e.g. a note's kind and topic). Triggers on every source
    table (insert, update of the indexed columns, delete — cascades fire them too) keep it current inside
    the same transaction as the change, so it can never lag behind. A small table, ``search_entry``, gives
    each indexed row its entry's rowid by (kind, ref_id), so that a trigger replaces or removes an entry by
    rowid rather than by scanning the index. Every entry also carries its company and role in a second
    indexed column, ``context`` (see ``build_match``).

    The index stores its own copy of the text (a plain FTS5 table rather than a contentless one) because
    snippets need the text, and the text of one entry comes from several columns of one of nine tables.

Rows that belong to no single interview
    An opportunity (company, role, its notes) and a person are indexed once, with ``interview_id`` NULL,
    and are mapped to interviews when a query runs: an opportunity to each of its rounds, a person to each
    round whose panel they sat on (or, if they sit on none, to every round of their opportunity). Doing
    it at query time means no trigger has to fan out when a round is added, moved or deleted.

Deleted interviews
    Interviews whose deletion can still be undone keep their entries (undo must find them again) and are
    left out at query time, like every list in the app does.

The tokenizer and the query
    The tokenizer is ``unicode61 remove_diacritics 2`` *without* Porter stemming: a stemmed index stores
    "negoti" for "negotiation", so the prefix a user has typed so far ("negotiat") would stop matching in
    the middle of a word. Instead, the query is built here from the words of what was typed: each word
    becomes a prefix query on itself or on its Snowball stem ("negotiate" → ``"negoti"*``, which finds
    "negotiation"; "happy" → ``"happy"* OR "happi"*``), words are ANDed so that every further word
    narrows the result, and accents are folded on both sides. User text never reaches MATCH as syntax:
    only quoted letter-and-digit words do, so quotes, operators, brackets and stray symbols are plain
    words or nothing.

Future migrations
    A batch migration rebuilds a table by copy-and-drop, which drops its triggers. ``rebuild_index``
    recreates the tables and every trigger and refills the index; ``check_index`` reports a missing or
    changed table or trigger (and compares the entries with the data).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from functools import lru_cache
from typing import Any

import snowballstemmer
from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from secondround_desktop.core import name_index
from secondround_desktop.core.db import Database
from secondround_desktop.core.errors import UserFacingError

log = logging.getLogger(__name__)

INDEX_TABLE = "search_index"
# FTS5 creates these next to the table; they are not models, so schema comparisons leave them out.
SHADOW_SUFFIXES = ("_data", "_idx", "_content", "_docsize", "_config")

TOKENIZER = "unicode61 remove_diacritics 2"
PREFIX_INDEXES = "2 3"
MAX_QUERY_WORDS = 12  # a pasted paragraph narrows nothing further and would only slow the query
DEFAULT_LIMIT = 200
SNIPPET_TOKENS = 14

# FTS5 writes a small b-tree per write and by default merges them inside the write that crosses a
# threshold: on a long history, 70 to 300 ms in one autosave. Writes leave merging alone (automerge 0)
# and merge_step does it when the app is idle; crisismerge is the safety net (see migration 0005).
AUTOMERGE = 0
CRISIS_MERGE = 64
MERGE_STEP_PAGES = 16  # about 64 KB of merged index per step: a few milliseconds, at most about 12

# Highlight markers inside SearchHit.snippet: control characters that typed text does not contain.
MARK_START = "\x02"
MARK_END = "\x03"


class Kind(StrEnum):
    """Where an indexed text comes from."""

    OPPORTUNITY = "opportunity"
    INTERVIEW = "interview"
    PERSON = "person"
    NOTE = "note"
    TALKING_POINT = "talking_point"
    QUESTION = "question"
    FOLLOW_UP = "follow_up"
    FIT = "fit"
    CHECK = "check"


class Place(StrEnum):
    """Where in an interview's workspace a hit is shown; the UI maps these to its tabs and fields."""

    DETAILS = "details"
    NOTES = "notes"
    PANEL = "panel"
    PREP_POINTS = "prep:fresh_points"
    PREP_ADVOCATE = "prep:advocate"
    PREP_QUESTIONS = "prep:frank_questions"
    PREP_FIT = "prep:fit"
    DEBRIEF = "debrief"
    FOLLOW_UPS = "follow_ups"


@dataclass(frozen=True)
class _Source:
    """One indexed table. Expressions use ``{r}`` for the row: NEW in triggers, else the table."""

    kind: Kind
    table: str
    text: str
    interview: str
    field: str
    context: str
    columns: tuple[str, ...]  # an update of any of these re-indexes the row


# Every entry also carries its company and role in the indexed ``context`` column, so that "northwind
# kafka" finds the note about Kafka written for Northwind: all words must match, in the text or there.
_CONTEXT = (
    "coalesce((SELECT o.company || ' ' || o.role FROM opportunity o WHERE o.id = {r}.opportunity_id), '')"
)
_ROUND_CONTEXT = (
    "coalesce((SELECT o.company || ' ' || o.role FROM interview i JOIN opportunity o "
    "ON o.id = i.opportunity_id WHERE i.id = {r}.interview_id), '')"
)


def _child(kind: Kind, table: str, text: str, field: str, columns: tuple[str, ...]) -> _Source:
    """A table whose rows belong to one interview."""
    return _Source(kind, table, text, "{r}.interview_id", field, _ROUND_CONTEXT, (*columns, "interview_id"))


SOURCES: tuple[_Source, ...] = (
    _Source(
        Kind.OPPORTUNITY,
        "opportunity",
        "{r}.company || char(10) || {r}.role || char(10) || {r}.notes",
        "NULL",
        "''",
        "''",
        ("company", "role", "notes"),
    ),
    _Source(Kind.INTERVIEW, "interview", "{r}.location", "{r}.id", "''", _CONTEXT, ("location",)),
    _Source(
        Kind.PERSON,
        "person",
        "{r}.name || char(10) || {r}.title || char(10) || {r}.email || char(10) || {r}.notes",
        "NULL",
        "''",
        _CONTEXT,
        ("name", "title", "email", "notes", "opportunity_id"),
    ),
    _child(Kind.NOTE, "note", "{r}.body", "{r}.kind || '/' || {r}.topic", ("body", "kind", "topic")),
    _child(Kind.TALKING_POINT, "talkingpoint", "{r}.text", "{r}.status", ("text", "status")),
    _child(
        Kind.QUESTION,
        "interviewquestion",
        "{r}.text || char(10) || {r}.answer",
        "CASE WHEN trim({r}.answer, char(32, 9, 10, 13)) = '' THEN 'planned' ELSE 'answered' END",
        ("text", "answer"),
    ),
    _child(Kind.FOLLOW_UP, "followup", "{r}.draft", "{r}.kind", ("draft", "kind")),
    _child(Kind.FIT, "fitcriterion", "{r}.text || char(10) || {r}.answer", "''", ("text", "answer")),
    _child(Kind.CHECK, "checkliststate", "{r}.note", "{r}.item_key", ("note", "item_key")),
)
_CHILDREN = tuple(source for source in SOURCES if source.context == _ROUND_CONTEXT)


# ---- the schema --------------------------------------------------------------------------------

ENTRY_TABLE = "search_entry"
TABLES = (INDEX_TABLE, ENTRY_TABLE)


def create_table_sql() -> tuple[str, str]:
    """The FTS table, and the table that gives each indexed row its entry's rowid.

    Source ids can be any 64-bit number (an import keeps the ids of its file), so the entry's rowid
    cannot be computed from them; ``search_entry`` hands them out and finds them by (kind, ref_id).
    Its ``id`` is an INTEGER PRIMARY KEY so that VACUUM keeps it, as FTS5 keeps its rowids.
    """
    return (
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {INDEX_TABLE} USING fts5("
        "text, context, kind UNINDEXED, ref_id UNINDEXED, interview_id UNINDEXED, field UNINDEXED, "
        f"tokenize = '{TOKENIZER}', prefix = '{PREFIX_INDEXES}')",
        f"CREATE TABLE IF NOT EXISTS {ENTRY_TABLE} (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
        "ref_id INTEGER NOT NULL, UNIQUE (kind, ref_id))",
    )


def _entry_id(source: _Source, row: str) -> str:
    return f"(SELECT id FROM {ENTRY_TABLE} WHERE kind = '{source.kind.value}' AND ref_id = {row}.id)"


def _values(source: _Source, row: str) -> str:
    """The indexed columns of one entry for ``row`` (NEW, or the table's own name when refilling)."""
    return (
        f"{source.text.format(r=row)}, {source.context.format(r=row)}, '{source.kind.value}', "
        f"{row}.id, {source.interview.format(r=row)}, {source.field.format(r=row)}"
    )


def _has_text(expression: str) -> str:
    # trim() alone strips spaces only; a note of blank lines is no text either.
    return f"trim({expression}, char(32, 9, 10, 13)) != ''"


_COLUMNS = "text, context, kind, ref_id, interview_id, field"
_INSERT_COLUMNS = f"INSERT INTO {INDEX_TABLE}(rowid, {_COLUMNS})"


def trigger_names(source: _Source) -> tuple[str, str, str]:
    base = f"{INDEX_TABLE}_{source.table}"
    return f"{base}_ai", f"{base}_au", f"{base}_ad"


def _forget(source: _Source, row: str) -> str:
    """Statements that drop the entry of ``row`` (OLD or NEW), if it has one."""
    where = f"kind = '{source.kind.value}' AND ref_id = {row}.id"
    return (
        f"DELETE FROM {INDEX_TABLE} WHERE rowid IN (SELECT id FROM {ENTRY_TABLE} WHERE {where}); "
        f"DELETE FROM {ENTRY_TABLE} WHERE {where};"
    )


def _remember(source: _Source) -> str:
    """Statements that give NEW an entry, when it has text."""
    has_text = _has_text(source.text.format(r="NEW"))
    return (
        f"INSERT INTO {ENTRY_TABLE}(kind, ref_id) SELECT '{source.kind.value}', NEW.id WHERE {has_text}; "
        f"{_INSERT_COLUMNS} SELECT {_entry_id(source, 'NEW')}, {_values(source, 'NEW')} WHERE {has_text};"
    )


def _entries_of_rounds(rounds: str) -> str:
    """The entry ids of the rounds that ``rounds`` (a list or a query of interview ids) names."""
    return " UNION ALL ".join(
        [
            f"SELECT e.id FROM {ENTRY_TABLE} e JOIN interview x ON e.kind = 'interview' AND e.ref_id = x.id "
            f"WHERE x.id IN ({rounds})"
        ]
        + [
            f"SELECT e.id FROM {ENTRY_TABLE} e JOIN {source.table} x "
            f"ON e.kind = '{source.kind.value}' AND e.ref_id = x.id WHERE x.interview_id IN ({rounds})"
            for source in _CHILDREN
        ]
    )


def trigger_sql() -> dict[str, str]:
    """Every trigger that keeps the index current, by name. Blank texts get no entry.

    An insert or update first drops any entry the row has, so a stale entry can never block a write.
    """
    triggers: dict[str, str] = {}
    for source in SOURCES:
        insert, update, delete = trigger_names(source)
        triggers[insert] = (
            f"CREATE TRIGGER {insert} AFTER INSERT ON {source.table} BEGIN "
            f"{_forget(source, 'NEW')} {_remember(source)} END"
        )
        columns = ", ".join(("id", *source.columns))
        triggers[update] = (
            f"CREATE TRIGGER {update} AFTER UPDATE OF {columns} ON {source.table} BEGIN "
            f"{_forget(source, 'OLD')} {_forget(source, 'NEW')} {_remember(source)} END"
        )
        triggers[delete] = (
            f"CREATE TRIGGER {delete} AFTER DELETE ON {source.table} BEGIN {_forget(source, 'OLD')} END"
        )
    # A renamed company or role, or a round moved to another opportunity: the context follows.
    rounds_of_opportunity = "SELECT id FROM interview WHERE opportunity_id = NEW.id"
    people_of_opportunity = (
        f"SELECT e.id FROM {ENTRY_TABLE} e JOIN person x ON e.kind = 'person' AND e.ref_id = x.id "
        "WHERE x.opportunity_id = NEW.id"
    )
    triggers[f"{INDEX_TABLE}_opportunity_context"] = (
        f"CREATE TRIGGER {INDEX_TABLE}_opportunity_context AFTER UPDATE OF company, role ON opportunity "
        f"BEGIN UPDATE {INDEX_TABLE} SET context = NEW.company || ' ' || NEW.role WHERE rowid IN "
        f"({_entries_of_rounds(rounds_of_opportunity)} UNION ALL {people_of_opportunity}); END"
    )
    triggers[f"{INDEX_TABLE}_interview_context"] = (
        f"CREATE TRIGGER {INDEX_TABLE}_interview_context AFTER UPDATE OF opportunity_id ON interview "
        f"BEGIN UPDATE {INDEX_TABLE} SET context = {_CONTEXT.format(r='NEW')} WHERE rowid IN "
        f"({_entries_of_rounds('NEW.id')}); END"
    )
    return triggers


def _expected_rows_sql() -> str:
    """What the index should hold, computed from the source tables (for refilling and checking)."""
    return " UNION ALL ".join(
        f"SELECT {_values(source, source.table)} FROM {source.table} "
        f"WHERE {_has_text(source.text.format(r=source.table))}"
        for source in SOURCES
    )


def install(connection: Connection) -> None:
    """Create the tables and (re)create the triggers; leaves the index's content alone."""
    for statement in create_table_sql():
        connection.exec_driver_sql(statement)
    for name, sql in trigger_sql().items():
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        connection.exec_driver_sql(sql)
    connection.exec_driver_sql(_index_command("automerge", AUTOMERGE))
    connection.exec_driver_sql(_index_command("crisismerge", CRISIS_MERGE))


def _index_command(command: str, value: int) -> str:
    """One of FTS5's special INSERTs: an option to set, or work to do."""
    return f"INSERT INTO {INDEX_TABLE}({INDEX_TABLE}, rank) VALUES ('{command}', {int(value)})"


def merge_step(db: Database, pages: int = MERGE_STEP_PAGES) -> bool:
    """Merge about ``pages`` pages of the index's b-trees; True when there was work, so more may be left.

    Only levels holding several b-trees are merged (FTS5's 'merge' with a positive count), as the
    automatic merging would have done inside a write. Raises StorageError when the file is locked, full
    or read-only; the merge can wait for the next idle moment.
    """
    with db.session() as session:
        connection = session.connection()
        before = connection.exec_driver_sql("SELECT total_changes()").scalar_one()
        connection.exec_driver_sql(_index_command("merge", pages))
        after = connection.exec_driver_sql("SELECT total_changes()").scalar_one()
    # FTS5 counts the command itself as one change: two or more mean b-trees were written.
    return int(after) - int(before) >= 2


def refill(connection: Connection) -> int:
    """Replace the index's content with what the source tables hold now; returns the number of entries."""
    connection.exec_driver_sql(f"DELETE FROM {INDEX_TABLE}")
    connection.exec_driver_sql(f"DELETE FROM {ENTRY_TABLE}")
    for statement in refill_sql():
        connection.exec_driver_sql(statement)
    count = connection.exec_driver_sql(f"SELECT count(*) FROM {INDEX_TABLE}").scalar_one()
    # Merges the b-trees written by the bulk insert, so that the first queries are as quick as later ones.
    connection.exec_driver_sql(f"INSERT INTO {INDEX_TABLE}({INDEX_TABLE}) VALUES ('optimize')")
    return int(count)


def refill_sql() -> list[str]:
    """Statements that index every row with text, table by table, into empty tables."""
    statements = []
    for source in SOURCES:
        has_text = _has_text(source.text.format(r=source.table))
        statements.append(
            f"INSERT INTO {ENTRY_TABLE}(kind, ref_id) SELECT '{source.kind.value}', id FROM {source.table} "
            f"WHERE {has_text}"
        )
        statements.append(
            f"{_INSERT_COLUMNS} SELECT e.id, {_values(source, source.table)} FROM {source.table} "
            f"JOIN {ENTRY_TABLE} e ON e.kind = '{source.kind.value}' AND e.ref_id = {source.table}.id "
            f"WHERE {has_text}"
        )
    return statements


def is_index_object(name: str | None) -> bool:
    """The search tables and FTS5's shadow tables: not SQLModel models, kept out of schema comparisons."""
    return name is not None and (
        name in TABLES
        or any(name == INDEX_TABLE + suffix for suffix in SHADOW_SUFFIXES)
        or name_index.is_index_object(name)
    )


def include_name(name: str | None, type_: str, _parent_names: object = None) -> bool:
    """Alembic's ``include_name`` hook: compare everything except the search index's tables."""
    return not (type_ == "table" and is_index_object(name))


def rebuild_index(db: Database) -> int:
    """Recreate the search tables and their triggers and refill them from the source tables.

    One transaction. The tables are made afresh, so that a definition changed by a newer version
    (another tokenizer, say) takes effect too.
    """
    with db.session() as session:
        connection = session.connection()
        for table in TABLES:
            connection.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")
        install(connection)
        count = refill(connection)
        name_index.rebuild(connection)  # the find's index of names, derived data too
    log.info("rebuilt the search index: %d entries", count)
    return count


def check_index(db: Database) -> list[str]:
    """What is wrong with the search index: an empty list when it is sound and current.

    Checks that the tables and every trigger exist as this version defines them, FTS5's own integrity
    check (the full-text index against the stored text), that every entry has its id, and that the
    entries are exactly the ones the source tables call for.
    """
    problems: list[str] = []
    hint = "Rebuild it with `secondround search --rebuild-index`."
    with db.engine.connect() as connection:
        present: dict[str, str] = dict(
            connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'trigger') "
                f"AND (name = '{ENTRY_TABLE}' OR name = '{INDEX_TABLE}' "
                f"OR name LIKE '{INDEX_TABLE}\\_%' ESCAPE '\\')"
            ).all()
        )
        if any(table not in present for table in TABLES):
            return [f"The search index is missing. {hint}"]
        for table, sql in zip(TABLES, create_table_sql(), strict=True):
            if _squash(present[table]) != _squash(sql.replace(" IF NOT EXISTS", "")):
                problems.append(f"The search table {table} is out of date.")
        for name, sql in trigger_sql().items():
            if name not in present:
                problems.append(f"The search index trigger {name} is missing.")
            elif _squash(present[name]) != _squash(sql):
                problems.append(f"The search index trigger {name} is out of date.")
        try:
            connection.exec_driver_sql(f"INSERT INTO {INDEX_TABLE}({INDEX_TABLE}) VALUES ('integrity-check')")
        except DBAPIError as exc:
            problems.append(f"The search index is damaged: {exc.orig}.")
        else:
            problems += _content_problems(connection)
        problems += name_index.problems(connection)
        connection.rollback()
    if problems:
        problems.append(hint)
    return problems


def _content_problems(connection: Connection) -> list[str]:
    problems = []
    expected = f"SELECT * FROM ({_expected_rows_sql()})"
    missing = connection.exec_driver_sql(
        f"SELECT count(*) FROM ({expected} EXCEPT SELECT {_COLUMNS} FROM {INDEX_TABLE})"
    ).scalar_one()
    stale = connection.exec_driver_sql(
        f"SELECT count(*) FROM (SELECT {_COLUMNS} FROM {INDEX_TABLE} EXCEPT {expected})"
    ).scalar_one()
    unmatched = connection.exec_driver_sql(
        f"SELECT (SELECT count(*) FROM {INDEX_TABLE} s LEFT JOIN {ENTRY_TABLE} e ON e.id = s.rowid "
        "WHERE e.id IS NULL OR e.kind != s.kind OR e.ref_id != s.ref_id) + "
        f"(SELECT count(*) FROM {ENTRY_TABLE} e WHERE NOT EXISTS "
        f"(SELECT 1 FROM {INDEX_TABLE} s WHERE s.rowid = e.id))"
    ).scalar_one()
    if missing:
        problems.append(f"The search index lacks {missing} entries that the data holds.")
    if stale:
        problems.append(f"The search index holds {stale} entries that the data no longer has.")
    if unmatched:
        problems.append(f"The search index has {unmatched} entries without their id, or ids without entry.")
    return problems


def _squash(sql: str) -> str:
    return " ".join(sql.split())


# ---- building the query ------------------------------------------------------------------------

# Letters and digits, as FTS5's unicode61 tokenizer sees them (the underscore separates words there).
_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Lower case without accents ("Résumé" → "resume"), as the index's tokenizer folds them."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The words of ``text``, folded, in order, without repeats."""
    seen: dict[str, None] = {}
    for word in _WORD.findall(fold(text)):
        seen.setdefault(word, None)
    return list(seen)


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=1024)
def stem(word: str) -> str:
    return str(_stemmer().stemWord(word))


def _quoted(word: str) -> str:
    # Words hold letters and digits only; doubling quotes would still keep a stray one inside the string.
    return '"' + word.replace('"', '""') + '"'


def build_match(query: str) -> str | None:
    """The FTS5 MATCH expression for what the user typed, or None when it holds no word.

    Each word matches as a prefix of itself or of its stem; all words must match, in the entry's text or
    in its context (company and role), and at least one in the text itself, so that typing a company's
    name lists its interviews once rather than every note written for them. A one-letter word is matched
    whole: as a prefix it would touch a large part of the vocabulary while the user is typing.
    """
    terms: list[str] = []
    for word in words(query)[:MAX_QUERY_WORDS]:
        if len(word) < 2:
            terms.append(_quoted(word))
            continue
        root = stem(word)
        alternatives = [word]
        if len(root) >= 2 and root != word:
            if word.startswith(root):
                alternatives = [root]  # "negoti"* already covers "negotiate"*
            else:
                alternatives.append(root)  # "happy" → "happi": both, or "happy" itself is missed
        options = " OR ".join(f"{_quoted(a)}*" for a in alternatives)
        terms.append(f"({options})" if len(alternatives) > 1 else options)
    if not terms:
        return None
    in_text = f"text : ({' OR '.join(terms)})"
    return in_text if len(terms) == 1 else f"{' AND '.join(terms)} AND {in_text}"


# ---- searching ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchFilters:
    """Narrow a search; every filter left at None lets everything through. Dates are inclusive."""

    company: str | None = None
    outcome: str | None = None
    round_number: int | None = None
    date_from: date | None = None
    date_to: date | None = None

    @property
    def any(self) -> bool:
        return any(
            value is not None
            for value in (self.company, self.outcome, self.round_number, self.date_from, self.date_to)
        )


@dataclass(frozen=True)
class SearchHit:
    """One piece of text that matched, and where it lives.

    ``snippet`` is a short excerpt with each matching word between MARK_START and MARK_END.
    """

    kind: Kind
    ref_id: int
    place: Place
    snippet: str
    detail: str = ""  # the index's field column: e.g. a note's kind and topic, a checklist item's key

    def segments(self) -> list[tuple[str, bool]]:
        """The snippet as (text, highlighted) pieces, for drawing or printing."""
        return split_marked(self.snippet)

    @property
    def plain(self) -> str:
        return self.snippet.replace(MARK_START, "").replace(MARK_END, "")

    @property
    def matched_words(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(piece for piece, highlighted in self.segments() if highlighted))


@dataclass(frozen=True)
class InterviewHits:
    """The hits in one interview. Results are a list of these, latest interview first."""

    interview_id: int
    opportunity_id: int
    company: str
    role: str
    round_number: int
    kind: str
    starts_at: datetime  # aware, UTC
    timezone: str
    outcome: str
    hits: tuple[SearchHit, ...] = field(default=())


def split_marked(snippet: str) -> list[tuple[str, bool]]:
    pieces: list[tuple[str, bool]] = []
    highlighted = False
    for part in re.split(f"([{MARK_START}{MARK_END}])", snippet):
        if part == MARK_START:
            highlighted = True
        elif part == MARK_END:
            highlighted = False
        elif part:
            pieces.append((part, highlighted))
    return pieces


_NOTE_PLACES = {
    "debrief": Place.DEBRIEF,
    "advocate": Place.PREP_ADVOCATE,
    "recap": Place.PREP_POINTS,
    "prep": Place.PREP_POINTS,
}


def place_of(kind: Kind, detail: str, check_steps: dict[str, str] | None = None) -> Place:
    """Where the UI shows a hit of ``kind`` (``detail`` is the index's ``field`` column)."""
    if kind is Kind.PERSON:
        return Place.PANEL
    if kind is Kind.NOTE:
        return _NOTE_PLACES.get(detail.split("/", 1)[0], Place.NOTES)
    if kind is Kind.TALKING_POINT:
        # A told point is recorded in the debrief; planned and recap points live in the prep walk.
        return Place.DEBRIEF if detail == "told" else Place.PREP_POINTS
    if kind is Kind.QUESTION:
        return Place.DEBRIEF if detail == "answered" else Place.PREP_QUESTIONS
    if kind is Kind.FOLLOW_UP:
        return Place.FOLLOW_UPS
    if kind is Kind.FIT:
        return Place.PREP_FIT
    if kind is Kind.CHECK:
        step = f"prep:{(check_steps or {}).get(detail, 'fresh_points')}"
        return Place(step) if step in _PLACES else Place.PREP_POINTS
    return Place.DETAILS


_PLACES = frozenset(place.value for place in Place)
# The order of hits inside one interview: the way its workspace reads, from its details to its follow-ups.
_KIND_ORDER = {
    kind: number
    for number, kind in enumerate(
        (
            Kind.OPPORTUNITY,
            Kind.INTERVIEW,
            Kind.PERSON,
            Kind.NOTE,
            Kind.TALKING_POINT,
            Kind.QUESTION,
            Kind.FIT,
            Kind.CHECK,
            Kind.FOLLOW_UP,
        )
    )
}


def _check_steps() -> dict[str, str]:
    """Checklist item key → the prep step that shows it."""
    from secondround_desktop.core.playbook import load_playbook

    try:
        playbook = load_playbook("en")
    except UserFacingError:  # a broken playbook file: the checklist notes then open at the first step
        return {}
    return {check.key: step.key for step in playbook.steps for check in step.checks}


def _utc_text(value: datetime) -> str:
    # Stored as "YYYY-MM-DD HH:MM:SS[.ffffff]" in UTC; text comparison then orders like time.
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def _conditions(filters: SearchFilters, zone: tzinfo | None) -> tuple[str, dict[str, Any]]:
    """The filters as a condition on ``interview i JOIN opportunity o``; live interviews only.

    The unary + keeps SQLite from looking interviews up through the index on ``deleted_at`` (nearly all
    rows are NULL there), so that joins start from the few rows a batch names.
    """
    conditions = ["+i.deleted_at IS NULL"]
    params: dict[str, Any] = {}
    if filters.company and filters.company.strip():
        conditions.append("o.company = :company COLLATE NOCASE")
        params["company"] = filters.company.strip()
    if filters.outcome:
        conditions.append("i.outcome = :outcome")
        params["outcome"] = filters.outcome
    if filters.round_number is not None:
        conditions.append("i.round_number = :round")
        params["round"] = filters.round_number
    local = zone or datetime.now().astimezone().tzinfo
    if filters.date_from is not None:
        conditions.append("i.starts_at >= :since")
        params["since"] = _utc_text(datetime.combine(filters.date_from, time.min, local))
    if filters.date_to is not None:
        conditions.append("i.starts_at < :until")
        params["until"] = _utc_text(datetime.combine(filters.date_to + timedelta(days=1), time.min, local))
    return " AND ".join(conditions), params


_INTERVIEWS = "SELECT i.id FROM interview i JOIN opportunity o ON o.id = i.opportunity_id"
# Without filters, leaving out the few rounds awaiting deletion is cheaper than listing all live ones.
_NOT_DELETED = "interview_id NOT IN (SELECT id FROM interview WHERE deleted_at IS NOT NULL)"

# Streamed in the index's own rowid order, so that reading stops once enough hits are found: the cost
# follows the size of the answer, not the number of matches ("th" matches nearly every note). Entries of
# an interview that fails the filters are dropped before their snippet is made.
_STREAM_SQL = f"""
SELECT kind, ref_id, interview_id, field,
       snippet({INDEX_TABLE}, 0, :mark_start, :mark_end, '…', {SNIPPET_TOKENS})
FROM {INDEX_TABLE}
WHERE {INDEX_TABLE} MATCH :match AND (interview_id IS NULL OR {{eligible}})
ORDER BY rowid DESC
"""

_BATCH = 256


@dataclass(frozen=True)
class _Entry:
    kind: Kind
    ref_id: int
    interview_id: int
    detail: str
    snippet: str


def search(
    db: Database,
    query: str,
    filters: SearchFilters | None = None,
    *,
    limit: int = DEFAULT_LIMIT,
    zone: tzinfo | None = None,
) -> list[InterviewHits]:
    """Everything that matches ``query`` and the filters, grouped by interview, latest interview first.

    Any text is a valid query; one without words finds nothing. At most ``limit`` hits, the most
    recently written first (a result that reaches the limit is a cue to type another word). Date filters
    are days in ``zone`` (default: this computer's). Matches are read in batches, with a fixed number of
    statements per batch, never one per hit.
    """
    match = build_match(query)
    if match is None or limit <= 0:
        return []
    where, params = _conditions(filters or SearchFilters(), zone)
    # The filters' own parameters decide whether listing the eligible interviews is worth it.
    eligible = f"interview_id IN ({_INTERVIEWS} WHERE {where})" if params else _NOT_DELETED
    params.update(match=match, mark_start=MARK_START, mark_end=MARK_END)
    entries: list[_Entry] = []
    with db.session() as session:
        connection = session.connection()
        cursor = connection.exec_driver_sql(_STREAM_SQL.format(eligible=eligible), params)
        # The first batch is as large as the answer can be: most searches need no second one.
        size = min(limit, _BATCH)
        try:
            while len(entries) < limit:
                batch = cursor.fetchmany(size)
                if not batch:
                    break
                entries += _locate(connection, batch, where, params)
                size = _BATCH
        finally:
            cursor.close()
        entries = entries[:limit]
        rows = _interview_rows(connection, {entry.interview_id for entry in entries})
    return _group(entries, rows)


def _id_list(ids: Iterable[int]) -> str:
    # Ids come from the database as integers; int() makes sure nothing else reaches the statement.
    return ", ".join(str(int(value)) for value in sorted(set(ids)))


def _locate(connection: Connection, batch: Sequence[Any], where: str, params: dict[str, Any]) -> list[_Entry]:
    """Entries for one batch of matches; an opportunity or a person becomes one entry per interview."""
    opportunities = [int(row[1]) for row in batch if row[0] == Kind.OPPORTUNITY.value]
    people = [int(row[1]) for row in batch if row[0] == Kind.PERSON.value]
    rounds: dict[int, list[int]] = {}
    seats: dict[int, list[int]] = {}
    filter_params = {
        key: value for key, value in params.items() if key not in ("match", "mark_start", "mark_end")
    }
    if opportunities:
        for interview_id, opportunity_id in connection.exec_driver_sql(
            "SELECT i.id, i.opportunity_id FROM opportunity o "
            f"CROSS JOIN interview i ON i.opportunity_id = o.id WHERE o.id IN ({_id_list(opportunities)}) "
            f"AND {where}",
            filter_params,
        ):
            rounds.setdefault(opportunity_id, []).append(interview_id)
    if people:
        # Each round the person sat on; someone on no panel belongs to every round of their opportunity.
        for person_id, interview_id in connection.exec_driver_sql(
            # CROSS JOIN: SQLite starts from the people of the batch, not from all interviews.
            f"SELECT pe.id, i.id FROM person pe "
            f"CROSS JOIN interview i ON i.opportunity_id = pe.opportunity_id "
            f"JOIN opportunity o ON o.id = i.opportunity_id "
            f"WHERE pe.id IN ({_id_list(people)}) AND {where} AND ("
            f"EXISTS (SELECT 1 FROM panelist p WHERE p.person_id = pe.id AND p.interview_id = i.id) "
            f"OR NOT EXISTS (SELECT 1 FROM panelist p WHERE p.person_id = pe.id))",
            filter_params,
        ):
            seats.setdefault(person_id, []).append(interview_id)
    entries: list[_Entry] = []
    for kind_value, ref_id, interview_id, detail, snippet in batch:
        kind, ref_id = Kind(kind_value), int(ref_id)
        text = " ".join(str(snippet or "").split())
        if interview_id is not None:
            entries.append(_Entry(kind, ref_id, int(interview_id), str(detail or ""), text))
            continue
        owners = rounds if kind is Kind.OPPORTUNITY else seats
        for owner in owners.get(ref_id, []):
            entries.append(_Entry(kind, ref_id, owner, str(detail or ""), text))
    return entries


def _interview_rows(connection: Connection, ids: set[int]) -> dict[int, tuple[Any, ...]]:
    """id → (id, opportunity id, company, role, round, kind, starts_at as stored, timezone, outcome)."""
    if not ids:
        return {}
    rows = connection.exec_driver_sql(
        "SELECT i.id, o.id, o.company, o.role, i.round_number, i.kind, i.starts_at, i.timezone, i.outcome "
        f"FROM interview i JOIN opportunity o ON o.id = i.opportunity_id WHERE i.id IN ({_id_list(ids)})"
    ).all()
    return {row[0]: tuple(row) for row in rows}


def _group(entries: Sequence[_Entry], rows: dict[int, tuple[Any, ...]]) -> list[InterviewHits]:
    steps = _check_steps() if any(entry.kind is Kind.CHECK for entry in entries) else {}
    hits: dict[int, list[SearchHit]] = {}
    for entry in entries:
        hits.setdefault(entry.interview_id, []).append(
            SearchHit(
                kind=entry.kind,
                ref_id=entry.ref_id,
                place=place_of(entry.kind, entry.detail, steps),
                snippet=entry.snippet,
                detail=entry.detail,
            )
        )
    # The stored "YYYY-MM-DD HH:MM:SS" text sorts like the time it stands for.
    ordered = sorted(
        (rows[interview_id] for interview_id in hits if interview_id in rows),
        key=lambda row: (str(row[6]), row[0]),
        reverse=True,
    )
    return [
        InterviewHits(
            interview_id=row[0],
            opportunity_id=row[1],
            company=row[2],
            role=row[3],
            round_number=row[4],
            kind=row[5],
            starts_at=_as_utc(row[6]),
            timezone=row[7],
            outcome=row[8],
            hits=tuple(sorted(hits[row[0]], key=lambda hit: (_KIND_ORDER[hit.kind], hit.ref_id))),
        )
        for row in ordered
    ]


def _as_utc(value: object) -> datetime:
    """The raw query returns the stored "YYYY-MM-DD HH:MM:SS[.ffffff]" (UTC) as it is."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)


# ---- for the command line ----------------------------------------------------------------------


def result_dict(group: InterviewHits) -> dict[str, Any]:
    """One interview's hits as JSON-ready values; highlights as [start, end) offsets into ``text``."""
    return {
        "interview_id": group.interview_id,
        "company": group.company,
        "role": group.role,
        "round": group.round_number,
        "kind": group.kind,
        "starts_at": group.starts_at.isoformat(),
        "outcome": group.outcome,
        "hits": [_hit_dict(hit) for hit in group.hits],
    }


def _hit_dict(hit: SearchHit) -> dict[str, Any]:
    plain = ""
    spans: list[list[int]] = []
    for piece, highlighted in hit.segments():
        if highlighted:
            spans.append([len(plain), len(plain) + len(piece)])
        plain += piece
    return {
        "kind": hit.kind.value,
        "id": hit.ref_id,
        "place": hit.place.value,
        "text": plain,
        "highlights": spans,
    }


KIND_LABELS: dict[Kind, str] = {
    Kind.OPPORTUNITY: "Company and role",
    Kind.INTERVIEW: "Location",
    Kind.PERSON: "Person",
    Kind.NOTE: "Note",
    Kind.TALKING_POINT: "Talking point",
    Kind.QUESTION: "Question",
    Kind.FOLLOW_UP: "Follow-up",
    Kind.FIT: "Fit criterion",
    Kind.CHECK: "Checklist note",
}


def results_text(groups: Sequence[InterviewHits]) -> str:
    """The results as plain text for a terminal: one heading per interview, one line per hit, the
    matching words in **double asterisks**."""
    from secondround_desktop.core.formatting import OUTCOME_LABELS, absolute_when

    lines: list[str] = []
    for group in groups:
        lines.append(
            f"{group.company} — {group.role} · round {group.round_number} · "
            f"{absolute_when(group.starts_at, group.timezone)} · "
            f"{OUTCOME_LABELS.get(group.outcome, group.outcome)}  [interview {group.interview_id}]"
        )
        for hit in group.hits:
            text = "".join(f"**{piece}**" if marked else piece for piece, marked in hit.segments())
            lines.append(f"  {KIND_LABELS[hit.kind]}: {text}")
    return "\n".join(lines)
