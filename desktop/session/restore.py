"""Replacing this PC's store with a backup (`halotki restore`), checked before anything here
is touched.

Order: the data folder is locked exclusively (no other program of ours has the store open);
the backup's declared sizes are checked, then it is unpacked into a private staging folder
and checked whole (checksums, password, administrator, integrity); a backup of a PC enrolled
with the central server takes that identity over with a new enrolment code, so no two PCs
ever share one (the copy that was backed up, if it still runs, is refused from then on);
last the current files are moved aside and the backup's put in their place, all or nothing.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import shutil
import uuid
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop.crypto.keyslots import (
    DEFAULT_KDF,
    KEY_LEN,
    KdfParams,
    KeySlotFile,
    normalize_username,
)
from desktop.domain.roles import Role
from desktop.messages import HaloError, Msg
from desktop.paths import DataPaths
from desktop.private_fs import make_private, private_dir
from desktop.services import audit
from desktop.services.maintenance import DB_MEMBER, MANIFEST, SLOTS_MEMBER, _sha256_file
from desktop.store.folder_lock import FolderLock
from desktop.store.replica import Replica
from desktop.store.store import Store
from desktop.sync import errors as e
from desktop.sync.api import CentralClient
from sync.credentials import format_code, normalize_code, parse_token

log = logging.getLogger(__name__)

PAGE = 4096  # a database member is whole pages
MAX_SLOTS_BYTES = 1 << 20  # the key file holds a handful of slots
MAX_MANIFEST_BYTES = 64 * 1024
SPACE_MARGIN = 64 * 1024 * 1024  # left free after unpacking, for the store to keep working

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
MSG_NO_SPACE = Msg(
    "restore_no_space",
    "Ruang disk tidak cukup untuk memulihkan cadangan ini (perlu {need} MB, tersedia "
    "{free} MB). Kosongkan ruang disk, lalu coba lagi. Data saat ini tidak diubah.",
    "There is not enough disk space to restore this backup (it needs {need} MB, {free} MB "
    "are free). Free some space, then try again. The current data was not changed.",
)
MSG_NEEDS_CODE = Msg(
    "restore_needs_enrolment_code",
    "Cadangan ini milik komputer {letter} kantor {office} yang terdaftar di server pusat. "
    "Memulihkannya memerlukan kode pendaftaran baru dari pusat (--code): komputer ini lalu "
    "mengambil alih identitas itu, dan salinan lain dari data itu tidak dapat sinkron lagi. "
    "Data saat ini tidak diubah.",
    "This backup belongs to PC {letter} of office {office}, enrolled with the central "
    "server. Restoring it needs a new enrolment code from central (--code): this PC then "
    "takes that identity over, and any other copy of that data can no longer sync. The "
    "current data was not changed.",
)
MSG_CODE_NOT_NEEDED = Msg(
    "restore_code_not_needed",
    "Cadangan ini milik komputer yang tidak terdaftar di server pusat, jadi tidak perlu kode "
    "pendaftaran. Pulihkan tanpa --code; sesudah itu komputer dapat didaftarkan. Data saat "
    "ini tidak diubah.",
    "This backup is of a PC that was not enrolled with the central server, so it needs no "
    "enrolment code. Restore it without --code; the PC can be enrolled afterwards. The "
    "current data was not changed.",
)
MSG_NOT_TAKEN_OVER = Msg(
    "restore_identity_not_taken_over",
    "Server pusat tidak menyerahkan identitas komputer dari cadangan ini (jawabannya untuk "
    "perangkat lain). Hubungi administrator pusat. Data saat ini tidak diubah.",
    "The central server did not hand this backup's PC identity over (it answered for another "
    "device). Ask the central administrator. The current data was not changed.",
)
MSG_FILES_HELD = Msg(
    "restore_files_held",
    "Berkas data tidak dapat diganti ({reason}): program lain (misalnya antivirus atau "
    "program cadangan) sedang membukanya. Tutup program itu, lalu coba lagi. Data saat ini "
    "tidak diubah.",
    "The data files could not be replaced ({reason}): another program (an antivirus or a "
    "backup program, for example) has them open. Close it, then try again. The current data "
    "was not changed.",
)
MSG_HELD_AFTER_TAKEOVER = Msg(
    "restore_files_held_after_takeover",
    "Identitas komputer {device} sudah diambil alih dari server, tetapi berkas data tidak dapat "
    "diganti ({reason}). Data sebelumnya tetap dipakai dan tidak dapat sinkron lagi. Tutup "
    "program yang membuka berkas data, lalu pulihkan lagi dengan kode pendaftaran baru.",
    "The PC identity {device} was taken over at the server, but the data files could not be "
    "replaced ({reason}). The previous data stays in use and can no longer sync. Close the "
    "program that has the data files open, then restore again with a new enrolment code.",
)


class RestoreNeedsAdmin(HaloError):
    exit_code = 6

    def __init__(self) -> None:
        super().__init__(MSG_RESTORE_ADMIN)


class BadBackup(HaloError):
    exit_code = 3

    def __init__(self, reason: str) -> None:
        super().__init__(MSG_BAD_BACKUP, reason=reason)


class RestoreRefused(HaloError):
    """Nothing was changed; the message says what the person can do."""


class RestoreNeedsCode(RestoreRefused):
    exit_code = 10  # as `halotki sync` on a PC that must be enrolled (again)


class FilesHeld(HaloError):
    exit_code = 5


@dataclass(frozen=True)
class _Staged:
    store: Store
    slots: KeySlotFile
    key: bytes


def restore(paths: DataPaths, bundle: Path, username: str, password: str,
            kdf: KdfParams = DEFAULT_KDF, *, code: str | None = None,
            client: CentralClient | None = None, verify: bool | str = True) -> Path | None:
    """Replace this PC's store with a backup; the current files are kept aside first.

    `code`: a new enrolment code, needed (and only accepted) for a backup of an enrolled
    PC. Returns the folder where the old files were kept."""
    paths.ensure_root()
    with FolderLock.exclusive(paths.root):
        staging = private_dir(paths.root / f".restore-{uuid.uuid4().hex}")
        try:
            _unpack_backup(Path(bundle), staging)
            staged = _open_staged(staging, username, password, kdf, Path(bundle).name)
            try:
                taken_over = _take_over_identity(staged, code, client, verify)
            finally:
                staged.store.close()
            return _swap_in(paths, staging, taken_over)
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def _open_staged(staging: Path, username: str, password: str, kdf: KdfParams,
                 name: str) -> _Staged:
    slots = KeySlotFile(staging / SLOTS_MEMBER, kdf)
    user = normalize_username(username)
    key = slots.unlock(user, password)
    store = Store.open(staging / DB_MEMBER, key)
    try:
        row = store.query_one("SELECT role, active FROM users WHERE username = ?", (user,))
        if not row or not row[1] or row[0] != Role.ADMIN:
            raise RestoreNeedsAdmin()
        problems = store.integrity_errors()
        if problems:
            raise BadBackup(problems[0][:80])
        with store.write(user) as tx:  # the restored store remembers who restored it
            tx.insert("audit", {"id": str(uuid.uuid4()), "at": tx.now, "user": user,
                                "device": tx.device, "action": audit.RESTORED,
                                "target": name[:120], "detail": ""})
    except BaseException:
        store.close()
        raise
    return _Staged(store, slots, key)


def _take_over_identity(staged: _Staged, code: str | None, client: CentralClient | None,
                        verify: bool | str) -> str | None:
    """For a backup of an enrolled PC: the server re-keys that device for this copy (the
    old credential proves the backup is of it, the code that central allows it); the new
    credential and unlock key go into the staged store and key file. Returns the device id,
    or None for a backup of a local PC."""
    store = staged.store
    link = Replica(store).link()
    old = parse_token(link[1]) if link else None
    letter, office = store.meta("device_letter") or "?", store.meta("office_code") or "?"
    if old is None:
        if code:
            raise RestoreRefused(MSG_CODE_NOT_NEEDED, field="code")
        return None
    if not (code or "").strip():
        raise RestoreNeedsCode(MSG_NEEDS_CODE, field="code", letter=letter, office=office)
    normal = normalize_code(code)
    if normal is None:
        raise e.EnrolmentRefused(e.MSG_CODE_INVALID, field="code")
    url = link[0]
    unlock_key = secrets.token_bytes(KEY_LEN)
    own = client is None
    client = client or CentralClient(url, verify=verify)
    try:
        answer = client.enrol(format_code(normal), store.meta("device_label") or "PC-1",
                              unlock_key=unlock_key, replaces=link[1])
    finally:
        if own:
            client.close()
    if answer.credential.device_id != old.device_id or answer.device_letter != letter:
        raise RestoreRefused(MSG_NOT_TAKEN_OVER)
    Replica(store).set_link(url, answer.credential.token)
    staged.slots.set_device_slot(old.device_id, url, unlock_key, staged.key)
    log.info("restored a backup of device %s: its identity was taken over", old.device_id)
    return old.device_id


def _swap_in(paths: DataPaths, staging: Path, taken_over: str | None) -> Path | None:
    """The staged files in place of the current ones, all or nothing."""
    current = [p for p in (paths.database, paths.keyslots, *paths.database_companions())
               if p.exists()]
    kept = None
    moved: list[tuple[Path, Path]] = []  # (from, to), to undo in reverse
    try:
        if current:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
            private_dir(paths.backups)
            kept = private_dir(paths.backups / f"before-restore-{stamp}-{uuid.uuid4().hex[:6]}")
            for p in current:
                _move(p, kept / p.name, moved)
        _move(staging / DB_MEMBER, paths.database, moved)
        _move(staging / SLOTS_MEMBER, paths.keyslots, moved)
    except OSError as exc:
        # Windows cannot replace a file another program holds open: put everything back.
        for source, target in reversed(moved):
            os.replace(target, source)
        if kept is not None:
            kept.rmdir()  # empty again
        reason = exc.strerror or type(exc).__name__
        if taken_over:
            raise FilesHeld(MSG_HELD_AFTER_TAKEOVER, device=taken_over, reason=reason) from exc
        raise FilesHeld(MSG_FILES_HELD, reason=reason) from exc
    make_private(paths.database, paths.keyslots)
    return kept


def _move(source: Path, target: Path, moved: list[tuple[Path, Path]]) -> None:
    os.replace(source, target)  # within the data folder: one file system, a rename
    moved.append((source, target))


def _unpack_backup(bundle: Path, staging: Path) -> None:
    try:
        with zipfile.ZipFile(bundle) as zf:
            names = set(zf.namelist())
            if not {MANIFEST, DB_MEMBER, SLOTS_MEMBER} <= names:
                raise BadBackup("missing parts")
            _check_declared_sizes(zf, staging)
            manifest = json.loads(zf.read(MANIFEST))
            for member in (DB_MEMBER, SLOTS_MEMBER):
                zf.extract(member, staging)
    except FileNotFoundError:
        raise BadBackup("file not found") from None
    except (zipfile.BadZipFile, ValueError, OSError, KeyError) as exc:
        raise BadBackup(type(exc).__name__) from None
    make_private(*(staging / member for member in (DB_MEMBER, SLOTS_MEMBER)))
    sums = manifest.get("sha256", {}) if isinstance(manifest, dict) else {}
    for member in (DB_MEMBER, SLOTS_MEMBER):
        if sums.get(member) != _sha256_file(staging / member):
            raise BadBackup(f"checksum of {member} does not match")


def _check_declared_sizes(zf: zipfile.ZipFile, staging: Path) -> None:
    """Before a byte is unpacked: a part larger than it can be, or more than the disk
    holds, is refused (a hostile archive could otherwise fill the disk first)."""
    manifest, db, slots = (zf.getinfo(n) for n in (MANIFEST, DB_MEMBER, SLOTS_MEMBER))
    if manifest.file_size > MAX_MANIFEST_BYTES:
        raise BadBackup(f"{MANIFEST} is too large")
    if slots.file_size > MAX_SLOTS_BYTES:
        raise BadBackup(f"{SLOTS_MEMBER} is too large")
    if db.file_size == 0 or db.file_size % PAGE:
        raise BadBackup(f"{DB_MEMBER} is not a whole database")
    need = db.file_size + slots.file_size + SPACE_MARGIN
    free = shutil.disk_usage(staging).free
    if need > free:
        raise RestoreRefused(MSG_NO_SPACE, need=-(-need // 1_000_000), free=free // 1_000_000)
