"""Child process for test_keyslot_kill9.py: rewrites a key slot file until it is killed.

Usage: python keyslot_child.py PATH STATE [--slow-io]

STATE is the state the parent verified the file to be in (see CYCLE). The child prints
"ready STATE" before its first write and "done STATE" after each write has returned, so
the parent knows that after a kill the file must hold the last reported state or the one
right after it.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from desktop.crypto.keyslots import MINIMUM_KDF, KeySlotFile

USER = "siti"
PW_A = "password-a-111"
PW_B = "password-b-222"
SECOND_USER = "budi"
SECOND_PW = "password-second-333"

# (which password opens USER's slot, whether SECOND_USER has a slot). Each step to the
# next state is exactly one atomic rewrite: change password, add, change back, remove.
CYCLE: list[tuple[str, bool]] = [("A", False), ("B", False), ("B", True), ("A", True)]


def encode(state: tuple[str, bool]) -> str:
    return f"{state[0]}{'+' if state[1] else '-'}"


def decode(text: str) -> tuple[str, bool]:
    state = (text[0], text[1] == "+")
    if state not in CYCLE:
        raise ValueError(text)
    return state


def successor(state: tuple[str, bool]) -> tuple[str, bool]:
    return CYCLE[(CYCLE.index(state) + 1) % len(CYCLE)]


def step(ksf: KeySlotFile, state: tuple[str, bool], db_key: bytes) -> tuple[str, bool]:
    nxt = successor(state)
    if state == ("A", False):
        ksf.change_password(USER, PW_A, PW_B)
    elif state == ("B", False):
        ksf.add_slot(SECOND_USER, SECOND_PW, db_key)
    elif state == ("B", True):
        ksf.change_password(USER, PW_B, PW_A)
    else:
        ksf.remove_slot(SECOND_USER)
    return nxt


def _slow_down_fsync() -> None:
    # Stretches the moments around the rename (temp written, not yet renamed; renamed,
    # directory not yet flushed) so a good share of kills land inside the write itself
    # rather than in Argon2, which otherwise dominates each step.
    real = os.fsync

    def slow_fsync(fd: int) -> None:
        time.sleep(0.02)
        real(fd)

    os.fsync = slow_fsync


def main(argv: list[str]) -> int:
    path, state = Path(argv[1]), decode(argv[2])
    if "--slow-io" in argv[3:]:
        _slow_down_fsync()
    # Same policy as the file, so unlock never re-wraps behind the parent's back.
    ksf = KeySlotFile(path, kdf=MINIMUM_KDF)
    # add_slot needs the key, so the child unlocks once; this is setup, not the work
    # under test, hence it happens before "ready".
    db_key = ksf.unlock(USER, PW_A if state[0] == "A" else PW_B)
    _say(f"ready {encode(state)}")
    while True:
        state = step(ksf, state, db_key)
        _say(f"done {encode(state)}")


def _say(line: str) -> None:
    # One write of a whole line (print() writes its parts one by one): a kill between the
    # parts left a bare "done" that read as unexpected output. A pipe write this small is
    # atomic.
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
