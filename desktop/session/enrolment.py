"""Joining the central server: enrolling this PC, and a central account's first login on it.

Both flows have a network step that touches no file (the application runs it on its
network pool) and a disk step that talks to no server (the database thread); the command
line runs one after the other.

Enrolment: the PC makes a random device unlock key, sends it with the one-time code, and
gets its device id, letter and credential back. The encrypted store is then created with
the server's office and device id; the credential stays inside it, and the key file gets
a device slot (the database key wrapped under the unlock key) next to the administrator's.

First login of a central account: at the login screen nobody knows the database key, and
the device credential is locked inside the database. The server checks the account's
password and releases the unlock key; the device slot gives the database key, the account
gets its local row (through the outbox, audited) and its own password slot, so from then
on it logs in offline like any local account.
"""

from __future__ import annotations

import logging
import secrets
import uuid
from dataclasses import dataclass, field

from desktop.core import Core, Session
from desktop.crypto.keyslots import (
    DEFAULT_KDF,
    KEY_LEN,
    DeviceLink,
    KdfParams,
    KeySlotFile,
    normalize_username,
)
from desktop.domain import validation as v
from desktop.domain.accounts import check_new_password, check_username
from desktop.domain.roles import parse_role
from desktop.messages import HaloError, Msg
from desktop.paths import DataPaths
from desktop.services import audit
from desktop.services.throttle import LoginThrottle
from desktop.session.opening import AccountInactive
from desktop.session.setup import CentralLink, InitRequest, SetupState, initialize, setup_state
from desktop.store.errors import StoreExists
from desktop.store.replica import Replica
from desktop.store.store import Store
from desktop.sync import errors as e
from desktop.sync.api import CentralClient, DeviceUnlock, Enrolment, check_server_url
from sync.credentials import format_code, normalize_code

log = logging.getLogger(__name__)

DEFAULT_LABEL = "PC-1"

MSG_ENROLLED_NOT_SET_UP = Msg(
    "enrolled_not_set_up",
    "Komputer ini sudah terdaftar di server pusat sebagai perangkat {letter} kantor {office}, "
    "tetapi datanya tidak dapat dibuat di komputer ini ({reason}). Kode pendaftaran sudah "
    "terpakai: minta administrator pusat mencabut perangkat {letter} (nomor {device}) dan "
    "memberi kode baru, perbaiki masalahnya, lalu daftarkan lagi.",
    "This computer was enrolled with the central server as device {letter} of office "
    "{office}, but its data could not be created here ({reason}). The enrolment code is used "
    "up: ask the central administrator to revoke device {letter} (number {device}) and give "
    "you a new code, fix the problem, then enrol again.")
MSG_FIRST_LOGIN_OFFLINE = Msg(
    "central_first_login_offline",
    "Akun ini belum pernah masuk di komputer ini. Sambungkan komputer ke internet untuk "
    "masuk pertama kali (dan periksa ejaan nama pengguna); sesudah itu akun ini dapat masuk "
    "tanpa internet.",
    "This account has not logged in on this computer yet. Connect to the internet for the "
    "first login (and check the spelling of the username); after that it can log in without "
    "the internet.")
MSG_CODE_REQUIRED = Msg(
    "enrolment_code_required",
    "Ketik kode pendaftaran dari pusat (12 huruf/angka).",
    "Type the enrolment code from central (12 letters/digits).")


class EnrolledButNotSetUp(HaloError):
    """The server spent the code, then the local store could not be created."""

    exit_code = 5

    def __init__(self, enrolment: Enrolment, reason: str) -> None:
        super().__init__(MSG_ENROLLED_NOT_SET_UP, letter=enrolment.device_letter,
                         office=enrolment.office_code, device=enrolment.credential.device_id,
                         reason=reason)


class FirstLoginOffline(HaloError):
    exit_code = e.EXIT_UNREACHABLE

    def __init__(self) -> None:
        super().__init__(MSG_FIRST_LOGIN_OFFLINE, field="username")


# -- enrolment ---------------------------------------------------------------------------

@dataclass
class EnrolRequest:
    server_url: str
    code: str
    admin_username: str
    admin_full_name: str
    password: str
    device_label: str = ""


@dataclass(frozen=True)
class Registration:
    """The server's answer, with the unlock key this PC sent (not yet on disk anywhere)."""

    enrolment: Enrolment
    unlock_key: bytes = field(repr=False)
    label: str = DEFAULT_LABEL


def problems(req: EnrolRequest) -> list[HaloError]:
    """Everything the person can fix before the server is asked (all at once)."""
    found: list[HaloError] = []

    def run(fn, *args) -> None:
        try:
            fn(*args)
        except HaloError as exc:
            found.append(exc)

    run(check_server_url, req.server_url)
    if not (req.code or "").strip():
        found.append(HaloError(MSG_CODE_REQUIRED, field="code"))
    elif normalize_code(req.code) is None:
        found.append(e.EnrolmentRefused(e.MSG_CODE_INVALID, field="code"))
    run(v.normalize_name, req.device_label, "device_label")
    run(check_username, req.admin_username)
    run(v.normalize_name, req.admin_full_name, "full_name", True)
    run(lambda: check_new_password(req.password, user_inputs=(req.admin_username,
                                                              req.admin_full_name)))
    return found


def register(req: EnrolRequest, *, client: CentralClient | None = None,
             verify: bool | str = True) -> Registration:
    """Network only: enrol with the server. Nothing is written on this PC."""
    found = problems(req)
    if found:
        raise found[0]
    label = v.normalize_name(req.device_label, "device_label") or DEFAULT_LABEL
    code = format_code(normalize_code(req.code) or "")
    unlock_key = secrets.token_bytes(KEY_LEN)
    own = client is None
    client = client or CentralClient(req.server_url, verify=verify)
    try:
        enrolment = client.enrol(code, label, unlock_key=unlock_key)
    except e.CentralError as exc:
        point_at_field(exc)
        raise
    finally:
        if own:
            client.close()
    # Ids and codes only: the log never holds the secret, the key or names.
    log.info("enrolled with the central server: office %s, device %s, letter %s",
             enrolment.office_code, enrolment.credential.device_id, enrolment.device_letter)
    return Registration(enrolment, unlock_key, label)


def create_store(paths: DataPaths, req: EnrolRequest, reg: Registration,
                 kdf: KdfParams = DEFAULT_KDF) -> Core:
    """Disk only: the encrypted store of an enrolled PC, with its first administrator."""
    en = reg.enrolment
    init = InitRequest(office_code=en.office_code, admin_username=req.admin_username,
                       admin_full_name=req.admin_full_name, password=req.password,
                       office_name=en.office_name, device_label=reg.label,
                       device_letter=en.device_letter)
    link = CentralLink(server_url=en.server_url, device_id=en.credential.device_id,
                       credential_token=en.credential.token, unlock_key=reg.unlock_key,
                       office_tz=en.office_tz)
    try:
        return initialize(paths, init, kdf, link)
    except Exception as exc:
        log.error("the server enrolled device %s but the local set-up failed: %s",
                  en.credential.device_id, getattr(exc, "code", type(exc).__name__))
        reason = exc.text("en") if isinstance(exc, HaloError) else type(exc).__name__
        raise EnrolledButNotSetUp(en, short_reason(reason)) from exc


def enrol(paths: DataPaths, req: EnrolRequest, kdf: KdfParams = DEFAULT_KDF, *,
           client: CentralClient | None = None, verify: bool | str = True) -> Core:
    """Both steps, for the command line. Refuses a PC that is set up already before the
    code is spent."""
    if paths.root.is_dir() and setup_state(paths) is not SetupState.NEW:
        raise StoreExists(paths.root)
    reg = register(req, client=client, verify=verify)
    return create_store(paths, req, reg, kdf)


def point_at_field(exc: e.CentralError) -> None:
    """Name the form's field: the server says "label", the form says "device_label"."""
    if exc.field == "label":
        exc.field = "device_label"
    elif exc.field is None and isinstance(exc, e.ServerUnreachable | e.BadResponse
                                          | e.InvalidServerUrl):
        exc.field = "server_url"


def short_reason(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 160 else text[:157] + "…"


# -- a central account's first login on this PC -----------------------------------------

def device_link(paths: DataPaths) -> DeviceLink | None:
    return KeySlotFile(paths.keyslots).device()


def ask_server(link: DeviceLink, username: str, password: str,
               throttle: LoginThrottle | None = None, *, client: CentralClient | None = None,
               verify: bool | str = True) -> DeviceUnlock:
    """Network only (plus the local failure counter): the server checks the password and
    releases the device unlock key."""
    own = client is None
    try:
        client = client or CentralClient(link.server_url, verify=verify)
        return client.device_unlock(link.device_id, normalize_username(username), password)
    except e.CertificateError:
        raise
    except e.ServerUnreachable:
        raise FirstLoginOffline() from None
    except e.InvalidCredentials as exc:
        if throttle is not None:
            # As for an unknown local name: not kept, it may be a password typed there.
            throttle.record_failure("?", exc.code)
        exc.field = "password"
        raise
    finally:
        if own and client is not None:
            client.close()


def first_login(paths: DataPaths, username: str, password: str, answer: DeviceUnlock,
                kdf: KdfParams = DEFAULT_KDF, throttle: LoginThrottle | None = None) -> Core:
    """Disk only: open the store with the released key, give the account its local row and
    password slot, and log it in."""
    name = normalize_username(username)
    account = answer.account
    if account is None or normalize_username(account.username) != name:
        raise e.BadResponse(status=200)
    role = parse_role(account.role)
    full_name = v.normalize_name(account.full_name, "full_name") or name
    throttle = throttle or LoginThrottle(paths.login_state)
    slots = KeySlotFile(paths.keyslots, kdf)
    db_key = slots.unlock_device(answer.unlock_key)
    store = Store.open(paths.database, db_key, backup_dir=paths.backups)
    try:
        row = store.query_one("SELECT active FROM users WHERE username = ?", (name,))
        if row is not None and not row[0]:
            # Removed from this PC by its administrator: the server does not overrule that.
            throttle.record_failure(name, "account_inactive")
            raise AccountInactive()
        core = Core(store, db_key, slots, paths, Session(name, full_name, role))
        core.accounts.adopt_central_account(name, full_name, role, password,
                                            account_id=account.id or str(uuid.uuid4()))
        core.audit.record_failed_logins(throttle.record_success())
        core.audit.record(audit.LOGIN, detail="central_first_login")
        _bind_device_url(slots, store, answer.unlock_key, db_key)
        log.info("a central account logged in on this PC for the first time")
        return core
    except BaseException:
        store.close()
        raise


def _bind_device_url(slots: KeySlotFile, store: Store, unlock_key: bytes, db_key: bytes) -> None:
    """A device slot of an older version does not bind its server URL: now that both keys
    are at hand, it is wrapped again with the address the encrypted store holds."""
    link = Replica(store).link()
    device = slots.device()
    if link is not None and device is not None and not slots.device_url_bound():
        slots.set_device_slot(device.device_id, link[0], unlock_key, db_key)
