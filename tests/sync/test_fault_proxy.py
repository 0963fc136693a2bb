"""The fault proxy itself: it passes HTTP through unchanged and each fault does what it says."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

from tests.sync import fault_proxy as fp


class _Upstream(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self.server.received.append((self.path, b"", True))  # (path, body, came whole)
        if self.path == "/chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for part in (b"hello ", b"chunked ", b"world"):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")
            return
        if self.path == "/empty":
            self.send_response(204)
            self.end_headers()
            return
        self._reply(b"got " + self.path.encode())

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers["Content-Length"])
        body = self.rfile.read(length)
        whole = len(body) == length
        self.server.received.append((self.path, body, whole))
        if whole:
            self._reply(body[::-1] * 3)

    def _reply(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _server() -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Upstream)
    server.received = []
    server.daemon_threads = True
    server.handle_error = lambda request, address: None  # a cut peer is what we test
    return server


@pytest.fixture
def upstream():
    server = _server()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


class _Sleeps:
    """Records the proxy's sleeps instead of sleeping (shaping is checked, not timed)."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
def sleeps():
    return _Sleeps()


@pytest.fixture
def proxy(upstream, sleeps):
    with fp.FaultProxy(upstream.server_address[1], sleep=sleeps) as p:
        yield p


def _wait_received(upstream, n: int) -> None:
    # The upstream handler runs on its own thread; the client may see the cut first.
    for _ in range(500):  # bounded: 10 s
        if len(upstream.received) >= n:
            return
        threading.Event().wait(0.02)
    raise AssertionError(f"upstream got {len(upstream.received)} requests, expected {n}")


def test_requests_and_answers_pass_unchanged_on_one_kept_alive_connection(proxy, upstream):
    body = bytes(range(256)) * 400
    with requests.Session() as s:
        for i in range(3):
            r = s.post(proxy.url + f"/echo/{i}", data=body)
            assert r.status_code == 200 and r.content == body[::-1] * 3
        assert s.get(proxy.url + "/chunked").content == b"hello chunked world"
        assert s.get(proxy.url + "/empty").status_code == 204
        assert s.get(proxy.url + "/last").content == b"got /last"
    assert [p for p, _, _ in upstream.received] == [
        "/echo/0", "/echo/1", "/echo/2", "/chunked", "/empty", "/last"]
    assert all(whole for _, _, whole in upstream.received)
    assert [s.status for s in proxy.seen] == [200, 200, 200, 200, 204, 200]


def test_a_dropped_request_never_reaches_the_server(proxy, upstream):
    armed = proxy.arm(fp.drop(), path="/sync")
    with pytest.raises(requests.ConnectionError):
        requests.post(proxy.url + "/sync", data=b"x" * 1000)
    assert armed.fired.is_set()
    assert requests.post(proxy.url + "/sync", data=b"abc").content == b"cbacbacba"
    _wait_received(upstream, 1)
    assert [(p, b) for p, b, _ in upstream.received] == [("/sync", b"abc")]


def test_a_request_cut_mid_body_reaches_the_server_incomplete(proxy, upstream):
    proxy.arm(fp.cut_request(after=300))
    with pytest.raises(requests.ConnectionError):
        requests.post(proxy.url + "/sync", data=b"y" * 5000)
    _wait_received(upstream, 1)
    path, body, whole = upstream.received[0]
    assert path == "/sync" and not whole and 0 < len(body) < 300
    assert proxy.seen[0].forwarded_up == 300


def test_a_cut_is_clamped_so_the_request_is_never_whole(proxy, upstream):
    proxy.arm(fp.cut_request(after=10**9))
    with pytest.raises(requests.ConnectionError):
        requests.post(proxy.url + "/sync", data=b"z" * 100)
    _wait_received(upstream, 1)
    assert upstream.received[0][2] is False


def _raw_exchange(port: int, request: bytes) -> tuple[bytes, str]:
    """Send one request on a raw socket; what arrived and how the connection ended."""
    got = b""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request)
        while True:
            try:
                data = sock.recv(65536)
            except ConnectionResetError:
                return got, "reset"
            if not data:
                return got, "closed"
            got += data


POST = b"POST /sync HTTP/1.1\r\nHost: x\r\nContent-Length: 2000\r\n\r\n" + b"q" * 2000


def test_an_answer_cut_after_n_bytes_comes_after_the_server_handled_the_request(proxy, upstream):
    proxy.arm(fp.cut_response(after=50))
    got, end = _raw_exchange(proxy.port, POST)
    assert len(got) == 50 and got.startswith(b"HTTP/1.1 200") and end == "closed"
    _wait_received(upstream, 1)
    assert upstream.received[0][2] is True  # the server had the whole request and answered


def test_a_lost_answer_and_a_reset(proxy, upstream):
    proxy.arm(fp.cut_response(after=0, reset=True))
    got, end = _raw_exchange(proxy.port, POST)
    assert got == b"" and end == "reset"
    proxy.arm(fp.cut_request(after=20, reset=True))
    got, end = _raw_exchange(proxy.port, POST)
    assert got == b"" and end == "reset"
    # A reset may discard what was in flight: the server got part of it, or nothing.
    assert upstream.received[0][2] is True
    assert not any(whole for _, _, whole in upstream.received[1:])


def test_requests_reports_a_cut_answer_as_a_connection_error(proxy):
    proxy.arm(fp.cut_response(after=120))
    with pytest.raises((requests.ConnectionError, requests.exceptions.ChunkedEncodingError)):
        requests.post(proxy.url + "/sync", data=b"w" * 4000).content  # noqa: B018


def test_a_fault_hits_only_the_request_it_names(proxy, upstream):
    proxy.arm(fp.drop(), method="POST", path="/sync", skip=1)
    with requests.Session() as s:
        assert s.get(proxy.url + "/sync").status_code == 200  # not a POST
        assert s.post(proxy.url + "/other", data=b"1").status_code == 200  # another path
        assert s.post(proxy.url + "/sync?x=1", data=b"2").status_code == 200  # skipped
        with pytest.raises(requests.ConnectionError):
            s.post(proxy.url + "/sync", data=b"3")
        assert s.post(proxy.url + "/sync", data=b"4").status_code == 200  # fired once only
    assert [b for _, b, _ in upstream.received] == [b"", b"1", b"2", b"4"]


def test_offline_resets_and_retarget_moves_to_another_server(proxy, upstream):
    proxy.offline = True
    with pytest.raises(requests.ConnectionError):
        requests.get(proxy.url + "/a")
    proxy.offline = False
    other = _server()
    thread = threading.Thread(target=other.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        with requests.Session() as s:
            assert s.get(proxy.url + "/before").status_code == 200
            proxy.retarget(other.server_address[1])
            assert s.get(proxy.url + "/after").status_code == 200  # same client connection
    finally:
        other.shutdown()
        other.server_close()
    assert [p for p, _, _ in upstream.received] == ["/before"]
    assert [p for p, _, _ in other.received] == ["/after"]


def test_latency_and_bandwidth_are_applied_to_every_message(proxy, sleeps):
    proxy.shape(latency=0.25, rate_up=2000, rate_down=1000)
    body = b"b" * 3000
    r = requests.post(proxy.url + "/sync", data=body, timeout=10)
    assert r.content == body[::-1] * 3
    assert sleeps.calls.count(0.25) == 2  # once each way
    # Shaping waits (with the recording sleep, it only records them).
    assert len([c for c in sleeps.calls if c != 0.25]) > 5


def test_the_token_bucket_allows_rate_bytes_per_second():
    now = [0.0]

    def sleep(seconds: float) -> None:
        now[0] += seconds

    bucket = fp.TokenBucket(1000, burst=100, clock=lambda: now[0], sleep=sleep)
    bucket.take(100)  # the burst is there at once
    assert now[0] == 0.0
    bucket.take(10_000)
    assert now[0] == pytest.approx(10.0)
    now[0] += 5.0  # idle: the bucket refills only up to its burst
    bucket.take(300)
    assert now[0] == pytest.approx(15.2)


def test_faults_are_checked():
    with pytest.raises(ValueError):
        fp.Fault("explode")
    with pytest.raises(ValueError):
        fp.cut_request(-1)
    with pytest.raises(ValueError):
        fp.TokenBucket(0)
