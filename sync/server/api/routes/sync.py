"""POST /api/v1/sync (push and pull in one round trip), /api/v1/sync/rebuild (re-download,
of the whole scope or of named cases) and /api/v1/sync/drift (which cases differ).

Bodies are gzip'd compact JSON (sync/protocol.py), not FastAPI models: a batch of changes
is validated change by change, so one bad change is refused alone and never blocks the
rest. Blocking database work runs in the thread pool.

A pull answer records, in its own transaction, how far the device has been sent the change
log (devices.pulled_seq): whether a device had been sent a case's move is the server's
fact. A full batch gets no pulled changes (the PC has more to push, recorded before it
could learn of anything in them); "before_move", which PCs of the previous release send,
is ignored: what it claimed is now for the server to tell.

What the device holds (services/device_holdings.py) is recorded with what it pushed (the
roots it made, in the push's transaction), with each pull answer (in its transaction) and
after each page of a re-download is read.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from sync import protocol
from sync.server.api.deps import Context, CurrentActor
from sync.server.api.responses import errors
from sync.server.errors import BadRequest, Unprocessable
from sync.server.services import device_holdings, sync_drift, sync_pull
from sync.server.services import reference as reference_service
from sync.server.services.sync_apply import apply_push
from sync.server.services.sync_messages import MSG_SYNC_MALFORMED, MSG_SYNC_VERSION
from sync.server.services.sync_validate import Invalid, check_envelope

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1/sync", tags=["sync"])

_BODY = {"requestBody": {"required": True, "content": {protocol.CONTENT_TYPE: {
    "schema": {"type": "string", "format": "binary"}}}}}
_ANSWER = {200: {"description": "gzip'd JSON (sync/protocol.py)",
                 "content": {protocol.CONTENT_TYPE: {"schema": {"type": "string",
                                                                "format": "binary"}}}}}


def _message(body: bytes) -> dict[str, Any]:
    try:
        msg = protocol.decode(body)
    except protocol.ProtocolError:
        raise Unprocessable(MSG_SYNC_MALFORMED) from None
    if not isinstance(msg, dict):
        raise Unprocessable(MSG_SYNC_MALFORMED)
    if msg.get("v") != protocol.VERSION:
        raise BadRequest(MSG_SYNC_VERSION, field="v", version=protocol.VERSION)
    return msg


def _int(msg: dict, key: str) -> int:
    value = msg.get(key, 0)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2 ** 62:
        raise Unprocessable(MSG_SYNC_MALFORMED, field=key)
    return value


def _answer(out: dict[str, Any]) -> Response:
    return Response(content=protocol.encode({"v": protocol.VERSION, **out}),
                    media_type=protocol.CONTENT_TYPE)


@router.post("", responses={**_ANSWER, **errors(400, 401, 413, 422, 503)}, openapi_extra=_BODY)
async def sync(request: Request, actor: CurrentActor, ctx: Context) -> Response:
    msg = _message(await request.body())
    return _answer(await run_in_threadpool(_sync, ctx, actor, msg))


def _sync(ctx, actor, msg: dict) -> dict[str, Any]:
    cursor = _int(msg, "cursor")
    raw = msg.get("changes", [])
    if not isinstance(raw, list) or len(raw) > protocol.MAX_PUSH:
        raise Unprocessable(MSG_SYNC_MALFORMED, field="changes")
    items, rejected = [], []
    for obj in raw:
        change_id = _change_id(obj)
        try:
            change = protocol.parse_change(obj)
            check_envelope(change)
        except protocol.ProtocolError:
            rejected.append({"id": change_id, "code": MSG_SYNC_MALFORMED.code,
                             "message_id": MSG_SYNC_MALFORMED.id,
                             "message_en": MSG_SYNC_MALFORMED.en})
        except Invalid as exc:
            rejected.append(exc.wire(change_id))
        else:
            items.append(change)
    now = ctx.now()
    restamped: list[dict] = []
    skew = 0
    if items:
        with ctx.db.write() as conn:
            result = apply_push(conn, actor, now, items, reference_service.load(conn))
            device_holdings.record_pushed(conn, actor, now,
                                          _made_roots(items, result.rejected))
        # Every change of the batch is acknowledged unless refused: only the exceptions
        # travel (a list of ids would make the answer a third of the upload).
        restamped = [a for a in result.acks if "hlc" in a]
        skew = result.skew_ms
        rejected += result.rejected
    if len(raw) >= protocol.MAX_PUSH:
        # The PC has more to push: what others did (a move of one of its cases among it)
        # comes with its last batch, after everything it recorded before.
        got, check = sync_pull.Pull([], cursor, more=True), None
    else:
        with ctx.db.snapshot() as conn:
            got, check = sync_pull.answer(conn, actor, cursor, msg.get("check") is True, now)
    out = {"acked": len(raw), "restamped": restamped, "rejected": rejected,
           "changes": got.changes, "cursor": got.cursor,
           "more": got.more, "checksum": check, "clock_skew_ms": skew,
           "server_time_ms": int(now.timestamp() * 1000)}
    if got.scope_roots is not None:
        out["scope_roots"] = got.scope_roots
    return out


def _made_roots(items: list[protocol.Change], rejected: list[dict]) -> dict[str, str]:
    """{root id: kind} of the cases and information requests the batch made (accepted)."""
    refused = {r["id"] for r in rejected}
    return {c.entity_id: c.entity for c in items
            if c.entity in protocol.ROOTS and c.op == "insert" and c.change_id not in refused}


def _change_id(obj: Any) -> str:
    """The id a change is acknowledged or refused by; a change without one the PC could
    know it by (or the answer could even carry) makes the whole body unreadable."""
    change_id = obj.get("change_id") if isinstance(obj, dict) else None
    if (not isinstance(change_id, str) or not change_id or len(change_id) > 64
            or not protocol.clean_text(change_id)):
        raise Unprocessable(MSG_SYNC_MALFORMED, field="changes")
    return change_id


@router.post("/rebuild", responses={**_ANSWER, **errors(400, 401, 413, 422, 503)},
             openapi_extra=_BODY)
async def rebuild(request: Request, actor: CurrentActor, ctx: Context) -> Response:
    msg = _message(await request.body())
    return _answer(await run_in_threadpool(_rebuild, ctx, actor, msg))


def _rebuild(ctx, actor, msg: dict) -> dict[str, Any]:
    if "ids" in msg:
        return _rebuild_cases(ctx, actor, _ids(msg))
    after = msg.get("after", "")
    if not isinstance(after, str) or len(after) > 100 or not protocol.clean_text(after):
        raise Unprocessable(MSG_SYNC_MALFORMED, field="after")
    try:
        protocol.is_directory_page(after)
    except protocol.ProtocolError:
        raise Unprocessable(MSG_SYNC_MALFORMED, field="after") from None
    with ctx.db.snapshot() as conn:
        page = sync_pull.rebuild_page(conn, actor, after)
    if page.directory is None:
        # Its own short write after the read: a page of a hundred cases does not hold the
        # write lock. A page the device then does not get is one it will ask for again.
        with ctx.db.write() as conn:
            device_holdings.record_page(conn, actor, ctx.now(), after, page.kinds,
                                        page.last_of_roots)
    out = {"cases": page.case_ids, "changes": page.changes, "next": page.next_after,
           "cursor": page.cursor}
    if page.directory is not None:
        out["directory"] = page.directory
    return out


def _ids(msg: dict) -> list[str]:
    ids = msg.get("ids")
    if (not isinstance(ids, list) or not 0 < len(ids) <= protocol.REBUILD_CASES
            or not all(_short_text(i, 64) for i in ids)):
        raise Unprocessable(MSG_SYNC_MALFORMED, field="ids")
    return sorted(set(ids))


def _short_text(value: Any, most: int) -> bool:
    return isinstance(value, str) and 0 < len(value) <= most and protocol.clean_text(value)


def _rebuild_cases(ctx, actor, ids: list[str]) -> dict[str, Any]:
    """Named cases again, whole (those a drift showed); one not in the scope is left out
    and the device, which removes it, no longer holds it."""
    with ctx.db.snapshot() as conn:
        page = sync_drift.cases_page(conn, actor, ids)
    with ctx.db.write() as conn:
        device_holdings.synced(conn, actor, ctx.now())
        device_holdings.hold(conn, actor.device, ctx.now(), page.kinds)
        device_holdings.release(conn, actor.device, ctx.now(), set(ids) - set(page.kinds))
    return {"cases": page.case_ids, "changes": page.changes, "next": None,
            "cursor": page.cursor}


@router.post("/drift", responses={**_ANSWER, **errors(400, 401, 413, 422, 503)},
             openapi_extra=_BODY)
async def drift(request: Request, actor: CurrentActor, ctx: Context) -> Response:
    msg = _message(await request.body())
    return _answer(await run_in_threadpool(_drift, ctx, actor, _buckets(msg)))


def _buckets(msg: dict) -> dict[str, str]:
    """The PC's {bucket: checksum}: at most one per bucket there can be, short texts."""
    buckets = msg.get("buckets")
    if (not isinstance(buckets, dict) or len(buckets) > 16 ** protocol.DRIFT_PREFIX + 1
            or not all(_short_text(k, 16) and _short_text(v, 100)
                       for k, v in buckets.items())):
        raise Unprocessable(MSG_SYNC_MALFORMED, field="buckets")
    return buckets


def _drift(ctx, actor, theirs: dict[str, str]) -> dict[str, Any]:
    with ctx.db.snapshot() as conn:
        found = sync_drift.locate(conn, actor, theirs)
    if found.totals_drifted:
        log.warning("a running scope total differs from its case digests: summed again")
        with ctx.db.write() as conn:
            sync_drift.repair_totals(conn, actor, ctx.now())
    return {"whole": found.whole, "buckets": found.buckets,
            "cases": [list(c) for c in found.cases]}
