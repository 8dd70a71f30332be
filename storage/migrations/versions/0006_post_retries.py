"""Failed posts are retried with backoff: attempts and the time of the last one.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (see 0003): no table rebuild on SQLite.
    op.add_column("posts", sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("posts", sa.Column("last_attempt_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("posts") as batch:
        batch.drop_column("last_attempt_at")
        batch.drop_column("attempts")
