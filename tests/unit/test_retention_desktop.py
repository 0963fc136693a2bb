"""An anonymised case on the desktop (issue 14 §1.3): its services refuse edits and new
personal data with a clear message, its attachments' content is gone, and an upload the
server refuses as erased is over rather than an error every sync."""

from __future__ import annotations

import hashlib

import pytest

from desktop.domain import data_protection as pdp
from desktop.services import anonymised
from desktop.services.attachments import AttachmentErased
from desktop.store.replica import Replica
from desktop.sync import blobs
from desktop.sync import errors as e
from tests.conftest import make_intake

STAMP = "2031-12-02T03:00:00.000000Z"
LIVE, GONE = {"anonymised_at": ""}, {"anonymised_at": STAMP}


def test_an_anonymised_case_refuses_any_edit_in_both_languages():
    anonymised.refuse_edit(LIVE)
    with pytest.raises(anonymised.CaseAnonymised) as caught:
        anonymised.refuse_edit(GONE)
    assert caught.value.field == "case"
    assert "masa retensinya berakhir" in caught.value.text("id")
    assert "retention period ended" in caught.value.text("en")


def _anonymise_here(core, number: str) -> str:
    case_id = core.cases.resolve(number)["id"]
    core.store.raw_connection.execute("UPDATE cases SET anonymised_at = ? WHERE id = ?",
                                      (STAMP, case_id))
    return case_id


def test_no_attachment_is_added_and_none_opens_once_anonymised(supervisor):
    number = supervisor.cases.record_intake(make_intake())
    att = supervisor.attachments.attach(number, b"%PDF-1.4 paspor", "paspor.pdf")
    _anonymise_here(supervisor, number)
    with pytest.raises(AttachmentErased) as caught:
        supervisor.attachments.content(att.id)
    assert "masa retensi" in caught.value.text("id") and "deleted" in caught.value.text("en")
    before = supervisor.store.query("SELECT count(*) FROM changes")
    with pytest.raises(anonymised.CaseAnonymised):
        supervisor.attachments.attach(number, b"%PDF-1.4 lagi", "lagi.pdf")
    assert supervisor.store.query("SELECT count(*) FROM changes") == before


class _ErasedServer:
    """A transport whose server answers every request for the content with 410 Gone."""

    def __init__(self) -> None:
        self.calls = 0

    def answer(self, *args, **kwargs):
        self.calls += 1
        raise e.Conflict(status=410, server_code=blobs.ERASED)


def test_an_upload_the_server_refuses_as_erased_is_over(supervisor):
    number = supervisor.cases.record_intake(make_intake())
    data = b"%PDF-1.4 kk"
    supervisor.attachments.attach(number, data, "kk.pdf")
    sha = hashlib.sha256(data).hexdigest()
    replica, server = Replica(supervisor.store), _ErasedServer()
    assert blobs.upload(replica, server, sha, len(data)) is True
    assert server.calls == 1
    assert supervisor.store.query("SELECT uploaded FROM blobs WHERE sha256 = ?",
                                  (sha,))[0][0] == len(data)


def test_any_other_refusal_still_stops_the_upload(supervisor):
    class Refusing:
        def answer(self, *args, **kwargs):
            raise e.Conflict(status=409, server_code="blob_offset_mismatch")

    with pytest.raises(e.Conflict):
        blobs.upload(Replica(supervisor.store), Refusing(), "0" * 64, 10)


def test_the_desktop_knows_the_servers_code_for_erased_content():
    from sync.server.services import blobs as server_blobs

    assert server_blobs.MSG_BLOB_ERASED.code == blobs.ERASED


def test_no_letter_is_made_for_an_anonymised_case(supervisor):
    from desktop.domain import casework as cw

    number = supervisor.cases.record_intake(make_intake())
    referral_id = supervisor.referrals.refer(number, cw.ReferralInput(
        addressee="KBRI Kuala Lumpur", kind="perwakilan", request="Mohon bantuan.",
        legal_basis=pdp.VITAL_INTEREST))
    assert supervisor.letters.referral_letter(referral_id).startswith(b"%PDF")
    _anonymise_here(supervisor, number)
    with pytest.raises(anonymised.CaseAnonymised):
        supervisor.letters.referral_letter(referral_id)
