"""This PC's side of sync: the engine, its scheduler thread, the transport, attachment
content, and the client of the central server's API. No Qt; the wire format it speaks is
the shared contract in the top-level `sync` package."""
