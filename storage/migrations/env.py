"""Alembic environment: migrates the engine handed over by ``llamawatch.storage.db``.

Run Alembic through :func:`llamawatch.storage.db.upgrade`; no alembic.ini is
needed. ``render_as_batch`` lets SQLite alter tables by copying them.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from llamawatch.storage.schema import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # pragma: no cover - only when someone runs the alembic CLI directly
    from llamawatch.storage.db import make_engine

    engine = make_engine(config.get_main_option("sqlalchemy.url") or "")

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # one migrating process at a time; the others wait, then find nothing to do
            connection.execute(text("SELECT pg_advisory_xact_lock(7320251123)"))
        context.run_migrations()
    connection.commit()
