"""Alembic environment: runs the migrations on one SQLite file, in batch mode."""

from __future__ import annotations

from pathlib import Path

from alembic import context
from sqlmodel import SQLModel

import secondround_desktop.core.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from secondround_desktop.core.db import make_engine
from secondround_desktop.core.search import include_name

config = context.config
url = config.get_main_option("sqlalchemy.url") or ""
# Batch mode rebuilds tables by copy-and-drop; with foreign keys on, the drop would cascade.
engine = make_engine(Path(url.removeprefix("sqlite:///")), foreign_keys=False)

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=include_name,  # the search index's FTS tables are not models
    )
    with context.begin_transaction():
        context.run_migrations()
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"migration left broken foreign keys: {broken[:5]}")
    connection.commit()
engine.dispose()
