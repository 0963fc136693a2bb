"""A restriction syncs (issue 14 §1.2): made on PC A, it hides the case and the information
request on PC B for its case officer after B syncs; a lift brings them back. The server
keeps it as data, and its own case API follows the same rule."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.services.cases import CaseRestricted
from desktop.session.login import log_in
from desktop.sync.api import CentralClient
from desktop.sync.errors import CentralError
from sync.server.db.tables import cases as server_cases
from tests.conftest import ADMIN, ADMIN_PW, STAFF_PW, TEST_KDF
from tests.server.helpers import issue_code
from tests.unit.restriction_data import REASON, WATI_PASSPORT, record_people, restrict_wati

pytestmark = pytest.mark.usefixtures("backend")


@pytest.fixture
def office(make_pc):
    """PC A (its supervisor records Wati's case and request) and PC B, both synced, with a
    case officer on B; the officer's core is closed by the test's end."""
    a, b = make_pc("SBY"), make_pc("SBY")
    held = record_people(a.core)
    a.sync()
    b.sync()
    admin = log_in(b.core.paths, ADMIN, ADMIN_PW, TEST_KDF)
    admin.accounts.add_user("penangan", "Penangan", "case_officer", STAFF_PW)
    admin.close()
    officer = log_in(b.core.paths, "penangan", STAFF_PW, TEST_KDF)
    yield a, b, officer, held
    officer.close()


def seen_by(core, held) -> bool:
    """Whether the case and the request are in the core's lists and search."""
    in_list = held.hidden in {r.case_number for r in core.cases.rows(core.cases.list_seqs())}
    in_search = bool(core.search.search(WATI_PASSPORT))
    in_requests = held.inquiry in {r.id for r in core.inquiries.list()}
    assert in_list == in_search == in_requests
    return in_list


def test_a_restriction_on_a_hides_it_on_b_and_a_lift_brings_it_back(office):
    a, b, officer, held = office
    assert seen_by(officer, held)
    restrict_wati(a.core)
    a.sync()
    assert seen_by(officer, held)  # B has not synced yet
    assert b.sync().checksum_ok
    assert not seen_by(officer, held)
    with pytest.raises(CaseRestricted):
        officer.cases.get(held.hidden)
    # B's supervisor still sees it, with who restricted it and why.
    case = b.core.cases.get(held.hidden).case
    assert (case["restricted_by"], case["restriction_reason"]) == ("kasi", REASON)
    assert seen_by(b.core, held)

    a.core.restriction.lift(a.core.restriction.targets_of(
        a.core.subject_access.find(passport=WATI_PASSPORT)), "TKI mencabut permintaannya.")
    a.sync()
    b.sync()
    assert seen_by(officer, held)
    fields = {c.field for c in officer.history.of_case(held.hidden)}
    assert {"restricted_at", "restricted_by", "restriction_reason"} <= fields


def test_the_server_keeps_the_restriction(office, server_ctx):
    a, _b, _officer, held = office
    restrict_wati(a.core)
    a.sync()
    with server_ctx.db.read() as conn:
        row = conn.execute(select(server_cases).where(
            server_cases.c.case_number == held.hidden)).mappings().one()
    assert (row["restricted_by"], row["restriction_reason"]) == ("kasi", REASON)
    assert row["restricted_at"]


def test_the_servers_case_api_hides_it_from_all_but_a_supervisor(office, live_url, server_ctx):
    a, b, _officer, held = office
    restrict_wati(a.core)
    a.sync()
    with CentralClient(live_url, user="operator.pusat") as pst:
        pst.enrol(issue_code(server_ctx, "PST"), "PC-Pusat")
        pst.add_staff("ani.sby", "Ani", "SBY", "supervisor", "rahasia-123")
        pst.add_staff("budi.sby", "Budi", "SBY", "case_officer", "rahasia-123")
    for user in ("budi.sby", "penangan", ""):  # an officer; a local account; nobody named
        with CentralClient(live_url, b.credential, user=user or None) as client:
            listed = client.list_cases()
            assert [c["case_number"] for c in listed["items"]] == [held.shown]
            assert listed["total"] == 1
            assert client.list_cases(q=WATI_PASSPORT)["items"] == []
            with pytest.raises(CentralError) as err:
                client.get_case(held.hidden)
            assert (err.value.status, err.value.server_code) == (403, "case_restricted")
    with CentralClient(live_url, b.credential, user="ani.sby") as ani:
        assert {c["case_number"] for c in ani.list_cases()["items"]} == {held.hidden,
                                                                          held.shown}
        assert ani.get_case(held.hidden)["case"]["case_number"] == held.hidden
