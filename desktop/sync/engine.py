"""One sync run of a PC: push and pull in rounds, remove cases that left, verify, heal.

No Qt: the desktop runs it on its sync thread, `halotki sync` on its main thread. Each
round is one request; an up-to-date PC makes exactly one small request. Everything that
arrives is merged in one local transaction per round, and the cursor only moves after
that commit, so a run killed at any moment resumes where the store says it stopped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from desktop.messages import HaloError
from desktop.store.replica import Replica, ReplicaError
from desktop.sync import blobs, drift
from desktop.sync import errors as e
from desktop.sync.transport import SyncTransport
from sync import protocol

log = logging.getLogger(__name__)

REMOVED_TRANSFERRED = "case_removed_transferred"
MAX_ROUNDS = 10_000  # a guard against a server that always says "more"


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class SyncReport:
    started_at: datetime
    finished_at: datetime | None = None
    outcome: str = "running"  # ok | offline | revoked | clock | error
    pushed: int = 0
    pulled: int = 0
    rejected: int = 0
    uploaded: int = 0  # attachment contents sent
    removed: list[str] = field(default_factory=list)  # case numbers that left this PC
    healed: bool = False
    checksum_ok: bool | None = None
    clock_skew_ms: int = 0
    requests: int = 0
    bytes_up: int = 0
    bytes_down: int = 0
    error: HaloError | None = None


# Progress: (phase, done, total); phases "push", "pull", "verify", "heal", "upload", and
# "cases" while a large scope arrives (a first sync): cases held here / cases in the scope.
Progress = Callable[[str, int, int], None]


class SyncEngine:
    def __init__(self, replica: Replica, transport: SyncTransport, *, office_code: str,
                 national: bool, user: str, now: Callable[[], datetime] = utc_now,
                 progress: Progress | None = None) -> None:
        self.replica = replica
        self.transport = transport
        self.office_code = office_code
        self.national = national
        self.user = user or "sync"
        self.now = now
        self.progress = progress or (lambda phase, done, total: None)

    # -- the run -----------------------------------------------------------------------
    def run(self) -> SyncReport:
        report = SyncReport(started_at=self.now())
        wire = self.transport.stats
        before = (wire.requests, wire.bytes_up, wire.bytes_down)
        try:
            checksum = self._rounds(report)
            self._remove_departed(report)
            checksum = self._uploads(report, checksum)
            self._remove_departed(report)  # cases kept until their content went up
            if checksum is not None and self.replica.pending_count() == 0:
                self.progress("verify", 0, 1)
                report.checksum_ok = self.replica.state_checksum() == checksum
                if not report.checksum_ok:
                    log.warning("state checksum differs from the server's: re-downloading")
                    self._heal(report)
            report.outcome = "clock" if report.clock_skew_ms else "ok"
        except e.DeviceRevoked as exc:
            report.outcome, report.error = "revoked", exc
        except e.NotEnrolled as exc:
            report.outcome, report.error = "revoked", exc
        except e.ServerUnreachable as exc:
            report.outcome, report.error = "offline", exc
        except HaloError as exc:
            report.outcome, report.error = "error", exc
        report.requests = wire.requests - before[0]
        report.bytes_up = wire.bytes_up - before[1]
        report.bytes_down = wire.bytes_down - before[2]
        report.finished_at = self.now()
        return report

    def _rounds(self, report: SyncReport) -> str | None:
        for _ in range(MAX_ROUNDS):
            batch = self.replica.pending(protocol.MAX_PUSH)
            total = self.replica.pending_count()
            self.progress("push", report.pushed, report.pushed + total)
            # A full batch tells the server more is waiting here: it answers without pulled
            # changes, so a case's move arrives only after what was recorded before it.
            last = len(batch) < protocol.MAX_PUSH  # nothing else waits: ask for the checksum
            message = {"cursor": self.replica.cursor(), "changes": [_wire(c) for c in batch]}
            if last:
                message["check"] = True
            answer = self.transport.round(message)
            sent = {c.change_id for c in batch}
            acked_count, restamped, rejected, incoming = _answer_parts(answer)
            refused_ids = {r["id"] for r in rejected}
            acked = [(c.change_id, restamped.get(c.change_id)) for c in batch[:acked_count]
                     if c.change_id not in refused_ids]
            report.pushed += self.replica.acknowledge(acked, self.now())
            refused = [r for r in rejected if r["id"] in sent]
            report.rejected += self.replica.set_aside(
                [{**r, "change_id": r["id"]} for r in refused], self.now())
            try:
                changes = self.replica.parse(incoming)
            except ReplicaError as exc:
                log.error("server sent a change this PC cannot read: %s", exc)
                raise e.BadResponse(status=200) from None
            if changes:
                stats = self.replica.receive(changes, self.now())
                report.pulled += stats.applied
            cursor = answer.get("cursor")
            if isinstance(cursor, int) and cursor > self.replica.cursor():
                self.replica.set_cursor(cursor)
            skew = answer.get("clock_skew_ms")
            if isinstance(skew, int) and skew > 0:
                report.clock_skew_ms = max(report.clock_skew_ms, skew)
            more = bool(answer.get("more"))
            self._pull_progress(report, more, answer.get("scope_roots"))
            self._remove_departed(report)
            if not more and (not batch or self.replica.pending_count() == 0):
                check = answer.get("checksum")
                return check if isinstance(check, str) else None
        raise e.BadResponse(status=200)

    def _pull_progress(self, report: SyncReport, more: bool, scope_roots: Any) -> None:
        """While more is waiting the server says how many cases its scope holds: a first
        sync (or a long absence) shows the cases held here against it. Each round's changes
        are committed with the cursor, so a sync cut off resumes from what it holds."""
        if more and isinstance(scope_roots, int) and not isinstance(scope_roots, bool) \
                and scope_roots > 0:
            held = self.replica.held_roots()
            self.progress("cases", min(held, scope_roots), scope_roots)
        else:
            self.progress("pull", report.pulled, report.pulled)

    # -- attachment content ----------------------------------------------------------------
    def _uploads(self, report: SyncReport, checksum: str | None) -> str | None:
        """Send attachment content the server lacks; small changes recorded meanwhile go
        first (a round between pieces). Returns the newest round's checksum."""
        pending = self.replica.uploads_pending()
        for n, (sha256, size, _have) in enumerate(pending):
            while True:
                def progress(done: int, total: int, n=n) -> None:
                    self.progress("upload", n * 100 + done * 100 // max(total, 1),
                                  len(pending) * 100)

                done = blobs.upload(self.replica, self.transport, sha256, size, progress,
                                    should_pause=lambda: self.replica.pending_count() > 0)
                if done:
                    report.uploaded += 1
                    break
                checksum = self._rounds(report)
                self._remove_departed(report)
        return checksum

    def fetch(self, sha256: str, size: int, progress: Callable[[int, int], None] | None = None
              ) -> None:
        """Download one attachment's content on demand (resumes a cut download)."""
        blobs.download(self.replica, self.transport, sha256, size, self.now, progress)

    # -- cases that left this office -----------------------------------------------------
    def _remove_departed(self, report: SyncReport) -> None:
        if self.national:
            return
        for case_id in self.replica.cases_elsewhere(self.office_code):
            number = self.replica.remove_case(case_id, "transferred", self.now())
            if number:  # None: its changes are not all pushed yet; the next round does it
                report.removed.append(number)
                self.replica.record_audit(self.user, REMOVED_TRANSFERRED, number,
                                          "transferred to another office", self.now())

    # -- re-download when the checksums differ ---------------------------------------------
    def _heal(self, report: SyncReport) -> None:
        """Download again what differs from the server: the cases whose digests differ
        when few do (drift.py), else the whole scope."""
        report.healed = True
        plan = drift.locate(self.replica, self.transport)
        if plan is None:
            self._heal_whole(report)
        elif plan.empty:
            # Every case agrees with the server's: only the running total had drifted.
            log.warning("no case differs from the server's: the running total is summed again")
            self.replica.resum_total()
        else:
            self._heal_cases(report, plan)
        report.checksum_ok = None

    def _heal_cases(self, report: SyncReport, plan: drift.Plan) -> None:
        """Each differing case replaced by the server's (unless it has changes still to
        push), those the server no longer has here removed, the directory merged again when
        it differs. The cursor stays: what arrived meanwhile comes with the next round."""
        pages = plan.pages()
        for n, part in enumerate(pages):
            self.progress("heal", n, len(pages))
            page = self.transport.rebuild_cases(part)
            ids = page.get("cases")
            if (not isinstance(ids, list) or not all(isinstance(i, str) for i in ids)
                    or not set(ids) <= set(part)):
                raise e.BadResponse(status=200)
            for case_id in part:
                if self.replica.pending_for_case(case_id) == 0:
                    number = self.replica.remove_case(case_id, "heal", self.now())
                    if number and case_id not in ids:  # no longer in this office's scope
                        report.removed.append(number)
            self.replica.receive(self._parsed(page.get("changes")), self.now())
        for case_id in plan.remove:
            number = self.replica.remove_case(case_id, "not on the server", self.now())
            if number:
                report.removed.append(number)
        if plan.directory:
            self._heal_directory(protocol.directory_page_after(0))

    def _heal_directory(self, after: str) -> None:
        while after:
            page = self.transport.rebuild(after)
            self._merge_directory(page.get("directory"))
            nxt = page.get("next")
            after = nxt if isinstance(nxt, str) else ""

    def _merge_directory(self, directory: Any) -> None:
        if directory:
            try:
                self.replica.heal_directory(self._parsed(directory), self.now())
            except ReplicaError as exc:
                log.error("server sent a directory page this PC cannot use: %s", exc)
                raise e.BadResponse(status=200) from None

    def _heal_whole(self, report: SyncReport) -> None:
        """Re-download the scope: each page of cases replaces those cases here (unless
        they have changes still to push); the directory's pages, after the last page of
        cases, are merged over the directory here, which is never removed."""
        after, seen, cursor = "", set(), None
        page_no = 0
        while True:
            self.progress("heal", page_no, page_no + 1)
            page = self.transport.rebuild(after)
            ids = page.get("cases")
            if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
                raise e.BadResponse(status=200)
            if cursor is None and isinstance(page.get("cursor"), int):
                cursor = page["cursor"]
            for case_id in ids:
                seen.add(case_id)
                if self.replica.pending_for_case(case_id) == 0:
                    self.replica.remove_case(case_id, "heal", self.now())
            self.replica.receive(self._parsed(page.get("changes")), self.now())
            # The directory's pages come after the last page of cases.
            self._merge_directory(page.get("directory"))
            page_no += 1
            nxt = page.get("next")
            if not isinstance(nxt, str) or not nxt:
                break
            after = nxt
        for case_id in set(self.replica.root_ids()) - seen:
            number = self.replica.remove_case(case_id, "not on the server", self.now())
            if number:
                report.removed.append(number)
        if cursor is not None and cursor > self.replica.cursor():
            self.replica.set_cursor(cursor)
        report.checksum_ok = None

    def _parsed(self, objs: Any) -> list:
        if objs is not None and not isinstance(objs, list):
            raise e.BadResponse(status=200)
        try:
            return self.replica.parse(objs or [])
        except ReplicaError as exc:
            log.error("server sent a change this PC cannot read: %s", exc)
            raise e.BadResponse(status=200) from None


def _wire(c) -> dict[str, Any]:
    return protocol.Change(
        change_id=c.change_id, entity=c.entity, entity_id=c.entity_id, case_id=c.case_id,
        op=c.op, fields=c.fields, hlc=c.hlc, user=c.user, device=c.device,
        created_at=c.created_at, base=c.base).wire()


def _answer_parts(answer: dict) -> tuple[int, dict[str, str], list[dict], list]:
    """(how many of the batch were processed, re-stamped clocks, refusals, changes)."""
    acked = answer.get("acked", 0)
    restamped = answer.get("restamped", [])
    rejected = answer.get("rejected", [])
    incoming = answer.get("changes", [])
    if (isinstance(acked, bool) or not isinstance(acked, int) or acked < 0
            or not all(isinstance(x, list) for x in (restamped, rejected, incoming))):
        raise e.BadResponse(status=200)
    if not all(isinstance(a, dict) and isinstance(a.get("id"), str) for a in restamped + rejected):
        raise e.BadResponse(status=200)
    if not all(isinstance(a.get("hlc"), str) for a in restamped):
        raise e.BadResponse(status=200)
    return acked, {a["id"]: a["hlc"] for a in restamped}, rejected, incoming
