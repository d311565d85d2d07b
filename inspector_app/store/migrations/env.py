"""Alembic environment: always run online, on the connection the app hands over."""

from alembic import context

from inspector_app.store import Base
from inspector_app.store.migrations.env_filter import include_object

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
