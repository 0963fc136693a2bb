"""Subject access at central (`halotki-server person find|export`): one person found across
every office by NIK, passport, phone, or name with birth date, by the desktop's rules; the
JSON in the desktop's shape; audited with kinds and counts, never the identifier."""

from __future__ import annotations

import json
import stat
import uuid

import pytest
from sqlalchemy import select, update

from desktop.domain import subject_access as shared
from desktop.domain.data_protection import ANON_MARKER
from desktop.messages import HaloError
from sync.server.db.tables import audit_log, cases, workers
from sync.server.services import subject_access as sa
from sync.server.services.actor import cli_actor
from tests.server.helpers import attach_on_server, create_case, server_env
from tests.server.server_cli_parsers import server_commands  # noqa: F401 - fixture
from tests.server.sync_helpers import change, hlc, real_time, round_trip

pytestmark = pytest.mark.usefixtures("backend")

# Dewi: a woman born 12 March 1995, so her NIK's digits 7-12 read 520395 (day + 40).
DEWI_NIK, DEWI_PASSPORT, DEWI_PHONE = "3578015203950002", "B1234567", "+6281333124455"
SECRETS = (DEWI_NIK, DEWI_PASSPORT, DEWI_PHONE, "Dewi", "1995-03-12", "81333124455")


def _inquiry(device, name: str, phone: str, question: str) -> tuple[str, dict]:
    inquiry_id = str(uuid.uuid4())
    at = "2026-11-20T03:00:00.000000Z"
    return inquiry_id, change("inquiry", inquiry_id, inquiry_id, {
        "id": inquiry_id, "office_code": device.office, "channel": "telepon",
        "topic": "prosedur_resmi", "question": question, "name": name, "phone": phone,
        "received_at": at, "created_by": "kasi", "created_at": at, "updated_at": at},
        hlc(), op="insert")


@pytest.fixture
def held(client, clock, devices) -> dict:
    """Dewi as the worker at SBY, as the complainant (for her sister) at SMG, in two
    information requests at SBY; a namesake and a stranger who must not be found."""
    real_time(clock)
    pst = devices["PST"]
    own = create_case(client, pst, assign_to="SBY", worker__nik=DEWI_NIK,
                      worker__phone="0813-3312-4455")["case"]
    sister = create_case(client, pst, assign_to="SMG", worker__name="Rina Lestari",
                         worker__passport="C7654321", worker__birth_date="",
                         complainant__name="  dewi   LESTARI ", complainant__nik=DEWI_NIK,
                         complainant__relation="saudara",
                         complainant__phones="+62 813 3312 4455, 0812-9999-0000")["case"]
    namesake = create_case(client, pst, assign_to="SBY", worker__birth_date="01/01/1990",
                           worker__passport="A7777777", complainant__name="Budi",
                           complainant__phones="0811-2222-333")["case"]
    attach_on_server(client, devices["SBY"], own["id"], b"%PDF-1.4 paspor Dewi")
    requests = dict(_inquiry(devices["SBY"], *spec) for spec in (
        ("Dewi Lestari", DEWI_PHONE, "Syarat perpanjangan paspor?"),
        ("Orang Lain", DEWI_PHONE, "Biaya penempatan?"),
        ("Dewi Lestari", "+628112222333", "Lowongan Taiwan?")))
    assert round_trip(client, devices["SBY"], list(requests.values()))["rejected"] == []
    mine, shared, other = requests
    return {"own": own["case_number"], "sister": sister["case_number"],
            "namesake": namesake["case_number"], "own_id": own["id"], "mine": mine,
            "shared": shared, "other": other}


def _find(ctx, **identifiers) -> sa.PersonRecord:
    with ctx.db.write() as conn:
        return sa.find(conn, cli_actor(), ctx.now(), sa.parse_query(**identifiers))


def _numbers(record) -> dict[str, tuple[str, ...]]:
    return {c.case["case_number"]: c.roles for c in record.cases}


def _requests(record) -> set[str]:
    return {r["id"] for r in record.inquiries}


def _audit(ctx, action: str) -> list[dict]:
    with ctx.db.read() as conn:
        return [dict(r) for r in conn.execute(
            select(audit_log).where(audit_log.c.action == action)
            .order_by(audit_log.c.at, audit_log.c.id)).mappings()]


# -- finding ----------------------------------------------------------------------------------

def test_nik_finds_her_in_every_office_as_worker_and_complainant(ctx, held):
    record = _find(ctx, nik="3578-0152-0395-0002")
    assert _numbers(record) == {held["own"]: ("worker",), held["sister"]: ("complainant",)}
    assert {c.case["office_code"] for c in record.cases} == {"SBY", "SMG"}
    assert _requests(record) == {held["mine"]}  # her phone under her name, not the stranger
    own = next(c for c in record.cases if c.case["case_number"] == held["own"])
    assert [a["filename"] for a in own.attachments] == ["paspor.pdf"]


def test_passport_finds_the_worker_only(ctx, held):
    assert _numbers(_find(ctx, passport="b 1234567")) == {held["own"]: ("worker",)}


def test_phone_in_another_format_finds_every_record_under_that_number(ctx, held):
    record = _find(ctx, phone="0062 813-3312-4455")
    assert _numbers(record) == {held["own"]: ("worker",), held["sister"]: ("complainant",)}
    assert _requests(record) == {held["mine"], held["shared"]}


def test_name_with_birth_date_tells_namesakes_apart(ctx, held):
    record = _find(ctx, name="DEWI  lestari", birth_date="12/03/1995")
    # The complainant's birth date is read from her NIK (day + 40: a woman).
    assert _numbers(record) == {held["own"]: ("worker",), held["sister"]: ("complainant",)}
    assert _numbers(_find(ctx, name="Dewi Lestari", birth_date="1990-01-01")) == {
        held["namesake"]: ("worker",)}


def test_nobody_matches(ctx, held):
    record = _find(ctx, passport="X9999999")
    assert record.cases == () and record.inquiries == ()


def test_an_anonymised_case_holds_nothing_to_find_and_a_restricted_one_is_found(ctx, held):
    with ctx.db.write() as conn:
        own_id = held["own_id"]
        conn.execute(update(workers).where(workers.c.case_id == own_id).values(
            nik=ANON_MARKER, passport=ANON_MARKER, phone=ANON_MARKER, name=ANON_MARKER,
            birth_date=""))
        conn.execute(update(cases).where(cases.c.case_number == held["sister"]).values(
            restricted_at="2026-11-21T03:00:00.000000Z", restricted_by="kasi",
            restriction_reason="Permintaan keluarga."))
    record = _find(ctx, nik=DEWI_NIK)
    assert _numbers(record) == {held["sister"]: ("complainant",)}


@pytest.mark.parametrize(("identifiers", "code", "field"), [
    ({}, "subject_access_empty", "nik"),
    ({"name": "Dewi Lestari"}, "subject_access_name_birth", "birth_date"),
    ({"birth_date": "1995-03-12"}, "subject_access_name_birth", "name"),
    ({"nik": "12345"}, "validation.nik_length", "nik"),
    ({"phone": "abc"}, "validation.phone_letters", "phone"),
    ({"name": "Dewi", "birth_date": "31/02/1995"}, "validation.date_invalid", "birth_date"),
])
def test_bad_identifiers_say_which_field(identifiers, code, field):
    with pytest.raises(HaloError) as err:
        sa.parse_query(**identifiers)
    assert (err.value.code, err.value.field) == (code, field)


# -- the JSON and the audit -------------------------------------------------------------------

def test_the_json_has_the_desktop_shape(ctx, held):
    data = sa.person_json(_find(ctx, nik=DEWI_NIK))
    assert data["format"] == "halotki.subject_access/1"
    assert data["office"] == {"code": "PST", "name": data["office"]["name"]}
    assert data["person"] == {"nik": DEWI_NIK}
    assert data["generated_by"].startswith("cli:")
    [own] = [c for c in data["cases"] if c["case_number"] == held["own"]]
    assert list(own) == ["case_number", "roles", "case", "worker", "complainant", "timeline",
                         "documents", "attachments"]
    assert tuple(own["case"]) == shared.CASE_COLUMNS
    assert tuple(own["worker"]) == shared.WORKER_COLUMNS
    assert own["worker"]["passport"] == DEWI_PASSPORT and own["roles"] == ["worker"]
    [scan] = own["attachments"]
    assert set(scan) == {"filename", "mime", "size", "doc_type", "note", "created_at",
                         "created_by", "sha256"}
    assert scan["size"] == len(b"%PDF-1.4 paspor Dewi")
    assert [tuple(r) for r in data["inquiries"]] == [shared.INQUIRY_COLUMNS]


def test_a_search_is_audited_without_the_identifier(ctx, held):
    _find(ctx, nik=DEWI_NIK)
    [row] = _audit(ctx, sa.SEARCHED)
    assert json.loads(row["detail"]) == {"by": "nik", "cases": 2, "requests": 1,
                                         "attachments": 1}
    assert row["target"] == "" and row["user"].startswith("cli:")
    for secret in SECRETS:
        assert secret not in row["detail"]


# -- the command line -------------------------------------------------------------------------

@pytest.fixture
def run(cli_runner, db_url, tmp_path, server_commands):  # noqa: F811
    def run(*args: str, lang: str = "en"):
        return cli_runner.server(db_url, *args, lang=lang, env=server_env(db_url, tmp_path))
    return run


def test_cli_find_lists_case_numbers_and_offices(run, held):
    code, out, err = run("person", "find", "--nik", DEWI_NIK)
    assert code == 0
    lines = out.splitlines()
    assert {line.split()[0] for line in lines} == {held["own"], held["sister"], "-"}
    assert "worker" in next(line for line in lines if line.startswith(held["own"]))
    assert "2 cases and 1 information requests." in err
    for secret in SECRETS:
        assert secret not in out
    code, out, _ = run("person", "find", "--nik", DEWI_NIK, lang="id")
    assert "TKI" in next(line for line in out.splitlines() if line.startswith(held["own"]))


def test_cli_export_writes_a_private_json_file_and_audits_it(run, ctx, held, tmp_path):
    target = tmp_path / "dewi.json"
    code, out, err = run("person", "export", "--passport", DEWI_PASSPORT, "--output",
                         str(target))
    assert code == 0 and out == "" and "cases: 1" in err
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    data = json.loads(target.read_text("utf-8"))
    assert data["format"] == "halotki.subject_access/1"
    assert [c["case_number"] for c in data["cases"]] == [held["own"]]
    [exported] = _audit(ctx, sa.EXPORTED)
    assert json.loads(exported["detail"]) == {"by": "passport", "format": "json", "cases": 1,
                                              "requests": 1, "attachments": 1}
    assert len(_audit(ctx, sa.SEARCHED)) == 1


def test_cli_export_to_standard_output(run, ctx, held):
    code, out, _ = run("person", "export", "--phone", "0813-3312-4455")
    assert code == 0
    assert {c["case_number"] for c in json.loads(out)["cases"]} == {held["own"], held["sister"]}
    [exported] = _audit(ctx, sa.EXPORTED)
    assert json.loads(exported["detail"])["to"] == "stdout"


@pytest.mark.parametrize(("args", "words"), [
    (("--name", "Dewi Lestari"), "date of birth"),
    (("--nik", "123"), "NIK"),
    (("--name", "Dewi", "--birth-date", "kemarin"), "Date not recognised"),
])
def test_cli_bad_identifier_is_one_line_and_nothing_is_audited(run, ctx, held, args, words):
    code, out, err = run("person", "export", *args, "--output", "-")
    assert code == 1 and out == "" and words in err
    assert _audit(ctx, sa.SEARCHED) == [] and _audit(ctx, sa.EXPORTED) == []


def test_cli_unwritable_output_writes_nothing_and_audits_nothing(run, ctx, held, tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    code, _, err = run("person", "export", "--nik", DEWI_NIK, "--output", str(folder))
    assert code == 1 and "cannot be written" in err
    assert _audit(ctx, sa.SEARCHED) == [] and _audit(ctx, sa.EXPORTED) == []
