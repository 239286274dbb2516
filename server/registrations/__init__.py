"""Registration for events and sessions: capacity, the waitlist and its offers, invitations."""
