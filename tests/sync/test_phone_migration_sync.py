"""Phone numbers re-normalised on upgrade (desktop/store/migration_phones.py) travel like
edits: two PCs of one office holding the same case both rewrite it, the server takes both
without a conflict or a refusal, and every replica ends with the new form."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.domain import validation as v
from desktop.store.migration_phones import renormalize_stored_phones
from sync.server.db.tables import complainants, workers
from sync.server.services import sync_validate
from tests.conftest import make_intake
from tests.sync.harness import converged
from tests.unit.test_phones_legacy import legacy_phone

pytestmark = pytest.mark.usefixtures("backend")

OLD_MY, NEW_MY = "+600123456789", "+60123456789"
OLD_GB, NEW_GB = "+4402079460958", "+442079460958"


def _legacy_check(value: str) -> str:
    stored = legacy_phone(value)
    if stored is None:
        raise v.ValidationError(v.PHONE_FORMAT, "phone")
    return stored


@pytest.fixture
def old_server_rules(monkeypatch):
    """The server as it was: checking numbers by the old rules (it took the old forms)."""
    for key in (("worker", "phone"), ("worker", "employer_phone")):
        monkeypatch.setitem(sync_validate._NORMALISED, key, _legacy_check)
    monkeypatch.setitem(sync_validate._NORMALISED, ("complainant", "phones"),
                        lambda s: ", ".join(_legacy_check(p) for p in s.split(", ")))
    return monkeypatch


def migrate(pc) -> int:
    conn = pc.core.store.raw_connection
    conn.execute("BEGIN IMMEDIATE")
    changed = renormalize_stored_phones(conn)
    conn.execute("COMMIT")
    return changed


def clean(pc):
    report = pc.sync()
    assert not report.healed and report.rejected == 0, report
    return report


def test_both_pcs_renormalise_one_case_and_agree(make_pc, server_ctx, old_server_rules):
    a, b = make_pc("SBY"), make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    case_id, wid, pid = a.core.store.query_one(
        "SELECT c.id, w.id, p.id FROM cases c JOIN workers w ON w.case_id = c.id"
        " JOIN complainants p ON p.case_id = c.id WHERE c.case_number = ?", (number,))
    with a.core.store.write("kasi") as tx:  # what the old desktop stored
        tx.update("worker", wid, {"phone": OLD_MY})
        tx.update("complainant", pid, {"phones": f"+6281234567890, {OLD_GB}"})
    clean(a)
    clean(b)
    old_server_rules.undo()  # everyone upgrades: the server checks by the new rules

    assert migrate(a) == 2 and migrate(b) == 2
    clean(a)
    clean(b)
    clean(a)

    for pc in (a, b):
        assert pc.core.store.query_one("SELECT phone FROM workers WHERE id = ?",
                                       (wid,))[0] == NEW_MY
        assert pc.core.store.query_one("SELECT phones FROM complainants WHERE id = ?",
                                       (pid,))[0] == f"+6281234567890, {NEW_GB}"
        assert pc.core.store.query("SELECT * FROM conflicts") == []
        assert converged(server_ctx, pc)
        assert pc.sync().checksum_ok
    with server_ctx.db.read() as conn:
        assert conn.scalar(select(workers.c.phone).where(workers.c.id == wid)) == NEW_MY
        assert conn.scalar(select(complainants.c.phones).where(
            complainants.c.case_id == case_id)) == f"+6281234567890, {NEW_GB}"
