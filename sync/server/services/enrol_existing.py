"""Enrolling a PC that was set up locally and already holds cases (issue 12 §5.8).

Its case numbers carry its office and its letter ({OFFICE}-{YEAR}-{LETTER}-{SEQ}), made
without the server. The server keeps that letter only when nothing can collide with them:
the code is for that office, no other device of the office has (or ever had) the letter,
it is not the server's own "Z", and no case on the server carries a number of that office
and letter. Otherwise it refuses with the reason, and nothing is written (the code stays
usable: the refusal is about the PC, not about the code).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, func, select

from desktop.messages import Msg
from sync.server.db.tables import cases, devices
from sync.server.errors import BadRequest, Conflict

FIRST_YEAR = 2000  # no office numbered cases before this app
MAX_YEARS = 50
MAX_SEQ = 999_999_999

MSG_EXISTING_SHAPE = Msg(
    "enrolment_existing_invalid",
    "Keterangan nomor kasus komputer ini tidak sah ({what}).",
    "The description of this computer's case numbers is not valid ({what}).")
MSG_EXISTING_OFFICE = Msg(
    "enrolment_existing_office",
    "Kasus di komputer ini bernomor kantor {pc_office}, sedangkan kode pendaftaran ini dibuat "
    "untuk kantor {code_office}. Minta kode pendaftaran untuk kantor {pc_office}. Kode ini "
    "belum terpakai.",
    "This computer's cases are numbered for office {pc_office}, but this enrolment code was "
    "issued for office {code_office}. Ask for an enrolment code for office {pc_office}. The "
    "code was not used.")
MSG_LETTER_RESERVED = Msg(
    "enrolment_letter_reserved",
    "Huruf Z dipakai server pusat untuk kasus yang dicatat di pusat, jadi kasus komputer ini "
    "(huruf Z) dapat bertabrakan nomornya. Komputer ini tidak dapat didaftarkan dengan data "
    "ini; hubungi administrator pusat. Kode ini belum terpakai.",
    "The letter Z is the central server's, for cases recorded centrally, so this computer's "
    "cases (letter Z) could collide with them. This computer cannot be enrolled with this "
    "data; contact the central administrator. The code was not used.")
MSG_LETTER_TAKEN = Msg(
    "enrolment_letter_taken",
    "Huruf perangkat {letter} kantor {office} sudah dipakai komputer \"{label}\"{revoked}, "
    "jadi nomor kasus komputer ini ({office}-…-{letter}-…) dapat bertabrakan dengan nomor "
    "kasusnya. Komputer ini tidak dapat didaftarkan dengan data ini; hubungi administrator "
    "pusat. Kode ini belum terpakai.",
    "Device letter {letter} of office {office} is already used by computer \"{label}\""
    "{revoked_en}, so this computer's case numbers ({office}-…-{letter}-…) could collide with "
    "its case numbers. This computer cannot be enrolled with this data; contact the central "
    "administrator. The code was not used.")
MSG_NUMBERS_ON_SERVER = Msg(
    "enrolment_numbers_taken",
    "Server pusat sudah menyimpan {count} kasus bernomor {office}-…-{letter}-… (misalnya "
    "{example}), jadi nomor kasus komputer ini dapat bertabrakan. Komputer ini tidak dapat "
    "didaftarkan dengan data ini; hubungi administrator pusat. Kode ini belum terpakai.",
    "The central server already holds {count} cases numbered {office}-…-{letter}-… (e.g. "
    "{example}), so this computer's case numbers could collide. This computer cannot be "
    "enrolled with this data; contact the central administrator. The code was not used.")


@dataclass(frozen=True)
class ExistingStore:
    """What the PC says of its store: its office, its letter, the highest sequence number
    per year of its cases (empty when it has none)."""

    office_code: str
    letter: str
    latest: tuple[tuple[int, int], ...] = ()

    def summary(self) -> str:
        """For the audit entry: codes and numbers only."""
        years = ",".join(f"{y}:{n}" for y, n in sorted(self.latest)) or "-"
        return f"existing={self.office_code}/{self.letter} latest={years}"


def check(existing: ExistingStore, now: datetime) -> ExistingStore:
    """Shapes and bounds the API's schema cannot say (years, repeats), before any reading."""
    office = (existing.office_code or "").strip().upper()
    if not re.fullmatch(r"[A-Z]{2,5}", office):
        raise BadRequest(MSG_EXISTING_SHAPE, field="existing.office_code", what="office_code")
    letter = (existing.letter or "").strip().upper()
    if not re.fullmatch(r"[A-Z]", letter):
        raise BadRequest(MSG_EXISTING_SHAPE, field="existing.letter", what="letter")
    latest = tuple(existing.latest)
    if len(latest) > MAX_YEARS:
        raise BadRequest(MSG_EXISTING_SHAPE, field="existing.latest", what="latest")
    years = [y for y, _ in latest]
    if len(set(years)) != len(years):
        raise BadRequest(MSG_EXISTING_SHAPE, field="existing.latest", what="latest.year")
    for year, seq in latest:
        # A PC's clock may be a little ahead at new year: one year past the server's.
        if not (isinstance(year, int) and FIRST_YEAR <= year <= now.year + 1):
            raise BadRequest(MSG_EXISTING_SHAPE, field="existing.latest", what="latest.year")
        if not (isinstance(seq, int) and 1 <= seq <= MAX_SEQ):
            raise BadRequest(MSG_EXISTING_SHAPE, field="existing.latest", what="latest.highest")
    return ExistingStore(office, letter, tuple(sorted(latest)))


def refuse_office(existing: ExistingStore, code_office: str) -> None:
    if existing.office_code != code_office:
        raise Conflict(MSG_EXISTING_OFFICE, field="code", pc_office=existing.office_code,
                       code_office=code_office,
                       details={"pc_office": existing.office_code, "code_office": code_office})


def keep_letter(conn: Connection, existing: ExistingStore, reserved: str) -> str:
    """The PC's own letter, once nothing on the server can collide with its numbers. The
    caller holds the office row locked (no other enrolment of the office meanwhile)."""
    office, letter = existing.office_code, existing.letter
    details = {"office": office, "letter": letter}
    if letter == reserved:
        raise Conflict(MSG_LETTER_RESERVED, field="existing.letter", details=details)
    # Every device the office ever had, revoked ones too: letters are never reused.
    holder = conn.execute(select(devices.c.label, devices.c.revoked_at).where(
        devices.c.office_code == office, devices.c.device_letter == letter)).first()
    if holder is not None:
        revoked = holder[1] is not None
        raise Conflict(MSG_LETTER_TAKEN, field="existing.letter", letter=letter, office=office,
                       label=holder[0], revoked=" (sudah dicabut)" if revoked else "",
                       revoked_en=" (revoked)" if revoked else "",
                       details={**details, "label": holder[0], "revoked": revoked})
    # Numbers of the office and letter, whichever office holds the case now (a case keeps
    # its number when transferred). A range on the unique index, then the exact shape.
    prefix = f"{office}-"
    shape = cases.c.case_number.like(f"{office}-____-{letter}-%")
    where = (cases.c.case_number >= prefix, cases.c.case_number < f"{office}.", shape)
    count = conn.scalar(select(func.count()).select_from(cases).where(*where)) or 0
    if count:
        example = conn.scalar(select(func.min(cases.c.case_number)).where(*where))
        raise Conflict(MSG_NUMBERS_ON_SERVER, field="existing.letter", count=count,
                       office=office, letter=letter, example=example,
                       details={**details, "count": count, "example": example})
    return letter

