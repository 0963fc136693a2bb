"""`halotki-server audit list`: every office's trail as text or CSV, filtered like the API,
to standard output or a private file; a typing error is one clear line; the read is
audited once, whatever the number of pages."""

from __future__ import annotations

import csv
import io
import re
import stat

import pytest

from tests.server.audit_helpers import audit_row, push_audit, server_reads
from tests.server.helpers import server_env
from tests.server.server_cli_parsers import server_commands  # noqa: F401 - fixture
from tests.server.sync_helpers import real_time

pytestmark = pytest.mark.usefixtures("backend", "server_commands")


@pytest.fixture
def run(cli_runner, db_url, tmp_path):
    def run(*args: str, lang: str = "en"):
        return cli_runner.server(db_url, *args, lang=lang, env=server_env(db_url, tmp_path))
    return run


@pytest.fixture
def pushed(client, clock, devices):
    real_time(clock)
    sby = push_audit(client, devices["SBY"], [
        audit_row("2026-11-01T03:00:00.000000Z", "budi.sby", "case_viewed", "SBY-2026-A-00001"),
        audit_row("2026-11-02T03:00:00.000000Z", "kasi.sby", "case_list_exported", "",
                  '{"cases": 3}'),
        audit_row("2026-11-03T03:00:00.000000Z", "budi.sby", "case_viewed", "=HYPERLINK(1)"),
    ])
    smg = push_audit(client, devices["SMG"], [
        audit_row("2026-11-02T04:00:00.000000Z", "tono.smg", "case_viewed", "SMG-2026-A-00002")])
    return {"SBY": sby, "SMG": smg}


def test_text_lists_every_office_newest_first(run, devices, pushed):
    code, out, _ = run("audit", "list", "--since", "2026-11-01", "--until", "2026-11-03")
    assert code == 0
    lines = [re.split(r"\s{2,}", line) for line in out.splitlines()]
    assert [cells[4] for cells in lines] == [
        "case_viewed", "case_viewed", "case_list_exported", "case_viewed"]
    assert lines[0][:3] == ["2026-11-03 03:00:00", "SBY", f"SBY-{devices['SBY'].letter} PC-Loket"]
    assert lines[1][5] == "SMG-2026-A-00002"


def test_filters_as_the_api_has_them(run, pushed):
    code, out, _ = run("audit", "list", "--office", "SBY", "--user", "budi.sby",
                       "--case", "sby-2026-a-00001")
    assert code == 0
    assert len(out.splitlines()) == 1 and "SBY-2026-A-00001" in out
    code, out, _ = run("audit", "list", "--action", "no_such_action")
    assert (code, out) == (0, "(no audit rows)\n")


def test_csv_to_a_private_file(run, pushed, tmp_path):
    target = tmp_path / "jejak" / "audit.csv"
    code, out, err = run("audit", "list", "--office", "SBY", "--until", "2026-11-21",
                         "--format", "csv", "--output", str(target))
    assert code == 0 and out == "" and f"{target} (3 rows)" in err
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8"))))
    assert [r["id"] for r in rows] == [r["id"] for r in reversed(pushed["SBY"])]
    assert rows[0]["target"] == "'=HYPERLINK(1)"  # a spreadsheet must not run it
    assert rows[1]["detail"] == '{"cases": 3}' and rows[1]["office_code"] == "SBY"


def test_many_pages_are_one_audited_read(run, ctx, client, devices, pushed):
    rows = [audit_row(f"2026-10-01T03:{i // 60:02d}:{i % 60:02d}.000000Z", "budi.sby",
                      "case_viewed", f"SBY-2026-A-{i:05d}") for i in range(501)]
    for start in (0, 500):  # a PC pushes at most 500 changes a round
        push_audit(client, devices["SBY"], rows[start:start + 500])
    code, out, _ = run("audit", "list", "--until", "2026-10-31", "--office", "SBY")
    assert code == 0 and len(out.splitlines()) == 501
    [read] = server_reads(ctx)
    assert read["user"].startswith("cli:") and read["device"] == "server"
    assert read["detail"] == {"filter": {"office": "SBY", "until": "2026-10-31"},
                              "rows": 501, "pages": 2}


@pytest.mark.parametrize(("args", "words"), [
    (("--since", "2026-02-30"), "YYYY-MM-DD"),
    (("--since", "2026-11-05", "--until", "2026-11-01"), "first day cannot be after"),
    (("--office", "XYZ"), "Office XYZ is not known"),
    (("--user", "u" * 65), "at most 64 characters"),
])
def test_a_bad_filter_is_one_line_and_reads_nothing(run, ctx, pushed, args, words):
    code, out, err = run("audit", "list", *args)
    assert code == 1 and out == ""
    assert words in err and len(err.strip().splitlines()) == 1
    assert server_reads(ctx) == []


def test_messages_in_indonesian(run, pushed):
    code, _, err = run("audit", "list", "--since", "kemarin", lang="id")
    assert code == 1 and "Tanggal tidak valid" in err


def test_an_unwritable_output_is_a_message_and_no_file(run, pushed, tmp_path):
    folder = tmp_path / "sebuah-folder"
    folder.mkdir()
    code, out, err = run("audit", "list", "--output", str(folder))
    assert code == 1 and "cannot be written" in err
    assert list(folder.iterdir()) == []
