"""Alembic environment: runs on the engine IOM Desk hands over (``config.attributes['engine']``)."""

from __future__ import annotations

from alembic import context

from iomdesk.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        from iomdesk.store.db import make_engine, resolve_url

        engine = make_engine(resolve_url(config.get_main_option("sqlalchemy.url")))
    # All revisions run in one transaction (SQLite's DDL is transactional): a crash or a kill part-way
    # leaves the database at the revision it had. On SQLite it begins IMMEDIATE (iomdesk.store.db.WRITE)
    # so that a second app starting at the same time waits, then finds the schema already current.
    from iomdesk.store.db import WRITE

    with engine.connect() as connection:
        connection.execution_options(**{WRITE: True})
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            transactional_ddl=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
