"""Paths the adversarial review found still open to a restricted case (issue 14 §1.2):
attachments asked for by id, changes the server refused, a repeat visit or a link to the
case by its number, a proposal naming it as the case kept."""

from __future__ import annotations

import json
import uuid

import pytest

from desktop.domain import case_links as cl
from desktop.domain.case_links import IntakeLink
from desktop.messages import HaloError
from desktop.services.cases import CaseRestricted
from tests.conftest import make_intake
from tests.unit.restriction_data import WATI_NAME, record_people, restrict_wati

KTP = b"%PDF-1.4\nKTP Rahasia Wati 3578015505900003"


def _refused_change(core, case_id: str) -> None:
    """A change of the case's worker the server refused earlier, kept on this PC."""
    worker_id = core.store.query_one("SELECT id FROM workers WHERE case_id = ?", (case_id,))[0]
    conn = core.store.raw_connection
    with conn:
        conn.execute(
            "INSERT INTO rejected_changes (change_id, entity, entity_id, case_id, fields, code,"
            " message_id, message_en, rejected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (str(uuid.uuid4()), "worker", worker_id, case_id,
             json.dumps({"name": f"{WATI_NAME} binti Slamet"}), "x", "", "",
             "2026-01-01T00:00:00Z"))


@pytest.mark.parametrize("role", ["case_officer", "admin"])
def test_a_restricted_cases_attachment_is_not_given_by_its_id(supervisor, login, role, tmp_path):
    held = record_people(supervisor)
    att = supervisor.attachments.attach(held.hidden, KTP, "ktp-wati.pdf", note="KTP Wati")
    restrict_wati(supervisor)
    other = login(f"u_{role}", role)
    for read in (other.attachments.get, other.attachments.content):
        with pytest.raises(CaseRestricted):
            read(att.id)
    if role == "admin":
        with pytest.raises(CaseRestricted):
            other.attachments.export(att.id, tmp_path / "ktp.pdf")
        assert not (tmp_path / "ktp.pdf").exists()
    assert supervisor.attachments.content(att.id) == KTP


def test_refused_changes_of_a_restricted_case_are_for_supervisors_only(supervisor, login):
    held = record_people(supervisor)
    _refused_change(supervisor, held.hidden_id)
    restrict_wati(supervisor)
    officer = login("penangan", "case_officer")
    assert all(WATI_NAME not in r["fields"] for r in officer.sync.rejected())
    assert any(WATI_NAME in r["fields"] for r in supervisor.sync.rejected())


def test_a_restricted_case_takes_no_visit_link_or_duplicate_from_who_may_not_see_it(
        supervisor, login):
    held = record_people(supervisor)
    restrict_wati(supervisor)
    before = supervisor.store.query_one("SELECT count(*) FROM events WHERE case_id = ?",
                                        (held.hidden_id,))[0]
    loket = login("loket", "front_office")
    with pytest.raises(HaloError) as visit:
        loket.links.add_visit(held.hidden, make_intake())
    with pytest.raises(HaloError) as link:
        loket.cases.record_intake(make_intake(), link=IntakeLink(
            cl.NEW_DISTINCT, held.hidden, "Beda orang"))
    # Refused as a number that does not exist: not even its existence shows.
    assert visit.value.code == link.value.code == cl.MSG_LINK_UNKNOWN.code
    assert supervisor.store.query_one("SELECT count(*) FROM events WHERE case_id = ?",
                                      (held.hidden_id,))[0] == before


def test_a_supervisor_printing_a_restricted_cases_letter_is_recorded_as_such(supervisor):
    from desktop.domain import casework as cw
    from desktop.domain import data_protection as pdp
    from desktop.services import audit
    from tests.unit.restriction_data import audit_rows

    held = record_people(supervisor)
    referral_id = supervisor.referrals.refer(held.hidden, cw.ReferralInput(
        addressee="KBRI Kuala Lumpur", kind="perwakilan", request="Mohon bantuan.",
        legal_basis=pdp.VITAL_INTEREST))
    restrict_wati(supervisor)
    before = len(audit_rows(supervisor, audit.RESTRICTED_VIEWED))
    supervisor.letters.record_printed(supervisor.letters.referral_letter(referral_id))
    rows = audit_rows(supervisor, audit.RESTRICTED_VIEWED)
    assert len(rows) == before + 1 and rows[-1]["target"] == held.hidden
