"""Which cases differ from the server's when the state checksums do: found by the per-case
digests both sides keep, so a heal downloads the cases that drifted, not the scope.

The PC sends its checksums per bucket of case ids (protocol.drift_bucket); the server
answers the digests of its cases in the buckets that differ; the cases whose digests differ
are downloaded again, those the server's scope lacks are removed here. None: too many
buckets differ (the server says "whole"), so the whole scope is downloaded again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.store.replica import Replica
from desktop.sync import errors as e
from desktop.sync.transport import SyncTransport
from sync import protocol


@dataclass(frozen=True)
class Plan:
    fetch: list[str]  # the server's cases whose digests differ here (or are missing here)
    remove: list[str]  # cases here the server's scope does not hold
    directory: bool  # the directory differs: merge its history again

    @property
    def empty(self) -> bool:
        return not (self.fetch or self.remove or self.directory)

    def pages(self) -> list[list[str]]:
        return [self.fetch[start:start + protocol.REBUILD_CASES]
                for start in range(0, len(self.fetch), protocol.REBUILD_CASES)]


def locate(replica: Replica, transport: SyncTransport) -> Plan | None:
    answer = transport.drift(replica.bucket_checksums())
    whole, buckets, theirs = _answer(answer)
    if whole:
        return None
    ours = replica.case_digests_in(buckets)
    differ = sorted(c for c, digest in theirs.items() if ours.get(c) != digest)
    return Plan(fetch=[c for c in differ if c != protocol.DIRECTORY_SCOPE],
                remove=sorted(c for c in ours
                              if c not in theirs and c != protocol.DIRECTORY_SCOPE),
                directory=protocol.DIRECTORY_SCOPE in buckets)


def _answer(answer: Any) -> tuple[bool, list[str], dict[str, tuple[int, str]]]:
    """(whole, buckets, {case id: (rows, digest)}) of the server's answer, checked."""
    whole, buckets, found = answer.get("whole"), answer.get("buckets"), answer.get("cases")
    if not isinstance(whole, bool):
        raise e.BadResponse(status=200)
    if whole:
        return True, [], {}
    if not isinstance(buckets, list) or not all(isinstance(b, str) for b in buckets):
        raise e.BadResponse(status=200)
    if not isinstance(found, list) or not all(_is_digest(c) for c in found):
        raise e.BadResponse(status=200)
    wanted = set(buckets)
    if any(protocol.drift_bucket(c[0]) not in wanted for c in found):
        raise e.BadResponse(status=200)  # a case of a bucket the PC did not ask about
    return False, buckets, {c[0]: (c[1], c[2]) for c in found}


def _is_digest(value: Any) -> bool:
    return (isinstance(value, list) and len(value) == 3 and isinstance(value[0], str)
            and isinstance(value[1], int) and not isinstance(value[1], bool)
            and isinstance(value[2], str))
