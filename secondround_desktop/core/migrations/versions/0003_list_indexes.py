"""indexes for long histories: the interview lists, notes by kind, the overdue follow-ups

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 09:00:00

The lists read live interviews in start order and tell upcoming from past by start plus duration: a
partial index on (starts_at, duration_minutes) over live rows answers both without reading the table,
and an index on the duration gives the longest one at once. The index on deleted_at keeps only the
deleted rows: indexing every row let SQLite read "deleted_at IS NULL" (nearly all rows) through it.
Notes are found by interview, kind and topic; open follow-ups by due date; the find field reads
people's names from an index rather than from the rows.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain CREATE INDEX, not batch mode: a batch rebuild would copy the tables and drop their triggers.
    op.create_index(
        "ix_interview_live_starts_at",
        "interview",
        ["starts_at", "duration_minutes"],
        sqlite_where=sa.text("deleted_at IS NULL"),
    )
    op.create_index("ix_interview_duration_minutes", "interview", ["duration_minutes"])
    op.drop_index("ix_interview_deleted_at", table_name="interview")
    op.create_index(
        "ix_interview_deleted_at", "interview", ["deleted_at"], sqlite_where=sa.text("deleted_at IS NOT NULL")
    )
    op.create_index("ix_note_interview_kind_topic", "note", ["interview_id", "kind", "topic"])
    op.create_index("ix_person_name", "person", ["name"])
    op.create_index(
        "ix_followup_open_due_date", "followup", ["due_date"], sqlite_where=sa.text("done_at IS NULL")
    )


def downgrade() -> None:
    op.drop_index("ix_followup_open_due_date", table_name="followup")
    op.drop_index("ix_person_name", table_name="person")
    op.drop_index("ix_note_interview_kind_topic", table_name="note")
    op.drop_index("ix_interview_deleted_at", table_name="interview")
    op.create_index("ix_interview_deleted_at", "interview", ["deleted_at"])
    op.drop_index("ix_interview_duration_minutes", table_name="interview")
    op.drop_index("ix_interview_live_starts_at", table_name="interview")
