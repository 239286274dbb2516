"""Incidents of a mission: violence, intimidation, procedure problems; a workflow from new to resolved."""
