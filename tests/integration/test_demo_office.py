"""`make demo` (desktop/demo/office.py): a demo office whose printed accounts really log in,
reused when finished, made anew when half-made or asked to, and never deleting other data."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.cli_runner import halotki_env, process_env

CASES = 6


def make_demo(folder, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop.demo.office", "--data-dir", str(folder),
                           "--cases", str(CASES), *extra],
                          env=process_env(halotki_env()), capture_output=True, text=True,
                          timeout=300, check=False)


def printed_accounts(out: str) -> dict[str, tuple[str, str]]:
    """username -> (password, role), as the script prints them."""
    rows = out.split("Demo accounts", 1)[1].splitlines()[1:]
    return {f[0]: (f[1], f[2]) for f in (r.split() for r in rows if r.startswith("  "))}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "demo-data"
    done = make_demo(folder)
    assert done.returncode == 0, done.stderr
    return folder, done.stdout


def test_printed_accounts_log_in_with_their_roles_and_the_cases_are_there(demo, cli_runner):
    folder, out = demo
    accounts = printed_accounts(out)
    assert {role for _, role in accounts.values()} >= {"supervisor", "front_office"}
    admin_password = next(p for p, role in accounts.values() if role == "admin")
    listed = cli_runner.halotki("user", "list", "--json", data_dir=folder, user="admin",
                                password=admin_password)
    assert listed.code == 0, listed.err
    roles = {u["username"]: u["role"] for u in json.loads(listed.out)}
    for username, (password, role) in accounts.items():
        assert roles[username] == role
        # Each printed password opens the store for its account.
        seen = cli_runner.halotki("case", "list", "--json", data_dir=folder, user=username,
                                  password=password)
        assert seen.code == 0, (username, seen.err)
    supervisor = next(u for u, (_, role) in accounts.items() if role == "supervisor")
    cases = cli_runner.halotki("case", "list", "--json", data_dir=folder, user=supervisor,
                               password=accounts[supervisor][0])
    assert len(json.loads(cases.out)) == CASES


def test_a_finished_demo_office_is_reused_as_it_is(demo):
    folder, _ = demo
    before = (folder / "halotki.db").stat().st_mtime_ns
    again = make_demo(folder)
    assert again.returncode == 0, again.stderr
    assert "Reusing" in again.stdout and "Demo accounts" in again.stdout
    assert (folder / "halotki.db").stat().st_mtime_ns == before


def test_half_made_or_fresh_is_made_again(tmp_path):
    # An interrupted run leaves the marker at "creating" (and whatever it had written).
    folder = tmp_path / "demo-data"
    folder.mkdir()
    (folder / "demo-office.json").write_text('{"state": "creating"}', encoding="utf-8")
    (folder / "keyslots.json").write_text("half-written", encoding="utf-8")
    again = make_demo(folder)
    assert again.returncode == 0, again.stderr
    assert "making it again" in again.stdout
    assert json.loads((folder / "demo-office.json").read_text())["state"] == "ready"
    first = (folder / "keyslots.json").read_bytes()
    fresh = make_demo(folder, "--fresh")
    assert fresh.returncode == 0, fresh.stderr
    assert "Reusing" not in fresh.stdout
    assert (folder / "keyslots.json").read_bytes() != first  # a new store, new key slots


def test_a_folder_it_did_not_make_is_left_alone(tmp_path):
    folder = tmp_path / "real-office"
    folder.mkdir()
    (folder / "halotki.db").write_bytes(b"someone's data")
    for extra in ((), ("--fresh",)):
        done = make_demo(folder, *extra)
        assert done.returncode == 1
        assert "did not create" in done.stderr
        assert (folder / "halotki.db").read_bytes() == b"someone's data"
