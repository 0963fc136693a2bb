"""Server settings: where the database and the server key are, limits, who may receive a
device unlock key, and how strong password verifiers are.

The server is stateless: everything a worker needs comes from these settings, the server
key and the database, so `serve --workers N` (or several hosts behind a proxy, each with
the key) share nothing else.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

import appdirs
from sqlalchemy.engine import URL, make_url

from desktop.domain.roles import Role, parse_role
from desktop.messages import HaloError, Msg
from sync.server.files import private_dir

ENV_DB = "HALOTKI_SERVER_DB"
ENV_DATA_DIR = "HALOTKI_SERVER_DATA_DIR"
ENV_KEY_FILE = "HALOTKI_SERVER_KEY_FILE"
ENV_KEY = "HALOTKI_SERVER_KEY"  # the key itself, instead of a key file
ENV_UNLOCK_ROLES = "HALOTKI_SERVER_UNLOCK_ROLES"
ENV_FAST_KDF = "HALOTKI_TEST_FAST_KDF"  # same switch as the desktop: tests and CI only
DB_FILE = "halotki-server.db"
KEY_FILE = "halotki-server.key"
# Roles whose central accounts may receive a PC's unlock key for their first login there.
# Not front office: its staff record walk-ins on a PC the office administrator set up, and
# the review found the raw key going to every account of the office.
DEFAULT_UNLOCK_ROLES = frozenset({Role.CASE_OFFICER.value, Role.SUPERVISOR.value,
                                  Role.ADMIN.value})

MSG_UNLOCK_ROLES = Msg(
    "unlock_roles_invalid",
    "HALOTKI_SERVER_UNLOCK_ROLES tidak sah ({value}): tulis satu peran atau lebih, dipisah koma, "
    "dari front_office, case_officer, supervisor, admin.",
    "HALOTKI_SERVER_UNLOCK_ROLES is not valid ({value}): give one or more roles, separated by "
    "commas, of front_office, case_officer, supervisor, admin.")


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
    # Per client address on /auth/device-unlock, whatever device and account it names.
    unlock_address_limit: RateLimit = field(default_factory=lambda: RateLimit(60, 600))
    fast_kdf: bool = False
    # A device's last_seen is written at most this often, not on every request.
    last_seen_interval_s: int = 60
    # The server key: a key file, or the key itself (HALOTKI_SERVER_KEY). Neither given: the
    # file beside a SQLite database (see default_key_file).
    key_file: str | None = None
    key_text: str | None = field(default=None, repr=False)
    unlock_roles: frozenset[str] = DEFAULT_UNLOCK_ROLES

    @classmethod
    def from_env(cls, db: str | None = None, data_dir: str | None = None,
                 key_file: str | None = None, **overrides) -> Settings:
        url = resolve_database_url(db, data_dir)
        key_file = key_file or os.environ.get(ENV_KEY_FILE) or None
        key_text = None if key_file else os.environ.get(ENV_KEY)
        if key_file is None and key_text is None:
            key_file = str(default_key_file(url, data_dir or os.environ.get(ENV_DATA_DIR)
                                            or default_data_dir()))
        roles = os.environ.get(ENV_UNLOCK_ROLES)
        base = cls(database_url=url, fast_kdf=os.environ.get(ENV_FAST_KDF) == "1",
                   key_file=key_file, key_text=key_text,
                   unlock_roles=parse_roles(roles) if roles else DEFAULT_UNLOCK_ROLES)
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
        private_dir(folder, tighten=True)
        return f"sqlite:///{folder / DB_FILE}"
    return normalize_url(value)


def default_key_file(database_url: str, data_dir: str | Path | None = None) -> Path | None:
    """Where the key file is unless one is named: in the folder of a SQLite database, else
    in the data folder (None when there is none to go by). Never inside the database, so
    a database backup never holds it."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        name = url.database or ""
        if not name or name == ":memory:" or name.startswith("file:"):
            return None
        return Path(name).expanduser().resolve().parent / KEY_FILE
    return Path(data_dir).expanduser() / KEY_FILE if data_dir else None


def parse_roles(text: str) -> frozenset[str]:
    """"case_officer,supervisor" -> the roles (each checked; none at all is an error too)."""
    parts = [part for part in text.replace(" ", ",").split(",") if part]
    try:
        roles = frozenset(parse_role(part).value for part in parts)
    except HaloError:
        roles = frozenset()
    if not roles:
        raise HaloError(MSG_UNLOCK_ROLES, field=ENV_UNLOCK_ROLES, value=text)
    return roles


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
