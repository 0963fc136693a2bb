"""One error shape everywhere: {"error": {"code", "message", "message_id", "field", "details"}}.

Our own errors, FastAPI's validation errors, Starlette's 404/405, the body limit's 413 and
anything unexpected all leave through here; a client never sees a traceback, and the
validation details never echo what was sent (it may be personal data).
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from desktop.domain.validation import ValidationError, ValidationErrors
from desktop.messages import HaloError, Msg
from sync.server import errors as e

log = logging.getLogger("halotki.server.errors")

MSG_CONFLICT = Msg("conflict",
                   "Data ini baru saja diubah atau sudah ada. Muat ulang lalu coba lagi.",
                   "This data was just changed or already exists. Reload and try again.")
_BY_STATUS = {404: e.MSG_NOT_FOUND, 405: e.MSG_METHOD, 413: e.MSG_TOO_LARGE, 400: e.MSG_MALFORMED}


def body(msg: Msg, field: str | None = None, details: dict | None = None, **params) -> dict:
    return {"error": {"code": msg.code, "message": msg.text("en", **params),
                      "message_id": msg.text("id", **params), "field": field,
                      "details": details or {}}}


def respond(status: int, msg: Msg, field: str | None = None, details: dict | None = None,
            headers: dict | None = None, **params) -> JSONResponse:
    return JSONResponse(body(msg, field, details, **params), status_code=status, headers=headers)


def _field_errors(errors: list[ValidationError]) -> list[dict]:
    return [{"field": err.field, "code": err.code, "message": err.text("en"),
             "message_id": err.text("id")} for err in errors]


def _api_error(_request: Request, exc: e.ApiError) -> JSONResponse:
    headers = {"Retry-After": str(exc.retry_after)} if isinstance(exc, e.RateLimited) else None
    return respond(exc.status, exc.msg, exc.field, exc.details, headers, **exc.params)


def _domain_error(_request: Request, exc: HaloError) -> JSONResponse:
    """The domain's validation and rule errors: 422 with every field at fault."""
    if isinstance(exc, ValidationErrors):
        errors = exc.errors
    elif isinstance(exc, ValidationError):
        errors = [exc]
    else:
        errors = [ValidationError(exc.msg, field=exc.field or "", **exc.params)]
    return respond(422, e.MSG_INVALID_REQUEST, errors[0].field if len(errors) == 1 else None,
                   {"fields": _field_errors(errors)})


def _request_validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
    fields = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err.get("loc", ()))
        # "msg" describes the rule (length, type); "input" and "ctx" would echo the data.
        fields.append({"field": loc, "code": f"validation.{err.get('type', 'invalid')}",
                       "message": str(err.get("msg", "")), "message_id": str(err.get("msg", ""))})
    return respond(422, e.MSG_INVALID_REQUEST, fields[0]["field"] if len(fields) == 1 else None,
                   {"fields": fields})


def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
    msg = _BY_STATUS.get(exc.status_code, e.MSG_MALFORMED)
    params = {"limit": getattr(exc, "limit", 0)} if exc.status_code == 413 else {}
    return respond(exc.status_code, msg, headers=getattr(exc, "headers", None), **params)


def _db_unavailable(_request: Request, exc: Exception) -> JSONResponse:
    log.error("database unavailable: %s", type(exc).__name__)
    return respond(503, e.MSG_DB_DOWN, headers={"Retry-After": "30"})


def _integrity(_request: Request, exc: IntegrityError) -> JSONResponse:
    # A race between two writers (e.g. the same username twice): the loser is told to retry.
    log.warning("integrity conflict: %s", type(exc.orig).__name__)
    return respond(409, MSG_CONFLICT)


def install(app: FastAPI) -> None:
    app.add_exception_handler(e.ApiError, _api_error)
    app.add_exception_handler(HaloError, _domain_error)
    app.add_exception_handler(RequestValidationError, _request_validation)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(OperationalError, _db_unavailable)
    app.add_exception_handler(InterfaceError, _db_unavailable)
    app.add_exception_handler(IntegrityError, _integrity)
