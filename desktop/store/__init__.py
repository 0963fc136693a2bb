"""The encrypted local store: SQLCipher connection, schema and migrations, the outbox
(the only way to write synced rows) and the replica side of sync."""
