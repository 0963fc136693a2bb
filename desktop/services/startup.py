"""First-run set-up, login (unlock) and restore: everything before a Core exists."""

from __future__ import annotations

import logging
import os
import re
import shutil
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path

from desktop.core import Core, Session
from desktop.crypto.keyslots import (
    DEFAULT_KDF,
    DeviceLink,
    EmptyPassword,
    KdfParams,
    KeySlotFile,
    SlotFileMissing,
    UnknownUser,
    WrongPassword,
    normalize_username,
)
from desktop.domain import validation as v
from desktop.domain.reference import Reference, seed_reference
from desktop.domain.roles import Role
from desktop.messages import HaloError, Msg
from desktop.paths import DataPaths
from desktop.services import audit
from desktop.services.accounts import check_new_password, check_username
from desktop.services.maintenance import DB_MEMBER, MANIFEST, SLOTS_MEMBER, _sha256_file
from desktop.services.throttle import LoginThrottle
from desktop.store.errors import StoreCorrupt, StoreExists, StoreMissing, StoreNotInitialized
from desktop.store.store import Store

log = logging.getLogger(__name__)
INIT_SUFFIX = ".init"

MSG_OFFICE_CODE = Msg(
    "office_code_invalid",
    "Kode kantor terdiri dari 2-5 huruf besar, misalnya SBY.",
    "The office code is 2-5 capital letters, e.g. SBY.",
)
MSG_DEVICE_LETTER = Msg(
    "device_letter_invalid",
    "Huruf perangkat harus satu huruf A-Z.",
    "The device letter must be a single letter A-Z.",
)
MSG_ACCOUNT_INACTIVE = Msg(
    "account_inactive",
    "Akun ini sudah tidak aktif. Hubungi administrator kantor.",
    "This account is no longer active. Ask the office administrator.",
)
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


class AccountInactive(HaloError):
    exit_code = 2

    def __init__(self) -> None:
        super().__init__(MSG_ACCOUNT_INACTIVE)


class RestoreNeedsAdmin(HaloError):
    exit_code = 6

    def __init__(self) -> None:
        super().__init__(MSG_RESTORE_ADMIN)


class BadBackup(HaloError):
    exit_code = 3

    def __init__(self, reason: str) -> None:
        super().__init__(MSG_BAD_BACKUP, reason=reason)


class SetupState(Enum):
    NEW = "new"
    READY = "ready"


def setup_state(paths: DataPaths) -> SetupState:
    """NEW only when nothing is there; a half-present store is an error, never a fresh start."""
    db, slots = paths.database, paths.keyslots
    db_init, slots_init = _init_path(db), _init_path(slots)
    if slots_init.exists() and db.exists() and not slots.exists():
        os.replace(slots_init, slots)  # set-up was interrupted after its last safe step
    elif not db.exists() and not slots.exists() and (db_init.exists() or slots_init.exists()):
        for leftover in (db_init, slots_init, *_companions(db_init)):
            leftover.unlink(missing_ok=True)
    if db.exists() and slots.exists():
        return SetupState.READY
    if db.exists():
        raise SlotFileMissing()
    if slots.exists():
        raise StoreMissing(db)
    return SetupState.NEW


@dataclass
class InitRequest:
    office_code: str
    admin_username: str
    admin_full_name: str
    password: str
    office_name: str = ""
    device_label: str = ""
    device_letter: str = "A"


@dataclass(frozen=True)
class CentralLink:
    """What enrolment with the central server gave this PC (see services/enrolment.py)."""

    server_url: str
    device_id: str
    credential_token: str = field(repr=False)  # only ever inside the encrypted database
    unlock_key: bytes = field(repr=False)  # wraps the device slot; kept by the server only
    office_tz: str = ""


def initialize(paths: DataPaths, req: InitRequest, kdf: KdfParams = DEFAULT_KDF,
               link: CentralLink | None = None) -> Core:
    """Create the encrypted store with its first administrator. Never overwrites anything.

    With `link` (an enrolled PC) the device id is the server's, the credential and server
    URL go into the encrypted meta table, and the key file gets the device slot."""
    code = (req.office_code or "").strip().upper()
    if not re.fullmatch(r"[A-Z]{2,5}", code):
        raise HaloError(MSG_OFFICE_CODE, field="office_code")
    letter = (req.device_letter or "A").strip().upper()
    if not re.fullmatch(r"[A-Z]", letter):
        raise HaloError(MSG_DEVICE_LETTER, field="device_letter")
    username = check_username(req.admin_username)
    full_name = v.normalize_name(req.admin_full_name or username, "full_name", required=True)
    check_new_password(req.password)
    reference = seed_reference()
    office_name = v.normalize_name(req.office_name, "office_name") or Reference.from_seed(
        reference).label("office", code)
    label = v.normalize_name(req.device_label, "device_label") or "PC-1"

    paths.ensure_root()
    if setup_state(paths) is not SetupState.NEW:
        raise StoreExists(paths.root)
    db_init, slots_init = _init_path(paths.database), _init_path(paths.keyslots)
    slots, key = KeySlotFile.create(slots_init, username, req.password, kdf)
    meta = {
        "office_code": code, "office_name": office_name,
        "device_id": link.device_id if link else uuid.uuid4().hex,
        "device_letter": letter, "device_label": label, "store_id": slots.store_id(),
        "created_at": datetime.now(UTC).isoformat(),
    }
    if link is not None:
        from desktop.store.replica import CENTRAL_CREDENTIAL_KEY, CENTRAL_URL_KEY

        meta.update({CENTRAL_URL_KEY: link.server_url,
                     CENTRAL_CREDENTIAL_KEY: link.credential_token})
        if link.office_tz:
            meta["office_tz"] = link.office_tz
        slots.set_device_slot(link.device_id, link.server_url, link.unlock_key, key)
    store = Store.create(db_init, key, meta, reference)
    with store.write(username) as tx:
        tx.insert("user", {"id": str(uuid.uuid4()), "username": username, "full_name": full_name,
                           "role": Role.ADMIN.value, "active": 1, "created_at": tx.now,
                           "updated_at": tx.now})
    store.close()
    # The slot file appears last: until then a crash leaves nothing that looks like a store.
    os.replace(db_init, paths.database)
    os.replace(slots_init, paths.keyslots)
    core = unlock(paths, username, req.password, kdf)
    core.audit.record(audit.INITIALIZED, target=code, detail="enrolled" if link else "")
    return core


class NeedsCentralLogin(UnknownUser):
    """No key slot for this name on a PC enrolled with the central server: the account may
    be a central one logging in here for the first time (services/enrolment.py)."""

    def __init__(self, link: DeviceLink) -> None:
        super().__init__("username")
        self.link = link


def unlock(paths: DataPaths, username: str, password: str, kdf: KdfParams = DEFAULT_KDF,
           throttle: LoginThrottle | None = None, record_login: bool = True,
           central: bool = True) -> Core:
    """Open the store as this user. `record_login=False` writes nothing (for `check`, which
    must not change a store it is examining); failed attempts are then audited later.

    On an enrolled PC a name without a key slot here may be a central account's first login:
    with `central` that is tried against the server, ON THE CALLING THREAD (the command
    line). The application passes central=False, gets NeedsCentralLogin and does the network
    part on its network pool."""
    if setup_state(paths) is SetupState.NEW:
        raise StoreNotInitialized()
    throttle = throttle or LoginThrottle(paths.login_state)
    throttle.check()
    name = normalize_username(username)
    slots = KeySlotFile(paths.keyslots, kdf)
    try:
        key = slots.unlock(name, password)
    except UnknownUser as exc:
        link = slots.device() if record_login else None  # a first login writes: not in `check`
        if link is None:
            # An unknown name is not kept: it may be a password typed into the wrong field.
            throttle.record_failure("?", exc.code)
            raise
        if not central:
            raise NeedsCentralLogin(link) from None
        from desktop.services import enrolment

        answer = enrolment.ask_server(link, name, password, throttle)
        return enrolment.first_login(paths, name, password, answer, kdf, throttle)
    except WrongPassword as exc:
        throttle.record_failure(name, exc.code)
        raise
    except EmptyPassword:
        raise
    store = Store.open(paths.database, key, backup_dir=paths.backups)
    try:
        row = store.query_one("SELECT full_name, role, active FROM users WHERE username = ?", (name,))
        if row is None or not row[2]:
            throttle.record_failure(name, "account_inactive")
            raise AccountInactive()
        core = Core(store, key, slots, paths, Session(name, row[0], Role(row[1])))
        if record_login:
            core.audit.record_failed_logins(throttle.record_success())
            core.audit.record(audit.LOGIN)
        return core
    except BaseException:
        store.close()
        raise


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
    import json

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


def _init_path(path: Path) -> Path:
    return path.with_name(path.name + INIT_SUFFIX)


def _companions(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm")]


__all__ = ["CentralLink", "InitRequest", "SetupState", "initialize", "restore", "setup_state",
           "unlock", "AccountInactive", "BadBackup", "NeedsCentralLogin", "StoreCorrupt"]
