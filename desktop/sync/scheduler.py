"""Sync by itself: a worker thread with its own store connection and its own triggers.

Triggers: "Sync now", a local change (debounced, so a burst of typing makes one sync), a
regular interval, and the connection coming back. While offline the thread only makes a
cheap probe (GET /health) at growing intervals (exponential backoff with jitter, at most
MAX_BACKOFF_S), and syncs as soon as a probe answers. A revoked PC stops syncing and says
why; its data stays readable. A run that raises what the engine does not expect (a bug)
does not end the thread: it is logged, shown as SyncFailed, and tried again after a
backoff like a failed sync. Only stop() ends the thread, or an engine that cannot be made.
Every state change goes to `listener` (called on this thread; the desktop turns it into a
Qt signal). No Qt here.
"""

from __future__ import annotations

import logging
import random
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from desktop.messages import HaloError
from desktop.sync import errors as e
from desktop.sync.engine import SyncEngine, SyncReport
from desktop.sync.runner import run_and_log

log = logging.getLogger(__name__)

INTERVAL_S = 300  # a sync every five minutes when nothing else triggers one
DEBOUNCE_S = 5
FIRST_BACKOFF_S = 5
MAX_BACKOFF_S = 300


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool = True
    online: bool | None = None  # None: not known yet
    running: bool = False
    phase: str = ""
    done: int = 0
    total: int = 0
    pending: int = 0
    rejected: int = 0
    conflicts: int = 0
    last_success: str | None = None  # ISO UTC
    error: HaloError | None = None
    revoked: bool = False
    clock_skew_ms: int = 0
    removed: tuple[str, ...] = ()  # case numbers removed by the last run
    next_try_s: float | None = None
    stopped: bool = False  # the sync thread cannot go on (e.g. no engine; see the log)


@dataclass
class _Job:
    kind: str  # "fetch"
    args: tuple
    done: Callable[[BaseException | None], None]


@dataclass
class _Flags:
    now: bool = False
    change_at: float | None = None
    jobs: list[_Job] = field(default_factory=list)
    stop: bool = False


class SyncScheduler:
    def __init__(self, make_engine: Callable[[], SyncEngine | None],
                 listener: Callable[[SyncStatus], None], *,
                 close: Callable[[], None] = lambda: None,
                 probe: Callable[[SyncEngine], bool] | None = None,
                 interval_s: float = INTERVAL_S, debounce_s: float = DEBOUNCE_S,
                 clock: Callable[[], float] = time.monotonic,
                 rng: random.Random | None = None) -> None:
        """`make_engine` runs on the sync thread (it opens that thread's connection);
        `close` closes it when the thread ends."""
        self._make_engine = make_engine
        self._close = close
        self._listener = listener
        self._probe = probe or _health_probe
        self._interval = interval_s
        self._debounce = debounce_s
        self._clock = clock
        self._rng = rng or random.Random()
        self._cond = threading.Condition()
        self._flags = _Flags()
        self._status = SyncStatus()
        self._failures = 0
        self._thread: threading.Thread | None = None

    # -- from any thread ---------------------------------------------------------------
    def start(self) -> None:
        self._thread = threading.Thread(target=self._main, name="halotki-sync", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Ask the thread to end after what it is doing (a round commits or not at all)."""
        with self._cond:
            self._flags.stop = True
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout)

    def sync_now(self) -> None:
        with self._cond:
            self._flags.now = True
            self._cond.notify_all()

    def local_change(self) -> None:
        with self._cond:
            self._flags.change_at = self._clock()
            self._cond.notify_all()

    def fetch(self, sha256: str, size: int,
              done: Callable[[BaseException | None], None]) -> None:
        """Download an attachment's content on the sync thread; `done(error or None)`."""
        with self._cond:
            self._flags.jobs.append(_Job("fetch", (sha256, size), done))
            self._cond.notify_all()

    @property
    def status(self) -> SyncStatus:
        return self._status

    # -- the thread --------------------------------------------------------------------
    def _main(self) -> None:
        engine = None
        try:
            engine = self._make_engine()
            if engine is None:
                self._set(enrolled=False, online=None)
                self._idle_until_stopped()
                return
            self._set(pending=engine.replica.pending_count(),
                      last_success=engine.replica.last_success())
            self._loop(engine)
        except Exception as exc:  # the thread must not die silently: say so, then stop syncing
            log.error("sync thread failed: %s", _where(exc))
            self._set(running=False, online=None, stopped=True)
        finally:
            try:
                self._close()
            except Exception as exc:
                log.error("closing the sync connection failed: %s", _where(exc))

    def _idle_until_stopped(self) -> None:
        with self._cond:
            while not self._flags.stop:
                for job in self._flags.jobs:
                    job.done(RuntimeError("not enrolled"))
                self._flags.jobs.clear()
                self._cond.wait(1.0)

    def _loop(self, engine: SyncEngine) -> None:
        due = self._clock()  # sync once at start
        while True:
            with self._cond:
                while True:
                    if self._flags.stop:
                        return
                    if self._flags.jobs:
                        break
                    now = self._clock()
                    change_due = (self._flags.change_at + self._debounce
                                  if self._flags.change_at is not None else None)
                    if self._flags.now or now >= due or (change_due and now >= change_due):
                        break
                    wake = min(t for t in (due, change_due) if t is not None)
                    self._cond.wait(max(0.01, wake - now))
                jobs, self._flags.jobs = self._flags.jobs, []
                asked = self._flags.now or self._flags.change_at is not None
                self._flags.now, self._flags.change_at = False, None
            for job in jobs:
                self._run_job(engine, job)
            if not jobs or asked or self._clock() >= due:
                due = self._clock() + self._attempt(engine)

    def _run_job(self, engine: SyncEngine, job: _Job) -> None:
        error: BaseException | None = None
        try:
            self._set(running=True, phase="download", done=0, total=job.args[1])
            engine.fetch(*job.args, progress=lambda d, t: self._set(done=d, total=t))
        except Exception as exc:  # handed to whoever asked; they show it in words
            error = exc
        finally:
            self._set(running=False, phase="")
        try:
            job.done(error)
        except Exception as exc:  # the caller's bug is not the sync thread's end
            log.error("a download's caller failed: %s", _where(exc))

    def _attempt(self, engine: SyncEngine) -> float:
        """One attempt that never ends the thread; returns the seconds until the next one.

        What the engine does not expect (a bug: a KeyError, a JSONDecodeError) is logged
        without its words, shown in words the UI has (SyncFailed), and tried again after
        a backoff, as a failed sync is."""
        try:
            return self._once(engine)
        except Exception as exc:
            log.error("sync run failed: %s", _where(exc))
            delay = self._backoff()
            self._set(running=False, phase="", online=None, error=e.SyncFailed(),
                      next_try_s=delay)
            return delay

    def _once(self, engine: SyncEngine) -> float:
        """One attempt; returns the seconds until the next one."""
        if self._status.revoked:
            return self._interval
        if self._status.online is False and not self._probe(engine):
            return self._backoff()
        self._set(running=True, phase="", done=0, total=0, error=None)
        engine.progress = lambda phase, done, total: self._set(phase=phase, done=done,
                                                               total=total)
        report = run_and_log(engine)
        return self._after(engine, report)

    def _after(self, engine: SyncEngine, report: SyncReport) -> float:
        replica = engine.replica
        common: dict[str, Any] = {
            "running": False, "phase": "", "pending": replica.pending_count(),
            "rejected": len(replica.rejected()), "removed": tuple(report.removed),
            "last_success": replica.last_success(), "conflicts": _open_conflicts(replica)}
        if report.outcome in ("ok", "clock"):
            self._failures = 0
            self._set(**common, online=True, error=None, clock_skew_ms=report.clock_skew_ms,
                      next_try_s=self._interval)
            return self._interval
        if report.outcome == "revoked":
            self._set(**common, online=True, error=report.error, revoked=True, next_try_s=None)
            return self._interval
        delay = self._backoff()
        self._set(**common, online=report.outcome != "offline", error=report.error,
                  next_try_s=delay)
        return delay

    def _backoff(self) -> float:
        self._failures += 1
        ceiling = min(MAX_BACKOFF_S, FIRST_BACKOFF_S * 2 ** min(self._failures - 1, 16))
        # Full jitter: many PCs coming back online at once do not retry in step.
        return ceiling * (0.5 + 0.5 * self._rng.random())

    def _set(self, **changes: Any) -> None:
        self._status = replace(self._status, **changes)
        try:
            self._listener(self._status)
        except Exception as exc:
            log.error("sync status listener failed: %s", _where(exc))


def _where(exc: BaseException) -> str:
    """An exception's type and the frames it came through, innermost first; never its
    message, which may quote personal data (a name in a KeyError, a value in a ValueError)."""
    frames = traceback.extract_tb(exc.__traceback__)
    at = " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
    code = f" ({exc.code})" if isinstance(exc, HaloError) else ""
    return f"{type(exc).__module__}.{type(exc).__qualname__}{code} at {at or '?'}"


def _open_conflicts(replica) -> int:
    return replica.store.query_one("SELECT count(*) FROM conflicts WHERE resolved_at = ''")[0]


def _health_probe(engine: SyncEngine) -> bool:
    """The connection is back when the server answers its cheapest call."""
    try:
        engine.transport.client.health()
    except HaloError:
        return False
    return True
