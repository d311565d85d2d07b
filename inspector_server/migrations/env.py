"""Alembic environment for the server: online only, on the connection handed over."""

from alembic import context

from inspector_server.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
