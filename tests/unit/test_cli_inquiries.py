"""`halotki inquiry add|list`: information requests from the command line, with the same
checks and bilingual messages as the form."""

from __future__ import annotations

import json

import pytest

from tests.cli_runner import Halotki

ADMIN, ADMIN_PW = "admin", "admin-pass-123"
LOKET, LOKET_PW = "loket", "loket-pass-1234"


@pytest.fixture
def office(cli_runner, tmp_path) -> Halotki:
    cli = cli_runner.bind(tmp_path / "data", user=LOKET, password=LOKET_PW)
    r = cli("init", "--office", "SBY", "--admin", ADMIN, "--admin-name", "Admin Kantor",
            "--device-label", "PC-Loket", "--new-password-stdin", user=None, password=None,
            stdin=ADMIN_PW + "\n")
    assert r.code == 0, r.err
    assert cli("user", "add", LOKET, "--role", "front_office", "--new-password-stdin",
               stdin=LOKET_PW + "\n", user=ADMIN, password=ADMIN_PW).code == 0
    return cli


def test_add_then_list_and_search(office):
    r = office("inquiry", "add", "--topic", "biaya_penempatan", "--question",
               "Berapa biaya ke Taiwan?", "--phone", "0812 3456 7890", lang="en")
    assert r.code == 0 and "recorded" in r.out
    office("inquiry", "add", "--topic", "dokumen_persyaratan", "--question", "Syarat paspor?")
    rows = json.loads(office("inquiry", "list", "--json").out)
    assert [r["question"] for r in rows] == ["Syarat paspor?", "Berapa biaya ke Taiwan?"]
    r = office("inquiry", "list", "--search", "+62 812-3456-7890", lang="en")
    assert "Berapa biaya ke Taiwan?" in r.out and "Syarat" not in r.out
    assert "1 of 2 information requests" in r.out


def test_bad_input_is_one_clear_line_and_nothing_is_recorded(office):
    r = office("inquiry", "add", "--topic", "ramalan", "--question", "  ", lang="en")
    assert r.code != 0 and "Traceback" not in r.err
    assert json.loads(office("inquiry", "list", "--json").out) == []
