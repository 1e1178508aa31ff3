"""The trigram index over companies, roles and people's names, where the list's find looks its words up.

Two external-content FTS5 tables (they keep no copy of the text), made and kept current by triggers in
migration 0006. A word of three letters or more is found anywhere in a name through them, as LIKE
'%word%' finds it, without reading every name; shorter words have no trigram and are read with LIKE.
Where SQLite is older than 3.34 (no trigram tokenizer) the tables do not exist and every word is read
with LIKE.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Select, literal_column, select, table
from sqlalchemy.exc import DBAPIError

OPPORTUNITY_INDEX = "names_opportunity"
PERSON_INDEX = "names_person"
TABLES = (OPPORTUNITY_INDEX, PERSON_INDEX)
# FTS5's shadow tables of an external-content table (no _content: the text stays in its own table).
SHADOW_SUFFIXES = ("_data", "_idx", "_docsize", "_config")
MIN_LETTERS = 3  # a trigram index finds words of three letters or more


def is_index_object(name: str | None) -> bool:
    """The index tables and their shadow tables: not models, kept out of schema comparisons."""
    return name is not None and any(
        name == index or any(name == index + suffix for suffix in SHADOW_SUFFIXES) for index in TABLES
    )


def present(connection: Connection) -> bool:
    found = connection.exec_driver_sql(
        f"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN {TABLES!r}"
    ).scalar_one()
    return int(found) == len(TABLES)


def _phrase(word: str) -> str:
    """The word as an FTS5 phrase: matched as it is, quotes and all."""
    return '"' + word.replace('"', '""') + '"'


def _ids(index: str, word: str) -> Select[Any]:
    return select(literal_column("rowid")).select_from(table(index)).where(
        literal_column(index).op("MATCH")(_phrase(word))
    )


def opportunity_ids(word: str) -> Select[Any]:
    """The opportunities whose company or role holds ``word`` (any case)."""
    return _ids(OPPORTUNITY_INDEX, word)


def person_ids(word: str) -> Select[Any]:
    """The people whose name holds ``word`` (any case)."""
    return _ids(PERSON_INDEX, word)


def rebuild(connection: Connection) -> None:
    """Index the names again from their tables (when the index exists)."""
    if present(connection):
        for index in TABLES:
            connection.exec_driver_sql(f"INSERT INTO {index}({index}) VALUES ('rebuild')")


def problems(connection: Connection) -> list[str]:
    """FTS5's integrity check of each table against the names it indexes."""
    if not present(connection):
        return []
    found = []
    for index in TABLES:
        try:
            connection.exec_driver_sql(f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', 1)")
        except DBAPIError as exc:
            found.append(f"The names index {index} is damaged: {exc.orig}.")
    return found
