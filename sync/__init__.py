"""Sync protocol, client engine and central server (built in later issues). No Qt."""
