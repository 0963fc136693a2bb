"""`halotki --self-test`, unfrozen: the same code CI runs inside the frozen program.

The passing runs are subprocesses, as a person or CI runs it; the failures are provoked
in-process by breaking one service, and must give one line on stderr naming the step and
the reason, the exit code of that kind of failure, and no scratch folder left behind.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from desktop.cli import self_test
from desktop.services.maintenance import CheckReport, MaintenanceService
from desktop.services.receipts import ExportFailed, ReceiptService
from tests.cli_runner import CliResult, run_halotki_subprocess

STEP_COUNT = len(self_test.STEPS)


def _run(tmp_path: Path, *argv: str) -> CliResult:
    scratch = tmp_path / "tmp"
    scratch.mkdir(exist_ok=True)
    # Its own temp folder, so the test can see that the scratch store was removed, and its
    # own data folder, so nothing is written into the per-user one.
    return run_halotki_subprocess(*argv, fast_kdf=False, env={
        "TMPDIR": str(scratch), "TEMP": str(scratch), "TMP": str(scratch),
        "HALOTKI_DATA_DIR": str(tmp_path / "data")})


def test_self_test_passes_with_one_line_per_step_and_leaves_nothing_behind(tmp_path):
    proc = _run(tmp_path, "--self-test")
    assert proc.code == 0, proc.err
    lines = proc.out.splitlines()
    assert lines[0].startswith("Uji mandiri Halo TKI Desk ")
    steps = [line for line in lines if line.startswith("[")]
    assert [s.split("]")[0] + "]" for s in steps] == [f"[{i}/{STEP_COUNT}]"
                                                     for i in range(1, STEP_COUNT + 1)]
    assert all(": OK (" in s for s in steps)
    assert "SBY-" in steps[3]  # the case number of the recorded complaint
    assert lines[-1].startswith("Uji mandiri berhasil")
    assert proc.err == ""
    assert list((tmp_path / "tmp").iterdir()) == []
    # The PC's data folder is left alone: a self-test on a fresh PC does not set it up.
    assert not (tmp_path / "data").exists()


def test_self_test_speaks_english_with_lang_en(tmp_path):
    proc = _run(tmp_path, "--lang", "en", "--self-test")
    assert proc.code == 0, proc.err
    assert proc.out.splitlines()[0].startswith("Halo TKI Desk self-test ")
    assert f"[3/{STEP_COUNT}] unlock with a password: OK" in proc.out
    assert proc.out.splitlines()[-1].startswith("Self-test passed")


def test_self_test_with_a_command_is_a_usage_error(tmp_path):
    proc = _run(tmp_path, "--self-test", "check")
    assert proc.code == 1
    assert proc.err.splitlines()[-1] == "halotki: --self-test takes no command"


# --- failures, in-process ------------------------------------------------------------------

@pytest.fixture
def run_self_test(cli_runner, monkeypatch, tmp_path):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))

    def run(*argv: str) -> CliResult:
        r = cli_runner.halotki(*argv, "--self-test", data_dir=tmp_path / "data", fast_kdf=False)
        assert list(scratch.iterdir()) == [], "the scratch store was left behind"
        return r

    return run


def _one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("halotki: ")
    return lines[0]


def test_a_receipt_that_is_not_a_pdf_fails_step_5_with_exit_8(run_self_test, monkeypatch):
    monkeypatch.setattr(ReceiptService, "render", lambda self, key, lang="id": b"<html>")
    code, out, err = run_self_test("--lang", "en")
    assert code == 8
    assert _one_line(err) == (f"halotki: self-test failed at step 5/{STEP_COUNT} (render the "
                              "receipt PDF): the receipt is not a complete PDF")
    assert f"[4/{STEP_COUNT}] record a complaint: OK" in out
    assert "[5/" not in out and "passed" not in out


def test_a_problem_found_by_the_check_is_named(run_self_test, monkeypatch):
    report = CheckReport(sqlite_errors=["row 7 missing from index case_number_idx"])
    monkeypatch.setattr(MaintenanceService, "check", lambda self: report)
    code, _, err = run_self_test()
    assert code == 8
    line = _one_line(err)
    assert f"langkah 6/{STEP_COUNT} (pemeriksaan integritas)" in line
    assert "database structure: row 7 missing from index case_number_idx" in line


def test_a_core_error_keeps_its_exit_code_and_message(run_self_test, monkeypatch, tmp_path):
    def disk_full(self, key, lang="id"):
        raise ExportFailed(tmp_path / "x.pdf", "No space left on device")

    monkeypatch.setattr(ReceiptService, "render", disk_full)
    code, _, err = run_self_test("--lang", "en")
    assert code == 5  # "could not write", as everywhere in the CLI
    assert "No space left on device" in _one_line(err)


def test_a_validation_error_names_the_field(run_self_test, monkeypatch):
    from desktop.services.cases import CaseService

    original = CaseService.record_intake

    def bad_phone(self, inp):
        inp.complainant.phones = "12"
        return original(self, inp)

    monkeypatch.setattr(CaseService, "record_intake", bad_phone)
    code, _, err = run_self_test("--lang", "en")
    assert code == 1
    assert "(complainant.phones: " in _one_line(err)


def test_an_unexpected_error_is_exit_70_with_the_log_path(run_self_test, monkeypatch, tmp_path):
    from desktop.services.cases import CaseService

    def crash(self, inp):
        raise ZeroDivisionError("secret " + "detail")  # split: the log quotes source lines

    monkeypatch.setattr(CaseService, "record_intake", crash)
    code, _, err = run_self_test("--lang", "en")
    assert code == 70
    log_file = tmp_path / "data" / "logs" / "halotki.log"
    line = _one_line(err)
    assert f"step 4/{STEP_COUNT} (record a complaint): unexpected error (ZeroDivisionError)" in line
    assert str(log_file) in line
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "builtins.ZeroDivisionError" in logged
    assert "secret detail" not in logged  # exception messages never reach the log


def test_a_store_that_accepts_a_wrong_password_fails_step_3(run_self_test, monkeypatch):
    from desktop.crypto import keyslots

    real_unlock = keyslots.KeySlotFile.unlock

    def lenient(self, username, password):
        try:
            return real_unlock(self, username, password)
        except keyslots.WrongPassword:  # the self-test's wrong password is the right one + "x"
            return real_unlock(self, username, password[:-1])

    monkeypatch.setattr(keyslots.KeySlotFile, "unlock", lenient)
    code, _, err = run_self_test("--lang", "en")
    assert code == 8
    assert "step 3/" in _one_line(err) and "a wrong password was accepted" in err


def test_a_missing_bundled_file_fails_step_1(run_self_test, monkeypatch):
    monkeypatch.setattr(self_test, "BUNDLED_FILES",
                        (*self_test.BUNDLED_FILES, ("desktop.ui", "translations/halotki_xx.qm")))
    code, out, err = run_self_test("--lang", "en")
    assert code == 8
    assert "desktop.ui/translations/halotki_xx.qm is missing" in _one_line(err)
    assert "[1/" not in out


def test_a_missing_holiday_calendar_fails_the_deadline_step(run_self_test, monkeypatch):
    # What a frozen build without the lazily loaded Indonesian calendar would do.
    monkeypatch.setattr(self_test, "is_working_day", lambda day: True)
    code, out, err = run_self_test("--lang", "en")
    assert code == 8
    step = [name for name, _fn in self_test.STEPS].index("deadline") + 1
    assert _one_line(err) == (f"halotki: self-test failed at step {step}/{STEP_COUNT} "
                              "(working-day deadline): the national holiday calendar is missing "
                              "(17 August counts as a working day)")
