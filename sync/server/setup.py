"""Bringing a database to this build's schema, with its reference data seeded, and the
server key that seals its device unlock keys: created, checked, rotated."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.messages import HaloError, Msg
from sync.server.context import ServerContext
from sync.server.db import migrate
from sync.server.keys import (
    MSG_KEY_MISSING,
    MSG_KEY_NEEDED,
    MSG_ROTATE_NEEDS_FILE,
    KeyRing,
    ServerKeyError,
    new_key,
)
from sync.server.services import (
    audit,
    case_clock,
    devices,
    digests,
    directory,
    offices,
    reference,
)
from sync.server.services.actor import cli_actor

KEY_SEALED = "server_key.sealed"
KEY_ROTATED = "server_key.rotated"

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
    after = migrate.current_revision(ctx.db.engine) or ""
    at_head = after == migrate.head_revision()
    with ctx.db.write() as conn:
        seeded = seed(conn, ctx.now(), directory_too=at_head)
        if before != after and at_head:
            # What a digest covers may have changed with the schema (new columns of a
            # case): every digest is made again by this build's rule.
            digests.refresh_all(conn)
    if at_head:
        # The deadline clocks the figures read: made again here when a new `holidays`
        # package or new targets came with this release, not by the first /stats request.
        case_clock.refresh_if_stale(ctx.db, ctx.now())
    return MigrationResult(before, after, seeded)


def seed(conn, now, *, directory_too: bool = True) -> int:
    """The reference lists, the offices and the stakeholder directory's seed (this
    build's schema only): what is missing is added, nothing is overwritten. Returns how
    many rows were added."""
    added = reference.seed(conn, now)
    if directory_too:
        added += directory.seed(conn, now, cli_actor(offices.national_code(conn)))
    return added


def ensure_ready(ctx: ServerContext) -> None:
    """The embedded SQLite database migrates itself; PostgreSQL needs `migrate` run first,
    so that several workers or hosts never race to change a shared schema."""
    head = migrate.head_revision()
    current = migrate.current_revision(ctx.db.engine)
    if current == head:
        return
    if ctx.db.backend == "sqlite":
        migrate_and_seed(ctx)
        prepare_key(ctx, create=True)
        return
    raise SchemaNotCurrent(current, head)


# -- the server key ----------------------------------------------------------------------------

@dataclass(frozen=True)
class KeyReport:
    ring: KeyRing
    created: bool
    sealed: int  # unlock keys (re-)encrypted with the current key
    erased: int  # unlock keys of revoked devices erased


def check_key(ctx: ServerContext) -> KeyRing:
    """The server key, once it is certain to open every unlock key the database holds; a
    missing or wrong key is refused with what to do (never a silent new key)."""
    with ctx.db.read() as conn:
        needed = {key_id for key_id in devices.unlock_key_census(conn) if key_id}
    try:
        ring = ctx.keys.load()
    except ServerKeyError as exc:
        if needed and exc.code == MSG_KEY_MISSING.code:
            raise ServerKeyError(MSG_KEY_NEEDED, source=ctx.keys.describe(),
                                 needed=", ".join(sorted(needed))) from None
        raise
    ring.check_opens(needed)
    return ring


def prepare_key(ctx: ServerContext, *, create: bool) -> KeyReport:
    """`migrate`'s part for the key: check it (creating it with `create` when there is none
    and nothing stored needs one), then encrypt what older servers stored in clear and
    erase the unlock keys of revoked devices."""
    created = False
    try:
        ring = check_key(ctx)
    except ServerKeyError as exc:
        if not (create and exc.code == MSG_KEY_MISSING.code):
            raise
        ring, created = ctx.keys.create(), True
    with ctx.db.write() as conn:
        sealing = devices.seal_unlock_keys(conn, ring)
        if sealing.sealed or sealing.erased:
            audit.record(conn, cli_actor(offices.national_code(conn)), KEY_SEALED, at=ctx.now(),
                         target=ring.current_id,
                         detail=f"sealed={sealing.sealed} erased={sealing.erased}")
    return KeyReport(ring, created, sealing.sealed, sealing.erased)


def ensure_key(ctx: ServerContext) -> KeyRing:
    """For `serve`: the embedded SQLite server makes its own key, as it migrates itself;
    with PostgreSQL `migrate` must have made it (several hosts share one key)."""
    if ctx.db.backend == "sqlite":
        return prepare_key(ctx, create=True).ring
    return check_key(ctx)


@dataclass(frozen=True)
class Rotation:
    old_ids: list[str]
    new_id: str
    resealed: int


def rotate_key(ctx: ServerContext) -> Rotation:
    """A new server key, with every stored unlock key re-encrypted in one transaction. The
    key file holds the new key and the old ones until that transaction has committed, so
    a crash at any point leaves every stored key openable."""
    if not ctx.keys.is_file:
        raise ServerKeyError(MSG_ROTATE_NEEDS_FILE)
    ring = check_key(ctx)
    both = ctx.keys.write((new_key(), *ring.keys))
    with ctx.db.write() as conn:
        sealing = devices.seal_unlock_keys(conn, both)
        audit.record(conn, cli_actor(offices.national_code(conn)), KEY_ROTATED, at=ctx.now(),
                     target=both.current_id,
                     detail=f"from={','.join(sorted(ring.ids))} to={both.current_id} "
                            f"resealed={sealing.sealed} erased={sealing.erased}")
    ctx.keys.write(both.keys[:1])  # committed: the old keys open nothing any more
    return Rotation(sorted(ring.ids), both.current_id, sealing.sealed)
