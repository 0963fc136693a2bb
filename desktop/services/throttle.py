"""Slows down password guessing: after 5 failures in a row each attempt waits longer.

The database is locked while nobody is logged in, so failures are kept in a small file and
moved into the audit trail at the next successful login.
"""

from __future__ import annotations

import math
import time
from pathlib import Path

from desktop.jsonfile import read_json, write_json_atomic
from desktop.messages import HaloError, Msg

FREE_ATTEMPTS = 5
BASE_DELAY_S = 5.0
MAX_DELAY_S = 300.0
MAX_PENDING = 200

MSG_WAIT = Msg(
    "login_throttled",
    "Terlalu banyak percobaan gagal. Tunggu {seconds} detik lalu coba lagi.",
    "Too many failed attempts. Wait {seconds} seconds, then try again.",
)


class LoginThrottled(HaloError):
    exit_code = 2

    def __init__(self, seconds: float) -> None:
        super().__init__(MSG_WAIT, seconds=int(seconds + 0.999))
        self.seconds = seconds


class LoginThrottle:
    def __init__(self, path: Path, clock=time.time) -> None:
        self.path = path
        self._clock = clock

    def _load(self) -> dict:
        data = read_json(self.path, {})
        if not isinstance(data, dict):
            data = {}
        failures = data.get("failures")
        pending = data.get("pending")
        return {
            "failures": failures if isinstance(failures, int) and failures >= 0 else 0,
            "last_failure": float(data.get("last_failure") or 0.0)
            if isinstance(data.get("last_failure"), int | float) else 0.0,
            "pending": pending if isinstance(pending, list) else [],
        }

    @staticmethod
    def delay_for(failures: int) -> float:
        if failures < FREE_ATTEMPTS:
            return 0.0
        # Cap the exponent first: a huge count (brute force, damaged file) must not overflow.
        return min(BASE_DELAY_S * 2 ** min(failures - FREE_ATTEMPTS, 16), MAX_DELAY_S)

    def remaining_wait(self) -> float:
        state = self._load()
        delay = self.delay_for(state["failures"])
        wait = delay - (self._clock() - state["last_failure"])
        # A clock set backwards must not turn a 5-second wait into an hour.
        return min(max(wait, 0.0), delay)

    def check(self) -> None:
        wait = self.remaining_wait()
        if wait > 0:
            raise LoginThrottled(wait)

    def record_failure(self, username: str, reason: str) -> None:
        state = self._load()
        now = self._clock()
        state["failures"] += 1
        state["last_failure"] = now
        state["pending"] = (state["pending"] + [{"at": now, "user": username[:64], "reason": reason}])[
            -MAX_PENDING:
        ]
        write_json_atomic(self.path, state)

    def record_success(self) -> list[dict]:
        """Reset the counter and hand back the failures that the audit trail has not seen yet."""
        state = self._load()
        pending = [p for p in state["pending"] if _valid_pending(p)]
        if state["failures"] or pending:
            write_json_atomic(self.path, {"failures": 0, "last_failure": 0.0, "pending": []})
        return pending

    @property
    def failures(self) -> int:
        return self._load()["failures"]


def _valid_pending(item: object) -> bool:
    """A damaged state file must never block logins: drop entries that don't make sense."""
    if not isinstance(item, dict):
        return False
    at = item.get("at")
    return (isinstance(at, int | float) and math.isfinite(at) and 0 <= at < 32503680000
            and isinstance(item.get("user", ""), str) and isinstance(item.get("reason", ""), str))
