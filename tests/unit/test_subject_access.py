"""Subject access (UU PDP 27/2022): everything held about one person, found by NIK, passport,
phone, or name with date of birth; exported as PDF and JSON; audited without the identifier."""

from __future__ import annotations

import io
import json

import pypdf
import pytest

from desktop.domain.inquiries import InquiryInput
from desktop.domain.roles import PermissionDenied
from desktop.domain.subject_access import JSON_FORMAT
from desktop.messages import HaloError
from desktop.services import audit
from tests.conftest import make_intake
from tests.unit.test_attachments import png_bytes

# Dewi: a woman born 12 March 1995, so her NIK's digits 7-12 read 520395 (day + 40).
DEWI_NIK, DEWI_PASSPORT, DEWI_PHONE = "3578015203950002", "B1234567", "+6281333124455"
IDENTIFIERS = (DEWI_NIK, DEWI_PASSPORT, DEWI_PHONE, "Dewi", "1995-03-12", "81333124455")


@pytest.fixture
def held(officer) -> dict[str, str]:
    """Dewi as the worker in one case, as the complainant (for her sister) in another, in
    two information requests; and a namesake and a stranger who must not be found."""
    own = officer.cases.record_intake(make_intake(
        worker__nik=DEWI_NIK, worker__phone="0813-3312-4455"))
    officer.attachments.attach(own, png_bytes(), "paspor.png", note="Halaman identitas")
    sister = officer.cases.record_intake(make_intake(
        worker__name="Rina Lestari", worker__passport="C7654321", worker__birth_date="",
        complainant__name="  dewi   LESTARI ", complainant__nik=DEWI_NIK, complainant__relation="saudara",
        complainant__phones="+62 813 3312 4455, 0812-9999-0000"))
    namesake = officer.cases.record_intake(make_intake(
        worker__birth_date="01/01/1990", worker__passport="A7777777",
        complainant__name="Budi", complainant__nik="", complainant__phones="0811-2222-333"))
    ask = officer.inquiries.record
    mine = ask(InquiryInput(topic="prosedur_resmi", question="Syarat perpanjangan paspor?",
                            name="Dewi Lestari", phone="081333124455"))
    shared = ask(InquiryInput(topic="prosedur_resmi", question="Biaya penempatan?",
                              name="Orang Lain", phone="081333124455"))
    other = ask(InquiryInput(topic="prosedur_resmi", question="Lowongan Taiwan?",
                             name="Dewi Lestari", phone="0811-2222-333"))
    return {"own": own, "sister": sister, "namesake": namesake, "mine": mine,
            "shared": shared, "other": other}


def numbers(record) -> dict[str, tuple[str, ...]]:
    return {c.case["case_number"]: c.roles for c in record.cases}


def request_ids(record) -> set[str]:
    return {r["id"] for r in record.inquiries}


def audit_rows(core, action: str) -> list[dict]:
    return core.store.query_dicts(
        "SELECT user, target, detail FROM audit_log WHERE action = ? ORDER BY at", (action,))


def test_nik_finds_her_as_worker_and_complainant_and_her_requests(held, supervisor):
    record = supervisor.subject_access.find(nik="3578-0152-0395-0002")
    assert numbers(record) == {held["own"]: ("worker",), held["sister"]: ("complainant",)}
    # Her requests: a phone of her cases under her name; the stranger on that line is not her.
    assert request_ids(record) == {held["mine"]}
    own = next(c for c in record.cases if c.case["case_number"] == held["own"])
    assert [(a.filename, a.note) for a in own.attachments] == [("paspor.png",
                                                                 "Halaman identitas")]


def test_passport_finds_the_worker_only(held, supervisor):
    record = supervisor.subject_access.find(passport="b 1234567")
    # make_intake gives every worker passport B1234567 unless overridden: own case only here.
    assert numbers(record) == {held["own"]: ("worker",)}


def test_phone_in_another_format_finds_every_record_under_that_number(held, supervisor):
    record = supervisor.subject_access.find(phone="0062 813-3312-4455")
    assert numbers(record) == {held["own"]: ("worker",), held["sister"]: ("complainant",)}
    # The number asked for: every request made from it.
    assert request_ids(record) == {held["mine"], held["shared"]}
    assert record.query.phone == DEWI_PHONE


def test_name_and_birth_date_match_exactly_but_not_a_namesake(held, supervisor):
    record = supervisor.subject_access.find(name="DEWI  lestari", birth_date="12/03/1995")
    # The complainant has no birth date of her own: her NIK says it.
    assert numbers(record) == {held["own"]: ("worker",), held["sister"]: ("complainant",)}
    assert request_ids(record) == {held["mine"]}
    assert supervisor.subject_access.find(name="Dewi Lestari",
                                          birth_date="1995-03-13").cases == ()


def test_nothing_found_is_an_empty_record_not_an_error(held, supervisor):
    record = supervisor.subject_access.find(nik="3171010101010001")
    assert (record.cases, record.inquiries) == ((), ())


@pytest.mark.parametrize("kwargs, field", [
    ({}, "nik"),
    ({"nik": "  ", "phone": ""}, "nik"),
    ({"name": "Dewi Lestari"}, "birth_date"),
    ({"birth_date": "1995-03-12"}, "name"),
])
def test_an_empty_or_half_query_is_refused_in_both_languages(supervisor, kwargs, field):
    with pytest.raises(HaloError) as err:
        supervisor.subject_access.find(**kwargs)
    assert err.value.field == field
    assert err.value.text("id") != err.value.text("en")
    assert not audit_rows(supervisor, audit.SUBJECT_ACCESS_SEARCHED)


def test_a_malformed_identifier_names_its_field(supervisor):
    with pytest.raises(HaloError) as err:
        supervisor.subject_access.find(nik="12345")
    assert err.value.field == "nik"


@pytest.mark.parametrize("role", ["front_office", "case_officer"])
def test_front_office_and_case_officers_may_not_search(held, login, role):
    core = login(f"user_{role}", role)
    with pytest.raises(PermissionDenied):
        core.subject_access.find(nik=DEWI_NIK)


def test_the_admin_may_search(held, admin_core):
    assert len(admin_core.subject_access.find(nik=DEWI_NIK).cases) == 2


def test_audit_rows_say_the_kind_and_counts_never_the_identifier(held, supervisor, tmp_path):
    service = supervisor.subject_access
    service.find(nik=DEWI_NIK)
    record = service.find(name="Dewi Lestari", birth_date="1995-03-12")
    service.export(record, "json", tmp_path / "dewi.json")
    searched = audit_rows(supervisor, audit.SUBJECT_ACCESS_SEARCHED)
    assert [(r["user"], json.loads(r["detail"])) for r in searched] == [
        ("kasi", {"by": "nik", "cases": 2, "requests": 1, "attachments": 1}),
        ("kasi", {"by": "name_birth_date", "cases": 2, "requests": 1, "attachments": 1}),
    ]
    exported = audit_rows(supervisor, audit.SUBJECT_ACCESS_EXPORTED)
    assert json.loads(exported[0]["detail"])["format"] == "json"
    for row in searched + exported:
        text = row["target"] + row["detail"]
        assert not any(ident.casefold() in text.casefold() for ident in IDENTIFIERS)


def test_json_has_its_documented_shape(held, supervisor, tmp_path):
    record = supervisor.subject_access.find(nik=DEWI_NIK)
    path = supervisor.subject_access.export(record, "json", tmp_path / "dewi.json")
    data = json.loads(path.read_text("utf-8"))
    assert path.stat().st_mode & 0o077 == 0
    assert set(data) == {"format", "generated_at", "generated_by", "office", "person", "cases",
                         "inquiries"}
    assert (data["format"], data["person"], data["office"]["code"]) == (
        JSON_FORMAT, {"nik": DEWI_NIK}, "SBY")
    own, sister = data["cases"]
    assert set(own) == {"case_number", "roles", "case", "worker", "complainant", "timeline",
                        "documents", "attachments"}
    assert (own["case_number"], own["roles"]) == (held["own"], ["worker"])
    assert own["worker"]["nik"] == DEWI_NIK and own["worker"]["phone"] == DEWI_PHONE
    assert own["case"]["description"] == "Gaji belum dibayar selama 6 bulan."
    assert own["timeline"][0]["event_type"] and "occurred_at" in own["timeline"][0]
    assert own["attachments"][0]["filename"] == "paspor.png"
    assert set(own["attachments"][0]) == {"filename", "mime", "size", "doc_type", "note",
                                          "created_at", "created_by", "sha256"}
    assert "content" not in json.dumps(own["attachments"])
    assert sister["roles"] == ["complainant"] and sister["complainant"]["nik"] == DEWI_NIK
    assert [i["question"] for i in data["inquiries"]] == ["Syarat perpanjangan paspor?"]


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join((p.extract_text() or "") for p in reader.pages).split())


def test_pdf_has_the_rights_every_case_and_request_and_page_numbers(held, supervisor, tmp_path):
    record = supervisor.subject_access.find(nik=DEWI_NIK)
    path = supervisor.subject_access.export(record, "pdf", tmp_path / "dewi.pdf")
    text = pdf_text(path.read_bytes())
    for words in ("DATA PRIBADI YANG KAMI SIMPAN", "Hak Anda atas data pribadi Anda",
                  "Undang-Undang Nomor 27 Tahun 2022", "Cara meminta", "Data yang dipakai",
                  f"Pengaduan {held['own']}: Anda sebagai TKI",
                  f"Pengaduan {held['sister']}: Anda sebagai pengadu",
                  "paspor.png", "Syarat perpanjangan paspor?", "Permintaan informasi (1)",
                  "Halaman 1 dari"):
        assert words in text, words
    assert held["namesake"] not in text
    # No personal data in the metadata that viewers and desktop search show.
    meta = pypdf.PdfReader(str(path)).metadata
    assert "Dewi" not in " ".join(str(v) for v in meta.values())


def test_pdf_in_english_and_for_nobody(held, supervisor):
    service = supervisor.subject_access
    text = pdf_text(service.render_pdf(service.find(nik=DEWI_NIK), "en"))
    assert "PERSONAL DATA WE HOLD" in text and "Page 1 of" in text
    empty = pdf_text(service.render_pdf(service.find(passport="X9999999")))
    assert "Tidak ada data tentang Anda" in empty


def test_unknown_format_writes_nothing(held, supervisor, tmp_path):
    record = supervisor.subject_access.find(nik=DEWI_NIK)
    with pytest.raises(HaloError):
        supervisor.subject_access.export(record, "xlsx", tmp_path / "dewi.xlsx")
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]
    assert not audit_rows(supervisor, audit.SUBJECT_ACCESS_EXPORTED)
