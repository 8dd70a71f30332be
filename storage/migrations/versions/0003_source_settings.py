"""Per-source settings for sources added from the CLI: full text, interval, identity.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN with a server default: both SQLite and PostgreSQL do it in
    # place, whereas a batch (copy-and-rename) rebuild on SQLite would cascade
    # through the posts' foreign keys.
    op.add_column(
        "sources", sa.Column("fulltext", sa.Boolean(), nullable=False, server_default=sa.true())
    )
    op.add_column(
        "sources", sa.Column("interval_minutes", sa.Integer(), nullable=False, server_default="60")
    )
    op.add_column(
        "sources", sa.Column("identity", sa.String(20), nullable=False, server_default="guid")
    )


def downgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("identity")
        batch.drop_column("interval_minutes")
        batch.drop_column("fulltext")
