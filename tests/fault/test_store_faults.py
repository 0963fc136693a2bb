"""A damaged, foreign, cut or missing store: one clear line, a non-zero exit, nothing touched.

Every fault is shown to the CLI. Whatever happens, the user sees one line (never a
traceback or SQLCipher diagnostics), the damaged page stays byte-identical (it is the
evidence and maybe recoverable; a store refused while opening is not written at all, and
one whose damage is found by a later read got at most the login's own audit record) and no
fresh empty database appears beside it.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.paths import DataPaths
from desktop.session.login import log_in
from desktop.session.setup import InitRequest, initialize
from tests.cli_runner import CliResult, run_halotki_subprocess
from tests.conftest import ADMIN, ADMIN_PW, TEST_KDF, make_intake

PAGE = 4096
CASES = 40


@pytest.fixture
def cli(cli_runner):
    """cli(data_dir, *argv, lang=None): `halotki` as the administrator."""
    def run(data_dir: Path, *argv: str, lang: str | None = None) -> CliResult:
        return cli_runner.halotki(*argv, data_dir=data_dir, user=ADMIN, password=ADMIN_PW,
                                  lang=lang)

    return run


def run_subprocess(data_dir: Path, *argv: str) -> CliResult:
    return run_halotki_subprocess(*argv, data_dir=data_dir, user=ADMIN, password=ADMIN_PW)


ROOT_PAGES_OF = ("workers", "events", "case_documents")


@dataclass
class Template:
    paths: DataPaths
    numbers: list[str]  # `case list`, newest first
    root_pages: dict[str, int]  # 0-based page index of each table's b-tree root
    audit_ids: frozenset[str]  # the audit log's rows when the template was closed


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Template:
    """A real store with CASES cases (many pages), closed."""
    paths = DataPaths(tmp_path_factory.mktemp("template") / "data")
    core = initialize(paths, InitRequest("SBY", ADMIN, "Admin Kantor", ADMIN_PW), TEST_KDF)
    core.accounts.add_user("petugas", "Petugas Loket", "front_office", "staff-pass-123")
    core.close()
    officer = log_in(paths, "petugas", "staff-pass-123", TEST_KDF)
    for i in range(CASES):
        officer.cases.record_intake(make_intake(
            worker__name=f"Pekerja Nomor {'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i % 26]}{i}",
            worker__passport=f"B{1000000 + i}"))
    officer.close()
    assert paths.database.stat().st_size >= 20 * PAGE
    core = log_in(paths, ADMIN, ADMIN_PW, TEST_KDF)
    try:
        numbers = [r.case_number for r in core.cases.rows(core.cases.list_seqs())]
        roots = {name: core.store.query_one(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (name,))[0] - 1
            for name in ROOT_PAGES_OF}
        audit_ids = frozenset(r[0] for r in core.store.query("SELECT id FROM audit_log"))
    finally:
        core.close()
    assert all(page > 0 for page in roots.values())
    return Template(paths, numbers, roots, audit_ids)


@pytest.fixture
def store(template, tmp_path) -> DataPaths:
    """A fresh copy of the template's data folder."""
    src = template.paths
    paths = DataPaths(tmp_path / "data")
    paths.ensure_root()
    for p in (src.database, src.keyslots):
        shutil.copy2(p, paths.root / p.name)
    return paths


def listing(paths: DataPaths) -> set[str]:
    """Everything in the data folder except the log, the failed-login record and the
    folder lock (empty: whoever opens the store holds it)."""
    skip = {"logs", "login-state.json", "halotki.lock"}
    return {str(p.relative_to(paths.root)) for p in paths.root.rglob("*")
            if p.relative_to(paths.root).parts[0] not in skip}


def plain_sqlite(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE cases (id TEXT, name TEXT)")
    conn.execute("INSERT INTO cases VALUES ('1', 'Dewi Lestari')")
    conn.commit()
    conn.close()


def random_bytes(size: int):
    def damage(path: Path) -> None:
        path.write_bytes(os.urandom(size))
    return damage


def truncated(keep: int):
    def damage(path: Path) -> None:
        data = path.read_bytes()
        path.write_bytes(data[:keep if keep > 0 else len(data) + keep])
    return damage


FOREIGN = {
    "plain-sqlite": (plain_sqlite, "tidak terenkripsi"),
    "random-pages": (random_bytes(8 * PAGE), "rusak"),
    "random-1-page": (random_bytes(PAGE), "rusak"),
    "random-odd-size": (random_bytes(5 * PAGE + 123), "rusak"),
    "random-tiny": (random_bytes(100), "rusak"),
    "empty": (random_bytes(0), "rusak"),
    "cut-mid-page": (truncated(3 * PAGE + 1000), "rusak"),
    "cut-to-1-page": (truncated(PAGE), "rusak"),
    "cut-to-3-pages": (truncated(3 * PAGE), "rusak"),
    "cut-last-page": (truncated(-PAGE), "rusak"),
    "cut-half": (truncated(-10 * PAGE), "rusak"),
}


@pytest.mark.parametrize("kind", sorted(FOREIGN))
@pytest.mark.parametrize("argv", [("case", "list"), ("check",)])
def test_foreign_or_cut_database_is_refused_with_exit_3(store, cli, kind, argv):
    damage, word = FOREIGN[kind]
    damage(store.database)
    before, names = store.database.read_bytes(), listing(store)
    r = cli(store.root, *argv)
    assert r.code == 3, (r.code, r.out, r.err)
    assert word in r.line
    assert str(store.database) in r.line
    assert r.out == ""
    assert store.database.read_bytes() == before
    assert listing(store) == names
    english = cli(store.root, *argv, lang="en").line
    assert ("not encrypted" if kind == "plain-sqlite" else "damaged") in english
    assert store.database.read_bytes() == before


@pytest.mark.parametrize("kind", ["plain-sqlite", "random-pages", "random-odd-size", "cut-half",
                                  "cut-mid-page"])
def test_foreign_or_cut_database_as_a_real_process(store, kind):
    FOREIGN[kind][0](store.database)
    before, names = store.database.read_bytes(), listing(store)
    r = run_subprocess(store.root, "check")
    assert r.code == 3
    r.line  # noqa: B018 - exactly one line, and no SQLCipher diagnostics around it
    assert store.database.read_bytes() == before
    assert listing(store) == names


def test_plain_sqlite_file_is_never_opened_as_plaintext(store, cli):
    plain_sqlite(store.database)
    r = cli(store.root, "case", "list", "--json", lang="en")
    assert r.code == 3
    assert "not encrypted" in r.line
    assert "Dewi" not in r.out + r.err


@pytest.mark.parametrize("argv", [("init", "--office", "SBY", "--admin", "baru", "--new-password-stdin"),
                                  ("user", "add", "baru", "--role", "admin", "--new-password-stdin")])
def test_nothing_is_written_over_a_damaged_database(store, cli, argv):
    random_bytes(8 * PAGE)(store.database)
    before = {p: p.read_bytes() for p in (store.database, store.keyslots)}
    names = listing(store)
    r = cli(store.root, *argv)
    assert r.code == 3
    r.line  # noqa: B018
    assert {p: p.read_bytes() for p in before} == before
    assert listing(store) == names


# --- flipped bytes inside the file --------------------------------------------------------

def flip(path: Path, page: int, offset: int = 700, count: int = 6) -> bytes:
    """XOR a few bytes inside page `page` (0-based); returns the damaged page."""
    data = bytearray(path.read_bytes())
    start = page * PAGE + offset
    assert page >= 1 and start + count <= len(data)
    for i in range(count):
        data[start + i] ^= 0x5A
    path.write_bytes(bytes(data))
    return bytes(data[page * PAGE:(page + 1) * PAGE])


def pick_page(paths: DataPaths, template: Template, where: str) -> int:
    pages = paths.database.stat().st_size // PAGE
    fixed = {"second": 1, "middle": pages // 2, "last": pages - 1}
    return fixed[where] if where in fixed else template.root_pages[where]


def page_of(path: Path, page: int) -> bytes:
    return path.read_bytes()[page * PAGE:(page + 1) * PAGE]


WHERE = ["second", "middle", "last", *ROOT_PAGES_OF]


@pytest.mark.parametrize("where", WHERE)
def test_flipped_bytes_fail_the_check_with_one_line(store, cli, template, where):
    page = pick_page(store, template, where)
    damaged = flip(store.database, page)
    before, names = store.database.read_bytes(), listing(store)
    r = cli(store.root, "check")
    assert r.code in (3, 8), (r.code, r.out, r.err)
    if r.code == 8:  # opened, and the check found it
        assert r.err == ""
        (line,) = r.out.strip().splitlines()
        assert line.startswith("RUSAK: ")
        assert "DAMAGED: " in cli(store.root, "check", lang="en").out
    else:  # found while opening: nothing was written at all
        assert "rusak" in r.line
        assert store.database.read_bytes() == before
    assert page_of(store.database, page) == damaged  # the evidence is never overwritten
    assert listing(store) == names


@pytest.mark.parametrize("table", ["workers", "events"])
def test_check_of_a_damaged_store_leaves_the_file_byte_identical(store, cli, template, table):
    flip(store.database, template.root_pages[table])
    before = store.database.read_bytes()
    r = cli(store.root, "check")
    assert r.code == 8  # it opens: only these tables' pages are damaged
    assert store.database.read_bytes() == before


@pytest.mark.parametrize("where", WHERE)
def test_flipped_bytes_in_case_list_give_an_error_or_the_right_cases(store, cli, template, where,
                                                                    tmp_path):
    page = pick_page(store, template, where)
    damaged = flip(store.database, page)
    before, names = store.database.read_bytes(), listing(store)
    r = cli(store.root, "case", "list", "--json")
    if r.code == 0:
        assert [row["case_number"] for row in json.loads(r.out)] == template.numbers
        assert r.err == ""
    else:
        assert r.code == 3, (r.code, r.err)
        assert "rusak" in r.line
        assert r.out == ""
    if where == "workers":  # every row of the list joins its worker
        assert r.code == 3
    assert page_of(store.database, page) == damaged
    assert listing(store) == names
    if r.code == 3 and store.database.read_bytes() != before:
        # Logging in records itself before the list reaches the damaged page: that record
        # is the only write, whole, and it did not touch the damaged page.
        assert_only_a_login_was_recorded(store, template, page, tmp_path)


def assert_only_a_login_was_recorded(paths: DataPaths, template: Template, page: int,
                                     scratch: Path) -> None:
    """Put the page's undamaged bytes back into a copy: the copy must open with the
    template's cases and the template's audit log plus the CLI's login (and ours)."""
    repaired = DataPaths(scratch / "repaired")
    repaired.ensure_root()
    data = bytearray(paths.database.read_bytes())
    data[page * PAGE:(page + 1) * PAGE] = page_of(template.paths.database, page)
    (repaired.root / paths.database.name).write_bytes(bytes(data))
    shutil.copy2(paths.keyslots, repaired.root / paths.keyslots.name)
    core = log_in(repaired, ADMIN, ADMIN_PW, TEST_KDF)
    try:
        assert core.store.query_one("PRAGMA quick_check") == ("ok",)
        assert [r.case_number for r in core.cases.rows(core.cases.list_seqs())] == \
            template.numbers
        rows = core.store.query("SELECT id, action, user FROM audit_log ORDER BY at")
        added = [(action, user) for id_, action, user in rows if id_ not in template.audit_ids]
    finally:
        core.close()
    assert added == [("login", ADMIN), ("login", ADMIN)]  # the CLI's, then ours


def test_flipped_bytes_as_a_real_process(store, template):
    flip(store.database, template.root_pages["workers"])
    damaged = page_of(store.database, template.root_pages["workers"])
    r = run_subprocess(store.root, "check")
    assert r.code == 8
    assert r.err == "" and len(r.out.strip().splitlines()) == 1
    r = run_subprocess(store.root, "case", "list")
    assert r.code == 3
    r.line  # noqa: B018 - one line, no SQLCipher diagnostics
    assert page_of(store.database, template.root_pages["workers"]) == damaged


# --- the key slot file and the database without each other ---------------------------------

def test_slot_file_missing_is_exit_3_and_the_database_is_untouched(store, cli):
    store.keyslots.unlink()
    before, names = store.database.read_bytes(), listing(store)
    r = cli(store.root, "case", "list")
    assert r.code == 3
    assert "kunci" in r.line
    assert cli(store.root, "check", lang="en").line.startswith("halotki: The application's key file")
    assert store.database.read_bytes() == before
    assert listing(store) == names
    assert not store.keyslots.exists()


SLOT_DAMAGE = {
    "garbage": lambda b: os.urandom(300),
    "truncated-json": lambda b: b[: len(b) // 2],
    "empty": lambda b: b"",
    "json-list": lambda b: b"[]",
    "no-slots": lambda b: json.dumps({**json.loads(b), "slots": {}}).encode(),
}


@pytest.mark.parametrize("kind", sorted(SLOT_DAMAGE))
def test_slot_file_corrupt_is_exit_3_and_the_database_is_untouched(store, cli, kind):
    store.keyslots.write_bytes(SLOT_DAMAGE[kind](store.keyslots.read_bytes()))
    before = {p: p.read_bytes() for p in (store.database, store.keyslots)}
    names = listing(store)
    r = cli(store.root, "case", "list")
    assert r.code == 3
    assert "kunci" in r.line and "rusak" in r.line
    assert {p: p.read_bytes() for p in before} == before
    assert listing(store) == names


def test_slot_file_corrupt_as_a_real_process(store):
    store.keyslots.write_bytes(b'{"format": 1, "store_id": ')
    before = store.database.read_bytes()
    r = run_subprocess(store.root, "check")
    assert r.code == 3
    r.line  # noqa: B018
    assert store.database.read_bytes() == before


def test_database_missing_while_the_slot_file_exists_is_exit_3(store, cli):
    store.database.unlink()
    slots, names = store.keyslots.read_bytes(), listing(store)
    r = cli(store.root, "case", "list")
    assert r.code == 3
    assert "tidak ditemukan" in r.line
    assert "missing" in cli(store.root, "check", lang="en").line
    assert not store.database.exists()  # never silently created empty
    assert store.keyslots.read_bytes() == slots
    assert listing(store) == names
    r = run_subprocess(store.root, "check")
    assert r.code == 3 and r.line
    assert not store.database.exists()


def test_database_missing_blocks_init_too(store, cli):
    store.database.unlink()
    r = cli(store.root, "init", "--office", "SBY", "--admin", "baru", "--new-password-stdin")
    assert r.code == 3
    r.line  # noqa: B018
    assert not store.database.exists()


def test_the_undamaged_copy_opens(store, cli, template):
    """The control: the same copy, undamaged, works."""
    r = cli(store.root, "case", "list", "--json")
    assert r.code == 0, r.err
    assert [row["case_number"] for row in json.loads(r.out)] == template.numbers
    assert cli(store.root, "check").code == 0
