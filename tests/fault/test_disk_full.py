"""A full disk in the middle of recording a complaint: nothing is partly saved.

SQLite's max_page_count makes the database file "full" at its current size, so the next
write that needs a new page fails exactly like a full disk ("database or disk is full").
"""

from __future__ import annotations

import pytest

from desktop.messages import Msg
from desktop.store.errors import WriteFailed
from tests.conftest import make_intake

TABLES = ("cases", "workers", "complainants", "case_documents", "events", "changes",
          "case_search", "audit_log")
# Long enough that the intake cannot fit into the free space of existing pages.
LONG_DESCRIPTION = "Gaji belum dibayar selama enam bulan dan paspor ditahan majikan. " * 40


def counts(core) -> dict[str, int]:
    return {t: core.store.query_one(f"SELECT count(*) FROM {t}")[0] for t in TABLES}


def counters(core) -> dict[str, str]:
    return dict(core.store.query("SELECT key, value FROM meta WHERE key LIKE 'case_seq:%'"))


def fill_disk(core) -> int:
    conn = core.store.raw_connection
    page_count = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {page_count}")
    return page_count


def intake():
    return make_intake(complaint__description=LONG_DESCRIPTION)


@pytest.fixture
def full(officer):
    """An officer's core with three cases recorded, whose database can grow no more."""
    numbers = [officer.cases.record_intake(make_intake(worker__name=f"Pekerja Nomor {i}"))
               for i in ("Satu", "Dua", "Tiga")]
    fill_disk(officer)
    return officer, numbers


def test_intake_on_a_full_disk_raises_write_failed(full):
    core, _ = full
    with pytest.raises(WriteFailed) as exc:
        core.cases.record_intake(intake())
    assert exc.value.exit_code == 5
    assert "full" in exc.value.params["detail"]


def test_nothing_is_partly_saved(full):
    core, numbers = full
    before_counts, before_counters = counts(core), counters(core)
    with pytest.raises(WriteFailed):
        core.cases.record_intake(intake())
    assert counts(core) == before_counts
    assert counters(core) == before_counters
    assert not core.store.raw_connection.in_transaction
    assert [r.case_number for r in core.cases.rows(core.cases.list_seqs())] == numbers[::-1]


def test_the_message_says_nothing_was_saved_and_to_check_disk_space(full):
    core, _ = full
    with pytest.raises(WriteFailed) as exc:
        core.cases.record_intake(intake())
    text_id, text_en = exc.value.text("id"), exc.value.text("en")
    assert "Tidak ada yang tersimpan sebagian" in text_id
    assert "ruang disk" in text_id
    assert "Nothing was partly saved" in text_en
    assert "disk space" in text_en
    for text in (text_id, text_en):
        assert "\n" not in text
        assert "Traceback" not in text
        assert "Dewi Lestari" not in text  # no personal data in the message


def test_the_same_intake_saves_once_there_is_room_again(full):
    core, numbers = full
    with pytest.raises(WriteFailed):
        core.cases.record_intake(intake())
    with pytest.raises(WriteFailed):  # retrying while still full fails the same way
        core.cases.record_intake(intake())
    core.store.raw_connection.execute("PRAGMA max_page_count = 1073741823")
    number = core.cases.record_intake(intake())
    prefix, _, last = numbers[-1].rpartition("-")
    assert number == f"{prefix}-{int(last) + 1:05d}"
    detail = core.cases.get(number)
    assert detail.case["description"] == LONG_DESCRIPTION.strip()
    assert core.search.search(number) == [core.cases.resolve(number)["seq"]]
    assert core.maintenance.check().ok, core.maintenance.check().first_problem()


def test_other_writes_on_a_full_disk_are_write_failed_too(full):
    core, numbers = full
    before = counts(core)
    with pytest.raises(WriteFailed):
        core.cases.add_event(numbers[0], "kontak_keluarga", "Menelepon ibu. " * 250,
                             channel="datang_langsung")
    assert counts(core) == before


def test_write_failed_message_is_declared_in_both_languages():
    msg = WriteFailed("x").msg
    assert isinstance(msg, Msg) and msg.id != msg.en
