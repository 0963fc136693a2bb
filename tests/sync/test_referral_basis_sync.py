"""A referral's basis for sharing (issue 14 §1.4) travels PC -> server -> other PC like the
rest of the referral, on SQLite and PostgreSQL: recorded with the referral, recorded later
for an old one, and refused by the server when its value is not one of the legal bases."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.domain import casework as cw
from desktop.domain import data_protection as pdp
from desktop.store.replica import Replica
from sync.server.db.tables import referrals
from tests import casework_rows as rows
from tests.conftest import make_intake
from tests.sync.harness import converged

pytestmark = pytest.mark.usefixtures("backend")
BASIS = ("legal_basis", "consent_on", "consent_by", "basis_note")


def clean(pc):
    report = pc.sync()
    assert not report.healed and report.rejected == 0, report
    return report


def basis_on(pc, referral_id: str) -> tuple[str, ...]:
    [row] = pc.core.store.query(
        "SELECT legal_basis, consent_on, consent_by, basis_note FROM referrals WHERE id = ?",
        (referral_id,))
    return tuple(row)


def basis_on_server(server_ctx, referral_id: str) -> tuple[str, ...]:
    with server_ctx.db.read() as conn:
        row = conn.execute(select(*(referrals.c[n] for n in BASIS))
                           .where(referrals.c.id == referral_id)).one()
    return tuple(row)


def test_a_referral_made_with_consent_arrives_with_it_and_its_letter_prints(
        make_pc, server_ctx):
    a, b = make_pc("SBY"), make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    today = a.core.cases.today().isoformat()
    rid = a.core.referrals.refer(number, cw.ReferralInput(
        addressee="KBRI Kuala Lumpur", kind="perwakilan", method="surat",
        request="Mohon bantuan pemulangan.", legal_basis=pdp.CONSENT_WRITTEN, consent_on=today,
        basis_note="Surat persetujuan dipindai."))
    clean(a)
    clean(b)
    expected = ("consent_written", today, "kasi", "Surat persetujuan dipindai.")
    assert basis_on(b, rid) == basis_on_server(server_ctx, rid) == expected
    assert b.core.letters.referral_letter(rid).startswith(b"%PDF")
    assert converged(server_ctx, a) and converged(server_ctx, b)


def test_a_basis_recorded_later_on_the_other_pc_comes_back(make_pc, server_ctx):
    a, b = make_pc("SBY"), make_pc("SBY")
    number = a.core.cases.record_intake(make_intake(complaint__category="perdagangan_orang"))
    old = rows.add_referral(a.core, number)  # made before this release: no basis
    clean(a)
    clean(b)
    assert basis_on(b, old) == ("", "", "", "")
    b.core.referrals.record_basis(old, cw.BasisInput(pdp.VITAL_INTEREST))
    clean(b)
    clean(a)
    assert basis_on(a, old) == ("vital_interest", "", "", "")
    assert a.core.letters.referral_letter(old).startswith(b"%PDF")
    assert converged(server_ctx, a) and converged(server_ctx, b)


def test_the_server_refuses_a_legal_basis_that_is_not_one(make_pc, server_ctx):
    a = make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    rid = rows.add_referral(a.core, number)
    clean(a)
    with a.core.write() as tx:  # a PC that does not check: the server does
        tx.update("referral", rid, {"legal_basis": "persetujuan_keluarga",
                                    "updated_at": tx.now})
    report = a.sync()
    assert report.rejected == 1
    [refused] = Replica(a.core.store).rejected()
    assert refused["code"] == "sync_invalid_value" and refused["entity"] == "referral"
    assert refused["entity_id"] == rid and "persetujuan_keluarga" in refused["fields"]
    assert basis_on_server(server_ctx, rid) == ("", "", "", "")
