"""Request ids, the body size limit, the access log and the last-resort 500, as plain ASGI.

The access log names the route template (not the path, whose ids and query string may
carry personal data), the status, the duration and the device; never bodies or addresses.
A client that hangs up before its request is read (a slow link dropping) is an ordinary
event: one line at info level, logged with status 499 (as proxies log it), no answer.
"""

from __future__ import annotations

import contextvars
import json
import logging
import re
import time
import uuid

from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect

from desktop.messages import Msg
from sync.server.errors import MSG_INTERNAL, MSG_TOO_LARGE

log = logging.getLogger("halotki.server.access")
errlog = logging.getLogger("halotki.server.errors")

CLIENT_CLOSED = 499  # the access log's status of a request its client gave up on
request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
_CLIENT_ID = re.compile(rb"[A-Za-z0-9._-]{8,64}")


class BodyTooLarge(HTTPException):
    """Raised while the body streams in; an HTTPException so FastAPI passes it through."""

    def __init__(self, limit: int) -> None:
        super().__init__(status_code=413)
        self.limit = limit


def request_id_of(scope) -> str:
    return scope.get("state", {}).get("request_id", "-")


def _error_json(msg: Msg, rid: str, **params) -> tuple[bytes, list]:
    payload = json.dumps({"error": {"code": msg.code, "message": msg.text("en", **params),
                                    "message_id": msg.text("id", **params), "field": None,
                                    "details": {}}}).encode()
    headers = [(b"content-type", b"application/json"),
               (b"content-length", str(len(payload)).encode()),
               (b"x-request-id", rid.encode())]
    return payload, headers


class RequestContext:
    def __init__(self, app, max_body_bytes: int) -> None:
        self.app = app
        self.max_body = max_body_bytes

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        sent = headers.get(b"x-request-id", b"")
        rid = sent.decode() if _CLIENT_ID.fullmatch(sent) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = rid
        token = request_id_var.set(rid)
        started = time.perf_counter()
        state = {"status": 500, "started": False, "received": 0}

        async def send_with_id(message) -> None:
            if message["type"] == "http.response.start":
                state["status"], state["started"] = message["status"], True
                message = {**message, "headers": [*message.get("headers", []),
                                                  (b"x-request-id", rid.encode())]}
            await send(message)

        async def limited_receive():
            message = await receive()
            if message["type"] == "http.request":
                state["received"] += len(message.get("body", b""))
                if state["received"] > self.max_body:
                    raise BodyTooLarge(self.max_body)
            return message

        try:
            length = headers.get(b"content-length")
            if length is not None and (not length.isdigit() or int(length) > self.max_body):
                await self._refuse_large(send_with_id, rid)
            else:
                await self.app(scope, limited_receive, send_with_id)
        except ClientDisconnect:
            # Nobody is left to answer; nothing of the request was kept.
            state["status"] = CLIENT_CLOSED
            errlog.info("client disconnected before its request was read", extra={
                "method": scope.get("method"), "route": _route(scope)})
        except Exception:
            errlog.exception("unhandled error in %s %s", scope.get("method"), _route(scope))
            if not state["started"]:
                payload, hdrs = _error_json(MSG_INTERNAL, rid, request_id=rid)
                await send({"type": "http.response.start", "status": 500, "headers": hdrs})
                await send({"type": "http.response.body", "body": payload})
        finally:
            log.info("request", extra={
                "method": scope.get("method"), "route": _route(scope), "status": state["status"],
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                "device": scope.get("state", {}).get("device_id", "-"),
            })
            request_id_var.reset(token)

    async def _refuse_large(self, send, rid: str) -> None:
        payload, hdrs = _error_json(MSG_TOO_LARGE, rid, limit=self.max_body)
        await send({"type": "http.response.start", "status": 413, "headers": hdrs[:2]})
        await send({"type": "http.response.body", "body": payload})


def _route(scope) -> str:
    route = scope.get("route")
    return getattr(route, "path", None) or "(unmatched)"
