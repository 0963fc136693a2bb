"""Pure rules shared by the PC and the central server: no I/O, no Qt, no database.
May import only desktop.messages and desktop.formatting (import-linter keeps it so)."""
