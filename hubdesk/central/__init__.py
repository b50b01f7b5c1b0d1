"""The central service: receives every device's events, relays them between the devices of one
hub, and keeps the footfall the council's dashboard reads. See docs/sync-protocol.md."""
