"""Initial schema: sources, posts, facts, model state, events, outbox.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("etag", sa.Text()),
        sa.Column("last_modified", sa.Text()),
        sa.Column("http_cache_until", TZ),
        sa.Column("next_fetch_at", TZ),
        sa.Column("last_fetched_at", TZ),
        sa.Column("last_success_at", TZ),
        sa.Column("last_new_entry_at", TZ),
        sa.Column("last_error", sa.Text()),
        sa.Column("consecutive_failures", sa.Integer(), nullable=False),
        sa.Column("permanent_url", sa.Text()),
        sa.Column("disabled_reason", sa.Text()),
        sa.Column("created_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sources"),
        sa.UniqueConstraint("name", name="uq_sources_name"),
    )
    op.create_table(
        "posts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("source_id", sa.Integer()),
        sa.Column("post_key", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("is_current", sa.Boolean(), nullable=False),
        sa.Column("guid", sa.Text()),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("published", sa.Date()),
        sa.Column("fetched_at", TZ, nullable=False),
        sa.Column("content_hash", sa.String(128), nullable=False),
        sa.Column("content_type", sa.String(20), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("text", sa.Text()),
        sa.Column("error", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_posts"),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name="fk_posts_source_id_sources", ondelete="CASCADE"
        ),
        sa.UniqueConstraint("post_key", "version", name="uq_posts_post_key_version"),
    )
    op.create_index("ix_posts_source_id", "posts", ["source_id"])
    op.create_index("ix_posts_current", "posts", ["post_key", "is_current"])
    op.create_table(
        "facts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("attribute", sa.String(40), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("certainty", sa.String(20), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("published", sa.Date(), nullable=False),
        sa.Column("extractor_version", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_facts"),
        sa.ForeignKeyConstraint(
            ["post_id"], ["posts.id"], name="fk_facts_post_id_posts", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_facts_post_id", "facts", ["post_id"])
    op.create_index("ix_facts_key", "facts", ["model", "attribute", "published"])
    op.create_table(
        "model_state",
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("attribute", sa.String(40), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("certainty", sa.String(20), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("post_id", sa.Integer()),
        sa.Column("corroborations", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.JSON(), nullable=False),
        sa.Column("rumour", sa.JSON()),
        sa.Column("updated_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("model", "attribute", name="pk_model_state"),
        sa.ForeignKeyConstraint(
            ["post_id"], ["posts.id"], name="fk_model_state_post_id_posts", ondelete="SET NULL"
        ),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("attribute", sa.String(40), nullable=False),
        sa.Column("old", sa.JSON()),
        sa.Column("new", sa.JSON(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("certainty", sa.String(20), nullable=False),
        sa.Column("severity", sa.String(10), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("post_id", sa.Integer()),
        sa.Column("detected_at", TZ, nullable=False),
        sa.Column("mode", sa.String(20), nullable=False),
        sa.Column("superseded_at", TZ),
        sa.Column("superseded_reason", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
        sa.ForeignKeyConstraint(
            ["post_id"], ["posts.id"], name="fk_events_post_id_posts", ondelete="SET NULL"
        ),
    )
    op.create_index("ix_events_date", "events", ["date"])
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("idempotency_key", sa.String(300), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("destination", sa.Text(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_attempt_at", TZ),
        sa.Column("last_error", sa.Text()),
        sa.Column("sent_at", TZ),
        sa.PrimaryKeyConstraint("id", name="pk_outbox"),
        sa.UniqueConstraint("idempotency_key", name="uq_outbox_idempotency_key"),
    )
    op.create_index("ix_outbox_sent_at", "outbox", ["sent_at"])


def downgrade() -> None:
    for table in ("outbox", "events", "model_state", "facts", "posts", "sources"):
        op.drop_table(table)
