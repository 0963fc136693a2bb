"""A new PC: is anything set up here, and creating the encrypted store with its first
administrator (locally, or with what enrolment gave: session/enrolment.py)."""

from __future__ import annotations

import os
import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path

from desktop.core import Core
from desktop.crypto.keyslots import DEFAULT_KDF, KdfParams, KeySlotFile, SlotFileMissing
from desktop.domain import validation as v
from desktop.domain.accounts import check_new_password, check_username
from desktop.domain.reference import Reference, seed_reference
from desktop.domain.roles import Role
from desktop.messages import HaloError, Msg
from desktop.paths import DataPaths
from desktop.services import audit
from desktop.services.throttle import LoginThrottle
from desktop.session.opening import open_core
from desktop.store.errors import StoreExists, StoreMissing
from desktop.store.replica import CENTRAL_CREDENTIAL_KEY, CENTRAL_URL_KEY
from desktop.store.store import Store

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
    """What enrolment with the central server gave this PC (see session/enrolment.py)."""

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
    check_new_password(req.password, user_inputs=(username, full_name, code))
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
    core = open_core(paths, KeySlotFile(paths.keyslots, kdf), key, username,
                     LoginThrottle(paths.login_state))
    core.audit.record(audit.INITIALIZED, target=code, detail="enrolled" if link else "")
    return core


def _init_path(path: Path) -> Path:
    return path.with_name(path.name + INIT_SUFFIX)


def _companions(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm")]
