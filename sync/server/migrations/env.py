"""Alembic environment: runs on the engine handed over by sync.server.db.migrate."""

from __future__ import annotations

from alembic import context

from sync.server.db.tables import metadata

config = context.config


def run_migrations_online() -> None:
    engine = config.attributes["engine"]
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            connection = connection.execution_options(sqlite_begin="IMMEDIATE")
        # render_as_batch: SQLite can only ALTER by copying a table; batch mode does that.
        context.configure(connection=connection, target_metadata=metadata,
                          render_as_batch=True, transactional_ddl=True)
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported; "
                     "run halotki-server migrate")
run_migrations_online()
