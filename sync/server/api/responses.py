"""Which error statuses each kind of operation documents (all with the one error body)."""

from __future__ import annotations

from sync.server.api.schemas import ErrorBody

_DESCRIPTIONS = {
    400: "Malformed request or invalid code",
    401: "No, unknown or revoked device credential",
    403: "Only the national office may do this",
    404: "Not found (or outside this device's office)",
    409: "Conflicts with the current state",
    410: "Expired",
    413: "Request body too large",
    422: "Invalid fields",
    429: "Too many attempts; see Retry-After",
    503: "Database unavailable",
}


def errors(*statuses: int) -> dict:
    return {s: {"model": ErrorBody, "description": _DESCRIPTIONS[s]} for s in statuses}


READ = errors(400, 401, 404, 422, 503)
WRITE = errors(400, 401, 403, 404, 409, 413, 422, 503)
