"""Key slots: the database key wrapped under each account's password (Argon2id, AES-GCM)."""
