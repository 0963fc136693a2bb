"""How strong the key slots are that a command writes (init, user add, passwd, KDF upgrades).

HALOTKI_TEST_FAST_KDF=1 is for tests and CI only. It selects MINIMUM_KDF, which is still
Argon2id at the OWASP floor (19 MiB, t=2), instead of the production DEFAULT_KDF. It only
affects slots written from now on: existing slots open with the parameters they were made
with, and a later run without the variable upgrades them at login. Never set it on an
office PC.
"""

from __future__ import annotations

import os

from desktop.crypto.keyslots import DEFAULT_KDF, MINIMUM_KDF, KdfParams

ENV_FAST_KDF = "HALOTKI_TEST_FAST_KDF"


def kdf_policy() -> KdfParams:
    return MINIMUM_KDF if os.environ.get(ENV_FAST_KDF) == "1" else DEFAULT_KDF
