"""Bringing a database to this build's schema, with its reference data seeded."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.messages import HaloError, Msg
from sync.server.context import ServerContext
from sync.server.db import migrate
from sync.server.services import reference

MSG_SCHEMA_BEHIND = Msg(
    "schema_not_current",
    "Skema basis data ({current}) belum sesuai dengan versi server ini ({head}). "
    "Jalankan 'halotki-server migrate' terlebih dahulu.",
    "The database schema ({current}) is not the one this server expects ({head}). "
    "Run 'halotki-server migrate' first.",
)


class SchemaNotCurrent(HaloError):
    exit_code = 4

    def __init__(self, current: str | None, head: str) -> None:
        super().__init__(MSG_SCHEMA_BEHIND, current=current or "kosong/empty", head=head)


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    seeded: int


def migrate_and_seed(ctx: ServerContext, revision: str = "head") -> MigrationResult:
    before = migrate.current_revision(ctx.db.engine)
    migrate.upgrade(ctx.db.engine, revision)
    with ctx.db.write() as conn:
        seeded = reference.seed(conn, ctx.now())
    return MigrationResult(before, migrate.current_revision(ctx.db.engine) or "", seeded)


def ensure_ready(ctx: ServerContext) -> None:
    """The embedded SQLite database migrates itself; PostgreSQL needs `migrate` run first,
    so that several workers or hosts never race to change a shared schema."""
    head = migrate.head_revision()
    current = migrate.current_revision(ctx.db.engine)
    if current == head:
        return
    if ctx.db.backend == "sqlite":
        migrate_and_seed(ctx)
        return
    raise SchemaNotCurrent(current, head)
