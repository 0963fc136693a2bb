"""Password key slots for the local database key.

The SQLCipher database is encrypted with a random 32-byte key that is never stored in
the clear. Each staff account owns a slot: Argon2id turns the account's password into a
key-encryption key, and AES-256-GCM wraps the database key with it. The slot's AAD names
the account and the store, so a slot copied to another account or another store's file
does not open.

All slots live in one small JSON file, rewritten whole and atomically on every change,
so a crash at any moment leaves either the old or the new file and never a torn one.

A PC enrolled with the central server also has one DEVICE slot: the database key wrapped
under a random 32-byte device unlock key that only the central server keeps. It lets a
central account log in on this PC for the first time (the server releases the unlock key
to that account's password) although nobody here knows the database key at the login
screen. The slot carries the device id and server URL, which are not secrets; the device
credential stays inside the encrypted database.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import logging
import os
import secrets
import struct
import tempfile
import unicodedata
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.domain.accounts import MIN_PASSWORD_LEN, WeakPassword, normalize_username
from desktop.messages import HaloError, Msg

log = logging.getLogger(__name__)

FORMAT = 1
KEY_LEN = 32
SALT_LEN = 16
NONCE_LEN = 12
TAG_LEN = 16
MAX_USERNAME_LEN = 64
TEMP_SUFFIX = ".tmp"

# The file holds a handful of slots; anything this large was not written by us, and
# refusing it early keeps a hostile file from costing memory before validation.
_MAX_FILE_BYTES = 1 << 20
# Versioned domain separator: a future slot format must never accept an old ciphertext
# under a different meaning.
_AAD_DOMAIN = b"halotki/keyslot/v1"
_DEVICE_AAD_DOMAIN = b"halotki/keyslot/device/v1"
# v2 binds the server URL too: an edited URL no longer opens the slot (review finding 5).
_DEVICE_AAD_DOMAIN_V2 = b"halotki/keyslot/device/v2"
_MAX_URL_LEN = 2000


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    time_cost: int
    parallelism: int

    def __post_init__(self) -> None:
        for name in ("memory_kib", "time_cost", "parallelism"):
            value = getattr(self, name)
            # bool is an int subclass; True would silently mean 1.
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ValueError(f"KdfParams.{name} must be a positive int")

    def weaker_than(self, other: KdfParams) -> bool:
        return (
            self.memory_kib < other.memory_kib
            or self.time_cost < other.time_cost
            or self.parallelism < other.parallelism
        )


# 128 MiB, 6 passes: about 0.27 s on the 2-core test machine, so a slower office PC stays
# under a second while a stolen slot file costs an attacker as much per guess (t=4 measured
# 0.19-0.25 s there: too close to the 0.2 s floor). Slots made with less are re-wrapped at
# their next login.
DEFAULT_KDF = KdfParams(memory_kib=131072, time_cost=6, parallelism=2)
MINIMUM_KDF = KdfParams(memory_kib=19456, time_cost=2, parallelism=1)
# Upper bounds stop a tampered file from making unlock allocate memory or spin for long:
# twice today's policy (about 0.7 s here), room for one raise of the default, no more.
# A slot beyond them is refused as damaged before any Argon2 runs.
_MAX_MEMORY_KIB = 2 * DEFAULT_KDF.memory_kib
_MAX_TIME_COST = 2 * DEFAULT_KDF.time_cost
_MAX_PARALLELISM = 8


# --- errors -----------------------------------------------------------------------------

MSG_EMPTY_PASSWORD = Msg(
    "keyslot.empty_password",
    "Kata sandi belum diisi. Ketik kata sandi Anda, lalu coba lagi.",
    "The password is empty. Type your password and try again.",
)
MSG_UNKNOWN_USER = Msg(
    "keyslot.unknown_user",
    "Nama pengguna tidak terdaftar di komputer ini. Periksa ejaannya, atau minta "
    "administrator kantor membuatkan akun untuk Anda.",
    "This username is not registered on this computer. Check the spelling, or ask the "
    "office administrator to create an account for you.",
)
MSG_WRONG_PASSWORD = Msg(
    "keyslot.wrong_password",
    "Kata sandi salah. Periksa tombol Caps Lock, lalu coba lagi. Jika Anda lupa kata "
    "sandi, minta administrator kantor untuk mengatur ulang.",
    "The password is wrong. Check Caps Lock and try again. If you forgot your password, "
    "ask the office administrator to reset it.",
)
MSG_SLOT_FILE_MISSING = Msg(
    "keyslot.file_missing",
    "Berkas kunci aplikasi tidak ditemukan, sehingga data tidak dapat dibuka. Data Anda "
    "sendiri tidak terhapus. Pulihkan berkas kunci dari cadangan, atau hubungi "
    "administrator.",
    "The application's key file is missing, so the data cannot be opened. Your data "
    "itself has not been touched. Restore the key file from a backup, or contact the "
    "administrator.",
)
MSG_SLOT_FILE_CORRUPT = Msg(
    "keyslot.file_corrupt",
    "Berkas kunci aplikasi rusak atau tidak dapat dibaca, sehingga data tidak dapat "
    "dibuka. Data Anda sendiri tidak terhapus. Pulihkan berkas kunci dari cadangan, atau "
    "hubungi administrator.",
    "The application's key file is damaged or cannot be read, so the data cannot be "
    "opened. Your data itself has not been touched. Restore the key file from a backup, "
    "or contact the administrator.",
)
MSG_SLOT_FILE_WRITE_FAILED = Msg(
    "keyslot.file_write_failed",
    "Perubahan tidak dapat disimpan ke berkas kunci. Berkas kunci dibiarkan seperti "
    "semula, jadi kata sandi yang sebelumnya berlaku tetap berlaku. Pastikan disk masih "
    "punya ruang kosong dan folder aplikasi dapat ditulisi, lalu coba lagi.",
    "The change could not be saved to the key file. The key file was left as it was, so "
    "passwords that worked before still work. Make sure the disk has free space and the "
    "application folder is writable, then try again.",
)
MSG_LAST_SLOT = Msg(
    "keyslot.last_slot",
    "Akun ini adalah satu-satunya akun yang dapat membuka data, sehingga tidak dapat "
    "dihapus. Buat akun lain terlebih dahulu, lalu hapus akun ini.",
    "This is the only account that can open the data, so it cannot be removed. Create "
    "another account first, then remove this one.",
)
MSG_INVALID_USERNAME = Msg(
    "keyslot.invalid_username",
    "Nama pengguna tidak valid. Gunakan 1 sampai {max_length} karakter, tanpa karakter "
    "khusus yang tidak terlihat.",
    "The username is not valid. Use 1 to {max_length} characters, without invisible "
    "control characters.",
)


MSG_DEVICE_KEY_MISMATCH = Msg(
    "keyslot.device_key_mismatch",
    "Kunci dari server pusat tidak cocok dengan data di komputer ini, jadi akun pusat tidak "
    "dapat masuk pertama kali di sini. Minta administrator kantor masuk dan menambahkan akun "
    "Anda, atau hubungi administrator pusat.",
    "The key from the central server does not match the data on this computer, so a central "
    "account cannot log in here for the first time. Ask the office administrator to log in "
    "and add your account, or contact the central administrator.",
)


class KeySlotError(HaloError):
    """Base of the key slot errors; each subclass carries its own message."""

    message: Msg = MSG_SLOT_FILE_CORRUPT

    def __init__(self, field: str | None = None, **params: object) -> None:
        super().__init__(self.message, field, **params)


class EmptyPassword(KeySlotError):
    message = MSG_EMPTY_PASSWORD
    exit_code = 2


class UnknownUser(KeySlotError):
    message = MSG_UNKNOWN_USER
    exit_code = 2


class WrongPassword(KeySlotError):
    message = MSG_WRONG_PASSWORD
    exit_code = 2


class SlotFileMissing(KeySlotError):
    message = MSG_SLOT_FILE_MISSING
    exit_code = 3


class SlotFileCorrupt(KeySlotError):
    message = MSG_SLOT_FILE_CORRUPT
    exit_code = 3


class SlotFileWriteFailed(KeySlotError):
    message = MSG_SLOT_FILE_WRITE_FAILED
    exit_code = 5


class LastSlot(KeySlotError):
    message = MSG_LAST_SLOT
    exit_code = 1


class InvalidUsername(KeySlotError):
    message = MSG_INVALID_USERNAME
    exit_code = 1


class DeviceKeyMismatch(KeySlotError):
    """The unlock key from the server does not open the device slot (or there is none)."""

    message = MSG_DEVICE_KEY_MISMATCH
    exit_code = 2


ERRORS: tuple[type[KeySlotError], ...] = (
    EmptyPassword,
    UnknownUser,
    WrongPassword,
    SlotFileMissing,
    SlotFileCorrupt,
    SlotFileWriteFailed,
    LastSlot,
    WeakPassword,
    InvalidUsername,
    DeviceKeyMismatch,
)


# --- normalisation ----------------------------------------------------------------------


def _valid_username(name: str) -> bool:
    return 0 < len(name) <= MAX_USERNAME_LEN and name.isprintable()


def _checked_new_username(username: str) -> str:
    name = normalize_username(username)
    if not _valid_username(name):
        raise InvalidUsername("username", max_length=MAX_USERNAME_LEN)
    return name


def _password_bytes(password: str) -> bytes:
    # NFC so a password typed with composed vs. decomposed accents still matches;
    # surrogatepass so an odd code point from a text widget cannot crash the login.
    return unicodedata.normalize("NFC", password).encode("utf-8", "surrogatepass")


def _require_password(password: str | None, field: str = "password") -> str:
    if not password:
        raise EmptyPassword(field)
    return password


def _require_strong(password: str, field: str) -> None:
    if len(unicodedata.normalize("NFC", password)) < MIN_PASSWORD_LEN:
        raise WeakPassword(field, min_length=MIN_PASSWORD_LEN)


def _check_policy(kdf: KdfParams) -> None:
    if kdf.weaker_than(MINIMUM_KDF):
        raise ValueError(f"KDF parameters {kdf} are below the minimum {MINIMUM_KDF}")
    if (
        kdf.memory_kib > _MAX_MEMORY_KIB
        or kdf.time_cost > _MAX_TIME_COST
        or kdf.parallelism > _MAX_PARALLELISM
    ):
        raise ValueError(f"KDF parameters {kdf} exceed what this version can read back")


# --- slot crypto ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Slot:
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes
    updated_at: str


@dataclass(frozen=True)
class DeviceLink:
    """Where this PC is enrolled: not secret, readable before anyone logs in."""

    device_id: str
    server_url: str


@dataclass(frozen=True)
class _DeviceSlot:
    link: DeviceLink
    nonce: bytes
    wrapped: bytes
    updated_at: str
    url_bound: bool = True  # False: a v1 slot, re-wrapped bound at its next use


@dataclass(frozen=True)
class _Doc:
    store_id: str
    slots: dict[str, _Slot]
    device: _DeviceSlot | None = None


def _aad(store_id: str, username: str) -> bytes:
    # Length-prefixed so no choice of username/store_id can collide with another pair.
    out = bytearray(_AAD_DOMAIN)
    for part in (store_id.encode("ascii"), username.encode("utf-8", "surrogatepass")):
        out += struct.pack(">I", len(part)) + part
    return bytes(out)


def _derive(password: str, salt: bytes, kdf: KdfParams) -> bytes:
    return hash_secret_raw(
        secret=_password_bytes(password),
        salt=salt,
        time_cost=kdf.time_cost,
        memory_cost=kdf.memory_kib,
        parallelism=kdf.parallelism,
        hash_len=KEY_LEN,
        type=Type.ID,
    )


def _wrap(store_id: str, username: str, password: str, db_key: bytes, kdf: KdfParams) -> _Slot:
    salt = secrets.token_bytes(SALT_LEN)
    nonce = secrets.token_bytes(NONCE_LEN)
    kek = _derive(password, salt, kdf)
    wrapped = AESGCM(kek).encrypt(nonce, db_key, _aad(store_id, username))
    return _Slot(kdf, salt, nonce, wrapped, _now())


def _unwrap(store_id: str, username: str, password: str, slot: _Slot) -> bytes:
    kek = _derive(password, slot.salt, slot.kdf)
    try:
        key = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, _aad(store_id, username))
    except InvalidTag:
        # Also what a slot moved to another user/store looks like: without the password
        # we cannot tell the two apart, and saying "wrong password" leaks nothing.
        raise WrongPassword("password") from None
    if len(key) != KEY_LEN:  # unreachable with a valid tag; kept as a last guard
        raise SlotFileCorrupt()
    return key


def _device_aad(store_id: str, link: DeviceLink, url_bound: bool = True) -> bytes:
    parts = [store_id.encode("ascii"), link.device_id.encode("ascii")]
    if url_bound:
        parts.append(link.server_url.encode("utf-8", "surrogatepass"))
    out = bytearray(_DEVICE_AAD_DOMAIN_V2 if url_bound else _DEVICE_AAD_DOMAIN)
    for part in parts:
        out += struct.pack(">I", len(part)) + part
    return bytes(out)


def _wrap_device(store_id: str, link: DeviceLink, unlock_key: bytes, db_key: bytes) -> _DeviceSlot:
    # No KDF: the unlock key is 256 random bits, not something a person chose.
    nonce = secrets.token_bytes(NONCE_LEN)
    wrapped = AESGCM(unlock_key).encrypt(nonce, db_key, _device_aad(store_id, link))
    return _DeviceSlot(link, nonce, wrapped, _now())


def _unwrap_device(store_id: str, slot: _DeviceSlot, unlock_key: bytes) -> bytes:
    try:
        key = AESGCM(unlock_key).decrypt(slot.nonce, slot.wrapped,
                                         _device_aad(store_id, slot.link, slot.url_bound))
    except InvalidTag:
        raise DeviceKeyMismatch() from None
    if len(key) != KEY_LEN:  # unreachable with a valid tag; kept as a last guard
        raise SlotFileCorrupt()
    return key


def _valid_device_id(device_id: object) -> bool:
    return (isinstance(device_id, str) and len(device_id) == 32
            and all(c in "0123456789abcdef" for c in device_id))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# --- (de)serialisation ------------------------------------------------------------------


class _Invalid(Exception):
    """Internal: the document failed validation (mapped to SlotFileCorrupt)."""


def _field(obj: object, key: str, kind: type) -> object:
    if not isinstance(obj, Mapping) or key not in obj:
        raise _Invalid(key)
    value = obj[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _Invalid(key)
    return value


def _b64(obj: object, key: str, length: int) -> bytes:
    text = _field(obj, key, str)
    try:
        raw = base64.b64decode(text, validate=True)  # type: ignore[arg-type]
    except (binascii.Error, ValueError) as exc:
        raise _Invalid(key) from exc
    if len(raw) != length:
        raise _Invalid(key)
    return raw


def _enc(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _parse_kdf(obj: object) -> KdfParams:
    if _field(obj, "alg", str) != "argon2id":
        raise _Invalid("alg")
    try:
        kdf = KdfParams(
            memory_kib=_field(obj, "memory_kib", int),  # type: ignore[arg-type]
            time_cost=_field(obj, "time_cost", int),  # type: ignore[arg-type]
            parallelism=_field(obj, "parallelism", int),  # type: ignore[arg-type]
        )
        # We never write slots outside these bounds, so one that is must be damage or
        # tampering (and an oversized one would make unlock exhaust memory).
        _check_policy(kdf)
    except ValueError as exc:
        raise _Invalid("kdf") from exc
    if kdf.memory_kib < 8 * kdf.parallelism:  # Argon2's own lower bound
        raise _Invalid("kdf")
    return kdf


def _parse_slot(obj: object) -> _Slot:
    kdf_obj = _field(obj, "kdf", dict)
    kdf = _parse_kdf(kdf_obj)
    salt = _b64(kdf_obj, "salt", SALT_LEN)
    nonce = _b64(obj, "nonce", NONCE_LEN)
    wrapped = _b64(obj, "wrapped", KEY_LEN + TAG_LEN)
    updated_at = _field(obj, "updated_at", str)
    try:
        datetime.fromisoformat(updated_at)  # type: ignore[arg-type]
    except ValueError as exc:
        raise _Invalid("updated_at") from exc
    return _Slot(kdf, salt, nonce, wrapped, updated_at)  # type: ignore[arg-type]


def _parse_device(obj: object) -> _DeviceSlot:
    device_id = _field(obj, "device_id", str)
    if not _valid_device_id(device_id):
        raise _Invalid("device_id")
    server_url = _field(obj, "server_url", str)
    if not 0 < len(server_url) <= _MAX_URL_LEN or not server_url.isprintable():  # type: ignore[arg-type]
        raise _Invalid("server_url")
    nonce = _b64(obj, "nonce", NONCE_LEN)
    wrapped = _b64(obj, "wrapped", KEY_LEN + TAG_LEN)
    updated_at = _field(obj, "updated_at", str)
    try:
        datetime.fromisoformat(updated_at)  # type: ignore[arg-type]
    except ValueError as exc:
        raise _Invalid("updated_at") from exc
    aad = obj.get("aad", 1) if isinstance(obj, dict) else 1
    if aad not in (1, 2) or isinstance(aad, bool):
        raise _Invalid("aad")
    return _DeviceSlot(DeviceLink(device_id, server_url), nonce, wrapped,  # type: ignore[arg-type]
                       updated_at, url_bound=aad == 2)  # type: ignore[arg-type]


def _parse(data: bytes) -> _Doc:
    try:
        obj = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _Invalid("json") from exc
    if not isinstance(obj, dict):
        raise _Invalid("root")
    if _field(obj, "format", int) != FORMAT:
        raise _Invalid("format")
    store_id = _field(obj, "store_id", str)
    try:
        canonical = str(uuid.UUID(store_id))  # type: ignore[arg-type]
    except ValueError as exc:
        raise _Invalid("store_id") from exc
    # Only the canonical spelling is accepted: it is part of the AAD, so "the same" UUID
    # written differently would otherwise read fine and then refuse every password.
    if canonical != store_id:
        raise _Invalid("store_id")
    raw_slots = _field(obj, "slots", dict)
    if not raw_slots:
        raise _Invalid("slots")  # we never write a file no one can open
    slots: dict[str, _Slot] = {}
    for name, raw in raw_slots.items():  # type: ignore[union-attr]
        if name != normalize_username(name) or not _valid_username(name):
            raise _Invalid("username")
        slots[name] = _parse_slot(raw)
    device = _parse_device(obj["device"]) if obj.get("device") is not None else None
    return _Doc(canonical, slots, device)


def _serialise(doc: _Doc) -> bytes:
    obj = {
        "format": FORMAT,
        "store_id": doc.store_id,
        "slots": {
            name: {
                "kdf": {
                    "alg": "argon2id",
                    "memory_kib": slot.kdf.memory_kib,
                    "time_cost": slot.kdf.time_cost,
                    "parallelism": slot.kdf.parallelism,
                    "salt": _enc(slot.salt),
                },
                "nonce": _enc(slot.nonce),
                "wrapped": _enc(slot.wrapped),
                "updated_at": slot.updated_at,
            }
            for name, slot in sorted(doc.slots.items())
        },
    }
    if doc.device is not None:
        d = doc.device
        obj["device"] = {"device_id": d.link.device_id, "server_url": d.link.server_url,
                         "nonce": _enc(d.nonce), "wrapped": _enc(d.wrapped),
                         "updated_at": d.updated_at}
        if d.url_bound:
            obj["device"]["aad"] = 2
    return (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# --- atomic file I/O --------------------------------------------------------------------


def _temp_prefix(path: Path) -> str:
    # Named after the target so two slot files in one folder never clean up each
    # other's temp files.
    return f".{path.name}-"


def _is_our_temp(path: Path, candidate: str) -> bool:
    return candidate.startswith(_temp_prefix(path)) and candidate.endswith(TEMP_SUFFIX)


def _remove_stale_temps(path: Path) -> None:
    try:
        names = os.listdir(path.parent)
    except OSError:
        return
    for name in names:
        if _is_our_temp(path, name):
            try:
                os.unlink(path.parent / name)
            except OSError:
                log.warning("could not remove a stale key slot temp file")


def _fsync_dir(directory: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory for fsync; NTFS journals it
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        log.warning("could not open the key slot folder to flush it")
        return
    try:
        os.fsync(fd)
    except OSError:
        # Some filesystems refuse directory fsync. By now the rename has happened, so
        # failing the operation would tell the user a change did not happen when it did.
        log.warning("could not flush the key slot folder")
    finally:
        os.close(fd)


def _write_temp(path: Path, data: bytes) -> str:
    _remove_stale_temps(path)
    fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)  # mkstemp already does this; kept explicit on purpose
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        _unlink_quietly(tmp)
        raise
    return tmp


def _unlink_quietly(name: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(name)


def _replace_atomically(path: Path, data: bytes) -> None:
    try:
        tmp = _write_temp(path, data)
        try:
            os.replace(tmp, path)
        except BaseException:
            _unlink_quietly(tmp)
            raise
    except OSError as exc:
        raise SlotFileWriteFailed() from exc
    _fsync_dir(path.parent)


def _create_exclusively(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = _write_temp(path, data)
    except OSError as exc:
        raise SlotFileWriteFailed() from exc
    try:
        # link() fails if the target exists, so two setup runs racing cannot overwrite
        # each other's freshly created store (which would orphan a database key).
        os.link(tmp, path)
    except FileExistsError:
        _unlink_quietly(tmp)
        raise
    except OSError:
        # Filesystems without hard links (FAT on USB sticks): best-effort check instead.
        try:
            if path.exists():
                raise FileExistsError(str(path)) from None
            os.replace(tmp, path)
        except FileExistsError:
            _unlink_quietly(tmp)
            raise
        except OSError as exc:
            _unlink_quietly(tmp)
            raise SlotFileWriteFailed() from exc
    else:
        _unlink_quietly(tmp)
    _fsync_dir(path.parent)


# --- public API -------------------------------------------------------------------------


class KeySlotFile:
    """The slot file of one store; `kdf` is the policy for slots written from now on.

    Every call reads the file afresh, so there is no cached state to go stale. The one
    thing remembered is the store_id first seen: if the file is later swapped for another
    store's file while the app runs, that is reported as corruption, not as a login error.
    """

    def __init__(self, path: Path | str, kdf: KdfParams = DEFAULT_KDF) -> None:
        _check_policy(kdf)
        self.path = Path(path)
        self.kdf = kdf
        self._pinned_store_id: str | None = None

    def __repr__(self) -> str:
        return f"KeySlotFile({str(self.path)!r}, kdf={self.kdf!r})"

    def exists(self) -> bool:
        return self.path.is_file()

    @classmethod
    def create(
        cls,
        path: Path | str,
        username: str,
        password: str,
        kdf: KdfParams = DEFAULT_KDF,
    ) -> tuple[KeySlotFile, bytes]:
        _require_password(password)
        _check_policy(kdf)
        name = _checked_new_username(username)
        _require_strong(password, "password")
        self = cls(path, kdf)
        if self.path.exists():
            raise FileExistsError(str(self.path))
        store_id = str(uuid.uuid4())
        db_key = secrets.token_bytes(KEY_LEN)
        slot = _wrap(store_id, name, password, db_key, kdf)
        _create_exclusively(self.path, _serialise(_Doc(store_id, {name: slot})))
        self._pinned_store_id = store_id
        return self, db_key

    def store_id(self) -> str:
        return self._load().store_id

    def usernames(self) -> list[str]:
        return sorted(self._load().slots)

    def has_user(self, username: str) -> bool:
        return normalize_username(username) in self._load().slots

    def slot_params(self, username: str) -> KdfParams:
        name, _doc, slot = self._find(username)
        return slot.kdf

    def unlock(self, username: str, password: str) -> bytes:
        _require_password(password)
        name, doc, slot = self._find(username)
        db_key = _unwrap(doc.store_id, name, password, slot)
        if slot.kdf.weaker_than(self.kdf):
            try:
                self._put(doc, name, _wrap(doc.store_id, name, password, db_key, self.kdf))
            except SlotFileWriteFailed:
                # The user proved the password; a read-only or full disk must not lock
                # them out. The upgrade is retried at the next login.
                log.warning("could not upgrade a key slot's KDF parameters")
        return db_key

    def add_slot(self, username: str, password: str, db_key: bytes) -> None:
        _require_password(password)
        if not isinstance(db_key, bytes) or len(db_key) != KEY_LEN:
            raise ValueError("db_key must be the 32-byte database key")
        name = _checked_new_username(username)
        _require_strong(password, "password")
        doc = self._load()
        self._put(doc, name, _wrap(doc.store_id, name, password, db_key, self.kdf))

    def change_password(self, username: str, old_password: str, new_password: str) -> None:
        _require_password(old_password, "old_password")
        _require_password(new_password, "new_password")
        _require_strong(new_password, "new_password")
        name, doc, slot = self._find(username)
        db_key = _unwrap(doc.store_id, name, old_password, slot)
        self._put(doc, name, _wrap(doc.store_id, name, new_password, db_key, self.kdf))

    def remove_slot(self, username: str) -> None:
        name, doc, _slot = self._find(username)
        # The device slot does not count: it opens only with the central server's help.
        if len(doc.slots) <= 1:
            raise LastSlot("username")
        slots = {k: v for k, v in doc.slots.items() if k != name}
        _replace_atomically(self.path, _serialise(_Doc(doc.store_id, slots, doc.device)))

    # -- the device slot (a PC enrolled with the central server) --

    def device(self) -> DeviceLink | None:
        """Where this PC is enrolled, or None for a local-only PC."""
        doc = self._load()
        return doc.device.link if doc.device is not None else None

    def set_device_slot(self, device_id: str, server_url: str, unlock_key: bytes,
                        db_key: bytes) -> None:
        """Wrap the database key under the device unlock key (replacing any device slot)."""
        for value in (unlock_key, db_key):
            if not isinstance(value, bytes) or len(value) != KEY_LEN:
                raise ValueError("keys must be 32 bytes")
        if not _valid_device_id(device_id):
            raise ValueError("device_id must be 32 lower-case hex digits")
        if not 0 < len(server_url) <= _MAX_URL_LEN or not server_url.isprintable():
            raise ValueError("server_url is not a usable URL")
        doc = self._load()
        slot = _wrap_device(doc.store_id, DeviceLink(device_id, server_url), unlock_key, db_key)
        _replace_atomically(self.path, _serialise(_Doc(doc.store_id, dict(doc.slots), slot)))

    def unlock_device(self, unlock_key: bytes) -> bytes:
        """The database key, from the unlock key the central server released."""
        doc = self._load()
        if doc.device is None or not isinstance(unlock_key, bytes) or len(unlock_key) != KEY_LEN:
            raise DeviceKeyMismatch()
        return _unwrap_device(doc.store_id, doc.device, unlock_key)

    def device_url_bound(self) -> bool:
        """Whether the device slot binds its server URL (older slots do not)."""
        doc = self._load()
        return doc.device is not None and doc.device.url_bound

    def restore_device_url(self, server_url: str) -> bool:
        """Put back the server URL the encrypted store holds, when the key file says another
        (someone edited it). Called after a login, when that copy can be read; the wrapped
        key stays as it is. Returns whether anything was changed."""
        doc = self._load()
        if doc.device is None or doc.device.link.server_url == server_url:
            return False
        if not 0 < len(server_url) <= _MAX_URL_LEN or not server_url.isprintable():
            raise ValueError("server_url is not a usable URL")
        d = doc.device
        slot = _DeviceSlot(DeviceLink(d.link.device_id, server_url), d.nonce, d.wrapped,
                           _now(), d.url_bound)
        _replace_atomically(self.path, _serialise(_Doc(doc.store_id, dict(doc.slots), slot)))
        return True

    # -- internals --

    def _find(self, username: str) -> tuple[str, _Doc, _Slot]:
        doc = self._load()
        name = normalize_username(username)
        slot = doc.slots.get(name)
        if slot is None:
            raise UnknownUser("username")
        return name, doc, slot

    def _put(self, doc: _Doc, name: str, slot: _Slot) -> None:
        slots = dict(doc.slots)
        slots[name] = slot
        _replace_atomically(self.path, _serialise(_Doc(doc.store_id, slots, doc.device)))

    def _load(self) -> _Doc:
        try:
            with open(self.path, "rb") as fh:
                data = fh.read(_MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            raise SlotFileMissing() from None
        except OSError as exc:  # a folder in its place, no permission, I/O error
            raise SlotFileCorrupt() from exc
        if len(data) > _MAX_FILE_BYTES:
            raise SlotFileCorrupt()
        try:
            doc = _parse(data)
        except _Invalid as exc:
            # The field name goes to the log for support; it carries no personal data.
            log.warning("key slot file failed validation at %r", str(exc))
            raise SlotFileCorrupt() from None
        if self._pinned_store_id is None:
            self._pinned_store_id = doc.store_id
        elif doc.store_id != self._pinned_store_id:
            log.warning("key slot file now belongs to a different store")
            raise SlotFileCorrupt()
        return doc
