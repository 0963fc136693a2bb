"""`make demo` (`python -m desktop.demo.office`): a demo office in its own data folder, its accounts printed (README, "Demo").

The folder (default ./demo-data where it runs: the checkout for `make demo`, ignored by git) is made with the real
`halotki` commands: office SBY with an administrator, a supervisor, a front-office clerk and
a case officer (so the cases are shared out), then the demo cases recorded by the
supervisor (`halotki demo-data`). A finished folder is reused as it is, with whatever was
done in it since; `--fresh` (`make demo DEMO_FRESH=1`) deletes it and makes it again. A
folder that an interrupted run left half-made is made again. Only a folder this script made
(it holds MARKER) is ever deleted.

The passwords are printed on purpose: they are demo passwords for demo data only.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

MARKER = "demo-office.json"  # {"state": "creating" | "ready", "cases": N}
OFFICE = "SBY"


class Account(NamedTuple):
    username: str
    role: str
    full_name: str
    password: str  # long, uncommon and not built from the name: the password rules accept it


ADMIN = Account("admin", "admin", "Agus Administrator", "Kenjeran-Pantai-41")
SUPERVISOR = Account("supervisor", "supervisor", "Sari Wulandari", "Tunjungan-Plaza-77")
ACCOUNTS = (
    ADMIN,
    SUPERVISOR,
    Account("loket", "front_office", "Lina Marlina", "Rungkut-Kopi-25"),
    Account("petugas", "case_officer", "Budi Santoso", "Darmo-Sepeda-63"),
)


class DemoError(Exception):
    pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, default=Path("demo-data"))
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--fresh", action="store_true", help="delete the demo folder first")
    args = parser.parse_args(argv)
    folder: Path = args.data_dir.resolve()
    os.umask(0o077)  # like halotki itself: everything in a data folder is the owner's alone
    try:
        state = _state(folder)
        if args.fresh and state is not None:
            shutil.rmtree(folder)
            state = None
        if state == "ready":
            print(f"Reusing the demo office in {folder} (make demo DEMO_FRESH=1 makes it anew).")
        else:
            if state == "creating":
                print(f"{folder} was left half-made by an interrupted run: making it again.")
                shutil.rmtree(folder)
            started = time.monotonic()
            create(folder, args.cases)
            print(f"Demo office made in {time.monotonic() - started:.0f} s: {folder}")
    except DemoError as exc:
        print(f"make demo: {exc}", file=sys.stderr)
        return 1
    print_accounts(folder)
    return 0


def _state(folder: Path) -> str | None:
    """None: nothing there yet; "creating" or "ready": a folder this script made."""
    if not folder.exists() or (folder.is_dir() and not any(folder.iterdir())):
        return None
    try:
        state = json.loads((folder / MARKER).read_text(encoding="utf-8"))["state"]
    except (OSError, ValueError, KeyError, TypeError):
        raise DemoError(f"{folder} holds data that make demo did not create; it is left "
                        "alone. Remove it yourself or choose another DEMO_DIR.") from None
    return state if state in ("creating", "ready") else "creating"


def create(folder: Path, cases: int) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    _mark(folder, "creating", cases)
    _halotki(folder, None, ["init", "--office", OFFICE, "--admin", ADMIN.username,
                            "--admin-name", ADMIN.full_name, "--device-label", "PC-Demo",
                            "--new-password-stdin"], stdin=ADMIN.password)
    for acc in ACCOUNTS:
        if acc is not ADMIN:
            _halotki(folder, ADMIN, ["user", "add", acc.username, "--role", acc.role,
                                     "--name", acc.full_name, "--new-password-stdin"],
                     stdin=acc.password)
    print(f"Recording {cases} demo cases as {SUPERVISOR.username} ...", flush=True)
    _halotki(folder, SUPERVISOR, ["demo-data", "--cases", str(cases)])
    _mark(folder, "ready", cases)


def print_accounts(folder: Path) -> None:
    print(f"\nDemo office {OFFICE}, data folder {folder}")
    print("Demo accounts (demo passwords, for this demo data only):")
    for acc in ACCOUNTS:
        print(f"  {acc.username:<11} {acc.password:<20} {acc.role}")
    print("A password changed in the app since replaces the one above.\n", flush=True)


def _mark(folder: Path, state: str, cases: int) -> None:
    (folder / MARKER).write_text(json.dumps({"state": state, "cases": cases}), encoding="utf-8")


def _halotki(folder: Path, who: Account | None, argv: list[str], stdin: str = "") -> None:
    # The environment a person's shell gives, without any HALOTKI_* of theirs except the
    # tests' fast key derivation; the account for commands that log in.
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("HALOTKI_") or k == "HALOTKI_TEST_FAST_KDF"}
    if who is not None:
        env.update(HALOTKI_USER=who.username, HALOTKI_PASSWORD=who.password)
    cmd = [sys.executable, "-m", "desktop.cli.main", "--data-dir", str(folder), "--lang", "en",
           *argv]
    done = subprocess.run(cmd, input=stdin + "\n", env=env, text=True,
                          capture_output=True, check=False)
    if done.returncode != 0:
        raise DemoError(f"'halotki {' '.join(argv[:2])}' failed (exit {done.returncode}): "
                        f"{done.stderr.strip() or done.stdout.strip()}")


if __name__ == "__main__":
    sys.exit(main())
