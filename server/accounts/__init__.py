"""Users, sign-in sessions, API tokens and the access rules."""
