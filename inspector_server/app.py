"""The FastAPI application: routes, the database, the blob store and the signing secret.

``create_app`` takes its configuration as an argument (no globals), so tests and the
``serve`` command build the same app from different settings.
"""

from __future__ import annotations

from fastapi import FastAPI

from inspector_server import db
from inspector_server.blobstore import FolderBlobStorage
from inspector_server.config import ServerConfig
from inspector_server.routes import auth, blobs, devices, draws, numbers, registry, sync
from inspector_server.security import load_secret


def create_app(config: ServerConfig | None = None, migrate: bool = True) -> FastAPI:
    config = config or ServerConfig.from_env()
    engine = db.make_engine(config.database_url)
    if migrate:
        db.upgrade(engine)
    sessions = db.Sessions(engine)
    with sessions.begin() as session:
        secret = load_secret(session)
    app = FastAPI(
        title="Field Inspector server",
        version="1",
        description="Central server for Field Inspector: sync, evidence, registries, draws.",
    )
    app.state.config = config
    app.state.sessions = sessions
    app.state.secret = secret
    app.state.blobs = FolderBlobStorage(config.blob_dir)
    for module in (auth, sync, blobs, registry, numbers, draws, devices):
        app.include_router(module.router)

    @app.get("/health", tags=["meta"])
    def health() -> dict[str, str]:
        return {"status": "ok", "database": engine.dialect.name}

    return app


def app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory inspector_server.app:app_from_env``."""
    return create_app()
