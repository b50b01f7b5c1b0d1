"""family voice: the hub's follow-up questions (versioned) and families' anonymous answers

Revision ID: 0014_family_voice
Revises: 0013_help_queue
Create Date: 2026-12-07 10:30:00

- voice_questions: the hub's questions after the faces, one row per question of each version
  of the set; a new version retires the old rows (docs/measures.md, "Family voice").
- voice_responses: one anonymous answer per visit (face, answers), by site, day, activity or
  reason; no family, visit or member id.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_family_voice"
down_revision = "0013_help_queue"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "voice_questions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("hub_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("text_en", sa.String(length=160), nullable=False),
        sa.Column("text_pl", sa.String(length=160), nullable=False),
        sa.Column("text_ro", sa.String(length=160), nullable=False),
        sa.Column("text_ur", sa.String(length=160), nullable=False),
        sa.Column("text_ar", sa.String(length=160), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["hub_id"], ["hubs.id"], name=op.f("fk_voice_questions_hub_id_hubs")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voice_questions")),
    )
    op.create_index(op.f("ix_voice_questions_hub_id"), "voice_questions", ["hub_id"], unique=False)
    op.create_table(
        "voice_responses",
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
        sa.ForeignKeyConstraint(
            ["hub_id"], ["hubs.id"], name=op.f("fk_voice_responses_hub_id_hubs")
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_voice_responses_site_id_sites")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voice_responses")),
    )
    op.create_index(
        "ix_voice_responses_hub_day", "voice_responses", ["hub_id", "day", "site_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_voice_responses_hub_day", table_name="voice_responses")
    op.drop_table("voice_responses")
    op.drop_index(op.f("ix_voice_questions_hub_id"), table_name="voice_questions")
    op.drop_table("voice_questions")
