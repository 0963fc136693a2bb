"""Recording and handling complaints (desktop/services/cases.py)."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.domain import status as st
from desktop.domain.casework import ReferralInput
from desktop.domain.models import ComplainantInput, IntakeInput, WorkerInput
from desktop.domain.roles import PermissionDenied
from desktop.domain.validation import ValidationError, ValidationErrors
from desktop.services.cases import CaseFilter, CaseNotFound
from tests.conftest import make_intake, ticking_clock

WIB = ZoneInfo("Asia/Jakarta")
NOW = datetime(2026, 3, 10, 10, 0, tzinfo=WIB)
TODAY = NOW.date()


def at(when: datetime):
    return ticking_clock(when)


@pytest.fixture
def sup(supervisor):
    supervisor.now = at(NOW)
    return supervisor


@pytest.fixture
def fo(officer):
    officer.now = at(NOW)
    return officer


@pytest.fixture
def co(login):
    core = login("penanganan", "case_officer")
    core.now = at(NOW)
    return core


def _fields(exc: ValidationErrors) -> set[str]:
    return set(exc.fields)


def _codes(exc: ValidationErrors) -> dict[str, str]:
    return {e.field: e.code for e in exc.errors}


def _nothing_written(core, before: int) -> bool:
    return core.store.query_one("SELECT count(*) FROM changes")[0] == before


def _n_changes(core) -> int:
    return core.store.query_one("SELECT count(*) FROM changes")[0]


def _events(core, number: str) -> list[dict]:
    return core.cases.get(number).events


def _set_status(core, number: str, *path: str, **closing) -> None:
    for new in path:
        core.cases.change_status(number, new, **(closing if new in st.CLOSED else {}))


# -- intake -------------------------------------------------------------------------------

def test_record_intake_stores_everything(fo):
    number = fo.cases.record_intake(make_intake())
    assert number == "SBY-2026-A-00001"
    detail = fo.cases.get(number)
    case = detail.case
    assert (case["status"], case["category"], case["channel"]) == (
        "baru", "gaji_tidak_dibayar", "datang_langsung")
    assert case["office_code"] == "SBY" and case["created_by"] == "petugas"
    assert case["received_at"] == NOW.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    assert detail.worker["name"] == "Dewi Lestari"
    assert detail.worker["birth_date"] == "1995-03-12"
    assert detail.worker["passport"] == "B1234567"
    assert detail.complainant["phones"] == "+6281234567890"
    assert [e["event_type"] for e in detail.events] == ["pengaduan_diterima"]
    assert detail.events[0]["channel"] == "datang_langsung"
    assert detail.events[0]["user"] == "petugas"


@pytest.mark.parametrize("override, field", [
    ({"complaint__category": ""}, "complaint.category"),
    ({"complaint__channel": ""}, "complaint.channel"),
    ({"complaint__description": "   "}, "complaint.description"),
    ({"complainant__relation": ""}, "complainant.relation"),
    ({"complainant__name": ""}, "complainant.name"),  # walk-in: name required by channel data
])
def test_each_required_field(fo, override, field):
    before = _n_changes(fo)
    with pytest.raises(ValidationErrors) as info:
        fo.cases.record_intake(make_intake(**override))
    assert field in _fields(info.value)
    assert _nothing_written(fo, before)


def test_worker_identity_is_required(fo):
    with pytest.raises(ValidationErrors) as info:
        fo.cases.record_intake(make_intake(worker=WorkerInput(destination_country="MY")))
    assert _codes(info.value) == {"worker.name": "worker_identity_required"}


@pytest.mark.parametrize("worker", [
    WorkerInput(passport="b 1234567"),
    WorkerInput(nik="3578015203950002"),
    WorkerInput(name="Dewi"),
])
def test_one_worker_identifier_is_enough(fo, worker):
    number = fo.cases.record_intake(make_intake(worker=worker))
    detail = fo.cases.get(number)
    assert detail.worker["passport"] in ("", "B1234567")
    assert detail.worker["name"] in ("", "Dewi")


def test_walk_in_needs_some_way_to_contact_the_complainant(fo):
    with pytest.raises(ValidationErrors) as info:
        fo.cases.record_intake(make_intake(complainant__phones="", complainant__address=""))
    assert _codes(info.value) == {"complainant.phones": "contact_required"}
    # Any one of phone, address or email is enough.
    fo.cases.record_intake(make_intake(complainant__phones="", complainant__address="",
                                       complainant__email="siti@contoh.co.id"))


@pytest.mark.parametrize("channel, field, fix", [
    ("telepon", "complainant.phones", {"complainant__phones": "0812 1111 2222"}),
    ("faksimili", "complainant.phones", {"complainant__phones": "031-8410040"}),
    ("sms", "complainant.phones", {"complainant__phones": "+62 812 1111 2222"}),
    ("surat", "complainant.address", {"complainant__address": "Jl. Mawar 1, Malang"}),
    ("email", "complainant.email", {"complainant__email": "siti@contoh.co.id"}),
])
def test_channel_requirements_from_the_reference_data(fo, channel, field, fix):
    bare = {"complaint__channel": channel, "complainant__phones": "",
            "complainant__address": "", "complainant__email": ""}
    with pytest.raises(ValidationErrors) as info:
        fo.cases.record_intake(make_intake(**bare))
    assert _codes(info.value) == {field: "channel_requires_field"}
    number = fo.cases.record_intake(make_intake(**{**bare, **fix}))
    assert fo.cases.get(number).case["channel"] == channel


def test_channel_requirements_are_data_not_code(fo):
    """Telepon needs a phone only: no address or email required."""
    fo.cases.record_intake(make_intake(complaint__channel="telepon", complainant__address="",
                                       complainant__name=""))
    # lainnya requires nothing beyond the general rules.
    fo.cases.record_intake(make_intake(complaint__channel="lainnya", complainant__phones="",
                                       complainant__address="", complainant__name=""))


@pytest.mark.parametrize("nik", ["12345", "35780141018000011", "3578O14101800001", "0078014101800001"])
def test_nik_must_be_a_valid_16_digit_number(fo, nik):
    with pytest.raises(ValidationErrors) as info:
        fo.cases.record_intake(make_intake(worker__nik=nik, complainant__nik=nik))
    assert {"worker.nik", "complainant.nik"} <= _fields(info.value)


def test_nik_separators_are_accepted(fo):
    number = fo.cases.record_intake(make_intake(worker__nik="3578.0152.0395.0002"))
    assert fo.cases.get(number).worker["nik"] == "3578015203950002"


@pytest.mark.parametrize("override, field", [
    ({"worker__birth_date": (TODAY + timedelta(days=1)).strftime("%d/%m/%Y")}, "worker.birth_date"),
    ({"worker__departure_date": (TODAY + timedelta(days=30)).isoformat()}, "worker.departure_date"),
    ({"complaint__received_at": NOW + timedelta(days=1)}, "complaint.received_at"),
])
def test_future_dates_are_rejected(fo, override, field):
    with pytest.raises(ValidationErrors) as info:
        fo.cases.record_intake(make_intake(**override))
    assert _fields(info.value) == {field}
    assert info.value.errors[0].code == "validation.date_future"


def test_dates_up_to_today_are_accepted(fo):
    number = fo.cases.record_intake(make_intake(
        worker__departure_date=TODAY.isoformat(),
        complaint__received_at=NOW - timedelta(days=3)))
    detail = fo.cases.get(number)
    assert detail.worker["departure_date"] == TODAY.isoformat()
    assert detail.case["received_at"].startswith((TODAY - timedelta(days=3)).isoformat())


def test_naive_received_at_is_a_programming_error(fo):
    with pytest.raises(ValueError):
        fo.cases.record_intake(make_intake(complaint__received_at=datetime(2026, 3, 1, 9, 0)))


def test_intake_uses_the_office_date_not_the_utc_date(fo):
    fo.now = at(datetime(2025, 12, 31, 18, 0, tzinfo=UTC))  # 1 January 2026, 01:00 WIB
    number = fo.cases.record_intake(make_intake(
        complaint__received_at=datetime(2026, 1, 1, 0, 30, tzinfo=WIB),
        worker__departure_date="01/01/2026"))
    assert number == "SBY-2026-A-00001"


def test_all_problems_are_reported_at_once(fo):
    before = _n_changes(fo)
    bad = IntakeInput(
        complainant=ComplainantInput(name="", relation="tetangga", nik="123", phones="abc",
                                     email="not-an-email"),
        worker=WorkerInput(name="", nik="", passport="!!", sex="X", birth_date="31/02/1990",
                           destination_country="ZZ"),
    )
    bad.complaint.category = "tidak_ada_kategori"
    bad.complaint.description = ""
    bad.documents = {"paspor": "mungkin"}
    with pytest.raises(ValidationErrors) as info:
        fo.cases.record_intake(bad)
    fields = _fields(info.value)
    assert {
        "complainant.relation", "complainant.nik", "complainant.phones", "complainant.email",
        "worker.passport", "worker.sex", "worker.birth_date", "worker.destination_country",
        "complaint.category", "complaint.description", "documents.paspor", "worker.name",
    } <= fields
    assert info.value.params["n"] == len(info.value.errors)
    assert _nothing_written(fo, before)
    assert fo.store.meta("case_seq:2026") is None


def test_worker_complaining_in_person_is_the_complainant(fo):
    number = fo.cases.record_intake(make_intake(
        complainant=ComplainantInput(relation="diri_sendiri"),
        worker=WorkerInput(name="Rina Wati", nik="3578015203950002", phone="0812-9999-0000")))
    person = fo.cases.get(number).complainant
    assert (person["name"], person["nik"], person["phones"]) == (
        "Rina Wati", "3578015203950002", "+6281299990000")


@pytest.mark.parametrize("relation, kk, kuasa", [
    ("ibu", "tidak_ada", "tidak_berlaku"),
    ("kuasa", "tidak_berlaku", "tidak_ada"),
    ("diri_sendiri", "tidak_berlaku", "tidak_berlaku"),
])
def test_document_checklist_defaults_follow_the_relation(fo, relation, kk, kuasa):
    number = fo.cases.record_intake(make_intake(complainant__relation=relation,
                                                documents={"paspor": "ada"}))
    docs = {d["doc_type"]: d["state"] for d in fo.cases.get(number).documents}
    assert docs["kartu_keluarga"] == kk
    assert docs["surat_kuasa"] == kuasa
    assert docs["paspor"] == "ada"
    assert len(docs) == len(fo.reference.items("document_type"))
    missing = fo.cases.get(number).missing_documents()
    assert "paspor" not in missing and "perjanjian_kerja" in missing


# -- case numbers -------------------------------------------------------------------------

def test_case_numbers_are_sequential_and_unique(fo):
    numbers = [fo.cases.record_intake(make_intake()) for _ in range(30)]
    assert numbers == [f"SBY-2026-A-{i:05d}" for i in range(1, 31)]
    assert len(set(numbers)) == 30
    assert all(re.fullmatch(r"SBY-2026-A-\d{5}", n) for n in numbers)
    assert fo.cases.count() == 30


def test_case_number_sequence_restarts_each_year(fo):
    fo.now = at(datetime(2025, 12, 30, 10, 0, tzinfo=WIB))
    assert fo.cases.record_intake(make_intake()) == "SBY-2025-A-00001"
    assert fo.cases.record_intake(make_intake()) == "SBY-2025-A-00002"
    fo.now = at(datetime(2026, 1, 2, 10, 0, tzinfo=WIB))
    assert fo.cases.record_intake(make_intake()) == "SBY-2026-A-00001"
    fo.now = at(datetime(2025, 12, 31, 20, 0, tzinfo=WIB))  # clock corrected back
    assert fo.cases.record_intake(make_intake()) == "SBY-2025-A-00003"


def test_case_number_year_is_the_office_year(fo):
    fo.now = at(datetime(2025, 12, 31, 18, 0, tzinfo=UTC))  # already 2026 in Surabaya
    assert fo.cases.record_intake(make_intake()) == "SBY-2026-A-00001"


def test_rejected_intake_does_not_use_a_number(fo):
    assert fo.cases.record_intake(make_intake()) == "SBY-2026-A-00001"
    with pytest.raises(ValidationErrors):
        fo.cases.record_intake(make_intake(complaint__category=""))
    assert fo.cases.record_intake(make_intake()) == "SBY-2026-A-00002"


def test_numbers_are_unique_across_users_of_one_pc(fo, sup):
    numbers = []
    for i in range(10):
        core = fo if i % 2 else sup
        numbers.append(core.cases.record_intake(make_intake()))
    assert len(set(numbers)) == 10


def test_resolve_by_number_seq_or_id(fo):
    number = fo.cases.record_intake(make_intake())
    case = fo.cases.resolve(number)
    assert fo.cases.resolve(f"  {number.lower()} ")["id"] == case["id"]
    assert fo.cases.resolve(case["seq"])["id"] == case["id"]
    assert fo.cases.resolve(case["id"])["case_number"] == number
    for missing in ("SBY-2026-A-99999", 999, ""):
        with pytest.raises(CaseNotFound):
            fo.cases.resolve(missing)


# -- status -------------------------------------------------------------------------------

def test_full_pipeline_with_events(sup):
    number = sup.cases.record_intake(make_intake())
    path = ["validasi", "menunggu_dokumen", "proses", "dirujuk"]
    _set_status(sup, number, *path[:3])
    # "dirujuk" says to whom: it needs an open referral first.
    sup.referrals.refer(number, ReferralInput(addressee="KBRI Kuala Lumpur", kind="perwakilan",
                                              request="Mohon bantuan menagih gaji.",
                                              legal_basis="vital_interest"))
    _set_status(sup, number, path[3])
    sup.cases.change_status(number, "selesai", outcome="hak_dibayar", note="Gaji dibayar penuh.")
    case = sup.cases.resolve(number)
    assert (case["status"], case["outcome"]) == ("selesai", "hak_dibayar")
    events = [e for e in _events(sup, number) if e["event_type"] == "perubahan_status"]
    assert [(e["data"]["from"], e["data"]["to"]) for e in events] == list(
        zip(["baru", *path], [*path, "selesai"], strict=True))
    assert events[-1]["data"]["outcome"] == "hak_dibayar"
    assert events[-1]["summary"] == "Gaji dibayar penuh."
    assert all(e["user"] == "kasi" for e in events)


@pytest.mark.parametrize("old_path, new", [
    ([], "selesai"),
    ([], "baru"),
    (["validasi"], "selesai"),
    (["menunggu_dokumen"], "dirujuk"),
    (["proses"], "validasi"),
    ([], "hilang"),
])
def test_forbidden_transitions(sup, old_path, new):
    number = sup.cases.record_intake(make_intake())
    _set_status(sup, number, *old_path)
    before = _n_changes(sup)
    with pytest.raises(st.StatusError):
        sup.cases.change_status(number, new, outcome="hak_dibayar")
    assert _nothing_written(sup, before)


def test_closing_needs_a_fitting_outcome(sup):
    number = sup.cases.record_intake(make_intake())
    _set_status(sup, number, "proses")
    before = _n_changes(sup)
    with pytest.raises(st.StatusError) as info:
        sup.cases.change_status(number, "selesai")
    assert info.value.code == "outcome_required"
    with pytest.raises(st.StatusError) as info:
        sup.cases.change_status(number, "selesai", outcome="dicabut")
    assert info.value.code == "outcome_mismatch"
    with pytest.raises(st.StatusError) as info:
        sup.cases.change_status(number, "ditutup", outcome="dipulangkan")
    assert info.value.code == "outcome_mismatch"
    with pytest.raises(ValidationError) as info:
        sup.cases.change_status(number, "ditutup", outcome="entah")
    assert info.value.field == "status.outcome"
    assert _nothing_written(sup, before)
    sup.cases.change_status(number, "ditutup", outcome="tidak_dapat_dihubungi")
    assert sup.cases.resolve(number)["outcome"] == "tidak_dapat_dihubungi"


def test_closing_as_duplicate_needs_another_existing_case(sup):
    survivor = sup.cases.record_intake(make_intake())
    number = sup.cases.record_intake(make_intake())
    for dup, code in [("", "duplicate_of_required"), (number, "duplicate_of_self"),
                      (number.lower(), "duplicate_of_self"),
                      ("SBY-2026-A-09999", "duplicate_of_unknown")]:
        with pytest.raises(st.StatusError) as info:
            sup.cases.change_status(number, "ditutup", outcome="duplikat", duplicate_of=dup)
        assert info.value.code == code
        assert info.value.field == "status.duplicate_of"
    sup.cases.change_status(number, "ditutup", outcome="duplikat",
                            duplicate_of=f" {survivor.lower()} ")
    case = sup.cases.resolve(number)
    assert (case["status"], case["duplicate_of"]) == ("ditutup", survivor)
    assert _events(sup, number)[-1]["data"]["duplicate_of"] == survivor


def test_reopen_by_supervisor_goes_back_to_proses(sup):
    survivor = sup.cases.record_intake(make_intake())
    number = sup.cases.record_intake(make_intake())
    sup.cases.change_status(number, "ditutup", outcome="duplikat", duplicate_of=survivor)
    with pytest.raises(st.StatusError):
        sup.cases.change_status(number, "validasi")
    sup.cases.change_status(number, "proses", note="Ternyata kasus berbeda.")
    case = sup.cases.resolve(number)
    assert (case["status"], case["outcome"], case["duplicate_of"]) == ("proses", "", "")
    last = _events(sup, number)[-1]
    assert last["event_type"] == "dibuka_kembali"
    assert last["data"] == {"from": "ditutup", "to": "proses"}
    assert last["summary"] == "Ternyata kasus berbeda."


def test_only_a_supervisor_reopens(sup, co):
    number = sup.cases.record_intake(make_intake())
    _set_status(sup, number, "proses")
    sup.cases.change_status(number, "selesai", outcome="dipulangkan")
    with pytest.raises(PermissionDenied):
        co.cases.change_status(number, "proses")
    assert sup.cases.resolve(number)["status"] == "selesai"


def test_permissions_on_status_changes(fo, co, sup):
    number = fo.cases.record_intake(make_intake())
    with pytest.raises(PermissionDenied):
        fo.cases.change_status(number, "validasi")  # front office can't change status
    co.cases.change_status(number, "proses")
    with pytest.raises(PermissionDenied):
        co.cases.change_status(number, "selesai", outcome="dipulangkan")
    with pytest.raises(PermissionDenied):
        co.cases.change_status(number, "ditutup", outcome="dicabut")
    with pytest.raises(PermissionDenied):
        fo.cases.change_status(number, "ditutup", outcome="dicabut")
    assert sup.cases.resolve(number)["status"] == "proses"
    sup.cases.change_status(number, "ditutup", outcome="dicabut")
    assert sup.cases.resolve(number)["status"] == "ditutup"


def test_admin_reads_but_cannot_create_or_handle_cases(admin_core, fo):
    number = fo.cases.record_intake(make_intake())
    admin_core.now = at(NOW)
    with pytest.raises(PermissionDenied):
        admin_core.cases.record_intake(make_intake())
    with pytest.raises(PermissionDenied):
        admin_core.cases.add_event(number, "catatan", "Catatan admin")
    with pytest.raises(PermissionDenied):
        admin_core.cases.change_status(number, "validasi")
    with pytest.raises(PermissionDenied):
        admin_core.cases.set_document(number, "paspor", "ada")
    assert admin_core.cases.list_seqs() == [fo.cases.resolve(number)["seq"]]
    assert admin_core.cases.get(number).case_number == number
    assert admin_core.cases.count() == 1


# -- timeline and family contact ----------------------------------------------------------

def test_family_contact_sets_the_next_contact_date(fo):
    number = fo.cases.record_intake(make_intake())
    due = TODAY + timedelta(days=7)
    event_id = fo.cases.add_event(number, "kontak_keluarga", "Ibu ditelepon, kabar baik.",
                                  channel="telepon", next_contact_due=due.strftime("%d/%m/%Y"))
    assert fo.cases.resolve(number)["next_contact_due"] == due.isoformat()
    event = next(e for e in _events(fo, number) if e["id"] == event_id)
    assert (event["event_type"], event["channel"], event["next_contact_due"]) == (
        "kontak_keluarga", "telepon", due.isoformat())
    # A contact without a new date closes the follow-up.
    fo.cases.add_event(number, "kontak_keluarga", "Ibu datang ke kantor.", channel="datang_langsung")
    assert fo.cases.resolve(number)["next_contact_due"] == ""


def test_other_events_keep_the_due_date_unless_they_set_one(fo):
    number = fo.cases.record_intake(make_intake())
    due = TODAY + timedelta(days=3)
    fo.cases.add_event(number, "kontak_keluarga", "Telepon", channel="telepon", next_contact_due=due)
    fo.cases.add_event(number, "catatan", "Catatan biasa")
    assert fo.cases.resolve(number)["next_contact_due"] == due.isoformat()
    later = TODAY + timedelta(days=10)
    fo.cases.add_event(number, "koordinasi_perwakilan", "Surat ke KBRI", next_contact_due=later)
    assert fo.cases.resolve(number)["next_contact_due"] == later.isoformat()


def test_event_validation(fo):
    number = fo.cases.record_intake(make_intake())
    before = _n_changes(fo)
    cases = [
        (dict(event_type="kontak_keluarga", summary="x"), "event.channel", "required"),
        (dict(event_type="perubahan_status", summary="x"), "event.event_type",
         "event_type_reserved"),
        (dict(event_type="pengaduan_diterima", summary="x"), "event.event_type",
         "event_type_reserved"),
        (dict(event_type="bukan_jenis", summary="x"), "event.event_type", "unknown_choice"),
        (dict(event_type="catatan", summary="  "), "event.summary", "validation.required"),
        (dict(event_type="catatan", summary="x", channel="merpati"), "event.channel",
         "unknown_choice"),
        (dict(event_type="catatan", summary="x",
              next_contact_due=(TODAY - timedelta(days=1)).isoformat()),
         "event.next_contact_due", "next_contact_in_past"),
        (dict(event_type="catatan", summary="x", occurred_at=NOW + timedelta(days=2)),
         "event.occurred_at", "validation.date_future"),
    ]
    for kwargs, field, code in cases:
        with pytest.raises(ValidationErrors) as info:
            fo.cases.add_event(number, **kwargs)
        assert _codes(info.value) == {field: code}, kwargs
    with pytest.raises(ValueError):
        fo.cases.add_event(number, "catatan", "x", occurred_at=datetime(2026, 3, 1, 9, 0))
    with pytest.raises(CaseNotFound):
        fo.cases.add_event("SBY-2026-A-09999", "catatan", "x")
    assert _nothing_written(fo, before)


def test_event_after_midnight_office_time_is_accepted(fo):
    number = fo.cases.record_intake(make_intake(complaint__received_at=NOW))
    fo.now = at(datetime(2026, 3, 10, 18, 0, tzinfo=UTC))  # 11 March 01:00 WIB
    fo.cases.add_event(number, "catatan", "Telepon malam",
                       occurred_at=datetime(2026, 3, 11, 0, 30, tzinfo=WIB))


def test_events_are_listed_in_the_order_they_happened(fo):
    number = fo.cases.record_intake(make_intake(complaint__received_at=NOW - timedelta(days=5)))
    fo.cases.add_event(number, "catatan", "kemarin", occurred_at=NOW - timedelta(days=1))
    fo.cases.add_event(number, "catatan", "tiga hari lalu", occurred_at=NOW - timedelta(days=3))
    fo.cases.add_event(number, "catatan", "sekarang")
    summaries = [e["summary"] for e in _events(fo, number)]
    assert summaries == ["", "tiga hari lalu", "kemarin", "sekarang"]


def test_overdue_filter_follows_the_injected_clock(fo, sup):
    a = fo.cases.record_intake(make_intake())
    b = fo.cases.record_intake(make_intake())
    c = fo.cases.record_intake(make_intake())
    seq = {n: fo.cases.resolve(n)["seq"] for n in (a, b, c)}
    fo.cases.add_event(a, "kontak_keluarga", "t", channel="telepon",
                       next_contact_due=TODAY + timedelta(days=3))
    fo.cases.add_event(b, "kontak_keluarga", "t", channel="telepon",
                       next_contact_due=TODAY + timedelta(days=10))
    fo.cases.add_event(c, "kontak_keluarga", "t", channel="telepon",
                       next_contact_due=TODAY + timedelta(days=1))
    overdue = CaseFilter(overdue=True)
    assert fo.cases.list_seqs(overdue) == []
    fo.now = at(NOW + timedelta(days=3))  # due today is not yet overdue
    assert fo.cases.list_seqs(overdue) == [seq[c]]
    fo.now = at(NOW + timedelta(days=4))
    assert set(fo.cases.list_seqs(overdue)) == {seq[a], seq[c]}
    # A closed case is never overdue; a contact without new date clears it.
    sup.now = fo.now
    _set_status(sup, c, "proses")
    sup.cases.change_status(c, "selesai", outcome="komunikasi_pulih")
    fo.cases.add_event(a, "kontak_keluarga", "sudah", channel="telepon")
    assert fo.cases.list_seqs(overdue) == []
    fo.now = at(NOW + timedelta(days=30))
    assert fo.cases.list_seqs(overdue) == [seq[b]]


# -- documents ----------------------------------------------------------------------------

def test_document_received_adds_an_event_once(fo):
    number = fo.cases.record_intake(make_intake())
    fo.cases.set_document(number, "paspor", "ada", note="Fotokopi")
    received = [e for e in _events(fo, number) if e["event_type"] == "dokumen_diterima"]
    assert len(received) == 1 and received[0]["data"] == {"doc_type": "paspor"}
    assert received[0]["summary"] == fo.reference.label("document_type", "paspor")
    assert "paspor" not in fo.cases.get(number).missing_documents()

    before = _n_changes(fo)
    fo.cases.set_document(number, "paspor", "ada", note="Fotokopi")  # nothing changes
    assert _nothing_written(fo, before)
    fo.cases.set_document(number, "paspor", "ada", note="Asli dilihat")  # note only
    assert len([e for e in _events(fo, number) if e["event_type"] == "dokumen_diterima"]) == 1
    fo.cases.set_document(number, "paspor", "tidak_ada")
    fo.cases.set_document(number, "paspor", "ada")
    assert len([e for e in _events(fo, number) if e["event_type"] == "dokumen_diterima"]) == 2


def test_document_marked_missing_or_not_applicable_adds_no_event(fo):
    number = fo.cases.record_intake(make_intake())
    fo.cases.set_document(number, "ktkln", "tidak_berlaku")
    assert [e["event_type"] for e in _events(fo, number)] == ["pengaduan_diterima"]
    docs = {d["doc_type"]: d for d in fo.cases.get(number).documents}
    assert docs["ktkln"]["state"] == "tidak_berlaku"


def test_document_validation(fo):
    number = fo.cases.record_intake(make_intake())
    before = _n_changes(fo)
    with pytest.raises(ValidationError):
        fo.cases.set_document(number, "sertifikat_tanah", "ada")
    with pytest.raises(ValidationError):
        fo.cases.set_document(number, "paspor", "mungkin")
    assert _nothing_written(fo, before)


# -- corrections --------------------------------------------------------------------------

def _worker_input(detail) -> WorkerInput:
    w = detail.worker
    return WorkerInput(**{k: w[k] for k in WorkerInput.__dataclass_fields__})


def _complainant_input(detail) -> ComplainantInput:
    p = detail.complainant
    return ComplainantInput(**{k: p[k] for k in ComplainantInput.__dataclass_fields__})


def test_update_people_records_only_changed_fields(fo):
    number = fo.cases.record_intake(make_intake())
    detail = fo.cases.get(number)
    worker = _worker_input(detail)
    worker.name = "Dewi Lestari Putri"
    worker.passport = "b 7654321"
    person = _complainant_input(detail)
    person.phones = "0812-3456-7890"  # same number, typed differently: not a change
    before = fo.store.query_one("SELECT max(seq) FROM changes")[0]
    changed = fo.cases.update_people(number, worker=worker, complainant=person)
    assert sorted(changed) == ["worker.name", "worker.passport"]
    rows = fo.store.query("SELECT entity, op, fields FROM changes WHERE seq > ? ORDER BY seq",
                          (before,))
    by_entity = {e: json.loads(f) for e, _op, f in rows}
    assert {op for _e, op, _f in rows} == {"update"}
    assert by_entity["worker"] == {"name": "Dewi Lestari Putri", "passport": "B7654321"}
    assert "complainant" not in by_entity
    assert set(by_entity["case"]) == {"updated_at"}
    assert fo.cases.get(number).worker["passport"] == "B7654321"


def test_update_people_without_changes_writes_nothing(fo):
    number = fo.cases.record_intake(make_intake())
    detail = fo.cases.get(number)
    before = _n_changes(fo)
    assert fo.cases.update_people(number, worker=_worker_input(detail),
                                  complainant=_complainant_input(detail)) == []
    assert _nothing_written(fo, before)


def test_update_people_validates_everything_first(fo):
    number = fo.cases.record_intake(make_intake())
    detail = fo.cases.get(number)
    worker = _worker_input(detail)
    worker.name = "Nama Baru"
    worker.nik = "123"
    person = _complainant_input(detail)
    person.email = "bukan email"
    before = _n_changes(fo)
    with pytest.raises(ValidationErrors) as info:
        fo.cases.update_people(number, worker=worker, complainant=person)
    assert _fields(info.value) == {"worker.nik", "complainant.email"}
    assert _nothing_written(fo, before)
    assert fo.cases.get(number).worker["name"] == "Dewi Lestari"


# -- lists --------------------------------------------------------------------------------

def test_list_newest_first_with_filters(fo, sup):
    specs = [
        (NOW - timedelta(days=3), "gaji_tidak_dibayar"),
        (NOW - timedelta(days=1), "ingin_dipulangkan"),
        (NOW - timedelta(days=2), "gaji_tidak_dibayar"),
        (NOW - timedelta(days=1), "gaji_tidak_dibayar"),  # same moment as the second one
    ]
    seqs = []
    for received, category in specs:
        n = fo.cases.record_intake(make_intake(complaint__received_at=received,
                                               complaint__category=category))
        seqs.append(fo.cases.resolve(n)["seq"])
    s1, s2, s3, s4 = seqs
    assert fo.cases.list_seqs() == [s4, s2, s3, s1]
    assert fo.cases.list_seqs(CaseFilter(category="gaji_tidak_dibayar")) == [s4, s3, s1]
    assert fo.cases.list_seqs(CaseFilter(category="ingin_dipulangkan")) == [s2]
    sup.cases.change_status(s3, "proses")
    sup.cases.change_status(s2, "proses")
    assert fo.cases.list_seqs(CaseFilter(status="proses")) == [s2, s3]
    assert fo.cases.list_seqs(CaseFilter(status="proses", category="gaji_tidak_dibayar")) == [s3]
    assert fo.cases.list_seqs(CaseFilter(status="baru")) == [s4, s1]
    assert fo.cases.list_seqs(CaseFilter(status="selesai")) == []


def test_rows_keep_the_requested_order(fo):
    numbers = [fo.cases.record_intake(make_intake(worker__name=f"Pekerja {i}")) for i in range(6)]
    seqs = [fo.cases.resolve(n)["seq"] for n in numbers]
    order = [seqs[3], seqs[0], seqs[5], seqs[1], seqs[4], seqs[2]]
    rows = fo.cases.rows(order)
    assert [r.seq for r in rows] == order
    assert [r.worker_name for r in rows] == ["Pekerja 3", "Pekerja 0", "Pekerja 5", "Pekerja 1",
                                             "Pekerja 4", "Pekerja 2"]
    assert rows[0].case_number == numbers[3]
    assert rows[0].complainant_name == "Siti Aminah" and rows[0].destination_country == "MY"
    assert fo.cases.rows([]) == []
    # Unknown seqs are skipped; long lists are fetched in chunks without losing the order.
    long = [9999, *reversed(seqs), *range(10_000, 10_600), seqs[0]]
    assert [r.seq for r in fo.cases.rows(long)] == [*reversed(seqs), seqs[0]]


def test_get_unknown_case(fo):
    with pytest.raises(CaseNotFound):
        fo.cases.get("SBY-2026-A-00001")


def test_today_is_the_office_date(fo):
    fo.now = at(datetime(2026, 3, 9, 20, 0, tzinfo=UTC))  # 10 March 03:00 WIB
    assert fo.cases.today() == date(2026, 3, 10)


def _pull_case_numbered(core, number: str) -> None:
    """A case of this office arriving by sync, as a pull brings it (not recorded here)."""
    from desktop.store.replica import Replica
    from sync.protocol import REPLICATED, Change

    template = core.store.query_dicts("SELECT * FROM cases LIMIT 1")[0]
    case_id = f"pulled-{number}"
    fields = {k: template[k] for k in REPLICATED["case"] if k in template}
    fields.update(id=case_id, case_number=number)
    change = Change(change_id=f"ch-{number}", entity="case", entity_id=case_id, case_id=case_id,
                    op="insert", fields=fields, hlc="0000000000001-0000-elsewhere")
    assert Replica(core.store).receive([change], core.now()).applied == 1


def test_the_sequence_moves_past_numbers_of_this_pcs_letter_that_a_pull_brought(fo):
    """A restored backup's counter is behind its own later cases once the pull brings them
    back: the next intake must not reuse a number (it failed on the unique index)."""
    assert fo.cases.record_intake(make_intake()) == "SBY-2026-A-00001"
    _pull_case_numbered(fo, "SBY-2026-A-00042")
    _pull_case_numbered(fo, "SBY-2026-B-00099")  # another PC's letter: not ours
    _pull_case_numbered(fo, "SBY-2025-A-00500")  # another year
    assert fo.cases.record_intake(make_intake()) == "SBY-2026-A-00043"
    assert fo.cases.record_intake(make_intake()) == "SBY-2026-A-00044"


# -- family contacts: whom, whether it got through, when it happened ---------------------------

def test_a_family_contact_keeps_whom_it_reached_and_how_it_went(fo):
    number = fo.cases.record_intake(make_intake())
    when = fo.now() - timedelta(hours=3)
    event_id = fo.cases.add_event(number, "kontak_keluarga", "Ibu tidak mengangkat.",
                                  channel="telepon", occurred_at=when, spoke_with="Ibu Sri",
                                  result="tidak_diangkat")
    [event] = [e for e in fo.cases.get(number).events if e["id"] == event_id]
    assert event["data"] == {"result": "tidak_diangkat", "spoke_with": "Ibu Sri"}
    assert event["occurred_at"] < event["recorded_at"]  # when it happened, not when typed
    with pytest.raises(ValidationErrors) as info:
        fo.cases.add_event(number, "kontak_keluarga", "x", channel="telepon",
                           result="terbang")
    assert _codes(info.value) == {"event.result": "unknown_choice"}


def test_three_failed_contacts_in_a_row_flag_the_case_until_one_gets_through(fo):
    number = fo.cases.record_intake(make_intake())
    start = fo.now() - timedelta(days=3)
    for i, result in enumerate(["tersambung", "tidak_diangkat", "salah_nomor"]):
        fo.cases.add_event(number, "kontak_keluarga", "t", channel="telepon",
                           occurred_at=start + timedelta(hours=i), result=result)
    assert not fo.cases.contact_lost(number)
    fo.cases.add_event(number, "kontak_keluarga", "t", channel="sms",
                       occurred_at=start + timedelta(hours=5), result="pesan_ditinggalkan")
    assert fo.cases.contact_lost(number)
    # Recorded late but it happened first: the run of failures still ends the same way.
    fo.cases.add_event(number, "kontak_keluarga", "t", channel="telepon",
                       occurred_at=start - timedelta(hours=1), result="tersambung")
    assert fo.cases.contact_lost(number)
    fo.cases.add_event(number, "kontak_keluarga", "t", channel="telepon", result="tersambung")
    assert not fo.cases.contact_lost(number)
