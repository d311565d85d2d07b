"""Whole-flow tests use a real server process on 127.0.0.1 (the sync tests' fixtures)."""

from inspector_server.pytest_plugin import agency, make_agency, pg_cluster, server  # noqa: F401
