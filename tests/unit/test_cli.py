"""`halotki` headless commands: output, exit codes, credentials, logging, and clean shutdown.

Most tests call `desktop.cli.main.main(argv)` in-process; the subprocess tests at the end
prove that what a person sees on the terminal never holds a Python traceback.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import pytest

from desktop import terminal
from desktop.cli import credentials, kdf_policy
from desktop.cli.main import main
from desktop.crypto.keyslots import DEFAULT_KDF, MINIMUM_KDF, MSG_WRONG_PASSWORD
from desktop.formatting import format_date, zone_info
from desktop.paths import DataPaths
from desktop.session.login import log_in
from tests.cli_runner import CliResult, Halotki, run_halotki_subprocess
from tests.conftest import make_intake

ADMIN, ADMIN_PW = "admin", "admin-pass-123"
FRONT, FRONT_PW = "loket", "loket-pass-123"
SUPER, SUPER_PW = "kasi", "kasi-pass-1234"
WORKERS = ("Dewi Lestari", "Sri Wahyuni", "Yuliana Tefa")


def fingerprint(paths: DataPaths) -> dict[str, tuple[bytes, int]]:
    """Bytes and mtime of the store's files, and which companions exist."""
    files = [paths.database, paths.keyslots, *paths.database_companions()]
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in files if p.exists()}


@pytest.fixture
def cli(cli_runner, tmp_path) -> Halotki:
    return cli_runner.bind(tmp_path / "data", user=ADMIN, password=ADMIN_PW)


@pytest.fixture
def ready(cli) -> Halotki:
    r = cli("init", "--office", "SBY", "--admin", ADMIN, "--admin-name", "Admin Kantor",
            "--device-label", "PC-Loket", "--new-password-stdin", user=None, password=None,
            stdin=ADMIN_PW + "\n")
    assert r.code == 0, r.err
    return cli


@pytest.fixture
def with_cases(ready) -> tuple[Halotki, list[str]]:
    """A front-office officer and a supervisor; the officer has recorded three complaints."""
    for name, role, pw in ((FRONT, "front_office", FRONT_PW), (SUPER, "supervisor", SUPER_PW)):
        assert ready("user", "add", name, "--role", role, "--new-password-stdin",
                     stdin=pw + "\n").code == 0
    core = ready.core(FRONT, FRONT_PW)
    try:
        numbers = [core.cases.record_intake(make_intake(worker__name=name, worker__passport=f"B{i}234567"))
                   for i, name in enumerate(WORKERS, start=1)]
    finally:
        core.close()
    return ready, numbers


# --- init ---------------------------------------------------------------------------------

def test_init_prints_office_device_and_admin_and_keeps_the_folder_private(ready):
    paths = ready.paths
    r = ready("user", "list")  # the admin can log in
    assert r.code == 0 and r.out.startswith(ADMIN)
    assert paths.database.read_bytes()[:16] != b"SQLite format 3\x00"
    for private in (paths.root, paths.logs):
        assert private.stat().st_mode & 0o077 == 0, private
    assert (paths.logs / "halotki.log").stat().st_mode & 0o077 == 0


def test_init_output(cli):
    r = cli("init", "--office", "mtr", "--admin", "Budi", "--device-label", "PC-2",
            "--device-letter", "b", "--new-password-stdin", user=None, password=None,
            stdin=ADMIN_PW + "\n", lang="en")
    assert r.code == 0, r.err
    first = r.out.splitlines()[0]
    assert first.startswith("Ready: MTR — ")
    assert "device PC-2 (B)" in first and "administrator budi" in first
    assert r.err == ""


def test_init_again_refuses_with_exit_3_and_overwrites_nothing(ready):
    before = fingerprint(ready.paths)
    r = ready("init", "--office", "KPG", "--admin", "other", "--new-password-stdin",
              user=None, password=None, stdin="other-pass-123\n")
    assert r.code == 3
    assert "ditimpa" in r.line  # "Tidak ada yang ditimpa": nothing was overwritten
    assert fingerprint(ready.paths) == before


def test_init_with_invalid_input_is_exit_1_and_creates_nothing(cli):
    r = cli("init", "--office", "S1", "--admin", ADMIN, "--new-password-stdin",
            user=None, password=None, stdin=ADMIN_PW + "\n", lang="en")
    assert r.code == 1
    assert "office code" in r.line
    assert not cli.paths.database.exists() and not cli.paths.keyslots.exists()


# --- accounts -----------------------------------------------------------------------------

def test_user_add_list_passwd_remove(ready):
    r = ready("user", "add", "Kasi", "--role", "supervisor", "--name", "Budi Santoso",
              "--new-password-stdin", stdin=SUPER_PW + "\n")
    assert r.code == 0, r.err
    assert r.out.strip().endswith(": kasi")

    lines = ready("user", "list").out.splitlines()
    assert [line.split()[0] for line in lines] == [ADMIN, SUPER]
    assert "Kepala seksi" in lines[1] and "Budi Santoso" in lines[1]
    assert "Supervisor" in ready("user", "list", lang="en").out
    users = {u["username"]: u for u in json.loads(ready("user", "list", "--json").out)}
    assert users[SUPER]["role"] == "supervisor" and users[SUPER]["has_password"] is True

    # the admin resets the supervisor's password ...
    assert ready("user", "passwd", SUPER, "--new-password-stdin", stdin="reset-pass-1234\n").code == 0
    assert ready("user", "list", user=SUPER, password=SUPER_PW).code == 2
    # ... who then changes it, proving the old one with the login password
    r = ready("user", "passwd", SUPER, "--new-password-stdin", user=SUPER,
              password="reset-pass-1234", stdin="own-pass-12345\n")
    assert r.code == 0, r.err
    assert ready("user", "list", user=SUPER, password="own-pass-12345").code == 0

    assert ready("user", "remove", SUPER).code == 0
    assert [u["username"] for u in json.loads(ready("user", "list", "--json").out)] == [ADMIN]
    assert ready("user", "list", user=SUPER, password="own-pass-12345").code == 2

    core = ready.core()
    try:
        actions = [(a["action"], a["target"]) for a in core.audit.recent()]
    finally:
        core.close()
    for expected in ("user_added", "password_reset", "password_changed", "user_removed"):
        assert (expected, SUPER) in actions


def test_changing_your_own_password_keeps_the_others_working(with_cases):
    cli, _ = with_cases
    r = cli("user", "passwd", ADMIN, "--new-password-stdin", stdin="new-admin-pass-1\n")
    assert r.code == 0, r.err
    assert cli("check", password="new-admin-pass-1").code == 0
    assert cli("check").code == 2
    assert cli("case", "list", user=FRONT, password=FRONT_PW).code == 0


def test_front_office_may_not_add_users(with_cases):
    cli, _ = with_cases
    before = cli.paths.keyslots.read_bytes()
    r = cli("user", "add", "baru", "--role", "admin", "--new-password-stdin",
            user=FRONT, password=FRONT_PW, stdin="baru-pass-1234\n", lang="en")
    assert r.code == 6
    assert "not allowed" in r.line
    assert cli.paths.keyslots.read_bytes() == before


def test_user_add_with_an_unknown_role_is_exit_1(ready):
    r = ready("user", "add", "kasi", "--role", "boss", "--new-password-stdin", stdin=SUPER_PW + "\n")
    assert r.code == 1
    assert "front_office" in r.line


# --- cases --------------------------------------------------------------------------------

def test_case_list_table(with_cases):
    cli, numbers = with_cases
    r = cli("case", "list")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[-1] == "3 kasus"
    assert [line.split()[0] for line in lines[:-1]] == numbers[::-1]  # newest first
    first = lines[0]
    assert "Baru" in first and "Gaji tidak dibayar" in first
    assert "Yuliana Tefa" in first and "Siti Aminah" in first
    en = cli("case", "list", lang="en").out.splitlines()
    assert "New" in en[0] and "Unpaid wages" in en[0] and en[-1] == "3 cases"


def test_case_list_received_date_is_in_the_office_zone(with_cases):
    cli, numbers = with_cases
    row = json.loads(cli("case", "list", "--json").out)[0]
    local = datetime.fromisoformat(row["received_at"]).astimezone(zone_info("WIB")).date()
    assert format_date(local, "id") in cli("case", "list").out.splitlines()[0]


def test_case_list_json_search_filters_and_limit(with_cases):
    cli, numbers = with_cases
    rows = json.loads(cli("case", "list", "--json").out)
    assert [r["case_number"] for r in rows] == numbers[::-1]
    assert {"case_number", "received_at", "status", "category", "worker_name",
            "complainant_name"} <= set(rows[0])

    found = json.loads(cli("case", "list", "--search", "Wahyuni", "--json").out)
    assert [r["case_number"] for r in found] == [numbers[1]]
    found = json.loads(cli("case", "list", "--search", "Sri Wahyuny", "--json").out)  # a typo
    assert numbers[1] in [r["case_number"] for r in found]
    found = json.loads(cli("case", "list", "--search", numbers[2].lower(), "--json").out)
    assert [r["case_number"] for r in found] == [numbers[2]]

    assert len(json.loads(cli("case", "list", "--status", "baru", "--json").out)) == 3
    assert json.loads(cli("case", "list", "--status", "proses", "--json").out) == []
    assert json.loads(cli("case", "list", "--search", "Wahyuni", "--status", "selesai",
                          "--json").out) == []
    assert len(json.loads(cli("case", "list", "--category", "gaji_tidak_dibayar", "--json").out)) == 3
    assert json.loads(cli("case", "list", "--overdue", "--json").out) == []
    assert len(json.loads(cli("case", "list", "--limit", "2", "--json").out)) == 2
    r = cli("case", "list", "--limit", "2")
    assert r.out.splitlines()[-1] == "2 kasus (dari 3; lihat --limit)"

    r = cli("case", "list", "--search", "Zzyzx Qwvbn")
    assert r.code == 0 and r.out.splitlines() == ["0 kasus"]


def test_case_list_unknown_status_is_exit_1(with_cases):
    cli, _ = with_cases
    assert cli("case", "list", "--status", "open").code == 1


def test_case_show_text(with_cases):
    cli, numbers = with_cases
    r = cli("case", "show", numbers[0].lower())
    assert r.code == 0, r.err
    out = r.out
    assert out.splitlines()[0] == f"{numbers[0]} — Baru"
    for expected in ("Pengaduan:", "Pengadu:", "TKI:", "Uraian:", "Dokumen:", "Linimasa:",
                     "Gaji tidak dibayar", "Datang langsung", "Ibu", "Malaysia",
                     "Pekerja rumah tangga", "Perempuan", "12 Maret 1995", "Dewi Lestari",
                     "B1234567", "Tan Ah Kow", "+62 812-3456-7890", "Gaji belum dibayar selama 6 bulan.",
                     "Fotokopi paspor", "belum ada", "Pengaduan diterima", "WIB", f"[{FRONT}]"):
        assert expected in out, expected
    en = cli("case", "show", numbers[0], lang="en").out
    for expected in ("Complaint:", "Worker:", "Description:", "Documents:", "Timeline:",
                     "Unpaid wages", "Walk-in", "Mother", "Female", "12 March 1995", "missing",
                     "Complaint recorded"):
        assert expected in en, expected


def test_case_show_status_changes_are_readable(with_cases):
    cli, numbers = with_cases
    core = cli.core(SUPER, SUPER_PW)
    try:
        core.cases.change_status(numbers[0], "proses", note="Mulai ditangani.")
    finally:
        core.close()
    en = cli("case", "show", numbers[0], lang="en").out
    assert "New → In progress" in en and "Mulai ditangani." in en


def test_case_show_json(with_cases):
    cli, numbers = with_cases
    detail = json.loads(cli("case", "show", numbers[0], "--json").out)
    assert detail["case"]["case_number"] == numbers[0]
    assert detail["worker"]["name"] == "Dewi Lestari"
    assert detail["complainant"]["relation"] == "ibu"
    assert detail["events"][0]["event_type"] == "pengaduan_diterima"
    assert len(detail["documents"]) >= 5


def test_case_show_unknown_is_exit_7(with_cases):
    cli, _ = with_cases
    r = cli("case", "show", "SBY-1999-A-00001")
    assert r.code == 7
    assert r.line == "halotki: Kasus tidak ditemukan."


def test_case_receipt_is_a_pdf(with_cases, tmp_path):
    cli, numbers = with_cases
    target = tmp_path / "tanda-terima.pdf"
    r = cli("case", "receipt", numbers[1], "--output", str(target), user=FRONT, password=FRONT_PW)
    assert r.code == 0, r.err
    assert str(target) in r.out
    assert target.read_bytes().startswith(b"%PDF")


# --- check, backup, restore ---------------------------------------------------------------

def test_check_ok_prints_counts(with_cases):
    cli, _ = with_cases
    r = cli("check")
    assert r.code == 0, r.err
    assert r.out.startswith("OK: 3 kasus, ")
    assert "change records" in cli("check", lang="en").out


def backup(cli: Halotki, target: Path) -> Path:
    r = cli("backup", str(target))
    assert r.code == 0, r.err
    assert str(target) in r.out
    return target


def test_restore_after_the_database_was_deleted(with_cases, tmp_path):
    cli, numbers = with_cases
    bundle = backup(cli, tmp_path / "cadangan.zip")
    cli.paths.database.unlink()
    assert cli("case", "list").code == 3
    r = cli("restore", str(bundle))
    assert r.code == 0, r.err
    assert r.out.startswith("Cadangan dipulihkan.")
    assert [row["case_number"] for row in json.loads(cli("case", "list", "--json").out)] == numbers[::-1]
    assert cli("check").code == 0


def test_restore_after_the_database_was_corrupted_keeps_the_damaged_file(with_cases, tmp_path):
    cli, numbers = with_cases
    bundle = backup(cli, tmp_path / "cadangan.zip")
    damaged = os.urandom(cli.paths.database.stat().st_size)
    cli.paths.database.write_bytes(damaged)
    assert cli("case", "list").code == 3
    r = cli("restore", str(bundle), lang="en")
    assert r.code == 0, r.err
    kept = Path(r.out.splitlines()[-1].split(": ", 1)[1])
    assert r.out.splitlines()[-1].startswith("The previous data was kept in")
    assert (kept / "halotki.db").read_bytes() == damaged
    assert len(json.loads(cli("case", "list", "--json").out)) == len(numbers)
    assert cli("check").code == 0


def test_restore_onto_a_pc_that_has_no_data_folder(with_cases, tmp_path, cli_runner):
    cli, numbers = with_cases
    bundle = backup(cli, tmp_path / "cadangan.zip")
    other = cli_runner.bind(tmp_path / "new-pc", user=ADMIN, password=ADMIN_PW)
    r = other("restore", str(bundle))
    assert r.code == 0, r.err
    assert "disimpan di" not in r.out  # there was nothing to keep aside
    assert len(json.loads(other("case", "list", "--json").out)) == len(numbers)


def test_restore_of_a_bad_file_is_exit_3_and_changes_nothing(with_cases, tmp_path):
    cli, _ = with_cases
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    before = fingerprint(cli.paths)
    r = cli("restore", str(bad))
    assert r.code == 3
    assert "tidak diubah" in r.line
    assert fingerprint(cli.paths) == before


# --- demo data ----------------------------------------------------------------------------

def test_demo_data(with_cases):
    cli, _ = with_cases
    r = cli("demo-data", "--cases", "4", "--seed", "7", user=SUPER, password=SUPER_PW)
    assert r.code == 0, r.err
    assert r.out.strip() == "4 kasus contoh dibuat."
    assert len(json.loads(cli("case", "list", "--json").out)) == 3 + 4
    assert cli("check").code == 0


def test_demo_data_needs_a_role_that_records_and_closes_cases(with_cases):
    cli, _ = with_cases
    assert cli("demo-data", "--cases", "2", user=FRONT, password=FRONT_PW).code == 6


# --- help, usage, credentials -------------------------------------------------------------

def test_help_documents_every_exit_code(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    text = capsys.readouterr().out
    table = text.split("exit codes:")[1].split("environment:")[0]
    codes = [line.split()[0] for line in table.splitlines() if line[:6].strip().isdigit()]
    assert codes == ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "70", "130"]
    for var in ("HALOTKI_DATA_DIR", "HALOTKI_USER", "HALOTKI_PASSWORD"):
        assert var in text


def test_usage_errors_are_exit_1_not_argparse_2(cli):
    r = cli("case", "list", "--limit", "0")
    assert r.code == 1
    assert "halotki: " in r.err and "Traceback" not in r.err
    assert cli("no-such-command").code == 1
    assert cli("user").code == 1


@pytest.mark.parametrize("user, password, expected", [
    (ADMIN, "wrong-pass-123", MSG_WRONG_PASSWORD.id),
    ("nobody", ADMIN_PW, "Nama pengguna tidak terdaftar"),
    (ADMIN, "", "Kata sandi belum diisi"),
])
def test_authentication_failures_are_exit_2_and_change_nothing(with_cases, user, password, expected):
    cli, _ = with_cases
    before = fingerprint(cli.paths)
    for argv in (("case", "list"), ("check",), ("user", "remove", FRONT)):
        r = cli(*argv, user=user, password=password)
        assert r.code == 2
        assert r.line.startswith("halotki: " + expected)
        assert r.out == ""
    assert fingerprint(cli.paths) == before
    assert cli("case", "list", user=FRONT, password=FRONT_PW).code == 0


def test_no_terminal_and_no_password_is_a_clear_error(ready):
    before = fingerprint(ready.paths)
    r = ready("case", "list", password=None, lang="en")
    assert r.code == 2
    assert r.line == "halotki: No password given: set HALOTKI_PASSWORD or run it in a terminal."
    r = ready("case", "list", user=None, password=None)
    assert r.code == 2 and "HALOTKI_USER" in r.line
    r = ready("user", "add", "kasi", "--role", "supervisor")  # no --new-password-stdin
    assert r.code == 1 and "--new-password-stdin" in r.line
    assert fingerprint(ready.paths) == before


class Terminal:
    """Pretends stdin is a terminal; getpass() answers from `secrets`."""

    def __init__(self, monkeypatch, secrets: tuple[str, ...] = ()) -> None:
        self.prompts: list[str] = []
        self.secrets = list(secrets)
        monkeypatch.setattr(terminal, "interactive", lambda: True)
        monkeypatch.setattr(credentials.getpass, "getpass", self._getpass)

    def _getpass(self, prompt: str = "") -> str:
        self.prompts.append(prompt)
        return self.secrets.pop(0)


def test_prompts_on_a_terminal(ready, monkeypatch):
    term = Terminal(monkeypatch, secrets=(ADMIN_PW, SUPER_PW, SUPER_PW))
    r = ready("user", "add", SUPER, "--role", "supervisor", user=None, password=None,
              stdin=ADMIN + "\n")
    assert r.code == 0, r.err
    assert term.prompts == ["Kata sandi: ", "Kata sandi baru: ", "Ulangi kata sandi baru: "]
    assert "Nama pengguna: " in r.err  # the prompt goes to stderr, never into the output
    assert r.out.strip() == "Akun ditambahkan: kasi"
    assert ready("check", user=SUPER, password=SUPER_PW).code == 0


def test_new_passwords_that_differ_change_nothing(ready, monkeypatch):
    Terminal(monkeypatch, secrets=(SUPER_PW, "something-else-1"))
    before = ready.paths.keyslots.read_bytes()
    r = ready("user", "add", SUPER, "--role", "supervisor", lang="en")
    assert r.code == 1
    assert r.line == "halotki: The two new passwords do not match. Nothing was changed."
    assert ready.paths.keyslots.read_bytes() == before


def test_commands_before_init_are_exit_4_and_create_nothing(cli):
    for argv in (("case", "list"), ("check",), ("backup", "x.zip")):
        r = cli(*argv)
        assert r.code == 4
        assert "halotki init" in r.line
    assert not cli.paths.root.exists()


def test_language_comes_from_the_saved_setting_unless_given(ready):
    ready.paths.settings.write_text(json.dumps({"language": "en"}), encoding="utf-8")
    assert ready("check", password="wrong-pass-123").line == "halotki: " + MSG_WRONG_PASSWORD.en
    assert ready("check", password="wrong-pass-123", lang="id").line == "halotki: " + MSG_WRONG_PASSWORD.id


def test_fast_kdf_only_with_the_test_variable(monkeypatch):
    monkeypatch.delenv("HALOTKI_TEST_FAST_KDF", raising=False)
    assert kdf_policy.kdf_policy() == DEFAULT_KDF
    monkeypatch.setenv("HALOTKI_TEST_FAST_KDF", "1")
    assert kdf_policy.kdf_policy() == MINIMUM_KDF


# --- failures: internal errors, interrupts, the log, closing the core ----------------------

def test_internal_error_is_exit_70_one_line_and_logged_without_personal_data(with_cases, monkeypatch):
    cli, _ = with_cases
    from desktop.services.cases import CaseService

    personal = ("Dewi Lestari", "3578014101800001")

    def boom(self, *args, **kwargs):
        raise ValueError(" ".join(personal))  # messages can quote personal data

    monkeypatch.setattr(CaseService, "list_seqs", boom)
    r = cli("case", "list")
    assert r.code == 70
    log_file = cli.paths.logs / "halotki.log"
    assert r.line == f"halotki: Terjadi kesalahan internal; rinciannya ada di {log_file}"
    assert "Dewi" not in r.err and "ValueError" not in r.err
    logged = cli.log_text()
    assert "internal error in command case list" in logged
    assert "builtins.ValueError" in logged and "in boom" in logged  # type and frames
    assert "Dewi" not in logged and "3578014101800001" not in logged
    assert cli("case", "list", lang="en").line == f"halotki: Internal error; details are in {log_file}"


def test_keyboard_interrupt_is_exit_130_quietly(with_cases, monkeypatch):
    cli, _ = with_cases
    from desktop.services.cases import CaseService

    def interrupted(self, *args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(CaseService, "list_seqs", interrupted)
    r = cli("case", "list")
    assert (r.code, r.out, r.err) == (130, "", "")


def test_every_exit_path_closes_the_core(with_cases, monkeypatch):
    cli, numbers = with_cases
    import desktop.cli.context as context
    from desktop.services.cases import CaseService

    opened = []

    def tracking_unlock(*args, **kwargs):
        core = log_in(*args, **kwargs)
        opened.append(core)
        return core

    monkeypatch.setattr(context, "log_in", tracking_unlock)

    def is_closed(core) -> bool:
        return core.store.raw_connection is None

    assert cli("case", "show", numbers[0]).code == 0  # success
    assert cli("case", "show", "SBY-1999-A-00009").code == 7  # a user error
    assert cli("user", "add", "x!", "--role", "admin", "--new-password-stdin",
               stdin="whatever-123\n").code == 1
    with monkeypatch.context() as m:
        m.setattr(CaseService, "list_seqs", lambda self, *a: 1 / 0)
        assert cli("case", "list").code == 70  # an internal error
        m.setattr(CaseService, "list_seqs", lambda self, *a: (_ for _ in ()).throw(KeyboardInterrupt))
        assert cli("case", "list").code == 130
    assert len(opened) == 5
    assert all(is_closed(core) for core in opened)


def test_the_log_holds_commands_and_codes_but_no_personal_data(with_cases):
    cli, numbers = with_cases
    assert cli("case", "list", "--search", "Yuliana Tefa").code == 0
    assert cli("case", "show", numbers[2]).code == 0
    assert cli("case", "show", "SBY-1999-A-00001").code == 7
    logged = cli.log_text()
    assert "command case list: exit 0" in logged
    assert "command case show failed: case_not_found (exit 7)" in logged
    for personal in ("Yuliana", "Tefa", "Siti Aminah", "B3234567", "Tan Ah Kow"):
        assert personal not in logged


def test_no_command_starts_the_desktop_application(cli, monkeypatch):
    import desktop.ui.app

    calls = []
    monkeypatch.setattr(desktop.ui.app, "run_gui", lambda data_dir, lang=None: calls.append(
        (data_dir, lang)) or 0)
    assert cli().code == 0
    assert cli("gui", lang="en").code == 0
    assert calls == [(cli.paths.root, None), (cli.paths.root, "en")]
    assert not cli.paths.root.exists()  # the application's first-run set-up creates it, not us


def test_data_dir_comes_from_the_environment(ready, cli_runner):
    r = cli_runner.halotki("check", user=ADMIN, password=ADMIN_PW,
                           env={"HALOTKI_DATA_DIR": str(ready.paths.root)})
    assert r.code == 0
    assert r.out.startswith("OK: 0 kasus")


# --- as a real process --------------------------------------------------------------------

def run_halotki(data_dir: Path, *argv: str, user: str | None = ADMIN, password: str | None = ADMIN_PW,
                stdin: str = "") -> CliResult:
    return run_halotki_subprocess(*argv, data_dir=data_dir, user=user, password=password,
                                  stdin=stdin)


def test_subprocess_never_shows_a_traceback(tmp_path):
    d = tmp_path / "data"
    assert run_halotki(d, "check").code == 4
    r = run_halotki(d, "init", "--office", "SBY", "--admin", ADMIN, "--new-password-stdin",
                    user=None, password=None, stdin=ADMIN_PW + "\n")
    assert r.code == 0, r.err
    r = run_halotki(d, "check", password="wrong-pass-123")
    assert (r.code, r.line) == (2, "halotki: " + MSG_WRONG_PASSWORD.id)
    r = run_halotki(d, "--lang", "en", "case", "show", "SBY-2024-A-00009")
    assert (r.code, r.line) == (7, "halotki: Case not found.")
    r = run_halotki(d, "case", "list", "--limit", "x")
    assert r.code == 1
    r = run_halotki(d, "check")
    assert r.code == 0 and r.out.startswith("OK: 0 kasus")
    DataPaths(d).database.write_bytes(b"\x00" * 8192)
    r = run_halotki(d, "check")
    assert r.code == 3 and "halotki restore" in r.line


def test_subprocess_internal_error_shows_one_line_and_logs_no_message(tmp_path):
    d = tmp_path / "data"
    assert run_halotki(d, "init", "--office", "SBY", "--admin", ADMIN, "--new-password-stdin",
                       user=None, password=None, stdin=ADMIN_PW + "\n").code == 0
    script = ("import sys\n"
              "from desktop.services.cases import CaseService\n"
              "def boom(self, *a, **k):\n"
              "    raise RuntimeError('secret-detail-Dewi')\n"
              "CaseService.list_seqs = boom\n"
              "from desktop.cli.main import main\n"
              "sys.exit(main(sys.argv[1:]))\n")
    r = run_halotki_subprocess("case", "list", data_dir=d, user=ADMIN, password=ADMIN_PW,
                               program=("-c", script))
    assert r.code == 70
    assert r.err.count("\n") == 1 and "Traceback" not in r.err
    log_file = d / "logs" / "halotki.log"
    assert str(log_file) in r.err
    logged = log_file.read_text(encoding="utf-8")
    assert "builtins.RuntimeError" in logged and "secret-detail" not in logged
