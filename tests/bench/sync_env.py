"""What the sync benchmarks share: a live server on loopback, enrolled office PCs, and the
raw-HTTP baseline (a trivial endpoint added to the same app, only in the bench).

The server is the real FastAPI app served by uvicorn, as tests/sync/conftest.py runs it
(real time, a migrated and seeded database). The bench adds one route, POST /bench/echo,
that reads the body and answers `X-Bench-Reply` zero bytes: the same HTTP stack and the
same bytes both ways, without the sync work. Nothing here changes the sync code.
"""

from __future__ import annotations

import json
import socket
import sqlite3
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import requests
import uvicorn
from fastapi import FastAPI, Request, Response
from requests.adapters import HTTPAdapter

from desktop.core import Core
from desktop.crypto.keyslots import MINIMUM_KDF
from desktop.formatting import iso_utc
from desktop.paths import DataPaths
from desktop.session.login import log_in
from desktop.session.setup import InitRequest, initialize
from desktop.store.digests import wanted_triggers
from desktop.store.replica import Replica
from desktop.store.schema import SYNCED_TABLES
from desktop.sync.api import CentralClient
from desktop.sync.engine import SyncEngine, SyncReport
from desktop.sync.transport import SyncTransport
from sync import protocol
from sync.credentials import DeviceCredential
from sync.server.config import Settings
from sync.server.context import ServerContext
from sync.server.services import enrolment
from sync.server.services.actor import cli_actor
from sync.server.setup import migrate_and_seed

ECHO_PATH = "/bench/echo"
REPLY_HEADER = "X-Bench-Reply"
ADMIN, ADMIN_PW = "admin", "bench-admin-123"
STAFF, STAFF_PW = "kasi", "bench-staff-123"
START_TIMEOUT_S = 20.0
_DAY = timedelta(hours=24)
# Parents first: the rows that name a case (or a directory entry) are written after it.
PARENTS = ("inquiry", "case", "stakeholder")


def real_time() -> datetime:
    return datetime.now(UTC)


# -- the server ---------------------------------------------------------------------------

def add_echo_route(app: FastAPI) -> FastAPI:
    """The baseline's trivial endpoint: read the body, answer N bytes (no sync work)."""
    async def echo(request: Request) -> Response:
        await request.body()
        size = int(request.headers.get(REPLY_HEADER, "0") or 0)
        return Response(content=bytes(size), media_type=protocol.CONTENT_TYPE)

    app.add_api_route(ECHO_PATH, echo, methods=["POST"], include_in_schema=False)
    return app


def bench_app(ctx: ServerContext) -> FastAPI:
    from sync.server.api.app import create_app

    return add_echo_route(create_app(ctx))


def sqlite_context(path: Path) -> ServerContext:
    """A migrated, seeded SQLite server database at `path` (real time)."""
    ctx = ServerContext.create(Settings(database_url=f"sqlite:///{path}", fast_kdf=True),
                               real_time)
    migrate_and_seed(ctx)
    return ctx


def sqlite_copy(src: Path, dst: Path) -> None:
    """A consistent copy of a live SQLite database (WAL included)."""
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    a.close()
    b.close()


class BenchServer:
    """uvicorn on 127.0.0.1 in a thread, serving the app plus the echo route."""

    def __init__(self, ctx: ServerContext, host: str = "127.0.0.1") -> None:
        self.ctx = ctx
        # proto=IPPROTO_TCP, as asyncio's own sockets: only then does it set TCP_NODELAY on
        # the accepted connections (with socket.socket()'s proto 0 it does not, and every
        # answer of a few KB waits ~40 ms for a delayed ACK). `halotki-server serve` binds
        # by host and port, so this is the production behaviour.
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._sock.bind((host, 0))
        self.host, self.port = self._sock.getsockname()[:2]
        self._server = uvicorn.Server(uvicorn.Config(bench_app(ctx), log_config=None,
                                                     access_log=False, lifespan="off"))
        self._thread = threading.Thread(target=self._server.run,
                                        kwargs={"sockets": [self._sock]}, daemon=True,
                                        name="bench-uvicorn")

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def __enter__(self) -> BenchServer:
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not self._server.started and self._thread.is_alive():
            if time.monotonic() > deadline:
                raise RuntimeError("the bench server did not start")
            time.sleep(0.01)
        if not self._server.started:
            raise RuntimeError("the bench server stopped while starting")
        return self

    def __exit__(self, *exc) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=15)
        self._sock.close()


def enrol_direct(ctx: ServerContext, office: str, label: str) -> enrolment.Enrolment:
    """Enrol a device through the server's own service (no rate limit: many devices)."""
    with ctx.db.write() as conn:
        code = enrolment.issue(conn, cli_actor(), ctx.now(), office, _DAY).code
    with ctx.db.write() as conn:
        return enrolment.redeem(conn, cli_actor(), ctx.now(), code, label)


# -- recording what crosses the wire ------------------------------------------------------

@dataclass
class Exchange:
    method: str
    path: str
    sent: bytes
    received: bytes


class RecordingSession(requests.Session):
    """The client's pooled session (same adapter settings as desktop.sync.api), keeping every
    sync exchange while `recording` is set: the baseline replays exactly these bytes."""

    def __init__(self) -> None:
        super().__init__()
        self.trust_env = True
        adapter = HTTPAdapter(pool_connections=1, pool_maxsize=4, max_retries=0)
        self.mount("https://", adapter)
        self.mount("http://", adapter)
        self.recording = False
        self.exchanges: list[Exchange] = []

    def request(self, method, url, *args, **kwargs):  # noqa: D401 - requests' signature
        resp = super().request(method, url, *args, **kwargs)
        if self.recording and not kwargs.get("stream"):
            path = url.split("://", 1)[-1].split("/", 1)[-1]
            self.exchanges.append(Exchange(method, "/" + path, kwargs.get("data") or b"",
                                           resp.content))
        return resp

    def take(self) -> list[Exchange]:
        out, self.exchanges = self.exchanges, []
        return out


def replay(url: str, exchanges: list[Exchange], runs: int = 3) -> float:
    """Median seconds to POST the same bodies to the echo endpoint, each answered with a body
    of the size the real answer had, over one requests.Session (warmed up first)."""
    times = []
    with requests.Session() as session:
        session.trust_env = False
        headers = {"Content-Type": protocol.CONTENT_TYPE, "Accept": protocol.CONTENT_TYPE}
        session.post(url + ECHO_PATH, data=b"warm", headers={**headers, REPLY_HEADER: "4"})
        for _ in range(runs):
            start = time.perf_counter()
            for ex in exchanges:
                resp = session.post(url + ECHO_PATH, data=ex.sent,
                                    headers={**headers, REPLY_HEADER: str(len(ex.received))})
                if resp.status_code != 200 or len(resp.content) != len(ex.received):
                    raise RuntimeError(f"echo answered {resp.status_code}")
            times.append(time.perf_counter() - start)
    times.sort()
    return times[len(times) // 2]


def received_changes(exchanges: list[Exchange]) -> list[dict]:
    """The changes the sync answers carried, as wire dicts (parsed as the PC parses them)."""
    out = []
    for ex in exchanges:
        if ex.path == protocol.SYNC_PATH:
            for obj in protocol.decode(ex.received).get("changes", []):
                out.append(protocol.parse_change(obj).wire())
    return out


# -- office PCs ---------------------------------------------------------------------------

@dataclass
class BenchPc:
    """An office PC: its encrypted store (a supervisor logged in), enrolled centrally."""

    office: str
    core: Core
    credential: DeviceCredential
    url: str
    national: bool = False
    session: RecordingSession = field(default_factory=RecordingSession)

    def engine(self, url: str | None = None) -> SyncEngine:
        client = CentralClient(url or self.url, self.credential, user=STAFF,
                               session=self.session)
        return SyncEngine(Replica(self.core.store), SyncTransport(client),
                          office_code=self.office, national=self.national, user=STAFF)

    def sync(self, url: str | None = None) -> SyncReport:
        report = self.engine(url).run()
        if report.outcome not in ("ok", "clock"):
            raise RuntimeError(f"sync of {self.office} ended {report.outcome}: {report.error}")
        return report

    @property
    def replica(self) -> Replica:
        return Replica(self.core.store)

    def close(self) -> None:
        self.session.close()
        self.core.close()


def office_store(path: Path, office: str, letter: str = "A") -> Core:
    """A new office PC's store, a supervisor (STAFF) logged in."""
    paths = DataPaths(path)
    admin = initialize(paths, InitRequest(office, ADMIN, "Admin Kantor", ADMIN_PW,
                                          device_letter=letter), MINIMUM_KDF)
    admin.accounts.add_user(STAFF, "Kepala Seksi", "supervisor", STAFF_PW)
    admin.close()
    return log_in(paths, STAFF, STAFF_PW, MINIMUM_KDF)


def make_pc(url: str, ctx: ServerContext, root: Path, office: str, name: str) -> BenchPc:
    """Enrol over HTTP (as the desktop does) and create the PC's store with the server's letter."""
    with ctx.db.write() as conn:
        code = enrolment.issue(conn, cli_actor(), ctx.now(), office, _DAY).code
    with CentralClient(url) as client:
        enrolled = client.enrol(code, f"PC-{name}")
    core = office_store(root / name, office, enrolled.device_letter)
    return BenchPc(office, core, enrolled.credential, url, enrolled.national)


# -- the raw baseline of a pull: the same rows into a store ---------------------------------

_STORE_LOG_SQL = ("INSERT INTO changes (change_id, entity, entity_id, op, fields, hlc, user,"
                  " device, created_at, case_id, base, pushed_at)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?)")


def bare_store(path: Path, office: str) -> Core:
    """A new office store without its digest triggers: a pull's writes fire them (they mark
    each written row's case), the raw work of writing the same rows does not."""
    core = office_store(path, office)
    conn = core.store.raw_connection
    for name in wanted_triggers():
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    return core


def store_rows(conn, received: list[dict], columns: dict[str, set[str]]
               ) -> tuple[list[tuple[str, list[tuple]]], list[tuple]]:
    """What a pull of `received` leaves in a new store: (INSERT, rows) per table and shape
    of row, parents first, each row's final state; and the change-log rows, as
    Replica.receive logs them (fields the schema knows). Left out, as receive leaves them:
    changes the store logged already and rows it holds already (a new store's own
    directory seed)."""
    logged = {r[0] for r in conn.execute("SELECT change_id FROM changes")}
    held: dict[str, set[str]] = {}
    final: dict[str, dict[str, dict]] = defaultdict(dict)
    at = iso_utc(real_time())
    log = []
    for ch in received:
        if ch["change_id"] in logged:
            continue
        table = SYNCED_TABLES[ch["entity"]]
        if table not in held:
            held[table] = {r[0] for r in conn.execute(f"SELECT id FROM {table}")}
        fields = {k: v for k, v in ch["fields"].items() if k in columns[table]}
        if ch["entity_id"] not in held[table]:
            final[ch["entity"]].setdefault(ch["entity_id"], {"id": ch["entity_id"]}).update(
                fields)
        log.append((ch["change_id"], ch["entity"], ch["entity_id"], ch["op"],
                    json.dumps(fields, ensure_ascii=False, separators=(",", ":")), ch["hlc"],
                    ch["user"], ch["device"], ch["created_at"], ch["case_id"], at))
    statements = []
    for entity in [e for e in PARENTS if e in final] + sorted(set(final) - set(PARENTS)):
        shapes: dict[tuple[str, ...], list[tuple]] = defaultdict(list)
        for row in final[entity].values():
            names = tuple(sorted(row))
            shapes[names].append(tuple(row[n] for n in names))
        for names, rows in shapes.items():
            statements.append((f"INSERT INTO {SYNCED_TABLES[entity]} ({', '.join(names)})"
                               f" VALUES ({', '.join('?' * len(names))})", rows))
    return statements, log


def raw_store_insert(path: Path, office: str, received: list[dict]) -> tuple[float, int]:
    """Seconds of a raw executemany of the rows a pull of `received` leaves (store_rows)
    into a new SQLCipher store without digest triggers, in one transaction; and how many
    rows that was (table rows and change-log rows)."""
    core = bare_store(path, office)
    try:
        conn = core.store.raw_connection
        statements, log = store_rows(conn, received, Replica(core.store).columns())
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        for sql, rows in statements:
            conn.executemany(sql, rows)
        conn.executemany(_STORE_LOG_SQL, log)
        conn.execute("COMMIT")
        seconds = time.perf_counter() - start
    finally:
        core.close()
    return seconds, sum(len(rows) for _, rows in statements) + len(log)
