"""The letters of a case as PDF: a referral's letter (surat rujukan) and a PPTKIS summons
(surat panggilan klarifikasi), on the office's letterhead.

Rendered in memory (they carry personal data); saving one where the officer chooses is
audited, like the receipt, with the case it was about. A referral letter shares the case's
personal data with its addressee: without a recorded basis for that (UU PDP) it is not
made at all, so it can be neither printed nor saved.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain import casework
from desktop.domain.models import CaseDetail
from desktop.domain.roles import Perm
from desktop.formatting import zone_info
from desktop.messages import HaloError, Msg
from desktop.private_fs import write_private
from desktop.receipt.letters import (
    LetterBasis,
    LetterOffice,
    ReferralLetterData,
    SummonsLetterData,
    WorkerIdentity,
    office_city,
    render_referral_letter,
    render_summons_letter,
)
from desktop.services.receipts import ExportFailed
from desktop.services.referrals import MSG_SUMMONS_UNKNOWN, MSG_UNKNOWN

if TYPE_CHECKING:
    from desktop.core import Core

REFERRAL, SUMMONS = "surat_rujukan", "surat_panggilan"
PRINTED, EXPORTED = "letter_printed", "letter_exported"
_REMEMBERED = 32  # letters rendered this session whose case an export can still name

MSG_NO_BASIS = Msg(
    "referral_letter_needs_basis",
    "Surat rujukan kepada {addressee} belum dapat dicetak atau disimpan: dasar berbagi data "
    "pribadi pengadu dan TKI dengan penerima ini belum dicatat. Catat dulu dasarnya pada "
    "rujukan ini: persetujuan pengadu (lisan atau tertulis, dengan tanggalnya), kepentingan "
    "vital, atau kewajiban menurut undang-undang.",
    "The referral letter to {addressee} cannot be printed or saved yet: what sharing the "
    "complainant's and the worker's personal data with this addressee rests on has not been "
    "recorded. Record it on the referral first: the complainant's consent (oral or written, "
    "with its date), vital interest, or a legal obligation.")


class LetterService:
    def __init__(self, core: Core) -> None:
        self.core = core
        self.store = core.store
        # digest of a rendered letter -> (kind, case number): export() audits which it was
        self._made: OrderedDict[str, tuple[str, str]] = OrderedDict()

    # -- rendering ---------------------------------------------------------------------------
    def referral_letter(self, referral_id: str, lang: str = "id") -> bytes:
        core = self.core
        core.require(Perm.REFERRAL_ADD)
        row = self._one("SELECT * FROM referrals WHERE id = ?", referral_id, MSG_UNKNOWN,
                        "referral")
        if not casework.has_basis(row):
            raise HaloError(MSG_NO_BASIS, field="legal_basis", addressee=row["addressee"])
        core.cases.resolve_for_edit(row["case_id"])  # anonymised: nothing left to send
        detail = core.cases.get(row["case_id"])
        entry = self._entry(row["stakeholder_id"])
        data = ReferralLetterData(
            office=self._office(), letter_no=row["letter_no"],
            dated=date.fromisoformat(row["sent_on"]), addressee=row["addressee"],
            addressee_address=entry.address if entry else "",
            case_number=detail.case_number, received_on=self._received_on(detail),
            worker=self._worker(detail, lang), summary=detail.case.get("description", ""),
            request=row["request"],
            reply_due=date.fromisoformat(row["reply_due"]) if row["reply_due"] else None,
            officer_name=self._full_name(row["created_by"]),
            urgent=core.handling.is_urgent(detail.case), basis=self._basis(row), lang=lang)
        return self._remember(render_referral_letter(data), REFERRAL, detail.case_number)

    def summons_letter(self, summons_id: str, lang: str = "id") -> bytes:
        core = self.core
        core.require(Perm.REFERRAL_ADD)
        row = self._one("SELECT * FROM summons WHERE id = ?", summons_id, MSG_SUMMONS_UNKNOWN,
                        "summons")
        core.cases.resolve_for_edit(row["case_id"])  # anonymised: nothing left to send
        detail = core.cases.get(row["case_id"])
        entry = self._entry(row["stakeholder_id"])
        data = SummonsLetterData(
            office=self._office(), letter_no=row["letter_no"],
            dated=self._local_date(row["created_at"]), agency=row["agency"],
            agency_address=entry.address if entry else "", case_number=detail.case_number,
            worker=self._worker(detail, lang), meeting_at=_instant(row["meeting_at"]),
            place=row["place"], officer_name=self._full_name(row["created_by"]), lang=lang)
        return self._remember(render_summons_letter(data), SUMMONS, detail.case_number)

    # -- printing and saving -------------------------------------------------------------------
    def record_printed(self, pdf: bytes) -> None:
        self._audit(PRINTED, pdf)

    def export(self, pdf: bytes, path: Path | str) -> Path:
        """Save a letter rendered here where the officer chose (only that file, 0600); the
        audit trail records it with its case."""
        self.core.require(Perm.REFERRAL_ADD)
        target = Path(path)
        try:
            write_private(target, pdf)
        except OSError as exc:
            raise ExportFailed(target, exc.strerror or type(exc).__name__) from exc
        self._audit(EXPORTED, pdf)
        return target

    def _audit(self, action: str, pdf: bytes) -> None:
        """A letter printed or saved, with its case (a restricted case's: also as such)."""
        kind, number = self._made.get(_digest(pdf), ("", ""))
        if not number:
            self.core.audit.record(action, target=number, detail=kind)
            return
        self.core.restriction.record_read(action, self.core.cases.resolve(number),
                                          detail=kind)

    # -- helpers -----------------------------------------------------------------------------
    def _remember(self, pdf: bytes, kind: str, case_number: str) -> bytes:
        self._made[_digest(pdf)] = (kind, case_number)
        while len(self._made) > _REMEMBERED:
            self._made.popitem(last=False)
        return pdf

    def _one(self, sql: str, key: str, msg, field: str) -> dict:
        rows = self.store.query_dicts(sql, ((key or "").strip(),))
        if not rows:
            raise HaloError(msg, field=field)
        return rows[0]

    def _entry(self, stakeholder_id: str):
        """The addressee's directory entry for its address; a one-off name has none."""
        if not stakeholder_id:
            return None
        try:
            return self.core.directory.get(stakeholder_id)
        except HaloError:
            return None  # an entry not (yet) on this PC: the letter still goes out

    def _basis(self, row: dict) -> LetterBasis:
        consent_on = row["consent_on"]
        return LetterBasis(legal_basis=row["legal_basis"],
                           consent_on=date.fromisoformat(consent_on) if consent_on else None,
                           recorded_by=self._full_name(row["consent_by"]),
                           note=row["basis_note"])

    def _office(self) -> LetterOffice:
        office = self.core.office
        return LetterOffice(name=office.name, address=office.address, phone=office.phone,
                            tz=office.tz, city=office_city(office.name))

    def _worker(self, detail: CaseDetail, lang: str) -> WorkerIdentity:
        ref, worker = self.core.reference, detail.worker
        country = worker.get("destination_country", "")
        return WorkerIdentity(
            name=worker.get("name", ""), passport=worker.get("passport", ""),
            destination=ref.label("country", country, lang) if country else "",
            employer=worker.get("employer_name", ""), agency=worker.get("pptkis", ""),
            category=ref.label("category", detail.case["category"], lang))

    def _received_on(self, detail: CaseDetail) -> date:
        return self._local_date(detail.case["received_at"])

    def _local_date(self, stamp: str) -> date:
        return _instant(stamp).astimezone(zone_info(self.core.office.tz)).date()

    def _full_name(self, username: str) -> str:
        user = self.core.accounts.get(username) if username else None
        return user["full_name"] if user else username


def _instant(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00"))


def _digest(pdf: bytes) -> str:
    return hashlib.sha256(pdf).hexdigest()
