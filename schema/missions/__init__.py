"""Missions in GraphQL: missions, locations, forms, reports, incidents."""
