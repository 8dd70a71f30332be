"""Support and dissent on states and events; name links (an alias is filed under a name).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN with server defaults (as 0003): no table rebuild on SQLite.
    # Stored history is re-derived by `reprocess`; until then old rows say 1 source.
    for table in ("model_state", "events"):
        op.add_column(table, sa.Column("support", sa.Integer(), nullable=False, server_default="1"))
        op.add_column(table, sa.Column("dissent", sa.JSON(), nullable=False, server_default="[]"))
    op.create_table(
        "name_links",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "post_id",
            sa.Integer(),
            sa.ForeignKey("posts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("alias", sa.String(200), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
    )
    op.create_index("ix_name_links_post_id", "name_links", ["post_id"])
    op.create_index("ix_name_links_alias", "name_links", ["alias"])


def downgrade() -> None:
    op.drop_index("ix_name_links_alias", "name_links")
    op.drop_index("ix_name_links_post_id", "name_links")
    op.drop_table("name_links")
    for table in ("events", "model_state"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("dissent")
            batch.drop_column("support")
