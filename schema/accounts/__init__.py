"""GraphQL mutations and types of accounts: sign-in, two-factor, self-service, invitations."""
