"""Canary markers: personal data typed into the app must never reach the disk in plaintext.

Twenty complaints carry unique markers in names, description, employer, address and phone.
After recording, searching, rendering receipts, a backup and a CLI search, every file under
the data folder and the (private) temp folder is scanned for every marker, as UTF-8 and
UTF-16-LE, in lower and upper case.
"""

from __future__ import annotations

import secrets
import string
import tempfile
from pathlib import Path

import pytest

from desktop.paths import DataPaths
from desktop.session.login import log_in
from desktop.session.setup import InitRequest, initialize
from tests.conftest import ADMIN, ADMIN_PW, STAFF_PW, TEST_KDF, make_intake

CASES = 20
OFFICER = "petugas"


def _letters(n: int) -> str:
    return "".join(secrets.choice(string.ascii_lowercase) for _ in range(n))


def _digits() -> str:
    # Starts with 9 so it cannot be a date stamp (2026...) in a file name or log line.
    return "9" + "".join(secrets.choice(string.digits) for _ in range(7))


class Canaries:
    def __init__(self) -> None:
        self.cases: list[dict[str, str]] = []
        for _ in range(CASES):
            self.cases.append({
                "worker": "Canaryqzx " + _letters(10).title(),
                "complainant": "Canaryqzx " + _letters(10).title(),
                "description": "CANARYQZX" + secrets.token_hex(6),
                "employer": "CANARYQZX" + secrets.token_hex(6),
                "address": "CANARYQZX" + secrets.token_hex(6),
                "phone": _digits(),
                "worker_phone": _digits(),
            })

    def markers(self) -> list[str]:
        """What must not appear: the unique part of every value (names: their random word)."""
        out = []
        for c in self.cases:
            out += [c["worker"].split()[1], c["complainant"].split()[1], c["description"],
                    c["employer"], c["address"], c["phone"], c["worker_phone"]]
        return out

    def intake(self, c: dict[str, str]):
        return make_intake(
            worker__name=c["worker"],
            worker__employer_name="PT " + c["employer"],
            worker__address="Dusun " + c["address"] + " RT 02",
            worker__phone="0813" + c["worker_phone"],
            complainant__name=c["complainant"],
            complainant__phones="0812-" + c["phone"][:4] + "-" + c["phone"][4:],
            complainant__address="Jl. " + c["address"] + " No. 7",
            complaint__description="Laporan " + c["description"] + ": gaji tidak dibayar.",
        )


def encodings(marker: str) -> list[bytes]:
    variants = {marker, marker.lower(), marker.upper(), marker.title()}
    return [v.encode(enc) for v in variants for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def scan(folders: list[Path], markers: list[str]) -> list[str]:
    needles = [(m, e) for m in markers for e in encodings(m)]
    found, scanned = [], 0
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            data = path.read_bytes()
            scanned += 1
            found += [f"{path}: {m!r} as {e!r}" for m, e in needles if e in data]
    assert scanned, "nothing was scanned"
    return found


@pytest.fixture
def private_tmp(tmp_path, monkeypatch) -> Path:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    return tmp


def test_no_marker_reaches_the_disk(tmp_path, private_tmp, cli_runner):
    paths = DataPaths(tmp_path / "data")
    canaries = Canaries()
    markers = canaries.markers()
    assert len(set(markers)) == len(markers)

    admin = initialize(paths, InitRequest("SBY", ADMIN, "Admin Kantor", ADMIN_PW), TEST_KDF)
    admin.accounts.add_user(OFFICER, "Petugas Loket", "front_office", STAFF_PW)
    officer = log_in(paths, OFFICER, STAFF_PW, TEST_KDF)
    numbers = [officer.cases.record_intake(canaries.intake(c)) for c in canaries.cases]

    # searching by every kind of marker finds the right case
    for number, c in zip(numbers, canaries.cases, strict=True):
        seq = officer.cases.resolve(number)["seq"]
        assert seq in officer.search.search(c["worker"])
        assert seq in officer.search.search(c["complainant"])
        assert seq in officer.search.search("0812" + c["phone"])
    for number in numbers[:5]:
        pdf = officer.receipts.render(number)
        assert pdf.startswith(b"%PDF")
    officer.cases.add_event(numbers[0], "kontak_keluarga",
                            "Menelepon " + canaries.cases[0]["complainant"], channel="telepon")

    paths.backups.mkdir(mode=0o700, exist_ok=True)
    backup = admin.maintenance.backup(paths.backups / "cadangan.zip")
    assert backup.exists()

    # the CLI, as office IT would run it
    code, out, err = cli_runner.halotki("case", "list", "--search", canaries.cases[3]["worker"],
                                        data_dir=paths.root, user=OFFICER, password=STAFF_PW)
    assert code == 0, err
    assert numbers[3] in out

    # while the store is still open (WAL and shared-memory files present) ...
    assert scan([paths.root, private_tmp], markers) == []
    officer.close()
    admin.close()
    # ... and after everything is closed
    assert scan([paths.root, private_tmp], markers) == []
    names = {p.name for p in paths.root.rglob("*")}
    assert {"halotki.db", "keyslots.json", "cadangan.zip", "halotki.log"} <= names


def test_the_scan_would_find_a_marker(tmp_path):
    """The scanner itself works: a marker in any of the encodings is found."""
    marker = "CANARYQZX" + secrets.token_hex(6)
    (tmp_path / "a.txt").write_bytes(marker.lower().encode("utf-16-le"))
    (tmp_path / "b.bin").write_bytes(b"\x00" + marker.encode("utf-8") + b"\x00")
    (tmp_path / "c.bin").write_bytes(b"nothing here")
    found = scan([tmp_path], [marker])
    assert len(found) == 2
