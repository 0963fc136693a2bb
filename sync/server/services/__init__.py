"""Server operations, shared by the HTTP API and the CLI; each takes an open connection."""
