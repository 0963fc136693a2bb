"""The device credential and enrolment code formats, shared by the client and the server."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

TOKEN_PREFIX = "hd1"
_TOKEN = re.compile(r"hd1\.([0-9a-f]{32})\.([A-Za-z0-9_-]{43})")

# Crockford base32: no I, L, O or U, so a code read aloud or typed from paper survives.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 12  # 60 bits; single use, 24 hours, rate limited
_CODE_READING = str.maketrans({"O": "0", "I": "1", "L": "1"})


@dataclass(frozen=True)
class DeviceCredential:
    device_id: str
    secret: str

    @property
    def token(self) -> str:
        return f"{TOKEN_PREFIX}.{self.device_id}.{self.secret}"

    def __repr__(self) -> str:  # the secret never reaches a log through repr()
        return f"DeviceCredential(device_id={self.device_id!r}, secret=<hidden>)"


def new_secret() -> str:
    return secrets.token_urlsafe(32)  # 256 bits, 43 characters


def parse_token(token: str) -> DeviceCredential | None:
    m = _TOKEN.fullmatch(token or "")
    return DeviceCredential(m[1], m[2]) if m else None


def new_enrolment_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return format_code(raw)


def format_code(raw: str) -> str:
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def normalize_code(typed: str) -> str | None:
    """The canonical code, or None when what was typed cannot be a code."""
    raw = re.sub(r"[\s\-]", "", typed or "").upper().translate(_CODE_READING)
    if len(raw) != CODE_LENGTH or any(c not in CODE_ALPHABET for c in raw):
        return None
    return raw
