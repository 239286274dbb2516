"""Observers' reports: submission, validation, versions, per-station consolidation, review."""
