"""search index: writes no longer merge its b-trees; the app merges them a little at a time when idle

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 09:00:00

FTS5 adds a small b-tree to the index at every write and, by default, merges them as part of the write
that crosses a threshold (automerge, and at 16 b-trees on a level all at once: crisismerge). On a long
history that merge landed on an ordinary autosave of the notes: 70 to 300 ms with 100,000 notes, a
freeze in the middle of typing. Writes now leave merging alone (automerge 0); the app does the same
merging in idle moments, a few pages per step (core/search.py, merge_step). Crisismerge stays as a
safety net for a file written for a long time by the command line alone, at a level no idle merging
leaves standing.

The values are written out here rather than taken from core/search.py, so that this revision stays
what it was; they are kept in the index's own configuration table, so they travel with the file.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _configure(automerge: int, crisismerge: int) -> None:
    op.execute(f"INSERT INTO search_index(search_index, rank) VALUES ('automerge', {automerge})")
    op.execute(f"INSERT INTO search_index(search_index, rank) VALUES ('crisismerge', {crisismerge})")


def upgrade() -> None:
    _configure(automerge=0, crisismerge=64)


def downgrade() -> None:
    _configure(automerge=4, crisismerge=16)  # FTS5's defaults
