"""GraphQL for accounts: invitations, password resets, administration, sign-in and settings."""
