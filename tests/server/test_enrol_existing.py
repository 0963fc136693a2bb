"""Enrolling a PC set up locally, its cases already numbered (issue 12 §5.8): the server keeps
its letter when nothing can collide with its numbers, and otherwise refuses with the
reason, writing nothing (the code stays usable)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, update

from sync.server.db.tables import audit_log, cases, devices, enrolment_codes
from sync.server.services import devices as device_service
from sync.server.services.actor import cli_actor
from tests.server.helpers import create_case, enrol, issue_code

pytestmark = pytest.mark.usefixtures("backend")


def existing(letter: str = "C", office: str = "SBY", latest=((2025, 41), (2026, 899))) -> dict:
    return {"office_code": office, "letter": letter,
            "latest": [{"year": y, "highest": n} for y, n in latest]}


def _enrol(client, code: str, **extra):
    return client.post("/api/v1/enroll", json={"code": code, "label": "PC-Lama", **extra})


def _written(ctx) -> tuple[int, int]:
    """(devices, spent codes): what an enrolment writes."""
    with ctx.db.read() as conn:
        return (conn.scalar(select(func.count()).select_from(devices)),
                conn.scalar(select(func.count()).select_from(enrolment_codes)
                            .where(enrolment_codes.c.used_at.is_not(None))))


def _refused(client, ctx, code: str, body: dict, status: int, error: str) -> dict:
    before = _written(ctx)
    resp = _enrol(client, code, existing=body)
    assert resp.status_code == status, resp.text
    err = resp.json()["error"]
    assert err["code"] == error
    assert err["message"] != err["message_id"]  # both languages
    assert _written(ctx) == before  # nothing written, the code not spent
    return err


def test_a_free_letter_is_kept_and_audited(client, ctx):
    enrol(client, ctx, "SBY")  # A
    resp = _enrol(client, issue_code(ctx, "SBY"), existing=existing("C"))
    assert resp.status_code == 201, resp.text
    out = resp.json()
    assert out["device_letter"] == "C" and out["office"]["code"] == "SBY"
    with ctx.db.read() as conn:
        row = conn.execute(select(devices).where(devices.c.id == out["device_id"])
                           ).mappings().one()
        entry = conn.execute(select(audit_log).where(
            audit_log.c.action == "device.enrolled", audit_log.c.target == out["device_id"])
        ).mappings().one()
    assert (row["device_letter"], row["label"]) == ("C", "PC-Lama")
    assert entry["detail"] == "letter=C existing=SBY/C latest=2025:41,2026:899"
    # The next new device still gets the first free letter, not C.
    assert enrol(client, ctx, "SBY").letter == "B"


def test_a_store_without_cases_keeps_its_letter_too(client, ctx):
    resp = _enrol(client, issue_code(ctx, "SMG"), existing=existing("A", "SMG", latest=()))
    assert resp.status_code == 201 and resp.json()["device_letter"] == "A"


@pytest.mark.parametrize("revoked", [False, True])
def test_a_letter_another_pc_has_or_had_is_refused(client, ctx, revoked):
    other = enrol(client, ctx, "SBY", label="PC-Loket-1")
    if revoked:
        with ctx.db.write() as conn:
            device_service.revoke(conn, cli_actor(), ctx.now(), other.device_id, "hilang")
    code = issue_code(ctx, "SBY")
    err = _refused(client, ctx, code, existing("A"), 409, "enrolment_letter_taken")
    assert '"PC-Loket-1"' in err["message"] and '"PC-Loket-1"' in err["message_id"]
    assert "letter A of office SBY" in err["message"]
    assert ("(revoked)" in err["message"]) is revoked
    assert err["details"]["label"] == "PC-Loket-1" and err["field"] == "existing.letter"
    # The code was not spent: the same code enrols with a letter that is free.
    assert _enrol(client, code, existing=existing("D")).json()["device_letter"] == "D"


def test_numbers_of_the_letter_already_on_the_server_are_refused(client, ctx):
    # A case numbered with letter C though no device has C (imported, say).
    made = create_case(client, enrol(client, ctx, "PST"), assign_to="SBY")["case"]
    with ctx.db.write() as conn:
        conn.execute(update(cases).where(cases.c.id == made["id"])
                     .values(case_number="SBY-2025-C-00007"))
    err = _refused(client, ctx, issue_code(ctx, "SBY"), existing("C"), 409,
                   "enrolment_numbers_taken")
    assert "SBY-2025-C-00007" in err["message"] and "SBY-2025-C-00007" in err["message_id"]
    assert err["details"]["count"] == 1
    # The same letter of another office, and another letter here, do not collide.
    assert _enrol(client, issue_code(ctx, "SMG"), existing=existing("C", "SMG")
                  ).status_code == 201
    assert _enrol(client, issue_code(ctx, "SBY"), existing=existing("E")).status_code == 201


def test_the_servers_own_letter_is_refused(client, ctx):
    _refused(client, ctx, issue_code(ctx, "SBY"), existing("Z"), 409,
             "enrolment_letter_reserved")


def test_a_code_of_another_office_is_refused_with_both_offices(client, ctx):
    code = issue_code(ctx, "SMG")
    err = _refused(client, ctx, code, existing("C", "SBY"), 409, "enrolment_existing_office")
    assert "SBY" in err["message"] and "SMG" in err["message"]
    assert err["details"] == {"pc_office": "SBY", "code_office": "SMG"}
    # Still usable for a PC of SMG.
    assert _enrol(client, code, existing=existing("C", "SMG")).status_code == 201


@pytest.mark.parametrize(("body", "status"), [
    ({"office_code": "SBY", "letter": "c", "latest": []}, 422),  # lower case
    ({"office_code": "SBY", "letter": "AB", "latest": []}, 422),
    ({"office_code": "SBY", "letter": "1", "latest": []}, 422),
    ({"office_code": "SBY!", "letter": "C", "latest": []}, 400),
    ({"office_code": "SBYSMGX", "letter": "C", "latest": []}, 422),
    ({"office_code": "SBY", "letter": "C"}, 201),  # latest may be left out
    ({"office_code": "SBY", "letter": "C", "latest": [{"year": 1999, "highest": 1}]}, 422),
    ({"office_code": "SBY", "letter": "C", "latest": [{"year": 2030, "highest": 1}]}, 400),
    ({"office_code": "SBY", "letter": "C", "latest": [{"year": 2026, "highest": 0}]}, 422),
    ({"office_code": "SBY", "letter": "C",
      "latest": [{"year": 2026, "highest": 1_000_000_000}]}, 422),
    ({"office_code": "SBY", "letter": "C",
      "latest": [{"year": 2026, "highest": 5}, {"year": 2026, "highest": 9}]}, 400),
    ({"office_code": "SBY", "letter": "C",
      "latest": [{"year": 2026, "highest": 5, "extra": 1}]}, 422),
    ({"office_code": "SBY", "letter": "C", "latest": [{"year": 2026, "highest": "5"}]}, 422),
    ({"office_code": "SBY", "letter": "C",
      "latest": [{"year": 2000 + i, "highest": 1} for i in range(51)]}, 422),
    ({"office_code": "SBY", "letter": "C", "latest": {"2026": 5}}, 422),
    ({"office_code": "SBY", "letter": "C", "latest": [], "more": True}, 422),
])
def test_shapes_and_bounds(client, ctx, body, status):
    code = issue_code(ctx, "SBY")
    before = _written(ctx)
    resp = _enrol(client, code, existing=body)
    assert resp.status_code == status, resp.text
    if status != 201:
        assert _written(ctx) == before
        assert _enrol(client, code).status_code == 201  # the code still works


def test_next_year_is_accepted_a_clock_a_little_ahead(client, ctx):
    year = ctx.now().year + 1
    resp = _enrol(client, issue_code(ctx, "SBY"),
                  existing=existing("C", latest=((year, 1),)))
    assert resp.status_code == 201, resp.text


def test_existing_and_replaces_together_are_refused(client, ctx):
    device = enrol(client, ctx, "SBY")
    resp = _enrol(client, issue_code(ctx, "SBY"), existing=existing("C"),
                  replaces=device.credential.token)
    assert resp.status_code == 400
    assert resp.json()["error"]["code"] == "enrolment_existing_invalid"


def test_refusals_count_towards_the_rate_limit(client, ctx, settings):
    enrol(client, ctx, "SBY")  # A
    code = issue_code(ctx, "SBY")
    for _ in range(settings.enrol_limit.attempts - 1):  # enrol() above used one
        assert _enrol(client, code, existing=existing("A")).status_code == 409
    resp = _enrol(client, code, existing=existing("C"))
    assert resp.status_code == 429
