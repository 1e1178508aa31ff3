"""names index: the list's find looks companies, roles and people's names up in a trigram index

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 10:00:00

The find above the list matches each word anywhere in a company, role or panelist's name. With LIKE
'%word%' that read every name: 30-40 ms for 330,000 names at 100,000 interviews, at every find. FTS5's
trigram tokenizer indexes every three characters, so a word of three letters or more is looked up
instead (0.2-2 ms). The two tables are external-content indexes over opportunity and person (they keep
no copy of the text), kept current by triggers.

SQLite has the trigram tokenizer from 3.34; on an older one the tables are not made and the find reads
the names as before (core/interviews.py asks which it has).

The statements are written out here rather than taken from the app's modules, so that this revision
stays what it was.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGRAM_FROM = (3, 34, 0)

INDEXES = {
    # index: (source table, indexed columns)
    "names_opportunity": ("opportunity", ("company", "role")),
    "names_person": ("person", ("name",)),
}


def _statements(index: str, table: str, columns: tuple[str, ...]) -> list[str]:
    listed = ", ".join(columns)
    new = ", ".join(f"NEW.{column}" for column in columns)
    old = ", ".join(f"OLD.{column}" for column in columns)
    forget = f"INSERT INTO {index}({index}, rowid, {listed}) VALUES ('delete', OLD.id, {old});"
    remember = f"INSERT INTO {index}(rowid, {listed}) VALUES (NEW.id, {new});"
    return [
        f"CREATE VIRTUAL TABLE {index} USING fts5({listed}, content='{table}', content_rowid='id', "
        "tokenize='trigram')",
        f"CREATE TRIGGER {index}_ai AFTER INSERT ON {table} BEGIN {remember} END",
        f"CREATE TRIGGER {index}_ad AFTER DELETE ON {table} BEGIN {forget} END",
        f"CREATE TRIGGER {index}_au AFTER UPDATE OF id, {listed} ON {table} BEGIN {forget} {remember} END",
        f"INSERT INTO {index}({index}) VALUES ('rebuild')",
    ]


def upgrade() -> None:
    version = op.get_bind().exec_driver_sql("SELECT sqlite_version()").scalar_one()
    if tuple(int(part) for part in str(version).split(".")[:3]) < TRIGRAM_FROM:
        return
    for index, (table, columns) in INDEXES.items():
        for statement in _statements(index, table, columns):
            op.execute(statement)


def downgrade() -> None:
    for index in INDEXES:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {index}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {index}")
