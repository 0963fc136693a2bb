"""Argon2id verifiers for central staff accounts: the server never keeps a password."""

from __future__ import annotations

from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

# The OWASP floor (19 MiB, t=2), like the desktop's MINIMUM_KDF: tests and CI only.
_FAST = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)
_DEFAULT = PasswordHasher.from_parameters(profiles.RFC_9106_LOW_MEMORY)


class PasswordPolicy:
    def __init__(self, fast: bool = False) -> None:
        self._hasher = _FAST if fast else _DEFAULT
        self._dummy: str | None = None

    def make_verifier(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, verifier: str | None, password: str) -> bool:
        """Constant work whether or not the account exists (verifier None)."""
        if verifier is None:
            # Same cost as a real check, so response time does not reveal unknown usernames.
            if self._dummy is None:
                self._dummy = self._hasher.hash("unused dummy password")
            verifier, password = self._dummy, password + "\x00"
            self._check(verifier, password)
            return False
        return self._check(verifier, password)

    def _check(self, verifier: str, password: str) -> bool:
        try:
            return self._hasher.verify(verifier, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, verifier: str) -> bool:
        return self._hasher.check_needs_rehash(verifier)
