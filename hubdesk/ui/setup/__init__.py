"""First-run set-up: the wizard that makes this PC a hub's kiosk, desk or outreach laptop."""
