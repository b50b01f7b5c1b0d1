"""family voice: hubs' follow-up questions and families' anonymous answers, projected

Revision ID: c0015
Revises: c0014
Create Date: 2026-12-07 10:40:00

The dashboard's projections of the `voice_question` and `voice_response` events (issue 23;
docs/measures.md, "Family voice"). Answers name no family and no visit.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0015"
down_revision = "c0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "central_voice_questions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("hub_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("text_en", sa.String(length=160), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=60), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_central_voice_questions")),
    )
    op.create_index(
        op.f("ix_central_voice_questions_hub_id"),
        "central_voice_questions",
        ["hub_id"],
        unique=False,
    )
    op.create_table(
        "central_voice_responses",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("hub_id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("activity_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("question_version", sa.Integer(), nullable=True),
        sa.Column("answer_1", sa.String(length=10), nullable=True),
        sa.Column("answer_2", sa.String(length=10), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=60), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_central_voice_responses")),
    )
    op.create_index(
        "ix_central_voice_responses_hub_day",
        "central_voice_responses",
        ["hub_id", "day"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_central_voice_responses_hub_day", table_name="central_voice_responses")
    op.drop_table("central_voice_responses")
    op.drop_index(op.f("ix_central_voice_questions_hub_id"), table_name="central_voice_questions")
    op.drop_table("central_voice_questions")
