"""Key slots: password-wrapped copies of the database key (desktop/crypto/keyslots.py).

MINIMUM_KDF is used everywhere except where DEFAULT_KDF itself is under test, so the
suite stays fast while still exercising real Argon2id.
"""

from __future__ import annotations

import base64
import copy
import errno
import hashlib
import json
import os
import stat
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.crypto import keyslots
from desktop.crypto.keyslots import (
    DEFAULT_KDF,
    MINIMUM_KDF,
    EmptyPassword,
    InvalidUsername,
    KdfParams,
    KeySlotFile,
    LastSlot,
    SlotFileCorrupt,
    SlotFileMissing,
    SlotFileWriteFailed,
    UnknownUser,
    WeakPassword,
    WrongPassword,
)
from desktop.messages import HaloError

PW_A = "kopi-tubruk-42"
PW_B = "teh-manis-dingin"
PW_C = "es-cendol-2024"
# A policy strictly stronger than MINIMUM_KDF yet cheap enough for a unit test.
STRONGER_KDF = KdfParams(memory_kib=MINIMUM_KDF.memory_kib * 2, time_cost=3, parallelism=2)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "keyslots.json"


def make(path: Path, user: str = "siti", password: str = PW_A) -> tuple[KeySlotFile, bytes]:
    return KeySlotFile.create(path, user, password, kdf=MINIMUM_KDF)


def read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def write_json(path: Path, obj: object) -> None:
    path.write_text(json.dumps(obj), encoding="utf-8")


def fresh(path: Path) -> KeySlotFile:
    return KeySlotFile(path, kdf=MINIMUM_KDF)


# --- round trips ------------------------------------------------------------------------


def test_create_then_unlock_returns_the_same_32_byte_key(path: Path) -> None:
    ksf, key = make(path)
    assert isinstance(key, bytes) and len(key) == 32
    assert ksf.exists()
    assert ksf.unlock("siti", PW_A) == key
    assert fresh(path).unlock("siti", PW_A) == key
    assert ksf.usernames() == ["siti"]
    assert ksf.slot_params("siti") == MINIMUM_KDF


def test_each_store_gets_its_own_key_and_store_id(tmp_path: Path) -> None:
    a, key_a = make(tmp_path / "a.json")
    b, key_b = make(tmp_path / "b.json")
    assert key_a != key_b
    assert a.store_id() != b.store_id()


def test_file_layout_matches_the_documented_format(path: Path) -> None:
    ksf, _ = make(path)
    doc = read_json(path)
    assert doc["format"] == 1
    assert doc["store_id"] == ksf.store_id()
    slot = doc["slots"]["siti"]
    assert slot["kdf"] == {
        "alg": "argon2id",
        "memory_kib": MINIMUM_KDF.memory_kib,
        "time_cost": MINIMUM_KDF.time_cost,
        "parallelism": MINIMUM_KDF.parallelism,
        "salt": slot["kdf"]["salt"],
    }
    assert len(base64.b64decode(slot["kdf"]["salt"])) == 16
    assert len(base64.b64decode(slot["nonce"])) == 12
    assert len(base64.b64decode(slot["wrapped"])) == 32 + 16
    assert slot["updated_at"]


def test_default_kdf_is_what_derivation_actually_uses(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[int, int, int]] = []
    real = keyslots.hash_secret_raw

    def spy(**kwargs):
        seen.append((kwargs["memory_cost"], kwargs["time_cost"], kwargs["parallelism"]))
        return real(**kwargs)

    monkeypatch.setattr(keyslots, "hash_secret_raw", spy)
    ksf, key = KeySlotFile.create(path, "siti", PW_A)
    assert ksf.kdf == DEFAULT_KDF
    assert KeySlotFile(path).kdf == DEFAULT_KDF
    assert ksf.slot_params("siti") == DEFAULT_KDF
    assert ksf.unlock("siti", PW_A) == key
    default = (DEFAULT_KDF.memory_kib, DEFAULT_KDF.time_cost, DEFAULT_KDF.parallelism)
    assert seen == [default, default]


def test_the_key_never_appears_in_the_file(path: Path) -> None:
    ksf, key = make(path)
    ksf.add_slot("budi", PW_B, key)
    ksf.change_password("siti", PW_A, PW_C)
    raw = path.read_bytes()
    forms = [
        key,
        key.hex().encode(),
        key.hex().upper().encode(),
        base64.b64encode(key),
        base64.b64encode(key).rstrip(b"="),
        base64.urlsafe_b64encode(key).rstrip(b"="),
        base64.b32encode(key).rstrip(b"="),
    ]
    for form in forms:
        assert form not in raw
    # Passwords must not leak either.
    for pw in (PW_A, PW_B, PW_C):
        assert pw.encode() not in raw


# --- authentication errors --------------------------------------------------------------


def test_wrong_password(path: Path) -> None:
    ksf, _ = make(path)
    with pytest.raises(WrongPassword) as info:
        ksf.unlock("siti", PW_B)
    assert info.value.field == "password"
    assert info.value.exit_code == 2


def test_wrong_password_does_not_modify_the_file(path: Path) -> None:
    make(path)
    before = path.read_bytes()
    with pytest.raises(WrongPassword):
        KeySlotFile(path, kdf=STRONGER_KDF).unlock("siti", PW_B)
    assert path.read_bytes() == before


def test_unknown_user(path: Path) -> None:
    ksf, _ = make(path)
    for name in ("budi", "", "   "):
        with pytest.raises(UnknownUser) as info:
            ksf.unlock(name, PW_A)
        assert info.value.exit_code == 2
    with pytest.raises(UnknownUser):
        ksf.slot_params("budi")
    with pytest.raises(UnknownUser):
        ksf.change_password("budi", PW_A, PW_B)
    with pytest.raises(UnknownUser):
        ksf.remove_slot("budi")


def test_empty_password_is_checked_before_anything_else(path: Path) -> None:
    # The file does not exist yet and the user is unknown: still EmptyPassword.
    with pytest.raises(EmptyPassword) as info:
        KeySlotFile(path).unlock("nobody", "")
    assert info.value.exit_code == 2
    with pytest.raises(EmptyPassword):
        KeySlotFile.create(path, "siti", "", kdf=MINIMUM_KDF)
    assert not path.exists()
    ksf, key = make(path)
    with pytest.raises(EmptyPassword):
        ksf.unlock("nobody", "")
    with pytest.raises(EmptyPassword):
        ksf.unlock("siti", None)  # type: ignore[arg-type]
    with pytest.raises(EmptyPassword):
        ksf.add_slot("budi", "", key)
    with pytest.raises(EmptyPassword) as info:
        ksf.change_password("siti", "", PW_B)
    assert info.value.field == "old_password"
    with pytest.raises(EmptyPassword) as info:
        ksf.change_password("siti", PW_A, "")
    assert info.value.field == "new_password"
    assert ksf.unlock("siti", PW_A) == key


def test_usernames_are_case_insensitive_and_stripped(path: Path) -> None:
    ksf, key = KeySlotFile.create(path, "  Siti.Rahma ", PW_A, kdf=MINIMUM_KDF)
    assert ksf.usernames() == ["siti.rahma"]
    for spelling in ("siti.rahma", "SITI.RAHMA", " Siti.Rahma\t"):
        assert ksf.has_user(spelling)
        assert ksf.unlock(spelling, PW_A) == key
    ksf.add_slot("BUDI", PW_B, key)
    assert ksf.usernames() == ["budi", "siti.rahma"]
    ksf.add_slot("budi ", PW_C, key)  # same account, not a second one
    assert ksf.usernames() == ["budi", "siti.rahma"]
    assert ksf.unlock("Budi", PW_C) == key


def test_passwords_are_case_sensitive(path: Path) -> None:
    ksf, _ = make(path)
    with pytest.raises(WrongPassword):
        ksf.unlock("siti", PW_A.upper())


def test_unicode_password_in_either_normal_form(path: Path) -> None:
    composed, decomposed = "kat\u00e9-sandi-123", "kate\u0301-sandi-123"
    ksf, key = KeySlotFile.create(path, "siti", composed, kdf=MINIMUM_KDF)
    assert ksf.unlock("siti", decomposed) == key


def test_invalid_username_refused_on_create_and_add(path: Path) -> None:
    for bad in ("", "   ", "a\x00b", "x" * 65):
        with pytest.raises(InvalidUsername):
            KeySlotFile.create(path, bad, PW_A, kdf=MINIMUM_KDF)
    assert not path.exists()
    ksf, key = make(path)
    with pytest.raises(InvalidUsername):
        ksf.add_slot("tab\there", PW_B, key)


# --- slot management --------------------------------------------------------------------


def test_add_slot_both_users_unlock_the_same_key(path: Path) -> None:
    ksf, key = make(path)
    ksf.add_slot("budi", PW_B, key)
    assert ksf.usernames() == ["budi", "siti"]
    assert fresh(path).unlock("siti", PW_A) == key
    assert fresh(path).unlock("budi", PW_B) == key
    with pytest.raises(WrongPassword):
        ksf.unlock("budi", PW_A)


def test_add_slot_replaces_an_existing_slot_for_password_reset(path: Path) -> None:
    ksf, key = make(path)
    ksf.add_slot("budi", PW_B, key)
    ksf.add_slot("budi", PW_C, key)
    with pytest.raises(WrongPassword):
        ksf.unlock("budi", PW_B)
    assert ksf.unlock("budi", PW_C) == key
    assert ksf.unlock("siti", PW_A) == key


def test_add_slot_rejects_a_malformed_key(path: Path) -> None:
    ksf, key = make(path)
    for bad in (b"", key[:31], key + b"\x00", bytearray(key)):
        with pytest.raises(ValueError):
            ksf.add_slot("budi", PW_B, bad)  # type: ignore[arg-type]
    assert ksf.usernames() == ["siti"]


def test_add_slot_uses_the_policy_kdf(path: Path) -> None:
    _, key = make(path)
    KeySlotFile(path, kdf=STRONGER_KDF).add_slot("budi", PW_B, key)
    assert fresh(path).slot_params("budi") == STRONGER_KDF
    assert fresh(path).slot_params("siti") == MINIMUM_KDF


def test_change_password(path: Path) -> None:
    ksf, key = make(path)
    ksf.change_password("SITI", PW_A, PW_B)
    with pytest.raises(WrongPassword):
        fresh(path).unlock("siti", PW_A)
    assert fresh(path).unlock("siti", PW_B) == key


def test_change_password_with_wrong_old_password_changes_nothing(path: Path) -> None:
    ksf, key = make(path)
    before = path.read_bytes()
    with pytest.raises(WrongPassword):
        ksf.change_password("siti", PW_C, PW_B)
    assert path.read_bytes() == before
    assert ksf.unlock("siti", PW_A) == key


def test_change_password_leaves_other_slots_alone(path: Path) -> None:
    ksf, key = make(path)
    ksf.add_slot("budi", PW_B, key)
    budi_before = read_json(path)["slots"]["budi"]
    ksf.change_password("siti", PW_A, PW_C)
    assert read_json(path)["slots"]["budi"] == budi_before
    assert ksf.unlock("budi", PW_B) == key


def test_remove_slot(path: Path) -> None:
    ksf, key = make(path)
    ksf.add_slot("budi", PW_B, key)
    ksf.remove_slot(" BUDI ")
    assert ksf.usernames() == ["siti"]
    assert not ksf.has_user("budi")
    with pytest.raises(UnknownUser):
        ksf.unlock("budi", PW_B)
    assert ksf.unlock("siti", PW_A) == key


def test_removing_the_last_slot_is_refused(path: Path) -> None:
    ksf, key = make(path)
    before = path.read_bytes()
    with pytest.raises(LastSlot) as info:
        ksf.remove_slot("siti")
    assert info.value.exit_code == 1
    assert path.read_bytes() == before
    assert ksf.unlock("siti", PW_A) == key


def test_store_id_survives_every_change(path: Path) -> None:
    ksf, key = make(path)
    store_id = ksf.store_id()
    ksf.add_slot("budi", PW_B, key)
    ksf.change_password("budi", PW_B, PW_C)
    ksf.remove_slot("budi")
    assert fresh(path).store_id() == store_id


def test_create_refuses_an_existing_file(path: Path) -> None:
    ksf, key = make(path)
    before = path.read_bytes()
    with pytest.raises(FileExistsError):
        make(path, "budi", PW_B)
    assert path.read_bytes() == before
    assert ksf.unlock("siti", PW_A) == key


def test_create_makes_missing_parent_folders(tmp_path: Path) -> None:
    target = tmp_path / "data" / "halotki" / "keyslots.json"
    ksf, key = make(target)
    assert ksf.unlock("siti", PW_A) == key


# --- password and KDF policy ------------------------------------------------------------


def test_weak_new_passwords_are_refused(path: Path) -> None:
    short = "1234567"  # one below the minimum
    with pytest.raises(WeakPassword) as info:
        KeySlotFile.create(path, "siti", short, kdf=MINIMUM_KDF)
    assert info.value.exit_code == 1
    assert "8" in info.value.text("id") and "8" in info.value.text("en")
    assert not path.exists()

    ksf, key = make(path)
    with pytest.raises(WeakPassword):
        ksf.add_slot("budi", short, key)
    assert not ksf.has_user("budi")
    with pytest.raises(WeakPassword) as info:
        ksf.change_password("siti", PW_A, short)
    assert info.value.field == "new_password"
    assert ksf.unlock("siti", PW_A) == key
    ksf.change_password("siti", PW_A, "12345678")  # exactly the minimum is fine
    assert ksf.unlock("siti", "12345678") == key


def test_unlock_does_not_apply_the_strength_rule(path: Path) -> None:
    ksf, _ = make(path)
    with pytest.raises(WrongPassword):
        ksf.unlock("siti", "x")


def test_weaker_than() -> None:
    base = KdfParams(memory_kib=1024, time_cost=2, parallelism=2)
    assert not base.weaker_than(base)
    assert KdfParams(1023, 2, 2).weaker_than(base)
    assert KdfParams(1024, 1, 2).weaker_than(base)
    assert KdfParams(1024, 2, 1).weaker_than(base)
    assert KdfParams(4096, 9, 1).weaker_than(base)  # any component lower counts
    assert not KdfParams(4096, 9, 4).weaker_than(base)
    assert MINIMUM_KDF.weaker_than(DEFAULT_KDF)
    assert not DEFAULT_KDF.weaker_than(MINIMUM_KDF)


def test_kdf_params_reject_nonsense() -> None:
    for bad in ((0, 1, 1), (1, 0, 1), (1, 1, 0), (1.5, 1, 1), (True, 1, 1)):
        with pytest.raises(ValueError):
            KdfParams(*bad)  # type: ignore[arg-type]


def test_kdf_below_the_minimum_is_refused(path: Path) -> None:
    weak = KdfParams(memory_kib=MINIMUM_KDF.memory_kib - 1, time_cost=2, parallelism=1)
    with pytest.raises(ValueError):
        KeySlotFile.create(path, "siti", PW_A, kdf=weak)
    assert not path.exists()
    with pytest.raises(ValueError):
        KeySlotFile(path, kdf=KdfParams(memory_kib=65536, time_cost=1, parallelism=4))


def test_unlock_rewraps_a_slot_weaker_than_the_policy(path: Path) -> None:
    _, key = make(path)
    old_slot = read_json(path)["slots"]["siti"]
    policy = KeySlotFile(path, kdf=STRONGER_KDF)
    assert policy.slot_params("siti") == MINIMUM_KDF
    assert policy.unlock("siti", PW_A) == key
    assert policy.slot_params("siti") == STRONGER_KDF
    new_slot = read_json(path)["slots"]["siti"]
    assert new_slot["kdf"]["salt"] != old_slot["kdf"]["salt"]
    assert new_slot["nonce"] != old_slot["nonce"]
    assert fresh(path).unlock("siti", PW_A) == key
    with pytest.raises(WrongPassword):
        fresh(path).unlock("siti", PW_B)


def test_unlock_never_downgrades_a_stronger_slot(path: Path) -> None:
    KeySlotFile.create(path, "siti", PW_A, kdf=STRONGER_KDF)
    before = path.read_bytes()
    fresh(path).unlock("siti", PW_A)
    assert path.read_bytes() == before
    assert fresh(path).slot_params("siti") == STRONGER_KDF


def test_rewrap_failure_still_unlocks(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _, key = make(path)
    before = path.read_bytes()

    def disk_full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(keyslots.os, "replace", disk_full)
    assert KeySlotFile(path, kdf=STRONGER_KDF).unlock("siti", PW_A) == key
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert leftover_temps(path) == []


def test_write_failure_is_a_user_error_and_keeps_the_old_file(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ksf, key = make(path)
    before = path.read_bytes()

    def disk_full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(keyslots.os, "fsync", disk_full)
    with pytest.raises(SlotFileWriteFailed) as info:
        ksf.change_password("siti", PW_A, PW_B)
    assert info.value.exit_code == 5
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert leftover_temps(path) == []
    assert ksf.unlock("siti", PW_A) == key


# --- binding to user and store ----------------------------------------------------------


def test_slots_swapped_between_users_do_not_open(path: Path) -> None:
    ksf, key = make(path)
    ksf.add_slot("budi", PW_B, key)
    doc = read_json(path)
    doc["slots"]["siti"], doc["slots"]["budi"] = doc["slots"]["budi"], doc["slots"]["siti"]
    write_json(path, doc)
    for user, pw in (("siti", PW_A), ("siti", PW_B), ("budi", PW_A), ("budi", PW_B)):
        with pytest.raises((WrongPassword, SlotFileCorrupt)):
            fresh(path).unlock(user, pw)


def test_slot_copied_to_another_username_does_not_open(path: Path) -> None:
    make(path)
    doc = read_json(path)
    doc["slots"]["mallory"] = copy.deepcopy(doc["slots"]["siti"])
    write_json(path, doc)
    with pytest.raises((WrongPassword, SlotFileCorrupt)):
        fresh(path).unlock("mallory", PW_A)


def test_slot_copied_to_another_store_does_not_open(tmp_path: Path) -> None:
    make(tmp_path / "one.json", "siti", PW_A)
    _, key_two = make(tmp_path / "two.json", "budi", PW_B)
    one, two = read_json(tmp_path / "one.json"), read_json(tmp_path / "two.json")
    two["slots"]["siti"] = one["slots"]["siti"]
    write_json(tmp_path / "two.json", two)
    with pytest.raises((WrongPassword, SlotFileCorrupt)):
        fresh(tmp_path / "two.json").unlock("siti", PW_A)
    assert fresh(tmp_path / "two.json").unlock("budi", PW_B) == key_two


def test_store_id_changed_under_an_open_file_is_corrupt(path: Path) -> None:
    ksf, _ = make(path)
    doc = read_json(path)
    doc["store_id"] = "0b9b3f4e-4c6f-4a53-9a0e-3b1d0f2a9c11"
    write_json(path, doc)
    with pytest.raises(SlotFileCorrupt):
        ksf.unlock("siti", PW_A)
    with pytest.raises(SlotFileCorrupt):
        ksf.usernames()
    # A fresh reader has nothing to compare with; the AAD still refuses the slot.
    with pytest.raises((WrongPassword, SlotFileCorrupt)):
        fresh(path).unlock("siti", PW_A)


# --- damaged files ----------------------------------------------------------------------


def _leaf_paths(obj: object, prefix: tuple = ()) -> list[tuple]:
    if isinstance(obj, dict):
        out = [prefix] if prefix else []
        for k, v in obj.items():
            out += _leaf_paths(v, (*prefix, k))
        return out
    return [prefix]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> dict:
    target = tmp_path_factory.mktemp("template") / "keyslots.json"
    make(target)
    return read_json(target)


def _set(doc: dict, where: tuple, value: object) -> None:
    for key in where[:-1]:
        doc = doc[key]
    doc[where[-1]] = value


def _delete(doc: dict, where: tuple) -> None:
    for key in where[:-1]:
        doc = doc[key]
    del doc[where[-1]]


def assert_corrupt(path: Path) -> None:
    ksf = fresh(path)
    with pytest.raises(SlotFileCorrupt) as info:
        ksf.unlock("siti", PW_A)
    assert info.value.exit_code == 3
    for call in (ksf.usernames, ksf.store_id, lambda: ksf.has_user("siti")):
        with pytest.raises(SlotFileCorrupt):
            call()
    with pytest.raises(SlotFileCorrupt):
        ksf.add_slot("budi", PW_B, b"k" * 32)
    with pytest.raises(SlotFileCorrupt):
        ksf.change_password("siti", PW_A, PW_B)
    with pytest.raises(SlotFileCorrupt):
        ksf.remove_slot("siti")


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{",
        b"not json at all",
        b"\xff\xfe\x00garbage",
        hashlib.sha512(b"keyslots").digest(),  # fixed: the same test id in every worker
        b"[]",
        b"null",
        b"42",
        b'"keyslots"',
        b"[" * 100_000,  # nesting deep enough to blow the parser's recursion limit
        b'{"format": 1}',
    ],
    ids=lambda c: repr(c[:12]),
)
def test_unreadable_content_is_corrupt(path: Path, content: bytes) -> None:
    path.write_bytes(content)
    assert_corrupt(path)


def test_truncated_file_is_corrupt(path: Path) -> None:
    make(path)
    full = path.read_bytes()
    for cut in range(0, len(full) - 2, 7):
        path.write_bytes(full[:cut])
        with pytest.raises(SlotFileCorrupt):
            fresh(path).unlock("siti", PW_A)


def test_every_missing_field_is_corrupt(path: Path, template: dict) -> None:
    paths = _leaf_paths(template)
    assert len(paths) >= 12
    for where in paths:
        doc = copy.deepcopy(template)
        _delete(doc, where)
        write_json(path, doc)
        with pytest.raises(SlotFileCorrupt):
            fresh(path).unlock("siti", PW_A)


@pytest.mark.parametrize("bad", [None, True, 1.5, -1, 0, [], {}, "", "%%not base64%%"])
def test_every_field_with_a_wrong_value_is_corrupt(path: Path, template: dict, bad) -> None:
    for where in _leaf_paths(template):
        doc = copy.deepcopy(template)
        _set(doc, where, bad)
        write_json(path, doc)
        with pytest.raises(SlotFileCorrupt):
            fresh(path).unlock("siti", PW_A)


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("format",), 2),
        (("format",), "1"),
        (("store_id",), "not-a-uuid"),
        (("store_id",), "{STORE}"),  # the same UUID, upper-cased: not canonical
        (("slots",), {}),
        (("slots", "siti", "kdf", "alg"), "argon2i"),
        (("slots", "siti", "kdf", "memory_kib"), MINIMUM_KDF.memory_kib - 1),
        (("slots", "siti", "kdf", "memory_kib"), 1 << 30),
        (("slots", "siti", "kdf", "time_cost"), 1),
        (("slots", "siti", "kdf", "time_cost"), 10_000),
        (("slots", "siti", "kdf", "parallelism"), 255),
        (("slots", "siti", "kdf", "salt"), base64.b64encode(b"s" * 15).decode()),
        (("slots", "siti", "kdf", "salt"), base64.b64encode(b"s" * 17).decode()),
        (("slots", "siti", "nonce"), base64.b64encode(b"n" * 11).decode()),
        (("slots", "siti", "nonce"), base64.b64encode(b"n" * 16).decode()),
        (("slots", "siti", "nonce"), "AAAAAAAAAAAAAAA"),  # bad padding
        (("slots", "siti", "nonce"), "AAAA AAAA AAAAAAAA"),  # whitespace is not base64
        (("slots", "siti", "nonce"), "AAAAAAAAAAAA\u00e9AAA"),
        (("slots", "siti", "wrapped"), base64.b64encode(b"w" * 32).decode()),
        (("slots", "siti", "wrapped"), base64.b64encode(b"w" * 64).decode()),
        (("slots", "siti", "updated_at"), "yesterday"),
    ],
    ids=lambda v: str(v)[:40],
)
def test_invalid_values_are_corrupt(path: Path, template: dict, where: tuple, value) -> None:
    doc = copy.deepcopy(template)
    if value == "{STORE}":
        value = doc["store_id"].upper()
    _set(doc, where, value)
    write_json(path, doc)
    assert_corrupt(path)


def test_username_keys_that_are_not_normalised_are_corrupt(path: Path, template: dict) -> None:
    for bad_name in ("Siti", " siti", "", "a\x00b"):
        doc = copy.deepcopy(template)
        doc["slots"][bad_name] = doc["slots"].pop("siti")
        write_json(path, doc)
        with pytest.raises(SlotFileCorrupt):
            fresh(path).usernames()


def test_oversized_file_is_corrupt(path: Path, template: dict) -> None:
    doc = copy.deepcopy(template)
    doc["padding"] = "x" * (2 << 20)
    write_json(path, doc)
    assert_corrupt(path)


def test_a_folder_in_place_of_the_file_is_corrupt(path: Path) -> None:
    path.mkdir()
    with pytest.raises(SlotFileCorrupt):
        fresh(path).unlock("siti", PW_A)


def test_unknown_extra_fields_are_tolerated(path: Path, template: dict) -> None:
    doc = copy.deepcopy(template)
    doc["comment"] = "added by hand"
    doc["slots"]["siti"]["note"] = 1
    write_json(path, doc)
    assert fresh(path).usernames() == ["siti"]


@pytest.fixture(scope="module")
def fuzz_base(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes]:
    target = tmp_path_factory.mktemp("fuzz") / "keyslots.json"
    _, key = make(target)
    return target.read_bytes(), key


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_random_damage_never_escapes_as_a_crash(fuzz_base: tuple[bytes, bytes], data) -> None:
    original, key = fuzz_base
    buf = bytearray(original)
    edits = data.draw(
        st.lists(
            st.tuples(st.integers(0, len(buf) - 1), st.integers(0, 255)), min_size=1, max_size=4
        )
    )
    for pos, value in edits:
        buf[pos] = value
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "keyslots.json"
        target.write_bytes(bytes(buf))
        try:
            got = fresh(target).unlock("siti", PW_A)
        except (SlotFileCorrupt, WrongPassword, UnknownUser):
            return
        # GCM authenticates the key: any damage that still unlocks gives the real key.
        assert got == key


# --- missing file, temp files, permissions ----------------------------------------------


def test_missing_file(path: Path) -> None:
    ksf = KeySlotFile(path)
    assert not ksf.exists()
    with pytest.raises(SlotFileMissing) as info:
        ksf.unlock("siti", PW_A)
    assert info.value.exit_code == 3
    for call in (ksf.usernames, ksf.store_id, lambda: ksf.has_user("siti")):
        with pytest.raises(SlotFileMissing):
            call()
    with pytest.raises(SlotFileMissing):
        ksf.add_slot("siti", PW_A, b"k" * 32)
    assert not path.exists()


def test_file_deleted_after_create_is_missing(path: Path) -> None:
    ksf, _ = make(path)
    path.unlink()
    with pytest.raises(SlotFileMissing):
        ksf.unlock("siti", PW_A)


def leftover_temps(path: Path) -> list[str]:
    return sorted(n for n in os.listdir(path.parent) if n.endswith(".tmp"))


def test_no_temp_files_after_normal_operation(path: Path) -> None:
    ksf, key = make(path)
    ksf.add_slot("budi", PW_B, key)
    ksf.change_password("budi", PW_B, PW_C)
    ksf.remove_slot("budi")
    KeySlotFile(path, kdf=STRONGER_KDF).unlock("siti", PW_A)
    assert leftover_temps(path) == []


def test_leftover_temp_files_are_ignored_then_cleaned(path: Path) -> None:
    ksf, key = make(path)
    ours = [path.parent / ".keyslots.json-crash1.tmp", path.parent / ".keyslots.json-x.tmp"]
    for stale in ours:
        stale.write_bytes(b'{"format": 1, "half written')
    theirs = path.parent / ".other.json-abc.tmp"
    theirs.write_bytes(b"another file's temp")
    unrelated = path.parent / "notes.tmp"
    unrelated.write_bytes(b"user file")

    assert fresh(path).unlock("siti", PW_A) == key
    assert fresh(path).usernames() == ["siti"]
    assert all(p.exists() for p in ours)  # reading never deletes anything

    ksf.add_slot("budi", PW_B, key)
    assert not any(p.exists() for p in ours)
    assert theirs.exists() and unrelated.exists()
    assert fresh(path).unlock("budi", PW_B) == key


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_file_is_private_to_the_owner(path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        ksf, key = make(path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        ksf.add_slot("budi", PW_B, key)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        ksf.change_password("budi", PW_B, PW_C)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        ksf.remove_slot("budi")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        os.umask(old_umask)


# --- messages ---------------------------------------------------------------------------


ALL_ERRORS = [
    EmptyPassword,
    UnknownUser,
    WrongPassword,
    SlotFileMissing,
    SlotFileCorrupt,
    SlotFileWriteFailed,
    LastSlot,
    WeakPassword,
    InvalidUsername,
    keyslots.DeviceKeyMismatch,
]


def test_error_list_is_complete() -> None:
    assert set(ALL_ERRORS) == set(keyslots.ERRORS)


@pytest.mark.parametrize("cls", ALL_ERRORS, ids=lambda c: c.__name__)
def test_every_error_speaks_both_languages(cls: type[HaloError]) -> None:
    err = cls(min_length=8, max_length=64)
    assert isinstance(err, HaloError)
    id_text, en_text = err.text("id"), err.text("en")
    assert id_text.strip() and en_text.strip()
    assert id_text != en_text
    assert "{" not in id_text + en_text
    assert err.code.startswith("keyslot.")


def test_error_codes_are_unique() -> None:
    codes = [cls().code for cls in ALL_ERRORS]
    assert len(set(codes)) == len(codes)


@pytest.mark.parametrize(
    ("cls", "code"),
    [
        (EmptyPassword, 2),
        (UnknownUser, 2),
        (WrongPassword, 2),
        (SlotFileMissing, 3),
        (SlotFileCorrupt, 3),
        (LastSlot, 1),
        (WeakPassword, 1),
        (keyslots.DeviceKeyMismatch, 2),
    ],
    ids=lambda v: getattr(v, "__name__", str(v)),
)
def test_exit_codes(cls: type[HaloError], code: int) -> None:
    assert cls.exit_code == code


def test_error_str_carries_no_user_text() -> None:
    assert str(WrongPassword("password")) == "keyslot.wrong_password"


# --- the device slot (a PC enrolled with the central server) ----------------------------

DEVICE_ID = "0123456789abcdef0123456789abcdef"
SERVER = "https://pusat.example.go.id"


def test_device_slot_opens_with_the_unlock_key_and_keeps_the_link(path):
    slots, db_key = make(path)
    assert slots.device() is None
    unlock_key = os.urandom(32)
    slots.set_device_slot(DEVICE_ID, SERVER, unlock_key, db_key)
    fresh = KeySlotFile(path, MINIMUM_KDF)
    assert fresh.device() == keyslots.DeviceLink(DEVICE_ID, SERVER)
    assert fresh.unlock_device(unlock_key) == db_key
    assert fresh.unlock("siti", PW_A) == db_key  # the password slot is untouched
    raw = path.read_bytes()
    for secret in (db_key, unlock_key):
        assert secret not in raw and base64.b64encode(secret) not in raw
        assert base64.urlsafe_b64encode(secret).rstrip(b"=") not in raw


def test_device_slot_refuses_another_key_and_needs_no_password_slot_count(path):
    slots, db_key = make(path)
    slots.set_device_slot(DEVICE_ID, SERVER, os.urandom(32), db_key)
    with pytest.raises(keyslots.DeviceKeyMismatch) as info:
        slots.unlock_device(os.urandom(32))
    assert info.value.exit_code == 2
    # The device slot does not make the last password slot removable.
    with pytest.raises(LastSlot):
        slots.remove_slot("siti")


def test_a_pc_without_a_device_slot_refuses_any_unlock_key(path):
    slots, _db_key = make(path)
    with pytest.raises(keyslots.DeviceKeyMismatch):
        slots.unlock_device(os.urandom(32))


def test_password_changes_keep_the_device_slot(path):
    slots, db_key = make(path)
    unlock_key = os.urandom(32)
    slots.set_device_slot(DEVICE_ID, SERVER, unlock_key, db_key)
    slots.add_slot("budi", PW_B, db_key)
    slots.change_password("siti", PW_A, PW_C)
    slots.remove_slot("budi")
    assert slots.unlock_device(unlock_key) == db_key
    assert slots.device() == keyslots.DeviceLink(DEVICE_ID, SERVER)


def test_device_slot_is_bound_to_its_device_id(path):
    slots, db_key = make(path)
    unlock_key = os.urandom(32)
    slots.set_device_slot(DEVICE_ID, SERVER, unlock_key, db_key)
    doc = read_json(path)
    doc["device"]["device_id"] = "f" * 32  # moved to another device's name
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(keyslots.DeviceKeyMismatch):
        KeySlotFile(path, MINIMUM_KDF).unlock_device(unlock_key)


@pytest.mark.parametrize("damage", [
    {"device_id": "not-hex"}, {"server_url": ""}, {"nonce": "AAAA"}, {"wrapped": 5},
    {"updated_at": "gestern"},
])
def test_a_damaged_device_slot_is_reported_as_a_damaged_file(path, damage):
    slots, db_key = make(path)
    slots.set_device_slot(DEVICE_ID, SERVER, os.urandom(32), db_key)
    doc = read_json(path)
    doc["device"].update(damage)
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(SlotFileCorrupt):
        KeySlotFile(path, MINIMUM_KDF).device()


def test_set_device_slot_checks_its_arguments(path):
    slots, db_key = make(path)
    for args in (("xyz", SERVER, os.urandom(32), db_key), (DEVICE_ID, "", os.urandom(32), db_key),
                 (DEVICE_ID, SERVER, b"short", db_key), (DEVICE_ID, SERVER, os.urandom(32), b"")):
        with pytest.raises(ValueError):
            slots.set_device_slot(*args)
    assert slots.device() is None


@pytest.mark.parametrize("field, value", [("memory_kib", 1 << 20), ("time_cost", 32),
                                          ("parallelism", 16)])
def test_a_slot_far_above_the_policy_is_refused_before_any_argon2(path: Path, field, value):
    """A tampered slot must not stall a login for a minute: within the old caps (1 GiB, 32
    passes) it was accepted and run."""
    make(path)
    doc = read_json(path)
    doc["slots"]["siti"]["kdf"][field] = value
    path.write_text(json.dumps(doc))
    with pytest.raises(SlotFileCorrupt):
        KeySlotFile(path).unlock("siti", PW_A)
