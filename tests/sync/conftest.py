"""Sync tests run the device engine against a real uvicorn process, on SQLite and on PostgreSQL."""

from inspector_server.pytest_plugin import agency, make_agency, pg_cluster, server  # noqa: F401
