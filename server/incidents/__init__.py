"""Incidents of a mission: what happened where, and a workflow from new to resolved."""
