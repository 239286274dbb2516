"""GraphQL for accounts: invitations, password resets, administration, sign-in, two-factor and
settings."""
