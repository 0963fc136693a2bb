"""Server test fixtures: every server test runs on SQLite and on PostgreSQL.

PostgreSQL comes from HALOTKI_TEST_PG_URL (CI sets it; unreachable is then a failure, never
a skip). Unset, the local default is tried and the PostgreSQL half is skipped if absent.
Each session works in its own freshly created database, dropped at the end, so parallel
runs never collide; between tests its tables are emptied. Each database has its server
key: beside the SQLite file (copied with it), in a registered key file for PostgreSQL.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import replace

import psycopg
import pytest
from sqlalchemy import text

from sync.server.config import KEY_FILE, RateLimit, Settings  # noqa: E402
from sync.server.context import ServerContext  # noqa: E402
from sync.server.db.engine import Database  # noqa: E402
from sync.server.db.tables import metadata  # noqa: E402
from sync.server.setup import migrate_and_seed, prepare_key, seed  # noqa: E402
from tests.server.helpers import (  # noqa: E402
    PG_KEY_FILES,
    START,
    Clock,
    enrol,
    key_file,
    libpq,
    pg_database,
)
from tests.server.helpers import server_env as server_env_of  # noqa: E402

PG_ENV = "HALOTKI_TEST_PG_URL"
PG_DEFAULT = "postgresql://postgres@127.0.0.1:5432/test"
BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def pg_admin_url() -> str:
    url = os.environ.get(PG_ENV)
    try:
        with psycopg.connect(libpq(url or PG_DEFAULT), connect_timeout=5):
            pass
    except psycopg.Error as exc:
        if url:
            pytest.fail(f"PostgreSQL at ${PG_ENV} is unreachable: {type(exc).__name__}")
        pytest.skip(f"PostgreSQL not reachable at {PG_DEFAULT} and ${PG_ENV} is not set")
    return url or PG_DEFAULT


@pytest.fixture
def empty_db_url(backend, tmp_path, request):
    """An empty database (no schema) of the test's backend, for migration tests."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    with pg_database(request.getfixturevalue("pg_admin_url")) as url:
        yield url


def _migrate_with_key(settings: Settings) -> None:
    ctx = ServerContext.create(settings)
    migrate_and_seed(ctx)
    prepare_key(ctx, create=True)
    ctx.close()


@pytest.fixture(scope="session")
def pg_session_url(pg_admin_url, tmp_path_factory):
    with pg_database(pg_admin_url) as url:
        PG_KEY_FILES[url] = tmp_path_factory.mktemp("pg-key") / KEY_FILE
        _migrate_with_key(Settings(database_url=url, fast_kdf=True,
                                   key_file=str(PG_KEY_FILES[url])))
        yield url
        del PG_KEY_FILES[url]


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    """A migrated SQLite database, its server key beside it."""
    path = tmp_path_factory.mktemp("template") / "server.db"
    _migrate_with_key(Settings(database_url=f"sqlite:///{path}", fast_kdf=True))
    return path


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


def _reset_pg(url: str) -> None:
    db = Database(url)
    tables = ", ".join(f'"{t.name}"' for t in metadata.sorted_tables)
    with db.write() as conn:
        # TRUNCATE does not fire the row triggers that keep the logs append-only.
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        seed(conn, START)
    db.dispose()


@pytest.fixture
def db_url(backend, request, tmp_path) -> str:
    """A migrated, seeded database with no devices, accounts or cases."""
    if backend == "sqlite":
        path = tmp_path / "server.db"
        template = request.getfixturevalue("sqlite_template")
        shutil.copy(template, path)
        shutil.copy(template.with_name(KEY_FILE), tmp_path / KEY_FILE)
        return f"sqlite:///{path}"
    url = request.getfixturevalue("pg_session_url")
    _reset_pg(url)
    return url


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def server_env(db_url, tmp_path) -> dict[str, str]:
    """The environment of a `halotki-server` run on `db_url` (cli_runner.server(..., env=))."""
    return server_env_of(db_url, tmp_path)


@pytest.fixture
def settings(db_url, request) -> Settings:
    pg_key = key_file(db_url)
    base = Settings(database_url=db_url, fast_kdf=True, key_file=str(pg_key) if pg_key else None)
    if request.node.get_closest_marker("loose_limits"):
        many = RateLimit(100_000, 60)
        return replace(base, enrol_limit=many, verify_user_limit=many, verify_device_limit=many)
    return base


@pytest.fixture
def ctx(settings, clock):
    context = ServerContext.create(settings, clock)
    yield context
    context.close()


@pytest.fixture
def app(ctx):
    from sync.server.api.app import create_app

    return create_app(ctx)


@pytest.fixture
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def devices(client, ctx):
    """One enrolled device each for PST (national), SBY and SMG."""
    return {office: enrol(client, ctx, office) for office in ("PST", "SBY", "SMG")}


def pytest_terminal_summary(terminalreporter):
    from tests.server import test_schemathesis

    for line in test_schemathesis.pytest_terminal_summary_lines():
        terminalreporter.write_line(line)
