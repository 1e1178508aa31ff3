"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-26 10:11:47.652104
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "opportunity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(), nullable=False),
        sa.Column("company", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("posting_url", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("opportunity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_opportunity_company"), ["company"], unique=False)
        batch_op.create_index(batch_op.f("ix_opportunity_uid"), ["uid"], unique=True)

    op.create_table(
        "question",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("audience", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("is_seed", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("question", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_question_audience"), ["audience"], unique=False)

    op.create_table(
        "interview",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("round_number", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("timezone", sa.String(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("location", sa.String(), nullable=False),
        sa.Column("meeting_link", sa.String(), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("outcome", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["opportunity_id"], ["opportunity.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("interview", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interview_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_interview_opportunity_id"), ["opportunity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_interview_starts_at"), ["starts_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_interview_uid"), ["uid"], unique=True)

    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("relation", sa.String(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["opportunity_id"], ["opportunity.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_opportunity_id"), ["opportunity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_uid"), ["uid"], unique=True)

    op.create_table(
        "checkliststate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("item_key", sa.String(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["interview_id"], ["interview.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("interview_id", "item_key"),
    )
    with op.batch_alter_table("checkliststate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checkliststate_interview_id"), ["interview_id"], unique=False)

    op.create_table(
        "fitcriterion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["interview_id"], ["interview.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("fitcriterion", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fitcriterion_interview_id"), ["interview_id"], unique=False)

    op.create_table(
        "followup",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("draft", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["interview_id"], ["interview.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("followup", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_followup_interview_id"), ["interview_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_followup_person_id"), ["person_id"], unique=False)

    op.create_table(
        "interviewquestion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("question_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("asked", sa.Boolean(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["interview_id"], ["interview.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["question_id"], ["question.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("interviewquestion", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interviewquestion_interview_id"),
            ["interview_id"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_interviewquestion_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_interviewquestion_question_id"),
            ["question_id"],
            unique=False,
        )

    op.create_table(
        "note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("topic", sa.String(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["interview_id"], ["interview.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_interview_id"), ["interview_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_note_person_id"), ["person_id"], unique=False)

    op.create_table(
        "panelist",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["interview_id"], ["interview.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("interview_id", "person_id"),
    )
    with op.batch_alter_table("panelist", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_panelist_interview_id"), ["interview_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_panelist_person_id"), ["person_id"], unique=False)

    op.create_table(
        "talkingpoint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("landed", sa.Boolean(), nullable=True),
        sa.Column("kept_despite_repeat", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["interview_id"], ["interview.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("talkingpoint", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_talkingpoint_interview_id"), ["interview_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_talkingpoint_person_id"), ["person_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("talkingpoint", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_talkingpoint_person_id"))
        batch_op.drop_index(batch_op.f("ix_talkingpoint_interview_id"))

    op.drop_table("talkingpoint")
    with op.batch_alter_table("panelist", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_panelist_person_id"))
        batch_op.drop_index(batch_op.f("ix_panelist_interview_id"))

    op.drop_table("panelist")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_person_id"))
        batch_op.drop_index(batch_op.f("ix_note_interview_id"))

    op.drop_table("note")
    with op.batch_alter_table("interviewquestion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interviewquestion_question_id"))
        batch_op.drop_index(batch_op.f("ix_interviewquestion_person_id"))
        batch_op.drop_index(batch_op.f("ix_interviewquestion_interview_id"))

    op.drop_table("interviewquestion")
    with op.batch_alter_table("followup", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_followup_person_id"))
        batch_op.drop_index(batch_op.f("ix_followup_interview_id"))

    op.drop_table("followup")
    with op.batch_alter_table("fitcriterion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fitcriterion_interview_id"))

    op.drop_table("fitcriterion")
    with op.batch_alter_table("checkliststate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkliststate_interview_id"))

    op.drop_table("checkliststate")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_uid"))
        batch_op.drop_index(batch_op.f("ix_person_opportunity_id"))

    op.drop_table("person")
    with op.batch_alter_table("interview", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interview_uid"))
        batch_op.drop_index(batch_op.f("ix_interview_starts_at"))
        batch_op.drop_index(batch_op.f("ix_interview_opportunity_id"))
        batch_op.drop_index(batch_op.f("ix_interview_deleted_at"))

    op.drop_table("interview")
    with op.batch_alter_table("question", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_question_audience"))

    op.drop_table("question")
    with op.batch_alter_table("opportunity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opportunity_uid"))
        batch_op.drop_index(batch_op.f("ix_opportunity_company"))

    op.drop_table("opportunity")
