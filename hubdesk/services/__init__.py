"""Use cases, one module per area. Each public method is one transaction that also writes its
outbox event, takes and returns plain data (dataclasses, ids), and checks the actor's role."""

from __future__ import annotations
