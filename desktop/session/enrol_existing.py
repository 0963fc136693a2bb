"""Enrolling later: a PC set up on its own (`halotki init`) joins the central server and keeps
every case (issue 12 §5.8).

Its cases are already numbered {OFFICE}-{YEAR}-{LETTER}-{SEQ} with its own letter, so it
keeps that letter: the server agrees only when no number of another PC can collide (see
sync/server/services/enrol_existing.py) and otherwise refuses in its own words. Nothing is
renumbered. Once enrolled, the first sync pushes every case, which the server accepts as
this device's own numbers.

Three steps, so the application can run each where it belongs: `prepare` reads the store
(database thread), `register` talks to the server only (network pool), `adopt` writes the
credential into the store and the device slot into the key file (database thread). The
command line runs them one after the other (`enrol_existing`).
"""

from __future__ import annotations

import logging
import re
import secrets
from dataclasses import dataclass

from desktop.core import Core
from desktop.crypto.keyslots import KEY_LEN
from desktop.domain import validation as v
from desktop.domain.roles import Perm
from desktop.messages import HaloError, Msg
from desktop.session.enrolment import (
    MSG_CODE_REQUIRED,
    EnrolledButNotSetUp,
    Registration,
    point_at_field,
    short_reason,
)
from desktop.store.replica import Replica
from desktop.sync import errors as e
from desktop.sync.api import CentralClient, StoreNumbers, check_server_url
from sync.credentials import format_code, normalize_code

log = logging.getLogger(__name__)

AUDIT_ENROLLED = "enrolled"  # the local audit trail's action for this PC's enrolment

MSG_ALREADY_ENROLLED = Msg(
    "already_enrolled",
    "Komputer ini sudah terdaftar di server pusat ({url}). Tidak perlu didaftarkan lagi.",
    "This computer is already enrolled with the central server ({url}). It need not be "
    "enrolled again.")
MSG_FOREIGN_NUMBER = Msg(
    "enrol_foreign_number",
    "Kasus {number} tidak bernomor komputer ini ({office}-tahun-{letter}-nomor), jadi server "
    "pusat akan menolaknya. Komputer ini tidak dapat didaftarkan dengan data ini; hubungi "
    "administrator pusat.",
    "Case {number} does not carry this computer's numbering ({office}-year-{letter}-number), "
    "so the central server would refuse it. This computer cannot be enrolled with this data; "
    "contact the central administrator.")
MSG_NOT_KEPT = Msg(
    "enrol_letter_not_kept",
    "Server pusat memberi huruf {got} kantor {got_office}, bukan huruf {letter} kantor "
    "{office} yang dipakai nomor kasus komputer ini",
    "The central server gave letter {got} of office {got_office}, not letter {letter} of "
    "office {office} that this computer's case numbers carry")


class AlreadyEnrolled(HaloError):
    exit_code = 3  # as for a PC that is set up already: nothing to do

    def __init__(self, url: str) -> None:
        super().__init__(MSG_ALREADY_ENROLLED, url=url)


@dataclass
class ExistingRequest:
    server_url: str
    code: str
    device_label: str = ""  # empty: the PC keeps its own name


@dataclass(frozen=True)
class Claim:
    """What the store says of itself, read on the database thread before the code is sent."""

    numbers: StoreNumbers
    label: str
    cases: int


def problems(req: ExistingRequest) -> list[HaloError]:
    """What the person can fix before the server is asked (all at once)."""
    found: list[HaloError] = []
    try:
        check_server_url(req.server_url)
    except HaloError as exc:
        found.append(exc)
    if not (req.code or "").strip():
        found.append(HaloError(MSG_CODE_REQUIRED, field="code"))
    elif normalize_code(req.code) is None:
        found.append(e.EnrolmentRefused(e.MSG_CODE_INVALID, field="code"))
    try:
        v.normalize_name(req.device_label, "device_label")
    except HaloError as exc:
        found.append(exc)
    return found


def prepare(core: Core, req: ExistingRequest) -> Claim:
    """Database only: an administrator, a PC not enrolled, every case numbered as this PC
    numbers them; the highest number per year for the server."""
    core.require(Perm.MAINTENANCE)  # the administrator's permission alone
    link = Replica(core.store).link()
    if link is not None:
        raise AlreadyEnrolled(link[0])
    office = core.office
    shape = re.compile(rf"{re.escape(office.code)}-([0-9]{{4}})-{re.escape(office.device_letter)}"
                       r"-([0-9]{5,})")
    latest: dict[int, int] = {}
    count = 0
    for (number,) in core.store.query("SELECT case_number FROM cases ORDER BY case_number"):
        match = shape.fullmatch(number or "")
        if match is None:
            raise HaloError(MSG_FOREIGN_NUMBER, number=number, office=office.code,
                            letter=office.device_letter)
        year, seq = int(match[1]), int(match[2])
        latest[year] = max(latest.get(year, 0), seq)
        count += 1
    label = v.normalize_name(req.device_label, "device_label") or office.device_label or "PC-1"
    numbers = StoreNumbers(office.code, office.device_letter, tuple(sorted(latest.items())))
    return Claim(numbers, label, count)


def register(req: ExistingRequest, claim: Claim, *, client: CentralClient | None = None,
             verify: bool | str = True) -> Registration:
    """Network only: enrol with the store's letter. Nothing is written on this PC; a refusal
    (EnrolmentRefused) carries the server's reason and leaves the code usable."""
    found = problems(req)
    if found:
        raise found[0]
    code = format_code(normalize_code(req.code) or "")
    unlock_key = secrets.token_bytes(KEY_LEN)
    own = client is None
    client = client or CentralClient(req.server_url, verify=verify)
    try:
        enrolment = client.enrol(code, claim.label, unlock_key=unlock_key,
                                 existing=claim.numbers)
    except e.CentralError as exc:
        point_at_field(exc)
        raise
    finally:
        if own:
            client.close()
    log.info("enrolled a PC set up locally: office %s, device %s, letter %s, %d cases",
             enrolment.office_code, enrolment.credential.device_id, enrolment.device_letter,
             claim.cases)
    return Registration(enrolment, unlock_key, claim.label)


def adopt(core: Core, claim: Claim, reg: Registration) -> None:
    """Database and key file only: the credential and server address into the encrypted
    store, the device slot into the key file, as a fresh enrolment has them."""
    en = reg.enrolment
    numbers = claim.numbers
    try:
        if (en.device_letter, en.office_code) != (numbers.letter, numbers.office_code):
            raise HaloError(MSG_NOT_KEPT, got=en.device_letter, got_office=en.office_code,
                            letter=numbers.letter, office=numbers.office_code)
        # The slot first: should the store's write fail after it, the PC stays unenrolled.
        core.keyslots.set_device_slot(en.credential.device_id, en.server_url, reg.unlock_key,
                                      core.db_key)
        store = core.store
        store.set_meta("device_label", reg.label)
        if en.office_tz and not store.meta("office_tz"):
            store.set_meta("office_tz", en.office_tz)
        Replica(store).set_link(en.server_url, en.credential.token)
        core.audit.record(AUDIT_ENROLLED, target=en.office_code,
                          detail=f"device={en.credential.device_id} letter={en.device_letter} "
                          f"cases={claim.cases}")
    except Exception as exc:
        log.error("the server enrolled device %s but this PC could not record it: %s",
                  en.credential.device_id, getattr(exc, "code", type(exc).__name__))
        reason = exc.text("en") if isinstance(exc, HaloError) else type(exc).__name__
        raise EnrolledButNotSetUp(en, short_reason(reason)) from exc


def enrol_existing(core: Core, req: ExistingRequest, *, client: CentralClient | None = None,
                   verify: bool | str = True) -> Registration:
    """All three steps, for the command line."""
    found = problems(req)
    if found:
        raise found[0]
    claim = prepare(core, req)
    reg = register(req, claim, client=client, verify=verify)
    adopt(core, claim, reg)
    return reg
