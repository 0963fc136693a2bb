"""Server settings: where the database is, limits, and how strong password verifiers are.

The server is stateless: everything a worker needs comes from these settings and the
database, so `serve --workers N` (or several hosts behind a proxy) share nothing else.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

import appdirs
from sqlalchemy.engine import URL, make_url

ENV_DB = "HALOTKI_SERVER_DB"
ENV_DATA_DIR = "HALOTKI_SERVER_DATA_DIR"
ENV_FAST_KDF = "HALOTKI_TEST_FAST_KDF"  # same switch as the desktop: tests and CI only
DB_FILE = "halotki-server.db"


@dataclass(frozen=True)
class RateLimit:
    attempts: int
    window_s: int


@dataclass(frozen=True)
class Settings:
    database_url: str
    max_body_bytes: int = 1 << 20
    enrol_code_ttl_s: int = 24 * 3600
    # Per client address; a code has ~60 bits, so this only stops noise and slow guessing.
    enrol_limit: RateLimit = field(default_factory=lambda: RateLimit(10, 600))
    # Per account and per device: password guessing against central accounts.
    verify_user_limit: RateLimit = field(default_factory=lambda: RateLimit(10, 900))
    verify_device_limit: RateLimit = field(default_factory=lambda: RateLimit(30, 300))
    fast_kdf: bool = False
    # A device's last_seen is written at most this often, not on every request.
    last_seen_interval_s: int = 60

    @classmethod
    def from_env(cls, db: str | None = None, data_dir: str | None = None, **overrides) -> Settings:
        url = resolve_database_url(db, data_dir)
        base = cls(database_url=url, fast_kdf=os.environ.get(ENV_FAST_KDF) == "1")
        return replace(base, **overrides) if overrides else base

    @property
    def backend(self) -> str:
        return make_url(self.database_url).get_backend_name()


def default_data_dir() -> Path:
    return Path(appdirs.user_data_dir("HaloTKI-Server", "BP2MI"))


def resolve_database_url(db: str | None = None, data_dir: str | None = None) -> str:
    """`--db`, else HALOTKI_SERVER_DB, else a SQLite file in the server's data folder."""
    value = db or os.environ.get(ENV_DB)
    if not value:
        folder = Path(data_dir or os.environ.get(ENV_DATA_DIR) or default_data_dir()).expanduser()
        folder.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{folder / DB_FILE}"
    return normalize_url(value)


def normalize_url(value: str) -> str:
    if "://" not in value:  # a plain path names a SQLite file
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    url = make_url(value)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    elif url.get_backend_name() not in ("postgresql", "sqlite"):
        raise ValueError("only PostgreSQL and SQLite databases are supported")
    return url.render_as_string(hide_password=False)


def safe_url(value: str | URL) -> str:
    """The URL without its password, for logs and messages."""
    return make_url(value).render_as_string(hide_password=True)
