"""The headless `halotki` CLI: every command, every documented exit code, no tracebacks.

Most tests run `desktop.cli.main.main(argv)` in-process (fast, monkeypatchable); a few run
`python -m desktop.cli.main` in a subprocess to prove that what the user sees on the
terminal never contains a Python traceback.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from desktop.cli.credentials import MSG_NO_PASSWORD
from desktop.cli.main import main
from desktop.crypto.keyslots import MSG_EMPTY_PASSWORD, MSG_UNKNOWN_USER, MSG_WRONG_PASSWORD
from desktop.paths import DataPaths
from desktop.store.errors import MSG_NOT_INITIALIZED
from tests.cli_runner import CliResult, Halotki, run_halotki_subprocess

ADMIN, ADMIN_PW = "admin", "admin-pass-123"
SUPER, SUPER_PW = "kasi", "kasi-pass-1234"
FRONT, FRONT_PW = "loket", "loket-pass-123"


def run_subprocess(data_dir: Path, *argv: str, user: str | None = ADMIN,
                   password: str | None = ADMIN_PW, **options) -> CliResult:
    return run_halotki_subprocess(*argv, data_dir=data_dir, user=user, password=password,
                                  **options)


@pytest.fixture
def cli(cli_runner, tmp_path) -> Halotki:
    """`halotki --data-dir <tmp>/data ...` in-process, as the administrator unless told."""
    return cli_runner.bind(tmp_path / "data", user=ADMIN, password=ADMIN_PW)


@pytest.fixture
def ready(cli) -> Halotki:
    """An initialised PC with an administrator."""
    r = cli("init", "--office", "SBY", "--admin", ADMIN, "--admin-name", "Admin Kantor",
            "--new-password-stdin", user=None, password=None, stdin=ADMIN_PW + "\n")
    assert r.code == 0, r.err
    return cli


@pytest.fixture
def with_cases(ready) -> Halotki:
    """Plus a supervisor, a front-office officer and five demo cases."""
    for name, role, pw in ((SUPER, "supervisor", SUPER_PW), (FRONT, "front_office", FRONT_PW)):
        r = ready("user", "add", name, "--role", role, "--new-password-stdin", stdin=pw + "\n")
        assert r.code == 0, r.err
    r = ready("demo-data", "--cases", "5", user=SUPER, password=SUPER_PW)
    assert r.code == 0, r.err
    return ready


def case_numbers(cli: Halotki) -> list[str]:
    r = cli("case", "list", "--json")
    assert r.code == 0, r.err
    return [row["case_number"] for row in json.loads(r.out)]


def snapshot(paths: DataPaths) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (paths.database, paths.keyslots) if p.exists()}


# --- init ---------------------------------------------------------------------------------

def test_init_creates_an_encrypted_store(ready):
    paths = ready.paths
    assert paths.database.exists() and paths.keyslots.exists()
    assert not paths.database.read_bytes().startswith(b"SQLite format 3")
    r = ready("user", "list", "--json")
    assert r.code == 0
    assert [u["username"] for u in json.loads(r.out)] == [ADMIN]


def test_init_prints_the_office(cli):
    r = cli("init", "--office", "sby", "--admin", ADMIN, "--new-password-stdin",
            user=None, password=None, stdin=ADMIN_PW + "\n", lang="en")
    assert r.code == 0, r.err
    assert "SBY" in r.out and "ready" in r.out.lower()
    assert r.err == ""


def test_init_again_is_refused_and_changes_nothing(ready):
    before = snapshot(ready.paths)
    r = ready("init", "--office", "JKT", "--admin", "other", "--new-password-stdin",
              user=None, password=None, stdin="other-pass-123\n")
    assert r.code == 3
    assert "ditimpa" in r.line
    assert snapshot(ready.paths) == before


def test_init_with_invalid_office_code_is_exit_1_and_creates_no_store(cli):
    r = cli("init", "--office", "S1", "--admin", ADMIN, "--new-password-stdin",
            user=None, password=None, stdin=ADMIN_PW + "\n")
    assert r.code == 1
    r.line  # noqa: B018 - one clear line
    assert not cli.paths.database.exists() and not cli.paths.keyslots.exists()


def test_init_with_a_short_password_is_exit_1(cli):
    r = cli("init", "--office", "SBY", "--admin", ADMIN, "--new-password-stdin",
            user=None, password=None, stdin="x\n")
    assert r.code == 1
    r.line  # noqa: B018
    assert not cli.paths.database.exists()


def test_init_makes_a_private_data_folder(ready):
    for path in (ready.paths.root, ready.paths.logs):
        assert path.stat().st_mode & 0o077 == 0, path
    for path in (ready.paths.database, ready.paths.keyslots, ready.paths.logs / "halotki.log"):
        assert path.stat().st_mode & 0o077 == 0, path


# --- accounts -----------------------------------------------------------------------------

def test_user_add_and_list(ready):
    r = ready("user", "add", "Kasi", "--role", "supervisor", "--name", "Budi Santoso",
              "--new-password-stdin", stdin=SUPER_PW + "\n")
    assert r.code == 0, r.err
    assert "kasi" in r.out
    r = ready("user", "list")
    assert r.code == 0
    (line,) = [x for x in r.out.splitlines() if x.startswith("kasi")]
    assert "Kepala seksi" in line and "Budi Santoso" in line
    assert any(x.startswith("admin") for x in r.out.splitlines())
    r = ready("user", "list", lang="en")
    assert "Supervisor" in r.out
    r = ready("user", "list", "--json")
    users = {u["username"]: u for u in json.loads(r.out)}
    assert set(users) == {ADMIN, SUPER}
    assert users[SUPER]["role"] == "supervisor"
    assert users[SUPER]["full_name"] == "Budi Santoso"
    assert users[SUPER]["has_password"] is True
    # and the new account can log in
    assert ready("user", "list", user=SUPER, password=SUPER_PW).code == 0


def test_user_add_twice_is_refused(ready):
    assert ready("user", "add", SUPER, "--role", "supervisor", "--new-password-stdin",
                 stdin=SUPER_PW + "\n").code == 0
    r = ready("user", "add", SUPER, "--role", "supervisor", "--new-password-stdin",
              stdin="another-pass-123\n")
    assert r.code == 1
    r.line  # noqa: B018
    assert ready("user", "list", user=SUPER, password=SUPER_PW).code == 0


def test_user_add_with_an_unknown_role_is_exit_1(ready):
    r = ready("user", "add", "xavier", "--role", "boss", "--new-password-stdin", stdin="xxxx-pass-123\n")
    assert r.code == 1
    assert "front_office" in r.line


def test_front_office_cannot_add_users(with_cases):
    before = snapshot(with_cases.paths)["keyslots.json"]
    r = with_cases("user", "add", "baru", "--role", "admin", "--new-password-stdin",
                   user=FRONT, password=FRONT_PW, stdin="baru-pass-1234\n")
    assert r.code == 6
    r.line  # noqa: B018
    assert with_cases.paths.keyslots.read_bytes() == before
    r = with_cases("user", "list", "--json")
    assert "baru" not in {u["username"] for u in json.loads(r.out)}


@pytest.mark.parametrize("argv", [("user", "remove", ADMIN),
                                  ("user", "passwd", ADMIN, "--new-password-stdin")])
def test_front_office_cannot_manage_other_accounts(with_cases, argv):
    r = with_cases(*argv, user=FRONT, password=FRONT_PW, stdin="evil-pass-1234\n")
    assert r.code == 6
    r.line  # noqa: B018
    assert with_cases("check").code == 0  # the admin still gets in with the old password


def test_user_passwd_own(ready):
    r = ready("user", "passwd", ADMIN, "--new-password-stdin", stdin="new-admin-pass-1\n")
    assert r.code == 0, r.err
    assert "admin" in r.out
    assert ready("user", "list", password="new-admin-pass-1").code == 0
    assert ready("user", "list").code == 2  # the old one no longer works


def test_user_passwd_reset_by_admin(with_cases):
    r = with_cases("user", "passwd", SUPER, "--new-password-stdin", stdin="reset-pass-1234\n")
    assert r.code == 0, r.err
    assert with_cases("case", "list", user=SUPER, password="reset-pass-1234").code == 0
    assert with_cases("case", "list", user=SUPER, password=SUPER_PW).code == 2
    core = with_cases.core()
    try:
        actions = {(a["action"], a["target"]) for a in core.audit.recent()}
    finally:
        core.close()
    assert ("password_reset", SUPER) in actions


def test_user_remove(with_cases):
    r = with_cases("user", "remove", SUPER)
    assert r.code == 0, r.err
    r = with_cases("user", "list", "--json")
    assert SUPER not in {u["username"] for u in json.loads(r.out)}
    r = with_cases("case", "list", user=SUPER, password=SUPER_PW)
    assert r.code == 2
    r.line  # noqa: B018


def test_user_remove_self_and_unknown_are_refused(ready):
    r = ready("user", "remove", ADMIN)
    assert r.code == 1
    r.line  # noqa: B018
    r = ready("user", "remove", "nobody")
    assert r.code == 1
    r.line  # noqa: B018
    assert ready("check").code == 0


# --- cases --------------------------------------------------------------------------------

def test_case_list_text_and_json(with_cases):
    r = with_cases("case", "list")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[-1] == "5 kasus"
    body = [x for x in lines[:-1] if x.startswith("SBY-")]
    assert len(body) == 5
    assert with_cases("case", "list", lang="en").out.splitlines()[-1] == "5 cases"
    rows = json.loads(with_cases("case", "list", "--json").out)
    assert len(rows) == 5
    assert {"case_number", "status", "category", "worker_name", "complainant_name"} <= set(rows[0])
    assert all(row["case_number"].startswith("SBY-") for row in rows)
    # Open urgent cases first, then the newest; each group newest first.
    urgent = [r["urgent"] and r["status"] not in ("selesai", "ditutup") for r in rows]
    assert urgent == sorted(urgent, reverse=True)
    for group in (True, False):
        received = [r["received_at"] for r, u in zip(rows, urgent, strict=True) if u == group]
        assert received == sorted(received, reverse=True)
    for row, line in zip(rows, body, strict=True):
        assert line.startswith(row["case_number"])
        assert row["worker_name"][:10] in line
    assert len(json.loads(with_cases("case", "list", "--json", "--limit", "2").out)) == 2


def test_case_list_search(with_cases):
    rows = json.loads(with_cases("case", "list", "--json").out)
    target = rows[2]
    r = with_cases("case", "list", "--search", target["case_number"], "--json")
    assert r.code == 0, r.err
    assert [row["case_number"] for row in json.loads(r.out)] == [target["case_number"]]
    r = with_cases("case", "list", "--search", target["worker_name"], "--json")
    assert target["case_number"] in [row["case_number"] for row in json.loads(r.out)]
    r = with_cases("case", "list", "--search", "Zzyzx Qwvbn")
    assert r.code == 0
    assert r.out.splitlines()[-1] == "0 kasus"
    assert not [x for x in r.out.splitlines() if x.startswith("SBY-")]


def test_case_show_text_and_json(with_cases):
    number = case_numbers(with_cases)[0]
    r = with_cases("case", "show", number.lower())
    assert r.code == 0, r.err
    assert r.out.splitlines()[0].startswith(number)
    assert "Uraian" in r.out and "Linimasa" in r.out and "Dokumen" in r.out
    en = with_cases("case", "show", number, lang="en")
    assert "Description" in en.out and "Timeline" in en.out
    detail = json.loads(with_cases("case", "show", number, "--json").out)
    assert detail["case"]["case_number"] == number
    assert detail["worker"]["name"] in r.out
    assert detail["events"] and detail["documents"]


def test_case_show_unknown_is_exit_7(with_cases):
    r = with_cases("case", "show", "SBY-1999-A-00001")
    assert r.code == 7
    assert r.line == "halotki: Kasus tidak ditemukan."
    assert with_cases("case", "show", "nope", lang="en").line == "halotki: Case not found."


def test_case_receipt_exports_a_pdf_and_is_audited(with_cases, tmp_path):
    number = case_numbers(with_cases)[1]
    out = tmp_path / "tanda-terima.pdf"
    r = with_cases("case", "receipt", number, "--output", str(out), user=FRONT, password=FRONT_PW)
    assert r.code == 0, r.err
    assert str(out) in r.out
    assert out.read_bytes().startswith(b"%PDF")
    assert out.stat().st_mode & 0o077 == 0
    core = with_cases.core()
    try:
        rows = core.store.query(
            "SELECT user, target FROM audit_log WHERE action = 'receipt_exported'")
    finally:
        core.close()
    assert rows == [(FRONT, number)]


def test_case_receipt_into_a_missing_folder_is_a_clear_error(with_cases, tmp_path):
    number = case_numbers(with_cases)[0]
    r = with_cases("case", "receipt", number, "--output", str(tmp_path / "nope" / "x.pdf"),
                   user=FRONT, password=FRONT_PW)
    assert r.code == 5  # a write failed
    assert "nope" in r.line


def test_demo_data_needs_a_role_that_records_cases(ready):
    r = ready("demo-data", "--cases", "2")
    assert r.code == 6
    r.line  # noqa: B018


# --- check, backup, restore ---------------------------------------------------------------

def test_check_ok(with_cases):
    r = with_cases("check")
    assert r.code == 0, r.err
    assert r.out.startswith("OK: 5 kasus")
    assert with_cases("check", lang="en").out.startswith("OK: 5 cases")


@pytest.fixture
def backup_file(with_cases, tmp_path) -> Path:
    target = tmp_path / "cadangan.zip"
    r = with_cases("backup", str(target))
    assert r.code == 0, r.err
    assert str(target) in r.out
    return target


def test_backup_by_a_non_admin_is_refused(with_cases, tmp_path):
    r = with_cases("backup", str(tmp_path / "b.zip"), user=FRONT, password=FRONT_PW)
    assert r.code == 6
    r.line  # noqa: B018
    assert not (tmp_path / "b.zip").exists()


def test_restore_after_the_database_was_deleted(with_cases, backup_file):
    numbers = case_numbers(with_cases)
    with_cases.paths.database.unlink()
    assert with_cases("case", "list").code == 3
    r = with_cases("restore", str(backup_file))
    assert r.code == 0, r.err
    assert r.out.startswith("Cadangan dipulihkan")
    assert case_numbers(with_cases) == numbers
    assert with_cases("check").code == 0


def test_restore_after_the_database_was_corrupted(with_cases, backup_file):
    numbers = case_numbers(with_cases)
    db = with_cases.paths.database
    damaged = os.urandom(db.stat().st_size)
    db.write_bytes(damaged)
    r = with_cases("case", "list")
    assert r.code == 3
    r.line  # noqa: B018
    r = with_cases("restore", str(backup_file), lang="en")
    assert r.code == 0, r.err
    assert "kept in" in r.out.splitlines()[-1]
    kept = Path(r.out.splitlines()[-1].split(": ", 1)[1])
    assert (kept / "halotki.db").read_bytes() == damaged  # the damaged file is kept, not deleted
    assert case_numbers(with_cases) == numbers
    assert with_cases("check").code == 0


def test_restore_by_a_non_admin_is_refused(with_cases, backup_file):
    before = snapshot(with_cases.paths)
    r = with_cases("restore", str(backup_file), user=SUPER, password=SUPER_PW)
    assert r.code != 0
    assert "administrator" in r.line
    assert snapshot(with_cases.paths) == before


def test_restore_by_a_non_admin_is_exit_6(with_cases, backup_file):
    assert with_cases("restore", str(backup_file), user=SUPER, password=SUPER_PW).code == 6


def test_restore_of_a_bad_file_is_exit_3_and_changes_nothing(with_cases, tmp_path):
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip at all")
    before = snapshot(with_cases.paths)
    r = with_cases("restore", str(bad))
    assert r.code == 3
    r.line  # noqa: B018
    assert snapshot(with_cases.paths) == before
    assert with_cases("restore", str(tmp_path / "missing.zip")).code == 3


# --- help, authentication, set-up state, language -----------------------------------------

def test_help_lists_every_exit_code(cli, capsys):
    capsys.readouterr()
    try:
        code = main(["--help"])
    except SystemExit as exc:  # plain argparse behaviour is fine too
        code = exc.code
    assert code == 0
    text = capsys.readouterr().out
    codes = {line.split()[0] for line in text.split("exit codes:")[1].splitlines()
             if line.strip() and line.strip().split()[0].isdigit()}
    assert codes == {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "70", "130"}
    for var in ("HALOTKI_DATA_DIR", "HALOTKI_USER", "HALOTKI_PASSWORD"):
        assert var in text


@pytest.mark.parametrize("user, password, msg", [
    (ADMIN, "wrong-pass-123", MSG_WRONG_PASSWORD),
    ("nobody", ADMIN_PW, MSG_UNKNOWN_USER),
    (ADMIN, "", MSG_EMPTY_PASSWORD),
])
def test_authentication_failures_are_exit_2_and_leave_the_database_alone(ready, user, password, msg):
    before = snapshot(ready.paths)
    r = ready("case", "list", user=user, password=password)
    assert r.code == 2
    assert r.line == "halotki: " + msg.id
    assert r.out == ""
    assert snapshot(ready.paths) == before
    r = ready("check", user=user, password=password, lang="en")
    assert r.line == "halotki: " + msg.en


def test_too_many_failures_are_throttled_with_exit_2(ready):
    for _ in range(5):
        assert ready("check", password="wrong-pass-123").code == 2
    r = ready("check")  # even the right password has to wait now
    assert r.code == 2
    assert "Tunggu" in r.line


def test_no_terminal_and_no_password_is_a_clear_error(ready):
    r = ready("case", "list", password=None)
    assert r.code == 2
    assert "HALOTKI_PASSWORD" in r.line
    r = ready("case", "list", password=None, lang="en")
    assert r.line == "halotki: " + MSG_NO_PASSWORD.en


def test_no_terminal_and_no_user_is_a_clear_error(ready):
    r = ready("case", "list", user=None, password=None)
    assert r.code == 2
    assert "HALOTKI_USER" in r.line


def test_no_terminal_and_no_new_password_is_a_clear_error(ready):
    r = ready("user", "add", SUPER, "--role", "supervisor")
    assert r.code == 1
    assert "--new-password-stdin" in r.line


@pytest.mark.parametrize("argv", [("case", "list"), ("check",), ("user", "list"),
                                  ("backup", "x.zip"), ("case", "show", "SBY-2024-A-00001")])
def test_commands_before_init_are_exit_4(cli, argv):
    r = cli(*argv)
    assert r.code == 4
    assert r.line == "halotki: " + MSG_NOT_INITIALIZED.id
    assert not cli.data_dir.exists()  # nothing was created on the way


def test_lang_en_gives_english_messages(cli):
    r = cli("case", "list", lang="en")
    assert r.line == "halotki: " + MSG_NOT_INITIALIZED.en


def test_saved_language_setting_is_used(ready):
    (ready.paths.settings).write_text(json.dumps({"language": "en"}), encoding="utf-8")
    assert ready("case", "list", password="wrong-pass-123").line == "halotki: " + MSG_WRONG_PASSWORD.en
    assert ready("case", "list", password="wrong-pass-123", lang="id").line == (
        "halotki: " + MSG_WRONG_PASSWORD.id)


def test_unexpected_exception_is_exit_70_with_the_log_file(with_cases, monkeypatch):
    from desktop.services.cases import CaseService

    def boom(self, *args, **kwargs):
        raise RuntimeError("kaboom-" + "internal-detail")  # only the joined text is "data"

    monkeypatch.setattr(CaseService, "list_seqs", boom)
    log_file = with_cases.paths.logs / "halotki.log"
    r = with_cases("case", "list")
    assert r.code == 70
    assert str(log_file) in r.line and "internal" in r.line
    assert "kaboom" not in r.err and "RuntimeError" not in r.err
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError" in logged and "list_seqs" in logged
    # the exception's message may quote typed personal data: it stays out of the log
    assert "kaboom-internal-detail" not in logged
    r = with_cases("case", "list", lang="en")
    assert str(log_file) in r.line and "internal error" in r.line.lower()


def test_keyboard_interrupt_is_exit_130(with_cases, monkeypatch):
    from desktop.services.cases import CaseService

    def interrupted(self, *args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(CaseService, "list_seqs", interrupted)
    r = with_cases("case", "list")
    assert r.code == 130
    assert "Traceback" not in r.err


# --- as a real process --------------------------------------------------------------------

def test_subprocess_round_trip_never_shows_a_traceback(tmp_path):
    d = tmp_path / "data"
    r = run_subprocess(d, "case", "list")
    assert r.code == 4 and r.line
    r = run_subprocess(d, "init", "--office", "SBY", "--admin", ADMIN, "--new-password-stdin",
                       user=None, password=None, stdin=ADMIN_PW + "\n")
    assert r.code == 0, r.err
    r = run_subprocess(d, "check", password="wrong-pass-123")
    assert r.code == 2 and r.line == "halotki: " + MSG_WRONG_PASSWORD.id
    r = run_subprocess(d, "check", password=None)
    assert r.code == 2 and r.line
    r = run_subprocess(d, "--lang", "en", "case", "show", "SBY-2024-A-00009")
    assert r.code == 7 and r.line == "halotki: Case not found."
    r = run_subprocess(d, "check")
    assert r.code == 0 and r.out.startswith("OK: 0 kasus")


def test_subprocess_internal_error_goes_to_the_log_only(tmp_path):
    d = tmp_path / "data"
    assert run_subprocess(d, "init", "--office", "SBY", "--admin", ADMIN, "--new-password-stdin",
                          user=None, password=None, stdin=ADMIN_PW + "\n").code == 0
    script = (
        "import sys\n"
        "from desktop.services.cases import CaseService\n"
        "def boom(self, *a, **k):\n"
        "    raise RuntimeError('kaboom-internal-detail')\n"
        "CaseService.list_seqs = boom\n"
        "from desktop.cli.main import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    r = run_subprocess(d, "case", "list", program=("-c", script))
    assert r.code == 70
    assert "Traceback" not in r.err and "kaboom" not in r.err
    assert r.err.count("\n") == 1 and str(d / "logs" / "halotki.log") in r.err
    logged = (d / "logs" / "halotki.log").read_text()
    assert "Traceback" in logged and "RuntimeError" in logged


def test_subprocess_backup_to_an_unwritable_place_is_a_clear_error(tmp_path):
    d = tmp_path / "data"
    assert run_subprocess(d, "init", "--office", "SBY", "--admin", ADMIN, "--new-password-stdin",
                          user=None, password=None, stdin=ADMIN_PW + "\n").code == 0
    target = tmp_path / "is-a-folder.zip"
    target.mkdir()
    r = run_subprocess(d, "backup", str(target))
    assert r.code == 5  # a write failed
    assert str(target) in r.line
    assert not list(tmp_path.glob(".is-a-folder.zip.partial"))
    assert not list(d.glob(".backup-*"))
