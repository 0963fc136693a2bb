"""One engine per process, set up so PostgreSQL and SQLite behave alike for our writes."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from sync.server.files import private_file, tighten_file

SQLITE_BUSY_TIMEOUT_S = 30
# SQLite's companions of a database file; it creates them with the database file's mode.
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def make_engine(url: str) -> Engine:
    u = make_url(url)
    # hide_parameters: a failed statement's message must never carry personal data into a log.
    if u.get_backend_name() == "sqlite":
        _private_sqlite_files(u)
        engine = create_engine(u, hide_parameters=True, connect_args={
            "timeout": SQLITE_BUSY_TIMEOUT_S, "check_same_thread": False})
        _configure_sqlite(engine)
        return engine
    return create_engine(u, hide_parameters=True, pool_pre_ping=True, pool_size=5,
                         max_overflow=10, pool_recycle=1800)


def _private_sqlite_files(u: URL) -> None:
    """The database file is 0600 before SQLite opens it (SQLite would follow the umask, and
    gives its WAL and shared-memory files the database file's mode). A missing folder is
    left to SQLite to report: a mistyped --db path must not create folders."""
    name = u.database or ""
    if not name or name == ":memory:" or name.startswith("file:"):
        return
    path = Path(name).expanduser()
    if path.parent.is_dir():
        # A folder we may not write to: SQLite says so in its own words (exit 3).
        with contextlib.suppress(PermissionError):
            private_file(path)
    for suffix in SQLITE_COMPANIONS:
        tighten_file(Path(f"{path}{suffix}"))


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # pysqlite's own transaction handling defers BEGIN and ignores DDL; we issue BEGIN
        # ourselves (SQLAlchemy's documented recipe) so writers can take the lock up front.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=NORMAL",
                       f"busy_timeout={SQLITE_BUSY_TIMEOUT_S * 1000}"):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # IMMEDIATE for writers: a deferred transaction that reads and then writes can fail
        # with "database is locked" instead of waiting for the other writer.
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """The engine plus the two ways the server uses it: read, and write (serialised)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.backend = self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """A read that sees one moment of the database across all its statements (what a
        pull and its checksum need). SQLite's read transactions already do."""
        with self.engine.connect() as conn:
            if self.backend == "postgresql":
                conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            if self.backend == "sqlite":
                conn = conn.execution_options(sqlite_begin="IMMEDIATE")
            with conn.begin():
                yield conn

    def dispose(self) -> None:
        self.engine.dispose()
