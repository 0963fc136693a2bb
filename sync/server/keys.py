"""The server key: it encrypts the device unlock keys the database keeps (devices.unlock_key).

The key lives outside the database: a key file (`halotki-server migrate` creates it, 0600)
or HALOTKI_SERVER_KEY. A copy of the database or of its backups therefore opens no PC.

A stored unlock key is "uk1.<key id>.<base64url(nonce + ciphertext)>": AES-256-GCM with the
device id in the associated data, so a value copied onto another device's row does not
open. Anything without that tag is a plaintext key written by an older server; `migrate`
encrypts those. A key file may hold several keys while a rotation runs: the first one
encrypts, every one opens.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.messages import HaloError, Msg
from sync.server.config import ENV_KEY, Settings, default_key_file
from sync.server.errors import Unavailable
from sync.server.files import write_private

log = logging.getLogger("halotki.server.keys")

KEY_BYTES = 32
NONCE_BYTES = 12
KEY_TAG = "hsk1"  # one key in the key file or HALOTKI_SERVER_KEY: hsk1.<base64url>
VALUE_TAG = "uk1"  # a sealed unlock key in the database
_KEY = re.compile(r"hsk1\.([A-Za-z0-9_-]{43})")
_VALUE = re.compile(r"uk1\.([0-9a-f]{12})\.([A-Za-z0-9_-]+)")
_AAD = b"halotki-server device unlock key v1\x00"
_FILE_HEADER = (
    "# Halo TKI Desk server key: it opens the device unlock keys kept in the database.\n"
    "# Keep it apart from the database and its backups (see DEPLOY.md). The first key\n"
    "# encrypts; any others only open what was stored before a rotation.\n")

MSG_KEY_NOT_CONFIGURED = Msg(
    "server_key_not_configured",
    "Tidak ada kunci server untuk basis data ini. Berikan --key-file PATH atau atur "
    "HALOTKI_SERVER_KEY_FILE.",
    "No server key is set for this database. Give --key-file PATH or set "
    "HALOTKI_SERVER_KEY_FILE.")
MSG_KEY_MISSING = Msg(
    "server_key_missing",
    "Kunci server tidak ditemukan ({source}). Jalankan 'halotki-server migrate' untuk "
    "membuatnya; pada server dengan beberapa host, salin berkas kunci dari host yang "
    "membuatnya.",
    "The server key was not found ({source}). Run 'halotki-server migrate' to create it; "
    "on a server with several hosts, copy the key file from the host that created it.")
MSG_KEY_NEEDED = Msg(
    "server_key_missing_needed",
    "Kunci server tidak ditemukan ({source}), padahal basis data menyimpan kunci buka "
    "perangkat yang dienkripsi dengan kunci server {needed}. Pulihkan berkas kunci itu dari "
    "cadangannya (atau tunjuk dengan --key-file / HALOTKI_SERVER_KEY_FILE); jangan membuat "
    "kunci baru.",
    "The server key was not found ({source}), yet the database holds device unlock keys "
    "encrypted with server key {needed}. Restore that key file from its backup (or point "
    "--key-file / HALOTKI_SERVER_KEY_FILE at it); do not create a new key.")
MSG_KEY_UNREADABLE = Msg(
    "server_key_unreadable",
    "Kunci server tidak dapat dibaca ({source}): {reason}.",
    "The server key cannot be read ({source}): {reason}.")
MSG_KEY_UNWRITABLE = Msg(
    "server_key_unwritable",
    "Berkas kunci server tidak dapat ditulis ({source}): {reason}. Periksa folder dan hak "
    "aksesnya, atau pilih tempat lain dengan --key-file / HALOTKI_SERVER_KEY_FILE.",
    "The server key file cannot be written ({source}): {reason}. Check the folder and its "
    "permissions, or choose another place with --key-file / HALOTKI_SERVER_KEY_FILE.")
MSG_KEY_MALFORMED = Msg(
    "server_key_malformed",
    "Kunci server tidak sah ({source}): setiap kunci berbentuk 'hsk1.' diikuti 32 bita "
    "base64url. Pulihkan berkas kunci dari cadangannya.",
    "The server key is not valid ({source}): each key is 'hsk1.' followed by 32 bytes of "
    "base64url. Restore the key file from its backup.")
MSG_KEY_WRONG = Msg(
    "server_key_wrong",
    "Kunci server ({source}, kunci {have}) bukan kunci yang mengenkripsi kunci buka perangkat "
    "di basis data (perlu kunci {needed}). Pulihkan berkas kunci yang benar dari cadangannya.",
    "The server key ({source}, key {have}) is not the one the database's device unlock keys "
    "were encrypted with (they need key {needed}). Restore the right key file from its "
    "backup.")
MSG_VALUE_UNOPENABLE = Msg(
    "server_key_value_unopenable",
    "Kunci buka perangkat {device} tidak terbuka dengan kunci server ({source}): berkas kunci "
    "salah, atau nilainya diubah atau disalin dari perangkat lain.",
    "The device unlock key of device {device} does not open with the server key ({source}): "
    "the key file is wrong, or the value was altered or copied from another device.")
MSG_ROTATE_NEEDS_FILE = Msg(
    "server_key_rotate_needs_file",
    "Kunci server berasal dari HALOTKI_SERVER_KEY, sedangkan 'key rotate' menulis ulang "
    "berkas kunci. Simpan kunci dalam berkas (HALOTKI_SERVER_KEY_FILE), lalu ulangi.",
    "The server key comes from HALOTKI_SERVER_KEY, and 'key rotate' rewrites a key file. "
    "Keep the key in a file (HALOTKI_SERVER_KEY_FILE), then try again.")
# What a client sees: the details (paths, key ids) are for the administrator's log.
MSG_KEY_UNAVAILABLE = Msg(
    "server_key_unavailable",
    "Server pusat saat ini tidak dapat memakai kunci buka perangkat. Hubungi administrator "
    "pusat (log server menjelaskan sebabnya).",
    "The central server cannot use its device unlock keys right now. Contact the central "
    "administrator (the server's log says why).")


class ServerKeyError(HaloError):
    exit_code = 5


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def key_id(key: bytes) -> str:
    """A short public name of a key (a hash): stored values say which key sealed them."""
    return hashlib.sha256(b"halotki-server key id\x00" + key).hexdigest()[:12]


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_key_text() -> str:
    """A new key as HALOTKI_SERVER_KEY (or a key file line) spells it."""
    return f"{KEY_TAG}.{_b64(new_key())}"


def is_sealed(value: str) -> bool:
    return value.startswith(VALUE_TAG + ".")


def sealed_with(value: str) -> str | None:
    """The id of the key that sealed a stored value; None for plaintext."""
    m = _VALUE.fullmatch(value)
    return m[1] if m else None


def _aad(device_id: str) -> bytes:
    return _AAD + device_id.encode("ascii")


@dataclass(frozen=True)
class KeyRing:
    """The loaded keys, newest first, and where they came from (for messages)."""

    keys: tuple[bytes, ...] = field(repr=False)
    source: str

    @property
    def current_id(self) -> str:
        return key_id(self.keys[0])

    @property
    def ids(self) -> set[str]:
        return {key_id(k) for k in self.keys}

    def seal(self, device_id: str, unlock_key: str) -> str:
        nonce = secrets.token_bytes(NONCE_BYTES)
        sealed = AESGCM(self.keys[0]).encrypt(nonce, unlock_key.encode("ascii"),
                                              _aad(device_id))
        return f"{VALUE_TAG}.{self.current_id}.{_b64(nonce + sealed)}"

    def open(self, device_id: str, stored: str) -> str:
        """The unlock key of a stored value (a plaintext value of an older server as is)."""
        if not is_sealed(stored):
            return stored
        m = _VALUE.fullmatch(stored)
        if m is None:
            raise ServerKeyError(MSG_VALUE_UNOPENABLE, device=device_id, source=self.source)
        key = next((k for k in self.keys if key_id(k) == m[1]), None)
        if key is None:
            raise ServerKeyError(MSG_KEY_WRONG, source=self.source, have=self.current_id,
                                 needed=m[1])
        try:
            raw = _unb64(m[2])
            return AESGCM(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:],
                                       _aad(device_id)).decode("ascii")
        except (InvalidTag, binascii.Error, ValueError):
            raise ServerKeyError(MSG_VALUE_UNOPENABLE, device=device_id,
                                 source=self.source) from None

    def reseal(self, device_id: str, stored: str) -> str | None:
        """The value sealed with the current key; None when it already is."""
        if sealed_with(stored) == self.current_id:
            return None
        return self.seal(device_id, self.open(device_id, stored))

    def check_opens(self, needed: set[str]) -> None:
        """Refuse a ring that lacks a key the database's values were sealed with."""
        lacking = sorted(needed - self.ids)
        if lacking:
            raise ServerKeyError(MSG_KEY_WRONG, source=self.source,
                                 have=", ".join(sorted(self.ids)), needed=", ".join(lacking))


def parse_keys(text: str, source: str) -> tuple[bytes, ...]:
    entries = [e for e in re.split(r"[\s,]+", _strip_comments(text)) if e]
    keys = []
    for entry in entries:
        m = _KEY.fullmatch(entry)
        raw = _unb64(m[1]) if m else b""
        if len(raw) != KEY_BYTES or _b64(raw) != m[1]:
            raise ServerKeyError(MSG_KEY_MALFORMED, source=source)
        keys.append(raw)
    if not keys:
        raise ServerKeyError(MSG_KEY_MALFORMED, source=source)
    return tuple(keys)


def _strip_comments(text: str) -> str:
    return "\n".join(line.split("#", 1)[0] for line in text.splitlines())


def format_keys(keys: tuple[bytes, ...]) -> str:
    return _FILE_HEADER + "".join(f"{KEY_TAG}.{_b64(k)}\n" for k in keys)


@dataclass(frozen=True)
class KeySource:
    """Where the server key is: a key file (`path`) or the key itself (`text`, from
    HALOTKI_SERVER_KEY). Read on every use, so a rotation reaches a running server."""

    path: Path | None = None
    text: str | None = field(default=None, repr=False)

    @classmethod
    def of(cls, settings: Settings) -> KeySource:
        if settings.key_file:
            return cls(path=Path(settings.key_file).expanduser())
        if settings.key_text is not None:
            return cls(text=settings.key_text)
        return cls(path=default_key_file(settings.database_url))

    @property
    def is_file(self) -> bool:
        return self.text is None

    def describe(self) -> str:
        return str(self.path) if self.is_file else ENV_KEY

    def exists(self) -> bool:
        return not self.is_file or (self.path is not None and self.path.is_file())

    def load(self) -> KeyRing:
        if not self.is_file:
            return KeyRing(parse_keys(self.text or "", ENV_KEY), ENV_KEY)
        if self.path is None:
            raise ServerKeyError(MSG_KEY_NOT_CONFIGURED)
        try:
            text = self.path.read_text(encoding="ascii")
        except FileNotFoundError:
            raise ServerKeyError(MSG_KEY_MISSING, source=self.describe()) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ServerKeyError(MSG_KEY_UNREADABLE, source=self.describe(),
                                 reason=type(exc).__name__) from None
        return KeyRing(parse_keys(text, self.describe()), self.describe())

    def create(self) -> KeyRing:
        """A new key file with one new key. If another process made one meanwhile, that
        one stands (two processes never end up with two different keys)."""
        self._write(format_keys((new_key(),)), replace=False)
        return self.load()

    def write(self, keys: tuple[bytes, ...]) -> KeyRing:
        """Replace the key file's keys at once (first encrypts)."""
        self._write(format_keys(keys), replace=True)
        return self.load()

    def _write(self, text: str, *, replace: bool) -> None:
        self._require_file()
        try:
            write_private(self.path, text.encode("ascii"), replace=replace)
        except OSError as exc:
            raise ServerKeyError(MSG_KEY_UNWRITABLE, source=self.describe(),
                                 reason=exc.strerror or type(exc).__name__) from None

    def _require_file(self) -> None:
        if not self.is_file:
            raise ServerKeyError(MSG_ROTATE_NEEDS_FILE)
        if self.path is None:
            raise ServerKeyError(MSG_KEY_NOT_CONFIGURED)


@contextmanager
def reported_to_clients() -> Iterator[None]:
    """A key problem reaches a client as 503; what to do is in the administrator's log."""
    try:
        yield
    except ServerKeyError as exc:
        log.error("server key: %s", exc.text("en"))
        raise Unavailable(MSG_KEY_UNAVAILABLE) from None
