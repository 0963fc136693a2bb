"""The desktop side of sync: the bridge from the sync thread, status texts and screens."""
