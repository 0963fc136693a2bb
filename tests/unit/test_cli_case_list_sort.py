"""`halotki case list --from/--to` (received days) and `--sort COLUMN [--descending]`."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import make_intake

ADMIN, ADMIN_PW = "admin", "admin-pass-123"
WIB = ZoneInfo("Asia/Jakarta")
# Worker name and the day the complaint arrived (a letter typed in later).
CASES = (("Citra Dewi", datetime(2025, 3, 3, 9, tzinfo=WIB)),
         ("Ani Rahma", datetime(2025, 3, 1, 0, 30, tzinfo=WIB)),  # 28 Feb in UTC
         ("Budi Santo", datetime(2025, 3, 10, 15, tzinfo=WIB)))


@pytest.fixture
def cli(cli_runner, tmp_path):
    cli = cli_runner.bind(tmp_path / "data", user=ADMIN, password=ADMIN_PW)
    r = cli("init", "--office", "SBY", "--admin", ADMIN, "--admin-name", "Admin Kantor",
            "--new-password-stdin", user=None, password=None, stdin=ADMIN_PW + "\n")
    assert r.code == 0, r.err
    assert cli("user", "add", "loket", "--role", "front_office", "--new-password-stdin",
               stdin="loket-pass-123\n").code == 0
    core = cli.core("loket", "loket-pass-123")
    try:
        for name, received in CASES:
            core.cases.record_intake(make_intake(worker__name=name,
                                                 complaint__received_at=received))
    finally:
        core.close()
    return cli


def workers(cli, *args: str) -> list[str]:
    r = cli("case", "list", "--json", *args)
    assert r.code == 0, r.err
    return [row["worker_name"] for row in json.loads(r.out)]


def test_received_range_in_the_offices_days(cli):
    assert workers(cli, "--from", "2025-03-01", "--to", "3/3/2025") == ["Citra Dewi", "Ani Rahma"]
    assert workers(cli, "--from", "2025-03-02") == ["Budi Santo", "Citra Dewi"]
    assert workers(cli, "--to", "2025-02-28") == []
    r = cli("case", "list", "--from", "2025-03-04", "--to", "2025-03-12")
    assert r.out.splitlines()[-1] == "1 kasus"


def test_reversed_or_unreadable_dates_are_exit_1(cli):
    r = cli("case", "list", "--from", "2025-03-10", "--to", "2025-03-01")
    assert r.code == 1 and "tanggal akhirnya" in r.err + r.out
    assert cli("case", "list", "--from", "kemarin").code == 1


def test_sort_by_a_column_either_way_and_with_a_search(cli):
    assert workers(cli, "--sort", "worker") == ["Ani Rahma", "Budi Santo", "Citra Dewi"]
    assert workers(cli, "--sort", "received", "--descending") == [
        "Budi Santo", "Citra Dewi", "Ani Rahma"]
    assert workers(cli, "--sort", "received") == ["Ani Rahma", "Citra Dewi", "Budi Santo"]
    assert workers(cli, "--search", "Siti Aminah", "--sort", "worker", "--descending",
                   "--from", "2025-03-02") == ["Citra Dewi", "Budi Santo"]
    assert cli("case", "list", "--sort", "description").code == 1  # not a column
