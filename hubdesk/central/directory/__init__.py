"""The hubs' public offer, published: an Open Referral UK API (oruk.py) and iCalendar feeds
(calendar.py), both read from the projection of public sessions (tables.py, projection.py).
Read-only, without sign-in, and nothing personal: see docs/deployment.md."""
