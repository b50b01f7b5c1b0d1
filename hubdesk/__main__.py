"""`python -m hubdesk` is the `hubdesk` command."""

from __future__ import annotations

from hubdesk.cli import main

raise SystemExit(main())
