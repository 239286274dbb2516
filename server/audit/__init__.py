"""The audit trail: who read or changed personal data, and when."""
