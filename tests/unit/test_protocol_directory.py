"""The wire contract's directory (sync/protocol.py): its changes name no case, its rows are
counted under one pseudo case, its seed is the same on every replica, and the scoped
re-download's directory pages."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from sync import protocol
from sync.hlc import format_hlc, now_ms

SEED = json.loads(resources.files("desktop.seed").joinpath("stakeholders.json").read_text("utf-8"))
CHANGE = {"change_id": "c1", "entity": "stakeholder", "entity_id": "s1", "case_id": "",
          "op": "update", "fields": {"phone": "+6221000"}, "hlc": "1764550000000-0000-abcd"}


def test_a_directory_change_names_no_case():
    assert protocol.parse_change(CHANGE).case_id == ""
    with pytest.raises(protocol.ProtocolError):
        protocol.parse_change({**CHANGE, "case_id": "k1"})
    with pytest.raises(protocol.ProtocolError):  # a case's rows still name their case
        protocol.parse_change({**CHANGE, "entity": "referral"})


def test_directory_rows_count_under_one_pseudo_case():
    row = {name: "" for name in protocol.REPLICATED["stakeholder"]}
    assert protocol.case_of("stakeholder", row) == protocol.DIRECTORY_SCOPE
    assert protocol.case_of("referral", {"case_id": "k1"}) == "k1"
    one = protocol.scope_checksum([("stakeholder", {**row, "id": "a"}),
                                   ("stakeholder", {**row, "id": "b"})])
    assert one.startswith("2:")


def test_the_seed_is_the_same_changes_every_time():
    first, again = protocol.directory_seed(SEED), protocol.directory_seed(SEED)
    assert first == again and len(first) == len(SEED["stakeholders"])
    assert len({c.change_id for c in first}) == len({c.entity_id for c in first}) == len(first)
    assert all(set(c.fields) == set(protocol.REPLICATED["stakeholder"]) for c in first)
    assert all(c.fields["address"] == c.fields["phone"] == c.fields["email"] == ""
               for c in first)  # names and kinds only: central fills in the rest
    clocks = [c.hlc for c in first]
    assert clocks == sorted(clocks) and len(set(clocks)) == len(clocks)
    assert clocks[-1] < format_hlc(now_ms() - 10**12, 0, "a")  # older than any real clock
    for ch in first:  # each is a change a PC would accept from the network
        assert protocol.parse_change(ch.wire(), {"stakeholder"}) == ch


def test_a_later_seed_has_other_change_ids_and_newer_clocks():
    later = protocol.directory_seed({**SEED, "version": SEED.get("version", 1) + 1})
    first = protocol.directory_seed(SEED)
    assert not {c.change_id for c in later} & {c.change_id for c in first}
    assert min(c.hlc for c in later) > max(c.hlc for c in first)


@pytest.mark.parametrize(("after", "seq"), [
    ("", None), ("0f8fad5b-d9cb-469f-a165-70867728950e", None),
    (protocol.directory_page_after(0), 0), (protocol.directory_page_after(1234), 1234),
])
def test_directory_pages_are_told_from_case_pages(after, seq):
    assert protocol.is_directory_page(after) == seq


@pytest.mark.parametrize("after", ["~directory:", "~directory:-1", "~directory:1x",
                                   "~directory:١٢", "~directory:" + "9" * 20])
def test_a_malformed_directory_page_is_refused(after):
    with pytest.raises(protocol.ProtocolError):
        protocol.is_directory_page(after)
