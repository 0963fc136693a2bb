"""Attachment content: GET state (how much of it the device's office has sent), PUT a
piece, GET the content (sync/server/services/blobs.py says who may).

Uploads resume: ask for `received`, PUT the rest in pieces at that offset. Downloads
resume with a `Range: bytes=N-` header. Pieces are small (sync/protocol.py), so a cut
link costs at most one piece. A content the retention run deleted is 410 Gone, both ways.
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Header, Path, Query, Request, Response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from sync import protocol
from sync.server.api.deps import Context, CurrentActor
from sync.server.api.responses import errors
from sync.server.errors import BadRequest, Unprocessable
from sync.server.services import blobs as blob_service

router = APIRouter(prefix="/api/v1/blobs", tags=["sync"])

Sha = Annotated[str, Path(pattern=blob_service.SHA256.pattern,
                          description="SHA-256 of the content, lower-case hex")]
_RANGE = re.compile(r"^bytes=(\d{1,12})-$")
_PIECE_BODY = {"requestBody": {"required": True, "content": {"application/octet-stream": {
    "schema": {"type": "string", "format": "binary"}}}}}
_CONTENT = {200: {"description": "the content", "content": {"application/octet-stream": {
    "schema": {"type": "string", "format": "binary"}}}},
            206: {"description": "the content from the requested byte on",
                  "content": {"application/octet-stream": {
                      "schema": {"type": "string", "format": "binary"}}}}}


class BlobOut(BaseModel):
    sha256: str
    size: int
    received: int
    complete: bool


@router.get("/{sha256}", response_model=BlobOut,
            responses=errors(400, 401, 404, 410, 422, 503))
def blob_state(sha256: Sha, actor: CurrentActor, ctx: Context) -> BlobOut:
    with ctx.db.read() as conn:
        return BlobOut(**blob_service.state(conn, actor, sha256).wire())


@router.put("/{sha256}", response_model=BlobOut, openapi_extra=_PIECE_BODY,
            responses=errors(400, 401, 404, 409, 410, 413, 422, 503))
async def put_piece(sha256: Sha, request: Request, actor: CurrentActor, ctx: Context,
                    offset: Annotated[int, Query(ge=0, le=protocol.MAX_ATTACHMENT)]) -> BlobOut:
    # A link cut mid-piece ends here (the middleware logs it): nothing of the piece is
    # kept, and the PC asks for the offset again.
    data = await request.body()
    return await run_in_threadpool(_append, ctx, actor, sha256, offset, data)


def _append(ctx, actor, sha: str, offset: int, data: bytes) -> BlobOut:
    with ctx.db.write() as conn:
        result, damaged = blob_service.append(conn, actor, ctx.now(), sha, offset, data)
    if damaged:
        raise Unprocessable(blob_service.MSG_BLOB_DAMAGED, field="body")
    return BlobOut(**result.wire())


@router.get("/{sha256}/content",
            responses={**_CONTENT, **errors(400, 401, 404, 410, 422, 503)})
def blob_content(sha256: Sha, actor: CurrentActor, ctx: Context,
                 range_: Annotated[str | None, Header(alias="Range", max_length=40)] = None
                 ) -> Response:
    start = 0
    if range_:
        m = _RANGE.match(range_)
        if m is None:
            raise BadRequest(blob_service.MSG_BLOB_RANGE, field="Range")
        start = int(m.group(1))
    with ctx.db.read() as conn:
        st, data = blob_service.read(conn, actor, sha256, start)
    if start >= st.size and st.size:
        raise BadRequest(blob_service.MSG_BLOB_RANGE, field="Range")
    headers = {"Accept-Ranges": "bytes"}
    if start:
        headers["Content-Range"] = f"bytes {start}-{st.size - 1}/{st.size}"
    return Response(content=data, status_code=206 if start else 200, headers=headers,
                    media_type="application/octet-stream")
