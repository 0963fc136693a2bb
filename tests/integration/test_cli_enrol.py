"""`halotki enrol` and a central account's first login from the command line, against a
live server: the same core functions as the application's first run and login."""

from __future__ import annotations

import functools

import pytest

from desktop.cli.main import main
from desktop.session.login import log_in
from desktop.store.replica import CENTRAL_CREDENTIAL_KEY
from tests.conftest import TEST_KDF
from tests.integration.conftest import CENTRAL_PW

ADMIN, ADMIN_PW = "admin.sby", "kopi-hujan-kereta-7"  # the admin-pass of tests/conftest is too close to "admin.sby"


@pytest.fixture
def halotki(cli_runner, pc_paths):
    """`halotki --data-dir <the PC> --lang en ...`; no user or password unless given."""
    return functools.partial(cli_runner.halotki, data_dir=pc_paths.root, lang="en")


def enrol_args(url, code, *extra):
    return ("enrol", "--server", url, "--code", code, "--admin", ADMIN,
            "--device-label", "PC-Loket-2", *extra)


def test_enrol_then_a_central_account_logs_in_from_the_command_line(halotki, server, pc_paths):
    code, out, err = halotki(*enrol_args(server.url, server.code("SBY"), "--new-password-stdin"),
                             stdin=ADMIN_PW + "\n")
    assert code == 0, err
    assert "Enrolled: SBY" in out and "PC-Loket-2 (A)" in out and ADMIN in out
    core = log_in(pc_paths, ADMIN, ADMIN_PW, TEST_KDF)
    assert core.store.meta(CENTRAL_CREDENTIAL_KEY).startswith("hd1.")
    core.close()
    # Any command that opens the data lets a central account in for the first time.
    server.add_account("budi.sby", role="case_officer")
    code, out, err = halotki("case", "list", user="budi.sby", password=CENTRAL_PW)
    assert code == 0, err
    server.stop()
    code, out, err = halotki("case", "list", user="budi.sby", password=CENTRAL_PW)
    assert code == 0, err  # offline now: its own key slot
    code, out, err = halotki("case", "list", user="ani.sby", password=CENTRAL_PW)
    assert code == 9 and "not logged in on this computer yet" in err


def test_the_old_spelling_enroll_still_enrols(halotki, server, pc_paths):
    code, out, err = halotki("enroll", *enrol_args(server.url, server.code("SBY"))[1:],
                             password=ADMIN_PW)
    assert code == 0, err
    assert "Enrolled: SBY" in out
    log_in(pc_paths, ADMIN, ADMIN_PW, TEST_KDF).close()


def test_enrol_takes_the_password_from_halotki_password(halotki, server, pc_paths):
    code, _out, err = halotki(*enrol_args(server.url, server.code("SMG")), password=ADMIN_PW)
    assert code == 0, err
    log_in(pc_paths, ADMIN, ADMIN_PW, TEST_KDF).close()


@pytest.mark.parametrize(("case", "exit_code", "words"), [
    ("used", 2, "already used"),
    ("unknown", 2, "Unknown enrolment code"),
    ("expired", 2, "has expired"),
    ("http", 1, "must start with https://"),
    ("offline", 9, "cannot be reached"),
    ("weak", 1, "too short"),
])
def test_enrol_failures_have_their_exit_code_and_create_nothing(
        halotki, server, tmp_path, closed_url, server_clock, pc_paths, case, exit_code, words):
    code, url, password = server.code("SBY"), server.url, ADMIN_PW
    if case == "used":
        first = halotki(*enrol_args(url, code), password=ADMIN_PW, data_dir=tmp_path / "other")
        assert first[0] == 0
    elif case == "unknown":
        code = "AAAA-BBBB-CCCC"
    elif case == "expired":
        server_clock.advance(hours=25)
    elif case == "http":
        url = "http://pusat.example.go.id"
    elif case == "offline":
        url = closed_url
    elif case == "weak":
        password = "pendek"
    status, _out, err = halotki(*enrol_args(url, code), password=password)
    assert status == exit_code and words in err, err
    assert len(err.splitlines()) == 1 and err.startswith("halotki: ")
    assert not (pc_paths.root / "halotki.db").exists()
    assert not (pc_paths.root / "keyslots.json").exists()


def test_enrol_rate_limit_names_the_seconds(halotki, server):
    for _ in range(server.ctx.settings.enrol_limit.attempts):
        assert halotki(*enrol_args(server.url, "AAAA-BBBB-CCCC"), password=ADMIN_PW)[0] == 2
    status, _out, err = halotki(*enrol_args(server.url, server.code()), password=ADMIN_PW,
                                lang="id")
    assert status == 2 and "Tunggu" in err and "detik" in err


def test_enrol_refuses_a_pc_that_is_set_up_before_asking_anything(halotki, server, pc_paths):
    assert halotki(*enrol_args(server.url, server.code()), password=ADMIN_PW)[0] == 0
    code, _out, err = halotki(*enrol_args(server.url, server.code()), password=ADMIN_PW)
    assert code == 3 and "already" in err


def test_help_documents_enrol(capsys):
    with pytest.raises(SystemExit):
        main(["enrol", "--help"])
    text = capsys.readouterr().out
    for option in ("--server", "--code", "--admin", "--device-label", "--new-password-stdin",
                   "HALOTKI_PASSWORD"):
        assert option in text
