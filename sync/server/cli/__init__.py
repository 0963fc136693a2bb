"""`halotki-server`: serve, migrate, and the central administration commands."""
