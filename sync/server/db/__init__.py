"""Data access: table definitions, engine set-up and migrations."""
