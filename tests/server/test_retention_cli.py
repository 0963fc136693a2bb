"""`halotki-server retention policy|preview|run` (issue 14 §1.3): clear messages in the
chosen language, nothing written on bad input, a run only with --yes."""

from __future__ import annotations

import csv
import io

import pytest

from desktop.domain import data_protection as pdp
from sync.server.cli import main as cli_main
from sync.server.cli import retention as retention_cli
from sync.server.services import retention
from tests.server.helpers import server_env
from tests.server.retention_helpers import (
    audit_rows,
    change_count,
    closed_case,
    inquiry,
    instant,
    rows_of,
)
from tests.server.sync_helpers import real_time

pytestmark = pytest.mark.usefixtures("backend")


@pytest.fixture(autouse=True)
def wired(monkeypatch):
    """The command as `halotki-server` has it once cli/main.py adds retention's parsers."""
    if hasattr(cli_main, "retention"):
        return
    original = cli_main.admin.add_parsers

    def both(sub) -> None:
        original(sub)
        retention_cli.add_parsers(sub)

    monkeypatch.setattr(cli_main.admin, "add_parsers", both)


@pytest.fixture
def run(cli_runner, tmp_path, db_url):
    def run(*args: str, lang: str = "en"):
        return cli_runner.server(db_url, "retention", *args, lang=lang,
                                 env=server_env(db_url, tmp_path))
    return run


@pytest.fixture
def sby(devices, clock):
    real_time(clock)
    return devices["SBY"]


def _error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("halotki-server: "), err
    return lines[0]


def test_policy_shows_and_sets_the_periods(run, ctx):
    code, out, _ = run("policy")
    assert code == 0 and "kept 5 years after they were closed" in out and "2 years" in out
    code, out, _ = run("policy", "--cases-years", "7", "--inquiries-years", "3", lang="id")
    assert code == 0 and "disimpan 7 tahun setelah ditutup" in out and "3 tahun" in out
    assert len(audit_rows(ctx, retention.POLICY_SET)) == 2


@pytest.mark.parametrize("bad", ["0", "51", "lima"])
def test_a_bad_period_is_refused_in_the_users_language(run, ctx, bad):
    code, out, err = run("policy", "--cases-years", "6", "--inquiries-years", bad, lang="id")
    assert code == 1 and out == ""
    assert "bilangan bulat dari 1 sampai 50 tahun" in _error_line(err)
    assert run("policy")[1].count("5 years") == 1  # unchanged


def test_preview_as_text_csv_and_into_a_file(run, ctx, client, sby, tmp_path):
    case = closed_case(client, sby, instant("2019-03-01"))
    request = inquiry(client, sby, instant("2023-01-01"))
    before = change_count(ctx)
    code, out, _ = run("preview", "--as-of", "2026-11-22")
    assert code == 0 and case["number"] in out and request in out and "2019-03-01" in out
    assert "1 cases and 1 information requests would be anonymised" in out
    code, out, _ = run("preview", "--as-of", "2026-11-22", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["kind"], r["case_number"] or r["id"]) for r in rows] == [
        ("case", case["number"]), ("inquiry", request)]
    assert rows[0]["closed_on"] == "2019-03-01" and rows[1]["received_on"] == "2023-01-01"
    target = tmp_path / "out" / "pratinjau.csv"
    code, out, err = run("preview", "--as-of", "2026-11-22", "--format", "csv", "--output",
                         str(target), lang="id")
    assert code == 0 and out == "" and "Pratinjau disimpan" in err
    assert case["number"] in target.read_text(encoding="utf-8")
    assert change_count(ctx) == before
    assert len(audit_rows(ctx, retention.PREVIEWED)) == 3
    assert rows_of(ctx, case["id"])["worker"][0]["name"] != pdp.ANON_MARKER


def test_a_badly_written_date_is_refused_before_anything_is_read(run, ctx):
    code, out, err = run("preview", "--as-of", "22/11/2026", lang="id")
    assert code == 1 and out == "" and "TTTT-BB-HH" in _error_line(err)
    assert run("run", "--as-of", "2026-02-30", "--yes")[0] == 1
    assert audit_rows(ctx, retention.PREVIEWED) == []


def test_a_run_without_yes_says_what_it_would_do_and_does_nothing(run, ctx, client, sby):
    case = closed_case(client, sby, instant("2019-03-01"))
    before = change_count(ctx)
    code, out, err = run("run", "--as-of", "2026-11-22")
    assert code == 1 and out == ""
    line = _error_line(err)
    assert "1 cases and 0 information requests would be anonymised" in line
    assert "--yes" in line and "cannot be undone" in line
    assert change_count(ctx) == before and audit_rows(ctx, retention.RUN) == []
    assert rows_of(ctx, case["id"])["case"][0]["anonymised_at"] == ""


def test_a_run_with_yes_anonymises_and_reports_its_counts(run, ctx, client, sby):
    case = closed_case(client, sby, instant("2019-03-01"), content=b"%PDF-1.4 cli")
    code, out, _ = run("run", "--as-of", "2026-11-22", "--yes")
    assert code == 0
    assert "Anonymised: 1 cases and 0 information requests; attachment contents deleted: 1" in out
    assert rows_of(ctx, case["id"])["worker"][0]["name"] == pdp.ANON_MARKER
    code, out, _ = run("run", "--yes")  # today: nothing left
    assert code == 0 and "Anonymised: 0 cases" in out


def test_a_run_refuses_a_reference_date_after_today(run, ctx, client, sby):
    closed_case(client, sby, instant("2019-03-01"))
    code, _, err = run("run", "--as-of", "2099-01-01", "--yes", lang="id")
    assert code == 1 and "tidak boleh setelah hari ini" in _error_line(err)
    assert audit_rows(ctx, retention.RUN) == []
