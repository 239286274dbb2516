"""Pluralis: the application (settings, database, HTTP app, domain packages)."""
