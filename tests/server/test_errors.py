"""One JSON error shape for every failure; body limits; request ids; no personal data in logs."""

from __future__ import annotations

import logging

import pytest
from fastapi.testclient import TestClient

from sync.server.api.app import create_app
from tests.server.helpers import case_body

pytestmark = pytest.mark.usefixtures("backend")


def _shape(resp) -> dict:
    body = resp.json()
    assert set(body) == {"error"}
    err = body["error"]
    assert set(err) == {"code", "message", "message_id", "field", "details"}
    assert err["code"] and err["message"] and err["message_id"]
    assert "Traceback" not in resp.text
    return err


@pytest.mark.parametrize(("method", "path", "status", "code"), [
    ("GET", "/nowhere", 404, "not_found"),
    ("DELETE", "/api/v1/cases", 405, "method_not_allowed"),
    ("PUT", "/health", 405, "method_not_allowed"),
    ("GET", "/api/v1/cases/bad%20ref", 401, "credential_missing"),
])
def test_router_errors_have_the_shape(client, method, path, status, code):
    resp = client.request(method, path)
    assert resp.status_code == status
    assert _shape(resp)["code"] == code


@pytest.mark.parametrize("content", [b"{not json", b"[]", b'{"code": 5, "label": "x"}',
                                     b'{"code": "A", "label": "x", "extra": 1}', b'"x"'])
def test_invalid_bodies_are_422_without_echo(client, content):
    resp = client.post("/api/v1/enroll", content=content,
                       headers={"Content-Type": "application/json"})
    assert resp.status_code == 422
    err = _shape(resp)
    assert err["code"] == "validation_failed" and err["details"]["fields"]
    for field in err["details"]["fields"]:
        assert set(field) == {"field", "code", "message", "message_id"}


def test_invalid_path_and_query_parameters(client, devices):
    h = devices["PST"].headers
    assert client.get("/api/v1/cases", headers=h, params={"limit": 0}).status_code == 422
    assert client.get("/api/v1/cases", headers=h, params={"limit": "x"}).status_code == 422
    assert client.get("/api/v1/cases", headers=h, params={"office": "sby"}).status_code == 422
    assert client.get("/api/v1/cases/" + "a" * 65, headers=h).status_code == 422
    assert client.patch("/api/v1/staff/not-a-uuid", headers=h, json={}).status_code == 422


def test_unknown_query_parameters_are_refused(client, devices):
    resp = client.get("/api/v1/cases", headers=devices["PST"].headers, params={"ofice": "SBY"})
    assert resp.status_code == 422
    assert _shape(resp)["details"]["fields"][0]["field"] == "query.ofice"
    assert client.get("/api/v1/offices", headers=devices["SBY"].headers,
                      params={"x": "1"}).status_code == 422
    assert client.get("/health", params={"probe": "1"}).status_code == 200


def test_oversized_body_by_content_length(client, devices, settings):
    big = b'{"code": "' + b"A" * settings.max_body_bytes + b'", "label": "x"}'
    resp = client.post("/api/v1/enroll", content=big, headers={"Content-Type": "application/json"})
    assert resp.status_code == 413
    assert _shape(resp)["code"] == "body_too_large"
    assert resp.headers["x-request-id"]


def test_oversized_body_streamed_without_content_length(client, devices, settings):
    def chunks():
        yield b'{"code": "'
        for _ in range(settings.max_body_bytes // 65536 + 2):
            yield b"A" * 65536
        yield b'", "label": "x"}'

    resp = client.post("/api/v1/cases", content=chunks(), headers={
        **devices["PST"].headers, "Content-Type": "application/json"})
    assert resp.status_code == 413
    assert _shape(resp)["code"] == "body_too_large"


def test_request_id_is_echoed_or_made(client):
    mine = client.get("/health", headers={"X-Request-ID": "abc-12345"})
    assert mine.headers["x-request-id"] == "abc-12345"
    made = client.get("/health", headers={"X-Request-ID": "bad id; with spaces"})
    assert len(made.headers["x-request-id"]) == 32


def test_an_unexpected_failure_is_a_500_with_the_request_id(ctx, caplog):
    app = create_app(ctx)

    @app.get("/boom")
    def boom():
        raise RuntimeError("secret detail")

    with caplog.at_level(logging.ERROR), TestClient(app, raise_server_exceptions=False) as c:
        resp = c.get("/boom", headers={"X-Request-ID": "req-0000001"})
    assert resp.status_code == 500
    err = _shape(resp)
    assert err["code"] == "internal_error" and "req-0000001" in err["message"]
    assert "secret detail" not in resp.text
    assert any(r.exc_info for r in caplog.records)  # the details go to the log


def test_logs_carry_no_personal_data(client, devices, caplog):
    body = case_body(worker__nik="3578014101800001")
    with caplog.at_level(logging.DEBUG):
        created = client.post("/api/v1/cases", json=body, headers=devices["PST"].headers)
        client.get("/api/v1/cases", headers=devices["PST"].headers, params={"q": "Dewi Lestari"})
        client.post("/api/v1/cases", json=case_body(worker__nik="77777777"),
                    headers=devices["PST"].headers)
    assert created.status_code == 201
    ours = [r for r in caplog.records if r.name.startswith("halotki")]
    text = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in ours)
    access = [r for r in caplog.records if r.name == "halotki.server.access"]
    assert {r.route for r in access} >= {"/api/v1/cases"}
    # Long enough that no random id or duration contains them by chance.
    for secret in ("Dewi", "Siti", "3578014101800001", "B1234567", "81234567890", "Kenanga",
                   "77777777"):
        assert secret not in text
