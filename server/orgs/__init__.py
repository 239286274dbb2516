"""Organizations, people, their phones and memberships: the people graph."""
