"""Health check and backup of the local store (office IT and the self-test use these)."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.roles import Perm
from desktop.messages import HaloError, Msg
from desktop.private_fs import private_opener
from desktop.services import audit
from desktop.store.errors import StoreCorrupt
from desktop.store.schema import SYNCED_TABLES

if TYPE_CHECKING:
    from desktop.core import Core

log = logging.getLogger(__name__)

BACKUP_FORMAT = 1
MANIFEST, DB_MEMBER, SLOTS_MEMBER = "manifest.json", "halotki.db", "keyslots.json"

MSG_BACKUP_FAILED = Msg(
    "backup_failed",
    "Cadangan tidak dapat dibuat di {path}: {reason}.",
    "The backup could not be written to {path}: {reason}.",
)


class BackupFailed(HaloError):
    exit_code = 5

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(MSG_BACKUP_FAILED, path=str(path), reason=reason)


@dataclass
class CheckReport:
    cipher_errors: list[str] = field(default_factory=list)
    sqlite_errors: list[str] = field(default_factory=list)
    outbox_errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.cipher_errors or self.sqlite_errors or self.outbox_errors)

    def first_problem(self) -> str:
        for label, errors in (("encryption pages", self.cipher_errors),
                              ("database structure", self.sqlite_errors),
                              ("outbox", self.outbox_errors)):
            if errors:
                return f"{label}: {errors[0]}" + (f" (+{len(errors) - 1} more)" if len(errors) > 1 else "")
        return ""


def outbox_errors(store) -> list[str]:
    """Replaying the change log must give exactly the synced tables: no write bypassed it.

    The replay follows the merge: in clock order, each field takes the value of the newest
    change that carries it, whether the change was made here or received.
    """
    state: dict[tuple[str, str], dict] = {}
    inserted_by: dict[tuple[str, str], set[str]] = {}
    errors: list[str] = []
    for entity, entity_id, op, fields, device in store.query(
            "SELECT entity, entity_id, op, fields, device FROM changes ORDER BY hlc, seq"):
        key = (entity, entity_id)
        values = json.loads(fields)
        if op == "insert":
            # Two PCs may insert the same row (a checklist item has a fixed id); one PC never.
            if device in inserted_by.setdefault(key, set()):
                errors.append(f"{entity} {entity_id}: inserted twice")
            inserted_by[key].add(device)
            state.setdefault(key, {}).update(values)
        elif key not in state:
            errors.append(f"{entity} {entity_id}: update before insert")
        else:
            state[key].update(values)
    for entity, table in SYNCED_TABLES.items():
        rows = store.query_dicts(f"SELECT * FROM {table}")
        for row in rows:
            row.pop("seq", None)  # local rowid alias, not part of the synced state
            expected = state.pop((entity, row["id"]), None)
            if expected is None:
                errors.append(f"{entity} {row['id']}: row without change record")
            elif {k: expected.get(k, row[k]) for k in row} != row:
                errors.append(f"{entity} {row['id']}: row differs from its change records")
    errors += [f"{e} {i}: change record without row" for (e, i) in state]
    return errors


class MaintenanceService:
    def __init__(self, core: Core) -> None:
        self.core = core

    def check(self) -> CheckReport:
        store = self.core.store
        conn = store.raw_connection
        report = CheckReport()
        try:
            report.cipher_errors = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            report.sqlite_errors = [] if rows == ["ok"] else rows
            if not (report.cipher_errors or report.sqlite_errors):
                report.outbox_errors = outbox_errors(store)
        except Exception as exc:  # a damaged page can fail the check itself
            report.cipher_errors.append(type(exc).__name__ + ": " + str(exc)[:120])
        return report

    def verify_pages(self) -> list[str]:
        """Only the SQLCipher page HMACs: finds flipped bytes anywhere in the file. The app
        runs it in the background after login, since a damaged page is otherwise noticed only
        when something reads it."""
        try:
            return [r[0] for r in self.core.store.raw_connection.execute("PRAGMA cipher_integrity_check")]
        except Exception as exc:
            return [type(exc).__name__ + ": " + str(exc)[:120]]

    def require_sound_pages(self) -> None:
        """verify_pages for the desktop after login: a damaged page ends the session before
        anyone works on the store (StoreCorrupt)."""
        errors = self.verify_pages()
        if errors:
            log.error("page check found %d damaged pages", len(errors))
            raise StoreCorrupt(self.core.paths.database, errors[0][:80])

    def backup(self, target: Path) -> Path:
        """One file with the encrypted database copy and the key slots (still encrypted)."""
        core = self.core
        core.require(Perm.MAINTENANCE)
        target = Path(target)
        core.paths.ensure_root()
        fd, tmp_db = tempfile.mkstemp(dir=core.paths.root, prefix=".backup-", suffix=".db")
        os.close(fd)
        os.unlink(tmp_db)
        tmp_zip = target.with_name(f".{target.name}.partial")
        try:
            core.store.backup_to(Path(tmp_db), core.db_key)
            slots = core.keyslots.path.read_bytes()
            manifest = {
                "format": BACKUP_FORMAT,
                "office_code": core.office.code,
                "device_id": core.office.device_id,
                "created_at": core.now().isoformat(),
                "sha256": {DB_MEMBER: _sha256_file(Path(tmp_db)),
                           SLOTS_MEMBER: hashlib.sha256(slots).hexdigest()},
            }
            with (open(tmp_zip, "wb", opener=private_opener) as fh,
                  zipfile.ZipFile(fh, "w", zipfile.ZIP_STORED) as zf):
                zf.writestr(MANIFEST, json.dumps(manifest, indent=1))
                zf.write(tmp_db, DB_MEMBER)
                zf.writestr(SLOTS_MEMBER, slots)
            with open(tmp_zip, "rb") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp_zip, target)
        except OSError as exc:
            raise BackupFailed(target, exc.strerror or type(exc).__name__) from exc
        finally:
            for leftover in (Path(tmp_db), tmp_zip):
                leftover.unlink(missing_ok=True)
        core.audit.record(audit.BACKUP_MADE, target=target.name)
        return target


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
