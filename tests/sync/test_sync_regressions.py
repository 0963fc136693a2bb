"""Regressions found by the sync fault and property tests (each names what went wrong)."""

from __future__ import annotations

import pytest

from desktop.store.replica import Replica
from sync.client.api import CentralClient
from tests.conftest import make_intake
from tests.server.helpers import case_body
from tests.sync.harness import converged

pytestmark = pytest.mark.usefixtures("backend")


def no_heal(pc):
    report = pc.sync()
    assert not report.healed and report.checksum_ok, report
    return report


def central(pst) -> CentralClient:
    return CentralClient(pst.url, pst.credential, user="operator.pusat")


def test_the_conflict_a_push_causes_reaches_the_pusher_without_a_re_download(make_pc,
                                                                             server_ctx):
    # The server logged the conflict under the pushing device, and the pull left out
    # everything of that device as "its own changes": only the checksum's re-download
    # brought the conflict to the PC that caused it.
    a, b = make_pc("SBY"), make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    no_heal(a)
    no_heal(b)
    worker = make_intake().worker
    worker.employer_name = "Versi A"
    a.core.cases.update_people(number, worker=worker)
    worker.employer_name = "Versi B"
    b.core.cases.update_people(number, worker=worker)
    no_heal(a)
    no_heal(b)
    assert b.core.store.query("SELECT field FROM conflicts") == [("employer_name",)]
    assert converged(server_ctx, b)


def test_a_status_the_server_re_states_reaches_the_pusher_without_a_re_download(make_pc):
    a, b = make_pc("SBY"), make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    a.core.cases.change_status(number, "proses")
    no_heal(a)
    no_heal(b)
    a.core.cases.change_status(number, "selesai", outcome="dipulangkan")
    b.core.cases.change_status(number, "menunggu_dokumen")
    no_heal(a)
    no_heal(b)
    assert b.core.cases.get(number).case["status"] == "selesai"


def test_what_the_national_pc_does_centrally_reaches_it_without_a_re_download(make_pc,
                                                                              server_ctx):
    # Creating and transferring cases through the central API is logged under the PST
    # device too: the PST PC never got those changes except by re-downloading everything.
    sby, pst = make_pc("SBY"), make_pc("PST")
    number = sby.core.cases.record_intake(make_intake())
    no_heal(sby)
    no_heal(pst)
    with central(pst) as api:
        api.transfer_case(number, "SMG", "Pengadu pindah ke Semarang.")
        created = api.create_case(**{k: v for k, v in case_body().items()
                                     if k in ("complaint", "complainant", "worker")})
    no_heal(pst)
    moved = pst.core.cases.get(number)
    assert moved.case["office_code"] == "SMG"
    assert "dialihkan" in {e["event_type"] for e in moved.events}
    assert pst.core.cases.get(created["case"]["case_number"]).case["office_code"] == "PST"
    assert converged(server_ctx, pst)
    assert Replica(pst.core.store).pending_count() == 0
