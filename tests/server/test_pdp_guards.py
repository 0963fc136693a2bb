"""What the server itself enforces of issue 14 whatever a PC says (found by the adversarial
review): only a supervisor restricts or lifts a restriction, and in their own name; a
referral's consent names who recorded it; a link's reason is anonymised and none is added
after; a closing stamped before the complaint was received does not make a case due."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from desktop.domain import data_protection as pdp
from sync.server.db.tables import case_links, cases, changes, referrals
from sync.server.services import retention
from tests.server.audit_helpers import push_account
from tests.server.retention_helpers import AS_OF, NOW, central, closed_case, instant
from tests.server.sync_helpers import case_fields, change, hlc, number_of, real_time, round_trip

pytestmark = pytest.mark.usefixtures("backend")
RESTRICTION = {"restricted_at": "2026-12-01T03:00:00.000000Z", "restricted_by": "kasi",
               "restriction_reason": "TKI meminta pembatasan secara tertulis."}
LIFTED = {"restricted_at": "", "restricted_by": "", "restriction_reason": ""}


@pytest.fixture
def sby(devices, clock):
    real_time(clock)
    return devices["SBY"]


def _new_case(client, device) -> str:
    case_id = str(uuid.uuid4())
    answer = round_trip(client, device, [change(
        "case", case_id, case_id, case_fields(case_id, number_of(device), device.office), hlc(),
        op="insert")])
    assert answer["rejected"] == []
    return case_id


def _codes(answer) -> list[str]:
    return [r["code"] for r in answer["rejected"]]


def _restriction(ctx, case_id: str) -> tuple[str, str]:
    with ctx.db.read() as conn:
        return tuple(conn.execute(select(cases.c.restricted_at, cases.c.restricted_by)
                                  .where(cases.c.id == case_id)).first())


def test_only_a_supervisor_restricts_and_lifts_in_their_own_name(ctx, client, sby):
    push_account(client, sby, "kasi", "supervisor")
    push_account(client, sby, "loket", "front_office")
    case_id = _new_case(client, sby)
    # A front-office account cannot restrict, nor forge a supervisor's name.
    assert _codes(round_trip(client, sby, [change(
        "case", case_id, case_id, RESTRICTION, hlc(), user="loket")])) == [
        "sync_restriction_not_supervisor"]
    assert _restriction(ctx, case_id) == ("", "")
    # A supervisor restricts, but not in another's name.
    assert _codes(round_trip(client, sby, [change(
        "case", case_id, case_id, {**RESTRICTION, "restricted_by": "budi"}, hlc())])) == [
        "sync_recorded_by_other"]
    assert round_trip(client, sby, [change("case", case_id, case_id, RESTRICTION, hlc())])[
        "rejected"] == []
    assert _restriction(ctx, case_id) == (RESTRICTION["restricted_at"], "kasi")
    # Nobody but a supervisor lifts it, an unknown account neither.
    for who in ("loket", "tamu"):
        assert _codes(round_trip(client, sby, [change(
            "case", case_id, case_id, LIFTED, hlc(), user=who)])) == [
            "sync_restriction_not_supervisor"]
    assert _restriction(ctx, case_id) == (RESTRICTION["restricted_at"], "kasi")
    assert round_trip(client, sby, [change("case", case_id, case_id, LIFTED, hlc())])[
        "rejected"] == []
    assert _restriction(ctx, case_id) == ("", "")


def test_a_supervisor_demoted_at_central_can_no_longer_restrict(ctx, client, sby):
    account = push_account(client, sby, "kasi", "supervisor")
    push_account(client, sby, "kasi", "case_officer", account_id=account)
    case_id = _new_case(client, sby)
    assert _codes(round_trip(client, sby, [change(
        "case", case_id, case_id, RESTRICTION, hlc())])) == ["sync_restriction_not_supervisor"]


def test_a_referrals_consent_names_the_account_that_recorded_it(ctx, client, sby):
    case_id = _new_case(client, sby)
    referral_id = str(uuid.uuid4())
    referral = {"id": referral_id, "case_id": case_id, "addressee": "KBRI Kuala Lumpur",
                "method": "surat", "sent_on": "2026-12-01", "request": "Mohon bantuan.",
                "legal_basis": pdp.CONSENT_ORAL, "consent_on": "2026-12-01",
                "consent_by": "budi", "created_by": "kasi",
                "created_at": "2026-12-01T03:00:00Z", "updated_at": "2026-12-01T03:00:00Z"}
    assert _codes(round_trip(client, sby, [change(
        "referral", referral_id, case_id, referral, hlc(), op="insert")])) == [
        "sync_recorded_by_other"]
    assert round_trip(client, sby, [change("referral", referral_id, case_id, {
        **referral, "consent_by": "kasi"}, hlc(), op="insert")])["rejected"] == []
    with ctx.db.read() as conn:
        assert conn.scalar(select(referrals.c.consent_by).where(
            referrals.c.id == referral_id)) == "kasi"


def test_a_links_reason_is_anonymised_and_no_link_is_added_after(ctx, client, sby):
    case = closed_case(client, sby, instant("2019-03-01"))
    link_id = str(uuid.uuid4())
    link = {"id": link_id, "case_id": case["id"], "other_case_id": str(uuid.uuid4()),
            "other_number": "SBY-2026-A-99999", "kind": "distinct",
            "reason": "Beda orang: Dewi Lestari NIK 3578014101800001", "ended_at": "",
            "created_by": "kasi", "created_at": "2018-02-01T03:00:00.000000Z"}
    assert round_trip(client, sby, [change("link", link_id, case["id"], link, hlc(),
                                           op="insert")])["rejected"] == []
    assert retention.run(ctx.db, central(ctx), NOW, AS_OF).cases == [case["number"]]
    with ctx.db.read() as conn:
        assert conn.scalar(select(case_links.c.reason).where(
            case_links.c.id == link_id)) == pdp.ANON_MARKER
        logged = list(conn.scalars(select(changes.c.fields).where(
            changes.c.entity == "link", changes.c.case_id == case["id"])))
    assert logged and not any("Dewi" in f for f in logged)
    again = dict(link, id=str(uuid.uuid4()), reason="Siti Aminah, HP 0812345678")
    assert _codes(round_trip(client, sby, [change("link", again["id"], case["id"], again,
                                                  hlc(), op="insert")])) == [
        "sync_case_anonymised"]


def test_a_closing_stamped_before_the_complaint_was_received_does_not_make_it_due(ctx, client,
                                                                                  sby):
    # A PC whose clock read 2015 closed a case received on 1 November 2026.
    case = closed_case(client, sby, instant("2015-06-01"),
                       received_at="2026-11-01T03:00:00.000000Z")
    with ctx.db.read() as conn:
        found = retention.due(conn, date(2026, 11, 22))
    assert case["number"] not in [c.case_number for c in found.cases]
