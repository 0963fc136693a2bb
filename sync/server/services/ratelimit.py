"""Fixed-window attempt counters kept in the database, so all workers share one count.

The caller counts an attempt in its own short transaction before doing the work, so a
failed attempt still counts. Keys are hashed: a client address is personal data.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import Connection, case, delete

from sync.server.config import RateLimit
from sync.server.db.tables import rate_limits
from sync.server.db.upsert import upsert
from sync.server.errors import RateLimited

# Rows of windows older than this are dropped on the way; no limit has a longer window.
_KEEP_S = 24 * 3600


def hit(conn: Connection, key: str, limit: RateLimit, now_s: int) -> None:
    """Count one attempt; raises RateLimited (with seconds to wait) past the limit."""
    bucket = hashlib.sha256(key.encode("utf-8")).hexdigest()
    window = now_s - now_s % limit.window_s
    same_window = rate_limits.c.window_start == window
    attempts = upsert(
        conn, rate_limits, {"bucket": bucket, "window_start": window, "attempts": 1}, ["bucket"],
        set_={"attempts": case((same_window, rate_limits.c.attempts + 1), else_=1),
              "window_start": window},
        returning=[rate_limits.c.attempts],
    ).scalar_one()
    conn.execute(delete(rate_limits).where(rate_limits.c.window_start < now_s - _KEEP_S))
    if attempts > limit.attempts:
        raise RateLimited(max(1, window + limit.window_s - now_s))
