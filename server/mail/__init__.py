"""Email: an outbox in the embedded default, SMTP in production."""
