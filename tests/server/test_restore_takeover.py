"""End to end, a real PC against a live server: restoring an enrolled PC's backup takes the
device identity over (POST /enroll with `replaces`), and the PC the backup came from is
refused from then on; no two PCs ever hold one identity."""

from __future__ import annotations

import pytest

from desktop.paths import DataPaths
from desktop.session import enrolment
from desktop.session.enrolment import EnrolRequest
from desktop.session.login import log_in
from desktop.session.restore import restore
from desktop.store.replica import CENTRAL_CREDENTIAL_KEY
from sync.credentials import parse_token
from tests.conftest import ADMIN, ADMIN_PW, TEST_KDF
from tests.server.helpers import issue_code

pytestmark = pytest.mark.usefixtures("backend")


@pytest.fixture
def server_ctx(ctx):
    """What the shared `live_server` fixture serves: this test's server context."""
    return ctx


def _token(paths: DataPaths) -> str:
    core = log_in(paths, ADMIN, ADMIN_PW, TEST_KDF, record_login=False)
    try:
        return core.store.meta(CENTRAL_CREDENTIAL_KEY)
    finally:
        core.close()


def test_a_restored_backup_takes_the_identity_over_and_the_original_is_refused(
        live_server, ctx, client, tmp_path):
    original = DataPaths(tmp_path / "pc-asli")
    core = enrolment.enrol(original, EnrolRequest(
        live_server.url, issue_code(ctx, "SBY"), ADMIN, "Admin Kantor", ADMIN_PW, "PC-Loket"),
        TEST_KDF)
    try:
        backup = core.maintenance.backup(tmp_path / "cadangan.zip")
        old_token = core.store.meta(CENTRAL_CREDENTIAL_KEY)
    finally:
        core.close()
    old = parse_token(old_token)

    copy = DataPaths(tmp_path / "pc-baru")
    restore(copy, backup, ADMIN, ADMIN_PW, TEST_KDF, code=issue_code(ctx, "SBY"))
    new_token = _token(copy)
    new = parse_token(new_token)
    assert new.device_id == old.device_id and new.secret != old.secret

    def me(token):
        return client.get("/api/v1/device", headers={"Authorization": f"Bearer {token}"})

    assert me(new_token).status_code == 200
    refused = me(old_token)  # the PC the backup came from
    assert refused.status_code == 401 and refused.json()["error"]["code"] == "credential_invalid"
