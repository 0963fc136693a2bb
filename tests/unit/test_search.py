"""Finding cases (desktop/services/search.py): identifiers, names, misspellings, duplicates."""

from __future__ import annotations

import pytest

from desktop.domain.models import ComplainantInput, WorkerInput
from desktop.domain.roles import PermissionDenied
from desktop.services.search import exact_match_query, fuzzy_match_query, similarity
from tests.conftest import make_intake

PEOPLE = {
    "dewi": dict(worker__name="Dewi Lestari", worker__passport="B1234567",
                 worker__nik="3578015203950002", worker__birth_date="12/03/1995",
                 complainant__name="Siti Aminah", complainant__nik="3578014101800001",
                 complainant__phones="0812-3456-7890"),
    "nur": dict(worker__name="Nurhaliza", worker__passport="C7654321",
                worker__nik="3201024505900003", worker__birth_date="05/05/1990",
                complainant__name="Ahmad Fauzi", complainant__relation="ayah",
                complainant__nik="3201020101650001", complainant__phones="+62 857 1122 3344"),
    "budi": dict(worker__name="Budi Santoso", worker__passport="A9876543", worker__nik="",
                 worker__birth_date="01/01/1988", worker__sex="L",
                 complainant__name="Sri Wahyuni", complainant__relation="istri",
                 complainant__nik="", complainant__phones="0813 5555 0001",
                 worker__phone="+60 12 345 6789"),
}


@pytest.fixture
def world(officer):
    seqs = {}
    for key, fields in PEOPLE.items():
        number = officer.cases.record_intake(make_intake(**fields))
        seqs[key] = officer.cases.resolve(number)["seq"]
    officer.seqs = seqs
    return officer


def _found(core, text: str) -> list[int]:
    return core.search.search(text)


def _only(core, text: str, who: str) -> None:
    assert _found(core, text) == [core.seqs[who]], text


def test_by_case_number(world):
    number = world.cases.rows([world.seqs["nur"]])[0].case_number
    _only(world, number, "nur")
    _only(world, number.lower(), "nur")
    assert set(_found(world, "SBY-2026")) == set(world.seqs.values())


@pytest.mark.parametrize("text, who", [
    ("Dewi", "dewi"), ("dewi les", "dewi"), ("lestari", "dewi"), ("Nurha", "nur"),
    ("budi santoso", "budi"), ("  Budi   Santoso ", "budi"),
])
def test_by_worker_name_or_part_of_it(world, text, who):
    _only(world, text, who)


@pytest.mark.parametrize("text, who", [("Siti Aminah", "dewi"), ("fauzi", "nur"),
                                       ("Wahyuni", "budi")])
def test_by_complainant_name(world, text, who):
    _only(world, text, who)


@pytest.mark.parametrize("text", ["C7654321", "c7654321", "C 7654321", "c 7654321", " C7654321 "])
def test_by_passport(world, text):
    _only(world, text, "nur")


@pytest.mark.parametrize("text, who", [
    ("3201024505900003", "nur"),        # worker NIK
    ("3201020101650001", "nur"),        # complainant NIK
    ("3578015203950002", "dewi"),
    ("3578 0152 0395 0002", "dewi"),
])
def test_by_nik(world, text, who):
    _only(world, text, who)


@pytest.mark.parametrize("text, who", [
    ("081234567890", "dewi"), ("0812-3456-7890", "dewi"), ("0812 3456 7890", "dewi"),
    ("+6281234567890", "dewi"), ("6281234567890", "dewi"),
    ("085711223344", "nur"), ("0813 5555 0001", "budi"),
    ("+60123456789", "budi"),  # worker's foreign number
])
def test_by_phone_in_local_or_international_form(world, text, who):
    _only(world, text, who)


@pytest.mark.parametrize("text, who", [
    ("Dewi Lestary", "dewi"), ("Dewi Lestarri", "dewi"), ("Nurhalisa", "nur"),
    ("Budi Santosa", "budi"), ("Sity Aminah", "dewi"),
])
def test_misspelled_names(world, text, who):
    assert world.seqs[who] == _found(world, text)[0], text


def test_misspelled_part_of_a_long_name(officer):
    number = officer.cases.record_intake(make_intake(worker__name="Siti Nurhaliza binti Ahmad",
                                                     worker__passport="E1231231"))
    assert officer.search.search("Nurhalisa") == [officer.cases.resolve(number)["seq"]]


@pytest.mark.parametrize("text", ["Yohanes Pattiasina", "Z9999999", "081999999999",
                                  "3174090101010001", "kucing", "zzz", "  ", "", "-", "\"", "a*b",
                                  "NEAR(x y)", "Yohanes OR 1=1", "'; DROP TABLE cases; --"])
def test_unrelated_or_odd_queries_find_nothing_and_never_raise(world, text):
    assert _found(world, text) == []


def test_search_index_follows_corrections(world):
    seq = world.seqs["budi"]
    detail = world.cases.get(seq)
    worker = WorkerInput(**{k: detail.worker[k] for k in WorkerInput.__dataclass_fields__})
    worker.name = "Bambang Pamungkas"
    worker.passport = "A1112223"
    person = ComplainantInput(**{k: detail.complainant[k]
                                 for k in ComplainantInput.__dataclass_fields__})
    person.phones = "0877 1234 5678"
    world.cases.update_people(seq, worker=worker, complainant=person)
    _only(world, "Bambang", "budi")
    _only(world, "A1112223", "budi")
    _only(world, "087712345678", "budi")
    assert _found(world, "Budi Santoso") == []
    assert _found(world, "A9876543") == []
    assert _found(world, "0813 5555 0001") == []
    # The other cases' index rows are untouched.
    _only(world, "Dewi Lestari", "dewi")


def test_exact_matches_come_before_fuzzy_ones(officer):
    exact = officer.cases.record_intake(make_intake(worker__name="Rahmawati",
                                                    worker__passport="E1111111"))
    close = officer.cases.record_intake(make_intake(worker__name="Rahmawaty",
                                                    worker__passport="E2222222"))
    seqs = officer.search.search("Rahmawati")
    assert seqs[0] == officer.cases.resolve(exact)["seq"]
    assert officer.cases.resolve(close)["seq"] in seqs


def test_limit_is_respected(officer):
    for _ in range(5):
        officer.cases.record_intake(make_intake())
    assert len(officer.search.search("Dewi", limit=3)) == 3
    assert len(officer.search.search("Dewi Lestary", limit=2)) == 2


def test_query_builders_quote_user_input():
    assert exact_match_query('Dewi "x" OR NEAR') == '"Dewi" AND "NEAR"'
    assert exact_match_query("a b") is None
    assert fuzzy_match_query("abc") is None
    assert '"alisa"' in fuzzy_match_query("Nurhalisa")
    assert similarity("Dewi Lestari", "dewi lestari") == 1.0
    assert similarity("", "x") < 0.1


def test_search_needs_read_permission_only(admin_core, world):
    assert admin_core.search.search("C7654321") == [world.seqs["nur"]]


# -- duplicates ---------------------------------------------------------------------------

def _dups(core, **worker) -> dict[int, str]:
    return {d.seq: d.reason for d in core.search.find_duplicates(WorkerInput(**worker))}


def test_duplicate_by_passport(world):
    assert _dups(world, passport="c 7654321") == {world.seqs["nur"]: "passport"}


def test_duplicate_by_nik_of_worker_or_complainant(world):
    assert _dups(world, nik="3201024505900003") == {world.seqs["nur"]: "nik"}
    # The new worker's NIK was the complainant's NIK in an older case.
    assert _dups(world, nik="3578-0141-0180-0001") == {world.seqs["dewi"]: "nik"}


def test_duplicate_by_similar_name_and_same_birth_date(world):
    assert _dups(world, name="Dewi Lestary", birth_date="1995-03-12") == {
        world.seqs["dewi"]: "name_birth"}
    assert _dups(world, name="dewi lestari", birth_date="12 Maret 1995") == {
        world.seqs["dewi"]: "name_birth"}
    # Same name, different birth date: a different person.
    assert _dups(world, name="Dewi Lestari", birth_date="13/03/1995") == {}
    # Same birth date, unrelated name.
    assert _dups(world, name="Yohanes", birth_date="12/03/1995") == {}


def test_duplicate_candidates_carry_the_case_row(world):
    found = world.search.find_duplicates(WorkerInput(passport="B1234567", nik="3578015203950002"))
    assert len(found) == 1
    cand = found[0]
    assert cand.seq == world.seqs["dewi"]
    assert cand.reason == "passport"
    assert cand.worker_name == "Dewi Lestari" and cand.complainant_name == "Siti Aminah"
    assert cand.status == "baru"
    assert cand.case_number.startswith("SBY-2026-A-")


def test_duplicates_newest_first_and_limited(officer):
    numbers = [officer.cases.record_intake(make_intake()) for _ in range(4)]
    seqs = [officer.cases.resolve(n)["seq"] for n in numbers]
    found = officer.search.find_duplicates(WorkerInput(passport="B1234567"), limit=3)
    assert [d.seq for d in found] == sorted(seqs, reverse=True)[:3]


@pytest.mark.parametrize("worker", [
    WorkerInput(),
    WorkerInput(passport="B12"),
    WorkerInput(passport="!!!"),
    WorkerInput(nik="3578"),
    WorkerInput(nik="35780152039500021234"),
    WorkerInput(name="De", birth_date="12/03/1995"),
    WorkerInput(name="Dewi Lestari", birth_date="12/03"),
    WorkerInput(name="Dewi Lestari", birth_date="31/02/1995"),
    WorkerInput(name="Dewi Lestari", birth_date="kemarin"),
    WorkerInput(name="Dewi Lestari"),
])
def test_partial_or_invalid_input_does_not_raise(world, worker):
    assert world.search.find_duplicates(worker) == []


def test_search_requires_a_logged_in_role_with_read(world, monkeypatch):
    def deny(perm):
        raise PermissionDenied(world.session.role)
    monkeypatch.setattr(world, "require", deny)
    with pytest.raises(PermissionDenied):
        world.search.search("Dewi")
    with pytest.raises(PermissionDenied):
        world.search.find_duplicates(WorkerInput(passport="B1234567"))
