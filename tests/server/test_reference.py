"""The server's reference lists come from the desktop's one definition."""

from __future__ import annotations

import json

from desktop.domain.reference import seed_reference
from sync.server.services import reference


def test_central_event_types_are_defined_once_in_the_desktop_seed():
    desktop = {it["code"]: it for it in seed_reference()["event_type"]}
    for code in ("ditugaskan", "dialihkan"):
        assert desktop[code]["extra"]["system"] is True
    server = {(r["kind"], r["code"]): r for r in reference.seed_items()}
    assert json.loads(server[("event_type", "dialihkan")]["extra"])["system"] is True
    # Nothing on the server that the desktop does not know.
    assert {code for kind, code in server if kind == "event_type"} == set(desktop)
