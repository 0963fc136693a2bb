"""Entry point for uvicorn workers: each builds its own context from the environment."""

from __future__ import annotations

from fastapi import FastAPI

from sync.server.api.app import create_app
from sync.server.config import Settings
from sync.server.context import ServerContext
from sync.server.logs import configure_logging


def app_from_env() -> FastAPI:
    configure_logging()
    return create_app(ServerContext.create(Settings.from_env()))
