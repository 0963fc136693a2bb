"""Schemathesis over every operation of the OpenAPI document, with valid device credentials
of a regional office (SBY) and of the national office (PST), on SQLite and PostgreSQL.

Checks: no 5xx, documented status codes, content types and headers, responses that match
their schema, and (for schema-violating input) that the server refuses it with a 4xx.
Examples are bounded so the whole run stays within the suite's time budget; the figures
(operations, examples, failures) are printed at the end of the session.
"""

from __future__ import annotations

import os
from collections import Counter

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.server.helpers import attach_on_server, create_case, enrol

# HALOTKI_FUZZ_SCALE=10 runs ten times as many examples (a deeper run by hand, not in CI).
_SCALE = int(os.environ.get("HALOTKI_FUZZ_SCALE", "1"))
MAX_EXAMPLES = {GenerationMode.POSITIVE: 12 * _SCALE, GenerationMode.NEGATIVE: 6 * _SCALE}
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_headers_conformance, response_schema_conformance]
STATS: Counter = Counter()
OPERATIONS: set[str] = set()


@pytest.fixture
def known_ids(client, ctx, devices):
    """Real objects, so that generated requests also reach the deep paths, not only 404."""
    pst = devices["PST"]
    assigned = create_case(client, pst, assign_to="SBY")["case"]
    create_case(client, pst)
    account = client.post("/api/v1/staff", headers=pst.headers, json={
        "username": "budi.sby", "full_name": "Budi Santoso", "office_code": "SBY",
        "role": "case_officer", "password": "rahasia-123"}).json()
    sha = attach_on_server(client, pst, assigned["id"], b"%PDF-1.4 a scanned passport")
    return {"case_ref": assigned["id"], "user_id": account["id"], "code": "SBY", "sha256": sha}


def _run_operation(operation, mode, headers, path_parameters=None) -> None:
    label = operation.label

    # The credential is a fixed header: a negative case must not count on removing it.
    strategy = operation.as_strategy(generation_mode=mode, path_parameters=path_parameters,
                                     headers=headers)

    @given(case=strategy)
    @settings(max_examples=MAX_EXAMPLES[mode], deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    def run(case):
        STATS["examples"] += 1
        response = case.call()
        STATS[f"status {response.status_code // 100}xx"] += 1
        checks = CHECKS + ([negative_data_rejection] if mode is GenerationMode.NEGATIVE else [])
        case.validate_response(response, checks=checks)

    OPERATIONS.add(label)
    try:
        run()
    except Unsatisfiable:
        # Nothing to make invalid (e.g. GET /health has no parameters and no body).
        assert mode is GenerationMode.NEGATIVE, label
        STATS["operations without negative cases"] += 1


@pytest.mark.loose_limits
@pytest.mark.parametrize("office", ["SBY", "PST"])
@pytest.mark.usefixtures("backend")
def test_schemathesis_finds_no_server_error_and_no_schema_violation(app, client, ctx, known_ids,
                                                                   office):
    device = enrol(client, ctx, office, label=f"fuzz-{office}")
    headers = {"Authorization": f"Bearer {device.credential.token}"}
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    labels = {operation.label for operation in operations}
    assert len(operations) >= 16 and "POST /api/v1/auth/device-unlock" in labels
    assert "GET /api/v1/stats" in labels
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            _run_operation(operation, mode, headers)
        names = {p.name for p in operation.path_parameters}
        if names:  # again with ids that exist, so the handlers behind the 404 run too
            fixed = {n: known_ids[n] for n in names}
            _run_operation(operation, GenerationMode.POSITIVE, headers, fixed)
    STATS["runs"] += 1


def pytest_terminal_summary_lines() -> list[str]:
    if not STATS:
        return []
    statuses = ", ".join(f"{k}: {v}" for k, v in sorted(STATS.items())
                         if k not in ("examples", "runs"))
    return [f"schemathesis: {len(OPERATIONS)} operations, {STATS['examples']} examples in "
            f"{STATS['runs']} runs (2 offices x databases); {statuses}"]
