"""Device-side sync with the central service (no Qt). See docs/sync-protocol.md."""
