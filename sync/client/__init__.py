"""Client side of the central server: the HTTP API client (and, later, the sync engine). No Qt."""
