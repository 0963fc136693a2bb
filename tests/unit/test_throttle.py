"""Login throttling (desktop/services/throttle.py): delays, reset and a damaged state file."""

from __future__ import annotations

import json

import pytest

from desktop.services.throttle import (
    BASE_DELAY_S,
    FREE_ATTEMPTS,
    MAX_DELAY_S,
    MAX_PENDING,
    LoginThrottle,
    LoginThrottled,
)


class Clock:
    def __init__(self, t: float = 1_000_000.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def state_path(tmp_path):
    return tmp_path / "login-state.json"


@pytest.fixture
def throttle(state_path, clock):
    return LoginThrottle(state_path, clock=clock)


def test_delay_schedule():
    assert [LoginThrottle.delay_for(n) for n in range(FREE_ATTEMPTS)] == [0.0] * FREE_ATTEMPTS
    assert LoginThrottle.delay_for(FREE_ATTEMPTS) == BASE_DELAY_S
    assert LoginThrottle.delay_for(FREE_ATTEMPTS + 1) == 2 * BASE_DELAY_S
    assert LoginThrottle.delay_for(FREE_ATTEMPTS + 2) == 4 * BASE_DELAY_S
    delays = [LoginThrottle.delay_for(n) for n in range(FREE_ATTEMPTS, 40)]
    assert delays == sorted(delays)
    assert max(delays) == MAX_DELAY_S
    assert LoginThrottle.delay_for(39) == MAX_DELAY_S


def test_no_wait_before_the_free_attempts_are_used(throttle):
    for _ in range(FREE_ATTEMPTS - 1):
        throttle.record_failure("siti", "keyslot.wrong_password")
        throttle.check()
    assert throttle.failures == FREE_ATTEMPTS - 1
    assert throttle.remaining_wait() == 0.0


def test_fifth_failure_makes_the_next_attempt_wait(throttle, clock):
    for _ in range(FREE_ATTEMPTS):
        throttle.record_failure("siti", "keyslot.wrong_password")
    with pytest.raises(LoginThrottled) as info:
        throttle.check()
    assert info.value.seconds == pytest.approx(BASE_DELAY_S)
    assert info.value.params["seconds"] == int(BASE_DELAY_S)
    clock.t += 2
    assert throttle.remaining_wait() == pytest.approx(BASE_DELAY_S - 2)
    with pytest.raises(LoginThrottled):
        throttle.check()
    clock.t += BASE_DELAY_S - 2
    throttle.check()  # waited long enough


def test_delays_grow_with_each_further_failure(throttle, clock):
    waits = []
    for _ in range(FREE_ATTEMPTS + 3):
        throttle.record_failure("siti", "keyslot.wrong_password")
        waits.append(throttle.remaining_wait())
        clock.t += 1_000  # let any wait run out before the next attempt
    assert waits[:FREE_ATTEMPTS - 1] == [0.0] * (FREE_ATTEMPTS - 1)
    assert waits[FREE_ATTEMPTS - 1:] == [BASE_DELAY_S, 2 * BASE_DELAY_S, 4 * BASE_DELAY_S,
                                         8 * BASE_DELAY_S]


def test_success_resets_and_hands_over_pending_failures(throttle, clock):
    throttle.record_failure("siti", "keyslot.wrong_password")
    clock.t += 1
    throttle.record_failure("mallory", "keyslot.unknown_user")
    pending = throttle.record_success()
    assert [(p["user"], p["reason"]) for p in pending] == [
        ("siti", "keyslot.wrong_password"), ("mallory", "keyslot.unknown_user")]
    assert pending[1]["at"] == clock.t
    assert throttle.failures == 0
    assert throttle.remaining_wait() == 0.0
    assert throttle.record_success() == []  # handed over only once


def test_success_after_a_lockout_clears_the_wait(throttle):
    for _ in range(FREE_ATTEMPTS + 2):
        throttle.record_failure("siti", "keyslot.wrong_password")
    assert throttle.remaining_wait() > 0
    throttle.record_success()
    throttle.check()


def test_pending_list_is_bounded_and_usernames_truncated(throttle, state_path):
    for i in range(MAX_PENDING + 20):
        throttle.record_failure(f"user{i}" + "x" * 100, "keyslot.unknown_user")
    data = json.loads(state_path.read_text())
    assert len(data["pending"]) == MAX_PENDING
    assert all(len(p["user"]) <= 64 for p in data["pending"])
    # Oldest dropped first.
    assert data["pending"][-1]["user"].startswith(f"user{MAX_PENDING + 19}")
    assert throttle.failures == MAX_PENDING + 20


def test_missing_state_file_means_no_failures(throttle, state_path):
    assert not state_path.exists()
    assert throttle.failures == 0
    throttle.check()
    assert throttle.record_success() == []
    assert not state_path.exists()  # nothing to reset, nothing written


@pytest.mark.parametrize("content", [
    b"",
    b"\x00\xff garbage",
    b"{not json",
    b"[1, 2, 3]",
    b'"a string"',
    b"null",
    b'{"failures": "many", "last_failure": "yesterday", "pending": {"a": 1}}',
    b'{"failures": -4, "last_failure": null, "pending": null}',
    b'{"failures": 2.5, "pending": [1, "x", null]}',
])
def test_corrupt_state_file_is_tolerated(state_path, clock, content):
    state_path.write_bytes(content)
    throttle = LoginThrottle(state_path, clock=clock)
    throttle.check()
    assert throttle.failures == 0
    assert all(isinstance(p, dict) for p in throttle.record_success())
    throttle.record_failure("siti", "keyslot.wrong_password")
    assert throttle.failures == 1
    assert json.loads(state_path.read_text())["failures"] == 1


def test_huge_failure_count_does_not_crash(state_path, clock):
    state_path.write_text(json.dumps({"failures": 5000, "last_failure": clock.t, "pending": []}))
    throttle = LoginThrottle(state_path, clock=clock)
    assert throttle.remaining_wait() == MAX_DELAY_S


def test_wait_never_exceeds_the_delay_when_the_clock_goes_back(throttle, clock):
    for _ in range(FREE_ATTEMPTS):
        throttle.record_failure("siti", "keyslot.wrong_password")
    clock.t -= 3600  # office PC clock corrected by an hour
    assert throttle.remaining_wait() <= LoginThrottle.delay_for(FREE_ATTEMPTS)
