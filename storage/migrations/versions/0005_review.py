"""Review decisions: an analyst's accept, reject or correction of a fact.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(128), nullable=False),
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("attribute", sa.String(40), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("value_key", sa.String(400), nullable=False),
        sa.Column("decision", sa.String(10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("new_model", sa.String(200), nullable=True),
        sa.Column("new_attribute", sa.String(40), nullable=True),
        sa.Column("new_value", sa.JSON(), nullable=True),
        sa.Column("new_certainty", sa.String(20), nullable=True),
        sa.Column("certainty", sa.String(20), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("post_url", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(200), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_decisions")),
        sa.UniqueConstraint(
            "content_hash", "model", "attribute", "value_key", name="uq_review_decisions_fact"
        ),
    )
    op.create_index(op.f("ix_review_decisions_content_hash"), "review_decisions", ["content_hash"])


def downgrade() -> None:
    op.drop_index(op.f("ix_review_decisions_content_hash"), table_name="review_decisions")
    op.drop_table("review_decisions")
