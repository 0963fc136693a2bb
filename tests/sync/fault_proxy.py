"""A fault-injecting TCP proxy for HTTP/1.1 on loopback, between a sync client and the server.

The link is shaped all the time (added latency, a bandwidth cap per direction: a token
bucket) and faults are armed one at a time by the test: drop a request before it reaches
the server, cut the connection after N bytes of a request or of a response (mid-body),
after the answer's status line alone, or N bytes into the answer's body, optionally with a
reset (RST, via SO_LINGER 0) instead of a clean close.

The proxy follows HTTP/1.1 framing (Content-Length, chunked, or until close), so a fault
names a request ("the 2nd POST to /api/v1/sync") and a byte offset inside it, and so it is
deterministic: a cut request never reaches the server whole (nothing is applied), a cut or
lost response always comes after the server answered (it committed). The client side is
kept alive like a real link; each request gets its own upstream connection, so the server
behind can be restarted on another port (`retarget`) while clients keep their URL.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

HEAD_LIMIT = 64 * 1024
CHUNK = 16 * 1024
ACCEPT_POLL_S = 0.2  # how often the accept loop looks whether the proxy was closed
IO_TIMEOUT_S = 60.0  # a socket that says nothing for this long is given up (never in a pass)


class LinkCut(Exception):
    """The connection was cut (by a fault, or by a peer that went away)."""


# -- link shaping -------------------------------------------------------------------------

class TokenBucket:
    """`rate` bytes per second with bursts of up to `burst` bytes; `take` blocks until sent."""

    def __init__(self, rate: float, burst: int | None = None, *,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = float(rate)
        self.burst = int(burst if burst is not None else max(1, min(CHUNK, int(rate / 10) or 1)))
        self.clock, self.sleep = clock, sleep
        self.tokens = float(self.burst)
        self.stamp = clock()
        self.lock = threading.Lock()

    def piece(self) -> int:
        """The largest piece worth sending at once."""
        return self.burst

    def take(self, n: int) -> None:
        with self.lock:  # one sender at a time per direction: the link is shared
            while n > 0:
                part = min(n, self.burst)
                self._refill()
                if self.tokens < part:
                    self.sleep((part - self.tokens) / self.rate)
                    self._refill()
                self.tokens -= part
                n -= part

    def _refill(self) -> None:
        now = self.clock()
        self.tokens = min(float(self.burst), self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now


# -- faults -------------------------------------------------------------------------------

DROP, CUT_REQUEST, CUT_RESPONSE = "drop", "cut_request", "cut_response"
STATUS_ONLY, CUT_BODY = "status_only", "cut_body"


@dataclass(frozen=True)
class Fault:
    """What happens to one request.

    drop: the request is read from the client and never forwarded; the client's connection
      is then closed (or reset) without an answer.
    cut_request: `after` bytes of the request (head and body) are forwarded, then both
      connections are closed; clamped so the server never gets the request whole.
    cut_response: the request is forwarded whole, the server answers (so it committed),
      `after` bytes of the answer reach the client, then both connections are closed;
      clamped so the client never gets the answer whole. after=0: "answer lost".
    status_only: as cut_response, but exactly the answer's status line reaches the client
      (whatever its length): a client then sees that status and an empty body.
    cut_body: as cut_response, but `after` counts from the start of the answer's body (the
      whole head reaches the client); clamped so the body never arrives whole.
    """

    kind: str
    after: int = 0
    reset: bool = False  # RST instead of FIN

    def __post_init__(self) -> None:
        if (self.kind not in (DROP, CUT_REQUEST, CUT_RESPONSE, STATUS_ONLY, CUT_BODY)
                or self.after < 0):
            raise ValueError(f"bad fault {self!r}")


def drop(reset: bool = False) -> Fault:
    return Fault(DROP, 0, reset)


def cut_request(after: int, reset: bool = False) -> Fault:
    return Fault(CUT_REQUEST, after, reset)


def cut_response(after: int = 0, reset: bool = False) -> Fault:
    return Fault(CUT_RESPONSE, after, reset)


def status_only(reset: bool = False) -> Fault:
    return Fault(STATUS_ONLY, 0, reset)


def cut_body(after: int, reset: bool = False) -> Fault:
    return Fault(CUT_BODY, after, reset)


@dataclass
class Armed:
    fault: Fault
    method: str = ""
    path: str = ""  # a prefix of the request target
    skip: int = 0  # matching requests let through before this one
    fired: threading.Event = field(default_factory=threading.Event)

    def matches(self, method: str, path: str) -> bool:
        return ((not self.method or method == self.method)
                and path.split("?", 1)[0].startswith(self.path))


@dataclass
class Seen:
    """One request as the proxy saw it."""

    method: str
    path: str
    fault: Fault | None
    status: int = 0  # of the answer, when one came (0: none reached the proxy)
    forwarded_up: int = 0  # bytes of the request that reached the server
    forwarded_down: int = 0  # bytes of the answer that reached the client


# -- HTTP framing ---------------------------------------------------------------------------

class _Reader:
    """Buffered reads from a socket, with the direction's shaping applied."""

    def __init__(self, sock: socket.socket, bucket: TokenBucket | None) -> None:
        self.sock, self.bucket, self.buf = sock, bucket, b""

    def _more(self) -> bool:
        size = self.bucket.piece() if self.bucket else CHUNK
        try:
            data = self.sock.recv(size)
        except OSError:
            data = b""
        if not data:
            return False
        if self.bucket:
            self.bucket.take(len(data))
        self.buf += data
        return True

    def head(self) -> bytes | None:
        """Up to and including the blank line; None at a clean end of the stream."""
        while b"\r\n\r\n" not in self.buf:
            if len(self.buf) > HEAD_LIMIT:
                raise LinkCut("head too large")
            if not self._more():
                if self.buf:
                    raise LinkCut("cut inside a head")
                return None
        end = self.buf.index(b"\r\n\r\n") + 4
        out, self.buf = self.buf[:end], self.buf[end:]
        return out

    def exactly(self, n: int) -> bytes:
        while len(self.buf) < n:
            if not self._more():
                raise LinkCut("cut inside a body")
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def line(self) -> bytes:
        while b"\r\n" not in self.buf:
            if len(self.buf) > HEAD_LIMIT or not self._more():
                raise LinkCut("cut inside a chunk")
        end = self.buf.index(b"\r\n") + 2
        out, self.buf = self.buf[:end], self.buf[end:]
        return out

    def rest(self) -> bytes:
        while self._more():
            pass
        out, self.buf = self.buf, b""
        return out

    def body(self, headers: dict[str, str], *, until_close: bool) -> tuple[bytes, bool]:
        """The raw framed body and whether the connection must close after it."""
        if "chunked" in headers.get("transfer-encoding", "").lower():
            parts = []
            while True:
                size_line = self.line()
                parts.append(size_line)
                size = int(size_line.split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    while True:  # trailers, then the blank line
                        trailer = self.line()
                        parts.append(trailer)
                        if trailer == b"\r\n":
                            return b"".join(parts), False
                parts.append(self.exactly(size + 2))
        if "content-length" in headers:
            return self.exactly(int(headers["content-length"])), False
        if until_close:
            return self.rest(), True
        return b"", False


def _parse_head(head: bytes) -> tuple[str, dict[str, str]]:
    lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    return lines[0], headers


def _close(sock: socket.socket | None, reset: bool = False) -> None:
    if sock is None:
        return
    with contextlib.suppress(OSError):
        if reset:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        else:
            sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()


def _cut_answer(fault: Fault | None, head: bytes, body: bytes) -> bytes:
    """What of the answer reaches the client under `fault` (never the whole of it)."""
    response = head + body
    kind = fault.kind if fault is not None else None
    if kind == CUT_RESPONSE:
        return response[:min(fault.after, len(response) - 1)]
    if kind == STATUS_ONLY:
        return head[:head.index(b"\r\n") + 2]
    if kind == CUT_BODY:
        return head + body[:min(fault.after, max(len(body) - 1, 0))]
    return response


# -- the proxy ------------------------------------------------------------------------------

class FaultProxy:
    def __init__(self, upstream_port: int, upstream_host: str = "127.0.0.1", *,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic, listen_port: int = 0) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.latency = 0.0  # seconds added to every request and every answer
        self.rate_up: float | None = None  # bytes/s client -> server
        self.rate_down: float | None = None  # bytes/s server -> client
        self.offline = False  # every new request is reset: no link at all
        self.sleep, self.clock = sleep, clock
        self.seen: list[Seen] = []
        self._armed: list[Armed] = []
        self._lock = threading.Lock()
        self._buckets: tuple[TokenBucket | None, TokenBucket | None] = (None, None)
        self._conns: set[socket.socket] = set()
        self._listener = socket.create_server(("127.0.0.1", listen_port))
        self._listener.settimeout(ACCEPT_POLL_S)
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._accept_loop, name="fault-proxy", daemon=True)

    # -- control --------------------------------------------------------------------------
    @property
    def port(self) -> int:
        return self._listener.getsockname()[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        self._thread.start()
        return self

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._closed.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the accept loop at once
        self._thread.join(timeout=5)
        _close(self._listener)
        self.drop_connections()

    def retarget(self, upstream_port: int, upstream_host: str = "127.0.0.1") -> None:
        """Send the next requests to another server (a restarted one)."""
        self.upstream = (upstream_host, upstream_port)

    def shape(self, *, latency: float = 0.0, rate_up: float | None = None,
              rate_down: float | None = None) -> None:
        self.latency, self.rate_up, self.rate_down = latency, rate_up, rate_down
        self._buckets = (self._bucket(rate_up), self._bucket(rate_down))

    def _bucket(self, rate: float | None) -> TokenBucket | None:
        return TokenBucket(rate, clock=self.clock, sleep=self.sleep) if rate else None

    def arm(self, fault: Fault, *, path: str = "", method: str = "", skip: int = 0) -> Armed:
        """The fault hits the (skip+1)-th request from now whose target starts with `path`."""
        armed = Armed(fault, method, path, skip)
        with self._lock:
            self._armed.append(armed)
        return armed

    def disarm(self) -> None:
        with self._lock:
            self._armed.clear()

    def drop_connections(self) -> None:
        """Close every client connection (as a link that went down between requests)."""
        with self._lock:
            conns, self._conns = list(self._conns), set()
        for sock in conns:
            _close(sock)

    def _fault_for(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for armed in self._armed:
                if armed.matches(method, path):
                    if armed.skip:
                        armed.skip -= 1
                        continue
                    self._armed.remove(armed)
                    armed.fired.set()
                    return armed.fault
        return None

    # -- the loop ---------------------------------------------------------------------------
    def _accept_loop(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(IO_TIMEOUT_S)
            client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self._conns.add(client)
            threading.Thread(target=self._serve, args=(client,), daemon=True,
                             name="fault-proxy-conn").start()

    def _serve(self, client: socket.socket) -> None:
        reader = _Reader(client, None)
        reset = False
        try:
            while not self._closed.is_set():
                if self.offline:
                    reset = True
                    return
                reader.bucket, down_bucket = self._buckets
                head = reader.head()
                if head is None:
                    return
                start, headers = _parse_head(head)
                method, _, rest = start.partition(" ")
                path = rest.rsplit(" ", 1)[0]
                body, _ = reader.body(headers, until_close=False)
                if self.offline:
                    reset = True
                    return
                fault = self._fault_for(method, path)
                seen = Seen(method, path, fault)
                self.seen.append(seen)
                keep = self._exchange(client, head + body, method, seen, down_bucket)
                if not keep:
                    reset = bool(fault and fault.reset)
                    return
        except LinkCut:
            return
        finally:
            with self._lock:
                self._conns.discard(client)
            _close(client, reset)

    def _exchange(self, client: socket.socket, request: bytes, method: str, seen: Seen,
                  down_bucket: TokenBucket | None) -> bool:
        """One request and its answer; False when the client connection must end."""
        fault = seen.fault
        if self.latency:
            self.sleep(self.latency)
        if fault is not None and fault.kind == DROP:
            return False
        try:
            upstream = socket.create_connection(self.upstream, timeout=IO_TIMEOUT_S)
        except OSError:
            return False  # the server is down: the client sees the link close
        try:
            upstream.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if fault is not None and fault.kind == CUT_REQUEST:
                part = request[:min(fault.after, len(request) - 1)]
                with contextlib.suppress(OSError):
                    upstream.sendall(part)
                seen.forwarded_up = len(part)
                _close(upstream, fault.reset)
                upstream = None
                return False
            try:
                upstream.sendall(request)
            except OSError:
                return False
            seen.forwarded_up = len(request)
            answer = _Reader(upstream, None)
            head = answer.head()
            if head is None:
                return False
            status_line, headers = _parse_head(head)
            status = int(status_line.split(" ", 2)[1])
            seen.status = status
            no_body = method == "HEAD" or status in (204, 304) or 100 <= status < 200
            body, must_close = (b"", False) if no_body else answer.body(headers, until_close=True)
            if self.latency:
                self.sleep(self.latency)
            response = _cut_answer(fault, head, body)
            for start in range(0, len(response), CHUNK):
                piece = response[start:start + CHUNK]
                if down_bucket:
                    down_bucket.take(len(piece))
                client.sendall(piece)
                seen.forwarded_down += len(piece)
            if fault is not None and fault.kind in (CUT_RESPONSE, STATUS_ONLY, CUT_BODY):
                return False
            return not must_close and headers.get("connection", "").lower() != "close"
        except (OSError, LinkCut):
            return False
        finally:
            _close(upstream)
