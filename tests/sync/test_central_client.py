"""The PC's client against a tiny local HTTP handler that answers exactly the bytes a test
gives it: what each answer (whole, cut, malformed, someone else's) becomes, and what the
client sends (an enrolment that replaces an old device)."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from desktop.sync import errors as e
from desktop.sync.api import CentralClient
from desktop.sync.transport import SyncTransport
from sync import protocol
from sync.credentials import DeviceCredential

CREDENTIAL = DeviceCredential("0123456789abcdef0123456789abcdef", "S" * 43)
ENROLLED = {"device_id": "fedcba9876543210fedcba9876543210", "device_secret": "T" * 43,
            "device_letter": "B", "office": {"code": "SBY", "name": "BP3TKI Surabaya",
                                              "tz": "WIB", "national": False}}


def http(status: str, body: bytes = b"", headers: dict[str, str] | None = None,
         framed: bool = True) -> bytes:
    """A raw answer; framed=False leaves out its length (as when the head was cut)."""
    head = dict(headers or {})
    if framed:
        head["Content-Length"] = str(len(body))
    lines = [f"HTTP/1.1 {status}", *(f"{k}: {v}" for k, v in head.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def json_answer(status: str, data) -> bytes:
    return http(status, json.dumps(data).encode(), {"Content-Type": "application/json"})


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.server.requests.append((self.command, self.path, dict(self.headers),
                                     self.rfile.read(length)))
        self.wfile.write(self.server.answer)
        self.close_connection = True

    do_GET = do_POST = do_PUT = _answer  # noqa: N815 - http.server's naming


@pytest.fixture
def handler():
    """handler.answer = raw bytes to send back; handler.requests: what came in."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.requests = []
    server.answer = b""
    server.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


# -- CentralClient.enrol(replaces=...) -------------------------------------------------------

def test_an_enrolment_that_replaces_a_device_sends_its_token(handler):
    handler.answer = json_answer("201 Created", ENROLLED)
    with CentralClient(handler.url) as client:
        enrolment = client.enrol("ABCD-EFGH-JKMN", "PC-Loket", unlock_key=bytes(32),
                                 replaces=CREDENTIAL.token)
    method, path, headers, body = handler.requests[-1]
    assert (method, path) == ("POST", "/api/v1/enroll") and "Authorization" not in headers
    sent = json.loads(body)
    assert sent["replaces"] == CREDENTIAL.token
    assert (sent["code"], sent["label"]) == ("ABCD-EFGH-JKMN", "PC-Loket")
    assert enrolment.credential.device_id == ENROLLED["device_id"]
    assert client.credential == enrolment.credential


def test_an_ordinary_enrolment_sends_no_replaces(handler):
    handler.answer = json_answer("201 Created", ENROLLED)
    with CentralClient(handler.url) as client:
        client.enrol("ABCD-EFGH-JKMN", "PC-Loket")
    assert "replaces" not in json.loads(handler.requests[-1][3])


# -- what an answer becomes ------------------------------------------------------------------

def _this_device(url):
    with CentralClient(url, CREDENTIAL) as client:
        return client.this_device()


def _enrol(url):
    with CentralClient(url) as client:
        return client.enrol("ABCD-EFGH-JKMN", "PC-Loket")


def _offices(url):
    with CentralClient(url, CREDENTIAL) as client:
        return client.list_offices()


def _unlock(url):
    with CentralClient(url) as client:
        return client.device_unlock(CREDENTIAL.device_id, "budi.sby", "rahasia-123")


def _round(url):
    with CentralClient(url, CREDENTIAL) as client:
        return SyncTransport(client).round({"cursor": 0, "changes": []})


def _blob_state(url):
    from desktop.sync import blobs

    with CentralClient(url, CREDENTIAL) as client:
        return blobs.server_state(SyncTransport(client), "ab" * 32)


CUT = {
    "ok-status-line-only": (_this_device, http("200 OK", framed=False)),
    "ok-no-body": (_this_device, http("200 OK")),
    "ok-half-a-json": (_this_device, http("200 OK", b'{"device_id": "01')),
    "ok-not-an-object": (_this_device, json_answer("200 OK", ["device"])),
    "enrolment-without-office": (_enrol, json_answer("201 Created", {
        **ENROLLED, "office": None})),
    "enrolment-bad-credential": (_enrol, json_answer("201 Created", {
        **ENROLLED, "device_secret": "short"})),
    "office-without-name": (_offices, json_answer("200 OK", [{"code": "SBY"}])),
    "unlock-key-not-base64": (_unlock, json_answer("200 OK", {
        "unlock_key": "???", "user": {"id": "1", "username": "budi.sby", "full_name": "Budi",
                                      "role": "case_officer", "office_code": "SBY",
                                      "active": True}})),
    "refusal-status-line-only": (_this_device, http("409 Conflict", framed=False)),
    "round-empty": (_round, http("200 OK", framed=False)),
    "round-not-gzip": (_round, http("200 OK", b"<html>portal</html>")),
    "round-gzip-cut": (_round, http("200 OK", protocol.encode({"v": protocol.VERSION})[:12])),
    "round-not-an-object": (_round, http("200 OK", protocol.encode([protocol.VERSION]))),
    "blob-state-empty": (_blob_state, http("200 OK", framed=False)),
    "blob-state-without-received": (_blob_state, json_answer("200 OK", {"size": 3})),
    "blob-state-received-not-a-number": (_blob_state, json_answer("200 OK", {
        "received": "12"})),
}


@pytest.mark.parametrize(("call", "answer"), CUT.values(), ids=CUT.keys())
def test_a_cut_or_malformed_answer_is_offline(handler, call, answer):
    handler.answer = answer
    with pytest.raises(e.AnswerCut) as info:
        call(handler.url)
    assert isinstance(info.value, e.ServerUnreachable) and info.value.exit_code == 9
    assert "coba lagi nanti" in info.value.text("id")
    assert "try again later" in info.value.text("en")


def test_another_servers_page_still_says_check_the_address(handler):
    handler.answer = http("404 Not Found", b"<html>not here</html>",
                          {"Content-Type": "text/html"})
    with pytest.raises(e.BadResponse) as info:
        _this_device(handler.url)
    assert info.value.status == 404 and not isinstance(info.value, e.ServerUnreachable)


def test_a_whole_answer_of_another_protocol_version_is_not_a_cut(handler):
    handler.answer = http("200 OK", protocol.encode({"v": protocol.VERSION + 1}))
    with pytest.raises(e.BadResponse):
        _round(handler.url)


def test_the_servers_own_refusals_are_kept(handler):
    handler.answer = json_answer("429 Too Many Requests", {"error": {
        "code": "rate_limited", "message": "Too many", "details": {"retry_after": "soon"}}})
    with pytest.raises(e.RateLimited) as info:
        _this_device(handler.url)
    assert info.value.retry_after == 0  # a malformed detail is no crash either
    handler.answer = json_answer("409 Conflict", {"error": {
        "code": "blob_offset", "message": "x", "details": {"received": 5}}})
    with pytest.raises(e.Conflict) as conflict:
        _this_device(handler.url)
    assert conflict.value.details == {"received": 5}
