"""The stakeholder directory (desktop/services/directory.py): fuzzy search, who may change
which entry, adopting at central, validation, and agencies flagged for missed summons."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta

import pytest

from desktop.domain import casework as cw
from desktop.domain.roles import PermissionDenied
from desktop.domain.validation import ValidationErrors
from desktop.messages import HaloError
from desktop.paths import DataPaths
from desktop.session.login import log_in
from desktop.session.setup import InitRequest, initialize
from tests.conftest import ADMIN_PW, STAFF_PW, TEST_KDF, make_intake


@pytest.fixture
def core(login):
    """A case officer of BP3TKI Surabaya."""
    return login("budi", "case_officer")


@pytest.fixture
def central(tmp_path):
    """A case officer on a PC of the national office (PST)."""
    paths = DataPaths(tmp_path / "pusat")
    admin = initialize(paths, InitRequest("PST", "admin", "Admin Pusat", ADMIN_PW), TEST_KDF)
    admin.accounts.add_user("rina", "Rina Pusat", "case_officer", STAFF_PW)
    officer = log_in(paths, "rina", STAFF_PW, TEST_KDF)
    yield officer
    officer.close()
    admin.close()


def synced_entry(core, name: str, office_code: str, kind: str = "rumah_sakit") -> str:
    """An entry as it arrives by sync from another office (or central, office_code '')."""
    entry_id = str(uuid.uuid4())
    with core.write() as tx:
        tx.insert("stakeholder", {"id": entry_id, "kind": kind, "name": name,
                                  "office_code": office_code, "active": "1",
                                  "created_at": tx.now, "updated_at": tx.now})
    return entry_id


def names(entries) -> list[str]:
    return [e.name for e in entries]


def changes_count(core) -> int:
    return core.store.query_one("SELECT count(*) FROM changes")[0]


def hospital(name: str = "RSUD Dr. Soetomo", **kw) -> cw.StakeholderInput:
    return cw.StakeholderInput(kind="rumah_sakit", name=name, **kw)


# -- search ------------------------------------------------------------------------------------

def test_search_finds_names_containing_the_text_those_starting_with_it_first(core):
    core.directory.add(hospital("Kuala Medika Clinic", address="Surabaya"))
    assert names(core.directory.search("kuala")) == ["Kuala Medika Clinic", "KBRI Kuala Lumpur"]
    assert names(core.directory.search("KJRI", limit=3)) == [
        "KJRI Dubai", "KJRI Hong Kong", "KJRI Jeddah"]


@pytest.mark.parametrize(("typed", "meant"), [
    ("Kuala Lumpru", "KBRI Kuala Lumpur"),
    ("jedah", "KJRI Jeddah"),
    ("Hongkong", "KJRI Hong Kong"),
    ("kota kinabalo", "KJRI Kota Kinabalu"),
    ("Abu Dabi", "KBRI Abu Dhabi"),
    ("BPJS Ketenagakerjan", "BPJS Ketenagakerjaan"),
])
def test_search_tolerates_typos_like_case_search(core, typed, meant):
    assert names(core.directory.search(typed))[0] == meant


def test_a_typo_does_not_bring_unrelated_names(core):
    assert names(core.directory.search("Kuala Lumpru")) == ["KBRI Kuala Lumpur"]
    assert core.directory.search("zzyzx qwvv") == []


def test_short_words_match_the_start_of_a_word(core):
    core.directory.add(hospital("RS Bhayangkara Surabaya"))
    core.directory.add(hospital("RSUD Dr. Soetomo"))
    core.directory.add(cw.StakeholderInput(kind="pptkis", name="PT Rumah Sejahtera"))
    assert names(core.directory.search("RS")) == ["RS Bhayangkara Surabaya", "RSUD Dr. Soetomo"]
    # with a longer word, the short one still has to start a word of the name
    assert names(core.directory.search("rs bhayangkara")) == ["RS Bhayangkara Surabaya"]
    assert names(core.directory.search("KJRI jo")) == ["KJRI Johor Bahru"]


def test_a_licence_number_finds_its_agency(core):
    core.directory.add(cw.StakeholderInput(kind="pptkis", name="PT Maju Jaya Abadi",
                                           licence_no="KEP.123/PPTKIS/2020",
                                           licence_status="aktif"))
    assert names(core.directory.search("KEP.123")) == ["PT Maju Jaya Abadi"]
    assert names(core.directory.search("123/pptkis")) == ["PT Maju Jaya Abadi"]


def test_empty_text_lists_by_kind_then_name_and_kinds_filter(core):
    core.directory.add(hospital("RSUD Dr. Soetomo"))
    listed = core.directory.search("", limit=1000)
    kinds = [e.kind for e in listed]
    assert kinds.index("perwakilan") < kinds.index("asuransi") < kinds.index("rumah_sakit")
    missions = [e.name for e in listed if e.kind == "perwakilan"]
    assert missions == sorted(missions, key=str.casefold)
    assert len(core.directory.search("", limit=5)) == 5
    assert names(core.directory.search("", kinds=["rumah_sakit"])) == ["RSUD Dr. Soetomo"]
    assert core.directory.search("kuala", kinds=["asuransi"]) == []
    assert {e.kind for e in core.directory.search("", kinds=["asuransi", "unit_pusat"],
                                                   limit=100)} == {"asuransi", "unit_pusat"}


def test_a_switched_off_entry_is_listed_only_on_request(core):
    entry_id = core.directory.add(hospital())
    assert core.directory.set_active(entry_id, False) is True
    assert core.directory.search("soetomo") == []
    [off] = core.directory.search("soetomo", include_inactive=True)
    assert off.id == entry_id and off.active is False
    assert core.directory.set_active(entry_id, False) is False  # already off: no change
    core.directory.set_active(entry_id, True)
    assert names(core.directory.search("soetomo")) == ["RSUD Dr. Soetomo"]


def test_get_an_unknown_entry_says_so(core):
    with pytest.raises(HaloError) as info:
        core.directory.get("no-such-entry")
    assert info.value.code == "directory_entry_unknown"
    assert info.value.text("id") == "Entri direktori tidak ditemukan."


# -- writing at a regional office ----------------------------------------------------------------

def test_an_office_adds_its_local_partner_which_syncs_and_is_audited(core):
    before = changes_count(core)
    entry_id = core.directory.add(hospital(address="Jl. Mayjen Prof. Dr. Moestopo 6-8",
                                           phone="031 5501078", email="info@rsudsoetomo.id"))
    entry = core.directory.get(entry_id)
    assert (entry.office_code, entry.local, entry.editable, entry.demo, entry.central) == (
        "SBY", True, True, False, False)
    assert (entry.phone, entry.email) == ("+62315501078", "info@rsudsoetomo.id")
    [change] = core.store.query_dicts(
        "SELECT * FROM changes WHERE entity = 'stakeholder' AND entity_id = ?", (entry_id,))
    assert change["op"] == "insert" and json.loads(change["fields"])["office_code"] == "SBY"
    assert changes_count(core) == before + 2  # the entry and its audit entry
    [audit] = core.store.query_dicts(
        "SELECT action, target, detail FROM audit_log WHERE target = ?", (entry_id,))
    assert audit == {"action": "directory_added", "target": entry_id, "detail": "rumah_sakit"}


def test_demo_data_marks_its_agencies_as_demo(core):
    entry_id = core.directory.add(cw.StakeholderInput(kind="pptkis", name="PT Contoh Jaya"),
                                  demo=True)
    assert core.directory.get(entry_id).demo is True
    assert core.store.query_one("SELECT demo FROM stakeholders WHERE id = ?", (entry_id,)) == (
        "1",)


def test_an_office_edits_its_own_entry_and_the_search_follows(core):
    entry_id = core.directory.add(hospital("RS Bhayangkara"))
    assert core.directory.update(entry_id, hospital("RS Bhayangkara Polda Jatim",
                                                    phone="031 8292227")) is True
    assert names(core.directory.search("polda jatim")) == ["RS Bhayangkara Polda Jatim"]
    assert core.directory.get(entry_id).phone == "+62318292227"
    audit = core.store.query_dicts(
        "SELECT detail FROM audit_log WHERE action = 'directory_changed' AND target = ?",
        (entry_id,))
    assert audit == [{"detail": "name,phone"}]  # which fields, not their values
    before = changes_count(core)
    assert core.directory.update(entry_id, core.directory.get(entry_id).as_input()) is False
    assert changes_count(core) == before


def test_an_office_may_not_change_centrals_or_another_offices_entries(core):
    central_kl = core.directory.search("Kuala Lumpur")[0]
    semarang = synced_entry(core, "RS Kariadi", "SMG")
    for entry_id, owner_id, owner_en in ((central_kl.id, "pusat", "central"),
                                         (semarang, "kantor BP3TKI Semarang",
                                          "the BP3TKI Semarang office")):
        entry = core.directory.get(entry_id)
        assert (entry.local, entry.editable) == (False, False)
        before = changes_count(core)
        for attempt in (lambda i=entry_id: core.directory.update(i, hospital("Diubah")),
                        lambda i=entry_id: core.directory.set_active(i, False)):
            with pytest.raises(HaloError) as info:
                attempt()
            assert info.value.code == "directory_entry_not_yours"
            assert owner_id in info.value.text("id") and owner_en in info.value.text("en")
        assert changes_count(core) == before


def test_adopting_is_for_central_only(core):
    own = core.directory.add(hospital())
    with pytest.raises(HaloError) as info:
        core.directory.adopt(own)
    assert info.value.code == "directory_central_only"
    assert core.directory.get(own).office_code == "SBY"


def test_front_office_reads_the_directory_but_does_not_change_it(officer, core):
    entry_id = core.directory.add(hospital())
    assert names(officer.directory.search("soetomo")) == ["RSUD Dr. Soetomo"]
    with pytest.raises(PermissionDenied):
        officer.directory.add(hospital("RS Lain"))
    with pytest.raises(PermissionDenied):
        officer.directory.update(entry_id, hospital("RS Lain"))
    with pytest.raises(PermissionDenied):
        officer.directory.set_active(entry_id, False)


# -- validation ----------------------------------------------------------------------------------

def test_every_wrong_field_is_reported_at_once_and_nothing_is_written(core):
    before = changes_count(core)
    with pytest.raises(ValidationErrors) as info:
        core.directory.add(cw.StakeholderInput(kind="", name="  ", phone="abc",
                                               email="not-an-email"))
    assert sorted(info.value.fields) == ["email", "kind", "name", "phone"]
    with pytest.raises(ValidationErrors) as info:
        core.directory.add(cw.StakeholderInput(kind="kapal_selam", name="X Corp",
                                               country="ZZ"))
    assert sorted(info.value.fields) == ["country", "kind"]
    assert changes_count(core) == before


def test_a_mission_names_its_country(core):
    with pytest.raises(ValidationErrors) as info:
        core.directory.add(cw.StakeholderInput(kind="perwakilan", name="KJRI Karachi"))
    assert info.value.fields == ["country"]
    assert "negara" in info.value.errors[0].text("id")
    entry_id = core.directory.add(cw.StakeholderInput(kind="perwakilan", name="KRI Sandakan",
                                                      country="MY"))
    assert core.directory.get(entry_id).country == "MY"


def test_the_same_partner_twice_is_refused(core):
    core.directory.add(hospital("RSUD Dr. Soetomo"))
    with pytest.raises(ValidationErrors) as info:
        core.directory.add(hospital("rsud  dr. soetomo"))
    assert info.value.fields == ["name"] and info.value.errors[0].code == "directory_duplicate"
    with pytest.raises(ValidationErrors):
        core.directory.add(cw.StakeholderInput(kind="perwakilan", name="KBRI Kuala Lumpur",
                                               country="MY"))
    # the same name of another kind is another partner
    core.directory.add(cw.StakeholderInput(kind="lainnya", name="RSUD Dr. Soetomo"))
    other = core.directory.add(hospital("RS Lain"))
    with pytest.raises(ValidationErrors):
        core.directory.update(other, hospital("RSUD Dr. Soetomo"))


def test_only_an_agency_keeps_a_licence(core):
    agency = core.directory.add(cw.StakeholderInput(kind="pptkis", name="PT Maju Jaya",
                                                    licence_no="KEP 1/2020",
                                                    licence_status="dicabut"))
    other = core.directory.add(hospital(licence_no="KEP 2/2020", licence_status="aktif"))
    assert (core.directory.get(agency).licence_no, core.directory.get(agency).licence_status) \
        == ("KEP 1/2020", "dicabut")
    assert (core.directory.get(other).licence_no, core.directory.get(other).licence_status) \
        == ("", "")


# -- central -------------------------------------------------------------------------------------

def test_central_adds_central_entries_edits_any_and_adopts_an_offices(central):
    directory = central.directory
    entry_id = directory.add(hospital("RS Polri Kramat Jati"))
    entry = directory.get(entry_id)
    assert (entry.office_code, entry.central, entry.local, entry.editable) == ("", True, False,
                                                                             True)
    local = synced_entry(central, "RS Kariadi", "SMG")
    assert directory.get(local).editable is True
    assert directory.update(local, hospital("RSUP Dr. Kariadi")) is True
    assert directory.adopt(local) is True
    assert directory.get(local).office_code == ""
    [change] = central.store.query_dicts(
        "SELECT fields FROM changes WHERE entity_id = ? AND fields LIKE '%office_code%'"
        " AND op = 'update'", (local,))
    assert json.loads(change["fields"])["office_code"] == ""
    assert directory.adopt(local) is False  # central's already
    actions = [r[0] for r in central.store.query(
        "SELECT action FROM audit_log WHERE target = ? ORDER BY at", (local,))]
    assert actions == ["directory_changed", "directory_adopted"]


# -- flagged agencies ------------------------------------------------------------------------------

def test_an_agency_that_misses_two_summons_is_flagged(core):
    agency = core.directory.add(cw.StakeholderInput(kind="pptkis", name="PT Sukses Selalu"))
    number = core.cases.record_intake(make_intake(complaint__category="biaya_berlebih"))
    day = (core.cases.today() + timedelta(days=2)).isoformat()
    first, second, third = (core.referrals.summon(number, cw.SummonsInput(
        agency, "PT Sukses Selalu", "", day, "10.00", "Kantor BP3TKI")) for _ in range(3))
    core.referrals.record_summons_outcome(first, cw.SummonsOutcomeInput("tidak_hadir"))
    core.referrals.record_summons_outcome(third, cw.SummonsOutcomeInput("hadir"))
    entry = core.directory.get(agency)
    assert (entry.missed_summons, entry.flagged) == (1, False)
    core.referrals.record_summons_outcome(second, cw.SummonsOutcomeInput("tidak_hadir"))
    [found] = core.directory.search("sukses selalu")
    assert (found.missed_summons, found.flagged) == (2, True)
    assert core.referrals.agency_flagged(agency) is True  # the same rule as the case work
    assert core.directory.get(core.directory.search("kuala")[0].id).flagged is False
