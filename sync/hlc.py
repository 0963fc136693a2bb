"""Hybrid logical clock: timestamps that order changes across devices even with clock drift."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

MAX_COUNTER = 9999


def now_ms() -> int:
    return int(time.time() * 1000)


def format_hlc(wall_ms: int, counter: int, node: str) -> str:
    # Fixed-width fields make the string order equal the clock order.
    return f"{wall_ms:013d}-{counter:04d}-{node}"


def parse_hlc(value: str) -> tuple[int, int, str]:
    wall, counter, node = value.split("-", 2)
    return int(wall), int(counter), node


class HybridClock:
    def __init__(self, node: str, last: str | None = None, clock: Callable[[], int] = now_ms):
        self.node = node
        self._clock = clock
        self._lock = threading.Lock()
        self._wall, self._counter = 0, 0
        if last:
            self._wall, self._counter, _ = parse_hlc(last)

    def tick(self) -> str:
        with self._lock:
            physical = self._clock()
            if physical > self._wall:
                self._wall, self._counter = physical, 0
            else:
                self._counter += 1
                if self._counter > MAX_COUNTER:
                    # Counter overflow: borrow the next millisecond instead of breaking the order.
                    self._wall, self._counter = self._wall + 1, 0
            return format_hlc(self._wall, self._counter, self.node)

    def observe(self, remote: str) -> None:
        """Move past a timestamp received from elsewhere, so later local ticks sort after it."""
        wall, counter, _ = parse_hlc(remote)
        with self._lock:
            if (wall, counter) > (self._wall, self._counter):
                self._wall, self._counter = wall, counter
