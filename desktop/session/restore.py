"""Replacing this PC's store with a backup (`halotki restore`), checked before anything here
is touched."""

from __future__ import annotations

import json
import os
import shutil
import uuid
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from desktop.crypto.keyslots import DEFAULT_KDF, KdfParams, KeySlotFile, normalize_username
from desktop.domain.roles import Role
from desktop.messages import HaloError, Msg
from desktop.paths import DataPaths
from desktop.services import audit
from desktop.services.maintenance import DB_MEMBER, MANIFEST, SLOTS_MEMBER, _sha256_file
from desktop.store.store import Store

MSG_BAD_BACKUP = Msg(
    "backup_invalid",
    "Berkas cadangan tidak dapat dipakai: {reason}. Data saat ini tidak diubah.",
    "The backup file cannot be used: {reason}. The current data was not changed.",
)
MSG_RESTORE_ADMIN = Msg(
    "restore_needs_admin",
    "Hanya administrator yang dapat memulihkan cadangan.",
    "Only an administrator can restore a backup.",
)


class RestoreNeedsAdmin(HaloError):
    exit_code = 6

    def __init__(self) -> None:
        super().__init__(MSG_RESTORE_ADMIN)


class BadBackup(HaloError):
    exit_code = 3

    def __init__(self, reason: str) -> None:
        super().__init__(MSG_BAD_BACKUP, reason=reason)


def restore(paths: DataPaths, bundle: Path, username: str, password: str,
            kdf: KdfParams = DEFAULT_KDF) -> Path | None:
    """Replace this PC's store with a backup; the current files are kept aside first.

    The backup is checked completely (manifest, checksums, password, integrity, admin role)
    before anything here is touched. Returns the folder where the old files were kept.
    """
    paths.ensure_root()
    staging = paths.root / f".restore-{uuid.uuid4().hex}"
    staging.mkdir(mode=0o700)
    try:
        _unpack_backup(Path(bundle), staging)
        slots = KeySlotFile(staging / SLOTS_MEMBER, kdf)
        name = normalize_username(username)
        key = slots.unlock(name, password)
        store = Store.open(staging / DB_MEMBER, key)
        try:
            row = store.query_one("SELECT role, active FROM users WHERE username = ?", (name,))
            if not row or not row[1] or row[0] != Role.ADMIN:
                raise RestoreNeedsAdmin()
            problems = store.integrity_errors()
            if problems:
                raise BadBackup(problems[0][:80])
            with store.write(name) as tx:  # the restored store remembers who restored it
                tx.insert("audit", {"id": str(uuid.uuid4()), "at": tx.now, "user": name,
                                    "device": tx.device, "action": audit.RESTORED,
                                    "target": Path(bundle).name[:120], "detail": ""})
        finally:
            store.close()
        kept = None
        existing = [p for p in (paths.database, paths.keyslots, *paths.database_companions()) if p.exists()]
        if existing:
            kept = paths.backups / f"before-restore-{datetime.now(UTC).strftime('%Y%m%dT%H%M%S')}"
            kept.mkdir(parents=True, mode=0o700)
            for p in existing:
                shutil.move(str(p), kept / p.name)
        os.replace(staging / DB_MEMBER, paths.database)
        os.replace(staging / SLOTS_MEMBER, paths.keyslots)
        return kept
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _unpack_backup(bundle: Path, staging: Path) -> None:
    try:
        with zipfile.ZipFile(bundle) as zf:
            names = set(zf.namelist())
            if not {MANIFEST, DB_MEMBER, SLOTS_MEMBER} <= names:
                raise BadBackup("missing parts")
            manifest = json.loads(zf.read(MANIFEST))
            for member in (DB_MEMBER, SLOTS_MEMBER):
                zf.extract(member, staging)
    except FileNotFoundError:
        raise BadBackup("file not found") from None
    except (zipfile.BadZipFile, ValueError, OSError, KeyError) as exc:
        raise BadBackup(type(exc).__name__) from None
    sums = manifest.get("sha256", {}) if isinstance(manifest, dict) else {}
    for member in (DB_MEMBER, SLOTS_MEMBER):
        if sums.get(member) != _sha256_file(staging / member):
            raise BadBackup(f"checksum of {member} does not match")
